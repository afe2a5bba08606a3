//! The article body of a page: which elements hold it, by the signals content extractors use.
//!
//! 1. Furniture is set aside: elements whose tag (`nav`, `aside`, `footer`, `form`, `header`)
//!    or class, id and role words (`hints.rs`) say they are menus, share bars, comment threads,
//!    teasers, captions, advertising or banners, unless they hold most of the page's text.
//! 2. Paragraphs (`<p>`, and `<div>`s or runs of text written as paragraphs) are scored by their
//!    text (length, commas) and the score flows to their parent, grandparent and a few more
//!    ancestors, weighted by the ancestors' tags and hints (`<article>`,
//!    `itemprop="articleBody"`, `article-body`) and lowered by the share of their text inside
//!    links. The best-scored element is the body's container. It widens to an ancestor whose
//!    further text is mostly paragraphs (a body split into parts), and siblings that score
//!    nearly as well, or are plain paragraphs, join it (a lead paragraph beside the body).
//! 3. When the page's JSON-LD has a schema.org `articleBody` and the container holds little of
//!    it, the element that holds most of it (and little else) is the container instead.
//! 4. Inside the container, blocks that are mostly links, short fragments, headlines (`<h1>`),
//!    figures and captions are left out, and the rest is written with a blank line between
//!    paragraphs.

