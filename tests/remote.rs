//! `claimgraph push` against live stores over TCP on 127.0.0.1: the real `claimgraph serve`
//! (Bearer token, Graph Store PUT, and SPARQL Update where no Graph Store is given), and a
//! mock store in a thread of the test (the Update fallback for each status that asks for it,
//! Basic auth, retries after 5xx, and the errors a push ends with). Every expectation comes
//! from the seed articles ingested into a store of their own, read back in-process.

use crate::common::{root, stderr, Scratch};
use claimgraph::store::ClaimStore;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

const TOKEN: &str = "remote-test-token-6f1e0c93a7";
const ALL_QUADS: &str = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

/// Named graphs (as `<iri>`) and their triples (as N-Triples lines without the dot).
type Dataset = BTreeMap<String, BTreeSet<String>>;

fn add(dataset: &mut Dataset, g: &Term, s: &Term, p: &Term, o: &Term) {
    dataset
        .entry(g.to_string())
        .or_default()
        .insert(format!("{s} {p} {o}"));
}

fn triples_in(dataset: &Dataset) -> usize {
    dataset.values().map(BTreeSet::len).sum()
}

/// The IRI of a graph key `<iri>`.
fn iri(key: &str) -> &str {
    key.trim_start_matches('<').trim_end_matches('>')
}

/// The seed articles ingested by the binary into a store of this process, and every quad of
/// its named graphs, read in-process.
fn source() -> &'static (PathBuf, Dataset) {
    static SOURCE: OnceLock<(PathBuf, Dataset)> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let dir = crate::common::seeds_store().clone();
        let store = ClaimStore::open_read_only(&dir).unwrap();
        let mut dataset = Dataset::new();
        let QueryResults::Solutions(solutions) = store.query(ALL_QUADS).unwrap() else {
            panic!("a SELECT gives solutions");
        };
        for solution in solutions {
            let solution = solution.unwrap();
            let term = |v: &str| solution.get(v).unwrap().clone();
            add(&mut dataset, &term("g"), &term("s"), &term("p"), &term("o"));
        }
        // More than one graph, so that "each graph" and "the rest of the graphs" mean something.
        assert!(dataset.len() > 2, "the seeds give {} graphs", dataset.len());
        (dir, dataset)
    })
}

fn source_dataset() -> &'static Dataset {
    &source().1
}

/// `claimgraph push --store SOURCE args…`, with no credentials taken from the environment.
fn push(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .arg("push")
        .args(["--store", source().0.to_str().unwrap()])
        .args(args)
        .current_dir(root())
        .env_remove("CLAIMGRAPH_STORE")
        .env_remove("CLAIMGRAPH_REMOTE_TOKEN")
        .env_remove("CLAIMGRAPH_REMOTE_PASSWORD")
        .output()
        .unwrap()
}

/// A push that must have failed the way every command fails: exit status 2 and one error line.
fn assert_failed(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("claimgraph: error: "), "{err}");
    err
}

/// The named graphs of an in-memory store.
fn dataset_of(store: &Store) -> Dataset {
    let mut dataset = Dataset::new();
    for quad in store.iter() {
        let quad = quad.unwrap();
        let GraphName::NamedNode(g) = &quad.graph_name else {
            panic!("a triple in the default graph: {quad}");
        };
        add(
            &mut dataset,
            &g.clone().into(),
            &quad.subject.clone().into(),
            &quad.predicate.clone().into(),
            &quad.object,
        );
    }
    dataset
}

/// Percent-decoding of a query string or form value (`+` is a space).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

/// The value of `name` in `a=1&b=2`.
fn param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let text = text.trim_end_matches('=');
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        bits = (bits << 6) | ALPHABET.iter().position(|&a| a == c)? as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    Some(out)
}

/// One request as the mock store read it.
#[derive(Clone)]
struct Recorded {
    method: String,
    /// Path and query string.
    target: String,
    /// Names in lower case.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// The status the mock answered.
    status: u16,
}

/// Method, target, status and the start of the body: enough to read in a failed assertion.
impl std::fmt::Debug for Recorded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let body = String::from_utf8_lossy(&self.body);
        let start: String = body.chars().take(120).collect();
        write!(
            f,
            "{} {} -> {} ({} bytes: {start:?})",
            self.method,
            self.target,
            self.status,
            self.body.len()
        )
    }
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn path(&self) -> &str {
        self.target.split('?').next().unwrap()
    }

    fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    fn body_text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

