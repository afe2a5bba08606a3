//! Before the parse: the contents of the elements `dom.rs` drops whole and the HTML tokenizer
//! reads as raw text (`<script>` other than JSON-LD, `<style>`, `<noscript>`, `<iframe>`) cut out
//! of the page, their tags kept; the text of comments (`<!---->` left); the attributes `dom.rs`
//! never reads (`data-*`, `src`, `srcset`, a link's `href`, ...) cut out of the start tags; and
//! whitespace alone between two tags cut to one character. Half the bytes of a news page are
//! scripts and style sheets, a third of the rest such attributes and a sixth of what is left
//! indentation, which html5ever would tokenize character by character only for `dom.rs` to drop
//! them; cut out, the parse builds the same elements, with the attributes that are read and the
//! same text as laid out, from a fraction of the bytes.
//!
//! What is a tag is decided as the tokenizer decides it (WHATWG HTML, "Tokenization"): a scan
//! from one `<` to the next that knows comments, doctypes and bogus comments, tags with quoted
//! attribute values, and the raw text of `<title>`, `<textarea>`, `<xmp>`, `<noembed>`,
//! `<noframes>` and `<plaintext>` besides the four above, with `<script>`'s escaped and
//! double-escaped states (`<!-- <script>...</script> -->` inside a script), so a `<script>`
//! written in a comment, an attribute or a title is not taken for one. Inside `<svg>` and
//! `<math>` (foreign content, which `dom.rs` drops too) a self-closed `<script/>` or `<style/>`
//! is an element without content. When the page ends inside a tag or a comment, the rest is
//! kept as it is. Every cut is at an ASCII `<` or after an ASCII `>`, so it stays UTF-8.

use super::dom::ATTRIBUTES_READ;
use std::borrow::Cow;

/// Elements whose raw text is kept (the parse reads it as text) and skipped by the scan.
const RAW_KEPT: [&[u8]; 5] = [b"title", b"textarea", b"xmp", b"noembed", b"noframes"];

/// Elements whose raw text is cut out (`dom.rs` drops them with all they hold); `script` is
/// cut unless its `type` says JSON-LD.
const RAW_CUT: [&[u8]; 3] = [b"style", b"noscript", b"iframe"];

