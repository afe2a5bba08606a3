//! A file's bytes as text. UTF-8 is the rule and is taken whenever the bytes are valid UTF-8,
//! whatever a page declares: pages that declare a legacy encoding while being UTF-8 are common,
//! and valid UTF-8 that is really windows-1252 is rare. Besides it, a byte-order mark says
//! UTF-16 (or UTF-8), and a web page that is not valid UTF-8 is read as a browser reads it, in
//! the encoding its archive record's HTTP `Content-Type` declares, else a `<meta>` in its first
//! 1024 bytes (WHATWG HTML's prescan), else windows-1252 (the browsers' default for English).
//! A plain-text file has no declaration: invalid UTF-8 there stays an error. The decoders are
//! encoding_rs's (the WHATWG Encoding Standard's, as Firefox uses them).

use super::FileError;
use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How a file's bytes are to be read.
pub(super) struct Decoding<'a> {
    /// A web page (its `<meta>` may declare its encoding).
    pub html: bool,
    /// The HTTP `Content-Type` of the archive record the page came from.
    pub content_type: Option<&'a str>,
    /// Invalid bytes replaced (U+FFFD) instead of an error.
    pub lossy: bool,
}

/// The text of `bytes`, or why they are not text (offsets count bytes of the file).
pub(super) fn decode(mut bytes: Vec<u8>, how: &Decoding) -> Result<String, FileError> {
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        if encoding == UTF_8 {
            bytes.drain(..bom);
            return utf8(bytes, bom, how.lossy);
        }
        return decode_as(encoding, &bytes[bom..], bom, how.lossy);
    }
    // memchr's vector search: every byte of every file passes here.
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(FileError::NotText {
            byte_offset: at,
            line: line_of(&bytes, at),
        });
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e.into_bytes(),
    };
    if !how.html {
        return utf8(bytes, 0, how.lossy);
    }
    let declared = how
        .content_type
        .and_then(|t| charset_in(t.as_bytes()))
        .or_else(|| meta_charset(&bytes));
    match declared.unwrap_or(WINDOWS_1252) {
        encoding if encoding == UTF_8 => utf8(bytes, 0, how.lossy),
        encoding => decode_as(encoding, &bytes, 0, how.lossy),
    }
}

/// `bytes` as UTF-8; `base` is how many bytes of the file came before them.
fn utf8(bytes: Vec<u8>, base: usize, lossy: bool) -> Result<String, FileError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(FileError::InvalidUtf8 {
                byte_offset: base + at,
                line: line_of(e.as_bytes(), at),
            })
        }
    }
}

/// `bytes` in `encoding` (no byte-order mark among them); `base` as for [`utf8`].
fn decode_as(
    encoding: &'static Encoding,
    bytes: &[u8],
    base: usize,
    lossy: bool,
) -> Result<String, FileError> {
    if !lossy {
        let mut decoder = encoding.new_decoder_without_bom_handling();
        if let Some(capacity) = decoder.max_utf8_buffer_length_without_replacement(bytes.len()) {
            let mut text = String::with_capacity(capacity);
            let (result, read) =
                decoder.decode_to_string_without_replacement(bytes, &mut text, true);
            match result {
                DecoderResult::InputEmpty => return Ok(text),
                DecoderResult::Malformed(bad, after) => {
                    let at = read.saturating_sub(usize::from(bad) + usize::from(after));
                    return Err(FileError::InvalidEncoding {
                        encoding: encoding.name(),
                        byte_offset: base + at,
                    });
                }
                // Not with the capacity asked for; decoded again below if it ever were.
                DecoderResult::OutputFull => {}
            }
        }
    }
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

/// The line (counted from 1) that byte `at` of `bytes` is on.
fn line_of(bytes: &[u8], at: usize) -> usize {
    memchr::memchr_iter(b'\n', &bytes[..at.min(bytes.len())]).count() + 1
}

/// The encoding a `<meta charset>` or `<meta http-equiv=Content-Type content="...;
/// charset=...">` in the page's first 1024 bytes declares (the span WHATWG's prescan reads).
fn meta_charset(page: &[u8]) -> Option<&'static Encoding> {
    let head = page[..page.len().min(1024)].to_ascii_lowercase();
    memchr::memmem::find_iter(&head, b"<meta").find_map(|at| {
        let tag = &head[at..];
        let tag = &tag[..memchr::memchr(b'>', tag).unwrap_or(tag.len())];
        charset_in(tag)
    })
}

/// The encoding a `charset=` in `text` (a `<meta>` tag, a `Content-Type`) names, as WHATWG's
/// prescan takes it: a UTF-16 label means UTF-8 (an ASCII-compatible page cannot be UTF-16),
/// `x-user-defined` windows-1252.
pub(super) fn charset_in(text: &[u8]) -> Option<&'static Encoding> {
    let lower = text.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, b"charset").find_map(|at| {
        let rest = lower[at + b"charset".len()..].trim_ascii_start();
        let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let encoding = Encoding::for_label(&rest[..end])?;
        Some(if encoding == UTF_16LE || encoding == UTF_16BE {
            UTF_8
        } else if encoding.name() == "x-user-defined" {
            WINDOWS_1252
        } else {
            encoding
        })
    })
}
