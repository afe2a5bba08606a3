//! Publication dates a page writes for readers rather than in its metadata: in a byline element
//! whose class says it holds a date (`post-date`, `article_date`, `byline__date`), after a label
//! in the text ("Published on", "publiziert am"), in an element marked
//! `itemprop="datePublished"` by its text, in a hidden form field named like `published_date`;
//! and dates written in words or numbers anywhere in a short value (a JSON-LD `datePublished`
//! that is not ISO 8601). The words (months, labels, class names) are data, in
//! `data/web/dates.tsv`.
//!
//! A page shows other texts' dates too: comments, teasers of related articles, tweets. Dates
//! inside containers named for those are passed over, and of the byline dates left the one
//! nearest the headline is the article's.

use super::dom::{Child, Dom, Words};
use super::render::{self, Output};
use crate::model::time::Date;
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const DATES: &str = include_str!("../../../data/web/dates.tsv");

/// An element's text longer than this (in bytes) is not a byline's date.
const MAX_DATE_ELEMENT: usize = 160;

/// The text around a label that is searched for its date, in bytes.
const MAX_LABELLED_TEXT: usize = 400;

/// The vocabulary of `data/web/dates.tsv`.
struct Vocabulary {
    months: FxHashMap<String, u32>,
    class: Vec<String>,
    publish: Vec<String>,
    /// Words, with whether a word they begin matches too (written with a trailing `*`).
    foreign: Vec<(String, bool)>,
    updated: Vec<String>,
    before: Vec<String>,
    after: Vec<String>,
    /// `class`, `updated` and whole `foreign` words, with what each says: one look-up for each
    /// word of every element.
    word_flags: FxHashMap<String, DateWords>,
    /// The `foreign` words that a word they begin matches too.
    foreign_prefixes: Vec<String>,
    /// The `before` and `after` labels as one automaton, ASCII letters of either case alike:
    /// every short text of a page is searched for all of them at once (`labelled_date`).
    labels: Option<AhoCorasick>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| parse_vocabulary(DATES))
}

fn parse_vocabulary(text: &str) -> Vocabulary {
    let mut v = Vocabulary {
        months: FxHashMap::default(),
        class: Vec::new(),
        publish: Vec::new(),
        foreign: Vec::new(),
        updated: Vec::new(),
        before: Vec::new(),
        after: Vec::new(),
        word_flags: FxHashMap::default(),
        foreign_prefixes: Vec::new(),
        labels: None,
    };
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(kind), Some(word)) = (fields.next(), fields.next()) else {
            continue;
        };
        let word = word.to_owned();
        match kind {
            "month" => {
                if let Some(n) = fields.next().and_then(|n| n.trim().parse().ok()) {
                    v.months.insert(word, n);
                }
            }
            "class" => v.class.push(word),
            "publish" => v.publish.push(word),
            "foreign" => match word.strip_suffix('*') {
                Some(w) => v.foreign.push((w.to_owned(), true)),
                None => v.foreign.push((word, false)),
            },
            "updated" => v.updated.push(word),
            "before" => v.before.push(word),
            "after" => v.after.push(word),
            _ => {}
        }
    }
    for word in &v.class {
        v.word_flags.entry(word.clone()).or_default().holds_date = true;
    }
    for word in &v.updated {
        v.word_flags.entry(word.clone()).or_default().updated = true;
    }
    for (word, prefix) in &v.foreign {
        if *prefix {
            v.foreign_prefixes.push(word.clone());
        } else {
            v.word_flags.entry(word.clone()).or_default().foreign = true;
        }
    }
    v.labels = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(v.before.iter().chain(&v.after))
        .ok();
    v
}

/// How a date of numbers only that could be either is read: `05/10/2018` is October 5 unless
/// the page's language is American English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Order {
    DayFirst,
    MonthFirst,
}

impl Order {
    /// By the page's language tag (`en-US` writes the month first).
    pub fn of_language(lang: Option<&str>) -> Order {
        match lang.map(str::to_ascii_lowercase) {
            Some(l) if l == "en-us" || l == "en" => Order::MonthFirst,
            _ => Order::DayFirst,
        }
    }
}

