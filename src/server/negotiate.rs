//! Content negotiation over oxigraph's format enums (`Accept` with q-values, RFC 9110 §12.5.1,
//! and a `format=` parameter for browsers), and the small parsers of request parts:
//! `application/x-www-form-urlencoded` strings and media types.

use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::sparql::results::QueryResultsFormat;
use percent_encoding::percent_decode;

/// The formats of SELECT and ASK results, the first the default.
pub const RESULTS_FORMATS: [QueryResultsFormat; 4] = [
    QueryResultsFormat::Json,
    QueryResultsFormat::Xml,
    QueryResultsFormat::Csv,
    QueryResultsFormat::Tsv,
];

/// The formats of graphs (CONSTRUCT, DESCRIBE, the Graph Store, the service description), the
/// first the default.
pub const RDF_FORMATS: [RdfFormat; 6] = [
    RdfFormat::Turtle,
    RdfFormat::NTriples,
    RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    },
    RdfFormat::RdfXml,
    RdfFormat::TriG,
    RdfFormat::NQuads,
];

/// What negotiation needs of a format enum.
pub trait Format: Copy {
    fn media_type(self) -> &'static str;
    fn name(self) -> &'static str;
    /// One format's key: its file extension, which JSON-LD's profiles share.
    fn key(self) -> &'static str;
    fn from_media_type(media_type: &str) -> Option<Self>;
    fn from_extension(extension: &str) -> Option<Self>;
}

impl Format for QueryResultsFormat {
    fn media_type(self) -> &'static str {
        QueryResultsFormat::media_type(self)
    }
    fn name(self) -> &'static str {
        QueryResultsFormat::name(self)
    }
    fn key(self) -> &'static str {
        self.file_extension()
    }
    fn from_media_type(media_type: &str) -> Option<Self> {
        QueryResultsFormat::from_media_type(media_type)
    }
    fn from_extension(extension: &str) -> Option<Self> {
        QueryResultsFormat::from_extension(extension)
    }
}

impl Format for RdfFormat {
    fn media_type(self) -> &'static str {
        RdfFormat::media_type(self)
    }
    fn name(self) -> &'static str {
        RdfFormat::name(self)
    }
    fn key(self) -> &'static str {
        self.file_extension()
    }
    fn from_media_type(media_type: &str) -> Option<Self> {
        RdfFormat::from_media_type(media_type)
    }
    fn from_extension(extension: &str) -> Option<Self> {
        RdfFormat::from_extension(extension)
    }
}

/// One media range of an `Accept` header.
struct Range<'a> {
    /// `type/subtype` with its parameters, without `q` and what follows it.
    media: String,
    r#type: &'a str,
    subtype: &'a str,
    q: f32,
}

fn parse_accept(accept: &str) -> Vec<Range<'_>> {
    let mut ranges = Vec::new();
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let essence = parts.next().unwrap_or("").trim();
        let Some((r#type, subtype)) = essence.split_once('/') else {
            continue;
        };
        let (r#type, subtype) = (r#type.trim(), subtype.trim());
        if r#type.is_empty() || subtype.is_empty() {
            continue;
        }
        let mut media = essence.to_owned();
        let mut q = Some(1.0);
        for param in parts {
            let Some((key, value)) = param.split_once('=') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("q") {
                q = value
                    .trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|q| (0.0..=1.0).contains(q));
                // Parameters after q are accept-extensions, not the media type's.
                break;
            }
            media.push(';');
            media.push_str(param.trim());
        }
        // A range with a malformed q-value is left out rather than guessed at.
        if let Some(q) = q {
            ranges.push(Range {
                media,
                r#type,
                subtype,
                q,
            });
        }
    }
    ranges
}

/// How well a range names a format: 3 exactly (aliases included), 2 by `type/*`, 1 by `*/*`.
fn specificity<F: Format>(range: &Range<'_>, format: F) -> u8 {
    if range.r#type == "*" && range.subtype == "*" {
        return 1;
    }
    if range.subtype == "*" {
        let (r#type, _) = format
            .media_type()
            .split_once('/')
            .unwrap_or((format.media_type(), ""));
        return if r#type.eq_ignore_ascii_case(range.r#type) {
            2
        } else {
            0
        };
    }
    match F::from_media_type(&range.media) {
        Some(f) if f.key() == format.key() => 3,
        _ => 0,
    }
}

