//! The SPARQL 1.1 store protocol: pushing named graphs to an external store over HTTP and
//! reading the article graphs back as claims, so that a shared triple store (Virtuoso, Fuseki, GraphDB, oxigraph
//! server, `claimgraph serve`) can hold what the local store holds and feed the same analysis.
//!
//! Writing uses the Graph Store HTTP Protocol: one `PUT ?graph=IRI` per named graph, which
//! replaces the graph, so pushing twice leaves the store as pushing once. A store whose Graph
//! Store endpoint answers 404, 405, 415 or 501 gets SPARQL Update instead (`DROP SILENT GRAPH`
//! then `INSERT DATA`, one form POST per graph). Every payload is serialised by oxigraph and
//! parsed back before it is sent: some stores (Virtuoso) drop the graph a malformed PUT names
//! before they find the error, so nothing that does not parse may leave.
//!
//! Reading uses SPARQL SELECT by GET, in pages (`LIMIT`/`OFFSET`), never a POST of
//! `application/sparql-query`, which Virtuoso leaves unanswered. Each page count is checked
//! against a `COUNT` asked first: a store that silently caps its result sets would otherwise
//! hand back part of a graph as if it were all of it.
//!
//! Credentials (HTTP Basic or Digest, chosen by the server's challenge, or a Bearer token) are
//! `auth`'s; sending a request, and sending it again after a connection failure or a 5xx, is
//! `transport`'s, through ureq.
//!
//! This module knows `rdf` and the model, never `store`: `pipeline::push` hands it the graphs.
//!
//! One file, over 800 lines, because pushing and reading back share the paging, the counts and the
//! payload checks.

use crate::model::article::Source;
use crate::model::claim::Mention;
use crate::model::iri;
use crate::model::vocab::xsd;
use crate::rdf;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple, TripleRef,
};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use oxigraph::sparql::SparqlEvaluator;
use std::collections::HashSet;
use std::time::Duration;

mod auth;
mod transport;

use auth::Auth;
pub use auth::Credentials;
use transport::{agent, parse_url, with_param, HttpResponse};

/// Rows asked for per SELECT page. Virtuoso's default `ResultSetMaxRows` is 10,000 and its
/// `MaxSortedTopRows` (the most rows an ORDER BY with OFFSET may sort) is also 10,000; pages of
/// half that stay clear of both.
pub const DEFAULT_PAGE_SIZE: usize = 5_000;

/// The largest payload sent in one request. An article's graph is tens of kilobytes; this
/// bounds what a store must take in at once and what a malformed graph could cost.
const DEFAULT_MAX_PAYLOAD: usize = 64 << 20;

/// The longest part of an error answer kept in a message.
const ERROR_BODY_CHARS: usize = 400;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    #[error("{url}: not a URL this client can reach: {reason}")]
    Url { url: String, reason: String },
    #[error("{method} {url}: {source} (after {attempts} attempts)")]
    Connection {
        method: String,
        url: String,
        attempts: u32,
        #[source]
        source: std::io::Error,
    },
    #[error("{method} {url}: {status}{}", if body.is_empty() { String::new() } else { format!(": {body}") })]
    Status {
        method: String,
        url: String,
        status: u16,
        body: String,
    },
    #[error("{url}: the store refused the credentials (401){}", if *offered { "" } else { "; it wants credentials: give --user and --password, or --token" })]
    Unauthorized { url: String, offered: bool },
    #[error("credentials with line breaks or other control characters cannot go in a header")]
    Credentials,
    #[error("{url}: the store asks for an authentication this client does not speak: {challenge}")]
    UnsupportedAuth { url: String, challenge: String },
    /// A payload that does not parse back as what was serialised: nothing was sent.
    #[error("graph <{graph}>: the payload does not parse back, so it was not sent: {reason}")]
    Invalid { graph: String, reason: String },
    #[error("graph <{graph}>: {bytes} bytes, more than the {limit} one request may carry")]
    TooLarge {
        graph: String,
        bytes: usize,
        limit: usize,
    },
    #[error("{url}: the answer is not SPARQL results: {reason}")]
    Results { url: String, reason: String },
    /// Fewer (or more) rows than the store counts: it caps or reorders its result sets.
    #[error("{what}: the store counts {expected} rows but gave {got}; it may cap its result sets (lower --page-size, or raise the store's limit)")]
    Incomplete {
        what: String,
        expected: usize,
        got: usize,
    },
}

