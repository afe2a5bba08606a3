#!/usr/bin/env bash
# Ingest benchmark: `claimgraph ingest` throughput (articles/s, triples/s, MB/s), peak memory and
# store size for corpora of N articles (the seeds repeated under new ids), compared in the same
# run with oxigraph's own bulk loader (pyoxigraph Store.bulk_load) on the same quads; and the peak
# memory of ingesting a further batch into the filled store against the same batch into an empty
# one.
#
#   bash bench/ingest.sh                      (from any directory; see bench/README.md)
#   BENCH_ARTICLES=2000 bash bench/ingest.sh  (a quick run)
#
# Environment:
#   BENCH_ARTICLES="10000 100000"  corpus sizes in articles, run in this order
#   BENCH_EXTRA=1000       the further batch ingested into an empty and into the filled store
#   BENCH_CPU=             pin claimgraph and the loader to these cores (taskset -c list); default:
#                          no pinning, both use what they use (the CPU time is reported)
#   BENCH_TARGET_RATIO=2   target: claimgraph ingest seconds <= this x the loader's seconds
#   BENCH_TMP=/tmp         where the corpora, stores and the dump go (removed at exit)
#   BENCH_PROGRESS=60      print a progress line every this many seconds during long steps (0: off)
#   BENCH_DISK_CHECK=1     0: do not refuse to start a size when the free disk looks too small
#   BENCH_OUT=DIR          keep the measurements (JSON, stderr) there (default: removed at exit)
#   CARGO_TARGET_DIR       default $HOME/.cache/claimgraph-target
#   CLAIMGRAPH=PATH        use this binary instead of building (skips cargo build)
#   PYTHON=python3         interpreter for the helper and for making bench/.venv-ingest
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/claimgraph-target}
BENCH_ARTICLES=${BENCH_ARTICLES:-10000 100000}
BENCH_EXTRA=${BENCH_EXTRA:-1000}
BENCH_CPU=${BENCH_CPU:-}
BENCH_TARGET_RATIO=${BENCH_TARGET_RATIO:-2}
BENCH_TMP=${BENCH_TMP:-/tmp}
BENCH_PROGRESS=${BENCH_PROGRESS:-60}
BENCH_DISK_CHECK=${BENCH_DISK_CHECK:-1}
PYTHON=${PYTHON:-python3}
VENV="$BENCH_DIR/.venv-ingest"
TOOL=("$PYTHON" "$BENCH_DIR/benchtool.py")
PER_DIR=1000
KB_PER_ARTICLE=500  # disk needed per article at the peak of one size (see below), rounded up

die() { echo "bench/ingest.sh: $*" >&2; exit 1; }
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
step() { printf '\n== %s  [%s]\n' "$*" "$(date +%H:%M:%S)"; }
now() { date +%s.%N; }
secs_since() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$(now)"; }