/// Picks the format to answer in: the first `format` parameter that names an offered format
/// (clients such as SPARQLWrapper name one twice, as `json-ld` and as its media type), else the
/// best of `Accept` (highest q-value, the most specific range deciding each format's; ties go
/// to the order of `offered`), else the first offered. The error is the message of a 406.
pub fn negotiate<F: Format>(
    accept: Option<&str>,
    format_params: &[&str],
    offered: &[F],
    what: &str,
) -> Result<F, String> {
    let list = || {
        offered
            .iter()
            .map(|f| f.media_type())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !format_params.is_empty() {
        let named = |wanted: &str| {
            let wanted = wanted.trim();
            F::from_media_type(wanted)
                .or_else(|| F::from_extension(wanted))
                .or_else(|| {
                    offered
                        .iter()
                        .copied()
                        .find(|f| f.name().eq_ignore_ascii_case(wanted))
                })
                .and_then(|f| offered.iter().copied().find(|o| o.key() == f.key()))
        };
        return format_params.iter().find_map(|w| named(w)).ok_or_else(|| {
            format!(
                "format={} is not available for {what}; it is served as {}",
                format_params.join(", format="),
                list()
            )
        });
    }
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Ok(offered[0]);
    };
    let ranges = parse_accept(accept);
    let mut best: Option<(F, f32)> = None;
    for &format in offered {
        let mut chosen: Option<(u8, f32)> = None;
        for range in &ranges {
            let s = specificity(range, format);
            if s > 0 && chosen.is_none_or(|(cs, cq)| s > cs || (s == cs && range.q > cq)) {
                chosen = Some((s, range.q));
            }
        }
        if let Some((_, q)) = chosen {
            if q > 0.0 && best.is_none_or(|(_, bq)| q > bq) {
                best = Some((format, q));
            }
        }
    }
    best.map(|(f, _)| f).ok_or_else(|| {
        format!(
            "nothing in Accept: {accept} is available for {what}; it is served as {} (or name one with format=)",
            list()
        )
    })
}

/// The media type of a `Content-Type` value without its parameters, in lower case.
pub fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Decodes `application/x-www-form-urlencoded` (also URL query strings): `+` is a space,
/// `%XX` a byte; a `%` not followed by two hex digits stays as it is, as browsers leave it.
pub fn parse_form(input: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for part in input.split(|&b| b == b'&') {
        if part.is_empty() {
            continue;
        }
        let (key, value) = match part.iter().position(|&b| b == b'=') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &b""[..]),
        };
        pairs.push((decode(key)?, decode(value)?));
    }
    Ok(pairs)
}

fn decode(bytes: &[u8]) -> Result<String, String> {
    // '+' becomes a space before the percent-decoding, so an encoded "%2B" stays a '+'.
    let spaced: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let decoded: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(decoded).map_err(|_| {
        "a form parameter is not UTF-8 once percent-decoded (encode text as UTF-8)".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_values_decide_and_specific_ranges_win() {
        let f = negotiate(
            Some("text/csv;q=0.5, application/sparql-results+xml"),
            &[],
            &RESULTS_FORMATS,
            "SELECT",
        );
        assert_eq!(f, Ok(QueryResultsFormat::Xml));
        // */* at 1 but text/csv said 0: CSV is not acceptable, JSON is.
        let f = negotiate(Some("*/*, text/csv;q=0"), &[], &RESULTS_FORMATS, "SELECT");
        assert_eq!(f, Ok(QueryResultsFormat::Json));
        let f = negotiate(Some("text/*"), &[], &RDF_FORMATS, "CONSTRUCT");
        assert_eq!(f, Ok(RdfFormat::Turtle));
        assert!(negotiate(Some("image/png"), &[], &RDF_FORMATS, "CONSTRUCT").is_err());
        assert!(negotiate(Some("text/csv;q=0"), &[], &RESULTS_FORMATS, "SELECT").is_err());
    }

    #[test]
    fn the_format_parameter_overrides_accept() {
        let f = negotiate(Some("text/turtle"), &["csv"], &RESULTS_FORMATS, "SELECT");
        assert_eq!(f, Ok(QueryResultsFormat::Csv));
        let f = negotiate(None, &["application/n-triples"], &RDF_FORMATS, "x");
        assert_eq!(f, Ok(RdfFormat::NTriples));
        assert!(negotiate(None, &["csv"], &RDF_FORMATS, "x").is_err());
        // Named twice, by name and by media type, as SPARQLWrapper does: the first offered wins.
        let f = negotiate(None, &["json-ld", "application/ld+json"], &RDF_FORMATS, "x");
        assert_eq!(
            f,
            Ok(RdfFormat::JsonLd {
                profile: Default::default()
            })
        );
        let f = negotiate(
            None,
            &["nonsense", "application/n-triples"],
            &RDF_FORMATS,
            "x",
        );
        assert_eq!(f, Ok(RdfFormat::NTriples));
    }

    #[test]
    fn forms_decode_plus_percent_and_stray_percent_signs() {
        let pairs = parse_form(b"query=SELECT+%3Fs%20WHERE&x=100%&y").unwrap();
        assert_eq!(
            pairs,
            vec![
                ("query".to_owned(), "SELECT ?s WHERE".to_owned()),
                ("x".to_owned(), "100%".to_owned()),
                ("y".to_owned(), String::new()),
            ]
        );
        assert!(parse_form(b"q=%FF").is_err());
    }
}