/// The mock's answer to one request.
struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

impl Answer {
    fn new(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            body: body.to_owned(),
        }
    }
}

/// A store that answers each request with a handler, in a thread, one connection at a time,
/// and keeps every request; stopped when dropped, whatever the test did.
struct Mock {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<Recorded>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Mock {
    fn start(mut handler: impl FnMut(&Recorded) -> Answer + Send + 'static) -> Mock {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (log, stop) = (log.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
                    let Ok(mut request) = read_request(&stream) else {
                        continue;
                    };
                    let answer = handler(&request);
                    request.status = answer.status;
                    log.lock().unwrap().push(request);
                    let _ = write_answer(&stream, &answer);
                }
            })
        };
        Mock {
            addr,
            log,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop, which then sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn read_request(stream: &TcpStream) -> std::io::Result<Recorded> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("").to_owned();
    if method.is_empty() {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Recorded {
        method,
        target,
        headers,
        body,
        status: 0,
    })
}

fn write_answer(mut stream: &TcpStream, answer: &Answer) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} Mock\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n",
        answer.status,
        answer.body.len()
    );
    for (name, value) in &answer.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(answer.body.as_bytes())?;
    stream.flush()
}

/// A Graph Store PUT into `store`: the graph of `?graph=` replaced by the body.
fn graph_store_put(store: &Store, request: &Recorded) -> Answer {
    if request.method != "PUT" {
        return Answer::new(405, "PUT only");
    }
    let Some(graph) = param(request.query(), "graph") else {
        return Answer::new(400, "no ?graph=");
    };
    let format = match request.header("content-type") {
        Some("application/n-triples") => RdfFormat::NTriples,
        Some("text/turtle") => RdfFormat::Turtle,
        other => return Answer::new(415, &format!("not RDF: {other:?}")),
    };
    let graph = NamedNode::new(graph).unwrap();
    let quads: Vec<Quad> = match RdfParser::from_format(format)
        .with_default_graph(graph.clone())
        .for_slice(&request.body)
        .collect::<Result<_, _>>()
    {
        Ok(quads) => quads,
        Err(e) => return Answer::new(400, &e.to_string()),
    };
    store.clear_graph(&graph).unwrap();
    store.extend(quads).unwrap();
    Answer::new(204, "")
}

/// The update of a form POST (`update=…`), if the request is one.
fn form_update(request: &Recorded) -> Option<String> {
    if request.method != "POST"
        || request.header("content-type") != Some("application/x-www-form-urlencoded")
    {
        return None;
    }
    param(&request.body_text(), "update")
}

fn run_update(store: &Store, update: &str) -> Result<(), String> {
    SparqlEvaluator::new()
        .parse_update(update)
        .map_err(|e| e.to_string())?
        .on_store(store)
        .execute()
        .map_err(|e| e.to_string())
}

/// A SPARQL Update by form POST run on `store`.
fn sparql_update(store: &Store, request: &Recorded) -> Answer {
    let Some(update) = form_update(request) else {
        return Answer::new(415, "a form with update= only");
    };
    match run_update(store, &update) {
        Ok(()) => Answer::new(200, ""),
        Err(e) => Answer::new(400, &e),
    }
}

/// A store without a Graph Store: PUT is answered `put_status`, updates by form POST are run.
fn no_graph_store(put_status: u16) -> (Mock, Store) {
    let store = Store::new().unwrap();
    let target = store.clone();
    let mock = Mock::start(move |r| {
        if r.method == "PUT" {
            Answer::new(put_status, "no Graph Store here")
        } else {
            sparql_update(&target, r)
        }
    });
    (mock, store)
}

