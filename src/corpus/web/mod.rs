//! Reading a web page: the article body, as plain text with a blank line between paragraphs,
//! and the page's headline, publication date and publisher from its metadata (`meta.rs`).
//!
//! The page is parsed by html5ever (`dom.rs`), the body found by its signals (`body.rs`), and
//! when nothing on the page looks like a body (a fragment, a page of links), all its visible text
//! is the article, as a browser shows it. Reading never fails: every input gives a tree, and
//! every tree gives a text (maybe empty).

mod body;
mod dates;
mod dom;
mod feed;
mod hints;
mod jsonld;
mod meta;
mod prescan;
mod render;
mod tree;

use crate::model::time::Date;
use dom::Dom;
pub(crate) use meta::Found;

pub(crate) use meta::PageDate;

/// The text of a page, its headline and its publication date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WebPage {
    pub text: String,
    /// The JSON-LD `headline`, else `og:title`, else the `<title>`; with where it was read,
    /// as all of these (see `meta.rs`).
    pub title: Option<Found<String>>,
    /// From the page's metadata (see `meta.rs`).
    pub published: Option<PageDate>,
    /// The JSON-LD `publisher`'s name, else `og:site_name`.
    pub publisher: Option<Found<String>>,
    pub modified: Option<Found<Date>>,
    pub authors: Option<Found<Vec<String>>>,
    pub language: Option<Found<String>>,
    pub url: Option<Found<String>>,
}

/// Reads the article of the page `html`.
pub(crate) fn read(html: &str) -> WebPage {
    let dom = Dom::parse(html);
    let all = || {
        let mut out = render::Output::default();
        if !dom.elements.is_empty() {
            render::render(&dom, 0, &|_| false, &mut out);
        }
        out.text
    };
    let json = jsonld::read(&dom.json_ld);
    let text = match body::find(&dom, json.article_body.as_deref()) {
        Some(body) if !body.text.is_empty() => body.text,
        _ => all(),
    };
    // A dateline the body itself opens with is read from the body, where its place in the text
    // is known (`corpus::head`), rather than as a label found anywhere on the page.
    let published = meta::published(&dom, &json)
        .filter(|p| p.field != "labelled date" || super::head::find_dateline(&text).is_none());
    WebPage {
        title: meta::title(&dom, &json),
        published,
        text,
        publisher: meta::publisher(&dom, &json),
        modified: meta::modified(&dom, &json),
        authors: meta::authors(&dom, &json),
        language: meta::language(&dom, &json),
        url: meta::url(&dom, &json),
    }
}

#[cfg(test)]
mod tests;
