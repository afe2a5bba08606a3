//! Words and names of a text: words with their byte ranges ([`Words`]), and the capitalised
//! runs that name people, organisations and places ([`names_in`]), with the vocabularies of
//! `data/lexicon` telling sentence openers, months, titles and numbers apart. Story grouping
//! and the analysis both read them, so they live in the model rather than in either.

use crate::model::lexicon::{class, Lexicon};

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

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A word without its possessive ending ("summer's", "summer’s": "summer"), if it has one.
pub fn possessive_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// A word without its possessive ending, or the word itself when it has none.
pub fn without_possessive(w: &str) -> &str {
    possessive_stem(w).unwrap_or(w)
}

/// `f` of `word` in lower case, with no allocation when the word is short ASCII (most words
/// looked up in the vocabularies are).
pub fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
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
}
