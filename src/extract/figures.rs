//! Figures: amounts of money, counts, percentages, ratios and durations.
//!
//! A figure is a number (digits, number words, a vague plural such as "dozens") read together
//! with what stands around it: a hedge before it ("over"), a currency, a scale word, and the
//! word after it that says what sort of figure it is ("percent", "times", "days", a noun).
//!
//! One file, about 900 lines, because one scan reads a number with its hedge, currency, scale word
//! and the word after it, and the five kinds differ only in that last word: their rules share the
//! scan.

use super::language;
use super::text::{Text, TokenKind};
use crate::model::claim::{Bound, Kind};
use crate::model::lexicon::{class, data_lines, word_set, CurrencyPosition, Lexicon};
use crate::model::names::without_possessive;
use rustc_hash::{FxHashMap, FxHashSet};

/// A figure found in the text, in token indices.
#[derive(Clone, Debug)]
pub struct Figure {
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub bound: Bound,
    pub unit: Option<String>,
    pub ambiguous: bool,
    pub duration: Option<String>,
}

impl Figure {
    /// A duration over tokens `first..last`, as an ISO 8601 duration (none when the length
    /// cannot be written as one).
    fn duration(first: usize, last: usize, bound: Bound, duration: Option<String>) -> Figure {
        Figure {
            first,
            last,
            kind: Kind::Duration,
            value: None,
            low: None,
            bound,
            unit: None,
            ambiguous: false,
            duration,
        }
    }

    /// A ratio ("twice", "3x") of `value` over tokens `first..last`.
    fn ratio(first: usize, last: usize, value: f64, bound: Bound) -> Figure {
        Figure::valued(Kind::Ratio, first, last, value, bound)
    }

    /// A figure of `kind` and `value` over tokens `first..last`, with no unit, range or
    /// duration (a count, a percent, a ratio; an amount gets its currency after).
    fn valued(kind: Kind, first: usize, last: usize, value: f64, bound: Bound) -> Figure {
        Figure {
            first,
            last,
            kind,
            value: Some(value),
            low: None,
            bound,
            unit: None,
            ambiguous: false,
            duration: None,
        }
    }
}

/// A number as written: its value and the tokens it spans.
#[derive(Clone, Copy, Debug)]
struct Number {
    value: f64,
    low: Option<f64>,
    /// One past the last token of the number (scale word included).
    end: usize,
    /// Written in words ("three"), not digits.
    words: bool,
    /// A vague plural ("dozens"): a lower bound.
    vague: bool,
    scaled: bool,
    integral: bool,
}

impl Number {
    /// A whole number written as a word ("one", "pair"), exact, ending before token `end`.
    fn word(value: f64, end: usize) -> Number {
        Number {
            value,
            low: None,
            end,
            words: true,
            vague: false,
            scaled: false,
            integral: true,
        }
    }
}

pub fn find(t: &Text, lex: &Lexicon, taken: &mut [bool]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let places = Places::new(t);
    // The English words around a number make it a figure: a paragraph of another language
    // (a recipe's quantities, a race calendar) holds none of them.
    let foreign = language::foreign_lines(t);
    let mut i = 0;
    while i < t.tokens.len() {
        if taken[i]
            || foreign.get(t.tokens[i].line as usize) == Some(&true)
            || opens_no_figure(t, i)
        {
            i += 1;
            continue;
        }
        let found = ratio_word(t, lex, i)
            .or_else(|| multiplier_at(t, lex, i))
            .or_else(|| how_often_adverb_at(t, i))
            .or_else(|| factor_at(t, lex, i))
            .or_else(|| fraction_at(t, lex, i))
            .or_else(|| one_in_at(t, lex, i))
            .or_else(|| slash_fraction_at(t, lex, i))
            .or_else(|| unit_duration(t, lex, i))
            .or_else(|| figure_at(t, lex, i, &out, &places));
        match found {
            Some(mut fig) => {
                trailing_hedge(t, lex, &mut fig);
                if fig.kind == Kind::Amount && fig.ambiguous {
                    places.settle_currency(&mut fig);
                }
                for flag in &mut taken[fig.first..fig.last] {
                    *flag = true;
                }
                i = fig.last;
                out.push(fig);
            }
            None => i += 1,
        }
    }
    out
}

/// A currency that shares its name with others, and the places that tell it
/// (`data/words/currency-places.tsv`).
struct PlaceCurrency {
    code: &'static str,
    names: Vec<&'static str>,
}

/// The rows of `currency-places.tsv`, and for each place word the rows it counts for.
type PlaceTable = (Vec<PlaceCurrency>, FxHashMap<&'static str, Vec<usize>>);

/// The currencies of `currency-places.tsv`, read once.
fn place_currencies() -> &'static PlaceTable {
    static TABLE: std::sync::OnceLock<PlaceTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut rows = Vec::new();
        let mut places: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
        for line in data_lines(include_str!("../../data/words/currency-places.tsv")) {
            let mut cols = line.split('\t').map(str::trim);
            let (Some(code), Some(names), Some(words)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                places.entry(w).or_default().push(rows.len());
            }
            rows.push(PlaceCurrency {
                code,
                names: names
                    .split(',')
                    .map(str::trim)
                    .filter(|n| *n != "-")
                    .collect(),
            });
        }
        (rows, places)
    })
}

/// Whether the currency `code` is one of those the shared name `name` ("$") stands for.
fn shares_name(code: &str, name: &str) -> bool {
    place_currencies()
        .0
        .iter()
        .any(|r| r.code == code && r.names.contains(&name))
}

/// Where an article is set, as far as a shared currency name needs it: how often it names
/// the places of each row of `currency-places.tsv`, counted once, when first asked.
struct Places<'t, 'a> {
    t: &'t Text<'a>,
    counts: std::cell::OnceCell<Vec<usize>>,
}

impl<'t, 'a> Places<'t, 'a> {
    fn new(t: &'t Text<'a>) -> Self {
        Places {
            t,
            counts: std::cell::OnceCell::new(),
        }
    }

    fn counts(&self) -> &[usize] {
        self.counts.get_or_init(|| {
            let (rows, places) = place_currencies();
            let mut counts = vec![0; rows.len()];
            for j in 0..self.t.tokens.len() {
                if !self.t.tokens[j].is_word() || !self.t.is_capitalized(j) {
                    continue;
                }
                for &row in places.get(self.t.low(j)).into_iter().flatten() {
                    counts[row] += 1;
                }
            }
            counts
        })
    }

    /// The currency the shared name `name` ("pounds", "$") stands for where the article is
    /// set, when that is not its usual reading `usual`: another currency of the name whose
    /// places the article names twice or more, and more often than any other row's (the
    /// usual currency's and those of countries whose money has a name of its own).
    fn local(&self, name: &str, usual: &str) -> Option<&'static str> {
        let (rows, _) = place_currencies();
        if !rows.iter().any(|r| r.names.contains(&name)) {
            return None;
        }
        let counts = self.counts();
        let (top, &most) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
        let row = &rows[top];
        let alone = counts.iter().filter(|n| **n == most).count() == 1;
        (alone && most >= 2 && row.code != usual && row.names.contains(&name)).then_some(row.code)
    }

    /// Gives an amount written with a shared name the currency of the article's place.
    fn settle_currency(&self, fig: &mut Figure) {
        let Some(usual) = fig.unit.clone() else {
            return;
        };
        let local = (fig.first..fig.last.min(self.t.tokens.len()))
            .find_map(|j| self.local(self.t.low(j), &usual));
        if let Some(code) = local {
            fig.unit = Some(code.to_owned());
            fig.ambiguous = false;
        }
    }
}

/// "a billion years or so", "50 or more": a hedge after the figure widens its span and sets
/// its bound, when the figure has none of its own.
fn trailing_hedge(t: &Text, lex: &Lexicon, fig: &mut Figure) {
    if let Some((end, bound)) = trailing_hedge_at(t, lex, fig.last) {
        fig.last = end;
        if fig.bound == Bound::Exact {
            fig.bound = bound;
        }
    }
}

/// A hedge written after a figure that ends before token `k` ("or more", "or so"): the token
/// after it and its bound.
fn trailing_hedge_at(t: &Text, lex: &Lexicon, k: usize) -> Option<(usize, Bound)> {
    if k >= t.tokens.len() || !t.same_line(k - 1, k) || !t.tokens[k].is_word() {
        return None;
    }
    lex.trailing_hedges.iter().find_map(|(words, bound)| {
        let n = words.len();
        (k + n <= t.tokens.len()
            && t.same_line(k, k + n - 1)
            && words
                .iter()
                .enumerate()
                .all(|(j, w)| t.tokens[k + j].is_word() && t.low(k + j) == w))
        .then_some((k + n, *bound))
    })
}

/// Words after which "the", "as", "that", "what" or a possessive is multiplied: "twice the
/// payload", "more than double what it paid".
fn multiplier_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if !t.tokens[i].is_word() || !t.has_class(i, class::MULTIPLIER) {
        return None;
    }
    let value = *lex.multipliers.get(t.low(i))?;
    let next = t.low_at(i + 1)?;
    if !t.same_line(i, i + 1) {
        return None;
    }
    let article = i > 0 && matches!(t.low(i - 1), "a" | "an" | "the");
    // "a triple helping of the original": that many times the amount of it.
    if article && next == "dose" && t.low_at(i + 2) == Some("of") && t.same_line(i - 1, i + 2) {
        return Some(Figure::ratio(i - 1, i + 2, value, Bound::Exact));
    }
    // "double power of the old engine": a multiple of the measure that follows, named
    // before "of".
    let measure_of = t.tokens[i + 1].is_word()
        && !lex.function_words.contains(next)
        && t.low_at(i + 2) == Some("of")
        && t.same_line(i, i + 2);
    if article || !(measure_of || is_multiplied(next)) {
        return None;
    }
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure::ratio(first, i + 1, value, bound))
}

/// The how-often adverbs (`data/words/how-often-adverbs.tsv`) and their counts. A handful of
/// words, tried at every word of the article: a scan of the list costs less than hashing the
/// word.
fn how_often_words() -> &'static [(&'static str, f64)] {
    static WORDS: std::sync::OnceLock<Vec<(&'static str, f64)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        data_lines(include_str!("../../data/words/how-often-adverbs.tsv"))
            .filter_map(|line| {
                let (word, value) = line.split_once('\t')?;
                Some((word.trim(), value.trim().parse().ok()?))
            })
            .collect()
    })
}

/// Whether no detector of [`find`] can start at token `i`, told by the first test of each: a
/// word with no digit, in none of the figure vocabularies (ratio, multiplier, fraction and
/// number words, the how-often adverbs), not one of the words some detector opens with, and
/// with no hyphen after it. Most words of an article; each detector would slice the word and
/// try its own test on it again. Nor a punctuation mark: every detector opens on a word or a
/// number (a currency symbol or a hedge before it is taken back from there).
fn opens_no_figure(t: &Text, i: usize) -> bool {
    let tok = &t.tokens[i];
    if matches!(tok.kind, TokenKind::Punct(_)) {
        return true;
    }
    // The words some detector opens with and the how-often adverbs carry
    // `class::FIGURE_OPENER` (`lexicon::FIGURE_OPENERS`): a bit test, not string matches.
    tok.is_word()
        && !tok.digits
        && !t.has_class(
            i,
            class::RATIO
                | class::MULTIPLIER
                | class::FRACTION
                | class::NUMBER
                | class::FIGURE_OPENER,
        )
        && !t.tokens.get(i + 1).is_some_and(|x| x.is_punct('-'))
        // "hourlong", "weeklong" (`unit_duration`). (Its bytes: no `str` slice at every word;
        // the last byte alone first, most words end in no "g".)
        && (t.lower.as_bytes()[tok.end - 1] != b'g'
            || !t.lower.as_bytes()[tok.start..tok.end].ends_with(b"long"))
}

/// "rushed to hospital twice", "twice divorced": how many times it happened, a count
/// (`data/words/how-often-adverbs.tsv`). Runs after `multiplier_at`, so "twice the payload" and
/// "twice as many" are ratios already; "twice a day", "twice weekly" are rates, no count.
fn how_often_adverb_at(t: &Text, i: usize) -> Option<Figure> {
    if !t.tokens[i].is_word() {
        return None;
    }
    let words = how_often_words();
    static IDIOMS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let low = t.low(i);
    // The last row of a word counts, as it did when the list was a map.
    let value = words.iter().rfind(|(w, _)| *w == low)?.1;
    let idioms =
        IDIOMS.get_or_init(|| word_set(include_str!("../../data/words/how-often-idioms.txt")));
    if i > 0 && idioms.contains(format!("{} {}", t.low(i - 1), t.low(i)).as_str()) {
        return None;
    }
    // A hyphen makes a compound ("twice-weekly"); a word after that makes a rate or a
    // multiple.
    let joined = |k: usize| {
        t.tokens
            .get(k)
            .is_some_and(|x| x.is_punct('-') || x.is_punct('‑'))
            && t.touching(k.saturating_sub(1), k)
    };
    if joined(i + 1) || (i > 0 && joined(i - 1)) {
        return None;
    }
    if t.same_line(i, i + 1)
        && t.low_at(i + 1).is_some_and(|w| {
            is_multiplied(w)
                || matches!(
                    w,
                    "a" | "an"
                        | "per"
                        | "each"
                        | "every"
                        | "daily"
                        | "weekly"
                        | "monthly"
                        | "yearly"
                        | "annually"
                        | "my"
                        | "your"
                        | "this"
                        | "these"
                        | "those"
                        | "more"
                        | "over"
                        | "than"
                )
        })
    {
        return None;
    }
    Some(Figure::valued(Kind::Count, i, i + 1, value, Bound::Exact))
}

/// Whether the word at `j`, after "N times", compares: "times the speed", "times as fast",
/// "times faster", "times more", "times over", "times what it paid". Without it (and without
/// a word of change before the number: "rose 3 times"), "N times" tells how often a thing was
/// done ("fired three times to reach orbit", "reflown six times.", "three times with the
/// club"): a count.
fn times_compares(t: &Text, j: usize) -> bool {
    if j >= t.tokens.len() || !t.same_line(j - 1, j) || !t.tokens[j].is_word() {
        return false;
    }
    let w = t.low(j);
    if is_multiplied(w)
        || matches!(
            w,
            "more" | "less" | "fewer" | "over" | "worse" | "better" | "further" | "farther"
        )
    {
        return true;
    }
    // A comparative in "-er" ("larger", "higher", "faster"), not one of the words that only
    // end so.
    w.len() > 4
        && w.ends_with("er")
        && !matches!(
            w,
            "after"
                | "under"
                | "never"
                | "other"
                | "others"
                | "either"
                | "neither"
                | "whether"
                | "together"
                | "rather"
                | "however"
                | "later"
                | "earlier"
                | "ever"
                | "thereafter"
                | "hereafter"
                | "whenever"
                | "wherever"
                | "whatever"
                | "whoever"
                | "forever"
                | "hereunder"
        )
}

/// Whether a multiplier before `word` multiplies it: "twice the", "twice as", "double what", a
/// possessive.
fn is_multiplied(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "as"
            | "that"
            | "those"
            | "what"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
    )
}

/// "1/10th of the energy", "about 2/3 of voters": a fraction written with a slash, before
/// "of", is a share of a whole, as a percent. Not after another number ("2 2/3 innings" is a
/// mixed number), nor a date or a rate ("9/11", "24/7": the first number is smaller).
fn slash_fraction_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if t.tokens[i].kind != TokenKind::Number || i + 3 >= t.tokens.len() {
        return None;
    }
    if !t.tokens[i + 1].is_punct('/')
        || !t.touching(i, i + 1)
        || !t.touching(i + 1, i + 2)
        || t.low(i + 3) != "of"
        || !t.same_line(i, i + 3)
    {
        return None;
    }
    if i > 0 && t.tokens[i - 1].is_number() && t.same_line(i - 1, i) {
        return None;
    }
    let top: f64 = t.tok(i).parse().ok()?;
    // "10th", "3rd", "10ths": the denominator may be written as an ordinal.
    let den = t.low(i + 2);
    let digits = den.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !matches!(
        &den[digits.len()..],
        "" | "th" | "ths" | "rd" | "rds" | "nd" | "nds"
    ) {
        return None;
    }
    let bottom: f64 = digits.parse().ok()?;
    if top < 1.0 || bottom <= top || bottom > 100.0 {
        return None;
    }
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure::valued(
        Kind::Percent,
        first,
        i + 3,
        top / bottom * 100.0,
        bound,
    ))
}

/// "by a factor of two", "a factor of 10 more": a multiple named by the number after it.
fn factor_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    // (The word's bytes: this runs at every token that may open a figure.)
    let tok = &t.tokens[i];
    let a = match &t.lower.as_bytes()[tok.start..tok.end] {
        b"by" => i + 1,
        b"a" => i,
        _ => return None,
    };
    if t.low_at(a) != Some("a")
        || t.low_at(a + 1) != Some("factor")
        || t.low_at(a + 2) != Some("of")
    {
        return None;
    }
    let n = number_at(t, lex, a + 3)?;
    if n.vague || n.low.is_some() || !t.same_line(i, n.end - 1) || n.value <= 1.0 {
        return None;
    }
    Some(Figure::ratio(i, n.end, n.value, Bound::Exact))
}

/// "two-thirds of voters", "about half the population", "well over a third of": a fraction
/// of a whole, as a percent. Not a fraction of time ("half an hour", "a quarter of the
/// year"), nor a part of a period or a sum ("the first half of", "two and a half of").
fn fraction_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    // The class bit says whether any fraction starts with the word, before the list is tried.
    if !t.tokens[i].is_word() || !t.has_class(i, class::FRACTION) {
        return None;
    }
    let low = t.low(i);
    if i > 0
        && matches!(
            t.low(i - 1),
            "the" | "first" | "second" | "latter" | "other" | "a"
        )
    {
        return None;
    }
    for (words, value) in &lex.fractions {
        if words[0] != low {
            continue;
        }
        // The words in order, over the hyphens between them ("two-thirds").
        let mut j = i;
        let mut ok = true;
        for (n, w) in words.iter().enumerate() {
            if n > 0 && j < t.tokens.len() && t.tokens[j].is_punct('-') && t.touching(j - 1, j) {
                j += 1;
            }
            if j < t.tokens.len()
                && t.same_line(i, j)
                && t.tokens[j].is_word()
                && t.low_bytes(j) == w.as_bytes()
            {
                j += 1;
            } else {
                ok = false;
                break;
            }
        }
        if !ok || j >= t.tokens.len() || !t.same_line(i, j) {
            continue;
        }
        // "a quarter of a percentage point", "half a percentage point": that share of one
        // point, as a percent.
        let mut p = j;
        if t.low(p) == "of" {
            p += 1;
        }
        if matches!(t.low_at(p), Some("a" | "an")) {
            p += 1;
        }
        if p > j
            && t.low_at(p) == Some("percentage")
            && matches!(t.low_at(p + 1), Some("point" | "points"))
            && t.same_line(i, p + 1)
        {
            let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
            return Some(Figure::valued(
                Kind::Percent,
                first,
                p + 2,
                *value / 100.0,
                bound,
            ));
        }
        // "just over half were women", "nearly half say": a hedged share of the people
        // just spoken of, told by the verb after it.
        if let Some((first, bound)) = hedge_before(t, lex, i).filter(|_| {
            matches!(
                t.low(j),
                "were" | "are" | "was" | "is" | "have" | "had" | "has"
            )
        }) {
            return Some(Figure::valued(Kind::Percent, first, j, *value, bound));
        }
        let of = match t.low(j) {
            "of" => j + 1,
            "the" => j,
            // "lost half its value": a share of what the possessive owns.
            "its" | "their" | "his" | "her" | "our" if low == "half" && words.len() == 1 => j,
            _ => continue,
        };
        // Past an article: a unit of time makes it a length of time, not a share.
        let mut k = of;
        while k < t.tokens.len()
            && matches!(
                t.low(k),
                "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
            )
        {
            k += 1;
        }
        if k >= t.tokens.len() || !(t.tokens[k].is_word() || t.tokens[k].is_number()) {
            continue;
        }
        let noun = t.low(k);
        // "a quarter of a million euros": a share of a number, read with it (figure_at).
        if k > of && noun.len() > 3 && lex.scales.contains_key(noun) {
            continue;
        }
        // "half of 2019" is a part of a period; "three quarters of the 2,000 staff" a share
        // of the number counted after the article.
        if lex.time_units.contains_key(noun)
            || lex
                .time_units
                .contains_key(noun.strip_suffix('s').unwrap_or(noun))
            || (t.tokens[k].is_number() && k == of)
        {
            continue;
        }
        let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
        return Some(Figure::valued(Kind::Percent, first, j, *value, bound));
    }
    None
}

/// The most people a share "one in N" is told of: "one in five adults", "nine in 10 voters",
/// "one in 1,000 births" (not "one in 2019").
const ONE_IN_MOST: f64 = 1000.0;

/// "one in five adults", "nine in 10 voters": a share of a whole, as a percent. Not of a
/// length of time ("one in 10 years").
fn one_in_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    // The number is one token ("one", "9"): test the word after it before reading it. Not
    // the end of a record or score ("went 41-12-3 in four seasons").
    // "nine out of 10": the same share, over "out of".
    // (The word after it read once, and only when it is short enough to be "out" or "in":
    // this runs at every token that may open a figure.)
    let next = t
        .tokens
        .get(i + 1)
        .filter(|x| x.end - x.start <= "out".len())
        .map(|_| t.low(i + 1));
    let out_of = next == Some("out") && t.low_at(i + 2) == Some("of");
    let at = if out_of { i + 3 } else { i + 2 };
    if !(out_of || next == Some("in"))
        || !t.same_line(i, at)
        || (i > 0 && t.tokens[i - 1].is_punct('-') && t.touching(i - 1, i))
    {
        return None;
    }
    // "one" alone is no number of `number_at` (an indefinite); before "in N" it is.
    let part = if t.low(i) == "one" {
        1.0
    } else {
        let n = number_at(t, lex, i)?;
        if n.end != i + 1 || n.vague || n.scaled || !n.integral || n.value < 1.0 {
            return None;
        }
        n.value
    };
    let whole = number_at(t, lex, at)?;
    if whole.vague
        || whole.scaled
        || whole.low.is_some()
        || !whole.integral
        || whole.value <= part
        || whole.value > ONE_IN_MOST
    {
        return None;
    }
    // "won seven out of 12 games" tells two counts; a share is told over a round whole
    // ("three out of four", "nine out of 10").
    if out_of && ![3.0, 4.0, 5.0, 10.0, 100.0, 1000.0].contains(&whole.value) {
        return None;
    }
    let after = t.low_at(whole.end).unwrap_or("");
    if lex.time_units.contains_key(after)
        || lex
            .time_units
            .contains_key(after.strip_suffix('s').unwrap_or(after))
        || percent_sign(t, whole.end).is_some()
    {
        return None;
    }
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure::valued(
        Kind::Percent,
        first,
        whole.end,
        part / whole.value * 100.0,
        bound,
    ))
}

/// The face values banknotes are printed in.
fn is_denomination(value: f64) -> bool {
    [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0].contains(&value)
}

/// "a dozen", "half a dozen", "half-a-dozen" before "dozen" at token `i`: the first token
/// and whether a half is meant.
fn article_before_dozen(t: &Text, i: usize) -> Option<(usize, bool)> {
    // One step back over a hyphen that joins its neighbours ("half-a-dozen").
    let back = |k: usize| -> Option<usize> {
        let k = k.checked_sub(1)?;
        if t.tokens[k].is_punct('-') && k > 0 && t.touching(k - 1, k) && t.touching(k, k + 1) {
            k.checked_sub(1)
        } else {
            Some(k)
        }
    };
    let a = back(i).filter(|&k| matches!(t.low(k), "a" | "an") && t.same_line(k, i))?;
    match back(a) {
        Some(h) if t.low(h) == "half" && t.same_line(h, i) => Some((h, true)),
        _ => Some((a, false)),
    }
}

/// A fraction's words and "of" just before token `i` ("a quarter of", "two-thirds of"), on
/// its line: its first token and its percent.
fn fraction_before_of(t: &Text, lex: &Lexicon, i: usize) -> Option<(usize, f64)> {
    if i < 2 || t.low(i - 1) != "of" || !t.same_line(i - 2, i) {
        return None;
    }
    for (words, value) in &lex.fractions {
        // Back over the words from the last, skipping a hyphen between two of them.
        let mut j = i - 1;
        let mut ok = true;
        for (n, w) in words.iter().rev().enumerate() {
            if n > 0 && j > 0 && t.tokens[j - 1].is_punct('-') && t.touching(j - 1, j) {
                j -= 1;
            }
            if j > 0 && t.tokens[j - 1].is_word() && t.low(j - 1) == w && t.same_line(j - 1, i) {
                j -= 1;
            } else {
                ok = false;
                break;
            }
        }
        if ok {
            return Some((j, *value));
        }
    }
    None
}

/// "doubled", "more than tripled", "halving".
fn ratio_word(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if !t.has_class(i, class::RATIO) {
        return None;
    }
    // "doubled down on": a phrasal verb, no ratio.
    if t.low_at(i + 1) == Some("down") {
        return None;
    }
    // "the lid doubles as a tray": serves as, no ratio.
    if t.low_at(i + 1) == Some("as") && matches!(t.low_at(i + 2), Some("a" | "an")) {
        return None;
    }
    // "quadruple-doubles", "doubling-down": a compound with a hyphen names a thing or an
    // idiom, no ratio.
    let hyphen_before = i >= 2
        && t.tokens[i - 1].is_punct('-')
        && t.tokens[i - 2].is_word()
        && t.touching(i - 2, i - 1)
        && t.touching(i - 1, i);
    let hyphen_after = i + 2 < t.tokens.len()
        && t.tokens[i + 1].is_punct('-')
        && t.tokens[i + 2].is_word()
        && t.touching(i, i + 1)
        && t.touching(i + 1, i + 2);
    if hyphen_before || hyphen_after {
        return None;
    }
    // "the doubles final", "a doubles in each round": the game for pairs. A verb "doubles"
    // takes an object after a word of grammar ("doubles its", "doubles to").
    if t.low(i) == "doubles" {
        let after_article =
            i > 0 && t.same_line(i - 1, i) && matches!(t.low(i - 1), "a" | "an" | "the");
        let before_noun = t.low_at(i + 1).is_some_and(|w| {
            t.same_line(i, i + 1)
                && t.tokens[i + 1].is_word()
                && !t.is_capitalized(i + 1)
                && !lex.function_words.contains(w)
        });
        if after_article || before_noun {
            return None;
        }
    }
    let value = *lex.ratio_words.get(t.low(i))?;
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure::ratio(first, i + 1, value, bound))
}

/// Durations without digits: "half a year", "half year", "within a year", "a full year",
/// "over an hour", "a couple of hours", "month-long".
fn unit_duration(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if let Some(fig) = article_duration(t, lex, i) {
        return Some(fig);
    }
    // "an hourlong debate", "a weeklong trial": "-long" written solid onto the unit.
    if let Some(unit) = (t.tokens[i].is_word())
        .then(|| t.low(i))
        .and_then(|low| low.strip_suffix("long"))
        .filter(|u| u.len() >= 3)
        .and_then(|u| lex.time_units.get(u))
    {
        return Some(Figure::duration(
            i,
            i + 1,
            Bound::Exact,
            iso_duration(1.0, unit),
        ));
    }
    let (value, mut first, mut j, mut bound) = match t.low(i) {
        "half" => (0.5, i, i + 1, Bound::Exact),
        "within" | "for" | "in" if matches!(t.low_at(i + 1), Some("a" | "an")) => (
            1.0,
            i,
            i + 1,
            if t.low(i) == "within" {
                Bound::AtMost
            } else {
                Bound::Exact
            },
        ),
        _ => return None,
    };
    if matches!(t.low_at(j), Some("a" | "an")) {
        j += 1;
    }
    if j >= t.tokens.len() || !t.same_line(i, j) {
        return None;
    }
    let unit = lex.time_units.get(t.low(j))?;
    if t.low(j).ends_with('s') || matches!(t.low_at(j + 1), Some("ago" | "later" | "earlier")) {
        return None;
    }
    // "in a year" is a date to come, "for a year" a duration only with a verb before it; both
    // are left to the reader unless hedged.
    if t.low(i) == "in" {
        return None;
    }
    if value == 1.0 && t.low(i) == "for" {
        first = i + 1;
    }
    if let Some((h, b)) = hedge_before(t, lex, first) {
        first = h;
        bound = b;
    }
    Some(Figure::duration(
        first,
        j + 1,
        bound,
        iso_duration(value, unit),
    ))
}

