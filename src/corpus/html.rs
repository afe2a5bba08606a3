//! Plain text from an HTML page, written by hand so that no input, however malformed, can make
//! it fail: a `<` that starts no tag is text, an unclosed tag or quote is given up on, and
//! every position it stops on is a char boundary (all the syntax it looks for is ASCII).
//!
//! Scripts, styles and the `<head>` are dropped along with comments; block elements become
//! paragraph breaks (a blank line), `<br>` a line break; entities are decoded and runs of
//! whitespace collapse to one space, as a browser renders them.

/// The text of a page and its `<title>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Stripped {
    pub text: String,
    pub title: Option<String>,
}

/// Elements whose content is never text worth reading (or, for `title`, is read separately).
const DROPPED: [&str; 8] = [
    "script", "style", "noscript", "template", "iframe", "svg", "object", "title",
];

/// Elements that may stand in `<head>`; any other start tag ends it, as in a browser.
const HEAD_ELEMENTS: [&str; 8] = [
    "meta", "link", "base", "title", "style", "script", "noscript", "template",
];

/// Elements that stand on their own lines; each starts and ends a paragraph.
const BLOCKS: [&str; 43] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Strips the tags from `html`.
pub(super) fn strip(html: &str) -> Stripped {
    let bytes = html.as_bytes();
    let mut out = Output::default();
    let mut title = None;
    let mut in_head = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            match markup(bytes, i) {
                Some(Markup::Skip { end }) => {
                    i = end;
                    continue;
                }
                Some(Markup::Tag(tag)) => {
                    i = tag.end;
                    if tag.closing {
                        if tag.name == "head" {
                            in_head = false;
                        } else if BLOCKS.contains(&tag.name.as_str()) {
                            out.request_break(2);
                        }
                        continue;
                    }
                    if tag.name == "head" {
                        in_head = true;
                    } else if !HEAD_ELEMENTS.contains(&tag.name.as_str()) {
                        in_head = false;
                    }
                    if DROPPED.contains(&tag.name.as_str()) && !tag.self_closing {
                        // Without its end tag the element is dropped alone, so that a stray
                        // `<script>` does not swallow the rest of the page.
                        if let Some((content_end, end)) = end_tag(bytes, i, &tag.name) {
                            if tag.name == "title" && title.is_none() {
                                let text = decode(html.get(i..content_end).unwrap_or(""));
                                title = (!text.is_empty()).then_some(text);
                            }
                            i = end;
                        }
                    } else if tag.name == "br" {
                        out.request_break(1);
                    } else if BLOCKS.contains(&tag.name.as_str()) {
                        out.request_break(2);
                    } else if tag.name == "img" {
                        // An image stands between words.
                        out.push(' ');
                    }
                    continue;
                }
                None => {}
            }
        }
        let rest = html.get(i..).unwrap_or("");
        let (piece, len) = match entity(rest) {
            Some((decoded, len)) => (decoded, len),
            None => match rest.chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
        };
        i += len;
        if !in_head {
            out.push(piece);
        }
    }
    Stripped {
        text: out.text,
        title,
    }
}

/// Entity-decoded text with collapsed whitespace, for `<title>` content (which holds no tags).
fn decode(raw: &str) -> String {
    let mut out = Output::default();
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        let (piece, len) = entity(rest).unwrap_or((c, c.len_utf8()));
        out.push(piece);
        rest = rest.get(len..).unwrap_or("");
    }
    out.text
}

/// Text under construction: whitespace and breaks are held back until the next visible
/// character, so the text never starts or ends with them and runs of them collapse.
#[derive(Default)]
struct Output {
    text: String,
    /// Newlines owed before the next character: 1 for a line break, 2 for a paragraph break.
    pending_break: usize,
    pending_space: bool,
}

impl Output {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = true;
            return;
        }
        if !self.text.is_empty() {
            if self.pending_break > 0 {
                self.text
                    .extend(std::iter::repeat_n('\n', self.pending_break));
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_break = 0;
        self.pending_space = false;
        self.text.push(c);
    }

    fn request_break(&mut self, newlines: usize) {
        self.pending_break = self.pending_break.max(newlines);
    }
}

