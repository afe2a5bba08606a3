#!/usr/bin/env python3
"""Article bodies of the article-extraction benchmark: trafilatura timed on the same pages and
core as claimgraph, then both tools' bodies scored by the benchmark's metric, printed side by side.

    web_bench.py trafilatura CORPUS OUT.json MIN_SECONDS   # extract, print timing as key value
    web_bench.py score CORPUS NAME=PRED.json=TIMING ...    # the table
    web_bench.py write CORPUS PAGES_DIR BODIES_DIR         # pages as .html, bodies as .txt
    web_bench.py texts PRED.json DIR                       # a tool's bodies as .txt files
    web_bench.py claims NAME PAGES.jsonl BODIES.jsonl      # claims of pages against bodies
    web_bench.py dates CORPUS CLAIMGRAPH.json              # publication dates beside htmldate's'

The metric is the benchmark's own (scrapinghub/article-extraction-benchmark, evaluate.py): the
tokens of a text are its runs of word characters (\\w+); each page's true and predicted token
4-grams are compared as multisets; true positives, false positives and false negatives are
normalised by their sum, so each page weighs the same; precision and recall are the means over
pages (pages with no predicted or no true 4-gram left out of the mean, as evaluate.py does), F1
their harmonic mean. Halves: the pages in sorted id order, alternately.
"""
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def pages(corpus):
    out = []
    for path in sorted(Path(corpus, "html").glob("*.html.gz")):
        raw = gzip.open(path).read()
        out.append((path.name[: -len(".html.gz")], raw.decode("utf-8", "replace"), len(raw)))
    return out


