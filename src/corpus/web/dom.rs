//! The page as a tree of elements and text. html5ever parses it as a browser does, so any input
//! gives a tree: unclosed tags are closed, stray ones dropped, entities decoded. It builds the
//! tree of `tree.rs` (its `TreeSink`) from the page with the raw text of scripts and styles cut
//! out (`prescan.rs`), and the walk here moves the elements that can hold visible text into an
//! arena in document order (a parent before its children), which lets the later passes walk it
//! with loops instead of recursion: a page of a million nested `<div>`s cannot overflow the
//! stack.

use super::dates;
use super::hints;
use super::prescan;
use super::render;
use super::tree::{self, Data};
use html5ever::tendril::StrTendril;
use html5ever::LocalName;
use std::ops::Range;

/// Elements whose content is never text worth reading; they are left out with all they hold.
fn dropped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "svg"
            | "math"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "button"
            | "input"
            | "textarea"
            | "head"
            | "dialog"
    )
}

/// Every attribute this module reads (by its lower-case name); `prescan.rs` cuts the others
/// out of the page before the parse, and `href` but on `<link>`. A name read here and missing
/// from this list would never be found (the tests compare the arena of pages read with and
/// without the cut).
pub(super) const ATTRIBUTES_READ: [&str; 18] = [
    "type",
    "lang",
    "xml:lang",
    "property",
    "name",
    "itemprop",
    "http-equiv",
    "content",
    "datetime",
    "pubdate",
    "value",
    "rel",
    "class",
    "id",
    "role",
    "hidden",
    "aria-hidden",
    "style",
];

/// One element of the arena.
#[derive(Debug)]
pub(super) struct Element {
    /// Lower-case local name.
    /// Its local name, lower case (html5ever's atom: no copy).
    pub tag: LocalName,
    /// It stands on its own lines (`render::is_block`), looked up once here because every pass
    /// asks.
    pub block: bool,
    /// The words of its `class`, `id` and `role` (split at punctuation and camelCase humps,
    /// lower case).
    pub words: Words,
    /// What those words weigh by the content hints of `hints.rs` (the positive and the
    /// negative sum), and which of the date words of `dates.rs` they hold: read as the words
    /// are split, since every later pass asks of every element.
    pub hints: (i32, i32),
    pub date_words: dates::DateWords,
    /// `itemprop="articleBody"` (schema.org microdata marking the body).
    pub article_body: bool,
    pub parent: Option<usize>,
    /// Where its children are in `Dom::children`'s list (see `Dom::children`).
    children: Range<usize>,
}

impl Element {
    pub fn tag(&self) -> &str {
        &self.tag
    }
}

#[derive(Debug)]
pub(super) enum Child {
    Element(usize),
    Text(StrTendril),
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
    /// The children of every element, grouped by element, in document order within each.
    children: Vec<Child>,
}

/// At most this many `<meta>` and `<time>` elements are kept.
const MAX_META: usize = 500;

impl Dom {
    /// The children of `element`, an element of this arena, in document order.
    pub fn children(&self, element: &Element) -> &[Child] {
        self.children
            .get(element.children.clone())
            .unwrap_or_default()
    }

    pub fn parse(html: &str) -> Dom {
        Dom::of_tree(tree::parse(&prescan::cut_raw_text(html)))
    }

    /// The arena of a tree html5ever built.
    pub fn of_tree(mut nodes: Vec<tree::Node>) -> Dom {
        let mut dom = Dom {
            elements: Vec::with_capacity(nodes.len() / 2),
            ..Dom::default()
        };
        // For each open element of the walk below the document, where it went in the arena
        // (`None`: not kept); the last is the parent of the next node opened.
        let mut open: Vec<Option<usize>> = Vec::new();
        // Every child with its parent's place in the arena, in document order; grouped by
        // parent at the end.
        let mut children: Vec<(usize, Child)> = Vec::with_capacity(nodes.len());
        let mut next = nodes.first().and_then(|d| d.first_child);
        while let Some(at) = next {
            let entry = dom.open(
                &mut nodes,
                &mut children,
                at,
                open.last().copied().flatten(),
                open.is_empty(),
            );
            // The next node in document order: the first child, else the next sibling of the
            // node or of its nearest ancestor that has one.
            if let Some(child) = nodes[at].first_child {
                open.push(entry);
                next = Some(child);
                continue;
            }
            let mut node = at;
            next = loop {
                if let Some(sibling) = nodes[node].next {
                    break Some(sibling);
                }
                match nodes[node].parent {
                    Some(parent) if parent != tree::DOCUMENT => {
                        open.pop();
                        node = parent;
                    }
                    _ => break None,
                }
            };
        }
        dom.group_children(children);
        dom
    }

