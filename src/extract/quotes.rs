//! Quotations: spans between quotation marks, straight or curly, nested single quotes inside
//! double ones, and quotes left open at the end of a paragraph (the convention for quotes that
//! run on into the next paragraph).

use super::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted words, marks excluded, white space trimmed.
    pub start: usize,
    pub end: usize,
    /// Byte offset just past the closing mark, or the line end for a quote left open.
    pub after: usize,
    pub closed: bool,
    /// A quote inside another quote.
    pub nested: bool,
    /// Index of the line.
    pub line: usize,
}

impl QuoteSpan {
    /// Whether at least `n` words are quoted (counting stops there: quotes can be long).
    pub fn has_words(&self, text: &str, n: usize) -> bool {
        text[self.start..self.end]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .nth(n.saturating_sub(1))
            .is_some()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

pub fn find(t: &Text) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    for (line_idx, line) in t.lines.iter().enumerate() {
        if line.furniture {
            continue;
        }
        scan_line(t.text, line.start, line.end, line_idx, &mut out);
    }
    out.sort_by_key(|q| (q.start, q.end));
    out
}

fn scan_line(text: &str, start: usize, end: usize, line: usize, out: &mut Vec<QuoteSpan>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    // Only quotation marks matter: '"', '\'' and the curly ones, which all start with 0xE2 in
    // UTF-8. Other bytes are skipped without decoding.
    let marks = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes);
    // The end of a doubled mark already read ("’’" closing a double quote).
    let mut read_to = 0;
    for i in marks {
        if i < read_to {
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let at = start + i;
        let opens_after = |p: Option<char>| {
            p.is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '‘' | '“' | ':')
            })
        };
        let has_open = stack.iter().any(|(m, _)| *m == Mark::Double);
        match c {
            '“' => stack.push((Mark::Double, at)),
            // "appreciates her ”willingness to ...”": a closing mark where an opening one
            // belongs (after a space or at the paragraph's start, before a word) opens.
            '”' if !has_open
                && opens_after(prev)
                && prev != Some('“')
                && next.is_some_and(char::is_alphanumeric) =>
            {
                stack.push((Mark::Double, at))
            }
            '”' => close(text, &mut stack, Mark::Double, at, c.len_utf8(), line, out),
            '"' => {
                // "... at the same place."Our finding is ...": a quote glued by the crawler to
                // the sentence before it opens after its full stop when none is open.
                let glued = !has_open
                    && prev.is_some_and(|p| matches!(p, '.' | '!' | '?'))
                    && next.is_some_and(char::is_uppercase);
                if glued
                    || opens_after(prev)
                        && !(has_open
                            && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation()))
                {
                    stack.push((Mark::Double, at));
                } else {
                    close(text, &mut stack, Mark::Double, at, 1, line, out);
                }
            }
            '‘' => stack.push((Mark::Single, at)),
            '\'' if opens_after(prev) && next.is_some_and(char::is_alphanumeric) => {
                stack.push((Mark::Single, at))
            }
            // "“It was a lie,’’ she said": two closing single marks close a double quote
            // when no single one is open (typewriter quotes, ``...'', turned curly).
            '’' | '\''
                if next == Some(c) && stack.last().is_some_and(|(m, _)| *m == Mark::Double) =>
            {
                read_to = i + 2 * c.len_utf8();
                close(
                    text,
                    &mut stack,
                    Mark::Double,
                    at,
                    2 * c.len_utf8(),
                    line,
                    out,
                );
            }
            '’' | '\'' => {
                let apostrophe = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphabetic);
                if !apostrophe && stack.last().is_some_and(|(m, _)| *m == Mark::Single) {
                    close(text, &mut stack, Mark::Single, at, c.len_utf8(), line, out);
                }
            }
            _ => {}
        }
    }
    // A double quote still open at the end of the paragraph runs to its end; so does a single
    // one that opened the paragraph (the convention of outlets that quote with single marks).
    let opens_paragraph = |open: usize| text[start..open].trim().is_empty();
    if let Some(&(_, open)) = stack
        .iter()
        .find(|(m, open)| *m == Mark::Double || opens_paragraph(*open))
    {
        let nested = false;
        push(text, open, end, end, false, nested, line, out);
    }
}

