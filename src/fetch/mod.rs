//! Web pages fetched from a list of addresses (`claimgraph ingest --urls`) into a cache folder,
//! each kept as a one-record web archive (`ADDRESS-ID.warc.gz`, the id the corpus gives an
//! archived page), so that the corpus reads them as it reads any archive: the address and the
//! time of the fetch come with the page, and a second run finds them in the cache and fetches
//! nothing.
//!
//! Fetching is polite: a user agent naming the tool, robots.txt read once per site and obeyed
//! (the group for `claimgraph`, else `*`; the longest matching `Allow`/`Disallow` rule wins),
//! a delay between two requests to one host, timeouts, redirects followed (at most 5), and
//! gzip asked for and decoded here. A page that fails is reported by its address and the others
//! go on.

use crate::corpus::page_id;
use crate::model::time::Date;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use std::collections::HashMap;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// The name requests go out under, and the robots.txt group obeyed first.
const AGENT_NAME: &str = "claimgraph";
/// A page larger than this (decoded) is not read.
const MAX_PAGE: u64 = 64 * 1024 * 1024;

/// How pages are fetched.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// The cache folder (created when missing).
    pub cache: PathBuf,
    /// The least time between two requests to one host.
    pub delay: Duration,
    /// For connecting, and for each read and write of the socket.
    pub timeout: Duration,
}

/// Why a page was not fetched.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    #[error("{url}: not an http:// or https:// address")]
    BadUrl { url: String },
    #[error("{url}: robots.txt of the site disallows it")]
    Disallowed { url: String },
    #[error("{url}: HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: {message}")]
    Http { url: String, message: String },
    #[error("{}: {source}", path.display())]
    Cache {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// What became of one address.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Fetched now and written into the cache, at this path.
    Fetched(PathBuf),
    /// Found in the cache: not fetched again.
    Cached(PathBuf),
}

impl Outcome {
    pub fn path(&self) -> &Path {
        match self {
            Outcome::Fetched(p) | Outcome::Cached(p) => p,
        }
    }
}

/// robots.txt rules: (allow, path pattern).
type Rules = Vec<(bool, String)>;

/// A site's robots.txt rules for this tool.
#[derive(Debug, Default)]
struct Robots {
    rules: Rules,
    /// The site could not say (robots.txt answered 5xx): nothing is fetched from it.
    unreachable: bool,
}

impl Robots {
    /// The rules of the `claimgraph` group, else of the `*` group.
    fn parse(text: &str) -> Robots {
        let mut groups: Vec<(Vec<String>, Rules)> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            match key.as_str() {
                "user-agent" => {
                    if !in_agents || groups.is_empty() {
                        groups.push((Vec::new(), Vec::new()));
                    }
                    in_agents = true;
                    if let Some(group) = groups.last_mut() {
                        group.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(group) = groups.last_mut() {
                        // An empty Disallow allows everything: no rule.
                        if !value.is_empty() {
                            group.1.push((key == "allow", value.to_owned()));
                        }
                    }
                }
                _ => in_agents = false,
            }
        }
        let find = |name: &str| {
            groups
                .iter()
                .find(|(agents, _)| agents.iter().any(|a| a == name))
                .map(|(_, rules)| rules.clone())
        };
        Robots {
            rules: find(AGENT_NAME).or_else(|| find("*")).unwrap_or_default(),
            unreachable: false,
        }
    }

