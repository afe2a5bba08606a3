//! Dates: absolute ("Oct. 24, 2019", "the first half of 2019"), year-less ("Nov. 16-17"),
//! deictic ("last week", "yesterday", "Monday") and anaphoric ("three years later").
//!
//! Matching reads the tokens into a [`DateSpec`]; resolving turns a spec into a [`Period`]
//! against the publication date (the reference) or an earlier date in the text (the anchor).
//!
//! One file, over 1,100 lines, because matching and resolving are one grammar over one type
//! (`DateSpec`): a new date form adds a variant, its match and its resolution side by side.

use super::text::{Text, TokenKind};
use crate::model::claim::DateBasis;
use crate::model::lexicon::{class, Lexicon};
use crate::model::names::{possessive_stem, without_possessive};
use crate::model::time::{days_in_month, Date, Period, Precision};

/// Which part of a period an expression picks out ("early", "mid-", "the end of").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    Early,
    Mid,
    Late,
    /// "the end of": as `Late`, but of a year its last month.
    End,
    /// "earlier this month": from the period's start up to the reference.
    SoFar,
    /// "later this year", "the rest of the month": from the reference to the period's end.
    Rest,
}

/// A calendar unit for deictic and counted expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// Which way from the reference a deictic expression points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

/// A date expression as read, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub enum DateSpec {
    /// Fully stated.
    Absolute(Period),
    /// Month and day(s) with no year.
    /// `future` when the sentence looks forward: "opens as soon as Jan. 6", written in
    /// December, is the January to come.
    MonthDay {
        month: u32,
        day: u32,
        last_day: u32,
        future: bool,
        /// Told in the present with nothing past in its sentence (see [`told_in_present`]).
        present: bool,
    },
    /// A month with no year, or part of it ("mid-October", "in April"); unless the sentence
    /// looks forward, the latest such month up to the reference.
    Month {
        month: u32,
        part: Part,
        future: bool,
        /// As for `MonthDay`.
        present: bool,
    },
    /// A range of days across months with no year ("between March 30 and April 2"): from
    /// the first day as `MonthDay` reads it to the next such end day on or after it.
    DayRange {
        month: u32,
        day: u32,
        end_month: u32,
        end_day: u32,
    },
    /// A range of whole months with no year ("between May and July"): the end month as
    /// `Month` reads it, from the start month before it.
    MonthRange {
        month: u32,
        end_month: u32,
        future: bool,
    },
    /// A fixed-day holiday with no year ("New Year's Eve"): the occurrence nearest the
    /// reference.
    Holiday { month: u32, day: u32 },
    /// "last March" (the latest March before the reference month).
    ShiftedMonth { month: u32, shift: Shift },
    /// "October last year", "May of this year".
    MonthOfYear { month: u32, shift: Shift },
    /// "the first nine months of the year", "the first six months of last year": from the
    /// start of a shifted year to the end of its Nth month.
    FirstMonths { n: u32, shift: Shift },
    /// "on the 12th": a day of the month, with no month; the latest such day up to the
    /// reference unless the sentence looks forward.
    DayOfMonth { day: u32, future: bool },
    /// "the third quarter of last year", "the first half of this year": a quarter (`half`
    /// false) or half of a shifted year.
    PartOfYear { n: u32, half: bool, shift: Shift },
    /// "June 12 last year": a day of a shifted year.
    DayOfYear {
        month: u32,
        day: u32,
        last_day: u32,
        shift: Shift,
    },
    /// A quarter with no year ("the third quarter", "Q3"); unless the sentence looks
    /// forward, the latest such quarter up to the reference.
    Quarter { n: u32, future: bool },
    /// A weekday on its own ("on Monday").
    Weekday { weekday: u32, future: bool },
    /// "from Monday to Wednesday": the days from one weekday to the next such end weekday,
    /// the latest such run up to the reference unless the sentence looks forward.
    WeekdayRange {
        weekday: u32,
        end_weekday: u32,
        future: bool,
    },
    /// "over the weekend", "this weekend", "last weekend": a Saturday and Sunday, the latest
    /// up to the reference unless the sentence looks forward.
    Weekend { future: bool, last: bool },
    /// "today" (0), "yesterday" (-1), "tomorrow" (1).
    DayOffset(i32),
    /// "last week", "this year", "the beginning of last week", "early this year".
    Shifted {
        unit: Unit,
        shift: Shift,
        part: Part,
    },
    /// "two weeks ago", "a week ago".
    Ago { n: u32, unit: Unit },
    /// "a few years ago", "a few months ago".
    FewAgo { unit: Unit },
    /// "two weeks from now": as `Ago`, forward.
    FromNow { n: u32, unit: Unit },
    /// "ten years ago today": the reference's day, so many units back.
    AgoToday { n: u32, unit: Unit },
    /// "the past 30 days", "the past week", "in recent weeks", "the last few years".
    Past { n: u32, unit: Unit, few: bool },
    /// "in recent weeks": back from the reference over the next larger unit.
    Recent { unit: Unit },
    /// "the next two years", "the next year or two".
    Coming { n: u32, unit: Unit },
    /// "before the end of the year".
    UntilEndOf { unit: Unit },
    /// "this summer", "last winter": a meteorological season (three months from `start`)
    /// near the reference.
    Season { start: u32, shift: Shift },
    /// "the following month", "the previous year": the unit next to the one of the last date
    /// stated, after it or before it.
    Adjacent { unit: Unit, earlier: bool },
    /// "late January of that year": a month of the last date's year.
    MonthOfThatYear { month: u32, part: Part },
    /// "later in the year", "earlier that month": the year (or month) of the last date
    /// stated, as a whole.
    RestOfThat { unit: Unit },
    /// "three years later", "more than two years later", "a few days later"; "days earlier"
    /// (no number, `n` 0, `few`): the ten days before or after the anchor.
    Later {
        n: u32,
        unit: Unit,
        more_than: bool,
        few: bool,
        earlier: bool,
    },
}

impl DateSpec {
    /// Whether resolving needs the publication date.
    pub fn needs_reference(&self) -> bool {
        !matches!(
            self,
            DateSpec::Absolute(_)
                | DateSpec::Later { .. }
                | DateSpec::Adjacent { .. }
                | DateSpec::MonthOfThatYear { .. }
                | DateSpec::RestOfThat { .. }
        )
    }

    pub fn basis(&self) -> DateBasis {
        match self {
            DateSpec::Absolute(_) => DateBasis::Absolute,
            DateSpec::MonthDay { .. }
            | DateSpec::DayRange { .. }
            | DateSpec::Month { .. }
            | DateSpec::MonthRange { .. }
            | DateSpec::Quarter { .. }
            | DateSpec::Holiday { .. } => DateBasis::YearFromReference,
            DateSpec::Later { .. }
            | DateSpec::Adjacent { .. }
            | DateSpec::MonthOfThatYear { .. }
            | DateSpec::RestOfThat { .. } => DateBasis::Anaphoric,
            _ => DateBasis::Relative,
        }
    }

    /// A count of days or weeks from an earlier date ("three days later", "days earlier"):
    /// it counts from the last day the text stated, not from a month or a year.
    pub fn counts_from_day(&self) -> bool {
        matches!(
            self,
            DateSpec::Later {
                unit: Unit::Day | Unit::Week,
                ..
            }
        )
    }

    /// Expressions that speak from the speaker's "now" ("today", "this week").
    pub fn is_deictic(&self) -> bool {
        matches!(
            self,
            DateSpec::DayOffset(_)
                | DateSpec::Shifted { .. }
                | DateSpec::Weekday { .. }
                | DateSpec::WeekdayRange { .. }
                | DateSpec::Weekend { .. }
        )
    }
}

#[derive(Clone, Debug)]
pub struct DateMatch {
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub spec: DateSpec,
}

/// The days of embedded posts: a full date right after "(@handle)" ("— Ada Roe (@adaroe)
/// March 3, 2019"), the signature an embedded tweet ends its line with, as (its line, the index
/// of its match, the day). Dates told earlier on that line are told from that day.
pub fn post_days(t: &Text, matches: &[DateMatch]) -> Vec<(u32, usize, Period)> {
    matches
        .iter()
        .enumerate()
        .filter_map(|(h, m)| {
            let DateSpec::Absolute(day) = m.spec else {
                return None;
            };
            post_handle(t, m.first)?;
            (day.from == day.to).then_some((t.tokens[m.first].line, h, day))
        })
        .collect()
}

/// The handle of a post's signature ending right before token `first` ("(@ada_roe2)"), as
/// written, when `first` follows one on its line.
fn post_handle<'t>(t: &Text<'t>, first: usize) -> Option<&'t str> {
    let punct = |i: usize, c: char| t.tokens[i].is_punct(c);
    let f = first;
    if f < 4 || !punct(f - 1, ')') {
        return None;
    }
    // Back from ")" over the handle's words, numbers and underscores ("ada_roe2") to "(@".
    let mut k = f - 2;
    while k > 1
        && f - k <= HANDLE_TOKENS
        && (t.tokens[k].is_word() || t.tokens[k].is_number() || punct(k, '_'))
    {
        k -= 1;
    }
    let signed = k + 2 < f && punct(k, '@') && punct(k - 1, '(') && t.same_line(k - 1, f);
    signed.then(|| &t.text[t.tokens[k + 1].start..t.tokens[f - 2].end])
}

/// Drops the dates of the lines that are the publisher's own posts, embedded as teasers of
/// its other stories ("Girl, 14, may face jail https://t.co/x — Daily Planet (@DailyPlanet_com)
/// May 3, 2019" on the Daily Planet's page): furniture, like a "Read more" line, not dates the
/// story tells. A post is the publisher's when its handle, in letters and digits, is the
/// publisher's name or web address ("dailyplanet.com": "DailyPlanet_com", "dailyplanet").
pub fn drop_own_posts(t: &Text, matches: &mut Vec<DateMatch>, publisher: &[&str]) {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let mut own_names: Vec<String> = Vec::new();
    for name in publisher {
        let name = name.trim().to_ascii_lowercase();
        let host = name
            .split("://")
            .last()
            .unwrap_or(&name)
            .split('/')
            .next()
            .unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        if host.contains('.') {
            own_names.extend(host.split('.').next().map(squeeze));
        }
        own_names.push(squeeze(host));
        own_names.push(squeeze(&name));
    }
    own_names.retain(|n| n.len() >= 2);
    if own_names.is_empty() {
        return;
    }
    let own_lines: Vec<u32> = matches
        .iter()
        .filter(|m| {
            post_handle(t, m.first).is_some_and(|h| own_names.iter().any(|n| *n == squeeze(h)))
        })
        .map(|m| t.tokens[m.first].line)
        .collect();
    matches.retain(|m| !own_lines.contains(&t.tokens[m.first].line));
}

/// The most tokens a handle is read over ("ada_roe_2" is five).
const HANDLE_TOKENS: usize = 7;

pub fn find(t: &Text, lex: &Lexicon, taken: &mut [bool]) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.tokens.len() {
        // The first test of `match_at`, here in the loop: most tokens open no date, and the
        // call of that long function costs more than the test.
        if taken[i] || !may_start_date(t, lex, i) {
            i += 1;
            continue;
        }
        match match_at(t, lex, i).map(|m| range_on(t, lex, taken, m)) {
            Some(m) if m.last > m.first && !taken[m.first..m.last].iter().any(|x| *x) => {
                for flag in &mut taken[m.first..m.last] {
                    *flag = true;
                }
                i = m.last;
                if !after_stamp_label(t, lex, m.first)
                    && !credit_dated(t, m.first, m.last)
                    && !in_link_path(t, m.first)
                    && !habitual(t, m.first)
                    && !hope_of_next_year(t, &m)
                    && !house_number(t, &m)
                    && !in_stamp_line(t, m.first)
                {
                    out.push(m);
                }
            }
            _ => i += 1,
        }
    }
    drop_date_lists(&mut out);
    out
}

/// A number opening a date right after a slash written between two tokens with no space
/// ("example.org/2016/11/page"): a segment of a link's path, no date the text states. Its
/// tokens stay taken, so no figure reads it either.
fn in_link_path(t: &Text, first: usize) -> bool {
    let tok = |k: usize| &t.tokens[k];
    first >= 2
        && tok(first).is_number()
        && tok(first - 1).is_punct('/')
        && tok(first - 2).end == tok(first - 1).start
        && tok(first - 1).end == tok(first).start
}

/// "there is always next year", "wait till next year", "wait 'til next year": the hope of
/// a season to come, no date.
fn hope_of_next_year(t: &Text, m: &DateMatch) -> bool {
    let i = m.first;
    if m.last != i + 2
        || t.low(i) != "next"
        || t.low(i + 1) != "year"
        || i == 0
        || !t.same_line(i - 1, i)
    {
        return false;
    }
    if t.low(i - 1) == "always" {
        return true;
    }
    // "wait till", "wait 'til", "wait ’til": the apostrophe is a token of its own.
    let mut k = i - 1;
    if !matches!(t.low(k), "till" | "til") {
        return false;
    }
    if k > 0 && (t.tokens[k - 1].is_punct('\'') || t.tokens[k - 1].is_punct('’')) {
        k -= 1;
    }
    k > 0 && t.same_line(k - 1, i) && matches!(t.low(k - 1), "wait" | "waiting" | "waited")
}

/// Vocabularies only dates read, parsed once: past forms spelt as the present
/// (`data/words/same-form-pasts.txt`), the last words of street names
/// (`data/words/street-words.txt`), named days ending in a weekday
/// (`data/words/named-days.txt`) and words of posts (`data/words/post-words.txt`).
struct DateWords {
    same_form_pasts: rustc_hash::FxHashSet<&'static str>,
    street_words: rustc_hash::FxHashSet<&'static str>,
    named_days: rustc_hash::FxHashSet<&'static str>,
    post_words: rustc_hash::FxHashSet<&'static str>,
}

fn date_words() -> &'static DateWords {
    static WORDS: std::sync::OnceLock<DateWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| DateWords {
        same_form_pasts: crate::model::lexicon::word_set(include_str!(
            "../../data/words/same-form-pasts.txt"
        )),
        street_words: crate::model::lexicon::word_set(include_str!(
            "../../data/words/street-words.txt"
        )),
        named_days: crate::model::lexicon::word_set(include_str!(
            "../../data/words/named-days.txt"
        )),
        post_words: crate::model::lexicon::word_set(include_str!(
            "../../data/words/post-words.txt"
        )),
    })
}

/// Whether a line of the text tells of words posted or written on a network
/// (`data/words/post-words.txt`: "tweeted", "with the comment"): a quotation on it is not
/// told from the day of the event the article reports.
pub fn line_tells_a_post(t: &Text, line: usize) -> bool {
    let words = &date_words().post_words;
    t.lines
        .get(line)
        .is_some_and(|l| (l.tokens.0..l.tokens.1).any(|k| words.contains(t.low(k))))
}

/// "every November", "each Monday": a day or month that comes round again, no date of the
/// story.
fn habitual(t: &Text, first: usize) -> bool {
    first > 0 && t.same_line(first - 1, first) && matches!(t.low(first - 1), "every" | "each")
}

/// A year alone before a capitalized name ending in a street's word ("at 1904 Birch Lane",
/// "of 2210 Old Mill Road"): a house number. Not after a preposition of time ("in 2009 Wall
/// Street fell").
fn house_number(t: &Text, m: &DateMatch) -> bool {
    if m.last != m.first + 1 || !t.tokens[m.first].is_number() {
        return false;
    }
    if m.first > 0
        && matches!(
            t.low(m.first - 1),
            "in" | "since" | "during" | "until" | "by" | "before" | "after" | "from" | "to"
        )
    {
        return false;
    }
    (m.last..(m.last + 3).min(t.tokens.len()))
        .take_while(|&k| t.same_line(m.first, k) && t.tokens[k].is_word() && t.is_capitalized(k))
        .any(|k| k > m.last && date_words().street_words.contains(t.low(k)))
}

/// Tokens a page's stamp line holds at most ("Updated at 4:05 p.m. ET Friday").
const STAMP_LINE_TOKENS: usize = 12;

/// Whether a date stands in a short line that opens with a page stamp's word ("Updated at
/// 10:15 a.m. Monday", "Posted on Friday"): when the page was edited, not a date of the story.
fn in_stamp_line(t: &Text, first: usize) -> bool {
    let line = t.tokens[first].line;
    let mut k = first;
    while k > 0 && t.tokens[k - 1].line == line {
        k -= 1;
        if first - k > STAMP_LINE_TOKENS {
            return false;
        }
    }
    if !matches!(t.low(k), "updated" | "posted" | "published" | "modified") {
        return false;
    }
    let end = (k..t.tokens.len().min(k + STAMP_LINE_TOKENS + 2))
        .find(|&e| t.tokens[e].line != line)
        .unwrap_or(t.tokens.len());
    end - k <= STAMP_LINE_TOKENS
}

/// Fewest dates written back to back, with not even a comma between, that make a list.
const DATE_LIST_RUN: usize = 4;

/// Drops runs of dates written back to back with nothing between them ("January 2018 December
/// 2017 November 2017 October 2017 ..."): a page's archive menu or a calendar widget kept in
/// the text, not dates a sentence states. Prose separates the dates it lists ("in May, June and
/// July"). Their tokens stay taken, so no year of the list is read as a count.
fn drop_date_lists(dates: &mut Vec<DateMatch>) {
    let mut keep = vec![true; dates.len()];
    let mut run_start = 0;
    for i in 1..=dates.len() {
        let adjacent = i < dates.len() && dates[i].first == dates[i - 1].last;
        if !adjacent {
            if i - run_start >= DATE_LIST_RUN {
                keep[run_start..i].iter_mut().for_each(|k| *k = false);
            }
            run_start = i;
        }
    }
    let mut flags = keep.into_iter();
    dates.retain(|_| flags.next().unwrap_or(true));
}

/// A stated date read on to the end of a range it opens: "from the 1980s to spring 2011",
/// "from March 2015 until June 2016": one mention over the whole range.
fn range_on(t: &Text, lex: &Lexicon, taken: &[bool], m: DateMatch) -> DateMatch {
    let DateSpec::Absolute(a) = m.spec else {
        return m;
    };
    let opens = |k: usize| matches!(t.low(k), "from" | "between");
    let first = match m.first {
        f if f >= 1 && opens(f - 1) => f - 1,
        f if f >= 2 && t.low(f - 1) == "the" && opens(f - 2) => f - 2,
        _ => return m,
    };
    let k = m.last;
    let between = t.low(first) == "between";
    let joins = k + 1 < t.tokens.len()
        && t.same_line(first, k + 1)
        && (matches!(t.low(k), "to" | "until" | "through") || (between && t.low(k) == "and"));
    if !joins || taken[first] {
        return m;
    }
    match match_at(t, lex, k + 1) {
        Some(DateMatch {
            last,
            spec: DateSpec::Absolute(b),
            ..
        }) if b.to >= a.from => DateMatch {
            first,
            last,
            spec: DateSpec::Absolute(a.span(b)),
        },
        _ => m,
    }
}

/// Whether a date follows a page stamp's label within its line ("Updated: 2016-07-15"): the
/// time the page was edited, not a date of the story.
fn after_stamp_label(t: &Text, lex: &Lexicon, first: usize) -> bool {
    use crate::model::lexicon::FurnitureRule;
    if first < 2 || !t.tokens[first - 1].is_punct(':') || !t.tokens[first - 2].is_word() {
        return false;
    }
    let label = t.low(first - 2);
    lex.furniture
        .iter()
        .any(|r| matches!(r, FurnitureRule::Prefix(p) if p.strip_suffix(':') == Some(label)))
}

/// The most upper-case words of a credit after a dated caption ("(Oct. 3) AP").
const CREDIT_WORDS: usize = 3;

/// Whether a date stands alone in parentheses before a credit in upper case that ends its
/// line ("... flood waters rose. (Oct. 3) AP"): the date a video or photo caption was filed,
/// not a date of the story.
fn credit_dated(t: &Text, first: usize, last: usize) -> bool {
    let n = t.tokens.len();
    if first == 0
        || last >= n
        || !t.tokens[first - 1].is_punct('(')
        || !t.tokens[last].is_punct(')')
    {
        return false;
    }
    let mut k = last + 1;
    while k < n && t.same_line(last, k) {
        let w = t.tok(k);
        if k - last > CREDIT_WORDS || w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        k += 1;
    }
    k > last + 1
}

/// `a == b`, compared in line a byte at a time: the words of the date grammar are short, and
/// most comparisons end at the length (a call of memcmp for each cost more than the words).
/// (A word's bytes: no `str` slice of the token.)
#[inline]
fn same_bytes(a: &[u8], b: &str) -> bool {
    a.len() == b.len() && a.iter().zip(b.bytes()).all(|(x, y)| *x == y)
}

/// Cursor helpers over the tokens of one line.
struct Cur<'t, 'a> {
    t: &'t Text<'a>,
    lex: &'t Lexicon,
    line: u32,
}

impl Cur<'_, '_> {
    #[inline(always)]
    fn low(&self, i: usize) -> Option<&str> {
        let tok = self.t.tokens.get(i)?;
        (tok.line == self.line).then(|| self.t.low(i))
    }
    /// The bytes of [`Cur::low`]: `is` and `any` compare them with no `str` slice (and its
    /// character-boundary checks) of the token.
    #[inline(always)]
    fn low_bytes(&self, i: usize) -> Option<&[u8]> {
        let tok = self.t.tokens.get(i)?;
        (tok.line == self.line).then(|| &self.t.lower.as_bytes()[tok.start..tok.end])
    }
    #[inline(always)]
    fn is(&self, i: usize, w: &str) -> bool {
        self.low_bytes(i).is_some_and(|l| same_bytes(l, w))
    }
    /// A hyphen or en dash on the line, as between the two ends of a range ("Feb. 26 – March
    /// 1"); an em dash sets off a clause instead.
    fn dash(&self, i: usize) -> bool {
        self.t
            .tokens
            .get(i)
            .is_some_and(|x| x.line == self.line && matches!(x.kind, TokenKind::Punct('-' | '–')))
    }
    #[inline(always)]
    fn any(&self, i: usize, ws: &[&str]) -> bool {
        self.low_bytes(i)
            .is_some_and(|l| ws.iter().any(|w| same_bytes(l, w)))
    }
    /// A capitalized month name (optionally abbreviated with a period): (month, next index).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line || !self.t.has_class(i, class::MONTH) || !self.t.is_capitalized(i)
        {
            return None;
        }
        let word = self.t.tok(i);
        let m = self.lex.month(self.t.low(i))?;
        let full = word.len() > 4 || matches!(word, "May" | "June" | "July");
        let mut next = i + 1;
        if !full
            && self.t.tokens.get(next).is_some_and(|x| x.is_punct('.'))
            && self.t.touching(i, next)
        {
            next += 1;
        } else if !full {
            // "Mar" without a period is a month only before a day or a year: "Mar 3", "29
            // Dec 2017", or after a part of a month: "the end of Jan", "late Sept".
            let part_of = i >= 2
                && self.t.same_line(i - 2, i)
                && ((self.t.low(i - 1) == "of"
                    && matches!(self.t.low(i - 2), "end" | "beginning" | "start" | "middle"))
                    || matches!(self.t.low(i - 1), "late" | "early"));
            let possessive = self.t.tokens.get(next).is_some_and(|x| {
                matches!(x.kind, TokenKind::Punct('\'' | '’')) && self.t.touching(i, next)
            });
            let of_a_part = part_of && !possessive;
            if self.day(next).is_none() && self.year(next).is_none() && !of_a_part {
                return None;
            }
        }
        Some((m, next))
    }
    /// A month's abbreviation without its point right after a day ("3 Sept", "29 Dec"):
    /// the day before it makes it a month.
    fn month_after_day(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line || !self.t.has_class(i, class::MONTH) || !self.t.is_capitalized(i)
        {
            return None;
        }
        Some((self.lex.month(self.t.low(i))?, i + 1))
    }
    /// A month's full name in the possessive ("December's storms", "next March's
    /// playoffs"): (month, next index). The lexicon marks no possessive month, so it is read
    /// from the stem; abbreviations are left out.
    fn month_possessive(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line || !tok.is_word() || !self.t.is_capitalized(i) {
            return None;
        }
        let stem = possessive_stem(self.t.low(i))?;
        if stem.len() < 4 {
            return None;
        }
        Some((self.lex.month(stem)?, i + 1))
    }
    fn weekday(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line
            || !self.t.has_class(i, class::WEEKDAY)
            || !self.t.is_capitalized(i)
        {
            return None;
        }
        let low = self.t.low(i);
        let low = without_possessive(low);
        let d = *self.lex.weekdays.get(low)?;
        // "Black Friday", "Super Tuesday": a named day whose weekday is no day of this week.
        if i > 0
            && self.t.same_line(i - 1, i)
            && date_words()
                .named_days
                .contains(format!("{} {low}", self.t.low(i - 1)).as_str())
        {
            return None;
        }
        if low.len() <= 4 {
            // Abbreviations need their period ("Sun.", not "the Sun's").
            return (self.t.tokens.get(i + 1)?.is_punct('.')).then_some((d, i + 2));
        }
        Some((d, i + 1))
    }
    /// A day of the month: "24", "24th", "1st".
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line {
            return None;
        }
        let s = self.t.low(i);
        let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &s[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some((d, i + 1))
    }
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line || tok.kind != TokenKind::Number {
            return None;
        }
        let s = self.t.tok(i);
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        (1800..=2100).contains(&y).then_some((y, i + 1))
    }
    /// A small count in digits or words: "30", "two", "a"/"an" (one).
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.t.tokens.get(i)?;
        if tok.line != self.line {
            return None;
        }
        let s = self.t.low(i);
        if matches!(s, "a" | "an" | "one") {
            return Some((1, i + 1));
        }
        if let Some(v) = self.lex.numbers.get(s) {
            return Some((*v as u32, i + 1));
        }
        if tok.kind == TokenKind::Number && s.len() <= 3 {
            return Some((s.parse().ok()?, i + 1));
        }
        None
    }
    fn unit(&self, i: usize) -> Option<(Unit, usize)> {
        let word = self.low(i)?;
        // "this week's plenum"
        let word = without_possessive(word);
        let u = match word {
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "quarter" | "quarters" => Unit::Quarter,
            "year" | "years" => Unit::Year,
            _ => return None,
        };
        Some((u, i + 1))
    }
    fn shift(&self, i: usize) -> Option<(Shift, usize)> {
        let s = match self.low(i)? {
            "last" | "past" | "previous" => Shift::Last,
            "this" | "current" => Shift::This,
            "next" | "coming" => Shift::Next,
            _ => return None,
        };
        Some((s, i + 1))
    }
    /// "the beginning of", "early", "mid-", "the end of", "late": (part, next index).
    fn part(&self, i: usize) -> Option<(Part, usize)> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        let part = match self.low(j)? {
            "beginning" | "start" => Part::Early,
            "middle" => Part::Mid,
            "end" => Part::End,
            "early" if j == i => return Some((Part::Early, j + 1)),
            "late" if j == i => return Some((Part::Late, j + 1)),
            "mid" if j == i => {
                let k = if self.t.tokens.get(j + 1).is_some_and(|x| x.is_punct('-')) {
                    j + 2
                } else {
                    j + 1
                };
                return Some((Part::Mid, k));
            }
            _ => return None,
        };
        self.is(j + 1, "of").then_some((part, j + 2))
    }
}