/// A tag, comment or declaration at `<`.
enum Markup {
    /// A comment, doctype or processing instruction, ending before `end`.
    Skip {
        end: usize,
    },
    Tag(Tag),
}

struct Tag {
    /// Lower case.
    name: String,
    closing: bool,
    self_closing: bool,
    /// Just past the `>`.
    end: usize,
}

/// The markup starting at `bytes[at] == b'<'`, or `None` when that `<` is text.
fn markup(bytes: &[u8], at: usize) -> Option<Markup> {
    let after = at + 1;
    let rest = bytes.get(after..)?;
    if rest.starts_with(b"!--") {
        // An unclosed comment runs to the end of the page, as in a browser.
        let end = find(bytes, after + 3, b"-->").map_or(bytes.len(), |p| p + 3);
        return Some(Markup::Skip { end });
    }
    if matches!(rest.first(), Some(b'!' | b'?')) {
        let end = find(bytes, after, b">")? + 1;
        return Some(Markup::Skip { end });
    }
    let closing = rest.first() == Some(&b'/');
    let name_start = after + usize::from(closing);
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
        .count();
    let name_end = name_start + name_len;
    let end = tag_end(bytes, name_end)?;
    let name = String::from_utf8_lossy(&bytes[name_start..name_end]).to_ascii_lowercase();
    let self_closing = end >= 2 && end - 2 >= name_end && bytes[end - 2] == b'/';
    Some(Markup::Tag(Tag {
        name,
        closing,
        self_closing,
        end,
    }))
}

/// Just past the `>` that ends a tag whose attributes start at `from`, skipping quoted
/// attribute values; when a quote is never closed, the first `>` ends the tag instead.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    let mut last = 0u8;
    for (j, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'>' => return Some(j + 1),
            // A quote opens a value only after `=`: in `<p class=it's>` it is a letter.
            None if (b == b'"' || b == b'\'') && last == b'=' => quote = Some(b),
            None => {}
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
    }
    find(bytes, from, b">").map(|p| p + 1)
}

/// For an element whose content starts at `from`: where its end tag `</name` starts, and just
/// past that end tag's `>`.
fn end_tag(bytes: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let mut needle = b"</".to_vec();
    needle.extend_from_slice(name.as_bytes());
    let mut search = from;
    loop {
        let start = find_ignore_case(bytes, search, &needle)?;
        let after = start + needle.len();
        // `</scripts` is not `</script`.
        if bytes.get(after).is_some_and(|b| b.is_ascii_alphanumeric()) {
            search = after;
            continue;
        }
        let end = find(bytes, after, b">").map_or(bytes.len(), |p| p + 1);
        return Some((start, end));
    }
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    hay.windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// The character an entity at the start of `s` stands for, and the entity's byte length. Only
/// entities closed by `;` are read, so that `AT&T` stays as it is.
fn entity(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('&')?;
    let semi = body.bytes().take(12).position(|b| b == b';')?;
    let name = body.get(..semi)?;
    let len = semi + 2;
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).ok()?
            }
            None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                number.parse().ok()?
            }
            _ => return None,
        };
        return Some((numeric_char(code), len));
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201D}',
        "ldquo" => '\u{201C}',
        "sbquo" => '\u{201A}',
        "bdquo" => '\u{201E}',
        "laquo" => '\u{AB}',
        "raquo" => '\u{BB}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "minus" => '\u{2212}',
        "hellip" => '\u{2026}',
        "middot" => '\u{B7}',
        "bull" => '\u{2022}',
        "copy" => '\u{A9}',
        "reg" => '\u{AE}',
        "trade" => '\u{2122}',
        "deg" => '\u{B0}',
        "times" => '\u{D7}',
        "euro" => '\u{20AC}',
        "pound" => '\u{A3}',
        "yen" => '\u{A5}',
        "cent" => '\u{A2}',
        _ => return None,
    };
    Some((c, len))
}

