//! One AFL++ target for the parsers that read what a user hands claimgraph. The input's first
//! byte picks the target (`byte % 4`); the rest is the data, read as text the way `--lossy`
//! reading does (invalid UTF-8 becomes U+FFFD):
//!
//! - 0: `extract` over the text, published on 2019-11-06 or not (by the selector's bit 2);
//! - 1: `read_page` of an HTML page (Markdown or plain text by the selector's bits 3-4), then
//!   `extract` over the page's text;
//! - 2: `check_sources` over a `sources.tsv`;
//! - 3: `Curation::parse` over curation Turtle.
//!
//! Errors are fine; a panic is a crash, and so is a mention whose `text` is not the article's
//! characters `[start..end]` (code points, end exclusive).
//!
//! Outside AFL the binary reads one input on standard input, so a crash is replayed with
//! `target/release/claimgraph_fuzz < CRASH_FILE` (or `scripts/fuzz.sh --replay CRASH_FILE`).

use claimgraph::consistency::curation::Curation;
use claimgraph::corpus::{check_sources, read_page, Format};
use claimgraph::extract::extract;
use claimgraph::model::article::Article;
use claimgraph::model::time::{Date, Period};
use std::path::Path;

fn check_extract(text: &str, published: Option<Period>) {
    let article = Article::new("fuzz", text);
    let article = match published {
        Some(period) => article.published_in(period),
        None => article,
    };
    let out = extract(&article);
    if out.mentions.is_empty() {
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    for m in &out.mentions {
        assert!(
            m.start <= m.end && m.end <= chars.len(),
            "mention span {}..{} out of the text's {} characters: {:?}",
            m.start,
            m.end,
            chars.len(),
            m.text
        );
        let span: String = chars[m.start..m.end].iter().collect();
        assert_eq!(
            m.text, span,
            "mention text differs from the text's characters {}..{}",
            m.start, m.end
        );
    }
}

fn run(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let published = if selector & 0b100 != 0 {
        Some(Period::day(Date::from_ymd(2019, 11, 6).unwrap()))
    } else {
        None
    };
    match selector % 4 {
        0 => check_extract(&text, published),
        1 => {
            let format = match (selector >> 3) % 4 {
                1 => Format::Markdown,
                2 => Format::Text,
                _ => Format::Html,
            };
            let page = read_page(text.into_owned(), format);
            check_extract(&page.text, published);
        }
        2 => {
            let _ = check_sources(Path::new("fuzz/sources.tsv"), &text);
        }
        _ => {
            let _ = Curation::parse(&text, Path::new("fuzz/curation.ttl"));
        }
    }
}

fn main() {
    // Once before the fork server starts: the lexicon and other lazily built tables are then
    // built in the parent, not in the first execution of every child (AFL's stability).
    for warm_up in [
        &b"\x04Acme said on Monday it had hired more than 300 engineers."[..],
        b"\x05<html><title>T</title><p>\xe2\x80\x9cIt rose 5%,\xe2\x80\x9d she said.</p></html>",
        b"\x02doc\tpublisher\tpublished\tprecision\tbasis\ttitle\n",
        b"\x03@prefix cg: <https://w3id.org/claimgraph#> .\n",
    ] {
        run(warm_up);
    }
    afl::fuzz!(|data: &[u8]| {
        run(data);
    });
}
