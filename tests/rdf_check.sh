#!/usr/bin/env bash
# Independent checks of the RDF claimgraph writes, run by .ci/run after `cargo test`:
#   - the dumps (N-Quads, TriG, Turtle) parse with raptor's rapper, with the same triple count;
#   - the dataset (the union of all graphs: the seeds and 40 web pages) conforms to
#     ontology/shapes.ttl under pySHACL.
# Needs: rapper (Debian raptor2-utils), pyshacl (PyPI), and a built claimgraph (CLAIMGRAPH or
# $CARGO_TARGET_DIR/release/claimgraph).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${CLAIMGRAPH:-${CARGO_TARGET_DIR:-target}/release/claimgraph}
PYSHACL=${PYSHACL:-pyshacl}
[ -x "$BIN" ] || { echo "rdf_check: no claimgraph binary at $BIN" >&2; exit 1; }
command -v rapper >/dev/null || { echo "rdf_check: rapper not found (apt-get install raptor2-utils)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" > "$tmp/out" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; tail -20 "$tmp/out"
  fi
}

# Web pages too (40 of the extraction benchmark's), so that what a page says of itself (address,
# authors, language, modification date, digests) is checked against the shapes.
SHARED=${CLAIMGRAPH_SHARED:-../shared}
mkdir -p "$tmp/pages"
for page in $(ls "$SHARED"/corpora/article-extraction-benchmark/html/*.html.gz | head -40); do
  gunzip -c "$page" > "$tmp/pages/$(basename "$page" .gz)"
done
# The report writes the findings graph: the dumps hold it too.
"$BIN" report --store "$tmp/store" --curation tests/fixtures/empty-curation.ttl --out "$tmp/report.md" seeds 2>/dev/null
"$BIN" ingest --quiet --lossy --store "$tmp/store" "$tmp/pages"
"$BIN" dump --store "$tmp/store" --format nquads > "$tmp/seeds.nq"
"$BIN" dump --store "$tmp/store" --format trig > "$tmp/seeds.trig"
"$BIN" dump --store "$tmp/store" --format turtle > "$tmp/seeds.ttl"
quads=$(wc -l < "$tmp/seeds.nq")

# rapper reports "Parsing returned N triples" (quads count as triples); it exits non-zero on a
# syntax error.
count() { rapper -i "$1" -c "$2" 2>&1 | grep -oE 'returned [0-9]+ triple' | grep -oE '[0-9]+'; }
check "rapper parses the N-Quads dump ($quads quads)" test "$(count nquads "$tmp/seeds.nq")" -eq "$quads"
check "rapper parses the TriG dump" test "$(count trig "$tmp/seeds.trig")" -eq "$quads"
check "rapper parses the Turtle dump (union of graphs)" test "$(count turtle "$tmp/seeds.ttl")" -gt 0
check "the dataset conforms to ontology/shapes.ttl (pySHACL)" "$PYSHACL" -s ontology/shapes.ttl -df turtle -sf turtle "$tmp/seeds.ttl"

echo "rdf_check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