/// How a graph travels in a Graph Store PUT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payload {
    NTriples,
    Turtle,
}

impl Payload {
    fn format(self) -> RdfFormat {
        match self {
            Payload::NTriples => RdfFormat::NTriples,
            Payload::Turtle => RdfFormat::Turtle,
        }
    }
}

/// Where the store is and how to talk to it.
#[derive(Clone, Debug)]
pub struct Config {
    /// The SPARQL endpoint: queries by GET, updates by form POST.
    pub endpoint: String,
    /// The Graph Store endpoint (`?graph=` is added). Without one the SPARQL endpoint is tried
    /// as a Graph Store too (Fuseki's dataset URL works both ways), with Update as fallback.
    pub graph_store: Option<String>,
    pub credentials: Credentials,
    pub payload: Payload,
    pub page_size: usize,
    pub max_payload: usize,
    /// Tries per request, the first included.
    pub attempts: u32,
    /// The wait before the first retry; doubled each time, up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
    /// Connect, read and write time limit of one request.
    pub timeout: Duration,
}

impl Config {
    pub fn new(endpoint: impl Into<String>) -> Config {
        Config {
            endpoint: endpoint.into(),
            graph_store: None,
            credentials: Credentials::None,
            payload: Payload::NTriples,
            page_size: DEFAULT_PAGE_SIZE,
            max_payload: DEFAULT_MAX_PAYLOAD,
            attempts: 5,
            backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(4),
            timeout: Duration::from_secs(120),
        }
    }
}

/// How one graph was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// A Graph Store PUT.
    GraphStore,
    /// SPARQL Update (the Graph Store endpoint is missing or refuses the method).
    Update,
    /// An empty graph: nothing to send.
    Empty,
}

/// What a client has done so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub graphs: usize,
    pub triples: usize,
    /// Payload bytes sent (the last attempt of each graph).
    pub bytes: usize,
    /// Requests tried again after a connection error or a 5xx answer (but 501).
    pub retries: u32,
    /// Graphs written by SPARQL Update rather than Graph Store PUT.
    pub by_update: usize,
    /// Requests answered.
    pub requests: usize,
}

/// A client of one external store.
///
/// HTTP through ureq (http:// and https://, with rustls), whose connections are kept and
/// reused between requests. Not oxhttp's client: its `client` feature pulls in `url` and the
/// ICU crates, which change the features of crates RocksDB's build shares and so force a
/// rebuild of oxigraph's RocksDB (15-25 minutes on two cores).
pub struct Remote {
    config: Config,
    agent: ureq::Agent,
    auth: Auth,
    /// Set once the Graph Store endpoint has refused a PUT: the rest go by Update.
    use_update: bool,
    tally: Tally,
}

