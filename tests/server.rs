//! `claimgraph serve`: the handler called in-process for each behaviour of the endpoint
//! (protocol, formats, Graph Store, Update, the token, limits, CORS, the page and the report),
//! and the real binary answering over TCP and stopping on Ctrl-C.

use crate::common::{claimgraph, root, seeds_store, stderr, Scratch};
use claimgraph::server::{Access, Config, Server, EXAMPLES};
use claimgraph::store::ClaimStore;
use oxhttp::model::{Body, Request};
use oxigraph::io::{RdfFormat, RdfParser};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TOKEN: &str = "test-token-0123456789abcdef";
const ARTICLE_GRAPH: &str = "https://w3id.org/claimgraph/graph/article/003_a17ce7dac7a757fe";
const ASK: &str = "ASK { GRAPH ?g { ?s ?p ?o } }";
const SELECT: &str = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
const CONSTRUCT: &str = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 20";
/// A product of every quad with every quad: far more than a second's work.
/// A query no machine finishes within the tests' time limits: the seeds' quads cubed (tens of
/// billions of rows). Their square alone ran in under 2 s on a quiet machine.
const SLOW: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } GRAPH ?i { ?x ?y ?z } }";

/// Held by the tests that time a SLOW query: a stopped product still unwinds for a while on
/// its core, and two of them at once on a two-core machine kept each other's slot past the
/// waits these tests allow (each passes alone).
static SLOW_QUERIES: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn read_only(config: Config) -> Server {
    let store = ClaimStore::open_read_only(seeds_store()).unwrap();
    Server::new(store, config).unwrap()
}

fn seeds() -> Server {
    read_only(Config::default())
}

/// A server over an empty store that takes writes with [`TOKEN`].
fn writable(name: &str) -> (Scratch, Server) {
    let dir = Scratch::new(&format!("server-{name}"));
    let store = ClaimStore::open(&dir.path("store")).unwrap();
    let config = Config {
        access: Access::ReadWrite {
            token: TOKEN.into(),
        },
        ..Config::default()
    };
    (dir, Server::new(store, config).unwrap())
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }
}

fn call(server: &Server, method: &str, uri: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut builder = Request::builder()
        .method(method)
        .uri(format!("http://localhost{uri}"));
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut request = builder.body(Body::from(body.to_vec())).unwrap();
    let mut response = server.handle(&mut request);
    let mut bytes = Vec::new();
    response.body_mut().read_to_end(&mut bytes).unwrap();
    Reply {
        status: response.status().as_u16(),
        headers: response
            .headers()
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
            .collect(),
        body: String::from_utf8(bytes).unwrap(),
    }
}

fn get(server: &Server, uri: &str, headers: &[(&str, &str)]) -> Reply {
    call(server, "GET", uri, headers, b"")
}