/// A date found in a text, with the byte range of its writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Written {
    pub date: Date,
    pub start: usize,
    pub end: usize,
}

/// The first date in `text` written with a year, a month and a day: `2019-11-19`,
/// `2018.08.25`, `05/10/2018`, `Nov. 20, 2019`, `25. September 2018`, `18 NOV 2019`,
/// `20 de noviembre de 2019`, `2018년 8월 25일`, `2019年11月20日`. Years 1990 to 2100.
pub(super) fn find_date(text: &str, order: Order) -> Option<Written> {
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = c.is_alphanumeric() && previous.is_none_or(|p| !p.is_alphanumeric());
        previous = Some(c);
        if !starts_word {
            continue;
        }
        let Some(rest) = text.get(i..) else { continue };
        if let Some((date, len)) = date_at(rest, order) {
            return Some(Written {
                date,
                start: i,
                end: i + len,
            });
        }
    }
    None
}

/// All dates of `text`, in order.
fn all_dates(text: &str, order: Order) -> Vec<Written> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..) {
        let Some(w) = find_date(rest, order) else {
            break;
        };
        found.push(Written {
            date: w.date,
            start: from + w.start,
            end: from + w.end,
        });
        from += w.end;
    }
    found
}

/// A tokenised view of the start of a text: numbers, words and the punctuation between them.
struct Scan<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Scan<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    /// A run of ASCII digits of `min..=max` digits, not followed by another digit.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let rest = self.rest();
        let len = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(min..=max).contains(&len) {
            return None;
        }
        self.pos += len;
        rest.get(..len)?.parse().ok()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.rest().starts_with(c);
        if found {
            self.pos += c.len_utf8();
        }
        found
    }

    /// Skips whitespace (and the given punctuation) and says how many bytes it skipped.
    fn skip(&mut self, punctuation: &[char]) -> usize {
        let rest = self.rest();
        let after =
            rest.trim_start_matches(|c: char| c.is_whitespace() || punctuation.contains(&c));
        let skipped = rest.len() - after.len();
        self.pos += skipped;
        skipped
    }

    /// A month's name or abbreviation (any case, an optional period after it).
    fn month(&mut self) -> Option<u32> {
        let rest = self.rest();
        let len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        if !(3..=30).contains(&len) {
            return None;
        }
        let word = rest.get(..len)?.to_lowercase();
        let month = *vocabulary().months.get(&word)?;
        self.pos += len;
        self.eat('.');
        Some(month)
    }

    fn year(&mut self) -> Option<i32> {
        let year = self.number(4, 4)? as i32;
        (1990..=2100).contains(&year).then_some(year)
    }

    /// A day of the month with an optional ordinal ending ("6th", "6.").
    fn day(&mut self) -> Option<u32> {
        let day = self.number(1, 2)?;
        let rest = self.rest();
        for ending in ["st", "nd", "rd", "th"] {
            if rest.len() >= 2
                && rest
                    .get(..2)
                    .is_some_and(|e| e.eq_ignore_ascii_case(ending))
                && !rest[2..].starts_with(char::is_alphanumeric)
            {
                self.pos += 2;
                break;
            }
        }
        Some(day)
    }
}

/// A date at the very start of `s`, and the byte length of its writing.
fn date_at(s: &str, order: Order) -> Option<(Date, usize)> {
    type Form = fn(&mut Scan, Order) -> Option<Date>;
    let forms: [Form; 5] = [
        year_first,
        numbers_day_or_month_first,
        cjk,
        month_first,
        day_first,
    ];
    forms.iter().find_map(|form| {
        let mut scan = Scan { s, pos: 0 };
        form(&mut scan, order).map(|date| (date, scan.pos))
    })
}

/// `2019-11-19`, `2019/11/19`, `2018.08.25`.
fn year_first(c: &mut Scan, _: Order) -> Option<Date> {
    let year = c.year()?;
    let separator = ['-', '/', '.'].into_iter().find(|&s| c.eat(s))?;
    let month = c.number(1, 2)?;
    c.eat(separator).then_some(())?;
    Date::from_ymd(year, month, c.number(1, 2)?)
}

