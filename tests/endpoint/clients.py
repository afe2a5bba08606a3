#!/usr/bin/env python3
"""Independent clients against a running `claimgraph serve`: SPARQLWrapper and rdflib's
SPARQLStore query /sparql and the answers are checked against the seeds.

The server must hold the seeds (`claimgraph ingest seeds/`) and nothing else of the kind
(five schema:NewsArticle, one per seeds/*.txt). It may be read-only.

    $HOME/.cache/claimgraph-venv/bin/python tests/endpoint/clients.py --url http://127.0.0.1:7878

One line per check (ok, FAIL, XFAIL, XPASS); exit status 1 if any check failed.

Known server bugs can be marked as expected failures, by tag, in the environment:
CLAIMGRAPH_XFAIL="format-repeated" (space-separated). An expected failure prints XFAIL and does
not fail the run; a check so marked that passes prints XPASS, to say the mark can go.
"""

import argparse
import csv
import os
import sys
import traceback
import warnings
import xml.dom.minidom
from pathlib import Path

from rdflib import Graph, ConjunctiveGraph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    GET,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

# rdflib warns that ConjunctiveGraph is deprecated; the check uses it on purpose.
warnings.filterwarnings("ignore", category=DeprecationWarning)

SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
ARTICLE = "https://w3id.org/claimgraph/article/"
ARTICLE_GRAPH = "https://w3id.org/claimgraph/graph/article/"
MISSING = "https://w3id.org/claimgraph/article/no_such_article_0000"

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

COUNT = PREFIXES + """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"""

LISTING = PREFIXES + """SELECT ?a ?id ?headline ?date WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:headline ?headline ;
                schema:datePublished ?date }
} ORDER BY ?id"""

ASK_ARTICLE = PREFIXES + """ASK { GRAPH ?g { <%s> a schema:NewsArticle } }"""

CONSTRUCT = PREFIXES + """CONSTRUCT { ?a a schema:NewsArticle ; dcterms:identifier ?id ;
                               schema:headline ?headline }
WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:headline ?headline } }"""

# The same rows without GRAPH: for a client that names the article's graph as the default graph.
IN_DEFAULT_GRAPH = PREFIXES + """SELECT ?id ?headline WHERE {
  ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:headline ?headline }"""


class Checks:
    def __init__(self, xfail):
        self.xfail = set(xfail)
        self.failed = 0
        self.count = 0

    def run(self, name, fn, bug=None):
        """Runs one check: `fn` returns a short description of what it saw, or raises."""
        self.count += 1
        expected_to_fail = bug is not None and bug in self.xfail
        try:
            detail = fn()
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
            message = f"{type(e).__name__}: {e}".replace("\n", " ")[:400]
            if expected_to_fail:
                print(f"XFAIL {name}: {message} (known server bug '{bug}')")
            else:
                self.failed += 1
                print(f"FAIL  {name}: {message}")
                if os.environ.get("CLAIMGRAPH_TRACEBACK"):
                    traceback.print_exc()
            return
        if expected_to_fail:
            print(f"XPASS {name}: {detail} (drop '{bug}' from CLAIMGRAPH_XFAIL)")
        else:
            print(f"ok    {name}: {detail}")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def seeds(root):
    """The articles of the seeds, from seeds/*.txt and seeds/sources.tsv:
    {id: (headline, date lexical form)}."""
    ids = sorted(p.stem for p in (root / "seeds").glob("*.txt"))
    expect(ids, f"no seeds/*.txt under {root}")
    with open(root / "seeds" / "sources.tsv", newline="", encoding="utf-8") as f:
        rows = {r["doc"]: (r["title"], r["published"]) for r in csv.DictReader(f, delimiter="\t")}
    missing = [i for i in ids if i not in rows]
    expect(not missing, f"seeds/sources.tsv lacks {missing}")
    return {i: rows[i] for i in ids}


def date_type(lexical):
    return XSD.gYearMonth if len(lexical) == 7 else XSD.date


# --- SPARQLWrapper ------------------------------------------------------------------------------

def wrapper(endpoint, fmt, method, only_conneg=False):
    sw = SPARQLWrapper(endpoint)
    sw.setReturnFormat(fmt)
    if method == "GET":
        sw.setMethod(GET)
    else:
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY if method == "POST-direct" else URLENCODED)
    sw.setOnlyConneg(only_conneg)
    sw.setTimeout(30)
    return sw


def ask(endpoint, query, fmt, method):
    """Runs a query and returns (the converted result, the response's content type)."""
    sw = wrapper(endpoint, fmt, method)
    sw.setQuery(query)
    result = sw.query()
    return result.convert(), result.info().get("content-type", "")


def xml_rows(doc):
    """SPARQL results XML (a minidom Document) as a list of {var: (kind, value, datatype)}."""
    rows = []
    for result in doc.getElementsByTagName("result"):
        row = {}
        for binding in result.getElementsByTagName("binding"):
            node = next(n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE)
            text = "".join(t.data for t in node.childNodes if t.nodeType == t.TEXT_NODE)
            row[binding.getAttribute("name")] = (node.tagName, text, node.getAttribute("datatype") or None)
        rows.append(row)
    return rows