/// A fiscal year at `i`, read as the calendar year of its number: "fiscal 2018", "fiscal year
/// 2018", "FY2018", "FY18", "FY 2018"; and one past its last token.
fn fiscal_year(c: &Cur, i: usize) -> Option<(i32, usize)> {
    let low = c.low(i)?;
    if low == "fiscal" {
        let k = if c.is(i + 1, "year") { i + 2 } else { i + 1 };
        return c.year(k);
    }
    let digits = low.strip_prefix("fy")?;
    if digits.is_empty() {
        return c.year(i + 1);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some((2000 + y, i + 1)),
        4 if (1900..=2100).contains(&y) => Some((y, i + 1)),
        _ => None,
    }
}

/// Where a decade's digits stand after "the", a part ("early", "mid-", "late") or "early in
/// the" at `i`, and the part meant.
fn decade_part(c: &Cur, i: usize) -> Option<(Part, usize)> {
    if c.any(i, &["early", "late"]) && c.is(i + 1, "in") && c.is(i + 2, "the") {
        let part = if c.is(i, "early") {
            Part::Early
        } else {
            Part::Late
        };
        return Some((part, i + 3));
    }
    let j = if c.is(i, "the") { i + 1 } else { i };
    match c.low(j)? {
        "early" => Some((Part::Early, j + 1)),
        "late" => Some((Part::Late, j + 1)),
        "mid" if c.t.tokens.get(j + 1).is_some_and(|x| x.is_punct('-')) => Some((Part::Mid, j + 2)),
        _ => Some((Part::Whole, j)),
    }
}

/// The first year of a decade of the last century written in a capitalized word after "the"
/// or a part: "the Thirties" (1930), "the late Sixties"; the number word's plural ("thirty",
/// "thirties") from the vocabulary. Lower case is left alone: "in the thirties" may be a
/// temperature, "in her thirties" an age.
fn decade_word(c: &Cur, j: usize) -> Option<i32> {
    let w = c.low(j)?;
    if !c.t.is_capitalized(j) {
        return None;
    }
    let stem = w.strip_suffix("ies")?;
    let n = *c.lex.numbers.get(&format!("{stem}y"))?;
    let n = n as i32;
    ((20..=90).contains(&n) && n % 10 == 0).then_some(1900 + n)
}

/// The first year of a decade written "1980s" (`digits` 4) or "80s" (`digits` 2).
fn decade_year(w: &str, digits: usize) -> Option<i32> {
    let d = w.strip_suffix('s')?;
    if d.len() != digits || !d.ends_with('0') || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = d.parse::<i32>().ok()?;
    (digits == 2 || (1000..=2090).contains(&y)).then_some(y)
}

/// Whether a date expression can start at token `i`: most tokens are ruled out here, before
/// any lookup, which keeps date matching cheap. In line: it runs at every token.
#[inline(always)]
fn may_start_date(t: &Text, lex: &Lexicon, i: usize) -> bool {
    let tok = &t.tokens[i];
    match tok.kind {
        TokenKind::Number => true,
        TokenKind::Punct(_) => false,
        TokenKind::Word => {
            // The bytes of the lower-cased word: the tests below read them without the
            // character-boundary checks of a `str` slice, at every word.
            let low = &t.lower.as_bytes()[tok.start..tok.end];
            let quarter = low.len() == 2 && matches!(low, [b'q' | b'h', b'1'..=b'4']);
            if quarter
                || low.starts_with(b"fy")
                || t.has_class(
                    i,
                    class::MONTH | class::WEEKDAY | class::NUMBER | class::HOLIDAY,
                )
                || low.first().is_some_and(u8::is_ascii_digit)
            {
                return true;
            }
            if t.has_class(i, class::DATE_KEYWORD) {
                return true;
            }
            // "December's storms": a month's possessive, with no bit.
            if low.last() == Some(&b's')
                && t.is_capitalized(i)
                && possessive_stem(t.low(i)).is_some_and(|w| lex.month(w).is_some())
            {
                return true;
            }
            // "yesterday's vote", "tomorrow's final": a keyword's possessive, with no bit.
            if low.last() == Some(&b's')
                && (low.starts_with(b"yesterday") || low.starts_with(b"tomorrow"))
            {
                return true;
            }
            // `lexicon::DATE_OPENERS`, told by a bit: "later" and "earlier", and common words
            // that open a date only before one: "the end of", "in 2014", "a week ago", "more
            // than two years later". Look a few tokens ahead first.
            if !t.has_class(i, class::DATE_OPENER) {
                return false;
            }
            if matches!(low, b"later" | b"earlier") {
                return true;
            }
            (i + 1..(i + 4).min(t.tokens.len())).any(|j| {
                t.tokens[j].is_number()
                    || t.low_bytes(j)[0].is_ascii_digit()
                    || t.has_class(j, class::MONTH | class::WEEKDAY | class::NUMBER)
                    || t.has_class(j, class::DATE_KEYWORD)
                    // A decade in words: "the Thirties".
                    || t.low_bytes(j).ends_with(b"ties")
            })
        }
    }
}

