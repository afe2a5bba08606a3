//! Routing on (path, method), and the protocol operations. Every failure is a status and a
//! message (`HttpError`), answered as plain text.
//!
//! One file, over 800 lines, because every route answers through the same few helpers (negotiation,
//! the query thread and its timer, the error statuses): split by route, one protocol's status rules
//! would be spread over several files.

use super::description::service_description;
pub use super::error::{HttpError, StatusCode};
use super::limits::{read_body, Capped, Slot, Timer};
use super::multipart;
use super::negotiate::{essence, negotiate, parse_form, RDF_FORMATS, RESULTS_FORMATS};
use super::page;
use super::{Access, Server};
use crate::pipeline::source;
use crate::present::graph::render::{self, Image, RenderError};
use crate::present::graph::{self, dot, Grouping, Selection, View, ViewKind};
use crate::present::report::{self, Report};
use crate::store::{ClaimStore, QueryOptions, StoreError, UpdateOptions};
use oxhttp::model::header::{
    ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, ALLOW, AUTHORIZATION, CONTENT_TYPE, HOST,
    LOCATION, VARY,
};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

// The protocol's own media types, which oxigraph's format enums do not cover.
const SPARQL_QUERY: &str = "application/sparql-query";
const SPARQL_UPDATE: &str = "application/sparql-update";
const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";
const HTML: &str = "text/html; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";

const ENDPOINTS: &str = "/ (the query page), /sparql and /query (SPARQL queries), /update (SPARQL updates), /store and /store/... (Graph Store), /report (the consistency report), /graph/sources.svg and /graph/conflicts.svg (the claim graph)";

const NAME_THE_GRAPH: &str = "name the graph: /store?graph=IRI, /store?default, or /store/PATH for the graph whose IRI is that URL";

fn bad_request(message: impl Into<String>) -> HttpError {
    (StatusCode::BAD_REQUEST, message.into())
}

fn unsupported_media_type(message: impl Into<String>) -> HttpError {
    (StatusCode::UNSUPPORTED_MEDIA_TYPE, message.into())
}

fn internal_error(message: impl Into<String>) -> HttpError {
    (StatusCode::INTERNAL_SERVER_ERROR, message.into())
}

fn unavailable(message: impl Into<String>) -> HttpError {
    (StatusCode::SERVICE_UNAVAILABLE, message.into())
}

pub(super) fn error_response((status, message): HttpError) -> Response<Body> {
    let mut response = Response::new(Body::from(format!("{message}\n")));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(TEXT));
    response
}

fn ok(content_type: &'static str, body: impl Into<Body>) -> Response<Body> {
    let mut response = Response::new(body.into());
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A negotiated answer: it varies with `Accept`.
fn negotiated(content_type: &'static str, body: Vec<u8>) -> Response<Body> {
    let mut response = ok(content_type, body);
    response
        .headers_mut()
        .insert(VARY, HeaderValue::from_static("accept"));
    response
}

fn empty(status: StatusCode) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

fn method_not_allowed(method: &Method, path: &str, allow: &'static str) -> Response<Body> {
    let mut response = error_response((
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {path}; it takes {allow}"),
    ));
    response
        .headers_mut()
        .insert(ALLOW, HeaderValue::from_static(allow));
    response
}

/// A duration as people write it: "10 s", "1.5 s", "250 ms".
fn human(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else if d.as_secs() == 0 {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// The parameters of a request: its URL query, then the fields of a form body.
struct Params(Vec<(String, String)>);

impl Params {
    fn of_url(request: &Request<Body>) -> Result<Params, HttpError> {
        let query = request.uri().query().unwrap_or("");
        parse_form(query.as_bytes())
            .map(Params)
            .map_err(bad_request)
    }

    fn add_form(&mut self, body: &[u8]) -> Result<(), HttpError> {
        self.0.extend(parse_form(body).map_err(bad_request)?);
        Ok(())
    }

    fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A parameter that may be given once.
    fn single<'a>(&'a self, key: &str) -> Result<Option<&'a str>, HttpError> {
        let mut values = self
            .0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str());
        let first = values.next();
        if values.next().is_some() {
            return Err(bad_request(format!("{key}= is given more than once")));
        }
        Ok(first)
    }

    /// Graph IRIs of a dataset parameter (`default-graph-uri`, ...).
    fn iris(&self, key: &str) -> Result<Vec<NamedNode>, HttpError> {
        self.all(key)
            .map(|v| {
                NamedNode::new(v)
                    .map_err(|e| bad_request(format!("{key}={v} is not an absolute IRI: {e}")))
            })
            .collect()
    }
}

