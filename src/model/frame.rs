//! Claim frames: what a figure is about, read from the structure of its sentence, so that only
//! figures about one thing are compared.
//!
//! One file, because the frame of a figure and the happening a date's clause names are read
//! from the same words around a claim with the same vocabularies, and its tests share them.
//!
//! A frame is the **measure** (what is counted or paid: the counted noun, or what happened to
//! the people counted, "killed" for "14 people were killed", "killed 14 people" and "14 dead"
//! alike, normalised through `ontology/measures.ttl`), the **qualifiers** that tell states of
//! one measure apart ("additional", "initial", "revised", "forecast", "per share"; from
//! `data/frames/qualifiers.tsv`) and the **place** that narrows a population ("UK consumers",
//! "Americans"; from `data/frames/places.tsv`). The subject and the time a figure holds are
//! kept on the claim itself ([`Mention::subject`], the dates of its sentence).
//!
//! Frames are read from the words next to the figure, not from lists of facts: the counted
//! noun the extractor found, the predicate after it (auxiliaries skipped) and the verb just
//! before the figure.

use crate::model::claim::{Kind, Mention};
use crate::model::lexicon::{data_lines, word_set, Lexicon};
use crate::model::names::Words;
use rustc_hash::FxHashSet;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What a figure is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Frame {
    /// A concept of the measure vocabulary ("killed", "investment") or, for a counted noun the
    /// vocabulary does not know, the noun itself, singular ("document").
    pub measure: String,
    /// Sorted, each once.
    pub qualifiers: Vec<&'static str>,
    /// A place code ("us", "uk") narrowing a population.
    pub place: Option<&'static str>,
    /// The people counted when they are narrower than people in general ("children" in "two
    /// children died"), for what happened to people only.
    pub population: Option<String>,
    /// True when the measure alone tells what is measured: what happened to people ("killed"),
    /// a counted noun of its own ("missile test"), a share of something named, a price per
    /// share. A broad measure ("organisations", "money") says what of only with a subject.
    pub specific: bool,
}

impl Frame {
    /// True for a count that can change while a story unfolds: what happened to people (a
    /// death toll, the injured, people affected), a concept narrower than people.
    pub fn can_change(&self) -> bool {
        let lex = Lexicon::get();
        lex.measure_broader.get(&self.measure).map(String::as_str) == Some(PEOPLE)
    }

    /// "killed", "people affected, additional, uk".
    pub fn describe(&self) -> String {
        let lex = Lexicon::get();
        let mut out = lex
            .measure_labels
            .get(&self.measure)
            .cloned()
            .unwrap_or_else(|| self.measure.clone());
        for q in &self.qualifiers {
            out.push_str(", ");
            out.push_str(q);
        }
        if let Some(p) = self.place {
            out.push_str(", ");
            out.push_str(p);
        }
        if let Some(p) = &self.population {
            out.push_str(", ");
            out.push_str(p);
        }
        out
    }
}

/// The measure concept of people of no more specific kind.
const PEOPLE: &str = "people";
/// The measure concept of the people a place holds ("a city of 120,000").
const POPULATION: &str = "population";
/// Words between a counted noun and its predicate that say nothing of it: "14 people *were*
/// killed", "seven people *are thought to be* in a serious condition".
const AUXILIARIES: [&str; 22] = [
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "reportedly",
    "thought",
    "believed",
    "feared",
    "said",
    "to",
    "in",
    "a",
    "now",
    "left",
    "others",
    "more",
];
/// Where a clause ends, and the words that begin the next one.
const CLAUSE_ENDS: [char; 8] = [',', ';', ':', '(', ')', '—', '–', '.'];

/// Where the clause that `prefix` ends in starts: just after its last clause end, or 0.
fn clause_start(prefix: &str) -> usize {
    prefix
        .char_indices()
        .rev()
        .find(|(_, c)| CLAUSE_ENDS.contains(c))
        .map_or(0, |(k, c)| k + c.len_utf8())
}
const CONJUNCTIONS: [&str; 6] = ["and", "but", "while", "or", "as", "when"];
/// The openings of an aside set off by commas inside a noun phrase ("31 people, including six
/// children, were killed").
const ASIDES: [&str; 7] = [
    "including",
    "among them",
    "many of them",
    "most of them",
    "some of them",
    "mostly",
    "among whom",
];
/// How far after the counted noun the predicate is looked for, in words.
const PREDICATE_REACH: usize = 5;
/// Words that open a relative clause after a counted noun.
const RELATIVES: [&str; 4] = ["who", "whose", "that", "which"];
/// How far after a relative pronoun its verb is looked for: past an object of its own ("who
/// had their personal details stolen").
const RELATIVE_PREDICATE_REACH: usize = 8;
/// How far before an "of" a verb may stand whose object the counted people own ("exposed the
/// personal details of 61 million people").
const POSSESSED_REACH: usize = 5;

/// The frame of a figure (an amount, count, percent or ratio), when its sentence says what it
/// measures. A figure its sentence sets against another thing than the one it tells of ("compared
/// with", "unlike": [`set_against_another`]) takes the qualifier "compared": it may be the other
/// thing's.
pub fn of(m: &Mention) -> Option<Frame> {
    let mut frame = frame_of(m)?;
    if m.span_in_sentence()
        .is_some_and(|span| set_against_another(&m.sentence, span))
    {
        frame.qualifiers.push(COMPARED);
        frame.qualifiers.sort_unstable();
        frame.qualifiers.dedup();
    }
    Some(frame)
}

/// The qualifier of a figure its sentence sets against another thing.
const COMPARED: &str = "compared";
/// How many words before "since" a superlative may stand and make it a comparison ("the
/// worst storm in the region since").
const SUPERLATIVE_REACH: usize = 6;
/// Words that open a clause telling more of the noun before its comma ("compared with 2010,
/// when ...", "than the storm of 2010, which ...").
const RELATIVE_OPENINGS: [&str; 6] = ["who", "whose", "which", "when", "where", "that"];

/// True when `sentence` sets the figure at `span` against another thing, so that the figure
/// may be that other thing's (`data/frames/comparison-words.tsv`): a contrast of the whole
/// sentence ("X happened, in contrast with Y"; "unlike X, Y": which side its story tells of,
/// the words do not say), or words of comparison before the figure whose clause, or a
/// clause that tells more of what they name, holds it ("compared with 30 a year before";
/// "the worst since 2010, when 30 died").
pub fn set_against_another(sentence: &str, span: (usize, usize)) -> bool {
    let vocab = Vocabulary::get();
    let words: Vec<(usize, usize, &str)> = Words::new(sentence).collect();
    let opens = |k: usize, phrase: &[&str]| {
        phrase.iter().enumerate().all(|(j, p)| {
            words
                .get(k + j)
                .is_some_and(|w| w.2.eq_ignore_ascii_case(p) && !(span.0..span.1).contains(&w.0))
        })
    };
    for (k, &(start, _, word)) in words.iter().enumerate() {
        if vocab.contrasts.iter().any(|p| opens(k, p)) {
            return true;
        }
        if start >= span.0 {
            continue;
        }
        let comparison = vocab
            .comparisons
            .iter()
            .find(|p| opens(k, p))
            .map(Vec::len)
            .or_else(|| {
                (word.eq_ignore_ascii_case("since")
                    && words[k.saturating_sub(SUPERLATIVE_REACH)..k]
                        .iter()
                        .any(|w| superlative(w.2, vocab)))
                .then_some(1)
            });
        if let Some(n) = comparison {
            let from = words[k + n - 1].1;
            if from <= span.0 && comparison_reaches(sentence, from, span.0) {
                return true;
            }
        }
    }
    false
}

fn superlative(word: &str, vocab: &Vocabulary) -> bool {
    let lower = word.to_lowercase();
    vocab.superlatives.contains(lower.as_str()) || (lower.len() > 5 && lower.ends_with("iest"))
}

/// True when a comparison whose words end at `from` reaches `to`: `to` lies in the clause
/// they open, or in a clause after it that tells more of what they name (", when ...").
/// A full stop followed by no space is an abbreviation's ("U.S."), or a decimal point's.
fn comparison_reaches(sentence: &str, from: usize, to: usize) -> bool {
    let mut at = from;
    loop {
        let rest = &sentence[at..];
        let end = rest
            .char_indices()
            .find(|&(k, c)| {
                CLAUSE_ENDS.contains(&c)
                    && (c != '.' || rest[k + 1..].chars().next().is_none_or(char::is_whitespace))
            })
            .map(|(k, c)| (at + k, c.len_utf8()));
        let Some((end, width)) = end else {
            return true;
        };
        if to < end {
            return true;
        }
        let mut next = Words::new(&sentence[end + width..]).map(|(_, _, w)| w);
        let (first, second) = (next.next(), next.next());
        let tells_more = first
            .is_some_and(|f| RELATIVE_OPENINGS.iter().any(|r| f.eq_ignore_ascii_case(r)))
            || second
                .is_some_and(|s| s.eq_ignore_ascii_case("which") || s.eq_ignore_ascii_case("whom"));
        if !tells_more {
            return false;
        }
        at = end + width;
    }
}