fn match_at(t: &Text, lex: &Lexicon, i: usize) -> Option<DateMatch> {
    if !may_start_date(t, lex, i) {
        return None;
    }
    let c = Cur {
        t,
        lex,
        line: t.tokens[i].line,
    };
    let m = |first, last, spec| Some(DateMatch { first, last, spec });

    // ISO 8601: "2018-02-06".
    if let Some(d) = iso_date(t, i) {
        return m(i, i + 5, DateSpec::Absolute(Period::day(d)));
    }
    // Day, month and year with points, as much of Europe writes them: "10.06.2019".
    if let Some(d) = dotted_date(t, i) {
        return m(i, i + 1, DateSpec::Absolute(Period::day(d)));
    }
    // Month, day and year with slashes, as the US writes them: "11/30/18".
    if let Some(d) = slashed_date(t, i) {
        return m(i, i + 5, DateSpec::Absolute(Period::day(d)));
    }

    // Fixed-day holidays: "New Year's Eve", "New Year's Eve 1999", "1999 New Year's Eve".
    if let Some((month, day, end)) = holiday(&c, i) {
        if let Some((y, k)) = c.year(end) {
            let d = Date::from_ymd(y, month, day)?;
            return m(i, k, DateSpec::Absolute(Period::day(d)));
        }
        // "a New Year's Eve 'quiet zone'": a noun in quotation marks after it, too, makes it
        // a modifier; "as crowds celebrate New Year's Eve" names a celebration, not a day.
        let quoted_noun = t.tokens.get(end).is_some_and(|x| {
            matches!(x.kind, TokenKind::Punct('‘' | '\'' | '“' | '"')) && t.touching(end, end + 1)
        }) && noun_follows(&c, end + 1);
        let celebrated = i > 0
            && c.any(
                i - 1,
                &["celebrate", "celebrates", "celebrated", "celebrating"],
            );
        // "not 'over Christmas'": the words in quotation marks of their own are a phrase
        // mentioned, no time told.
        let quote = |x: usize| {
            t.tokens.get(x).is_some_and(|x| {
                matches!(x.kind, TokenKind::Punct('‘' | '\'' | '“' | '"' | '’' | '”'))
            })
        };
        let quoted =
            i > 0 && quote(i - 1) && t.touching(i - 1, i) && quote(end) && t.touching(end - 1, end);
        // "New Year's Eve Assaults Renew ...": a headline's capitalized noun after it, as a
        // lower-case one, makes it a modifier.
        let capitalized_noun = end < t.tokens.len()
            && t.tokens[end].line == c.line
            && t.tokens[end].is_word()
            && t.is_capitalized(end)
            && !t.has_class(
                end,
                class::FUNCTION | class::MONTH | class::WEEKDAY | class::NUMBER | class::HOLIDAY,
            );
        if noun_follows(&c, end) || quoted_noun || celebrated || quoted || capitalized_noun {
            return None;
        }
        return m(i, end, DateSpec::Holiday { month, day });
    }
    // With its year the holiday is a day even as a modifier: "the 2012 New Year's Eve
    // riots".
    if let Some((y, k)) = c.year(i) {
        if let Some((month, day, end)) = holiday(&c, k) {
            let d = Date::from_ymd(y, month, day)?;
            return m(i, end, DateSpec::Absolute(Period::day(d)));
        }
    }
    // "this morning", "earlier this evening": the reference day.
    if c.is(i, "this") && c.any(i + 1, &["morning", "afternoon", "evening"]) {
        let first = if i > 0 && c.is(i - 1, "earlier") {
            i - 1
        } else {
            i
        };
        return m(first, i + 2, DateSpec::DayOffset(0));
    }

    // "later in the year", "earlier that month", "earlier in that month": told of the time
    // of the last date stated, not of the publication ("later this year" is a shifted year
    // of its own).
    if c.any(i, &["later", "earlier"]) && c.any(i + 1, &["in", "that"]) {
        let k = if c.is(i + 1, "in") && c.any(i + 2, &["the", "that"]) {
            i + 3
        } else if c.is(i + 1, "that") {
            i + 2
        } else {
            i
        };
        if k > i && c.any(k, &["year", "month"]) {
            let unit = if c.is(k, "year") {
                Unit::Year
            } else {
                Unit::Month
            };
            return m(i, k + 1, DateSpec::RestOfThat { unit });
        }
    }
    // "within months", "within a few months": from the reference to three months on; not
    // counted from something named after it ("within months of the attack").
    if i > 0 && c.is(i - 1, "within") {
        let end = if c.is(i, "months") {
            Some(i + 1)
        } else if c.is(i, "a") && c.is(i + 1, "few") && c.is(i + 2, "months") {
            Some(i + 3)
        } else {
            None
        };
        if let Some(end) = end.filter(|&e| !c.any(e, &["of", "after", "before", "since"])) {
            let (n, unit) = (3, Unit::Month);
            return m(i - 1, end, DateSpec::Coming { n, unit });
        }
    }
    // "before the end of the year", "by the end of this month".
    if c.any(i, &["before", "by", "until"])
        && c.is(i + 1, "the")
        && c.is(i + 2, "end")
        && c.is(i + 3, "of")
    {
        let j = i + 4;
        let k = if c.any(j, &["the", "this"]) { j + 1 } else { j };
        if let Some((unit, end)) = c.unit(k) {
            return m(i, end, DateSpec::UntilEndOf { unit });
        }
    }
    // A part of a period: "the end of October", "mid-October 2019", "early this year",
    // "the beginning of last week", "the end of the year".
    if let Some((part, j)) = c.part(i) {
        if let Some(r) = month_or_shifted(&c, j, part) {
            return m(i, r.0, r.1);
        }
        if c.is(j, "the") {
            // "the end of the day": a time of day, no date.
            if let Some((unit, end)) = c.unit(j + 1).filter(|(u, _)| *u != Unit::Day) {
                return m(
                    i,
                    end,
                    DateSpec::Shifted {
                        unit,
                        shift: Shift::This,
                        part,
                    },
                );
            }
        }
        if let Some((y, end)) = c.year(j) {
            return m(i, end, DateSpec::Absolute(part_of(Period::year(y)?, part)));
        }
    }
    // Quarters and halves: "the second quarter of 2018", "the first half of 2019",
    // "the full year of 2018".
    {
        let j = if c.is(i, "the") { i + 1 } else { i };
        let ordinal = match c.low(j) {
            Some("first") => Some(1),
            Some("second") => Some(2),
            Some("third") => Some(3),
            Some("fourth") => Some(4),
            Some("full" | "whole" | "entire") => Some(0),
            // "the final quarter of 2018": the last of the year's quarters or halves.
            Some("final") => match c.low(j + 1) {
                Some("quarter") => Some(4),
                Some("half") => Some(2),
                _ => None,
            },
            _ => None,
        };
        // "fiscal 2018's third quarter": read as the calendar's (a company's fiscal
        // calendar is not in the text).
        // ("fiscal" tested first: most tokens here are not.)
        if let Some((y, k)) = c.is(i, "fiscal").then(|| fiscal_year(&c, i)).flatten() {
            // The tokenizer parts a number's possessive: "2018", "'", "s".
            let possessive = t
                .tokens
                .get(k)
                .is_some_and(|x| x.is_punct('\'') || x.is_punct('’'))
                && c.is(k + 1, "s");
            let k = if possessive { k + 2 } else { k };
            let n = match c.low(k) {
                Some("first") => 1,
                Some("second") => 2,
                Some("third") => 3,
                Some("fourth") => 4,
                _ => 0,
            };
            let p = match c.low(k + 1) {
                Some("quarter") => Period::quarter(y, n),
                Some("half") if n <= 2 => Period::half(y, n),
                _ => None,
            };
            if let Some(p) = p {
                return m(i, k + 2, DateSpec::Absolute(p));
            }
        }
        if let Some(n) = ordinal {
            if let (Some(kind), true) = (c.low(j + 1), c.is(j + 2, "of")) {
                // "the third quarter of last year": of the year the shift names.
                let shifted = c.shift(j + 3).filter(|(_, u)| c.is(*u, "year"));
                if let (Some((shift, u)), 1..=4) = (shifted, n) {
                    let half = kind == "half";
                    if (kind == "quarter" || (half && n <= 2)) && t.same_line(j, u) {
                        return m(i, u + 1, DateSpec::PartOfYear { n, half, shift });
                    }
                }
                if let Some((y, end)) = c.year(j + 3).or_else(|| fiscal_year(&c, j + 3)) {
                    let p = match (kind, n) {
                        ("quarter", 1..=4) => Period::quarter(y, n),
                        ("half", 1..=2) => Period::half(y, n),
                        ("year", 0) => Period::year(y),
                        _ => None,
                    };
                    if let Some(p) = p {
                        return m(i, end, DateSpec::Absolute(p));
                    }
                }
            }
        }
        // "the first nine months of 2018", "the first six months of the year": from the
        // year's start to the end of its Nth month.
        if c.is(j, "first") {
            if let Some((n @ 2..=11, k)) = c.count(j + 1) {
                if c.is(k, "months") && c.is(k + 1, "of") {
                    if let Some((y, end)) = c.year(k + 2) {
                        let to = Date::from_ymd(y, n, days_in_month(y, n))?;
                        let from = Date::from_ymd(y, 1, 1)?;
                        return m(
                            i,
                            end,
                            DateSpec::Absolute(Period::new(from, to, Precision::Month)),
                        );
                    }
                    let shifted = if c.is(k + 2, "the") && c.is(k + 3, "year") {
                        Some((Shift::This, k + 4))
                    } else {
                        c.shift(k + 2)
                            .filter(|(_, u)| c.is(*u, "year"))
                            .map(|(shift, u)| (shift, u + 1))
                    };
                    if let Some((shift, end)) = shifted {
                        return m(i, end, DateSpec::FirstMonths { n, shift });
                    }
                }
            }
        }
        // "the third quarter" with no year: a date where the sentence states money or a
        // percent (a reporting period), not the quarter of a game.
        if let (Some(n @ 1..=4), Some("quarter")) = (ordinal, c.low(j + 1)) {
            let hyphen = t.tokens.get(j + 2).is_some_and(|x| x.is_punct('-'));
            if !c.is(j + 2, "of") && !hyphen && t.same_line(j, j + 1) && states_money(t, lex, i) {
                let future = looks_forward(&c, i);
                return m(i, j + 2, DateSpec::Quarter { n, future });
            }
        }
        // "Q2 2018", "H1 2019".
        let w = t.tok(i);
        // "Q3", "3Q" with no year.
        // (Read only for a word of two letters, the only one that asks for it.)
        let year_after = if w.len() == 2 {
            c.year(i + 1).or_else(|| fiscal_year(&c, i + 1))
        } else {
            None
        };
        if w.len() == 2 && year_after.is_none() {
            let b = w.as_bytes();
            let n = match b {
                [b'Q', d @ b'1'..=b'4'] | [d @ b'1'..=b'4', b'Q'] => Some(u32::from(d - b'0')),
                _ => None,
            };
            if let Some(n) = n {
                let future = looks_forward(&c, i);
                return m(i, i + 1, DateSpec::Quarter { n, future });
            }
        }
        if w.len() == 2 && (w.starts_with('Q') || w.starts_with('H')) {
            if let (Some(n), Some((y, end))) = (w[1..].parse::<u32>().ok(), year_after) {
                let p = if w.starts_with('Q') {
                    Period::quarter(y, n)
                } else {
                    Period::half(y, n)
                };
                if let Some(p) = p {
                    return m(i, end, DateSpec::Absolute(p));
                }
            }
        }
    }
    // "over the weekend", "this past weekend", "this whole weekend", "next weekend"; not "the
    // weekend edition".
    if c.any(i, &["the", "this", "last", "next", "coming"]) {
        let j = if c.any(i + 1, &["past", "coming", "whole", "entire"]) {
            i + 2
        } else {
            i + 1
        };
        if c.is(j, "weekend") && !noun_follows(&c, j + 1) {
            let ahead = c.any(i, &["next", "coming"]) || c.is(i + 1, "coming");
            let behind = c.is(i, "last") || c.is(i + 1, "past");
            let future = ahead || (!behind && looks_forward(&c, i));
            return m(
                i,
                j + 1,
                DateSpec::Weekend {
                    future,
                    last: c.is(i, "last"),
                },
            );
        }
    }
    // A weekday, then possibly a full date: "Thursday, October 24th".
    if let Some((wd, j)) = c.weekday(i) {
        let k = if t.tokens.get(j).is_some_and(|x| x.is_punct(',')) {
            j + 1
        } else {
            j
        };
        if let Some(r) = day_date(&c, k) {
            return m(i, r.0, r.1);
        }
        // "Acme will open a plant, its chief said Monday": the day of saying is past.
        let said = |k: usize| k > 0 && lex.speech_verbs.contains(t.low(k - 1));
        // "the rules apply starting (on) Saturday": from a day to come.
        let starting = (i > 0 && c.is(i - 1, "starting"))
            || (i > 1 && c.is(i - 1, "on") && c.is(i - 2, "starting"));
        let future = starting
            || (looks_forward(&c, i) && !said(i) && !(i > 0 && said(i - 1)))
            || (told_as_schedule(&c, i) && !weekday_told_in_past_before(&c, i, wd));
        let mut first = if i > 0 && c.any(i - 1, &["on", "last", "next", "this"]) {
            i - 1
        } else {
            i
        };
        // Parts of the day: "late Friday", "early on Monday", "Tuesday evening".
        if first > 0 && c.any(first - 1, &["late", "early"]) {
            first -= 1;
        }
        let part_of_day = c.low(j).is_some_and(|w| {
            let w = without_possessive(w);
            matches!(w, "morning" | "afternoon" | "evening" | "night")
        });
        let j = if part_of_day { j + 1 } else { j };
        // "Friday's planned vote", "Monday afternoon's scheduled hearing": a plan for the day.
        let planned = t.tok(j - 1).ends_with("'s") || t.tok(j - 1).ends_with("’s");
        let future = future
            || c.is(first, "next")
            || (planned && c.any(j, &["planned", "scheduled", "upcoming", "expected"]));
        return m(
            first,
            j,
            DateSpec::Weekday {
                weekday: wd,
                future,
            },
        );
    }
    // A range of days: "between March 30 and April 2", "from 3 to 5 April 2018"; of months:
    // "between May and July", "from March to June 2016".
    if c.any(i, &["from", "between"]) {
        if let Some(r) = day_range(&c, i + 1).or_else(|| month_range(&c, i + 1)) {
            return m(i, r.0, r.1);
        }
    }
    // "during October and November": two months that run on, joined by "and", are one
    // stretch ("in May and July" names two months).
    if c.any(i, &["during", "in", "over"]) {
        if let Some((month, j)) = c.month(i + 1) {
            let runs_on = c.is(j, "and") && c.month(j + 1).is_some_and(|n| n.0 == month % 12 + 1);
            if let Some(r) = month_range(&c, i + 1).filter(|_| runs_on) {
                return m(i, r.0, r.1);
            }
        }
    }
    // "from Monday to Wednesday", "between Friday and Sunday": one run of days.
    if c.any(i, &["from", "between"]) {
        if let Some((weekday, j)) = c.weekday(i + 1) {
            let joins = if c.is(i, "between") {
                c.is(j, "and")
            } else {
                c.any(j, &["to", "until", "through", "till"])
            };
            if let Some((end_weekday, k)) = c.weekday(j + 1).filter(|_| joins) {
                if end_weekday != weekday {
                    let future = looks_forward(&c, i);
                    return m(
                        i,
                        k,
                        DateSpec::WeekdayRange {
                            weekday,
                            end_weekday,
                            future,
                        },
                    );
                }
            }
        }
    }
    // "the Grand March 4 rocket", "Port May 2": a month's name that is also a word goes on a
    // name begun by a capitalized word (not a dateline's capitals: "BEIJING March 9").
    if c.any(i, &["march", "may"])
        && name_goes_on(&c, i)
        && t.tok(i - 1).chars().nth(1).is_some_and(char::is_lowercase)
    {
        return None;
    }
    // "on the 12th": a day with no month, ended by no noun ("on the 12th floor") and no
    // month ("on the 12th of June" is read from "12th" on).
    if c.is(i, "on") && c.is(i + 1, "the") && t.tok(i + 2).ends_with(|ch: char| ch.is_alphabetic())
    {
        if let Some((day, k)) = c.day(i + 2) {
            let ends = t.tokens.get(k).is_none_or(|x| {
                !t.same_line(i, k) || (matches!(x.kind, TokenKind::Punct(_)) && !x.is_punct('-'))
            });
            if ends {
                let future = looks_forward(&c, i);
                return m(i, k, DateSpec::DayOfMonth { day, future });
            }
        }
    }
    // Month-day dates, month-year, bare months.
    if let Some(r) = day_date(&c, i) {
        // "26 February – 1 March 2018", "Feb. 26 through March 1": a day, a dash or
        // "through" and a later day are one range.
        if c.dash(r.0) || c.is(r.0, "through") {
            // Only a run forward, or one over the new year ("Dec. 28 – Jan. 3"): "May 9 - May
            // 2" is two days.
            let forward = |spec: &DateSpec| match *spec {
                DateSpec::DayRange {
                    month,
                    day,
                    end_month,
                    end_day,
                } => (end_month, end_day) > (month, day) || (month == 12 && end_month == 1),
                _ => true,
            };
            if let Some(range) = day_range(&c, i).filter(|r| forward(&r.1)) {
                return m(i, range.0, range.1);
            }
        }
        return m(i, r.0, r.1);
    }
    if let Some(r) = month_or_shifted(&c, i, Part::Whole) {
        return m(i, r.0, r.1);
    }
    // A range of years: "from 1991 to 1994", "between 2003 and 2006", "from at least 1997 to
    // 1999".
    if c.any(i, &["from", "between"]) {
        let hedged = c.is(i + 1, "at") && c.is(i + 2, "least");
        if let Some((y1, end1)) = c.year(if hedged { i + 3 } else { i + 1 }) {
            if c.any(end1, &["to", "and", "through", "until"]) {
                if let Some((y2, end2)) = c.year(end1 + 1) {
                    if y2 > y1 && !year_is_quantity(&c, end2) {
                        let (a, b) = (Period::year(y1)?, Period::year(y2)?);
                        return m(i, end2, DateSpec::Absolute(a.span(b)));
                    }
                }
            }
        }
    }
    // "the 2012 through 2015 models": two years joined by "through" are one range with no
    // "from" before them too ("to" is not enough: "raised the 2015 to 2016 levels").
    if let Some((y1, end1)) = c.year(i) {
        if c.is(end1, "through") {
            if let Some((y2, end2)) = c.year(end1 + 1).filter(|y| y.0 > y1) {
                let (a, b) = (Period::year(y1)?, Period::year(y2)?);
                return m(i, end2, DateSpec::Absolute(a.span(b)));
            }
        }
    }
    // A decade: "the 1980s", a part of one ("the early 1990s", "the mid-1990s", "early in
    // the 2030s"), or two running on ("the 1960s and 70s", "the 1980s and '90s").
    if let Some((part, j)) = decade_part(&c, i) {
        let y = c.low(j).and_then(|w| decade_year(w, 4));
        if let Some(y) = y.or_else(|| decade_word(&c, j).filter(|_| j > i)) {
            let (a, b) = match part {
                Part::Early => (0, 3),
                Part::Mid => (4, 6),
                Part::Late | Part::End => (7, 9),
                Part::Whole | Part::SoFar | Part::Rest => (0, 9),
            };
            let mut end = j + 1;
            let mut last = y + b;
            // "the 1800s", "the early 1900s": a round hundred before 2000 written so is a
            // century, its parts in tens ("the 2000s" is the decade).
            let century =
                y % 100 == 0 && y < 2000 && c.low(j).is_some_and(|w| decade_year(w, 4).is_some());
            if century && !c.any(end, &["and", "to", "through"]) {
                let (from, to) = (Period::year(y + a * 10)?, Period::year(y + b * 10 + 9)?);
                return m(i, end, DateSpec::Absolute(from.span(to)));
            }
            if part == Part::Whole && c.any(end, &["and", "to", "through"]) {
                let mut k = end + 1;
                if t.tokens
                    .get(k)
                    .is_some_and(|x| x.is_punct('\'') || x.is_punct('’'))
                {
                    k += 1;
                }
                let next = c.low(k).and_then(|w| {
                    decade_year(w, 4).or_else(|| decade_year(w, 2).map(|d| y / 100 * 100 + d))
                });
                if let Some(y2) = next.filter(|y2| *y2 > y && *y2 - y <= 50) {
                    last = y2 + 9;
                    end = k + 1;
                }
            }
            let (from, to) = (Period::year(y + a)?, Period::year(last)?);
            return m(i, end, DateSpec::Absolute(from.span(to)));
        }
    }
    // "in April", "in 2014": the preposition is part of the expression.
    if c.any(i, &["in", "since", "during", "until"]) {
        if let Some((y, end)) = c.year(i + 1) {
            if let Some((y2, end2)) = year_span_end(&c, y, end) {
                let (a, b) = (Period::year(y)?, Period::year(y2)?);
                return m(i, end2, DateSpec::Absolute(a.span(b)));
            }
            if !year_is_quantity(&c, end) || verb_before_to(&c, end) {
                return m(i, end, DateSpec::Absolute(Period::year(y)?));
            }
        }
    }
    // "fiscal 2018", "FY18": the year of its number.
    if let Some((y, end)) = fiscal_year(&c, i) {
        return m(i, end, DateSpec::Absolute(Period::year(y)?));
    }
    // A bare year used as a date: "the 2017 ban", "in 2017" (above), "2017 and 2018".
    if let Some((y, end)) = c.year(i) {
        // "the 2017-18 season": both years.
        if let Some((y2, end2)) = year_span_end(&c, y, end) {
            let (a, b) = (Period::year(y)?, Period::year(y2)?);
            return m(i, end2, DateSpec::Absolute(a.span(b)));
        }
        // "the coin ended 2016 at 1 cent": the year's last day.
        if i > 0 && c.any(i - 1, &["ended", "ending", "closed", "finished"]) {
            let last = Date::from_ymd(y, 12, 31)?;
            return m(i, end, DateSpec::Absolute(Period::day(last)));
        }
        if !year_is_quantity(&c, end) && !preceded_by_currency(t, i) && !name_goes_on(&c, i) {
            return m(i, end, DateSpec::Absolute(Period::year(y)?));
        }
    }
    // Seasons: "spring 2016", "the summer of 2015", "this summer", "last winter".
    {
        let j = if c.is(i, "the") { i + 1 } else { i };
        if let Some(start) = c.low(j).and_then(season_start) {
            let k = if c.is(j + 1, "of") { j + 2 } else { j + 1 };
            if let (Some((y, end)), true) = (c.year(k), start != WINTER) {
                let to_month = start + 2;
                let from = Date::from_ymd(y, start, 1)?;
                let to = Date::from_ymd(y, to_month, days_in_month(y, to_month))?;
                return m(
                    i,
                    end,
                    DateSpec::Absolute(Period::new(from, to, Precision::Quarter)),
                );
            }
        }
        if let Some((shift, j)) = c.shift(i) {
            if let Some(start) = c.low(j).and_then(season_start) {
                if !noun_follows(&c, j + 1) {
                    return m(i, j + 1, DateSpec::Season { start, shift });
                }
            }
            // "next summer's tournament": the season, possessive, before the noun it dates.
            let stem = c.low(j).and_then(possessive_stem);
            if let Some(start) = stem.and_then(season_start) {
                return m(i, j + 1, DateSpec::Season { start, shift });
            }
        }
        // "during the summer", "over the winter": the season just gone, or the one ahead
        // when the sentence looks forward. Not "broke an arm in the fall", a fall.
        if c.is(i, "the")
            && i > 0
            && c.any(i - 1, &["during", "over", "in", "through", "throughout"])
            && !c.is(i + 1, "fall")
        {
            if let Some(start) = c.low(i + 1).and_then(season_start) {
                if !noun_follows(&c, i + 2) && !c.is(i + 2, "of") {
                    let shift = if looks_forward(&c, i) {
                        Shift::Next
                    } else {
                        Shift::Last
                    };
                    return m(i, i + 2, DateSpec::Season { start, shift });
                }
            }
        }
    }
    // Deictic days; "Today" after a name's word is a name ("USA Today"), but a lower-case
    // "today" is no name's word ("the ministry today said").
    match c.low(i)? {
        "today" | "tonight" if c.t.is_capitalized(i) && name_goes_on(&c, i) => return None,
        // "Radio 4's Today programme", "the Tonight show": a broadcast's name.
        "today" | "tonight"
            if c.t.is_capitalized(i) && c.any(i + 1, &["programme", "program", "show"]) =>
        {
            return None
        }
        "today" if means_nowadays(&c, i) => return None,
        "today" | "tonight" => return m(i, i + 1, DateSpec::DayOffset(0)),
        // "yesterday's vote", "tomorrow's final": the day, possessive ("today's" is as often
        // the present's: "today's music").
        "yesterday" | "yesterday's" | "yesterday’s" => {
            return m(i, i + 1, DateSpec::DayOffset(-1))
        }
        "tomorrow" | "tomorrow's" | "tomorrow’s" => return m(i, i + 1, DateSpec::DayOffset(1)),
        // "(late) last night" is the evening before the day written, as "yesterday" is; "the
        // last night of the tour" is a night of something else.
        "last"
            if c.any(i + 1, &["night", "night's", "night’s"]) && !(i > 0 && c.is(i - 1, "the")) =>
        {
            let first = if i > 0 && c.any(i - 1, &["late", "early"]) {
                i - 1
            } else {
                i
            };
            return m(first, i + 2, DateSpec::DayOffset(-1));
        }
        _ => {}
    }
    // "the rest of the year", "the remainder of this month": from the reference to the
    // period's end, as "later this year" reads; of a day, a time of day.
    if i >= 3
        && c.any(i, &["the", "this"])
        && c.is(i - 1, "of")
        && c.any(i - 2, &["rest", "remainder"])
        && c.is(i - 3, "the")
    {
        if let Some((unit, end)) = c.unit(i + 1).filter(|(u, _)| *u != Unit::Day) {
            let (shift, part) = (Shift::This, Part::Rest);
            return m(i - 3, end, DateSpec::Shifted { unit, shift, part });
        }
    }
    // "last week", "this year", "next month", and "this week's".
    if let Some((shift, j)) = c.shift(i) {
        if let Some((unit, end)) = c.unit(j) {
            // "the past week" is a span back from now, not the calendar week.
            let span = i > 0 && c.is(i - 1, "the") && c.any(i, &["past", "last"]);
            if !span && !c.any(end, &["or", "and"]) {
                let (first, part) = (shift == Shift::This)
                    .then(|| part_of_this_period(&c, i))
                    .flatten()
                    .unwrap_or((i, Part::Whole));
                return m(first, end, DateSpec::Shifted { unit, shift, part });
            }
        }
    }
    if c.is(i, "in") && c.is(i + 1, "recent") {
        if let Some((unit, end)) = c.unit(i + 2) {
            return m(i, end, DateSpec::Recent { unit });
        }
    }
    // "the rhetoric of recent weeks", "over recent months": the same span, with no "in".
    if c.is(i, "recent") && i > 0 && c.any(i - 1, &["of", "over"]) {
        let plural = c.low(i + 1).is_some_and(|w| w.ends_with('s'));
        if let Some((unit, end)) = c.unit(i + 1).filter(|_| plural) {
            return m(i, end, DateSpec::Recent { unit });
        }
    }
    // "the past 30 days", "the last few years", "the next two years", "the next year or two".
    if c.is(i, "the") || c.is(i, "over") || c.is(i, "in") {
        let j = if c.is(i, "over") && c.is(i + 1, "the") {
            i + 2
        } else {
            i + 1
        };
        let first = if c.is(i, "the") {
            i
        } else {
            j.saturating_sub(1).max(i)
        };
        let first = if c.is(i, "over") { i + 1 } else { first };
        // "the previous year", "the following month": next to the last date stated.
        if c.is(i, "the") && c.any(j, &["previous", "following"]) {
            let singular = c.low(j + 1).is_some_and(|w| !w.ends_with('s'));
            if let Some((unit, end)) = c.unit(j + 1).filter(|_| singular) {
                let earlier = c.is(j, "previous");
                return m(first, end, DateSpec::Adjacent { unit, earlier });
            }
        }
        // "the year before last": two years back from the reference.
        if c.is(i, "the") && c.is(j, "year") && c.is(j + 1, "before") && c.is(j + 2, "last") {
            let unit = Unit::Year;
            return m(first, j + 3, DateSpec::Ago { n: 2, unit });
        }
        // "the day before", "the week after.": next to the last date stated, when nothing
        // follows for it to count from ("the day before the vote" counts from the vote).
        if c.is(i, "the")
            && c.any(j, &["day", "week", "month", "year"])
            && c.any(j + 1, &["before", "after"])
            && t.tokens
                .get(j + 2)
                .is_none_or(|x| !t.same_line(j, j + 2) || matches!(x.kind, TokenKind::Punct(_)))
        {
            let unit = c.unit(j).map_or(Unit::Day, |u| u.0);
            let earlier = c.is(j + 1, "before");
            return m(first, j + 2, DateSpec::Adjacent { unit, earlier });
        }
        // "the year ahead", "the week ahead": the next such period.
        if c.is(i, "the") && c.any(j, &["week", "month", "year"]) && c.is(j + 1, "ahead") {
            if let Some((unit, _)) = c.unit(j) {
                return m(
                    first,
                    j + 2,
                    DateSpec::Shifted {
                        unit,
                        shift: Shift::Next,
                        part: Part::Whole,
                    },
                );
            }
        }
        // "The next day, a second man ...": the day after the last date stated, as "the
        // following day" (a longer unit, "the next year", may count from the reference).
        if c.is(i, "the") && c.is(j, "next") && c.is(j + 1, "day") {
            return m(
                first,
                j + 2,
                DateSpec::Adjacent {
                    unit: Unit::Day,
                    earlier: false,
                },
            );
        }
        if c.any(j, &["past", "last", "previous", "recent"]) {
            if c.is(j + 1, "few") || c.is(j + 1, "several") {
                if let Some((unit, end)) = c.unit(j + 2) {
                    return m(
                        first,
                        end,
                        DateSpec::Past {
                            n: 3,
                            unit,
                            few: true,
                        },
                    );
                }
            }
            if let Some((n, k)) = c.count(j + 1) {
                if let Some((unit, end)) = c.unit(k) {
                    // "over the past 30 years of running the firm": the length of what follows
                    // (a duration, which the figures read), not a period of the calendar.
                    if c.is(end, "of") {
                        return None;
                    }
                    return m(
                        first,
                        end,
                        DateSpec::Past {
                            n,
                            unit,
                            few: false,
                        },
                    );
                }
                // "the last 24 hours": the days those hours reach back over, to the reference.
                if c.is(k, "hours") && (1..=HOURS_BACK_MOST).contains(&n) && !c.is(k + 1, "of") {
                    let (n, unit) = (n.div_ceil(24) + 1, Unit::Day);
                    return m(
                        first,
                        k + 1,
                        DateSpec::Past {
                            n,
                            unit,
                            few: false,
                        },
                    );
                }
                // "the last 15 to 18 years": a range of lengths, read as the longest.
                if c.any(k, &["to", "or"]) || c.t.tokens.get(k).is_some_and(|x| x.is_punct('-')) {
                    if let Some((n2, unit, end)) = c
                        .count(k + 1)
                        .and_then(|(n2, u)| c.unit(u).map(|(unit, end)| (n2, unit, end)))
                    {
                        let n = n.max(n2);
                        return m(
                            first,
                            end,
                            DateSpec::Past {
                                n,
                                unit,
                                few: false,
                            },
                        );
                    }
                }
                // "the past two decades": ten years each.
                if c.any(k, &["decade", "decades"]) {
                    let n = n.saturating_mul(10);
                    let unit = Unit::Year;
                    return m(
                        first,
                        k + 1,
                        DateSpec::Past {
                            n,
                            unit,
                            few: false,
                        },
                    );
                }
            }
            if c.is(j + 1, "decade") {
                let (n, unit) = (10, Unit::Year);
                return m(
                    first,
                    j + 2,
                    DateSpec::Past {
                        n,
                        unit,
                        few: false,
                    },
                );
            }
            if let Some((unit, end)) = c.unit(j + 1) {
                return m(
                    first,
                    end,
                    DateSpec::Past {
                        n: 1,
                        unit,
                        few: false,
                    },
                );
            }
        }
        if c.any(j, &["next", "coming", "following"]) && c.is(i, "the") {
            // "the next few days": ten days on, as "days later" reads; "the next few months"
            // three months on, as "within a few months".
            if c.is(j + 1, "few") {
                if let Some((unit, end)) = c.unit(j + 2) {
                    let n = if unit == Unit::Day {
                        FEW_DAYS as u32
                    } else {
                        3
                    };
                    return m(first, end, DateSpec::Coming { n, unit });
                }
            }
            if let Some((n, k)) = c.count(j + 1) {
                if let Some((unit, end)) = c.unit(k) {
                    return m(first, end, DateSpec::Coming { n, unit });
                }
            }
            if let Some((unit, k)) = c.unit(j + 1) {
                // "the next year or two"
                if c.is(k, "or") {
                    if let Some((n, end)) = c.count(k + 1) {
                        return m(first, end, DateSpec::Coming { n, unit });
                    }
                }
                // "The next year, the rebels released a video": told in the past, with no
                // preposition of a stretch before it ("over the next year"), the year after
                // the last date stated, as "the following year".
                let stretch = i > 0
                    && c.any(
                        i - 1,
                        &[
                            "over",
                            "within",
                            "during",
                            "for",
                            "in",
                            "into",
                            "throughout",
                            "through",
                        ],
                    );
                if c.is(i, "the") && c.is(j, "next") && !stretch && unit != Unit::Day {
                    let s = t.sentence_at(t.tokens[i].start);
                    let end = s.map_or(k, |s| t.sentences[s].tokens.1.min(k + PAST_REACH));
                    if (k..end).any(|x| past_verb(&c, x)) {
                        return m(
                            first,
                            k,
                            DateSpec::Adjacent {
                                unit,
                                earlier: false,
                            },
                        );
                    }
                }
                return m(first, k, DateSpec::Coming { n: 1, unit });
            }
        }
    }
    // "Days earlier", "days later": no number, about ten days.
    if c.is(i, "days") && c.any(i + 1, &["earlier", "later"]) {
        let earlier = c.is(i + 1, "earlier");
        let (n, unit, more_than, few) = (0, Unit::Day, false, true);
        return m(
            i,
            i + 2,
            DateSpec::Later {
                n,
                unit,
                more_than,
                few,
                earlier,
            },
        );
    }
    // Counted: "a week ago", "three years later", "more than two years later", "a few days later".
    {
        let (j, more_than) = if c.is(i, "more") && c.is(i + 1, "than") {
            (i + 2, true)
        } else {
            (i, false)
        };
        let (n, few, k) = if c.any(j, &["a", "an"]) && c.any(j + 1, &["few", "couple"]) {
            let k = if c.is(j + 2, "of") { j + 3 } else { j + 2 };
            (3, true, k)
        } else if c.is(j, "several") {
            // "Several" has no value: "several years ago" is no date.
            return None;
        } else if let Some((n, k)) = c.count(j) {
            (n, false, k)
        } else {
            (0, false, j)
        };
        // "a fortnight ago": two weeks each.
        if k > j && !few && c.any(k, &["fortnight", "fortnights"]) && c.is(k + 1, "ago") {
            let n = n.saturating_mul(2);
            return m(
                i,
                k + 2,
                DateSpec::Ago {
                    n,
                    unit: Unit::Week,
                },
            );
        }
        // "two decades ago", "a decade ago": ten years each, a date of a year.
        if k > j && !few && c.any(k, &["decade", "decades"]) && c.is(k + 1, "ago") {
            let n = n.saturating_mul(10);
            return m(
                i,
                k + 2,
                DateSpec::Ago {
                    n,
                    unit: Unit::Year,
                },
            );
        }
        if k > j {
            if let Some((unit, u_end)) = c.unit(k) {
                match c.low(u_end) {
                    Some("ago") if few => return m(i, u_end + 1, DateSpec::FewAgo { unit }),
                    // "Two weeks from now": so many units after the reference.
                    Some("from") if !few && c.is(u_end + 1, "now") => {
                        return m(i, u_end + 2, DateSpec::FromNow { n, unit })
                    }
                    // "20 years ago today": that very day, so many years back.
                    Some("ago") if c.is(u_end + 1, "today") => {
                        return m(i, u_end + 2, DateSpec::AgoToday { n, unit })
                    }
                    Some("ago") => return m(i, u_end + 1, DateSpec::Ago { n, unit }),
                    Some(w @ ("later" | "earlier")) => {
                        let earlier = w == "earlier";
                        return m(
                            i,
                            u_end + 1,
                            DateSpec::Later {
                                n,
                                unit,
                                more_than,
                                few,
                                earlier,
                            },
                        );
                    }
                    _ => {}
                }
            }
        }
    }
    None
}

/// Whether a speech verb stands right before the date expression around token `i`, over
/// its prepositions and parts ("said in late September", "announced early on Monday").
/// The end of a span of years written onto year `y` ending before token `end` with a dash:
/// "2010-11", "2017–18", "2014-2016": the last year and one past its token.
fn year_span_end(c: &Cur, y: i32, end: usize) -> Option<(i32, usize)> {
    let t = c.t;
    let (dash, next) = (t.tokens.get(end)?, t.tokens.get(end + 1)?);
    // "2017/18": a season or fiscal year over two years, with a slash.
    let slash = dash.is_punct('/');
    if !(matches!(dash.kind, TokenKind::Punct('-' | '–')) || slash)
        || !t.touching(end - 1, end)
        || !t.touching(end, end + 1)
        || next.kind != TokenKind::Number
    {
        return None;
    }
    let s = t.tok(end + 1);
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = s.parse().ok()?;
    let y2 = match s.len() {
        2 => y - y.rem_euclid(100) + n,
        4 => n,
        _ => return None,
    };
    // A span runs forward a few years; "2010-05" would be a month.
    let forward = y2 > y && y2 <= y + 10 && !(s.len() == 2 && n <= 12 && y2 != y + 1);
    (forward && (!slash || y2 == y + 1)).then_some((y2, end + 2))
}

fn after_speech(c: &Cur, i: usize) -> bool {
    let mut k = i;
    while k > 0
        && i - k < 4
        && c.any(
            k - 1,
            &[
                "in", "on", "at", "late", "early", "mid", "-", "the", "of", "end", "middle",
            ],
        )
    {
        k -= 1;
    }
    k > 0 && c.low(k - 1).is_some_and(|w| c.lex.speech_verbs.contains(w))
}

/// Whether the sentence looks forward before token `i` ("will meet on Monday").
/// A date written "2018-02-06" from token `i`.
fn iso_date(t: &Text, i: usize) -> Option<Date> {
    if i + 4 >= t.tokens.len() || !t.tokens[i].is_number() || t.tok(i).len() != 4 {
        return None;
    }
    let dash = |k: usize| t.tokens[k].is_punct('-') && t.touching(k - 1, k) && t.touching(k, k + 1);
    let two = |k: usize| t.tokens[k].is_number() && t.tok(k).len() == 2;
    if !(dash(i + 1) && two(i + 2) && dash(i + 3) && two(i + 4)) {
        return None;
    }
    Date::from_ymd(
        t.tok(i).parse().ok()?,
        t.tok(i + 2).parse().ok()?,
        t.tok(i + 4).parse().ok()?,
    )
}

/// "11/30/18", "4/27/2019": month, day and year joined by slashes, read only when the order
/// shows (a part over 12 is the day: "30/11/18" is day first), since "5/6/18" may be either.
fn slashed_date(t: &Text, i: usize) -> Option<Date> {
    if i + 4 >= t.tokens.len() {
        return None;
    }
    let slash =
        |k: usize| t.tokens[k].is_punct('/') && t.touching(k - 1, k) && t.touching(k, k + 1);
    let digits = |k: usize, n: &[usize]| {
        t.tokens[k].is_number()
            && n.contains(&t.tok(k).len())
            && t.tok(k).bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(i, &[1, 2])
        && slash(i + 1)
        && digits(i + 2, &[1, 2])
        && slash(i + 3)
        && digits(i + 4, &[2, 4]))
    {
        return None;
    }
    // Not part of a longer run of numbers and slashes.
    let runs_on = |k: usize| {
        t.tokens
            .get(k)
            .is_some_and(|x| x.is_punct('/') || x.is_number())
            && t.touching(k - 1, k)
    };
    let after_run = i > 0
        && t.touching(i - 1, i)
        && (t.tokens[i - 1].is_punct('/') || t.tokens[i - 1].is_number());
    if runs_on(i + 5) || after_run {
        return None;
    }
    let (a, b): (u32, u32) = (t.tok(i).parse().ok()?, t.tok(i + 2).parse().ok()?);
    let (month, day) = match (a <= 12, b <= 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    let y: i32 = t.tok(i + 4).parse().ok()?;
    let year = match t.tok(i + 4).len() {
        2 if y < 50 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    };
    Date::from_ymd(year, month, day)
}

/// "10.06.2019", "3.9.2018": day, month and year joined by points in one number token (the
/// order is never month first with points).
fn dotted_date(t: &Text, i: usize) -> Option<Date> {
    if !t.tokens[i].is_number() {
        return None;
    }
    let mut parts = t.tok(i).split('.');
    let (d, mo, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 || mo.len() > 2 || y.len() != 4 {
        return None;
    }
    Date::from_ymd(y.parse().ok()?, mo.parse().ok()?, d.parse().ok()?)
}

/// Whether the sentence of token `i` states a sum of money or a percent.
fn states_money(t: &Text, lex: &Lexicon, i: usize) -> bool {
    t.sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s].tokens)
        .is_some_and(|(a, b)| {
            (a..b).any(|k| {
                t.tokens[k].is_punct('%')
                    || matches!(t.low(k), "percent" | "pct")
                    || lex.currencies.contains_key(t.low(k))
            })
        })
}

