#!/usr/bin/env python3
"""README accuracy rows from /tmp/measure-LABEL/*.json. usage: scripts/dev/accuracy-table.py DIR (a folder of measure.sh)"""
import json, sys, os
d = sys.argv[1]
parts = ["seeds", "tune", "fresh", "fresh3", "fresh5", "web1", "heldout", "fresh4", "web2"]
unseen = ["heldout", "fresh4", "web2"]
S = {p: json.load(open(os.path.join(d, p + ".json"))) for p in parts}; S = {p: (v["summary"] if "summary" in v else v) for p, v in S.items()}
kinds = ["amount", "count", "percent", "ratio", "duration", "date", "quote"]
def f1(g, p, c):
    P = c / p if p else 0.0; R = c / g if g else 0.0
    return 2 * P * R / (P + R) if P + R else 0.0
def kind(s, k):
    if k == "overall": x = s["overall"]
    else: x = s["kinds"].get(k, {"gold": 0, "predicted": 0, "correct": 0})
    return x["gold"], x["predicted"], x["correct"]
def sumk(k):
    t = [kind(S[p], k) for p in unseen]
    return tuple(map(sum, zip(*t)))
def cell(g, p, c):
    return "- (0)" if g == 0 else f"{f1(g, p, c):.3f} ({g})"
rows = []
for k in kinds + ["overall"]:
    cs = [cell(*kind(S[p], k)) for p in parts] + [cell(*sumk(k))]
    if k == "overall": cs = [f"**{c.split()[0]}** {c.split()[1]}" for c in cs]; k = "**overall**"
    rows.append(f"| {k} | " + " | ".join(cs) + " |")
for name, key in [("speaker accuracy", "speaker"), ("unit accuracy", "unit"), ("bound accuracy", "bound")]:
    cs = []
    for p in parts:
        a = S[p][key]; cs.append(f"{a['right']/a['total']:.3f} ({a['right']} of {a['total']})" if a["total"] else "- (0)")
    r = sum(S[p][key]["right"] for p in unseen); t = sum(S[p][key]["total"] for p in unseen)
    cs.append(f"{r/t:.3f} ({r} of {t})")
    rows.append(f"| {name} | " + " | ".join(cs) + " |")
cs = [str(S[p]["speaker_extra"]) for p in parts] + [str(sum(S[p]["speaker_extra"] for p in unseen))]
rows.append("| speakers named where the gold has none | " + " | ".join(cs) + " |")
for name, key in [("quote speaker", "quote_speaker"), ("figure speaker", "figure_speaker")]:
    cs = []
    for p in parts:
        a = S[p][key]; cs.append(f"{a['right']}/{a['total']}")
    rows.append(f"| ({name}) | " + " | ".join(cs) + f" | {sum(S[p][key]['right'] for p in unseen)}/{sum(S[p][key]['total'] for p in unseen)} |")
cs = [f"{S[p]['speaker_missing']}/{S[p]['speaker_other']}" for p in parts]
rows.append("| (wrong speaker: none/other) | " + " | ".join(cs) + f" | {sum(S[p]['speaker_missing'] for p in unseen)}/{sum(S[p]['speaker_other'] for p in unseen)} |")
print("\n".join(rows))
