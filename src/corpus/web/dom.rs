//! The page as a tree of elements and text. html5ever (through `scraper`) parses it as a browser
//! does, so any input gives a tree: unclosed tags are closed, stray ones dropped, entities
//! decoded. The tree is copied into an arena of the elements that can hold visible text, in
//! document order (a parent before its children), which lets the later passes walk it with loops
//! instead of recursion: a page of a million nested `<div>`s cannot overflow the stack.

use super::dates;
use super::prescan;
use super::render;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never text worth reading; they are left out with all they hold.
const DROPPED: [&str; 18] = [
    "script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed",
    "canvas", "video", "audio", "select", "button", "input", "textarea", "head", "dialog",
];

/// One element of the arena.
#[derive(Debug)]
pub(super) struct Element {
    /// Lower-case local name.
    pub tag: String,
    /// It stands on its own lines (`render::is_block`), looked up once here because every pass
    /// asks.
    pub block: bool,
    /// The words of its `class`, `id` and `role` (split at punctuation and camelCase humps,
    /// lower case): what the content hints of `hints.rs` are matched against.
    pub words: Vec<String>,
    /// `itemprop="articleBody"` (schema.org microdata marking the body).
    pub article_body: bool,
    pub parent: Option<usize>,
    pub children: Vec<Child>,
}

#[derive(Debug)]
pub(super) enum Child {
    Element(usize),
    Text(String),
}

/// A parsed page.
#[derive(Debug, Default)]
pub(super) struct Dom {
    /// The elements of `<body>` (and of whatever stands outside `<head>`), in document order;
    /// element 0 is `<html>` when the page has any.
    pub elements: Vec<Element>,
    /// The text of the first non-empty `<title>`.
    pub title: Option<String>,
    /// The contents of `<script type="application/ld+json">` elements, in document order.
    pub json_ld: Vec<String>,
    /// `<meta>` elements: the `name`, `property` or `itemprop` (lower case) and the `content`.
    pub meta: Vec<(String, String)>,
    /// The `datetime` of `<time>` elements, and whether the element says it is the publication
    /// time (`pubdate`, `itemprop="datePublished"`), and the element of the arena that holds it.
    pub times: Vec<(String, bool, Option<usize>)>,
    /// The text of elements marked `itemprop="datePublished"` that give it as their text, not
    /// in a `content` or `datetime` attribute.
    pub item_dates: Vec<String>,
    /// `<input>` fields named for the publication date (`published_date`, see
    /// `dates::publication_field`): the name and the value.
    pub date_inputs: Vec<(String, String)>,
    /// The `href` of `<link rel="canonical">`.
    pub canonical: Option<String>,
    /// The `lang` (or `xml:lang`) of the `<html>` element.
    pub lang: Option<String>,
}

/// At most this many `<meta>` and `<time>` elements are kept.
const MAX_META: usize = 500;