/// A year-less holiday and a year in one sentence name one day: "that rowdy Christmas Eve
/// ... in 2012", "on Christmas Eve in two towns three years ago". Returns, for each
/// holiday, that day when its sentence has one holiday and one year (stated, or "N years ago"
/// from `reference`), and "N years ago" that day too; for a month with no year, the year its
/// sentence just stated ([`month_in_stated_year`]); for a weekday, the day beside it that
/// falls on it.
pub fn holiday_years(
    t: &Text,
    matches: &[DateMatch],
    reference: Option<Period>,
) -> Vec<Option<Period>> {
    let sentence = |m: &DateMatch| t.sentence_at(t.tokens[m.first].start);
    let year_of = |m: &DateMatch| match m.spec {
        DateSpec::Absolute(p) if p.precision == Precision::Year && p.from.year() == p.to.year() => {
            Some(p.from.year())
        }
        DateSpec::Ago {
            unit: Unit::Year, ..
        } => resolve(&m.spec, reference, None).map(|p| p.from.year()),
        _ => None,
    };
    let mut out = vec![None; matches.len()];
    let listed = years_of_dated_lists(t, matches);
    for (h, date) in matches.iter().enumerate() {
        if let Some(p) = listed[h].and_then(|y| in_year(&date.spec, y)) {
            out[h] = Some(p);
            continue;
        }
        if let Some(p) = month_in_stated_year(t, matches, h) {
            out[h] = Some(p);
            continue;
        }
        if let Some(p) = weekday_from_said_day(t, matches, h, reference) {
            out[h] = Some(p);
            continue;
        }
        if let Some(p) = this_year_gone(t, matches, h, reference) {
            out[h] = Some(p);
            continue;
        }
        if let DateSpec::Weekday { weekday, .. } = date.spec {
            // "New Year's Eve ... on Sunday night": a weekday beside a holiday of its sentence
            // that falls on it names the same night. (A stated date beside it may be another
            // event's: "announced on Thursday" the toll of "the July 14 attack".)
            let beside = [h.checked_sub(1), Some(h + 1)];
            out[h] = beside
                .into_iter()
                .flatten()
                .filter(|&k| k < matches.len() && sentence(&matches[k]) == sentence(date))
                .filter(|&k| matches!(matches[k].spec, DateSpec::Holiday { .. }))
                // A holiday further off than the week a bare weekday names is that weekday's
                // only when the two stand together ("on New Year's Day on Friday"): "announced
                // on Monday that they split over Christmas", weeks later, is another Monday.
                .filter(|&k| {
                    let gap = if k < h {
                        date.first.saturating_sub(matches[k].last)
                    } else {
                        matches[k].first.saturating_sub(date.last)
                    };
                    gap <= HOLIDAY_WEEKDAY_GAP
                        || reference.is_none_or(|r| {
                            resolve(&matches[k].spec, reference, None)
                                .is_some_and(|p| r.from.days_until(p.from).abs() < 7)
                        })
                })
                .filter_map(|k| resolve(&matches[k].spec, reference, None))
                .find(|p| p.from == p.to && p.from.weekday() == weekday);
            if out[h].is_none() {
                out[h] = day_after_the_reference(t, matches, h, reference);
            }
            continue;
        }
        if let DateSpec::Ago {
            unit: Unit::Year, ..
        } = date.spec
        {
            // A holiday's date of the sentence before it may have set it already.
            if out[h].is_none() {
                out[h] = ago_on_a_holiday(t, matches, h, reference);
            }
            continue;
        }
        let DateSpec::Holiday { month, day } = date.spec else {
            continue;
        };
        let holiday = date;
        let s = sentence(holiday);
        let in_sentence: Vec<usize> = (0..matches.len())
            .filter(|&k| k != h && sentence(&matches[k]) == s)
            .collect();
        let holidays = in_sentence
            .iter()
            .filter(|&&k| matches!(matches[k].spec, DateSpec::Holiday { .. }))
            .count();
        let years: Vec<(usize, i32)> = in_sentence
            .iter()
            .filter_map(|&k| year_of(&matches[k]).map(|y| (k, y)))
            .collect();
        // A stated year stays a year ("in 2015" may date more than the night), but "two
        // years ago" beside the holiday points at that night.
        if let ([(k, year)], 0) = (years.as_slice(), holidays) {
            out[h] = Date::from_ymd(*year, month, day).map(Period::day);
            if matches!(matches[*k].spec, DateSpec::Ago { .. }) {
                out[*k] = out[h];
            }
        }
        // "protests held in January 2016 after the assaults on New Year's Eve": with no
        // year of its own, the occurrence nearest the one stated date of its sentence.
        let stated: Vec<Period> = in_sentence
            .iter()
            .filter_map(|&k| match matches[k].spec {
                DateSpec::Absolute(p) if p.precision < Precision::Year => Some(p),
                _ => None,
            })
            .collect();
        if let ([p], true, 0) = (stated.as_slice(), years.is_empty(), holidays) {
            let spec = DateSpec::Holiday { month, day };
            out[h] = resolve(&spec, Some(Period::day(p.from)), None);
        }
    }
    same_weekday_the_day_after(t, matches, reference, &mut out);
    last_weekday_is_never_today(t, matches, reference, &mut out);
    out
}

/// "the assaults at the New Year's Eve parties two years ago": a count of years back whose
/// sentence names one fixed-day holiday, as the words before a noun (no date of its own),
/// and no other date, is that holiday's day in the year counted to.
fn ago_on_a_holiday(
    t: &Text,
    matches: &[DateMatch],
    h: usize,
    reference: Option<Period>,
) -> Option<Period> {
    let m = &matches[h];
    let s = t.sentence_at(t.tokens[m.first].start)?;
    let alone = matches
        .iter()
        .all(|k| std::ptr::eq(k, m) || t.sentence_at(t.tokens[k.first].start) != Some(s));
    if !alone {
        return None;
    }
    let lex = Lexicon::get();
    let (first, end) = t.sentences[s].tokens;
    let mut named =
        (first..end).filter_map(|i| holiday_within(t, lex, i, |k| k < end).map(|(m, d, _)| (m, d)));
    let (month, day) = named.next()?;
    if named.next().is_some() {
        return None;
    }
    let year = resolve(&m.spec, reference, None)?.from.year();
    Date::from_ymd(year, month, day).map(Period::day)
}

/// Most tokens between a weekday and a holiday weeks off that it names ("on New Year's Day on
/// Friday": one).
const HOLIDAY_WEEKDAY_GAP: usize = 3;

/// "last Wednesday" in a record dated a Wednesday: the Wednesday a week before, not the
/// record's own day.
fn last_weekday_is_never_today(
    t: &Text,
    matches: &[DateMatch],
    reference: Option<Period>,
    out: &mut [Option<Period>],
) {
    let Some(r) = reference.filter(|r| r.from == r.to).map(|r| r.from) else {
        return;
    };
    for (m, slot) in matches.iter().zip(out.iter_mut()) {
        let last = matches!(m.spec, DateSpec::Weekday { weekday, future: false } if weekday == r.weekday())
            && t.low(m.first) == "last";
        if last && slot.is_none() {
            *slot = Some(Period::day(r.add_days(-7)));
        }
    }
}

/// An article names one day by one bare weekday: once a mention shows that its weekday is
/// the day after the publication date (a record dated Monday, US time, of a launch abroad
/// "early Tuesday"), its other bare mentions of that weekday ("the missile fired on Tuesday")
/// are that day too, not the same weekday six days before. A clause in the past perfect ("a
/// ferry had sunk on Tuesday") tells of an earlier time and keeps the latest such day.
fn same_weekday_the_day_after(
    t: &Text,
    matches: &[DateMatch],
    reference: Option<Period>,
    out: &mut [Option<Period>],
) {
    let Some(r) = reference.filter(|r| r.from == r.to).map(|r| r.from) else {
        return;
    };
    let next = Period::day(r.add_days(1));
    let next_weekday = (r.weekday() + 1) % 7;
    let bare = |m: &DateMatch| matches!(m.spec, DateSpec::Weekday { weekday, future: false } if weekday == next_weekday);
    let shown = matches
        .iter()
        .zip(out.iter())
        .any(|(m, p)| bare(m) && *p == Some(next));
    if !shown {
        return;
    }
    for (m, p) in matches.iter().zip(out.iter_mut()) {
        if p.is_none() && bare(m) && !past_perfect_before(t, m.first) {
            *p = Some(next);
        }
    }
}

/// Whether the clause before token `i` in its sentence is in the past perfect: "had" before
/// it ("had sunk on Tuesday", "had been closed since Tuesday").
fn past_perfect_before(t: &Text, i: usize) -> bool {
    let Some(s) = t.sentence_at(t.tokens[i].start) else {
        return false;
    };
    (t.sentences[s].tokens.0..i).any(|x| t.low(x) == "had")
}

/// "In 2016, Acme opened a plant, and in March it hired 300 workers": a month (or a day of
/// one) with no year, right after a date of one year in its sentence, is of that year. A year
/// the sentence counts from ("since 2015") or to ("until 2019") dates no month after it.
fn month_in_stated_year(t: &Text, matches: &[DateMatch], h: usize) -> Option<Period> {
    let m = &matches[h];
    let month = match m.spec {
        DateSpec::Month {
            month,
            future: false,
            ..
        }
        // A day that looks forward is its own ("pictured in 2015, will open a tour on May
        // 16": the May to come, not the caption's year).
        | DateSpec::MonthDay {
            month,
            future: false,
            ..
        } => month,
        _ => return None,
    };
    let s = t.sentence_at(t.tokens[m.first].start)?;
    let prev = matches[..h].last()?;
    if t.sentence_at(t.tokens[prev.first].start) != Some(s)
        || matches!(t.low(prev.first), "since" | "until" | "by" | "before")
    {
        return None;
    }
    // The date just before it in the sentence, within one calendar year; a month of it
    // ("March 2016 ... in June") only when the later month is no earlier.
    let DateSpec::Absolute(p) = prev.spec else {
        return None;
    };
    let y = p.from.year();
    if p.to.year() != y || (p.precision != Precision::Year && p.from.month() > month) {
        return None;
    }
    in_year(&m.spec, y)
}

/// A month or a day of one with no year, as of year `y`.
fn in_year(spec: &DateSpec, y: i32) -> Option<Period> {
    match *spec {
        DateSpec::Month { month, part, .. } => Some(part_of(Period::month(y, month)?, part)),
        DateSpec::MonthDay {
            month,
            day,
            last_day,
            ..
        } => Some(Period::new(
            Date::from_ymd(y, month, day)?,
            Date::from_ymd(y, month, last_day)?,
            Precision::Day,
        )),
        _ => None,
    }
}

/// "Tour 2020 dates:" over lines that each open with a day ("June 9 -- Arena, City", "June 10
/// -- ..."): a list under a heading that states one year. Its days with no year are of that
/// year, as the heading says, not the nearest to the publication date. Returns, for each
/// date, the year of the list it opens a line of.
fn years_of_dated_lists(t: &Text, matches: &[DateMatch]) -> Vec<Option<i32>> {
    let opens_line = |i: usize| i == 0 || t.tokens[i - 1].line != t.tokens[i].line;
    let mut out = vec![None; matches.len()];
    for (h, m) in matches.iter().enumerate() {
        let line = t.tokens[m.first].line as usize;
        if !matches!(m.spec, DateSpec::MonthDay { .. } | DateSpec::Month { .. })
            || !opens_line(m.first)
            || line == 0
        {
            continue;
        }
        // The entry before it in the list, on the line just before, carries the year on.
        let entry_before = h
            .checked_sub(1)
            .filter(|&k| opens_line(matches[k].first))
            .filter(|&k| t.tokens[matches[k].first].line as usize + 1 == line);
        out[h] = match entry_before {
            Some(k) => out[k],
            None => heading_year(t, line - 1),
        };
    }
    out
}

/// The one year a heading line ending in a colon states ("Tour 2020 dates:"), if it states
/// one and no other number.
fn heading_year(t: &Text, line: usize) -> Option<i32> {
    let (first, end) = t.lines.get(line)?.tokens;
    if end <= first || !t.tokens[end - 1].is_punct(':') {
        return None;
    }
    let mut numbers = (first..end).filter(|&k| t.tokens[k].is_number());
    let k = numbers.next()?;
    let year: i32 = t.tok(k).parse().ok()?;
    (numbers.next().is_none() && t.tok(k).len() == 4 && (1800..=2200).contains(&year))
        .then_some(year)
}

/// "In August this year, the fair drew record crowds", in a record dated in January or
/// February: a month
/// of "this year" later than the reference's, in a sentence told in the past, has not come
/// yet this year; the year meant is the one just gone. Likewise a bare "this year" in a
/// sentence told in the past whose month or day with no year fell in the year before ("the
/// last show this year took place on Dec. 3"): the writer wrote before the year turned.
fn this_year_gone(
    t: &Text,
    matches: &[DateMatch],
    h: usize,
    reference: Option<Period>,
) -> Option<Period> {
    let r = reference?.from;
    let m = &matches[h];
    let this_year = matches!(
        m.spec,
        DateSpec::Shifted {
            unit: Unit::Year,
            shift: Shift::This,
            part: Part::Whole
        }
    );
    let late_month = match m.spec {
        DateSpec::MonthOfYear {
            month,
            shift: Shift::This,
        } if month > r.month() => Some(month),
        _ => None,
    };
    if (!this_year && late_month.is_none()) || r.month() > TURN_OF_YEAR_MONTHS {
        return None;
    }
    let s = t.sentence_at(t.tokens[m.first].start)?;
    let (first, end) = t.sentences[s].tokens;
    let lex = Lexicon::get();
    let past = (first..end).any(|x| {
        let w = t.low(x);
        lex.past_verbs.contains(w)
            || matches!(w, "was" | "were" | "had")
            || (w.len() > 4
                && w.ends_with("ed")
                && !(x > 0 && matches!(t.low(x - 1), "be" | "is" | "are")))
    });
    let ahead = (first..end).any(|x| lex.future_cues.contains(t.low(x)));
    if !past || ahead {
        return None;
    }
    let gone = r.year() - 1;
    if let Some(month) = late_month {
        return Period::month(gone, month);
    }
    let in_sentence = |k: &&DateMatch| t.sentence_at(t.tokens[k.first].start) == Some(s);
    matches
        .iter()
        .filter(in_sentence)
        .filter(|k| {
            matches!(
                k.spec,
                DateSpec::MonthDay { future: false, .. } | DateSpec::Month { future: false, .. }
            )
        })
        .filter_map(|k| resolve(&k.spec, reference, None))
        .any(|p| p.from.year() == gone && p.to.year() == gone)
        .then(|| Period::year(gone))
        .flatten()
}

/// How many months into a year a record may be dated and still have been written before the
/// year turned ("this year" meaning the one just gone).
const TURN_OF_YEAR_MONTHS: u32 = 2;

/// "The road will stay closed on Thursday, police said Wednesday": another weekday in the
/// sentence of a day of saying counts from that day, forward or back, whatever day the
/// article was published (often a day or two after the report it carries).
/// "Thursday night ... said early Friday" in a record dated that Thursday: the story was
/// written on into the next day. A weekday with a part of the day that falls the day after the
/// publication date ("early Tuesday morning" in a record dated Monday, US time, of a launch in
/// Asia) is that next day, not the same weekday six days before.
fn day_after_the_reference(
    t: &Text,
    matches: &[DateMatch],
    h: usize,
    reference: Option<Period>,
) -> Option<Period> {
    let r = reference.filter(|r| r.from == r.to)?.from;
    let DateSpec::Weekday {
        weekday,
        future: false,
    } = matches[h].spec
    else {
        return None;
    };
    if weekday != (r.weekday() + 1) % 7 {
        return None;
    }
    let m = &matches[h];
    let part = matches!(t.low(m.first), "early" | "late")
        || matches!(
            t.low(m.last - 1),
            "morning" | "afternoon" | "evening" | "night"
        );
    // A caption's or a line's full date of that very day ("on Feb. 7" in a story recorded
    // on Feb. 6) shows the story was written on into it.
    let next = r.add_days(1);
    let stated = || {
        matches.iter().any(|e| {
            matches!(e.spec, DateSpec::MonthDay { .. } | DateSpec::Absolute(_))
                && resolve(&e.spec, reference, None).is_some_and(|p| p.from == next && p.to == next)
        })
    };
    (part || stated()).then(|| Period::day(next))
}

fn weekday_from_said_day(
    t: &Text,
    matches: &[DateMatch],
    h: usize,
    reference: Option<Period>,
) -> Option<Period> {
    let DateSpec::Weekday { weekday, future } = matches[h].spec else {
        return None;
    };
    let lex = Lexicon::get();
    let s = t.sentence_at(t.tokens[matches[h].first].start)?;
    let said = |m: &DateMatch| {
        let k = if m.first >= 1 && t.low(m.first - 1) == "on" {
            m.first - 1
        } else {
            m.first
        };
        k >= 1 && lex.speech_verbs.contains(t.low(k - 1))
    };
    // The dates of the sentence, in text order around this one.
    let in_sentence = |&k: &usize| t.sentence_at(t.tokens[matches[k].first].start) == Some(s);
    let before = (0..h).rev().take_while(in_sentence);
    let after = (h + 1..matches.len()).take_while(in_sentence);
    // The day of saying as it resolves itself: "said early Friday" in a record dated that
    // Thursday is the Friday after it, and a day to come counts on from there.
    let said_day = before
        .chain(after)
        .filter(|&k| {
            matches!(matches[k].spec, DateSpec::Weekday { future: false, .. }) && said(&matches[k])
        })
        .find_map(|k| {
            day_after_the_reference(t, matches, k, reference)
                .or_else(|| resolve(&matches[k].spec, reference, None))
        })?;
    let d = said_day.from;
    let now = d.weekday() as i32;
    let delta = if future {
        (weekday as i32 - now).rem_euclid(7)
    } else {
        -((now - weekday as i32).rem_euclid(7))
    };
    Some(Period::day(d.add_days(delta)))
}

/// "The mayor visited the clinic on Saturday. … Here is what is known of that visit on
/// Saturday": a weekday the article has already told in the past, in a sentence with a past
/// form, is that day gone, though its own sentence is told in the present and would read as a
/// schedule.
fn weekday_told_in_past_before(c: &Cur, i: usize, weekday: u32) -> bool {
    let t = c.t;
    (0..i).any(|x| {
        if !t.has_class(x, class::WEEKDAY) || !t.is_capitalized(x) {
            return false;
        }
        let low = t.low(x);
        let low = without_possessive(low);
        c.lex.weekdays.get(low) == Some(&weekday) && !told_in_present(c, x)
    })
}

fn looks_forward(c: &Cur, i: usize) -> bool {
    let t = c.t;
    // "could open as soon as Jan. 6": the earliest of days to come.
    if i >= 3 && t.low(i - 3) == "as" && t.low(i - 2) == "soon" && t.low(i - 1) == "as" {
        return true;
    }
    if from_a_day_to_come(c, i) {
        return true;
    }
    t.sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s])
        .is_some_and(|s| {
            let cue = |x: usize, to: usize| {
                let found = c.lex.future_cues.contains(t.low(x))
                    // "is set to", "are going to": cues of two words.
                    || (x + 1 < to
                        && t.low(x + 1) == "to"
                        && c.lex.future_cues.contains(&format!("{} to", t.low(x))));
                found && !past_cue(t, x)
            };
            if (s.tokens.0..i).any(|x| {
                cue(x, i) && !past_relative_clause_between(c, x, i) && !quoted_before(c, x, i)
            }) {
                return true;
            }
            if in_time_clause_of_future(c, s.tokens, i, &cue) {
                return true;
            }
            if after_condition_of_future(c, s.tokens, i) {
                return true;
            }
            // "In February the board will meet": a date opening its sentence looks forward
            // with the verb of its clause, read up to the first verb of saying or past tense.
            if i > s.tokens.0 + 1 {
                return false;
            }
            let end = s.tokens.1.min(i + FORWARD_REACH);
            for x in i + 1..end {
                if c.lex.speech_verbs.contains(t.low(x)) || in_past_tense(c, x) {
                    return false;
                }
                if cue(x, end) {
                    return true;
                }
            }
            false
        })
}

/// "the fares rise starting in May", "beginning June 3, the line closes": a date after
/// "starting" or "beginning" (and its preposition) is where something to come begins, unless
/// its clause is told in the past ("beginning in May, sales fell", "a toll charged for
/// two months starting in May").
fn from_a_day_to_come(c: &Cur, i: usize) -> bool {
    let t = c.t;
    let k = if i > 0 && matches!(t.low(i - 1), "in" | "on" | "from") {
        i - 1
    } else {
        i
    };
    if k == 0 || !t.same_line(k - 1, i) || !matches!(t.low(k - 1), "starting" | "beginning") {
        return false;
    }
    let Some(s) = t.sentence_at(t.tokens[i].start) else {
        return false;
    };
    let (first, end) = t.sentences[s].tokens;
    // Its clause, back to a "that" opening it ("announced that starting in May, it will
    // ...") and on for a few words.
    let back = (first..k - 1)
        .rev()
        .take_while(|&x| !matches!(t.low(x), "that" | ";"));
    !back
        .chain(i + 1..end.min(i + PAST_REACH))
        .any(|x| past_verb(c, x))
}

/// A verb in the past at token `x`: an irregular past of the vocabulary, "was", "were",
/// "had", or a longer word in "-ed" that no "be" or "than" makes a participle ("was
/// closed", "than expected").
fn past_verb(c: &Cur, x: usize) -> bool {
    let t = c.t;
    let w = t.low(x);
    in_past_tense(c, x)
        || (x > 0
            && w.len() > 4
            && w.ends_with("ed")
            && !matches!(
                t.low(x - 1),
                "than" | "be" | "been" | "being" | "is" | "are"
            ))
}

/// How many tokens after a date that begins something to come are read for a past tense.
const PAST_REACH: usize = 16;

/// "Acme will lend the city the ferry *that its yard launched* in May": between a cue to the
/// future at `cue` and the date at `i`, a relative clause whose verb is in the past tense holds
/// the date, and it looks back.
fn past_relative_clause_between(c: &Cur, cue: usize, i: usize) -> bool {
    let t = c.t;
    (cue + 1..i)
        .find(|&x| matches!(t.low(x), "that" | "which" | "who"))
        .is_some_and(|r| (r + 1..i).any(|x| past_or_participle(c, x)))
}

/// A cue to the future at token `x` that looks back: a plan or schedule told in the past
/// ("the ferry was scheduled to sail at 10 p.m. Sunday", "were expected"), or a plan as a
/// noun after a possessive or determiner ("Acme's plans for a plant gained ground in May").
/// "When it launches on Tuesday, the crew will try ...": a date in a clause of time or
/// condition opening its sentence, with no past tense in that clause, looks forward when the
/// main clause after the clause's comma does (English tells days to come in such a clause in
/// the present).
fn in_time_clause_of_future(
    c: &Cur,
    (first, end): (usize, usize),
    i: usize,
    cue: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let t = c.t;
    if i <= first || !c.lex.time_clauses.contains(t.low(first)) {
        return false;
    }
    let Some(comma) = (first + 1..end).find(|&x| t.tokens[x].is_punct(',')) else {
        return false;
    };
    let past = |x: usize| past_or_participle(c, x) || t.low(x) == "did";
    i < comma && !(first + 1..comma).any(past) && (comma + 1..end).any(|x| cue(x, end))
}

/// "If the weather does not cooperate, the crew has a second chance on Wednesday": a date in
/// the main clause after a condition opening its sentence ("if", "unless"), with no past tense
/// from the sentence's start up to the date, looks forward: a condition in the present tells
/// of days to come.
fn after_condition_of_future(c: &Cur, (first, _end): (usize, usize), i: usize) -> bool {
    let t = c.t;
    if i <= first || !matches!(t.low(first), "if" | "unless") {
        return false;
    }
    let Some(comma) = (first + 1..i).rfind(|&x| t.tokens[x].is_punct(',')) else {
        return false;
    };
    let past = |x: usize| {
        let w = t.low(x);
        in_past_tense(c, x)
            || matches!(w, "did" | "would" | "could")
            || (w.len() > 4 && w.ends_with("ed"))
    };
    comma + 1 < i && !(first + 1..i).any(past)
}

/// An irregular past of the vocabulary ("met", "came") or "was", "were", "had".
/// Irregular pasts from the vocabulary, and any longer word in "-ed" ("sailed"): a participle
/// read as a past only keeps a date as it was.
fn past_or_participle(c: &Cur, x: usize) -> bool {
    let w = c.t.low(x);
    in_past_tense(c, x) || (w.len() > 4 && w.ends_with("ed"))
}

/// A sentence told in the present: no past form ("was", a past of the vocabulary, "did",
/// "said") and no word in "-ed" other than a participle after a form of "be" ("is packed",
/// "are expected").
fn told_in_present(c: &Cur, i: usize) -> bool {
    let t = c.t;
    let Some(s) = t.sentence_at(t.tokens[i].start).map(|s| t.sentences[s]) else {
        return false;
    };
    !(s.tokens.0..s.tokens.1).any(|x| {
        let w = t.low(x);
        let be = x > 0 && matches!(t.low(x - 1), "is" | "are" | "be" | "been" | "being");
        in_past_tense(c, x)
            || matches!(w, "did" | "said")
            || (w.len() > 4 && w.ends_with("ed") && !be)
    })
}

