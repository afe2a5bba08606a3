#!/usr/bin/env bash
# Scale benchmark (issue 7): for generated corpora of N articles (`claimgraph gen-corpus`), the
# ingest's throughput (articles/s, MB/s) with each number of threads, its peak memory and the
# store's size on disk; then, on the store, the time and memory of `report` and of the `sources`
# graph, and whether the report finds exactly the verdicts the generator planted.
#
#   bash bench/scale.sh                       (from any directory; see bench/README.md)
#   BENCH_ARTICLES=2000 bash bench/scale.sh   (a quick run)
#
# Environment:
#   BENCH_ARTICLES="10000 100000"  corpus sizes in articles, run in this order
#   BENCH_THREADS="1 2"    ingest --threads values, each into a fresh store
#   BENCH_SEED=1           gen-corpus --seed
#   BENCH_TMP=/tmp         where the corpora and stores go (removed at exit)
#   BENCH_OUT=DIR          keep the measurements (JSON, stderr, reports) there
#   CARGO_TARGET_DIR       default $HOME/.cache/claimgraph-target
#   CLAIMGRAPH=PATH        use this binary instead of building (skips cargo build)
#   PYTHON=python3
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/claimgraph-target}
BENCH_ARTICLES=${BENCH_ARTICLES:-10000 100000}
BENCH_THREADS=${BENCH_THREADS:-1 2}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_TMP=${BENCH_TMP:-/tmp}
PYTHON=${PYTHON:-python3}
TOOL=("$PYTHON" "$BENCH_DIR/benchtool.py")
SCALE=("$PYTHON" "$BENCH_DIR/scaletool.py")

die() { echo "bench/scale.sh: $*" >&2; exit 1; }
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
step() { printf '\n== %s  [%s]\n' "$*" "$(date +%H:%M:%S)"; }

command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
read -r -a SIZES <<<"$BENCH_ARTICLES"
read -r -a THREADS <<<"$BENCH_THREADS"
((${#SIZES[@]} > 0)) || die "BENCH_ARTICLES is empty"
((${#THREADS[@]} > 0)) || die "BENCH_THREADS is empty"
for n in "${SIZES[@]}" "${THREADS[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive integer (BENCH_ARTICLES, BENCH_THREADS)"
done
[[ -d "$BENCH_TMP" ]] || die "BENCH_TMP=$BENCH_TMP is not a directory"

TMP=$(mktemp -d "$BENCH_TMP/claimgraph-scale.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
OUT=${BENCH_OUT:-$TMP/out}
mkdir -p "$OUT"

# A field of a measure JSON.
field() { "$PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }

# Runs CMD... under measure as NAME; dies with its stderr when it fails.
measured() { # NAME CMD...
    local name=$1
    shift
    "${TOOL[@]}" measure --json "$OUT/measure-$name.json" --stderr "$OUT/$name.stderr" -- "$@" \
        || { tail -n 20 "$OUT/$name.stderr" >&2; die "$name failed: $*"; }
}

step "build"
claimgraph_binary gen-corpus ingest report graph
echo "  $BIN; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"

results=()
for n in "${SIZES[@]}"; do
    step "N = $n generated articles"
    corpus="$TMP/corpus-$n"
    "$BIN" gen-corpus --articles "$n" --seed "$BENCH_SEED" --out "$corpus" 2>&1 | sed 's/^/  /'
    bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
    files=$(find "$corpus" -name '*.txt' | wc -l)
    ((files == n)) || die "gen-corpus wrote $files articles, not $n"
    find "$corpus" -type f -exec cat {} + >/dev/null  # a warm page cache for every run
    store="$TMP/store-$n"
    for t in "${THREADS[@]}"; do
        rm -rf "$store"
        name="ingest-$n-t$t"
        measured "$name" "$BIN" ingest --threads "$t" --store "$store" "$corpus"
        grep -q "^$n articles ($n new" "$OUT/$name.stderr" \
            || die "$name: not $n new articles: $(tail -n 1 "$OUT/$name.stderr")"
        store_bytes=$(du -sb "$store" | cut -f1)
        "$PYTHON" - "$OUT/measure-$name.json" "$n" "$t" "$bytes" "$store_bytes" "$OUT/result-$n-t$t.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
n, t, text, store = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
r = {"n": n, "threads": t, "wall_s": m["wall_s"], "cpu_s": m["user_s"] + m["sys_s"],
     "articles_per_s": n / m["wall_s"], "mbps": text / 1e6 / m["wall_s"],
     "rss_mib": m["max_rss_kib"] / 1024, "store_mib": store / 2**20}
json.dump(r, open(sys.argv[6], "w"))
print(f"  ingest --threads {t}: {m['wall_s']:,.1f} s = {r['articles_per_s']:,.0f} articles/s, "
      f"{r['mbps']:.2f} MB/s of {text / 1e6:,.1f} MB; CPU {r['cpu_s']:,.1f} s "
      f"({r['cpu_s'] / m['wall_s']:.2f} cores); peak RSS {r['rss_mib']:,.0f} MiB; store {r['store_mib']:,.0f} MiB")
EOF
        results+=(--result "$OUT/result-$n-t$t.json")
    done

    # The analysis and the picture, on the store the last ingest made.
    measured "report-$n" "$BIN" report --store "$store" --format json --out "$OUT/report-$n.json"
    measured "graph-$n" "$BIN" graph --store "$store" --view sources --format dot --out "$OUT/sources-$n.dot"
    printf '  report --format json: %.1f s, peak RSS %.0f MiB; graph --view sources: %.1f s, peak RSS %.0f MiB\n' \
        "$(field "$OUT/measure-report-$n.json" wall_s)" "$("$PYTHON" -c "print($(field "$OUT/measure-report-$n.json" max_rss_kib) / 1024)")" \
        "$(field "$OUT/measure-graph-$n.json" wall_s)" "$("$PYTHON" -c "print($(field "$OUT/measure-graph-$n.json" max_rss_kib) / 1024)")"
    "${SCALE[@]}" planted --expected "$corpus/expected.json" --report "$OUT/report-$n.json" --out "$OUT/planted-$n.json"
    last="$OUT/result-$n-t${THREADS[-1]}.json"
    "$PYTHON" - "$last" "$OUT/measure-report-$n.json" "$OUT/measure-graph-$n.json" "$OUT/planted-$n.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
rep, graph, planted = (json.load(open(p)) for p in sys.argv[2:5])
r.update({"report_s": rep["wall_s"], "report_rss_mib": rep["max_rss_kib"] / 1024,
          "graph_s": graph["wall_s"], "planted": planted})
json.dump(r, open(sys.argv[1], "w"))
EOF
    rm -rf "$store" "$corpus"
done

step "summary"
"${SCALE[@]}" table "${results[@]}"
cat <<'EOF'

articles/s, MB/s: claimgraph ingest of the generated corpus into an empty store, the whole process
(start-up, reading, extraction on --threads threads, the writer thread's bulk loads, final
flush), wall time. peak RSS: the ingest process. report s: `claimgraph report --format json` on
the store (reading the claims back, the analysis, the findings graph written, the JSON); graph s:
`claimgraph graph --view sources --format dot`; both on the store of the last thread count.
planted: the report's findings against the verdicts gen-corpus planted (expected.json).
EOF