impl Remote {
    /// A client; checks that the URLs are http:// or https:// URLs.
    pub fn new(mut config: Config) -> Result<Remote, RemoteError> {
        parse_url(&config.endpoint)?;
        if let Some(gs) = &config.graph_store {
            parse_url(gs)?;
        }
        // The credentials live in `auth` alone, not in a second copy.
        let auth = Auth::new(std::mem::take(&mut config.credentials))?;
        Ok(Remote {
            agent: agent(&config),
            config,
            auth,
            use_update: false,
            tally: Tally::default(),
        })
    }

    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// Replaces `graph` in the store with `triples`: a Graph Store PUT, or SPARQL Update where
    /// the store has no Graph Store endpoint. The payload is checked before anything is sent.
    pub fn put_graph(
        &mut self,
        graph: NamedNodeRef<'_>,
        triples: &[Triple],
    ) -> Result<Sent, RemoteError> {
        if triples.is_empty() {
            return Ok(Sent::Empty);
        }
        if !self.use_update {
            let mut format = self.config.payload;
            loop {
                let body = payload(graph, triples, format, self.config.max_payload)?;
                let url = with_param(self.graph_store(), "graph", graph.as_str());
                let len = body.len();
                let response =
                    self.send("PUT", &url, Some(content_type(format)), None, Some(&body))?;
                let status = response.status;
                if (200..300).contains(&status) {
                    self.count_graph(triples.len(), len);
                    return Ok(Sent::GraphStore);
                }
                if status == 415 && format == Payload::NTriples {
                    // Every N-Triples document is Turtle: older stores know only the latter.
                    format = Payload::Turtle;
                    continue;
                }
                if matches!(status, 404 | 405 | 415 | 501) {
                    self.use_update = true;
                    break;
                }
                return Err(status_error("PUT", &url, response));
            }
        }
        let update = update_payload(graph, triples, self.config.max_payload)?;
        let len = update.len();
        let url = self.config.endpoint.clone();
        let body = format!("update={}", iri::encode(&update)).into_bytes();
        let response = self.send(
            "POST",
            &url,
            Some("application/x-www-form-urlencoded"),
            None,
            Some(&body),
        )?;
        if !(200..300).contains(&response.status) {
            return Err(status_error("POST", &url, response));
        }
        self.count_graph(triples.len(), len);
        self.tally.by_update += 1;
        Ok(Sent::Update)
    }

    fn count_graph(&mut self, triples: usize, bytes: usize) {
        self.tally.graphs += 1;
        self.tally.triples += triples;
        self.tally.bytes += bytes;
    }

    fn graph_store(&self) -> &str {
        self.config
            .graph_store
            .as_deref()
            .unwrap_or(&self.config.endpoint)
    }

    /// Every article in the store as a source, with its claims, as `ClaimStore::claims` gives
    /// them for the local store: articles sorted by id, claims in text order.
    pub fn claims(&mut self) -> Result<(Vec<Source>, Vec<Mention>), RemoteError> {
        let graphs = self.article_graphs()?;
        let mut sources = Vec::with_capacity(graphs.len());
        let mut mentions = Vec::new();
        for (graph, len) in graphs {
            let triples = self.graph_triples(graph.as_ref(), len)?;
            let quads: Vec<Quad> = triples
                .into_iter()
                .map(|t| Quad::new(t.subject, t.predicate, canonical(t.object), graph.clone()))
                .collect();
            if let Some((source, claims)) = rdf::read_article_graph(&quads) {
                sources.push(source);
                mentions.extend(claims);
            }
        }
        sources.sort_by(|a, b| a.doc.cmp(&b.doc));
        Ok((sources, mentions))
    }

