#!/usr/bin/env bash
# claimgraph against an external SPARQL store: Virtuoso Open Source 7 from Debian.
#
# Starts a Virtuoso of its own (never the system service) from a config file in a temporary
# folder, on free loopback ports; ingests the seeds into a temporary store and reports on them
# locally; pushes the store to Virtuoso twice (Graph Store PUT with Digest auth) and checks the
# triple count did not change; runs `report --endpoint` and `graph --endpoint` against Virtuoso
# and checks the findings and the drawings are the local ones. Stops Virtuoso by its process id,
# whatever happens. Exit 0 when all holds.
#
#   CLAIMGRAPH=target/release/claimgraph bash tests/virtuoso/run.sh
#
# Needs virtuoso-opensource (scripts/setup.sh installs it), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLAIMGRAPH="${CLAIMGRAPH:-${CARGO_TARGET_DIR:-target}/release/claimgraph}"
# Pages smaller than an article graph, so that paging is exercised against a real store.
PAGE_SIZE="${CLAIMGRAPH_PAGE_SIZE:-500}"
[ -x "$CLAIMGRAPH" ] || { echo "no claimgraph binary at $CLAIMGRAPH (cargo build first)" >&2; exit 2; }

VIRTUOSO="$(command -v virtuoso-t || true)"
if [ -z "$VIRTUOSO" ]; then
    echo "virtuoso-t not found: apt-get install -y virtuoso-opensource (see scripts/setup.sh)" >&2
    exit 2
