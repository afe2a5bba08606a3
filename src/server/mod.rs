//! `claimgraph serve`: the store over HTTP.
//!
//! - [SPARQL 1.1 Protocol](https://www.w3.org/TR/sparql11-protocol/) queries at `/sparql` and
//!   `/query` (GET, POST form, POST `application/sparql-query`; `default-graph-uri`,
//!   `named-graph-uri`), answered in the format negotiated from `Accept` (q-values) or
//!   `format=`; a GET without a query returns the service description.
//! - [SPARQL 1.1 Update](https://www.w3.org/TR/sparql11-update/) by POST to `/update` and
//!   `/sparql`, and the [Graph Store HTTP Protocol](https://www.w3.org/TR/sparql11-http-rdf-update/)
//!   at `/store`: graphs named indirectly (`?graph=IRI`, `?default`) or directly by their own
//!   URL under `/store/`; a POST to `/store` itself creates a graph and answers its `Location`.
//! - A query page at `/`, the consistency report as HTML at `/report`.
//!
//! Safe by default: read-only unless [`Access::ReadWrite`], and then every write must carry the
//! bearer token; every operation on the store runs under a time limit that cancels it, at most
//! [`Config::max_queries`] at once; request bodies are capped; CORS headers only when asked.
//!
//! [`Server::handle`] is a plain function from request to response, with no socket, so tests call
//! it in-process; [`serve`] binds an address and runs it on oxhttp's threads.
//!
//! ```no_run
//! use claimgraph::server::{self, Config, Server};
//! use claimgraph::store::ClaimStore;
//! use std::sync::Arc;
//!
//! let store = ClaimStore::open_read_only(std::path::Path::new(".claimgraph"))?;
//! let server = Arc::new(Server::new(store, Config::default())?);
//! let running = server::serve(server, "127.0.0.1:7878".parse()?, |log| eprintln!("{log}"))?;
//! // ... until it is time to stop:
//! running.shutdown(std::time::Duration::from_secs(10))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod description;
mod error;
mod handler;
mod limits;
mod multipart;
mod negotiate;
mod page;

pub use handler::StatusCode;
pub use page::EXAMPLES;

use crate::consistency::curation::Curation;
use crate::isolate;
use crate::store::{ClaimStore, StoreError};
use limits::Slots;
use oxhttp::model::{Body, Request};
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The largest request body accepted, by default: 1 MiB.
pub const DEFAULT_MAX_BODY: usize = 1 << 20;

/// The largest response built, by default: 256 MiB. Responses are built in memory so that a
/// query that runs out of time is answered 503 rather than cut off mid-way.
pub const DEFAULT_MAX_RESPONSE: usize = 256 << 20;

/// How long a connection may sit idle, or a read or write on it block.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(30);

/// Who may write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    /// Every write is answered 403.
    ReadOnly,
    /// Writes are accepted when they carry `Authorization: Bearer <token>`.
    ReadWrite { token: String },
}

/// How the server behaves; [`Config::default`] is read-only, with a 10 s time limit and one
/// query at a time per core.
#[derive(Clone, Debug)]
pub struct Config {
    pub access: Access,
    /// The time limit of each query, update, graph read and report.
    pub timeout: Duration,
    /// How many operations on the store run at once.
    pub max_queries: usize,
    /// How long a request waits for a free slot before it is answered 503.
    pub queue_wait: Duration,
    /// Send `Access-Control-Allow-Origin: *` and answer preflight requests.
    pub cors: bool,
    pub max_body: usize,
    pub max_response: usize,
    /// The curator's decisions the report at `/report` applies.
    pub curation: Curation,
}

