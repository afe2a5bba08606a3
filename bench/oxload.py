#!/usr/bin/env python3
"""oxigraph's own bulk loader on an N-Quads file, for bench/ingest.sh.

    oxload.py --nquads FILE --store DIR --json OUT

Runs in the virtualenv bench/.venv-ingest (pyoxigraph from pip). It creates a store in DIR, an
empty directory, and loads FILE with `Store(DIR).bulk_load(path=FILE, format=N_QUADS)`. Then it
flushes the store. It times only the load and the flush. Importing pyoxigraph, opening the store
and counting the quads afterwards are timed separately and are not part of `load_s`. The count
checks that the loader read every quad. It writes this JSON to OUT:

    {"load_s", "bulk_load_s", "flush_s", "open_s", "import_s", "count_s", "quads", "pyoxigraph"}
"""

import argparse
import json
import os
import sys
import time

t_import = time.perf_counter()
import pyoxigraph  # noqa: E402

import_s = time.perf_counter() - t_import


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nquads", required=True)
    ap.add_argument("--store", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--no-count", action="store_true", help="do not count the loaded quads")
    args = ap.parse_args()

    if os.path.exists(args.store) and os.listdir(args.store):
        sys.exit(f"oxload.py: {args.store} is not empty")
    t0 = time.perf_counter()
    store = pyoxigraph.Store(args.store)
    open_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    store.bulk_load(path=args.nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    t1 = time.perf_counter()
    store.flush()
    t2 = time.perf_counter()

    quads = None
    count_s = None
    if not args.no_count:
        t3 = time.perf_counter()
        quads = len(store)
        count_s = time.perf_counter() - t3

    try:
        from importlib.metadata import version
        pyox_version = version("pyoxigraph")
    except Exception:  # noqa: BLE001 - the version is only informative
        pyox_version = getattr(pyoxigraph, "__version__", "?")
    result = {
        "load_s": t2 - t0,
        "bulk_load_s": t1 - t0,
        "flush_s": t2 - t1,
        "open_s": open_s,
        "import_s": import_s,
        "count_s": count_s,
        "quads": quads,
        "pyoxigraph": pyox_version,
    }
    with open(args.json, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
