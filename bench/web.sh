#!/usr/bin/env bash
# Web pages: claimgraph's article bodies beside trafilatura's on the 181 pages of the
# article-extraction benchmark, in one run: precision, recall and F1 by the benchmark's metric
# (and F1 on each half of the pages), pages/s and MB/s of raw HTML, both tools pinned to the same
# core; then the claims `claimgraph extract` draws from the raw pages against those it draws from
# the hand-marked bodies. See bench/README.md ("Web pages benchmark").
#
#   bash bench/web.sh                (from any directory)
#
# Environment:
#   BENCH_CPU=0              the core both tools are pinned to (taskset -c)
#   BENCH_MIN_SECONDS=3      each tool reads all pages again until this long has passed
#   BENCH_ROUNDS=3           the tools take turns this many times; each one's fastest round counts
#   BENCH_WEB_BEFORE=PATH    a previous build of the benchmark executable (a copy kept before a
#                            change): it reads the pages too in every round, right after the
#                            current one, and its pages/s are printed beside the current ones
#   BENCH_OUT=DIR            keep both tools' bodies and timings there (default: a temporary
#                            directory, removed at exit)
#   CLAIMGRAPH_SHARED        the shared corpora (default: the repository's ../shared)
#   CARGO_TARGET_DIR         default $HOME/.cache/claimgraph-target
#   PYTHON=python3           interpreter for making bench/.venv-web
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/claimgraph-target}
SHARED=${CLAIMGRAPH_SHARED:-$ROOT/../shared}
CORPUS="$SHARED/corpora/article-extraction-benchmark"
BENCH_CPU=${BENCH_CPU:-0}
export BENCH_MIN_SECONDS=${BENCH_MIN_SECONDS:-3}
BENCH_ROUNDS=${BENCH_ROUNDS:-3}
PYTHON=${PYTHON:-python3}
VENV="$BENCH_DIR/.venv-web"