#[allow(clippy::too_many_arguments)]
fn close(
    text: &str,
    stack: &mut Vec<(Mark, usize)>,
    mark: Mark,
    at: usize,
    len: usize,
    line: usize,
    out: &mut Vec<QuoteSpan>,
) {
    let Some(pos) = stack.iter().rposition(|(m, _)| *m == mark) else {
        return; // a closing mark with no opening one: an apostrophe or a stray
    };
    let (_, open) = stack[pos];
    stack.truncate(pos);
    let nested = !stack.is_empty();
    push(text, open, at, at + len, true, nested, line, out);
}

#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    open: usize,
    close: usize,
    after: usize,
    closed: bool,
    nested: bool,
    line: usize,
    out: &mut Vec<QuoteSpan>,
) {
    let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[open + mark_len..close];
    let start = open + mark_len + (inner.len() - inner.trim_start().len());
    let end = open + mark_len + inner.trim_end().len();
    if start < end {
        out.push(QuoteSpan {
            open,
            start,
            end,
            after,
            closed,
            nested,
            line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lexicon::Lexicon;

    fn quotes(s: &str) -> Vec<(String, bool, bool)> {
        let t = Text::new(s, Lexicon::get());
        find(&t)
            .into_iter()
            .map(|q| (s[q.start..q.end].to_owned(), q.closed, q.nested))
            .collect()
    }

    #[test]
    fn two_closing_single_marks_close_a_double_quote() {
        assert_eq!(
            quotes("“We will not give up on the town,’’ the mayor said."),
            [("We will not give up on the town,".into(), true, false)]
        );
        assert_eq!(
            quotes("\"The boat was late again,'' Ann said. \"It always is.\""),
            [
                ("The boat was late again,".into(), true, false),
                ("It always is.".into(), true, false)
            ]
        );
    }

    #[test]
    fn curly_straight_and_mixed_marks() {
        assert_eq!(
            quotes("He said “we won,” and she said \"we lost.\""),
            [
                ("we won,".into(), true, false),
                ("we lost.".into(), true, false)
            ]
        );
        assert_eq!(
            quotes("Ann \"will come back soon,” Bo said."),
            [("will come back soon,".into(), true, false)]
        );
    }

    #[test]
    fn nested_quotes_and_apostrophes() {
        let got = quotes("“They told me, ‘Don’t talk about the ‘leak’ at all.’ I didn’t.”");
        assert_eq!(
            got[0].0,
            "They told me, ‘Don’t talk about the ‘leak’ at all.’ I didn’t."
        );
        assert_eq!(
            got[1],
            ("Don’t talk about the ‘leak’ at all.".into(), true, true)
        );
        assert_eq!(got[2], ("leak".into(), true, true));
    }

    #[test]
    fn a_quote_glued_to_the_sentence_before_it() {
        // No space after the full stop: the crawler joined two paragraphs.
        assert_eq!(
            quotes("The team met at noon.\"Our boats came back full,\" said Ann Vole."),
            [("Our boats came back full,".into(), true, false)]
        );
    }

    #[test]
    fn a_closing_mark_where_the_opening_one_belongs() {
        assert_eq!(
            quotes("She thanked the mayor for his ”patience with all of us.”"),
            [("patience with all of us.".into(), true, false)]
        );
        assert_eq!(
            quotes("”We will build it again,” he said."),
            [("We will build it again,".into(), true, false)]
        );
    }

    #[test]
    fn single_quotes_that_open_a_paragraph_run_to_its_end() {
        let got = quotes("'Basic things first. The rain falls here.\n\n'Build a gutter.'");
        assert_eq!(
            got,
            [
                (
                    "Basic things first. The rain falls here.".into(),
                    false,
                    false
                ),
                ("Build a gutter.".into(), true, false)
            ]
        );
        // Not a single mark opened inside the paragraph: it may be an apostrophe.
        assert!(quotes("The 'old days of the port are gone.").is_empty());
    }

    #[test]
    fn open_quotes_run_to_the_paragraph_end() {
        let got = quotes("“First part of it.\n\n“Second part.”");
        assert_eq!(
            got,
            [
                ("First part of it.".into(), false, false),
                ("Second part.".into(), true, false)
            ]
        );
    }
}