    /// The article graphs of the store with their sizes, sorted by IRI (here, not by the
    /// store, whose collation may differ).
    fn article_graphs(&mut self) -> Result<Vec<(NamedNode, usize)>, RemoteError> {
        let prefix = iri::article_graph("");
        let filter = format!(
            "FILTER(STRSTARTS(STR(?g), \"{}\"))",
            prefix.as_str().replace('\\', "\\\\").replace('"', "\\\"")
        );
        let total = self.count(&format!(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {filter} }}"
        ))?;
        let query = format!(
            "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {filter} }} GROUP BY ?g"
        );
        let page_size = self.config.page_size;
        let rows = paged(
            page_size,
            total,
            "the list of article graphs",
            |limit, offset| {
                let q = page_query(&query, "?g", limit, offset, total <= page_size);
                self.select(&q)
            },
        )?;
        let mut graphs = Vec::with_capacity(rows.len());
        for row in rows {
            let (Some(Some(Term::NamedNode(g))), Some(n)) =
                (row.first(), row.get(1).and_then(number))
            else {
                continue;
            };
            graphs.push((g.clone(), n));
        }
        graphs.sort_unstable();
        graphs.dedup_by(|a, b| a.0 == b.0);
        Ok(graphs)
    }

    /// The triples of one graph, `expected` of them, in pages.
    fn graph_triples(
        &mut self,
        graph: NamedNodeRef<'_>,
        expected: usize,
    ) -> Result<Vec<Triple>, RemoteError> {
        let query = format!("SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}");
        let page_size = self.config.page_size;
        let what = format!("graph {graph}");
        let rows = paged(page_size, expected, &what, |limit, offset| {
            let q = page_query(&query, "?s ?p ?o", limit, offset, expected <= page_size);
            self.select(&q)
        })?;
        let mut triples = Vec::with_capacity(rows.len());
        for row in rows {
            let subject = match row.first() {
                Some(Some(Term::NamedNode(n))) => NamedOrBlankNode::from(n.clone()),
                Some(Some(Term::BlankNode(b))) => NamedOrBlankNode::from(b.clone()),
                _ => continue,
            };
            let (Some(Some(Term::NamedNode(p))), Some(Some(o))) = (row.get(1), row.get(2)) else {
                continue;
            };
            triples.push(Triple::new(subject, p.clone(), o.clone()));
        }
        Ok(triples)
    }

    fn count(&mut self, query: &str) -> Result<usize, RemoteError> {
        let rows = self.select(query)?;
        Ok(rows
            .first()
            .and_then(|r| r.first())
            .and_then(number)
            .unwrap_or(0))
    }

    /// Runs a SELECT by GET and returns its rows, each with the variables in the order the
    /// answer declares them.
    fn select(&mut self, query: &str) -> Result<Vec<Vec<Option<Term>>>, RemoteError> {
        let url = with_param(&self.config.endpoint, "query", query);
        let response = self.send(
            "GET",
            &url,
            None,
            Some("application/sparql-results+json, application/sparql-results+xml;q=0.8"),
            None,
        )?;
        if !(200..300).contains(&response.status) {
            return Err(status_error("GET", &url, response));
        }
        let format = match response.header("content-type") {
            Some(t) if t.contains("xml") => QueryResultsFormat::Xml,
            _ => QueryResultsFormat::Json,
        };
        parse_rows(&response.body, format).map_err(|reason| RemoteError::Results {
            url: shorten(&url),
            reason,
        })
    }
}

/// Reads pages of `page_size` rows until a short page or `expected` rows, then checks that
/// exactly `expected` rows came: a store that caps result sets, or ignores LIMIT, is found out
/// here rather than in a report computed from part of the data.
fn paged<T, E>(
    page_size: usize,
    expected: usize,
    what: &str,
    mut fetch: impl FnMut(usize, usize) -> Result<Vec<T>, E>,
) -> Result<Vec<T>, E>
where
    E: From<RemoteError>,
{
    let page_size = page_size.max(1);
    let mut rows = Vec::with_capacity(expected);
    while rows.len() < expected {
        let page = fetch(page_size, rows.len())?;
        let n = page.len();
        if n > page_size {
            return Err(RemoteError::Incomplete {
                what: format!("{what} (a page larger than its LIMIT)"),
                expected: page_size,
                got: n,
            }
            .into());
        }
        rows.extend(page);
        if n < page_size {
            break;
        }
    }
    if rows.len() != expected {
        return Err(RemoteError::Incomplete {
            what: what.to_owned(),
            expected,
            got: rows.len(),
        }
        .into());
    }
    Ok(rows)
}

/// A SELECT with LIMIT and OFFSET. Several pages need a total order to be stable; one page
/// covering everything does not, and sorting is what stores limit most (Virtuoso's
/// `MaxSortedTopRows`).
fn page_query(query: &str, order: &str, limit: usize, offset: usize, single: bool) -> String {
    if single {
        format!("{query} LIMIT {limit}")
    } else {
        format!("{query} ORDER BY {order} LIMIT {limit} OFFSET {offset}")
    }
}