/// `05/10/2018`, `5.10.2018`, `05-10-2018`: the day first unless it cannot be (`11/19/2019`)
/// or the page writes the month first.
fn numbers_day_or_month_first(c: &mut Scan, order: Order) -> Option<Date> {
    let a = c.number(1, 2)?;
    let separator = ['/', '.', '-'].into_iter().find(|&s| c.eat(s))?;
    let b = c.number(1, 2)?;
    c.eat(separator).then_some(())?;
    let year = c.year()?;
    let (day, month) = match order {
        _ if a > 12 => (a, b),
        _ if b > 12 => (b, a),
        Order::DayFirst => (a, b),
        Order::MonthFirst => (b, a),
    };
    Date::from_ymd(year, month, day)
}

/// `2018년 8월 25일` and `2019年11月20日`: year, month and day, each followed by its mark
/// (Korean or Chinese and Japanese).
fn cjk(c: &mut Scan, _: Order) -> Option<Date> {
    let mark = |c: &mut Scan, korean: char, han: char| {
        c.skip(&[]);
        c.eat(korean) || c.eat(han)
    };
    let year = c.year()?;
    mark(c, '년', '年').then_some(())?;
    c.skip(&[]);
    let month = c.number(1, 2)?;
    mark(c, '월', '月').then_some(())?;
    c.skip(&[]);
    let day = c.number(1, 2)?;
    mark(c, '일', '日').then_some(())?;
    Date::from_ymd(year, month, day)
}

/// Skips "de" or "del" between the parts of a Spanish or Portuguese date.
fn connector(c: &mut Scan) {
    let at = c.pos;
    c.skip(&[]);
    let rest = c.rest();
    for word in ["de ", "del ", "De "] {
        if rest.starts_with(word) {
            c.pos += word.len();
            return;
        }
    }
    c.pos = at;
}

/// `Nov. 20, 2019`, `November 20th 2019`.
fn month_first(c: &mut Scan, _: Order) -> Option<Date> {
    let month = c.month()?;
    c.skip(&[]);
    let day = c.day()?;
    (c.skip(&[',']) > 0).then_some(())?;
    Date::from_ymd(c.year()?, month, day)
}

/// `20 November 2019`, `25. September 2018`, `18 NOV, 2019`, `20 de noviembre de 2019`.
fn day_first(c: &mut Scan, _: Order) -> Option<Date> {
    let day = c.number(1, 2)?;
    c.eat('.');
    (c.skip(&[]) > 0).then_some(())?;
    connector(c);
    let month = c.month()?;
    let after_month = c.pos;
    c.skip(&[',']);
    connector(c);
    c.skip(&[]);
    (c.pos > after_month).then_some(())?;
    Date::from_ymd(c.year()?, month, day)
}

/// A month and a day without a year (`November 20`), and a year standing alone elsewhere in
/// the same short text (`November 20 15:23 2019`: a calendar leaf with the year below).
fn date_with_loose_year(text: &str) -> Option<Date> {
    let mut month_day = None;
    let mut year = None;
    let mut previous: Option<char> = None;
    for (i, ch) in text.char_indices() {
        let starts_word = ch.is_alphanumeric() && previous.is_none_or(|p| !p.is_alphanumeric());
        previous = Some(ch);
        if !starts_word {
            continue;
        }
        let Some(rest) = text.get(i..) else { continue };
        let mut c = Scan { s: rest, pos: 0 };
        if let Some(y) = c.year() {
            if !c
                .rest()
                .starts_with(|c: char| c.is_alphanumeric() || c == ':')
            {
                year.get_or_insert(y);
            }
            continue;
        }
        let mut c = Scan { s: rest, pos: 0 };
        if month_day.is_none() {
            if let Some(month) = c.month() {
                c.skip(&[]);
                if let Some(day) = c.day() {
                    month_day = Some((month, day));
                }
            }
        }
    }
    let (month, day) = month_day?;
    Date::from_ymd(year?, month, day)
}

