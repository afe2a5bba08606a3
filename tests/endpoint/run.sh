#!/usr/bin/env bash
# `claimgraph serve` against independent clients, run by .ci/run after `cargo test`:
#   1. the W3C SPARQL 1.1 Protocol and Graph Store Protocol manifests (w3c/), against claimgraph
#      with writes allowed and, in the same run, against oxigraph's own server: claimgraph must
#      pass every test oxigraph passes (w3c_conformance.py --compare);
#   2. roqet (Debian rasqal-utils) and curl for every status code the server answers
#      (statuses.sh), SPARQLWrapper and rdflib's SPARQLStore (clients.py), against a server
#      holding the seeds;
#   3. the query page in headless Chromium (page/page.test.mjs, Playwright's playwright-core).
# Servers listen on free ports of 127.0.0.1 and are stopped by process id at exit.
#
# Needs (scripts/setup.sh installs them): a built claimgraph (CLAIMGRAPH, default
# $CARGO_TARGET_DIR/release/claimgraph), the virtualenv with rdflib, SPARQLWrapper and the oxigraph
# CLI (CLAIMGRAPH_VENV), curl, roqet, node with tests/endpoint/page/node_modules, chromium.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${CLAIMGRAPH:-${CARGO_TARGET_DIR:-$ROOT/target}/release/claimgraph}
VENV=${CLAIMGRAPH_VENV:-$HOME/.cache/claimgraph-venv}
PY="$VENV/bin/python"
OXIGRAPH="$VENV/bin/oxigraph"

die() { echo "endpoint checks: $*" >&2; exit 1; }
[[ -x "$BIN" ]] || die "no claimgraph binary at $BIN"
[[ -x "$PY" ]] || die "no virtualenv at $VENV (bash scripts/setup.sh)"
[[ -x "$OXIGRAPH" ]] || die "no oxigraph CLI in $VENV (bash scripts/setup.sh)"
for tool in curl roqet node; do
    command -v "$tool" >/dev/null || die "$tool not found (bash scripts/setup.sh)"
done
[[ -d "$HERE/page/node_modules/playwright-core" ]] || die "playwright-core missing (cd tests/endpoint/page && npm ci)"

TMP=$(mktemp -d)
PIDS=()
# Keeps the script's own exit status: a stopped server's 143 must not become it.
cleanup() {
    local status=$? pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts a server in the background (NAME, then its command) and waits until it answers at URL.
start() {
    local name=$1 url=$2
    shift 2
    "$@" >"$TMP/$name.log" 2>&1 &
    PIDS+=($!)
    local i
    for i in $(seq 300); do
        curl -s -o /dev/null "$url" && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$TMP/$name.log"; die "$name exited at start"; }
        sleep 0.1
    done
    die "$name did not answer at $url within 30 s"
}

failed=0
section() { printf '\n== %s\n' "$*"; }
run() { # a check: its command; a failure is counted, the others still run
    if ! "$@"; then
        failed=$((failed + 1))
        echo "FAILED: $*"
    fi
}

section "W3C SPARQL 1.1 Protocol and Graph Store Protocol: claimgraph and oxigraph serve"
TOKEN=w3c-conformance-token-$RANDOM$RANDOM
CG_PORT=$(free_port)
start claimgraph-w3c "http://127.0.0.1:$CG_PORT/sparql" \
    "$BIN" serve --store "$TMP/w3c-store" --bind "127.0.0.1:$CG_PORT" --allow-update --token "$TOKEN"
OX_PORT=$(free_port)
start oxigraph-w3c "http://127.0.0.1:$OX_PORT/query" \
    "$OXIGRAPH" serve --location "$TMP/w3c-oxigraph" --bind "127.0.0.1:$OX_PORT"
run "$PY" "$HERE/w3c_conformance.py" --url "http://127.0.0.1:$CG_PORT" --query-path /sparql \
    --update-path /update --store-path /store --token "$TOKEN" --name claimgraph \
    --json "$TMP/w3c-claimgraph.json"
run "$PY" "$HERE/w3c_conformance.py" --url "http://127.0.0.1:$OX_PORT" --query-path /query \
    --update-path /update --store-path /store --name oxigraph --json "$TMP/w3c-oxigraph.json"
run "$PY" "$HERE/w3c_conformance.py" --compare "$TMP/w3c-claimgraph.json" "$TMP/w3c-oxigraph.json"

section "the seeds served, for real clients"
"$BIN" ingest --quiet --store "$TMP/seeds" "$ROOT/seeds"
SEEDS_PORT=$(free_port)
SEEDS_URL="http://127.0.0.1:$SEEDS_PORT"
SEEDS_TOKEN=clients-token-$RANDOM$RANDOM$RANDOM
# A one-second time limit, so statuses.sh can show the 503 of a query that runs over it.
start claimgraph-seeds "$SEEDS_URL/sparql" \
    "$BIN" serve --store "$TMP/seeds" --bind "127.0.0.1:$SEEDS_PORT" --allow-update \
    --token "$SEEDS_TOKEN" --timeout 1

section "curl, every status code; roqet"
run bash "$HERE/statuses.sh" "$SEEDS_URL" "$SEEDS_TOKEN"

section "SPARQLWrapper and rdflib's SPARQLStore"
run "$PY" "$HERE/clients.py" --url "$SEEDS_URL"

section "the query page in headless Chromium"
run node "$HERE/page/page.test.mjs" "$SEEDS_URL"

echo
if ((failed > 0)); then
    echo "endpoint checks: $failed failed"
    exit 1
fi
echo "endpoint checks: all passed"