/// The page with the raw text of scripts (other than JSON-LD), style sheets, `<noscript>` and
/// `<iframe>` cut out.
pub(super) fn cut_raw_text(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    // Where the part of `html` not yet copied to `out` starts.
    let mut kept_from = 0;
    let mut cut = |from: usize, to: usize, out: &mut String| {
        // Cuts come in the page's order and never overlap; one that would is not made.
        if to > from && from >= kept_from {
            out.push_str(&html[kept_from..from]);
            kept_from = to;
        }
    };
    // How deep the scan is in `<svg>` and `<math>` elements.
    let mut foreign = 0usize;
    let mut unread = Vec::new();
    let mut i = 0;
    while let Some(at) = find_byte(b, i, b'<') {
        let next = b.get(at + 1).copied();
        if b[at..].starts_with(b"<!--") {
            match comment_end(b, at + 4) {
                Some((content_end, end)) => {
                    cut(at + 4, content_end, &mut out);
                    i = end;
                }
                None => break,
            }
            continue;
        }
        if matches!(next, Some(b'!' | b'?')) {
            // A doctype or a bogus comment: to the next `>`.
            match find_byte(b, at + 2, b'>') {
                Some(end) => i = end + 1,
                None => break,
            }
            continue;
        }
        let end_tag = next == Some(b'/');
        let name_at = if end_tag { at + 2 } else { at + 1 };
        match b.get(name_at) {
            Some(c) if c.is_ascii_alphabetic() => {}
            // `</>` is dropped; `</` and anything else is a bogus comment to the next `>`.
            Some(_) if end_tag => match find_byte(b, name_at, b'>') {
                Some(end) => {
                    i = end + 1;
                    continue;
                }
                None => break,
            },
            // A `<` that opens no tag is text.
            _ => {
                i = at + 1;
                continue;
            }
        }
        let name_end = name_at
            + b[name_at..]
                .iter()
                .position(|&c| is_space(c) || c == b'/' || c == b'>')
                .unwrap_or(b.len() - name_at);
        let name = &b[name_at..name_end];
        unread.clear();
        let link = name.eq_ignore_ascii_case(b"link");
        let Some(tag) = scan_attributes(b, name_end, link, &mut unread) else {
            break; // the page ends inside the tag
        };
        if !end_tag {
            for &(from, to) in &unread {
                cut(from, to, &mut out);
            }
        }
        i = tag.end;
        let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
        // Whitespace alone between this tag and the next: one character of it is enough (the
        // tree builder treats any run of whitespace alike, and the text is laid out with runs
        // of whitespace as one space), except where a raw text element's content starts, and
        // after `<pre>` and `<listing>`, whose first newline the tree builder drops.
        let keeps_whitespace = !end_tag
            && (is(b"script")
                || is(b"plaintext")
                || is(b"pre")
                || is(b"listing")
                || RAW_CUT.iter().any(|n| is(n))
                || RAW_KEPT.iter().any(|n| is(n)));
        if !keeps_whitespace {
            let run = b[tag.end..].iter().take_while(|&&c| is_space(c)).count();
            let next = tag.end + run;
            let tag_next = b.get(next) == Some(&b'<')
                && b.get(next + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!'));
            if run > 1 && tag_next {
                cut(tag.end + 1, next, &mut out);
            }
        }
        if is(b"svg") || is(b"math") {
            if end_tag {
                foreign = foreign.saturating_sub(1);
            } else if !tag.self_closing {
                foreign += 1;
            }
            continue;
        }
        if end_tag || (foreign > 0 && tag.self_closing) {
            continue;
        }
        if is(b"plaintext") {
            break; // the rest of the page is text
        }
        if is(b"script") {
            let json = tag.type_value.is_some_and(|(from, to)| {
                let value = &b[from..to];
                value
                    .windows(b"ld+json".len())
                    .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
            });
            let content_end = script_end(b, tag.end);
            if !json {
                cut(tag.end, content_end.unwrap_or(b.len()), &mut out);
            }
            match content_end {
                Some(end) => i = end,
                None => break,
            }
            continue;
        }
        let cuts = RAW_CUT.iter().any(|n| is(n));
        if cuts || RAW_KEPT.iter().any(|n| is(n)) {
            let content_end = raw_text_end(b, tag.end, name);
            if cuts {
                cut(tag.end, content_end.unwrap_or(b.len()), &mut out);
            }
            match content_end {
                Some(end) => i = end,
                None => break,
            }
        }
    }
    if kept_from == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[kept_from..]);
    Cow::Owned(out)
}

/// Whitespace between the parts of a tag (a carriage return counts: the tokenizer reads it as
/// a line feed).
fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn find_byte(b: &[u8], from: usize, byte: u8) -> Option<usize> {
    Some(from + memchr::memchr(byte, b.get(from..)?)?)
}

/// A tag as the scan read it.
struct Tag {
    /// Just after its `>`.
    end: usize,
    self_closing: bool,
    /// The byte range of the value of its first `type` attribute.
    type_value: Option<(usize, usize)>,
}