fn frame_of(m: &Mention) -> Option<Frame> {
    let lex = Lexicon::get();
    let vocab = Vocabulary::get();
    let (start, end) = m
        .span_in_sentence()
        .map_or((None, None), |(s, e)| (Some(s), Some(e)));
    let before: Vec<String> = match start {
        Some(s) => {
            let words: Vec<&str> = Words::new(&m.sentence[..s]).map(|(_, _, w)| w).collect();
            words
                .iter()
                .rev()
                .take(3)
                .map(|w| w.to_lowercase())
                .collect()
        }
        None => Vec::new(),
    };
    let after: Vec<String> = match end {
        Some(e) => Words::new(&m.sentence[e..])
            .take(12)
            .map(|(_, _, w)| w.to_lowercase())
            .collect(),
        None => Vec::new(),
    };
    // The words after the figure up to the end of its clause: a predicate further on is
    // another figure's ("killing nine and injuring around 40").
    let clause: Vec<String> = match end {
        Some(e) => {
            let rest = &m.sentence[e..];
            let cut = rest.find(CLAUSE_ENDS).unwrap_or(rest.len());
            // "31 people, including six children, were killed": an aside between the counted
            // noun and its predicate is passed over, and the clause goes on after it.
            let after_aside = rest[cut..]
                .strip_prefix(',')
                .filter(|aside| {
                    let aside = aside.trim_start().to_lowercase();
                    ASIDES.iter().any(|a| {
                        aside
                            .strip_prefix(a)
                            .is_some_and(|r| r.starts_with([' ', ',']))
                    })
                })
                .and_then(|aside| aside.split_once(',').map(|(_, on)| on))
                .map(|on| &on[..on.find(CLAUSE_ENDS).unwrap_or(on.len())]);
            Words::new(&rest[..cut])
                .chain(after_aside.into_iter().flat_map(Words::new))
                .map(|(_, _, w)| w.to_lowercase())
                .take_while(|w| !CONJUNCTIONS.contains(&w.as_str()))
                .collect()
        }
        None => Vec::new(),
    };
    let unit: Vec<String> = m
        .unit
        .as_deref()
        .map(|u| u.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let mut qualifiers: Vec<&'static str> = Vec::new();
    let mut place: Option<&'static str> = None;
    // The counted noun phrase and the word just before the figure ("the initial 143
    // million"); not the figure's own words, whose "more" is a hedge ("more than 8,100").
    for w in unit.iter().chain(before.first()) {
        if let Some(q) = vocab.qualifiers.get(w.as_str()) {
            qualifiers.push(q);
        }
        place = place.or_else(|| vocab.places.get(w.as_str()).copied());
    }
    // "2.5 million more Americans": a word between the figure and its counted noun.
    if after.first().is_some_and(|w| unit.first() != Some(w)) {
        if let Some(q) = after.first().and_then(|w| vocab.qualifiers.get(w.as_str())) {
            qualifiers.push(q);
        }
    }
    // Where the counted noun phrase ends in the words after the figure.
    let noun_end = match unit.first() {
        Some(first) => after
            .iter()
            .take(4)
            .position(|w| w == first)
            .map_or(0, |k| k + unit.len()),
        None => 0,
    };
    // "customers in the United States": a place right after the noun phrase.
    if place.is_none() && after.get(noun_end).is_some_and(|w| w == "in") {
        place = place_at(&after[noun_end + 1..], vocab);
    }
    match m.kind {
        // "A port city of 120,000 (people)": the place's population, whichever outlet
        // names the place.
        Kind::Count
            if before.first().is_some_and(|w| w == "of")
                && before
                    .get(1)
                    .is_some_and(|w| vocab.settlements.contains(w.as_str()))
                && unit.last().is_none_or(|w| {
                    vocab.people_in_general.contains(w.as_str())
                        || lex.measures.get(w).is_some_and(|c| c == PEOPLE)
                }) =>
        {
            Some(finish(POPULATION.to_owned(), qualifiers, place, true))
        }
        Kind::Count => {
            let noun = head_phrase(&unit);
            let head = noun.last().map(|w| singular(w, lex));
            if let Some(h) = &head {
                place = place.or_else(|| vocab.places.get(h.as_str()).copied());
            }
            let of_people = head.as_deref().is_none_or(|h| {
                vocab.places.contains_key(h)
                    || lex.measures.get(h).is_some_and(|c| {
                        c == PEOPLE
                            || lex.measure_broader.get(c).map(String::as_str) == Some(PEOPLE)
                    })
                    || lex.plurals.contains(h)
                    || h == "person"
            });
            let predicate = || {
                let mut rest = clause.iter().skip(noun_end).peekable();
                // "145 people who had their details accessed": a relative clause holds its
                // verb after its own object, further on than a plain predicate's, and ends
                // where another relative clause begins.
                let reach = if rest.next_if(|w| RELATIVES.contains(&w.as_str())).is_some() {
                    RELATIVE_PREDICATE_REACH
                } else {
                    PREDICATE_REACH
                };
                outcome_in(
                    rest.skip_while(|w| AUXILIARIES.contains(&w.as_str()))
                        .take(reach)
                        .take_while(|w| !RELATIVES.contains(&w.as_str())),
                    lex,
                )
            };
            // A counted noun not written after the figure was carried over from an earlier
            // one ("14 people were killed, and 230 were injured"): the figure's own predicate
            // says what happened to its people before the carried noun does.
            let carried = !unit.is_empty() && noun_end == 0;
            let outcome = if of_people {
                (if carried { predicate() } else { None })
                    .or_else(|| outcome_in(&unit, lex))
                    .or_else(predicate)
                    .or_else(|| {
                        let verb = before.iter().find(|w| w.as_str() != "and")?;
                        outcome_in(std::iter::once(verb), lex)
                    })
                    .or_else(|| {
                        let prefix = &m.sentence[..start?];
                        if carried {
                            noun_before_outcome(prefix, &unit, lex)
                        } else {
                            possessor_outcome(prefix, lex)
                        }
                    })
                    .or_else(|| {
                        if !unit.is_empty() {
                            return None;
                        }
                        subject_outcome(&m.sentence[..start?], &before, lex, vocab)
                    })
            } else {
                None
            };
            // A concept of the vocabulary with no broader one is a broad class ("organisations",
            // "products"); a narrower concept or a noun of its own is specific.
            // "Two children died": a narrower population than the toll's.
            let population = match (&outcome, &head) {
                (Some(_), Some(h))
                    if !vocab.people_in_general.contains(h.as_str())
                        && !vocab.places.contains_key(h.as_str())
                        && unit
                            .last()
                            .is_none_or(|w| !vocab.people_in_general.contains(w.as_str())) =>
                {
                    Some(h.clone())
                }
                _ => None,
            };
            // "20 were slightly hurt", "dozens with serious injuries": a part of the people
            // something happened to, told by how badly, not all of them.
            if outcome.is_some() {
                qualifiers.extend(severity_of(
                    unit.iter().chain(clause.iter().skip(noun_end)),
                    lex,
                    vocab,
                ));
            }
            let (measure, specific) = match (outcome, head) {
                (Some(o), _) => (o, true),
                (None, Some(h)) => match lex.measures.get(&h) {
                    Some(c) if c != PEOPLE => (c.clone(), lex.measure_broader.contains_key(c)),
                    _ if vocab.places.contains_key(h.as_str()) => (PEOPLE.to_owned(), false),
                    Some(_) => (PEOPLE.to_owned(), false),
                    // "asylum seekers", "refugees": one counted thing in other words.
                    None => (vocab.synonym(noun, &h).unwrap_or(h), true),
                },
                (None, None) => return None,
            };
            let mut frame = finish(measure, qualifiers, place, specific);
            frame.population = population;
            Some(frame)
        }
        Kind::Amount => {
            let measure = m.measure.clone().unwrap_or_else(|| "money".to_owned());
            // "$9.95 a share", "per share": the price of one share, not of the company.
            let per = after
                .windows(2)
                .take(2)
                .any(|w| (w[0] == "a" || w[0] == "per") && (w[1] == "share" || w[1] == "head"));
            if per {
                qualifiers.push("per share");
            }
            // Sums of money are many things in one story (a bid, a fine, a salary): only a price
            // per share is told by its measure alone, and a sum that names what it is ("a $40
            // bill", "a fine of $40") by that noun.
            let noun = start.and_then(|s| sum_noun(&m.sentence[..s], &after, lex, vocab));
            // "$2 billion a flight", "$15 an hour", "$3 per gallon": a rate, the price of one
            // of something, never to be set against a sum ("billions of dollars" spent in all).
            let rate = (!per && noun.is_none())
                .then(|| rate_noun(&after, lex))
                .flatten();
            let specific = per || noun.is_some() || rate.is_some();
            let measure = match rate {
                Some(unit) => format!("{measure} per {unit}"),
                None => noun.unwrap_or(measure),
            };
            if after
                .windows(2)
                .take(8)
                .any(|w| w[0] == "including" && w[1] == "debt")
            {
                qualifiers.push("including debt");
            }
            Some(finish(measure, qualifiers, place, specific))
        }
        Kind::Percent | Kind::Ratio => {
            // "20 percent of the vote": the noun the share is of; "half the vote" says the same
            // without its "of".
            let of = match after.first().map(String::as_str) {
                Some("of") => 1,
                Some("the") if half_before_the(&m.text) => 0,
                _ => return None,
            };
            // "of the American population": a place word before the noun narrows it.
            let mut words = after[of..]
                .iter()
                .filter(|w| !lex.determiners.contains(w.as_str()) && w.as_str() != "its");
            let mut noun = words.next()?;
            if let Some(p) = vocab.places.get(noun.as_str()) {
                if let Some(next) = words.next().filter(|w| {
                    w.chars().all(char::is_alphabetic) && !lex.function_words.contains(w.as_str())
                }) {
                    place = place.or(Some(*p));
                    noun = next;
                }
            }
            // "of the population in America": a place right after the noun.
            if place.is_none() {
                if let Some(k) = after.iter().position(|w| w == noun) {
                    if after.get(k + 1).is_some_and(|w| w == "in") {
                        place = place_at(&after[k + 2..], vocab);
                    }
                }
            }
            Some(finish(singular(noun, lex), qualifiers, place, true))
        }
        _ => None,
    }
}

/// Where in its sentence a count of a noun is told, beyond its noun: what tells two different
/// counts of one noun apart as counts of two things ("a four-goal lead" and "a two-goal burst";
/// "one out in the sixth" and "within two outs of the cup").
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CountSetting {
    /// The noun a count joined by a hyphen to its counted noun tells of ("homer").
    pub head: Option<String>,
    /// The part of a contest it is told within (`data/frames/contest-parts.tsv`).
    pub part: Option<&'static str>,
    /// Told as a distance still to go (`data/frames/distance-words.txt`).
    pub distance: bool,
}

/// The [`CountSetting`] of a count with a counted noun (default for any other figure). A
/// distance is told to a goal, not within the part of the contest it is told in.
pub fn count_setting(m: &Mention) -> CountSetting {
    let (Kind::Count, Some(unit)) = (m.kind, &m.unit) else {
        return CountSetting::default();
    };
    let lex = Lexicon::get();
    let vocab = Vocabulary::get();
    let unit: Vec<String> = unit.split_whitespace().map(str::to_lowercase).collect();
    let (Some(first), Some(noun)) = (unit.first(), unit.last().map(|w| singular(w, lex))) else {
        return CountSetting::default();
    };
    // The figure's own place in its sentence: of several occurrences of its words ("two players
    // ... a two-goal burst"), the one its counted noun follows.
    let followed_by_noun = |end: usize| {
        let rest = m.sentence[end..]
            .trim_start_matches([' ', '-'])
            .to_lowercase();
        [first.as_str(), noun.as_str()]
            .iter()
            .any(|w| rest.starts_with(w))
    };
    let Some((start, end)) = m
        .sentence
        .match_indices(m.text.as_str())
        .map(|(s, t)| (s, s + t.len()))
        .find(|&(_, e)| followed_by_noun(e))
        .or_else(|| m.span_in_sentence())
    else {
        return CountSetting::default();
    };
    let before: Vec<String> = Words::new(&m.sentence[..start])
        .last()
        .map(|(_, _, w)| w.to_lowercase())
        .into_iter()
        .collect();
    let after: Vec<String> = Words::new(&m.sentence[end..])
        .take(8)
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    let noun_end = after
        .iter()
        .take(4)
        .position(|w| Some(w) == unit.first())
        .map_or(0, |k| k + unit.len())
        .min(after.len());
    let distance = told_as_distance(&before, &after[noun_end..], vocab);
    CountSetting {
        head: compound_head(&m.sentence[end..], &noun, lex),
        part: (!distance)
            .then(|| part_named_beside(&m.sentence, (start, end), lex, vocab))
            .flatten(),
        distance,
    }
}

/// The noun a count joined by a hyphen to its counted noun tells of ("a two-goal burst": the
/// burst), from the text right after the figure: the hyphen, the counted noun (`noun`,
/// singular) and a lower-case word that is no function word. `None` when the count is not
/// written so.
fn compound_head(rest: &str, noun: &str, lex: &Lexicon) -> Option<String> {
    let mut words = rest.strip_prefix('-')?.split_whitespace();
    let counted = words.next()?;
    if singular(counted, lex) != noun && counted != noun {
        return None;
    }
    let head = words.next()?;
    let head = head.trim_end_matches([',', '.', ';', ':', '!', '?']);
    (head.len() >= 3
        && head.chars().all(|c| c.is_ascii_lowercase())
        && !lex.function_words.contains(head)
        && !lex.determiners.contains(head))
    .then(|| singular(head, lex))
}

/// The part of a contest a count is told within, when its sentence names one by its place
/// ("one out in the sixth", "four runs in the second inning", "the top of the seventh":
/// `data/frames/contest-parts.tsv`): "in the" or "top/bottom/end of the" and an ordinal, then
/// a part noun (`data/frames/contest-part-nouns.txt`), a function word, a mark or the end.
/// Of several, the one nearest the figure (`span`, its bytes in the sentence).
fn part_named_beside(
    sentence: &str,
    span: (usize, usize),
    lex: &Lexicon,
    vocab: &Vocabulary,
) -> Option<&'static str> {
    // "the top of the ninth", "the end of the third".
    const SIDES: [&str; 5] = ["top", "bottom", "end", "middle", "start"];
    let words: Vec<(usize, usize, String)> = Words::new(sentence)
        .map(|(s, e, w)| (s, e, w.to_lowercase()))
        .collect();
    let mut best: Option<(usize, &'static str)> = None;
    for k in 2..words.len() {
        let Some(&part) = vocab.contest_parts.get(words[k].2.as_str()) else {
            continue;
        };
        let opened = words[k - 1].2 == "the"
            && (words[k - 2].2 == "in"
                || (words[k - 2].2 == "of" && k >= 3 && SIDES.contains(&words[k - 3].2.as_str())));
        if !opened {
            continue;
        }
        // What follows the ordinal: a part noun, or nothing that makes it another noun's
        // ("in the first place" is no part).
        let ends_here = match words.get(k + 1) {
            None => true,
            Some((s, _, next)) => {
                sentence[words[k].1..*s]
                    .chars()
                    .any(|c| !c.is_alphanumeric() && !c.is_whitespace() && c != '-')
                    || vocab.contest_part_nouns.contains(next.as_str())
                    || lex.function_words.contains(next.as_str())
            }
        };
        if !ends_here {
            continue;
        }
        let distance = if words[k].0 >= span.1 {
            words[k].0 - span.1
        } else {
            span.0.saturating_sub(words[k].1)
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, part));
        }
    }
    best.map(|(_, part)| part)
}

