//! Reading a web page: the article body, as plain text with a blank line between paragraphs,
//! and the page's `<title>`.
//!
//! The page is parsed by html5ever (`dom.rs`), the body found by its signals (`body.rs`), and
//! when nothing on the page looks like a body (a fragment, a page of links), all its visible text
//! is the article, as a browser shows it. Reading never fails: every input gives a tree, and
//! every tree gives a text (maybe empty).

mod body;
mod dom;
mod hints;
mod jsonld;
mod render;

use dom::Dom;

/// The text of a page and its `<title>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WebPage {
    pub text: String,
    pub title: Option<String>,
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
    let article_body = jsonld::article_body(&dom.json_ld);
    let text = match body::find(&dom, article_body.as_deref()) {
        Some(body) if !body.text.is_empty() => body.text,
        _ => all(),
    };
    WebPage {
        text,
        title: dom.title.clone(),
    }
}

#[cfg(test)]
mod tests;
