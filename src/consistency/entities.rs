//! Entities named in claim sentences, and their canonical forms: "Lopez" and "President Ana
//! Lopez" are both "Ana Lopez" when the corpus names only one Lopez; "Central Bank" is "Central
//! Bank of Freedonia" when that is the only longer name it begins. Found by capitalisation, with the
//! vocabularies of `data/lexicon` telling function words, titles, months and places apart.

use crate::model::claim::{Kind, Mention};
use crate::model::lexicon::{class, Lexicon};
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

/// Capitalised runs of a sentence, as written (titles and possessives stripped), with their
/// byte ranges.
pub fn names_in(sentence: &str) -> Vec<(usize, usize, String)> {
    let lex = Lexicon::get();
    let words = words_of(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !starts_name(lex, &words, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // Names run over spaces only: "Bank (of X)" or "Bank, X" are two names.
        let spaced = |a: usize, b: usize| sentence[words[a].1..words[b].0].trim().is_empty();
        loop {
            if j < words.len()
                && is_capitalised(words[j].2)
                && !is_stop(lex, words[j].2)
                && spaced(j - 1, j)
            {
                j += 1;
            } else if j + 1 < words.len()
                && spaced(j - 1, j)
                && spaced(j, j + 1)
                && matches!(words[j].2, "of" | "and")
                && is_capitalised(words[j + 1].2)
                && !is_stop(lex, words[j + 1].2)
            {
                j += 2;
            } else if j + 2 < words.len()
                && words[j].2 == "of"
                && words[j + 1].2 == "the"
                && is_capitalised(words[j + 2].2)
            {
                j += 3;
            } else {
                break;
            }
        }
        let (start, end) = (words[i].0, words[j - 1].1);
        let name = clean(&sentence[start..end]);
        if !name.is_empty() {
            out.push((start, end, name));
        }
        i = j;
    }
    out
}

fn starts_name(lex: &Lexicon, words: &[(usize, usize, &str)], i: usize) -> bool {
    let w = words[i].2;
    is_capitalised(w) && !is_stop(lex, w)
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `f` of `word` in lower case, with no allocation when the word is short ASCII (most words
/// looked up in the vocabularies are).
pub(super) fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
}

/// Capitalised words that do not begin or continue a name: sentence openers, months, days.
fn is_stop(lex: &Lexicon, w: &str) -> bool {
    let c = with_lowercase(w, |lower| lex.class_of(lower));
    c & (class::FUNCTION
        | class::DETERMINER
        | class::PRONOUN
        | class::MONTH
        | class::WEEKDAY
        | class::NUMBER)
        != 0
}

/// Words with their byte ranges: letters, digits, inner apostrophes and hyphens.
pub fn words_of(text: &str) -> Vec<(usize, usize, &str)> {
    Words::new(text).collect()
}

/// The words of [`words_of`], one at a time: a caller that reads them in order needs no list
/// (topic and quote words of every sentence of a corpus). ASCII is read byte by byte, other
/// characters decoded.
pub struct Words<'t> {
    text: &'t str,
    /// Where the next character begins.
    at: usize,
    /// Where the word being read began.
    start: Option<usize>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Words<'t> {
        Words {
            text,
            at: 0,
            start: None,
        }
    }

    /// Whether the character at `at` (if any) is a letter or digit.
    fn alphanumeric_at(&self, at: usize) -> bool {
        match self.text.as_bytes().get(at) {
            None => false,
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => self.text[at..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric),
        }
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = (usize, usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            let at = self.at;
            // Letter or digit; may join two parts of a word ("don't", "U.S", "co-operate").
            let (alphanumeric, joins) = if bytes[at].is_ascii() {
                self.at += 1;
                let b = bytes[at];
                (b.is_ascii_alphanumeric(), matches!(b, b'\'' | b'-' | b'.'))
            } else {
                let c = self.text[at..].chars().next().unwrap_or_default();
                self.at += c.len_utf8();
                (c.is_alphanumeric(), c == '’')
            };
            let inner = joins && self.start.is_some() && self.alphanumeric_at(self.at);
            if alphanumeric || inner {
                self.start.get_or_insert(at);
            } else if let Some(s) = self.start.take() {
                return Some((s, at, &self.text[s..at]));
            }
        }
        self.start
            .take()
            .map(|s| (s, self.text.len(), &self.text[s..]))
    }
}

/// Strips leading titles ("President") and a trailing possessive.
fn clean(name: &str) -> String {
    let lex = Lexicon::get();
    let mut name = name
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches('\'')
        .trim_end_matches('’');
    while let Some((first, rest)) = name.split_once(' ') {
        if with_lowercase(first, |lower| lex.class_of(lower)) & class::TITLE != 0 {
            name = rest;
        } else {
            break;
        }
    }
    name.replace('’', "'")
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
    fn names_are_capitalised_runs_without_openers_or_titles() {
        let found: Vec<String> = names_in(
            "After President Ana Lopez called on the Bank of Freedonia on Monday, the Ministry of the Interior (Home Office) spoke.",
        )
        .into_iter()
        .map(|(_, _, n)| n)
        .collect();
        assert_eq!(
            found,
            [
                "Ana Lopez",
                "Bank of Freedonia",
                "Ministry of the Interior",
                "Home Office"
            ]
        );
    }

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