/// Whether a count is told as a distance still to go ("within four points of", "two wins away
/// from": `data/frames/distance-words.txt`): `before` holds the words before the figure,
/// nearest first, `after` the words after its counted noun.
fn told_as_distance(before: &[String], after: &[String], vocab: &Vocabulary) -> bool {
    vocab.distance_words.iter().any(|(word, follows)| {
        (*word == "-" || before.first().is_some_and(|b| b == word))
            && follows
                .split_whitespace()
                .enumerate()
                .all(|(k, f)| after.get(k).is_some_and(|a| a == f))
    })
}

/// True for a share written as "half" ("almost half", "nearly half"), which takes its noun
/// right after "the" ("half the vote") as other shares take it after "of".
fn half_before_the(text: &str) -> bool {
    text.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("half"))
}

/// The noun of a rate told right after a sum ("a flight", "an hour", "per gallon", "each
/// ticket"), singular as written; `None` for a time that dates the sum instead ("a year ago",
/// "a week later") or a word that is no noun.
fn rate_noun<'w>(after: &'w [String], lex: &Lexicon) -> Option<&'w str> {
    let [by, noun, rest @ ..] = after else {
        return None;
    };
    let dates = matches!(
        rest.first().map(String::as_str),
        Some("ago" | "after" | "before" | "earlier" | "later" | "from" | "into")
    );
    (matches!(by.as_str(), "a" | "an" | "per" | "each")
        && !dates
        && noun.chars().all(char::is_alphabetic)
        && !lex.function_words.contains(noun.as_str())
        && !lex.determiners.contains(noun.as_str())
        && !noun.ends_with('s'))
    .then_some(noun.as_str())
}

fn finish(
    measure: String,
    mut qualifiers: Vec<&'static str>,
    place: Option<&'static str>,
    specific: bool,
) -> Frame {
    qualifiers.sort_unstable();
    qualifiers.dedup();
    Frame {
        measure,
        qualifiers,
        place,
        population: None,
        specific,
    }
}

/// The noun of `data/frames/sum-nouns.txt` a verb form is made of: "fined" and "fining" of
/// "fine", "billed" and "billing" of "bill".
fn verb_of_sum_noun(word: &str, vocab: &Vocabulary) -> Option<String> {
    let stems = [
        word.strip_suffix("ed").map(str::to_owned),
        // "fined": a noun ending in a single "e" ("fee" and "feed" are not one).
        word.strip_suffix('d')
            .filter(|stem| word.ends_with("ed") && stem.ends_with('e') && !stem.ends_with("ee"))
            .map(str::to_owned),
        word.strip_suffix("ing").map(str::to_owned),
        word.strip_suffix("ing").map(|stem| format!("{stem}e")),
    ];
    stems
        .into_iter()
        .flatten()
        .find(|stem| vocab.sum_nouns.contains(stem.as_str()))
}

/// How many words may stand between a sum and the noun of sums before it ("a fine for *a
/// whopping* $40").
const SUM_NOUN_GAP: usize = 2;

/// The noun of `data/frames/sum-nouns.txt` (singular) a sum is written onto ("a $40 water
/// bill") or is the value of ("a bill of $40", "a bill for a whopping $40"). `prefix` is the
/// sentence up to the sum, `after` the words after it (lower case).
fn sum_noun(prefix: &str, after: &[String], lex: &Lexicon, vocab: &Vocabulary) -> Option<String> {
    let plain = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !lex.function_words.contains(w)
            && !lex.determiners.contains(w)
    };
    let noun = |w: &str| {
        let one = singular(w, lex);
        vocab.sum_nouns.contains(one.as_str()).then_some(one)
    };
    // "A $40 water bill": the sum before the noun phrase it prices.
    for (k, w) in after.iter().take(SUM_NOUN_GAP).enumerate() {
        if let Some(n) = noun(w) {
            return Some(n);
        }
        if !plain(w) || k + 1 == SUM_NOUN_GAP {
            break;
        }
    }
    // "A bill of $40", "a fine for a whopping $40": the noun before "of" or "for".
    let clause = &prefix[clause_start(prefix)..];
    let mut before: Vec<String> = Words::new(clause)
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    before.reverse();
    // "Was fined $300", "billing them $40": the verb of a noun of sums right before the sum.
    if let Some(n) = before.first().and_then(|w| verb_of_sum_noun(w, vocab)) {
        return Some(n);
    }
    let p = before
        .iter()
        .take(SUM_NOUN_GAP + 1)
        .position(|w| w == "of" || w == "for")?;
    if !before[..p]
        .iter()
        .all(|w| plain(w) || lex.determiners.contains(w.as_str()))
    {
        return None;
    }
    before.get(p + 1).and_then(|w| noun(w))
}

/// The first word of `words` that names what happened to people ("killed", "injured"): a
/// concept of the measure vocabulary narrower than people.
fn outcome_in<'w>(words: impl IntoIterator<Item = &'w String>, lex: &Lexicon) -> Option<String> {
    words.into_iter().find_map(|w| {
        let concept = lex.measures.get(w.as_str())?;
        (lex.measure_broader.get(concept).map(String::as_str) == Some(PEOPLE))
            .then(|| concept.clone())
    })
}

/// What happened to the people a figure counts when its counted noun stands before it, with
/// what happened to them in between: "the number of residents whose homes were flooded rose to
/// 900". `prefix` is the sentence up to the figure, `unit` its counted noun (lower case). The
/// words between the noun's last occurrence and the figure must hold no clause end and no
/// other number, so that an earlier figure's fate is not carried over.
/// The qualifier of a word of `data/frames/severity-words.tsv` written right before a word of
/// what happened to people ("seriously injured", "minor injuries", "slightly hurt") among
/// `words`: the people counted are those hurt that badly, a part of all the hurt.
fn severity_of<'w>(
    words: impl IntoIterator<Item = &'w String>,
    lex: &Lexicon,
    vocab: &Vocabulary,
) -> Option<&'static str> {
    let words: Vec<&String> = words.into_iter().take(SEVERITY_REACH).collect();
    words.windows(2).find_map(|pair| {
        let qualifier = vocab.severity.get(pair[0].as_str())?;
        outcome_in(std::iter::once(pair[1]), lex).map(|_| *qualifier)
    })
}

/// How many words of a figure's noun phrase and predicate are read for how badly its people
/// were hurt ("riders were left with serious injuries").
const SEVERITY_REACH: usize = 10;

fn noun_before_outcome(prefix: &str, unit: &[String], lex: &Lexicon) -> Option<String> {
    let head = unit.last()?;
    let words: Vec<(usize, String)> = Words::new(prefix)
        .map(|(at, _, w)| (at, w.to_lowercase()))
        .collect();
    let k = words.iter().rposition(|(_, w)| w == head)?;
    let between = &prefix[words[k].0..];
    if between.contains(CLAUSE_ENDS) || between.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest: Vec<String> = words[k + 1..].iter().map(|(_, w)| w.clone()).collect();
    outcome_in(&rest, lex)
}

/// What happened to the people a figure counts when they own what a verb's object names, the
/// figure right after "of": "a breach exposed the personal details of 61 million people". The
/// verb is looked for a few words before the "of", within the clause.
fn possessor_outcome(prefix: &str, lex: &Lexicon) -> Option<String> {
    let clause = &prefix[clause_start(prefix)..];
    let words: Vec<String> = Words::new(clause)
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    let (of, object) = words.split_last()?;
    if of != "of" {
        return None;
    }
    outcome_in(object.iter().rev().take(POSSESSED_REACH), lex)
}

/// What happened to the people a figure counts when it is a subject's new value: "the death
/// toll ... rose to 85", "deaths climbed to 12". `before` is the words before the figure,
/// nearest first, `prefix` the sentence up to it: the subject is looked for in its words before
/// the verb, two words ("death toll") or a plural noun ("deaths", "injuries") at a time. A
/// participle there ("the attack that killed two") is a relative clause's, not the subject.
fn subject_outcome(
    prefix: &str,
    before: &[String],
    lex: &Lexicon,
    vocab: &Vocabulary,
) -> Option<String> {
    match before {
        [to, verb, ..] if to == "to" && vocab.change_verbs.contains(verb.as_str()) => {}
        _ => return None,
    }
    let words: Vec<String> = Words::new(prefix)
        .map(|(_, _, w)| w.to_lowercase())
        .take_while(|w| !vocab.change_verbs.contains(w.as_str()))
        .collect();
    let outcome = |w: &str| {
        let concept = lex.measures.get(w)?;
        (lex.measure_broader.get(concept).map(String::as_str) == Some(PEOPLE))
            .then(|| concept.clone())
    };
    (0..words.len()).find_map(|k| {
        words
            .get(k + 1)
            .and_then(|next| outcome(&format!("{} {next}", words[k])))
            .or_else(|| outcome(&words[k]).filter(|_| words[k].ends_with('s')))
    })
}

/// A place named by the first one or two words of `words` ("the United States").
fn place_at(words: &[String], vocab: &Vocabulary) -> Option<&'static str> {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| *w == "the")
        .take(2)
        .collect();
    if words.len() == 2 {
        if let Some(p) = vocab
            .places
            .get(format!("{} {}", words[0], words[1]).as_str())
        {
            return Some(p);
        }
    }
    words.first().and_then(|w| vocab.places.get(w).copied())
}

/// A counted noun without its plural -s ("documents" -> "document"), or -es after a hissing
/// sound ([`sibilant_plural_stem`]); words that are plural without one ("people") and words
/// the measure vocabulary knows stay as they are.
fn singular(word: &str, lex: &Lexicon) -> String {
    if lex.plurals.contains(word) || lex.measures.contains_key(word) {
        return word.to_owned();
    }
    if let Some(stem) = sibilant_plural_stem(word) {
        return stem.to_owned();
    }
    match word.strip_suffix("ies") {
        Some(stem) if stem.len() > 2 => format!("{stem}y"),
        _ => match word.strip_suffix('s') {
            Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_owned(),
            _ => word.to_owned(),
        },
    }
}

/// The words of a counted noun phrase up to its head: before an "of" that follows a noun
/// phrase of content words ("coach of the year" is a coach, "cups of coffee" cups), else all
/// of them ("wheels on each of the carts" are counted by the phrase's last noun
/// as before).
pub fn head_phrase<S: AsRef<str>>(unit: &[S]) -> &[S] {
    let lex = Lexicon::get();
    let Some(of) = unit
        .iter()
        .position(|w| w.as_ref().eq_ignore_ascii_case("of"))
    else {
        return unit;
    };
    let content = |w: &S| {
        let w = w.as_ref().to_lowercase();
        !lex.function_words.contains(&w) && !lex.determiners.contains(&w)
    };
    match of > 0 && unit[..of].iter().all(content) {
        true => &unit[..of],
        false => unit,
    }
}

/// The singular of a plural that adds "es" after ch, sh, ss, x or zz ("catches" -> "catch",
/// "passes" -> "pass", "boxes" -> "box"), unless its singular ends in "e" itself
/// (`data/lexicon/e_singulars.txt`: "headaches", "impasses"); `None` for any other word
/// ("cases", "horses", "houses" only lose their "s").
pub fn sibilant_plural_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix("es")?;
    let sibilant = ["ch", "sh", "ss", "x", "zz"]
        .iter()
        .any(|end| stem.len() > end.len() && stem.ends_with(end));
    let e_singular = || {
        let lex = Lexicon::get();
        word.strip_suffix('s')
            .is_some_and(|s| lex.e_singulars.contains(s))
    };
    (sibilant && !e_singular()).then_some(stem)
}