fn header(request: &Request<Body>, name: oxhttp::model::HeaderName) -> Option<&str> {
    request.headers().get(name).and_then(|v| v.to_str().ok())
}

/// Every `Accept` header of the request, as one list.
fn accept(request: &Request<Body>) -> Option<String> {
    let values: Vec<&str> = request
        .headers()
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(","))
}

fn content_type(request: &Request<Body>) -> Option<String> {
    header(request, CONTENT_TYPE).map(essence)
}

/// The request's own URL without its query: the base of relative IRIs in a query, and the
/// endpoint's IRI in its description.
fn base_iri(request: &Request<Body>) -> Option<NamedNode> {
    let uri = request.uri();
    let path = uri.path();
    let url = match (uri.scheme_str(), uri.authority()) {
        (Some(scheme), Some(authority)) => format!("{scheme}://{authority}{path}"),
        _ => format!("http://{}{path}", header(request, HOST)?),
    };
    NamedNode::new(url).ok()
}

/// Why an operation failed, while its results were read or written.
enum Failure {
    Store(StoreError),
    Write(io::Error),
    /// The response passed its size limit.
    TooLarge,
    Http(HttpError),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Store(e)
    }
}

impl From<oxigraph::sparql::QueryEvaluationError> for Failure {
    fn from(e: oxigraph::sparql::QueryEvaluationError) -> Failure {
        Failure::Store(StoreError::from(e))
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Write(e)
    }
}

/// A query to evaluate and serialize, on a thread of its own.
struct QueryJob {
    store: ClaimStore,
    query: String,
    options: QueryOptions,
    accept: Option<String>,
    wanted: Vec<String>,
    max_response: usize,
}

impl QueryJob {
    /// The media type and the serialized results.
    fn run(self) -> Result<(&'static str, Vec<u8>), Failure> {
        let results = self.store.evaluate(&self.query, &self.options)?;
        let accept = self.accept.as_deref();
        let wanted: Vec<&str> = self.wanted.iter().map(String::as_str).collect();
        let wanted = wanted.as_slice();
        let mut out = Capped::new(self.max_response);
        let written = match results {
            QueryResults::Solutions(solutions) => {
                let format = negotiate(accept, wanted, &RESULTS_FORMATS, "SELECT")
                    .map_err(|m| Failure::Http(not_acceptable(m)))?;
                (|| {
                    let mut serializer = QueryResultsSerializer::from_format(format)
                        .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
                    for solution in solutions {
                        serializer.serialize(&solution?)?;
                    }
                    serializer.finish()?;
                    Ok(format.media_type())
                })()
            }
            QueryResults::Boolean(value) => {
                let format = negotiate(accept, wanted, &RESULTS_FORMATS, "ASK")
                    .map_err(|m| Failure::Http(not_acceptable(m)))?;
                QueryResultsSerializer::from_format(format)
                    .serialize_boolean_to_writer(&mut out, value)
                    .map(|_| format.media_type())
                    .map_err(Failure::from)
            }
            QueryResults::Graph(triples) => {
                let format = negotiate(accept, wanted, &RDF_FORMATS, "CONSTRUCT and DESCRIBE")
                    .map_err(|m| Failure::Http(not_acceptable(m)))?;
                (|| {
                    let mut serializer = RdfSerializer::from_format(format).for_writer(&mut out);
                    for triple in triples {
                        serializer.serialize_triple(&triple?)?;
                    }
                    serializer.finish()?;
                    Ok(format.media_type())
                })()
            }
        };
        match written {
            Ok(media_type) => Ok((media_type, out.bytes)),
            Err(Failure::Write(_)) if out.overflowed => Err(Failure::TooLarge),
            Err(failure) => Err(failure),
        }
    }
}

