//! Which paragraphs of an article are not English: the rules for figures read English words
//! ("million", "people", "percent") around a number, and on a paragraph of another language
//! they read a list of ingredients or a race calendar as counts with no unit. A paragraph is
//! another language's when most of its letters are of another script (Cyrillic, Korean,
//! Japanese, Arabic), or when it holds more of another language's function words than of
//! English's (`data/words/function-words.tsv`). A paragraph too short to tell takes its
//! page's language.

use super::text::{Text, TokenKind};
use crate::model::lexicon::class;

/// Fewest words a paragraph needs to be told apart by its own words; a shorter one (a heading,
/// a list item, "2 eggs") takes its page's language.
const MIN_WORDS: usize = 4;
/// Fewest letters a paragraph needs to be told apart by its script ("報道によると" is one
/// word of six letters).
const MIN_LETTERS: usize = 6;
/// Fewest function words of another language that make a paragraph that language's: one or
/// two can be a name or a quoted phrase ("the Tour de France", "Dolce & Gabbana").
const MIN_FOREIGN_WORDS: usize = 3;

/// What a paragraph's words tell of its language.
#[derive(Clone, Copy, Default)]
struct Tally {
    words: usize,
    latin_letters: usize,
    other_letters: usize,
    english: usize,
    other: usize,
}

impl Tally {
    /// `Some(true)` when the paragraph is another language's, `Some(false)` when English's,
    /// `None` when it is too short or too bare to tell.
    fn foreign(&self) -> Option<bool> {
        let letters = self.latin_letters + self.other_letters;
        if letters >= MIN_LETTERS && self.other_letters > self.latin_letters {
            return Some(true);
        }
        if self.other >= MIN_FOREIGN_WORDS && self.other > 2 * self.english {
            return Some(true);
        }
        // English prose of a few words holds at least one of its function words; a run of
        // words with none ("Strikes Pier in Lisbon", "Receba em seu email") is a heading, a
        // name or another language's, as its page is.
        (self.words >= MIN_WORDS && self.english > 0).then_some(false)
    }
}

/// Whether a letter is of the Latin alphabet (ASCII and the Latin blocks up to U+024F:
/// "é", "ç", "ő", "ș").
fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// For each line (paragraph) of the text, whether it is in a language other than English.
pub fn foreign_lines(t: &Text) -> Vec<bool> {
    let mut tallies = vec![Tally::default(); t.lines.len()];
    let text = t.text.as_bytes();
    for (i, tok) in t.tokens.iter().enumerate() {
        if tok.kind != TokenKind::Word {
            continue;
        }
        let Some(tally) = tallies.get_mut(tok.line as usize) else {
            continue;
        };
        // Letters of words in ASCII are counted below, only on the lines where another
        // script's letters could outnumber them (most pages have none).
        let word = &text[tok.start..tok.end];
        if !word.is_ascii() {
            for c in t.tok(i).chars().filter(|c| c.is_alphabetic()) {
                if is_latin(c) {
                    tally.latin_letters += 1;
                } else {
                    tally.other_letters += 1;
                }
            }
        }
        tally.words += 1;
        // The words' bits were looked up once, lower-cased, when the text was cut into words;
        // another language's word counts only as written in lower case (a capitalised "Dan" is
        // a name).
        if t.has_class(i, class::ENGLISH_FUNCTION) {
            tally.english += 1;
        } else if t.has_class(i, class::FOREIGN_FUNCTION) && word == t.low_bytes(i) {
            tally.other += 1;
        }
    }
    for (line, tally) in t.lines.iter().zip(&mut tallies) {
        if tally.other_letters == 0 {
            continue;
        }
        let (first, end) = line.tokens;
        for tok in t.tokens.get(first..end).unwrap_or_default() {
            let word = &text[tok.start..tok.end];
            if tok.kind == TokenKind::Word && word.is_ascii() {
                tally.latin_letters += word.iter().filter(|b| b.is_ascii_alphabetic()).count();
            }
        }
    }
    // The page's language, for the paragraphs too short to tell: the one of most words among
    // the paragraphs that tell.
    let (mut foreign_words, mut english_words) = (0, 0);
    for tally in &tallies {
        match tally.foreign() {
            Some(true) => foreign_words += tally.words,
            Some(false) => english_words += tally.words,
            None => {}
        }
    }
    let page_foreign = foreign_words > english_words;
    tallies
        .iter()
        .map(|tally| tally.foreign().unwrap_or(page_foreign))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lexicon::Lexicon;

    fn foreign(text: &str) -> Vec<bool> {
        let lex = Lexicon::get();
        let t = Text::new(text, lex);
        foreign_lines(&t)
    }

    #[test]
    fn english_paragraphs_are_english() {
        assert_eq!(
            foreign(
                "Ferry Strikes Pier in Lisbon; 12 Hurt\n\nThe ferry hit the pier at dawn, \
                 the port authority said.\n\n2 eggs"
            ),
            vec![false, false, false]
        );
    }

    #[test]
    fn another_language_is_told_by_its_function_words() {
        let out = foreign(
            "O barco bateu no cais e a equipe não sabe o que é isso.\n\n\
             The ferry hit the pier at dawn, the port authority said in a statement.",
        );
        assert_eq!(out, vec![true, false]);
    }

    #[test]
    fn a_few_foreign_words_in_english_do_not_make_it_foreign() {
        assert_eq!(
            foreign("He rode the Tour de France and said it was le grand moment of his life."),
            vec![false]
        );
    }

    #[test]
    fn another_script_is_foreign_and_short_lines_take_the_page() {
        assert_eq!(
            foreign("Для основы нужно взять муку и сахар.\n\n2 яйца\n\n300 г"),
            vec![true, true, true]
        );
    }
}