def trafilatura_run(corpus, out, min_seconds):
    import trafilatura

    items = pages(corpus)
    start = time.perf_counter()
    # The thread's CPU time too, which other work on the machine disturbs less than the wall.
    cpu_start = time.thread_time()
    passes = 0
    while True:
        bodies = {}
        for key, html, _ in items:
            text = trafilatura.extract(html, include_comments=False)
            bodies[key] = {"articleBody": text or ""}
        passes += 1
        if time.perf_counter() - start >= float(min_seconds):
            break
    seconds = time.perf_counter() - start
    cpu = time.thread_time() - cpu_start
    size = sum(n for _, _, n in items)
    Path(out).write_text(json.dumps(bodies))
    print(f"pages {len(items)}")
    print(f"mb {size / 1e6:.3f}")
    print(f"passes {passes}")
    print(f"pages_per_second {passes * len(items) / seconds:.1f}")
    print(f"mb_per_second {passes * size / 1e6 / seconds:.2f}")
    if cpu > 0:
        print(f"cpu_seconds {cpu:.3f}")
        print(f"cpu_pages_per_second {passes * len(items) / cpu:.1f}")
        print(f"cpu_mb_per_second {passes * size / 1e6 / cpu:.2f}")
    print(f"version {trafilatura.__version__}")


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_score(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def prf(scores):
    def precision(tp, fp, fn):
        if fp == fn == 0:
            return 1.0
        if tp == fp == 0:
            return 0.0
        return tp / (tp + fp)

    def recall(tp, fp, fn):
        if fp == fn == 0:
            return 1.0
        if tp == fn == 0:
            return 0.0
        return tp / (tp + fn)

    ps = [precision(*s) for s in scores if s[0] + s[1] > 0]
    rs = [recall(*s) for s in scores if s[0] + s[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(corpus, specs):
    truth = json.loads(Path(corpus, "ground-truth.json").read_text())
    keys = sorted(truth)
    print(
        f"{'tool':<22} {'precision':>9} {'recall':>7} {'F1':>6} {'F1 even':>8} {'F1 odd':>7}"
        f" {'pages/s':>8} {'MB/s':>6}"
    )
    for spec in specs:
        name, pred_path, timing_path = spec.split("=")
        pred = json.loads(Path(pred_path).read_text())
        timing = dict(line.split(" ", 1) for line in Path(timing_path).read_text().split("\n") if " " in line)
        if set(pred) != set(keys):
            sys.exit(f"{name}: predictions do not cover the benchmark's pages")
        scores = [page_score(truth[k]["articleBody"], pred[k]["articleBody"]) for k in keys]
        p, r, f = prf(scores)
        even, odd = prf(scores[0::2])[2], prf(scores[1::2])[2]
        if "version" in timing:
            name = f"{name} {timing['version']}"
        print(
            f"{name:<22} {p:>9.3f} {r:>7.3f} {f:>6.3f} {even:>8.3f} {odd:>7.3f}"
            f" {float(timing['pages_per_second']):>8.1f} {float(timing['mb_per_second']):>6.2f}"
        )


def write(corpus, pages_dir, bodies_dir):
    truth = json.loads(Path(corpus, "ground-truth.json").read_text())
    Path(pages_dir).mkdir(parents=True, exist_ok=True)
    Path(bodies_dir).mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(corpus, "html").glob("*.html.gz")):
        key = path.name[: -len(".html.gz")]
        Path(pages_dir, key + ".html").write_bytes(gzip.open(path).read())
        Path(bodies_dir, key + ".txt").write_text(truth[key]["articleBody"])


def texts(pred_json, out_dir):
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for key, value in json.loads(Path(pred_json).read_text()).items():
        Path(out_dir, key + ".txt").write_text(value["articleBody"])


def claims(name, pages_jsonl, bodies_jsonl):
    """The claims `extract` draws from the raw pages against those it draws from the hand-marked
    bodies, as multisets of (page, kind, text): precision, recall and F1 over all claims."""

    def load(path):
        out = Counter()
        for line in Path(path).read_text().splitlines():
            if line.strip():
                m = json.loads(line)
                out[(m["doc"], m["kind"], m["text"])] += 1
        return out

    pages, bodies = load(pages_jsonl), load(bodies_jsonl)
    shared = sum((pages & bodies).values())
    p = shared / max(1, sum(pages.values()))
    r = shared / max(1, sum(bodies.values()))
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{name:<34} {sum(pages.values()):>6} {sum(bodies.values()):>6} {shared:>6}"
        f" {p:>9.3f} {r:>7.3f} {f:>6.3f}"
    )


def dates(corpus, claimgraph_json):
    """claimgraph's publication dates and titles beside htmldate's dates
    (`find_date(html, original_date=True)`: the publication, not the last modification)."""
    import htmldate

    ours = json.loads(Path(claimgraph_json).read_text())
    items = pages(corpus)
    start = time.perf_counter()
    theirs = {key: htmldate.find_date(html, original_date=True) for key, html, _ in items}
    seconds = time.perf_counter() - start
    truth = json.loads(Path(corpus, "ground-truth.json").read_text())
    n = len(items)
    titled = sum(1 for k in ours if ours[k].get("title"))
    dated = sum(1 for k in ours if ours[k].get("published"))
    print(f"claimgraph: a title on {titled} of {n} pages, a publication date on {dated} of {n}")
    print(f"htmldate {htmldate.__version__}: a date on {sum(1 for v in theirs.values() if v)} of {n} "
          f"({n / seconds:.1f} pages/s)")
    bases = Counter((ours[k].get("published") or {}).get("basis", "none").split(":")[0] for k in ours)
    print("claimgraph's bases: " + ", ".join(f"{b} {c}" for b, c in bases.most_common()))
    agree = differ = only_ours = only_theirs = neither = 0
    rows = []
    for key in sorted(ours):
        mine = (ours[key].get("published") or {}).get("date")
        other = theirs.get(key)
        if mine and other:
            if mine == other:
                agree += 1
            else:
                differ += 1
                rows.append((key, mine, ours[key]["published"]["basis"], other, truth[key]["url"]))
        elif mine:
            only_ours += 1
        elif other:
            only_theirs += 1
            rows.append((key, "-", "-", other, truth[key]["url"]))
        else:
            neither += 1
    print(f"both dated {agree + differ}: agree {agree}, differ {differ}; only claimgraph {only_ours}, "
          f"only htmldate {only_theirs}, neither {neither}")
    for key, mine, basis, other, url in rows:
        print(f"  {key[:8]} claimgraph {mine} ({basis}) htmldate {other} {url}")


if __name__ == "__main__":
    if sys.argv[1] == "trafilatura":
        trafilatura_run(*sys.argv[2:5])
    elif sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "write":
        write(*sys.argv[2:5])
    elif sys.argv[1] == "dates":
        dates(*sys.argv[2:4])
    elif sys.argv[1] == "texts":
        texts(*sys.argv[2:4])
    elif sys.argv[1] == "claims":
        if sys.argv[2] == "--header":
            print(f"{'claims drawn from':<34} {'drawn':>6} {'truth':>6} {'shared':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
        else:
            claims(*sys.argv[2:5])
    else:
        sys.exit(__doc__)