impl Server {
    /// Answers one request. Never fails and never panics on input: every problem is a status
    /// and a message.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let head = request.method() == Method::HEAD;
        let mut response = if self.closing.load(Ordering::Acquire) {
            error_response(unavailable("the server is shutting down"))
        } else {
            self.route(request).unwrap_or_else(error_response)
        };
        if head {
            *response.body_mut() = Body::empty();
        }
        if self.config.cors {
            response
                .headers_mut()
                .insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        }
        response
    }

    fn route(&self, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
        let path = request.uri().path().to_owned();
        let method = request.method().clone();
        let known = [
            "/",
            "/report",
            "/sparql",
            "/query",
            "/update",
            "/store",
            "/graph/sources.svg",
            "/graph/conflicts.svg",
        ];
        let graph_store = path == "/store" || path.starts_with("/store/");
        if method == Method::OPTIONS
            && self.config.cors
            && (graph_store || known.contains(&path.as_str()))
        {
            return Ok(self.preflight());
        }
        let read = method == Method::GET || method == Method::HEAD;
        match path.as_str() {
            "/" if read => Ok(ok(HTML, page::page())),
            "/" => Ok(method_not_allowed(&method, &path, "GET, HEAD")),
            "/report" if read => self.report(),
            "/report" => Ok(method_not_allowed(&method, &path, "GET, HEAD")),
            "/graph/sources.svg" | "/graph/conflicts.svg" if read => self.picture(&path),
            "/graph/sources.svg" | "/graph/conflicts.svg" => {
                Ok(method_not_allowed(&method, &path, "GET, HEAD"))
            }
            "/sparql" | "/query" if read => self.query_get(request),
            "/sparql" | "/query" if method == Method::POST => {
                self.sparql_post(request, path == "/sparql")
            }
            "/sparql" | "/query" => Ok(method_not_allowed(&method, &path, "GET, HEAD, POST")),
            "/update" if method == Method::POST => self.update_post(request),
            "/update" => Ok(method_not_allowed(&method, &path, "POST")),
            _ if graph_store && read => self.store_get(request),
            _ if graph_store && method == Method::PUT => self.store_write(request, true),
            _ if graph_store && method == Method::POST => self.store_write(request, false),
            _ if graph_store && method == Method::DELETE => self.store_delete(request),
            _ if graph_store => Ok(method_not_allowed(
                &method,
                &path,
                "GET, HEAD, PUT, POST, DELETE",
            )),
            _ => Err((
                StatusCode::NOT_FOUND,
                format!("nothing at {path}; this server answers at {ENDPOINTS}"),
            )),
        }
    }

    fn preflight(&self) -> Response<Body> {
        let mut response = empty(StatusCode::NO_CONTENT);
        let headers = response.headers_mut();
        headers.insert(
            ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, HEAD, POST, PUT, DELETE, OPTIONS"),
        );
        headers.insert(
            ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("Accept, Authorization, Content-Type"),
        );
        headers.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        response
    }

    /// A slot among the operations running on the store, or a 503 once the wait is over.
    fn slot(&self) -> Result<Slot, HttpError> {
        self.slots.acquire(self.config.queue_wait).ok_or_else(|| {
            unavailable(format!(
                "the server is busy: {} operations are running, the most it runs at once; try again shortly",
                self.slots.max()
            ))
        })
    }

    /// A cancellation token and the timer that fires it at the time limit.
    fn deadline(&self) -> Result<(CancellationToken, Timer), HttpError> {
        let token = CancellationToken::new();
        let timer = Timer::start(token.clone(), self.config.timeout)
            .map_err(|e| internal_error(format!("cannot start the time limit's timer: {e}")))?;
        Ok((token, timer))
    }

    fn store_error(&self, e: StoreError) -> HttpError {
        match e {
            StoreError::Syntax(m) | StoreError::Data(m) | StoreError::Refused(m) => bad_request(m),
            StoreError::Cancelled => unavailable(format!(
                "the operation ran past the time limit of {} and was stopped; narrow the query or add a LIMIT",
                human(self.config.timeout)
            )),
            other => internal_error(other.to_string()),
        }
    }

    fn failure(&self, failure: Failure) -> HttpError {
        match failure {
            Failure::Store(e) => self.store_error(e),
            Failure::TooLarge => unavailable(format!(
                "the response passed the limit of {} MiB; narrow the query or add a LIMIT",
                self.config.max_response >> 20
            )),
            Failure::Write(e) => internal_error(format!("cannot serialize the results: {e}")),
            Failure::Http(e) => e,
        }
    }

    /// Writes are allowed when the server allows them and the request carries the token.
    fn authorize(&self, request: &Request<Body>) -> Result<(), HttpError> {
        let forbidden = |m: &str| (StatusCode::FORBIDDEN, m.to_owned());
        let Access::ReadWrite { token } = &self.config.access else {
            return Err(forbidden(
                "this server is read-only: writes need a server started with --allow-update",
            ));
        };
        let given = header(request, AUTHORIZATION).and_then(|v| {
            let (scheme, credentials) = v.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then(|| credentials.trim())
        });
        match given {
            Some(given) if same_secret(given.as_bytes(), token.as_bytes()) => Ok(()),
            Some(_) => Err(forbidden("the bearer token is not this server's")),
            None => Err(forbidden(
                "writes need the header Authorization: Bearer TOKEN, with the token the server printed when it started",
            )),
        }
    }

    fn query_get(&self, request: &Request<Body>) -> Result<Response<Body>, HttpError> {
        let params = Params::of_url(request)?;
        match params.single("query")? {
            Some(query) => self.run_query(request, query, &params),
            None if params.has("update") => Err(bad_request(
                "an update is sent by POST, to /update or /sparql",
            )),
            None => self.describe(request, &params),
        }
    }

    fn sparql_post(
        &self,
        request: &mut Request<Body>,
        updates_here: bool,
    ) -> Result<Response<Body>, HttpError> {
        let mut params = Params::of_url(request)?;
        let not_here = || {
            unsupported_media_type(
                "/query answers queries only; send updates to /update or /sparql",
            )
        };
        match content_type(request).as_deref() {
            Some(FORM) => {
                let body = read_body(request, self.config.max_body)?;
                params.add_form(&body)?;
                match (params.single("query")?, params.single("update")?) {
                    (Some(_), Some(_)) => Err(bad_request(
                        "the form gives both query= and update=; send one",
                    )),
                    (Some(query), None) => self.run_query(request, query, &params),
                    (None, Some(update)) if updates_here => {
                        self.authorize(request)?;
                        self.run_update(request, update, &params)
                    }
                    (None, Some(_)) => Err(not_here()),
                    (None, None) => Err(bad_request("the form has neither query= nor update=")),
                }
            }
            Some(SPARQL_QUERY) => {
                let body = read_body(request, self.config.max_body)?;
                let query = utf8(body)?;
                self.run_query(request, &query, &params)
            }
            Some(SPARQL_UPDATE) if updates_here => {
                self.authorize(request)?;
                let body = read_body(request, self.config.max_body)?;
                let update = utf8(body)?;
                self.run_update(request, &update, &params)
            }
            Some(SPARQL_UPDATE) => Err(not_here()),
            Some(other) => Err(unsupported_media_type(format!(
                "Content-Type {other} is not a SPARQL request; send {SPARQL_QUERY}, {SPARQL_UPDATE} or a {FORM} form"
            ))),
            None => Err(unsupported_media_type(format!(
                "no Content-Type; send {SPARQL_QUERY}, {SPARQL_UPDATE} or a {FORM} form"
            ))),
        }
    }

    fn update_post(&self, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
        self.authorize(request)?;
        let mut params = Params::of_url(request)?;
        match content_type(request).as_deref() {
            Some(SPARQL_UPDATE) => {
                let update = utf8(read_body(request, self.config.max_body)?)?;
                self.run_update(request, &update, &params)
            }
            Some(FORM) => {
                let body = read_body(request, self.config.max_body)?;
                params.add_form(&body)?;
                let Some(update) = params.single("update")? else {
                    return Err(bad_request("the form has no update="));
                };
                self.run_update(request, update, &params)
            }
            Some(other) => Err(unsupported_media_type(format!(
                "Content-Type {other} is not a SPARQL update; send {SPARQL_UPDATE} or a {FORM} form"
            ))),
            None => Err(unsupported_media_type(format!(
                "no Content-Type; send {SPARQL_UPDATE} or a {FORM} form"
            ))),
        }
    }

    /// Evaluates a query in a thread of its own and waits for it up to the time limit. At the
    /// limit the token is fired and the request answered 503 at once: oxigraph checks the token
    /// as it reads the store, but some plans (a sort, a product) run on a while after it fires,
    /// and the thread keeps its slot until it has really stopped.
    fn run_query(
        &self,
        request: &Request<Body>,
        query: &str,
        params: &Params,
    ) -> Result<Response<Body>, HttpError> {
        let token = CancellationToken::new();
        let job = QueryJob {
            store: self.store.share(),
            query: query.to_owned(),
            options: QueryOptions {
                base_iri: base_iri(request).map(NamedNode::into_string),
                default_graphs: params.iris("default-graph-uri")?,
                named_graphs: params.iris("named-graph-uri")?,
                cancel: Some(token.clone()),
            },
            accept: accept(request),
            wanted: params.all("format").map(str::to_owned).collect(),
            max_response: self.config.max_response,
        };
        let slot = self.slot()?;
        let (sender, receiver) = mpsc::sync_channel(1);
        thread::Builder::new()
            .name("claimgraph query".into())
            .spawn(move || {
                let outcome = panic::catch_unwind(AssertUnwindSafe(|| job.run()));
                drop(slot);
                // The request may have been answered already; then nobody listens.
                let _ = sender.send(outcome);
            })
            .map_err(|e| internal_error(format!("cannot start the query's thread: {e}")))?;
        match receiver.recv_timeout(self.config.timeout) {
            Ok(Ok(Ok((media_type, body)))) => Ok(negotiated(media_type, body)),
            Ok(Ok(Err(failure))) => Err(self.failure(failure)),
            // A plan that fails on cancelled rows may panic inside oxigraph.
            Ok(Err(_)) if token.is_cancelled() => Err(self.store_error(StoreError::Cancelled)),
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                Err(internal_error("internal error while evaluating the query"))
            }
            Err(RecvTimeoutError::Timeout) => {
                token.cancel();
                Err(self.store_error(StoreError::Cancelled))
            }
        }
    }

    fn run_update(
        &self,
        request: &Request<Body>,
        update: &str,
        params: &Params,
    ) -> Result<Response<Body>, HttpError> {
        let mut options = UpdateOptions {
            base_iri: base_iri(request).map(NamedNode::into_string),
            using_graphs: params.iris("using-graph-uri")?,
            using_named_graphs: params.iris("using-named-graph-uri")?,
            cancel: None,
        };
        let _slot = self.slot()?;
        let (token, _timer) = self.deadline()?;
        options.cancel = Some(token);
        self.store
            .update(update, &options)
            .map_err(|e| self.store_error(e))?;
        Ok(empty(StatusCode::NO_CONTENT))
    }

    fn describe(
        &self,
        request: &Request<Body>,
        params: &Params,
    ) -> Result<Response<Body>, HttpError> {
        let format = negotiate(
            accept(request).as_deref(),
            &params.all("format").collect::<Vec<_>>(),
            &RDF_FORMATS,
            "the service description",
        )
        .map_err(not_acceptable)?;
        let endpoint = base_iri(request)
            .ok_or_else(|| bad_request("no Host header: the endpoint cannot name itself"))?;
        let updates = matches!(self.config.access, Access::ReadWrite { .. })
            && request.uri().path() == "/sparql";
        let body = service_description(endpoint.as_ref(), updates, format).map_err(|e| {
            internal_error(format!("cannot serialize the service description: {e}"))
        })?;
        Ok(negotiated(format.media_type(), body))
    }

    fn store_get(&self, request: &Request<Body>) -> Result<Response<Body>, HttpError> {
        let params = Params::of_url(request)?;
        let target = graph_target(request, &params)?;
        let format = negotiate(
            accept(request).as_deref(),
            &params.all("format").collect::<Vec<_>>(),
            &RDF_FORMATS,
            "graphs",
        )
        .map_err(not_acceptable)?;
        let _slot = self.slot()?;
        if !self
            .store
            .has_graph(target.as_ref())
            .map_err(|e| self.store_error(e))?
        {
            return Err((
                StatusCode::NOT_FOUND,
                format!("there is no graph {target} in the store"),
            ));
        }
        let (token, _timer) = self.deadline()?;
        let mut out = Capped::new(self.config.max_response);
        match self
            .store
            .write_graph(target.as_ref(), format, &mut out, Some(&token))
        {
            Ok(()) => Ok(negotiated(format.media_type(), out.bytes)),
            Err(StoreError::Output(_)) if out.overflowed => Err(self.failure(Failure::TooLarge)),
            Err(e) => Err(self.store_error(e)),
        }
    }

    /// PUT (replace) or POST (add to) a graph. A POST to the Graph Store itself creates a graph
    /// with a fresh IRI under `/store/`, and answers 201 with the IRI as `Location` (GSP 5.5).
    fn store_write(
        &self,
        request: &mut Request<Body>,
        replace: bool,
    ) -> Result<Response<Body>, HttpError> {
        self.authorize(request)?;
        let params = Params::of_url(request)?;
        let (target, new) = match store_target(request, &params)? {
            StoreTarget::Graph(graph) => (graph, None),
            StoreTarget::Store if replace => return Err(bad_request(NAME_THE_GRAPH)),
            StoreTarget::Store => {
                let iri = new_graph_iri(request)?;
                (GraphName::NamedNode(iri.clone()), Some(iri))
            }
        };
        let payload = payload(request, !replace)?;
        let body = read_body(request, self.config.max_body)?;
        let base = match &target {
            GraphName::NamedNode(g) => Some(g.as_str().to_owned()),
            _ => base_iri(request).map(NamedNode::into_string),
        };
        let _slot = self.slot()?;
        let (format, body) = match payload {
            Payload::Document(format) => (format, body),
            Payload::Parts { boundary } => (
                RdfFormat::NQuads,
                multipart::merge(&body, &boundary, base.as_deref())?,
            ),
        };
        let created = if replace {
            self.store
                .put_graph(target.as_ref(), format, &body, base.as_deref())
        } else {
            self.store
                .post_graph(target.as_ref(), format, &body, base.as_deref())
        }
        .map_err(|e| self.store_error(e))?;
        if let Some(iri) = new {
            let location = HeaderValue::from_str(iri.as_str()).map_err(|e| {
                internal_error(format!("the new graph's IRI is no header value: {e}"))
            })?;
            let mut response = empty(StatusCode::CREATED);
            response.headers_mut().insert(LOCATION, location);
            return Ok(response);
        }
        Ok(empty(if created {
            StatusCode::CREATED
        } else {
            StatusCode::NO_CONTENT
        }))
    }

    fn store_delete(&self, request: &Request<Body>) -> Result<Response<Body>, HttpError> {
        self.authorize(request)?;
        let params = Params::of_url(request)?;
        let target = graph_target(request, &params)?;
        let _slot = self.slot()?;
        if self
            .store
            .delete_graph(target.as_ref())
            .map_err(|e| self.store_error(e))?
        {
            Ok(empty(StatusCode::NO_CONTENT))
        } else {
            Err((
                StatusCode::NOT_FOUND,
                format!("there is no graph {target} in the store"),
            ))
        }
    }

    /// The consistency report of the store as it is now, as HTML. The analysis reads the
    /// claims and writes nothing: the findings graph is the `report` command's to write.
    fn report(&self) -> Result<Response<Body>, HttpError> {
        let _slot = self.slot()?;
        let analysis = source::analyse(&mut &self.store, &self.config.curation)
            .map_err(|e| self.store_error(e))?;
        Ok(ok(
            report::Format::Html.media_type(),
            Report::new(&analysis).html(),
        ))
    }

    /// The `sources` view, or the `claims` view of the conflicts, drawn by Graphviz: the same
    /// analysis as the report.
    fn picture(&self, path: &str) -> Result<Response<Body>, HttpError> {
        let _slot = self.slot()?;
        let analysis = source::analyse(&mut &self.store, &self.config.curation)
            .map_err(|e| self.store_error(e))?;
        let view = if path == "/graph/sources.svg" {
            View::of_sources(&analysis, Grouping::Article, None)
                .map_err(|e| internal_error(e.to_string()))?
        } else {
            let conflicts = Selection {
                only_conflicts: true,
                ..Selection::default()
            };
            View::of_claims(&analysis, ViewKind::Claims, &conflicts)
                .map_err(|e| internal_error(e.to_string()))?
        };
        match render::render(&dot::write(&view), Image::Svg) {
            Ok(svg) => Ok(ok(graph::Format::Svg.media_type(), svg)),
            Err(e @ RenderError::NotInstalled { .. }) => {
                Err((StatusCode::SERVICE_UNAVAILABLE, e.to_string()))
            }
            Err(e) => Err(internal_error(e.to_string())),
        }
    }
}