/// What one update does to a store that holds a stale triple in every graph pushed and in one
/// other graph: it must replace exactly one of the pushed graphs with that graph's triples and
/// leave everything else as it was. Returns the graph it replaced.
fn graph_replaced_by(update: &str, source: &Dataset) -> String {
    let stale = Store::new().unwrap();
    let stale_triple = "<urn:claimgraph-test:stale> <urn:claimgraph-test:p> \"stale\"";
    let mut graphs: Vec<&str> = source.keys().map(|g| iri(g)).collect();
    graphs.push("urn:claimgraph-test:other");
    let mut insert = String::from("INSERT DATA {");
    for g in &graphs {
        insert.push_str(&format!(" GRAPH <{g}> {{ {stale_triple} }}"));
    }
    insert.push_str(" }");
    run_update(&stale, &insert).unwrap();
    run_update(&stale, update).unwrap_or_else(|e| panic!("{e}: {update}"));
    let after = dataset_of(&stale);
    let only_stale = BTreeSet::from([stale_triple.to_owned()]);
    let replaced: Vec<&String> = source
        .iter()
        .filter(|(g, triples)| after.get(*g) == Some(triples))
        .map(|(g, _)| g)
        .collect();
    assert_eq!(replaced.len(), 1, "{replaced:?} replaced by: {update}");
    for (g, triples) in &after {
        if g != replaced[0] {
            assert_eq!(triples, &only_stale, "{g} changed by: {update}");
        }
    }
    assert_eq!(
        after.len(),
        graphs.len(),
        "graphs dropped or added: {update}"
    );
    replaced[0].clone()
}

/// Pushes to a store without a Graph Store (whose PUT is answered `status`) and checks that
/// each graph went by one SPARQL Update that replaces it, and that the store ends up holding
/// the pushed graphs, after one push and after a second.
fn falls_back_to_update(status: u16) {
    let source = source_dataset();
    let (mock, store) = no_graph_store(status);
    let endpoint = mock.url("/sparql");
    let o = push(&["--endpoint", &endpoint]);
    assert!(o.status.success(), "{status}: {}", stderr(&o));
    let requests = mock.requests();
    let puts: Vec<&Recorded> = requests.iter().filter(|r| r.method == "PUT").collect();
    // One PUT refused is enough to know; a 415 first gets the same graph again as Turtle.
    let expected_puts = if status == 415 { 2 } else { 1 };
    assert_eq!(puts.len(), expected_puts, "{status}: {requests:#?}");
    assert!(puts.iter().all(|r| r.path() == "/sparql"));
    if status == 415 {
        assert_eq!(
            puts[0].header("content-type"),
            Some("application/n-triples")
        );
        assert_eq!(puts[1].header("content-type"), Some("text/turtle"));
    }
    let updates: Vec<String> = requests
        .iter()
        .filter(|r| r.method != "PUT")
        .map(|r| {
            assert_eq!((r.method.as_str(), r.path()), ("POST", "/sparql"));
            assert_eq!(r.status, 200, "{}", r.body_text());
            form_update(r).unwrap_or_else(|| panic!("not an update form: {r:?}"))
        })
        .collect();
    assert_eq!(
        updates.len(),
        source.len(),
        "{status}: one update per graph"
    );
    let replaced: BTreeSet<String> = updates
        .iter()
        .map(|u| graph_replaced_by(u, source))
        .collect();
    assert_eq!(
        replaced,
        source.keys().cloned().collect::<BTreeSet<_>>(),
        "{status}: every graph once"
    );
    assert_eq!(&dataset_of(&store), source, "{status}");
    assert!(
        stderr(&o).contains(&format!("({} by SPARQL Update)", source.len())),
        "{}",
        stderr(&o)
    );
    let o = push(&["--endpoint", &endpoint]);
    assert!(o.status.success(), "{status}: {}", stderr(&o));
    assert_eq!(&dataset_of(&store), source, "{status}: pushed twice");
}

#[test]
fn a_store_whose_graph_store_answers_404_gets_sparql_update() {
    falls_back_to_update(404);
}

#[test]
fn a_store_whose_graph_store_answers_405_gets_sparql_update() {
    falls_back_to_update(405);
}

#[test]
fn a_store_whose_graph_store_takes_no_rdf_gets_turtle_then_sparql_update() {
    falls_back_to_update(415);
}

/// 501 says the method is not implemented: not a failure to wait out.
#[test]
fn a_store_whose_graph_store_answers_501_gets_sparql_update_at_once() {
    falls_back_to_update(501);
}

#[test]
fn an_update_the_store_refuses_is_a_clear_error() {
    let mock = Mock::start(|r| {
        if r.method == "PUT" {
            Answer::new(405, "")
        } else {
            Answer::new(400, "mock parser: syntax error at line 1")
        }
    });
    let err = assert_failed(&push(&["--endpoint", &mock.url("/sparql")]));
    let first = source_dataset().keys().next().unwrap();
    assert!(err.contains(&format!("pushing {first}")), "{err}");
    assert!(err.contains("400"), "{err}");
    assert!(err.contains("syntax error at line 1"), "{err}");
    // It stops at the first graph refused.
    assert_eq!(
        mock.requests()
            .iter()
            .filter(|r| r.method == "POST")
            .count(),
        1
    );
}

