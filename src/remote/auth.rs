//! Who the client says it is: the credentials, and the Authorization header each request
//! carries, Basic, Digest (RFC 7616) or Bearer. Nothing is sent with a password until a 401
//! says which scheme the store wants: a Basic header sent unasked would put the password on
//! the wire in clear even to a store that wants Digest, which never sends it.

use super::{shorten, RemoteError};
use base64::Engine as _;
use md5::Md5;
use sha2::{Digest as _, Sha256};

/// Who the client says it is.
#[derive(Clone, Debug, Default)]
pub enum Credentials {
    #[default]
    None,
    /// Sent as Basic or Digest, whichever the server's challenge asks for.
    Password { user: String, password: String },
    /// `Authorization: Bearer` on every request.
    Token(String),
}

/// The credentials and what the server last asked for.
pub(super) struct Auth {
    credentials: Credentials,
    state: State,
}

/// What the server last asked for.
enum State {
    /// Nothing sent until a 401 says what is wanted (Bearer tokens are always sent).
    Unknown,
    Basic,
    Digest(Challenge),
}

impl Auth {
    /// Refuses credentials that cannot go in a header: a line break there would end it and
    /// start another of the caller's choosing.
    pub(super) fn new(credentials: Credentials) -> Result<Auth, RemoteError> {
        let secrets: Vec<&str> = match &credentials {
            Credentials::None => Vec::new(),
            Credentials::Password { user, password } => vec![user.as_str(), password.as_str()],
            Credentials::Token(token) => vec![token.as_str()],
        };
        if secrets.iter().any(|s| s.chars().any(char::is_control)) {
            return Err(RemoteError::Credentials);
        }
        Ok(Auth {
            credentials,
            state: State::Unknown,
        })
    }

    /// Whether there are credentials at all: a 401 without them asks the user for some.
    pub(super) fn offered(&self) -> bool {
        !matches!(self.credentials, Credentials::None)
    }

    /// The Authorization header for the next request to `target` (the path and query of the
    /// request line, which a Digest answer covers), if any.
    pub(super) fn header(&mut self, method: &str, target: &str) -> Option<String> {
        match (&self.credentials, &mut self.state) {
            (Credentials::Token(token), _) => Some(format!("Bearer {token}")),
            (Credentials::Password { user, password }, State::Basic) => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
            (Credentials::Password { user, password }, State::Digest(challenge)) => {
                challenge.nc += 1;
                let cnonce = cnonce(challenge.nc);
                Some(challenge.authorization(user, password, method, target, &cnonce))
            }
            _ => None,
        }
    }

    /// Reads the WWW-Authenticate headers of a 401 from `url`: true when there is something
    /// new to answer with (a first challenge, or a new nonce), false when answering again
    /// would be refused again.
    pub(super) fn learn(&mut self, url: &str, challenges: &[&str]) -> Result<bool, RemoteError> {
        if !matches!(self.credentials, Credentials::Password { .. }) {
            return Ok(false);
        }
        if let Some(challenge) = challenges.iter().find_map(|h| Challenge::parse(h)) {
            let new = match &self.state {
                State::Digest(old) => old.nonce != challenge.nonce,
                _ => true,
            };
            self.state = State::Digest(challenge);
            return Ok(new);
        }
        if challenges
            .iter()
            .any(|h| h.trim_start().to_ascii_lowercase().starts_with("basic"))
        {
            let new = !matches!(self.state, State::Basic);
            self.state = State::Basic;
            return Ok(new);
        }
        if challenges.is_empty() {
            return Ok(false);
        }
        Err(RemoteError::UnsupportedAuth {
            url: shorten(url),
            challenge: challenges.join(", "),
        })
    }
}

/// A client nonce: it need not be secret, only not repeat, so the clock, the process and the
/// count are enough.
fn cnonce(nc: u32) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hex::encode(Md5::digest(format!("{nanos}:{}:{nc}", std::process::id())))
}

/// The hash functions of RFC 7616.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DigestAlgorithm {
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