/// Which of the date words of the vocabulary an element's class, id and role words hold
/// (added word by word by `hints::Weights::add`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct DateWords {
    /// A word of an element that holds a date (`class`).
    pub holds_date: bool,
    /// A word of a container of the last change's date (`updated`).
    pub updated: bool,
    /// A word of a container of another text's dates (`foreign`).
    pub foreign: bool,
}

/// The `class`, `updated` and whole `foreign` words with what each says, for the table of
/// `hints.rs`, which reads an element's words once for its hints and its date words.
pub(super) fn class_words() -> impl Iterator<Item = (&'static str, DateWords)> {
    vocabulary()
        .word_flags
        .iter()
        .map(|(word, flags)| (word.as_str(), *flags))
}

/// The `foreign` words that a word they begin matches too, for the same table.
pub(super) fn foreign_prefixes() -> impl Iterator<Item = &'static str> {
    vocabulary().foreign_prefixes.iter().map(String::as_str)
}

impl DateWords {
    /// Adds what `other` says.
    pub fn merge(&mut self, other: DateWords) {
        self.holds_date |= other.holds_date;
        self.updated |= other.updated;
        self.foreign |= other.foreign;
    }
}

/// Whose date an element shows, by its tag and the words of it and its ancestors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Holder {
    /// The article's, as far as its markup tells.
    Own,
    /// The article's last change.
    Updated,
    /// Another text's: a comment, a teaser, a widget, a menu.
    Foreign,
}

pub(super) fn holder(dom: &Dom, at: usize) -> Holder {
    let mut holder = Holder::Own;
    let mut at = Some(at);
    while let Some(a) = at {
        let element = &dom.elements[a];
        // The page's own classes (`<body class="... mobile-nav ...">`) say nothing of a part.
        if matches!(element.tag(), "body" | "html") {
            break;
        }
        if matches!(element.tag(), "nav" | "aside" | "footer") || element.date_words.foreign {
            return Holder::Foreign;
        }
        if element.date_words.updated {
            holder = Holder::Updated;
        }
        at = element.parent;
    }
    holder
}

/// The text of an element as a reader sees it, on one line, if it is at most `max` bytes.
fn short_text(dom: &Dom, at: usize, max: usize) -> Option<String> {
    let mut out = Output::default();
    render::render(dom, at, &|_| false, &mut out);
    (out.text.len() <= max).then(|| super::dom::collapse(&out.text))
}

/// A field name (a hidden input's `name`, `id` or `class`) of the publication date:
/// `published_date`, `pubDate`, `publish-time`.
pub(super) fn publication_field(name: &str) -> bool {
    let v = vocabulary();
    let (mut dated, mut pubdate, mut publish) = (false, false, false);
    super::dom::split_words(name, &mut Words::default(), |w| {
        dated |= matches!(w, "date" | "time" | "datetime" | "pubdate");
        pubdate |= w == "pubdate";
        publish |= v.publish.iter().any(|p| p == w);
    });
    pubdate || (dated && publish)
}

/// The date of a byline: an element whose class or id says it holds a date (or a `<time>`),
/// outside comments, teasers and widgets, whose short text has one; of those, the nearest to
/// the headline (the first `<h1>` with some text), else the first. Returns the date and the
/// element's text.
pub(super) fn byline_date(dom: &Dom, order: Order, title: Option<&str>) -> Option<(Date, String)> {
    let v = vocabulary();
    let mut found: Vec<(usize, Date, String)> = Vec::new();
    for (at, element) in dom.elements.iter().enumerate() {
        if !(element.tag() == "time" || element.date_words.holds_date) {
            continue;
        }
        // The outermost of nested date elements is read (the year may be in a child).
        if element
            .parent
            .is_some_and(|p| found.last().is_some_and(|f| f.0 == p))
        {
            continue;
        }
        if holder(dom, at) != Holder::Own {
            continue;
        }
        let Some(text) = short_text(dom, at, MAX_DATE_ELEMENT) else {
            continue;
        };
        let written = find_date(&text, order);
        // "Updated Nov. 19": the last change's date, not the publication's.
        let head = text[..written.map_or(text.len(), |w| w.start)].to_lowercase();
        if head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| v.updated.iter().any(|u| u == w))
        {
            continue;
        }
        let date = written.map(|w| w.date).or_else(|| {
            // A calendar leaf: the year in a sibling.
            let parent = element.parent?;
            let text = short_text(dom, parent, MAX_DATE_ELEMENT)?;
            date_with_loose_year(&text)
        });
        if let Some(date) = date {
            found.push((at, date, text));
        }
    }
    let headline = headline(dom, title);
    let best = match headline {
        Some(h) => found.into_iter().min_by_key(|(at, _, _)| at.abs_diff(h))?,
        None => found.into_iter().next()?,
    };
    Some((best.1, best.2))
}