    /// Puts the children gathered in document order into one list grouped by parent (their
    /// order kept within each, a counting sort), each element's children a range of it: no
    /// element has a list of its own to allocate, grow and free.
    fn group_children(&mut self, gathered: Vec<(usize, Child)>) {
        let n = self.elements.len();
        // starts[p + 1]: how many children element p has; then, summed, where each starts.
        let mut starts = vec![0usize; n + 1];
        for (parent, _) in &gathered {
            if let Some(count) = starts.get_mut(parent + 1) {
                *count += 1;
            }
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        for (element, range) in self.elements.iter_mut().zip(starts.windows(2)) {
            element.children = range[0]..range[1];
        }
        let mut list: Vec<Child> = (0..gathered.len()).map(|_| Child::Element(0)).collect();
        // starts[p]: where element p's next child goes.
        for (parent, child) in gathered {
            let Some(at) = starts.get_mut(parent) else {
                continue;
            };
            if let Some(slot) = list.get_mut(*at) {
                *slot = child;
            }
            *at += 1;
        }
        self.children = list;
    }

    /// Reads node `at`, a child of the element that went to `parent_entry` in the arena (or of
    /// the document, `top`): its text moved into the arena, an element's metadata read and the
    /// element kept unless it is dropped. Returns where it went in the arena.
    fn open(
        &mut self,
        nodes: &mut [tree::Node],
        children: &mut Vec<(usize, Child)>,
        at: usize,
        parent_entry: Option<usize>,
        top: bool,
    ) -> Option<usize> {
        let dom = self;
        let node = &nodes[at];
        let (name, local) = match &node.data {
            Data::Element(name, _) => (&*name.local, &name.local),
            Data::Text(_) => {
                let p = parent_entry?;
                if let Data::Text(text) = std::mem::replace(&mut nodes[at].data, Data::Other) {
                    children.push((p, Child::Text(text)));
                }
                return None;
            }
            Data::Other => return None,
        };
        if name == "title" && dom.title.is_none() {
            let text = collapse(&child_text(nodes, at));
            dom.title = (!text.is_empty()).then_some(text);
        }
        if name == "script"
            && node
                .attr("type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
        {
            dom.json_ld.push(child_text(nodes, at));
        }
        match name {
            "html" if dom.lang.is_none() => {
                dom.lang = node
                    .attr("lang")
                    .or_else(|| node.attr("xml:lang"))
                    .map(str::to_owned);
            }
            "meta" if dom.meta.len() < MAX_META => {
                let key = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|a| node.attr(a));
                if let (Some(key), Some(content)) = (key, node.attr("content")) {
                    dom.meta
                        .push((key.trim().to_ascii_lowercase(), content.to_owned()));
                }
            }
            "time" if dom.times.len() < MAX_META => {
                if let Some(datetime) = node.attr("datetime") {
                    let published = node.attr("pubdate").is_some()
                        || node
                            .attr("itemprop")
                            .is_some_and(|v| v.eq_ignore_ascii_case("datepublished"));
                    dom.times
                        .push((datetime.to_owned(), published, parent_entry));
                }
            }
            "input" if dom.date_inputs.len() < MAX_META => {
                let name = ["name", "id", "class"]
                    .iter()
                    .filter_map(|a| node.attr(a))
                    .find(|n| dates::publication_field(n));
                if let (Some(name), Some(value)) = (name, node.attr("value")) {
                    dom.date_inputs.push((name.to_owned(), value.to_owned()));
                }
            }
            "link"
                if dom.canonical.is_none()
                    && node
                        .attr("rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                dom.canonical = node.attr("href").map(str::to_owned);
            }
            _ => {}
        }
        let attrs = Attrs::of(node);
        // schema.org microdata on an element other than `<meta>` and `<time>`: the date in its
        // `content`, else its text.
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
                None => dom
                    .item_dates
                    .push(collapse(&descendant_text(nodes, at, 50))),
            }
        }
        if parent_entry.is_none() && !top {
            return None; // inside a dropped element
        }
        if dropped(name) || attrs.hidden() {
            return None;
        }
        let values = [attrs.class, attrs.id, attrs.role];
        // The words and a space after each take at most the values' bytes and one more each.
        let bytes: usize = values.iter().flatten().map(|v| v.len() + 1).sum();
        let mut words = Words(String::with_capacity(bytes));
        let mut hints = hints::Weights::default();
        let mut date_words = dates::DateWords::default();
        for value in values.into_iter().flatten() {
            split_words(value, &mut words, |word| hints.add(word, &mut date_words));
        }
        let article_body = attrs
            .itemprop
            .is_some_and(|v| v.eq_ignore_ascii_case("articlebody"));
        let entry = dom.elements.len();
        dom.elements.push(Element {
            tag: local.clone(),
            block: render::is_block(name),
            words,
            hints: hints.sums(),
            date_words,
            article_body,
            parent: parent_entry,
            children: 0..0,
        });
        if let Some(p) = parent_entry {
            children.push((p, Child::Element(entry)));
        }
        Some(entry)
    }
}