/// The character for a numeric reference, as a browser reads it: the C1 range means
/// Windows-1252 (pages often write `&#146;` for an apostrophe), and what is no character at
/// all becomes U+FFFD.
fn numeric_char(code: u32) -> char {
    const WINDOWS_1252: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let code = match code {
        0x80..=0x9F => WINDOWS_1252[(code - 0x80) as usize],
        0 => 0xFFFD,
        _ => code,
    };
    char::from_u32(code).unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_line_breaks() {
        let page = "<html><body><h1>Title</h1>\n<p>First   para,\n  wrapped.</p><p>Second<br>line \
                    two</p><ul><li>one</li><li>two</li></ul><div>end</div></body></html>";
        assert_eq!(
            strip(page).text,
            "Title\n\nFirst para, wrapped.\n\nSecond\nline two\n\none\n\ntwo\n\nend"
        );
        assert_eq!(strip("a<b>b</b>c <i>d</i>").text, "abc d");
        assert_eq!(
            strip("<table><tr><td>a</td><td>b</td></tr></table>").text,
            "a\n\nb"
        );
    }

    #[test]
    fn drops_head_scripts_styles_and_comments() {
        let page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>The &amp; Title</title>\
                    <style>p { color: red }</style><script>if (a < b) { x = '</p>'; }</script>\
                    </head><body><!-- a comment <p>hidden</p> --><p>Shown</p>\
                    <SCRIPT type=\"text/javascript\">var s = \"<b>\";</SCRIPT><p>Also</p></body>";
        let stripped = strip(page);
        assert_eq!(stripped.text, "Shown\n\nAlso");
        assert_eq!(stripped.title.as_deref(), Some("The & Title"));
    }

    #[test]
    fn decodes_entities() {
        let page = "<p>&ldquo;Hi,&rdquo; she said &mdash; it&rsquo;s 5&nbsp;&lt;&nbsp;6 &amp; \
                    &#39;x&#39; &#8211; &#x4E2D;&#X6587; &#146;s &hellip; AT&T &bogus; &#0; \
                    &#xD800; &#99999999;</p>";
        assert_eq!(
            strip(page).text,
            "\u{201C}Hi,\u{201D} she said \u{2014} it\u{2019}s 5 < 6 & 'x' \u{2013} 中文 \u{2019}s \
             \u{2026} AT&T &bogus; \u{FFFD} \u{FFFD} \u{FFFD}"
        );
    }

    #[test]
    fn survives_malformed_markup() {
        for (page, text) in [
            ("a < b and c > d", "a < b and c > d"),
            ("x <3 y", "x <3 y"),
            ("<p>unclosed <b>bold", "unclosed bold"),
            ("text <p", "text <p"),
            ("<p class=it's>ok</p>", "ok"),
            ("<a title=\"x > y\">link</a>", "link"),
            ("<a title=\"never closed>text</a>", "text"),
            ("<script>no end", "no end"),
            ("<svg/>after", "after"),
            ("before<!-- unclosed", "before"),
            ("<head><title>T</title><p>no body tag</p>", "no body tag"),
            ("&", "&"),
            ("&#", "&#"),
            ("&#x;", "&#x;"),
            ("<", "<"),
            ("</", "</"),
            ("<>", "<>"),
            ("é<ü>ß", "é<ü>ß"),
        ] {
            assert_eq!(strip(page).text, text, "{page:?}");
        }
        // Every prefix of a page, cut at any char boundary, must strip without panicking.
        let page = "<html><head><title>T&amp;</title></head><body><p class=\"a\">Zürich &mdash; \
                    <!-- c --> <script>x</script>中文&#x4E2D;<br/></p></body></html>";
        for (cut, _) in page.char_indices() {
            strip(&page[..cut]);
        }
    }

    #[test]
    fn never_panics_on_generated_markup() {
        // Deterministic pseudo-random pages built from the pieces the parser cares about.
        const PIECES: [&str; 24] = [
            "<", ">", "</", "/>", "<!--", "-->", "<!", "&", "&#", "&#x", ";", "=", "\"", "'", "p",
            "script", "title", "head", " ", "\n", "é", "中", "amp", "9",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut page = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                page.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let stripped = strip(&page);
            assert!(!stripped.text.starts_with(char::is_whitespace), "{page:?}");
            assert!(!stripped.text.ends_with(char::is_whitespace), "{page:?}");
        }
    }
}