const USER: &str = "ana";
/// A colon, a space and a letter outside ASCII: Basic sends `user:password` in UTF-8.
const PASSWORD: &str = "sé:cret pass";

/// A Graph Store that wants Basic credentials `USER:PASSWORD`.
fn basic_store() -> (Mock, Store) {
    let store = Store::new().unwrap();
    let target = store.clone();
    let wanted = format!("{USER}:{PASSWORD}");
    let mock = Mock::start(move |r| {
        let given = r
            .header("authorization")
            .and_then(|h| h.strip_prefix("Basic "))
            .and_then(base64_decode);
        if given.as_deref() != Some(wanted.as_bytes()) {
            let mut answer = Answer::new(401, "credentials, please");
            answer
                .headers
                .push(("WWW-Authenticate", "Basic realm=\"mock store\"".into()));
            return answer;
        }
        graph_store_put(&target, r)
    });
    (mock, store)
}

#[test]
fn basic_auth_carries_the_user_and_password() {
    let source = source_dataset();
    let (mock, store) = basic_store();
    let o = push(&[
        "--endpoint",
        &mock.url("/sparql"),
        "--graph-store",
        &mock.url("/store"),
        "--user",
        USER,
        "--password",
        PASSWORD,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(&dataset_of(&store), source);
    let requests = mock.requests();
    let accepted: Vec<&Recorded> = requests.iter().filter(|r| r.status == 204).collect();
    assert_eq!(accepted.len(), source.len(), "{requests:#?}");
    for r in &accepted {
        assert_eq!((r.method.as_str(), r.path()), ("PUT", "/store"));
        let header = r.header("authorization").unwrap();
        let decoded = base64_decode(header.strip_prefix("Basic ").unwrap()).unwrap();
        assert_eq!(
            String::from_utf8(decoded).unwrap(),
            format!("{USER}:{PASSWORD}")
        );
    }
    // The challenge is learnt once, not met again for each graph.
    assert!(requests.iter().filter(|r| r.status == 401).count() <= 1);
}

#[test]
fn wrong_or_missing_basic_credentials_are_clear_errors_and_write_nothing() {
    let (mock, store) = basic_store();
    let endpoint = mock.url("/sparql");
    let err = assert_failed(&push(&[
        "--endpoint",
        &endpoint,
        "--user",
        USER,
        "--password",
        "not the password",
    ]));
    assert!(err.contains("refused the credentials (401)"), "{err}");
    let err = assert_failed(&push(&["--endpoint", &endpoint]));
    assert!(err.contains("give --user and --password"), "{err}");
    assert!(dataset_of(&store).is_empty());
    assert!(mock.requests().iter().all(|r| r.status == 401));
}

#[test]
fn answers_503_are_retried_until_the_store_takes_the_graph() {
    let source = source_dataset();
    let store = Store::new().unwrap();
    let target = store.clone();
    let answered = AtomicUsize::new(0);
    let mock = Mock::start(move |r| {
        if answered.fetch_add(1, Ordering::SeqCst) < 2 {
            Answer::new(503, "busy, try again")
        } else {
            graph_store_put(&target, r)
        }
    });
    let o = push(&[
        "--endpoint",
        &mock.url("/sparql"),
        "--graph-store",
        &mock.url("/store"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(&dataset_of(&store), source);
    let requests = mock.requests();
    let statuses: Vec<u16> = requests.iter().map(|r| r.status).collect();
    let mut expected = vec![503, 503];
    expected.extend(std::iter::repeat_n(204, source.len()));
    assert_eq!(statuses, expected);
    // The same request three times.
    for r in &requests[1..3] {
        assert_eq!(
            (&r.method, &r.target, &r.body),
            (&requests[0].method, &requests[0].target, &requests[0].body)
        );
    }
}

#[test]
fn a_store_that_keeps_failing_is_a_clear_error_after_the_retries() {
    let mock = Mock::start(|_| Answer::new(500, "the mock store's disk is on fire"));
    let err = assert_failed(&push(&["--endpoint", &mock.url("/sparql")]));
    let first = source_dataset().keys().next().unwrap();
    assert!(err.contains(&format!("pushing {first}")), "{err}");
    assert!(err.contains("500"), "{err}");
    assert!(err.contains("disk is on fire"), "{err}");
    let requests = mock.requests();
    let attempts = claimgraph::remote::Config::new("http://127.0.0.1/").attempts as usize;
    assert_eq!(requests.len(), attempts, "{requests:#?}");
    assert!(requests.iter().all(|r| r.method == "PUT"
        && r.target == requests[0].target
        && r.body == requests[0].body));
}

#[test]
fn a_store_that_is_not_there_is_a_clear_error_after_the_retries() {
    let addr = {
        let probe = TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let err = assert_failed(&push(&["--endpoint", &format!("http://{addr}/sparql")]));
    let attempts = claimgraph::remote::Config::new("http://127.0.0.1/").attempts;
    assert!(err.contains(&format!("after {attempts} attempts")), "{err}");
    assert!(err.contains(&addr.to_string()), "{err}");
}

/// `claimgraph serve --allow-update --token TOKEN` on a store of its own, stopped when dropped.
struct Serve {
    child: Child,
    addr: String,
}

impl Serve {
    fn start(store: &str) -> Serve {
        let port = {
            let probe = TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        let addr = format!("127.0.0.1:{port}");
        let mut serve = Serve {
            child: Command::new(env!("CARGO_BIN_EXE_claimgraph"))
                .args(["serve", "--store", store, "--bind", &addr])
                .args(["--allow-update", "--token", TOKEN])
                .current_dir(root())
                .env_remove("CLAIMGRAPH_STORE")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
            addr,
        };
        // It prints its address once it listens.
        let mut first = String::new();
        BufReader::new(serve.child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.contains(&serve.addr), "{first:?}");
        serve
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every quad of the named graphs, by a SELECT over HTTP.
    fn dataset(&self) -> Dataset {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        write!(
            stream,
            "GET /sparql?query={} HTTP/1.0\r\nHost: {}\r\nAccept: application/sparql-results+json\r\n\r\n",
            claimgraph::model::iri::encode(ALL_QUADS),
            self.addr
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("an HTTP answer");
        let head = String::from_utf8_lossy(&answer[..split]);
        assert!(
            head.starts_with("HTTP/1.") && head.contains(" 200 "),
            "{head}"
        );
        assert!(!head.to_ascii_lowercase().contains("chunked"), "{head}");
        let body = &answer[split + 4..];
        let SliceQueryResultsParserOutput::Solutions(solutions) =
            QueryResultsParser::from_format(QueryResultsFormat::Json)
                .for_slice(body)
                .unwrap()
        else {
            panic!("not solutions");
        };
        let mut dataset = Dataset::new();
        for solution in solutions {
            let solution = solution.unwrap();
            let term = |v: &str| solution.get(v).unwrap().clone();
            add(&mut dataset, &term("g"), &term("s"), &term("p"), &term("o"));
        }
        dataset
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn push_to_claimgraph_serve_with_a_bearer_token() {
    let source = source_dataset();
    let dir = Scratch::new("remote-serve");
    let serve = Serve::start(&dir.s("target"));
    let before = serve.dataset();
    assert!(before.is_empty(), "{before:?}");
    let sparql = serve.url("/sparql");
    let graph_store = serve.url("/store");
    let gsp = ["--endpoint", &sparql, "--graph-store", &graph_store];

    let err = assert_failed(&push(&[&gsp[..], &["--token", "not-the-token"]].concat()));
    assert!(err.contains("403"), "{err}");
    assert!(err.contains(&graph_store), "{err}");
    assert!(err.contains("bearer token"), "{err}");
    assert_eq!(serve.dataset(), before, "a refused push wrote something");

    let o = push(&[&gsp[..], &["--token", TOKEN]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(&serve.dataset(), source);
    assert!(
        stderr(&o).contains("(0 by SPARQL Update)"),
        "{}",
        stderr(&o)
    );

    let o = push(&[&gsp[..], &["--token", TOKEN]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let twice = serve.dataset();
    assert_eq!(triples_in(&twice), triples_in(source));
    assert_eq!(&twice, source);

    // Without --graph-store the PUT goes to /sparql, which refuses it (405): Update instead.
    let o = push(&["--endpoint", &sparql, "--token", TOKEN]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("({} by SPARQL Update)", source.len())),
        "{}",
        stderr(&o)
    );
    assert_eq!(&serve.dataset(), source);
}
