//! Web archives: WARC 1.0 and 1.1 files, plain or gzipped record by record as Common Crawl
//! writes them (each record a gzip member of its own, the members concatenated), read one
//! record at a time. Each `response` record whose HTTP status is 2xx and whose payload is HTML
//! is a page; its `WARC-Target-URI` and `WARC-Date` are kept as where and when it was fetched.
//! Revisits, redirects (3xx), other statuses, responses that are not HTML and records of other
//! types (`warcinfo`, `request`, `metadata`, ...) are counted, not read.
//!
//! The record parser is written here over `flate2` (its `MultiGzDecoder` reads the
//! concatenated members as one stream) rather than taken from the `warc` crate: that crate
//! brings chrono, nom, url, uuid 0.8 and libflate for what is a block of header lines and a
//! length-counted body, and its errors do not say which record broke; here a truncated or
//! corrupt archive is reported with the number of the record that broke, after the pages
//! before it were read, and no input can make reading panic or take unbounded memory (header
//! blocks and payloads are capped).

use flate2::read::{GzDecoder, MultiGzDecoder};
use std::fmt;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A record's header block longer than this is not a WARC header.
const MAX_HEADER: usize = 64 * 1024;
/// A response record (or its decoded payload) larger than this is skipped: no news page is.
pub(crate) const MAX_PAYLOAD: u64 = 64 * 1024 * 1024;

/// Why an archive could not be read on from a record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("record {record}: {message}")]
pub struct ArchiveError {
    /// The record that broke, counted from 1.
    pub record: usize,
    pub message: String,
}

/// What an archive held besides its pages, counted as it is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArchiveTally {
    pub path: PathBuf,
    /// Records read, the broken one included.
    pub records: usize,
    /// Pages read from it (HTML responses with a 2xx status).
    pub pages: usize,
    /// Responses whose payload is not HTML.
    pub non_html: usize,
    /// `revisit` records (a capture identical to an earlier one, with no payload).
    pub revisits: usize,
    /// Responses with a 3xx status.
    pub redirects: usize,
    /// Responses with another status (4xx, 5xx, 1xx) or none that reads.
    pub other_status: usize,
    /// Responses too large, or in a content coding that is not gzip or deflate.
    pub unreadable: usize,
    /// Records of other types: `warcinfo`, `request`, `metadata`, `resource`, `conversion`.
    pub other_records: usize,
}

impl fmt::Display for ArchiveTally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} records, {} pages read; skipped {} non-HTML responses, {} revisits, {} \
             redirects, {} other statuses, {} unreadable, {} other records",
            self.path.display(),
            self.records,
            self.pages,
            self.non_html,
            self.revisits,
            self.redirects,
            self.other_status,
            self.unreadable,
            self.other_records
        )
    }
}

/// An HTML page from a response record.
#[derive(Debug)]
pub(crate) struct ArchivedPage {
    /// Its record's number, counted from 1.
    pub record: usize,
    pub uri: String,
    pub date: String,
    /// The HTTP payload (the body, de-chunked and decoded).
    pub payload: Vec<u8>,
    /// The HTTP `Content-Type`, which may say the payload's encoding.
    pub content_type: Option<String>,
}

/// An archive being read.
pub(crate) struct Archive {
    input: Box<dyn BufRead + Send>,
    pub tally: ArchiveTally,
    done: bool,
}

impl fmt::Debug for Archive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Archive")
            .field("tally", &self.tally)
            .finish()
    }
}