die() { echo "bench/web.sh: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

[[ -f "$CORPUS/ground-truth.json" ]] || die "no benchmark at $CORPUS (set CLAIMGRAPH_SHARED)"
command -v taskset >/dev/null || die "taskset not found (util-linux)"
taskset -c "$BENCH_CPU" true 2>/dev/null || die "cannot pin to core '$BENCH_CPU' (BENCH_CPU)"
[[ "$BENCH_ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer"
if [[ -n "${BENCH_WEB_BEFORE:-}" ]]; then
    [[ -x "$BENCH_WEB_BEFORE" ]] || die "no executable at BENCH_WEB_BEFORE=$BENCH_WEB_BEFORE"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-web.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
OUT=${BENCH_OUT:-$TMP/out}
mkdir -p "$OUT"

step "set-up: trafilatura in $VENV"
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV" || die "cannot create $VENV (python3-venv?)"
fi
# jusText (which trafilatura imports) needs lxml.html.clean, a package of its own since lxml 5.2.
"$VENV/bin/python" -c "import trafilatura" 2>/dev/null \
    || "$VENV/bin/pip" install --quiet "trafilatura>=2,<3" lxml_html_clean \
    || die "pip install trafilatura failed"
"$VENV/bin/python" -c "import trafilatura; print('  trafilatura', trafilatura.__version__)"

step "build: cargo build --release, cargo bench --bench web --no-run"
(cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
CLAIMGRAPH="$CARGO_TARGET_DIR/release/claimgraph"
BIN=$(cd "$ROOT" && cargo bench --bench web --no-run --message-format=json 2>/dev/null \
    | "$PYTHON" -c "import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get('reason') == 'compiler-artifact' and m.get('executable') and m['target']['name'] == 'web':
        print(m['executable'])") || die "cargo bench --no-run failed"
[[ -x "$BIN" ]] || die "no benchmark executable ($BIN)"
echo "  $BIN"

# The tools take turns, BENCH_ROUNDS times, so that load from other work on the machine,
# which comes and goes, falls on both alike; each tool's fastest round counts.
for round in $(seq 1 "$BENCH_ROUNDS"); do
    step "round $round of $BENCH_ROUNDS: claimgraph on core $BENCH_CPU"
    BENCH_WEB_CORPUS="$CORPUS" BENCH_WEB_OUT="$OUT/claimgraph.json" \
        taskset -c "$BENCH_CPU" "$BIN" >"$OUT/claimgraph.timing.$round" || die "claimgraph failed"
    sed 's/^/  /' "$OUT/claimgraph.timing.$round"

    if [[ -n "${BENCH_WEB_BEFORE:-}" ]]; then
        step "round $round of $BENCH_ROUNDS: the previous build ($BENCH_WEB_BEFORE) on core $BENCH_CPU"
        BENCH_WEB_CORPUS="$CORPUS" BENCH_WEB_OUT="$OUT/before.json" \
            taskset -c "$BENCH_CPU" "$BENCH_WEB_BEFORE" >"$OUT/before.timing.$round" \
            || die "the previous build failed"
        sed 's/^/  /' "$OUT/before.timing.$round"
    fi

    step "round $round of $BENCH_ROUNDS: trafilatura on core $BENCH_CPU (extract(html, include_comments=False))"
    taskset -c "$BENCH_CPU" "$VENV/bin/python" "$BENCH_DIR/web_bench.py" trafilatura "$CORPUS" \
        "$OUT/trafilatura.json" "$BENCH_MIN_SECONDS" >"$OUT/trafilatura.timing.$round" \
        || die "trafilatura failed"
    sed 's/^/  /' "$OUT/trafilatura.timing.$round"
done
step "the fastest round of each"
for tool in claimgraph trafilatura; do
    rounds=()
    for round in $(seq 1 "$BENCH_ROUNDS"); do rounds+=("$OUT/$tool.timing.$round"); done
    "$PYTHON" - "$tool" "$OUT/$tool.timing" "${rounds[@]}" <<'EOF' || die "no timing for $tool"
import sys
def pps(path):
    for line in open(path):
        key, _, value = line.partition(" ")
        if key == "pages_per_second":
            return float(value)
    raise SystemExit(f"no pages_per_second in {path}")
tool, out, rounds = sys.argv[1], sys.argv[2], sys.argv[3:]
best = max(rounds, key=pps)
with open(out, "w") as f:
    f.write(open(best).read())
print(f"  {tool}: pages/s by round " + ", ".join(f"{pps(p):.1f}" for p in rounds))
EOF
done
# The same per CPU second of the reading thread, round by round, and the ratio within each
# round (the tools ran one after the other, under much the same load): under load the wall
# figures say as much about the other work on the machine as about the tools.
"$PYTHON" - "$BENCH_ROUNDS" "$OUT" "${BENCH_WEB_BEFORE:+before}" <<'EOF' || die "no timing to compare"
import sys
rounds, out = int(sys.argv[1]), sys.argv[2]
before = len(sys.argv) > 3 and sys.argv[3] == "before"
def value(path, key):
    for line in open(path):
        k, _, v = line.partition(" ")
        if k == key:
            return float(v)
    return None
rows = []
for r in range(1, rounds + 1):
    c, t = (f"{out}/{tool}.timing.{r}" for tool in ("claimgraph", "trafilatura"))
    row = [value(c, "pages_per_second"), value(t, "pages_per_second"),
           value(c, "cpu_pages_per_second"), value(t, "cpu_pages_per_second")]
    rows.append(row)
    cpu = (f"per CPU second {row[2]:.1f} vs {row[3]:.1f} = {row[2] / row[3]:.1f}x"
           if None not in row[2:] else "no CPU time")
    print(f"  round {r}: wall {row[0]:.1f} vs {row[1]:.1f} pages/s = {row[0] / row[1]:.1f}x; {cpu}")
    if before:
        b = f"{out}/before.timing.{r}"
        row += [value(b, "pages_per_second"), value(b, "cpu_pages_per_second")]
        cpu = (f"per CPU second {row[5]:.1f} = {row[5] / row[3]:.1f}x trafilatura"
               f" (now {row[2] / row[5] - 1:+.1%})" if None not in row[2:] else "no CPU time")
        print(f"           previous build: wall {row[4]:.1f} pages/s = {row[4] / row[1]:.1f}x; {cpu}")
best = lambda i: max(row[i] for row in rows)
print(f"  fastest rounds, wall: {best(0):.1f} vs {best(1):.1f} pages/s = {best(0) / best(1):.1f}x")
if all(None not in row[2:] for row in rows):
    print(f"  fastest rounds, per CPU second: {best(2):.1f} vs {best(3):.1f} pages/s"
          f" = {best(2) / best(3):.1f}x")
if before and all(None not in row[2:] for row in rows):
    print(f"  previous build's fastest round, per CPU second: {best(5):.1f} pages/s"
          f" = {best(5) / best(3):.1f}x trafilatura")
EOF

step "article bodies by the benchmark's metric (181 pages; halves: alternate pages by id)"
"$PYTHON" "$BENCH_DIR/web_bench.py" score "$CORPUS" \
    "claimgraph=$OUT/claimgraph.json=$OUT/claimgraph.timing" \
    "trafilatura=$OUT/trafilatura.json=$OUT/trafilatura.timing"

step "claims (claimgraph extract) against those of the hand-marked bodies"
"$PYTHON" "$BENCH_DIR/web_bench.py" write "$CORPUS" "$TMP/pages" "$TMP/bodies"
"$PYTHON" "$BENCH_DIR/web_bench.py" texts "$OUT/trafilatura.json" "$TMP/trafilatura"
for set in pages bodies trafilatura; do
    "$CLAIMGRAPH" extract --lossy --quiet "$TMP/$set" >"$OUT/$set.jsonl" || die "extract $set failed"
done
"$PYTHON" "$BENCH_DIR/web_bench.py" claims --header
"$PYTHON" "$BENCH_DIR/web_bench.py" claims "the pages, read by claimgraph" "$OUT/pages.jsonl" "$OUT/bodies.jsonl"
"$PYTHON" "$BENCH_DIR/web_bench.py" claims "trafilatura's bodies" "$OUT/trafilatura.jsonl" "$OUT/bodies.jsonl"

step "publication dates and titles (claimgraph) beside htmldate's dates"
"$VENV/bin/python" "$BENCH_DIR/web_bench.py" dates "$CORPUS" "$OUT/claimgraph.json"
