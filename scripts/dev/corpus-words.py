#!/usr/bin/env python3
"""Print added lines of the staged change (git diff --cached BASE) that share a run of N words
with any corpus text (news articles, web ground truth, seeds). data/gold is skipped.

usage: N=6 python3 scripts/dev/corpus-words.py BASE   (after git add -A; no output = clean)
"""
import json, os, re, subprocess, sys, glob
n = int(os.environ.get("N", "6"))
base = sys.argv[1]
shared = os.environ.get("CLAIMGRAPH_SHARED", os.path.join(os.getcwd(), "..", "shared"))
word = re.compile(r"[A-Za-z0-9']+")
def grams(text):
    w = [x.lower() for x in word.findall(text)]
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
corpus = set()
for p in glob.glob(os.path.join(shared, "corpora/news-clusters/articles/*.txt")) + glob.glob(os.path.join(shared, "seeds/*.txt")):
    corpus |= grams(open(p, encoding="utf-8", errors="replace").read())
gt = json.load(open(os.path.join(shared, "corpora/article-extraction-benchmark/ground-truth.json")))
for v in gt.values():
    corpus |= grams(v.get("articleBody") or "")
diff = subprocess.run(["git", "diff", "--cached", "-U0", base, "--", ".", ":(exclude)data/gold"],
                      capture_output=True, text=True).stdout
path = None
for line in diff.splitlines():
    if line.startswith("+++ "):
        path = line[6:]
    elif line.startswith("+") and not line.startswith("+++"):
        hit = grams(line[1:]) & corpus
        if hit:
            print(f"{path}: {line[1:].strip()[:160]}  <- {' '.join(sorted(hit)[0])}")
