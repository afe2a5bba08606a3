#!/bin/bash
# usage: scripts/dev/measure.sh BIN LABEL (from the repository root; the web gold needs /tmp/web-articles, from scripts/web-articles.py) -> /tmp/measure-LABEL/
B=$1; O=/tmp/measure-$2; rm -rf $O; mkdir -p $O
S=${CLAIMGRAPH_SHARED:-../shared}; A=$S/corpora/news-clusters/articles
$B eval --gold data/gold $S/seeds --json > $O/seeds.json 2>/dev/null
for p in tune fresh fresh3 fresh5 heldout fresh4; do $B eval --gold data/gold/news $A --split $p --json > $O/$p.json 2>/dev/null; done
for p in web1 web2; do $B eval --gold data/gold/web /tmp/web-articles --split $p --json > $O/$p.json 2>/dev/null; done
python3 scripts/dev/accuracy-table.py $O > $O/table.md
$B ingest $A --store $O/store --quiet 2>$O/ingest.err
$B eval --verdicts $S/gold/news-verdicts.json --verdicts data/gold/verdicts --stories $S/corpora/news-clusters/stories.tsv --store $O/store > $O/verdicts.txt 2>&1
$B report --store $O/store > $O/news-report.md 2>/dev/null
$B report --store $O/store --format json > $O/news-report.json 2>/dev/null
rm -rf $O/store
{ grep -c "" $O/news-report.md; awk '/^$/{exit} {print}' $O/verdicts.txt | grep -E "^(fresh|fresh2|heldout|tune|all) |^verdicts found|B-cubed"; } > $O/summary.txt
echo "measure $2 done"