/// "The team hosts the league leaders on Sunday": a bare weekday in a sentence told in the
/// present (no verb of saying, no "-ing", no "has" or "could"), below the headline, is a day
/// to come. Not a weekday in a name ("Grand Friday") or before a noun ("Sunday's game").
fn told_as_schedule(c: &Cur, i: usize) -> bool {
    let t = c.t;
    // A possessive on the weekday or a word or two after it ("Monday night's game").
    let possessive = (i..(i + 3).min(t.tokens.len())).any(|k| {
        let w = t.low(k);
        w.contains('\'')
            || w.contains('’')
            || t.tokens[k].is_punct('\'')
            || t.tokens[k].is_punct('’')
    });
    if t.tokens[i].line == 0 || possessive {
        return false;
    }
    if i > 0 {
        let before = &t.text[t.tokens[i - 1].start..t.tokens[i - 1].end];
        if c.any(i - 1, &["last", "this", "next", "past"])
            || before.chars().next().is_some_and(char::is_uppercase)
        {
            return false;
        }
    }
    let Some(s) = t.sentence_at(t.tokens[i].start).map(|s| t.sentences[s]) else {
        return false;
    };
    told_in_present(c, i)
        && !(s.tokens.0..s.tokens.1).any(|x| {
            let w = t.low(x);
            // "Acme beat its rivals on Sunday": a past spelt as the present, after a word that
            // is no modal or "to" (not "will beat", "to hit").
            let same_form_past = date_words().same_form_pasts.contains(w)
                && x > s.tokens.0
                && !matches!(
                    t.low(x - 1),
                    "to" | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "shall"
                        | "not"
                        | "don't"
                        | "doesn't"
                        | "they"
                        | "we"
                        | "you"
                        | "i"
                );
            same_form_past
                || (c.lex.speech_verbs.contains(w) && !after_determiner(t, x))
                || w.ends_with("ing")
                || matches!(w, "has" | "have" | "could" | "would" | "might")
        })
}

/// A word of saying that is a noun after a determiner ("the show opens", "a report"): no
/// verb of its sentence.
fn after_determiner(t: &Text, x: usize) -> bool {
    x > 0
        && matches!(
            t.low(x - 1),
            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
        )
}

/// "'We will prevail,' the mayor wrote after the vote on Tuesday": a cue to the future at
/// `cue` inside a quotation that closes before the date at `i`, a verb of saying after it,
/// is the quoted speaker's; the date is told in the clause of saying.
fn quoted_before(c: &Cur, cue: usize, i: usize) -> bool {
    let t = c.t;
    (cue + 1..i)
        .find(|&x| t.tokens[x].is_punct('”') || t.tokens[x].is_punct('"'))
        .is_some_and(|q| (q + 1..i).any(|x| c.lex.speech_verbs.contains(t.low(x))))
}

fn in_past_tense(c: &Cur, x: usize) -> bool {
    let w = c.t.low(x);
    c.lex.past_verbs.contains(w) || matches!(w, "was" | "were" | "had")
}

fn past_cue(t: &Text, x: usize) -> bool {
    if x == 0 {
        return false;
    }
    let before = t.low(x - 1);
    if matches!(before, "was" | "were" | "had") {
        return true;
    }
    matches!(t.low(x), "plans" | "planned")
        && (before.ends_with("'s")
            || before.ends_with("’s")
            || matches!(
                before,
                "the" | "its" | "their" | "his" | "her" | "our" | "new"
            ))
}

/// How many tokens after a date opening its sentence are read for a cue that it looks
/// forward: the date, a comma and a short subject.
const FORWARD_REACH: usize = 9;

/// A fixed-day holiday's name starting at token `i`: (month, day, one past its last token).
fn holiday(c: &Cur, i: usize) -> Option<(u32, u32, usize)> {
    holiday_within(c.t, c.lex, i, |k| c.t.tokens[k].line == c.line)
}

/// A fixed-day holiday's name starting at token `i`, its every token one `within` accepts:
/// (month, day, one past its last token).
fn holiday_within(
    t: &Text,
    lex: &Lexicon,
    i: usize,
    within: impl Fn(usize) -> bool,
) -> Option<(u32, u32, usize)> {
    if i >= t.tokens.len() || !t.has_class(i, class::HOLIDAY) {
        return None;
    }
    lex.holidays.iter().find_map(|(words, month, day)| {
        let end = i + words.len();
        let same = end <= t.tokens.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| within(i + k) && same_with_straight_apostrophes(t.low(i + k), w));
        same.then_some((*month, *day, end))
    })
}

/// `low.replace('’', "'") == w`, without making the string: this runs for every holiday
/// name at every word that may open one.
fn same_with_straight_apostrophes(low: &str, w: &str) -> bool {
    if !low.contains('’') {
        return low == w;
    }
    low.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .eq(w.chars())
}

/// Whether a lower-case noun follows at token `k`, making the words before it its modifier
/// ("New Year's Eve celebrations").
fn noun_follows(c: &Cur, k: usize) -> bool {
    let t = c.t;
    k < t.tokens.len()
        && t.tokens[k].line == c.line
        && t.tokens[k].is_word()
        && !t.is_capitalized(k)
        && !t.has_class(k, class::FUNCTION | class::SPEECH | class::NUMBER)
        && !c.lex.past_verbs.contains(t.low(k))
        && !t.low(k).ends_with("ed")
        // "so the parties of New Year's Eve don't turn violent": a verb with "n't".
        && !t.low(k).ends_with("n't")
        && !t.low(k).ends_with("n’t")
}

/// The month a season starts in (meteorological seasons: spring is March to May).
fn season_start(word: &str) -> Option<u32> {
    Some(match word {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => WINTER,
        _ => return None,
    })
}

/// Winter starts in December and runs into the next year.
const WINTER: u32 = 12;

/// Whether token `i` goes on a name begun by the capitalized word before it: "Expo 2016",
/// "Vision 2030", "USA Today". A function word, a month, a weekday, a holiday or a
/// possessive before it starts no name ("In 2016", "Tesla's 2017 results").
fn name_goes_on(c: &Cur, i: usize) -> bool {
    let t = c.t;
    if i == 0 || !t.same_line(i - 1, i) || !t.tokens[i - 1].is_word() || !t.is_capitalized(i - 1) {
        return false;
    }
    let p = i - 1;
    let low = t.low(p);
    !(t.has_class(
        p,
        class::FUNCTION | class::MONTH | class::WEEKDAY | class::HOLIDAY | class::NUMBER,
    ) || low.ends_with("'s")
        || low.ends_with("’s")
        || season_start(low).is_some()
        || t.has_class(p, class::DATE_KEYWORD))
}

/// Whether "today" at `i` means "nowadays" and no day: it closes a comparison with all the
/// others of a kind ("the largest ferry in use today", "faster than any other flying
/// today") in a clause that tells nothing past or said; it is set against the future ("the
/// chip serves photos today, but it could serve others in the future", "today and in the
/// near future"; not "opens today and will hire in the future"); or
/// it closes a clause of what someone is ("who I am today", "where we are today").
fn means_nowadays(c: &Cur, i: usize) -> bool {
    let t = c.t;
    let Some(s) = t.sentence_at(t.tokens[i].start).map(|s| t.sentences[s]) else {
        return false;
    };
    let end = s.tokens.1;
    let future_within = |from: usize, to: usize| (from..to.min(end)).any(|x| t.low(x) == "future");
    let set_against_future = i + 2 < end
        && ((matches!(t.low(i + 1), "and" | "or")
            && t.low(i + 2) == "in"
            && future_within(i + 3, i + 6))
            || (t.tokens[i + 1].is_punct(',')
                && (i + 2..end).any(|x| matches!(t.low(x), "could" | "might" | "may"))
                && future_within(i + 2, end)));
    // "who she is as a painter today": a wh-word, a subject and a present "be" before it.
    let what_one_is = (s.tokens.0..i).any(|x| {
        matches!(t.low(x), "who" | "where" | "what")
            && x + 2 < i
            && t.tokens[x + 1].is_word()
            && matches!(t.low(x + 2), "am" | "is" | "are")
            && !(x + 3..i).any(|y| {
                c.lex.past_verbs.contains(t.low(y))
                    || c.lex.speech_verbs.contains(t.low(y))
                    || t.tokens[y].is_punct(',')
            })
    });
    // "the boy is alive today": being alive is of the present, not of a day.
    let alive = i > s.tokens.0 && t.low(i - 1) == "alive";
    if set_against_future || what_one_is || alive {
        return true;
    }
    let before = s.tokens.0..i;
    let compares = before.clone().any(|x| {
        matches!(t.low(x), "most" | "least")
            || (t.low(x) == "any" && t.low_at(x + 1) == Some("other"))
    });
    // "is set to become": a participle after "is" tells nothing past.
    let told = before.clone().any(|x| {
        let passive = x > 0 && matches!(t.low(x - 1), "is" | "are" | "be");
        c.lex.speech_verbs.contains(t.low(x))
            || (c.lex.past_verbs.contains(t.low(x)) && !passive)
            || matches!(t.low(x), "was" | "were" | "had")
    });
    // "the most ... on record, said today": a verb right before it dates the saying.
    let closes_phrase = i > s.tokens.0 && t.tokens[i - 1].is_word() && {
        let w = t.low(i - 1);
        !matches!(w, "on" | "until" | "from" | "since" | "by")
    };
    compares && !told && closes_phrase
}

/// The part of "this <unit>" at `i` that the words before it tell, with the token they
/// start at: "earlier this month" and "so far this year" the period so far, "later this
/// year" the rest of it.
fn part_of_this_period(c: &Cur, i: usize) -> Option<(usize, Part)> {
    if i > 0 && c.is(i - 1, "earlier") {
        Some((i - 1, Part::SoFar))
    } else if i > 1 && c.is(i - 1, "far") && c.is(i - 2, "so") {
        Some((i - 2, Part::SoFar))
    } else if i > 0 && c.is(i - 1, "later") {
        Some((i - 1, Part::Rest))
    } else {
        None
    }
}

/// A year followed by a unit or noun that makes it a quantity ("2000 people"), or by a time
/// zone that makes it a time of day ("2100 GMT": `data/words/time-zones.txt`).
fn year_is_quantity(c: &Cur, end: usize) -> bool {
    match c.low(end) {
        Some(w) => {
            c.lex.time_units.contains_key(w)
                || c.lex.time_zones.contains(w)
                || matches!(
                    w,
                    "percent" | "%" | "times" | "people" | "million" | "billion" | "thousand"
                )
                || c.lex.currencies.contains_key(w)
                // A plural ("2000 cars"); not a singular in "-ss", "-us" or "-is" ("a 2018
                // analysis", "the 2016 census").
                || (w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is")
                    && !c.t.is_capitalized(end)
                    && !matches!(w, "was" | "has" | "is"))
        }
        None => false,
    }
}

/// A word in "-s" right after a year of "in 2011" and before "to" and a word ("the plan
/// begun in 2011 aims to", "the law passed in 2015 seems to"): a verb of the sentence,
/// not the plural of a count of 2011 things.
fn verb_before_to(c: &Cur, end: usize) -> bool {
    c.low(end).is_some_and(|w| w.ends_with('s'))
        && c.is(end + 1, "to")
        && c.low(end + 2)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        // "in 2000 homes to the north": "to" before a noun phrase, a place, not a verb.
        && !c.t.has_class(end + 2, class::FUNCTION | class::DETERMINER | class::PLACE)
}

fn preceded_by_currency(t: &Text, i: usize) -> bool {
    i > 0
        && matches!(
            t.tokens[i - 1].kind,
            TokenKind::Punct('$' | '€' | '£' | '¥')
        )
        && t.touching(i - 1, i)
}

/// Two whole months joined by "and", "to", "until" or "through", each perhaps with its year:
/// "May and July", "March to June 2016", "November 2015 to February 2016". A month without a
/// year takes the other's (the start the year before when it comes later in the calendar).
fn month_range(c: &Cur, i: usize) -> Option<(usize, DateSpec)> {
    let (month, j) = c.month(i)?;
    if c.day(j).is_some() {
        return None;
    }
    let year1 = c.year(j);
    let k = year1.map_or(j, |y| y.1);
    if !c.any(k, &["and", "to", "until", "through"]) {
        return None;
    }
    let (end_month, e) = c.month(k + 1)?;
    if c.day(e).is_some() {
        return None;
    }
    let year2 = c
        .year(e)
        .or_else(|| if c.is(e, "of") { c.year(e + 1) } else { None });
    let end = year2.map_or(e, |y| y.1);
    match (year1.map(|y| y.0), year2.map(|y| y.0)) {
        (Some(y1), Some(y2)) => {
            let (a, b) = (Period::month(y1, month)?, Period::month(y2, end_month)?);
            (a.from <= b.to).then(|| (end, DateSpec::Absolute(a.span(b))))
        }
        (None, Some(y2)) => {
            let y1 = if month <= end_month { y2 } else { y2 - 1 };
            let (a, b) = (Period::month(y1, month)?, Period::month(y2, end_month)?);
            Some((end, DateSpec::Absolute(a.span(b))))
        }
        (Some(_), None) => None,
        (None, None) => Some((
            end,
            DateSpec::MonthRange {
                month,
                end_month,
                future: looks_forward(c, i),
            },
        )),
    }
}

/// "Oct. 24", "October 24th, 2019", "Nov. 16-17", "24 October 2019".
/// "March 30 and April 2", "March 30 to April 2, 2018", "3 to 5 April": two days joined by
/// "and", "to", "until" or "through", the second after the first.
fn day_range(c: &Cur, i: usize) -> Option<(usize, DateSpec)> {
    // "3 to 5 April": a bare day before the connector takes the second day's month.
    let (first, j) = match day_date(c, i) {
        Some((j, spec)) => (Some(spec), j),
        None => (None, c.day(i)?.1),
    };
    if !c.any(j, &["and", "to", "until", "through"]) && !c.dash(j) {
        return None;
    }
    // "between Aug 4 and 19": a bare day after the connector takes the first day's month.
    if let (Some(DateSpec::MonthDay { month, day, .. }), None) = (&first, day_date(c, j + 1)) {
        let (end_day, end) = c.day(j + 1)?;
        let ends = c.t.tokens.get(end).is_none_or(|x| {
            x.line != c.line
                || (x.is_word() && c.lex.function_words.contains(c.t.low(end)))
                || matches!(x.kind, TokenKind::Punct(',' | '.' | ';' | ')'))
        });
        return (end_day > *day && ends).then_some((
            end,
            DateSpec::DayRange {
                month: *month,
                day: *day,
                end_month: *month,
                end_day,
            },
        ));
    }
    let (end, second) = day_date(c, j + 1)?;
    let first = match first {
        Some(f) => f,
        None => {
            let (d, _) = c.day(i)?;
            match &second {
                DateSpec::MonthDay {
                    month,
                    future,
                    present,
                    ..
                } => DateSpec::MonthDay {
                    month: *month,
                    day: d,
                    last_day: d,
                    future: *future,
                    present: *present,
                },
                DateSpec::Absolute(p) => {
                    let (y, m, _) = p.from.ymd();
                    DateSpec::Absolute(Period::day(Date::from_ymd(y, m, d)?))
                }
                _ => return None,
            }
        }
    };
    let spec = match (first, second) {
        (
            DateSpec::MonthDay { month, day, .. },
            DateSpec::MonthDay {
                month: end_month,
                last_day: end_day,
                ..
            },
        ) => DateSpec::DayRange {
            month,
            day,
            end_month,
            end_day,
        },
        (DateSpec::MonthDay { month, day, .. }, DateSpec::Absolute(b)) => {
            let y = if (month, day) <= (b.from.ymd().1, b.from.ymd().2) {
                b.from.year()
            } else {
                b.from.year() - 1
            };
            DateSpec::Absolute(Period::day(Date::from_ymd(y, month, day)?).span(b))
        }
        (DateSpec::Absolute(a), DateSpec::Absolute(b)) if a.from <= b.to => {
            DateSpec::Absolute(a.span(b))
        }
        _ => return None,
    };
    Some((end, spec))
}

fn day_date(c: &Cur, i: usize) -> Option<(usize, DateSpec)> {
    let (month, day, mut last_day, mut end) = if let Some((month, j)) = c.month(i) {
        let (day, k) = c.day(j)?;
        // "October 3" followed by more digits is not a date ("May 2000 people").
        (month, day, day, k)
    } else {
        let (day, j) = c.day(i)?;
        // "5-7 June": a range of days written before their month.
        let (last_day, j) = match (c.t.tokens.get(j), c.day(j + 1)) {
            (Some(x), Some((d2, k)))
                if matches!(x.kind, TokenKind::Punct('-' | '–'))
                    && c.t.touching(j - 1, j)
                    && c.t.touching(j, j + 1)
                    && d2 > day
                    && c.month(k).or_else(|| c.month_after_day(k)).is_some() =>
            {
                (d2, k)
            }
            _ => (day, j),
        };
        let j = if c.is(j, "of") { j + 1 } else { j };
        let (month, k) = c.month(j).or_else(|| c.month_after_day(j))?;
        (month, day, last_day, k)
    };
    if c.t
        .tokens
        .get(end)
        .is_some_and(|x| matches!(x.kind, TokenKind::Punct('-' | '–')))
        && c.t.touching(end - 1, end)
    {
        if let Some((d2, k)) = c.day(end + 1) {
            if d2 > day {
                last_day = d2;
                end = k;
            }
        }
    }
    let comma = c.t.tokens.get(end).is_some_and(|x| x.is_punct(','));
    let year_at = if comma { end + 1 } else { end };
    if let Some((y, k)) = c.year(year_at) {
        let from = Date::from_ymd(y, month, day)?;
        let to = Date::from_ymd(y, month, last_day)?;
        return Some((k, DateSpec::Absolute(Period::new(from, to, Precision::Day))));
    }
    if day > days_in_month(2000, month) {
        return None;
    }
    // "June 12 last year", "March 3 of next year"
    let k = if c.is(end, "of") { end + 1 } else { end };
    if let Some((shift, u)) = c.shift(k) {
        if c.is(u, "year") {
            return Some((
                u + 1,
                DateSpec::DayOfYear {
                    month,
                    day,
                    last_day,
                    shift,
                },
            ));
        }
    }
    Some((
        end,
        DateSpec::MonthDay {
            month,
            day,
            last_day,
            future: looks_forward(c, i),
            present: told_in_present(c, i),
        },
    ))
}

/// Month expressions: "January 2017", "October last year", "May of this year", "last March",
/// "in April", and with a part: "mid-October 2019", "the end of October".
fn month_or_shifted(c: &Cur, i: usize, part: Part) -> Option<(usize, DateSpec)> {
    // "last March", "this May"
    if let Some((shift, j)) = c.shift(i) {
        if let Some((month, end)) = c.month(j).or_else(|| c.month_possessive(j)) {
            // "this March 14, 2011 file photo": a day date follows the determiner.
            if c.day(end).is_some() {
                return None;
            }
            if part == Part::Whole {
                return Some((end, DateSpec::ShiftedMonth { month, shift }));
            }
        }
        // Part of a shifted unit: "the beginning of last week", "early this year"; "earlier
        // this month", "so far this year" and "later this year" are read by the caller.
        if let Some((unit, end)) = c.unit(j) {
            let so_far =
                part == Part::Whole && shift == Shift::This && part_of_this_period(c, i).is_some();
            if !so_far {
                return Some((end, DateSpec::Shifted { unit, shift, part }));
            }
        }
        return None;
    }
    let prep = c.any(i, &["in", "since", "during", "until"]) && part == Part::Whole;
    let at = if prep { i + 1 } else { i };
    // "December's storms": a month in the possessive before a lower-case noun; not one
    // that is as often a name or a verb ("May's government").
    let possessive = || {
        c.month_possessive(at).filter(|&(_, j)| {
            !matches!(c.low(at), Some(w) if w.starts_with("may") || w.starts_with("march") || w.starts_with("august"))
                && noun_follows(c, j)
                // "April's mother": a name's, before a word for a person.
                && !c.t.has_class(j, class::PERSON_NOUN | class::ROLE)
        })
    };
    let (month, j, in_possessive) = match c.month(at) {
        Some((month, j)) => (month, j, false),
        None => possessive().map(|(month, j)| (month, j, true))?,
    };
    if prep && c.day(j).is_some() {
        return None; // "since Oct. 25": a day date, read from the month on
    }
    if let Some((y, end)) = c.year(j) {
        let p = Period::month(y, month)?;
        return Some((end, DateSpec::Absolute(part_of(p, part))));
    }
    // "July of 2016"
    if c.is(j, "of") {
        if let Some((y, end)) = c.year(j + 1) {
            let p = Period::month(y, month)?;
            return Some((end, DateSpec::Absolute(part_of(p, part))));
        }
    }
    // "in June and August of 2031", "in March or April 2017": the year written after the
    // second month is the first one's too.
    if c.any(j, &["and", "or"]) && c.day(j + 2).is_none() {
        if let Some((_, e)) = c.month(j + 1) {
            let e = if c.is(e, "of") { e + 1 } else { e };
            if let Some((y, _)) = c.year(e) {
                let p = Period::month(y, month)?;
                return Some((j, DateSpec::Absolute(part_of(p, part))));
            }
        }
    }
    // "October last year", "May of this year"
    let k = if c.is(j, "of") { j + 1 } else { j };
    if let Some((shift, u)) = c.shift(k) {
        if c.is(u, "year") {
            return Some((u + 1, DateSpec::MonthOfYear { month, shift }));
        }
    }
    // "late January of that year": the year of the last date stated.
    if k > j && c.is(k, "that") && c.is(k + 1, "year") {
        return Some((k + 2, DateSpec::MonthOfThatYear { month, part }));
    }
    // A bare month needs a preposition or a part before it to be a date: "in April",
    // "mid-October"; otherwise "May" is as likely a verb or a name. A month name that is no
    // word of its own ("was due for December", "the December ruling") is a date unless a
    // name goes on from it ("April Ryan", "Black September").
    let plain = !matches!(c.low(at), Some("may" | "march" | "august"))
        && j == at + 1
        && c.t.tok(at).len() >= 4
        && !(j < c.t.tokens.len() && c.t.same_line(at, j) && c.t.is_capitalized(j))
        // "between May and July": the end of a range whose start is no date of its own; "in
        // May and July" names two months.
        && !(at > 0
            && c.any(at - 1, &["and", "or", "to", "through", "until", "between", "from"])
            && !(at > 1 && c.any(at - 1, &["and", "or"]) && c.month(at - 2).is_some()))
        && !(at > 0 && c.t.same_line(at - 1, at) && c.t.is_capitalized(at - 1) && {
            let k = at - 1;
            c.t.tokens[k].is_word() && !c.t.has_class(k, class::FUNCTION)
        });
    // "The May launch", "the March vote": a month that is also a word, between "the" and a
    // lower-case noun, is no verb and no name ("the May government" is one).
    let modifier = at > 0
        && c.is(at - 1, "the")
        && j == at + 1
        && noun_follows(c, j)
        && !c.lex.org_words.contains(c.t.low(j));
    if prep || part != Part::Whole || plain || modifier {
        let first = if prep { i } else { at };
        let _ = first;
        // "hopes to open by next year, Ortiz said in late September": the month of saying.
        // A month's possessive names a month of its noun phrase, no clause's: "the eclipse
        // will follow December's storms" looks back from the verb's future.
        let future = looks_forward(c, i) && !after_speech(c, i) && !in_possessive;
        return Some((
            j,
            DateSpec::Month {
                month,
                part,
                future,
                present: told_in_present(c, i),
            },
        ));
    }
    None
}

/// The part of a period: early = first third, mid = middle third, late = last third; for a
/// week, Monday-Tuesday, Wednesday-Thursday, Friday-Sunday; for a year, a quarter.
pub fn part_of(p: Period, part: Part) -> Period {
    if matches!(part, Part::Whole | Part::SoFar | Part::Rest) {
        return p;
    }
    let len = p.from.days_until(p.to) + 1;
    match p.precision {
        Precision::Year => {
            let (y, _, _) = p.from.ymd();
            // "the end of last year": its December.
            if part == Part::End {
                return Period::month(y, 12).unwrap_or(p);
            }
            let q = match part {
                Part::Early => 1,
                Part::Mid => 2,
                _ => 4,
            };
            let quarter = Period::quarter(y, q).unwrap_or(p);
            if part == Part::Mid {
                // The middle of a year: June and July.
                let (june, july) = (Period::month(y, 6), Period::month(y, 7));
                return match (june, july) {
                    (Some(a), Some(b)) => Period::new(a.from, b.to, Precision::Month),
                    _ => quarter,
                };
            }
            quarter
        }
        Precision::Week => {
            let (a, b) = match part {
                Part::Early => (0, 1),
                Part::Mid => (2, 3),
                _ => (4, 6),
            };
            Period::new(p.from.add_days(a), p.from.add_days(b), Precision::Week)
        }
        _ => {
            let (a, b) = match part {
                Part::Early => (0, 9),
                Part::Mid => (10, 19),
                _ => (20, len - 1),
            };
            Period::new(
                p.from.add_days(a),
                p.from.add_days(b.min(len - 1)),
                p.precision,
            )
        }
    }
}