    /// Whether `path` (with its query) may be fetched: the longest matching rule decides, an
    /// `Allow` winning a tie; `*` in a rule matches any run of characters, `$` ends it.
    fn allows(&self, path: &str) -> bool {
        if self.unreachable {
            return false;
        }
        let mut best: Option<(usize, bool)> = None;
        for (allow, rule) in &self.rules {
            if rule_matches(rule, path) {
                let longer = best.is_none_or(|(len, was)| {
                    rule.len() > len || (rule.len() == len && *allow && !was)
                });
                if longer {
                    best = Some((rule.len(), *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// Whether a robots.txt path rule matches a path (from its start).
fn rule_matches(rule: &str, path: &str) -> bool {
    let (rule, anchored) = match rule.strip_suffix('$') {
        Some(rule) => (rule, true),
        None => (rule, false),
    };
    let parts: Vec<&str> = rule.split('*').collect();
    let Some(first) = parts.first() else {
        return true;
    };
    let Some(mut rest) = path.strip_prefix(first) else {
        return false;
    };
    for (i, part) in parts.iter().enumerate().skip(1) {
        let last = i == parts.len() - 1;
        if last && anchored {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    !anchored || rest.is_empty() || (parts.len() > 1 && parts.last() == Some(&""))
}

/// An address split: `https://host:8080` and `/path?query`.
fn split_url(url: &str) -> Option<(String, String, String)> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://"))
        || url.contains(char::is_whitespace)
    {
        return None;
    }
    let scheme_end = url.find("://")? + 3;
    let host_end = url[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| scheme_end + i);
    let host = url[scheme_end..host_end].to_ascii_lowercase();
    if host.is_empty() {
        return None;
    }
    let path = url[host_end..].split('#').next().unwrap_or("");
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    Some((format!("{}{host}", &url[..scheme_end]), host, path))
}

/// Fetches pages into the cache, one at a time.
pub struct Fetcher {
    agent: ureq::Agent,
    options: FetchOptions,
    robots: HashMap<String, Robots>,
    last: HashMap<String, Instant>,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(5)
            .user_agent(format!(
                "{AGENT_NAME}/{} (+https://w3id.org/claimgraph)",
                env!("CARGO_PKG_VERSION")
            ))
            .timeout_connect(Some(options.timeout))
            .timeout_per_read(Some(options.timeout))
            .timeout_per_write(Some(options.timeout))
            .build();
        Fetcher {
            agent: ureq::Agent::new_with_config(config),
            options,
            robots: HashMap::new(),
            last: HashMap::new(),
        }
    }

    /// Where the page of `url` is kept in the cache.
    pub fn cache_path(&self, url: &str) -> PathBuf {
        self.options.cache.join(format!("{}.warc.gz", page_id(url)))
    }

    /// The page of `url`, from the cache or fetched into it.
    pub fn fetch(&mut self, url: &str) -> Result<Outcome, FetchError> {
        let (origin, host, path) = split_url(url).ok_or_else(|| FetchError::BadUrl {
            url: url.to_owned(),
        })?;
        let cached = self.cache_path(url);
        if cached.is_file() {
            return Ok(Outcome::Cached(cached));
        }
        if !self.robots.contains_key(&origin) {
            let robots = self.read_robots(&origin, &host);
            self.robots.insert(origin.clone(), robots);
        }
        if !self.robots[&origin].allows(&path) {
            return Err(FetchError::Disallowed {
                url: url.to_owned(),
            });
        }
        let http = |message: String| FetchError::Http {
            url: url.to_owned(),
            message,
        };
        let (status, content_type, body) = self.get(&host, url).map_err(http)?;
        if !(200..300).contains(&status) {
            return Err(FetchError::Status {
                url: url.to_owned(),
                status,
            });
        }
        let record = warc_record(url, &fetch_time(), status, content_type.as_deref(), &body);
        let cache_error = |source| FetchError::Cache {
            path: cached.clone(),
            source,
        };
        fs::create_dir_all(&self.options.cache).map_err(cache_error)?;
        // Written whole under another name, then renamed: a cut run leaves no half page.
        let partial = cached.with_extension("partial");
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&record).map_err(cache_error)?;
        fs::write(&partial, gz.finish().map_err(cache_error)?).map_err(cache_error)?;
        fs::rename(&partial, &cached).map_err(cache_error)?;
        Ok(Outcome::Fetched(cached))
    }

    /// The site's robots.txt rules: none when it has none (4xx) or cannot be reached; when it
    /// answers 5xx, the site is left alone.
    fn read_robots(&mut self, origin: &str, host: &str) -> Robots {
        match self.get(host, &format!("{origin}/robots.txt")) {
            Ok((200..=299, _, body)) => Robots::parse(&String::from_utf8_lossy(&body)),
            Ok((500..=599, _, _)) => Robots {
                unreachable: true,
                ..Robots::default()
            },
            _ => Robots::default(),
        }
    }

    /// One GET, after the host's delay: the status, the Content-Type and the body, gzip
    /// decoded.
    fn get(&mut self, host: &str, url: &str) -> Result<(u16, Option<String>, Vec<u8>), String> {
        if let Some(last) = self.last.get(host) {
            let since = last.elapsed();
            if since < self.options.delay {
                std::thread::sleep(self.options.delay - since);
            }
        }
        let result = self
            .agent
            .get(url)
            .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
            .header("Accept-Encoding", "gzip")
            .call();
        self.last.insert(host.to_owned(), Instant::now());
        let response = result.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type");
        let gzipped =
            header("content-encoding").is_some_and(|e| e.trim().eq_ignore_ascii_case("gzip"));
        let mut body = response
            .into_body()
            .with_config()
            .limit(MAX_PAGE)
            .read_to_vec()
            .map_err(|e| e.to_string())?;
        if gzipped {
            let mut decoded = Vec::new();
            GzDecoder::new(body.as_slice())
                .take(MAX_PAGE + 1)
                .read_to_end(&mut decoded)
                .map_err(|e| format!("gzip: {e}"))?;
            if decoded.len() as u64 > MAX_PAGE {
                return Err("the page is larger than 64 MiB".to_owned());
            }
            body = decoded;
        }
        Ok((status, content_type, body))
    }
}

/// The addresses of a URL list: one a line, blank lines and `#` comments left out.
pub fn url_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Now, as WARC writes it (`2019-11-19T10:00:00Z`).
fn fetch_time() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = Date::from_ymd(1970, 1, 1)
        .map(|epoch| epoch.add_days((secs / 86_400) as i32))
        .map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string());
    let s = secs % 86_400;
    format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// A WARC 1.1 response record of a fetched page (its body decoded, so no Content-Encoding).
fn warc_record(
    url: &str,
    date: &str,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Vec<u8> {
    let mut http = format!("HTTP/1.1 {status} OK\r\n");
    if let Some(content_type) = content_type {
        http.push_str(&format!(
            "Content-Type: {}\r\n",
            content_type.replace(['\r', '\n'], " ")
        ));
    }
    http.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut block = http.into_bytes();
    block.extend_from_slice(body);
    let id = page_id(&format!("{url} {date}"));
    let mut record = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:claimgraph:{id}>\r\n\
         WARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n\
         Content-Type: application/http;msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(&block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_rules_for_this_tool_else_everyone() {
        let robots = Robots::parse(
            "User-agent: *\nDisallow: /\n\n# us\nUser-agent: Other\nUser-agent: claimgraph\n\
             Disallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\nDisallow:\n",
        );
        assert!(robots.allows("/news/a.html"));
        assert!(!robots.allows("/private/x"));
        assert!(robots.allows("/private/open/x"));
        assert!(!robots.allows("/files/a.pdf"));
        assert!(robots.allows("/files/a.pdf?x"));
        let everyone = Robots::parse("User-agent: *\nDisallow: /private\n");
        assert!(!everyone.allows("/private/x") && everyone.allows("/public"));
        assert!(Robots::parse("").allows("/x"));
        assert!(Robots::parse("garbage\n:::\nDisallow /x").allows("/x"));
    }

    #[test]
    fn addresses_split_into_origin_host_and_path() {
        assert_eq!(
            split_url("https://Example.com:8080/a/b?c=1#frag"),
            Some((
                "https://example.com:8080".into(),
                "example.com:8080".into(),
                "/a/b?c=1".into()
            ))
        );
        assert_eq!(
            split_url("http://example.com"),
            Some((
                "http://example.com".into(),
                "example.com".into(),
                "/".into()
            ))
        );
        for bad in ["ftp://x/y", "example.com/a", "http:///a", "http://a b/"] {
            assert_eq!(split_url(bad), None, "{bad}");
        }
        assert_eq!(
            url_list("# list\n\nhttp://a/1\n  http://a/2  \n"),
            ["http://a/1", "http://a/2"]
        );
    }
}
