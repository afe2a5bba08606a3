#!/usr/bin/env python3
"""Helpers for bench/extract.sh and bench/ingest.sh: corpus generation, measuring a command, tables.

Standard library only, so it runs with the system python3 (not the baselines' virtualenv).

    benchtool.py gen SEEDS OUT MB [--per-dir N]      copy the seeds under new ids until >= MB*1e6 bytes
    benchtool.py measure --json FILE [--stderr FILE] [--helper-cpu N] -- CMD...
                                                     run CMD (stdout to /dev/null): wall, CPU, peak RSS
    benchtool.py summary --name N --gen FILE --measure FILE --out FILE [--compare FILE]
                                                     print MB/s, mentions, peak RSS of one run
    benchtool.py table --claimgraph-eval FILE --run NAME=FILE... --baselines FILE
                                                     print the comparison table

For bench/ingest.sh:

    benchtool.py gen-n SEEDS OUT N [--per-dir N] [--prefix P]
                                                     exactly N copies of the seeds, ids P000123_<seed>
    benchtool.py ingest-run --name NAME --gen FILE --measure FILE --stderr FILE --base-quads Q --store-quads Q --out FILE
                                                     check and print one `claimgraph ingest` run
    benchtool.py ingest-load --ingest FILE --loader FILE --loader-measure FILE ...
                                                     the bulk loader's time, the ratio to it
    benchtool.py ingest-report --n N --ingest FILE --load FILE --extra-empty F --extra-filled F ...
                                                     memory against the store's size; one result
    benchtool.py ingest-table --result FILE...       the final table of bench/ingest.sh
"""

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

KINDS = ["amount", "count", "percent", "ratio", "duration", "date", "quote"]


# ---------------------------------------------------------------------------------------------
# gen


def read_sources(path):
    """The rows of a sources.tsv as (header, {doc: [fields after doc]})."""
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    header = lines[0].split("\t")
    if header[0] != "doc":
        sys.exit(f"{path}: expected a header starting with 'doc', got {header!r}")
    rows = {}
    for line in lines[1:]:
        fields = line.split("\t")
        rows[fields[0]] = fields[1:]
    return header, rows


def read_seeds(directory):
    """The seed articles of DIRECTORY with their sources.tsv: (header, rows, [(doc, bytes)])."""
    header, rows = read_sources(os.path.join(directory, "sources.tsv"))
    seeds = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".txt"):
            doc = name[: -len(".txt")]
            if doc not in rows:
                sys.exit(f"{directory}/sources.tsv has no row for {doc}")
            with open(os.path.join(directory, name), "rb") as f:
                seeds.append((doc, f.read()))
    if not seeds:
        sys.exit(f"no .txt files in {directory}")
    return header, rows, seeds


