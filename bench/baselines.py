#!/usr/bin/env python3
"""Baseline extractors for bench/extract.sh: quantulum3 and dateparser on the seed articles.

Runs each tool over seeds/*.txt, maps what it finds to claimgraph's claim kinds (the JSON-lines
shape of data/gold/SCHEMA.md), writes the predictions, scores them with
`claimgraph eval --gold GOLD --pred FILE --json`, times the tool's extraction, and writes a JSON
summary for the final table.

Run it in the virtualenv that extract.sh makes (bench/.venv, with quantulum3 and dateparser).

Mapping of quantulum3 quantities (no post-correction of what the tool says):
  entity currency                          -> amount, unit = ISO 4217 code when quantulum has one
  unit percentage                          -> percent
  entity time (second .. century)          -> duration, ISO 8601 (P4W, P6M, PT3H)
  dimensionless, surface "N times"/"N-fold" -> ratio
  other dimensionless (counts, bare numbers) -> count
  anything else (lengths, masses, ...)     -> dropped: not a claim kind
dateparser's search_dates(text, languages=['en'], settings={RELATIVE_BASE: publication date,
PREFER_DATES_FROM: past}) -> date with from = to = the returned day. search_dates returns the
matched substring, which is located in the text with a cursor, so repeats get successive offsets.
search_dates gives a point in time, but the gold `from`/`to` are the first and last day of the
period meant ("in 2014" is 2014-01-01/2014-12-31), so a second row, dateparser+period, also asks
dateparser (DateDataParser.get_date_data on each matched substring, same settings) for the period
it reads there (day, week, month, year) and widens the date to it; its time counts both calls.
"""

import argparse
import calendar
import datetime
import json
import math
import os
import re
import subprocess
import sys
import time
import warnings

warnings.filterwarnings("ignore")  # quantulum3 warns that its optional classifier is missing

QUANTULUM_KINDS = ["amount", "count", "percent", "ratio", "duration"]
DATEPARSER_KINDS = ["date"]


# ---------------------------------------------------------------------------------------------
# input