/// A time unit written as a word, singular, perhaps possessive ("hour's").
fn singular_unit<'l>(t: &Text, lex: &'l Lexicon, j: usize) -> Option<&'l (String, u32)> {
    if j >= t.tokens.len() || !t.tokens[j].is_word() {
        return None;
    }
    let low = t.low(j);
    let low = without_possessive(low);
    if low.ends_with('s') {
        return None;
    }
    lex.time_units.get(low)
}

/// "a full year", "over an hour", "an hour's flight", "(within) a couple of minutes",
/// "month-long".
fn article_duration(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    // Most tokens open none: a cheap test before any lookup (the word's bytes, not a slice).
    let hyphen_next = t.tokens.get(i + 1).is_some_and(|x| x.is_punct('-'));
    let tok = &t.tokens[i];
    if !hyphen_next
        && !matches!(
            &t.lower.as_bytes()[tok.start..tok.end],
            b"a" | b"an" | b"one" | b"couple"
        )
    {
        return None;
    }
    let low = t.low(i);
    let fig = |first: usize, last: usize, value: f64, unit: &(String, u32), bound: Bound| {
        Some(Figure::duration(
            first,
            last,
            bound,
            Some(iso_duration(value, unit)?),
        ))
    };
    // "a one-year contract", "a one-week strike": "one" is a number only before a scale
    // word, so its compounds with a unit are read here (not "a one-year-old").
    if low == "one" && hyphen_next && t.touching(i, i + 1) {
        let (end, unit) = time_unit_after(t, lex, i + 1)?;
        if is_age(t, lex, end) || !t.touching(i + 1, i + 2) {
            return None;
        }
        let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
        return fig(first, end, 1.0, &unit, bound);
    }
    // "month-long"
    if let Some(unit) = singular_unit(t, lex, i) {
        if i + 2 < t.tokens.len()
            && t.tokens[i + 1].is_punct('-')
            && t.touching(i, i + 1)
            && t.touching(i + 1, i + 2)
            && t.low(i + 2) == "long"
        {
            return fig(i, i + 3, 1.0, unit, Bound::Exact);
        }
        return None;
    }
    let mut j = i + 1;
    if !matches!(low, "a" | "an" | "one" | "couple") || j >= t.tokens.len() || !t.same_line(i, j) {
        return None;
    }
    // "a day after the vote", "one month before the launch": the length of time between two
    // happenings (a count of days after an event is a duration, as "three days after" is).
    if low != "couple"
        && matches!(t.low_at(j + 1), Some("after" | "before"))
        && t.same_line(i, j + 1)
        && !(i > 0 && matches!(t.low(i - 1), "the" | "that" | "this"))
    {
        if let Some(unit) = singular_unit(t, lex, j) {
            let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
            return fig(first, j + 1, 1.0, unit, bound);
        }
    }
    if low == "one" {
        return None;
    }
    let later = |k: usize| matches!(t.low_at(k), Some("ago" | "later" | "earlier" | "before"));
    let hedge = hedge_before(t, lex, i);
    let within = i > 0 && t.low(i - 1) == "within";
    let (mut first, mut bound) = match (hedge, within) {
        (Some((h, b)), _) => (h, b),
        (None, true) => (i - 1, Bound::AtMost),
        (None, false) => (i, Bound::Exact),
    };
    // "a couple of hours", "couple of hours"
    let couple_at = if low == "couple" { i } else { j };
    if t.low(couple_at) == "couple" && t.low_at(couple_at + 1) == Some("of") {
        let k = couple_at + 2;
        if k >= t.tokens.len() || !t.same_line(i, k) || later(k + 1) {
            return None;
        }
        let plural = t.low(k).strip_suffix('s')?;
        let unit = lex.time_units.get(plural)?;
        if bound == Bound::Exact {
            bound = Bound::Approx;
        }
        if low == "couple" && first == i && i > 0 && matches!(t.low(i - 1), "a" | "the") {
            first = i - 1;
        }
        return fig(first, k + 1, 2.0, unit, bound);
    }
    if low == "couple" {
        return None;
    }
    let modifier = matches!(t.low(j), "full" | "whole");
    if modifier {
        j += 1;
    }
    let unit = singular_unit(t, lex, j)?;
    // "a quarter century": a quarter of the unit after, not three months.
    if let Some(larger) = (t.low(j) == "quarter" && t.same_line(j, j + 1))
        .then(|| singular_unit(t, lex, j + 1))
        .flatten()
    {
        return fig(first, j + 2, 0.25, larger, bound);
    }
    // "an hour and a half"
    if !modifier
        && t.low_at(j + 1) == Some("and")
        && t.low_at(j + 2) == Some("a")
        && t.low_at(j + 3) == Some("half")
        && t.same_line(i, j + 3)
    {
        return fig(first, j + 4, 1.5, unit, bound);
    }
    let possessive = t.low(j).ends_with("'s") || t.low(j).ends_with("’s");
    if !modifier
        && (t.low_at(j + 1) == Some("later")
            || (within_day(unit) && t.low_at(j + 1) == Some("earlier")))
    {
        return fig(first, j + 2, 1.0, unit, bound);
    }
    if later(j + 1) || !(modifier || possessive || hedge.is_some() || within) {
        return None;
    }
    fig(first, j + 1, 1.0, unit, bound)
}

fn figure_at(
    t: &Text,
    lex: &Lexicon,
    i: usize,
    earlier: &[Figure],
    places: &Places,
) -> Option<Figure> {
    if let Some(fig) = glued_amount(t, lex, i) {
        return Some(amount_range(t, lex, fig));
    }
    if let Some(fig) = pence(t, lex, i) {
        return Some(fig);
    }
    if let Some(fig) = glued_percent(t, lex, i) {
        return Some(fig);
    }
    let mut num = number_at(t, lex, i).or_else(|| last_part_one(t, lex, i, earlier))?;
    // "had never owed millions", "I don't have thousands": a vague plural denied states no
    // quantity.
    if num.vague && negated_before(t, i) {
        return None;
    }
    // "half a million dollars": half the scale word the article stands for.
    let half = num.scaled
        && matches!(t.low(i), "a" | "an")
        && i > 0
        && t.low(i - 1) == "half"
        && t.same_line(i - 1, i);
    // "a quarter of a million euros", "three-quarters of a billion": that share of the scale.
    let share = if num.scaled && matches!(t.low(i), "a" | "an" | "one") && !half {
        fraction_before_of(t, lex, i)
    } else {
        None
    };
    if half {
        num.value /= 2.0;
    }
    if let Some((_, percent)) = share {
        num.value = round_scaled(num.value * percent / 100.0);
    }
    let mut lead = match share {
        Some((start, _)) => start,
        None if half => i - 1,
        None => i,
    };
    // "more than a dozen", "half-a-dozen": the article (and a half) belong to the number,
    // so that a hedge before them bounds it.
    if t.low(i) == "dozen" {
        if let Some((start, halved)) = article_before_dozen(t, i) {
            lead = start;
            if halved {
                num.value /= 2.0;
            }
        }
    }
    let between = i > 0 && t.low(i - 1) == "between" && t.same_line(i - 1, i);
    if num.low.is_none() {
        if let Some((end, high)) = range_after(t, lex, num.end, between) {
            if high > num.value && (between || !is_change(t, lex, i)) {
                num.low = Some(num.value);
                num.value = high;
                num.end = end;
            }
        }
    }
    // "$4bn-plus", "50-plus people": that much or more.
    let plus = num.low.is_none()
        && num.end + 1 < t.tokens.len()
        && t.tokens[num.end].is_punct('-')
        && t.touching(num.end - 1, num.end)
        && t.touching(num.end, num.end + 1)
        && t.low(num.end + 1) == "plus";
    if plus {
        num.end += 2;
    }
    let k = num.end;
    let next_low = (k < t.tokens.len() && t.same_line(i, k)).then(|| t.low(k));

    let prefix = currency_before(t, lex, lead);
    let (mut first, mut bound) = (prefix.as_ref().map_or(lead, |p| p.0), Bound::Exact);
    if let Some((h, b)) = hedge_before(t, lex, first) {
        first = h;
        bound = b;
    } else if first >= 2
        && t.tokens[first - 1].is_punct('-')
        && t.touching(first - 2, first - 1)
        && t.touching(first - 1, first)
        && t.low(first - 2) == "sub"
    {
        // "sub-$7,500": below it.
        first -= 2;
        bound = Bound::AtMost;
    }
    if (num.vague || plus) && bound == Bound::Exact {
        bound = Bound::AtLeast;
    }
    // "a couple hundred", "a couple of buyers", "a score of stones".
    let about = t.low(i) == "couple"
        || (t.low(i) == "a" && matches!(t.low_at(i + 1), Some("couple" | "score")));
    if about && bound == Bound::Exact {
        bound = Bound::Approx;
    }
    // A range ("3–5", "between six and 12", "5 to 50") is read as its upper end.
    if num.low.is_some() && bound == Bound::Exact {
        bound = Bound::AtMost;
        if between && first == i {
            first = i - 1;
        }
    }
    let mut fig = Figure {
        first,
        last: k,
        kind: Kind::Count,
        value: Some(num.value),
        low: num.low,
        bound,
        unit: None,
        ambiguous: false,
        duration: None,
    };

    // "a $20 bill", "fifty dollar notes": a banknote's face value names the note, not a sum.
    if !num.scaled && is_denomination(num.value) {
        let after = currency_after(t, lex, k).map_or(k, |c| c.0);
        let note = t
            .low_at(after)
            .is_some_and(|w| matches!(w, "bill" | "bills" | "note" | "notes" | "banknotes"));
        if (prefix.is_some() || after > k) && note {
            return None;
        }
    }
    // Money: a currency before or after the number.
    if let Some((at, code, ambiguous)) = prefix {
        fig.kind = Kind::Amount;
        fig.unit = Some(code);
        fig.ambiguous = ambiguous;
        // "$5 billion USD" repeats the currency, "$5 AUD" tells which dollar; "down to $488
        // BTC is now priced" opens the next clause with another currency's name.
        if let Some((end, code, _, _)) = currency_after(t, lex, k) {
            let tells_which = ambiguous && shares_name(&code, t.low(at));
            if Some(&code) == fig.unit.as_ref() || tells_which {
                fig.last = end;
                if tells_which {
                    fig.unit = Some(code);
                    fig.ambiguous = false;
                }
            }
        }
        return Some(amount_range(t, lex, fig));
    }
    // A currency's name that is also a unit of weight ("119,000 pounds") is money only when
    // scaled ("8.7 billion pounds") or where the article also writes that currency's symbol.
    // "5 million pounds of thrust" weighs whatever the article writes elsewhere.
    let weight = |code: &str| {
        if !lex.measure_units.contains(t.low(k)) {
            return false;
        }
        let conversion = conversion_after(t, lex, k + 1);
        // "150 pounds" in a story set in Cairo: the place's currency, not a weight.
        let local = places.local(t.low(k), code).is_some();
        (t.low_at(k + 1) == Some("of") && t.same_line(k, k + 1) && !(local && num.scaled))
            || conversion == Some(true)
            || (conversion.is_none()
                && (speaks_of_weight(t, i)
                    || (!num.scaled && !local && !money_word_is_money(t, lex, code))))
    };
    if let Some((end, code, ambiguous, subunits)) =
        currency_after(t, lex, k).filter(|c| !weight(&c.1))
    {
        fig.kind = Kind::Amount;
        fig.unit = Some(code);
        fig.ambiguous = ambiguous;
        fig.last = end;
        if subunits > 1 {
            // "36 cents": hundredths of the unit.
            let per = f64::from(subunits);
            fig.value = fig.value.map(|v| v / per);
            fig.low = fig.low.map(|v| v / per);
        }
        return Some(fig);
    }
    // "a 2 billion-dollar deal": a scaled sum with its currency written on by a hyphen.
    if num.scaled
        && t.tokens.get(k).is_some_and(|x| x.is_punct('-'))
        && t.touching(k - 1, k)
        && t.touching(k, k + 1)
    {
        if let Some((end, code, ambiguous, 1)) =
            currency_after(t, lex, k + 1).filter(|c| !(weight(&c.1) || speaks_of_weight(t, i)))
        {
            fig.kind = Kind::Amount;
            fig.unit = Some(code);
            fig.ambiguous = ambiguous;
            fig.last = end;
            return Some(fig);
        }
    }
    // "billions of dollars": a vague plural of a currency.
    if num.vague && next_low == Some("of") {
        if let Some((end, code, ambiguous, 1)) = currency_after(t, lex, k + 1) {
            fig.kind = Kind::Amount;
            fig.unit = Some(code);
            fig.ambiguous = ambiguous;
            fig.last = end;
            return Some(fig);
        }
    }
    // "thousands of miles", "millions of years", "tens to hundreds of metres": a vague
    // measure or length of time, no count.
    let of = if num.vague
        && next_low == Some("to")
        && t.low_at(k + 1)
            .is_some_and(|w| lex.vague_numbers.contains_key(w))
    {
        k + 2
    } else {
        k
    };
    if num.vague
        && t.low_at(of) == Some("of")
        && t.same_line(i, of)
        && t.low_at(of + 1)
            .is_some_and(|w| lex.measure_units.contains(w) || lex.time_units.contains_key(w))
    {
        return None;
    }
    // Percent.
    if let Some(end) = percent_sign(t, k) {
        fig.kind = Kind::Percent;
        fig.last = end;
        return Some(percent_range(t, lex, fig));
    }
    // Ratio: "11.8 times more", "a threefold rise".
    // "caught around 30 times since October": how often, a count, unless a word of change
    // makes it a multiple ("rose 3 times since 2019").
    // "was downloaded 5 million times.", "arrested 12 times in two years": after a participle
    // with nothing compared after it, how often it was done.
    let done =
        fig.first > 0
            && t.tokens[fig.first - 1].is_word()
            && t.low(fig.first - 1).ends_with("ed")
            && t.same_line(fig.first - 1, fig.first)
            && (t.tokens.get(k + 1).is_none_or(|x| {
                matches!(x.kind, TokenKind::Punct('.' | ',' | ';' | ')' | '!' | '?'))
            }) || matches!(t.low_at(k + 1), Some("in" | "on" | "at" | "by")));
    let how_often = (done
        || t.low_at(k + 1).is_some_and(|w| {
            matches!(
                w,
                "since" | "during" | "so" | "already" | "this" | "last" | "between" | "before"
            )
        }))
        && !is_change(t, lex, fig.first);
    if next_low == Some("times")
        && !how_often
        && !matches!(t.low_at(k + 1), Some("a" | "an" | "per" | "each" | "every"))
    {
        // "fired three times to reach orbit": how often, a count over "N times", of what
        // the sentence does not name after it; "a four times champion" counts the titles.
        if !(times_compares(t, k + 1) || is_change(t, lex, fig.first)) {
            fig.last = k + 1;
            let limit = t
                .sentence_at(t.tokens[k].start)
                .map_or(t.tokens.len(), |s| t.sentences[s].tokens.1);
            fig.unit = title_won(t, lex, k + 1, limit, false);
            return Some(fig);
        }
        fig.kind = Kind::Ratio;
        fig.last = k + 1;
        return Some(fig);
    }
    if t.tokens[k.min(t.tokens.len() - 1)].is_punct('-') && t.low_at(k + 1) == Some("fold") {
        fig.kind = Kind::Ratio;
        fig.last = k + 2;
        return Some(fig);
    }
    // Measurements ("6 kilometers", "a 40-ton crane") are outside the claim kinds.
    if measure_unit_after(t, lex, k) {
        return None;
    }
    // "fell 10 to 12 feet", "reach 4 to 5½ feet": a change or range whose second number
    // carries a unit of measure measures the first too.
    let second = range_after(t, lex, k, between)
        .map(|(end, _)| end)
        .or_else(|| {
            // "4½": digits with a fraction written onto them, which no number reads.
            (matches!(next_low, Some("to" | "-" | "–"))
                && t.tokens.get(k + 1).is_some_and(|x| {
                    x.is_number() && t.tok(k + 1).starts_with(|c: char| c.is_ascii_digit())
                }))
            .then_some(k + 2)
        });
    if let Some(end) = second {
        let fraction = end < t.tokens.len()
            && t.touching(end - 1, end)
            && t.tok(end).chars().all(|ch| "½¼¾⅓⅔⅛".contains(ch));
        if measure_unit_after(t, lex, if fraction { end + 1 } else { end }) {
            return None;
        }
    }
    // Duration: "four weeks", "a four-day meeting"; an age ("a 44-year-old", "9-year old")
    // is none.
    if let Some((end, designator)) = time_unit_after(t, lex, k) {
        // "was turning 52 years old soon": an age reached, whatever follows "old".
        let reached = i > 0
            && matches!(t.low(i - 1), "turn" | "turns" | "turned" | "turning")
            && t.low_at(end) == Some("old");
        if reached || is_age(t, lex, end) {
            return None;
        }
        // "three-quarters of a billion": a share of what follows, not nine months.
        if t.low(end - 1).starts_with("quarter")
            && t.low_at(end) == Some("of")
            && matches!(t.low_at(end + 1), Some("a" | "an" | "one"))
            && t.low_at(end + 2)
                .is_some_and(|w| w.len() > 3 && lex.scales.contains_key(w))
        {
            return None;
        }
        // "the Nine Day Siege": capitals running on from the length into a noun make a name.
        if t.is_capitalized(i)
            && t.is_capitalized(end - 1)
            && end < t.tokens.len()
            && t.same_line(i, end)
            && t.tokens[end].is_word()
            && t.is_capitalized(end)
            && !title_case_line(t, i)
        {
            return None;
        }
        // "a raise over two years": "over" spans a duration rather than bounding it; after a
        // verb of lasting ("took over 60 hours", "for over a decade") it bounds it.
        let lasting = fig.first > 0
            && matches!(
                t.low(fig.first - 1),
                "took" | "take" | "takes" | "taking" | "lasted" | "lasting" | "for" | "after"
            );
        if fig.first < i && t.low(fig.first) == "over" && !lasting {
            fig.first = i;
            fig.bound = Bound::Exact;
        }
        // "within 24 hours": no longer than that.
        if fig.first == i && i > 0 && t.low(i - 1) == "within" && t.same_line(i - 1, i) {
            fig.first = i - 1;
            fig.bound = Bound::AtMost;
        }
        let mut iso = iso_duration(num.value, &designator)?;
        let mut end = end;
        if let Some((more, more_end)) = smaller_length_after(t, lex, end, &designator) {
            iso = join_iso(&iso, &more);
            end = more_end;
        }
        fig.kind = Kind::Duration;
        fig.value = None;
        fig.low = None;
        fig.duration = Some(iso);
        fig.last = end;
        return Some(fig);
    }

    // "15 minutes ago", "two hours later": a time relative to another, never a count (the
    // dates read those with a calendar unit).
    if t.same_line(i, k)
        && t.low_at(k).is_some_and(|w| lex.time_units.contains_key(w))
        && matches!(t.low_at(k + 1), Some("ago" | "later" | "earlier"))
    {
        return None;
    }
    // "the Dow fell 300 points", "the index closed at 7,500": a stock index's moves and
    // levels are measures on its own scale.
    if !num.words && speaks_of_index(t, i, k) {
        return None;
    }
    // "shares closed at 45.20", "will allocate 3.2 million for schools": a bare sum.
    if let Some((code, ambiguous)) = bare_price(t, lex, i, k, &num, earlier) {
        fig.kind = Kind::Amount;
        fig.unit = Some(code);
        fig.ambiguous = ambiguous;
        return Some(fig);
    }
    // "a Q-7B drone": a letter of scale written onto digits that a capitalized word and a
    // hyphen lead into is a model's code, not a billion.
    if num.scaled
        && !num.words
        && i >= 2
        && t.tokens[i - 1].is_punct('-')
        && t.touching(i - 2, i - 1)
        && t.touching(i - 1, i)
        && t.tokens[i - 2].is_word()
        && t.is_capitalized(i - 2)
        && (i..k - 1).all(|j| t.touching(j, j + 1))
    {
        return None;
    }
    // A count, unless the number is a year, part of a name or a version, a time of day, an
    // age, a score, a phone number or an address.
    if !num.scaled && !num.words {
        let tok = t.tok(i);
        if !num.integral || tok.starts_with('0') {
            return None; // "industry 4.0", "0123"
        }
        if feet_and_inches(t, i, k) {
            return None;
        }
        if is_not_a_quantity(t, lex, i, k) {
            return None;
        }
        if (1000.0..=2100.0).contains(&num.value) && !tok.contains(',') && num.low.is_none() {
            return None; // a year: dates read it
        }
        // "a top 10 hit", "the top 20 firms": a rank grouping.
        if i > 0 && t.same_line(i - 1, i) && t.low(i - 1) == "top" {
            return None;
        }
        if is_name_part(t, lex, i, first) || is_label(t, lex, i, k) {
            return None;
        }
    }
    if !num.scaled && !num.vague && is_age_turned(t, lex, i, k) {
        return None;
    }
    if !num.scaled && !num.vague && after_name_of(t, i) {
        return None;
    }
    // "a top-three finish", "a top-10 hit": a rank grouping written onto "top".
    if i >= 2
        && t.tokens[i - 1].is_punct('-')
        && t.touching(i - 2, i - 1)
        && t.touching(i - 1, i)
        && t.low(i - 2) == "top"
    {
        return None;
    }
    if !num.scaled && !num.vague && is_sequence_label(t, lex, i, k) {
        return None;
    }
    if !num.scaled && !num.vague && counts_group(t, i) {
        fig.unit = Some(GROUP_MEMBERS.to_owned());
        return Some(fig);
    }
    // "a thousand or more prisoners": what is counted follows the hedge written after.
    let k = trailing_hedge_at(t, lex, k).map_or(k, |(end, _)| end);
    if num.words && !num.vague && !counts_something(t, lex, k) && !still_to_come(t, i) {
        // "40 stores, including five in Ohio": a part of an earlier count, its noun left out.
        let unit = elliptic_count(t, lex, i, k, num.value, earlier)?;
        fig.unit = Some(unit);
        return Some(fig);
    }
    if !num.vague && is_rank(t, k) {
        return None;
    }
    // "Tarn with 108 years and Vell with 68": a bare number closing a clause joined on to a
    // length is a length in the same unit.
    if !num.scaled && !num.vague {
        if let Some(iso) = elliptic_duration(t, i, k, num.value, earlier) {
            fig.kind = Kind::Duration;
            fig.value = None;
            fig.low = None;
            fig.duration = Some(iso);
            return Some(fig);
        }
    }
    // "injuring one person", "rescued one Navy sailor": the person, not what an earlier
    // count of the sentence counted (a casualty verb before names it below).
    fig.unit = (t.low(i) == "one")
        .then(|| one_person_unit(t, lex, i))
        .flatten()
        .or_else(|| count_unit(t, lex, i, k, earlier));
    // "killed at least 14 people", "and wounding 42": what happened to them, told before,
    // over the bare "people" after it or what an earlier count of the sentence counted.
    let told_before = (fig.first > 0 && t.same_line(fig.first - 1, fig.first))
        .then(|| lex.casualties.get(t.low(fig.first - 1)))
        .flatten()
        .filter(|u| *u != "-");
    if fig.unit.is_none() && num.vague && num.value < 1e9 && vague_crowd(t, fig.first, k) {
        fig.unit = Some(GROUP_MEMBERS.to_owned());
    }
    if let Some(unit) = told_before {
        let plain = fig.unit.as_deref().is_none_or(|u| {
            matches!(u, "people" | "persons") || lex.casualties.values().any(|c| c == u)
        });
        if plain {
            fig.unit = Some(unit.clone());
        }
    }
    if fig.unit.is_none() {
        fig.unit = toll_before(t, lex, fig.first);
    }
    // "a town of 12,000", "a hamlet of about 90 people": the place's residents, over what
    // an earlier count of the sentence counted when no noun of its own follows.
    let own_noun = t.same_line(fig.last - 1, fig.last) && t.tokens[fig.last].is_word();
    if fig.first >= 2
        && t.low(fig.first - 1) == "of"
        && t.same_line(fig.first - 2, fig.first)
        && crate::model::frame::names_a_settlement(t.low(fig.first - 2))
        && (!own_noun
            || fig
                .unit
                .as_deref()
                .is_none_or(|u| matches!(u, "people" | "persons")))
    {
        fig.unit = Some(RESIDENTS.to_owned());
    }
    if lists_own_items(t, &fig) {
        return None;
    }
    Some(fig)
}

/// Whether a vague plural with no noun of its own ("as thousands marched", "evacuated
/// hundreds", "watched by millions") counts people: billions and more are not counted so
/// (money, or things: "billions in damage"); not when "among" or "of" ties it to
/// things named before ("among hundreds sent", "one of thousands"), nor after "the" ("in the
/// hundreds"), nor when a participle with its agent or source follows ("dozens more sent
/// from", "hundreds posted by").
fn vague_crowd(t: &Text, first: usize, k: usize) -> bool {
    if first > 0
        && t.same_line(first - 1, first)
        && matches!(t.low(first - 1), "among" | "of" | "the")
    {
        return false;
    }
    let mut j = k;
    if t.low_at(j) == Some("more") && t.same_line(first, j) {
        j += 1;
    }
    // "hundreds of", "millions in damage": things named after it, or money.
    if matches!(t.low_at(j), Some("of" | "in")) {
        return false;
    }
    let participle = j + 1 < t.tokens.len()
        && t.same_line(first, j + 1)
        && t.tokens[j].is_word()
        && matches!(t.low(j + 1), "by" | "from");
    !participle
}

/// Whether a count numbers a list article's own items: it opens a headline or a line ending
/// with a colon ("5 things to know", "Seven big questions ahead:") and counts a noun of such
/// lists (`data/words/list-nouns.txt`).
fn lists_own_items(t: &Text, fig: &Figure) -> bool {
    static NOUNS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let nouns = NOUNS.get_or_init(|| word_set(include_str!("../../data/words/list-nouns.txt")));
    let Some(head) = fig.unit.as_deref().and_then(|u| u.rsplit(' ').next()) else {
        return false;
    };
    if !nouns.contains(head.to_lowercase().as_str()) {
        return false;
    }
    let Some(line) = t.lines.get(t.tokens[fig.first].line as usize) else {
        return false;
    };
    let text = t.text[line.start..line.end].trim_end();
    let headline =
        line.tokens.1 - line.tokens.0 <= 20 && !text.ends_with(['.', '!', '?', '"', '”']);
    // "Harbour Plan: 4 ways it could change": a headline's part after its colon.
    let after_colon =
        headline && fig.first > line.tokens.0 && t.tokens[fig.first - 1].is_punct(':');
    (line.tokens.0 == fig.first && (headline || text.ends_with(':'))) || after_colon
}

/// How many tokens may stand between a length and a bare number that leaves out its unit
/// ("108 years and Vell with 68").
const ELLIPTIC_GAP: usize = 6;

/// The length a bare number (tokens `i..k`, `value`) gives when it closes its clause and its
/// sentence's figure just before it is a length in one unit, joined on by "and", "while" or
/// "but", the number after "and" or after the word the length comes after ("with 108 years
/// and ... with 68"): the unit left out is that length's. `None` otherwise.
fn elliptic_duration(
    t: &Text,
    i: usize,
    k: usize,
    value: f64,
    earlier: &[Figure],
) -> Option<String> {
    let sentence = t.sentences[t.sentence_at(t.tokens[i].start)?];
    let (first, last) = sentence.tokens;
    let closes =
        k >= last || !t.same_line(i, k) || [',', '.', ';'].iter().any(|&c| t.tokens[k].is_punct(c));
    let before = earlier.last()?;
    if !closes
        || before.kind != Kind::Duration
        || before.first < first
        || before.first == 0
        || before.last >= i
        || i - before.last > ELLIPTIC_GAP
        || i == 0
    {
        return None;
    }
    let joined = (before.last..i).any(|j| matches!(t.low(j), "and" | "while" | "but"));
    let numbers = (before.last..i).any(|j| t.tokens[j].is_number());
    let parallel = t.low(i - 1) == "and" || t.low(i - 1) == t.low(before.first - 1);
    if !joined || numbers || !parallel {
        return None;
    }
    // One unit, as "P108Y" or "PT3H": the same letter after the new value.
    let iso = before.duration.as_deref()?;
    let (head, rest) = if let Some(r) = iso.strip_prefix("PT") {
        ("PT", r)
    } else {
        ("P", iso.strip_prefix('P')?)
    };
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let letter = &rest[digits.len()..];
    if letter.len() != 1 || digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    (value.fract() == 0.0 && value > 0.0).then(|| format!("{head}{}{letter}", value as i64))
}