/// The text of the text children of node `at`.
fn child_text(nodes: &[tree::Node], at: usize) -> String {
    let mut text = String::new();
    let mut child = nodes[at].first_child;
    while let Some(c) = child {
        if let Data::Text(t) = &nodes[c].data {
            text.push_str(t);
        }
        child = nodes[c].next;
    }
    text
}

/// The text of the first `max` text nodes under node `at`, in document order.
fn descendant_text(nodes: &[tree::Node], at: usize, max: usize) -> String {
    let mut text = String::new();
    let mut taken = 0;
    let mut stack: Vec<usize> = nodes[at].first_child.into_iter().collect();
    while let Some(node) = stack.pop() {
        if taken == max {
            break;
        }
        if let Data::Text(t) = &nodes[node].data {
            text.push_str(t);
            taken += 1;
        }
        // The next sibling after the node's own children.
        stack.extend(nodes[node].next);
        stack.extend(nodes[node].first_child);
    }
    text
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
    fn of(node: &'a tree::Node) -> Attrs<'a> {
        let mut attrs = Attrs::default();
        let Data::Element(_, list) = &node.data else {
            return attrs;
        };
        for attr in list {
            let value = &*attr.value;
            match &*attr.name.local {
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

/// The words of an element's `class`, `id` and `role` (or of a field's name), lower case, in
/// one string with a space after each: what two elements are compared by (an element's
/// hints and date words are read from them as they are split, see `Element`).
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Words(String);

impl Words {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Splits an attribute value into lower-case words at anything that is not a letter or digit
/// and before an upper-case letter that follows a lower-case one (`articleBody` → `article`,
/// `body`), adds them to `words` and hands each to `each`.
pub(super) fn split_words(value: &str, words: &mut Words, mut each: impl FnMut(&str)) {
    // Each word is lower-cased once, from its slice, char by char as `char::to_lowercase` does.
    let mut push = |word: &str| {
        let start = words.0.len();
        if word.is_ascii() {
            words.0.push_str(word);
            words.0[start..].make_ascii_lowercase();
        } else {
            words.0.extend(word.chars().flat_map(char::to_lowercase));
        }
        each(&words.0[start..]);
        words.0.push(' ');
    };
    // An ASCII value (nearly all) is read a byte at a time, as its characters.
    if value.is_ascii() {
        let kinds = value.bytes().enumerate().map(|(i, b)| {
            let kind = (
                b.is_ascii_alphanumeric(),
                b.is_ascii_uppercase(),
                b.is_ascii_lowercase(),
            );
            (i, kind)
        });
        split_at_kinds(value, kinds, &mut push);
    } else {
        let kinds = value
            .char_indices()
            .map(|(i, c)| (i, (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())));
        split_at_kinds(value, kinds, &mut push);
    }
}

/// The words of `value` by what each character is (its byte offset, and whether it is a letter
/// or digit, upper case, lower case), handed to `push`.
fn split_at_kinds(
    value: &str,
    kinds: impl Iterator<Item = (usize, (bool, bool, bool))>,
    push: &mut impl FnMut(&str),
) {
    // Where the word being read starts.
    let mut start = None;
    let mut previous_lower = false;
    for (i, (alphanumeric, upper, lower)) in kinds {
        if !alphanumeric {
            if let Some(s) = start.take() {
                push(&value[s..i]);
            }
            previous_lower = false;
            continue;
        }
        if upper && previous_lower {
            if let Some(s) = start.take() {
                push(&value[s..i]);
            }
        }
        start.get_or_insert(i);
        previous_lower = lower;
    }
    if let Some(s) = start {
        push(&value[s..]);
    }
}

/// Whitespace runs as one space, trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