/// A graph's triples serialised for a Graph Store PUT, after checking that the bytes parse back
/// into the same triples and are not too many.
fn payload(
    graph: NamedNodeRef<'_>,
    triples: &[Triple],
    format: Payload,
    max: usize,
) -> Result<Vec<u8>, RemoteError> {
    let invalid = |reason: String| RemoteError::Invalid {
        graph: graph.as_str().to_owned(),
        reason,
    };
    let mut serializer = RdfSerializer::from_format(format.format()).for_writer(Vec::new());
    for t in triples {
        serializer
            .serialize_triple(TripleRef::from(t))
            .map_err(|e| invalid(e.to_string()))?;
    }
    let bytes = serializer.finish().map_err(|e| invalid(e.to_string()))?;
    if bytes.len() > max {
        return Err(RemoteError::TooLarge {
            graph: graph.as_str().to_owned(),
            bytes: bytes.len(),
            limit: max,
        });
    }
    validate(graph, &bytes, format.format(), triples)?;
    Ok(bytes)
}

/// Parses `bytes` and checks they hold exactly `triples`.
fn validate(
    graph: NamedNodeRef<'_>,
    bytes: &[u8],
    format: RdfFormat,
    triples: &[Triple],
) -> Result<(), RemoteError> {
    let invalid = |reason: String| RemoteError::Invalid {
        graph: graph.as_str().to_owned(),
        reason,
    };
    let wanted: HashSet<&Triple> = triples.iter().collect();
    let mut seen = HashSet::with_capacity(wanted.len());
    for quad in RdfParser::from_format(format).for_slice(bytes) {
        let quad = quad.map_err(|e| invalid(e.to_string()))?;
        let triple = Triple::from(quad);
        if !wanted.contains(&triple) {
            return Err(invalid(format!("{triple} was not in the graph")));
        }
        seen.insert(triple);
    }
    if seen.len() != wanted.len() {
        return Err(invalid(format!(
            "{} of {} triples parse back",
            seen.len(),
            wanted.len()
        )));
    }
    Ok(())
}

/// The SPARQL Update that replaces a graph, checked by oxigraph's parser.
fn update_payload(
    graph: NamedNodeRef<'_>,
    triples: &[Triple],
    max: usize,
) -> Result<String, RemoteError> {
    let body = payload(graph, triples, Payload::NTriples, max)?;
    let body = String::from_utf8(body).map_err(|e| RemoteError::Invalid {
        graph: graph.as_str().to_owned(),
        reason: e.to_string(),
    })?;
    let update =
        format!("DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}\n");
    if update.len() > max {
        return Err(RemoteError::TooLarge {
            graph: graph.as_str().to_owned(),
            bytes: update.len(),
            limit: max,
        });
    }
    // Only the parse matters: the prepared update is not run here.
    let _prepared =
        SparqlEvaluator::new()
            .parse_update(&update)
            .map_err(|e| RemoteError::Invalid {
                graph: graph.as_str().to_owned(),
                reason: e.to_string(),
            })?;
    Ok(update)
}

fn content_type(format: Payload) -> &'static str {
    match format {
        Payload::NTriples => "application/n-triples",
        Payload::Turtle => "text/turtle",
    }
}

/// A literal back in the form claimgraph wrote it, where a store keeps only the value:
/// Virtuoso answers `xsd:boolean` as 1 or 0, and `xsd:duration` as a number of months (a
/// year-month duration) or of seconds (a day-time one, written with a decimal point). Such a
/// duration comes back in the largest whole designator ("P36M" as "P3Y"): the value is kept,
/// the wording may not be; the analysis does not read durations.
fn canonical(term: Term) -> Term {
    let Term::Literal(literal) = &term else {
        return term;
    };
    let datatype = literal.datatype();
    let value = literal.value();
    if datatype == xsd::BOOLEAN {
        let v = match value {
            "1" => "true",
            "0" => "false",
            _ => return term,
        };
        return Literal::new_typed_literal(v, xsd::BOOLEAN).into();
    }
    if datatype == xsd::DURATION && !value.contains('P') {
        if let Some(iso) = duration_from_number(value) {
            return Literal::new_typed_literal(iso, xsd::DURATION).into();
        }
    }
    term
}