def cmd_gen(args):
    header, rows, seeds = read_seeds(args.seeds)

    target = int(args.mb * 1e6)
    os.makedirs(args.out, exist_ok=True)
    total = files = 0
    subdir = None
    tsv = None
    copy = 0
    while total < target:
        for doc, data in seeds:
            if files % args.per_dir == 0:
                if tsv:
                    tsv.close()
                subdir = os.path.join(args.out, f"d{files // args.per_dir:04d}")
                os.makedirs(subdir)
                tsv = open(os.path.join(subdir, "sources.tsv"), "w", encoding="utf-8")
                tsv.write("\t".join(header) + "\n")
            new = f"r{copy:06d}_{doc}"
            with open(os.path.join(subdir, new + ".txt"), "wb") as f:
                f.write(data)
            tsv.write("\t".join([new] + rows[doc]) + "\n")
            total += len(data)
            files += 1
            if total >= target:
                break
        copy += 1
    if tsv:
        tsv.close()
    print(json.dumps({"bytes": total, "files": files, "dirs": (files + args.per_dir - 1) // args.per_dir}))


# ---------------------------------------------------------------------------------------------
# measure


def gnu_time():
    """The path of GNU time, if installed (bash's `time` keyword cannot report memory)."""
    path = shutil.which("time")
    if not path:
        return None
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if "GNU" in out.stdout + out.stderr else None


def read_vmhwm(pid):
    """Peak RSS so far (VmHWM, KiB) of a running process, or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def cmd_measure(args):
    """Run a command with stdout to /dev/null and stderr to a file; wall time, CPU time, peak RSS.

    Peak RSS cannot be taken from this process's getrusage(RUSAGE_CHILDREN): Python starts
    children with vfork, so the child's ru_maxrss starts at Python's own peak (~15 MiB). So it
    comes from GNU time's %M (the ru_maxrss of a child that GNU time forked: a floor of ~1 MiB)
    when GNU time is installed, otherwise from polling /proc/PID/status VmHWM every 5 ms (which
    misses only growth in the last few milliseconds before exit)."""
    cmd = args.cmd
    if cmd and cmd[0] == "--":
        cmd = cmd[1:]
    if not cmd:
        sys.exit("measure: no command given")
    method = args.rss
    time_path = gnu_time() if method in ("auto", "gnu-time") else None
    if method == "gnu-time" and not time_path:
        sys.exit("measure: GNU time not found")
    method = "gnu-time" if time_path else "proc-vmhwm"
    rss_file = None
    if time_path:
        fd, rss_file = tempfile.mkstemp(prefix="rss.")
        os.close(fd)
        cmd = [time_path, "-f", "%M", "-o", rss_file, "--"] + cmd

    stdout = open(os.devnull, "wb")
    stderr = open(args.stderr, "wb") if args.stderr else subprocess.DEVNULL
    hwm = [0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr)
    # Popen returns once the child has exec'd, so every VmHWM read below is the command's own.
    # This process (the poller) moves to another core than the one the command is pinned to.
    if args.helper_cpu is not None:
        try:
            if args.helper_cpu in os.sched_getaffinity(0):
                os.sched_setaffinity(0, {args.helper_cpu})
        except (AttributeError, OSError):
            pass
    stop = threading.Event()
    poller = None
    if method == "proc-vmhwm":
        def poll():
            while not stop.is_set():
                v = read_vmhwm(proc.pid)
                if v is not None and v > hwm[0]:
                    hwm[0] = v
                stop.wait(0.005)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
    rc = proc.wait()
    wall = time.perf_counter() - t0
    stop.set()
    if poller:
        poller.join()
    stdout.close()
    if stderr is not subprocess.DEVNULL:
        stderr.close()
    max_rss_kib = hwm[0]
    if rss_file:
        with open(rss_file) as f:
            lines = [line.strip() for line in f if line.strip()]
        os.unlink(rss_file)
        # GNU time writes "Command exited with non-zero status N" before the format on failure.
        try:
            max_rss_kib = int(lines[-1])
        except (IndexError, ValueError):
            max_rss_kib = 0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "cmd": cmd,
        "rc": rc,
        "wall_s": wall,
        "user_s": ru.ru_utime,
        "sys_s": ru.ru_stime,
        "max_rss_kib": max_rss_kib,
        "rss_method": method,
    }
    with open(args.json, "w") as f:
        json.dump(result, f)
    sys.exit(rc)


# ---------------------------------------------------------------------------------------------
# summary of one extraction run


def cmd_summary(args):
    with open(args.gen) as f:
        gen = json.load(f)
    measures = []
    for path in args.measure:
        with open(path) as f:
            measures.append(json.load(f))
    # Of repeated runs, the fastest (the least disturbed by anything else on the machine) and
    # the largest peak RSS.
    m = dict(min(measures, key=lambda x: x["wall_s"]))
    m["max_rss_kib"] = max(x["max_rss_kib"] for x in measures)
    walls = sorted(x["wall_s"] for x in measures)
    mb = gen["bytes"] / 1e6
    mbps = mb / m["wall_s"]
    # claimgraph extract ends with "N articles, M mentions: ..." on stderr (the output itself
    # goes to /dev/null, so as not to time a reader).
    articles = mentions = None
    diagnostics = 0
    if args.stderr:
        with open(args.stderr, encoding="utf-8", errors="replace") as f:
            for line in f:
                found = re.match(r"\s*(\d+) articles?, (\d+) mentions?\b", line)
                if found:
                    articles, mentions = int(found.group(1)), int(found.group(2))
                else:
                    diagnostics += 1
    rss_mib = m["max_rss_kib"] / 1024.0
    run = {"name": args.name, "mb": mb, "files": gen["files"], "wall_s": m["wall_s"],
           "cpu_s": m["user_s"] + m["sys_s"], "mbps": mbps, "mentions": mentions,
           "articles": articles, "stderr_lines": diagnostics, "max_rss_mib": rss_mib,
           "rss_method": m.get("rss_method")}
    met = "met" if mbps >= args.target else "NOT met"
    print(f"  {args.name:>6} corpus: {gen['files']:,} files, {mb:.1f} MB in {m['wall_s']:.2f} s wall = "
          f"{mbps:.1f} MB/s on one core [target >= {args.target:g} MB/s: {met}]; "
          f"{run['cpu_s']:.2f} s CPU = {mb / run['cpu_s']:.1f} MB/s of CPU time")
    if len(walls) > 1:
        print(f"  {'':>6}         fastest of {len(walls)} runs (wall s: {', '.join(f'{w:.2f}' for w in walls)})")
    run["runs"] = len(walls)
    if mentions is None:
        said = "mentions: not reported (no 'N articles, M mentions' line on stderr)"
    else:
        said = f"{mentions:,} mentions ({mentions / gen['files']:.1f} per file)"
    print(f"  {'':>6}         {said}, peak RSS {rss_mib:.1f} MiB ({m.get('rss_method')}), "
          f"{diagnostics:,} other lines on stderr")
    if articles is not None and articles != gen["files"]:
        print(f"  {'':>6}         WARNING: claimgraph reports {articles:,} articles for {gen['files']:,} files")
    if args.compare:
        with open(args.compare) as f:
            small = json.load(f)
        growth = rss_mib - small["max_rss_mib"]
        # Flat: a corpus 5x the size may cost at most 10 % (or 2 MiB, for tiny footprints) more.
        flat = growth <= max(2.0, 0.10 * small["max_rss_mib"])
        print(f"  memory: peak RSS {small['max_rss_mib']:.1f} MiB at {small['mb']:.0f} MB, "
              f"{rss_mib:.1f} MiB at {mb:.0f} MB ({growth:+.1f} MiB for {mb / small['mb']:.1f}x the input): "
              f"{'flat' if flat else 'NOT flat'} in corpus size")
        extra_files = gen["files"] - small["files"]
        if extra_files > 0:
            print(f"          that is {growth * 1024 / extra_files:+.2f} KiB per additional file "
                  f"({growth * 1024 * 1000 / extra_files / 1024:+.2f} MiB per 1000 files)")
        run["memory_flat"] = flat
    run["target_met"] = mbps >= args.target
    with open(args.out, "w") as f:
        json.dump(run, f)


# ---------------------------------------------------------------------------------------------
# table


def _frac(x):
    """Scores as fractions in [0, 1], whether the eval printed fractions or percentages."""
    if x is None:
        return None
    x = float(x)
    return x / 100.0 if x > 1.0 + 1e-9 else x


def scores(ev):
    """(overall f1, {kind: f1 or None}, {kind: (correct, predicted, gold)}) from an eval JSON."""
    overall = ev.get("overall") or {}
    f1 = _f1(overall)
    kinds = ev.get("kinds") or ev.get("by_kind") or {}
    per_kind, counts = {}, {}
    for kind in KINDS:
        k = kinds.get(kind)
        if not k:
            per_kind[kind] = None
            continue
        per_kind[kind] = _f1(k)
        if all(n in k for n in ("correct", "predicted", "gold")):
            counts[kind] = (k["correct"], k["predicted"], k["gold"])
    return f1, per_kind, counts


def _f1(d):
    if d.get("f1") is not None:
        return _frac(d["f1"])
    p, r = _frac(d.get("precision")), _frac(d.get("recall"))
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def f1_over(counts, kinds):
    c = sum(counts[k][0] for k in kinds if k in counts)
    p = sum(counts[k][1] for k in kinds if k in counts)
    g = sum(counts[k][2] for k in kinds if k in counts)
    if not all(k in counts for k in kinds):
        return None
    prec = c / p if p else 0.0
    rec = c / g if g else 0.0
    return 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)


def fmt_f1(x):
    return "   -  " if x is None else f"{x:6.3f}"


def cmd_table(args):
    with open(args.claimgraph_eval) as f:
        cg_eval = json.load(f)
    runs = {}
    for spec in args.run:
        name, path = spec.split("=", 1)
        with open(path) as f:
            runs[name] = json.load(f)
    with open(args.baselines) as f:
        baselines = json.load(f)

    rows = []  # (tool, overall, per_kind, own-kinds f1, mbps, note)
    cg_f1, cg_kinds, cg_counts = scores(cg_eval)
    big = runs[args.throughput_run]
    rows.append(("claimgraph", cg_f1, cg_kinds, cg_f1, big["mbps"], f"{big['mb']:.0f} MB corpus, 1 core"))
    for tool, b in baselines.items():
        f1, per_kind, counts = scores(b["eval"])
        covered = b["kinds"]
        per_kind = {k: (v if k in covered else None) for k, v in per_kind.items()}
        rows.append((tool, f1, per_kind, f1_over(counts, covered), b["mbps"],
                     f"{b['bytes'] / 1e3:.0f} kB seeds x{b['reps']}, 1 core"))

    heads = ["tool", "F1 all", "F1 own"] + KINDS + ["MB/s", "throughput over"]
    tw = max(len(r[0]) for r in rows)
    widths = [tw, 6, 6] + [max(6, len(k)) for k in KINDS] + [9, 0]
    print(" | ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip())
    print("-+-".join("-" * max(w, len(h)) for h, w in zip(heads, widths)))
    for tool, f1, per_kind, own, mbps, note in rows:
        cells = [tool.ljust(tw), fmt_f1(f1), fmt_f1(own)]
        cells += [fmt_f1(per_kind.get(k)).rjust(max(6, len(k))) for k in KINDS]
        cells += [f"{mbps:9.3f}" if mbps < 10 else f"{mbps:9.1f}", note]
        print(" | ".join(cells))
    cg_mbps = rows[0][4]
    print()
    print("F1 all: over every gold kind (what the eval reports as overall); F1 own: over the kinds")
    print("the tool extracts (quantulum3: amount count percent ratio duration; dateparser: date);")
    print("'-': the tool does not produce that kind. dateparser: search_dates' point in time as")
    print("from = to; dateparser+period: widened to the period dateparser reads (in 2014 -> whole year).")
    print("claimgraph MB/s: whole process (start-up, file reading, JSON output) over the large corpus;")
    print("baselines MB/s: in-process extraction calls only, after import and warm-up.")
    for tool, _, _, _, mbps, _ in rows[1:]:
        if mbps > 0:
            print(f"claimgraph is {cg_mbps / mbps:,.0f}x the throughput of {tool}.")


# ---------------------------------------------------------------------------------------------
# bench/ingest.sh: corpus of exactly N articles, one ingest run, comparison, table


def cmd_gen_n(args):
    """Exactly N copies of the seeds (round robin), ids PREFIX000123_<seed id>, per_dir a directory.

    Unlike `gen` (which stops at a size in MB) this stops at a number of articles, and the
    prefix lets a second corpus have ids that are not in the first one."""
    if args.n < 1:
        sys.exit("gen-n: N must be positive")
    header, rows, seeds = read_seeds(args.seeds)
    os.makedirs(args.out, exist_ok=True)
    total = 0
    tsv = None
    subdir = None
    for i in range(args.n):
        if i % args.per_dir == 0:
            if tsv:
                tsv.close()
            subdir = os.path.join(args.out, f"d{i // args.per_dir:04d}")
            os.makedirs(subdir)
            tsv = open(os.path.join(subdir, "sources.tsv"), "w", encoding="utf-8")
            tsv.write("\t".join(header) + "\n")
        doc, data = seeds[i % len(seeds)]
        new = f"{args.prefix}{i // len(seeds):06d}_{doc}"
        with open(os.path.join(subdir, new + ".txt"), "wb") as f:
            f.write(data)
        tsv.write("\t".join([new] + rows[doc]) + "\n")
        total += len(data)
    if tsv:
        tsv.close()
    # Count what is on disk, not what was meant to be written.
    files = sum(1 for _, _, names in os.walk(args.out) for n in names if n.endswith(".txt"))
    if files != args.n:
        sys.exit(f"gen-n: wrote {files} .txt files to {args.out}, expected {args.n}")
    print(json.dumps({"bytes": total, "files": files, "dirs": (files + args.per_dir - 1) // args.per_dir,
                      "prefix": args.prefix}))


INGEST_LINE = re.compile(
    r"(\d+) articles? \((\d+) new, (\d+) replaced, (\d+) unchanged\), (\d+) claims?, "
    r"(\d+) triples? in their graphs, into the store at (.*); ([0-9.]+) s")


def parse_ingest_stderr(path):
    """The numbers of the summary line of `claimgraph ingest`, and the other stderr lines."""
    found = None
    other = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = INGEST_LINE.search(line)
            if m:
                found = m
            elif line.strip():
                other.append(line.rstrip("\n"))
    if not found:
        return None, other
    g = found.groups()
    return {"articles": int(g[0]), "new": int(g[1]), "replaced": int(g[2]), "unchanged": int(g[3]),
            "claims": int(g[4]), "triples": int(g[5]), "reported_s": float(g[7])}, other


def cmd_ingest_run(args):
    with open(args.gen) as f:
        gen = json.load(f)
    with open(args.measure) as f:
        m = json.load(f)
    summary, other = parse_ingest_stderr(args.stderr)
    if summary is not None:
        summary["store_quads"] = args.store_quads
    if summary is None:
        for line in other[-20:]:
            print(f"    stderr: {line}", file=sys.stderr)
        sys.exit(f"ingest-run: no summary line ('N articles (...), M claims, T triples in their graphs; "
                 f"...') in {args.stderr}")
    problems = []
    if summary["articles"] != gen["files"]:
        problems.append(f"claimgraph reports {summary['articles']:,} articles for {gen['files']:,} files")
    elif summary["new"] != gen["files"]:
        problems.append(f"{summary['new']:,} new articles of {gen['files']:,} (replaced "
                        f"{summary['replaced']:,}, unchanged {summary['unchanged']:,}): the ids were not fresh")
    cpu = m["user_s"] + m["sys_s"]
    wall = m["wall_s"]
    mb = gen["bytes"] / 1e6
    # What the store gained: the reported "triples in their graphs" are the quads claimgraph
    # handed to the store, and the store keeps each distinct quad once.
    added = summary["store_quads"] - args.base_quads
    if summary["new"] == summary["articles"] and added > summary["triples"]:
        problems.append(f"the store grew by {added:,} quads, more than the {summary['triples']:,} triples reported")
    run = dict(summary)
    run.update({"name": args.name, "files": gen["files"], "mb": mb, "wall_s": wall, "cpu_s": cpu,
                "base_quads": args.base_quads, "added_quads": added,
                "articles_per_s": gen["files"] / wall, "triples_per_s": added / wall,
                "reported_triples_per_s": summary["triples"] / wall,
                "mbps": mb / wall, "max_rss_mib": m["max_rss_kib"] / 1024.0,
                "rss_method": m.get("rss_method"), "stderr_lines": len(other)})
    if args.store_bytes is not None:
        run["store_bytes"] = args.store_bytes
    print(f"  {args.name}: {gen['files']:,} articles, {mb:,.1f} MB in {wall:,.2f} s wall "
          f"(claimgraph's own figure {summary['reported_s']:,.2f} s) = {run['articles_per_s']:,.0f} articles/s, "
          f"{run['triples_per_s']:,.0f} triples/s, {run['mbps']:,.2f} MB/s")
    dup = summary["triples"] - added
    print(f"  {'':{len(args.name)}}  {summary['claims']:,} claims; the store grew by {added:,} quads "
          f"({added / max(gen['files'], 1):,.1f} per article) to {summary['store_quads']:,}"
          + (f", {args.store_bytes / 2**20:,.1f} MiB on disk" if args.store_bytes is not None else "")
          + f"; claimgraph reports {summary['triples']:,} triples in their graphs"
          + (f" ({abs(dup):,} {'more' if dup > 0 else 'fewer'} than the store gained: "
             f"{run['reported_triples_per_s']:,.0f}/s)" if dup else ""))
    print(f"  {'':{len(args.name)}}  peak RSS {run['max_rss_mib']:,.1f} MiB ({run['rss_method']}); "
          f"CPU {cpu:,.2f} s = {cpu / wall:.2f} cores on average; {len(other)} other line(s) on stderr")
    for line in other[:5]:
        print(f"  {'':{len(args.name)}}  stderr: {line}")
    if args.extract_measure:
        with open(args.extract_measure) as f:
            em = json.load(f)
        run["extract_s"] = em["wall_s"]
        print(f"  {'':{len(args.name)}}  extraction alone (claimgraph extract --format jsonl, output to /dev/null): "
              f"{em['wall_s']:,.2f} s = {100 * em['wall_s'] / wall:.1f} % of the ingest's wall time")
    with open(args.out, "w") as f:
        json.dump(run, f)
    if problems:
        for p in problems:
            print(f"  ERROR: {p}", file=sys.stderr)
        sys.exit(1)


def cmd_ingest_load(args):
    """The dump and the bulk loader's figures, and the ratio of claimgraph's ingest time to them."""
    with open(args.ingest) as f:
        ing = json.load(f)
    with open(args.loader) as f:
        load = json.load(f)
    with open(args.loader_measure) as f:
        lm = json.load(f)
    # The same quads: what the loader holds must be what claimgraph's store held.
    if load.get("quads") is not None and load["quads"] != ing["store_quads"]:
        sys.exit(f"ingest-load: the bulk loader's store holds {load['quads']:,} quads, "
                 f"claimgraph's {ing['store_quads']:,}")
    loader_cpu = lm["user_s"] + lm["sys_s"]
    ratio = ing["wall_s"] / load["load_s"]
    met = ratio <= args.target_ratio
    res = {"loader": load, "dump_s": args.dump_s, "dump_bytes": args.dump_bytes,
           "loader_s": load["load_s"], "loader_rss_mib": lm["max_rss_kib"] / 1024.0,
           "loader_cpu_s": loader_cpu, "loader_wall_s": lm["wall_s"], "ratio": ratio, "ratio_met": met,
           "target_ratio": args.target_ratio, "loader_store_bytes": args.loader_store_bytes}
    print(f"  pyoxigraph {load['pyoxigraph']} bulk_load of the same {ing['store_quads']:,} quads: "
          f"{load['load_s']:,.2f} s = {ing['store_quads'] / load['load_s']:,.0f} quads/s "
          f"(bulk_load {load['bulk_load_s']:,.2f} s + flush {load['flush_s']:,.2f} s; not counted: "
          f"import {load['import_s']:.2f} s, open {load['open_s']:.2f} s)")
    print(f"    whole loader process: {lm['wall_s']:,.2f} s wall, peak RSS {res['loader_rss_mib']:,.1f} MiB, "
          f"CPU {loader_cpu:,.2f} s = {loader_cpu / load['load_s']:.2f} cores over the load"
          + (f"; it holds {load['quads']:,} quads, as claimgraph's store (counted in {load['count_s']:.2f} s)"
             if load.get("quads") is not None else "")
          + (f"; {args.loader_store_bytes / 2**20:,.1f} MiB on disk (claimgraph's store: "
             f"{ing['store_bytes'] / 2**20:,.1f} MiB)" if args.loader_store_bytes is not None and "store_bytes" in ing else ""))
    print(f"  ratio: claimgraph ingest {ing['wall_s']:,.2f} s / loader {load['load_s']:,.2f} s = {ratio:.2f}x "
          f"[target <= {args.target_ratio:g}x: {'met' if met else 'NOT met'}]")
    print("    (claimgraph's time includes reading and extracting the articles; the loader's only "
          "parsing N-Quads and writing the store)")
    with open(args.out, "w") as f:
        json.dump(res, f)


def cmd_ingest_report(args):
    """The memory check (further batch into an empty and into the filled store); one result file."""
    with open(args.ingest) as f:
        ing = json.load(f)
    with open(args.load) as f:
        load = json.load(f)
    with open(args.extra_empty) as f:
        empty = json.load(f)
    with open(args.extra_filled) as f:
        filled = json.load(f)
    res = dict(load)
    res.update({"n": args.n, "ingest": ing, "extra_empty": empty, "extra_filled": filled})
    growth = filled["max_rss_mib"] - empty["max_rss_mib"]
    allowed = max(args.flat_mib, args.flat_frac * empty["max_rss_mib"])
    flat = growth <= allowed
    res.update({"rss_growth_mib": growth, "memory_flat": flat, "flat_mib": args.flat_mib,
                "flat_frac": args.flat_frac})
    print(f"  memory: {empty['files']:,} new articles into an empty store: peak RSS {empty['max_rss_mib']:,.1f} MiB "
          f"({empty['wall_s']:,.2f} s); the same into the store holding {args.n:,} articles: "
          f"{filled['max_rss_mib']:,.1f} MiB ({filled['wall_s']:,.2f} s), {growth:+,.1f} MiB "
          f"[flat, <= +max({args.flat_mib:g} MiB, {args.flat_frac * 100:g} %): {'met' if flat else 'NOT met'}]")
    with open(args.out, "w") as f:
        json.dump(res, f)


def cmd_ingest_table(args):
    results = []
    for path in args.result:
        with open(path) as f:
            results.append(json.load(f))
    extra = results[0]["extra_empty"]["files"]
    heads = ["N", "articles/s", "triples/s", "MB/s", "peak RSS", "store size", "loader s", "ratio",
             f"RSS +{extra:,} empty/filled"]
    rows = []
    for r in results:
        ing = r["ingest"]
        store = ing.get("store_bytes")
        rows.append([
            f"{r['n']:,}",
            f"{ing['articles_per_s']:,.0f}",
            f"{ing['triples_per_s']:,.0f}",
            f"{ing['mbps']:,.2f}",
            f"{ing['max_rss_mib']:,.1f} MiB",
            "-" if store is None else f"{store / 2**20:,.1f} MiB",
            f"{r['loader_s']:,.2f}",
            f"{r['ratio']:.2f}x {'met' if r['ratio_met'] else 'NOT met'}",
            f"{r['extra_empty']['max_rss_mib']:,.1f} / {r['extra_filled']['max_rss_mib']:,.1f} MiB "
            f"{'flat' if r['memory_flat'] else 'NOT flat'}",
        ])
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(heads)]
    print(" | ".join(h.rjust(w) if i < 8 else h for i, (h, w) in enumerate(zip(heads, widths))).rstrip())
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.rjust(w) if i < 8 else c for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    print()
    print("articles/s, triples/s, MB/s: claimgraph ingest into an empty store, the whole process (start-up,")
    print("reading, extraction, bulk loads of up to 1,000,000 quads each, final flush), wall time; triples = the quads the")
    print("store gained (distinct quads in the articles' graphs). store size: du -sb of the store afterwards.")
    print("loader s: pyoxigraph Store.bulk_load of the store's N-Quads dump into an empty directory (+ flush),")
    print("without the import.")
    print(f"ratio: claimgraph ingest wall s / loader s (target <= {results[0]['target_ratio']:g}x).")
    print(f"RSS +{extra:,} empty/filled: peak RSS of ingesting {extra:,} further new articles into an empty store /")
    print(f"into the store holding N articles ('flat': at most max({results[0]['flat_mib']:g} MiB, "
          f"{results[0]['flat_frac'] * 100:g} %) more).")
    if len(results) > 1:
        a, b = results[0], results[-1]
        ga = a["ingest"]["max_rss_mib"]
        gb = b["ingest"]["max_rss_mib"]
        print(f"Peak RSS of the whole ingest: {ga:,.1f} MiB for {a['n']:,} articles, {gb:,.1f} MiB for "
              f"{b['n']:,} ({gb - ga:+,.1f} MiB for {b['n'] / a['n']:g}x the articles).")


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)

    g = sub.add_parser("gen")
    g.add_argument("seeds")
    g.add_argument("out")
    g.add_argument("mb", type=float)
    g.add_argument("--per-dir", type=int, default=1000)
    g.set_defaults(func=cmd_gen)

    m = sub.add_parser("measure")
    m.add_argument("--json", required=True)
    m.add_argument("--stderr")
    m.add_argument("--helper-cpu", type=int, help="core for this process (not the measured one)")
    m.add_argument("--rss", choices=["auto", "gnu-time", "proc"], default="auto",
                   help="peak RSS from GNU time if installed (auto), or by polling /proc")
    m.add_argument("cmd", nargs=argparse.REMAINDER)
    m.set_defaults(func=cmd_measure)

    r = sub.add_parser("summary")
    r.add_argument("--name", required=True)
    r.add_argument("--gen", required=True)
    r.add_argument("--measure", required=True, action="append", help="one per run (repeatable)")
    r.add_argument("--stderr", help="the command's stderr (of one run), for its summary line")
    r.add_argument("--out", required=True)
    r.add_argument("--target", type=float, default=20.0)
    r.add_argument("--compare", help="summary JSON of the smaller run, for the memory check")
    r.set_defaults(func=cmd_summary)

    t = sub.add_parser("table")
    t.add_argument("--claimgraph-eval", required=True)
    t.add_argument("--run", action="append", default=[], help="NAME=FILE with mb and mbps")
    t.add_argument("--throughput-run", default="large")
    t.add_argument("--baselines", required=True)
    t.set_defaults(func=cmd_table)

    gn = sub.add_parser("gen-n")
    gn.add_argument("seeds")
    gn.add_argument("out")
    gn.add_argument("n", type=int)
    gn.add_argument("--per-dir", type=int, default=1000)
    gn.add_argument("--prefix", default="r", help="id prefix (ids are PREFIX000123_<seed id>)")
    gn.set_defaults(func=cmd_gen_n)

    ir = sub.add_parser("ingest-run")
    ir.add_argument("--name", required=True)
    ir.add_argument("--gen", required=True)
    ir.add_argument("--measure", required=True)
    ir.add_argument("--stderr", required=True)
    ir.add_argument("--store-bytes", type=int)
    ir.add_argument("--base-quads", type=int, required=True, help="quads in the store before this ingest")
    ir.add_argument("--store-quads", type=int, required=True, help="quads in the store after it (counted apart)")
    ir.add_argument("--extract-measure", help="measure JSON of `claimgraph extract` over the same corpus")
    ir.add_argument("--out", required=True)
    ir.set_defaults(func=cmd_ingest_run)

    il = sub.add_parser("ingest-load")
    il.add_argument("--ingest", required=True, help="ingest-run JSON of the N-article ingest")
    il.add_argument("--loader", required=True, help="oxload.py JSON")
    il.add_argument("--loader-measure", required=True, help="measure JSON of oxload.py")
    il.add_argument("--dump-s", type=float, required=True)
    il.add_argument("--dump-bytes", type=int, required=True)
    il.add_argument("--loader-store-bytes", type=int)
    il.add_argument("--target-ratio", type=float, default=2.0)
    il.add_argument("--out", required=True)
    il.set_defaults(func=cmd_ingest_load)

    ip = sub.add_parser("ingest-report")
    ip.add_argument("--n", type=int, required=True)
    ip.add_argument("--ingest", required=True, help="ingest-run JSON of the N-article ingest")
    ip.add_argument("--load", required=True, help="ingest-load JSON")
    ip.add_argument("--extra-empty", required=True, help="ingest-run JSON: further batch, empty store")
    ip.add_argument("--extra-filled", required=True, help="ingest-run JSON: further batch, filled store")
    ip.add_argument("--flat-mib", type=float, default=8.0)
    ip.add_argument("--flat-frac", type=float, default=0.10)
    ip.add_argument("--out", required=True)
    ip.set_defaults(func=cmd_ingest_report)

    it = sub.add_parser("ingest-table")
    it.add_argument("--result", action="append", required=True)
    it.set_defaults(func=cmd_ingest_table)

    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