impl DigestAlgorithm {
    fn parse(name: &str) -> Option<DigestAlgorithm> {
        Some(match name.to_ascii_uppercase().as_str() {
            "MD5" => DigestAlgorithm::Md5,
            "MD5-SESS" => DigestAlgorithm::Md5Sess,
            "SHA-256" => DigestAlgorithm::Sha256,
            "SHA-256-SESS" => DigestAlgorithm::Sha256Sess,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            DigestAlgorithm::Md5 => "MD5",
            DigestAlgorithm::Md5Sess => "MD5-sess",
            DigestAlgorithm::Sha256 => "SHA-256",
            DigestAlgorithm::Sha256Sess => "SHA-256-sess",
        }
    }

    fn hash(self, text: &str) -> String {
        match self {
            DigestAlgorithm::Md5 | DigestAlgorithm::Md5Sess => hex::encode(Md5::digest(text)),
            DigestAlgorithm::Sha256 | DigestAlgorithm::Sha256Sess => {
                hex::encode(Sha256::digest(text))
            }
        }
    }
}

/// The parameters of a request's digest (RFC 7616, section 3.4.1).
struct DigestInput<'a> {
    algorithm: DigestAlgorithm,
    user: &'a str,
    realm: &'a str,
    password: &'a str,
    method: &'a str,
    uri: &'a str,
    nonce: &'a str,
    /// `Some(("auth", nc, cnonce))` when the server offered qop=auth; `None` for RFC 2069.
    qop: Option<(&'a str, u32, &'a str)>,
}

/// The `response` value of a Digest Authorization header.
fn digest_response(input: &DigestInput<'_>) -> String {
    let a = input.algorithm;
    let mut ha1 = a.hash(&format!(
        "{}:{}:{}",
        input.user, input.realm, input.password
    ));
    if matches!(a, DigestAlgorithm::Md5Sess | DigestAlgorithm::Sha256Sess) {
        let cnonce = input.qop.map_or("", |(_, _, c)| c);
        ha1 = a.hash(&format!("{ha1}:{}:{cnonce}", input.nonce));
    }
    let ha2 = a.hash(&format!("{}:{}", input.method, input.uri));
    match input.qop {
        Some((qop, nc, cnonce)) => a.hash(&format!(
            "{ha1}:{}:{nc:08x}:{cnonce}:{qop}:{ha2}",
            input.nonce
        )),
        None => a.hash(&format!("{ha1}:{}:{ha2}", input.nonce)),
    }
}

/// A Digest challenge from a WWW-Authenticate header.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Challenge {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    algorithm: DigestAlgorithm,
    /// Whether the server offered `qop=auth` (the only protection this client gives).
    qop_auth: bool,
    /// Requests answered with this nonce so far.
    nc: u32,
}

impl Challenge {
    /// The Digest challenge of a header, if it holds one this client can answer.
    fn parse(header: &str) -> Option<Challenge> {
        let rest = header.trim_start();
        let (scheme, params) = rest.split_once(char::is_whitespace)?;
        if !scheme.eq_ignore_ascii_case("digest") {
            return None;
        }
        let params = auth_params(params);
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let algorithm = match get("algorithm") {
            Some(a) => DigestAlgorithm::parse(&a)?,
            None => DigestAlgorithm::Md5,
        };
        let qop_auth = match get("qop") {
            Some(q) => {
                if !q.split(',').any(|q| q.trim().eq_ignore_ascii_case("auth")) {
                    return None;
                }
                true
            }
            None => false,
        };
        Some(Challenge {
            realm: get("realm").unwrap_or_default(),
            nonce: get("nonce")?,
            opaque: get("opaque"),
            algorithm,
            qop_auth,
            nc: 0,
        })
    }

    /// The Authorization header answering this challenge for one request.
    fn authorization(
        &self,
        user: &str,
        password: &str,
        method: &str,
        uri: &str,
        cnonce: &str,
    ) -> String {
        let qop = self.qop_auth.then_some(("auth", self.nc, cnonce));
        let response = digest_response(&DigestInput {
            algorithm: self.algorithm,
            user,
            realm: &self.realm,
            password,
            method,
            uri,
            nonce: &self.nonce,
            qop,
        });
        let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let mut header = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", algorithm={}, response=\"{response}\"",
            quote(user),
            quote(&self.realm),
            quote(&self.nonce),
            quote(uri),
            self.algorithm.name(),
        );
        if let Some((qop, nc, cnonce)) = qop {
            header.push_str(&format!(
                ", qop={qop}, nc={nc:08x}, cnonce=\"{}\"",
                quote(cnonce)
            ));
        }
        if let Some(opaque) = &self.opaque {
            header.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
        }
        header
    }
}

