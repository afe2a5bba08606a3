//! Organisations described rather than named: "the company said revenue rose to $5 billion"
//! in one article, "Acme's revenue rose to $5 billion" in another. A sum of money without a subject
//! whose sentence speaks of "the company" (or "the airline", "the bank": the generic nouns of
//! `data/frames/org-descriptions.txt`) before it is about the organisation its article is
//! about: the one its speaker names when that is an organisation, else the organisation its
//! article's claim sentences name most, preferring one whose name holds the noun ("the bank",
//! "Freedonia National Bank"). Two organisations named equally often leave the description as
//! it is: "the company" in a story of two companies says nothing of which.
//!
//! Read before slotting, so both figures land in one slot; nothing is linked by it otherwise.
//! Only sums of money: a count of people "of" a company (its staff, its customers, the people
//! its breach exposed) says too little of which people to be set against another.

use super::entities::Entities;
use crate::model::claim::{Kind, Mention};
use crate::model::lexicon::{class, Lexicon};
use crate::model::names::{names_in, Words};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Words between "the" and the generic noun ("the credit reporting company", "the
/// Atlanta-based firm").
const MODIFIERS: usize = 2;

struct Vocabulary {
    /// Generic organisation nouns, singular.
    nouns: FxHashSet<&'static str>,
    /// Given names, lower case: a name that opens with one is a person's.
    given: FxHashSet<&'static str>,
}

fn rows(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| Vocabulary {
        nouns: rows(include_str!("../../data/frames/org-descriptions.txt")).collect(),
        given: rows(include_str!("../../data/words/given-names-female.txt"))
            .chain(rows(include_str!("../../data/words/given-names-male.txt")))
            .collect(),
    })
}

/// The family name of a person's name: the last word of a name of two or more words that
/// opens with a given name ("Mara Quill" gives "quill"), lower case; `None` for any other name.
pub(crate) fn family_name(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let first = words.next()?.to_lowercase();
    let last = words.last()?;
    vocabulary()
        .given
        .contains(first.as_str())
        .then(|| last.trim_end_matches("'s").to_lowercase())
}

/// For each mention, the organisation its description stands for: only sums without a
/// subject whose sentence describes an organisation before the figure, in an article that
/// names one organisation more than any other. `mentions` are in doc order.
pub fn resolve(mentions: &[Mention], entities: &Entities) -> Vec<Option<String>> {
    let mut out = vec![None; mentions.len()];
    let mut from = 0;
    for doc in mentions.chunk_by(|a, b| a.doc == b.doc) {
        let wanting: Vec<(usize, &str)> = doc
            .iter()
            .enumerate()
            .filter(|(_, m)| m.subject.is_none() && m.kind == Kind::Amount)
            .filter_map(|(k, m)| description_before(&m.sentence, &m.text).map(|n| (k, n)))
            .collect();
        if !wanting.is_empty() {
            let named = organisations_named(doc, entities);
            for (k, noun) in wanting {
                let m = &doc[k];
                let speaker = m
                    .speaker
                    .as_deref()
                    .map(|s| entities.canonical(s))
                    .filter(|s| is_organisation(s));
                out[from + k] = speaker
                    .map(str::to_owned)
                    .or_else(|| most_named(&named, noun));
            }
        }
        from += doc.len();
    }
    out
}

/// The generic noun of the nearest "the <noun>" before `figure` in `sentence` ("The company
/// said", "the firm's revenue"), with up to [`MODIFIERS`] words between.
fn description_before(sentence: &str, figure: &str) -> Option<&'static str> {
    let vocabulary = vocabulary();
    let at = sentence.find(figure)?;
    let words: Vec<&str> = Words::new(&sentence[..at]).map(|(_, _, w)| w).collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if !w.eq_ignore_ascii_case("the") {
            continue;
        }
        for next in words.iter().skip(i + 1).take(MODIFIERS + 1) {
            let lower = next
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase();
            if let Some(&noun) = vocabulary.nouns.get(lower.as_str()) {
                found = Some(noun);
                break;
            }
        }
    }
    found
}

/// Organisations named in an article's claim sentences, canonical, with how often (once per
/// sentence) and where first.
fn organisations_named(doc: &[Mention], entities: &Entities) -> Vec<(String, usize, usize)> {
    let mut seen_sentences: FxHashSet<&str> = FxHashSet::default();
    let mut count: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    for m in doc {
        if !seen_sentences.insert(m.sentence.as_str()) {
            continue;
        }
        for (_, _, name) in names_in(&m.sentence) {
            let canonical = entities.canonical(&name);
            if is_organisation(canonical) {
                let first = count.len();
                count.entry(canonical.to_owned()).or_insert((0, first)).0 += 1;
            }
        }
    }
    let mut named: Vec<(String, usize, usize)> =
        count.into_iter().map(|(n, (c, f))| (n, c, f)).collect();
    named.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    named
}