/// Whether a file is a web archive, by its name: `.warc` or `.warc.gz`.
pub(crate) fn is_archive(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

impl Archive {
    /// An archive over `input`: gzipped when it starts as gzip does, whatever its name says.
    pub fn new(path: PathBuf, input: impl Read + Send + 'static) -> Archive {
        let mut input = BufReader::with_capacity(64 * 1024, input);
        let gzipped = input.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
        let input: Box<dyn BufRead + Send> = if gzipped {
            Box::new(BufReader::with_capacity(
                64 * 1024,
                MultiGzDecoder::new(input),
            ))
        } else {
            Box::new(input)
        };
        Archive {
            input,
            tally: ArchiveTally {
                path,
                ..ArchiveTally::default()
            },
            done: false,
        }
    }

    /// An archive that yields nothing more, with what was counted.
    pub fn ended(tally: ArchiveTally) -> Archive {
        Archive {
            input: Box::new(io::empty()),
            tally,
            done: true,
        }
    }

    /// The next page, `Ok(None)` at the end; after an error, nothing more.
    pub fn next_page(&mut self) -> Result<Option<ArchivedPage>, ArchiveError> {
        while !self.done {
            let record = self.tally.records + 1;
            let result = self.next_record(record);
            match result {
                Ok(Some(Some(page))) => {
                    self.tally.pages += 1;
                    return Ok(Some(page));
                }
                Ok(Some(None)) => {}
                Ok(None) => self.done = true,
                Err(message) => {
                    self.done = true;
                    return Err(ArchiveError { record, message });
                }
            }
        }
        Ok(None)
    }

    /// Reads record `number`: `None` at the end of the archive, `Some(None)` for a record
    /// counted and passed over.
    fn next_record(&mut self, number: usize) -> Result<Option<Option<ArchivedPage>>, String> {
        let io_error = |e: io::Error| match e.kind() {
            io::ErrorKind::UnexpectedEof => "the archive ends inside the record".to_owned(),
            _ => format!("cannot read: {e}"),
        };
        // The blank lines that end the record before.
        loop {
            let buf = self.input.fill_buf().map_err(io_error)?;
            match buf.first() {
                None => return Ok(None),
                Some(b'\r' | b'\n') => self.input.consume(1),
                Some(_) => break,
            }
        }
        self.tally.records = number;
        let start = self.input.fill_buf().map_err(io_error)?;
        if !start.starts_with(&b"WARC/"[..start.len().min(5)]) {
            let shown = String::from_utf8_lossy(&start[..start.len().min(40)]).into_owned();
            return Err(format!("not a WARC record (it starts {shown:?})"));
        }
        let head = read_head(&mut self.input, MAX_HEADER).map_err(io_error)?;
        let head = head.ok_or("a header block without its end (a blank line)")?;
        let mut lines = head.lines();
        let version = lines.next().unwrap_or_default();
        if !version.starts_with("WARC/") {
            let shown: String = version.chars().take(40).collect();
            return Err(format!("not a WARC record (it starts {shown:?})"));
        }
        let headers = fields(lines);
        let length: u64 = header(&headers, "content-length")
            .ok_or("no Content-Length")?
            .parse()
            .map_err(|_| "a Content-Length that is not a number")?;
        let kind = header(&headers, "warc-type").unwrap_or_default();
        let http = header(&headers, "content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http"));
        if !kind.eq_ignore_ascii_case("response") || !http || length > MAX_PAYLOAD {
            match kind.to_ascii_lowercase().as_str() {
                "revisit" => self.tally.revisits += 1,
                "response" if length > MAX_PAYLOAD => self.tally.unreadable += 1,
                "response" => self.tally.non_html += 1,
                _ => self.tally.other_records += 1,
            }
            let skipped =
                io::copy(&mut (&mut self.input).take(length), &mut io::sink()).map_err(io_error)?;
            if skipped < length {
                return Err(format!(
                    "the archive ends inside the record ({skipped} of {length} bytes)"
                ));
            }
            return Ok(Some(None));
        }
        let uri = header(&headers, "warc-target-uri")
            .unwrap_or_default()
            .trim_matches(['<', '>'])
            .to_owned();
        let date = header(&headers, "warc-date").unwrap_or_default().to_owned();
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        (&mut self.input)
            .take(length)
            .read_to_end(&mut block)
            .map_err(io_error)?;
        if (block.len() as u64) < length {
            return Err(format!(
                "the archive ends inside the record ({} of {length} bytes)",
                block.len()
            ));
        }
        Ok(Some(self.http_page(number, uri, date, &block)))
    }

    /// The page of an HTTP response, or `None` (counted) when it is no HTML page.
    fn http_page(
        &mut self,
        record: usize,
        uri: String,
        date: String,
        block: &[u8],
    ) -> Option<ArchivedPage> {
        let mut reader = block;
        let head = match read_head(&mut reader, MAX_HEADER) {
            Ok(Some(head)) => head,
            _ => {
                self.tally.other_status += 1;
                return None;
            }
        };
        let body = reader;
        let mut lines = head.lines();
        let status: Option<u16> = lines
            .next()
            .filter(|l| l.starts_with("HTTP/"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok());
        let headers = fields(lines);
        match status {
            Some(200..=299) => {}
            Some(300..=399) => {
                self.tally.redirects += 1;
                return None;
            }
            _ => {
                self.tally.other_status += 1;
                return None;
            }
        }
        let chunked = header(&headers, "transfer-encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        let body = if chunked {
            match dechunk(body) {
                Some(body) => body,
                None => {
                    self.tally.unreadable += 1;
                    return None;
                }
            }
        } else {
            body.to_vec()
        };
        let coding = header(&headers, "content-encoding")
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let payload = match coding.as_str() {
            "" | "identity" => Some(body),
            "gzip" | "x-gzip" => decode(GzDecoder::new(body.as_slice())),
            "deflate" => decode(flate2::read::ZlibDecoder::new(body.as_slice())),
            _ => None,
        };
        let Some(payload) = payload else {
            self.tally.unreadable += 1;
            return None;
        };
        let content_type = header(&headers, "content-type").map(str::to_owned);
        let html = match &content_type {
            Some(t) => {
                let t = t.to_ascii_lowercase();
                t.contains("text/html") || t.contains("application/xhtml")
            }
            None => looks_like_html(&payload),
        };
        if !html {
            self.tally.non_html += 1;
            return None;
        }
        Some(ArchivedPage {
            record,
            uri,
            date,
            payload,
            content_type,
        })
    }
}

/// Reads up to and through the blank line that ends a header block, as text (Latin-1 bytes
/// kept as UTF-8 replacement where they do not decode); `None` when the input ends first or
/// the block passes `max` bytes.
fn read_head(input: &mut impl BufRead, max: usize) -> io::Result<Option<String>> {
    let mut head: Vec<u8> = Vec::new();
    loop {
        let before = head.len();
        let n = input
            .by_ref()
            .take((max + 1 - before) as u64)
            .read_until(b'\n', &mut head)?;
        if n == 0 || head.len() > max {
            return Ok(None);
        }
        let line = &head[before..];
        if line == b"\r\n" || line == b"\n" {
            head.truncate(before);
            return Ok(Some(String::from_utf8_lossy(&head).into_owned()));
        }
        if !line.ends_with(b"\n") {
            return Ok(None);
        }
    }
}

/// Header fields as (lower-case name, value), continuation lines joined to the field before.
fn fields<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in lines {
        let line = line.trim_end_matches('\r');
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            fields.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    fields
}

fn header<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// A chunked HTTP body made whole; `None` when the chunks do not read.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let end = body.iter().position(|&b| b == b'\n')?;
        let line = String::from_utf8_lossy(&body[..end]);
        let size = line.split(';').next()?.trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        body = &body[end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r").unwrap_or(body);
        body = body.strip_prefix(b"\n").unwrap_or(body);
    }
}

