#!/usr/bin/env bash
# Compares every output of two claimgraph binaries byte for byte, for changes that must not
# change behaviour (refactors, codecs): on the seeds, the shared news corpus and a generated
# corpus, `extract` (jsonl, nquads), `report` (md, html, json, csv), `dump` (nquads, trig) and
# `graph` (the claims and sources views as DOT and JSON).
#
#   bash scripts/compare-outputs.sh BEFORE_BIN AFTER_BIN [ARTICLES]
#
# ARTICLES (default 300) is the size of the generated corpus. Prints one line per output and
# exits 1 when any differs (the differing files are kept in the work folder it names).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 BEFORE_BIN AFTER_BIN [ARTICLES]" >&2; exit 2; }
BEFORE=$(realpath "$1")
AFTER=$(realpath "$2")
ARTICLES=${3:-300}
SHARED=${CLAIMGRAPH_SHARED:-../shared}
NEWS="$SHARED/corpora/news-clusters/articles"
[ -d "$NEWS" ] || { echo "no news corpus at $NEWS (set CLAIMGRAPH_SHARED)" >&2; exit 2; }
WORK=$(mktemp -d)
CURATION=tests/fixtures/empty-curation.ttl

"$BEFORE" gen-corpus --articles "$ARTICLES" --out "$WORK/generated" --seed 7 2>/dev/null
differ=0
# Runs one command with both binaries (each with a store of its own) and compares stdout.
same() { # corpus-name, label, args... (STORE stands for the binary's store)
  local corpus=$1 label=$2; shift 2
  for side in before after; do
    local bin=$BEFORE; [ $side = after ] && bin=$AFTER
    local args=("${@//STORE/$WORK/$side-$corpus-store}")
    "$bin" "${args[@]}" > "$WORK/$side.$corpus.$label" 2>/dev/null || echo "exit $?" >> "$WORK/$side.$corpus.$label"
  done
  if cmp -s "$WORK/before.$corpus.$label" "$WORK/after.$corpus.$label"; then
    printf 'same     %-10s %-16s %s bytes\n' "$corpus" "$label" "$(wc -c < "$WORK/after.$corpus.$label")"
  else
    printf 'DIFFERS  %-10s %-16s\n' "$corpus" "$label"
    differ=1
  fi
}

for corpus in seeds news generated; do
  case $corpus in
    seeds) dir=seeds ;;
    news) dir=$NEWS ;;
    generated) dir=$WORK/generated ;;
  esac
  same "$corpus" extract.jsonl extract --quiet "$dir"
  same "$corpus" extract.nquads extract --quiet --format nquads "$dir"
  same "$corpus" ingest ingest --quiet --store STORE "$dir"
  for format in md html json csv; do
    same "$corpus" "report.$format" report --store STORE --curation "$CURATION" --format "$format"
  done
  same "$corpus" dump.nquads dump --store STORE --format nquads
  same "$corpus" dump.trig dump --store STORE --format trig
  for view in claims sources; do
    same "$corpus" "graph.$view.dot" graph --store STORE --curation "$CURATION" --view "$view" --format dot
    same "$corpus" "graph.$view.json" graph --store STORE --curation "$CURATION" --view "$view" --format json
  done
done
if [ $differ = 0 ]; then
  echo "all outputs the same"
  rm -rf "$WORK"
else
  echo "outputs differ: see $WORK"
  exit 1
fi
