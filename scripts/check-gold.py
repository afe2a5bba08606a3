#!/usr/bin/env python3
"""Check gold annotation files against their articles: every span's text at its offsets
(Unicode code points, end exclusive), the fields each kind needs, text order.

usage: check-gold.py GOLD_DIR ARTICLES_DIR
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
    for p in problems:
        print(p)
    print(f"{docs} files, {mentions} mentions, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
