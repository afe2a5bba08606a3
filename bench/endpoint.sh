#!/usr/bin/env bash
# Endpoint load benchmark: BENCH_CLIENTS concurrent clients (wrk) for BENCH_SECONDS each, sending
# the example queries of queries/ in turn as SPARQL 1.1 Protocol GETs, first to `claimgraph serve`
# and then, in the same run and on the same data, to oxigraph's own server (`oxigraph serve`, the
# CLI from PyPI's `oxigraph` package at the version in Cargo.lock, installed here into
# bench/.venv-endpoint). Prints requests/s, p50/p99 latency, errors and the servers' peak memory,
# and the throughput ratio against the target.
#
#   bash bench/endpoint.sh                      (from any directory; see bench/README.md)
#   BENCH_SECONDS=5 bash bench/endpoint.sh      (a quick run)
#
# Environment:
#   BENCH_CLIENTS=64       concurrent connections (wrk -c)
#   BENCH_SECONDS=20       duration of each measured run (wrk -d)
#   BENCH_WARMUP=3         seconds of unmeasured load before each measured run
#   BENCH_WRK_THREADS=2    wrk's threads (wrk -t)
#   BENCH_TARGET_RATIO=0.9 target: claimgraph requests/s >= this x oxigraph's
#   BENCH_PORT=17890       claimgraph listens here, oxigraph on the next port (127.0.0.1 only)
#   CARGO_TARGET_DIR       default $HOME/.cache/claimgraph-target
#   CLAIMGRAPH=PATH        use this binary instead of building (skips cargo build)
#   PYTHON=python3         interpreter for making bench/.venv-endpoint
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/claimgraph-target}
BENCH_CLIENTS=${BENCH_CLIENTS:-64}
BENCH_SECONDS=${BENCH_SECONDS:-20}
BENCH_WARMUP=${BENCH_WARMUP:-3}
BENCH_WRK_THREADS=${BENCH_WRK_THREADS:-2}
BENCH_TARGET_RATIO=${BENCH_TARGET_RATIO:-0.9}
BENCH_PORT=${BENCH_PORT:-17890}
PYTHON=${PYTHON:-python3}
VENV="$BENCH_DIR/.venv-endpoint"

die() { echo "bench/endpoint.sh: $*" >&2; exit 1; }
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
step() { printf '\n== %s  [%s]\n' "$*" "$(date +%H:%M:%S)"; }