/// The words that open a part of a count told before it, its noun left out: "12 cameras,
/// including four on the mast", "three plants — two near the coast and one inland".
const PART_LEADS: &[&str] = &[
    "including",
    "includes",
    "include",
    "and",
    "-",
    "—",
    "–",
    "(",
    ":",
];

/// A number written in words that counts a part of an earlier count of its sentence without
/// naming the things again ("18 stores, including five in Ohio", "three plants — two in the
/// north and one in the south"): the earlier count's unit, when the number opens the part
/// (`PART_LEADS`), is smaller than the whole and no noun of its own follows it, with the
/// words of the part after it ("stores in Ohio").
fn elliptic_count(
    t: &Text,
    lex: &Lexicon,
    i: usize,
    k: usize,
    value: f64,
    earlier: &[Figure],
) -> Option<String> {
    if i == 0 || !t.same_line(i - 1, i) || !PART_LEADS.contains(&t.low(i - 1)) {
        return None;
    }
    // Closes the part or goes on with a word that names no noun ("in", "on", "near").
    let next_ok = k >= t.tokens.len()
        || !t.same_line(i, k)
        || [',', '.', ';', ')']
            .iter()
            .any(|&c| t.tokens[k].is_punct(c))
        || (t.tokens[k].is_word() && lex.function_words.contains(t.low(k)));
    if !next_ok || matches!(t.low_at(k), Some("of" | "who" | "that" | "which")) {
        return None;
    }
    let sentence = t.sentences[t.sentence_at(t.tokens[i].start)?];
    let whole = earlier
        .iter()
        .rev()
        .take_while(|f| f.first >= sentence.tokens.0)
        .find(|f| {
            f.kind == Kind::Count && f.unit.is_some() && !is_part(t, lex, f, sentence.tokens.0)
        })?;
    let unit = whole
        .unit
        .as_deref()
        .filter(|_| whole.value.is_some_and(|w| w > value))?;
    // The part's own words after it tell which of the things it counts ("cakes in boxes"),
    // up to the end of its clause.
    let mut words = vec![unit];
    let mut j = k;
    while j < sentence.tokens.1
        && words.len() <= PART_WORDS
        && t.same_line(i, j)
        && (t.tokens[j].is_word() || t.tokens[j].is_number())
        && !matches!(t.low(j), "and" | "or" | "but")
    {
        words.push(t.tok(j));
        j += 1;
    }
    Some(words.join(" "))
}

/// Words at most that a part of a count adds to the whole's unit ("in each of the two halls").
const PART_WORDS: usize = 6;

/// "one" closing a list of parts of an earlier count ("two near the coast and one inland"):
/// one of the same things, when the count just before it in the sentence is such a part
/// (`elliptic_count`), its noun left out.
fn last_part_one(t: &Text, lex: &Lexicon, i: usize, earlier: &[Figure]) -> Option<Number> {
    if t.low_bytes(i) != b"one" || i == 0 || !t.same_line(i - 1, i) || t.low_bytes(i - 1) != b"and"
    {
        return None;
    }
    let part = earlier.last().filter(|f| f.kind == Kind::Count)?;
    let sentence = t.sentences[t.sentence_at(t.tokens[i].start)?];
    let next = t.low_at(i + 1)?;
    (is_part(t, lex, part, sentence.tokens.0)
        && t.tokens[i + 1].is_word()
        && lex.function_words.contains(next))
    .then(|| Number::word(1.0, i + 1))
}

/// Whether count `f` of the sentence opening at token `first` is a part of an earlier count
/// told without its noun: a lone number after a word of `PART_LEADS`, a word of the function
/// list after it ("including two in Ohio").
fn is_part(t: &Text, lex: &Lexicon, f: &Figure, first: usize) -> bool {
    f.last == f.first + 1
        && f.first > first
        && PART_LEADS.contains(&t.low(f.first - 1))
        && t.low_at(f.last)
            .is_some_and(|w| lex.function_words.contains(w))
}

/// "5’2’’", "6'1\"": a height in feet and inches, its two numbers each touching a prime (or an
/// apostrophe written for one): a measure, no count.
fn feet_and_inches(t: &Text, i: usize, k: usize) -> bool {
    let prime = |j: usize| {
        t.tokens
            .get(j)
            .is_some_and(|x| matches!(x.kind, TokenKind::Punct('\'' | '’' | '′')))
    };
    let feet = prime(k)
        && t.touching(k - 1, k)
        && t.tokens.get(k + 1).is_some_and(|x| x.is_number())
        && t.touching(k, k + 1);
    let inches = i >= 2
        && prime(i - 1)
        && t.touching(i - 1, i)
        && t.tokens[i - 2].is_number()
        && t.touching(i - 2, i - 1);
    feet || inches
}

/// Whether token `k`, right after a number, makes it a rank grouping ("the six largest
/// banks", "the 10 most visited sites": `data/words/rank-words.txt`), as "top 10" is.
fn is_rank(t: &Text, k: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    k < t.tokens.len()
        && t.same_line(k - 1, k)
        && WORDS
            .get_or_init(|| word_set(include_str!("../../data/words/rank-words.txt")))
            .contains(t.low(k))
}

/// "50p", "a 5p charge": British pence written onto the digits, as pounds. Only under a
/// pound (a larger sum is written in pounds), which also leaves out video heights ("720p").
fn pence(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if t.tokens[i].kind != TokenKind::Word || !t.tokens[i].digits {
        return None;
    }
    let digits = t.low(i).strip_suffix('p')?;
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "shares jumped 12% to 340p": a share price in pence, a pound or more, after a word
    // that puts a number at a price in a sentence of prices (`data/words/price-words.txt`).
    if digits.len() > 2 && !share_price_in_pence(t, i) {
        return None;
    }
    let value = digits.parse::<f64>().ok().filter(|v| *v > 0.0)?;
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure {
        unit: Some("GBP".to_owned()),
        ambiguous: false,
        ..Figure::valued(Kind::Amount, first, i + 1, value / 100.0, bound)
    })
}

/// Whether the pence at token `i` are a share price: after "at", "to", "from" and the like
/// (`PRICE_LEADS`), in a sentence with a word of price (`data/words/price-words.txt`), and no
/// video height ("to 1080p").
fn share_price_in_pence(t: &Text, i: usize) -> bool {
    static PRICE: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    if i == 0 || !PRICE_LEADS.contains(&t.low(i - 1)) {
        return false;
    }
    if matches!(
        t.low(i),
        "480p" | "720p" | "1080p" | "1440p" | "2160p" | "4320p"
    ) {
        return false;
    }
    let words = PRICE.get_or_init(|| word_set(include_str!("../../data/words/price-words.txt")));
    t.sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s].tokens)
        .is_some_and(|(a, b)| (a..b).any(|j| t.tokens[j].is_word() && words.contains(t.low(j))))
}

/// "70pc", "2.5pc": a percent with British papers' "pc" written onto the digits.
fn glued_percent(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    if t.tokens[i].kind != TokenKind::Word || !t.tokens[i].digits {
        return None;
    }
    let digits = t.low(i).strip_suffix("pc")?;
    if digits.is_empty()
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return None;
    }
    let value = digits.parse::<f64>().ok()?;
    let (first, bound) = hedge_before(t, lex, i).unwrap_or((i, Bound::Exact));
    Some(Figure::valued(Kind::Percent, first, i + 1, value, bound))
}

/// The percent sign or word after a number ending before token `k` ("%", "percent", "per
/// cent", "percentage points"): one past its last token.
fn percent_sign(t: &Text, k: usize) -> Option<usize> {
    if k >= t.tokens.len() || !t.same_line(k - 1, k) {
        return None;
    }
    // "80%", and "the 1 %" with one space (a no-break one too) before the sign.
    if t.tokens[k].is_punct('%') && (t.touching(k - 1, k) || one_space_between(t, k - 1, k)) {
        return Some(k + 1);
    }
    // "an 80-percent charge": the word written on by a hyphen.
    if t.tokens[k].is_punct('-')
        && t.touching(k - 1, k)
        && t.touching(k, k + 1)
        && matches!(t.low_at(k + 1), Some("percent" | "pct"))
    {
        return Some(k + 2);
    }
    match t.low(k) {
        "percent" | "pct" => Some(k + 1),
        "per" if t.low_at(k + 1) == Some("cent") => Some(k + 2),
        "percentage" if matches!(t.low_at(k + 1), Some("point" | "points")) => Some(k + 2),
        _ => None,
    }
}

/// Whether a single space, ordinary or no-break, alone stands between tokens `i` and `j`.
fn one_space_between(t: &Text, i: usize, j: usize) -> bool {
    j < t.tokens.len()
        && t.same_line(i, j)
        && t.text
            .get(t.tokens[i].end..t.tokens[j].start)
            .is_some_and(|gap| matches!(gap, " " | "\u{a0}" | "\u{202f}"))
}

/// Where a figure with no range yet joins the upper end of one: its last token `k` when that is
/// "to", a dash, or "and" after "between", with `reach` more tokens on its line; and whether
/// "between" opens it.
fn range_joint(t: &Text, fig: &Figure, reach: usize) -> Option<(usize, bool)> {
    let k = fig.last;
    if fig.low.is_some() || k + reach >= t.tokens.len() || !t.same_line(fig.first, k + reach) {
        return None;
    }
    let between = fig.first > 0 && t.low(fig.first - 1) == "between";
    let joins = match t.tokens[k].kind {
        TokenKind::Word => t.low(k) == "to" || (between && t.low(k) == "and"),
        TokenKind::Punct('-' | '–' | '—') => true,
        _ => false,
    };
    joins.then_some((k, between))
}

/// A percent read on to the end of its range: "40% to 50%", "between 20% and 30%", "5-10%"
/// (the last read by the number): the upper end, bound `at_most`.
fn percent_range(t: &Text, lex: &Lexicon, mut fig: Figure) -> Figure {
    let Some((k, between)) = range_joint(t, &fig, 1) else {
        return fig;
    };
    if is_change(t, lex, fig.first) {
        return fig;
    }
    let Some(high) = number_at(t, lex, k + 1).filter(|n| !n.vague && n.low.is_none()) else {
        return fig;
    };
    let Some(end) = percent_sign(t, high.end) else {
        return fig;
    };
    match fig.value {
        Some(low) if high.value > low => {
            fig.low = Some(low);
            fig.value = Some(high.value);
            fig.last = end;
            if fig.bound == Bound::Exact {
                fig.bound = Bound::AtMost;
            }
            if between {
                fig.first -= 1;
            }
            fig
        }
        _ => fig,
    }
}

/// "a family of four", "a crew of 12": a number after a group of people's noun and "of"
/// counts its members (`data/words/group-nouns.txt`).
fn counts_group(t: &Text, i: usize) -> bool {
    i >= 2 && t.low(i - 1) == "of" && t.same_line(i - 2, i) && is_group_noun(t.low(i - 2))
}

fn is_group_noun(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| word_set(include_str!("../../data/words/group-nouns.txt")))
        .contains(word)
}

/// Whether the number `i..k` ends its phrase: nothing after it on its line but punctuation
/// or a function word ("aisle 9, where", "turned 47 last week").
fn ends_phrase(t: &Text, lex: &Lexicon, k: usize) -> bool {
    k >= t.tokens.len()
        || !t.same_line(k - 1, k)
        || !t.tokens[k].is_word()
        || lex.function_words.contains(t.low(k))
}

/// "in aisle 9,", "gate 7.": digits after a noun that labels by number
/// (`data/words/label-nouns.txt`), ending their phrase; and "Jane Roe (5)", a player's number
/// in brackets after a name.
fn is_label(t: &Text, lex: &Lexicon, i: usize, k: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    if i == 0 || !t.same_line(i - 1, i) || !ends_phrase(t, lex, k) {
        return false;
    }
    let p = i - 1;
    if t.tokens[p].is_punct('(') {
        return p > 0
            && t.tokens[p - 1].is_word()
            && t.is_capitalized(p - 1)
            && t.tokens.get(k).is_some_and(|x| x.is_punct(')'))
            && t.touching(k - 1, k);
    }
    t.tokens[p].is_word()
        && !t.is_capitalized(p)
        && WORDS
            .get_or_init(|| word_set(include_str!("../../data/words/label-nouns.txt")))
            .contains(t.low(p))
}

/// "on lap 13 when", "won Game 7", "in Week 11", "round two": a number right after a noun
/// that numbers the parts of a contest or a series (`data/words/sequence-nouns.txt`) labels
/// the part, whatever follows it, unless a plural noun after it says what it counts ("in
/// round two 30 riders"), or a determiner before the noun makes it a length or a time ("each
/// lap", "last week").
fn is_sequence_label(t: &Text, lex: &Lexicon, i: usize, k: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    if i == 0 || !t.same_line(i - 1, i) {
        return false;
    }
    // "Vol. 1": the noun abbreviated, its period between.
    let noun = if t.tokens[i - 1].is_punct('.') && i >= 2 && t.touching(i - 2, i - 1) {
        i - 2
    } else {
        i - 1
    };
    if !t.tokens[noun].is_word() {
        return false;
    }
    let nouns = WORDS.get_or_init(|| word_set(include_str!("../../data/words/sequence-nouns.txt")));
    if !nouns.contains(t.low(noun).trim_end_matches('.')) {
        return false;
    }
    let determined = noun >= 1
        && t.same_line(noun - 1, noun)
        && matches!(
            t.low(noun - 1),
            "a" | "an" | "this" | "that" | "last" | "next" | "each" | "every" | "per" | "one"
        );
    let counts = k < t.tokens.len()
        && t.same_line(k - 1, k)
        && t.tokens[k].is_word()
        && is_plural(t.low(k), lex);
    !determined && !counts
}

/// "their son was turning 52", "turned 47 last week": an age reached, with no noun after.
fn is_age_turned(t: &Text, lex: &Lexicon, i: usize, k: usize) -> bool {
    i > 0
        && t.same_line(i - 1, i)
        && matches!(t.low(i - 1), "turn" | "turns" | "turned" | "turning")
        && ends_phrase(t, lex, k)
}

/// Words of its clause before a vague plural that deny it.
const NEGATION_REACH: usize = 6;

/// Whether a word of denial ("never", "not", "no", "didn't") stands in the clause before
/// token `i`, within [`NEGATION_REACH`] words and no punctuation between.
fn negated_before(t: &Text, i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < NEGATION_REACH {
        j -= 1;
        if !t.tokens[j].is_word() || !t.same_line(j, i) {
            return false;
        }
        let w = t.low(j);
        if matches!(w, "never" | "not" | "no") || w.ends_with("n't") || w.ends_with("n’t") {
            return true;
        }
    }
    false
}

/// "the Group of 20 summit": a group's noun capitalized inside its sentence and "of" before a
/// number make the number part of a name.
fn after_name_of(t: &Text, i: usize) -> bool {
    i >= 2
        && t.low(i - 1) == "of"
        && t.same_line(i - 2, i)
        && t.tokens[i - 2].is_word()
        && t.is_capitalized(i - 2)
        && is_group_noun(t.low(i - 2))
        && !title_case_line(t, i)
        && t.sentence_at(t.tokens[i - 2].start)
            .is_some_and(|s| t.sentences[s].tokens.0 != i - 2)
}

impl Text<'_> {
    /// The lower-cased token at `i`, if there is one.
    #[inline(always)]
    pub fn low_at(&self, i: usize) -> Option<&str> {
        (i < self.tokens.len()).then(|| self.low(i))
    }
}

fn number_at(t: &Text, lex: &Lexicon, i: usize) -> Option<Number> {
    // Callers look past a cue ("by a factor of", "between 5 and"): the text may end there.
    let tok = *t.tokens.get(i)?;
    let (mut value, mut end, words, mut vague, mut integral, mut scaled);
    let mut low = None;
    match tok.kind {
        TokenKind::Number => {
            let s = t.tok(i).replace(',', "");
            value = s.parse::<f64>().ok()?;
            integral = !s.contains('.');
            end = i + 1;
            // "1,5 million euros", "2,25 billion": a decimal comma, as much of Europe writes
            // it, before a scale word (the tokenizer joins a comma only before three digits).
            if let Some(fraction) = decimal_comma(t, lex, i) {
                value += fraction;
                integral = false;
                end += 2;
            }
            words = false;
            vague = false;
            scaled = false;
            // A range written with a dash: "3–5".
            if end + 1 < t.tokens.len()
                && matches!(t.tokens[end].kind, TokenKind::Punct('-' | '–'))
                && t.touching(end - 1, end)
                && t.touching(end, end + 1)
                && t.tokens[end + 1].is_number()
            {
                // "555-0123": a phone number's three digits and four, no range.
                let phone = t.tok(i).len() == 3 && t.tok(end + 1).len() == 4;
                if let Ok(high) = t.tok(end + 1).replace(',', "").parse::<f64>() {
                    if high > value && !phone {
                        low = Some(value);
                        value = high;
                        end += 2;
                    }
                }
            }
        }
        TokenKind::Word => {
            let low_tok = t.low(i);
            // "a billion years", "a million people": the article stands for one; "one" is a
            // number only before a scale word ("one million"), else an indefinite.
            if low_tok == "a" {
                if let Some(n) = pair_or_couple(t, lex, i) {
                    return Some(n);
                }
            }
            // "only one projectile", "just one woman": "one" is a count when something
            // says how few.
            if low_tok == "one"
                && i > 0
                && t.same_line(i - 1, i)
                && matches!(t.low(i - 1), "only" | "just" | "exactly")
                && t.low_at(i + 1).is_some_and(|w| !lex.scales.contains_key(w))
            {
                return Some(Number::word(1.0, i + 1));
            }
            // "with one race remaining", "one game left", "with one to go": how many are
            // still to come.
            if low_tok == "one" && still_to_come(t, i) {
                return Some(Number::word(1.0, i + 1));
            }
            // "One person was killed": one of the people a casualty count tells of.
            if low_tok == "one"
                && t.same_line(i, i + 2)
                && t.low_at(i + 1)
                    .is_some_and(|w| lex.casualties.get(w).is_some_and(|u| u == "-"))
                && casualty_unit(t, lex, i + 1, t.tokens.len()).is_some()
            {
                return Some(Number::word(1.0, i + 1));
            }
            // "injuring one person", "rescued one child", "treated one Navy sailor": "one"
            // after a verb and before a person is how many the verb touched; "one officer was
            // hurt", "one Navy sailor died": how many it happened to.
            if low_tok == "one" && one_person_unit(t, lex, i).is_some() {
                return Some(Number::word(1.0, i + 1));
            }
            if matches!(low_tok, "a" | "an" | "one") {
                let scale = t
                    .low_at(i + 1)
                    .filter(|w| w.len() > 3 && t.same_line(i, i + 1))
                    .and_then(|w| lex.scales.get(w))?;
                return Some(Number {
                    value: *scale,
                    low: None,
                    end: i + 2,
                    words: true,
                    vague: false,
                    scaled: true,
                    integral: true,
                });
            }
            if let Some(n) = vague_hundreds(t, lex, i) {
                return Some(n);
            }
            if !t.has_class(i, class::NUMBER) && !low_tok.as_bytes()[0].is_ascii_digit() {
                return None;
            }
            if let Some(v) = lex.numbers.get(low_tok) {
                value = *v;
                end = i + 1;
                // "twenty-five", "twenty-one" ("one" alone is no number of the list: "one of
                // them" reads apart).
                if end + 1 < t.tokens.len()
                    && t.tokens[end].is_punct('-')
                    && t.touching(end - 1, end)
                {
                    let units = match t.low(end + 1) {
                        "one" => Some(1.0),
                        w => lex.numbers.get(w).copied(),
                    };
                    if let Some(units) = units.filter(|u| *u < 10.0 && value >= 20.0) {
                        value += units;
                        end += 2;
                    }
                }
                if t.low_at(end) == Some("hundred") {
                    value *= 100.0;
                    end += 1;
                }
                // "two dozen": twelve each.
                if value < 12.0 && t.low_at(end) == Some("dozen") && t.same_line(i, end) {
                    value *= 12.0;
                    end += 1;
                }
                words = true;
                vague = false;
            } else if let Some(v) = lex.vague_numbers.get(low_tok) {
                // "or scores seven points", "scores a goal": a verb before what it scores.
                if t.same_line(i, i + 1) {
                    let next = t.low_at(i + 1).unwrap_or("");
                    let number = t.tokens.get(i + 1).is_some_and(|x| x.is_number())
                        || lex.numbers.contains_key(next);
                    let determiner = low_tok == "scores"
                        && matches!(next, "a" | "an" | "the" | "his" | "her" | "their" | "its");
                    if number || determiner {
                        return None;
                    }
                }
                // "the scores remained level": the game's results; "the scores of" may count.
                if low_tok == "scores"
                    && i > 0
                    && t.same_line(i - 1, i)
                    && t.low(i - 1) == "the"
                    && t.low_at(i + 1) != Some("of")
                {
                    return None;
                }
                // "test scores", "lower scores on the exam": results, described by the word
                // before; "scores of people", "killing scores" count.
                if low_tok == "scores"
                    && t.low_at(i + 1) != Some("of")
                    && i > 0
                    && t.same_line(i - 1, i)
                    && t.tokens[i - 1].is_word()
                    && !lex.function_words.contains(t.low(i - 1))
                    && !lex
                        .hedges
                        .iter()
                        .any(|(w, _)| w.last().is_some_and(|l| l == t.low(i - 1)))
                    && !t.low(i - 1).ends_with("ed")
                    && !t.low(i - 1).ends_with("ing")
                {
                    return None;
                }
                // "scores jumped", "scores fell 5%": results that changed, no score of things
                // (`change_words.txt`).
                if low_tok == "scores"
                    && t.low_at(i + 1)
                        .is_some_and(|w| t.same_line(i, i + 1) && lex.change_words.contains(w))
                {
                    return None;
                }
                // "Russia's billions": owned sums, not a count of anything.
                if i > 0 && (t.low(i - 1).ends_with("'s") || t.low(i - 1).ends_with("’s")) {
                    return None;
                }
                // "company Millions Harbour Group": capitals after a word in lower case make
                // it a name.
                if t.is_capitalized(i)
                    && i > 0
                    && t.same_line(i - 1, i)
                    && t.tokens[i - 1].is_word()
                    && !t.is_capitalized(i - 1)
                {
                    return None;
                }
                // "the ship Millions No. 7": a capitalized word after it, outside a
                // headline in title case, makes it a name too.
                if t.is_capitalized(i)
                    && i + 1 < t.tokens.len()
                    && t.same_line(i, i + 1)
                    && t.tokens[i + 1].is_word()
                    && t.is_capitalized(i + 1)
                    && !title_case_line(t, i)
                {
                    return None;
                }
                value = *v;
                end = i + 1;
                words = true;
                vague = true;
                // "hundreds of thousands": the least of the first, in units of the second.
                if t.low_at(end) == Some("of") && t.same_line(i, end + 1) {
                    let next = t.low_at(end + 1).unwrap_or("");
                    if let Some(scale) = lex
                        .vague_numbers
                        .get(next)
                        .filter(|s| **s >= 2000.0 && value < **s)
                    {
                        value *= scale / 2.0;
                        end += 2;
                    }
                }
            } else {
                // Digits with a scale suffix: "40bn", "5m".
                let digits_end =
                    low_tok.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
                if digits_end == 0 {
                    return None;
                }
                let suffix = &low_tok[digits_end..];
                let scale = lex.scales.get(suffix)?;
                if is_length(t, lex, i, suffix)
                    || is_resolution(t, lex, i)
                    || scaled_model_code(t, lex, i, digits_end)
                {
                    return None;
                }
                value = low_tok[..digits_end].replace(',', "").parse::<f64>().ok()? * scale;
                return Some(Number {
                    value,
                    low: None,
                    end: i + 1,
                    words: false,
                    vague: false,
                    scaled: true,
                    integral: true,
                });
            }
            integral = true;
            scaled = false;
        }
        TokenKind::Punct(_) => return None,
    }
    // "two and a half years", "4 and a half million": a half more, before a unit of time
    // or a scale word.
    if t.low_at(end) == Some("and")
        && t.low_at(end + 1) == Some("a")
        && t.low_at(end + 2) == Some("half")
        && t.same_line(i, end + 3)
        && t.low_at(end + 3)
            .is_some_and(|w| lex.time_units.contains_key(w) || lex.scales.contains_key(w))
    {
        value += 0.5;
        end += 3;
        integral = false;
    }
    // "$2-billion", "a 1.5-million-euro fee": a scale word written on with a hyphen.
    let hyphened = t.tokens.get(end).is_some_and(|x| x.is_punct('-'))
        && t.touching(end - 1, end)
        && t.touching(end, end + 1)
        && t.low_at(end + 1)
            .is_some_and(|w| w.len() > 3 && lex.scales.contains_key(w));
    if hyphened {
        end += 1;
    }
    // A scale word after the number: "9.2 million", "two billion", "$3.5 bn".
    if let Some(scale) = t.low_at(end).filter(|_| t.same_line(i, end)).and_then(|w| {
        // Single letters ("m", "b") only count when written onto the number; "bn", "mn"
        // and "tn" are no words of their own.
        if w.len() <= 2 && !t.touching(end - 1, end) && !matches!(w, "bn" | "mn" | "tn") {
            None
        } else {
            lex.scales.get(w)
        }
    }) {
        value *= scale;
        if let Some(l) = low.as_mut() {
            *l *= scale;
        }
        end += 1;
        scaled = true;
        integral = true;
        vague = false;
        // "2.5 lakh crore", "3 thousand crore": a scale of a scale.
        if let Some(outer) = t
            .low_at(end)
            .filter(|w| w.len() > 3 && t.same_line(i, end))
            .and_then(|w| lex.scales.get(w))
            .filter(|outer| **outer > *scale)
        {
            value *= outer;
            if let Some(l) = low.as_mut() {
                *l *= outer;
            }
            end += 1;
        }
    } else if hyphened {
        end -= 1;
    }
    Some(Number {
        value: round_scaled(value),
        low: low.map(round_scaled),
        end,
        words,
        vague,
        scaled,
        integral,
    })
}

/// The fraction after a decimal comma that follows the digits at token `i` ("1,5 million",
/// "2,75 billion euros"): one or two digits written onto the comma, then a scale word.
/// Digits already grouped ("1,500,5") or longer than three before the comma are no decimal.
fn decimal_comma(t: &Text, lex: &Lexicon, i: usize) -> Option<f64> {
    let whole = t.tok(i);
    if whole.len() > 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !t.tokens.get(i + 1)?.is_punct(',') || !t.touching(i, i + 1) || !t.touching(i + 1, i + 2) {
        return None;
    }
    let digits = t.tok(i + 2);
    if !(1..=2).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let scale = t
        .low_at(i + 3)
        .filter(|w| t.same_line(i, i + 3) && w.len() > 2)?;
    if !lex.scales.contains_key(scale) {
        return None;
    }
    let fraction = digits.parse::<f64>().ok()?;
    Some(fraction / 10f64.powi(digits.len() as i32))
}

/// Whether "one" at `i` is the object of a verb before it and a person after it
/// (`one_person_noun`): "injuring one person", "rescued one child", "treating one woman". A
/// verb is a word in -ed or -ing or a past form of `data/lexicon/past_verbs.txt`, not a verb
/// of saying ("said one man" names a speaker) nor a function word ("during", "according").
/// The person noun's token.
fn one_person_object(t: &Text, lex: &Lexicon, i: usize) -> Option<usize> {
    if i == 0 || !t.same_line(i - 1, i) || !t.tokens[i - 1].is_word() {
        return None;
    }
    let verb = t.low(i - 1);
    let verb_form = (verb.len() > 4 && (verb.ends_with("ed") || verb.ends_with("ing")))
        || lex.past_verbs.contains(verb);
    if !verb_form
        || lex.function_words.contains(verb)
        || lex.speech_verbs.contains(verb)
        || matches!(
            verb,
            "told" | "asked" | "according" | "including" | "during"
        )
    {
        return None;
    }
    one_person_noun(t, lex, i)
}