/// `name=value` and `name="quoted, value"` pairs, comma-separated.
fn auth_params(text: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c == ',' {
                break;
            }
            name.push(c);
            chars.next();
        }
        if name.trim().is_empty() {
            break;
        }
        let mut value = String::new();
        if chars.peek() == Some(&'=') {
            chars.next();
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            if chars.peek() == Some(&'"') {
                chars.next();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some(c) = chars.next() {
                                value.push(c);
                            }
                        }
                        '"' => break,
                        c => value.push(c),
                    }
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c == ',' {
                        break;
                    }
                    value.push(c);
                    chars.next();
                }
                value = value.trim().to_owned();
            }
        }
        params.push((name.trim().to_owned(), value));
    }
    params
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7616, section 3.9.1: the same request answered with MD5 and with SHA-256.
    #[test]
    fn digest_matches_the_rfc_7616_example() {
        let mut input = DigestInput {
            algorithm: DigestAlgorithm::Md5,
            user: "Mufasa",
            realm: "http-auth@example.org",
            password: "Circle of Life",
            method: "GET",
            uri: "/dir/index.html",
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
            qop: Some(("auth", 1, "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")),
        };
        assert_eq!(digest_response(&input), "8ca523f5e9506fed4657c9700eebdbec");
        input.algorithm = DigestAlgorithm::Sha256;
        assert_eq!(
            digest_response(&input),
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    #[test]
    fn challenges_parse_and_are_answered() {
        let header = r#"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#;
        let mut c = Challenge::parse(header).expect("a digest challenge");
        assert_eq!(c.realm, "http-auth@example.org");
        assert!(c.qop_auth);
        assert_eq!(c.algorithm, DigestAlgorithm::Md5);
        c.nc = 1;
        let h = c.authorization(
            "Mufasa",
            "Circle of Life",
            "GET",
            "/dir/index.html",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
        );
        assert!(h.starts_with("Digest username=\"Mufasa\""), "{h}");
        assert!(
            h.contains("response=\"8ca523f5e9506fed4657c9700eebdbec\""),
            "{h}"
        );
        assert!(h.contains("nc=00000001"), "{h}");
        assert!(h.contains("opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""));
        // Virtuoso's, as its Graph Store endpoint sends it.
        let v = Challenge::parse(r#"Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="c7c6", opaque="5ebe", stale="false", qop="auth", algorithm="MD5""#).expect("virtuoso");
        assert_eq!((v.realm.as_str(), v.nonce.as_str()), ("SPARQL", "c7c6"));
        assert!(Challenge::parse("Basic realm=\"x\"").is_none());
        assert!(Challenge::parse("Digest realm=\"x\", nonce=\"n\", qop=\"auth-int\"").is_none());
    }

    fn password(user: &str, password: &str) -> Auth {
        Auth::new(Credentials::Password {
            user: user.into(),
            password: password.into(),
        })
        .expect("no control characters")
    }

    /// RFC 7617, section 2: Basic is `user:password` in base64, sent once a challenge asks.
    #[test]
    fn basic_answers_a_basic_challenge_once() {
        let mut auth = password("Aladdin", "open sesame");
        assert_eq!(auth.header("GET", "/"), None, "nothing before a challenge");
        assert!(auth
            .learn("http://h/", &["Basic realm=\"x\""])
            .expect("basic"));
        assert_eq!(
            auth.header("GET", "/").as_deref(),
            Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        );
        // The same challenge again: the credentials were refused.
        assert!(!auth
            .learn("http://h/", &["Basic realm=\"x\""])
            .expect("basic"));
    }

    #[test]
    fn digest_is_preferred_and_a_new_nonce_answered_again() {
        let mut auth = password("Mufasa", "Circle of Life");
        let first = [
            "Basic realm=\"x\"",
            "Digest realm=\"x\", nonce=\"n1\", qop=\"auth\"",
        ];
        assert!(auth.learn("http://h/", &first).expect("digest"));
        let h = auth.header("PUT", "/store?graph=g").expect("a header");
        assert!(
            h.starts_with("Digest ") && h.contains("uri=\"/store?graph=g\""),
            "{h}"
        );
        assert!(h.contains("nc=00000001"), "{h}");
        assert!(auth
            .header("PUT", "/")
            .expect("a header")
            .contains("nc=00000002"));
        assert!(
            !auth.learn("http://h/", &first).expect("digest"),
            "same nonce"
        );
        let stale = ["Digest realm=\"x\", nonce=\"n2\", qop=\"auth\""];
        assert!(
            auth.learn("http://h/", &stale).expect("digest"),
            "new nonce"
        );
    }

    #[test]
    fn tokens_unknown_schemes_and_control_characters() {
        let mut auth = Auth::new(Credentials::Token("t0k".into())).expect("a token");
        assert_eq!(auth.header("GET", "/").as_deref(), Some("Bearer t0k"));
        assert!(!auth
            .learn("http://h/", &["Bearer"])
            .expect("nothing to learn"));
        assert!(matches!(
            password("u", "p").learn("http://h/", &["Negotiate"]),
            Err(RemoteError::UnsupportedAuth { .. })
        ));
        assert!(!Auth::new(Credentials::None).expect("none").offered());
        assert!(matches!(
            Auth::new(Credentials::Token("a\r\nX-Evil: 1".into())),
            Err(RemoteError::Credentials)
        ));
    }
}