def load_seeds(seeds_dir):
    """[(doc, text, n_bytes, reference datetime)] for seeds/*.txt, in name order."""
    refs = {}
    with open(os.path.join(seeds_dir, "sources.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in f:
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            refs[fields[col["doc"]]] = reference_date(fields[col["published"]])
    docs = []
    for name in sorted(os.listdir(seeds_dir)):
        if not name.endswith(".txt"):
            continue
        doc = name[: -len(".txt")]
        with open(os.path.join(seeds_dir, name), "rb") as f:
            data = f.read()
        if doc not in refs:
            sys.exit(f"{seeds_dir}/sources.tsv has no row for {doc}")
        docs.append((doc, data.decode("utf-8"), len(data), refs[doc]))
    if not docs:
        sys.exit(f"no .txt files in {seeds_dir}")
    return docs


def reference_date(published):
    """The publication date as a datetime; a month (2019-11) or a year counts from its first day."""
    parts = [int(p) for p in published.strip().split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.datetime(*parts[:3])


# ---------------------------------------------------------------------------------------------
# timing


def timed(fn, docs, min_seconds):
    """Run fn(doc) over all docs, repeating until min_seconds have passed (at least once).

    Returns (results of the first pass, seconds per pass, passes)."""
    first = None
    passes = 0
    start = time.perf_counter()
    while True:
        results = [fn(d) for d in docs]
        passes += 1
        if first is None:
            first = results
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return first, elapsed / passes, passes


# ---------------------------------------------------------------------------------------------
# quantulum3


# quantulum3 unit name -> (ISO 8601 designator, multiplier, in the time part)
TIME_UNITS = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
}
# A fractional amount of a unit, expressed in a smaller one when that makes it whole.
SMALLER = {"Y": ("M", 12, False), "W": ("D", 7, False), "D": ("H", 24, True), "H": ("M", 60, True),
           "M_time": ("S", 60, True)}


def iso_duration(value, unit_name):
    spec = TIME_UNITS.get(unit_name)
    if spec is None or value is None or not math.isfinite(value) or value < 0:
        return None
    designator, mult, in_time = spec
    n = value * mult
    if abs(n - round(n)) > 1e-9:
        smaller = SMALLER.get("M_time" if (designator == "M" and in_time) else designator)
        if smaller and abs(n * smaller[1] - round(n * smaller[1])) < 1e-9:
            designator, factor, in_time = smaller
            n *= factor
    if abs(n - round(n)) < 1e-9:
        num = str(int(round(n)))
    else:
        num = f"{n:.6g}"
    return ("PT" if in_time else "P") + num + designator


RATIO_SURFACE = re.compile(r"\btimes\b|fold\b", re.IGNORECASE)


def quantulum_extract(parser):
    def extract(d):
        doc, text, _, _ = d
        return parser.parse(text)

    return extract


def quantulum_mentions(doc, text, quantities, dropped):
    out = []
    for q in quantities:
        start, end = q.span
        surface = text[start:end]
        unit = q.unit
        entity = unit.entity.name if unit.entity is not None else ""
        m = {"doc": doc, "text": surface, "start": start, "end": end}
        if entity == "currency":
            m.update(kind="amount", value=q.value)
            code = getattr(unit, "currency_code", None)
            if code:
                m["unit"] = code
        elif unit.name.startswith("percent"):
            m.update(kind="percent", value=q.value)
        elif entity == "time":
            iso = iso_duration(q.value, unit.name)
            if iso is None:
                dropped[f"time unit {unit.name!r}"] = dropped.get(f"time unit {unit.name!r}", 0) + 1
                continue
            m.update(kind="duration", duration=iso)
        elif entity == "dimensionless":
            if RATIO_SURFACE.search(surface):
                m.update(kind="ratio", value=q.value)
            else:
                m.update(kind="count", value=q.value)
        else:
            key = f"entity {entity or '?'}"
            dropped[key] = dropped.get(key, 0) + 1
            continue
        if "value" in m:
            v = m["value"]
            if v is None or not math.isfinite(v):
                del m["value"]
            elif float(v).is_integer() and abs(v) < 9e15:
                m["value"] = int(v)
        out.append(m)
    return out


# ---------------------------------------------------------------------------------------------
# dateparser


def dateparser_extract(search_dates, DateDataParser=None):
    """search_dates over the text; with DateDataParser, also the period ('day', 'week', 'month',
    'year') dateparser assigns to each matched substring on its own."""
    period_parsers = {}

    def extract(d):
        doc, text, _, ref = d
        settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past"}
        found = search_dates(text, languages=["en"], settings=settings) or []
        if DateDataParser is None:
            return [(substring, when, None) for substring, when in found]
        ddp = period_parsers.get(ref)
        if ddp is None:
            ddp = period_parsers[ref] = DateDataParser(languages=["en"], settings=settings)
        out = []
        for substring, when in found:
            data = ddp.get_date_data(substring)
            out.append((substring, when, data.period if data and data.date_obj else None))
        return out

    return extract


def period_bounds(day, period):
    """The first and last day of the period of `day` (a week runs Monday to Sunday)."""
    if period == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "week":
        monday = day - datetime.timedelta(days=day.weekday())
        return monday, monday + datetime.timedelta(days=6)
    return day, day


def dateparser_mentions(doc, text, found, dropped):
    out = []
    cursor = 0
    for substring, when, period in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            dropped["substring not in text"] = dropped.get("substring not in text", 0) + 1
            continue
        end = start + len(substring)
        cursor = end
        first, last = period_bounds(when.date(), period)
        m = {"doc": doc, "kind": "date", "text": substring, "start": start, "end": end,
             "from": first.isoformat(), "to": last.isoformat()}
        if period in ("day", "week", "month", "year"):
            m["precision"] = period
        out.append(m)
    return out


# ---------------------------------------------------------------------------------------------
# scoring


def claimgraph_eval(claimgraph, gold, pred):
    cmd = [claimgraph, "eval", "--gold", gold, "--pred", pred, "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    try:
        result = json.loads(proc.stdout)
    except json.JSONDecodeError:
        result = None
    if proc.returncode != 0 or not isinstance(result, dict) or "overall" not in result:
        sys.stderr.write(proc.stderr)
        sys.exit(f"baselines: `{' '.join(cmd)}` failed (exit {proc.returncode}); stdout began: "
                 f"{proc.stdout[:300]!r}")
    return result


def python_eval(gold_dir, pred_path):
    """The scoring of data/gold/SCHEMA.md, for cross-checking `claimgraph eval`."""
    gold, pred = [], []
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".jsonl"):
            with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                gold += [json.loads(line) for line in f if line.strip()]
    with open(pred_path, encoding="utf-8") as f:
        pred = [json.loads(line) for line in f if line.strip()]
    gold_docs = {g["doc"] for g in gold}
    pred = [p for p in pred if p["doc"] in gold_docs]

    def agrees(p, g):
        k = g["kind"]
        if k == "quote":
            return True
        if k == "date":
            return p.get("from") == g.get("from") and p.get("to") == g.get("to")
        if k == "duration":
            return p.get("duration") == g.get("duration")
        pv, gv = p.get("value"), g.get("value")
        if pv is None or gv is None:
            return False
        return abs(pv - gv) <= 1e-6 * max(abs(gv), 1e-12)

    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["doc"] == g["doc"] and p["kind"] == g["kind"]:
                ov = min(p["end"], g["end"]) - max(p["start"], g["start"])
                if ov > 0:
                    pairs.append((-ov, i, j))
    pairs.sort()
    used_p, used_g = set(), set()
    stats = {k: {"gold": 0, "predicted": 0, "correct": 0} for k in
             ["amount", "count", "percent", "ratio", "duration", "date", "quote"]}
    for g in gold:
        stats[g["kind"]]["gold"] += 1
    for p in pred:
        stats[p["kind"]]["predicted"] += 1
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        if agrees(pred[i], gold[j]):
            stats[gold[j]["kind"]]["correct"] += 1

    def prf(s):
        p = s["correct"] / s["predicted"] if s["predicted"] else 0.0
        r = s["correct"] / s["gold"] if s["gold"] else 0.0
        return {**s, "precision": p, "recall": r, "f1": 0.0 if p + r == 0 else 2 * p * r / (p + r)}

    total = {n: sum(s[n] for s in stats.values()) for n in ("gold", "predicted", "correct")}
    return {"overall": prf(total), "kinds": {k: prf(s) for k, s in stats.items()}}


# ---------------------------------------------------------------------------------------------


def run_tool(name, kinds, extract, to_mentions, docs, args):
    total_bytes = sum(d[2] for d in docs)
    results, seconds, passes = timed(extract, docs, args.min_seconds)
    mentions, dropped = [], {}
    for d, found in zip(docs, results):
        mentions += to_mentions(d[0], d[1], found, dropped)
    pred = os.path.join(args.out, f"{name}.jsonl")
    with open(pred, "w", encoding="utf-8") as f:
        for m in mentions:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    if args.scorer == "python":
        ev = python_eval(args.gold, pred)
    else:
        ev = claimgraph_eval(args.claimgraph, args.gold, pred)
    mbps = total_bytes / 1e6 / seconds
    overall = ev["overall"]
    by_kind = {}
    for m in mentions:
        by_kind[m["kind"]] = by_kind.get(m["kind"], 0) + 1
    print(f"  {name}: {len(mentions)} mentions ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}); "
          f"P {overall.get('precision', float('nan')):.3f} R {overall.get('recall', float('nan')):.3f} "
          f"F1 {overall.get('f1', float('nan')):.3f} over all gold kinds; "
          f"{seconds:.3f} s per pass over {total_bytes / 1e3:.1f} kB ({passes} pass{'es' if passes > 1 else ''}) = {mbps:.4f} MB/s")
    if dropped:
        print(f"  {'':{len(name)}}  dropped (not a claim kind): "
              + ", ".join(f"{k} x{n}" for k, n in sorted(dropped.items())))
    return {"kinds": kinds, "mentions": len(mentions), "bytes": total_bytes, "seconds_per_pass": seconds,
            "reps": passes, "mbps": mbps, "eval": ev, "pred": pred, "dropped": dropped}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--claimgraph", help="claimgraph binary, for `eval --pred`")
    ap.add_argument("--out", required=True, help="directory for the predictions")
    ap.add_argument("--result", required=True, help="JSON summary to write")
    ap.add_argument("--min-seconds", type=float, default=3.0,
                    help="time each tool over repeated passes until this long (at least one pass)")
    ap.add_argument("--scorer", choices=["claimgraph", "python"], default="claimgraph",
                    help="python: score with this script's own implementation of the SCHEMA.md "
                         "rules (for cross-checking only)")
    args = ap.parse_args()
    if args.scorer == "claimgraph" and not args.claimgraph:
        ap.error("--claimgraph is required unless --scorer python")
    os.makedirs(args.out, exist_ok=True)
    docs = load_seeds(args.seeds)

    t = time.perf_counter()
    from quantulum3 import parser as qparser
    qparser.parse("It cost $5 million, up 3 percent in two weeks.")  # loads the unit tables
    q_load = time.perf_counter() - t
    t = time.perf_counter()
    from dateparser.search import search_dates
    from dateparser.date import DateDataParser
    search_dates("on Oct. 24, 2019", languages=["en"])
    d_load = time.perf_counter() - t
    print(f"  (start-up, not counted in throughput: quantulum3 {q_load:.1f} s, dateparser {d_load:.1f} s)")

    result = {
        "quantulum3": run_tool("quantulum3", QUANTULUM_KINDS, quantulum_extract(qparser),
                               quantulum_mentions, docs, args),
        "dateparser": run_tool("dateparser", DATEPARSER_KINDS, dateparser_extract(search_dates),
                               dateparser_mentions, docs, args),
        "dateparser+period": run_tool("dateparser+period", DATEPARSER_KINDS,
                                      dateparser_extract(search_dates, DateDataParser),
                                      dateparser_mentions, docs, args),
    }
    with open(args.result, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