/// The unit of "one" at `i` before a person: what happened to them ("one officer was hurt":
/// officers injured), else the person's plural when "one" is a verb's object ("injuring one
/// person": people); `None` when "one" stands before no person.
fn one_person_unit(t: &Text, lex: &Lexicon, i: usize) -> Option<String> {
    one_person_casualty(t, lex, i)
        .or_else(|| one_person_object(t, lex, i).map(|noun| person_plural(t.low(noun))))
}

/// The person noun (`person_nouns.txt` or `role_nouns.txt`) that "one" at `i` stands before,
/// an optional capitalized word between ("one Navy sailor"): its token.
fn one_person_noun(t: &Text, lex: &Lexicon, i: usize) -> Option<usize> {
    let person = |j: usize| {
        j < t.tokens.len()
            && t.same_line(i, j)
            && t.tokens[j].is_word()
            && (lex.person_nouns.contains(t.low(j)) || lex.role_nouns.contains(t.low(j)))
    };
    if person(i + 1) {
        return Some(i + 1);
    }
    (i + 2 < t.tokens.len()
        && t.tokens[i + 1].is_word()
        && t.is_capitalized(i + 1)
        && person(i + 2))
    .then_some(i + 2)
}

/// What happened to the one person "one" at `i` stands before, told after the noun: "one
/// officer was injured" -> "officers injured", "one person died" -> "people killed"
/// (`casualties.tsv`, the person's plural for its "people").
fn one_person_casualty(t: &Text, lex: &Lexicon, i: usize) -> Option<String> {
    let noun = one_person_noun(t, lex, i)?;
    if noun + 1 >= t.tokens.len() {
        return None;
    }
    let unit = casualty_unit(t, lex, noun + 1, t.tokens.len())?;
    Some(match unit.strip_prefix("people ") {
        Some(what) => format!("{} {what}", person_plural(t.low(noun))),
        None => unit,
    })
}

/// The plural of a person noun, as a count's unit: "person" -> "people", "woman" -> "women",
/// "child" -> "children", "officer" -> "officers".
fn person_plural(noun: &str) -> String {
    match noun {
        "person" => "people".to_owned(),
        "child" => "children".to_owned(),
        _ if noun.ends_with("man") => format!("{}men", &noun[..noun.len() - 3]),
        _ if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") => {
            format!("{noun}es")
        }
        _ => format!("{noun}s"),
    }
}

/// "several hundred", "a few thousand", "a couple (of) hundred": twice the scale word, as
/// the vague plurals read ("hundreds" = 200). "Several" and "a few" are at least that, "a
/// couple" about that (read through the bound the caller gives a vague number and `approx`).
/// Whether "one" at `i` counts what is still to come: "one to go", "one race remaining",
/// "one game left" (a noun between, so that "one left the room" stays an indefinite).
fn still_to_come(t: &Text, i: usize) -> bool {
    if i > 0 && t.same_line(i - 1, i) && matches!(t.low(i - 1), "no" | "the" | "any" | "every") {
        return false;
    }
    let to_go =
        t.low_at(i + 1) == Some("to") && t.low_at(i + 2) == Some("go") && t.same_line(i, i + 2);
    let noun_then = t.low_at(i + 1).is_some_and(|_| t.tokens[i + 1].is_word())
        && matches!(t.low_at(i + 2), Some("remaining" | "left"))
        && t.same_line(i, i + 2);
    to_go || noun_then
}

/// "a pair of eddies" (two), "a trio of films" (three), "a quartet of plays" (four), "a
/// couple of buyers", "a couple other riders" (about two), "a score of stones" (about
/// twenty), from the article at `i`: the number ends before the things counted. "A couple"
/// with nothing of that kind after it is two people ("a couple from Ohio"), "a pair" alone
/// names them, and "a score of 3-1" is a game's.
fn pair_or_couple(t: &Text, lex: &Lexicon, i: usize) -> Option<Number> {
    let word = t.low_at(i + 1)?;
    let after = t.low_at(i + 2)?;
    if !matches!(
        (word, after),
        ("pair" | "score" | "couple" | "trio" | "quartet", "of") | ("couple", "other" | "more")
    ) {
        return None;
    }
    let end = i + 3;
    if end >= t.tokens.len() || !t.same_line(i, end) || !t.tokens[end].is_word() {
        return None;
    }
    // "a couple of hundred" is read at "couple"; "a couple of times" is how often, "a couple
    // of generations" how long.
    let next = t.low(end);
    if matches!(next, "hundred" | "dozen" | "times" | "generations")
        || lex.scales.contains_key(next)
    {
        return None;
    }
    // "a pair of smart glasses", "a pair of shoes": one thing, or one set of two, not two
    // things counted.
    let one_thing = |w: &str| {
        matches!(
            w,
            "glasses"
                | "sunglasses"
                | "goggles"
                | "spectacles"
                | "binoculars"
                | "headphones"
                | "earphones"
                | "scissors"
                | "pliers"
                | "tweezers"
                | "trousers"
                | "pants"
                | "jeans"
                | "shorts"
                | "tights"
                | "pyjamas"
                | "pajamas"
                | "shoes"
                | "boots"
                | "sneakers"
                | "trainers"
                | "socks"
                | "gloves"
                | "earrings"
                | "handcuffs"
        )
    };
    if word == "pair" && (end..(end + 3).min(t.tokens.len())).any(|j| one_thing(t.low(j))) {
        return None;
    }
    let value = match word {
        "score" => 20.0,
        "trio" => 3.0,
        "quartet" => 4.0,
        _ => 2.0,
    };
    Some(Number::word(value, end))
}

fn vague_hundreds(t: &Text, lex: &Lexicon, i: usize) -> Option<Number> {
    let low = t.low(i);
    let few = low == "several" || (low == "few" && i > 0 && t.low(i - 1) == "a");
    let couple = low == "couple" && i > 0 && t.low(i - 1) == "a";
    if !(few || couple) {
        return None;
    }
    let at = if couple && t.low_at(i + 1) == Some("of") {
        i + 2
    } else {
        i + 1
    };
    if at >= t.tokens.len() || !t.same_line(i, at) {
        return None;
    }
    let w = t.low(at);
    let scale = if w == "hundred" {
        100.0
    } else {
        *lex.scales.get(w).filter(|_| w.len() > 3)?
    };
    Some(Number {
        value: 2.0 * scale,
        low: None,
        end: at + 1,
        words: true,
        vague: few,
        scaled: true,
        integral: true,
    })
}

/// "the 40m well", "dug 13m down": a scale letter that is also a unit of length ("m") reads
/// as metres when no currency comes before the number and a word that is no plural noun
/// follows it ("40m people", "£3m" stay millions).
fn is_length(t: &Text, lex: &Lexicon, i: usize, suffix: &str) -> bool {
    if !lex.measure_units.contains(suffix) {
        return false;
    }
    let money_before = i > 0
        && (matches!(
            t.tokens[i - 1].kind,
            TokenKind::Punct('$' | '€' | '£' | '¥')
        ) || lex.currencies.contains_key(t.low(i - 1)));
    let next = i + 1;
    if money_before {
        return false;
    }
    // "the 80m-deep well": a measure written onto an adjective of size.
    if next + 1 < t.tokens.len()
        && t.tokens[next].is_punct('-')
        && t.touching(i, next)
        && t.touching(next, next + 1)
        && t.tokens[next + 1].is_word()
        && is_size_word(t.low(next + 1))
    {
        return true;
    }
    // "a depth of 40m": the measure a size noun asks for.
    if i >= 2 && t.low(i - 1) == "of" && is_size_word(t.low(i - 2)) {
        return true;
    }
    next < t.tokens.len()
        && t.same_line(i, next)
        && t.tokens[next].is_word()
        && !t.is_capitalized(next)
        && !t.low(next).ends_with('s')
        && !lex.plurals.contains(t.low(next))
        && !lex.currencies.contains_key(t.low(next))
        && !lex.scales.contains_key(t.low(next))
}

/// "a 4K display", "up to 8K": a capital K written onto a small number names a screen's
/// resolution, not thousands, unless money stands before it or a plural noun after it
/// ("$4K", "10K runners").
fn is_resolution(t: &Text, lex: &Lexicon, i: usize) -> bool {
    let tok = t.tok(i);
    if !tok.ends_with('K') || tok.len() > 3 {
        return false;
    }
    let money_before = i > 0
        && (matches!(
            t.tokens[i - 1].kind,
            TokenKind::Punct('$' | '€' | '£' | '¥')
        ) || lex.currencies.contains_key(t.low(i - 1)));
    let plural_after = t.low_at(i + 1).is_some_and(|w| {
        t.same_line(i, i + 1) && (lex.plurals.contains(w) || (w.len() > 3 && w.ends_with('s')))
    });
    !money_before && !plural_after
}

/// "the Vortex Pro 5500M chip": three or more whole digits with a scale letter right after a
/// name's capitalized word inside a sentence (not a headline in title case) are a model's code,
/// not millions.
fn scaled_model_code(t: &Text, lex: &Lexicon, i: usize, digits: usize) -> bool {
    if digits < 3 || !t.tok(i)[..digits].bytes().all(|b| b.is_ascii_digit()) || i == 0 {
        return false;
    }
    let sentence_first = t
        .sentence_at(t.tokens[i].start)
        .map_or(i, |s| t.sentences[s].tokens.0);
    i - 1 > sentence_first && is_name_part(t, lex, i, i) && !title_case_line(t, i)
}

/// Whether `word` names an animal or a sex (`data/words/animal-nouns.txt`).
fn is_animal(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| word_set(include_str!("../../data/words/animal-nouns.txt")))
        .contains(word)
}

/// Whether `word` is a word of size (`data/words/size-words.txt`).
fn is_size_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| word_set(include_str!("../../data/words/size-words.txt")))
        .contains(word)
}

/// 5.8 * 1e9 is 5799999999.999999 in floating point; figures are written in at most a few
/// decimals, so rounding to a millionth of a unit gives back the number meant.
fn round_scaled(v: f64) -> f64 {
    if v.abs() >= 1.0 {
        (v * 1e6).round() / 1e6
    } else {
        v
    }
}

/// A hedge phrase ending just before token `i`: its first token and bound.
fn hedge_before(t: &Text, lex: &Lexicon, i: usize) -> Option<(usize, Bound)> {
    // Hedges are words: most figures have none right before them.
    if i == 0 || !t.tokens[i - 1].is_word() {
        return None;
    }
    let prev = t.low(i - 1);
    // Only the hedges that end with the word before (in their order, longest first): a
    // lookup, not a comparison with every hedge's last word at every figure.
    let ending = hedges_by_last_word(lex).get(prev)?;
    for (words, bound) in ending.iter().filter_map(|&k| lex.hedges.get(k)) {
        let n = words.len();
        if i < n {
            continue;
        }
        let first = i - n;
        if !t.same_line(first, i) {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .all(|(j, w)| t.tokens[first + j].is_word() && t.low(first + j) == w)
        {
            return Some((first, *bound));
        }
    }
    None
}

/// The indices of `lex.hedges` by the hedge's last word, in the list's order; read once.
fn hedges_by_last_word(lex: &Lexicon) -> &'static FxHashMap<String, Vec<usize>> {
    static INDEX: std::sync::OnceLock<FxHashMap<String, Vec<usize>>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, (words, _)) in lex.hedges.iter().enumerate() {
            if let Some(last) = words.last() {
                index.entry(last.clone()).or_default().push(k);
            }
        }
        index
    })
}

/// A currency written before the number ("$", "US$", "RMB "): first token, code, ambiguity.
fn currency_before(t: &Text, lex: &Lexicon, i: usize) -> Option<(usize, String, bool)> {
    if i == 0 || !t.same_line(i - 1, i) {
        return None;
    }
    let p = i - 1;
    let prefix_ok = |c: &crate::model::lexicon::Currency| c.position != CurrencyPosition::Suffix;
    // "Rs. 500": a currency's abbreviation with its point.
    if t.tokens[p].is_punct('.') && p > 0 && t.touching(p - 1, p) && t.tokens[p - 1].is_word() {
        let c = lex
            .currencies
            .get(t.low(p - 1))
            .filter(|c| c.position == CurrencyPosition::Prefix && t.is_capitalized(p - 1))?;
        return Some((p - 1, c.code.clone(), c.ambiguous));
    }
    if let TokenKind::Punct(_) = t.tokens[p].kind {
        if !t.touching(p, i) {
            return None;
        }
        // "US$", "HK$": letters written onto the symbol.
        if p > 0 && t.tokens[p - 1].is_word() && t.touching(p - 1, p) {
            let joined = format!("{}{}", t.low(p - 1), t.low(p));
            if let Some(c) = lex.currencies.get(&joined).filter(|c| prefix_ok(c)) {
                return Some((p - 1, c.code.clone(), c.ambiguous));
            }
        }
        let c = lex.currencies.get(t.low(p)).filter(|c| prefix_ok(c))?;
        return Some((p, c.code.clone(), c.ambiguous));
    }
    // A code or name before the number: "RMB 40 billion", "USD 3m"; a capitalized
    // abbreviation that only ever stands before a number: "Rs 500 crore".
    if t.tokens[p].is_word() {
        let upper = t.tok(p).chars().all(|c| c.is_ascii_uppercase());
        let c = lex.currencies.get(t.low(p)).filter(|c| {
            prefix_ok(c)
                && (upper || (c.position == CurrencyPosition::Prefix && t.is_capitalized(p)))
        })?;
        return Some((p, c.code.clone(), c.ambiguous));
    }
    None
}

/// The number after a range's separator ending a number at `k`: "to 5", "– 5", "and 5"
/// (after "between"): the end of the second number and its value.
fn range_after(t: &Text, lex: &Lexicon, k: usize, between: bool) -> Option<(usize, f64)> {
    if k + 1 >= t.tokens.len() || !t.same_line(k - 1, k + 1) {
        return None;
    }
    let sep = match t.tokens[k].kind {
        // "two or three years": the choice spans a range.
        TokenKind::Word => matches!(t.low(k), "to" | "or") || (between && t.low(k) == "and"),
        TokenKind::Punct('-' | '–' | '—') => !t.touching(k - 1, k) || between,
        _ => false,
    };
    if !sep || t.tokens[k + 1].kind == TokenKind::Punct('$') {
        return None;
    }
    let high = number_at(t, lex, k + 1)?;
    if high.vague || high.low.is_some() {
        return None;
    }
    Some((high.end, high.value))
}

/// Whether "N to M" starting at token `first` tells a change: "from N to M", "fell N to M".
fn is_change(t: &Text, lex: &Lexicon, first: usize) -> bool {
    (first.saturating_sub(2)..first).any(|j| {
        t.same_line(j, first) && (t.low(j) == "from" || lex.change_words.contains(t.low(j)))
    })
}

/// "$US6000", "$US1.2bn": a currency symbol with letters written onto the digits, as one
/// word after the symbol; "USD1.2bn", "Rs500": a code or abbreviation written onto the
/// digits, as one word.
fn glued_amount(t: &Text, lex: &Lexicon, i: usize) -> Option<Figure> {
    // A word with no digit (most words) has no amount glued to it.
    if t.tokens[i].kind != TokenKind::Word || !t.tokens[i].digits {
        return None;
    }
    let after_symbol =
        i > 0 && t.touching(i - 1, i) && matches!(t.tokens[i - 1].kind, TokenKind::Punct(_));
    let low = t.low(i);
    // Bytes, not chars: this runs at every word, and an ASCII digit is one byte either way.
    let letters = low.bytes().position(|b| b.is_ascii_digit())?;
    if letters == 0 {
        return None;
    }
    let prefix_ok = |c: &&crate::model::lexicon::Currency| c.position != CurrencyPosition::Suffix;
    let symbol = after_symbol
        .then(|| format!("{}{}", t.low(i - 1), &low[..letters]))
        .and_then(|key| lex.currencies.get(&key).filter(prefix_ok));
    let (currency, lead) = match symbol {
        Some(c) => (c, i - 1),
        None => {
            // A code in capitals ("USD", "EUR") or a capitalized abbreviation that only ever
            // stands before a number ("Rs", "Dh"); never a name and a number ("G20", "A380").
            let word = &t.tok(i)[..letters];
            let upper = word.len() >= 3 && word.bytes().all(|b| b.is_ascii_uppercase());
            let c = lex.currencies.get(&low[..letters]).filter(prefix_ok)?;
            let abbreviation =
                letters >= 2 && c.position == CurrencyPosition::Prefix && t.is_capitalized(i);
            if !upper && !abbreviation {
                return None;
            }
            (c, i)
        }
    };
    // The tokenizer cuts "US6,000" and "US1.2bn" at the separator: join them again.
    let mut rest = low[letters..].to_owned();
    let mut last = i + 1;
    while last + 1 < t.tokens.len()
        && rest.bytes().all(|b| b.is_ascii_digit())
        && matches!(t.tokens[last].kind, TokenKind::Punct(',' | '.'))
        && t.touching(last - 1, last)
        && t.touching(last, last + 1)
        && t.low(last + 1).starts_with(|c: char| c.is_ascii_digit())
        && (t.tokens[last].is_punct('.')
            || t.low(last + 1).split('.').next().map(str::len) == Some(3))
    {
        if t.tokens[last].is_punct('.') {
            rest.push('.');
        }
        rest.push_str(t.low(last + 1));
        last += 2;
    }
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let mut value = rest[..digits_end].parse::<f64>().ok()?;
    if digits_end < rest.len() {
        value *= lex.scales.get(&rest[digits_end..])?;
    }
    if let Some(scale) = t
        .low_at(last)
        .filter(|w| w.len() > 2 && t.same_line(i, last))
        .and_then(|w| lex.scales.get(w))
    {
        value *= scale;
        last += 1;
    }
    let (first, bound) = hedge_before(t, lex, lead).unwrap_or((lead, Bound::Exact));
    Some(Figure {
        first,
        last,
        kind: Kind::Amount,
        value: Some(round_scaled(value)),
        low: None,
        bound,
        unit: Some(currency.code.clone()),
        ambiguous: currency.ambiguous,
        duration: None,
    })
}

/// An amount read on to the end of its range, "$US1850 to $US2966", "$5-$10", "between $5
/// and $10": the upper end, bound `at_most`.
fn amount_range(t: &Text, lex: &Lexicon, mut fig: Figure) -> Figure {
    let Some((k, between)) = range_joint(t, &fig, 2) else {
        return fig;
    };
    if t.low(k) == "to" && is_change(t, lex, fig.first) {
        return fig;
    }
    let next = glued_amount(t, lex, k + 2).or_else(|| {
        let prefix = currency_before(t, lex, k + 2)?;
        if prefix.0 != k + 1 {
            return None;
        }
        let n = number_at(t, lex, k + 2)?;
        Some(Figure {
            unit: Some(prefix.1),
            ambiguous: prefix.2,
            ..Figure::valued(Kind::Amount, k + 1, n.end, n.value, Bound::Exact)
        })
    });
    let Some(next) = next.filter(|n| n.first == k + 1 && n.unit == fig.unit) else {
        return fig;
    };
    let (Some(low), Some(high)) = (fig.value, next.value) else {
        return fig;
    };
    if high <= low {
        return fig;
    }
    fig.low = Some(low);
    fig.value = Some(high);
    fig.last = next.last;
    if fig.bound == Bound::Exact {
        fig.bound = Bound::AtMost;
    }
    if between {
        fig.first -= 1;
    }
    fig
}

/// A currency written after the number ("40 billion yuan", "5 US dollars"): end, code,
/// ambiguity, and how many of it make the unit (100 for "cents").
fn currency_after(t: &Text, lex: &Lexicon, k: usize) -> Option<(usize, String, bool, u32)> {
    if k >= t.tokens.len() || !t.same_line(k - 1, k) || !t.tokens[k].is_word() {
        return None;
    }
    let suffix_ok = |c: &crate::model::lexicon::Currency| c.position != CurrencyPosition::Prefix;
    // A name of three words ("176 Hong Kong dollars", opening with a capital) or of two.
    for n in [3, 2] {
        let last = k + n - 1;
        if last < t.tokens.len()
            && t.same_line(k, last)
            && (n == 2 || (t.is_capitalized(k) && t.tokens[k + 1].is_word()))
        {
            let name = (k..=last).map(|j| t.low(j)).collect::<Vec<_>>().join(" ");
            if let Some(c) = lex.currencies.get(&name).filter(|c| suffix_ok(c)) {
                return Some((last + 1, c.code.clone(), c.ambiguous, c.subunits));
            }
        }
    }
    let c = lex.currencies.get(t.low(k)).filter(|c| suffix_ok(c))?;
    // Lower-case codes are words ("won", "rub"): only names and upper-case codes count.
    let word = t.tok(k);
    if word.len() <= 3
        && !word.chars().all(|c| c.is_ascii_uppercase())
        && c.code.to_ascii_lowercase() == t.low(k)
    {
        return None;
    }
    Some((k + 1, c.code.clone(), c.ambiguous, c.subunits))
}

/// What a conversion written just after a figure makes it ("140,000 pounds (63,500kg)", "5
/// million pounds or 2,300 metric tons", "12,000 pounds (about $940)"): a weight (a unit
/// of measure comes first), money (a currency comes first), or nothing said.
fn conversion_after(t: &Text, lex: &Lexicon, from: usize) -> Option<bool> {
    const REACH: usize = 6;
    for j in from..(from + REACH).min(t.tokens.len()) {
        if !t.same_line(from - 1, j) {
            break;
        }
        match t.tokens[j].kind {
            TokenKind::Punct('$' | '€' | '£' | '¥') => return Some(false),
            TokenKind::Punct('.' | ';') => break,
            TokenKind::Word => {
                let w = t.low(j);
                let unit =
                    w.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
                if lex.measure_units.contains(unit) {
                    return Some(true);
                }
                if lex.currencies.contains_key(w) && unit == w && t.tokens[j - 1].is_number() {
                    return Some(false);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the number at `i..k` is a move or a level of a stock index: "N points" after a word
/// of change, or a number in a sentence that names an index (`data/words/index-words.txt`)
/// with "points" after it or "at"/"to" before it.
fn speaks_of_index(t: &Text, i: usize, k: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let points = matches!(t.low_at(k), Some("points" | "point")) && t.same_line(i, k);
    let level = i > 0 && matches!(t.low(i - 1), "at" | "to");
    if !points && !level {
        return false;
    }
    let words = WORDS.get_or_init(|| word_set(include_str!("../../data/words/index-words.txt")));
    t.sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s].tokens)
        .is_some_and(|(a, b)| (a..b).any(|j| t.tokens[j].is_word() && words.contains(t.low(j))))
}

/// Prepositions and hedges that put a bare number at a price: "closed at", "fell to", "rose
/// from", "slipped below".
const PRICE_LEADS: [&str; 8] = [
    "at", "to", "from", "below", "above", "near", "around", "under",
];

/// A bare number in digits at `i..k` that a price sentence puts at a price ("shares closed at
/// 45.20", "the coin slipped below 5,900"), or a scaled one in a sentence of money ("will
/// allocate 3.2 million for schools"): the currency the sentence writes, else that of the last
/// amount before it, when the sentence has a word of price (`data/words/price-words.txt`) or
/// of money (`data/words/money-words.txt`) and no noun follows the number.
fn bare_price(
    t: &Text,
    lex: &Lexicon,
    i: usize,
    k: usize,
    num: &Number,
    earlier: &[Figure],
) -> Option<(String, bool)> {
    static PRICE: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    static MONEY: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    if num.words || num.vague || i == 0 || !t.tokens[i].is_number() {
        return None;
    }
    let lead = t.low(i - 1);
    let sub = lead == "-" && i >= 2 && t.low(i - 2) == "sub";
    let at_price = PRICE_LEADS.contains(&lead) || sub;
    if !at_price && !num.scaled {
        return None;
    }
    // "at 3 p.m.", "to 7 people": a word after the number says what it is.
    if let Some(w) = t
        .low_at(k)
        .filter(|_| t.same_line(i, k) && t.tokens[k].is_word())
    {
        if !matches!(
            w,
            "on" | "in"
                | "at"
                | "after"
                | "before"
                | "and"
                | "or"
                | "as"
                | "from"
                | "to"
                | "by"
                | "with"
                | "for"
                | "late"
                | "early"
                | "earlier"
                | "today"
                | "yesterday"
                | "overnight"
                | "apiece"
                | "each"
                | "per"
                | "a"
                | "an"
        ) {
            return None;
        }
    }
    // A year ("to 2019") is a date; a time of day ("at 9:30") is no price.
    let tok = t.tok(i);
    if ((1000.0..=2100.0).contains(&num.value) && !tok.contains(',') && num.integral)
        || t.tokens.get(k).is_some_and(|x| x.is_punct(':'))
    {
        return None;
    }
    let words = if at_price {
        PRICE.get_or_init(|| word_set(include_str!("../../data/words/price-words.txt")))
    } else {
        MONEY.get_or_init(|| word_set(include_str!("../../data/words/money-words.txt")))
    };
    let (a, b) = t
        .sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s].tokens)?;
    // A price word anywhere in the sentence; a word of money right before the number ("paid
    // nearly 5 million", "a loss of 5 million"), as a scaled number elsewhere in a sentence
    // of money is as often a count ("it may cost billions and exposed 143 million").
    let near = if at_price {
        a
    } else {
        i.saturating_sub(3).max(a)
    };
    if !(near..i.max(near))
        .chain(if at_price { i..b } else { i..i })
        .any(|j| t.tokens[j].is_word() && words.contains(t.low(j)))
    {
        return None;
    }
    // The sentence's own currency ("4.5 million for repairs after it raised 12 million
    // euros"), else the article's last.
    let written = (a..b).find_map(|j| {
        let c = match t.tokens[j].kind {
            TokenKind::Word if j > a && t.tokens[j - 1].is_number() => lex
                .currencies
                .get(t.low(j))
                .filter(|c| c.position != CurrencyPosition::Prefix),
            TokenKind::Punct(_) if j + 1 < b && t.tokens[j + 1].is_number() => lex
                .currencies
                .get(t.low(j))
                .filter(|c| c.position != CurrencyPosition::Suffix),
            _ => None,
        }?;
        Some((c.code.clone(), c.ambiguous))
    });
    written.or_else(|| {
        earlier
            .iter()
            .rev()
            .find(|f| f.kind == Kind::Amount)
            .and_then(|f| Some((f.unit.clone()?, f.ambiguous)))
    })
}

/// Whether the sentence of token `i` speaks of weight or thrust (`data/words/weight-words.txt`).
fn speaks_of_weight(t: &Text, i: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| word_set(include_str!("../../data/words/weight-words.txt")));
    t.sentence_at(t.tokens[i].start)
        .map(|s| t.sentences[s].tokens)
        .is_some_and(|(a, b)| (a..b).any(|j| t.tokens[j].is_word() && words.contains(t.low(j))))
}

/// Whether the article writes a symbol of currency `code` ("£").
fn money_word_is_money(t: &Text, lex: &Lexicon, code: &str) -> bool {
    lex.currencies.iter().any(|(sym, c)| {
        c.code == code
            && c.position != CurrencyPosition::Suffix
            && !sym.chars().any(char::is_alphanumeric)
            && t.text.contains(sym.as_str())
    })
}

/// A time unit after the number ("days", "-day", "-year-old"): end token and ISO designator.
fn time_unit_after(t: &Text, lex: &Lexicon, k: usize) -> Option<(usize, (String, u32))> {
    if k >= t.tokens.len() || !t.same_line(k - 1, k) {
        return None;
    }
    let (mut unit_at, hyphen) = if t.tokens[k].is_punct('-') && t.touching(k - 1, k) {
        (k + 1, true)
    } else {
        (k, false)
    };
    if unit_at >= t.tokens.len() || !t.tokens[unit_at].is_word() {
        return None;
    }
    // "for four straight years", "two more weeks": a word of length between the number and
    // its unit (data/words/length-adjectives.txt).
    if !hyphen && is_length_adjective(t.low(unit_at)) && t.same_line(unit_at, unit_at + 1) {
        unit_at += 1;
    }
    let unit = lex.time_units.get(t.low(unit_at))?;
    let mut end = unit_at + 1;
    // "2-year-old"
    if hyphen && t.low_at(end) == Some("-") && matches!(t.low_at(end + 1), Some("old" | "olds")) {
        end += 2;
    }
    // Relative dates ("three years earlier", "two days ago") are for `dates`; "five days
    // after the vote" is a length of time, and so are "40 minutes later" and "three years
    // later" (a counted "later" is a duration: data/gold/SCHEMA.md).
    if !hyphen
        && (t.low_at(end) == Some("later")
            || (t.low_at(end) == Some("earlier") && within_day(unit)))
    {
        return Some((end + 1, unit.clone()));
    }
    // "It has been nine weeks since the vote", "80 years since its founding": a length of
    // time up to now, a duration like "five days after the vote".
    if matches!(t.low_at(end), Some("ago" | "later" | "earlier")) && !hyphen {
        return None;
    }
    Some((end, unit.clone()))
}