/// "36" (months) → "P3Y", "18" → "P18M", "172800.0" (seconds) → "P2D", "1800.0" → "PT30M".
fn duration_from_number(value: &str) -> Option<String> {
    let (sign, digits) = match value.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", value),
    };
    if !digits.contains('.') {
        let months: u64 = digits.parse().ok()?;
        return Some(if months != 0 && months.is_multiple_of(12) {
            format!("{sign}P{}Y", months / 12)
        } else {
            format!("{sign}P{months}M")
        });
    }
    let seconds: f64 = digits.parse().ok()?;
    if !seconds.is_finite() {
        return None;
    }
    if seconds.fract() == 0.0 {
        let s = seconds as u64;
        for (unit, letter, time) in [
            (86_400, "D", false),
            (3_600, "H", true),
            (60, "M", true),
            (1, "S", true),
        ] {
            if s != 0 && s.is_multiple_of(unit) {
                let t = if time { "T" } else { "" };
                return Some(format!("{sign}P{t}{}{letter}", s / unit));
            }
        }
        return Some(format!("{sign}PT0S"));
    }
    Some(format!("{sign}PT{seconds}S"))
}

/// Rows of a SPARQL results document (JSON or XML).
fn parse_rows(body: &[u8], format: QueryResultsFormat) -> Result<Vec<Vec<Option<Term>>>, String> {
    match QueryResultsParser::from_format(format)
        .for_slice(body)
        .map_err(|e| e.to_string())?
    {
        SliceQueryResultsParserOutput::Boolean(_) => Err("a boolean, not solutions".into()),
        SliceQueryResultsParserOutput::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for solution in solutions {
                let solution = solution.map_err(|e| e.to_string())?;
                rows.push(variables.iter().map(|v| solution.get(v).cloned()).collect());
            }
            Ok(rows)
        }
    }
}

/// A count in a result cell: any numeric literal with a whole non-negative value.
fn number(term: &Option<Term>) -> Option<usize> {
    match term {
        Some(Term::Literal(l)) => l.value().parse().ok(),
        _ => None,
    }
}

/// An error answer, with the start of its body (stores explain there).
fn status_error(method: &str, url: &str, response: HttpResponse) -> RemoteError {
    let status = response.status;
    let text = String::from_utf8_lossy(&response.body);
    let mut text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > ERROR_BODY_CHARS {
        text = text.chars().take(ERROR_BODY_CHARS).collect::<String>() + "…";
    }
    RemoteError::Status {
        method: method.to_owned(),
        url: shorten(url),
        status,
        body: text,
    }
}