/// The first name `data/frames/places.tsv` gives a place code of a frame ("germany" for "de").
pub fn place_name(code: &str) -> Option<&'static str> {
    Vocabulary::get().place_names.get(code).copied()
}

/// True for a word that names a place narrowing a population ("us", "british", "canada"; of
/// `data/frames/places.tsv`), in lower case.
pub fn names_a_place(word: &str) -> bool {
    Vocabulary::get().places.contains_key(word)
}

/// True for a noun of a settlement ("town", "village"; `data/frames/settlement-nouns.txt`), in
/// lower case: "a town of 12,000" counts its residents.
pub fn names_a_settlement(word: &str) -> bool {
    Vocabulary::get().settlements.contains(word)
}

/// The frame vocabularies of `data/frames`.
struct Vocabulary {
    qualifiers: HashMap<&'static str, &'static str>,
    places: HashMap<&'static str, &'static str>,
    /// Each place code's first name in the file ("us" → "us", "de" → "germany").
    place_names: HashMap<&'static str, &'static str>,
    people_in_general: FxHashSet<&'static str>,
    change_verbs: FxHashSet<&'static str>,
    settlements: FxHashSet<&'static str>,
    lasting_verbs: FxHashSet<&'static str>,
    /// Nouns that say what a sum of money is (`data/frames/sum-nouns.txt`).
    sum_nouns: FxHashSet<&'static str>,
    /// Words that tell how badly people were hurt, to the qualifier they give
    /// (`data/frames/severity-words.tsv`).
    severity: HashMap<&'static str, &'static str>,
    /// The stems of words that say what lasted to their concept (`data/frames/what-lasted.tsv`).
    what_lasted: HashMap<String, &'static str>,
    recall_words: FxHashSet<&'static str>,
    /// Two-word openings of a noun phrase naming another thing of the kind ("the one", "an
    /// earlier": `data/frames/another-instance-words.txt`).
    another_instance: FxHashSet<&'static str>,
    /// Event concepts that happen once to what they happen to (`data/frames/once-events.txt`).
    once_events: FxHashSet<&'static str>,
    /// Counted nouns (singular, one or two words) to the concept they name with others
    /// (`data/frames/counted-noun-synonyms.tsv`).
    synonyms: HashMap<&'static str, &'static str>,
    /// Verb forms that are no "-ed" or "-ing" form ("split", "broken"), from
    /// `data/words/clause-words.tsv`.
    plain_verbs: FxHashSet<&'static str>,
    /// Ordinals naming a part of a contest, to their qualifier (`data/frames/contest-parts.tsv`).
    contest_parts: HashMap<&'static str, &'static str>,
    contest_part_nouns: FxHashSet<&'static str>,
    /// The word before a figure ("-" for any) and the words after its counted noun that tell
    /// a distance still to go (`data/frames/distance-words.txt`).
    distance_words: Vec<(&'static str, &'static str)>,
    /// Happening words too general to tell one happening from another
    /// (`data/frames/light-happenings.txt`).
    light_happenings: FxHashSet<&'static str>,
    /// Words that make a whole sentence a contrast of two things, and words after which a
    /// figure is the compared thing's, lower case, one word each
    /// (`data/frames/comparison-words.tsv`).
    contrasts: Vec<Vec<&'static str>>,
    comparisons: Vec<Vec<&'static str>>,
    /// Superlatives that make a "since" after them a comparison.
    superlatives: FxHashSet<&'static str>,
}

impl Vocabulary {
    fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            let places_file = include_str!("../../data/frames/places.tsv");
            let mut place_names = HashMap::new();
            for (name, code) in data_lines(places_file).filter_map(|l| l.split_once('\t')) {
                place_names.entry(code.trim()).or_insert(name.trim());
            }
            Vocabulary {
                qualifiers: pairs(include_str!("../../data/frames/qualifiers.tsv")),
                places: pairs(places_file),
                place_names,
                people_in_general: word_set(include_str!(
                    "../../data/frames/people-in-general.txt"
                )),
                change_verbs: word_set(include_str!("../../data/frames/change-verbs.txt")),
                settlements: word_set(include_str!("../../data/frames/settlement-nouns.txt")),
                lasting_verbs: word_set(include_str!("../../data/frames/lasting-verbs.txt")),
                sum_nouns: word_set(include_str!("../../data/frames/sum-nouns.txt")),
                severity: pairs(include_str!("../../data/frames/severity-words.tsv")),
                what_lasted: pairs(include_str!("../../data/frames/what-lasted.tsv"))
                    .into_iter()
                    .map(|(word, concept)| (lasted_stem(word), concept))
                    .collect(),
                synonyms: pairs(include_str!("../../data/frames/counted-noun-synonyms.tsv")),
                recall_words: word_set(include_str!("../../data/frames/recall-words.txt")),
                another_instance: word_set(include_str!(
                    "../../data/frames/another-instance-words.txt"
                )),
                once_events: word_set(include_str!("../../data/frames/once-events.txt")),
                plain_verbs: data_lines(include_str!("../../data/words/clause-words.tsv"))
                    .filter_map(|l| l.split_once('\t'))
                    .filter(|(_, role)| role.trim() == "verb")
                    .map(|(word, _)| word.trim())
                    .collect(),
                contest_parts: pairs(include_str!("../../data/frames/contest-parts.tsv")),
                contest_part_nouns: word_set(include_str!(
                    "../../data/frames/contest-part-nouns.txt"
                )),
                distance_words: data_lines(include_str!("../../data/frames/distance-words.txt"))
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(word, follows)| (word.trim(), follows.trim()))
                    .collect(),
                light_happenings: word_set(include_str!("../../data/frames/light-happenings.txt")),
                contrasts: comparison_words("sentence"),
                comparisons: comparison_words("after"),
                superlatives: comparison_words("superlative")
                    .into_iter()
                    .flatten()
                    .collect(),
            }
        })
    }
}

impl Vocabulary {
    /// The concept a counted noun names with others ("political figures", "refugees"):
    /// `unit` is the counted noun phrase (lower case), `head` its last word singular. The last
    /// two words are looked up before the last one.
    fn synonym(&self, unit: &[String], head: &str) -> Option<String> {
        let two = match unit {
            [.., before, _] => self.synonyms.get(format!("{before} {head}").as_str()),
            _ => None,
        };
        two.or_else(|| self.synonyms.get(head))
            .map(|c| (*c).to_owned())
    }
}

/// How many words of a noun phrase after a duration are read for its head ("a 12-minute power
/// delay").
const LASTED_NOUN_WORDS: usize = 4;
/// The concept of `data/frames/what-lasted.tsv` of a verb that says nothing of what lasted: its
/// subject does.
const LASTED_SUBJECT: &str = "(subject)";
/// How many words before "for" a duration's verb is looked for ("searched the wreck for").
const LASTED_VERB_REACH: usize = 5;

/// What lasted as long as a duration says, read from the sentence's structure: the noun a
/// duration qualifies ("a 12-minute power cut", "two days of careful digging"), the verb of
/// "for" ("delayed for twenty minutes", "searched the site for three days"), or the subject of
/// a verb of lasting ("the repair that took 60 hours"), as the concept
/// `data/frames/what-lasted.tsv` gives that word ("a four-day rescue", "trapped for 90 hours"
/// and "searched for three days" are one search), else as the word's stem. Durations of one
/// story whose concepts or stems are one ("delay", "delayed") tell of the same thing.
pub fn what_lasted(m: &Mention) -> Option<String> {
    if m.kind != Kind::Duration {
        return None;
    }
    let lex = Lexicon::get();
    let vocab = Vocabulary::get();
    let (start, end) = m.span_in_sentence()?;
    let prefix = &m.sentence[..start];
    let prefix = &prefix[clause_start(prefix)..];
    let rest = &m.sentence[end..];
    let rest = &rest[..rest.find(CLAUSE_ENDS).unwrap_or(rest.len())];
    // Nearest word first.
    let mut before: Vec<String> = Words::new(prefix)
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    before.reverse();
    let after: Vec<String> = Words::new(rest).map(|(_, _, w)| w.to_lowercase()).collect();
    let plain = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !lex.function_words.contains(w)
            && !lex.stopwords.contains(w)
            && !lex.determiners.contains(w)
            && !AUXILIARIES.contains(&w)
    };
    // What a noun phrase names (its words in text order): a word the vocabulary knows ("a
    // four-day rescue operation" is a rescue), else its head, the last word.
    let named = |words: &[&String]| {
        words
            .iter()
            .find_map(|w| {
                vocab
                    .what_lasted
                    .get(lasted_stem(w).as_str())
                    .filter(|c| **c != LASTED_SUBJECT)
            })
            .map(|c| (*c).to_owned())
            .or_else(|| words.last().map(|w| lasted_stem(w)))
    };
    // The head of the noun phrase that starts the words given.
    let head = |words: &[String]| {
        let phrase: Vec<&String> = words
            .iter()
            .take(LASTED_NOUN_WORDS)
            .take_while(|w| plain(w))
            .collect();
        named(&phrase)
    };
    // The concept of a verb's word; a verb that says nothing of what lasted ("have worked for
    // three days", "has been going on for a week") gives its subject's, `further` being the
    // words before the verb, nearest first.
    let verb = |w: &String, further: &[String]| match vocab.what_lasted.get(lasted_stem(w).as_str())
    {
        Some(&LASTED_SUBJECT) => {
            let mut subject: Vec<&String> = further
                .iter()
                .skip_while(|w| AUXILIARIES.contains(&w.as_str()))
                .take(LASTED_NOUN_WORDS)
                .take_while(|w| plain(w))
                .collect();
            subject.reverse();
            named(&subject)
        }
        Some(c) => Some((*c).to_owned()),
        None => Some(lasted_stem(w)),
    };
    // "A 12-minute delay", "a four-day search": the length qualifies the noun after it.
    let hyphenated = m
        .text
        .rsplit_once('-')
        .is_some_and(|(_, unit)| !unit.is_empty() && unit.chars().all(char::is_alphabetic));
    if hyphenated {
        return head(&after);
    }
    // "Two days of careful digging".
    if after.first().is_some_and(|w| w == "of") {
        return head(&after[1..]);
    }
    // "Delayed for around twenty minutes", "searching for the dog for 40 hours"; "split
    // after four years": what ended after it is what lasted.
    if before.first().is_some_and(|w| w == "for" || w == "after") {
        let k = before[1..].iter().take(LASTED_VERB_REACH).position(|w| {
            plain(w)
                && (w.ends_with("ing")
                    || w.ends_with("ed")
                    || lex.past_verbs.contains(w)
                    || vocab.plain_verbs.contains(w.as_str()))
        })?;
        return verb(&before[1 + k], &before[2 + k..]);
    }
    // "The repair that took over 60 hours", "the talks lasted two days".
    if before
        .first()
        .is_some_and(|w| vocab.lasting_verbs.contains(w.as_str()))
    {
        return before[1..]
            .iter()
            .skip_while(|w| RELATIVES.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()))
            .take(1)
            .find(|w| plain(w))
            .and_then(|w| named(&[w]));
    }
    None
}

/// True when the clause of the date at `span` of `sentence` marks, before the date, a happening
/// recalled rather than reported ("had previously fired it on August 29", "first tested it on
/// July 4": `data/frames/recall-words.txt`).
pub fn recalls_earlier(sentence: &str, span: (usize, usize)) -> bool {
    let Some(prefix) = sentence.get(..span.0) else {
        return false;
    };
    let vocab = Vocabulary::get();
    Words::new(&prefix[clause_start(prefix)..])
        .any(|(_, _, w)| vocab.recall_words.contains(w.to_lowercase().as_str()))
}

/// How many words an indefinite noun phrase may hold before the relative pronoun whose clause
/// the date ends ("a new border treaty that was signed in May": four).
const INDEFINITE_REACH: usize = 5;
/// How many words may stand between that relative pronoun and the date ("that was signed
/// in": three).
const RELATIVE_TO_DATE_WORDS: usize = 3;