/// Resolves a spec against the reference date (publication) and the anchor (the last date
/// before it in the text). A reference period wider than a day (a publication known to the
/// month) resolves to the span of both ends.
pub fn resolve(
    spec: &DateSpec,
    reference: Option<Period>,
    anchor: Option<Period>,
) -> Option<Period> {
    match spec {
        DateSpec::Absolute(p) => Some(*p),
        DateSpec::Later { .. }
        | DateSpec::Adjacent { .. }
        | DateSpec::MonthOfThatYear { .. }
        | DateSpec::RestOfThat { .. } => resolve_at(spec, reference.map(|r| r.to), anchor),
        _ => {
            let r = reference?;
            let a = resolve_at(spec, Some(r.from), anchor)?;
            if r.from == r.to {
                return Some(a);
            }
            let b = resolve_at(spec, Some(r.to), anchor)?;
            Some(a.span(b).with_precision(a.precision))
        }
    }
}

fn unit_period(unit: Unit, date: Date) -> Period {
    let (y, m, _) = date.ymd();
    match unit {
        Unit::Day => Period::day(date),
        Unit::Week => Period::week_of(date),
        Unit::Month => Period::month(y, m).unwrap_or(Period::day(date)),
        Unit::Quarter => Period::quarter(y, (m - 1) / 3 + 1).unwrap_or(Period::day(date)),
        Unit::Year => Period::year(y).unwrap_or(Period::day(date)),
    }
}

fn step(date: Date, unit: Unit, n: i32) -> Date {
    match unit {
        Unit::Day => date.add_days(n),
        Unit::Week => date.add_days(7 * n),
        Unit::Month => date.add_months(n),
        Unit::Quarter => date.add_months(3 * n),
        Unit::Year => date.add_years(n),
    }
}

fn precision_of(unit: Unit) -> Precision {
    match unit {
        Unit::Day => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Quarter => Precision::Quarter,
        Unit::Year => Precision::Year,
    }
}

fn resolve_at(spec: &DateSpec, reference: Option<Date>, anchor: Option<Period>) -> Option<Period> {
    use DateSpec::*;
    Some(match *spec {
        Absolute(p) => p,
        Adjacent { unit, earlier } => {
            let a = anchor?;
            let at = if earlier {
                step(a.from, unit, -1)
            } else {
                step(a.to, unit, 1)
            };
            unit_period(unit, at)
        }
        MonthRange {
            month,
            end_month,
            future,
        } => {
            let last = resolve_at(
                &Month {
                    month: end_month,
                    part: Part::Whole,
                    future,
                    present: false,
                },
                reference,
                anchor,
            )?;
            let y = last.to.year();
            let y1 = if month <= end_month { y } else { y - 1 };
            Period::month(y1, month)?.span(last)
        }
        MonthOfThatYear { month, part } => {
            part_of(Period::month(anchor?.from.year(), month)?, part)
        }
        RestOfThat { unit } => unit_period(unit, anchor?.to),
        MonthDay {
            month,
            day,
            last_day,
            future,
            present,
        } => {
            let r = reference?;
            let mut y = year_near(r, month, day);
            // "the moon is full on Jan. 31", written in late December: told in the present,
            // a day more than nine months back is the one to come.
            if present
                && !future
                && Date::from_ymd(y, month, day)
                    .is_some_and(|d| r.days_until(d) < -PRESENT_BACK_DAYS)
            {
                y += 1;
            }
            // "as soon as Jan. 6", written in late December: the day to come when it comes
            // within half a year (as a month that looks forward does); a day further back
            // stays the past one.
            if future && Date::from_ymd(y, month, day).is_some_and(|d| d.days_until(r) > 0) {
                let next = Date::from_ymd(y + 1, month, day.min(days_in_month(y + 1, month)));
                if next.is_some_and(|d| r.days_until(d) <= FORWARD_DAYS) {
                    y += 1;
                }
            }
            Period::new(
                Date::from_ymd(y, month, day)?,
                Date::from_ymd(y, month, last_day)?,
                Precision::Day,
            )
        }
        Month {
            month,
            part,
            future,
            present,
        } => {
            let r = reference?;
            let (ry, rm, _) = r.ymd();
            let y = match (future, month.cmp(&rm)) {
                (false, _)
                    if present
                        && Date::from_ymd(ry, month, 1).is_some_and(|d| {
                            month <= rm && r.days_until(d) < -PRESENT_BACK_DAYS
                        }) =>
                {
                    ry + 1
                }
                (false, std::cmp::Ordering::Greater) => ry - 1,
                (true, std::cmp::Ordering::Greater) => ry,
                // "plans to launch in January", written in December: the January to come,
                // when it comes within half a year (a month further back is more likely
                // a past one in a clause that does not look forward).
                (true, std::cmp::Ordering::Less) if month + 12 - rm <= 6 => ry + 1,
                _ => year_near(r, month, 1),
            };
            part_of(Period::month(y, month)?, part)
        }
        Quarter { n, future } => {
            let r = reference?;
            let (ry, rm, _) = r.ymd();
            let current = (rm - 1) / 3 + 1;
            let y = match (future, n.cmp(&current)) {
                (false, std::cmp::Ordering::Greater) => ry - 1,
                (true, std::cmp::Ordering::Less) => ry + 1,
                _ => ry,
            };
            Period::quarter(y, n)?
        }
        DayRange {
            month,
            day,
            end_month,
            end_day,
        } => {
            let r = reference?;
            let from = Date::from_ymd(year_near(r, month, day), month, day)?;
            let y = from.year();
            let to = Date::from_ymd(y, end_month, end_day)
                .filter(|d| *d >= from)
                .or_else(|| Date::from_ymd(y + 1, end_month, end_day))?;
            Period::new(from, to, Precision::Day)
        }
        Holiday { month, day } => {
            let r = reference?;
            let near = |y: i32| Date::from_ymd(y, month, day);
            let year = r.year();
            [year - 1, year, year + 1]
                .into_iter()
                .filter_map(near)
                .min_by_key(|d| r.days_until(*d).abs())
                .map(Period::day)?
        }
        ShiftedMonth { month, shift } => {
            let r = reference?;
            let (ry, rm, _) = r.ymd();
            let y = match shift {
                Shift::Last if month < rm => ry,
                Shift::Last => ry - 1,
                Shift::Next if month > rm => ry,
                Shift::Next => ry + 1,
                Shift::This => ry,
            };
            Period::month(y, month)?
        }
        DayOfMonth { day, future } => {
            let (ry, rm, rd) = reference?.ymd();
            let (y, month) = match (future, day.cmp(&rd)) {
                (false, std::cmp::Ordering::Greater) if rm == 1 => (ry - 1, 12),
                (false, std::cmp::Ordering::Greater) => (ry, rm - 1),
                (true, std::cmp::Ordering::Less) if rm == 12 => (ry + 1, 1),
                (true, std::cmp::Ordering::Less) => (ry, rm + 1),
                _ => (ry, rm),
            };
            Period::day(Date::from_ymd(y, month, day)?)
        }
        FirstMonths { n, shift } => {
            let ry = reference?.year();
            let y = match shift {
                Shift::Last => ry - 1,
                Shift::This => ry,
                Shift::Next => ry + 1,
            };
            let to = Date::from_ymd(y, n, days_in_month(y, n))?;
            Period::new(Date::from_ymd(y, 1, 1)?, to, Precision::Month)
        }
        PartOfYear { n, half, shift } => {
            let ry = reference?.year();
            let y = match shift {
                Shift::Last => ry - 1,
                Shift::This => ry,
                Shift::Next => ry + 1,
            };
            if half {
                Period::half(y, n)?
            } else {
                Period::quarter(y, n)?
            }
        }
        DayOfYear {
            month,
            day,
            last_day,
            shift,
        } => {
            let ry = reference?.year();
            let y = match shift {
                Shift::Last => ry - 1,
                Shift::This => ry,
                Shift::Next => ry + 1,
            };
            Period::new(
                Date::from_ymd(y, month, day)?,
                Date::from_ymd(y, month, last_day)?,
                Precision::Day,
            )
        }
        MonthOfYear { month, shift } => {
            let ry = reference?.year();
            let y = match shift {
                Shift::Last => ry - 1,
                Shift::This => ry,
                Shift::Next => ry + 1,
            };
            Period::month(y, month)?
        }
        Weekday { weekday, future } => {
            let r = reference?;
            let now = r.weekday() as i32;
            let delta = if future {
                (weekday as i32 - now).rem_euclid(7)
            } else {
                -((now - weekday as i32).rem_euclid(7))
            };
            Period::day(r.add_days(delta))
        }
        WeekdayRange {
            weekday,
            end_weekday,
            future,
        } => {
            let length = (end_weekday as i32 - weekday as i32).rem_euclid(7);
            if future {
                let from = resolve_at(&Weekday { weekday, future }, reference, anchor)?;
                Period::new(from.from, from.from.add_days(length), Precision::Day)
            } else {
                let to = resolve_at(
                    &Weekday {
                        weekday: end_weekday,
                        future,
                    },
                    reference,
                    anchor,
                )?;
                Period::new(to.from.add_days(-length), to.from, Precision::Day)
            }
        }
        Weekend { future, last } => {
            const SATURDAY: i32 = 5;
            let r = reference?;
            let now = r.weekday() as i32;
            // Saturday and Sunday are the weekend under way, whichever way the text looks.
            let saturday = if now >= SATURDAY {
                r.add_days(SATURDAY - now - if last { 7 } else { 0 })
            } else if future {
                r.add_days(SATURDAY - now)
            } else {
                r.add_days(SATURDAY - now - 7)
            };
            Period::new(saturday, saturday.add_days(1), Precision::Week)
        }
        DayOffset(n) => Period::day(reference?.add_days(n)),
        Shifted { unit, shift, part } => {
            let r = reference?;
            let n = match shift {
                Shift::Last => -1,
                Shift::This => 0,
                Shift::Next => 1,
            };
            let p = part_of(unit_period(unit, step(r, unit, n)), part);
            if part == Part::SoFar && p.from <= r && r <= p.to {
                Period::new(p.from, r, p.precision)
            } else if part == Part::Rest && p.from <= r && r <= p.to {
                Period::new(r, p.to, p.precision)
            } else {
                p
            }
        }
        Ago { n, unit } => {
            let r = reference?;
            let d = step(r, unit, -(n as i32));
            match unit {
                Unit::Day | Unit::Week => Period::day(d),
                _ => unit_period(unit, d),
            }
        }
        FromNow { n, unit } => {
            let d = step(reference?, unit, n as i32);
            match unit {
                Unit::Day | Unit::Week => Period::day(d),
                _ => unit_period(unit, d),
            }
        }
        AgoToday { n, unit } => Period::day(step(reference?, unit, -(n as i32))),
        FewAgo { unit } => {
            let r = reference?;
            // "A few" reads as two to four units back; months, being short, two to five.
            let far = if unit == Unit::Month { -5 } else { -4 };
            let (from, to) = (step(r, unit, far), step(r, unit, -2));
            unit_period(unit, from)
                .span(unit_period(unit, to))
                .with_precision(precision_of(unit))
        }
        Past {
            unit: Unit::Week,
            few: true,
            ..
        } => resolve_at(&Recent { unit: Unit::Week }, reference, anchor)?,
        // "the past few days": the ten days back, as "days earlier" reads.
        Past {
            unit: Unit::Day,
            few: true,
            ..
        } => {
            let r = reference?;
            Period::new(r.add_days(-FEW_DAYS), r, Precision::Week)
        }
        Past { n, unit, few } => {
            let r = reference?;
            if few && unit == Unit::Year {
                let start = unit_period(Unit::Year, step(r, Unit::Year, -(n as i32)));
                Period::new(start.from, r, Precision::Year)
            } else {
                let from = step(r, unit, -(n as i32)).add_days(1);
                Period::new(from, r, precision_of(unit))
            }
        }
        Recent { unit: Unit::Year } => resolve_at(
            &Past {
                n: 3,
                unit: Unit::Year,
                few: true,
            },
            reference,
            anchor,
        )?,
        Recent { unit } => {
            let r = reference?;
            let from = match unit {
                Unit::Day => step(r, Unit::Week, -1).add_days(1),
                // The 30 days up to the reference, whatever the month's length.
                Unit::Week => r.add_days(-RECENT_WEEKS_DAYS).add_days(1),
                // "in recent months": the three months back to the same day of the month (from
                // Aug. 7 in an article of Nov. 7), as "a few months" reads.
                Unit::Month | Unit::Quarter => step(r, Unit::Month, -3),
                Unit::Year => step(r, Unit::Year, -3).add_days(1),
            };
            Period::new(from, r, precision_of(unit))
        }
        Coming { n, unit } => {
            let r = reference?;
            Period::new(r, step(r, unit, n as i32), precision_of(unit))
        }
        UntilEndOf { unit } => {
            let r = reference?;
            Period::new(r, unit_period(unit, r).to, precision_of(unit))
        }
        Season { start, shift } => {
            let r = reference?;
            let ry = r.year();
            let season = |y: i32| {
                let from = Date::from_ymd(y, start, 1)?;
                let last = from.add_months(2);
                let (ly, lm, _) = last.ymd();
                let to = Date::from_ymd(ly, lm, days_in_month(ly, lm))?;
                Some(Period::new(from, to, Precision::Quarter))
            };
            let near: Vec<Period> = (ry - 2..=ry + 1).filter_map(season).collect();
            match shift {
                // The one under way, else the one that starts in the reference's year.
                Shift::This => near
                    .iter()
                    .find(|p| p.contains(r))
                    .or_else(|| near.iter().find(|p| p.from.year() == ry))
                    .copied()?,
                Shift::Last => near.iter().rev().find(|p| p.to < r).copied()?,
                Shift::Next => near.iter().find(|p| p.from > r).copied()?,
            }
        }
        Later {
            n,
            unit,
            more_than,
            few,
            earlier,
        } => {
            let a = anchor?;
            let sign = if earlier { -1 } else { 1 };
            if few && n == 0 {
                let (from, to) = if earlier {
                    (a.from.add_days(-10), a.from.add_days(-1))
                } else {
                    (a.to.add_days(1), a.to.add_days(10))
                };
                Period::new(from, to, Precision::Week)
            } else if few && unit != Unit::Day {
                // "a few years later", "a couple of months earlier": two to four units
                // on or back (months, being short, two to five), as "a few years ago" reads.
                let far = if unit == Unit::Month { 5 } else { 4 };
                let (from, near, far) = if earlier {
                    (a.from, -2, -far)
                } else {
                    (a.to, 2, far)
                };
                unit_period(unit, step(from, unit, near))
                    .span(unit_period(unit, step(from, unit, far)))
                    .with_precision(precision_of(unit))
            } else if few {
                // "a few days later": the week after.
                let from = if earlier {
                    a.from.add_days(-7)
                } else {
                    a.to.add_days(1)
                };
                Period::new(from, from.add_days(6), Precision::Week)
            } else if more_than && !earlier {
                let from = step(a.to, unit, n as i32).add_days(1);
                let to = reference
                    .filter(|r| *r > from)
                    .unwrap_or(unit_period(unit, from).to);
                Period::new(from, to, a.precision.min(Precision::Month))
            } else {
                // The period as precise as the one counted from: a day from a day, a
                // quarter from a quarter ("Q3 2021 ... a year earlier" is Q3 2020).
                let moved = step(a.from, unit, sign * n as i32);
                let (y, m, _) = moved.ymd();
                let period = match a.precision {
                    Precision::Year => Period::year(y),
                    Precision::Half => Period::half(y, (m - 1) / 6 + 1),
                    Precision::Quarter => Period::quarter(y, (m - 1) / 3 + 1),
                    Precision::Month => Period::month(y, m),
                    Precision::Week => Some(Period::week_of(moved)),
                    Precision::Day => Some(Period::day(moved)),
                };
                period.unwrap_or(Period::day(moved))
            }
        }
    })
}

/// How far ahead of the publication date a year-less day that looks forward may land.
const FORWARD_DAYS: i32 = 183;

/// How far back a month or day with no year told in the present may lie before the one to
/// come is meant: nine months (the one to come is then at most three months ahead).
const PRESENT_BACK_DAYS: i32 = 273;

/// The most hours "the past N hours" is read as a run of days for.
const HOURS_BACK_MOST: u32 = 72;

/// How many days "a few days" back or ahead reaches ("the past few days").
const FEW_DAYS: i32 = 10;

/// "in recent weeks" starts this many days before the reference, less one: 30 days with it.
const RECENT_WEEKS_DAYS: i32 = 30;