/// Whether a word may stand between a number and its unit of time and leave it a length
/// ("four straight years", "two more weeks"): data/words/length-adjectives.txt.
fn is_length_adjective(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| word_set(include_str!("../../data/words/length-adjectives.txt")))
        .contains(word)
}

/// "41 minutes and 30 seconds", "two years and three months": after a length ending before
/// token `end`, "and" a length in a smaller unit makes one duration with it. The smaller
/// length's ISO 8601 form and its end token.
fn smaller_length_after(
    t: &Text,
    lex: &Lexicon,
    end: usize,
    unit: &(String, u32),
) -> Option<(String, usize)> {
    let order = |(d, _): &(String, u32)| {
        ["S", "MIN", "H", "D", "M", "Y"]
            .iter()
            .position(|x| *x == d.as_str())
    };
    if t.low_at(end) != Some("and") || !t.same_line(end - 1, end) {
        return None;
    }
    let num = number_at(t, lex, end + 1)?;
    if num.vague || num.low.is_some() || !t.same_line(end, num.end - 1) {
        return None;
    }
    let (last, smaller) = time_unit_after(t, lex, num.end)?;
    if t.tokens[num.end].is_punct('-') || order(&smaller)? >= order(unit)? {
        return None;
    }
    Some((iso_duration(num.value, &smaller)?, last))
}

/// Two ISO 8601 durations, the second in smaller units, written as one ("PT41M" and "PT30S"
/// are "PT41M30S"; "P1D" and "PT12H" are "P1DT12H").
fn join_iso(larger: &str, smaller: &str) -> String {
    match smaller.strip_prefix("PT") {
        Some(time) if larger.contains('T') => format!("{larger}{time}"),
        _ => format!("{larger}{}", &smaller[1..]),
    }
}

/// Whether a time unit is shorter than a day (hours, minutes, seconds): "an hour earlier" is
/// a length of time, where "a year earlier" is a date.
fn within_day((designator, _): &(String, u32)) -> bool {
    matches!(designator.as_str(), "H" | "MIN" | "S")
}

/// Whether "N-year-old" or "N-year old" ending before token `end` is a person's age: it
/// stands for a person ("the 44-year-old said") or describes one ("a 44-year-old teacher", "a
/// 44-year-old Dutch engineer"). The age of a thing ("a 3-year-old dispute") is a duration.
fn is_age(t: &Text, lex: &Lexicon, end: usize) -> bool {
    // "a group of 16-year-olds": people of that age, whatever follows.
    if t.low(end - 1) == "olds" {
        return true;
    }
    let mut next = end;
    if t.low_at(next) == Some("old") {
        next += 1;
    } else if matches!(t.low_at(end), Some("older" | "younger")) {
        // "a husband some 15 years older": a difference of ages, an age itself.
        return true;
    } else if t.low(end - 1) != "old" {
        // "a 9-year son", "the 44-year delivery man": a person noun right after, heading its
        // phrase ("a six-week national drive" is a drive's length).
        let heads = |j: usize| {
            t.low_at(j).is_some_and(|w| lex.person_nouns.contains(w))
                && !(j + 1 < t.tokens.len()
                    && t.same_line(j, j + 1)
                    && t.tokens[j + 1].is_word()
                    && !t.is_capitalized(j + 1)
                    && names_a_thing(t, lex, j + 1))
        };
        // The noun may stand one word on, after a word of the same phrase ("delivery"),
        // not after a function word: "three days of national mourning" names no person.
        let modifier = t.low_at(end).is_some_and(|w| {
            t.tokens[end].is_word() && t.same_line(end - 1, end) && !lex.function_words.contains(w)
        });
        return heads(end) || (modifier && heads(end + 1));
    }
    let Some(word) = t.low_at(next).filter(|_| t.tokens[next].is_word()) else {
        return true;
    };
    // "the 58-year-old three-time champion": an adjective compound before the noun describes
    // a person far more often than a thing.
    let compound = next + 2 < t.tokens.len()
        && t.tokens[next + 1].is_punct('-')
        && t.touching(next, next + 1)
        && t.touching(next + 1, next + 2)
        && lex.numbers.contains_key(word);
    !t.same_line(end - 1, next)
        || t.is_capitalized(next)
        || compound
        || is_animal(word)
        || lex.person_nouns.contains(word)
        || lex.role_nouns.contains(word)
        || lex.demonyms.contains(word)
        || lex.function_words.contains(word)
        || lex.speech_verbs.contains(word)
        // "a troubled 19-year-old fires", "the 37-year-old was": a verb follows the person.
        || lex.past_verbs.contains(word)
        || matches!(word, "is" | "was" | "has" | "had" | "will" | "would" | "can" | "could")
        || (word.len() > 4 && word.ends_with("ed"))
        || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"))
        // "a 29-year-old dental hygienist": an age unless the noun phrase is a thing.
        || !names_a_thing(t, lex, next)
}

/// Whether the noun phrase from token `at` ("trade war", "stone bridge") has a thing for its
/// head (`data/words/thing-nouns.txt`): the words up to a function word, a punctuation mark
/// or the line's end, a person noun ending the search ("a 30-year-old van driver").
fn names_a_thing(t: &Text, lex: &Lexicon, at: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let things = WORDS.get_or_init(|| word_set(include_str!("../../data/words/thing-nouns.txt")));
    let mut k = at;
    for _ in 0..4 {
        if k >= t.tokens.len() || !t.same_line(at, k) {
            return false;
        }
        // "a 2-year-old cross-border dispute": a hyphen joins the words of one compound.
        if k > at && t.tokens[k].is_punct('-') && t.touching(k - 1, k) {
            k += 1;
            continue;
        }
        if !t.tokens[k].is_word() {
            return false;
        }
        let w = t.low(k);
        if (k > at && lex.function_words.contains(w))
            || lex.person_nouns.contains(w)
            || lex.role_nouns.contains(w)
        {
            return false;
        }
        let singular = w.strip_suffix('s').unwrap_or(w);
        if things.contains(w) || things.contains(singular) {
            return true;
        }
        k += 1;
    }
    false
}

/// A unit of measurement after the number, or joined to it by a hyphen ("40-ton").
fn measure_unit_after(t: &Text, lex: &Lexicon, k: usize) -> bool {
    if k >= t.tokens.len() || !t.same_line(k - 1, k) {
        return false;
    }
    let at = if t.tokens[k].is_punct('-') && t.touching(k - 1, k) {
        k + 1
    } else {
        k
    };
    if at >= t.tokens.len() || !t.tokens[at].is_word() {
        return false;
    }
    // Units of two words: "light years" (a distance), "square metres", "sq km" (an area).
    let second = |w: &[&str]| {
        let j = if t.tokens.get(at + 1).is_some_and(|x| x.is_punct('-')) {
            at + 2
        } else {
            at + 1
        };
        t.same_line(at, j) && t.low_at(j).is_some_and(|x| w.contains(&x))
    };
    match t.low(at) {
        "light" => second(&["year", "years"]),
        "square" | "sq" => t
            .low_at(at + 1)
            .is_some_and(|w| t.same_line(at, at + 1) && lex.measure_units.contains(w)),
        w => lex.measure_units.contains(w),
    }
}

fn iso_duration(value: f64, (designator, multiplier): &(String, u32)) -> Option<String> {
    let n = value * f64::from(*multiplier);
    let time = matches!(designator.as_str(), "H" | "MIN" | "S");
    let letter = if designator == "MIN" {
        "M"
    } else {
        designator.as_str()
    };
    // A fraction of a unit in the next smaller one: "half an hour" PT30M, "an hour and a
    // half" PT1H30M, "4 and a half minutes" PT4M30S, "a day and a half" P1DT12H.
    let (whole, part) = (n.trunc(), n.fract());
    let smaller = match letter {
        "H" => Some(("M", 60.0)),
        "M" if time => Some(("S", 60.0)),
        "D" => Some(("H", 24.0)),
        "W" => Some(("D", 7.0)),
        _ => None,
    };
    if let Some((next, per)) = smaller.filter(|(_, per)| part != 0.0 && (part * per).fract() == 0.0)
    {
        let rest = (part * per) as i64;
        let head = if whole > 0.0 {
            format!("{}{letter}", whole as i64)
        } else {
            String::new()
        };
        return Some(match (letter, next) {
            ("W", _) => format!("P{}D", (n * 7.0) as i64),
            ("D", _) => format!("P{head}T{rest}H"),
            _ => format!("PT{head}{rest}{next}"),
        });
    }
    let number = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else if designator == "Y" && (n * 12.0).fract() == 0.0 {
        return Some(format!("P{}M", (n * 12.0) as i64));
    } else {
        format!("{n}")
    };
    Some(if time {
        format!("PT{number}{letter}")
    } else {
        format!("P{number}{letter}")
    })
}

/// Numbers that stand for something other than a quantity: "COVID-19", "10 a.m.", "10:30",
/// "3-1", "555-0123", "Smith, 54,", "42 Main Street".
fn is_not_a_quantity(t: &Text, lex: &Lexicon, i: usize, k: usize) -> bool {
    let touching_punct = |a: usize, b: usize, c: char| {
        b < t.tokens.len() && t.tokens[b].is_punct(c) && t.touching(a, b)
    };
    // Joined by a hyphen to a word before it.
    if i >= 2
        && t.tokens[i - 1].is_punct('-')
        && t.touching(i - 1, i)
        && t.touching(i - 2, i - 1)
        && t.tokens[i - 2].is_word()
    {
        return true;
    }
    // Joined to another number by a dash without being a rising range, or by a colon.
    let joined_number = |sep: &[char]| {
        (k < t.tokens.len()
            && sep.iter().any(|c| touching_punct(k - 1, k, *c))
            && t.tokens.get(k + 1).is_some_and(|x| x.is_number())
            && t.touching(k, k + 1))
            || (i >= 2
                && sep.iter().any(|c| t.tokens[i - 1].is_punct(*c))
                && t.touching(i - 1, i)
                && t.tokens[i - 2].is_number()
                && t.touching(i - 2, i - 1))
    };
    if joined_number(&['-', '–', ':', '/']) {
        return true;
    }
    if is_score(t, i) || is_signed_or_decimal(t, i) {
        return true;
    }
    if is_marker_in_brackets(t, i, k) || is_day_of_a_date_list(t, lex, i, k) {
        return true;
    }
    // "a 30 Under 30 honoree": the same number either side of "under" names a list.
    let same_under = |a: usize, u: usize, b: usize| {
        b < t.tokens.len()
            && t.low(u) == "under"
            && t.tokens[a].is_number()
            && t.tokens[b].is_number()
            && t.tok(a) == t.tok(b)
            && t.same_line(a, b)
    };
    if same_under(i, k, k + 1) || (i >= 2 && same_under(i - 2, i - 1, i)) {
        return true;
    }
    // "Otters 12 9 14 20 — 55": a row of a box score, its total after a dash.
    if i >= 3
        && (t.tokens[i - 1].is_punct('—') || t.tokens[i - 1].is_punct('–'))
        && [i - 2, i - 3].iter().all(|&x| {
            t.same_line(x, i)
                && t.tokens[x].is_number()
                && t.tok(x).bytes().all(|b| b.is_ascii_digit())
        })
    {
        return true;
    }
    // "was 20-of-24 passing": made of attempted, a shooting or passing line.
    if k + 3 < t.tokens.len()
        && touching_punct(k - 1, k, '-')
        && t.low(k + 1) == "of"
        && t.touching(k, k + 1)
        && touching_punct(k + 1, k + 2, '-')
        && t.tokens[k + 3].is_number()
        && t.touching(k + 2, k + 3)
    {
        return true;
    }
    // "ID.3", "PM2.5": a number written onto a word by a point, part of a name or code.
    if i >= 2
        && t.tokens[i - 1].is_punct('.')
        && t.touching(i - 1, i)
        && t.touching(i - 2, i - 1)
        && t.tokens[i - 2].is_word()
    {
        return true;
    }
    // "a 401(k) plan", "a 501(c) group": a letter in brackets written onto the number makes
    // a name (of a section of a code).
    if touching_punct(k - 1, k, '(')
        && k + 2 < t.tokens.len()
        && t.tokens[k + 1].is_word()
        && t.tok(k + 1).chars().count() == 1
        && t.touching(k, k + 1)
        && touching_punct(k + 1, k + 2, ')')
    {
        return true;
    }
    // "1. Define the plan", "2) Take stock", "3. \"A quoted heading\"": the number of an
    // item of a list, heading its line with a point or a bracket and then words.
    let words_after = |j: usize| {
        j < t.tokens.len()
            && t.same_line(k, j)
            && (t.tokens[j].is_word()
                || (t.tok(j).chars().all(|c| "\"“‘'".contains(c))
                    && j + 1 < t.tokens.len()
                    && t.touching(j, j + 1)
                    && t.tokens[j + 1].is_word()))
    };
    if (i == 0 || !t.same_line(i - 1, i))
        && (touching_punct(k - 1, k, '.') || touching_punct(k - 1, k, ')'))
        && words_after(k + 1)
    {
        return true;
    }
    // "a 34" screen", "22″ long": inches, a measure; a straight quote mark closes a quotation
    // only when one opened before it on the line.
    if touching_punct(k - 1, k, '″') || (touching_punct(k - 1, k, '"') && !quote_open(t, i)) {
        return true;
    }
    // Digits beside digits with only a space between ("0207 782 4368"), or after an area
    // code in brackets ("(555) 123"): a phone number, not a quantity.
    let bare = |x: usize| {
        x < t.tokens.len()
            && t.same_line(i, x)
            && t.tokens[x].is_number()
            && t.tok(x).bytes().all(|b| b.is_ascii_digit())
    };
    if (bare(k) && bare(i) && !model_code_at(t, lex, k)) || (i >= 1 && bare(i - 1) && bare(i)) {
        return true;
    }
    if model_code_at(t, lex, i) {
        return true;
    }
    if touching_punct(k - 1, k, ')') && bare(k + 1) && i >= 1 && t.tokens[i - 1].is_punct('(') {
        return true;
    }
    if i >= 3 && t.tokens[i - 1].is_punct(')') && bare(i - 2) && t.tokens[i - 3].is_punct('(') {
        return true;
    }
    // "Caption 7 of 59", "Image 2 of 12": the place of one picture in a gallery.
    if i >= 3
        && t.low(i - 1) == "of"
        && t.tokens[i - 2].is_number()
        && matches!(
            t.low(i - 3),
            "caption" | "photo" | "photos" | "image" | "images" | "slide" | "picture" | "page"
        )
    {
        return true;
    }
    // "11:30pm": hours and minutes with the part of the day written on.
    if touching_punct(k - 1, k, ':')
        && t.touching(k, k + 1)
        && t.tok(k + 1).starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    let next = t
        .low_at(k)
        .filter(|_| k < t.tokens.len() && t.same_line(k - 1, k));
    if matches!(
        next,
        Some("a.m." | "p.m." | "am" | "pm" | "gmt" | "utc" | "o’clock" | "o'clock")
    ) {
        return true;
    }
    // Ages: "aged 30", "aged 30 and 45", "ages 6 and 7", "between the ages of 18 and 35".
    // A list of ages is short: the walk back stops after a few, or a page of numbers joined
    // by commas would be walked once for each of them.
    {
        let mut j = i;
        while j >= 2
            && i - j < 16
            && matches!(t.low(j - 1), "and" | "to" | "or" | "," | "-" | "–")
            && t.tokens[j - 2].is_number()
        {
            j -= 2;
        }
        let before = |k: usize, w: &[&str]| k >= 1 && w.contains(&t.low(k - 1));
        // "died at 77", "dies at 90.": the age of a death, nothing counted after it.
        let death_age = before(j, &["at"])
            && j >= 2
            && before(j - 1, &["die", "dies", "died", "dying"])
            && t.tokens.get(k).is_none_or(|x| !x.is_word());
        if death_age
            || before(j, &["aged", "ages", "age"])
            || (before(j, &["of"]) && j >= 2 && before(j - 1, &["ages", "age"]))
            // "as old as 32", "as young as 12"
            || (before(j, &["as"]) && j >= 3 && before(j - 1, &["old", "young"]) && before(j - 2, &["as"]))
        {
            return true;
        }
    }
    // An age told of a person with no noun after it: "she is 3.", "the boy, who was 4,".
    if i >= 2
        && matches!(t.low(i - 1), "is" | "was")
        && matches!(t.low(i - 2), "he" | "she" | "who")
        && t.tokens
            .get(k)
            .is_none_or(|x| x.is_punct('.') || x.is_punct(','))
    {
        return true;
    }
    // An emergency or service number dialled: "call 911", "dialled 999.".
    if i >= 1
        && matches!(
            t.low(i - 1),
            "call" | "calls" | "called" | "calling" | "dial" | "dialed" | "dialled" | "dialing"
        )
        && t.tokens.get(k).is_none_or(|x| !x.is_word())
    {
        return true;
    }
    // An age in apposition: "Maria Gomez, 54, said", "... with Jane Roe, 62.", "the
    // singer, 36, and".
    if i >= 2
        && t.tokens[i - 1].is_punct(',')
        && (t.is_capitalized(i - 2)
            || after_name_suffix(t, i - 1)
            || lex.role_nouns.contains(t.low(i - 2))
            || lex.person_nouns.contains(t.low(i - 2)))
        && t.tokens.get(k).is_some_and(|x| {
            x.is_punct(',')
                || (x.is_punct('.') && t.tokens.get(k + 1).is_none_or(|n| !n.is_number()))
                // "Jane Roe, 67 of Dunmore": the age before the home town.
                || (t.low(k) == "of" && k + 1 < t.tokens.len() && t.is_capitalized(k + 1))
                // "Jane Roe, 67 – a retired nurse –": a dash opens another apposition.
                || ((x.is_punct('–') || x.is_punct('—')) && !t.touching(k - 1, k))
                // "Ann Roe, 40 and her son, Tom, 9": another person and age follow.
                || (t.low(k) == "and"
                    && (k + 1..(k + 7).min(t.tokens.len())).any(|j| {
                        t.tokens[j].is_punct(',')
                            && t.tokens.get(j + 1).is_some_and(|n| n.is_number())
                            && t.same_line(k, j + 1)
                    }))
        })
    {
        return true;
    }
    // "At 17, she moved": an age at the head of a sentence, before a comma.
    if i >= 1
        && t.low(i - 1) == "at"
        && t.tokens.get(k).is_some_and(|x| x.is_punct(','))
        && t.sentence_at(t.tokens[i - 1].start)
            .is_some_and(|s| t.sentences[s].tokens.0 == i - 1)
        && t.tok(i).bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // A street number or a name after the number: "42 Main Street" (but "40 PhD students",
    // "12 Danish trawlers": a people's name describes what is counted).
    let capitalized_word = |j: usize| {
        j < t.tokens.len() && t.same_line(i, j) && t.tokens[j].is_word() && t.is_capitalized(j)
    };
    capitalized_word(k)
        && !t.has_class(k, class::MONTH)
        && capitalized_word(k + 1)
        && !lex.demonyms.contains(t.low(k + 1))
        && !title_case_line(t, i)
}

/// Whether an odd number of straight quote marks (inch marks left out) stands on the line
/// before token `i`: one of them is open, and a mark just after the number closes it.
fn quote_open(t: &Text, i: usize) -> bool {
    let mut open = false;
    let mut j = i;
    while j > 0 && t.same_line(j - 1, i) {
        j -= 1;
        // An inch mark written onto a number ("a 34\" screen") opens or closes nothing.
        let inches = j > 0 && t.tokens[j - 1].is_number() && t.touching(j - 1, j);
        if t.tokens[j].is_punct('"') && !inches {
            open = !open;
        }
    }
    open
}

/// Whether a generational suffix of a name (`data/lexicon/name_suffixes.txt`) ends just
/// before token `at`, with or without its period: "Jane Roe Jr., 55,".
fn after_name_suffix(t: &Text, at: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let suffixes =
        WORDS.get_or_init(|| word_set(include_str!("../../data/lexicon/name_suffixes.txt")));
    let mut j = at;
    if j >= 1 && t.tokens[j - 1].is_punct('.') && t.touching(j - 1, j) {
        j -= 1;
    }
    j >= 1
        && t.tokens[j - 1].is_word()
        && t.is_capitalized(j - 1)
        && suffixes.contains(t.low(j - 1).trim_end_matches('.'))
}

