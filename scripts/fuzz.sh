#!/usr/bin/env bash
# Fuzzes claimgraph's input parsers with AFL++ (cargo-afl, stable Rust) for a given time, then
# prints executions, coverage, corpus size, crashes and hangs (issue 14). The harness is
# fuzz/src/bin/claimgraph_fuzz.rs: extraction over text, HTML page reading then extraction,
# `sources.tsv` parsing and curation Turtle parsing.
#
#   bash scripts/fuzz.sh [SECONDS]          # fuzz for SECONDS (default 60); exit 1 on crashes
#   bash scripts/fuzz.sh --replay FILE...   # run the harness on saved inputs, outside AFL
#   bash scripts/fuzz.sh --build            # install and build only
#
# Environment:
#   CLAIMGRAPH_SHARED   the shared corpora (default: the repo's ../shared)
#   FUZZ_WORK           seeds, dictionary and AFL's output (default: fuzz/work, git-ignored);
#                       crashes are kept in $FUZZ_WORK/out/default/crashes/
#   FUZZ_TARGET_DIR     the instrumented build (default: ~/.cache/claimgraph-fuzz-target)
#   FUZZ_RESUME=1       go on from the last run's queue instead of starting from the seeds
#   FUZZ_TIMEOUT_MS     an input slower than this is a hang (default 1000)
#   FUZZ_TEXT_SEEDS, FUZZ_HTML_SEEDS   how many articles and pages to sample (60, 40)
#
# Installs what it needs when missing: what the main build needs (scripts/setup.sh), make
# (apt-get), then cargo-afl (`cargo install cargo-afl --locked`), whose install builds AFL++ from the source it
# bundles (`cargo afl config --build` otherwise). One afl-fuzz instance, no CPU pinning: the
# machines have two cores and other work runs beside it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CLAIMGRAPH_SHARED:-$ROOT/../shared}"
WORK="${FUZZ_WORK:-$ROOT/fuzz/work}"
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/claimgraph-fuzz-target}"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
BIN="$CARGO_TARGET_DIR/release/claimgraph_fuzz"

say() { printf '%s\n' "$*" >&2; }

install_tools() {
  # What the main build needs (libclang as bindgen loads it, g++, ccache): setup.sh's, once.
  bash "$ROOT/scripts/setup.sh" >&2
  if ! command -v make >/dev/null; then
    say "fuzz: installing make (AFL++ is built with it)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq make
  fi
  if ! cargo afl --version >/dev/null 2>&1; then
    say "fuzz: installing cargo-afl (its install builds AFL++)"
    cargo install cargo-afl --locked
  fi
  # Builds AFL++ (afl-fuzz and its runtime) for this rustc if it is not built yet.
  local out
  if ! out="$(cargo afl config --build 2>&1)"; then
    grep -q "already built" <<<"$out" || { say "$out"; exit 1; }
  fi
}

build() {
  say "fuzz: building the harness in $CARGO_TARGET_DIR"
  # From fuzz/, so the repo's .cargo/config.toml applies (RocksDB's C++ through ccache).
  # cargo-afl adds `-C target-cpu=native`; the cc crate would pass that CPU's features to g++,
  # so RocksDB's objects would miss ccache and be compiled again (20 minutes). The last
  # target-cpu wins, for rustc and for cc.
  (cd "$ROOT/fuzz" && RUSTFLAGS="${RUSTFLAGS:-} -C target-cpu=x86-64" cargo afl build --release)
}

# seed NAME SELECTOR FILE [MAX_BYTES]: one seed, the selector byte then the file (cut).
seed() {
  local name="$1" selector="$2" file="$3" max="${4:-16384}"
  { printf "\\x$selector"; head -c "$max" "$file"; } >"$WORK/seeds/$name"
}

# sample N: N paths, evenly spaced, of the sorted paths on standard input.
sample() {
  awk -v n="$1" '{ p[NR] = $0 } END { if (NR <= n) { for (i = 1; i <= NR; i++) print p[i] }
    else for (i = 0; i < n; i++) print p[int(i * NR / n) + 1] }'
}

