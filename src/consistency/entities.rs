//! Entities named in claim sentences, and their canonical forms: "Lopez" and "President Ana
//! Lopez" are both "Ana Lopez" when the corpus names only one Lopez; "Central Bank" is "Central
//! Bank of Freedonia" when that is the only longer name it begins. The names themselves are
//! found by [`crate::model::names`] (capitalisation, with the vocabularies of `data/lexicon`).

use crate::model::claim::{Kind, Mention};
use crate::model::lexicon::{class, Lexicon};
use crate::model::names::{is_capitalised, names_in};
use rustc_hash::{FxHashMap, FxHashSet};

/// The names in the sentences of date mentions ([`names_in`]), found once per sentence:
/// learning canonical forms and linking events both read them.
pub struct SentenceNames {
    /// Each mention's sentence, as an index into `names`; `u32::MAX` for mentions other than
    /// dates.
    sentence_of: Vec<u32>,
    names: Vec<Vec<(usize, usize, String)>>,
}

impl SentenceNames {
    /// Finds the names of the sentences of the date mentions of `mentions`, which are in doc
    /// order: each doc's sentences are told apart in a small map of their own, not in one map
    /// of every sentence of the corpus.
    pub fn find(mentions: &[Mention]) -> SentenceNames {
        debug_assert!(mentions.windows(2).all(|w| w[0].doc <= w[1].doc));
        let mut sentences: FxHashMap<&str, u32> = FxHashMap::default();
        let mut names = Vec::new();
        let mut sentence_of = Vec::with_capacity(mentions.len());
        for doc in mentions.chunk_by(|a, b| a.doc == b.doc) {
            sentences.clear();
            sentence_of.extend(doc.iter().map(|m| {
                if m.kind != Kind::Date {
                    return u32::MAX;
                }
                *sentences.entry(&m.sentence).or_insert_with(|| {
                    names.push(names_in(&m.sentence));
                    names.len() as u32 - 1
                })
            }));
        }
        SentenceNames { sentence_of, names }
    }

    /// The names in the sentence of mention `i`, if it is a date.
    pub fn of(&self, i: usize) -> Option<&[(usize, usize, String)]> {
        let k = *self.sentence_of.get(i)?;
        self.names.get(k as usize).map(Vec::as_slice)
    }

    /// Every name found, once per sentence it is in.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .flat_map(|found| found.iter().map(|(_, _, n)| n.as_str()))
    }
}

/// Canonical names for the entities of a corpus.
#[derive(Default)]
pub struct Entities {
    canonical: FxHashMap<String, String>,
}

impl Entities {
    /// Learns the canonical form of every name given (each as often as it occurs).
    pub fn learn<'a>(names: impl IntoIterator<Item = &'a str>) -> Entities {
        let lex = Lexicon::get();
        let distinct: FxHashSet<&str> = names.into_iter().collect();
        // Index longer names by their first and last word, so a short name finds its
        // candidates without a scan.
        let mut by_first: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        let mut by_last: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for &name in &distinct {
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() > 1 {
                by_first.entry(words[0]).or_default().push(name);
                by_last
                    .entry(words[words.len() - 1])
                    .or_default()
                    .push(name);
            }
        }
        let mut canonical = FxHashMap::default();
        for &name in &distinct {
            let words: Vec<&str> = name.split(' ').collect();
            let mut candidates: Vec<&str> = Vec::new();
            if words.len() == 1 {
                // A single word stands for a person named in full ("Lopez").
                if lex.class_of(&name.to_lowercase()) & (class::DEMONYM | class::ORG) != 0
                    || lex.places.contains(&name.to_lowercase())
                {
                    continue;
                }
                for list in [by_first.get(name), by_last.get(name)]
                    .into_iter()
                    .flatten()
                {
                    candidates.extend(list.iter().filter(|c| is_person_like(lex, c)));
                }
            } else if words.contains(&"of") {
                // "Party of Freedonia" is a full name already.
                continue;
            } else if let Some(list) = by_first.get(words[0]) {
                candidates.extend(list.iter().filter(|c| {
                    c.len() > name.len() && c.starts_with(name) && c.as_bytes()[name.len()] == b' '
                }));
            }
            candidates.sort_unstable_by_key(|c| (c.len(), *c));
            candidates.dedup();
            // Longer names that extend one another ("Party of Freedonia", "Party of Freedonia
            // Central Committee") are one reading: the shortest. Two that do not are two
            // readings, and the short name stays as it is.
            let Some(shortest) = candidates.first() else {
                continue;
            };
            if candidates.iter().all(|c| c.contains(shortest)) {
                canonical.insert(name.to_owned(), (*shortest).to_owned());
            }
        }
        Entities { canonical }
    }

    /// The canonical form of a name (itself when it has none).
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.canonical.get(name).map_or(name, String::as_str)
    }
}

/// Two or three capitalised words without "of" or an organisation word: a person's full name.
fn is_person_like(lex: &Lexicon, name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            is_capitalised(w)
                && lex.class_of(&lower) & (class::ORG | class::DEMONYM) == 0
                && !lex.places.contains(&lower)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_take_their_only_longer_form() {
        let e = Entities::learn([
            "Ana Lopez",
            "Lopez",
            "Central Bank",
            "Central Bank of Freedonia",
            "Freedonia",
            "Party of Freedonia",
            "Party of Freedonia Central Committee",
            "Party",
            "Smith",
            "John Smith",
            "Mary Smith",
        ]);
        assert_eq!(e.canonical("Lopez"), "Ana Lopez");
        assert_eq!(e.canonical("Central Bank"), "Central Bank of Freedonia");
        // Two Smiths: ambiguous, left alone.
        assert_eq!(e.canonical("Smith"), "Smith");
        assert_eq!(e.canonical("Freedonia"), "Freedonia");
        // Nested longer names: the shortest extension.
        assert_eq!(e.canonical("Party"), "Party");
        assert_eq!(e.canonical("Party of Freedonia"), "Party of Freedonia");
    }
}
