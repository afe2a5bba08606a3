#!/usr/bin/env python3
"""List audit pages: articles with no gold, in a random order fixed by a seed.

usage: scripts/dev/audit-pages.py news|web SEED [N]
news: ../shared/corpora/news-clusters/articles/<doc>.txt not in data/gold/news
web:  /tmp/web-articles/<doc>.txt not in data/gold/web (make it with scripts/web-articles.py)
Prints N paths (default 40), one per line.
"""
import os, random, sys

repo = os.environ.get("REPO", os.getcwd())
shared = os.environ.get("CLAIMGRAPH_SHARED", os.path.join(repo, "..", "shared"))
which, seed = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
if which == "news":
    base, gold = os.path.join(shared, "corpora/news-clusters/articles"), os.path.join(repo, "data/gold/news")
else:
    base, gold = "/tmp/web-articles", os.path.join(repo, "data/gold/web")
golds = {f[:-6] for f in os.listdir(gold) if f.endswith(".jsonl")}
docs = sorted(f[:-4] for f in os.listdir(base) if f.endswith(".txt") and f[:-4] not in golds)
random.Random(seed).shuffle(docs)
for d in docs[:n]:
    print(os.path.join(base, d + ".txt"))
