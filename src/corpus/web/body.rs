//! The article body of a page: which elements hold it, by the signals content extractors use.
//!
//! 1. Furniture is set aside: elements whose tag (`nav`, `aside`, `footer`, `form`, `header`)
//!    or class, id and role words (`hints.rs`) say they are menus, share bars, comment threads,
//!    teasers, advertising or banners, unless they hold most of the page's text.
//! 2. Paragraphs are scored by their text (length, commas) and the score flows to their parent,
//!    grandparent and a few more ancestors, weighted by the ancestors' tags and hints
//!    (`<article>`, `itemprop="articleBody"`, `article-body`) and lowered by the share of their
//!    text inside links. The best-scored element is the body's container; siblings that score
//!    nearly as well, or are plain paragraphs, join it (bodies split by advertising slots).
//! 3. Inside it, blocks that are mostly links, short fragments, headlines (`<h1>`) and figure
//!    captions are left out, and the rest is written with a blank line between paragraphs.

use super::dom::{Child, Dom};
use super::hints;
use super::render::{self, Output};

/// What the text of an element and all it holds amounts to.
#[derive(Clone, Copy, Debug, Default)]
struct Stats {
    /// Characters of visible text, whitespace not counted.
    chars: usize,
    /// Of those, the characters inside links.
    link_chars: usize,
    commas: usize,
    /// `<p>` elements, itself included.
    paragraphs: usize,
    images: usize,
    list_items: usize,
    /// It has a block element among its children.
    has_block_child: bool,
    /// Characters and commas of its text outside its block children (the text of a `<div>`
    /// written between `<br>`s, say).
    inline_chars: usize,
    inline_commas: usize,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// A paragraph shorter than this (in characters, whitespace not counted) is not scored.
const MIN_PARAGRAPH_CHARS: usize = 25;

/// Where the body is, and its text.
pub(super) struct Body {
    pub text: String,
}

/// The body of the page, or `None` when no element looks like one.
pub(super) fn find(dom: &Dom) -> Option<Body> {
    let n = dom.elements.len();
    if n == 0 {
        return None;
    }
    let stats = stats(dom);
    let page_chars = stats[0].chars;
    let weights: Vec<(i32, i32)> = dom
        .elements
        .iter()
        .map(|e| hints::weigh(&e.words))
        .collect();
    let class_weight = |at: usize| -> f64 {
        let (positive, negative) = weights[at];
        let mut w = 0.0;
        if positive > 0 {
            w += 25.0;
        }
        if negative < 0 {
            w -= 25.0;
        }
        if dom.elements[at].article_body {
            w += 50.0;
        }
        w
    };

    // 1. Furniture: set aside with all it holds.
    let mut removed = vec![false; n];
    for at in 0..n {
        let element = &dom.elements[at];
        if element.parent.is_some_and(|p| removed[p]) {
            removed[at] = true;
            continue;
        }
        if element.article_body || matches!(element.tag.as_str(), "html" | "body" | "a") {
            continue;
        }
        // An element holding most of the page's text is the page, whatever it is called.
        if stats[at].chars * 2 > page_chars {
            continue;
        }
        let (positive, negative) = weights[at];
        let furniture_tag = matches!(
            element.tag.as_str(),
            "nav" | "aside" | "footer" | "form" | "header" | "menu"
        );
        // Words for the body and for furniture together ("content-with-sidebar",
        // "related-articles"): furniture when it is also made of links.
        let furniture_words = if positive == 0 {
            negative <= -2
        } else {
            positive + negative <= -2 && stats[at].link_density() > 0.25
        };
        if furniture_tag || (furniture_words && !matches!(element.tag.as_str(), "article" | "main"))
        {
            removed[at] = true;
        }
    }

    // 2. Paragraph scores flow to their ancestors.
    let mut score = vec![0.0f64; n];
    let mut candidate = vec![false; n];
    for at in 0..n {
        if removed[at] {
            continue;
        }
        let element = &dom.elements[at];
        let paragraph = match element.tag.as_str() {
            "p" | "pre" | "td" | "blockquote" => true,
            "div" | "section" | "article" | "span" | "font" => !stats[at].has_block_child,
            _ => false,
        };
        let s = stats[at];
        // Text between the blocks of a container is a paragraph of that container.
        let (chars, commas, mut ancestor, mut level) = if paragraph {
            (s.chars, s.commas, element.parent, 0)
        } else if s.has_block_child && !matches!(element.tag.as_str(), "body" | "html") {
            (s.inline_chars, s.inline_commas, Some(at), 0)
        } else {
            continue;
        };
        if chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let content = 1.0 + commas as f64 + (chars / 100).min(3) as f64;
        while let Some(a) = ancestor {
            if level >= 5 {
                break;
            }
            if !candidate[a] {
                candidate[a] = true;
                score[a] = tag_score(&dom.elements[a].tag) + class_weight(a);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score[a] += content / divider;
            ancestor = dom.elements[a].parent;
            level += 1;
        }
    }
    let final_score = |at: usize| -> f64 { score[at] * (1.0 - stats[at].link_density()) };
    let mut top = (0..n)
        .filter(|&at| candidate[at] && !removed[at])
        .max_by(|&a, &b| final_score(a).total_cmp(&final_score(b)))?;

    // A parent that scores better than the top candidate's own score is the container.
    let mut last = final_score(top);
    let threshold = last / 3.0;
    let mut parent = dom.elements[top].parent;
    while let Some(p) = parent {
        if matches!(dom.elements[p].tag.as_str(), "body" | "html") {
            break;
        }
        if candidate[p] {
            let s = final_score(p);
            if s < threshold {
                break;
            }
            if s > last {
                top = p;
                break;
            }
            last = s;
        }
        parent = dom.elements[p].parent;
    }
    // The only child of its parent: the parent is the container.
    while let Some(p) = dom.elements[top].parent {
        let only = dom.elements[p]
            .children
            .iter()
            .filter(|c| matches!(c, Child::Element(_)))
            .count()
            == 1;
        if !only || matches!(dom.elements[p].tag.as_str(), "body" | "html") {
            break;
        }
        top = p;
    }

    // Siblings that belong to the body.
    let top_score = final_score(top);
    let sibling_threshold = (top_score * 0.2).max(10.0);
    let mut roots = Vec::new();
    match dom.elements[top].parent {
        Some(p) => {
            for child in &dom.elements[p].children {
                let Child::Element(c) = *child else { continue };
                if c == top {
                    roots.push(c);
                    continue;
                }
                if removed[c] {
                    continue;
                }
                let mut bonus = 0.0;
                if !dom.elements[c].words.is_empty()
                    && dom.elements[c].words == dom.elements[top].words
                {
                    bonus = top_score * 0.2;
                }
                let s = stats[c];
                let append = if candidate[c] && final_score(c) + bonus >= sibling_threshold {
                    true
                } else if dom.elements[c].tag == "p" {
                    let density = s.link_density();
                    (s.chars > 80 && density < 0.25)
                        || (s.chars > 0 && density == 0.0 && {
                            let mut out = Output::default();
                            render::render(dom, c, &|_| false, &mut out);
                            out.text.contains(". ") || out.text.ends_with('.')
                        })
                } else {
                    false
                };
                if append {
                    roots.push(c);
                }
            }
        }
        None => roots.push(top),
    }

    // 3. The text, cleaned.
    let skip = |at: usize| -> bool {
        if removed[at] {
            return true;
        }
        let element = &dom.elements[at];
        let s = stats[at];
        match element.tag.as_str() {
            "h1" | "figure" | "figcaption" | "picture" => return true,
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                return class_weight(at) < 0.0 || s.link_density() > 0.33;
            }
            "p" | "li" => return s.link_density() >= 0.5,
            _ => {}
        }
        if !matches!(
            element.tag.as_str(),
            "div" | "section" | "ul" | "ol" | "table" | "dl" | "fieldset"
        ) || element.article_body
        {
            return false;
        }
        let weight = class_weight(at);
        if candidate[at] && weight + score[at] < 0.0 {
            return true;
        }
        if s.commas >= 10 {
            return false;
        }
        let list = matches!(element.tag.as_str(), "ul" | "ol");
        let density = s.link_density();
        (!list && s.list_items > s.paragraphs + 5 && s.paragraphs == 0 && density > 0.2)
            || (s.images > 1 && s.paragraphs * 2 < s.images && s.chars < 200)
            || (weight < 25.0 && density > 0.2 && s.chars < 500)
            || (weight >= 25.0 && density > 0.5)
            || density > 0.5
    };
    let mut out = Output::default();
    for root in roots {
        render::render(dom, root, &skip, &mut out);
        out.request_break(2);
    }
    Some(Body { text: out.text })
}

/// The score an element starts with as a candidate container, by its tag.
fn tag_score(tag: &str) -> f64 {
    match tag {
        "article" => 10.0,
        "div" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The stats of every element, children first (a child comes after its parent in the arena).
fn stats(dom: &Dom) -> Vec<Stats> {
    let n = dom.elements.len();
    let mut stats = vec![Stats::default(); n];
    for at in (0..n).rev() {
        let element = &dom.elements[at];
        let mut s = Stats::default();
        for child in &element.children {
            match child {
                Child::Text(text) => {
                    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                    let commas = text.matches([',', '\u{FF0C}', '\u{3001}']).count();
                    s.chars += chars;
                    s.commas += commas;
                    s.inline_chars += chars;
                    s.inline_commas += commas;
                }
                Child::Element(e) => {
                    let c = stats[*e];
                    s.chars += c.chars;
                    s.link_chars += c.link_chars;
                    s.commas += c.commas;
                    s.paragraphs += c.paragraphs;
                    s.images += c.images;
                    s.list_items += c.list_items;
                    if render::is_block(&dom.elements[*e].tag) {
                        s.has_block_child = true;
                    } else {
                        s.inline_chars += c.chars;
                        s.inline_commas += c.commas;
                    }
                }
            }
        }
        match element.tag.as_str() {
            "a" => s.link_chars = s.chars,
            "p" => s.paragraphs += 1,
            "img" => s.images += 1,
            "li" => s.list_items += 1,
            _ => {}
        }
        stats[at] = s;
    }
    stats
}
