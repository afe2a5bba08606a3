//! The requests of a [`Remote`]: its URLs checked, one HTTP exchange through ureq, and the loop
//! around it that tries again after connection errors and 5xx answers (with backoff) and
//! answers a 401's challenge. ureq speaks HTTP; this file says how it is set up (every status
//! handed back, no redirects, no proxy, time limits) and when a request is sent again.

use super::{shorten, Config, Remote, RemoteError};
use crate::model::iri;
use std::time::Duration;
use ureq::http::Uri;

/// The largest answer read: a page of results is a few megabytes at most.
const MAX_RESPONSE: u64 = 1 << 30;

impl Remote {
    /// One request, with credentials as the server asked for them, retried after connection
    /// errors and 5xx answers (but 501) with exponential backoff.
    pub(super) fn send(
        &mut self,
        method: &str,
        url: &str,
        content_type: Option<&str>,
        accept: Option<&str>,
        body: Option<&[u8]>,
    ) -> Result<HttpResponse, RemoteError> {
        let uri = parse_url(url)?;
        let mut attempt = 0;
        let mut challenges = 0;
        loop {
            attempt += 1;
            let mut headers: Vec<(&str, String)> = Vec::new();
            if let Some(t) = content_type {
                headers.push(("Content-Type", t.to_owned()));
            }
            if let Some(a) = accept {
                headers.push(("Accept", a.to_owned()));
            }
            if let Some(authorization) = self.auth.header(method, request_target(&uri)) {
                headers.push(("Authorization", authorization));
            }
            let retry = match exchange(&self.agent, method, &uri, &headers, body) {
                Err(e) => {
                    if attempt >= self.config.attempts {
                        return Err(RemoteError::Connection {
                            method: method.to_owned(),
                            url: shorten(url),
                            attempts: attempt,
                            source: e.into_io(),
                        });
                    }
                    true
                }
                Ok(response) => {
                    self.tally.requests += 1;
                    if response.status == 401 {
                        challenges += 1;
                        // A first challenge, or a new nonce: answer it once more.
                        let asked: Vec<&str> = response.headers_named("www-authenticate").collect();
                        if challenges <= 2 && self.auth.learn(url, &asked)? {
                            attempt -= 1;
                            continue;
                        }
                        return Err(RemoteError::Unauthorized {
                            url: shorten(url),
                            offered: self.auth.offered(),
                        });
                    }
                    if transient(response.status) && attempt < self.config.attempts {
                        true
                    } else {
                        return Ok(response);
                    }
                }
            };
            if retry {
                self.tally.retries += 1;
                std::thread::sleep(backoff(
                    self.config.backoff,
                    self.config.max_backoff,
                    attempt,
                ));
            }
        }
    }
}

/// Whether an answer may change if the same request is sent again: a 5xx, but 501 (Not
/// Implemented), which a store without a Graph Store gives a PUT and gives again.
fn transient(status: u16) -> bool {
    status >= 500 && status != 501
}

/// The wait before retry number `attempt` (1 for the first retry): `first`, doubled each time,
/// at most `cap`.
fn backoff(first: Duration, cap: Duration, attempt: u32) -> Duration {
    let factor = 1u32 << attempt.saturating_sub(1).min(16);
    first.saturating_mul(factor).min(cap)
}

/// The URL a request goes to, checked: `http://` or `https://`, a host, no credentials in it
/// (they would go in clear in logs and messages; the command line has options for them).
pub(super) fn parse_url(url: &str) -> Result<Uri, RemoteError> {
    let bad = |reason: &str| RemoteError::Url {
        url: shorten(url),
        reason: reason.to_owned(),
    };
    let uri: Uri = url
        .parse()
        .map_err(|e: ureq::http::uri::InvalidUri| bad(&e.to_string()))?;
    match uri.scheme_str() {
        None => return Err(bad("not an absolute http:// or https:// URL")),
        Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {}
        Some(_) => return Err(bad("only http:// and https:// URLs")),
    }
    let Some(authority) = uri.authority() else {
        return Err(bad("no host"));
    };
    if authority.as_str().contains('@') {
        return Err(bad("credentials go in --user and --password, not the URL"));
    }
    if authority.host().is_empty() {
        return Err(bad("no host"));
    }
    Ok(uri)
}