/// A compressed payload decoded, up to [`MAX_PAYLOAD`] bytes; `None` when it does not decode
/// or is larger.
fn decode(decoder: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    decoder.take(MAX_PAYLOAD + 1).read_to_end(&mut out).ok()?;
    ((out.len() as u64) <= MAX_PAYLOAD).then_some(out)
}

/// A payload without a Content-Type that starts as an HTML document does.
fn looks_like_html(payload: &[u8]) -> bool {
    let start: Vec<u8> = payload
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    start.starts_with(b"<!doctype html") || start.starts_with(b"<html")
}

/// A stable id for the page fetched from `uri`: the address's host and path as lower-case
/// letters and digits joined by `-` (at most 60 characters, `www.` and the scheme left out),
/// then the first 8 hexadecimal digits of the address's SHA-256, so two addresses never share
/// one (`example-com-2019-11-19-story-3f1a09bc`).
pub fn page_id(uri: &str) -> String {
    use sha2::{Digest, Sha256};
    let rest = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let mut slug = String::new();
    for c in rest.chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() >= 60 {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let hash = hex::encode(&Sha256::digest(uri.as_bytes())[..4]);
    if slug.is_empty() {
        format!("page-{hash}")
    } else {
        format!("{slug}-{hash}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A record as WARC writes it.
    fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2019-11-19T10:00:00Z\r\nContent-Type: {content_type}\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(uri: &str, head: &str, body: &[u8]) -> Vec<u8> {
        let mut block = format!("{head}\r\n\r\n").into_bytes();
        block.extend_from_slice(body);
        record(
            "response",
            uri,
            "application/http; msgtype=response",
            &block,
        )
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn sample() -> Vec<Vec<u8>> {
        vec![
            record(
                "warcinfo",
                "",
                "application/warc-fields",
                b"software: test\r\n",
            ),
            record(
                "request",
                "https://a.example/1",
                "application/http; msgtype=request",
                b"GET /1 HTTP/1.1\r\n\r\n",
            ),
            response(
                "https://a.example/1",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8",
                b"<p>One</p>",
            ),
            response(
                "https://a.example/2",
                "HTTP/1.1 301 Moved\r\nLocation: /3",
                b"",
            ),
            response(
                "https://a.example/i.png",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png",
                b"\x89PNG",
            ),
            record(
                "revisit",
                "https://a.example/1",
                "application/http; msgtype=response",
                b"HTTP/1.1 200 OK\r\n\r\n",
            ),
            response(
                "https://a.example/4",
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html",
                b"<p>gone</p>",
            ),
            response(
                "https://a.example/5",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html",
                b"4\r\n<p>F\r\n7;x=y\r\nive</p>\r\n0\r\n\r\n",
            ),
            response(
                "https://a.example/6",
                "HTTP/1.1 200 OK\r\nContent-Encoding: gzip",
                &gzip(b"<!DOCTYPE html><p>Six</p>"),
            ),
        ]
    }

    fn read_all(bytes: Vec<u8>) -> (Vec<ArchivedPage>, Option<ArchiveError>, ArchiveTally) {
        let mut archive = Archive::new(PathBuf::from("t.warc"), io::Cursor::new(bytes));
        let mut pages = Vec::new();
        loop {
            match archive.next_page() {
                Ok(Some(page)) => pages.push(page),
                Ok(None) => return (pages, None, archive.tally),
                Err(e) => return (pages, Some(e), archive.tally),
            }
        }
    }

    #[test]
    fn pages_and_what_was_skipped_plain_and_gzipped_per_record() {
        let records = sample();
        for bytes in [
            records.concat(),
            records.iter().map(|r| gzip(r)).collect::<Vec<_>>().concat(),
        ] {
            let (pages, error, tally) = read_all(bytes);
            assert_eq!(error, None);
            let got: Vec<(usize, &str, String)> = pages
                .iter()
                .map(|p| {
                    (
                        p.record,
                        p.uri.as_str(),
                        String::from_utf8_lossy(&p.payload).into_owned(),
                    )
                })
                .collect();
            assert_eq!(
                got,
                [
                    (3, "https://a.example/1", "<p>One</p>".to_owned()),
                    (8, "https://a.example/5", "<p>Five</p>".to_owned()),
                    (
                        9,
                        "https://a.example/6",
                        "<!DOCTYPE html><p>Six</p>".to_owned()
                    ),
                ]
            );
            assert_eq!(pages[0].date, "2019-11-19T10:00:00Z");
            assert_eq!(
                (
                    tally.records,
                    tally.pages,
                    tally.non_html,
                    tally.revisits,
                    tally.redirects,
                    tally.other_status,
                    tally.other_records
                ),
                (9, 3, 1, 1, 1, 1, 2)
            );
        }
    }

    #[test]
    fn a_truncated_or_corrupt_archive_names_the_record_and_keeps_the_pages_before() {
        let records = sample();
        let plain = records.concat();
        // Cut inside the fourth record: the first page was read.
        let cut = records[..3].concat().len() + 30;
        let (pages, error, _) = read_all(plain[..cut].to_vec());
        assert_eq!(pages.len(), 1);
        assert_eq!(error.unwrap().record, 4);
        // A gzipped archive cut inside a member.
        let members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
        let whole = members.concat();
        let cut = members[..5].concat().len() + 10;
        let (pages, error, _) = read_all(whole[..cut].to_vec());
        assert_eq!(pages.len(), 1);
        assert_eq!(error.unwrap().record, 6);
        // Not a WARC at all.
        let (pages, error, _) = read_all(b"<html>not an archive</html>".to_vec());
        assert!(pages.is_empty());
        let error = error.unwrap();
        assert_eq!(error.record, 1);
        assert!(
            error.message.contains("not a WARC record"),
            "{}",
            error.message
        );
    }

    #[test]
    fn no_cut_or_garbled_archive_panics() {
        let records = sample();
        let plain = records.concat();
        let gzipped: Vec<u8> = records.iter().map(|r| gzip(r)).collect::<Vec<_>>().concat();
        for bytes in [&plain, &gzipped] {
            for cut in 0..bytes.len() {
                let _ = read_all(bytes[..cut].to_vec());
            }
            let mut state = 0x2545_f491_4f6c_dd1du64;
            for _ in 0..300 {
                let mut garbled = bytes.to_vec();
                for _ in 0..4 {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    let at = (state % garbled.len() as u64) as usize;
                    garbled[at] = (state >> 32) as u8;
                }
                let _ = read_all(garbled);
            }
        }
    }

    #[test]
    fn ids_are_stable_readable_and_distinct() {
        assert_eq!(
            page_id("https://www.example.com/2019/11/19/story-name/"),
            format!(
                "example-com-2019-11-19-story-name-{}",
                &page_id("https://www.example.com/2019/11/19/story-name/")[34..]
            )
        );
        assert_ne!(
            page_id("https://a.example/x?a=1"),
            page_id("https://a.example/x-a-1")
        );
        assert!(page_id("").starts_with("page-"));
        assert!(page_id(&"é".repeat(500)).starts_with("page-"));
        assert!(page_id(&"a/".repeat(500)).len() <= 60 + 9);
    }
}
