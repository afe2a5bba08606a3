#!/usr/bin/env python3
"""Check gold annotation files against their articles: every span's text at its offsets
(Unicode code points, end exclusive), the fields each kind needs, text order, and, when the
gold folder has a split.tsv, that it lists every gold file and nothing else.

usage: check-gold.py GOLD_DIR ARTICLES_DIR
ARTICLES_DIR is any folder of `<doc>.txt` files: the news corpus's articles for data/gold/news,
the folder `scripts/web-articles.py` writes for data/gold/web.
Exits 1 and lists every problem when one is found."""
import json
import pathlib
import sys

KINDS = {"amount", "count", "percent", "ratio", "duration", "date", "quote"}
NEEDS = {
    "amount": ["value", "bound", "unit"],
    "count": ["value", "bound", "unit"],
    "percent": ["value", "bound"],
    "ratio": ["value", "bound"],
    "duration": ["bound", "duration"],
    "date": ["from", "to", "precision"],
    "quote": [],
}


def main():
    gold_dir, articles = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    problems, mentions, docs = [], 0, 0
    for path in sorted(gold_dir.glob("*.jsonl")):
        docs += 1
        doc = path.stem
        text = (articles / f"{doc}.txt").read_text(encoding="utf-8")
        last = -1
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                m = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON: {e}")
                continue
            mentions += 1
            if m.get("doc") != doc:
                problems.append(f"{where}: doc {m.get('doc')!r} is not {doc!r}")
            if m.get("kind") not in KINDS:
                problems.append(f"{where}: unknown kind {m.get('kind')!r}")
                continue
            for field in ["text", "start", "end"] + NEEDS[m["kind"]]:
                if field not in m:
                    problems.append(f"{where}: {m['kind']} without {field}")
            start, end = m.get("start", 0), m.get("end", 0)
            if text[start:end] != m.get("text"):
                problems.append(
                    f"{where}: text at {start}..{end} is {text[start:end]!r}, not {m.get('text')!r}"
                )
            if start < last:
                problems.append(f"{where}: not in text order")
            last = start
    split = gold_dir / "split.tsv"
    if split.exists():
        files = {p.stem for p in gold_dir.glob("*.jsonl")}
        listed = []
        for n, line in enumerate(split.read_text(encoding="utf-8").splitlines(), 1):
            fields = line.split("\t")
            if not line.strip() or (n == 1 and fields[0] == "doc"):
                continue
            if len(fields) != 3 or not fields[2].strip():
                problems.append(f"{split}:{n}: expected doc, event and part separated by tabs")
                continue
            listed.append(fields[0])
            if fields[0] not in files:
                problems.append(f"{split}:{n}: {fields[0]} has no gold file")
        for doc in sorted(files - set(listed)):
            problems.append(f"{split}: {doc} is in no part")
        for doc in sorted({d for d in listed if listed.count(d) > 1}):
            problems.append(f"{split}: {doc} is listed more than once")
    for p in problems:
        print(p)
    print(f"{docs} files, {mentions} mentions, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