/// A URL for messages: a long query string cut.
fn shorten(url: &str) -> String {
    if url.len() > 200 {
        let mut end = 200;
        while !url.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &url[..end])
    } else {
        url.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn triple(s: &str, o: Term) -> Triple {
        Triple::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked("http://example.org/p"),
            o,
        )
    }

    #[test]
    fn payloads_parse_back_or_are_refused() {
        let g = NamedNodeRef::new_unchecked("http://example.org/g");
        let good = vec![
            triple("http://example.org/a", Literal::from("x \"y\"\nz é").into()),
            triple(
                "http://example.org/a",
                Literal::new_typed_literal("5.8", xsd::DECIMAL).into(),
            ),
        ];
        for format in [Payload::NTriples, Payload::Turtle] {
            let bytes = payload(g, &good, format, DEFAULT_MAX_PAYLOAD).expect("valid");
            assert!(!bytes.is_empty());
        }
        // An IRI with a space, as an unchecked constructor lets through: it must not be sent.
        let broken = vec![triple("http://example.org/a b", Literal::from("x").into())];
        for format in [Payload::NTriples, Payload::Turtle] {
            assert!(matches!(
                payload(g, &broken, format, DEFAULT_MAX_PAYLOAD),
                Err(RemoteError::Invalid { .. })
            ));
        }
        assert!(matches!(
            update_payload(g, &broken, DEFAULT_MAX_PAYLOAD),
            Err(RemoteError::Invalid { .. })
        ));
        assert!(matches!(
            payload(g, &good, Payload::NTriples, 10),
            Err(RemoteError::TooLarge { .. })
        ));
        let update = update_payload(g, &good, DEFAULT_MAX_PAYLOAD).expect("valid update");
        assert!(update.starts_with("DROP SILENT GRAPH <http://example.org/g> ;"));
    }

    /// A store of `total` rows that answers at most `cap` of them per request.
    fn source(
        total: usize,
        cap: usize,
    ) -> impl FnMut(usize, usize) -> Result<Vec<usize>, RemoteError> {
        move |limit, offset| {
            let end = total.min(offset + limit.min(cap));
            Ok((offset.min(end)..end).collect())
        }
    }

    #[test]
    fn paging_reads_everything_in_order() {
        for total in [0, 1, 4, 5, 6, 10, 11, 23] {
            let calls = Cell::new(0);
            let mut fetch = source(total, usize::MAX);
            let rows = paged(5, total, "t", |l, o| {
                calls.set(calls.get() + 1);
                fetch(l, o)
            })
            .expect("complete");
            assert_eq!(rows, (0..total).collect::<Vec<_>>());
            // Whole pages, then the rest; an exact multiple stops at the count, not a probe.
            assert_eq!(calls.get(), total.div_ceil(5), "total {total}");
        }
    }

    #[test]
    fn paging_finds_capped_and_unlimited_stores() {
        // The store caps its result sets below the page size.
        let r = paged(5, 12, "t", source(12, 3));
        assert!(matches!(
            r,
            Err(RemoteError::Incomplete {
                expected: 12,
                got: 3,
                ..
            })
        ));
        // The store ignores LIMIT.
        let r = paged(5, 12, "t", |_, _| {
            Ok::<_, RemoteError>((0..12).collect::<Vec<_>>())
        });
        assert!(matches!(r, Err(RemoteError::Incomplete { .. })));
        // The store holds fewer rows than it counted.
        let r = paged(5, 12, "t", source(7, usize::MAX));
        assert!(matches!(
            r,
            Err(RemoteError::Incomplete {
                expected: 12,
                got: 7,
                ..
            })
        ));
    }

    #[test]
    fn page_queries_order_only_when_there_are_several_pages() {
        assert_eq!(
            page_query("SELECT * {}", "?s", 5, 0, true),
            "SELECT * {} LIMIT 5"
        );
        assert_eq!(
            page_query("SELECT * {}", "?s", 5, 10, false),
            "SELECT * {} ORDER BY ?s LIMIT 5 OFFSET 10"
        );
    }

    #[test]
    fn virtuoso_literals_come_back_canonical() {
        let lit =
            |v: &str, dt: NamedNodeRef<'static>| Term::from(Literal::new_typed_literal(v, dt));
        assert_eq!(canonical(lit("1", xsd::BOOLEAN)), lit("true", xsd::BOOLEAN));
        assert_eq!(
            canonical(lit("0", xsd::BOOLEAN)),
            lit("false", xsd::BOOLEAN)
        );
        assert_eq!(
            canonical(lit("true", xsd::BOOLEAN)),
            lit("true", xsd::BOOLEAN)
        );
        for (virtuoso, iso) in [
            ("36", "P3Y"),
            ("18", "P18M"),
            ("172800.0", "P2D"),
            ("18000.0", "PT5H"),
            ("1800.0", "PT30M"),
            ("1.5", "PT1.5S"),
            ("P2W", "P2W"),
            ("P10D", "P10D"),
        ] {
            assert_eq!(
                canonical(lit(virtuoso, xsd::DURATION)),
                lit(iso, xsd::DURATION)
            );
        }
        assert_eq!(canonical(lit("12", xsd::INTEGER)), lit("12", xsd::INTEGER));
    }

    #[test]
    fn virtuoso_json_results_parse() {
        let body = br#"{ "head": { "link": [], "vars": ["g", "n"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "g": { "type": "uri", "value": "http://e/g" }, "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "42" }} ] } }"#;
        let rows = parse_rows(body, QueryResultsFormat::Json).expect("parses");
        assert_eq!(rows.len(), 1);
        assert_eq!(number(&rows[0][1]), Some(42));
    }
}