impl Default for Config {
    fn default() -> Config {
        let timeout = Duration::from_secs(10);
        Config {
            access: Access::ReadOnly,
            timeout,
            max_queries: std::thread::available_parallelism().map_or(1, |n| n.get()),
            // A waiting request is given as long as a running one may take to finish.
            queue_wait: timeout,
            cors: false,
            max_body: DEFAULT_MAX_BODY,
            max_response: DEFAULT_MAX_RESPONSE,
            curation: Curation::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    #[error("the bearer token must be at least 16 visible ASCII characters without spaces")]
    WeakToken,
    #[error("cannot generate a token: {0}")]
    Token(#[source] io::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: io::Error,
    },
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// The endpoint over one store.
pub struct Server {
    store: ClaimStore,
    config: Config,
    slots: Arc<Slots>,
    /// Set by [`Running::shutdown`]: new requests are refused from then on.
    closing: AtomicBool,
}

impl Server {
    pub fn new(store: ClaimStore, config: Config) -> Result<Server, ServerError> {
        if let Access::ReadWrite { token } = &config.access {
            if token.len() < 16 || !token.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(ServerError::WeakToken);
            }
        }
        Ok(Server {
            store,
            slots: Arc::new(Slots::new(config.max_queries)),
            config,
            closing: AtomicBool::new(false),
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
}

/// A fresh bearer token: 128 bits from the operating system's generator, in hex.
pub fn generate_token() -> Result<String, ServerError> {
    random_hex().map_err(ServerError::Token)
}

/// 128 bits from the operating system's generator, in hex: tokens, and the names of graphs a
/// Graph Store POST creates.
fn random_hex() -> io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(io::Error::other)?;
    Ok(hex::encode(bytes))
}

/// One line of the request log.
#[derive(Clone, Debug)]
pub struct RequestLog {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub elapsed: Duration,
}

impl fmt::Display for RequestLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} ms",
            self.method,
            self.path,
            self.status,
            self.elapsed.as_millis()
        )
    }
}

/// A server listening; see [`Running::shutdown`].
pub struct Running {
    server: Arc<Server>,
    in_flight: Arc<AtomicUsize>,
    addr: SocketAddr,
    // The listener threads end with the process: oxhttp has no way to stop them, and once
    // `closing` is set they only answer 503.
    _listener: oxhttp::ListeningServer,
}

/// Counts a request in flight while alive.
struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn enter(count: &Arc<AtomicUsize>) -> InFlight {
        count.fetch_add(1, Ordering::AcqRel);
        InFlight(Arc::clone(count))
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Binds `addr` and answers requests with `server`, each on a thread of its own; `log` is
/// called once per request, after it is answered.
pub fn serve(
    server: Arc<Server>,
    addr: SocketAddr,
    log: impl Fn(&RequestLog) + Send + Sync + 'static,
) -> Result<Running, ServerError> {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&in_flight);
    let handler = Arc::clone(&server);
    // Connections beyond this wait in the kernel's queue until a thread is free.
    let connections = server.config.max_queries.saturating_mul(8).max(64);
    let http = oxhttp::Server::new(move |request: &mut Request<Body>| {
        let _counted = InFlight::enter(&counter);
        let started = Instant::now();
        let method = request.method().to_string();
        let path = request.uri().path().to_owned();
        // A bug must cost one request, not the server.
        let response = isolate::catch("answering this request", || handler.handle(request))
            .unwrap_or_else(|error| {
                handler::error_response((StatusCode::INTERNAL_SERVER_ERROR, error.to_string()))
            });
        log(&RequestLog {
            method,
            path,
            status: response.status().as_u16(),
            elapsed: started.elapsed(),
        });
        response
    })
    .bind(addr)
    .with_global_timeout(CONNECTION_TIMEOUT)
    .with_max_concurrent_connections(connections);
    let listener = http
        .spawn()
        .map_err(|source| ServerError::Bind { addr, source })?;
    Ok(Running {
        server,
        in_flight,
        addr,
        _listener: listener,
    })
}

impl Running {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops: refuses new requests (503), waits up to `grace` for those in flight, and flushes
    /// the store if it was written. Returns how many requests were still running.
    pub fn shutdown(self, grace: Duration) -> Result<usize, ServerError> {
        self.server.closing.store(true, Ordering::Release);
        let until = Instant::now() + grace;
        while self.in_flight.load(Ordering::Acquire) > 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        if matches!(self.server.config.access, Access::ReadWrite { .. }) {
            self.server.store.flush()?;
        }
        Ok(self.in_flight.load(Ordering::Acquire))
    }
}