/// Whether the bare whole number at token `i` (three digits or more) names a model, not a
/// quantity (data/gold/SCHEMA.md: "numbers in names and model codes"): after another number
/// and before a word ("five 787 jets", "400 737 Max jets": the first counts them), or after a
/// determiner and before a capitalized name or a noun in the singular that ends its phrase
/// ("its 737 Max jet", "the 777 program has", "a fully laden 737 aircraft."). "The 300
/// workers", "the 120 staff", "the 150 new jobs" count.
fn model_code_at(t: &Text, lex: &Lexicon, i: usize) -> bool {
    let digits = |x: usize| {
        x < t.tokens.len()
            && t.tokens[x].is_number()
            && t.tok(x).len() >= 3
            && t.tok(x).bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(i) || i == 0 || !t.same_line(i - 1, i) {
        return false;
    }
    let k = i + 1;
    if k >= t.tokens.len() || !t.same_line(i, k) || !t.tokens[k].is_word() {
        return false;
    }
    let p = i - 1;
    let number_before = t.tokens[p].is_number() || lex.numbers.contains_key(t.low(p));
    if number_before && p + 1 == i {
        return true;
    }
    // A determiner up to two words of description before ("a fully laden 737").
    let determiner = (p.saturating_sub(2)..=p).rev().find(|&d| {
        t.same_line(d, i)
            && matches!(
                t.low(d),
                "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
            )
    });
    let Some(d) = determiner else {
        return false;
    };
    // The words between are description, lower case and no figure ("the embattled 737").
    if (d + 1..i).any(|x| {
        !t.tokens[x].is_word() || t.is_capitalized(x) || lex.function_words.contains(t.low(x))
    }) {
        return false;
    }
    // The word after the name or noun: a plural there is what a count counts ("the 150
    // Tesla cars", "the 150 new jobs").
    let next = t.low(k);
    let after_word = k + 1 < t.tokens.len() && t.same_line(k, k + 1) && t.tokens[k + 1].is_word();
    // "a fully loaded 737 aircraft": a noun of one form for both numbers is one thing after "a".
    static SAME_NUMBER: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let one_of_same_number = matches!(t.low(d), "a" | "an")
        && SAME_NUMBER
            .get_or_init(|| word_set(include_str!("../../data/words/same-number-nouns.txt")))
            .contains(next);
    if one_of_same_number {
        return true;
    }
    let named = t.is_capitalized(k)
        && !t.has_class(k, class::MONTH)
        && !is_plural(next, lex)
        && (!after_word || !is_plural(t.low(k + 1), lex));
    let singular = !t.is_capitalized(k)
        && !is_plural(next, lex)
        && !next.ends_with("est")
        && !lex.function_words.contains(next)
        && !lex.time_units.contains_key(next)
        && !lex.scales.contains_key(next)
        && (!after_word || lex.function_words.contains(t.low(k + 1)));
    named || singular
}

/// Whether the number at token `i` and the one joined to it by a hyphen are a score or a
/// record ("went 12-30 in two seasons", "a 4-9 season", "won 4-2."): whole numbers that a
/// team went, finished or was, or with no counted noun after them, only the clause's end or a
/// word of the game's results (`data/words/score-nouns.txt`). "20-30 people", "8-12 hours",
/// "40-70%", "hoping to seat 6-8 per table" count, last or share something.
fn is_score(t: &Text, i: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let whole = |x: usize| t.tokens[x].is_number() && t.tok(x).bytes().all(|b| b.is_ascii_digit());
    let k = i + 1;
    if k + 1 >= t.tokens.len()
        || !(t.tokens[k].is_punct('-') || t.tokens[k].is_punct('–'))
        || !t.touching(i, k)
        || !t.touching(k, k + 1)
        || !whole(i)
        || !whole(k + 1)
    {
        return false;
    }
    // "went 12-30 in", "were 2-5 in away games": a record a team went or was.
    if i >= 1
        && t.same_line(i - 1, i)
        && matches!(
            t.low(i - 1),
            "went" | "go" | "goes" | "finished" | "finish" | "finishes" | "were" | "was" | "are"
        )
    {
        return true;
    }
    let after = k + 2;
    let Some(next) = t.tokens.get(after).filter(|_| t.same_line(k, after)) else {
        return true;
    };
    if next.is_word() {
        WORDS
            .get_or_init(|| word_set(include_str!("../../data/words/score-nouns.txt")))
            .contains(t.low(after))
    } else {
        matches!(next.kind, TokenKind::Punct(',' | ';' | ')'))
            || (next.is_punct('.') && t.tokens.get(after + 1).is_none_or(|n| !n.is_number()))
            // "7-6 (5)": a set's score with its tie-break's points.
            || (next.is_punct('(')
                && after + 2 < t.tokens.len()
                && whole(after + 1)
                && t.tokens[after + 2].is_punct(')'))
    }
}

/// Whether the whole number at token `i` (ending before `k`) stands in brackets that hold
/// only whole numbers and is a marker, not a quantity: a note or citation ("fell sharply
/// (4).", "in two trials (4, 5).", "the rate rose[3]", any "[12]"), or a tie-break's points
/// after a set's score ("won 7-6 (5), 6-3"). "touchdowns (35) while", "Smith (12) ran" keep
/// their reading.
fn is_marker_in_brackets(t: &Text, i: usize, k: usize) -> bool {
    let whole = |x: usize| t.tokens[x].is_number() && t.tok(x).bytes().all(|b| b.is_ascii_digit());
    if !whole(i) {
        return false;
    }
    // The bracket's other members: whole numbers joined by commas or dashes, within a line.
    let inner = |x: usize| {
        whole(x)
            || t.tokens[x].is_punct(',')
            || t.tokens[x].is_punct('-')
            || t.tokens[x].is_punct('–')
    };
    let mut open = i;
    while open > 0 && i - open < 12 && t.same_line(open - 1, i) && inner(open - 1) {
        open -= 1;
    }
    let mut close = k;
    while close < t.tokens.len() && close - k < 12 && t.same_line(i, close) && inner(close) {
        close += 1;
    }
    if open == 0 || close >= t.tokens.len() || !t.same_line(open - 1, close) {
        return false;
    }
    open -= 1;
    let square = t.tokens[open].is_punct('[') && t.tokens[close].is_punct(']');
    if square {
        return true;
    }
    if !(t.tokens[open].is_punct('(') && t.tokens[close].is_punct(')')) || open == 0 {
        return false;
    }
    let before = open - 1;
    // "7-6 (5)": the points of a tie-break after the score of its set.
    if before >= 2
        && whole(before)
        && whole(before - 2)
        && (t.tokens[before - 1].is_punct('-') || t.tokens[before - 1].is_punct('–'))
        && t.touching(before - 2, before - 1)
        && t.touching(before - 1, before)
        && close == i + 1
        && open + 1 == i
    {
        return true;
    }
    // A citation: written onto the word before, or closing a sentence after a word or a
    // sentence's end.
    if t.tokens[before].is_word() && t.touching(before, open) {
        return true;
    }
    let ends = t.tokens.get(close + 1).is_none_or(|x| {
        !t.same_line(close, close + 1)
            || (x.is_punct('.')
                && t.touching(close, close + 1)
                && t.tokens.get(close + 2).is_none_or(|y| !y.is_number()))
    });
    ends && (t.tokens[before].is_word() || t.tokens[before].is_punct('.'))
}

/// Whether the number at token `i` (ending before `k`) is a further day of a list of days
/// after a month ("on May 3, 10 and 17", "between June 1 and 2"): days of dates, no count.
fn is_day_of_a_date_list(t: &Text, lex: &Lexicon, i: usize, k: usize) -> bool {
    let day = |x: usize| {
        t.tokens[x].is_number()
            && t.tok(x).len() <= 2
            && t.tok(x).bytes().all(|b| b.is_ascii_digit())
            && t.tok(x).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    // The list ends at punctuation or a small word: "May 3, 5 people" counts people.
    let open_after = k < t.tokens.len()
        && t.same_line(i, k)
        && t.tokens[k].is_word()
        && !lex.function_words.contains(t.low(k));
    if !day(i) || open_after {
        return false;
    }
    let mut j = i;
    let mut steps = 0;
    while j >= 2 && steps < 8 && t.same_line(j - 2, j) {
        let joiner = matches!(t.low(j - 1), "and" | "or" | "&" | "," | "through" | "to");
        if !joiner || !day(j - 2) {
            return false;
        }
        j -= 2;
        steps += 1;
        // "May 3", "Jan. 12": the month, its abbreviation's point apart or not.
        let month = |x: usize| t.tokens[x].is_word() && lex.month(t.tok(x)).is_some();
        if (j >= 1 && month(j - 1))
            || (j >= 2 && t.tokens[j - 1].is_punct('.') && t.touching(j - 2, j - 1) && month(j - 2))
        {
            return true;
        }
    }
    false
}

/// A number written with a sign or a leading point ("a differential of -9", "a .417
/// record", "(.388)"): a difference or a fraction, never a count. A hyphen between words or
/// numbers ("4-9", "COVID-19") is no sign.
fn is_signed_or_decimal(t: &Text, i: usize) -> bool {
    i >= 1
        && t.touching(i - 1, i)
        && ['-', '−', '.'].iter().any(|c| t.tokens[i - 1].is_punct(*c))
        && (i < 2
            || !t.same_line(i - 2, i - 1)
            || !t.touching(i - 2, i - 1)
            || t.tokens[i - 2].is_punct('('))
}

/// Whether token `i` stands in a headline written in title case ("More Than 40 People Hurt
/// In Dunmore"), where capitals after a number mark no name.
fn title_case_line(t: &Text, i: usize) -> bool {
    let Some(line) = t.lines.get(t.tokens[i].line as usize) else {
        return false;
    };
    let (a, b) = line.tokens;
    let text = t.text[line.start..line.end].trim_end();
    if b - a > 30 || text.ends_with(['.', '!', ':', '”', '"']) {
        return false;
    }
    let words = (a..b).filter(|&k| t.tokens[k].is_word()).count();
    let capitalized = (a..b)
        .filter(|&k| t.tokens[k].is_word() && t.is_capitalized(k))
        .count();
    words >= 4 && capitalized * 4 >= words * 3
}

/// A number right after a capitalized word is part of a name ("Mate 30", "Boeing 737").
fn is_name_part(t: &Text, lex: &Lexicon, i: usize, first: usize) -> bool {
    if first != i || i == 0 || !t.same_line(i - 1, i) {
        return false;
    }
    let p = i - 1;
    // "No. 18", "no. 3": a number after the abbreviation of "number" names or ranks.
    if t.tokens[p].is_punct('.') && p > 0 && t.touching(p - 1, p) && t.low(p - 1) == "no" {
        return true;
    }
    // "iPhone 7": a word with a capital inside is a product's name as much as "Pixel 7".
    let mixed = t.tokens[p].case & super::text::MIXED_CASE != 0;
    if !t.tokens[p].is_word() || !(t.is_capitalized(p) || mixed) {
        return false;
    }
    let low = t.low(p);
    // "Orvane's 12 plants": a possessive owns what the number counts; a name goes on with no
    // "'s" ("Mate 30").
    if low.ends_with("'s") || low.ends_with("’s") {
        return false;
    }
    if lex.month(low).is_some() {
        // "the Grand May 4 parade": a month's name that is also a word, after a capitalized
        // word inside its sentence, goes on a name ("in March 9 people": a month).
        let named = matches!(low, "march" | "may")
            && p > 0
            && t.same_line(p - 1, p)
            && t.tokens[p - 1].is_word()
            && t.is_capitalized(p - 1)
            && !lex.function_words.contains(t.low(p - 1))
            && t.sentence_at(t.tokens[p - 1].start)
                .is_some_and(|s| t.sentences[s].tokens.0 < p - 1);
        return named;
    }
    if lex.function_words.contains(low) || lex.demonyms.contains(low) {
        return false;
    }
    // A verb in a headline's capitals ("Police Seized 47 Bikes", "Storm Killed 12") names
    // nothing: a past tense or a casualty before the number is no name's word.
    !(lex.past_verbs.contains(low)
        || lex.casualties.contains_key(low)
        || (low.len() > 4 && low.ends_with("ed")))
}

/// Whether a number word is followed by what it counts ("two cities", "eight have been").
fn counts_something(t: &Text, lex: &Lexicon, k: usize) -> bool {
    let Some(next) = t.low_at(k) else {
        return false;
    };
    // "a four-engine turboprop", "a two-time winner", "a three-stage rocket": a number of two
    // or more written onto the noun it counts by a hyphen. Not onto a participle ("a
    // two-pronged attack", "three-wheeled") nor a word of manner (`data/words/
    // compound-manner-words.txt`: "a two-way street"); "one-" compounds are idioms ("one-off",
    // "one-time").
    if next == "-" {
        static MANNER: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
        let manner = MANNER
            .get_or_init(|| word_set(include_str!("../../data/words/compound-manner-words.txt")));
        let Some(word) = t.low_at(k + 1) else {
            return false;
        };
        // Not a number or a fraction of its own ("twenty-one", "two-thirds", "two-and-a-half").
        let number_or_fraction = lex.numbers.contains_key(word)
            || lex.scales.contains_key(word)
            || lex
                .fractions
                .iter()
                .any(|(words, _)| words.last().is_some_and(|w| w == word))
            || matches!(word, "and" | "or" | "to");
        return t.touching(k - 1, k)
            && t.touching(k, k + 1)
            && t.tokens[k + 1].is_word()
            && !number_or_fraction
            && !word.ends_with("ed")
            && !manner.contains(word)
            && !matches!(t.low(k - 1), "one" | "a" | "an");
    }
    // "five 787 Dreamliner sales": a model's number between the count and its noun.
    if t.same_line(k - 1, k) && model_code_at(t, lex, k) {
        return true;
    }
    if !t.same_line(k - 1, k) || !t.tokens[k].is_word() {
        return false;
    }
    if matches!(next, "of" | "out" | "have" | "has" | "had" | "are" | "were") {
        return true;
    }
    // "two first-class travellers", "three well-known firms": a word joined on by a hyphen
    // begins a compound before the noun, whatever the word alone would be.
    let compound = k + 2 < t.tokens.len()
        && t.tokens[k + 1].is_punct('-')
        && t.touching(k, k + 1)
        && t.touching(k + 1, k + 2)
        && t.tokens[k + 2].is_word();
    // "two other men": what is counted comes after "other".
    let other = next == "other"
        && t.low_at(k + 1)
            .is_some_and(|w| t.tokens[k + 1].is_word() && !lex.function_words.contains(w));
    compound || other || (!lex.function_words.contains(next) && !lex.speech_verbs.contains(next))
}

/// The things a count counts: the noun phrase after it, or what an earlier count in the
/// sentence counted ("300 patents, 295 of which"), or "the number of X" before it.
fn count_unit(t: &Text, lex: &Lexicon, i: usize, k: usize, earlier: &[Figure]) -> Option<String> {
    let sentence = t.sentence_at(t.tokens[i].start).map(|s| t.sentences[s]);
    let sentence_first = sentence.map_or(i, |s| s.tokens.0);
    let sentence_last = sentence.map_or(k, |s| s.tokens.1);
    let antecedent = || {
        earlier
            .iter()
            .rev()
            .take_while(|f| f.first >= sentence_first)
            .find(|f| f.kind == Kind::Count && f.unit.is_some())
            .and_then(|f| f.unit.clone())
    };
    if let Some(unit) = casualty_unit(t, lex, k, sentence_last) {
        return Some(unit);
    }
    match t.low_at(k) {
        Some("out") if t.low_at(k + 1) == Some("of") => {
            return noun_phrase(t, lex, k + 3, sentence_last).or_else(antecedent);
        }
        // "three of those early flights": the things named after the demonstrative, past a
        // number of their own ("two of those 40 flights").
        Some("of") if matches!(t.low_at(k + 1), Some("these" | "those")) => {
            let at = if t.tokens.get(k + 2).is_some_and(|x| x.is_number()) {
                k + 3
            } else {
                k + 2
            };
            return noun_phrase(t, lex, at, sentence_last).or_else(antecedent);
        }
        Some("of") if matches!(t.low_at(k + 1), Some("which" | "them" | "whom")) => {
            return antecedent().or_else(|| plural_before(t, lex, sentence_first, i));
        }
        Some("to" | "and") if t.tokens.get(k + 1).is_some_and(|x| x.is_number()) => {
            return noun_phrase(t, lex, k + 2, sentence_last)
                .or_else(|| number_of(t, lex, sentence_first, i));
        }
        Some("have" | "has" | "had" | "are" | "were") => return antecedent(),
        // "thousands of dock workers"
        Some("of")
            if t.tokens
                .get(k + 1)
                .is_some_and(|x| x.is_word() || x.is_number()) =>
        {
            // "2,400 of its 15,000 employees", "204 of 14,086 firms", "three of their last
            // four games": the unit of the whole's number after, past a word of order.
            let mut j = k + 1;
            while j < sentence_last && t.has_class(j, crate::model::lexicon::class::DETERMINER) {
                j += 1;
            }
            // "30 of Acme's 787-9 jets": the owner opens the phrase without narrowing it.
            if j + 1 < sentence_last && t.same_line(j, j + 1) && t.tokens[j].is_word() {
                let low = t.low(j);
                if low.ends_with("'s") || low.ends_with("’s") {
                    j += 1;
                } else if matches!(t.low(j + 1), "'s" | "’s") && t.is_capitalized(j) {
                    j += 2;
                } else if j + 2 < sentence_last
                    && matches!(t.tok(j + 1), "'" | "’")
                    && t.low(j + 2) == "s"
                    && t.touching(j + 1, j + 2)
                    && t.is_capitalized(j)
                {
                    // "Acme 's jets", spaced as some pages write it.
                    j += 3;
                }
            }
            let ordered = j + 1 < sentence_last
                && matches!(t.low(j), "first" | "last" | "next" | "final" | "past")
                && t.same_line(j, j + 1);
            let whole = if ordered { j + 1 } else { j };
            let whole_number = t.tokens.get(whole).is_some_and(|x| x.is_number())
                || t.low_at(whole).is_some_and(|w| lex.numbers.contains_key(w));
            if whole_number && whole < sentence_last {
                let after = number_at(t, lex, whole).map_or(whole + 1, |n| n.end);
                if let Some(unit) = noun_phrase(t, lex, after, sentence_last) {
                    return Some(unit);
                }
                // "30 of Acme's 787-9 jets": a model's number opens the phrase.
                if model_number_in_phrase(t, whole, sentence_last, &[]) {
                    if let Some(unit) = noun_phrase(t, lex, whole, sentence_last) {
                        return Some(unit);
                    }
                }
                // "all four of the yard's two-hull barges": a number written onto the
                // next word is the phrase's own, read below.
                let compound = t.tokens.get(after).is_some_and(|x| x.is_punct('-'))
                    && t.touching(after - 1, after);
                if !compound {
                    return antecedent();
                }
            }
            // "three of the first stage boosters": a word of order that opens the compound.
            if ordered && t.tokens[j + 1].is_word() {
                if let Some(rest) = noun_phrase(t, lex, j + 1, sentence_last) {
                    return Some(format!("{} {rest}", t.tok(j)));
                }
            }
            // "20 of their ships", "three of the firms": the noun after the determiner, not
            // what an earlier count counted.
            return noun_phrase(t, lex, k + 1, sentence_last)
                .or_else(|| noun_phrase(t, lex, j, sentence_last).filter(|_| j > k + 1))
                .or_else(antecedent);
        }
        Some("-") if t.touching(k - 1, k) && k + 1 < sentence_last && t.tokens[k + 1].is_word() => {
            // "a three-time series champion": the titles won, not "times".
            if matches!(t.low(k + 1), "time" | "times") {
                if let Some(unit) = title_won(t, lex, k + 2, sentence_last, true) {
                    return Some(unit);
                }
            }
            // "a 370-member committee": the members of what follows.
            let noun = t.tok(k + 1);
            let rest = noun_phrase(t, lex, k + 2, sentence_last);
            let plural = if noun.ends_with('s') {
                noun.to_owned()
            } else {
                format!("{noun}s")
            };
            return Some(match rest {
                Some(r) => format!("{r} {plural}"),
                None => plural,
            });
        }
        _ => {}
    }
    // "a five time NBA champion": the titles won, when a word of title ends the phrase.
    if t.low_at(k) == Some("time") && t.same_line(k - 1, k) {
        if let Some(unit) = title_won(t, lex, k + 1, sentence_last, false) {
            return Some(unit);
        }
    }
    // "tens of thousands more residents", "five more ships": the noun after "more".
    let after_more = (t.low_at(k) == Some("more") && t.same_line(k, k + 1))
        .then(|| noun_phrase(t, lex, k + 1, sentence_last))
        .flatten();
    after_more
        .or_else(|| noun_phrase(t, lex, k, sentence_last))
        .or_else(|| number_of(t, lex, sentence_first, i))
        .or_else(antecedent)
}

/// The unit of a place's population counted ("a town of 8,000").
const RESIDENTS: &str = "residents";

/// Fewest words back from a count to a total named before it ("the death toll in the
/// quake climbed to 31").
const TOLL_REACH: usize = 8;

/// What a count after a named total counts ("the death toll climbed to 31" -> people killed):
/// a phrase of `casualties.tsv` ending in "toll" up to [`TOLL_REACH`] words back, in the
/// same sentence, with no other number between.
fn toll_before(t: &Text, lex: &Lexicon, first: usize) -> Option<String> {
    let start = t
        .sentence_at(t.tokens.get(first)?.start)
        .map_or(0, |s| t.sentences[s].tokens.0);
    let mut j = first;
    while j > start + 1 && first - j < TOLL_REACH {
        j -= 1;
        if t.tokens[j].is_number() {
            return None;
        }
        if t.low(j) == "toll" {
            let phrase = format!("{} toll", t.low(j - 1));
            return lex.casualties.get(&phrase).filter(|u| *u != "-").cloned();
        }
    }
    None
}

/// The plural of what a title-holder won (`data/words/title-holder-nouns.tsv`).
fn title_wins(word: &str) -> Option<&'static str> {
    static WORDS: std::sync::OnceLock<FxHashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            data_lines(include_str!("../../data/words/title-holder-nouns.tsv"))
                .filter_map(|line| {
                    let (word, won) = line.split_once('\t')?;
                    Some((word.trim(), won.trim()))
                })
                .collect()
        })
        .get(word)
        .copied()
}

/// Words in the longest title after "N-time" ("Player of the Month").
const TITLE_WORDS: usize = 6;

/// What "N-time" counts in the title after it, from token `from`: the words up to a word of
/// `title-holder-nouns.tsv`, with its plural ("three-time series champion" -> "series
/// championships"); with `named_title` and no such word before a function word, a title
/// opening in capitals ("two-time Player of the Month" -> "Player of the Month").
fn title_won(
    t: &Text,
    lex: &Lexicon,
    from: usize,
    limit: usize,
    named_title: bool,
) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut j = from;
    // Up to a function word: "rang five times before the winner was named" names no title.
    while j < limit
        && words.len() < TITLE_WORDS
        && t.tokens[j].is_word()
        && t.same_line(from - 1, j)
        && !lex.function_words.contains(t.low(j))
    {
        if let Some(won) = title_wins(t.low(j)) {
            words.push(won);
            return Some(words.join(" "));
        }
        words.push(t.tok(j));
        j += 1;
    }
    if !named_title {
        return None;
    }
    // A title named in capitals, with the words of its phrase after ("Player of the
    // month"): up to a mark, a verb or a function word other than an "of" or "the" inside.
    if !t.is_capitalized(from) {
        return None;
    }
    let mut end = from;
    let mut k = from;
    while k < limit && k < from + TITLE_WORDS && t.tokens[k].is_word() && t.same_line(from, k) {
        let w = t.low(k);
        if lex.speech_verbs.contains(w) || lex.past_verbs.contains(w) {
            break;
        }
        if !matches!(w, "of" | "the") {
            if lex.function_words.contains(w) {
                break;
            }
            end = k + 1;
        }
        k += 1;
    }
    (end > from).then(|| (from..end).map(|x| t.tok(x)).collect::<Vec<_>>().join(" "))
}

/// The unit of a group's members counted ("a family of four").
const GROUP_MEMBERS: &str = "people";

/// Words in the longest phrase of `casualties.tsv`.
const CASUALTY_PHRASE_WORDS: usize = 4;

/// What happened to the people counted: "nine hurt", "eleven people were killed", "more than
/// 60 others injured" -> "people injured" (`casualties.tsv`).
fn casualty_unit(t: &Text, lex: &Lexicon, k: usize, limit: usize) -> Option<String> {
    let mut j = k;
    let mut phrase = String::new();
    while j < limit && j < k + 5 && t.tokens[j].is_word() && t.same_line(k - 1, j) {
        let w = t.low(j);
        // Phrases first, longest first: "taken to a hospital".
        for n in (2..=CASUALTY_PHRASE_WORDS).rev() {
            if j + n > limit || !(j..j + n).all(|x| t.tokens[x].is_word()) {
                continue;
            }
            phrase.clear();
            for x in j..j + n {
                if x > j {
                    phrase.push(' ');
                }
                phrase.push_str(t.low(x));
            }
            if let Some(unit) = lex.casualties.get(&phrase).filter(|u| *u != "-") {
                return Some(unit.clone());
            }
        }
        match lex.casualties.get(w).map(String::as_str) {
            Some("-") => {}
            Some(unit) => return Some(unit.to_owned()),
            None if matches!(
                w,
                "were" | "was" | "have" | "has" | "had" | "been" | "are" | "being" | "reportedly"
            ) => {}
            // "20 others were slightly hurt", "two seriously injured".
            None if w.len() > 4 && w.ends_with("ly") => {}
            None => return None,
        }
        j += 1;
    }
    None
}

/// The counted noun phrase starting at token `k`: words up to and including the first plural
/// noun ("solar research institutes"), with an "of" phrase after a measure word.
fn noun_phrase(t: &Text, lex: &Lexicon, k: usize, limit: usize) -> Option<String> {
    let mut words: Vec<usize> = Vec::new();
    let mut j = unit_start(t, lex, k, limit);
    while j < limit && words.len() < 6 {
        if !t.tokens[j].is_word() {
            // Hyphenated modifiers: "state-owned banks".
            if t.tokens[j].is_punct('-')
                && !words.is_empty()
                && t.touching(j - 1, j)
                && t.touching(j, j + 1)
            {
                words.push(j);
                j += 1;
                continue;
            }
            if model_number_in_phrase(t, j, limit, &words) {
                words.push(j);
                j += 1;
                continue;
            }
            break;
        }
        let low = t.low(j);
        // "two other men", "11 other players": what is counted comes after "other".
        let other = low == "other"
            && words.is_empty()
            && j + 1 < limit
            && t.same_line(j, j + 1)
            && t.tokens[j + 1].is_word()
            && !lex.function_words.contains(t.low(j + 1));
        // "nine current or former cabinet ministers", "public and private banks": modifiers
        // joined by "or" or "and" before the counted noun.
        let joins_modifiers = matches!(low, "or" | "and")
            && !words.is_empty()
            && j + 1 < limit
            && t.tokens[j + 1].is_word()
            && !lex.function_words.contains(t.low(j + 1))
            && !t.has_class(j + 1, class::NUMBER);
        // "14 first-stage boosters", "six in-house lawyers": a word of the list written onto
        // the next by a hyphen begins a compound modifier.
        let compound = j + 2 < limit
            && t.tokens[j + 1].is_punct('-')
            && t.touching(j, j + 1)
            && t.touching(j + 1, j + 2)
            && t.tokens[j + 2].is_word();
        let measured_of = low == "of"
            && words
                .last()
                .is_some_and(|w| lex.measure_words.contains(t.low(*w)));
        if lex.function_words.contains(low)
            && !(joins_modifiers || compound || measured_of || other)
        {
            break;
        }
        words.push(j);
        // "four police officers", "200 staff members": a plural without -s that modifies
        // the plural after it.
        let modifies = lex.plurals.contains(low)
            && j + 1 < limit
            && t.tokens[j + 1].is_word()
            && t.same_line(j, j + 1)
            && t.low(j + 1).ends_with('s')
            && is_plural(t.low(j + 1), lex)
            && !lex.function_words.contains(t.low(j + 1))
            && !lex.time_units.contains_key(t.low(j + 1))
            && !t.tokens.get(j + 2).is_some_and(|x| x.is_number());
        // "two Riverton Hawks fans", "three Daily Times reporters": a capitalised plural inside
        // the phrase is a name that modifies the plural after it.
        let names_modifier = t.is_capitalized(j)
            && j > k
            && j + 1 < limit
            && t.tokens[j + 1].is_word()
            && t.same_line(j, j + 1)
            && !t.is_capitalized(j + 1)
            && is_plural(t.low(j + 1), lex)
            && !lex.function_words.contains(t.low(j + 1))
            && !lex.time_units.contains_key(t.low(j + 1));
        if is_plural(low, lex) && t.low_at(j + 1) != Some("of") && !modifies && !names_modifier {
            break;
        }
        j += 1;
    }
    // Only a phrase that ends in a plural noun is a counted unit, or one whose plural measure
    // word holds what follows "of" ("barrels of oil", "rounds of ammunition").
    let last = *words.last()?;
    // "12 of the best ones": a pronoun names nothing; what an earlier count counted may.
    if t.low(last) == "ones" {
        return None;
    }
    let measured = words
        .windows(2)
        .any(|w| t.low(w[1]) == "of" && is_plural(t.low(w[0]), lex) && w[1] < last);
    if !is_plural(t.low(last), lex) && !measured {
        return None;
    }
    Some(t.text[t.tokens[words[0]].start..t.tokens[last].end].to_owned())
}

/// The plural noun nearest before token `i` in its sentence, outside quotations, that "of
/// them" or "of which" after a count points back to: "jailing Islamists, thousands of them",
/// "exoplanets, thousands of which". Lower case unless the word is capitalised inside the
/// sentence (a name of a group).
fn plural_before(t: &Text, lex: &Lexicon, first: usize, i: usize) -> Option<String> {
    let mut quoted = false;
    for j in (first..i).rev() {
        let tok = t.tok(j);
        match tok {
            "”" => quoted = true,
            "“" => quoted = false,
            "\"" => quoted = !quoted,
            _ => {}
        }
        if quoted || !t.tokens[j].is_word() {
            continue;
        }
        let low = t.low(j);
        if is_plural(low, lex)
            && !lex.function_words.contains(low)
            && !lex.time_units.contains_key(low)
            && !t.has_class(j, class::NUMBER)
            && !lex.scales.contains_key(low)
            && !lex.vague_numbers.contains_key(low)
        {
            return Some(if j == first {
                low.to_owned()
            } else {
                tok.to_owned()
            });
        }
    }
    None
}

/// Whether the number at token `j` is a model's number inside a counted noun phrase, beside
/// the name it belongs to: "30 Boeing 787 jets", "three Falcon 9 rockets", "five 787
/// Dreamliner sales", "787-9 Dreamliner jets". Whole numbers written in digits alone, after a
/// capitalised word of the phrase or the hyphen that joins them, or before a capitalised word.
fn model_number_in_phrase(t: &Text, j: usize, limit: usize, words: &[usize]) -> bool {
    if j >= limit
        || !t.tokens[j].is_number()
        || !t.tok(j).bytes().all(|b| b.is_ascii_digit())
        || j + 1 >= limit
        || !t.same_line(j, j + 1)
    {
        return false;
    }
    let after_name = words.last().is_some_and(|&w| {
        w + 1 == j
            && t.same_line(w, j)
            && ((t.tokens[w].is_word() && t.is_capitalized(w))
                || (t.tokens[w].is_punct('-') && t.touching(w, j)))
    });
    let before_name = (t.tokens[j + 1].is_word() && t.is_capitalized(j + 1))
        || (t.tokens[j + 1].is_punct('-')
            && t.touching(j, j + 1)
            && j + 2 < limit
            && t.touching(j + 1, j + 2)
            && t.tokens[j + 2].is_number());
    after_name || before_name
}

/// Where the counted noun phrase at `k` starts past the words that open it without narrowing
/// what is counted: an owner ("two of the ship's engines", "the town's three bridges"), a
/// superlative or a word of variety (`data/words/unit-openers.txt`: "of his closest aides",
/// "four different routes"), and "most" or "least" with the word it grades.
fn unit_start(t: &Text, lex: &Lexicon, k: usize, limit: usize) -> usize {
    static OPENERS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let openers =
        OPENERS.get_or_init(|| word_set(include_str!("../../data/words/unit-openers.txt")));
    // What follows `j` on its line is a word or a number: the phrase goes on past it.
    let goes_on = |j: usize| {
        j + 1 < limit
            && t.same_line(j, j + 1)
            && (t.tokens[j + 1].is_word() || t.tokens[j + 1].is_number())
    };
    let mut j = k;
    // "of the most senior judges": a phrase found past "most" opens on the word it grades.
    if j > 0
        && j < limit
        && matches!(t.low(j - 1), "most" | "least")
        && t.tokens[j].is_word()
        && goes_on(j)
        && t.tokens[j + 1].is_word()
        && goes_on(j + 1)
    {
        j += 1;
    }
    // Two openers at most ("the city's biggest").
    for _ in 0..2 {
        if j >= limit || !t.tokens[j].is_word() || !goes_on(j) {
            break;
        }
        let low = t.low(j);
        if low.ends_with("'s") || low.ends_with("’s") {
            j += 1;
            // "the club's three coaches": the owner's number is the count's own.
            if (t.tokens[j].is_number() || lex.numbers.contains_key(t.low(j))) && goes_on(j) {
                j += 1;
            }
        } else if openers.contains(low) {
            j += 1;
        } else if matches!(low, "most" | "least")
            && goes_on(j)
            && t.tokens[j + 1].is_word()
            && goes_on(j + 1)
        {
            j += 2;
        } else {
            break;
        }
    }
    j
}

fn is_plural(word: &str, lex: &Lexicon) -> bool {
    lex.plurals.contains(word)
        || (word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && !word.ends_with("’s")
            && !word.ends_with("'s"))
}

