#!/usr/bin/env python3
"""Helpers of bench/scale.sh (standard library only).

    scaletool.py planted --expected expected.json --report report.json --out FILE
        compares the report's findings with the verdicts gen-corpus planted, as
        tests/generate.rs does: every planted slot found as one finding with exactly its
        mentions and its verdict, and no other cross-source finding with a verdict
    scaletool.py table --result FILE... [--target-slowdown 0.2] [--target-rss-mib 2048]
        the table of all sizes and thread counts, and the targets
"""
import argparse
import json
import sys


def key(m):
    return (m["doc"], m["start"], m["end"])


def cmd_planted(args):
    with open(args.expected) as f:
        expected = json.load(f)
    with open(args.report) as f:
        report = json.load(f)
    findings = report["findings"]
    finding_of = {}
    for i, f in enumerate(findings):
        for m in f["mentions"]:
            finding_of[key(m)] = i
    planted = {"agree": 0, "compatible": 0, "conflict": 0, "uncorroborated": 0}
    found = {"agree": 0, "compatible": 0, "conflict": 0, "uncorroborated": 0}
    problems = []
    missed_conflicts = 0
    matched = set()
    for slot in expected["slots"]:
        verdict = slot["verdict"]
        mentions = {key(m) for m in slot["mentions"]}
        planted[verdict] += 1
        if verdict == "uncorroborated":
            ok = all(k in finding_of and findings[finding_of[k]]["verdict"] == "uncorroborated"
                     for k in mentions)
            if ok:
                found[verdict] += 1
            else:
                problems.append(f"{slot['id']}: a planted uncorroborated mention is in another finding")
            continue
        at = sorted({finding_of[k] for k in mentions if k in finding_of})
        if len(at) != 1:
            problems.append(f"{slot['id']}: planted {verdict}, its mentions are in findings {at}")
            missed_conflicts += verdict == "conflict"
            continue
        f = findings[at[0]]
        matched.add(at[0])
        got = {key(m) for m in f["mentions"]}
        if got != mentions:
            problems.append(f"{slot['id']}: finding {f['slot']} has other mentions than planted")
        if f["verdict"] != verdict or f.get("scope") != "cross_source":
            problems.append(f"{slot['id']}: planted {verdict}, found {f['verdict']} ({f['explanation']})")
            missed_conflicts += verdict == "conflict"
        elif got == mentions:
            found[verdict] += 1
    unplanted = {}
    for i, f in enumerate(findings):
        if f.get("scope") == "cross_source" and f["verdict"] != "uncorroborated" and i not in matched:
            unplanted[f["verdict"]] = unplanted.get(f["verdict"], 0) + 1
            if len(problems) < 10_000:
                problems.append(f"unplanted {f['verdict']} finding {f['slot']}: {f['explanation']}")
    exact = not problems
    res = {"planted": planted, "found": found, "unplanted": unplanted,
           "missed_conflicts": missed_conflicts, "problems": len(problems), "exact": exact}
    print("  planted verdicts: " + ", ".join(f"{v} {found[v]:,}/{planted[v]:,} found" for v in planted)
          + f"; unplanted findings: {sum(unplanted.values()):,} {unplanted or ''}"
          + f" [{'exact' if exact else 'NOT exact'}: {missed_conflicts} planted conflicts missed,"
          + f" {unplanted.get('conflict', 0)} unplanted conflicts]")
    for p in problems[:10]:
        print(f"    {p}")
    if len(problems) > 10:
        print(f"    ... and {len(problems) - 10:,} more")
    with open(args.out, "w") as f:
        json.dump(res, f)


def cmd_table(args):
    results = []
    for path in args.result:
        with open(path) as f:
            results.append(json.load(f))
    results.sort(key=lambda r: (r["n"], r["threads"]))
    head = ("N", "threads", "articles/s", "MB/s", "peak RSS", "store size", "report s", "report RSS",
            "sources graph s", "planted")
    rows = []
    for r in results:
        rows.append((f"{r['n']:,}", str(r["threads"]), f"{r['articles_per_s']:,.0f}", f"{r['mbps']:.2f}",
                     f"{r['rss_mib']:,.0f} MiB", f"{r['store_mib']:,.0f} MiB",
                     f"{r['report_s']:,.1f}" if "report_s" in r else "-",
                     f"{r['report_rss_mib']:,.0f} MiB" if "report_rss_mib" in r else "-",
                     f"{r['graph_s']:,.1f}" if "graph_s" in r else "-",
                     ("exact" if r["planted"]["exact"] else "NOT exact") if "planted" in r else "-"))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    print(" | ".join(h.rjust(w) for h, w in zip(head, widths)))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.rjust(w) for c, w in zip(row, widths)))
    print()
    # Targets: throughput at the largest size within the target of the smallest's, per thread
    # count; peak RSS under the cap everywhere.
    sizes = sorted({r["n"] for r in results})
    if len(sizes) > 1:
        for t in sorted({r["threads"] for r in results}):
            small = next((r for r in results if r["n"] == sizes[0] and r["threads"] == t), None)
            large = next((r for r in results if r["n"] == sizes[-1] and r["threads"] == t), None)
            if small and large:
                change = large["articles_per_s"] / small["articles_per_s"] - 1
                met = change >= -args.target_slowdown
                print(f"throughput, {t} thread(s): {large['articles_per_s']:,.0f} articles/s at {sizes[-1]:,} "
                      f"against {small['articles_per_s']:,.0f} at {sizes[0]:,}: {100 * change:+.1f} % "
                      f"[target within {100 * args.target_slowdown:.0f} %: {'met' if met else 'NOT met'}]")
    worst = max(results, key=lambda r: r["rss_mib"])
    print(f"peak RSS of ingest: at most {worst['rss_mib']:,.0f} MiB ({worst['n']:,} articles, "
          f"{worst['threads']} thread(s)) [target under {args.target_rss_mib:,} MiB: "
          f"{'met' if worst['rss_mib'] < args.target_rss_mib else 'NOT met'}]")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    pl = sub.add_parser("planted")
    pl.add_argument("--expected", required=True)
    pl.add_argument("--report", required=True)
    pl.add_argument("--out", required=True)
    pl.set_defaults(func=cmd_planted)
    t = sub.add_parser("table")
    t.add_argument("--result", action="append", required=True)
    t.add_argument("--target-slowdown", type=float, default=0.2)
    t.add_argument("--target-rss-mib", type=int, default=2048)
    t.set_defaults(func=cmd_table)
    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    sys.exit(main())