/// The attributes of a tag from `j` (just after its name) to its `>`; `None` when the page ends
/// first. The byte ranges of the attributes `dom.rs` never reads (all but
/// [`ATTRIBUTES_READ`], and `href` but on `<link>`) go to `unread`, each with the space before
/// it (one after `/` or a quote is left: cut, the tag would read differently).
fn scan_attributes(
    b: &[u8],
    mut j: usize,
    link: bool,
    unread: &mut Vec<(usize, usize)>,
) -> Option<Tag> {
    let mut type_value = None;
    loop {
        // Before an attribute's name: spaces and `/` skipped.
        let mut slash = false;
        while let Some(&c) = b.get(j) {
            if is_space(c) {
                slash = false;
            } else if c == b'/' {
                slash = true;
            } else {
                break;
            }
            j += 1;
        }
        if *b.get(j)? == b'>' {
            return Some(Tag {
                end: j + 1,
                self_closing: slash,
                type_value,
            });
        }
        // The name: its first character whatever it is, then up to a space, `/`, `>` or `=`.
        let name_start = j;
        j += 1;
        while b
            .get(j)
            .is_some_and(|&c| !(is_space(c) || matches!(c, b'/' | b'>' | b'=')))
        {
            j += 1;
        }
        let name = &b[name_start..j];
        let name_end = j;
        while b.get(j).copied().is_some_and(is_space) {
            j += 1;
        }
        let read = ATTRIBUTES_READ
            .iter()
            .any(|a| name.eq_ignore_ascii_case(a.as_bytes()))
            || (link && name.eq_ignore_ascii_case(b"href"));
        let after_space = name_start > 0 && is_space(b[name_start - 1]);
        if b.get(j) != Some(&b'=') {
            if !read && after_space {
                unread.push((name_start - 1, name_end));
            }
            continue;
        }
        j += 1;
        while b.get(j).copied().is_some_and(is_space) {
            j += 1;
        }
        let value = match *b.get(j)? {
            quote @ (b'"' | b'\'') => {
                let end = find_byte(b, j + 1, quote)?;
                let value = (j + 1, end);
                j = end + 1;
                value
            }
            // A missing value: the `>` ends the tag.
            b'>' => {
                if !read && after_space {
                    unread.push((name_start - 1, j));
                }
                continue;
            }
            _ => {
                let start = j;
                while b.get(j).is_some_and(|&c| !(is_space(c) || c == b'>')) {
                    j += 1;
                }
                (start, j)
            }
        };
        if type_value.is_none() && name.eq_ignore_ascii_case(b"type") {
            type_value = Some(value);
        }
        if !read && after_space {
            unread.push((name_start - 1, j));
        }
    }
}

/// The end of a comment whose `<!--` ends just before `from`: where its text ends (its
/// closing `--`), and just after its `-->` (or `--!>`, or the `>` of `<!-->` and `<!--->`).
fn comment_end(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let rest = b.get(from..)?;
    if rest.starts_with(b">") {
        return Some((from, from + 1));
    }
    if rest.starts_with(b"->") {
        return Some((from, from + 2));
    }
    let mut j = from;
    loop {
        let dash = find_byte(b, j, b'-')?;
        if b.get(dash + 1) != Some(&b'-') {
            j = dash + 1;
            continue;
        }
        let mut k = dash + 2;
        while b.get(k) == Some(&b'-') {
            k += 1;
        }
        match b.get(k) {
            Some(b'>') => return Some((k - 2, k + 1)),
            Some(b'!') if b.get(k + 1) == Some(&b'>') => return Some((k - 2, k + 2)),
            Some(_) => j = k,
            None => return None,
        }
    }
}