/// The year for a month and day given without one: the reference's year, unless that puts
/// the date more than three months after the reference (then the year before).
fn year_near(reference: Date, month: u32, day: u32) -> i32 {
    let y = reference.year();
    match Date::from_ymd(y, month, day.min(days_in_month(y, month))) {
        Some(d) if reference.days_until(d) > 92 => y - 1,
        _ => y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(s: &str, published: &str) -> Vec<(String, String)> {
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let mut taken = vec![false; t.tokens.len()];
        let reference = Some(Period::day(Date::parse_iso(published).unwrap()));
        let mut anchor = None;
        let mut out = Vec::new();
        let matches = find(&t, lex, &mut taken);
        let stated = holiday_years(&t, &matches, reference);
        for (m, stated) in matches.into_iter().zip(stated) {
            let text = s[t.tokens[m.first].start..t.tokens[m.last - 1].end].to_owned();
            let p = stated.or_else(|| resolve(&m.spec, reference, anchor));
            if let Some(p) = p {
                anchor = Some(p);
            }
            out.push((
                text,
                p.map(|p| format!("{p} {}", p.precision.as_str()))
                    .unwrap_or_default(),
            ));
        }
        out
    }

    #[test]
    fn dates_back_to_back_are_a_menu_not_claims() {
        let texts = |s: &str| -> Vec<String> {
            resolved(s, "2018-01-10")
                .into_iter()
                .map(|(t, _)| t)
                .collect()
        };
        assert_eq!(
            texts("Archive: March 2031 February 2031 January 2031 December 2030 November 2030"),
            Vec::<String>::new()
        );
        // Three are not yet a list, and prose that lists dates separates them.
        assert_eq!(
            texts("Archive: March 2031 February 2031 January 2031"),
            ["March 2031", "February 2031", "January 2031"]
        );
        assert_eq!(
            texts("It met in March 2031, May 2031, June 2031 and July 2031."),
            ["in March 2031", "May 2031", "June 2031", "July 2031"]
        );
    }

    #[test]
    fn day_ranges_and_bare_months() {
        let got = resolved(
            "It will fall between March 30 and April 2. Talks ran from 3 to 5 April 2018. \
             The coin ended 2016 at 1 cent. The December ruling stood. The Sun's glare blinded April Ryan.",
            "2018-03-20",
        );
        assert_eq!(
            got,
            [
                (
                    "between March 30 and April 2".into(),
                    "2018-03-30/2018-04-02 day".into()
                ),
                (
                    "from 3 to 5 April 2018".into(),
                    "2018-04-03/2018-04-05 day".into()
                ),
                ("2016".into(), "2016-12-31 day".into()),
                ("December".into(), "2017-12-01/2017-12-31 month".into()),
            ]
        );
    }

    #[test]
    fn today_naming_a_broadcast_is_no_date() {
        let got = resolved(
            "She told Radio 9's Today programme that sales rose. Today the show airs. \
             He was on the Tonight show, and today he rests.",
            "2031-01-10",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Today", "today"]);
    }

    #[test]
    fn ranges_joined_by_a_dash_or_through_with_no_opening_word() {
        let got = resolved(
            "The fair runs 26 February – 1 March 2031 in the hall. It shut Feb. 26 - March 1. \
             The 2012 through 2015 models hum. Fraud ran from at least 2003 to 2006 there.",
            "2031-01-10",
        );
        assert_eq!(
            got,
            [
                (
                    "26 February – 1 March 2031".into(),
                    "2031-02-26/2031-03-01 day".into()
                ),
                (
                    "Feb. 26 - March 1".into(),
                    "2031-02-26/2031-03-01 day".into()
                ),
                (
                    "2012 through 2015".into(),
                    "2012-01-01/2015-12-31 year".into()
                ),
                (
                    "from at least 2003 to 2006".into(),
                    "2003-01-01/2006-12-31 year".into()
                ),
            ]
        );
        // A dash before words that make no later day, or a day before the first, joins nothing.
        let got = resolved(
            "He left March 3 - Police said so. On Jan. 5 – 10 people died. It ran May 9 - May 2.",
            "2031-01-10",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["March 3", "Jan. 5", "May 9", "May 2"]);
    }

    #[test]
    fn a_range_of_days_with_the_month_written_once() {
        let got = resolved(
            "The ferry sailed between Aug 4 and 19, and from May 2 to 9 at the latest; \
             from June 3 to 2 p.m. it rested.",
            "2019-10-01",
        );
        assert_eq!(
            got,
            [
                (
                    "between Aug 4 and 19".into(),
                    "2019-08-04/2019-08-19 day".into()
                ),
                ("from May 2 to 9".into(), "2019-05-02/2019-05-09 day".into()),
                ("June 3".into(), "2019-06-03 day".into()),
            ]
        );
    }

    #[test]
    fn days_of_the_month_ranges_before_the_month_and_parts_of_shifted_years() {
        let got = resolved(
            "The fair ran 5-7 June. Profit fell in the third quarter of last year and rose in \
             the first half of this year. The ship docked on the 3rd. Its crew had left the \
             day before. He lives on the 12th floor. Talks began the day before the vote.",
            "2019-06-12",
        );
        assert_eq!(
            got,
            [
                ("5-7 June".into(), "2019-06-05/2019-06-07 day".into()),
                (
                    "the third quarter of last year".into(),
                    "2018-07-01/2018-09-30 quarter".into()
                ),
                (
                    "the first half of this year".into(),
                    "2019-01-01/2019-06-30 half".into()
                ),
                ("on the 3rd".into(), "2019-06-03 day".into()),
                ("the day before".into(), "2019-06-02 day".into()),
            ]
        );
        let got = resolved(
            "It failed a fortnight ago, as it had the year before last. The 2017/18 season \
             ended in the final quarter of 2018.",
            "2019-06-12",
        );
        assert_eq!(
            got,
            [
                ("a fortnight ago".into(), "2019-05-29 day".into()),
                (
                    "the year before last".into(),
                    "2017-01-01/2017-12-31 year".into()
                ),
                ("2017/18".into(), "2017-01-01/2018-12-31 year".into()),
                (
                    "the final quarter of 2018".into(),
                    "2018-10-01/2018-12-31 quarter".into()
                ),
            ]
        );
        let got = resolved(
            "It met on 3 Sept and on 10.06.2019. Profit rose in the first nine months of \
             2018 and in the first six months of the year.",
            "2019-10-12",
        );
        assert_eq!(
            got,
            [
                ("3 Sept".into(), "2019-09-03 day".into()),
                ("10.06.2019".into(), "2019-06-10 day".into()),
                (
                    "the first nine months of 2018".into(),
                    "2018-01-01/2018-09-30 month".into()
                ),
                (
                    "the first six months of the year".into(),
                    "2019-01-01/2019-06-30 month".into()
                ),
            ]
        );
        // A day of the month after the reference day is last month's, or next month's
        // where the sentence looks forward.
        let got = resolved(
            "It sank on the 20th. It will dock on the 2nd.",
            "2019-01-12",
        );
        assert_eq!(got[0].1, "2018-12-20 day");
        assert_eq!(got[1].1, "2019-02-02 day");
    }

    #[test]
    fn a_weekday_told_in_the_past_before_stays_past_when_told_again_in_the_present() {
        // Published on a Monday.
        let visit = "Clinic visit\n\nThe mayor made a visit to the clinic on Saturday.\n\n\
                     Here is what is known of that visit on Saturday.";
        let got = resolved(visit, "2021-06-07");
        assert_eq!(got[0].1, "2021-06-05 day");
        assert_eq!(got[1].1, "2021-06-05 day");
        // Told in the present with no Saturday gone before it: a day of the schedule.
        let got = resolved(
            "Clinic visit\n\nHere is what is known of that visit on Saturday.",
            "2021-06-07",
        );
        assert_eq!(got[0].1, "2021-06-12 day");
        // Another weekday gone does not make it past.
        let got = resolved(
            "Clinic visit\n\nThe mayor made a visit on Friday.\n\nThe team hosts the leaders on Saturday.",
            "2021-06-07",
        );
        assert_eq!(got[1].1, "2021-06-12 day");
    }

    #[test]
    fn weekends_behind_and_ahead() {
        // Published on a Monday: the weekend just gone, unless the sentence looks forward.
        let got = resolved(
            "Talks ran over the weekend. Fans will gather this weekend. It rained last weekend; the weekend edition sold out.",
            "2021-06-07",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["the weekend", "this weekend", "last weekend"]);
        assert_eq!(got[0].1, "2021-06-05/2021-06-06 week");
        assert_eq!(got[1].1, "2021-06-12/2021-06-13 week");
        assert_eq!(got[2].1, "2021-06-05/2021-06-06 week");
        // On a Sunday, "this weekend" is the one under way.
        let got = resolved("The fair is set to close this weekend.", "2021-06-06");
        assert_eq!(got[0].1, "2021-06-05/2021-06-06 week");
    }

    #[test]
    fn months_and_seasons_in_the_possessive() {
        let got = resolved(
            "The ferry will sail again after February's floods. Tickets for next spring's \
             fair sold out. The club lost last autumn's cup final. The vote moves to next \
             April's congress. Theresa May's cabinet met. Dan thanked June's aunt.",
            "2019-07-10",
        );
        assert_eq!(
            got,
            [
                ("February's".into(), "2019-02-01/2019-02-28 month".into()),
                (
                    "next spring's".into(),
                    "2020-03-01/2020-05-31 quarter".into()
                ),
                (
                    "last autumn's".into(),
                    "2018-09-01/2018-11-30 quarter".into()
                ),
                ("next April's".into(), "2020-04-01/2020-04-30 month".into()),
            ]
        );
    }

    #[test]
    fn a_year_after_in_before_a_verb_in_s_and_to() {
        let got = resolved(
            "The levy set up in 2014 seeks to fund two ferries. The depot lost power in \
             2000 homes to the north.",
            "2019-07-10",
        );
        assert_eq!(
            got,
            [("in 2014".into(), "2014-01-01/2014-12-31 year".into())]
        );
    }

    #[test]
    fn a_season_with_no_year() {
        let got = resolved(
            "She began to think about it during the summer. The pool will open in the summer. \
             The summer months were dry. He broke an arm in the fall.",
            "2018-01-02",
        );
        assert_eq!(
            got,
            [
                ("the summer".into(), "2017-06-01/2017-08-31 quarter".into()),
                ("the summer".into(), "2018-06-01/2018-08-31 quarter".into()),
            ]
        );
    }

    #[test]
    fn a_holiday_celebrated_or_before_a_quoted_noun_is_no_date() {
        let got = resolved(
            "Crowds will celebrate New Year's Eve by the harbour. The city set up a New Year's \
             Eve ‘quiet zone’ for families. Fireworks start on New Year's Eve.",
            "2021-12-20",
        );
        assert_eq!(got, [("New Year's Eve".into(), "2021-12-31 day".into())]);
    }

    #[test]
    fn dates_with_slashes_when_their_order_shows() {
        let got = resolved(
            "Baby Rill, 11/30/18. Paid on 23/04/2019. Due 5/6/18.",
            "2019-06-01",
        );
        assert_eq!(
            got,
            [
                ("11/30/18".into(), "2018-11-30 day".into()),
                ("23/04/2019".into(), "2019-04-23 day".into()),
            ]
        );
    }

    #[test]
    fn a_month_abbreviated_after_a_part_of_it() {
        let got = resolved(
            "The fee holds until the end of Jan, and rises in late Sept, as planned. At the end of Jan's \
             shift, she left.",
            "2019-01-10",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["the end of Jan", "late Sept"]);
    }

    #[test]
    fn the_rest_of_a_period_and_a_period_so_far() {
        let got = resolved(
            "The bakery will reopen later this year. Sales have slipped so far this year, and \
             flour should stay dear through the remainder of the year. Repairs go on later this week.",
            "2021-06-09",
        );
        assert_eq!(
            got,
            [
                (
                    "later this year".into(),
                    "2021-06-09/2021-12-31 year".into()
                ),
                (
                    "so far this year".into(),
                    "2021-01-01/2021-06-09 year".into()
                ),
                (
                    "the remainder of the year".into(),
                    "2021-06-09/2021-12-31 year".into()
                ),
                (
                    "later this week".into(),
                    "2021-06-09/2021-06-13 week".into()
                ),
            ]
        );
    }

    #[test]
    fn two_months_running_on_are_one_stretch() {
        let got = resolved(
            "Storms hit the coast during March and April, and again in June and September.",
            "2021-09-15",
        );
        assert_eq!(
            got,
            [
                (
                    "during March and April".into(),
                    "2021-03-01/2021-04-30 month".into()
                ),
                ("in June".into(), "2021-06-01/2021-06-30 month".into()),
                ("September".into(), "2021-09-01/2021-09-30 month".into()),
            ]
        );
    }

    #[test]
    fn alive_today_tells_no_day() {
        let got = resolved(
            "The doctors say the swimmer is alive today thanks to a lifeguard. She left the \
             hospital today.",
            "2021-09-15",
        );
        assert_eq!(got, [("today".into(), "2021-09-15 day".into())]);
    }

    #[test]
    fn the_end_of_the_day_is_a_time_of_day() {
        let got = resolved(
            "The crew packed up toward the end of the day, and the rest of the day was quiet.",
            "2021-06-09",
        );
        assert_eq!(got, []);
    }

    #[test]
    fn a_video_caption_filing_date_before_its_credit() {
        let got = resolved(
            "CLOSE Divers searched the quarry for a lost dog. (Oct. 3) AP\n\nThe dog was found \
             on Oct. 3 near the road.",
            "2021-10-05",
        );
        assert_eq!(got, [("Oct. 3".into(), "2021-10-03 day".into())]);
    }

    #[test]
    fn a_whole_weekend() {
        let got = resolved(
            "Crews worked this whole weekend to clear the road.",
            "2021-06-07",
        );
        assert_eq!(
            got,
            [(
                "this whole weekend".into(),
                "2021-06-05/2021-06-06 week".into()
            )]
        );
    }

    #[test]
    fn a_holiday_takes_the_year_its_sentence_states() {
        let s = "Crowds rioted on New Year's Eve two years ago. That New Year's Eve in 2015 was \
                 chaotic. This New Year's Eve will be calm.";
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let mut taken = vec![false; t.tokens.len()];
        let matches = find(&t, lex, &mut taken);
        let published = Period::day(Date::parse_iso("2017-12-29").unwrap());
        let got: Vec<Option<String>> = holiday_years(&t, &matches, Some(published))
            .into_iter()
            .map(|p| p.map(|p| p.to_string()))
            .collect();
        let day = Some("2015-12-31".to_owned());
        assert_eq!(got, [day.clone(), day.clone(), day, None, None]);
        assert_eq!(matches.len(), 5);
    }

    #[test]
    fn holiday_words_compare_with_apostrophes_made_straight() {
        // As comparing the word with its curly apostrophes replaced, without the string.
        for (low, w) in [
            ("new", "new"),
            ("year's", "year's"),
            ("year’s", "year's"),
            ("year’s", "year’s"),
            ("year's", "year’s"),
            ("years", "year's"),
            ("’’", "''"),
            ("é’", "é'"),
            ("", ""),
        ] {
            assert_eq!(
                same_with_straight_apostrophes(low, w),
                low.replace('’', "'") == w,
                "{low} {w}"
            );
        }
    }

    #[test]
    fn holidays_parts_of_day_and_months_past() {
        let got = resolved(
            "On New Year's Eve, crowds came; New Year's Eve parties ended. The riots of 1999 New Year's Eve and New Year's Day 2000 were recalled late Friday, Saturday's crowd said earlier this month.",
            "2021-12-29",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "New Year's Eve",
                "1999 New Year's Eve",
                "New Year's Day 2000",
                "late Friday",
                "Saturday's",
                "earlier this month"
            ]
        );
        assert_eq!(got[0].1, "2021-12-31 day");
        assert_eq!(got[1].1, "1999-12-31 day");
        assert_eq!(got[3].1, "2021-12-24 day");
        assert_eq!(got[5].1, "2021-12-01/2021-12-29 month");
        // A month later in the year than the publication is the last one, unless the
        // sentence looks forward; the middle of a year is June and July.
        let got = resolved(
            "It broke in November. It will open in November, by the middle of next year.",
            "2021-06-05",
        );
        assert_eq!(got[0].1, "2020-11-01/2020-11-30 month");
        assert_eq!(got[1].1, "2021-11-01/2021-11-30 month");
        assert_eq!(got[2].1, "2022-06-01/2022-07-31 month");
        // Looking forward from December, January is next year's; the month of saying is
        // past.
        let got = resolved(
            "The rocket will fly in January. Acme plans a plant, its chief said in late March.",
            "2021-12-22",
        );
        assert_eq!(got[0].1, "2022-01-01/2022-01-31 month");
        assert_eq!(got[1].1, "2021-03-21/2021-03-31 month");
        // A weekday right after a speech verb is when it was said, whatever the clause says.
        let got = resolved(
            "The plant will open soon, the firm said Monday evening.",
            "2021-06-05",
        );
        assert_eq!(
            got[0],
            ("Monday evening".to_owned(), "2021-05-31 day".to_owned())
        );
    }

    #[test]
    fn absolute_dates() {
        let got = resolved("It opened on Tuesday, March 3rd, closed Mar. 9-10, 2020 and reopened in the second quarter of 2021.", "2020-03-20");
        assert_eq!(
            got,
            [
                ("Tuesday, March 3rd".into(), "2020-03-03 day".into()),
                ("Mar. 9-10, 2020".into(), "2020-03-09/2020-03-10 day".into()),
                (
                    "the second quarter of 2021".into(),
                    "2021-04-01/2021-06-30 quarter".into()
                ),
            ]
        );
    }

    #[test]
    fn deictic_dates_against_the_publication_date() {
        // 2021-03-17 is a Wednesday.
        let got = resolved(
            "Last week the board met; on Monday it voted, and yesterday it resigned.",
            "2021-03-17",
        );
        assert_eq!(got[0].1, "2021-03-08/2021-03-14 week");
        assert_eq!(got[1], ("on Monday".into(), "2021-03-15 day".into()));
        assert_eq!(got[2].1, "2021-03-16 day");
        let got = resolved(
            "The ferry sank late last night; on the last night of the fair, nobody came.",
            "2021-03-17",
        );
        assert_eq!(got, [("late last night".into(), "2021-03-16 day".into())]);
    }

    #[test]
    fn parts_and_spans() {
        let got = resolved(
            "In mid-June 2020 sales fell; by the end of May they rose over the past 10 days.",
            "2021-06-05",
        );
        assert_eq!(got[0].1, "2020-06-11/2020-06-20 month");
        assert_eq!(got[1].1, "2021-05-21/2021-05-31 month");
        assert_eq!(got[2].1, "2021-05-27/2021-06-05 day");
    }

    #[test]
    fn anaphoric_dates_count_from_the_last_date() {
        let got = resolved(
            "The plant opened in 2010. Four years later it closed.",
            "2021-01-01",
        );
        assert_eq!(
            got[1],
            (
                "Four years later".into(),
                "2014-01-01/2014-12-31 year".into()
            )
        );
        let got = resolved(
            "The plant closed in 2014. It had opened four years earlier.",
            "2021-01-01",
        );
        assert_eq!(
            got[1],
            (
                "four years earlier".into(),
                "2010-01-01/2010-12-31 year".into()
            )
        );
    }

    #[test]
    fn a_round_hundred_with_s_is_a_century() {
        let got = resolved(
            "Plague struck in the 1300s, mills rose in the early 1800s, and phones spread in \
             the 2000s and the 1990s.",
            "2021-01-01",
        );
        let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                "1300-01-01/1399-12-31 year",
                "1800-01-01/1839-12-31 year",
                "2000-01-01/2009-12-31 year",
                "1990-01-01/1999-12-31 year",
            ]
        );
    }

    #[test]
    fn a_past_relative_clause_after_a_future_cue_keeps_its_month_past() {
        let got = resolved(
            "Ostel Works will offer the council the ferry that the yard launched in May. \
             Ostel Works will open a yard in May.",
            "2021-03-17",
        );
        let periods: Vec<&str> = got.iter().map(|(_, p)| p.as_str()).collect();
        assert_eq!(
            periods,
            ["2020-05-01/2020-05-31 month", "2021-05-01/2021-05-31 month"]
        );
    }

    /// Dates as news writes them, in invented sentences, published on Wednesday 2021-03-17.
    #[test]
    fn news_shapes_of_dates() {
        let got = resolved(
            "The blaze broke out early on Friday. The ferry sank late Tuesday, and divers \
             returned Monday afternoon. Vandor will launch the phone on Tuesday.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("early on Friday".into(), "2021-03-12 day".into()),
                ("late Tuesday".into(), "2021-03-16 day".into()),
                ("Monday afternoon".into(), "2021-03-15 day".into()),
                ("on Tuesday".into(), "2021-03-23 day".into()),
            ]
        );
        // A dateline: the city and the agency are no date, its full date is one.
        let got = resolved(
            "OSLO (Reuters) — Vandor said on Tuesday it would close. OSLO, March 3, 2017 — \
             Rents rose.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("on Tuesday".into(), "2021-03-16 day".into()),
                ("March 3, 2017".into(), "2017-03-03 day".into()),
            ]
        );
        // Ranges, one mention over the whole range.
        let got = resolved(
            "The fair runs March 3-5. Output grew between 2015 and 2017.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("March 3-5".into(), "2021-03-03/2021-03-05 day".into()),
                (
                    "between 2015 and 2017".into(),
                    "2015-01-01/2017-12-31 year".into()
                ),
            ]
        );
        // Periods relative to the publication.
        let got = resolved(
            "Rents rose earlier this month. In recent weeks, prices fell. Last year the \
             firm lost money. Wages doubled over the past decade.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                (
                    "earlier this month".into(),
                    "2021-03-01/2021-03-17 month".into()
                ),
                (
                    "In recent weeks".into(),
                    "2021-02-16/2021-03-17 week".into()
                ),
                ("Last year".into(), "2020-01-01/2020-12-31 year".into()),
                (
                    "the past decade".into(),
                    "2011-03-18/2021-03-17 year".into()
                ),
            ]
        );
        // Quarters: with no year, the latest such quarter.
        let got = resolved(
            "Revenue fell 4% in 3Q. Profit rose in the third quarter, to $4 million. Sales \
             in Q3 2017 were $2 million.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("3Q".into(), "2020-07-01/2020-09-30 quarter".into()),
                (
                    "the third quarter".into(),
                    "2020-07-01/2020-09-30 quarter".into()
                ),
                ("Q3 2017".into(), "2017-07-01/2017-09-30 quarter".into()),
            ]
        );
    }

    /// Seasons, ranges of stated dates, "days earlier", names with a year, and a weekday
    /// beside the day it falls on; published on Wednesday 2021-03-17.
    #[test]
    fn seasons_ranges_and_names() {
        let got = resolved(
            "Vandor opened this summer and shut last winter. Files ran from the 1980s to \
             spring 2016. The fair closed on Friday. Days earlier, it rained. The Expo 2016 \
             final and the Ostia Today paper came out on New Year's Day on Friday.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("this summer".into(), "2021-06-01/2021-08-31 quarter".into()),
                ("last winter".into(), "2020-12-01/2021-02-28 quarter".into()),
                (
                    "from the 1980s to spring 2016".into(),
                    "1980-01-01/2016-05-31 year".into()
                ),
                ("on Friday".into(), "2021-03-12 day".into()),
                ("Days earlier".into(), "2021-03-02/2021-03-11 week".into()),
                ("New Year's Day".into(), "2021-01-01 day".into()),
                ("on Friday".into(), "2021-01-01 day".into()),
            ]
        );
    }

    /// A weekday in the sentence of a day of saying counts from that day, though the
    /// article came out later (Saturday 2021-03-20).
    #[test]
    fn weekdays_count_from_the_day_of_saying() {
        let got = resolved(
            "The bridge will stay shut on Thursday, police said Wednesday. It will reopen \
             on Thursday.",
            "2021-03-20",
        );
        assert_eq!(
            got,
            [
                ("on Thursday".into(), "2021-03-18 day".into()),
                ("Wednesday".into(), "2021-03-17 day".into()),
                ("on Thursday".into(), "2021-03-25 day".into()),
            ]
        );
    }

    /// A month with no year takes the one year its sentence states before it.
    #[test]
    fn a_month_takes_the_year_of_its_sentence() {
        let got = resolved(
            "In 2016, Vandor opened a plant, and in March it hired 300 workers. In June, \
             it fired them.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("In 2016".into(), "2016-01-01/2016-12-31 year".into()),
                ("in March".into(), "2016-03-01/2016-03-31 month".into()),
                ("In June".into(), "2020-06-01/2020-06-30 month".into()),
            ]
        );
    }

    /// The dates of a post signed by the publisher's own handle are furniture; another
    /// account's post keeps its date.
    #[test]
    fn the_publishers_own_posts_date_nothing() {
        let s = "Vandor closed its plant on March 2, 2019.\n\n\
                 Girl, 14, may face jail https://t.co/x — Daily Planet (@DailyPlanet_com) March 3, 2019\n\n\
                 We stand with them https://t.co/y — Ada Roe (@adaroe) March 4, 2019";
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let mut taken = vec![false; t.tokens.len()];
        let texts = |ms: &[DateMatch]| -> Vec<&str> {
            ms.iter()
                .map(|m| &s[t.tokens[m.first].start..t.tokens[m.last - 1].end])
                .collect()
        };
        let mut found = find(&t, lex, &mut taken);
        let all = found.clone();
        drop_own_posts(&t, &mut found, &["dailyplanet.com"]);
        assert_eq!(texts(&found), ["March 2, 2019", "March 4, 2019"]);
        let mut kept = all.clone();
        drop_own_posts(&t, &mut kept, &["Morning Herald"]);
        assert_eq!(kept.len(), all.len());
    }

    /// Days opening the lines of a list under a heading that states a year are of that year;
    /// a day after the list, in prose, is read as ever.
    #[test]
    fn a_list_of_days_takes_the_year_of_its_heading() {
        let got = resolved(
            "The Quillon Fair 2031 stops:\nMay 4 -- Hall A, Orvale\nMay 9 -- Hall B, Tessa\n\n\
             Tickets went on sale May 2.\n\nPast stops:\nMay 6 -- Hall C",
            "2030-11-20",
        );
        assert_eq!(
            got,
            [
                ("May 4".into(), "2031-05-04 day".into()),
                ("May 9".into(), "2031-05-09 day".into()),
                ("May 2".into(), "2030-05-02 day".into()),
                ("May 6".into(), "2030-05-06 day".into()),
            ]
        );
    }

    #[test]
    fn year_less_dates_do_not_land_far_in_the_future() {
        let got = resolved("On Dec. 28 the deal closed.", "2021-01-04");
        assert_eq!(got[0].1, "2020-12-28 day");
    }
    #[test]
    fn spans_of_years_written_with_a_dash() {
        let got = resolved(
            "Orvan lent the sum in 2010-11 and again in the 2017–18 season.",
            "2019-04-02",
        );
        assert_eq!(
            got,
            [
                ("in 2010-11".into(), "2010-01-01/2011-12-31 year".into()),
                ("2017–18".into(), "2017-01-01/2018-12-31 year".into()),
            ]
        );
    }

    #[test]
    fn a_date_opening_its_sentence_looks_forward_with_its_verb() {
        let got = resolved(
            "In February the board will meet again. On Monday, the firm will report. On \
             Tuesday, Tom Vale said the plant will shut. In March the plant closed.",
            "2019-01-10",
        );
        assert_eq!(
            got,
            [
                ("In February".into(), "2019-02-01/2019-02-28 month".into()),
                ("On Monday".into(), "2019-01-14 day".into()),
                ("On Tuesday".into(), "2019-01-08 day".into()),
                ("In March".into(), "2018-03-01/2018-03-31 month".into()),
            ]
        );
    }
    #[test]
    fn a_weekday_in_a_clause_of_time_looks_forward_with_its_main_clause() {
        // 2019-01-10 is a Thursday.
        let got = resolved(
            "When the ferry sails on Tuesday, its crew will carry 40 cars. When the ferry \
             sailed on Monday, it carried cars. If the vote passes on Friday, the law will \
             take effect. After the board met on Wednesday, the firm will report. When the \
             mill opens on Saturday, it draws crowds.",
            "2019-01-10",
        );
        assert_eq!(
            got,
            [
                ("on Tuesday".into(), "2019-01-15 day".into()),
                ("on Monday".into(), "2019-01-07 day".into()),
                ("on Friday".into(), "2019-01-11 day".into()),
                ("on Wednesday".into(), "2019-01-09 day".into()),
                ("on Saturday".into(), "2019-01-05 day".into()),
            ]
        );
    }

    #[test]
    fn next_to_the_last_date_stated() {
        let got = resolved(
            "Orvan sued in May 2016 and dropped the suit the following month; fees rose from \
             the previous year. Reports go back to early 2015, and the leak began in late \
             January of that year.",
            "2017-09-19",
        );
        assert_eq!(
            got,
            [
                ("in May 2016".into(), "2016-05-01/2016-05-31 month".into()),
                (
                    "the following month".into(),
                    "2016-06-01/2016-06-30 month".into()
                ),
                (
                    "the previous year".into(),
                    "2015-01-01/2015-12-31 year".into()
                ),
                ("early 2015".into(), "2015-01-01/2015-03-31 quarter".into()),
                (
                    "late January of that year".into(),
                    "2015-01-21/2015-01-31 month".into()
                ),
            ]
        );
    }
    #[test]
    fn plans_told_in_the_past_and_days_to_come_next_year() {
        // 2021-12-27 is a Monday.
        let got = resolved(
            "The ferry was scheduled to sail at 10 p.m. Sunday. Orvan's plans for a pier \
             gained ground in May. The first barge could come as soon as Jan. 6. \
             The firm opened on Jan. 6.",
            "2021-12-27",
        );
        assert_eq!(
            got,
            [
                ("Sunday".into(), "2021-12-26 day".into()),
                ("in May".into(), "2021-05-01/2021-05-31 month".into()),
                ("Jan. 6".into(), "2022-01-06 day".into()),
                ("Jan. 6".into(), "2021-01-06 day".into()),
            ]
        );
    }

    #[test]
    fn a_weekday_on_a_stated_day_after_the_record_date() {
        // 2021-03-13 is a Saturday; the story states Sunday's full date.
        let got = resolved(
            "Crowds filled Arle on March 14. Officials on Sunday said it was calm. The grand \
             March 9 parade ran. The Grand March 4 rocket will fly.",
            "2021-03-13",
        );
        assert_eq!(
            got,
            [
                ("March 14".into(), "2021-03-14 day".into()),
                ("on Sunday".into(), "2021-03-14 day".into()),
                ("March 9".into(), "2021-03-09 day".into()),
            ]
        );
    }

    #[test]
    fn a_schedule_told_in_the_past_looks_back() {
        // 2021-03-08 is a Monday.
        let got = resolved(
            "Sunday night's show was the fair's last scheduled show.",
            "2021-03-08",
        );
        assert_eq!(got[0], ("Sunday night's".into(), "2021-03-07 day".into()));
    }

    #[test]
    fn parts_of_decades_and_decades_run_together() {
        let got = resolved(
            "The mill grew in the mid-1970s and the early 1990s, not in the late 1980s. Its \
             towers went up in the 1950s and 60s and again in the 1970s and '80s. A second \
             mill may open early in the 2040s.",
            "2021-03-08",
        );
        let spans: Vec<_> = got.iter().map(|(t, p)| (t.as_str(), p.as_str())).collect();
        assert_eq!(
            spans,
            [
                ("the mid-1970s", "1974-01-01/1976-12-31 year"),
                ("the early 1990s", "1990-01-01/1993-12-31 year"),
                ("the late 1980s", "1987-01-01/1989-12-31 year"),
                ("the 1950s and 60s", "1950-01-01/1969-12-31 year"),
                ("the 1970s and '80s", "1970-01-01/1989-12-31 year"),
                ("early in the 2040s", "2040-01-01/2043-12-31 year"),
            ]
        );
    }

    #[test]
    fn fiscal_years_and_their_quarters_as_the_calendar_s() {
        let got = resolved(
            "Dunmore Mills lost money in fiscal 2019's second quarter and in Q4 FY19, and \
             again in the first half of fiscal year 2020. FY2018 was better.",
            "2021-03-08",
        );
        let spans: Vec<_> = got.iter().map(|(t, p)| (t.as_str(), p.as_str())).collect();
        assert_eq!(
            spans,
            [
                (
                    "fiscal 2019's second quarter",
                    "2019-04-01/2019-06-30 quarter"
                ),
                ("Q4 FY19", "2019-10-01/2019-12-31 quarter"),
                (
                    "the first half of fiscal year 2020",
                    "2020-01-01/2020-06-30 half"
                ),
                ("FY2018", "2018-01-01/2018-12-31 year"),
            ]
        );
    }

    #[test]
    fn the_end_of_a_year_is_its_december_and_a_day_to_come_within_half_a_year() {
        let got = resolved(
            "The levy was raised at the end of last year and in late 2019. The new mill will \
             open on April 20, and the old one shut on June 2.",
            "2021-11-29",
        );
        let spans: Vec<_> = got.iter().map(|(t, p)| (t.as_str(), p.as_str())).collect();
        assert_eq!(
            spans,
            [
                ("the end of last year", "2020-12-01/2020-12-31 month"),
                ("late 2019", "2019-10-01/2019-12-31 quarter"),
                ("April 20", "2022-04-20 day"),
                ("June 2", "2021-06-02 day"),
            ]
        );
    }

    #[test]
    fn a_clock_time_before_a_time_zone_is_no_year() {
        let got = resolved(
            "The 2013 ban was lifted just after dusk (1930 GMT Friday), the ministry said.",
            "2021-03-08",
        );
        assert!(got.iter().any(|(text, _)| text == "2013"), "{got:?}");
        assert!(got.iter().all(|(text, _)| text != "1930"), "{got:?}");
    }

    #[test]
    fn decades_ago_are_years_back() {
        let got = resolved(
            "The mill shut two decades ago and reopened a decade ago.",
            "2021-03-08",
        );
        assert_eq!(
            got,
            [
                (
                    "two decades ago".into(),
                    "2001-01-01/2001-12-31 year".into()
                ),
                ("a decade ago".into(), "2011-01-01/2011-12-31 year".into()),
            ]
        );
    }

    #[test]
    fn starting_on_a_weekday_looks_forward() {
        // 2021-03-10 is a Wednesday.
        let got = resolved("The curfew applies starting on Saturday.", "2021-03-10");
        assert_eq!(got[0], ("on Saturday".into(), "2021-03-13 day".into()));
    }

    #[test]
    fn the_year_ahead_and_a_planned_weekday_look_forward() {
        // 2021-03-08 is a Monday.
        let got = resolved(
            "Rates may rise in the year ahead. Friday afternoon's planned vote was delayed.",
            "2021-03-08",
        );
        assert_eq!(
            got,
            [
                ("the year ahead".into(), "2022-01-01/2022-12-31 year".into()),
                ("Friday afternoon's".into(), "2021-03-12 day".into()),
            ]
        );
    }

    #[test]
    fn the_next_day_follows_the_last_date_stated() {
        let got = resolved(
            "On Oct. 9, 2013, a storm hit Arle. The next day, another did.",
            "2021-03-13",
        );
        assert_eq!(got[1], ("The next day".into(), "2013-10-10 day".into()));
    }

    #[test]
    fn sentences_run_together_keep_their_own_weekdays() {
        // 2021-03-19 is a Friday; the page lost the space after a stop.
        let got = resolved(
            "An aide said on Thursday that the probe was lost.Its makers said on Friday it \
             works.",
            "2021-03-19",
        );
        assert_eq!(got[1], ("on Friday".into(), "2021-03-19 day".into()));
    }

    #[test]
    fn the_past_years_of_something_are_its_length() {
        let got = resolved(
            "The firm has grown over the past 30 years of trading. Sales fell over the past two \
             years.",
            "2021-03-18",
        );
        assert_eq!(
            got,
            [(
                "the past two years".into(),
                "2019-03-19/2021-03-18 year".into()
            )]
        );
    }

    #[test]
    fn a_weekday_with_a_part_of_the_day_after_the_record_date_is_that_day() {
        // 2021-03-15 is a Monday: the launch abroad fell on the Tuesday after it.
        let got = resolved(
            "The agency fired a probe over the strait early Tuesday morning. A ferry had sunk \
             on Tuesday.",
            "2021-03-15",
        );
        assert_eq!(
            got,
            [
                ("early Tuesday morning".into(), "2021-03-16 day".into()),
                ("on Tuesday".into(), "2021-03-09 day".into()),
            ]
        );
    }

    #[test]
    fn earlier_in_that_month_is_the_month_of_the_last_date_stated() {
        let got = resolved(
            "The dock opened on May 9, 2014. Earlier in that month, the mayor had resigned.",
            "2020-12-30",
        );
        assert_eq!(
            got,
            [
                ("May 9, 2014".into(), "2014-05-09 day".into()),
                (
                    "Earlier in that month".into(),
                    "2014-05-01/2014-05-31 month".into()
                ),
            ]
        );
    }

    #[test]
    fn later_in_the_year_is_the_year_of_the_last_date_stated() {
        // Written at the end of 2020 of plans for 2021.
        let got = resolved(
            "The first ferry will sail in June. A second ferry will sail later in the year. \
             The yard opened on March 3, 2016, and a dock followed later that month. Rates \
             will rise later this year. Earlier in the year, the mayor had resigned.",
            "2020-12-30",
        );
        assert_eq!(
            got,
            [
                ("in June".into(), "2021-06-01/2021-06-30 month".into()),
                (
                    "later in the year".into(),
                    "2021-01-01/2021-12-31 year".into()
                ),
                ("March 3, 2016".into(), "2016-03-03 day".into()),
                (
                    "later that month".into(),
                    "2016-03-01/2016-03-31 month".into()
                ),
                // The rest of the year of publication, from the day written.
                (
                    "later this year".into(),
                    "2020-12-30/2020-12-31 year".into()
                ),
                (
                    "Earlier in the year".into(),
                    "2020-01-01/2020-12-31 year".into()
                ),
            ]
        );
    }

    #[test]
    fn a_bare_weekday_is_the_day_after_once_the_article_shows_it() {
        // 2021-03-15 is a Monday (the record's date, US time); the probe flew abroad on the
        // Tuesday after it, which the forecast "Tuesday afternoon" shows.
        let got = resolved(
            "The agency fired a probe over the strait on Tuesday. Officials said the council \
             would meet Tuesday afternoon. The probe launched Tuesday was new. A ferry had sunk \
             on Tuesday. Rains fell on Friday.",
            "2021-03-15",
        );
        assert_eq!(
            got,
            [
                ("on Tuesday".into(), "2021-03-16 day".into()),
                ("Tuesday afternoon".into(), "2021-03-16 day".into()),
                ("Tuesday".into(), "2021-03-16 day".into()),
                ("on Tuesday".into(), "2021-03-09 day".into()),
                ("on Friday".into(), "2021-03-12 day".into()),
            ]
        );
        // Without a mention that shows it, a bare Tuesday is the latest one.
        let got = resolved("The agency fired a probe on Tuesday.", "2021-03-15");
        assert_eq!(got, [("on Tuesday".into(), "2021-03-09 day".into())]);
    }

    #[test]
    fn today_set_against_the_future_or_closing_what_one_is_is_no_day() {
        let got = resolved(
            "The chip speeds up photos today, and it could serve other apps in the future. \
             The band made her who she is as a singer today. Today and in the near future, rents stay \
             high. The plant opens today and will hire in the future. The mayor is who we saw \
             today.",
            "2021-03-18",
        );
        assert_eq!(
            got,
            [
                ("today".into(), "2021-03-18 day".into()),
                ("today".into(), "2021-03-18 day".into()),
            ]
        );
    }

    #[test]
    fn today_closing_a_comparison_with_all_others_is_no_day() {
        let got = resolved(
            "The Zephyr is set to become the most powerful ferry in use today. A barge more stable than \
             any other afloat today docked on Monday. The mayor said the most modern dock opens today.",
            "2021-03-18",
        );
        assert_eq!(
            got,
            [
                ("on Monday".into(), "2021-03-15 day".into()),
                ("today".into(), "2021-03-18 day".into()),
            ]
        );
    }

    #[test]
    fn a_story_written_on_into_the_day_after_its_record_date() {
        // 2021-03-18 is a Thursday.
        let got = resolved(
            "The storm hit Dunmore on Thursday night. The mayor spoke early Friday. A bridge \
             had shut on Friday.",
            "2021-03-18",
        );
        assert_eq!(
            got,
            [
                ("on Thursday night".into(), "2021-03-18 day".into()),
                ("early Friday".into(), "2021-03-19 day".into()),
                ("on Friday".into(), "2021-03-12 day".into()),
            ]
        );
    }

    #[test]
    fn months_in_ranges_and_pairs() {
        let got = resolved(
            "Files leaked between May and July. Sales slid in March and June of 2019. \
             Throughout 2018, the mill ran. Output fell from November 2019 to February 2020.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                (
                    "between May and July".into(),
                    "2020-05-01/2020-07-31 month".into()
                ),
                ("in March".into(), "2019-03-01/2019-03-31 month".into()),
                ("June of 2019".into(), "2019-06-01/2019-06-30 month".into()),
                ("2018".into(), "2018-01-01/2018-12-31 year".into()),
                (
                    "from November 2019 to February 2020".into(),
                    "2019-11-01/2020-02-29 month".into()
                ),
            ]
        );
    }

    #[test]
    fn recent_months_reach_back_to_the_same_day_and_recent_weeks_need_no_in() {
        let got = resolved(
            "Prices have climbed in recent months. After the talk of recent weeks, the board \
             met.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                (
                    "in recent months".into(),
                    "2020-12-17/2021-03-17 month".into()
                ),
                ("recent weeks".into(), "2021-02-16/2021-03-17 week".into()),
            ]
        );
    }

    #[test]
    fn over_christmas_is_its_day_unless_quoted() {
        let got = resolved(
            "The band broke up over Christmas. The phrase \"over Christmas\" ran on every \
             front page.",
            "2021-01-20",
        );
        assert_eq!(got, [("over Christmas".into(), "2020-12-25 day".into())]);
    }

    #[test]
    fn a_weekday_beside_a_holiday_weeks_back_is_another_day() {
        // Christmas 2023 fell on a Monday; the record is dated Monday 2024-01-22.
        let got = resolved(
            "The mayor said on Monday that the two parks closed over Christmas.",
            "2024-01-22",
        );
        assert_eq!(got[0], ("on Monday".into(), "2024-01-22 day".into()));
        assert_eq!(got[1], ("over Christmas".into(), "2023-12-25 day".into()));
        // Within the week the holiday is the weekday's night, as before.
        let got = resolved("The lights failed on Monday, over Christmas.", "2023-12-27");
        assert_eq!(got[0], ("on Monday".into(), "2023-12-25 day".into()));
    }

    #[test]
    fn a_month_told_in_the_present_far_back_is_the_one_to_come() {
        let got = resolved(
            "In the garden guide, February brings the first crocus and the pond thaws by \
             Feb. 20.",
            "2023-12-18",
        );
        assert_eq!(
            got,
            [
                ("February".into(), "2024-02-01/2024-02-29 month".into()),
                ("Feb. 20".into(), "2024-02-20 day".into()),
            ]
        );
        // Told in the past, the same months stay the ones gone by.
        let got = resolved("In February the pond thawed by Feb. 20.", "2023-12-18");
        assert_eq!(got[0].1, "2023-02-01/2023-02-28 month");
        assert_eq!(got[1].1, "2023-02-20 day");
        // Present, but only a few months back: the one gone by.
        assert_eq!(
            resolved("The orchard opens its gates in September.", "2023-12-18")[0].1,
            "2023-09-01/2023-09-30 month"
        );
    }

    #[test]
    fn a_bare_weekday_told_in_the_present_below_the_headline_is_to_come() {
        // Published on Wednesday 2023-03-15.
        let got = resolved(
            "Rovers edge past Town\n\nRovers: Host the Wanderers on Saturday.\n\nThe club \
             was fined on Saturday. Fans could not be reached on Saturday. Saturday's crowd \
             was small.",
            "2023-03-15",
        );
        let days: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            days,
            [
                "2023-03-18 day",
                "2023-03-11 day",
                "2023-03-11 day",
                "2023-03-11 day"
            ]
        );
    }

    #[test]
    fn a_year_in_a_link_path_is_no_date() {
        let got = resolved(
            "Share it: www.example.org/2021/04/ferry-news/ or read about the 2019 storm.",
            "2021-04-09",
        );
        assert_eq!(got, [("2019".into(), "2019-01-01/2019-12-31 year".into())]);
    }

    #[test]
    fn a_decade_in_a_capitalized_word() {
        let got = resolved(
            "Trade collapsed in the Thirties. She is in her thirties. Jazz thrived in the \
             early Twenties.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("the Thirties".into(), "1930-01-01/1939-12-31 year".into()),
                (
                    "the early Twenties".into(),
                    "1920-01-01/1923-12-31 year".into()
                ),
            ]
        );
    }

    #[test]
    fn years_ago_today_is_that_day() {
        let got = resolved("The mill opened 20 years ago today.", "2021-03-17");
        assert_eq!(
            got,
            [("20 years ago today".into(), "2001-03-17 day".into())]
        );
    }

    #[test]
    fn a_weekday_after_a_condition_in_the_present_looks_forward() {
        // Published on Wednesday 2021-03-17.
        let got = resolved(
            "If the rain does not stop, the race has a second slot on Friday. If the rain \
             stopped, the race ran on Friday.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("on Friday".into(), "2021-03-19 day".into()),
                ("on Friday".into(), "2021-03-12 day".into()),
            ]
        );
    }

    #[test]
    fn a_month_that_is_a_word_before_a_noun() {
        let got = resolved(
            "The May launch flew far. The May government fell. You may launch it.",
            "2021-08-30",
        );
        assert_eq!(got, [("May".into(), "2021-05-01/2021-05-31 month".into())]);
    }

    #[test]
    fn a_holiday_before_a_capitalized_noun_or_before_a_negated_verb() {
        let got = resolved(
            "New Year's Eve Riots Shake Town\n\nThe mayor wants riots like those on New \
             Year's Eve don't happen again.",
            "2021-01-05",
        );
        assert_eq!(got, [("New Year's Eve".into(), "2020-12-31 day".into())]);
    }

    #[test]
    fn a_few_days_either_way_and_weeks_from_now() {
        let got = resolved(
            "Snow fell over the past few days. The fair stays open over the next few days. \
             Two weeks from now, the race ends.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                (
                    "the past few days".into(),
                    "2021-03-07/2021-03-17 week".into()
                ),
                (
                    "the next few days".into(),
                    "2021-03-17/2021-03-27 day".into()
                ),
                ("Two weeks from now".into(), "2021-03-31 day".into()),
            ]
        );
    }

    #[test]
    fn a_past_span_over_a_range_of_lengths() {
        let got = resolved("Herds shrank over the last 15 to 18 years.", "2021-03-17");
        assert_eq!(
            got,
            [(
                "the last 15 to 18 years".into(),
                "2003-03-18/2021-03-17 year".into()
            )]
        );
    }

    #[test]
    fn a_lower_case_today_after_a_capitalized_word_is_a_day() {
        let got = resolved(
            "Lights out in Elmsford\n\nThe Harbour Board today opened the new quay. Earlier \
             today the ferry sailed. She reads Garden Today each week.",
            "2022-05-04",
        );
        assert_eq!(
            got,
            [
                ("today".into(), "2022-05-04 day".into()),
                ("today".into(), "2022-05-04 day".into()),
            ]
        );
    }

    #[test]
    fn last_nights_possessive_is_the_day_before() {
        let got = resolved(
            "Last night's gale tore the roofs off two barns.",
            "2022-05-04",
        );
        assert_eq!(got, [("Last night's".into(), "2022-05-03 day".into())]);
    }

    #[test]
    fn a_few_units_later_or_earlier_are_two_to_four_of_them() {
        let got = resolved(
            "The mill closed in 2010, and a few years later it reopened. The shop opened in \
             March 2015; a couple of months earlier the lease was signed.",
            "2022-05-04",
        );
        assert_eq!(
            got,
            [
                ("in 2010".into(), "2010-01-01/2010-12-31 year".into()),
                (
                    "a few years later".into(),
                    "2012-01-01/2014-12-31 year".into()
                ),
                ("in March 2015".into(), "2015-03-01/2015-03-31 month".into()),
                (
                    "a couple of months earlier".into(),
                    "2014-10-01/2015-01-31 month".into()
                ),
            ]
        );
    }

    #[test]
    fn a_day_or_month_that_comes_round_again_is_no_date() {
        let got = resolved(
            "The market opens every Saturday, and each November the fair comes to town.",
            "2022-05-04",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_house_number_before_a_street_is_no_year() {
        let got = resolved(
            "Police stopped a van outside 1904 Birch Lane on Friday. In 1904 Maple Street \
             was paved.",
            "2022-05-04",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["on Friday", "In 1904"]);
    }

    #[test]
    fn a_past_spelt_as_the_present_tells_no_schedule() {
        // Published on Wednesday 2023-03-15.
        let got = resolved(
            "Rovers edge past Town\n\nRovers beat the Wanderers on Saturday.\n\nThe \
             Wanderers host the Rovers on Saturday.",
            "2023-03-15",
        );
        let days: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(days, ["2023-03-11 day", "2023-03-18 day"]);
    }

    #[test]
    fn a_page_stamp_line_dates_no_story() {
        let got = resolved(
            "Quay reopens\n\nUpdated at 9:15 a.m. ET Monday\n\nThe harbour reopened on \
             Monday after repairs.",
            "2022-05-04",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["on Monday"]);
    }

    #[test]
    fn yesterdays_and_tomorrows_possessive_are_days() {
        let got = resolved(
            "Yesterday's vote was close, and tomorrow's final is sold out.",
            "2022-05-04",
        );
        assert_eq!(
            got,
            [
                ("Yesterday's".into(), "2022-05-03 day".into()),
                ("tomorrow's".into(), "2022-05-05 day".into()),
            ]
        );
    }

    #[test]
    fn the_hope_of_next_year_is_no_date() {
        let got = resolved(
            "The Rovers fell short again; there is always next year, said one fan, and \
             another would wait 'til next year. The club will move next year.",
            "2022-05-04",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["next year"]);
    }

    /// A named day ending in a weekday's name is no day of the week before the publication
    /// date (Saturday 2021-03-20): only the bare "on Friday" is read.
    #[test]
    fn a_named_day_is_no_weekday() {
        let got = resolved(
            "Shoppers queued for Black Friday deals, and the store opened on Friday.",
            "2021-03-20",
        );
        assert_eq!(got, [("on Friday".into(), "2021-03-19 day".into())]);
    }

    /// A month after "beginning" is where something to come begins (the May after the
    /// publication date 2021-03-17), unless its clause is told in the past.
    #[test]
    fn a_month_after_starting_looks_forward() {
        let got = resolved(
            "The council said in February that beginning in May, the ferry would run \
             twice a day. The council imposed a toll for two months starting in May.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("in February".into(), "2021-02-01/2021-02-28 month".into()),
                ("in May".into(), "2021-05-01/2021-05-31 month".into()),
                ("in May".into(), "2020-05-01/2020-05-31 month".into()),
            ]
        );
    }

    /// A promise looks forward: "promises to publish in early May" (2021-03-17) is the
    /// May to come.
    #[test]
    fn a_promise_looks_forward() {
        let got = resolved(
            "The agency promises to publish the list in early May.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [("early May".into(), "2021-05-01/2021-05-10 month".into())]
        );
    }

    /// A day to come counts from the day of saying as it resolves: "said early Friday" in
    /// a record dated Thursday 2021-03-18 is the next day, and "starting on Saturday" the
    /// day after that.
    #[test]
    fn a_day_to_come_counts_from_the_next_day_of_saying() {
        let got = resolved(
            "The mayor said early Friday that the city would mourn for three days, starting \
             on Saturday.",
            "2021-03-18",
        );
        assert_eq!(
            got,
            [
                ("early Friday".into(), "2021-03-19 day".into()),
                ("on Saturday".into(), "2021-03-20 day".into()),
            ]
        );
    }

    /// A day that looks forward does not take a past year its sentence states before it.
    #[test]
    fn a_day_to_come_keeps_its_own_year() {
        let got = resolved(
            "The singer, pictured in 2015, will open a tour on May 16 in Oslo.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("in 2015".into(), "2015-01-01/2015-12-31 year".into()),
                ("May 16".into(), "2021-05-16 day".into()),
            ]
        );
    }

    /// "The next year" told in the past is the year after the last date stated, as "the
    /// following year"; "over the next year" still runs on from the publication date.
    #[test]
    fn the_next_year_told_in_the_past_follows_the_last_date() {
        let got = resolved(
            "The mill closed in March 2011. The next year, its owners sold the land. The \
             town will grow over the next year.",
            "2021-03-17",
        );
        assert_eq!(
            got,
            [
                ("in March 2011".into(), "2011-03-01/2011-03-31 month".into()),
                ("The next year".into(), "2012-01-01/2012-12-31 year".into()),
                ("the next year".into(), "2021-03-17/2022-03-17 year".into()),
            ]
        );
    }

    /// A year before a singular noun in "-sis", "-us" or "-ss" is a date, not a count of
    /// things: "a 2019 analysis" (a plural, "2019 tractors", is a count).
    #[test]
    fn a_year_before_a_singular_in_s_is_a_date() {
        let got = resolved(
            "A 2019 analysis of the river found lead. Farmers bought 2019 tractors.",
            "2021-03-17",
        );
        assert_eq!(got, [("2019".into(), "2019-01-01/2019-12-31 year".into())]);
    }

    /// A word of saying after a determiner is a noun ("the show"): the sentence below the
    /// headline is still told as a schedule, and its bare weekday is a day to come
    /// (2021-03-17 is a Wednesday).
    #[test]
    fn a_show_that_opens_on_a_weekday_is_a_schedule() {
        let got = resolved(
            "Boats afloat\n\nThe show opens its doors to buyers on Friday.",
            "2021-03-17",
        );
        assert_eq!(got, [("on Friday".into(), "2021-03-19 day".into())]);
    }

    /// A "will" inside a quotation closed before a verb of saying is the speaker's: the
    /// weekday of the clause of saying, told in the past, is the one gone.
    #[test]
    fn a_future_inside_a_closed_quotation_does_not_move_the_day() {
        let got = resolved(
            "\u{201c}We will not give up,\u{201d} the coach said after the club lost its final on Tuesday.",
            "2021-03-17",
        );
        assert_eq!(got, [("on Tuesday".into(), "2021-03-16 day".into())]);
        // Without the quotation the same "will" looks forward.
        let got = resolved("The club will play its final on Tuesday.", "2021-03-17");
        assert_eq!(got, [("on Tuesday".into(), "2021-03-23 day".into())]);
    }

    /// In a record dated in January, a past "this year" is the year just gone when its month
    /// is still to come, or when its sentence's day with no year fell in that year.
    #[test]
    fn this_year_told_in_the_past_early_in_january_is_the_year_gone() {
        let got = resolved(
            "In September this year, the old bridge was closed for repairs.",
            "2021-01-12",
        );
        assert_eq!(
            got,
            [(
                "In September this year".into(),
                "2020-09-01/2020-09-30 month".into()
            )]
        );
        let got = resolved(
            "The last meteor shower this year peaked on December 14.",
            "2021-01-12",
        );
        assert_eq!(
            got,
            [
                ("this year".into(), "2020-01-01/2020-12-31 year".into()),
                ("December 14".into(), "2020-12-14 day".into()),
            ]
        );
        // A month to come keeps this year; so does a record dated in the summer.
        let got = resolved(
            "In September this year, the old bridge will reopen.",
            "2021-01-12",
        );
        assert_eq!(
            got,
            [(
                "In September this year".into(),
                "2021-09-01/2021-09-30 month".into()
            )]
        );
        let got = resolved(
            "The last meteor shower this year peaked on December 14.",
            "2021-07-12",
        );
        assert_eq!(
            got[0],
            ("this year".into(), "2021-01-01/2021-12-31 year".into())
        );
    }

    /// A quotation's "tonight" after a day the article told on the eve of its publication
    /// date is that day; a post's is not (2021-03-15 is a Monday).
    #[test]
    fn a_quotations_tonight_is_the_day_told_on_the_eve() {
        use crate::model::article::Article;
        let day_of = |text: &str, word: &str| {
            let article = Article::new("x", text)
                .published_in(Period::day(Date::parse_iso("2021-03-15").unwrap()));
            crate::extract::extract(&article)
                .mentions
                .into_iter()
                .find(|m| m.text == word)
                .and_then(|m| m.from)
                .map(|d| d.to_string())
        };
        let spoken = "The Hawks beat the Owls at home on Sunday night.\n\nIt was their \
                      third win in a row.\n\n\u{201c}We played our best hockey of the year \
                      tonight,\u{201d} the coach said.";
        assert_eq!(day_of(spoken, "tonight").as_deref(), Some("2021-03-14"));
        let posted = "The Hawks beat the Owls at home on Sunday night.\n\nIt was their \
                      third win in a row.\n\n\u{201c}Nobody saw a game like that \
                      tonight,\u{201d} one fan wrote.";
        assert_eq!(day_of(posted, "tonight").as_deref(), Some("2021-03-15"));
    }

    /// A count of years back beside a holiday's name before a noun (no date of its own) is
    /// that holiday's day in the year counted to; beside another date it stays a year.
    #[test]
    fn years_ago_beside_a_holidays_name_is_its_day() {
        let got = resolved(
            "Thieves struck the Christmas Eve market two years ago.",
            "2021-06-10",
        );
        assert_eq!(got, [("two years ago".into(), "2019-12-24 day".into())]);
        let got = resolved(
            "Thieves struck the Christmas Eve market two years ago and in 2020.",
            "2021-06-10",
        );
        assert_eq!(
            got[0],
            ("two years ago".into(), "2019-01-01/2019-12-31 year".into())
        );
    }
}