/// The organisation named more often than any other, among those whose name holds `noun`
/// when there are any ("the bank": "Freedonia National Bank").
fn most_named(named: &[(String, usize, usize)], noun: &str) -> Option<String> {
    let holds = |n: &str| {
        n.split(' ').any(|w| {
            let w = w.to_lowercase();
            w == noun || w.strip_suffix('s') == Some(noun)
        })
    };
    let fitting: Vec<&(String, usize, usize)> = named.iter().filter(|n| holds(&n.0)).collect();
    let pool: Vec<&(String, usize, usize)> = if fitting.is_empty() {
        named.iter().collect()
    } else {
        fitting
    };
    match pool.as_slice() {
        [only] => Some(only.0.clone()),
        [first, second, ..] if first.1 > second.1 => Some(first.0.clone()),
        _ => None,
    }
}

/// Whether a name reads as an organisation's: not a place, a nationality, a month or a
/// weekday, and not a person's (a name opening with a given name or a title). A single word
/// stands for a person when it is the short form of a person's full name, which
/// [`Entities::canonical`] has already made it.
fn is_organisation(name: &str) -> bool {
    let lex = Lexicon::get();
    let vocabulary = vocabulary();
    let lower = name.to_lowercase();
    if lex.places.contains(&lower) {
        return false;
    }
    let Some(first) = lower.split(' ').next() else {
        return false;
    };
    let not_org = class::DEMONYM | class::MONTH | class::WEEKDAY | class::TITLE | class::ROLE;
    if name.split(' ').count() == 1 {
        return lex.class_of(&lower) & not_org == 0
            && !vocabulary.given.contains(lower.as_str())
            && name.chars().next().is_some_and(char::is_uppercase);
    }
    lex.class_of(first) & not_org == 0
        && !vocabulary.given.contains(first)
        && !lex.places.contains(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(doc: &str, kind: Kind, text: &str, sentence: &str) -> Mention {
        let start = sentence.find(text).unwrap_or(0);
        let mut m = Mention::new(doc, kind, text, start, start + text.len());
        m.sentence = sentence.to_owned();
        m
    }

    fn learn(mentions: &[Mention]) -> Entities {
        let names: Vec<String> = mentions
            .iter()
            .flat_map(|m| names_in(&m.sentence).into_iter().map(|(_, _, n)| n))
            .collect();
        Entities::learn(names.iter().map(String::as_str))
    }

    #[test]
    fn the_company_is_the_organisation_its_article_names_most() {
        let mentions = vec![
            figure(
                "a",
                Kind::Amount,
                "$300",
                "Zentrova Systems paid $300 per seat last year, Mira Kallis said.",
            ),
            figure(
                "a",
                Kind::Percent,
                "4 percent",
                "Zentrova Systems shares fell 4 percent while Orvane Ltd held steady.",
            ),
            figure(
                "a",
                Kind::Amount,
                "$2.1 billion",
                "The company said revenue rose to $2.1 billion.",
            ),
            figure(
                "b",
                Kind::Amount,
                "$7 million",
                "Analysts expect the firm to earn $7 million.",
            ),
        ];
        let entities = learn(&mentions);
        let found = resolve(&mentions, &entities);
        assert_eq!(found[2].as_deref(), Some("Zentrova Systems"));
        // Article b names no organisation: the description stays as it is.
        assert_eq!(found[3], None);
        // Figures with a description nowhere before them are left alone.
        assert_eq!(found[0], None);
    }

    #[test]
    fn a_speaker_organisation_wins_and_a_tie_resolves_nothing() {
        let mut spoken = figure(
            "a",
            Kind::Amount,
            "$1,200",
            "The firm said it would spend $1,200 per store.",
        );
        spoken.speaker = Some("Halvard Retail".to_owned());
        let mentions = vec![
            figure(
                "a",
                Kind::Count,
                "12",
                "Halvard Retail runs 12 depots, as many as Pellinor Foods.",
            ),
            spoken,
            figure(
                "b",
                Kind::Count,
                "40",
                "Quorvik Air flew 40 routes, more than Telmara Airlines.",
            ),
            figure(
                "b",
                Kind::Amount,
                "$3 billion",
                "The company was valued at $3 billion.",
            ),
            figure(
                "b",
                Kind::Amount,
                "$90 million",
                "The airline said it would cut $90 million in costs.",
            ),
            figure(
                "b",
                Kind::Count,
                "90",
                "The airline said it would cut 90 flights.",
            ),
        ];
        let entities = learn(&mentions);
        let found = resolve(&mentions, &entities);
        assert_eq!(found[1].as_deref(), Some("Halvard Retail"));
        // Two airlines named once each: "the company" could be either.
        assert_eq!(found[3], None);
        // "the airline" fits the name that holds "Airlines".
        assert_eq!(found[4].as_deref(), Some("Telmara Airlines"));
        // A count of what "the airline" does is not resolved: only sums are.
        assert_eq!(found[5], None);
    }

    #[test]
    fn people_and_places_are_not_organisations() {
        assert!(!is_organisation("Mary Horvath"));
        assert!(!is_organisation("Germany"));
        assert!(!is_organisation("President Lopez"));
        assert!(is_organisation("Zentrova Systems"));
        assert!(is_organisation("Zentrova"));
    }
}