use super::dom::{Child, Dom};
use super::render::{self, Output};
use rustc_hash::{FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

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
    /// Characters of its words (letters and digits), and of those the ones in a word trigram
    /// of the page's JSON-LD `articleBody`.
    word_chars: usize,
    matched_chars: usize,
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

/// A JSON-LD body shorter than this (in characters of words) says nothing about the page.
const MIN_JSON_BODY_CHARS: usize = 400;

/// How well (F1 of characters of words in shared trigrams) an element must hold the JSON-LD
/// body to be taken as the body's container.
const MIN_JSON_F1: f64 = 0.5;

/// The container of the best-scored paragraphs widens to an ancestor when at least this share
/// of what the ancestor adds is paragraphs.
const CLIMB_PARAGRAPH_SHARE: f64 = 0.85;

/// Where the body is, and its text.
pub(super) struct Body {
    pub text: String,
}

/// The body of the page, or `None` when no element looks like one.
pub(super) fn find(dom: &Dom, article_body: Option<&str>) -> Option<Body> {
    let n = dom.elements.len();
    if n == 0 {
        return None;
    }
    let known = article_body.map(trigrams);
    let known_chars = article_body.map_or(0, |text| words(text).map(|w| w.chars().count()).sum());
    let stats = stats(
        dom,
        known
            .as_ref()
            .filter(|_| known_chars >= MIN_JSON_BODY_CHARS),
    );
    let page_chars = stats[0].chars;
    let weights: Vec<(i32, i32)> = dom.elements.iter().map(|e| e.hints).collect();
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
        if element.article_body || matches!(element.tag(), "html" | "body" | "a") {
            continue;
        }
        // An element holding most of the page's text is the page, whatever it is called.
        if stats[at].chars * 2 > page_chars {
            continue;
        }
        let (positive, negative) = weights[at];
        let furniture_tag = matches!(
            element.tag(),
            "nav" | "aside" | "footer" | "form" | "header" | "menu"
        );
        // Words for the body and for furniture together ("content-with-sidebar",
        // "related-articles"): furniture when it is also made of links.
        let furniture_words = if positive == 0 {
            negative <= -2
        } else {
            positive + negative <= -2 && stats[at].link_density() > 0.25
        };
        if furniture_tag || (furniture_words && !matches!(element.tag(), "article" | "main")) {
            removed[at] = true;
        }
    }

    let prose = prose(dom, &stats, &removed);

    // 2. Paragraph scores flow to their ancestors.
    let mut score = vec![0.0f64; n];
    let mut candidate = vec![false; n];
    for at in 0..n {
        if removed[at] {
            continue;
        }
        let element = &dom.elements[at];
        let paragraph = match element.tag() {
            "p" | "pre" | "td" | "blockquote" => true,
            "div" | "section" | "article" | "span" | "font" => !stats[at].has_block_child,
            _ => false,
        };
        let s = stats[at];
        // Text between the blocks of a container is a paragraph of that container.
        let (chars, commas, mut ancestor, mut level) = if paragraph {
            (s.chars, s.commas, element.parent, 0)
        } else if s.has_block_child && !matches!(element.tag(), "body" | "html") {
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
                score[a] = tag_score(dom.elements[a].tag()) + class_weight(a);
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
    let by_scores = 'scores: {
        let Some(mut top) = (0..n)
            .filter(|&at| candidate[at] && !removed[at])
            .max_by(|&a, &b| final_score(a).total_cmp(&final_score(b)))
        else {
            break 'scores None;
        };

        // A parent that scores better than the top candidate's own score is the container.
        let mut last = final_score(top);
        let threshold = last / 3.0;
        let mut parent = dom.elements[top].parent;
        while let Some(p) = parent {
            if matches!(dom.elements[p].tag(), "body" | "html") {
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
            let only = dom
                .children(&dom.elements[p])
                .iter()
                .filter(|c| matches!(c, Child::Element(_)))
                .count()
                == 1;
            if !only || matches!(dom.elements[p].tag(), "body" | "html") {
                break;
            }
            top = p;
        }

        // A body split into parts (by advertising slots, pull quotes, sections), each in
        // containers of its own: an ancestor whose further text is mostly paragraphs holds it.
        while let Some(p) = dom.elements[top].parent {
            if matches!(dom.elements[p].tag(), "body" | "html") {
                break;
            }
            let more_paragraphs = prose[p]
                .paragraph_chars
                .saturating_sub(prose[top].paragraph_chars);
            let more = prose[p].chars.saturating_sub(prose[top].chars);
            if more == 0 || (more_paragraphs as f64) < CLIMB_PARAGRAPH_SHARE * more as f64 {
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
                for child in dom.children(&dom.elements[p]) {
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
                    } else if dom.elements[c].tag() == "p"
                        || (matches!(dom.elements[c].tag(), "div" | "section")
                            && !s.has_block_child)
                    {
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
        Some(roots)
    };
    // 3. The element that holds the JSON-LD body, when one holds most of it and little else.
    let by_json = (known_chars >= MIN_JSON_BODY_CHARS)
        .then(|| {
            (0..n)
                .filter(|&at| !removed[at])
                .map(|at| {
                    let s = stats[at];
                    let f1 = 2.0 * s.matched_chars as f64 / (s.word_chars + known_chars) as f64;
                    (at, f1)
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
        })
        .flatten()
        .filter(|&(_, f1)| f1 >= MIN_JSON_F1)
        .map(|(at, _)| at);
    // The JSON-LD body decides when the scores' choice holds little of it.
    let roots = match (by_scores, by_json) {
        (Some(roots), Some(json)) => {
            let held: usize = roots.iter().map(|&r| stats[r].matched_chars).sum();
            if held as f64 >= 0.8 * known_chars as f64 {
                roots
            } else {
                vec![json]
            }
        }
        (Some(roots), None) => roots,
        (None, Some(json)) => vec![json],
        (None, None) => return None,
    };
    // 4. The text, cleaned.
    let skip = |at: usize| -> bool {
        if removed[at] {
            return true;
        }
        let element = &dom.elements[at];
        let s = stats[at];
        match element.tag() {
            "h1" | "figure" | "figcaption" | "picture" => return true,
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                return class_weight(at) < 0.0 || s.link_density() > 0.33;
            }
            "p" | "li" => return s.link_density() >= 0.5,
            _ => {}
        }
        if !matches!(
            element.tag(),
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
        let list = matches!(element.tag(), "ul" | "ol");
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

/// The text of an element that furniture leaves, and how much of it is in paragraphs (`<p>`
/// not made of links).
#[derive(Clone, Copy, Default)]
struct Prose {
    chars: usize,
    paragraph_chars: usize,
}

fn prose(dom: &Dom, stats: &[Stats], removed: &[bool]) -> Vec<Prose> {
    let n = dom.elements.len();
    let mut prose = vec![Prose::default(); n];
    for at in (0..n).rev() {
        if removed[at] {
            continue;
        }
        let element = &dom.elements[at];
        let s = stats[at];
        let mut p = Prose::default();
        if element.tag() == "p" {
            p.chars = s.chars;
            if s.link_density() < 0.5 {
                p.paragraph_chars = s.chars;
            }
        } else {
            p.chars = s.inline_chars.min(s.chars);
            for child in dom.children(element) {
                if let Child::Element(c) = child {
                    if dom.elements[*c].block {
                        p.chars += prose[*c].chars;
                    }
                    p.paragraph_chars += prose[*c].paragraph_chars;
                }
            }
        }
        prose[at] = p;
    }
    prose
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

/// The stats of every element, children first (a child comes after its parent in the arena);
/// `known` holds the word trigrams of the JSON-LD body, if any.
fn stats(dom: &Dom, known: Option<&FxHashSet<u64>>) -> Vec<Stats> {
    let n = dom.elements.len();
    let mut stats = vec![Stats::default(); n];
    for at in (0..n).rev() {
        let element = &dom.elements[at];
        let mut s = Stats::default();
        for child in dom.children(element) {
            match child {
                Child::Text(text) => {
                    // One pass for both: characters that are not whitespace, and commas.
                    let (chars, commas) = count_chars(text);
                    s.chars += chars;
                    s.commas += commas;
                    s.inline_chars += chars;
                    s.inline_commas += commas;
                    let (words, matched) = match known {
                        Some(known) => matched_chars(text, known),
                        None => (0, 0),
                    };
                    s.word_chars += words;
                    s.matched_chars += matched;
                }
                Child::Element(e) => {
                    let c = stats[*e];
                    s.chars += c.chars;
                    s.link_chars += c.link_chars;
                    s.commas += c.commas;
                    s.paragraphs += c.paragraphs;
                    s.word_chars += c.word_chars;
                    s.matched_chars += c.matched_chars;
                    s.images += c.images;
                    s.list_items += c.list_items;
                    if dom.elements[*e].block {
                        s.has_block_child = true;
                    } else {
                        s.inline_chars += c.chars;
                        s.inline_commas += c.commas;
                    }
                }
            }
        }
        match element.tag() {
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

/// The characters of `text` that are not whitespace, and its commas; ASCII a byte at a time.
fn count_chars(text: &str) -> (usize, usize) {
    let (mut chars, mut commas) = (0, 0);
    if text.is_ascii() {
        for &b in text.as_bytes() {
            // `char::is_whitespace` in ASCII: the vertical tab too.
            if !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                chars += 1;
                commas += usize::from(b == b',');
            }
        }
        return (chars, commas);
    }
    for c in text.chars() {
        if !c.is_whitespace() {
            chars += 1;
            commas += usize::from(matches!(c, ',' | '\u{FF0C}' | '\u{3001}'));
        }
    }
    (chars, commas)
}

/// The words of a text (runs of letters and digits), in lower case.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word's hash, lower case; each word is hashed once, not once for each of the three
/// trigrams it stands in.
fn word_hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    for ch in word.chars().flat_map(char::to_lowercase) {
        ch.hash(&mut hasher);
    }
    hasher.finish()
}

fn trigram_hash(words: &[u64]) -> u64 {
    let mut hasher = FxHasher::default();
    words.hash(&mut hasher);
    hasher.finish()
}

/// The word trigrams of a text, hashed.
fn trigrams(text: &str) -> FxHashSet<u64> {
    let words: Vec<u64> = words(text).map(word_hash).collect();
    words.windows(3).map(trigram_hash).collect()
}

/// The characters of the words of `text`, and of those the ones in a trigram of `known`.
fn matched_chars(text: &str, known: &FxHashSet<u64>) -> (usize, usize) {
    let words: Vec<&str> = words(text).collect();
    let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
    let mut covered = vec![false; words.len()];
    for (i, w) in hashes.windows(3).enumerate() {
        if known.contains(&trigram_hash(w)) {
            covered[i..i + 3].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut all = 0;
    let mut matched = 0;
    for (word, covered) in words.iter().zip(covered) {
        let chars = word.chars().count();
        all += chars;
        if covered {
            matched += chars;
        }
    }
    (all, matched)
}
