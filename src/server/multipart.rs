//! `multipart/form-data` bodies ([RFC 7578](https://www.rfc-editor.org/rfc/rfc7578), with the
//! syntax of [RFC 2046 §5.1.1](https://www.rfc-editor.org/rfc/rfc2046#section-5.1.1)): the way
//! a Graph Store POST sends several RDF documents at once, as a browser's file upload form does,
//! one document per part, each with its own `Content-Type`. The W3C Graph Store tests
//! (`post_get_post_get_*`) post two Turtle files so.

use super::error::{HttpError, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};

/// One part of a multipart body.
#[derive(Debug, PartialEq, Eq)]
pub struct Part<'a> {
    /// The form field's name (`Content-Disposition: form-data; name="..."`), to name the part
    /// in messages.
    pub name: Option<String>,
    /// The part's own `Content-Type`, with its parameters.
    pub content_type: Option<String>,
    pub body: &'a [u8],
}

/// The `boundary` parameter of a `multipart/...` Content-Type (quoted or not).
pub fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|b| (1..=70).contains(&b.len()))
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Splits a body into its parts. The preamble before the first boundary and the epilogue
/// after the last are ignored, as RFC 2046 says; the error says what is malformed.
pub fn parts<'a>(body: &'a [u8], boundary: &str) -> Result<Vec<Part<'a>>, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    // Every boundary after the first one starts a line.
    let next = [&b"\r\n"[..], &delimiter].concat();
    let mut at = if body.starts_with(&delimiter) {
        0
    } else {
        find(body, &next)
            .map(|i| i + 2)
            .ok_or_else(|| format!("the multipart body has no boundary --{boundary}"))?
    };
    let mut parts = Vec::new();
    loop {
        at += delimiter.len();
        let rest = &body[at..];
        if rest.starts_with(b"--") {
            return Ok(parts);
        }
        // The boundary line may end with blanks (transport padding), then CRLF.
        let line =
            find(rest, b"\r\n").ok_or("the multipart body ends without its closing boundary")?;
        if !rest[..line].iter().all(|b| *b == b' ' || *b == b'\t') {
            return Err(format!("text after the boundary --{boundary} on its line"));
        }
        let start = at + line + 2;
        let end = find(&body[start..], &next)
            .map(|i| start + i)
            .ok_or("a part of the multipart body is not closed by a boundary")?;
        parts.push(part(&body[start..end])?);
        at = end + 2;
    }
}

/// A part: header lines, an empty line, the content.
fn part(bytes: &[u8]) -> Result<Part<'_>, String> {
    let (head, body) = if let Some(body) = bytes.strip_prefix(b"\r\n") {
        (&b""[..], body)
    } else {
        let i = find(bytes, b"\r\n\r\n").ok_or("a part's headers do not end with an empty line")?;
        (&bytes[..i], &bytes[i + 4..])
    };
    let head = std::str::from_utf8(head).map_err(|_| "a part's headers are not UTF-8")?;
    let mut part = Part {
        name: None,
        content_type: None,
        body,
    };
    for line in head.split("\r\n").filter(|line| !line.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!("a part's header line has no colon: {line}"));
        };
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("content-type") {
            part.content_type = Some(value.to_owned());
        } else if name.eq_ignore_ascii_case("content-disposition") {
            part.name = value.split(';').skip(1).find_map(|param| {
                let (key, value) = param.split_once('=')?;
                (key.trim() == "name").then(|| value.trim().trim_matches('"').to_owned())
            });
        }
    }
    Ok(part)
}

/// The RDF documents of a multipart body as one N-Quads document, to be added to a graph in
/// one transaction. Each part is read in the format its `Content-Type` names, relative IRIs
/// against `base`; blank nodes are renamed, so two parts never share one (an RDF merge).
pub fn merge(body: &[u8], boundary: &str, base: Option<&str>) -> Result<Vec<u8>, HttpError> {
    let bad = |m: String| (StatusCode::BAD_REQUEST, m);
    let parts = parts(body, boundary).map_err(bad)?;
    if parts.is_empty() {
        return Err(bad("the multipart body has no part".into()));
    }
    let mut out = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for (i, part) in parts.iter().enumerate() {
        let which = match &part.name {
            Some(name) => format!("part {} ({name})", i + 1),
            None => format!("part {}", i + 1),
        };
        let format = part
            .content_type
            .as_deref()
            .and_then(RdfFormat::from_media_type)
            .ok_or_else(|| {
                (
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                        "{which} of the multipart body has the Content-Type {}, not an RDF format this store reads",
                        part.content_type.as_deref().unwrap_or("text/plain (none given)")
                    ),
                )
            })?;
        let mut parser = RdfParser::from_format(format).rename_blank_nodes();
        if let Some(base) = base {
            parser = parser
                .with_base_iri(base)
                .map_err(|e| bad(format!("invalid base IRI {base}: {e}")))?;
        }
        for quad in parser.for_slice(part.body) {
            let quad = quad.map_err(|e| bad(format!("{which}, {}: {e}", format.name())))?;
            out.serialize_quad(&quad).map_err(|e| {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("cannot merge the parts: {e}"),
                )
            })?;
        }
    }
    out.finish().map_err(|e| {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot merge the parts: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = b"preamble\r\n--xyz\r\nContent-Disposition: form-data; name=\"a.ttl\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n<http://ex/s> <http://ex/p> 1 .\r\n--xyz  \r\n\r\nno headers\r\n--xyz--\r\nepilogue";

    #[test]
    fn parts_are_split_at_their_boundaries() {
        let parts = parts(BODY, "xyz").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name.as_deref(), Some("a.ttl"));
        assert_eq!(parts[0].content_type.as_deref(), Some("text/turtle"));
        assert_eq!(parts[0].body, b"<http://ex/s> <http://ex/p> 1 .");
        assert_eq!(parts[1].content_type, None);
        assert_eq!(parts[1].body, b"no headers");
    }

    #[test]
    fn malformed_bodies_say_why() {
        assert!(parts(b"no boundary here", "xyz").is_err());
        assert!(parts(b"--xyz\r\n\r\nnever closed", "xyz").is_err());
        assert!(parts(b"--xyz\r\nno empty line\r\n--xyz--", "xyz").is_err());
    }

    #[test]
    fn the_boundary_comes_from_the_content_type() {
        let b = boundary("multipart/form-data; boundary=\"a b\"; charset=utf-8");
        assert_eq!(b.as_deref(), Some("a b"));
        assert_eq!(boundary("multipart/form-data"), None);
    }
}