prepare_seeds() {
  rm -rf "$WORK/seeds" && mkdir -p "$WORK/seeds"
  local f i=0 articles="$SHARED/corpora/news-clusters/articles"
  local html="$SHARED/corpora/article-extraction-benchmark/html"
  # 00/04: extract without / with a publication date; 01/05: an HTML page, then extract.
  for f in "$ROOT"/seeds/*.txt; do
    seed "seed-$(basename "$f")" "0$(( (i++ % 2) * 4 ))" "$f" 65536
  done
  if [ -d "$articles" ]; then
    while read -r f; do
      seed "article-$(basename "$f")" "0$(( (i++ % 2) * 4 ))" "$f"
    done < <(ls "$articles"/*.txt | sort | sample "${FUZZ_TEXT_SEEDS:-60}")
  else
    say "fuzz: no $articles (set CLAIMGRAPH_SHARED): the seeds are the repo's only"
  fi
  if [ -d "$html" ]; then
    while read -r f; do
      gunzip -c "$f" >"$WORK/page.html"
      seed "page-$(basename "$f" .html.gz).html" "0$(( (i++ % 2) * 4 + 1 ))" "$WORK/page.html" 65536
    done < <(ls "$html"/*.html.gz | sort | sample "${FUZZ_HTML_SEEDS:-40}")
    rm -f "$WORK/page.html"
  fi
  # 02: sources.tsv; 03: curation Turtle.
  for f in "$ROOT"/seeds/sources.tsv "$articles"/sources.tsv "$ROOT"/tests/fixtures/*/sources.tsv; do
    if [ -f "$f" ]; then seed "sources-$((i++)).tsv" 02 "$f" 65536; fi
  done
  for f in "$ROOT"/data/curation.ttl "$ROOT"/tests/fixtures/*.ttl "$ROOT"/tests/fixtures/*/*.ttl; do
    if [ -f "$f" ]; then seed "curation-$((i++))-$(basename "$f")" 03 "$f" 65536; fi
  done
  # data/curation.ttl's decisions are comments: one seed with each kind of decision.
  { printf '\x03'; cat <<'EOF'; } >"$WORK/seeds/curation-decisions.ttl"
@prefix cg: <https://w3id.org/claimgraph#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
[] a cg:Curation ;
   cg:rejects <https://w3id.org/claimgraph/article/some-article/claim/120-124-count> ;
   rdfs:comment "a page number, not a count" .
[] a cg:Curation ;
   cg:detaches <https://w3id.org/claimgraph/article/a/claim/5-9-percent> ;
   rdfs:comment "another rate" .
[] a cg:Curation ;
   cg:merges <https://w3id.org/claimgraph/article/a/claim/10-17-date>,
             <https://w3id.org/claimgraph/article/b/claim/88-95-date> ;
   rdfs:comment "both date the same vote" .
[] a cg:Curation ;
   cg:corrects <https://w3id.org/claimgraph/article/a/claim/200-212-amount> ;
   cg:correctedValue 4300000000 ;
   rdfs:comment "the article's correction of 2019-11-08" .
[] a cg:Curation ;
   cg:corrects <https://w3id.org/claimgraph/article/b/claim/30-37-date> ;
   cg:correctedFrom "2019-10-24"^^xsd:date ; cg:correctedTo "2019-10-24"^^xsd:date ;
   rdfs:comment "Thursday, not Tuesday" .
EOF
  # A small dictionary of tokens the parsers look for.
  cat >"$WORK/dict.txt" <<'EOF'
em_dash="\xe2\x80\x94"
en_dash="\xe2\x80\x93"
ldquo="\xe2\x80\x9c"
rdquo="\xe2\x80\x9d"
lsquo="\xe2\x80\x98"
rsquo="\xe2\x80\x99"
said=" said "
dollar="$"
percent="%"
oct="Oct."
million=" million"
p_open="<p>"
p_close="</p>"
amp="&amp;"
tab="\x09"
newline="\x0a"
EOF
  say "fuzz: $(ls "$WORK/seeds" | wc -l) seeds in $WORK/seeds"
}

stat_of() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$2"; }

report() {
  local stats="$WORK/out/default/fuzzer_stats"
  [ -f "$stats" ] || { say "fuzz: no $stats"; return 1; }
  local k
  echo "fuzz: results ($stats)"
  for k in run_time execs_done execs_per_sec corpus_count bitmap_cvg edges_found total_edges \
    stability saved_crashes saved_hangs afl_version; do
    printf '  %-14s %s\n' "$k" "$(stat_of "$k" "$stats")"
  done
  local crashes hangs
  crashes="$(stat_of saved_crashes "$stats")"
  hangs="$(stat_of saved_hangs "$stats")"
  if [ "${hangs:-0}" != 0 ]; then
    echo "fuzz: hangs (slower than ${FUZZ_TIMEOUT_MS:-1000} ms):"
    ls "$WORK"/out/default/hangs/id:* | sed 's/^/  /'
  fi
  if [ "${crashes:-0}" != 0 ]; then
    echo "fuzz: CRASHES (replay with: bash scripts/fuzz.sh --replay FILE):"
    ls "$WORK"/out/default/crashes/id:* | sed 's/^/  /'
    return 1
  fi
}

replay() {
  [ -x "$BIN" ] || { install_tools; build; }
  local f status failed=0
  for f in "$@"; do
    echo "== $f ($(wc -c <"$f") bytes, target $(( $(od -An -tu1 -N1 "$f") % 4 )))"
    set +e
    RUST_BACKTRACE="${RUST_BACKTRACE:-1}" timeout 60 "$BIN" <"$f"
    status=$?
    set -e
    echo "== exit status $status"
    [ "$status" = 0 ] || failed=1
  done
  return "$failed"
}

case "${1:-}" in
  --replay)
    shift
    [ $# -gt 0 ] || { say "usage: $0 --replay FILE..."; exit 2; }
    replay "$@"
    exit
    ;;
  --build)
    install_tools
    build
    exit
    ;;
  -h | --help)
    sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
    exit
    ;;
esac

SECONDS_TO_RUN="${1:-60}"
[[ "$SECONDS_TO_RUN" =~ ^[0-9]+$ ]] || { say "usage: $0 [SECONDS] | --replay FILE... | --build"; exit 2; }

install_tools
build
mkdir -p "$WORK"
prepare_seeds

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
input="$WORK/seeds"
if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$WORK/out/default/queue" ]; then
  export AFL_AUTORESUME=1
else
  # A fresh run: the last one's output is kept as out.prev until the next.
  rm -rf "$WORK/out.prev"
  [ -d "$WORK/out" ] && mv "$WORK/out" "$WORK/out.prev"
fi

say "fuzz: afl-fuzz for $SECONDS_TO_RUN s, output in $WORK/out ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
set +e
cargo afl fuzz -V "$SECONDS_TO_RUN" -t "${FUZZ_TIMEOUT_MS:-1000}" -i "$input" -o "$WORK/out" \
  -x "$WORK/dict.txt" -- "$BIN"
status=$?
set -e
[ "$status" = 0 ] || say "fuzz: afl-fuzz exited with status $status"
report || exit 1
exit "$status"