fn not_acceptable(message: String) -> HttpError {
    (StatusCode::NOT_ACCEPTABLE, message)
}

fn utf8(body: Vec<u8>) -> Result<String, HttpError> {
    String::from_utf8(body).map_err(|e| {
        bad_request(format!(
            "the request body is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn rdf_media_types() -> String {
    RDF_FORMATS
        .iter()
        .map(|f| f.media_type())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a Graph Store request is about (GSP 4).
enum StoreTarget {
    /// A graph: named indirectly on `/store` by `?graph=IRI` or `?default`, or directly by the
    /// request's own URL under `/store/`, which is then the graph's IRI.
    Graph(GraphName),
    /// The Graph Store itself: `/store` with neither parameter.
    Store,
}

fn store_target(request: &Request<Body>, params: &Params) -> Result<StoreTarget, HttpError> {
    let graph = params.single("graph")?;
    let default = params.has("default");
    if request.uri().path() != "/store" {
        if graph.is_some() || default {
            return Err(bad_request(
                "a graph under /store/ is named by its URL; ?graph= and ?default go to /store itself",
            ));
        }
        let iri = base_iri(request).ok_or_else(|| {
            bad_request("the graph's IRI is the request's URL, which this request does not give (no Host header?)")
        })?;
        return Ok(StoreTarget::Graph(GraphName::NamedNode(iri)));
    }
    match (graph, default) {
        (Some(_), true) => Err(bad_request("give ?graph=IRI or ?default, not both")),
        (Some(iri), false) => NamedNode::new(iri)
            .map(|g| StoreTarget::Graph(GraphName::NamedNode(g)))
            .map_err(|e| bad_request(format!("graph={iri} is not an absolute IRI: {e}"))),
        (None, true) => Ok(StoreTarget::Graph(GraphName::DefaultGraph)),
        (None, false) => Ok(StoreTarget::Store),
    }
}

/// The graph a Graph Store GET, HEAD, PUT or DELETE is about: these need one.
fn graph_target(request: &Request<Body>, params: &Params) -> Result<GraphName, HttpError> {
    match store_target(request, params)? {
        StoreTarget::Graph(graph) => Ok(graph),
        StoreTarget::Store => Err(bad_request(NAME_THE_GRAPH)),
    }
}

/// The IRI of a graph a POST to `/store` creates: a fresh name under the store's URL, so that
/// the graph can also be reached directly there.
fn new_graph_iri(request: &Request<Body>) -> Result<NamedNode, HttpError> {
    let store = base_iri(request).ok_or_else(|| {
        bad_request("a new graph is named after the store's URL, which this request does not give (no Host header?)")
    })?;
    let name = super::random_hex()
        .map_err(|e| internal_error(format!("cannot name the new graph: {e}")))?;
    NamedNode::new(format!("{}/{name}", store.as_str()))
        .map_err(|e| internal_error(format!("cannot name the new graph: {e}")))
}

/// How a Graph Store write carries its triples.
enum Payload {
    /// One RDF document.
    Document(RdfFormat),
    /// Several, one per part of a `multipart/form-data` body: POST only, as GSP 5.5 has it.
    Parts { boundary: String },
}

fn payload(request: &Request<Body>, post: bool) -> Result<Payload, HttpError> {
    let Some(value) = header(request, CONTENT_TYPE) else {
        return Err(unsupported_media_type(format!(
            "no Content-Type; send one of {}",
            rdf_media_types()
        )));
    };
    if post && essence(value) == MULTIPART {
        return multipart::boundary(value)
            .map(|boundary| Payload::Parts { boundary })
            .ok_or_else(|| bad_request(format!("Content-Type {value} has no boundary=")));
    }
    RdfFormat::from_media_type(value)
        .map(Payload::Document)
        .ok_or_else(|| {
            unsupported_media_type(format!(
                "Content-Type {value} is not an RDF format this store reads; send one of {}{}",
                rdf_media_types(),
                if post {
                    ", or a multipart/form-data body of them"
                } else {
                    ""
                }
            ))
        })
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