/// True when the clause of the date at `span` of `sentence` says, before the date, that the
/// date belongs to another thing of the kind than the one its article tells of: a noun
/// phrase opened by "the one", "an earlier", "the previous"
/// (`data/frames/another-instance-words.txt`: "it renews the one agreed in May"), or an
/// indefinite noun phrase whose short relative clause the date ends ("banned under a treaty
/// that was signed in May": a treaty, not the one of the news).
pub fn names_another_instance(sentence: &str, span: (usize, usize)) -> bool {
    let Some(prefix) = sentence.get(..span.0) else {
        return false;
    };
    if dates_an_indefinite_noun(prefix, sentence.get(span.1..).unwrap_or("")) {
        return true;
    }
    let vocab = Vocabulary::get();
    // The clause, where a full stop inside the sentence is an abbreviation's ("a U.N. treaty").
    let from = prefix
        .char_indices()
        .rev()
        .find(|&(_, c)| c != '.' && CLAUSE_ENDS.contains(&c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let words: Vec<String> = Words::new(&prefix[from..])
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    let names_another = |words: &[String]| {
        words.windows(2).any(|pair| {
            vocab
                .another_instance
                .contains(format!("{} {}", pair[0], pair[1]).as_str())
        })
    };
    if names_another(&words) {
        return true;
    }
    // A date fronted before its clause ("And in June, the army tested a different rocket")
    // dates the clause after its comma.
    if words.len() <= 2 {
        let after = sentence.get(span.1..).unwrap_or("").trim_start();
        if let Some(rest) = after.strip_prefix(',') {
            let end = rest.find(CLAUSE_ENDS).unwrap_or(rest.len());
            let clause: Vec<String> = Words::new(&rest[..end])
                .map(|(_, _, w)| w.to_lowercase())
                .collect();
            if names_another(&clause) {
                return true;
            }
        }
    }
    let Some(relative) = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "that" | "which"))
    else {
        return false;
    };
    if words.len() - relative - 1 > RELATIVE_TO_DATE_WORDS {
        return false;
    }
    // The noun phrase before the pronoun, back to its article: "a" or "an" opens it, any
    // other determiner or a verb's end ("the", "this") leaves it definite.
    words[relative.saturating_sub(INDEFINITE_REACH)..relative]
        .iter()
        .rev()
        .find(|w| {
            matches!(
                w.as_str(),
                "a" | "an" | "the" | "this" | "that" | "its" | "their"
            )
        })
        .is_some_and(|w| w == "a" || w == "an")
}

/// Whether a date stands between "a" or "an" and the noun it dates ("starting with a May 8
/// crossing", "minutes of an Oct. 3 meeting"): one thing of a kind that happens many times,
/// named by its day, not the one its article's news is. `before` and `after` are the
/// sentence's text on either side of the date.
fn dates_an_indefinite_noun(before: &str, after: &str) -> bool {
    let article = before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    let noun = after.strip_prefix(' ').is_some_and(|a| {
        a.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
    });
    article && noun
}

/// True for an event concept (`events_dated`'s names) that happens once to what it happens
/// to: an approval, a death (`data/frames/once-events.txt`). Two reports of it a week apart
/// date one happening, where two reports of a launch may date two.
pub fn happens_once(concept: &str) -> bool {
    Vocabulary::get().once_events.contains(concept)
}

/// A word's stem for telling what lasted: "delayed" and "delay", "searching" and "search",
/// "digging" and "dig" are one.
fn lasted_stem(word: &str) -> String {
    let stem = [("ing", 5), ("ed", 4), ("es", 5), ("s", 4)]
        .iter()
        .find_map(|(suffix, min)| {
            (word.len() >= *min)
                .then(|| word.strip_suffix(suffix))
                .flatten()
        })
        .unwrap_or(word);
    // "dig-g-ing", "trap-p-ed": a doubled last consonant of the stem is one.
    let mut chars = stem.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && !"aeiouls".contains(a) && word.len() > stem.len() => {
            stem[..stem.len() - a.len_utf8()].to_owned()
        }
        _ => stem.to_owned(),
    }
}

/// What [`events_dated`] gives a date whose nearest word is a speech verb ("said on Friday"):
/// it dates a statement.
pub const STATEMENT: &str = "statement";
/// How far from a date, in words within its clause, a word naming what it dates is looked for:
/// a clause's verb may stand a dozen words before its date ("fired a missile over the
/// northern island of Ostria into the ocean early on Tuesday").
const EVENT_REACH: usize = 14;
/// The longest phrase of the event vocabulary, in words ("came to power").
const EVENT_PHRASE_WORDS: usize = 3;

/// The events a date dates: the concepts of `ontology/events.ttl` ("launch", "sign") named by
/// the words of its clause near it ("the satellite was launched on Sunday", "Sunday's launch"),
/// sorted, each once. `span` is the date's byte range in `sentence`. A date that opens its
/// sentence before a comma ("On Friday, the council passed …") dates the clause after it.
/// [`STATEMENT`] when the nearest such word is a speech verb ("said Friday"); empty when the
/// clause names neither.
pub fn events_dated(sentence: &str, span: (usize, usize)) -> Vec<&'static str> {
    let events = Events::get();
    let lex = Lexicon::get();
    let (start, end) = span;
    if start > end || !sentence.is_char_boundary(start) || !sentence.is_char_boundary(end) {
        return Vec::new();
    }
    // The clause: from the last clause end before the date to the first after it. A period
    // inside a sentence ends a clause only where it ends a word that is no abbreviation ("U.S.
    // officials", "Mr. Pell", "3 p.m."): those are read on.
    let is_end = |at: usize, c: char| match c {
        '.' => period_ends_clause(sentence, at, lex),
        _ => CLAUSE_ENDS.contains(&c) || matches!(c, '"' | '“' | '”'),
    };
    let from = sentence[..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_end(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = sentence
        .get(end..)
        .and_then(|rest| {
            rest.char_indices()
                .find(|&(i, c)| is_end(end + i, c))
                .map(|(i, _)| i)
        })
        .map_or(sentence.len(), |i| end + i);
    let words = |text: &str, offset: usize| -> Vec<(usize, String)> {
        Words::new(text)
            .map(|(s, _, w)| (offset + s, w.to_lowercase()))
            .collect()
    };
    let mut clause = words(&sentence[from..to], from);
    // A date standing alone before its clause's comma opens the sentence: the next clause is
    // what it dates.
    let alone = clause.iter().all(|(at, w)| {
        (*at >= start && *at < end) || matches!(w.as_str(), "on" | "in" | "at" | "since" | "by")
    });
    if alone && to < sentence.len() {
        let after = to + sentence[to..].chars().next().map_or(1, char::len_utf8);
        let next = sentence[after..]
            .char_indices()
            .find(|&(i, c)| is_end(after + i, c))
            .map_or(sentence.len(), |(i, _)| after + i);
        clause = words(&sentence[after..next], after);
    }
    // Words of the date itself are not its event; the others are numbered by distance:
    // (distance from the date in words, after it, the word).
    let before = clause.iter().filter(|(at, _)| *at < start).count();
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    let outside: Vec<(usize, bool, &str)> = clause
        .iter()
        .filter(|(at, _)| *at < start)
        .enumerate()
        .map(|(k, (_, w))| (before - k, false, w.as_str()))
        .chain(
            clause
                .iter()
                .filter(|(at, _)| *at >= end)
                .enumerate()
                .map(|(k, (_, w))| (k + 1, true, w.as_str())),
        )
        .collect();
    for k in 0..outside.len() {
        for len in 1..=EVENT_PHRASE_WORDS.min(outside.len() - k) {
            let run = &outside[k..k + len];
            // A phrase does not reach over the date.
            if run.iter().any(|r| r.1 != run[0].1) {
                break;
            }
            if run.iter().map(|r| r.0).min().unwrap_or(usize::MAX) > EVENT_REACH {
                continue;
            }
            let phrase = run.iter().map(|r| r.2).collect::<Vec<_>>().join(" ");
            let distance = run.iter().map(|r| r.0).min().unwrap_or(usize::MAX);
            if let Some(&concept) = events.terms.get(phrase.as_str()) {
                found.push((distance, concept));
            } else if len == 1 && lex.speech_verbs.contains(phrase.as_str()) {
                // "said on Friday": the date of a statement, not of what it tells of.
                found.push((distance, STATEMENT));
            }
        }
    }
    // The nearest such word is the happening the date attaches to; words further off tell of
    // other happenings of its clause ("announced on Friday plans to launch the probe").
    let nearest = found.iter().map(|f| f.0).min().unwrap_or(usize::MAX);
    let mut out: Vec<&'static str> = found
        .into_iter()
        .filter(|f| f.0 == nearest)
        .map(|f| f.1)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether the period at byte `at` of `sentence` ends a clause: it is followed by a space or
/// ends the text, and the word it ends is neither an abbreviation (`data/lexicon/
/// abbreviations.txt`: "Mr.", "Dec."), nor a single letter (an initial), nor a word with
/// periods of its own ("U.S.", "p.m.").
fn period_ends_clause(sentence: &str, at: usize, lex: &Lexicon) -> bool {
    let rest = &sentence[at + 1..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let word = sentence[..at]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''))
        .next()
        .unwrap_or("");
    word.chars().count() > 1
        && !word.contains('.')
        && !lex.abbreviations.contains(word.to_lowercase().as_str())
}

/// The event vocabulary: each term (lower case) to its concept's local name, and the concepts
/// that some speech verb names (a saying: "announced", so "unveiled" too).
struct Events {
    terms: HashMap<String, &'static str>,
    sayings: HashSet<&'static str>,
    /// The statement and the concepts `ontology/events.ttl` puts under it (`skos:broader
    /// event:statement`: a publication, a post): words made known again and again. Not an
    /// announcement, the first making known of one thing.
    statements: HashSet<&'static str>,
}

impl Events {
    fn get() -> &'static Events {
        static EVENTS: OnceLock<Events> = OnceLock::new();
        EVENTS.get_or_init(|| {
            let (terms, said) = event_terms(include_str!("../../ontology/events.ttl"));
            let lex = Lexicon::get();
            let sayings = terms
                .iter()
                .filter(|(term, concept)| {
                    lex.speech_verbs.contains(term.as_str()) || said.contains(*concept)
                })
                .map(|(_, &concept)| concept)
                .collect();
            Events {
                terms,
                sayings,
                statements: said,
            }
        })
    }
}

/// What the happening a date dates (`Mention::happening`, the verb of its clause or the noun it
/// stands in) names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happening {
    /// A statement: a speech verb, or a concept of `ontology/events.ttl` that a speech verb
    /// names ("said", "announced", "unveiled", "tweeted").
    Saying,
    /// Another concept of the event vocabulary ("launched", "lifts off", "launch").
    Event(&'static str),
    /// A word the vocabularies do not know ("targeted", "happen"): it may be any happening.
    Other,
}

/// What the happening word `word` (lower case) names.
pub fn happening(word: &str) -> Happening {
    let events = Events::get();
    if Lexicon::get().speech_verbs.contains(word) {
        return Happening::Saying;
    }
    match events.terms.get(word) {
        Some(concept) if events.sayings.contains(concept) => Happening::Saying,
        Some(&concept) => Happening::Event(concept),
        None => Happening::Other,
    }
}

/// Whether a date's happening word (`Mention::happening`, lower case) tells what happened well
/// enough that two dates of one story on the very same days with that word ("the bridge
/// reopened on May 3", "since it reopened on May 3") are one happening told twice: not
/// a verb of saying or a saying of the event vocabulary (a story holds many statements), nor a
/// word of `data/frames/light-happenings.txt` ("made", "went"), nor a function word.
pub fn telling_happening_word(word: &str) -> bool {
    let lex = Lexicon::get();
    !word.is_empty()
        && happening(word) != Happening::Saying
        && !Vocabulary::get().light_happenings.contains(word)
        && !lex.function_words.contains(word)
}