fi
for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-virtuoso.XXXXXX")"
VPID=""
cleanup() {
    if [ -n "$VPID" ] && kill -0 "$VPID" 2>/dev/null; then
        kill "$VPID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$VPID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$VPID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Two free loopback ports: the SQL (ISQL) server and HTTP.
read -r SQL_PORT HTTP_PORT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
')

mkdir -p "$WORK/db"
cat > "$WORK/virtuoso.ini" <<INI
[Database]
DatabaseFile = $WORK/db/virtuoso.db
ErrorLogFile = $WORK/db/virtuoso.log
LockFile = $WORK/db/virtuoso.lck
TransactionFile = $WORK/db/virtuoso.trx
xa_persistent_file = $WORK/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $WORK/db/virtuoso-temp.db
TransactionFile = $WORK/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$SQL_PORT
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., $WORK
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1

[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $WORK/db
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
INI

BASE="http://127.0.0.1:$HTTP_PORT"
SECONDS=0
# +foreground: our child, so its pid is Virtuoso's and the trap can stop it.
( cd "$WORK/db" && exec "$VIRTUOSO" +foreground +configfile "$WORK/virtuoso.ini" ) \
    > "$WORK/virtuoso.out" 2>&1 &
VPID=$!
echo "== Virtuoso $("$VIRTUOSO" -? 2>&1 | grep -o 'Version [^ ]*' | head -n1) (pid $VPID) at $BASE, files in $WORK"

ask() { # ask SPARQL: the first value of the first row, by GET (CSV)
    curl -sf -G -H 'Accept: text/csv' --data-urlencode "query=$1" "$BASE/sparql" | sed -n 2p | tr -d '"\r'
}
for _ in $(seq 1 120); do
    case "$(ask 'ASK {}' 2>/dev/null || true)" in 1|true) break ;; esac
    kill -0 "$VPID" 2>/dev/null || { echo "Virtuoso stopped:" >&2; tail -n 20 "$WORK/virtuoso.out" "$WORK/db/virtuoso.log" >&2; exit 1; }
    sleep 0.5
done
ask 'ASK {}' >/dev/null || { echo "Virtuoso does not answer at $BASE" >&2; exit 1; }
echo "up after $SECONDS s"

echo "== the seeds into a local store, and the local report"
STORE="$WORK/store"
"$CLAIMGRAPH" ingest seeds --store "$STORE" --quiet
"$CLAIMGRAPH" report --store "$STORE" --format json --out "$WORK/local.json"

COUNT_QUERY='SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/claimgraph/")) }'
PUSH=(push --store "$STORE" --endpoint "$BASE/sparql-auth" --graph-store "$BASE/sparql-graph-crud-auth" --user dba --password dba)

echo "== push (Graph Store PUT, Digest auth)"
"$CLAIMGRAPH" "${PUSH[@]}"
first=$(ask "$COUNT_QUERY")
echo "triples in claimgraph's graphs after the first push: $first"
echo "== push again"
"$CLAIMGRAPH" "${PUSH[@]}"
second=$(ask "$COUNT_QUERY")
echo "triples in claimgraph's graphs after the second push: $second"
local_count=$("$CLAIMGRAPH" query --store "$STORE" --format csv "$COUNT_QUERY" | sed -n 2p | tr -d '"\r')
echo "triples in the local store's graphs: $local_count"

status=0
if [ -z "$first" ] || [ "$first" = 0 ] || [ "$first" != "$second" ]; then
    echo "FAIL: the count changed between pushes ($first, then $second)" >&2
    status=1
fi
if [ "$first" != "$local_count" ]; then
    echo "FAIL: Virtuoso holds $first triples, the local store $local_count" >&2
    status=1
fi

echo "== report --endpoint (paged SELECT by GET, $PAGE_SIZE rows a page)"
"$CLAIMGRAPH" report --endpoint "$BASE/sparql" --page-size "$PAGE_SIZE" --format json --out "$WORK/remote.json"

python3 - "$WORK/local.json" "$WORK/remote.json" <<'PY' || status=1
import json, sys
local, remote = (json.load(open(p)) for p in sys.argv[1:3])
if local == remote:
    findings = local.get("findings", [])
    verdicts = {}
    for f in findings:
        v = f.get("verdict", "?")
        verdicts[v] = verdicts.get(v, 0) + 1
    print(f"same report: {len(findings)} findings {verdicts}, every field equal, in the same order")
    sys.exit(0)
def walk(a, b, path="$"):
    if type(a) != type(b):
        print(f"{path}: {a!r} != {b!r}"); return 1
    if isinstance(a, dict):
        n = 0
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                print(f"{path}.{k}: only in {'local' if k in a else 'remote'}"); n += 1
            else:
                n += walk(a[k], b[k], f"{path}.{k}")
        return n
    if isinstance(a, list):
        n = 0
        if len(a) != len(b):
            print(f"{path}: {len(a)} items locally, {len(b)} remotely"); n += 1
        for i, (x, y) in enumerate(zip(a, b)):
            n += walk(x, y, f"{path}[{i}]")
        return n
    if a != b:
        print(f"{path}: {a!r} != {b!r}"); return 1
    return 0
n = walk(local, remote)
print(f"FAIL: the reports differ in {n} places (first 40 above)", file=sys.stderr)
sys.exit(1)
PY

echo "== graph --endpoint: the sources and claims views drawn from Virtuoso, against the local ones"
for view in sources claims; do
    "$CLAIMGRAPH" graph --store "$STORE" --view "$view" --format dot --out "$WORK/local-$view.dot"
    "$CLAIMGRAPH" graph --endpoint "$BASE/sparql" --page-size "$PAGE_SIZE" --view "$view" --format dot \
        --out "$WORK/remote-$view.dot"
    if [ ! -s "$WORK/local-$view.dot" ] || ! grep -q -- '->\|--' "$WORK/local-$view.dot"; then
        echo "FAIL: the local $view view has no edges" >&2
        status=1
    elif cmp -s "$WORK/local-$view.dot" "$WORK/remote-$view.dot"; then
        echo "same $view view: $(wc -l < "$WORK/local-$view.dot") lines of DOT, byte for byte"
    else
        echo "FAIL: the $view view drawn from Virtuoso differs from the local one:" >&2
        diff "$WORK/local-$view.dot" "$WORK/remote-$view.dot" | head -n 20 >&2
        status=1
    fi
done

if [ "$status" = 0 ]; then
    echo "== OK: pushed twice to Virtuoso ($first triples both times), and its report and graphs are the local ones"
else
    echo "== FAILED" >&2
fi
exit "$status"