for v in BENCH_CLIENTS BENCH_SECONDS BENCH_WRK_THREADS BENCH_PORT; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer"
done
[[ "$BENCH_WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_WARMUP must be a number of seconds"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
command -v curl >/dev/null || die "curl not found (apt-get install curl)"
if ! command -v wrk >/dev/null; then
    step "wrk from Debian"
    SUDO=""
    [[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk \
        || die "apt-get install wrk failed"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-endpoint.XXXXXX")
SERVER_PID=
# Keeps the script's own exit status: a stopped server's 143 must not become it.
cleanup() {
    local status=$?
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

step "claimgraph"
claimgraph_binary serve ingest dump

step "oxigraph serve: PyPI oxigraph in the virtualenv bench/.venv-endpoint"
OXI_VERSION=$(awk '/^name = "oxigraph"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")
[[ -n "$OXI_VERSION" ]] || die "no oxigraph version in Cargo.lock"
if [[ ! -x "$VENV/bin/oxigraph" ]] || [[ "$("$VENV/bin/oxigraph" --version 2>/dev/null)" != *"$OXI_VERSION"* ]]; then
    "$PYTHON" -m venv "$VENV" || die "cannot create the virtualenv $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "oxigraph==$OXI_VERSION" \
        || die "pip install oxigraph==$OXI_VERSION failed"
fi
OXIGRAPH="$VENV/bin/oxigraph"
echo "  $("$OXIGRAPH" --version)"

step "the same data in both stores: the seeds, ingested, analysed, dumped and loaded"
"$BIN" ingest "$ROOT/seeds" --store "$TMP/claimgraph" 2>"$TMP/ingest.log" || { cat "$TMP/ingest.log"; die "ingest failed"; }
"$BIN" report --store "$TMP/claimgraph" --format json --out "$TMP/report.json" 2>>"$TMP/ingest.log" \
    || { cat "$TMP/ingest.log"; die "report failed"; }
"$BIN" dump --store "$TMP/claimgraph" --format nquads >"$TMP/dataset.nq" || die "dump failed"
"$OXIGRAPH" load --location "$TMP/oxigraph" --file "$TMP/dataset.nq" --format nq >/dev/null 2>&1 \
    || die "oxigraph load failed"
echo "  $(wc -l <"$TMP/dataset.nq") quads"

# The requests: every example query as a GET with its query URL-encoded; wrk cycles through them.
"$PYTHON" - "$ROOT/queries" "$TMP/requests.lua" <<'EOF'
import pathlib, sys, urllib.parse
queries = sorted(pathlib.Path(sys.argv[1]).glob("*.rq"))
if not queries:
    sys.exit("no queries/*.rq")
lines = ["local queries = {"]
for q in queries:
    encoded = urllib.parse.quote(q.read_text(encoding="utf-8"), safe="")
    lines.append(f'  "{encoded}", -- {q.name}')
lines += [
    "}",
    "local path = os.getenv('BENCH_QUERY_PATH')",
    "local i = 0",
    "request = function()",
    "  i = i % #queries + 1",
    "  return wrk.format('GET', path .. '?query=' .. queries[i],",
    "    { ['Accept'] = 'application/sparql-results+json' })",
    "end",
]
pathlib.Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"  {len(queries)} example queries: " + ", ".join(q.name for q in queries))
EOF

# Waits until URL answers, at most 30 s.
wait_up() {
    local i
    for i in $(seq 300); do
        curl -sf -o /dev/null "$1" && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited (see $2)"
        sleep 0.1
    done
    die "the server did not answer at $1 within 30 s"
}

# The answer of every example query from one server, as sorted JSON rows, to compare the two.
answers() {
    "$PYTHON" - "$ROOT/queries" "$1" <<'EOF'
import json, pathlib, sys, urllib.parse, urllib.request
out = {}
for q in sorted(pathlib.Path(sys.argv[1]).glob("*.rq")):
    url = sys.argv[2] + "?query=" + urllib.parse.quote(q.read_text(encoding="utf-8"), safe="")
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        doc = json.load(r)
    rows = doc.get("results", {}).get("bindings", [doc.get("boolean")])
    out[q.name] = sorted(json.dumps(row, sort_keys=True) for row in rows)
print(json.dumps(out, sort_keys=True))
EOF
}

# Runs one server under load: NAME, query path, then the command that starts it.
measure() {
    local name=$1 path=$2
    shift 2
    step "$name under load: $BENCH_CLIENTS clients, ${BENCH_SECONDS}s"
    "$@" >"$TMP/$name.log" 2>&1 &
    SERVER_PID=$!
    local url="http://127.0.0.1:$PORT$path"
    wait_up "$url?query=ASK%7B%7D" "$TMP/$name.log"
    answers "$url" >"$TMP/answers-$name.json" || die "$name: an example query failed"
    if ((BENCH_WARMUP > 0)); then
        BENCH_QUERY_PATH=$path wrk -t"$BENCH_WRK_THREADS" -c"$BENCH_CLIENTS" -d"${BENCH_WARMUP}s" \
            -s "$TMP/requests.lua" "http://127.0.0.1:$PORT" >/dev/null
    fi
    BENCH_QUERY_PATH=$path wrk -t"$BENCH_WRK_THREADS" -c"$BENCH_CLIENTS" -d"${BENCH_SECONDS}s" \
        --timeout 10s --latency -s "$TMP/requests.lua" "http://127.0.0.1:$PORT" >"$TMP/wrk-$name.txt"
    sed 's/^/  /' "$TMP/wrk-$name.txt"
    local hwm
    hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$SERVER_PID/status")
    echo "$hwm" >"$TMP/hwm-$name"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

PORT=$BENCH_PORT
measure claimgraph /sparql "$BIN" serve --store "$TMP/claimgraph" --bind "127.0.0.1:$PORT"
PORT=$((BENCH_PORT + 1))
measure oxigraph /query "$OXIGRAPH" serve --location "$TMP/oxigraph" --bind "127.0.0.1:$PORT"

step "results"
"$PYTHON" - "$TMP" "$BENCH_TARGET_RATIO" <<'EOF'
import json, re, sys
tmp, target = sys.argv[1], float(sys.argv[2])

def seconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]

results, failed = {}, False
for name in ("claimgraph", "oxigraph"):
    text = open(f"{tmp}/wrk-{name}.txt", encoding="utf-8").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = seconds(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
    p99 = seconds(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    errors = 0
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        errors += sum(int(g) for g in m.groups())
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        errors += int(m.group(1))
    hwm = int(open(f"{tmp}/hwm-{name}").read()) / 1024
    results[name] = (requests, rate, p50, p99, errors, hwm)

print(f"  {'server':<12} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'peak MiB':>9}")
for name, (n, rate, p50, p99, errors, hwm) in results.items():
    print(f"  {name:<12} {n:>9} {rate:>9.1f} {p50 * 1e3:>8.2f} {p99 * 1e3:>8.2f} {errors:>7} {hwm:>9.1f}")
    if errors:
        print(f"  {name}: {errors} errors: NOT met (zero errors expected)")
        failed = True

ours = json.load(open(f"{tmp}/answers-claimgraph.json"))
theirs = json.load(open(f"{tmp}/answers-oxigraph.json"))
differ = [q for q in ours if ours[q] != theirs.get(q)]
if differ:
    print("  the two servers answer these example queries differently: " + ", ".join(differ))
    failed = True
else:
    print(f"  both servers give the same answers to all {len(ours)} example queries")

ratio = results["claimgraph"][1] / results["oxigraph"][1]
verdict = "met" if ratio >= target else "NOT met"
print(f"  throughput claimgraph / oxigraph = {ratio:.2f} (target >= {target}): {verdict}")
sys.exit(1 if failed else 0)
EOF