/// "the number of X ... reached 4,125": X.
fn number_of(t: &Text, lex: &Lexicon, first: usize, i: usize) -> Option<String> {
    let at = (first..i.saturating_sub(1))
        .rev()
        .find(|&j| t.low(j) == "number" && t.low_at(j + 1) == Some("of"))?;
    noun_phrase(t, lex, at + 2, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, Kind, Option<f64>, Bound, Option<String>);

    #[test]
    fn every_how_often_adverb_opens_a_figure() {
        // `opens_no_figure` skips a word without the bit: an adverb without it would never
        // be tried.
        let lex = Lexicon::get();
        for (w, _) in how_often_words() {
            assert_ne!(lex.class_of(w) & class::FIGURE_OPENER, 0, "{w}");
        }
    }

    #[test]
    fn no_detector_opens_on_a_punctuation_mark() {
        // `opens_no_figure` skips every punctuation mark: each detector must find nothing
        // there, whatever follows it.
        let lex = Lexicon::get();
        let s = "Costs rose $5bn (-3%) to £40 - a 1/2 of 7, ~20 + 1 in 4; \"one-year\" +/- 9                  … ½ of 30 – 40% « 2 » ¥8 [a couple of hours] #5 @3 & x-long, € 9 * 2 = 18.";
        let t = Text::new(s, lex);
        let places = Places::new(&t);
        for i in 0..t.tokens.len() {
            if !matches!(t.tokens[i].kind, TokenKind::Punct(_)) {
                continue;
            }
            let found = ratio_word(&t, lex, i)
                .or_else(|| multiplier_at(&t, lex, i))
                .or_else(|| how_often_adverb_at(&t, i))
                .or_else(|| factor_at(&t, lex, i))
                .or_else(|| fraction_at(&t, lex, i))
                .or_else(|| one_in_at(&t, lex, i))
                .or_else(|| slash_fraction_at(&t, lex, i))
                .or_else(|| unit_duration(&t, lex, i))
                .or_else(|| figure_at(&t, lex, i, &[], &places));
            assert!(found.is_none(), "{:?} at {i}", t.tok(i));
        }
    }

    /// Each figure's text, kind and unit (a currency or a duration's ISO 8601 unit).
    fn kinds_and_units(s: &str) -> Vec<(String, Kind, Option<String>)> {
        figures(s).into_iter().map(|g| (g.0, g.1, g.4)).collect()
    }

    /// Expected rows of [`kinds_and_units`], written with borrowed text.
    fn rows(expected: &[(&str, Kind, Option<&str>)]) -> Vec<(String, Kind, Option<String>)> {
        expected
            .iter()
            .map(|&(t, k, u)| (t.to_owned(), k, u.map(str::to_owned)))
            .collect()
    }

    /// Each figure's text, kind, value and unit.
    fn values(got: &[Row]) -> Vec<(String, Kind, Option<f64>, Option<String>)> {
        got.iter()
            .map(|g| (g.0.clone(), g.1, g.2, g.4.clone()))
            .collect()
    }

    /// A [`Row`] with its text and unit borrowed.
    type BorrowedRow<'a> = (&'a str, Kind, Option<f64>, Bound, Option<&'a str>);

    /// Every field of each figure, its text and unit borrowed, to compare with written rows.
    fn borrowed(got: &[Row]) -> Vec<BorrowedRow<'_>> {
        got.iter()
            .map(|g| (g.0.as_str(), g.1, g.2, g.3, g.4.as_deref()))
            .collect()
    }

    /// Expected rows of [`values`], written with borrowed text.
    fn value_rows(
        expected: &[(&str, Kind, Option<f64>, Option<&str>)],
    ) -> Vec<(String, Kind, Option<f64>, Option<String>)> {
        expected
            .iter()
            .map(|&(t, k, v, u)| (t.to_owned(), k, v, u.map(str::to_owned)))
            .collect()
    }

    fn figures(s: &str) -> Vec<Row> {
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let mut taken = vec![false; t.tokens.len()];
        find(&t, lex, &mut taken)
            .into_iter()
            .map(|f| {
                let text = s[t.tokens[f.first].start..t.tokens[f.last - 1].end].to_owned();
                let unit = f.unit.or(f.duration);
                (text, f.kind, f.value, f.bound, unit)
            })
            .collect()
    }

    #[test]
    fn money_in_symbols_codes_and_names() {
        let got =
            figures("Acme paid almost $12.5 billion, or 80 billion yuan (US$11 billion), and €3m.");
        let summary = borrowed(&got);
        assert_eq!(
            summary,
            [
                (
                    "almost $12.5 billion",
                    Kind::Amount,
                    Some(12.5e9),
                    Bound::AtMost,
                    Some("USD")
                ),
                (
                    "80 billion yuan",
                    Kind::Amount,
                    Some(80e9),
                    Bound::Exact,
                    Some("CNY")
                ),
                (
                    "US$11 billion",
                    Kind::Amount,
                    Some(11e9),
                    Bound::Exact,
                    Some("USD")
                ),
                ("€3m", Kind::Amount, Some(3e6), Bound::Exact, Some("EUR")),
            ]
        );
    }

    #[test]
    fn counts_with_their_units() {
        let got = figures("The firm filed more than 120 solar patents, 95 of which were granted, and hired three engineers.");
        assert_eq!(got[0].0, "more than 120");
        assert_eq!(got[0].3, Bound::AtLeast);
        assert_eq!(got[0].4.as_deref(), Some("solar patents"));
        assert_eq!(got[1].4.as_deref(), Some("solar patents"));
        assert_eq!((got[2].0.as_str(), got[2].2), ("three", Some(3.0)));
    }

    #[test]
    fn owners_superlatives_and_variety_open_no_unit() {
        let got = figures(
            "Two of the mayor's closest aides quit. Two of \
             the town's four bridges shut. Buses take four different routes. Nine of the \
             most senior judges agreed.",
        );
        let units: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.4.as_deref())).collect();
        assert_eq!(
            units,
            [
                ("Two", Some("aides")),
                ("Two", Some("bridges")),
                ("four", Some("bridges")),
                ("four", Some("routes")),
                ("Nine", Some("judges")),
            ]
        );
    }

    #[test]
    fn a_demonstrative_before_the_counted_noun() {
        let got = figures("Nine of those early ferries sailed late.");
        assert_eq!(got[0].4.as_deref(), Some("early ferries"));
    }

    #[test]
    fn a_model_number_inside_the_counted_noun_phrase() {
        let got = figures(
            "The carrier ordered 40 Airvia 520 jets. It flies six 330 Skyliner freighters and \
             bought 12 of Orbis's 410-2 Cloudrunner planes.",
        );
        let units: Vec<Option<&str>> = got.iter().map(|g| g.4.as_deref()).collect();
        assert_eq!(
            units,
            [
                Some("Airvia 520 jets"),
                Some("330 Skyliner freighters"),
                Some("410-2 Cloudrunner planes")
            ],
            "{got:?}"
        );
    }

    #[test]
    fn other_and_a_plural_named_before_of_them() {
        let got = figures(
            "The league has 14 other clubs in the cup. Police detained protesters, \
             hundreds of them students. Fans sang “We want goals” as thousands of them marched.",
        );
        let units: Vec<Option<&str>> = got.iter().map(|g| g.4.as_deref()).collect();
        assert_eq!(
            units,
            [Some("other clubs"), Some("protesters"), Some("fans")],
            "{got:?}"
        );
    }

    #[test]
    fn a_crowd_a_name_before_its_members_and_one_of_a_noun_of_one_form() {
        let got = figures(
            "As thousands marched, two Riverton Hawks fans sang. The airline flies 90 \
             aircraft. It hauls what a fully loaded 320 aircraft would. Dozens more sent \
             from the office were read.",
        );
        let units: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.4.as_deref())).collect();
        assert_eq!(
            units,
            [
                ("thousands", Some("people")),
                ("two", Some("Riverton Hawks fans")),
                ("90", Some("aircraft")),
                ("Dozens", None)
            ],
            "{got:?}"
        );
        let got =
            figures("The storm will mean billions in damage as hundreds more residents flee.");
        let units: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.4.as_deref())).collect();
        assert_eq!(
            units,
            [("billions", None), ("hundreds", Some("residents"))],
            "{got:?}"
        );
        let got = figures("With a minute left the scores stood level.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn sound_levels_and_data_sizes_are_no_counts() {
        let got = figures("The fan hummed at 38 dBA while the disk wrote 900 megabytes a second.");
        assert!(got.iter().all(|g| g.1 != Kind::Count), "{got:?}");
    }

    #[test]
    fn a_scale_letter_after_a_name_is_a_model_code() {
        let got =
            figures("The tablet runs a Vortex Pro 5500M graphics chip, and Acme sold 400M units.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("400M", Some(400_000_000.0))]);
    }

    #[test]
    fn scores_that_change_are_results() {
        let got = figures("On the new chip, scores jumped sharply; scores of fans cheered.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("scores", Some(40.0))]);
    }

    #[test]
    fn a_list_article_numbering_its_items_counts_nothing() {
        let got = figures(
            "6 things to watch at the summit\n\nFive big questions ahead:\n\nHarbour Plan: 4 \
             ways it could change\n\nOfficials raised five questions about the budget.",
        );
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["five"]);
    }

    #[test]
    fn doubles_that_name_a_game_or_a_use_are_no_ratios() {
        let got = figures(
            "They won the doubles final and a doubles in each round. The lid doubles as a \
             tray. He has nine quadruple-doubles. Output doubles to 40 tons and sales doubled.",
        );
        let rows: Vec<_> = got
            .iter()
            .filter(|g| g.1 == Kind::Ratio)
            .map(|g| g.0.as_str())
            .collect();
        assert_eq!(rows, ["doubles", "doubled"]);
    }

    #[test]
    fn metres_written_onto_a_number_are_no_millions() {
        let got =
            figures("Crews dug 13m down the 40m shaft; 40m people watched and Acme paid £3m.");
        let summary: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(summary, [("40m", Some(40e6)), ("£3m", Some(3e6))]);
    }

    #[test]
    fn names_years_and_versions_are_not_counts() {
        assert!(figures("She bought a Pixel 7 in 2021 for her Web 3.0 startup.").is_empty());
    }

    #[test]
    fn a_bare_number_set_beside_a_length_is_a_length_in_its_unit() {
        let got = kinds_and_units(
            "Of all the towns, two had waited longest: Tarn with 108 years and Vell with 68.",
        );
        let lengths: Vec<_> = figures(
            "Of all the towns, two had waited longest: Tarn with 108 years and Vell with 68.",
        )
        .into_iter()
        .map(|g| (g.0, g.1))
        .collect();
        assert_eq!(
            lengths,
            [
                ("two".to_owned(), Kind::Count),
                ("108 years".to_owned(), Kind::Duration),
                ("68".to_owned(), Kind::Duration),
            ],
            "{got:?}"
        );
        let durations = |s: &str| {
            figures(s)
                .into_iter()
                .filter(|g| g.1 == Kind::Duration)
                .count()
        };
        // Not parallel, or not closing its clause: a count.
        assert_eq!(durations("Tarn waited 108 years and lost 68."), 1);
        assert_eq!(durations("Tarn with 108 years and Vell with 68 wins."), 1);
    }

    #[test]
    fn a_number_after_a_possessive_counts_what_it_owns() {
        let got = kinds_and_units("It is the first time all of Varno's 14 Kestrel pumps will run.");
        assert_eq!(
            got,
            rows(&[("14", Kind::Count, Some("Kestrel pumps"))]),
            "{got:?}"
        );
    }

    #[test]
    fn durations_percents_and_ratios() {
        let got = kinds_and_units("A six-week strike cut output 12 percent; sales rose 3.5 times and profits doubled over a 3-year-old plan.");
        assert_eq!(
            got,
            rows(&[
                ("six-week", Kind::Duration, Some("P6W")),
                ("12 percent", Kind::Percent, None),
                ("3.5 times", Kind::Ratio, None),
                ("doubled", Kind::Ratio, None),
                ("3-year-old", Kind::Duration, Some("P3Y")),
            ])
        );
    }

    fn summary(s: &str) -> Vec<Row> {
        figures(s)
    }

    /// Counts of people as news writes them, in invented sentences.
    #[test]
    fn news_shapes_of_counts() {
        let got = summary(
            "Twelve people were killed and more than 30 injured in Vandor. 27 were taken to \
             hospital. Dozens were hurt, hundreds of residents fled and a family of four \
             escaped.",
        );
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [
                (
                    "Twelve",
                    Kind::Count,
                    Some(12.0),
                    Bound::Exact,
                    Some("people killed")
                ),
                (
                    "more than 30",
                    Kind::Count,
                    Some(30.0),
                    Bound::AtLeast,
                    Some("people injured")
                ),
                (
                    "27",
                    Kind::Count,
                    Some(27.0),
                    Bound::Exact,
                    Some("people taken to hospital")
                ),
                (
                    "Dozens",
                    Kind::Count,
                    Some(24.0),
                    Bound::AtLeast,
                    Some("people injured")
                ),
                (
                    "hundreds",
                    Kind::Count,
                    Some(200.0),
                    Bound::AtLeast,
                    Some("residents")
                ),
                ("four", Kind::Count, Some(4.0), Bound::Exact, Some("people")),
            ]
        );
        let got = summary("Several hundred people fled and a couple hundred stayed.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("Several hundred", Some(200.0), Bound::AtLeast),
                ("couple hundred", Some(200.0), Bound::Approx)
            ]
        );
        // A verb in a headline's capitals is no name before the number.
        let got = summary("Police Seized 47 Stolen Bikes In Raid");
        assert_eq!((got[0].0.as_str(), got[0].2), ("47", Some(47.0)));
        assert!(summary("Where have Vandor's billions gone?").is_empty());
        let got = summary("Nearly two dozen people were hurt.");
        assert_eq!(
            (got[0].0.as_str(), got[0].2, got[0].3),
            ("Nearly two dozen", Some(24.0), Bound::AtMost)
        );
        let got = summary("Between 40 and 60 people were evacuated.");
        assert_eq!(
            (got[0].0.as_str(), got[0].2, got[0].3),
            ("Between 40 and 60", Some(60.0), Bound::AtMost)
        );
    }

    /// Numbers that count nothing: ages, ordinals, measures, names, times, phones, addresses
    /// and scores.
    #[test]
    fn news_numbers_that_are_no_counts() {
        for s in [
            "Jane Roe, 31, was aged 31 when the 35-year-old pilot flew.",
            "Her son could be as old as 32.",
            "It was the third time; the 9th caller won.",
            "The truck drove 300 miles at 80 mph with a 12-tonne load over 5 km.",
            "A Boeing 737 and an Airbus A320 landed; the F-16 did not.",
            "The blast came at 7:15 a.m., the second at 9pm and a third at 21:00.",
            "Call 0207 782 4368 or (555) 123-4567 for tickets.",
            "The office at 42 Elm Street closed.",
            "Vandor won 3-1 on the night.",
        ] {
            let got = summary(s);
            assert!(got.iter().all(|g| g.1 != Kind::Count), "{s}: {got:?}");
        }
    }

    /// Percents: fractions of a whole, percentage points, ranges.
    #[test]
    fn news_shapes_of_percents() {
        let got = summary(
            "Two-thirds of voters and half of the residents agreed; support fell 3 percentage \
             points, and between 20 and 30 percent left, 40% to 50% by some counts.",
        );
        let rows: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.1, g.2.map(|v| (v * 1e6).round() / 1e6), g.3))
            .collect();
        assert_eq!(
            rows,
            [
                ("Two-thirds", Kind::Percent, Some(66.666667), Bound::Exact),
                ("half", Kind::Percent, Some(50.0), Bound::Exact),
                (
                    "3 percentage points",
                    Kind::Percent,
                    Some(3.0),
                    Bound::Exact
                ),
                (
                    "between 20 and 30 percent",
                    Kind::Percent,
                    Some(30.0),
                    Bound::AtMost
                ),
                ("40% to 50%", Kind::Percent, Some(50.0), Bound::AtMost),
            ]
        );
    }

    /// Durations as news writes them; an age is none, nor a bare plural of time.
    #[test]
    fn news_shapes_of_durations() {
        let got = summary(
            "She worked there for three years and was \
             freed within hours; the trip takes five to 10 minutes. He got a 10-year \
             sentence, and his two-year-old daughter waited.",
        );
        let rows: Vec<_> = got
            .iter()
            .filter(|g| g.1 == Kind::Duration)
            .map(|g| (g.0.as_str(), g.3, g.4.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("three years", Bound::Exact, Some("P3Y")),
                ("five to 10 minutes", Bound::AtMost, Some("PT10M")),
                ("10-year", Bound::Exact, Some("P10Y")),
            ]
        );
        let got = summary(
            "He served two and a half years, talked for half an hour, then an hour and a \
             half, and was freed within 48 hours; the 10-year-old watched.",
        );
        let rows: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.1, g.3, g.4.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "two and a half years",
                    Kind::Duration,
                    Bound::Exact,
                    Some("P30M")
                ),
                ("half an hour", Kind::Duration, Bound::Exact, Some("PT30M")),
                (
                    "an hour and a half",
                    Kind::Duration,
                    Bound::Exact,
                    Some("PT1H30M")
                ),
                (
                    "within 48 hours",
                    Kind::Duration,
                    Bound::AtMost,
                    Some("PT48H")
                ),
            ]
        );
    }

    /// Money in news: symbols, codes, scale suffixes, ranges, per-share prices, bounds.
    #[test]
    fn news_shapes_of_amounts() {
        let got = summary(
            "Vandor raised $1.2bn, £3m and 1.5 billion euros, paid US$40 million and HK$5 \
             million, expects $5-10 million more, sold shares at $45 a share, and owes more \
             than $3 billion, nearly €2 million and up to 900,000 yen.",
        );
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [
                (
                    "$1.2bn",
                    Kind::Amount,
                    Some(1.2e9),
                    Bound::Exact,
                    Some("USD")
                ),
                ("£3m", Kind::Amount, Some(3e6), Bound::Exact, Some("GBP")),
                (
                    "1.5 billion euros",
                    Kind::Amount,
                    Some(1.5e9),
                    Bound::Exact,
                    Some("EUR")
                ),
                (
                    "US$40 million",
                    Kind::Amount,
                    Some(40e6),
                    Bound::Exact,
                    Some("USD")
                ),
                (
                    "HK$5 million",
                    Kind::Amount,
                    Some(5e6),
                    Bound::Exact,
                    Some("HKD")
                ),
                (
                    "$5-10 million",
                    Kind::Amount,
                    Some(10e6),
                    Bound::AtMost,
                    Some("USD")
                ),
                ("$45", Kind::Amount, Some(45.0), Bound::Exact, Some("USD")),
                (
                    "more than $3 billion",
                    Kind::Amount,
                    Some(3e9),
                    Bound::AtLeast,
                    Some("USD")
                ),
                (
                    "nearly €2 million",
                    Kind::Amount,
                    Some(2e6),
                    Bound::AtMost,
                    Some("EUR")
                ),
                (
                    "up to 900,000 yen",
                    Kind::Amount,
                    Some(9e5),
                    Bound::AtMost,
                    Some("JPY")
                ),
            ]
        );
    }

    #[test]
    fn vague_plurals_and_ranges() {
        let got = figures("Dozens of firms hired 4–6 staff each.");
        assert_eq!((got[0].2, got[0].3), (Some(24.0), Bound::AtLeast));
        assert_eq!(got[1].2, Some(6.0));
    }
    #[test]
    fn amounts_in_scale_words_and_currencies_named_by_country() {
        let got = figures(
            "Vandor paid Rs 500 crore, then Rs. 20 lakh, 30,000 Egyptian pounds and 2 million \
             Mexican pesos.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                ("Rs 500 crore", Kind::Amount, Some(5e9), Some("INR")),
                ("Rs. 20 lakh", Kind::Amount, Some(2e6), Some("INR")),
                (
                    "30,000 Egyptian pounds",
                    Kind::Amount,
                    Some(3e4),
                    Some("EGP")
                ),
                (
                    "2 million Mexican pesos",
                    Kind::Amount,
                    Some(2e6),
                    Some("MXN")
                ),
            ])
        );
    }

    #[test]
    fn decimal_commas_scales_spaced_or_hyphened_and_scales_of_scales() {
        let got = figures(
            "Borvik paid 1,5 million euros, then $4.2 bn, a $3-billion fee, a 2 billion-dollar \
             loan and Rs 1.5 lakh crore.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                ("1,5 million euros", Kind::Amount, Some(1.5e6), Some("EUR")),
                ("$4.2 bn", Kind::Amount, Some(4.2e9), Some("USD")),
                ("$3-billion", Kind::Amount, Some(3e9), Some("USD")),
                ("2 billion-dollar", Kind::Amount, Some(2e9), Some("USD")),
                ("Rs 1.5 lakh crore", Kind::Amount, Some(1.5e12), Some("INR")),
            ])
        );
        // A comma between numbers with no scale word after them lists them.
        let listed = figures("Rooms 3,4 and 9 stood empty.");
        assert!(listed.iter().all(|g| g.2 != Some(3.4)), "{listed:?}");
    }

    #[test]
    fn a_currency_after_a_symbol_repeats_it_tells_it_or_opens_a_clause() {
        assert_eq!(
            kinds_and_units(
                "Tokens fell to $412 ETH is trading at $9. Fares were $40 AUD. Mills raised $3 \
                 million USD."
            ),
            rows(&[
                ("$412", Kind::Amount, Some("USD")),
                ("$9", Kind::Amount, Some("USD")),
                ("$40 AUD", Kind::Amount, Some("AUD")),
                ("$3 million USD", Kind::Amount, Some("USD")),
            ])
        );
    }

    #[test]
    fn a_count_of_a_whole_counted_after_of_takes_the_whole_noun() {
        let got = figures(
            "Orvan vetted 312 of 9,400 ledgers. Kestrel bought 25 of Halden's 310-8 Gannet \
             jets. Two of the three largest mills closed. Crews landed four of the first stage \
             boosters and won six of their last eight regattas. All three of the yard's \
             twin-hull barges sank.",
        );
        let units: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.4.as_deref())).collect();
        assert_eq!(
            units,
            [
                ("312", Some("ledgers")),
                ("9,400", Some("ledgers")),
                ("25", Some("310-8 Gannet jets")),
                ("Two", Some("mills")),
                ("four", Some("first stage boosters")),
                ("six", Some("regattas")),
                ("eight", Some("regattas")),
                ("three", Some("twin-hull barges")),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn codes_written_onto_the_digits_and_more_currencies() {
        assert_eq!(
            kinds_and_units(
                "Quillan raised USD1.2bn, paid Rs500 and Dh40 million, fined NOK 5bn and \
                 moved 2,000 ETH."
            ),
            rows(&[
                ("USD1.2bn", Kind::Amount, Some("USD")),
                ("Rs500", Kind::Amount, Some("INR")),
                ("Dh40 million", Kind::Amount, Some("AED")),
                ("NOK 5bn", Kind::Amount, Some("NOK")),
                ("2,000 ETH", Kind::Amount, Some("ETH")),
            ])
        );
        assert_eq!(figures("Quillan raised USD1.2bn")[0].2, Some(1.2e9));
        // Letters and digits that name a thing are no sums.
        assert!(figures("The G20 flew an A380 and played MP3 files.").is_empty());
    }

    #[test]
    fn shared_currency_names_read_where_the_article_is_set() {
        assert_eq!(
            kinds_and_units(
                "In Tarsa, north of Cairo, a sack of rice costs 120 pounds. Egyptian bakers \
                 pay 2 million pounds a year in fees."
            ),
            rows(&[
                ("120 pounds", Kind::Amount, Some("EGP")),
                ("2 million pounds", Kind::Amount, Some("EGP")),
            ])
        );
        assert_eq!(
            kinds_and_units(
                "Osaka shops took in ¥40 billion, Tokyo figures showed, as Japanese buyers \
                 returned."
            ),
            rows(&[("¥40 billion", Kind::Amount, Some("JPY"))])
        );
        // Named once, a place is a place the story mentions, not where it is set; a story
        // set in a third country that names another twice in passing keeps the usual reading.
        assert_eq!(
            kinds_and_units("Fans in London paid 3 million pounds, some flying in from Cairo."),
            rows(&[("3 million pounds", Kind::Amount, Some("GBP"))])
        );
        assert_eq!(
            kinds_and_units(
                "Seoul said Korean banks, unlike Australian ones, lent $4 billion. Seoul \
                 expects Australia to follow. Korea's lenders agreed."
            ),
            rows(&[("$4 billion", Kind::Amount, Some("USD"))])
        );
        assert!(figures("The crate weighed 120 pounds.")
            .iter()
            .all(|g| g.1 != Kind::Amount));
    }

    #[test]
    fn names_lengths_and_ages_are_no_figures() {
        let got = figures(
            "Tom Dale, 61 of Brackton, bought an iPhone 7. The ship Millions No. 9 sank near \
             the 30m-deep reef, at a depth of 20m, after the Nine Day Siege.",
        );
        assert!(got.is_empty(), "{got:?}");
        assert!(figures("It plays games at up to 4K on a 4K display.").is_empty());
        assert!(figures("Leaders met at the Group of 20 summit.").is_empty());
        // Only the "two-time" counts (a count of occasions, as the news gold counts it).
        let got = figures(
            "A 12-year-old gorilla and the 9-year-old female met the 58-year-old two-time \
             champion.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(rows, [("two", Kind::Count)]);
        // Ages of people named by what they do or where they come from.
        assert!(figures(
            "The 41-year-old fisherman met a 27-year-old immigrant and the 58-year-old \
             champion."
        )
        .is_empty());
        assert_eq!(figures("Dana raised $4K for 10K runners.").len(), 2);
    }

    #[test]
    fn a_length_and_a_smaller_one_are_one_duration() {
        assert_eq!(
            kinds_and_units(
                "Each lap takes 41 minutes and 30 seconds; the works took two years and three \
                 months, and 3 days and 6 hours."
            ),
            rows(&[
                (
                    "41 minutes and 30 seconds",
                    Kind::Duration,
                    Some("PT41M30S")
                ),
                ("two years and three months", Kind::Duration, Some("P2Y3M")),
                ("3 days and 6 hours", Kind::Duration, Some("P3DT6H")),
            ])
        );
    }

    #[test]
    fn a_century_is_a_hundred_years() {
        assert_eq!(
            kinds_and_units("More than a century passed, then two centuries of records."),
            rows(&[
                ("More than a century", Kind::Duration, Some("P100Y")),
                ("two centuries", Kind::Duration, Some("P200Y")),
            ])
        );
    }

    #[test]
    fn counted_lengths_later_are_lengths_of_time() {
        assert_eq!(
            kinds_and_units(
                "The ferry left; 40 minutes later it sank. An hour later divers came. Two \
                 years later the pier closed, a year later the yard. It had opened three \
                 years earlier, and days later it was sold."
            ),
            rows(&[
                ("40 minutes later", Kind::Duration, Some("PT40M")),
                ("An hour later", Kind::Duration, Some("PT1H")),
                ("Two years later", Kind::Duration, Some("P2Y")),
                ("a year later", Kind::Duration, Some("P1Y")),
            ])
        );
    }

    #[test]
    fn citation_markers_are_no_counts() {
        let got = figures(
            "Naps help recall (3). Two trials agree (4, 5). The rate rose[6] and then fell \
             [7], yet the Otters scored touchdowns (35) while 12 fans watched.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(
            rows,
            [("Two", Some(2.0)), ("35", Some(35.0)), ("12", Some(12.0))]
        );
    }

    #[test]
    fn tie_break_points_after_a_set_score_are_no_counts() {
        let got = figures("Vell beat Tarn 6-4, 7-6 (5) before 9 rivals, then lost 6-7 (3), 2-6.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["9"]);
    }

    #[test]
    fn shooting_lines_and_codes_after_a_point_are_no_counts() {
        let got = figures("Vell was 9-of-14 shooting in the new XR.4 car with 3 mechanics.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["3"]);
    }

    #[test]
    fn a_list_named_by_an_age_and_a_box_score_total_are_no_counts() {
        let got = figures(
            "Vell made the 30 Under 30 list with 4 others.\nOtters 12 9 14 20 — 55\nOwls 8 \
             11 10 9 — 38\nThe 3 coaches came.",
        );
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["4", "3"]);
    }

    #[test]
    fn further_days_of_a_date_list_are_no_counts() {
        let got =
            figures("Shows run on Jan. 4, 11 and 18, then May 2 and 9. On March 3, 5 people left.");
        // The month's own day ("Jan. 4") is the dates' reader's, not looked at here.
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(
            rows,
            [
                ("4", Some(4.0)),
                ("2", Some(2.0)),
                ("3", Some(3.0)),
                ("5", Some(5.0))
            ]
        );
    }

    #[test]
    fn scores_and_records_are_no_counts() {
        let got = figures(
            "The Otters went 12-30 in two seasons after a 4-9 season, and won 4-2. About \
             20-30 fans and 8-12 volunteers came, 3-5 at a time.",
        );
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["two", "About 20-30", "8-12", "3-5"]);
    }

    #[test]
    fn lengths_written_solid_with_long() {
        assert_eq!(
            kinds_and_units(
                "After an hourlong debate and a weeklong trial, Lesk stayed headlong on course."
            ),
            rows(&[
                ("hourlong", Kind::Duration, Some("PT1H")),
                ("weeklong", Kind::Duration, Some("P1W")),
            ])
        );
    }

    #[test]
    fn a_hedged_half_before_a_verb_is_a_share() {
        let got = figures("Of the 80 riders, just over half were women and nearly half had cars.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("80", Kind::Count, Some(80.0), Bound::Exact),
                ("just over half", Kind::Percent, Some(50.0), Bound::AtLeast),
                ("nearly half", Kind::Percent, Some(50.0), Bound::AtMost),
            ]
        );
    }

    #[test]
    fn model_numbers_are_no_counts() {
        let got = figures(
            "Vandor sold five 747 Jumbo jets and roughly 300 320 Neo planes. The 777 program \
             has stalled, its popular 737 Max jet was grounded and it weighs more than a \
             fully laden 737 aircraft. The 150 new jobs and the 120 staff stayed.",
        );
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["five", "roughly 300", "150", "120"]);
    }

    #[test]
    fn test_scores_are_no_count_of_scores() {
        let got = figures(
            "Lower scores on the new exam and test scores fell. Scores of pupils came, and \
             the storm injured scores.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("Scores", Some(40.0)), ("scores", Some(40.0))]);
    }

    #[test]
    fn signed_numbers_and_leading_points_are_no_counts() {
        let got = figures("The Otters had a .417 record and a goal difference (-14) in 9 games.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["9"]);
    }

    #[test]
    fn rank_groupings_are_no_counts() {
        let got = figures("The five largest ports and the 10 most visited towns hired 40 guards.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["40"]);
    }

    #[test]
    fn an_age_in_apposition_to_a_role() {
        let got = figures("The pop singer, 29, and her 3 dogs moved.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["3"]);
    }

    #[test]
    fn the_noun_after_a_trailing_hedge_or_a_demonstrative_and_number_is_counted() {
        let got = figures("Rangers freed a thousand or more turtles and 30 or so gulls.");
        let rows: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.2, g.4.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("a thousand or more", Some(1000.0), Some("turtles")),
                ("30 or so", Some(30.0), Some("gulls"))
            ]
        );
        let got = figures("Three of those 12 ferries sank.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.4.as_deref())).collect();
        assert_eq!(rows, [("Three", Some("ferries")), ("12", Some("ferries"))]);
    }

    #[test]
    fn a_vague_plural_denied_is_no_figure() {
        assert!(figures("The clerk had never charged anyone thousands of dollars.").is_empty());
        assert!(figures("\"We don't owe millions,\" the mayor said.").is_empty());
        // Denial in an earlier clause leaves the plural standing.
        let got = figures("No one was hurt, but hundreds of homes were flooded.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_person_noun_after_of_makes_no_age() {
        // "of" between the length and the noun: the noun heads another phrase.
        let got = figures("The valley kept four days of national silence for the miners.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(rows, [("four days", Kind::Duration)]);
    }

    #[test]
    fn ages_in_plural_after_a_dash_after_and_or_heading_a_sentence() {
        assert!(figures("A row of 15-year-olds waited by the gym doors.").is_empty());
        assert!(figures("Coach Lena Marsh, 44 – who arrived in spring – smiled.").is_empty());
        assert!(figures("Police named a farmer, Abel Tran, 58 and his niece, Ida, 7.").is_empty());
        assert!(figures("At 19, he opened a bakery on the pier.").is_empty());
        // A count before a dash or "and" with no age after it stays a count.
        let got = figures("The island, 40 and more boats, waited.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn measures_of_volume_and_yield_and_model_codes_are_no_counts() {
        assert!(figures("The truck has a 3-litre engine and a 40 kiloton charge.").is_empty());
        assert!(figures("The dairy filled 900 gallons a day.").is_empty());
        let got = figures("Three C-4B gliders landed.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("Three", Some(3.0))]);
    }

    #[test]
    fn a_numbered_heading_in_quotes_is_no_count() {
        let got = figures("Ten points stood out.\n4. \"A slow start\"\nThe team won 5 games.");
        let rows: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(rows, ["Ten", "5"]);
    }

    #[test]
    fn a_person_noun_that_heads_no_phrase_makes_no_age() {
        let got = figures("They run a six-week national rail program.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(rows, [("six-week", Kind::Duration)]);
    }

    #[test]
    fn year_old_is_an_age_unless_a_thing_follows() {
        // An adjective before a person noun no list holds.
        assert!(figures(
            "A 36-year-old dental hygienist and a 29-year-old night welder testified."
        )
        .is_empty());
        // The age of a thing, the head of its noun phrase, is a duration.
        let got = figures("The 40-year-old stone bridge and a 2-year-old border dispute.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            rows,
            [
                ("40-year-old", Kind::Duration),
                ("2-year-old", Kind::Duration)
            ]
        );
    }

    #[test]
    fn half_a_scale_word() {
        let got = figures("Vandor paid half a million dollars for the land.");
        assert_eq!(
            values(&got),
            value_rows(&[(
                "half a million dollars",
                Kind::Amount,
                Some(5e5),
                Some("USD")
            )])
        );
    }

    #[test]
    fn a_share_of_a_scale_word() {
        let got = figures(
            "Kell paid a quarter of a million euros, about three-quarters of a billion dollars \
             and a third of the rest.",
        );
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [
                (
                    "a quarter of a million euros",
                    Kind::Amount,
                    Some(2.5e5),
                    Bound::Exact,
                    Some("EUR")
                ),
                (
                    "about three-quarters of a billion dollars",
                    Kind::Amount,
                    Some(7.5e8),
                    Bound::Approx,
                    Some("USD")
                ),
                (
                    "a third",
                    Kind::Percent,
                    Some(100.0 / 3.0),
                    Bound::Exact,
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_dozen_and_half_a_dozen_take_their_hedge() {
        let got =
            figures("Orla ran more than a dozen shops and at least half-a-dozen barges stood by.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("more than a dozen", Some(12.0), Bound::AtLeast),
                ("at least half-a-dozen", Some(6.0), Bound::AtLeast),
            ]
        );
    }

    #[test]
    fn banknotes_are_no_sums_and_sub_bounds_a_price() {
        let got = figures(
            "Orin paid in fifty dollar notes and a $20 bill, and the coin fell to \
             sub-$7,500 after a $310 billion bill.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("sub-$7,500", Some(7500.0), Bound::AtMost),
                ("$310 billion", Some(310e9), Bound::Exact),
            ]
        );
    }

    #[test]
    fn money_by_country_codes_ranges_and_losses() {
        let got = figures(
            "Pelt shares hit C$12.50 and Orlin paid A$3 million, between $2 and $3 billion in \
             all, after a $4 million loss. \"We owe two million dollars,\" Ada Rusk said.",
        );
        let rows: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.2, g.3, g.4.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("C$12.50", Some(12.5), Bound::Exact, Some("CAD")),
                ("A$3 million", Some(3e6), Bound::Exact, Some("AUD")),
                (
                    "between $2 and $3 billion",
                    Some(3e9),
                    Bound::AtMost,
                    Some("USD")
                ),
                ("$4 million", Some(4e6), Bound::Exact, Some("USD")),
                ("two million dollars", Some(2e6), Bound::Exact, Some("USD")),
            ]
        );
        // Phone numbers, model names and tickers are no figures.
        assert!(figures("Call 555-0123 about the Zeta S9 or ZETA stock.").is_empty());
    }

    #[test]
    fn pounds_of_weight_and_pounds_of_money() {
        let got = kinds_and_units(
            "The Zorva rocket makes 6.2 million pounds of thrust. It can lift 90,000 pounds \
             (40,800kg) to orbit, with a top thrust of 7.1 million pounds or 3,200 metric tons. \
             The team was fined 20,000 pounds (about $1,100) each, a ticket cost £12.",
        );
        assert_eq!(
            got,
            rows(&[
                ("20,000 pounds", Kind::Amount, Some("GBP")),
                ("about $1,100", Kind::Amount, Some("USD")),
                ("£12", Kind::Amount, Some("GBP")),
            ])
        );
    }

    #[test]
    fn tens_of_thousands_and_lasting_over_a_length() {
        let got = figures("Tens of thousands of people fled. The search took over 80 hours.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("Tens of thousands", Some(2e4), Bound::AtLeast),
                ("over 80 hours", None, Bound::AtLeast),
            ]
        );
    }

    #[test]
    fn a_length_between_two_happenings_and_one_unit_compounds() {
        let got = kinds_and_units(
            "Prices fell one day after the recall and a week before the vote. Zorin signed a \
             one-year deal; the one-year-old colt stayed.",
        );
        assert_eq!(
            got,
            rows(&[
                ("one day", Kind::Duration, Some("P1D")),
                ("a week", Kind::Duration, Some("P1W")),
                ("one-year", Kind::Duration, Some("P1Y")),
            ])
        );
    }

    #[test]
    fn gallery_numbering_is_no_count() {
        assert!(figures("Hide Caption 7 of 42 Photos: The parade in Velm.").is_empty());
    }

    #[test]
    fn index_points_and_levels_are_measures() {
        let got = figures(
            "The Dow fell 310 points, or 1.4 per cent, to 7,640. The Tigers scored 30 points.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(rows, [("1.4 per cent", Kind::Percent), ("30", Kind::Count)]);
    }

    #[test]
    fn bare_prices_take_the_last_currency() {
        let got = figures(
            "Brenco stock slid below $40. Its shares closed at 38.15 on Friday after trading \
             at 41. The death toll rose to 112 on Friday, and crews reached 3 sites.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                ("below $40", Kind::Amount, Some(40.0), Some("USD")),
                ("38.15", Kind::Amount, Some(38.15), Some("USD")),
                ("41", Kind::Amount, Some(41.0), Some("USD")),
                ("112", Kind::Count, Some(112.0), Some("people killed")),
                ("3", Kind::Count, Some(3.0), Some("sites")),
            ])
        );
    }

    #[test]
    fn multiples_by_a_factor_a_dose_and_of_a_measure() {
        let got = figures(
            "The new pump is faster by a factor of three. The blend is a triple dose of the \
             old one, and the engine has double power of the next largest.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                ("by a factor of three", Kind::Ratio, Some(3.0), None),
                ("a triple dose", Kind::Ratio, Some(3.0), None),
                ("double", Kind::Ratio, Some(2.0), None),
            ])
        );
    }

    #[test]
    fn a_text_ending_at_a_cue_of_a_number_has_no_figure_there() {
        // Each cue looks at the token after it, which a cut text does not have.
        for text in [
            "The pump got faster by a factor of",
            "Prices rose between 5 and",
            "It cost $",
        ] {
            assert!(figures(text).iter().all(|r| r.1 != Kind::Ratio), "{text}");
        }
    }

    #[test]
    fn pairs_couples_scores_and_others_are_counts() {
        let got = figures(
            "A pair of herons nested there. Roe and a couple other riders left, a couple of \
             porters stayed, and a score of stones hit the van. Two first-class travellers and \
             three other drivers waved. Trillions of spores drift by. She bought a pair of \
             shoes, came a couple of times and stayed a couple of generations.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2, g.3)).collect();
        assert_eq!(
            rows,
            [
                ("A pair of", Some(2.0), Bound::Exact),
                ("a couple other", Some(2.0), Bound::Approx),
                ("a couple of", Some(2.0), Bound::Approx),
                ("a score of", Some(20.0), Bound::Approx),
                ("Two", Some(2.0), Bound::Exact),
                ("three", Some(3.0), Bound::Exact),
                ("Trillions", Some(2e12), Bound::AtLeast),
            ]
        );
    }

    #[test]
    fn labels_ages_reached_and_units_of_two_words_count_nothing() {
        let got = figures(
            "Back in aisle 12, Jane Roe (8) sat down. Her son was turning 30, and Roe turned 41 \
             last week. The star is 2.5 billion light years away, and a 600-square metre yard \
             holds 20 Danish ponies.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[("20", Kind::Count, Some(20.0), Some("Danish ponies"))])
        );
    }

    #[test]
    fn only_one_counts_and_names_ages_and_vague_measures_do_not() {
        let got = figures(
            "Only one ferry sailed, and just one of them docked. The Great May 7 barge is in \
             dock. Her son was turning 50 years old soon. Reefs some tens to hundreds of \
             metres wide ring the isle.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
        assert_eq!(
            rows,
            [
                ("one", Kind::Count, Some(1.0)),
                ("one", Kind::Count, Some(1.0)),
            ]
        );
    }

    #[test]
    fn pence_and_a_plus_after_the_figure() {
        let got =
            figures("A loaf costs 85p, the deal is worth €3bn-plus and 40-plus porters came.");
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [
                ("85p", Kind::Amount, Some(0.85), Bound::Exact, Some("GBP")),
                (
                    "€3bn-plus",
                    Kind::Amount,
                    Some(3e9),
                    Bound::AtLeast,
                    Some("EUR")
                ),
                (
                    "40-plus",
                    Kind::Count,
                    Some(40.0),
                    Bound::AtLeast,
                    Some("porters")
                ),
            ]
        );
    }

    #[test]
    fn a_number_written_onto_its_noun_by_a_hyphen_counts_it() {
        let got = kinds_and_units(
            "The yard built a four-engine turboprop and a three-stage rocket. She is a two-time \
             winner. Twenty-one crews signed on. A six-year-old boy took a two-way street \
             after a two-pronged attack and a one-time payment; the five-yard gain came in a \
             four-day trip, at two-thirds of the cost.",
        );
        assert_eq!(
            got,
            rows(&[
                ("four", Kind::Count, Some("engines")),
                ("three", Kind::Count, Some("stages")),
                ("two", Kind::Count, Some("wins")),
                ("Twenty-one", Kind::Count, Some("crews")),
                ("four-day", Kind::Duration, Some("P4D")),
                ("two-thirds", Kind::Percent, None),
            ])
        );
    }

    #[test]
    fn modifiers_joined_by_or_or_and_are_part_of_the_counted_noun() {
        let got = kinds_and_units(
            "The files name 14 current or former ministers and 9 public and private banks. \
             Storms killed 4 and injured 11 people.",
        );
        assert_eq!(
            got,
            rows(&[
                ("14", Kind::Count, Some("current or former ministers")),
                ("9", Kind::Count, Some("public and private banks")),
                // What happened to them, told before the count.
                ("4", Kind::Count, Some("people killed")),
                ("11", Kind::Count, Some("people injured")),
            ])
        );
        // A count of some of what a determiner names is a count of it.
        let got = kinds_and_units("The agency named six trading firms and 20 of their ships.");
        assert_eq!(
            got,
            rows(&[
                ("six", Kind::Count, Some("trading firms")),
                ("20", Kind::Count, Some("ships")),
            ])
        );
    }

    #[test]
    fn twice_is_how_often_unless_it_multiplies_or_makes_a_rate() {
        let got = figures(
            "The ferry was towed back to port twice during the winter. The skipper was twice \
             fined. Orvik now carries twice the freight and almost twice as many crews. Boats \
             sail twice a day and twice-weekly to the islands. No one would think twice.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            rows,
            [
                ("twice", Kind::Count),
                ("twice", Kind::Count),
                ("twice", Kind::Ratio),
                ("almost twice", Kind::Ratio),
            ]
        );
    }

    #[test]
    fn how_often_is_a_count_and_a_multiple_a_ratio() {
        let got = figures(
            "Patrols spotted the trawlers around 30 times since May. Output rose 3 times since \
             2019 and is now 4 times larger.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            rows,
            [
                ("around 30", Kind::Count),
                ("3 times", Kind::Ratio),
                ("4 times", Kind::Ratio),
            ]
        );
    }

    #[test]
    fn ranges_of_lengths_ages_told_and_numbers_dialled_are_no_counts() {
        let got = figures(
            "The hiker slid 10 to 12 feet down the slope. Herons reach 3 to 4½ feet. A \
             neighbour said she is 6. Her brother, who was 9, ran to call 911.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A change with no unit of measure after it stays two counts; a noun after "is" is
        // counted.
        let got = figures("Bids rose 10 to 12 a week. The winner is 3 votes ahead.");
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[2].4.as_deref(), Some("votes"));
    }

    #[test]
    fn a_scaled_sum_after_a_word_of_money_takes_the_currency() {
        let got = kinds_and_units(
            "The fund holds 80 million Danish kroner. The council will allocate 2.5 million for \
             clinics, and 3 million visitors came.",
        );
        assert_eq!(
            got[1],
            rows(&[("2.5 million", Kind::Amount, Some("DKK"))])[0]
        );
        assert_eq!(got[2].1, Kind::Count);
    }

    #[test]
    fn share_prices_in_pence_past_a_pound() {
        let found = figures("Shares in Tallow Mills jumped 12% to 340p.");
        let got = borrowed(&found);
        assert_eq!(
            got[1],
            ("340p", Kind::Amount, Some(3.4), Bound::Exact, Some("GBP"))
        );
        // Not without a price, nor a video height.
        assert!(figures("The Vestry set ships with 340p and 1080p screens.").is_empty());
        assert!(figures("Shares of Orlin rose after it moved to 1080p.")
            .iter()
            .all(|g| g.1 != Kind::Amount));
    }

    #[test]
    fn a_share_out_of_a_round_whole() {
        let found = figures("Nine out of 10 Dunlow doctors back the plan.");
        let got = borrowed(&found);
        assert_eq!(
            got,
            [(
                "Nine out of 10",
                Kind::Percent,
                Some(90.0),
                Bound::Exact,
                None
            )]
        );
        // Over a whole that is not round, two counts.
        let got = figures("Brayford won seven out of 12 games.");
        assert!(got.iter().all(|g| g.1 == Kind::Count), "{got:?}");
    }

    #[test]
    fn a_fraction_of_a_percentage_point() {
        let found = figures(
            "Kelso Bank raised its rate by a quarter of a percentage point. Tarn cut it by \
             half a percentage point.",
        );
        let got = borrowed(&found);
        assert_eq!(
            got,
            [
                (
                    "a quarter of a percentage point",
                    Kind::Percent,
                    Some(0.25),
                    Bound::Exact,
                    None
                ),
                (
                    "half a percentage point",
                    Kind::Percent,
                    Some(0.5),
                    Bound::Exact,
                    None
                ),
            ]
        );
    }

    #[test]
    fn times_after_a_participle_is_how_often() {
        let found = figures(
            "The Orlin app was downloaded 5 million times. Jon Prior was arrested 12 times in \
             Brisk. Rents are 3 times higher in Tarn.",
        );
        let got = borrowed(&found);
        assert_eq!(got[0].1, Kind::Count, "{got:?}");
        assert_eq!(got[0].2, Some(5_000_000.0));
        assert_eq!(got[1].1, Kind::Count, "{got:?}");
        assert_eq!(got[2].1, Kind::Ratio, "{got:?}");
    }

    #[test]
    fn multiples_written_as_one_word() {
        let found = figures("The Orlin fund grew sevenfold.");
        let got = borrowed(&found);
        assert_eq!(
            got,
            [("sevenfold", Kind::Ratio, Some(7.0), Bound::Exact, None)]
        );
    }

    #[test]
    fn half_a_possessive_and_a_share_of_a_number_counted() {
        let found =
            figures("Tarncoin has lost half its value. Three quarters of the 2,000 staff will go.");
        let got = borrowed(&found);
        assert_eq!(
            got[0],
            ("half", Kind::Percent, Some(50.0), Bound::Exact, None)
        );
        assert_eq!(
            got[1],
            (
                "Three quarters",
                Kind::Percent,
                Some(75.0),
                Bound::Exact,
                None
            )
        );
        assert_eq!(got[2].1, Kind::Count);
        // A part of a year stays no share.
        assert!(figures("Half of 2019 was lost.").is_empty());
    }

    #[test]
    fn a_plural_without_s_modifies_the_plural_after_it() {
        let found = figures(
            "The dead included four police officers. The plant has 300 staff members. The \
             class has 14 children ages 8 to 9.",
        );
        let got = borrowed(&found);
        assert_eq!(got[0].4, Some("police officers"));
        assert_eq!(got[1].4, Some("staff members"));
        assert_eq!(got[2].4, Some("children"));
    }

    #[test]
    fn times_without_a_comparison_is_how_often() {
        let got = figures(
            "The Orlin engine must fire three times to reach orbit. The crew has flown the \
             probe six times. Tarn won it twice at home and three times with Vell. Its tank \
             holds 4 times the fuel, runs 5 times faster and weighs 2 times more.",
        );
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
        assert_eq!(
            rows,
            [
                ("three times", Kind::Count, Some(3.0)),
                ("six times", Kind::Count, Some(6.0)),
                ("twice", Kind::Count, Some(2.0)),
                ("three times", Kind::Count, Some(3.0)),
                ("4 times", Kind::Ratio, Some(4.0)),
                ("5 times", Kind::Ratio, Some(5.0)),
                ("2 times", Kind::Ratio, Some(2.0)),
            ]
        );
    }

    #[test]
    fn a_range_after_by_between_is_one_range() {
        let got = figures("The crew grew by between 10 and 30 men.");
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [(
                "between 10 and 30",
                Kind::Count,
                Some(30.0),
                Bound::AtMost,
                Some("men")
            )]
        );
    }

    #[test]
    fn a_rank_written_onto_top_counts_nothing() {
        assert!(figures("Vell needs a top-three finish or a top-10 place.").is_empty());
        // Apart from "top" the number counts.
        assert_eq!(figures("Vell had three finishes.").len(), 1);
    }

    #[test]
    fn a_number_after_a_part_of_a_contest_labels_it() {
        assert!(figures(
            "Tarn crashed on lap 13 when the rain came, spun on lap 48 exit and won game seven \
             late last night in Week 11."
        )
        .is_empty());
        // A plural noun after the number, or a determiner before the noun: a count.
        let got = figures("In round two 30 riders fell. Each lap 20 cars pitted.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("30", Some(30.0)), ("20", Some(20.0))]);
    }

    #[test]
    fn a_trio_and_a_quartet_of_things_are_counts() {
        let got = figures("Vell starred in a trio of films and a quartet of plays.");
        let rows = borrowed(&got);
        assert_eq!(
            rows,
            [
                (
                    "a trio of",
                    Kind::Count,
                    Some(3.0),
                    Bound::Exact,
                    Some("films")
                ),
                (
                    "a quartet of",
                    Kind::Count,
                    Some(4.0),
                    Bound::Exact,
                    Some("plays")
                ),
            ]
        );
    }

    #[test]
    fn one_still_to_come_is_a_count() {
        let got = figures("Tarn leads with one race remaining. Vell is second with one to go.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
        assert_eq!(
            rows,
            [
                ("one", Kind::Count, Some(1.0)),
                ("one", Kind::Count, Some(1.0)),
            ]
        );
        // An indefinite "one" stays none.
        assert!(figures("One left the room. No one left early.").is_empty());
    }

    #[test]
    fn a_fraction_with_a_slash_before_of_is_a_percent() {
        let got = figures("The chip uses about 1/10th of the power and 2/3 of the space.");
        let rows: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.1, g.2.map(|v| (v * 1e6).round() / 1e6), g.3))
            .collect();
        assert_eq!(
            rows,
            [
                ("about 1/10th", Kind::Percent, Some(10.0), Bound::Approx),
                ("2/3", Kind::Percent, Some(66.666667), Bound::Exact),
            ]
        );
        // A rate or a mixed number before "of" is no share.
        assert!(figures("Vell is open 24/7 of course.").is_empty());
        assert!(figures("Tarn threw 2 2/3 of an inning.")
            .iter()
            .all(|g| g.1 != Kind::Percent));
    }

    #[test]
    fn a_height_in_feet_and_inches_counts_nothing() {
        assert!(figures("The 5’2’’ singer and the 6'1 guard met.").is_empty());
    }

    #[test]
    fn scores_before_a_number_or_an_article_is_a_verb() {
        let got = figures("Vell wins if she scores seven points; Tarn scores a goal.");
        let rows: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("seven", Some(7.0))]);
        // The vague plural stays one.
        assert_eq!(figures("Scores of fans waited.")[0].2, Some(40.0));
    }

    #[test]
    fn one_person_after_a_verb_is_a_count() {
        let got = kinds_and_units(
            "The gas leak sickened one woman and the crane struck one Harbor worker.",
        );
        assert_eq!(
            got,
            rows(&[
                ("one", Kind::Count, Some("women")),
                ("one", Kind::Count, Some("workers"))
            ]),
            "{got:?}"
        );
        // A casualty verb names what happened, not an earlier count's things.
        let got = kinds_and_units("Two vans hit a wall, injuring one person.");
        assert_eq!(
            got,
            rows(&[
                ("Two", Kind::Count, Some("vans")),
                ("one", Kind::Count, Some("people injured"))
            ]),
            "{got:?}"
        );
        // What happened to the one person, told after the noun.
        let got = kinds_and_units("Police said one Coast officer was hurt and one boy died.");
        assert_eq!(
            got,
            rows(&[
                ("one", Kind::Count, Some("officers injured")),
                ("one", Kind::Count, Some("boys killed"))
            ]),
            "{got:?}"
        );
        // A verb of saying names a speaker; no person, no count.
        assert!(figures("The plan will fail, said one resident.").is_empty());
        assert!(figures("The crew painted one wall before lunch.").is_empty());
    }

    #[test]
    fn ages_after_a_name_suffix_or_at_a_death() {
        assert!(figures("Bram Tolley Jr., 47, of Wexham, admitted the theft.").is_empty());
        assert!(figures("Bram Tolley Sr, 81, sold the farm.").is_empty());
        assert!(figures("The painter Lida Marr dies at 88; her studio closes.").is_empty());
        // A count after "at" with something counted stays.
        assert_eq!(figures("The herd died at 40 farms last winter.").len(), 1);
    }

    #[test]
    fn parts_of_a_count_without_their_noun() {
        let got = kinds_and_units("The bakery sold 14 cakes, including three in boxes.");
        assert_eq!(
            got,
            rows(&[
                ("14", Kind::Count, Some("cakes")),
                ("three", Kind::Count, Some("cakes in boxes"))
            ]),
            "{got:?}"
        );
        // A list of parts after a dash or a colon, closed by "and one".
        let got = kinds_and_units("Mira owns four boats: two for racing and one for fishing.");
        assert_eq!(
            got,
            rows(&[
                ("four", Kind::Count, Some("boats")),
                ("two", Kind::Count, Some("boats for racing")),
                ("one", Kind::Count, Some("boats for fishing"))
            ]),
            "{got:?}"
        );
        // No part larger than the whole, and no part without a whole before it.
        assert_eq!(
            kinds_and_units("Tom kept two kites, including nine in the shed.").len(),
            1
        );
        assert!(figures("Including five in the south, the plan grew.").is_empty());
        // A word of the function list written onto the next by a hyphen opens the noun.
        let got = kinds_and_units("The yard fitted 30 first-class cabins last spring.");
        assert_eq!(
            got,
            rows(&[("30", Kind::Count, Some("first-class cabins"))]),
            "{got:?}"
        );
        // "one" after "and" with no part before it stays an indefinite.
        assert_eq!(
            figures("Ann fed 12 goats and one in the barn sang.").len(),
            1
        );
    }

    #[test]
    fn a_paragraph_of_another_language_gives_no_figures() {
        let got = figures(
            "Para a massa: 2 ovos, 150 g de manteiga e que os 30 g de açúcar são para isso.\n\n\
             The bakery sold 300 loaves.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[("300", Kind::Count, Some(300.0), Some("loaves"))])
        );
    }

    #[test]
    fn titles_won_several_times_are_the_unit() {
        let got = figures(
            "The three-time league champion met a two-time Grammy winning singer, \
             a five time Open champion and the two-time Player of the Month.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                (
                    "three",
                    Kind::Count,
                    Some(3.0),
                    Some("league championships")
                ),
                ("two", Kind::Count, Some(2.0), Some("Grammy wins")),
                ("five", Kind::Count, Some(5.0), Some("Open championships")),
                ("two", Kind::Count, Some(2.0), Some("Player of the Month")),
            ])
        );
        // How often, with no title after: no unit.
        let got = figures("The bell rang four times to mark the hour.");
        assert_eq!(
            values(&got),
            value_rows(&[("four times", Kind::Count, Some(4.0), None)])
        );
    }

    #[test]
    fn a_death_toll_and_a_place_name_what_they_count() {
        let got = figures(
            "The death toll in the flood rose to 42. The storm kills 12 in a town of 8,000.",
        );
        assert_eq!(
            values(&got),
            value_rows(&[
                ("42", Kind::Count, Some(42.0), Some("people killed")),
                ("12", Kind::Count, Some(12.0), Some("people killed")),
                ("8,000", Kind::Count, Some(8000.0), Some("residents")),
            ])
        );
        // A count of things in a town is not its population.
        let got = figures("A town of 40 bridges.");
        assert_eq!(
            values(&got),
            value_rows(&[("40", Kind::Count, Some(40.0), Some("bridges"))])
        );
    }

    #[test]
    fn lengths_of_time_since_and_in_fractions_of_a_larger_unit() {
        let got = figures(
            "It has been nine weeks since the vote, after nearly a quarter century \
             of delays, and three further months were added.",
        );
        assert_eq!(
            borrowed(&got),
            [
                (
                    "nine weeks",
                    Kind::Duration,
                    None,
                    Bound::Exact,
                    Some("P9W")
                ),
                (
                    "nearly a quarter century",
                    Kind::Duration,
                    None,
                    Bound::AtMost,
                    Some("P25Y")
                ),
                (
                    "three further months",
                    Kind::Duration,
                    None,
                    Bound::Exact,
                    Some("P3M")
                ),
            ]
        );
    }

    #[test]
    fn a_difference_of_ages_and_a_volume_number_are_no_figures() {
        assert!(figures("She married an architect 12 years older.").is_empty());
        assert!(figures("The poem appeared in Vol. 3 of the review.").is_empty());
    }

    #[test]
    fn a_percent_sign_after_one_space() {
        let got = figures("The richest 1 % of owners hold land.");
        assert_eq!(
            borrowed(&got),
            [("1 %", Kind::Percent, Some(1.0), Bound::Exact, None)]
        );
    }
}