/// Whether an end tag of `name` (any case) starts at `at`: `</name` and then a space, `/` or `>`.
fn end_tag_at(b: &[u8], at: usize, name: &[u8]) -> bool {
    let after = at + 2 + name.len();
    b.get(at..at + 2) == Some(b"</")
        && b.get(at + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && b.get(after)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// The start (its `<`) of the end tag of a raw text element `name` whose content starts at
/// `from`.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut j = from;
    loop {
        let at = find_byte(b, j, b'<')?;
        if end_tag_at(b, at, name) {
            return Some(at);
        }
        j = at + 1;
    }
}

/// Whether `<script` and then a space, `/` or `>` starts at `at` (a `<`): the tokenizer's
/// double-escape start.
fn script_start_at(b: &[u8], at: usize) -> bool {
    let after = at + 1 + b"script".len();
    b.get(at + 1..after)
        .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
        && b.get(after)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// The start (its `<`) of a script's end tag, its content starting at `from`: the first
/// `</script` outside the escaped states a `<!--` in the script opens.
fn script_end(b: &[u8], from: usize) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Escaped,
        EscapedDash,
        EscapedDashDash,
        Double,
        DoubleDash,
        DoubleDashDash,
    }
    use State::*;
    let mut j = from;
    loop {
        let at = find_byte(b, j, b'<')?;
        if end_tag_at(b, at, b"script") {
            return Some(at);
        }
        if !b[at..].starts_with(b"<!--") {
            j = at + 1;
            continue;
        }
        // Escaped, as far as the next `-->` that returns to plain script data.
        let mut state = EscapedDashDash;
        j = at + 4;
        loop {
            let c = *b.get(j)?;
            match (state, c) {
                (Escaped | EscapedDash | EscapedDashDash, b'-') => {
                    state = if state == Escaped {
                        EscapedDash
                    } else {
                        EscapedDashDash
                    };
                }
                (Escaped | EscapedDash | EscapedDashDash, b'<') => {
                    if end_tag_at(b, j, b"script") {
                        return Some(j);
                    }
                    state = Escaped;
                    if script_start_at(b, j) {
                        state = Double;
                        j += b"<script".len();
                    }
                }
                (EscapedDashDash | DoubleDashDash, b'>') => {
                    j += 1;
                    break;
                }
                (Escaped | EscapedDash | EscapedDashDash, _) => state = Escaped,
                (Double | DoubleDash | DoubleDashDash, b'-') => {
                    state = if state == Double {
                        DoubleDash
                    } else {
                        DoubleDashDash
                    };
                }
                (Double | DoubleDash | DoubleDashDash, b'<') => {
                    state = Double;
                    if end_tag_at(b, j, b"script") {
                        state = Escaped;
                        j += b"</script".len();
                    }
                }
                (Double | DoubleDash | DoubleDashDash, _) => state = Double,
            }
            j += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cut_raw_text;
    use crate::corpus::web::dom::{Child, Dom};
    use crate::corpus::web::tree;

    /// The arena as text: every element (tag, words, parent, children) and the metadata, with
    /// each run of whitespace in a text as one space (laid out, they are one space).
    fn arena(dom: &Dom) -> String {
        let mut out = format!(
            "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}\n",
            dom.title,
            dom.json_ld,
            dom.meta,
            dom.times,
            dom.item_dates,
            dom.date_inputs,
            dom.canonical,
            dom.lang
        );
        for e in &dom.elements {
            out += &format!(
                "{} {} {:?} {} {:?}:",
                e.tag(),
                e.block,
                e.words,
                e.article_body,
                e.parent
            );
            for child in dom.children(e) {
                match child {
                    Child::Element(c) => out += &format!(" <{c}>"),
                    Child::Text(t) => {
                        let mut text = String::new();
                        for (i, part) in t.split(char::is_whitespace).enumerate() {
                            if i > 0 && !text.ends_with(' ') {
                                text.push(' ');
                            }
                            text.push_str(part);
                        }
                        out += &format!(" {text:?}");
                    }
                }
            }
            out.push('\n');
        }
        out
    }

    /// Whether the page gives the same arena (elements, words, text laid out, metadata) cut
    /// and uncut.
    fn same_dom(page: &str) -> bool {
        arena(&Dom::parse(page)) == arena(&Dom::of_tree(tree::parse(page)))
    }

    #[test]
    fn the_cut_leaves_the_arena_as_it_was() {
        let page = "<html lang=en><head><link rel=canonical href=/a data-x=1>\
            <meta property=og:title content=T><script src=a.js async></script>\
            <script type=application/ld+json>{\"a\": 1}</script><style>p{}</style></head>\
            <body class=\"b\" onload=\"x()\"><p id=p data-track=\"x y\" hidden>h</p>\
            <div role=main style=\"color: red\" aria-label=a><a href=\"/x\" title=t>x</a>\
            <time datetime=2019-11-20 pubdate>d</time><input name=pubdate value=2019-11-20>\
            <img src=a.png srcset=\"a 1x\" alt=\"an image\"><span itemprop=datePublished>\
            Nov. 20, 2019</span></div><noscript><p>n</p></noscript></body></html>";
        assert!(same_dom(page));
        // Generated pages from the pieces the cut looks for.
        const PIECES: [&str; 32] = [
            "<",
            ">",
            "</",
            "/>",
            "<!--",
            "-->",
            "<!",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "é",
            "p",
            "script",
            "style",
            "title",
            "textarea",
            "svg",
            "div",
            "class=a",
            " data-x=",
            " src",
            " href=",
            "type=",
            "ld+json",
            "link",
            "<script>",
            "</script>",
            "<!-- <script>",
            "-",
            "x",
        ];
        for page in super::super::tests::generated_pages(&PIECES, 0x9E37_79B9_7F4A_7C15, 3000, 40) {
            assert!(same_dom(&page), "{page:?}");
        }
    }

    #[test]
    fn the_cut_leaves_the_benchmark_pages_arenas_as_they_were() {
        for (path, page) in super::super::tests::benchmark_pages() {
            assert!(same_dom(&page), "{}", path.display());
        }
    }

    #[test]
    fn scripts_and_styles_lose_their_text_and_keep_their_tags() {
        let page = "<head><style>p { color: red }</style><script>if (a<b) x();</script>\
            <script type=\"application/ld+json\">{\"headline\": \"H\"}</script></head>\
            <body><p>Text</p><noscript><p>No</p></noscript><iframe>f</iframe></body>";
        assert_eq!(
            cut_raw_text(page),
            "<head><style></style><script></script>\
            <script type=\"application/ld+json\">{\"headline\": \"H\"}</script></head>\
            <body><p>Text</p><noscript></noscript><iframe></iframe></body>"
        );
    }

    #[test]
    fn comment_text_and_attributes_never_read_are_cut() {
        assert_eq!(
            cut_raw_text(
                "<!-- a -- b --><!--x--!><!---><a href=\"/x\" class=c data-x = '1' title=t async\n>x</a>\
                 <link rel=canonical href=/a><img src=a.png alt=\"\"/><p/data-x=1>"
            ),
            "<!----><!----!><!---><a class=c\n>x</a><link rel=canonical href=/a><img/><p/data-x=1>"
        );
    }

    #[test]
    fn whitespace_alone_between_tags_is_one_character() {
        assert_eq!(
            cut_raw_text("<div>\n\t\t<p>a  b</p>  \n</div> <b>x</b>\n  < 5<pre>\n\n<b>"),
            "<div>\n<p>a  b</p> </div> <b>x</b>\n  < 5<pre>\n\n<b>"
        );
    }

    #[test]
    fn what_only_looks_like_a_script_is_left() {
        for page in [
            "<p class=\"<script>\">x</p>",
            "<p class='a > b <script>'>x</p>",
            "<title><script></title><p>x</p>",
            "<textarea></textarea ><script</textarea><p>x</p>",
            "<p>a < b <scripts>x</p>",
            "<!DOCTYPE html><?x <script> ?><p>x</p>",
            "<svg><script type=\"a\"/><p>x</p></svg>",
            "<p>x</p><script",
            "<p>x</p><script src=\"a",
            "<p>x</p><!-- <script>",
            "<plaintext><script>x</script>",
            "",
        ] {
            assert_eq!(cut_raw_text(page), page, "{page}");
        }
    }

    #[test]
    fn a_script_ends_where_the_tokenizer_ends_it() {
        // Escaped and double-escaped: the first `</script>` is inside the script.
        assert_eq!(
            cut_raw_text("<script><!-- document.write('<script>x</script>') --></script><p>y"),
            "<script></script><p>y"
        );
        // Escaped only: `</script>` ends it, even before the `-->`.
        assert_eq!(cut_raw_text("<!-- <script> -->x</p>"), "<!---->x</p>");
        assert_eq!(
            cut_raw_text("<script><!-- a </script><p>y"),
            "<script></script><p>y"
        );
        assert_eq!(
            cut_raw_text("<SCRIPT>a</scriptx></Script\t><p>y"),
            "<SCRIPT></Script\t><p>y"
        );
        // A script left open holds the rest of the page.
        assert_eq!(cut_raw_text("<p>y</p><script>a</p>"), "<p>y</p><script>");
        assert_eq!(
            cut_raw_text("<p>é</p><style>é</style>é"),
            "<p>é</p><style></style>é"
        );
    }
}