def json_rows(data):
    rows = []
    for b in data["results"]["bindings"]:
        rows.append({
            var: ({"uri": "uri", "literal": "literal", "typed-literal": "literal", "bnode": "bnode"}[v["type"]],
                  v["value"], v.get("datatype"))
            for var, v in b.items()
        })
    return rows


def check_listing(rows, articles):
    """The rows of LISTING against the seeds: one per article, IRI, identifier, headline, date."""
    expect(len(rows) == len(articles), f"{len(rows)} rows, expected {len(articles)}")
    for row, (doc, (title, published)) in zip(rows, sorted(articles.items())):
        expect(row["a"] == ("uri", ARTICLE + doc, None), f"?a is {row['a']}, expected <{ARTICLE + doc}>")
        expect(row["id"][1] == doc, f"?id is {row['id']}, expected {doc!r}")
        expect(row["headline"][1] == title, f"?headline of {doc} is {row['headline'][1]!r}, expected {title!r}")
        expect(row["date"][1] == published and row["date"][2] == str(date_type(published)),
               f"?date of {doc} is {row['date']}, expected {published!r}^^{date_type(published)}")
    return f"{len(rows)} articles, identifiers, headlines and dates as in seeds/sources.tsv"


def sw_select(endpoint, fmt, method, articles):
    def count():
        data, ctype = ask(endpoint, COUNT, fmt, method)
        rows = json_rows(data) if fmt == JSON else xml_rows(data)
        expect(len(rows) == 1, f"{len(rows)} rows")
        n = rows[0]["n"]
        expect(n == ("literal", str(len(articles)), str(XSD.integer)),
               f"COUNT is {n}, expected {len(articles)} (seeds/*.txt)")
        return f"COUNT schema:NewsArticle = {n[1]} ({ctype})"

    def listing():
        data, ctype = ask(endpoint, LISTING, fmt, method)
        want = "application/sparql-results+json" if fmt == JSON else "application/sparql-results+xml"
        expect(ctype.startswith(want), f"content type {ctype!r}, expected {want}")
        return check_listing(json_rows(data) if fmt == JSON else xml_rows(data), articles)

    return count, listing


def sw_ask(endpoint, fmt, method, articles):
    def fn():
        answers = []
        for iri, want in [(ARTICLE + sorted(articles)[0], True), (MISSING, False)]:
            data, ctype = ask(endpoint, ASK_ARTICLE % iri, fmt, method)
            if fmt == JSON:
                got = data["boolean"]
            else:
                expect(isinstance(data, xml.dom.minidom.Document), f"not XML: {data!r}")
                text = data.getElementsByTagName("boolean")[0].firstChild.data.strip()
                expect(text in ("true", "false"), f"<boolean> is {text!r}")
                got = text == "true"
            expect(got is want, f"ASK <{iri}> is {got}, expected {want}")
            answers.append(f"{'known' if want else 'made-up'} article {str(got).lower()}")
        return ", ".join(answers) + f" ({ctype.split(';')[0]})"
    return fn


def check_graph(g, articles):
    """A CONSTRUCT of CONSTRUCT: every subject an article of the seeds, with its headline."""
    expect(len(g) == 3 * len(articles), f"{len(g)} triples, expected {3 * len(articles)}")
    subjects = set(g.subjects())
    want = {URIRef(ARTICLE + doc) for doc in articles}
    expect(subjects == want, f"subjects {sorted(subjects)}, expected the articles {sorted(want)}")
    for doc, (title, _) in articles.items():
        a = URIRef(ARTICLE + doc)
        expect((a, RDF.type, SCHEMA.NewsArticle) in g, f"<{a}> is not a schema:NewsArticle")
        expect((a, DCTERMS.identifier, Literal(doc)) in g, f"<{a}> lacks its identifier")
        expect((a, SCHEMA.headline, Literal(title)) in g, f"<{a}> lacks its headline {title!r}")
    return f"{len(g)} triples, subjects the {len(subjects)} articles, headlines as in the seeds"


def sw_construct(endpoint, fmt, method, articles, only_conneg=False):
    parse_as = {TURTLE: "turtle", JSONLD: "json-ld"}
    want_type = {XML: "application/rdf+xml", RDFXML: "application/rdf+xml",
                 TURTLE: "text/turtle", JSONLD: "application/ld+json"}[fmt]

    def fn():
        sw = wrapper(endpoint, fmt, method, only_conneg)
        sw.setQuery(CONSTRUCT)
        result = sw.query()
        ctype = result.info().get("content-type", "")
        expect(ctype.startswith(want_type), f"content type {ctype!r}, expected {want_type}")
        data = result.convert()
        if isinstance(data, Graph):
            g = data
        else:
            # SPARQLWrapper hands Turtle over as bytes: rdflib reads them.
            g = Graph().parse(data=data, format=parse_as[fmt])
        return check_graph(g, articles) + f" ({ctype})"
    return fn


