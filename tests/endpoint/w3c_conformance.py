#!/usr/bin/env python3
"""Runs the W3C SPARQL 1.1 Protocol and Graph Store HTTP Protocol test manifests against a
running endpoint, and compares two runs.

    w3c_conformance.py --url http://127.0.0.1:PORT [--query-path /sparql] [--update-path /update]
                       [--store-path /store] [--token T] [--json OUT.json] [--name NAME] [--wait S]
    w3c_conformance.py --compare ours.json theirs.json

The manifests are in w3c/ beside this script (see w3c/README.md). Each test is a list of HTTP
requests (ht:Request) and what each response must be (mf:expectedStatus, mf:expectedBoolean,
mf:expectedFormat, mf:expectedLocation, an RDF body that must be graph-isomorphic). The tests
listed in a manifest's mf:entries run in their order, then any test the manifest defines without
listing it (one: gsp-direct/head_non_existing_direct), with a note.

How the manifests' requests are mapped onto the endpoint under test:

- Paths. `/sparql/` (the protocol manifest's endpoint) becomes --query-path, or --update-path
  when the request is an update: a POST whose Content-Type is application/sparql-update, or a
  POST form (application/x-www-form-urlencoded) with an `update=` field. Every other request,
  the malformed "bad update" ones included (an update by GET, a form without its media type,
  text/plain), goes to the query path: they are not updates a client could send as such, and
  the endpoint must refuse them wherever they arrive. `/gsp` (the Graph Store manifests) becomes
  --store-path: `/gsp?graph=...` is indirect identification, `/gsp/person/1.ttl` direct
  identification (the graph's IRI is then the request's own URL on the endpoint).
- Host. Each request carries `Host:` the test's ht:connectionAuthority (www.example), as in the
  manifests, so the endpoint's idea of its own URL (base IRI, direct graph IRIs, Location) is
  the one the tests were written for. --host-header overrides it; --no-host-header sends the
  real host:port instead.
- Bodies are encoded in their cnt:characterEncoding (UTF-16 for the two non-UTF-8 tests).
- Location templates: when a response has mf:expectedLocation "$X$", it must carry a Location
  header; its value (resolved against the request's URL when relative) replaces $X$ in the
  paths and bodies of the later requests of the test.
- Authorization: with --token every request carries `Authorization: Bearer T`. That is this
  harness's configuration of a server whose writes need a token, not part of the tests.

Before each test the store is emptied (DROP ALL by SPARQL Update at the update path) and each
ut:graphData file is loaded into the named graph its rdfs:label gives, by a Graph Store PUT of
its N-Triples at the store path (LOAD cannot be used offline).

How responses are judged:

- mf:expectedStatus: one of the listed codes (hts:OK, hts:Created, ...) or classes
  (hts:StatusCode2xx, ...).
- mf:expectedFormat "boolean": SPARQL results in JSON or XML holding a boolean; "tabular": JSON,
  XML, CSV or TSV results holding a table; "RDF": one of the formats the tests name (RDF/XML,
  Turtle, N-Triples, RDFa) that parses. mf:expectedBoolean: the boolean read must be that value.
- Expected response headers (ht:headers on ht:Response): the Content-Type must have the
  expected media type (parameters such as charset are not compared); this also holds for HEAD,
  which answers with the headers of a GET (RFC 9110, 9.3.2).
- Expected body (ht:body on ht:Response): parsed in the expected Content-Type, the response body
  parsed in its own, and compared with rdflib.compare.isomorphic.

One line per test (PASS, FAIL with the reason, SKIP with the reason), a summary per manifest
and overall; --json writes {"name": ..., "results": {test_id: "pass"|"fail"|"skip"}}. The exit
status is 0 whatever the tests did, 2 when the runner itself cannot run (no manifest, server
unreachable within --wait seconds); --compare exits 1 when a test that the second run passes
fails in the first.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

from rdflib import RDFS, Dataset, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

HERE = Path(__file__).resolve().parent
MANIFEST_DIR = HERE / "w3c"
# The suites, in the order they run: (name prefix of test ids, top manifest).
SUITES = [("protocol", "protocol-manifest.ttl"), ("gsp", "gsp-manifest.ttl")]

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

SPARQL_UPDATE = "application/sparql-update"
FORM = "application/x-www-form-urlencoded"
RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
TABULAR = {RESULTS_JSON, RESULTS_XML, "text/csv", "text/tab-separated-values"}
# rdflib's parser for each RDF media type.
RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "text/n3": "n3",
}
# What mf:expectedFormat "RDF" accepts: the formats the tests name (RDF/XML, Turtle, N-Triples,
# RDFa). RDFa cannot be parsed here and is accepted on its media type alone.
GRAPH_RESULT_TYPES = {"application/rdf+xml", "text/turtle", "application/x-turtle", "application/n-triples"}
RDFA_TYPES = {"text/html", "application/xhtml+xml"}

TIMEOUT = 30


def status_codes() -> dict[str, int]:
    """hts: names (OK, Created, NoContent, NotFound, ...) to codes, from the HTTP phrases."""
    return {re.sub(r"[^A-Za-z0-9]", "", s.phrase): s.value for s in HTTPStatus}


STATUS_BY_NAME = status_codes()


def essence(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


# ---------------------------------------------------------------------------------------------
# The manifests


@dataclass
class Expected:
    statuses: list[str]  # hts: local names
    boolean: bool | None = None
    format: str | None = None
    location: str | None = None  # the template variable, e.g. $LOCATION$
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: str | None = None


@dataclass
class Req:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body_text: str | None
    encoding: str
    expected: Expected


@dataclass
class Test:
    id: str
    name: str
    authority: str | None
    requests: list[Req]
    graph_data: list[tuple[str, Path]]  # (graph IRI, N-Triples file)


def local_file(uri: URIRef, manifest: Path) -> Path:
    """A file a manifest names, in the manifest's folder. The W3C manifest-direct.ttl and
    manifest-indirect.ttl are stored as gsp-manifest-direct.ttl and gsp-manifest-indirect.ttl."""
    name = urllib.parse.unquote(urllib.parse.urlparse(str(uri)).path).rsplit("/", 1)[-1]
    path = manifest.parent / name
    if not path.exists() and (manifest.parent / f"gsp-{name}").exists():
        path = manifest.parent / f"gsp-{name}"
    if not path.exists():
        raise RunnerError(f"{manifest.name} names {uri}, which is not in {manifest.parent}")
    return path


def rdf_list(g: Graph, node) -> list:
    return list(Collection(g, node)) if node is not None else []


def headers_of(g: Graph, node) -> list[tuple[str, str]]:
    out = []
    for h in rdf_list(g, g.value(node, HT.headers)):
        out.append((str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue))))
    return out


def load_manifest(path: Path, suite: str) -> tuple[list[Test], list[str]]:
    """The tests of a manifest and of those it includes, and notes on what is not run."""
    g = Graph()
    g.parse(path, format="turtle", publicID=path.as_uri())
    me = URIRef(path.as_uri())
    tests: list[Test] = []
    notes: list[str] = []
    for inc in rdf_list(g, g.value(me, MF.include)):
        sub = local_file(inc, path)
        sub_suite = suite + "-" + sub.stem.rsplit("-", 1)[-1]
        more, more_notes = load_manifest(sub, sub_suite)
        tests += more
        notes += more_notes
    entries = rdf_list(g, g.value(me, MF.entries))
    for entry in entries:
        tests.append(load_test(g, entry, suite, path))
    # A test written out but left out of mf:entries (head_non_existing_direct, the direct twin
    # of the listed head_non_existing_indirect) runs too, after the listed ones, with a note.
    for t in sorted(set(g.subjects(MF.action, None)) - set(entries)):
        notes.append(f"{suite}/{fragment(t)} is defined in {path.name} but not listed in its mf:entries; it runs too")
        tests.append(load_test(g, t, suite, path))
    return tests, notes


def fragment(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def load_test(g: Graph, entry, suite: str, manifest: Path) -> Test:
    action = g.value(entry, MF.action)
    authority = g.value(action, HT.connectionAuthority)
    requests = []
    for r in rdf_list(g, g.value(action, HT.requests)):
        body_node = g.value(r, HT.body)
        body_text = str(g.value(body_node, CNT.chars)) if body_node is not None else None
        encoding = str(g.value(body_node, CNT.characterEncoding) or "UTF-8") if body_node is not None else "UTF-8"
        resp = g.value(r, HT.resp)
        statuses = sorted(str(s)[len(HTS):] for s in g.objects(resp, MF.expectedStatus))
        boolean = g.value(resp, MF.expectedBoolean)
        fmt = g.value(resp, MF.expectedFormat)
        location = g.value(resp, MF.expectedLocation)
        resp_body = g.value(resp, HT.body)
        expected = Expected(
            statuses=statuses,
            boolean=None if boolean is None else bool(boolean.toPython()),
            format=None if fmt is None else str(fmt),
            location=None if location is None else str(location),
            headers=headers_of(g, resp),
            body=str(g.value(resp_body, CNT.chars)) if resp_body is not None else None,
        )
        requests.append(
            Req(
                method=str(g.value(r, HT.methodName)),
                path=str(g.value(r, HT.absolutePath)),
                headers=headers_of(g, r),
                body_text=body_text,
                encoding=encoding,
                expected=expected,
            )
        )
    data = []
    for d in g.objects(entry, UT.graphData):
        data.append((str(g.value(d, RDFS.label)), local_file(g.value(d, UT.graph), manifest)))
    return Test(
        id=f"{suite}/{fragment(entry)}",
        name=str(g.value(entry, MF.name)),
        authority=None if authority is None else str(authority),
        requests=requests,
        graph_data=sorted(data),
    )


# ---------------------------------------------------------------------------------------------
# HTTP


class RunnerError(Exception):
    """The runner itself cannot go on (not a test failure)."""


class Failed(Exception):
    """A test failed; the message says why."""


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class Config:
    url: str
    query_path: str
    update_path: str
    store_path: str
    token: str | None
    host_header: str | None  # None: the test's authority
    real_host: bool


class Endpoint:
    def __init__(self, config: Config):
        self.config = config
        parsed = urllib.parse.urlsplit(config.url)
        if parsed.scheme != "http" or not parsed.hostname:
            raise RunnerError(f"--url must be http://HOST:PORT, not {config.url}")
        self.host = parsed.hostname
        self.port = parsed.port or 80
        self.prefix = parsed.path.rstrip("/")

    def host_for(self, authority: str | None) -> str:
        if self.config.real_host or (authority is None and self.config.host_header is None):
            return f"{self.host}:{self.port}"
        return self.config.host_header or authority

    def send(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes | None, host: str) -> Response:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        try:
            conn.putrequest(method, self.prefix + path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", host)
            if self.config.token:
                conn.putheader("Authorization", f"Bearer {self.config.token}")
            for name, value in headers:
                conn.putheader(name, value)
            if body is not None or method in ("POST", "PUT"):
                conn.putheader("Content-Length", str(len(body or b"")))
            conn.endheaders(body or None)
            r = conn.getresponse()
            data = r.read()
            return Response(r.status, r.headers, data)
        except (OSError, http.client.HTTPException) as e:
            raise Failed(f"{method} {path}: no response ({e})") from e
        finally:
            conn.close()

    # The harness's own requests: emptying the store and loading the test's data.

    def reset(self, test: Test) -> None:
        host = self.host_for(test.authority)
        r = self.send(
            "POST", self.config.update_path, [("Content-Type", SPARQL_UPDATE)], b"DROP ALL", host
        )
        if not 200 <= r.status < 300:
            raise Failed(f"setup: DROP ALL at {self.config.update_path} answered {r.status} {short(r.body)}")
        for graph, path in test.graph_data:
            target = f"{self.config.store_path}?graph={urllib.parse.quote(graph, safe='')}"
            r = self.send("PUT", target, [("Content-Type", "application/n-triples")], path.read_bytes(), host)
            if not 200 <= r.status < 300:
                raise Failed(f"setup: PUT {path.name} into <{graph}> answered {r.status} {short(r.body)}")


def short(body: bytes, limit: int = 160) -> str:
    text = body.decode("utf-8", "replace").strip().replace("\n", " ")
    return (text[:limit] + "...") if len(text) > limit else text


def is_update(req: Req, body: bytes | None) -> bool:
    if req.method != "POST":
        return False
    ct = essence(dict((k.lower(), v) for k, v in req.headers).get("content-type"))
    if ct == SPARQL_UPDATE:
        return True
    if ct == FORM and body is not None:
        fields = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return "update" in fields
    return False


def map_path(path: str, update: bool, config: Config) -> str:
    if path.startswith("/sparql/"):
        base = config.update_path if update else config.query_path
        return base + path[len("/sparql/"):]
    if path == "/gsp" or path.startswith(("/gsp/", "/gsp?")):
        return config.store_path + path[len("/gsp"):]
    raise RunnerError(f"a request path the manifests do not use: {path}")


# ---------------------------------------------------------------------------------------------
# Judging responses


def status_ok(status: int, expected: list[str]) -> bool:
    for name in expected:
        m = re.fullmatch(r"StatusCode(\d)xx", name)
        if m and status // 100 == int(m.group(1)):
            return True
        if STATUS_BY_NAME.get(name) == status:
            return True
    return False


def read_boolean(ct: str, body: bytes) -> bool | None:
    """The boolean of SPARQL results in JSON or XML, None when there is none."""
    try:
        if ct == RESULTS_JSON:
            value = json.loads(body).get("boolean")
            return value if isinstance(value, bool) else None
        if ct == RESULTS_XML:
            el = ET.fromstring(body).find(f"{RESULTS_NS}boolean")
            if el is not None and (el.text or "").strip() in ("true", "false"):
                return el.text.strip() == "true"
    except (ValueError, ET.ParseError, AttributeError):
        return None
    return None


def has_table(ct: str, body: bytes) -> bool:
    try:
        if ct == RESULTS_JSON:
            doc = json.loads(body)
            return isinstance(doc.get("head", {}).get("vars"), list) and isinstance(
                doc.get("results", {}).get("bindings"), list
            )
        if ct == RESULTS_XML:
            return ET.fromstring(body).find(f"{RESULTS_NS}results") is not None
        if ct in ("text/csv", "text/tab-separated-values"):
            first = body.decode("utf-8").splitlines()[0]
            return bool(first.strip())
    except (ValueError, ET.ParseError, UnicodeDecodeError, IndexError, AttributeError):
        return False
    return False


def parse_rdf(text: str | bytes, ct: str, base: str, what: str) -> Graph:
    fmt = RDF_PARSERS.get(ct)
    if fmt is None:
        raise Failed(f"{what}: cannot read RDF in {ct or 'no Content-Type'}")
    try:
        if fmt in ("nquads", "trig"):
            ds = Dataset()
            ds.parse(data=text, format=fmt, publicID=base)
            g = Graph()
            for s, p, o, _ in ds.quads():
                g.add((s, p, o))
            return g
        g = Graph()
        g.parse(data=text, format=fmt, publicID=base)
        return g
    except Exception as e:  # rdflib raises many kinds of parse errors
        raise Failed(f"{what} does not parse as {ct}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from e


def check(req: Req, sent_path: str, r: Response, base: str) -> None:
    exp = req.expected
    where = f"{req.method} {sent_path}"
    if not status_ok(r.status, exp.statuses):
        raise Failed(f"{where}: expected status {' or '.join(exp.statuses)}, got {r.status} {short(r.body)}")
    ct = essence(r.header("Content-Type"))
    if exp.location is not None and not r.header("Location"):
        raise Failed(f"{where}: expected a Location header, got none")
    if exp.format == "boolean":
        if ct not in (RESULTS_JSON, RESULTS_XML):
            raise Failed(f"{where}: expected boolean results in SPARQL JSON or XML, got Content-Type {ct or 'none'}")
        if read_boolean(ct, r.body) is None:
            raise Failed(f"{where}: the {ct} body holds no boolean: {short(r.body)}")
    elif exp.format == "tabular":
        if ct not in TABULAR:
            raise Failed(f"{where}: expected SELECT results in JSON, XML, CSV or TSV, got Content-Type {ct or 'none'}")
        if not has_table(ct, r.body):
            raise Failed(f"{where}: the {ct} body holds no results table: {short(r.body)}")
    elif exp.format == "RDF":
        if ct not in GRAPH_RESULT_TYPES | RDFA_TYPES:
            raise Failed(f"{where}: expected RDF/XML, Turtle, N-Triples or RDFa, got Content-Type {ct or 'none'}")
        if ct in GRAPH_RESULT_TYPES:
            parse_rdf(r.body, ct, base, f"{where}: the body")
    elif exp.format is not None:
        raise RunnerError(f"unknown mf:expectedFormat {exp.format!r}")
    if exp.boolean is not None:
        got = read_boolean(ct, r.body)
        if got is None:
            raise Failed(f"{where}: expected the boolean {str(exp.boolean).lower()}, the body has none ({ct or 'no Content-Type'})")
        if got != exp.boolean:
            raise Failed(f"{where}: expected the boolean {str(exp.boolean).lower()}, got {str(got).lower()}")
    expected_ct = None
    for name, value in exp.headers:
        if name.lower() == "content-type":
            expected_ct = essence(value)
            if ct != expected_ct:
                raise Failed(f"{where}: expected Content-Type {value}, got {r.header('Content-Type') or 'none'}")
        else:
            got = r.header(name)
            if got is None or got.strip() != value.strip():
                raise Failed(f"{where}: expected the header {name}: {value}, got {got}")
    if exp.body is not None:
        want = parse_rdf(exp.body, expected_ct or ct, base, f"{where}: the manifest's expected body")
        got = parse_rdf(r.body, ct, base, f"{where}: the body")
        if not isomorphic(want, got):
            raise Failed(
                f"{where}: the graph returned is not isomorphic to the expected one "
                f"({len(got)} triples returned, {len(want)} expected): {short(r.body, 300)}"
            )


# ---------------------------------------------------------------------------------------------
# Running


def substitute(text: str, variables: dict[str, str]) -> str:
    for name, value in variables.items():
        text = text.replace(name, value)
    return text


def run_test(endpoint: Endpoint, test: Test) -> None:
    endpoint.reset(test)
    host = endpoint.host_for(test.authority)
    variables: dict[str, str] = {}
    for req in test.requests:
        body = None
        if req.body_text is not None:
            try:
                body = substitute(req.body_text, variables).encode(req.encoding)
            except LookupError as e:
                raise RunnerError(f"{test.id}: unknown cnt:characterEncoding {req.encoding}") from e
        path = map_path(substitute(req.path, variables), is_update(req, body), endpoint.config)
        r = endpoint.send(req.method, path, req.headers, body, host)
        base = f"http://{host}{endpoint.prefix}{path.split('?', 1)[0]}"
        check(req, path, r, base)
        if req.expected.location is not None:
            variables[req.expected.location] = urllib.parse.urljoin(base, r.header("Location"))


def run(args: argparse.Namespace) -> int:
    config = Config(
        url=args.url,
        query_path=args.query_path,
        update_path=args.update_path,
        store_path=args.store_path,
        token=args.token,
        host_header=args.host_header,
        real_host=args.no_host_header,
    )
    endpoint = Endpoint(config)
    # A server just started may not listen yet: wait for it, up to --wait seconds.
    deadline = time.monotonic() + args.wait
    while True:
        try:
            endpoint.send("GET", "/", [], None, endpoint.host_for(None))
            break
        except Failed as e:
            if time.monotonic() >= deadline:
                raise RunnerError(f"the endpoint at {args.url} does not answer: {e}") from e
            time.sleep(0.2)
    suites = []
    notes = []
    for suite, manifest in SUITES:
        path = args.manifests / manifest
        if not path.exists():
            raise RunnerError(f"no manifest {path}")
        tests, more = load_manifest(path, suite)
        suites.append(tests)
        notes += more
    name = args.name or args.url
    print(f"W3C SPARQL 1.1 Protocol and Graph Store Protocol tests against {name} ({args.url})")
    for note in notes:
        print(f"NOTE {note}")
    results: dict[str, str] = {}
    for tests in suites:
        for test in tests:
            try:
                run_test(endpoint, test)
            except Failed as e:
                results[test.id] = "fail"
                print(f"FAIL {test.id}: {e}")
            else:
                results[test.id] = "pass"
                print(f"PASS {test.id}")
            sys.stdout.flush()
    for prefix in sorted({tid.split("/", 1)[0] for tid in results}):
        print(f"  {prefix}: {tally({k: v for k, v in results.items() if k.startswith(prefix + '/')})}")
    print(f"SUMMARY {name}: {tally(results)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"name": name, "results": results}, indent=2, sort_keys=True) + "\n")
    return 0


def tally(results: dict[str, str]) -> str:
    count = {k: sum(1 for v in results.values() if v == k) for k in ("pass", "fail", "skip")}
    return f"pass {count['pass']}, fail {count['fail']}, skip {count['skip']} (of {len(results)})"


def compare(ours_path: str, theirs_path: str) -> int:
    ours = json.loads(Path(ours_path).read_text())
    theirs = json.loads(Path(theirs_path).read_text())
    a, b = ours["results"], theirs["results"]
    for run_ in (ours, theirs):
        print(f"{run_['name']}: {tally(run_['results'])}")
    worse = sorted(t for t, v in b.items() if v == "pass" and a.get(t) != "pass")
    better = sorted(t for t, v in a.items() if v == "pass" and b.get(t) != "pass")
    for t in better:
        print(f"  only {ours['name']} passes {t}")
    for t in worse:
        print(f"REGRESSION {t}: {theirs['name']} passes it, {ours['name']} does not ({a.get(t, 'not run')})")
    if worse:
        print(f"{len(worse)} test(s) that {theirs['name']} passes fail on {ours['name']}")
        return 1
    print(f"{ours['name']} passes every test {theirs['name']} passes")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="the server, http://HOST:PORT")
    p.add_argument("--query-path", default="/sparql", help="where /sparql/ queries go (default /sparql)")
    p.add_argument("--update-path", default="/update", help="where /sparql/ updates go (default /update)")
    p.add_argument("--store-path", default="/store", help="where /gsp goes (default /store)")
    p.add_argument("--token", help="send Authorization: Bearer TOKEN with every request")
    p.add_argument("--json", help="write the results to this file")
    p.add_argument("--name", help="the server's name in the output (default: the URL)")
    p.add_argument("--host-header", help="send this Host header instead of the tests' www.example")
    p.add_argument("--no-host-header", action="store_true", help="send the real host:port as Host")
    p.add_argument("--wait", type=float, default=30, help="seconds to wait for the server to answer (default 30)")
    p.add_argument("--manifests", type=Path, default=MANIFEST_DIR, help=argparse.SUPPRESS)
    p.add_argument("--compare", nargs=2, metavar=("OURS", "THEIRS"), help="list the tests THEIRS passes and OURS fails")
    args = p.parse_args()
    try:
        if args.compare:
            return compare(*args.compare)
        if not args.url:
            p.error("--url or --compare is needed")
        return run(args)
    except RunnerError as e:
        print(f"w3c_conformance: {e}", file=sys.stderr)
        return 2
    except (OSError, ValueError, KeyError) as e:
        print(f"w3c_conformance: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