/// Whether two dates' own happening words (`Mention::happening`, lower case) name two
/// different happenings: both tell what happened ([`telling_happening_word`]), and they are
/// neither one concept of the event vocabulary nor one word told in another form ("woken" and
/// "launched", "restored" and "discuss"; not "launch" and "fired", nor "reopened" and
/// "reopens"). Two dates of one story told with such words on days that do not meet are two
/// happenings sharing names, not one happening dated two ways.
pub fn other_happening_words(a: &str, b: &str) -> bool {
    if !telling_happening_word(a) || !telling_happening_word(b) {
        return false;
    }
    match (happening(a), happening(b)) {
        (Happening::Event(x), Happening::Event(y)) => x != y,
        _ => {
            let head = |w: &str| lasted_stem(w.split(' ').next().unwrap_or(w));
            head(a) != head(b)
        }
    }
}

/// Whether the happenings a date's clause names ([`events_dated`]) are all statements: a
/// speech verb's statement ("said on Friday", "told reporters on Monday") or a concept
/// `ontology/events.ttl` puts under it ("published on Friday", "tweeted late Friday"). Such
/// a date dates words made known, and a story holds many: two of them on days that do not
/// meet are two statements, not one dated two ways. Not an announcement ("announced on
/// Friday that"), the first making known of one thing, which a story dates once. False when
/// the clause names no happening.
pub fn only_statements(concepts: &[&str]) -> bool {
    let events = Events::get();
    !concepts.is_empty() && concepts.iter().all(|c| events.statements.contains(c))
}

/// Whether two dates whose happenings are `a` and `b` may date one happening: not when both
/// are known and differ. A saying is never the thing said.
pub fn may_be_one_happening(a: Option<Happening>, b: Option<Happening>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if a != Happening::Other && b != Happening::Other => a == b,
        _ => true,
    }
}

/// The SKOS labels of the event vocabulary to their concepts, and the concepts of sayings
/// ([`STATEMENT`] and those `skos:broader` it: "published"). The file is compiled in and a
/// test parses it, so a triple that does not parse is skipped rather than reported at run time.
fn event_terms(ttl: &str) -> (HashMap<String, &'static str>, HashSet<&'static str>) {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    let mut concepts: HashSet<&'static str> = HashSet::new();
    let mut terms = HashMap::new();
    let mut sayings = HashSet::new();
    for triple in RdfParser::from_format(RdfFormat::Turtle)
        .for_reader(ttl.as_bytes())
        .flatten()
    {
        let NamedOrBlankNode::NamedNode(concept) = &triple.subject else {
            continue;
        };
        let local = concept.as_str().rsplit('/').next().unwrap_or_default();
        // A handful of concept names, kept for the program's life.
        let mut name = || match concepts.get(local) {
            Some(&name) => name,
            None => {
                let name: &'static str = Box::leak(local.to_owned().into_boxed_str());
                concepts.insert(name);
                name
            }
        };
        let predicate = triple.predicate.as_str();
        match &triple.object {
            Term::Literal(label)
                if predicate.ends_with("#prefLabel") || predicate.ends_with("#altLabel") =>
            {
                terms.insert(label.value().to_lowercase(), name());
            }
            Term::NamedNode(broader)
                if predicate.ends_with("#broader")
                    && broader.as_str().rsplit('/').next() == Some(STATEMENT) =>
            {
                sayings.insert(name());
            }
            _ => {}
        }
    }
    if let Some(&say) = concepts.get(STATEMENT) {
        sayings.insert(say);
    }
    (terms, sayings)
}