command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
read -r -a SIZES <<<"$BENCH_ARTICLES"
((${#SIZES[@]} > 0)) || die "BENCH_ARTICLES is empty"
for n in "${SIZES[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_ARTICLES: '$n' is not a positive integer"
done
[[ "$BENCH_EXTRA" =~ ^[1-9][0-9]*$ ]] || die "BENCH_EXTRA must be a positive integer"
[[ "$BENCH_PROGRESS" =~ ^[0-9]+$ ]] || die "BENCH_PROGRESS must be a number of seconds"
[[ -d "$BENCH_TMP" ]] || die "BENCH_TMP=$BENCH_TMP is not a directory"

PIN=()
HELPER=()
if [[ -n "$BENCH_CPU" ]]; then
    command -v taskset >/dev/null || die "taskset not found (util-linux), needed for BENCH_CPU"
    taskset -c "$BENCH_CPU" true 2>/dev/null || die "cannot pin to cores '$BENCH_CPU' (BENCH_CPU)"
    PIN=(taskset -c "$BENCH_CPU")
    # The measuring helper goes to a core outside BENCH_CPU, if there is one.
    helper_cpu=$("$PYTHON" - "$BENCH_CPU" <<'EOF'
import os, sys
pinned = set()
for part in sys.argv[1].split(","):
    lo, _, hi = part.partition("-")
    pinned.update(range(int(lo), int(hi or lo) + 1))
free = sorted(os.sched_getaffinity(0) - pinned)
print(free[0] if free else "")
EOF
)
    [[ -n "$helper_cpu" ]] && HELPER=(--helper-cpu "$helper_cpu")
fi

TMP=$(mktemp -d "$BENCH_TMP/claimgraph-ingest.XXXXXX")
TICKER=
cleanup() {
    if [[ -n "$TICKER" ]]; then kill "$TICKER" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
OUT=${BENCH_OUT:-$TMP/out}
mkdir -p "$OUT"

# Runs CMD...; every BENCH_PROGRESS seconds prints how long it has run and the size of DIR.
with_progress() { # LABEL DIR CMD...
    local label=$1 dir=$2 start rc=0
    shift 2
    start=$(date +%s)
    if ((BENCH_PROGRESS > 0)); then
        (
            trap 'kill $s 2>/dev/null; exit 0' TERM
            while :; do
                sleep "$BENCH_PROGRESS" & s=$!
                wait $s
                printf '    ... %s: %d s so far, %s in %s  [%s]\n' "$label" $(($(date +%s) - start)) \
                    "$(du -sh "$dir" 2>/dev/null | cut -f1)" "$(basename "$dir")" "$(date +%H:%M:%S)"
            done
        ) &
        TICKER=$!
    fi
    "$@" || rc=$?
    if [[ -n "$TICKER" ]]; then
        kill "$TICKER" 2>/dev/null || true
        wait "$TICKER" 2>/dev/null || true
        TICKER=
    fi
    return $rc
}

# The quads STORE holds, counted by a query after the ingest (not timed: it reads every quad).
count_quads() { # STORE
    "$BIN" query --store "$1" --format csv 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -n 1 | tr -d '\r'
}

# Ingests CORPUS into STORE under measure; prints and checks the run (ingest-run).
ingest() { # NAME CORPUS STORE GEN_JSON BASE_QUADS (quads in STORE before) [ingest-run options]
    local name=$1 corpus=$2 store=$3 gen=$4 base=$5 rc=0
    shift 5
    with_progress "ingest $name" "$store" \
        "${TOOL[@]}" measure --json "$OUT/measure-$name.json" --stderr "$OUT/ingest-$name.stderr" "${HELPER[@]}" \
        -- "${PIN[@]}" "$BIN" ingest "$corpus" --store "$store" || rc=$?
    if ((rc != 0)); then
        tail -n 20 "$OUT/ingest-$name.stderr" >&2
        die "claimgraph ingest failed ($name, exit $rc)"
    fi
    local quads
    quads=$(count_quads "$store") || die "counting the quads of $store failed"
    "${TOOL[@]}" ingest-run --name "$name" --gen "$gen" --measure "$OUT/measure-$name.json" \
        --stderr "$OUT/ingest-$name.stderr" --store-bytes "$(du -sb "$store" | cut -f1)" --base-quads "$base" \
        --store-quads "$quads" \
        --out "$OUT/run-$name.json" "$@" || die "the $name ingest did not do what was asked"
}

# --------------------------------------------------------------------------------------------
step "build"
claimgraph_binary extract ingest dump
echo "  $BIN ($("$BIN" --version 2>/dev/null || echo 'version unknown'))"
echo "  $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM; claimgraph and the loader: " \
    "$(if [[ -n "$BENCH_CPU" ]]; then echo "pinned to cores $BENCH_CPU (taskset)"; else echo "not pinned"; fi)"
echo "  temporary data in $TMP"

# --------------------------------------------------------------------------------------------
step "oxigraph's bulk loader: pyoxigraph in the virtualenv bench/.venv-ingest"
if [[ ! -x "$VENV/bin/python" ]]; then
    echo "  creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "cannot create the virtualenv $VENV"
fi
if ! "$VENV/bin/python" -c "import pyoxigraph" 2>/dev/null; then
    # The same minor version as the oxigraph crate claimgraph uses (Cargo.toml: oxigraph = "0.5").
    echo "  installing pyoxigraph into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check 'pyoxigraph>=0.5,<0.6' \
        || die "pip install pyoxigraph failed"
fi
echo "  pyoxigraph $("$VENV/bin/python" -c "import importlib.metadata as m; print(m.version('pyoxigraph'))")"

# --------------------------------------------------------------------------------------------
step "the vocabularies: ingest of no articles into an empty store"
# A new store holds the ontology and measure graphs before any article; the quads the articles
# add are the store's quads minus these.
mkdir -p "$TMP/no-articles"
"$BIN" ingest "$TMP/no-articles" --store "$TMP/vocab-store" 2>"$OUT/ingest-vocab.stderr" \
    || { cat "$OUT/ingest-vocab.stderr" >&2; die "claimgraph ingest of an empty directory failed"; }
VOCAB_QUADS=$(count_quads "$TMP/vocab-store") || die "counting the quads of the vocabularies failed"
rm -rf "$TMP/vocab-store"
echo "  $VOCAB_QUADS quads"

# --------------------------------------------------------------------------------------------
step "the further batch: $BENCH_EXTRA articles with ids (x000000_...) that no corpus below has"
"${TOOL[@]}" gen-n "$ROOT/seeds" "$TMP/extra" "$BENCH_EXTRA" --per-dir "$PER_DIR" --prefix x \
    >"$OUT/gen-extra.json" || die "generating the further batch failed"
"$PYTHON" -c "import json,sys; g=json.load(open(sys.argv[1])); print(f'  {g[\"files\"]:,} articles, {g[\"bytes\"]/1e6:.1f} MB')" "$OUT/gen-extra.json"

results=()
for n in "${SIZES[@]}"; do
    step "N = $n articles"
    dir="$TMP/n$n"
    mkdir -p "$dir"
    # Disk: at the peak, claimgraph's store and the N-Quads dump (the corpus is gone by then, the
    # loader's store comes after claimgraph's store is deleted). Measured at 10,000 articles with
    # batched bulk loads: the store 228 kB an article, the dump 207 kB an article, the loader's
    # store 157 kB an article; KB_PER_ARTICLE rounds up.
    need=$((n * KB_PER_ARTICLE * 1024))
    avail=$(df -P -B1 "$TMP" | awk 'NR == 2 {print $4}')
    printf '  disk: %s free in %s, about %s needed\n' "$(numfmt --to=iec "$avail")" "$BENCH_TMP" "$(numfmt --to=iec "$need")"
    if ((avail < need)) && [[ "$BENCH_DISK_CHECK" != 0 ]]; then
        die "not enough free disk in $BENCH_TMP for $n articles (set BENCH_TMP, or BENCH_DISK_CHECK=0 to try anyway)"
    fi

    t0=$(now)
    "${TOOL[@]}" gen-n "$ROOT/seeds" "$dir/corpus" "$n" --per-dir "$PER_DIR" --prefix r >"$OUT/gen-$n.json" \
        || die "corpus generation failed"
    "$PYTHON" -c "import json,sys; g=json.load(open(sys.argv[1])); print(f'  corpus: {g[\"files\"]:,} articles in {g[\"dirs\"]:,} director{\"y\" if g[\"dirs\"] == 1 else \"ies\"}, {g[\"bytes\"]/1e6:,.1f} MB of text (generated in {float(sys.argv[2]):.1f} s)')" \
        "$OUT/gen-$n.json" "$(secs_since "$t0")"
    # Read the corpus once, so the ingest starts with a warm page cache.
    find "$dir/corpus" -type f -exec cat {} + >/dev/null

    # Extraction alone over the same corpus, to tell the cost of extracting from that of storing.
    "${TOOL[@]}" measure --json "$OUT/measure-extract-$n.json" --stderr "$OUT/extract-$n.stderr" "${HELPER[@]}" \
        -- "${PIN[@]}" "$BIN" extract --format jsonl "$dir/corpus" \
        || { tail -n 20 "$OUT/extract-$n.stderr" >&2; die "claimgraph extract failed"; }

    echo "  claimgraph ingest CORPUS --store STORE (empty store)"
    ingest "$n" "$dir/corpus" "$dir/store" "$OUT/gen-$n.json" "$VOCAB_QUADS" --extract-measure "$OUT/measure-extract-$n.json"
    rm -rf "$dir/corpus"

    echo "  claimgraph dump --store STORE --format nquads > FILE"
    t0=$(now)
    with_progress "dump" "$dir/dump.nq" \
        bash -c '"$1" dump --store "$2" --format nquads >"$3"' _ "$BIN" "$dir/store" "$dir/dump.nq" \
        || die "claimgraph dump failed"
    dump_s=$(secs_since "$t0")
    dump_bytes=$(stat -c %s "$dir/dump.nq")
    "$PYTHON" -c "import sys; print(f'  {int(sys.argv[1]) / 1e6:,.1f} MB of N-Quads in {float(sys.argv[2]):,.2f} s (counted in neither time)')" \
        "$dump_bytes" "$dump_s"

    # The memory check needs the filled store; after it the store goes, before the loader's store
    # is made, so that at most two of store, dump and loader's store are on disk at once.
    echo "  the further $BENCH_EXTRA articles into an empty store, then into the store with $n articles"
    find "$TMP/extra" -type f -exec cat {} + >/dev/null
    ingest "extra-empty-$n" "$TMP/extra" "$dir/store-empty" "$OUT/gen-extra.json" "$VOCAB_QUADS"
    rm -rf "$dir/store-empty"
    filled_quads=$(count_quads "$dir/store") || die "counting the quads of the filled store failed"
    ingest "extra-filled-$n" "$TMP/extra" "$dir/store" "$OUT/gen-extra.json" "$filled_quads"
    rm -rf "$dir/store"

    echo "  pyoxigraph Store(DIR).bulk_load(path=FILE, format=RdfFormat.N_QUADS) into an empty directory"
    mkdir -p "$dir/loaded"
    with_progress "bulk_load" "$dir/loaded" \
        "${TOOL[@]}" measure --json "$OUT/measure-load-$n.json" --stderr "$OUT/load-$n.stderr" "${HELPER[@]}" \
        -- "${PIN[@]}" "$VENV/bin/python" "$BENCH_DIR/oxload.py" --nquads "$dir/dump.nq" --store "$dir/loaded" \
        --json "$OUT/load-$n.json" || { tail -n 20 "$OUT/load-$n.stderr" >&2; die "the bulk load failed"; }
    loaded_bytes=$(du -sb "$dir/loaded" | cut -f1)
    rm -rf "$dir/loaded" "$dir/dump.nq"
    "${TOOL[@]}" ingest-load --ingest "$OUT/run-$n.json" --loader "$OUT/load-$n.json" \
        --loader-measure "$OUT/measure-load-$n.json" --dump-s "$dump_s" --dump-bytes "$dump_bytes" \
        --loader-store-bytes "$loaded_bytes" --target-ratio "$BENCH_TARGET_RATIO" \
        --out "$OUT/load-result-$n.json" || die "the comparison with the loader failed"

    "${TOOL[@]}" ingest-report --n "$n" --ingest "$OUT/run-$n.json" --load "$OUT/load-result-$n.json" \
        --extra-empty "$OUT/run-extra-empty-$n.json" --extra-filled "$OUT/run-extra-filled-$n.json" \
        --out "$OUT/result-$n.json" || die "the memory comparison failed"
    results+=(--result "$OUT/result-$n.json")
    rm -rf "$dir"
done

# --------------------------------------------------------------------------------------------
step "summary"
"${TOOL[@]}" ingest-table "${results[@]}"
if [[ -n "${BENCH_OUT:-}" ]]; then echo; echo "measurements kept in $OUT"; fi