/// Percent-encodes a query for a URL or a form.
fn enc(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn query_uri(query: &str) -> String {
    format!("/sparql?query={}", enc(query))
}

/// How many triples a document holds, parsed back by oxigraph.
fn triples(format: RdfFormat, body: &str) -> usize {
    RdfParser::from_format(format)
        .for_slice(body.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{} does not parse: {e}\n{body}", format.name()))
        .len()
}

#[test]
fn a_select_by_get_answers_sparql_json_by_default() {
    let r = get(&seeds(), &query_uri(SELECT), &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type(), "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["g", "n"]));
    let graphs = json["results"]["bindings"].as_array().unwrap();
    assert!(graphs.iter().any(|b| b["g"]["value"] == ARTICLE_GRAPH));
    assert_eq!(r.header("vary"), Some("accept"));
}

#[test]
fn select_and_ask_come_in_each_results_format_by_accept() {
    let server = seeds();
    for (accept, media, marker) in [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            "\"vars\"",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<sparql",
        ),
        ("text/csv", "text/csv; charset=utf-8", "g,n"),
        (
            "text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8",
            "?g\t?n",
        ),
    ] {
        let r = get(&server, &query_uri(SELECT), &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert_eq!(r.content_type(), media);
        assert!(r.body.contains(marker), "{accept}: {}", r.body);
    }
    for (accept, marker) in [
        ("application/sparql-results+json", "\"boolean\":true"),
        ("application/sparql-results+xml", "<boolean>true</boolean>"),
        ("text/csv", "true"),
        ("text/tab-separated-values", "true"),
    ] {
        let r = get(&server, &query_uri(ASK), &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert!(r.body.contains(marker), "{accept}: {}", r.body);
    }
}

#[test]
fn q_values_pick_the_format_and_format_overrides_for_browsers() {
    let server = seeds();
    let r = get(
        &server,
        &query_uri(SELECT),
        &[(
            "Accept",
            "text/csv;q=0.4, application/sparql-results+xml;q=0.9, */*;q=0.1",
        )],
    );
    assert_eq!(r.content_type(), "application/sparql-results+xml");
    // What a browser sends, and the parameter a link can carry instead.
    let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    let r = get(
        &server,
        &format!("{}&format=csv", query_uri(SELECT)),
        &[("Accept", browser)],
    );
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/csv"));
    let r = get(&server, &format!("{}&format=tsv", query_uri(SELECT)), &[]);
    assert!(r.content_type().starts_with("text/tab-separated-values"));
}

#[test]
fn construct_comes_in_each_rdf_format() {
    let server = seeds();
    for format in [
        RdfFormat::Turtle,
        RdfFormat::NTriples,
        RdfFormat::from_extension("jsonld").unwrap(),
        RdfFormat::RdfXml,
        RdfFormat::TriG,
        RdfFormat::NQuads,
    ] {
        let r = get(
            &server,
            &query_uri(CONSTRUCT),
            &[("Accept", format.media_type())],
        );
        assert_eq!(r.status, 200, "{}: {}", format.name(), r.body);
        assert_eq!(r.content_type(), format.media_type());
        assert_eq!(triples(format, &r.body), 20, "{}", format.name());
    }
    // No Accept: Turtle.
    let r = get(&server, &query_uri(CONSTRUCT), &[]);
    assert_eq!(r.content_type(), RdfFormat::Turtle.media_type());
    let describe = format!("DESCRIBE <{ARTICLE_GRAPH}>");
    let r = get(
        &server,
        &query_uri(&describe),
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn nothing_acceptable_is_406_with_the_formats_on_offer() {
    let server = seeds();
    let r = get(&server, &query_uri(SELECT), &[("Accept", "image/png")]);
    assert_eq!(r.status, 406);
    assert!(
        r.body.contains("application/sparql-results+json"),
        "{}",
        r.body
    );
    // A graph format for a SELECT, a results format for a CONSTRUCT.
    let r = get(&server, &query_uri(SELECT), &[("Accept", "text/turtle")]);
    assert_eq!(r.status, 406);
    let r = get(&server, &query_uri(CONSTRUCT), &[("Accept", "text/csv")]);
    assert_eq!(r.status, 406);
    let r = get(
        &server,
        &format!("{}&format=csv", query_uri(CONSTRUCT)),
        &[],
    );
    assert_eq!(r.status, 406);
    let r = get(&server, &query_uri(SELECT), &[("Accept", "text/csv;q=0")]);
    assert_eq!(r.status, 406);
}

#[test]
fn queries_come_by_post_as_a_form_or_a_sparql_query_body() {
    let server = seeds();
    for path in ["/sparql", "/query"] {
        let form = format!("query={}", enc(ASK));
        let r = call(
            &server,
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            form.as_bytes(),
        );
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(r.body.contains("true"));
        let r = call(
            &server,
            "POST",
            path,
            &[
                ("Content-Type", "application/sparql-query; charset=utf-8"),
                ("Accept", "text/csv"),
            ],
            SELECT.as_bytes(),
        );
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(r.body.starts_with("g,n"));
    }
}

#[test]
fn an_unknown_body_type_is_415_and_other_methods_405() {
    let server = seeds();
    let r = call(
        &server,
        "POST",
        "/sparql",
        &[("Content-Type", "text/plain")],
        ASK.as_bytes(),
    );
    assert_eq!(r.status, 415);
    assert!(r.body.contains("application/sparql-query"), "{}", r.body);
    let r = call(&server, "POST", "/sparql", &[], ASK.as_bytes());
    assert_eq!(r.status, 415);
    for (method, path, allow) in [
        ("PUT", "/sparql", "GET, HEAD, POST"),
        ("DELETE", "/query", "GET, HEAD, POST"),
        ("GET", "/update", "POST"),
        ("POST", "/", "GET, HEAD"),
        ("PATCH", "/store", "GET, HEAD, PUT, POST, DELETE"),
    ] {
        let r = call(&server, method, path, &[], b"");
        assert_eq!(r.status, 405, "{method} {path}");
        assert_eq!(r.header("allow"), Some(allow));
    }
    assert_eq!(get(&server, "/nowhere", &[]).status, 404);
}

#[test]
fn a_malformed_query_is_400_with_the_parsers_message() {
    let r = get(&seeds(), &query_uri("SELECT ?x WHERE { ?x"), &[]);
    assert_eq!(r.status, 400);
    assert!(r.body.starts_with("malformed query: "), "{}", r.body);
    assert!(r.body.contains("1:"), "the position: {}", r.body);
}

#[test]
fn malformed_requests_are_answered_and_the_server_goes_on() {
    let server = seeds();
    for uri in [
        "/sparql?query=%FF%FE",
        "/sparql?query=ASK%7B%7D&query=ASK%7B%7D",
        "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri",
        "/sparql?update=CLEAR%20ALL",
        "/store?graph=relative",
        "/store?graph=http%3A%2F%2Fex%2Fg&default",
        "/store",
        "/sparql?query=%",
    ] {
        let r = get(&server, uri, &[]);
        assert_eq!(r.status, 400, "{uri}: {}", r.body);
        assert!(!r.body.trim().is_empty());
    }
    let r = call(
        &server,
        "POST",
        "/sparql",
        &[("Content-Type", "application/sparql-query")],
        &[0xff, 0xfe, b'A'],
    );
    assert_eq!(r.status, 400);
    assert_eq!(get(&server, &query_uri(ASK), &[]).status, 200);
}

#[test]
fn default_and_named_graph_uris_set_the_dataset() {
    let server = seeds();
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let n = |r: &Reply| r.body.lines().nth(1).unwrap_or("").trim().to_owned();
    // The store's default graph is empty: claims live in named graphs.
    let r = get(&server, &query_uri(count), &[("Accept", "text/csv")]);
    assert_eq!(n(&r), "0");
    let uri = format!(
        "{}&default-graph-uri={}",
        query_uri(count),
        enc(ARTICLE_GRAPH)
    );
    let r = get(&server, &uri, &[("Accept", "text/csv")]);
    let expected = ClaimStore::open_read_only(seeds_store())
        .unwrap()
        .article_len("003_a17ce7dac7a757fe")
        .unwrap();
    assert_eq!(n(&r), expected.to_string());
    let graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
    let uri = format!(
        "{}&named-graph-uri={}",
        query_uri(graphs),
        enc(ARTICLE_GRAPH)
    );
    let r = get(&server, &uri, &[("Accept", "text/csv")]);
    assert_eq!(
        r.body.trim().lines().collect::<Vec<_>>(),
        ["g", ARTICLE_GRAPH]
    );
}

#[test]
fn a_get_without_a_query_describes_the_service() {
    let r = get(&seeds(), "/sparql", &[("Accept", "application/n-triples")]);
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type(), "application/n-triples");
    let sd = "http://www.w3.org/ns/sparql-service-description#";
    assert!(
        r.body
            .contains(&format!("<{sd}endpoint> <http://localhost/sparql>")),
        "{}",
        r.body
    );
    assert!(r.body.contains(&format!("<{sd}SPARQL11Query>")));
    assert!(
        !r.body.contains(&format!("<{sd}SPARQL11Update>")),
        "read-only"
    );
    assert!(r.body.contains("SPARQL_Results_JSON"));
    assert!(triples(RdfFormat::NTriples, &r.body) > 10);
    let r = get(&seeds(), "/sparql", &[]);
    assert_eq!(r.content_type(), "text/turtle");
    let (_dir, server) = writable("description");
    let r = get(&server, "/sparql", &[("Accept", "application/n-triples")]);
    assert!(r.body.contains(&format!("<{sd}SPARQL11Update>")));
}

#[test]
fn the_graph_store_reads_a_graph_or_the_default_graph_in_any_rdf_format() {
    let server = seeds();
    let uri = format!("/store?graph={}", enc(ARTICLE_GRAPH));
    let r = get(&server, &uri, &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type(), "text/turtle");
    let expected = ClaimStore::open_read_only(seeds_store())
        .unwrap()
        .article_len("003_a17ce7dac7a757fe")
        .unwrap();
    assert_eq!(triples(RdfFormat::Turtle, &r.body), expected);
    let r = get(&server, &uri, &[("Accept", "application/n-quads")]);
    assert_eq!(triples(RdfFormat::NQuads, &r.body), expected);
    assert!(
        r.body.contains(&format!("<{ARTICLE_GRAPH}> .")),
        "quads keep their graph"
    );
    let r = get(&server, &format!("{uri}&format=jsonld"), &[]);
    assert_eq!(r.content_type(), "application/ld+json");
    let r = get(
        &server,
        "/store?default",
        &[("Accept", "application/n-triples")],
    );
    assert_eq!((r.status, r.body.as_str()), (200, ""));
    let r = call(&server, "HEAD", &uri, &[], b"");
    assert_eq!((r.status, r.body.as_str()), (200, ""));
    assert_eq!(r.content_type(), "text/turtle");
    let r = get(&server, "/store?graph=http%3A%2F%2Fexample.org%2Fnone", &[]);
    assert_eq!(r.status, 404);
    let r = call(
        &server,
        "HEAD",
        "/store?graph=http%3A%2F%2Fexample.org%2Fnone",
        &[],
        b"",
    );
    assert_eq!(r.status, 404);
    let r = get(&server, &uri, &[("Accept", "text/csv")]);
    assert_eq!(r.status, 406);
}

#[test]
fn every_write_is_403_on_a_read_only_server() {
    let server = seeds();
    let update = "INSERT DATA { <http://ex/s> <http://ex/p> 1 }";
    let bearer = format!("Bearer {TOKEN}");
    let auth = [("Authorization", bearer.as_str())];
    for (method, path, content_type, body) in [
        (
            "POST",
            "/update",
            "application/sparql-update",
            update.to_owned(),
        ),
        (
            "POST",
            "/sparql",
            "application/sparql-update",
            update.to_owned(),
        ),
        (
            "POST",
            "/sparql",
            "application/x-www-form-urlencoded",
            format!("update={}", enc(update)),
        ),
        (
            "PUT",
            "/store?default",
            "text/turtle",
            "<http://ex/s> <http://ex/p> 1 .".into(),
        ),
        (
            "POST",
            "/store?default",
            "text/turtle",
            "<http://ex/s> <http://ex/p> 1 .".into(),
        ),
        ("DELETE", "/store?default", "text/turtle", String::new()),
    ] {
        let headers = [auth[0], ("Content-Type", content_type)];
        let r = call(&server, method, path, &headers, body.as_bytes());
        assert_eq!(r.status, 403, "{method} {path}: {}", r.body);
        assert!(r.body.contains("--allow-update"), "{}", r.body);
    }
    let r = get(
        &server,
        &query_uri("ASK { <http://ex/s> ?p ?o }"),
        &[("Accept", "text/csv")],
    );
    assert!(r.body.contains("false"));
}

#[test]
fn writes_need_the_servers_bearer_token() {
    let (_dir, server) = writable("token");
    let update = "INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }";
    let sparql_update = ("Content-Type", "application/sparql-update");
    let r = call(
        &server,
        "POST",
        "/update",
        &[sparql_update],
        update.as_bytes(),
    );
    assert_eq!(r.status, 403);
    assert!(r.body.contains("Authorization: Bearer"), "{}", r.body);
    let wrong = [
        sparql_update,
        ("Authorization", "Bearer not-the-token-at-all"),
    ];
    assert_eq!(
        call(&server, "POST", "/update", &wrong, update.as_bytes()).status,
        403
    );
    let bearer = format!("Bearer {TOKEN}");
    let right = [sparql_update, ("Authorization", bearer.as_str())];
    let r = call(&server, "POST", "/update", &right, update.as_bytes());
    assert_eq!(r.status, 204, "{}", r.body);
    let ask = "ASK { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }";
    assert!(get(&server, &query_uri(ask), &[]).body.contains("true"));
    // By /sparql too, and as a form.
    let delete = "DELETE DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }";
    let r = call(&server, "POST", "/sparql", &right, delete.as_bytes());
    assert_eq!(r.status, 204, "{}", r.body);
    assert!(get(&server, &query_uri(ask), &[]).body.contains("false"));
    let form = [
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Authorization", bearer.as_str()),
    ];
    let body = format!("update={}", enc(update));
    assert_eq!(
        call(&server, "POST", "/sparql", &form, body.as_bytes()).status,
        204
    );
    assert!(get(&server, &query_uri(ask), &[]).body.contains("true"));
    // Updates are not queries: /query refuses them.
    let r = call(&server, "POST", "/query", &right, update.as_bytes());
    assert_eq!(r.status, 415);
}

#[test]
fn updates_that_fail_say_why() {
    let (_dir, server) = writable("update-errors");
    let bearer = format!("Bearer {TOKEN}");
    let headers = [
        ("Content-Type", "application/sparql-update"),
        ("Authorization", bearer.as_str()),
    ];
    let r = call(
        &server,
        "POST",
        "/update",
        &headers,
        b"INSERT DATA { oops }",
    );
    assert_eq!(r.status, 400);
    assert!(r.body.starts_with("malformed update: "), "{}", r.body);
    let create = b"CREATE GRAPH <http://ex/g>";
    assert_eq!(
        call(&server, "POST", "/update", &headers, create).status,
        204
    );
    let r = call(&server, "POST", "/update", &headers, create);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("already exists"), "{}", r.body);
    let r = call(
        &server,
        "POST",
        "/update",
        &[("Content-Type", "text/plain"), headers[1]],
        create,
    );
    assert_eq!(r.status, 415);
}

#[test]
fn the_graph_store_puts_posts_and_deletes_graphs() {
    let (_dir, server) = writable("graph-store");
    let bearer = format!("Bearer {TOKEN}");
    let turtle = [
        ("Content-Type", "text/turtle"),
        ("Authorization", bearer.as_str()),
    ];
    let uri = "/store?graph=http%3A%2F%2Fex%2Fg";
    let doc = b"<http://ex/a> <http://ex/p> 1, 2 .";
    let r = call(&server, "PUT", uri, &turtle, doc);
    assert_eq!(r.status, 201, "{}", r.body);
    let r = call(
        &server,
        "PUT",
        uri,
        &turtle,
        b"<http://ex/a> <http://ex/p> 3 .",
    );
    assert_eq!(r.status, 204, "replaced");
    let nt = [("Content-Type", "application/n-triples"), turtle[1]];
    let r = call(
        &server,
        "POST",
        uri,
        &nt,
        b"<http://ex/b> <http://ex/p> \"4\" .\n",
    );
    assert_eq!(r.status, 204, "{}", r.body);
    let r = get(&server, uri, &[("Accept", "application/n-triples")]);
    assert_eq!(triples(RdfFormat::NTriples, &r.body), 2, "{}", r.body);
    assert!(!r.body.contains("\"1\""), "PUT replaced the first document");
    // Relative IRIs resolve against the graph's IRI.
    let r = call(
        &server,
        "POST",
        "/store?default",
        &turtle,
        b"<c> <http://ex/p> 5 .",
    );
    assert_eq!(r.status, 204, "the default graph always exists");
    let r = get(
        &server,
        "/store?default",
        &[("Accept", "application/n-triples")],
    );
    assert!(r.body.contains("<http://localhost/c>"), "{}", r.body);
    // Bad documents and types.
    let r = call(
        &server,
        "PUT",
        uri,
        &turtle,
        b"<http://ex/a> <http://ex/p> .",
    );
    assert_eq!(r.status, 400);
    assert!(r.body.contains("Turtle"), "{}", r.body);
    let trig = [("Content-Type", "application/trig"), turtle[1]];
    let r = call(
        &server,
        "PUT",
        uri,
        &trig,
        b"<http://ex/h> { <http://ex/a> <http://ex/p> 1 }",
    );
    assert_eq!(r.status, 400, "a body naming another graph");
    let json = [("Content-Type", "image/png"), turtle[1]];
    assert_eq!(call(&server, "PUT", uri, &json, doc).status, 415);
    assert_eq!(call(&server, "PUT", uri, &[turtle[1]], doc).status, 415);
    // Delete, then it is gone.
    assert_eq!(call(&server, "DELETE", uri, &[turtle[1]], b"").status, 204);
    assert_eq!(get(&server, uri, &[]).status, 404);
    assert_eq!(call(&server, "DELETE", uri, &[turtle[1]], b"").status, 404);
    assert_eq!(call(&server, "DELETE", uri, &[], b"").status, 403);
}

/// How many distinct subjects a graph read back as N-Triples has.
fn subjects(body: &str) -> usize {
    let triples = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(body.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("N-Triples does not parse: {e}\n{body}"));
    let mut subjects: Vec<String> = triples.iter().map(|q| q.subject.to_string()).collect();
    subjects.sort();
    subjects.dedup();
    subjects.len()
}

/// W3C Graph Store tests `*_direct`: a graph is also named by its own URL under `/store/`.
#[test]
fn the_graph_store_names_graphs_directly_by_their_url() {
    let (_dir, server) = writable("graph-store-direct");
    let bearer = format!("Bearer {TOKEN}");
    let turtle = [
        ("Content-Type", "text/turtle; charset=utf-8"),
        ("Authorization", bearer.as_str()),
    ];
    let nt = [("Accept", "application/n-triples")];
    let direct = "/store/person/1.ttl";
    let r = call(
        &server,
        "PUT",
        direct,
        &turtle,
        b"<http://ex/a> <http://ex/p> 1 .",
    );
    assert_eq!(r.status, 201, "{}", r.body);
    // The same graph, named indirectly: its IRI is the URL it was put at.
    let indirect = format!(
        "/store?graph={}",
        enc("http://localhost/store/person/1.ttl")
    );
    let r = get(&server, &indirect, &nt);
    assert_eq!(triples(RdfFormat::NTriples, &r.body), 1, "{}", r.body);
    let r = call(
        &server,
        "POST",
        direct,
        &turtle,
        b"<http://ex/a> <http://ex/p> 2 .",
    );
    assert_eq!(r.status, 204, "{}", r.body);
    let r = get(&server, direct, &nt);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(triples(RdfFormat::NTriples, &r.body), 2, "{}", r.body);
    let r = call(&server, "HEAD", direct, &[("Accept", "text/turtle")], b"");
    assert_eq!((r.status, r.content_type()), (200, "text/turtle"));
    assert!(r.body.is_empty());
    assert_eq!(
        call(&server, "HEAD", "/store/person/4.ttl", &[], b"").status,
        404
    );
    // Relative IRIs in the document resolve against the graph's IRI.
    let r = call(&server, "PUT", direct, &turtle, b"<2> <http://ex/p> 3 .");
    assert_eq!(r.status, 204, "{}", r.body);
    let r = get(&server, direct, &nt);
    assert!(
        r.body.contains("<http://localhost/store/person/2>"),
        "{}",
        r.body
    );
    // A URL under /store/ names its graph: parameters naming another one are refused.
    let r = get(&server, "/store/person/1.ttl?default", &[]);
    assert_eq!(r.status, 400, "{}", r.body);
    let r = call(&server, "PATCH", direct, &turtle, b"");
    assert_eq!(
        (r.status, r.header("allow")),
        (405, Some("GET, HEAD, PUT, POST, DELETE"))
    );
    assert_eq!(call(&server, "DELETE", direct, &[], b"").status, 403);
    assert_eq!(call(&server, "DELETE", direct, &turtle, b"").status, 204);
    assert_eq!(get(&server, direct, &[]).status, 404);
    assert_eq!(call(&server, "DELETE", direct, &turtle, b"").status, 404);
}

/// W3C Graph Store test `post_get_new_graph`: a POST to the store itself creates a graph and
/// says where it is (GSP 5.5).
#[test]
fn a_post_to_the_store_creates_a_graph_and_answers_its_location() {
    let (_dir, server) = writable("graph-store-create");
    let bearer = format!("Bearer {TOKEN}");
    let turtle = [
        ("Content-Type", "text/turtle"),
        ("Authorization", bearer.as_str()),
    ];
    let doc = b"[] a <http://ex/Person> ; <http://ex/name> \"Alice\" .";
    let r = call(&server, "POST", "/store", &turtle, doc);
    assert_eq!(r.status, 201, "{}", r.body);
    let location = r.header("location").expect("a Location").to_owned();
    let path = location
        .strip_prefix("http://localhost")
        .filter(|p| p.starts_with("/store/"))
        .unwrap_or_else(|| panic!("a graph under the store's URL: {location}"));
    let nt = [("Accept", "application/n-triples")];
    let r = get(&server, &format!("/store?graph={}", enc(&location)), &nt);
    assert_eq!(triples(RdfFormat::NTriples, &r.body), 2, "{}", r.body);
    assert_eq!(
        get(&server, path, &nt).body,
        r.body,
        "the same graph, directly"
    );
    let again = call(&server, "POST", "/store", &turtle, doc);
    assert_eq!(again.status, 201);
    assert_ne!(
        again.header("location"),
        Some(location.as_str()),
        "a new graph each time"
    );
    // Only a POST can name no graph, and it writes only with the token.
    assert_eq!(call(&server, "PUT", "/store", &turtle, doc).status, 400);
    assert_eq!(call(&server, "DELETE", "/store", &turtle, b"").status, 400);
    let r = call(&server, "POST", "/store", &[turtle[0]], doc);
    assert_eq!(r.status, 403);
}

/// W3C Graph Store tests `post_get_post_get_*`: a POST may carry several documents as
/// `multipart/form-data`, merged into the graph.
#[test]
fn a_post_may_carry_several_documents_as_multipart_form_data() {
    let (_dir, server) = writable("graph-store-multipart");
    let bearer = format!("Bearer {TOKEN}");
    let auth = ("Authorization", bearer.as_str());
    let multipart = [("Content-Type", "multipart/form-data; boundary=XyZ"), auth];
    let part = |name: &str, content_type: &str, doc: &str| {
        format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n{doc}\r\n"
        )
    };
    // Both documents call their node _:b: merged, they stay two nodes.
    let body = [
        part(
            "a.ttl",
            "text/turtle; charset=utf-8",
            "_:b <http://ex/name> \"A\" .",
        ),
        part(
            "b.nt",
            "application/n-triples",
            "_:b <http://ex/name> \"B\" .",
        ),
        "--XyZ--\r\n".into(),
    ]
    .concat();
    let uri = "/store?graph=http%3A%2F%2Fex%2Fg";
    let r = call(&server, "POST", uri, &multipart, body.as_bytes());
    assert_eq!(r.status, 201, "{}", r.body);
    let r = get(&server, uri, &[("Accept", "application/n-triples")]);
    assert_eq!(triples(RdfFormat::NTriples, &r.body), 2, "{}", r.body);
    assert_eq!(subjects(&r.body), 2, "{}", r.body);
    // A part that is not RDF, a malformed part, no boundary: nothing is written.
    let png = [part("x.png", "image/png", "..."), "--XyZ--\r\n".into()].concat();
    let r = call(&server, "POST", uri, &multipart, png.as_bytes());
    assert_eq!(r.status, 415, "{}", r.body);
    assert!(r.body.contains("part 1 (x.png)"), "{}", r.body);
    let bad = [part("a.ttl", "text/turtle", "<oops"), "--XyZ--\r\n".into()].concat();
    let r = call(&server, "POST", uri, &multipart, bad.as_bytes());
    assert_eq!(r.status, 400, "{}", r.body);
    let r = call(
        &server,
        "POST",
        uri,
        &multipart,
        b"--XyZ\r\n\r\nnever closed",
    );
    assert_eq!(r.status, 400, "{}", r.body);
    let no_boundary = [("Content-Type", "multipart/form-data"), auth];
    let r = call(&server, "POST", uri, &no_boundary, body.as_bytes());
    assert_eq!(r.status, 400, "{}", r.body);
    let r = get(&server, uri, &[("Accept", "application/n-triples")]);
    assert_eq!(
        triples(RdfFormat::NTriples, &r.body),
        2,
        "unchanged: {}",
        r.body
    );
    // A PUT replaces a graph with one document.
    let r = call(&server, "PUT", uri, &multipart, body.as_bytes());
    assert_eq!(r.status, 415, "{}", r.body);
}

#[test]
fn blank_nodes_of_two_requests_stay_two_nodes() {
    let (_dir, server) = writable("graph-store-blank-nodes");
    let bearer = format!("Bearer {TOKEN}");
    let turtle = [
        ("Content-Type", "text/turtle"),
        ("Authorization", bearer.as_str()),
    ];
    let uri = "/store?graph=http%3A%2F%2Fex%2Fg";
    for name in ["A", "B"] {
        let doc = format!("_:b <http://ex/name> \"{name}\" .");
        let r = call(&server, "POST", uri, &turtle, doc.as_bytes());
        assert!(r.status == 201 || r.status == 204, "{}", r.body);
    }
    // An RDF merge: each document's _:b is a node of its own.
    let r = get(&server, uri, &[("Accept", "application/n-triples")]);
    assert_eq!(subjects(&r.body), 2, "{}", r.body);
}

/// The pictures the page links to: the same analysis as the report, drawn by Graphviz.
#[test]
fn the_claim_graph_is_served_as_svg() {
    let server = seeds();
    let r = get(&server, "/graph/sources.svg", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type(), "image/svg+xml");
    assert!(r.body.contains("<svg"), "{}", r.body);
    for publisher in [
        "Voice of America",
        "Chinascope",
        "InsideBitcoins",
        "Cointelegraph",
    ] {
        assert!(r.body.contains(publisher), "{publisher} missing");
    }
    // The one conflict of the seeds: the study session "in November" against 24 October.
    let r = get(&server, "/graph/conflicts.svg", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("in November") && r.body.contains("Oct. 24"));
    assert!(r.body.contains("8 days"), "{}", r.body);
    let r = call(&server, "POST", "/graph/sources.svg", &[], b"");
    assert_eq!(r.status, 405);
}

#[test]
fn bodies_over_the_limit_are_413() {
    let server = seeds();
    let big = format!("ASK {{}} #{}", "x".repeat(1 << 20));
    let r = call(
        &server,
        "POST",
        "/sparql",
        &[("Content-Type", "application/sparql-query")],
        big.as_bytes(),
    );
    assert_eq!(r.status, 413);
    assert!(r.body.contains("1048576 bytes"), "{}", r.body);
    let (_dir, server) = writable("limit");
    let bearer = format!("Bearer {TOKEN}");
    let headers = [
        ("Content-Type", "text/turtle"),
        ("Authorization", bearer.as_str()),
    ];
    let r = call(&server, "PUT", "/store?default", &headers, big.as_bytes());
    assert_eq!(r.status, 413);
    // Just under the limit is read.
    let fits = format!("ASK {{}} #{}", "x".repeat((1 << 20) - 20));
    let r = call(
        &seeds(),
        "POST",
        "/sparql",
        &[("Content-Type", "application/sparql-query")],
        fits.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn a_query_past_the_time_limit_is_stopped_and_answered_503() {
    let _alone = SLOW_QUERIES.lock().unwrap_or_else(|e| e.into_inner());
    let server = read_only(Config {
        timeout: Duration::from_secs(1),
        max_queries: 1,
        // Long, so that a loaded machine's slow unwinding of the stopped product is waited
        // for: what is tested is that the query stops (uncancelled, it runs for hours).
        queue_wait: Duration::from_secs(60),
        ..Config::default()
    });
    let started = Instant::now();
    let r = get(&server, &query_uri(SLOW), &[]);
    let took = started.elapsed();
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("time limit of 1 s"), "{}", r.body);
    assert!(took < Duration::from_secs(3), "answered after {took:?}");
    // The query really stopped: its slot, the only one, is free again.
    let r = get(&server, &query_uri(ASK), &[]);
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn at_most_max_queries_run_at_once_and_the_rest_wait_or_get_503() {
    let _alone = SLOW_QUERIES.lock().unwrap_or_else(|e| e.into_inner());
    let config = Config {
        timeout: Duration::from_secs(2),
        max_queries: 1,
        queue_wait: Duration::ZERO,
        ..Config::default()
    };
    let server = Arc::new(read_only(config.clone()));
    let slow = {
        let server = Arc::clone(&server);
        std::thread::spawn(move || get(&server, &query_uri(SLOW), &[]).status)
    };
    std::thread::sleep(Duration::from_millis(300));
    let r = get(&server, &query_uri(ASK), &[]);
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("busy"), "{}", r.body);
    // The page needs no slot.
    assert_eq!(get(&server, "/", &[]).status, 200);
    assert_eq!(slow.join().unwrap(), 503);

    // With a wait longer than the time limit, the second query runs once the first stops
    // (the wait is long so that a loaded machine's slow unwinding of the product fits in it).
    let server = Arc::new(read_only(Config {
        queue_wait: Duration::from_secs(60),
        ..config
    }));
    let slow = {
        let server = Arc::clone(&server);
        std::thread::spawn(move || get(&server, &query_uri(SLOW), &[]).status)
    };
    std::thread::sleep(Duration::from_millis(300));
    let r = get(&server, &query_uri(ASK), &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(slow.join().unwrap(), 503);
}

#[test]
fn cors_headers_only_with_cors() {
    let r = get(
        &seeds(),
        &query_uri(ASK),
        &[("Origin", "http://elsewhere.example")],
    );
    assert_eq!(r.header("access-control-allow-origin"), None);
    assert_eq!(call(&seeds(), "OPTIONS", "/sparql", &[], b"").status, 405);
    let server = read_only(Config {
        cors: true,
        ..Config::default()
    });
    let r = get(
        &server,
        &query_uri(ASK),
        &[("Origin", "http://elsewhere.example")],
    );
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    let r = get(&server, &query_uri("SELECT"), &[]);
    assert_eq!(
        (r.status, r.header("access-control-allow-origin")),
        (400, Some("*"))
    );
    let r = call(
        &server,
        "OPTIONS",
        "/sparql",
        &[
            ("Origin", "http://elsewhere.example"),
            ("Access-Control-Request-Method", "POST"),
        ],
        b"",
    );
    assert_eq!(r.status, 204);
    assert!(r
        .header("access-control-allow-methods")
        .is_some_and(|m| m.contains("POST")));
    assert!(r
        .header("access-control-allow-headers")
        .is_some_and(|h| h.contains("Authorization")));
}

#[test]
fn the_page_offers_every_example_query_and_each_runs() {
    let server = seeds();
    let r = get(&server, "/", &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type(), "text/html; charset=utf-8");
    assert!(r.body.contains("href=\"report\""));
    let mut files: Vec<String> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rq"))
        .collect();
    files.sort();
    let mut compiled: Vec<String> = EXAMPLES.iter().map(|(n, _)| (*n).to_owned()).collect();
    compiled.sort();
    assert_eq!(files, compiled, "every queries/*.rq is on the page");
    for (name, query) in EXAMPLES {
        assert!(r.body.contains(&format!("\"name\":\"{name}\"")), "{name}");
        let on_disk = std::fs::read_to_string(root().join("queries").join(name)).unwrap();
        assert_eq!(query, on_disk);
        let answer = call(
            &server,
            "POST",
            "/sparql",
            &[("Content-Type", "application/sparql-query")],
            query.as_bytes(),
        );
        assert_eq!(answer.status, 200, "{name}: {}", answer.body);
        let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        assert!(
            !json["results"]["bindings"].as_array().unwrap().is_empty(),
            "{name}"
        );
    }
    assert!(!r.body.contains("@EXAMPLES@"));
    assert_eq!(call(&server, "HEAD", "/", &[], b"").body, "");
}

#[test]
fn the_report_page_is_the_html_report_of_the_store_and_writes_nothing() {
    let server = seeds();
    let r = get(&server, "/report", &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type(), "text/html; charset=utf-8");
    assert!(r.body.contains("<h1>Consistency report</h1>"));
    assert!(r.body.contains("in November"), "the seeds' conflict");
    let findings = "ASK { GRAPH <https://w3id.org/claimgraph/graph/findings> { ?s ?p ?o } }";
    assert!(get(&server, &query_uri(findings), &[])
        .body
        .contains("false"));
}

/// A child process killed when dropped, whatever the test did.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_binary_serves_over_tcp_logs_each_request_and_stops_on_ctrl_c() {
    let port = {
        let probe = TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let bind = format!("127.0.0.1:{port}");
    let mut child = Running(
        Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .args([
                "serve",
                "--store",
                seeds_store().to_str().unwrap(),
                "--bind",
                &bind,
            ])
            .current_dir(root())
            .env_remove("CLAIMGRAPH_STORE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut first = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains(&format!("http://{bind}/")), "{first:?}");
    assert!(first.contains("read-only"), "{first:?}");

    let mut stream = TcpStream::connect(&bind).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "GET /sparql?query={} HTTP/1.1\r\nHost: {bind}\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n",
        enc(ASK)
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.contains("\"boolean\":true"), "{answer}");
    // A request that is not HTTP at all is refused, and the server goes on.
    let mut stream = TcpStream::connect(&bind).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(b"\x00\x01 garbage\r\n\r\n").unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");

    let interrupted = Command::new("kill")
        .args(["-INT", &child.0.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let until = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < until, "the server did not stop on SIGINT");
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut log = String::new();
    child
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{status}: {log}");
    let line = log
        .lines()
        .find(|l| l.starts_with("GET /sparql 200 "))
        .unwrap_or_else(|| panic!("no log line for the request: {log}"));
    assert!(line.ends_with(" ms"), "{line}");
    assert!(log.contains("stopped"), "{log}");
}

#[test]
fn serve_refuses_a_missing_store_and_a_token_without_allow_update() {
    let dir = Scratch::new("serve-errors");
    let o = claimgraph(&["serve", "--store", &dir.s("none"), "--bind", "127.0.0.1:1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no store here"), "{}", stderr(&o));
    let o = claimgraph(&["serve", "--token", TOKEN]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--allow-update"), "{}", stderr(&o));
}