# --- rdflib's SPARQLStore -----------------------------------------------------------------------

def store_rows(result):
    return [{str(k): v for k, v in row.asdict().items()} for row in result]


def rdflib_select(endpoint, make_graph, fmt, method, articles):
    def fn():
        store = SPARQLStore(endpoint, returnFormat=fmt, method=method)
        g = make_graph(store)
        rows = store_rows(g.query(LISTING))
        expect(len(rows) == len(articles), f"{len(rows)} rows, expected {len(articles)}")
        for row, (doc, (title, published)) in zip(rows, sorted(articles.items())):
            expect(row["a"] == URIRef(ARTICLE + doc), f"?a is {row['a']!r}")
            expect(row["id"] == Literal(doc), f"?id is {row['id']!r}, expected {doc!r}")
            expect(row["headline"] == Literal(title), f"?headline is {row['headline']!r}, expected {title!r}")
            expect(row["date"] == Literal(published, datatype=date_type(published)),
                   f"?date of {doc} is {row['date']!r}, expected {published!r}^^{date_type(published)}")
        return f"{len(rows)} rows, identifiers, headlines and typed dates as in seeds/sources.tsv"
    return fn


def rdflib_named_graph(endpoint, articles):
    """A Graph whose identifier is an article's graph: rdflib sends it as default-graph-uri, so a
    query without GRAPH sees that article and only it."""
    doc = sorted(articles)[-1]

    def fn():
        g = Graph(SPARQLStore(endpoint), identifier=URIRef(ARTICLE_GRAPH + doc))
        rows = store_rows(g.query(IN_DEFAULT_GRAPH))
        want = [{"id": Literal(doc), "headline": Literal(articles[doc][0])}]
        expect(rows == want, f"rows {rows}, expected {want}")
        return f"default-graph-uri=<{ARTICLE_GRAPH}{doc}> gives that article alone"
    return fn


def rdflib_construct(endpoint, articles):
    def fn():
        g = Graph(SPARQLStore(endpoint))
        result = g.query(CONSTRUCT)
        expect(result.graph is not None, f"a {result.type} result, not a graph")
        return check_graph(result.graph, articles)
    return fn


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the server's base URL, e.g. http://127.0.0.1:7878")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                        help="the repository, for seeds/ (default: this file's)")
    args = parser.parse_args()
    endpoint = args.url.rstrip("/") + "/sparql"
    checks = Checks(os.environ.get("CLAIMGRAPH_XFAIL", "").split())
    articles = seeds(args.root)
    print(f"# {endpoint}; {len(articles)} seed articles in {args.root / 'seeds'}")

    methods = ["GET", "POST-form", "POST-direct"]
    for fmt in (JSON, XML):
        for method in methods:
            count, listing = sw_select(endpoint, fmt, method, articles)
            checks.run(f"SPARQLWrapper SELECT COUNT {fmt} {method}", count)
            checks.run(f"SPARQLWrapper SELECT articles {fmt} {method}", listing)
    for fmt in (JSON, XML):
        for method in methods:
            checks.run(f"SPARQLWrapper ASK {fmt} {method}", sw_ask(endpoint, fmt, method, articles))
    # XML asks for RDF/XML with format=xml; TURTLE with format=turtle.
    for fmt in (XML, TURTLE):
        for method in methods:
            checks.run(f"SPARQLWrapper CONSTRUCT {fmt} {method}", sw_construct(endpoint, fmt, method, articles))
    # RDFXML and JSONLD: SPARQLWrapper sends format= twice (the name and the media type), as it
    # does for TSV, unless told to use content negotiation only.
    for fmt in (RDFXML, JSONLD):
        for method in methods:
            checks.run(f"SPARQLWrapper CONSTRUCT {fmt} {method}",
                       sw_construct(endpoint, fmt, method, articles))
            checks.run(f"SPARQLWrapper CONSTRUCT {fmt} {method} (Accept only)",
                       sw_construct(endpoint, fmt, method, articles, only_conneg=True))

    graphs = [("Graph", Graph), ("ConjunctiveGraph", ConjunctiveGraph)]
    for name, make in graphs:
        for fmt in ("xml", "json"):
            for method in ("GET", "POST", "POST_FORM"):
                checks.run(f"rdflib SPARQLStore {name}.query SELECT {fmt} {method}",
                           rdflib_select(endpoint, make, fmt, method, articles))
    checks.run("rdflib SPARQLStore Graph(identifier=article graph).query SELECT",
               rdflib_named_graph(endpoint, articles))
    checks.run("rdflib SPARQLStore Graph.query CONSTRUCT", rdflib_construct(endpoint, articles))

    print(f"# {checks.count} checks, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