/// The headline's element: the `<h1>` whose text is the page's title or a part of it (a site's
/// logo is often an `<h1>` too), else the first `<h1>` with some text.
fn headline(dom: &Dom, title: Option<&str>) -> Option<usize> {
    let title = title.map(str::to_lowercase);
    let mut first = None;
    for (at, element) in dom.elements.iter().enumerate() {
        if element.tag() != "h1" {
            continue;
        }
        let Some(text) = short_text(dom, at, 1000).map(|t| t.to_lowercase()) else {
            continue;
        };
        if text.chars().count() < 10 {
            continue;
        }
        if title
            .as_deref()
            .is_some_and(|t| t.contains(text.as_str()) || text.contains(t))
        {
            return Some(at);
        }
        first.get_or_insert(at);
    }
    first
}

/// A date after a label such as "Published on" (or before one such as "- Published by") in the
/// page's text, outside comments, teasers and widgets; the first. Returns the date and the
/// text of the label with its date.
pub(super) fn labelled_date(dom: &Dom, order: Order) -> Option<(Date, String)> {
    let v = vocabulary();
    for (at, element) in dom.elements.iter().enumerate() {
        for child in dom.children(element) {
            let Child::Text(text) = child else { continue };
            if text.len() > MAX_LABELLED_TEXT * 4 || !text.chars().any(char::is_alphabetic) {
                continue;
            }
            if !has_label(v, text) || holder(dom, at) != Holder::Own {
                continue;
            }
            // The label's element, or its parent when the date is in an element of its own
            // beside the label (`<b>05/10/2018</b> - Published by`).
            let mut texts = vec![collapse_lower(text)];
            texts.extend(short_text(dom, at, MAX_LABELLED_TEXT).map(|t| t.to_lowercase()));
            if let Some(p) = element.parent {
                texts.extend(short_text(dom, p, MAX_LABELLED_TEXT).map(|t| t.to_lowercase()));
            }
            for text in &texts {
                if let Some(found) = date_by_label(text, order) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// Whether `text`, lower-cased, holds a `before` or an `after` label. An ASCII text is
/// searched as it is (the automaton takes ASCII letters of either case alike, and no label
/// with a letter beyond ASCII can be in it); another is lower-cased first.
fn has_label(v: &Vocabulary, text: &str) -> bool {
    let Some(labels) = &v.labels else {
        let lower = text.to_lowercase();
        return v
            .before
            .iter()
            .chain(&v.after)
            .any(|l| lower.contains(l.as_str()));
    };
    if text.is_ascii() {
        labels.is_match(text)
    } else {
        labels.is_match(&text.to_lowercase())
    }
}

fn collapse_lower(text: &str) -> String {
    super::dom::collapse(text).to_lowercase()
}

/// In a lower-case text: a date right after a "before" label, or right before an "after" one.
fn date_by_label(text: &str, order: Order) -> Option<(Date, String)> {
    let v = vocabulary();
    for label in &v.before {
        for (i, _) in text.match_indices(label.as_str()) {
            // A label starts a word ("published on", not "unpublished on").
            if text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let rest = &text[i + label.len()..];
            let gap = rest
                .find(|c: char| c.is_alphanumeric())
                .unwrap_or(rest.len());
            // Only punctuation and spaces between the label and the date (`기사입력 :[ 2018`).
            if gap > 8 {
                continue;
            }
            if let Some(w) = find_date(&rest[gap..], order).filter(|w| w.start == 0) {
                let end = i + label.len() + gap + w.end;
                return Some((w.date, text[i..end].to_owned()));
            }
        }
    }
    for label in &v.after {
        for (i, _) in text.match_indices(label.as_str()) {
            let head = &text[..i];
            if let Some(w) = all_dates(head, order).pop() {
                if head[w.end..].trim().is_empty() {
                    return Some((w.date, text[w.start..i + label.len()].to_owned()));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<Date> {
        Date::from_ymd(y, m, d)
    }

    fn date(text: &str) -> Option<Date> {
        find_date(text, Order::DayFirst).map(|w| w.date)
    }

    #[test]
    fn dates_in_words_and_numbers() {
        assert_eq!(date("01:38:07 PM IST Nov 20, 2019"), day(2019, 11, 20));
        assert_eq!(date("Fri 6:45 PM, Feb 16, 2018"), day(2018, 2, 16));
        assert_eq!(date("publiziert am 25. September 2018"), day(2018, 9, 25));
        assert_eq!(date("18 NOV 2019"), day(2019, 11, 18));
        assert_eq!(date("[ 2018-08-25 15:24 ]"), day(2018, 8, 25));
        assert_eq!(date("2018.08.25"), day(2018, 8, 25));
        assert_eq!(date("05/10/2018 - Publicado"), day(2018, 10, 5));
        assert_eq!(
            find_date("05/10/2018", Order::MonthFirst).map(|w| w.date),
            day(2018, 5, 10)
        );
        assert_eq!(date("11/19/2019"), day(2019, 11, 19));
        assert_eq!(date("20 de noviembre de 2019"), day(2019, 11, 20));
        assert_eq!(date("2018년 8월 25일"), day(2018, 8, 25));
        assert_eq!(date("2019年11月20日"), day(2019, 11, 20));
        assert_eq!(date("Monday, November 18th, 2019"), day(2019, 11, 18));
        for none in [
            "",
            "May I",
            "12019-11-18",
            "page 12/2019",
            "3/4",
            "é",
            "November 2019",
        ] {
            assert_eq!(date(none), None, "{none}");
        }
        assert_eq!(
            date_with_loose_year("November 20 15:23 2019"),
            day(2019, 11, 20)
        );
        assert_eq!(date_with_loose_year("November 20 15:23"), None);
    }

    #[test]
    fn labels_and_fields() {
        assert_eq!(
            date_by_label("기사입력 :[ 2018-08-25 15:24 ]", Order::DayFirst).map(|f| f.0),
            day(2018, 8, 25)
        );
        assert_eq!(
            date_by_label("05/10/2018 - publicado por: someone", Order::DayFirst).map(|f| f.0),
            day(2018, 10, 5)
        );
        assert_eq!(
            date_by_label("unpublished on 5 may 2019", Order::DayFirst),
            None
        );
        assert!(publication_field("published_date"));
        assert!(publication_field("pubDate"));
        assert!(!publication_field("modified_date"));
        assert!(!publication_field("published"));
    }

    #[test]
    fn the_vocabulary_reads_whole() {
        let v = vocabulary();
        let rows = DATES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        let read = v.months.len()
            + v.class.len()
            + v.publish.len()
            + v.foreign.len()
            + v.updated.len()
            + v.before.len()
            + v.after.len();
        assert_eq!(rows, read);
    }

    #[test]
    fn a_label_is_found_in_either_case_as_lower_casing_finds_it() {
        let v = vocabulary();
        assert!(v.labels.is_some());
        for (text, found) in [
            ("Published on 5 May 2019", true),
            ("POSTED AT noon", true),
            ("Veröffentlicht am 5. Mai", true),
            ("VERÖFFENTLICHT AM 5. MAI", true),
            ("Café - Posted by the desk", true),
            ("Publishing house", false),
            ("Café du publié", false),
        ] {
            assert_eq!(has_label(v, text), found, "{text}");
            let lower = text.to_lowercase();
            let by_contains = v
                .before
                .iter()
                .chain(&v.after)
                .any(|l| lower.contains(l.as_str()));
            assert_eq!(by_contains, found, "{text}");
        }
    }
}