impl Dom {
    pub fn parse(html: &str) -> Dom {
        let document = Html::parse_document(&prescan::cut_raw_text(html));
        let mut dom = Dom::default();
        // For each open node of the walk, where it went in the arena (`None`: not kept); the
        // last is the parent of the next node opened.
        let mut open: Vec<Option<usize>> = Vec::new();
        for edge in document.tree.root().traverse() {
            let node = match edge {
                Edge::Open(node) => node,
                Edge::Close(_) => {
                    open.pop();
                    continue;
                }
            };
            let parent = node.parent();
            let parent_entry = open.last().copied().flatten();
            let entry = 'entry: {
                match node.value() {
                    Node::Element(element) => {
                        let name = element.name();
                        if name == "title" && dom.title.is_none() {
                            let text: String = node
                                .children()
                                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                                .collect();
                            let text = collapse(&text);
                            dom.title = (!text.is_empty()).then_some(text);
                        }
                        if name == "script"
                            && element
                                .attr("type")
                                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
                        {
                            let text: String = node
                                .children()
                                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                                .collect();
                            dom.json_ld.push(text);
                        }
                        match name {
                            "html" if dom.lang.is_none() => {
                                dom.lang = element
                                    .attr("lang")
                                    .or_else(|| element.attr("xml:lang"))
                                    .map(str::to_owned);
                            }
                            "meta" if dom.meta.len() < MAX_META => {
                                let key = ["property", "name", "itemprop", "http-equiv"]
                                    .iter()
                                    .find_map(|a| element.attr(a));
                                if let (Some(key), Some(content)) = (key, element.attr("content")) {
                                    dom.meta.push((
                                        key.trim().to_ascii_lowercase(),
                                        content.to_owned(),
                                    ));
                                }
                            }
                            "time" if dom.times.len() < MAX_META => {
                                if let Some(datetime) = element.attr("datetime") {
                                    let published = element.attr("pubdate").is_some()
                                        || element.attr("itemprop").is_some_and(|v| {
                                            v.eq_ignore_ascii_case("datepublished")
                                        });
                                    let holder = parent_entry;
                                    dom.times.push((datetime.to_owned(), published, holder));
                                }
                            }
                            "input" if dom.date_inputs.len() < MAX_META => {
                                let name = ["name", "id", "class"]
                                    .iter()
                                    .filter_map(|a| element.attr(a))
                                    .find(|n| dates::publication_field(n));
                                if let (Some(name), Some(value)) = (name, element.attr("value")) {
                                    dom.date_inputs.push((name.to_owned(), value.to_owned()));
                                }
                            }
                            "link"
                                if dom.canonical.is_none()
                                    && element
                                        .attr("rel")
                                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                            {
                                dom.canonical = element.attr("href").map(str::to_owned);
                            }
                            _ => {}
                        }
                        let attrs = Attrs::of(element);
                        // schema.org microdata on an element other than `<meta>` and `<time>`:
                        // the date in its `content`, else its text.
                        if !matches!(name, "meta" | "time")
                            && dom.item_dates.len() < MAX_META
                            && attrs
                                .itemprop
                                .is_some_and(|v| v.eq_ignore_ascii_case("datepublished"))
                        {
                            match attrs.content {
                                Some(content) => dom
                                    .meta
                                    .push(("datepublished".to_owned(), content.to_owned())),
                                None => {
                                    let text: String = node
                                        .descendants()
                                        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                                        .take(50)
                                        .collect();
                                    dom.item_dates.push(collapse(&text));
                                }
                            }
                        }
                        let parent_index = parent_entry;
                        let top = parent.is_some_and(|p| !p.value().is_element());
                        if parent_index.is_none() && !top {
                            break 'entry None; // inside a dropped element
                        }
                        if DROPPED.contains(&name) || attrs.hidden() {
                            break 'entry None;
                        }
                        let mut words = Vec::new();
                        for value in [attrs.class, attrs.id, attrs.role].into_iter().flatten() {
                            split_words(value, &mut words);
                        }
                        let article_body = attrs
                            .itemprop
                            .is_some_and(|v| v.eq_ignore_ascii_case("articlebody"));
                        let at = dom.elements.len();
                        dom.elements.push(Element {
                            tag: name.to_owned(),
                            block: render::is_block(name),
                            words,
                            article_body,
                            parent: parent_index,
                            children: Vec::new(),
                        });
                        if let Some(p) = parent_index {
                            dom.elements[p].children.push(Child::Element(at));
                        }
                        Some(at)
                    }
                    Node::Text(text) => {
                        if let Some(p) = parent_entry {
                            dom.elements[p].children.push(Child::Text(text.to_string()));
                        }
                        None
                    }
                    _ => None,
                }
            };
            open.push(entry);
        }
        dom
    }
}

/// The attributes every element is asked for, read in one pass over its attributes (asking
/// for each by name scans them all again).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    content: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(element: &'a scraper::node::Element) -> Attrs<'a> {
        let mut attrs = Attrs::default();
        for (name, value) in element.attrs() {
            match name {
                "class" => attrs.class = Some(value),
                "id" => attrs.id = Some(value),
                "role" => attrs.role = Some(value),
                "itemprop" => attrs.itemprop = Some(value),
                "content" => attrs.content = Some(value),
                "hidden" => attrs.hidden = true,
                "aria-hidden" => attrs.aria_hidden = Some(value),
                "style" => attrs.style = Some(value),
                _ => {}
            }
        }
        attrs
    }

    /// The page hides the element from readers (`hidden`, `aria-hidden`, or an inline style
    /// saying `display: none` or `visibility: hidden`).
    fn hidden(&self) -> bool {
        if self.hidden {
            return true;
        }
        if self
            .aria_hidden
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        {
            return true;
        }
        self.style.is_some_and(|style| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
    }
}

/// Splits an attribute value into lower-case words at anything that is not a letter or digit
/// and before an upper-case letter that follows a lower-case one (`articleBody` → `article`,
/// `body`).
pub(super) fn split_words(value: &str, words: &mut Vec<String>) {
    let mut word = String::new();
    let mut previous_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_lowercase();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
}

/// Whitespace runs as one space, trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