/// `word<TAB>value` rows; `#` lines are comments. The files are compiled in and checked by
/// the tests, so a malformed row is skipped rather than reported at run time.
/// The phrases of `data/frames/comparison-words.tsv` of one reach, each as its words.
fn comparison_words(reach: &str) -> Vec<Vec<&'static str>> {
    data_lines(include_str!("../../data/frames/comparison-words.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(_, r)| r.trim() == reach)
        .map(|(phrase, _)| phrase.split_whitespace().collect())
        .collect()
}

fn pairs(file: &'static str) -> HashMap<&'static str, &'static str> {
    data_lines(file)
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(sentence: &str, text: &str, unit: Option<&str>) -> Option<Frame> {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("d", Kind::Count, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        m.unit = unit.map(str::to_owned);
        of(&m)
    }

    fn measure(sentence: &str, text: &str, unit: Option<&str>) -> String {
        count(sentence, text, unit)
            .map(|f| f.measure)
            .unwrap_or_default()
    }

    fn setting(sentence: &str, text: &str, unit: &str) -> CountSetting {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("d", Kind::Count, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        m.unit = Some(unit.to_owned());
        count_setting(&m)
    }

    fn compared(sentence: &str, text: &str) -> bool {
        let start = sentence.find(text).unwrap();
        set_against_another(sentence, (start, start + text.len()))
    }

    #[test]
    fn a_figure_set_against_another_thing_is_compared() {
        // A contrast of the whole sentence: the figure may be of either thing.
        let s =
            "Only two people were hurt, in sharp contrast with the storm that struck on Monday.";
        assert!(compared(s, "two"));
        let f = count(s, "two", Some("people")).unwrap();
        assert_eq!(
            (f.measure.as_str(), f.qualifiers.clone()),
            ("injured", vec!["compared"])
        );
        assert!(compared(
            "Unlike the floods of spring, the fire left 9 families homeless.",
            "9"
        ));
        // After words of comparison, in their clause or one telling more of what they name.
        let s =
            "The blast killed 40 miners, the deadliest in the province since 2009, when 52 died.";
        assert!(!compared(s, "40"));
        assert!(compared(s, "52"));
        let s = "Sales reached 900 units in May, compared with 600 units a year before.";
        assert!(!compared(s, "900"));
        assert!(compared(s, "600"));
        let s = "The quake killed 12 people, more than the 8 who died in the tremor of 2011.";
        assert!(!compared(s, "12") && compared(s, "8"));
        assert_eq!(count(s, "12", Some("people")).unwrap().qualifiers.len(), 0);
        // A clause after the comparison's own that tells nothing more of it is not its.
        let s = "Output rose by a tenth compared to 2019, to 3,100 tonnes a month.";
        assert!(!compared(s, "3,100"));
        // "More than 30" is a bound, not a comparison; nor is a "since" of time alone.
        assert!(!compared(
            "More than 30 people were injured, and 4 died.",
            "4"
        ));
        assert!(!compared(
            "Since the crash on Friday, 3 more have died in hospital.",
            "3"
        ));
        // A decimal point or an abbreviation's full stop ends no clause.
        let s = "Fares rose to 2.5 dollars, compared with 1.75 dollars in the U.S. a year ago.";
        assert!(compared(s, "1.75") && !compared(s, "2.5"));
    }

    #[test]
    fn a_count_is_set_in_the_part_of_a_contest_named_nearest_it() {
        let s = setting(
            "They led after the first, and gave up two goals in the third period.",
            "two",
            "goals",
        );
        assert_eq!(s.part, Some("in part 3"));
        assert!(!s.distance && s.head.is_none());
        let s = setting(
            "Ona Brell had three hits by the top of the seventh.",
            "three",
            "hits",
        );
        assert_eq!(s.part, Some("in part 7"));
        // "in the first place" names no part.
        let s = setting(
            "In the first place, the club sold three tickets.",
            "three",
            "tickets",
        );
        assert_eq!(s.part, None);
    }

    #[test]
    fn a_distance_to_go_is_told_apart_from_a_count_and_takes_no_part() {
        let s = setting(
            "The Gulls were within two wins of the cup in the fourth round.",
            "two",
            "wins",
        );
        assert!(s.distance);
        assert_eq!(s.part, None);
        assert!(setting("The crew stood two miles away from shore.", "two", "miles").distance);
        assert!(!setting("Two wins of the cup came late.", "Two", "wins").distance);
    }

    #[test]
    fn a_count_joined_by_a_hyphen_tells_of_the_noun_after_it_wherever_its_words_first_stand() {
        // "two" stands twice; the count of goals is the second.
        let s = setting(
            "With two players off, the Gulls held a two-goal lead.",
            "two",
            "goals",
        );
        assert_eq!(s.head.as_deref(), Some("lead"));
        assert_eq!(
            setting("They scored two goals, then more.", "two", "goals").head,
            None
        );
    }

    fn events(sentence: &str, date: &str) -> Vec<&'static str> {
        let start = sentence.find(date).unwrap();
        events_dated(sentence, (start, start + date.len()))
    }

    #[test]
    fn counted_nouns_of_one_thing_in_other_words_name_one_measure() {
        let asylum = measure(
            "Velmar took in about 9,000 asylum seekers last year.",
            "about 9,000",
            Some("asylum seekers"),
        );
        let refugees = measure(
            "Velmar welcomed more than 9,000 refugees.",
            "more than 9,000",
            Some("refugees"),
        );
        assert_eq!(asylum, refugees);
        assert_eq!(
            measure(
                "The list names 80 political figures.",
                "80",
                Some("political figures")
            ),
            measure("The list names 80 politicians.", "80", Some("politicians"))
        );
        // Other nouns keep their own measure.
        assert_eq!(
            measure("The list names 80 figures.", "80", Some("figures")),
            "figure"
        );
        // "X of the Y" counts X: a title's last word is not its head.
        assert_eq!(
            measure(
                "The three-time Velmar Skipper of the Year retired.",
                "three",
                Some("Velmar Skipper of the Year")
            ),
            "skipper"
        );
        // Aircraft named by their kind of engine or service, or by a model before the noun.
        let planes = measure("The fleet grew to 12 planes.", "12", Some("planes"));
        for (sentence, unit) in [
            ("The fleet grew to 12 jumbo jets.", "jumbo jets"),
            (
                "The fleet grew to 12 Velmar 300 jetliners.",
                "Velmar 300 jetliners",
            ),
            ("The fleet grew to 12 airliners.", "airliners"),
        ] {
            assert_eq!(measure(sentence, "12", Some(unit)), planes, "{unit}");
        }
    }

    #[test]
    fn a_date_s_happening_word_is_a_saying_an_event_or_unknown() {
        assert_eq!(happening("said"), Happening::Saying);
        // "unveiled" is an announcement, and "announced" a speech verb.
        assert_eq!(happening("unveiled"), Happening::Saying);
        assert_eq!(happening("lifts off"), Happening::Event("launch"));
        assert_eq!(happening("launch"), Happening::Event("launch"));
        assert_eq!(happening("targeted"), Happening::Other);
        let (launch, say) = (Some(Happening::Event("launch")), Some(Happening::Saying));
        assert!(may_be_one_happening(launch, launch));
        assert!(!may_be_one_happening(launch, say));
        assert!(!may_be_one_happening(
            launch,
            Some(Happening::Event("sign"))
        ));
        assert!(may_be_one_happening(launch, Some(Happening::Other)));
        assert!(may_be_one_happening(say, None));
        // A fall told in other words is one happening, and no launch.
        assert_eq!(happening("plummeted"), Happening::Event("fall"));
        assert_eq!(happening("fell"), happening("tumbled"));
        assert_eq!(
            events("A hiker fell from the quarry ledge on Sunday.", "on Sunday"),
            vec!["fall"]
        );
        // The season is no fall.
        assert!(events("The ferry line closes in the fall.", "in the fall").is_empty());
    }

    #[test]
    fn plurals_in_es_after_a_hissing_sound_lose_es() {
        let lex = Lexicon::get();
        for (plural, one) in [
            ("catches", "catch"),
            ("dishes", "dish"),
            ("passes", "pass"),
            ("boxes", "box"),
            ("buzzes", "buzz"),
            // Singulars ending in "e" only lose the "s".
            ("headaches", "headache"),
            ("impasses", "impasse"),
            ("vases", "vase"),
            ("horses", "horse"),
            ("houses", "house"),
            ("clothes", "clothe"),
            ("documents", "document"),
        ] {
            assert_eq!(singular(plural, lex), one, "{plural}");
        }
    }

    #[test]
    fn a_figure_after_a_place_noun_and_of_is_its_population() {
        // Made-up sentences: however the place is named, the figure is its population.
        let seaside = count(
            "Officials closed the beaches of Varno, a seaside town of 81,000, on Monday.",
            "81,000",
            None,
        )
        .unwrap();
        let town = count(
            "The town of 85,000 people has three hospitals.",
            "85,000",
            Some("people"),
        )
        .unwrap();
        assert_eq!(seaside.measure, "population");
        assert_eq!(seaside, town);
        assert!(seaside.specific && !seaside.can_change());
        // A count of other things in the town is not its population.
        assert_eq!(
            measure("The town of Varno sent 40 trucks.", "40", Some("trucks")),
            "truck"
        );
        // Diggers and excavators are one machine.
        assert_eq!(
            measure(
                "Some 30 diggers were at the site.",
                "Some 30",
                Some("diggers")
            ),
            measure(
                "About 50 excavators were at work.",
                "About 50",
                Some("excavators")
            )
        );
    }

    fn lasted(sentence: &str, text: &str) -> Option<String> {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("d", Kind::Duration, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        what_lasted(&m)
    }

    #[test]
    fn a_duration_says_what_lasted_that_long() {
        // Made-up sentences: one thing told four ways (digging and a hunt are a search:
        // `data/frames/what-lasted.tsv`).
        let delay = Some("delay".to_owned());
        assert_eq!(
            lasted(
                "The match resumed after a 12-minute rain delay.",
                "12-minute"
            ),
            delay
        );
        assert_eq!(
            lasted(
                "Fog meant the riders were delayed for about 20 minutes.",
                "about 20 minutes"
            ),
            delay
        );
        assert_eq!(
            lasted(
                "Crews kept digging for more than 40 hours, officials said.",
                "more than 40 hours"
            ),
            Some("search".to_owned())
        );
        assert_eq!(
            lasted(
                "After three days of digging, the crews stopped.",
                "three days"
            ),
            Some("search".to_owned())
        );
        assert_eq!(
            lasted(
                "The hunt that took over 70 hours ended at dawn.",
                "over 70 hours"
            ),
            Some("search".to_owned())
        );
        assert_eq!(
            lasted("Ana Ruiz and Tom Vale split after 6 Years", "6 Years"),
            Some("split".to_owned())
        );
        assert_eq!(
            lasted(
                "The pair have split after almost six years together.",
                "almost six years"
            ),
            Some("split".to_owned())
        );
        // A duration whose sentence names nothing that lasted says nothing.
        assert_eq!(
            lasted("He has been in office for six years.", "six years"),
            None
        );
        assert_eq!(
            lasted("In two weeks, the shop will close.", "two weeks"),
            None
        );
        // A clause end of several bytes before the duration.
        assert_eq!(
            lasted(
                "The plane – a jet that can fly for 12 hours – landed.",
                "12 hours"
            ),
            None
        );
    }

    #[test]
    fn one_span_told_in_other_words_is_one_thing_that_lasted() {
        // Made-up sentences: how long one rescue has gone on, told five ways.
        let search = Some("search".to_owned());
        for (sentence, text) in [
            (
                "The climber was freed after a five-day rescue operation.",
                "five-day",
            ),
            (
                "The miners have been trapped for about 60 hours.",
                "about 60 hours",
            ),
            (
                "Rescuers have worked through the night for more than two days.",
                "more than two days",
            ),
            (
                "The rescue effort has been going on for 70 hours.",
                "70 hours",
            ),
            ("Teams searched the caves for three days.", "three days"),
        ] {
            assert_eq!(lasted(sentence, text), search, "{sentence}");
        }
        // A hut left unused and one abandoned: how long it stood empty.
        assert_eq!(
            lasted("The hut had been left unused for six years.", "six years"),
            lasted(
                "The hut was abandoned for about six years.",
                "about six years"
            )
        );
        // A verb that says nothing of what lasted, with a subject the vocabulary does not
        // know: the subject's own word.
        assert_eq!(
            lasted("Volunteers have worked for two days.", "two days"),
            Some("volunteer".to_owned())
        );
    }

    #[test]
    fn a_date_after_a_word_of_recall_dates_an_earlier_happening() {
        let recalls = |sentence: &str, date: &str| {
            let start = sentence.find(date).unwrap();
            recalls_earlier(sentence, (start, start + date.len()))
        };
        assert!(recalls(
            "Ostria had previously launched a probe on March 3.",
            "March 3"
        ));
        assert!(recalls("The yard first tested the hull on May 9.", "May 9"));
        assert!(!recalls("The yard tested the hull on May 9.", "May 9"));
        // Only in the date's own clause.
        assert!(!recalls(
            "The hull had leaked before, but the yard tested it on May 9.",
            "May 9"
        ));
    }

    #[test]
    fn a_date_of_another_thing_of_the_kind_is_told_by_its_noun_phrase() {
        let another = |sentence: &str, date: &str| {
            let start = sentence.find(date).unwrap();
            names_another_instance(sentence, (start, start + date.len()))
        };
        // "the one", "an earlier", "the previous" name another thing of the kind.
        assert!(another(
            "The new charter extends the one passed in March.",
            "March"
        ));
        // A fronted date dates the clause after its comma: "a different" rocket there.
        assert!(another(
            "And in April, the army fired a different rocket from a barge.",
            "in April"
        ));
        assert!(!another(
            "And in April, the army fired the same rocket from a barge.",
            "in April"
        ));
        // Not a date inside its clause: "a different" there names what the clause's
        // happening met, not another happening.
        assert!(!another(
            "The barge struck a pier on Monday, a different one from last year.",
            "on Monday"
        ));
        assert!(another(
            "It replaces an earlier charter approved in 2009.",
            "2009"
        ));
        assert!(another("The previous mayor took office in 2011.", "2011"));
        // A day between "a" and the noun it dates: one of several such things.
        assert!(another(
            "Ferries moved to the north pier, beginning with a May 8 crossing to Varn.",
            "May 8"
        ));
        assert!(!another(
            "Ferries moved to the north pier, beginning with the May 8 crossing to Varn.",
            "May 8"
        ));
        assert!(!another(
            "Ferries moved to the north pier in a rush on May 8 after the storm.",
            "May 8"
        ));
        // An indefinite noun phrase whose short relative clause the date ends, however
        // abbreviated its words.
        assert!(another(
            "The sale is banned by a harbour charter that was approved in March.",
            "March"
        ));
        assert!(another(
            "The sale is banned by a U.N. harbour charter that was approved in March.",
            "March"
        ));
        // Definite, or a relative clause too long, or no relative clause at all: the news.
        assert!(!another(
            "The sale is banned by the harbour charter that was approved in March.",
            "March"
        ));
        assert!(!another(
            "The council passed a charter that bans the sale of fuel in March.",
            "March"
        ));
        assert!(!another(
            "The council passed a charter on Friday.",
            "Friday"
        ));
        assert!(!another(
            "The council passed the charter in March.",
            "March"
        ));
        // Only in the date's own clause.
        assert!(!another(
            "It extends the one before, and the council passed it on Friday.",
            "Friday"
        ));
    }

    #[test]
    fn a_date_dates_the_happening_of_its_clause() {
        // One happening however it is worded: a verb, its noun, a phrase.
        assert_eq!(
            events("The agency launched the probe on Tuesday.", "Tuesday"),
            ["launch"]
        );
        assert_eq!(
            events("Tuesday's launch was watched by thousands.", "Tuesday"),
            ["launch"]
        );
        assert_eq!(
            events(
                "The glider lifts off from the coast on Tuesday.",
                "on Tuesday"
            ),
            ["launch"]
        );
        assert_eq!(
            events(
                "The new rocket is set to blast off on Tuesday.",
                "on Tuesday"
            ),
            ["launch"]
        );
        assert_eq!(
            events(
                "On March 3, Zorvan Dynamics unveiled its new drone.",
                "March 3"
            ),
            ["announce"]
        );
        assert_eq!(
            events("Velna came to power in 2009 after a long campaign.", "2009"),
            ["take-office"]
        );
        // The clause of the date, not another of its sentence.
        assert_eq!(
            events(
                "The board resigned on Monday, a week after the plant was attacked.",
                "Monday"
            ),
            ["resign"]
        );
        // A statement dates the statement, not what it tells of.
        assert_eq!(
            events(
                "Mr Orlo said on Friday that the probe was launched.",
                "Friday"
            ),
            [STATEMENT]
        );
        // A clause that names no happening.
        assert!(events("The weather was mild on Friday.", "Friday").is_empty());
        // A missile fired is a launch, its verb a long way before the date in its clause;
        // the test a date follows is the nearest happening, not the launch the sentence
        // opens with.
        assert_eq!(
            events(
                "Velmar fired a long-range rocket over the northern islands of Ostria into the ocean early on Tuesday, setting off alarms.",
                "early on Tuesday"
            ),
            ["launch"]
        );
        assert_eq!(
            events(
                "The launch came after the council voted for sanctions following its third underground test on May 3.",
                "May 3"
            ),
            ["test"]
        );
    }

    #[test]
    fn a_conversation_reported_in_a_statement_is_its_own_happening() {
        // The date stands in the reported clause: it dates the talk, not the saying.
        let s = "The minister said he spoke to the premier on Monday about the dam.";
        assert_eq!(events(s, "on Monday"), ["meet"]);
        let s = "In early May, the minister said the dam was safe.";
        assert_eq!(events(s, "In early May"), [STATEMENT]);
    }

    #[test]
    fn a_statement_and_a_publication_are_sayings() {
        let say = Some(happening("said"));
        for word in ["published", "interview", "statement", "press conference"] {
            assert_eq!(happening(word), Happening::Saying, "{word}");
            assert!(may_be_one_happening(say, Some(happening(word))), "{word}");
        }
        // Still apart from the thing said.
        assert!(!may_be_one_happening(
            Some(happening("published")),
            Some(happening("launched"))
        ));
    }

    #[test]
    fn a_date_of_saying_dates_a_statement() {
        let dated = |sentence: &str, date: &str| {
            let start = sentence.find(date).expect("the date is in the sentence");
            events_dated(sentence, (start, start + date.len()))
        };
        for (sentence, date) in [
            (
                "The mayor said on Friday that the pier would close.",
                "on Friday",
            ),
            (
                "Ms Pell tweeted late Sunday about the storm.",
                "late Sunday",
            ),
            ("The weekly published the letters on Monday.", "on Monday"),
        ] {
            assert!(only_statements(&dated(sentence, date)), "{sentence}");
        }
        for (sentence, date) in [
            (
                "The probe was launched on Tuesday off the northern cape.",
                "on Tuesday",
            ),
            ("The lorry crashed on Friday near the bridge.", "on Friday"),
            // An announcement makes one thing known once: not a mere statement.
            (
                "The firm announced on Monday that it would move.",
                "on Monday",
            ),
        ] {
            assert!(!only_statements(&dated(sentence, date)), "{sentence}");
        }
        assert!(!only_statements(&[]));
        assert!(!only_statements(&[STATEMENT, "launch"]));
    }

    #[test]
    fn a_period_of_an_abbreviation_ends_no_clause() {
        let dated = |sentence: &str, date: &str| {
            let start = sentence.find(date).expect("the date is in the sentence");
            events_dated(sentence, (start, start + date.len()))
        };
        // The verb stands before an abbreviation's period: it still dates the date.
        assert_eq!(
            dated(
                "The paper published U.S. survey maps on Monday that drew wide notice.",
                "on Monday"
            ),
            vec!["publish"]
        );
        assert_eq!(
            dated(
                "Mr. Tamm signed the lease with Dr. Ruiz on Monday.",
                "on Monday"
            ),
            vec!["sign"]
        );
        // A period that ends a word does end its clause: a run-on of two sentences.
        assert!(dated(
            "The probe launched late. On Monday the crew rested.",
            "On Monday"
        )
        .is_empty());
    }

    #[test]
    fn every_event_term_parses() {
        let events = Events::get();
        assert!(events.terms.len() > 100);
        assert_eq!(events.terms.get("derailment"), Some(&"crash"));
        assert_eq!(events.terms.get("came to power"), Some(&"take-office"));
    }

    #[test]
    fn a_death_toll_meets_however_it_is_written() {
        for (sentence, text, unit) in [
            (
                "A gunman killed at least 46 people at a concert.",
                "at least 46",
                Some("people"),
            ),
            (
                "At least 43 people were killed, and 312 were injured.",
                "At least 43",
                Some("people"),
            ),
            (
                "43 dead, 312 injured in the shooting",
                "43",
                Some("people killed"),
            ),
            (
                "The blast left more than 36 people dead.",
                "more than 36",
                Some("people"),
            ),
            ("The mayor said 29 people died.", "29", Some("people")),
        ] {
            assert_eq!(measure(sentence, text, unit), "killed", "{sentence}");
        }
    }

    #[test]
    fn an_aside_between_the_counted_people_and_their_fate_is_passed_over() {
        assert_eq!(
            measure(
                "At least 31 people, including four children, were killed when the ferry sank.",
                "At least 31",
                Some("people")
            ),
            "killed"
        );
        assert_eq!(
            measure(
                "Some 40 people, many of them contractors, were injured in the blast.",
                "Some 40",
                Some("people")
            ),
            "injured"
        );
    }

    #[test]
    fn the_injured_are_not_the_dead() {
        let s = "At least 43 people were killed, and 312 were injured.";
        assert_eq!(measure(s, "312", None), "injured");
        // The counted noun carried over from the toll does not make the injured dead.
        assert_eq!(measure(s, "312", Some("people killed")), "injured");
        let s = "A bus hit the crowd, killing dozens and injuring around 90.";
        assert_eq!(measure(s, "around 90", None), "injured");
        assert_eq!(measure(s, "dozens", None), "killed");
    }

    #[test]
    fn places_and_additions_narrow_a_population() {
        let s = "The breach may have affected 61 million consumers in the United States.";
        let f = count(s, "61 million", Some("consumers")).unwrap();
        assert_eq!((f.measure.as_str(), f.place), ("affected", Some("us")));
        let s = "Veltrix said 1.8 million more Americans were affected.";
        let f = count(s, "1.8 million", Some("Americans")).unwrap();
        assert_eq!(f.qualifiers, vec!["additional"]);
        assert_eq!((f.measure.as_str(), f.place), ("affected", Some("us")));
        // "more than" is a hedge, not an addition.
        let s = "The company employs more than 6,300 staff.";
        let f = count(s, "more than 6,300", Some("staff")).unwrap();
        assert!(f.qualifiers.is_empty(), "{f:?}");
        let s = "Almost 420,000 UK consumers had their details accessed.";
        let f = count(s, "Almost 420,000", Some("UK consumers")).unwrap();
        assert_eq!(f.place, Some("uk"));
        // "other" sets the figure beside people just named: a part of a total, not the total.
        let s = "The files name nine mayors and 214 other officials of the region.";
        let f = count(s, "214", Some("other officials")).unwrap();
        assert_eq!(f.qualifiers, vec!["additional"]);
        let s = "The files name 223 officials of the region.";
        let f = count(s, "223", Some("officials")).unwrap();
        assert!(f.qualifiers.is_empty(), "{f:?}");
    }

    #[test]
    fn a_narrower_population_is_a_frame_of_its_own() {
        let s = "Two children died during surgery at a nearby hospital.";
        let f = count(s, "Two", Some("children")).unwrap();
        assert_eq!(f.measure, "killed");
        assert_eq!(f.population.as_deref(), Some("children"));
        let s = "Two police officers were shot dead at a rally.";
        let f = count(s, "Two", Some("police officers")).unwrap();
        assert_eq!(f.population.as_deref(), Some("officers"));
        // People in general, and a place's people, are the toll itself.
        let s = "At least 38 victims were killed.";
        assert_eq!(
            count(s, "At least 38", Some("victims")).unwrap().population,
            None
        );
        let s = "At least 43 people were killed, and 312 were injured.";
        assert_eq!(
            count(s, "At least 43", Some("people")).unwrap().population,
            None
        );
        assert_eq!(count(s, "312", None).unwrap().population, None);
    }

    #[test]
    fn what_happened_to_people_is_read_where_their_clause_puts_it() {
        // A relative clause with an object of its own before its verb.
        let s = "The total reached 61 million people who had their bank details accessed.";
        let f = count(s, "61 million", Some("people")).unwrap();
        assert_eq!(f.measure, "affected");
        // A relative clause ends where the next one begins: the fire is not what the people
        // in it suffered.
        let s = "Some 40 people who saw the fire that injured a guard called the police.";
        assert_eq!(measure(s, "Some 40", Some("people")), "people");
        // The counted noun written before the figure, what happened to them in between.
        let s =
            "The firm raised the number of Canadians whose records were exposed to 6.1 million.";
        let f = count(s, "6.1 million", Some("Canadians")).unwrap();
        assert_eq!((f.measure.as_str(), f.place), ("affected", Some("ca")));
        // Not across another figure or a clause end.
        let s = "Of the 90 residents, 12 were evacuated and the rest stayed; 30 returned.";
        assert_eq!(measure(s, "30", Some("residents")), "people");
        // People who own what a verb's object names.
        let s = "Hackers exposed the home addresses of 2.3 million customers.";
        assert_eq!(measure(s, "2.3 million", Some("customers")), "affected");
        let s = "Engineers checked the home addresses of 2.3 million customers.";
        assert_eq!(measure(s, "2.3 million", Some("customers")), "people");
    }

    #[test]
    fn other_counted_nouns_keep_their_noun() {
        let s = "The leak holds 8.2 million documents from the firm.";
        assert_eq!(measure(s, "8.2 million", Some("documents")), "document");
        let s = "It named 14 current or former world leaders.";
        assert_eq!(measure(s, "14", Some("world leaders")), "leader");
        assert_eq!(count("It rose to 12.", "12", None), None);
    }

    #[test]
    fn a_toll_that_rose_to_a_figure_is_the_toll() {
        let s = "The death toll from the flood in the valley town rose to 31, officials said.";
        assert_eq!(measure(s, "31", None), "killed");
        let s = "Deaths from the storm climbed to 14 on Monday.";
        assert_eq!(measure(s, "14", None), "killed");
        let s = "Injuries from the crash have risen to 208.";
        assert_eq!(measure(s, "208", None), "injured");
        // The subject, not a participle of a relative clause after it, says what is counted.
        let s = "Arrests after the riot that injured four rose to 30.";
        assert_eq!(measure(s, "30", None), "arrested");
        let s = "Sales at the mall where a gunman killed four rose to 30.";
        assert_eq!(count(s, "30", None), None);
        // Not a change of value, or not a toll: no frame of people.
        let s = "The death toll stood near 40, and the score was 12.";
        assert_eq!(count(s, "12", None), None);
        let s = "Sales rose to 12, the firm said.";
        assert_eq!(count(s, "12", None), None);
    }

    fn amount(sentence: &str, text: &str) -> Option<Frame> {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("d", Kind::Amount, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        of(&m)
    }

    #[test]
    fn a_sum_that_names_what_it_is_is_framed_by_that_noun() {
        // Made-up sentences: one bill told three ways, whoever each tells it of.
        let bill = amount("Lena Voss got a $4,120 water bill in May.", "$4,120").unwrap();
        assert_eq!((bill.measure.as_str(), bill.specific), ("bill", true));
        for (sentence, text) in [
            (
                "The utility sent her a bill for a whopping $4,120.",
                "$4,120",
            ),
            (
                "A resident of Narro was sent a bill of more than $4,120.",
                "more than $4,120",
            ),
        ] {
            assert_eq!(amount(sentence, text), Some(bill.clone()), "{sentence}");
        }
        // A sum that names no such noun still needs a subject.
        let f = amount("The firm paid $4,120 for the land.", "$4,120").unwrap();
        assert!(!f.specific, "{f:?}");
        let f = amount("Sales of $4,120 in fees were booked.", "$4,120").unwrap();
        assert!(!f.specific, "{f:?}");
    }

    #[test]
    fn a_sum_after_a_verb_of_a_noun_of_sums_is_framed_by_that_noun() {
        // Invented: a fine told by its verb and by its noun is one measure.
        let verb = amount("Two clerks were fined 4,000 crowns each.", "4,000 crowns").unwrap();
        let noun = amount("The court set a fine of 4,000 crowns.", "4,000 crowns").unwrap();
        assert_eq!((verb.measure.as_str(), verb.specific), ("fine", true));
        assert_eq!(verb, noun);
        let billing = amount("The utility is billing $80 for the repair.", "$80").unwrap();
        assert_eq!((billing.measure.as_str(), billing.specific), ("bill", true));
        // A verb no noun of sums is made of leaves the sum broad.
        let f = amount("The farm was sold for $900.", "$900").unwrap();
        assert!(!f.specific, "{f:?}");
        let f = amount("They feed $900 into the fund.", "$900").unwrap();
        assert!(!f.specific, "{f:?}");
    }

    #[test]
    fn people_hurt_that_badly_are_a_part_of_the_hurt() {
        // Invented: the two figures of one sentence and the toll of another.
        let s = "Three people were left with serious injuries while nine others were slightly \
                 hurt.";
        let three = count(s, "Three", Some("people")).unwrap();
        assert_eq!(three.qualifiers, vec!["serious"]);
        let nine = count(s, "nine", Some("people")).unwrap();
        assert_eq!(
            (nine.measure.as_str(), nine.qualifiers.clone()),
            ("injured", vec!["minor"])
        );
        let all = count("Twelve people were hurt.", "Twelve", Some("people")).unwrap();
        assert_eq!((all.measure.as_str(), all.qualifiers.len()), ("injured", 0));
        assert_ne!(nine, all);
        let critical = count("Four are critically injured.", "Four", None).unwrap();
        assert_eq!(critical.qualifiers, vec!["critical"]);
        // A severity word before no word of what happened to people tells nothing of them.
        let s = "Data of 4,000 customers was exposed in a serious breach.";
        let f = count(s, "4,000", Some("customers")).unwrap();
        assert!(f.qualifiers.is_empty(), "{f:?}");
    }

    #[test]
    fn a_sum_told_per_one_of_something_is_a_rate() {
        let s = "Each launch of the Varn rocket is expected to cost $900 million a flight.";
        let f = amount(s, "$900 million").expect("a frame");
        assert_eq!((f.measure.as_str(), f.specific), ("money per flight", true));
        let f = amount("Pickers there earn $14 an hour.", "$14").expect("a frame");
        assert_eq!(f.measure, "money per hour");
        // A time after the sum dates it: no rate.
        let f = amount("Orvane Labs raised $40 million a year ago.", "$40 million");
        assert!(f.is_none_or(|f| !f.measure.contains(" per ")));
    }

    fn share(sentence: &str, text: &str) -> Option<Frame> {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("d", Kind::Percent, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        of(&m)
    }

    #[test]
    fn a_share_is_of_the_noun_after_of_or_after_half_the() {
        // Made-up sentences: one share of one group told three ways.
        let residents = singular("residents", Lexicon::get());
        let of = share(
            "The leak touched well over a quarter of the residents in Canada, officials said.",
            "well over a quarter",
        )
        .expect("a frame");
        assert_eq!(
            (of.measure.as_str(), of.place, of.specific),
            (residents.as_str(), Some("ca"), true)
        );
        let half = share(
            "Hackers took the records of almost half the Canadian residents.",
            "almost half",
        )
        .expect("a frame");
        assert_eq!(half, of);
        let adjective = share(
            "It reached 40 percent of the Canadian residents.",
            "40 percent",
        );
        assert_eq!(adjective, Some(of));
        // Only "half" takes its noun after "the"; a share with neither says nothing of what.
        assert_eq!(
            share("Turnout was 40 percent the day before.", "40 percent"),
            None
        );
        assert_eq!(
            share("Prices fell 40 percent last year.", "40 percent"),
            None
        );
    }

    #[test]
    fn a_price_per_share_is_its_own_measure() {
        let s = "The offer values the company at $7.35 a share.";
        let start = s.find("$7.35").unwrap();
        let mut m = Mention::new("d", Kind::Amount, "$7.35", start, start + 5);
        m.sentence = s.to_owned();
        m.measure = Some("market".to_owned());
        let f = of(&m).unwrap();
        assert_eq!(f.qualifiers, vec!["per share"]);
    }
}