/// The request target as the request line carries it (path and query), which a Digest answer
/// must repeat: the same expression ureq writes the request line with.
fn request_target(uri: &Uri) -> &str {
    uri.path_and_query().map_or("/", |p| p.as_str())
}

/// The HTTP client every request of one [`Remote`] goes through.
pub(super) fn agent(config: &Config) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        // The protocol reads every status itself: a 404 or 415 of a Graph Store sends it to the
        // Update fallback, a 401 carries the challenge, a 5xx is retried, and an error answer's
        // body says what the store did not like.
        .http_status_as_error(false)
        // Redirects are not followed: a store that moved is an error to read, and a PUT or POST
        // body must not be sent anywhere but where it was meant to go.
        .max_redirects(0)
        // The store is reached directly, whatever proxy the environment names.
        .proxy(None)
        .user_agent(format!("claimgraph/{}", env!("CARGO_PKG_VERSION")))
        // No Accept unless the request asks for one (SELECT does).
        .accept("")
        // One limit for connecting, and for each read and write of the socket: a slow store
        // sending a large page is not cut off as long as bytes keep coming.
        .timeout_connect(Some(config.timeout))
        .timeout_per_read(Some(config.timeout))
        .timeout_per_write(Some(config.timeout))
        .build();
    ureq::Agent::new_with_config(config)
}

/// An answer: status, headers and the whole body.
pub(super) struct HttpResponse {
    pub(super) status: u16,
    headers: ureq::http::HeaderMap,
    pub(super) body: Vec<u8>,
}

impl HttpResponse {
    pub(super) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .get_all(name)
            .into_iter()
            .filter_map(|v| v.to_str().ok())
    }
}

/// One exchange: the request sent, the whole answer read (at most [`MAX_RESPONSE`] bytes).
/// `body` is `None` for a request without one (GET), which then carries no Content-Length.
fn exchange(
    agent: &ureq::Agent,
    method: &str,
    uri: &Uri,
    headers: &[(&str, String)],
    body: Option<&[u8]>,
) -> Result<HttpResponse, ureq::Error> {
    let mut request = ureq::http::Request::builder()
        .method(method)
        .uri(uri.clone());
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    let response = match body {
        Some(body) => agent.run(request.body(body)?)?,
        None => agent.run(request.body(())?)?,
    };
    let (parts, mut body) = response.into_parts();
    let body = body.with_config().limit(MAX_RESPONSE).read_to_vec()?;
    Ok(HttpResponse {
        status: parts.status.as_u16(),
        headers: parts.headers,
        body,
    })
}

/// `url` with `name=value` added to its query string.
pub(super) fn with_param(url: &str, name: &str, value: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{name}={}", iri::encode(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_cap() {
        let ms = Duration::from_millis;
        let waits: Vec<Duration> = (1..=7).map(|a| backoff(ms(250), ms(4000), a)).collect();
        assert_eq!(
            waits,
            [250, 500, 1000, 2000, 4000, 4000, 4000].map(ms).to_vec()
        );
    }

    #[test]
    fn urls_are_checked_and_built() {
        assert!(parse_url("http://127.0.0.1:8890/sparql").is_ok());
        assert!(parse_url("https://example.org/sparql").is_ok());
        assert!(parse_url("HTTP://example.org/sparql").is_ok());
        for bad in [
            "ftp://x/",
            "not a url",
            "/sparql",
            "127.0.0.1:8890/sparql",
            "http://u:p@h/",
            "http:///sparql",
        ] {
            assert!(
                matches!(parse_url(bad), Err(RemoteError::Url { .. })),
                "{bad}"
            );
        }
        let target = |url: &str| request_target(&parse_url(url).expect("parses")).to_owned();
        assert_eq!(target("http://127.0.0.1:8890/sparql?x=1"), "/sparql?x=1");
        // A fragment stays with the client, as the request line never carries one.
        assert_eq!(target("http://h/s?x=1#f"), "/s?x=1");
        assert_eq!(target("http://[::1]/"), "/");
        assert_eq!(target("http://h"), "/");
        assert_eq!(
            with_param("http://h/gs", "graph", "https://w3id.org/x#y z"),
            "http://h/gs?graph=https%3A%2F%2Fw3id.org%2Fx%23y%20z"
        );
        assert_eq!(
            with_param("http://h/s?a=1", "query", "é"),
            "http://h/s?a=1&query=%C3%A9"
        );
    }
}
