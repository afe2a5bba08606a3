#!/usr/bin/env python3
"""Counts speaker errors by shape, figures only (safe on unseen parts: no text is printed).

usage: speaker-shapes.py BIN GOLD_DIR ARTICLES_DIR PART [PART ...]

Matches predicted to gold mentions as `claimgraph eval` does (same doc and kind, overlapping
spans, one to one, largest overlap first) and, over the matches, tallies every speaker that is
wrong (the eval's rule: right when equal to the gold one or containing its last word) by where
the gold speaker's words stand relative to the mention, what the gold speaker looks like and
what the tool gave instead. With --list (development parts only) it also prints each error.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their"}


def read_split(gold_dir):
    parts = {}
    with open(os.path.join(gold_dir, "split.tsv")) as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3:
                parts[cols[0]] = cols[2]
    return parts


def load_jsonl(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def match(gold, pred):
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["kind"] != p["kind"]:
                continue
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def name_suffixes():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../data/lexicon/name_suffixes.txt")
    with open(path) as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


SUFFIXES = name_suffixes()


def pieces(s):
    return [w.lower() for w in re.split(r"[\W_]+", s) if w]


def right(gold_speaker, pred_speaker):
    """The eval's rule (`tools::eval::speaker_agrees`): equal, or the gold's last word (a name
    suffix such as "Jr." passed over) as words of the prediction, in any case."""
    if not gold_speaker:
        return not pred_speaker
    if not pred_speaker:
        return False
    if pred_speaker == gold_speaker:
        return True
    words = gold_speaker.split()
    surname = next(
        (w for w in reversed(words) if w.rstrip(",").rstrip(".").lower() not in SUFFIXES),
        words[-1],
    )
    last, got = pieces(surname), pieces(pred_speaker)
    return bool(last) and any(got[i : i + len(last)] == last for i in range(len(got) - len(last) + 1))


def bounds(text, pos):
    """The sentence and paragraph around pos, roughly."""
    ps = text.rfind("\n", 0, pos) + 1
    pe = text.find("\n", pos)
    pe = len(text) if pe < 0 else pe
    ss = ps
    for m in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])", text[ps:pos]):
        ss = ps + m.end()
    m = re.search(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])", text[pos:pe])
    se = pos + m.end() if m else pe
    return ss, se, ps, pe


def where(text, word, start, end):
    if not word:
        return "-"
    ss, se, ps, pe = bounds(text, start)
    w = re.compile(r"\b" + re.escape(word) + r"\b")
    if w.search(text, ss, max(se, end)):
        return "same sentence"
    if w.search(text, ps, pe):
        return "same paragraph"
    back = text[:ps]
    paras = [i for i, c in enumerate(back) if c == "\n"]
    # previous two non-empty paragraphs
    prev = [p for p in re.split(r"\n+", back) if p.strip()][-2:]
    if any(w.search(p) for p in prev):
        return "previous 2 paragraphs"
    if w.search(back):
        return "earlier"
    if w.search(text, pe):
        return "later only"
    return "not in text"


def gold_shape(s):
    if not s:
        return "none"
    first = s.split()[0]
    if first[0].islower():
        return "description"
    if len(s.split()) == 1:
        return "one word"
    return "name"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    binary, gold_dir, articles, parts = args[0], args[1], args[2], set(args[3:])
    split = read_split(gold_dir)
    tally = defaultdict(Counter)
    totals = Counter()
    for doc, part in sorted(split.items()):
        if part not in parts:
            continue
        gpath = os.path.join(gold_dir, doc + ".jsonl")
        apath = os.path.join(articles, doc + ".txt")
        if not os.path.exists(gpath) or not os.path.exists(apath):
            continue
        gold = load_jsonl(gpath)
        run = subprocess.run([binary, "extract", apath, "--format", "jsonl"], capture_output=True, text=True)
        pred = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
        with open(apath, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for g, p in match(gold, pred):
            gs, ps_ = g.get("speaker") or "", p.get("speaker") or ""
            if not gs and not ps_:
                continue
            group = "quote" if g["kind"] == "quote" else "figure"
            totals[group] += 1 if gs else 0
            if right(gs, ps_):
                continue
            error = "extra" if not gs else ("none" if not ps_ else "other")
            key = f"{group}/{error}"
            tally[key]["all"] += 1
            tally[key]["gold is " + gold_shape(gs)] += 1
            glast = gs.split()[-1] if gs else ""
            plast = ps_.split()[-1] if ps_ else ""
            tally[key]["gold last word: " + where(text, glast, g["start"], g["end"])] += 1
            if ps_:
                tally[key]["tool last word: " + where(text, plast, p["start"], p["end"])] += 1
                if gs and (set(ps_.lower().split()) & set(gs.lower().split())):
                    tally[key]["tool shares a word with gold"] += 1
                if ps_.split()[0].islower():
                    tally[key]["tool gives a description"] += 1
            ss, se, _, _ = bounds(text, g["start"])
            sent = text[ss:se].lower()
            if re.search(r"\b(he|she|they|it|we)\b", sent):
                tally[key]["sentence has a pronoun"] += 1
            speech = r"(said|says|say|told|tells|added|adds|wrote|writes|explained|noted|stated|estimated|reported|announced|warned|argued|insisted|claimed)"
            if re.search(r"\b(he|she|they|we|i)\s+(\w+\s+)?" + speech + r"\b|\b" + speech + r"\s+(he|she|they)\b|according to (him|her|them)\b", sent):
                tally[key]["a pronoun speaks in the sentence"] += 1
            elif re.search(r"\b" + speech + r"\b|according to", sent):
                tally[key]["a non-pronoun speech verb in the sentence"] += 1
            else:
                tally[key]["no speech verb in the sentence"] += 1
            if g["kind"] != "quote" and re.search(r"[\"“”]", text[ss:se]):
                tally[key]["figure sentence has quote marks"] += 1
            if listing:
                print(f"{key}\t{doc}\t{g['text'][:60]!r}\tgold={gs!r}\ttool={ps_!r}")
    print(f"parts {sorted(parts)}: gold speakers quote {totals['quote']}, figure {totals['figure']}")
    for key in sorted(tally):
        c = tally[key]
        print(f"{key}: {c['all']}")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            if k != "all":
                print(f"    {k}: {v}")


main()
