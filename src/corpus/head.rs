//! The head of an article: the dateline that states when it was published, and the line that
//! serves as its title when no metadata gives one.
//!
//! Both are looked for only in the first [`HEAD_LINES`] non-blank lines, because a date further
//! down is about the story, not the article. The dateline openings ("Published at:") are data, in
//! `data/lexicon/datelines.tsv`; month and weekday names come from the [`Lexicon`].

use super::{Published, PublishedBasis};
use crate::model::lexicon::{FurnitureRule, Lexicon};
use crate::model::time::{Date, Period};
use std::sync::OnceLock;

/// How many non-blank lines at the start of an article are searched.
pub(super) const HEAD_LINES: usize = 30;

/// A first line this long (in code points) or longer is body text, not a title.
const MAX_TITLE_CHARS: usize = 200;

const DATELINES: &str = include_str!("../../data/lexicon/datelines.tsv");

/// What a dateline's date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DatelineKind {
    /// The publication date.
    Published,
    /// A later revision: the publication date was no later than this.
    Updated,
}

/// Dateline openings (lower case) with their kind; rows that do not parse are left out, and a
/// test checks that there are none.
fn parse_openings(text: &str) -> Vec<(String, DatelineKind)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (opening, kind) = l.split_once('\t')?;
            let kind = match kind.trim() {
                "published" => DatelineKind::Published,
                "updated" => DatelineKind::Updated,
                _ => return None,
            };
            Some((opening.to_owned(), kind))
        })
        .collect()
}

fn openings() -> &'static [(String, DatelineKind)] {
    static OPENINGS: OnceLock<Vec<(String, DatelineKind)>> = OnceLock::new();
    OPENINGS.get_or_init(|| parse_openings(DATELINES))
}

/// The first [`HEAD_LINES`] non-blank lines, trimmed, each with the code-point offset of its
/// first non-blank character in `text`.
fn head_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n')
        .map(move |line| {
            let start = offset;
            offset += line.chars().count() + 1;
            (start, line)
        })
        .filter_map(|(start, line)| {
            let trimmed = line.trim_start();
            let lead = line.len() - trimmed.len();
            let lead_chars = line.get(..lead).map_or(0, |s| s.chars().count());
            let trimmed = trimmed.trim_end();
            (!trimmed.is_empty()).then_some((start + lead_chars, trimmed))
        })
        .take(HEAD_LINES)
}

/// The byte length and kind of the dateline opening `line` starts with, if any.
fn opening(line: &str) -> Option<(usize, DatelineKind)> {
    openings().iter().find_map(|(opening, kind)| {
        let head = line.get(..opening.len())?;
        if !head.eq_ignore_ascii_case(opening) {
            return None;
        }
        // "Posted on" must not match "Posted online".
        let ends_in_word = opening.chars().last().is_some_and(char::is_alphanumeric);
        let next = line
            .get(opening.len()..)
            .and_then(|rest| rest.chars().next());
        if ends_in_word && next.is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some((opening.len(), *kind))
    })
}

/// The publication date stated in a dateline near the top of `text`: the first "published"
/// dateline, else the first "updated" one, else `None`.
pub(super) fn find_dateline(text: &str) -> Option<Published> {
    let mut updated = None;
    for (start, line) in head_lines(text) {
        let Some((len, kind)) = opening(line) else {
            continue;
        };
        let rest = line.get(len..).unwrap_or("");
        let date_text = rest.trim_start();
        let Some((date, date_len)) = parse_date(date_text) else {
            continue;
        };
        let end = len + (rest.len() - date_text.len()) + date_len;
        let Some(dateline) = line.get(..end) else {
            continue;
        };
        let published = Published {
            period: Period::day(date),
            basis: PublishedBasis::Dateline {
                start,
                text: dateline.to_owned(),
            },
        };
        match kind {
            DatelineKind::Published => return Some(published),
            DatelineKind::Updated => {
                updated.get_or_insert(published);
            }
        }
    }
    updated
}

/// The first non-blank line of `text` when it is short enough to be a title, passing over page
/// furniture and datelines. For Markdown, heading marks are removed.
pub(super) fn title_line(text: &str, markdown: bool) -> Option<String> {
    let lexicon = Lexicon::get();
    for (_, line) in head_lines(text) {
        let line = if markdown {
            line.trim_start_matches('#').trim()
        } else {
            line
        };
        if line.is_empty() || is_furniture(lexicon, line) || opening(line).is_some() {
            continue;
        }
        return (line.chars().count() < MAX_TITLE_CHARS).then(|| line.to_owned());
    }
    None
}

fn is_furniture(lexicon: &Lexicon, line: &str) -> bool {
    let lower = line.to_lowercase();
    lexicon.furniture.iter().any(|rule| match rule {
        FurnitureRule::Heading(h) => lower == *h,
        FurnitureRule::Prefix(p) => lower.starts_with(p.as_str()),
        FurnitureRule::Contains(c) => lower.contains(c.as_str()),
    })
}

/// A position in a string being read left to right; it only ever stops on char boundaries.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.pos += c.len_utf8();
        }
        found
    }

    /// Skips whitespace and says whether there was any.
    fn spaces(&mut self) -> bool {
        let rest = self.rest();
        let skipped = rest.len() - rest.trim_start().len();
        self.pos += skipped;
        skipped > 0
    }

    /// A run of ASCII characters satisfying `f`.
    fn run(&mut self, f: impl Fn(u8) -> bool) -> &'a str {
        let rest = self.rest();
        let len = rest.bytes().take_while(|&b| f(b)).count();
        self.pos += len;
        rest.get(..len).unwrap_or("")
    }

    /// A number of exactly `min..=max` digits, not followed by another digit.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let digits = self.run(|b| b.is_ascii_digit());
        if !(min..=max).contains(&digits.len()) {
            return None;
        }
        digits.parse().ok()
    }

    fn word(&mut self) -> &'a str {
        self.run(|b| b.is_ascii_alphabetic())
    }

    /// A month name or abbreviation, with its optional period.
    fn month(&mut self) -> Option<u32> {
        let month = Lexicon::get().month(self.word())?;
        self.eat('.');
        Some(month)
    }

    /// A day of the month, with an optional ordinal suffix ("6th"): letters glued to the digits
    /// can only be one.
    fn day(&mut self) -> Option<u32> {
        let day = self.number(1, 2)?;
        let at = self.pos;
        if self.word().len() != 2 {
            self.pos = at;
        }
        Some(day)
    }

    fn year(&mut self) -> Option<i32> {
        self.number(4, 4).and_then(|y| i32::try_from(y).ok())
    }
}

/// A date at the start of `s`, written `Mar. 4, 2021`, `March 4th 2021`, `4 March 2021`
/// or `2021-03-04`, optionally after a weekday ("Thursday, Mar. 4, 2021"). Returns the date and
/// the byte length of its text.
pub(super) fn parse_date(s: &str) -> Option<(Date, usize)> {
    let mut c = Cursor { s, pos: 0 };
    let weekday = c.word().to_ascii_lowercase();
    if !weekday.is_empty() && Lexicon::get().weekdays.contains_key(&weekday) {
        c.eat('.');
        c.eat(',');
        c.spaces();
    } else {
        c.pos = 0;
    }
    let body = c.pos;
    type Form = fn(&mut Cursor) -> Option<Date>;
    let forms: [Form; 3] = [iso_date, month_first, day_first];
    forms.iter().find_map(|form| {
        c.pos = body;
        form(&mut c).map(|date| (date, c.pos))
    })
}

fn iso_date(c: &mut Cursor) -> Option<Date> {
    let year = c.year()?;
    c.eat('-').then_some(())?;
    let month = c.number(2, 2)?;
    c.eat('-').then_some(())?;
    Date::from_ymd(year, month, c.number(2, 2)?)
}

fn month_first(c: &mut Cursor) -> Option<Date> {
    let month = c.month()?;
    c.spaces();
    let day = c.day()?;
    let comma = c.eat(',');
    (c.spaces() || comma).then_some(())?;
    Date::from_ymd(c.year()?, month, day)
}

fn day_first(c: &mut Cursor) -> Option<Date> {
    let day = c.day()?;
    c.spaces().then_some(())?;
    let month = c.month()?;
    let comma = c.eat(',');
    (c.spaces() || comma).then_some(())?;
    Date::from_ymd(c.year()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::Precision;

    fn dateline(text: &str) -> Option<(String, usize, String)> {
        let published = find_dateline(text)?;
        assert_eq!(published.period.precision, Precision::Day);
        match published.basis {
            PublishedBasis::Dateline { start, text } => {
                Some((published.period.from.to_string(), start, text))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_opening_parses() {
        let rows = DATELINES
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        assert_eq!(openings().len(), rows.count());
        assert!(openings().iter().all(|(o, _)| *o == o.to_lowercase()));
    }

    #[test]
    fn reads_each_date_form() {
        for (line, date) in [
            ("Published at: Mar. 4, 2021", "2021-03-04"),
            ("Published: March 4, 2021", "2021-03-04"),
            ("Published on 4 March 2021", "2021-03-04"),
            ("POSTED ON 2021-03-04", "2021-03-04"),
            ("Posted: Thursday, Mar 4th, 2021 at 10:00", "2021-03-04"),
            ("Updated: 4th Mar. 2021", "2021-03-04"),
            ("Date: Sept. 30,2019", "2019-09-30"),
        ] {
            let (found, start, text) =
                dateline(&format!("Title\n\n{line}\n")).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(found, date, "{line}");
            assert_eq!(start, 7, "{line}");
            assert!(line.starts_with(&text), "{line}: {text}");
        }
    }

    #[test]
    fn dateline_offset_counts_code_points() {
        let text = "Acme’s “plan” — ünïcode\r\n  Published at: Mar. 4, 2021 | 5 min read\n";
        let (date, start, dateline_text) = dateline(text).unwrap();
        assert_eq!(date, "2021-03-04");
        assert_eq!(dateline_text, "Published at: Mar. 4, 2021");
        let chars: Vec<char> = text.chars().collect();
        let at: String = chars[start..start + dateline_text.chars().count()]
            .iter()
            .collect();
        assert_eq!(at, dateline_text);
    }

    #[test]
    fn no_date_without_a_dateline() {
        for text in [
            "",
            "The summit took place on Mar. 4, 2021.\n",
            "Published: recently\n",
            "Posted online Mar. 4, 2021\n",
            "Published: Nov. 31, 2019\n",
            "Published: 2021-03-041\n",
            "Published: Nov 2019\n",
            "Date: 32 November 2019\n",
        ] {
            assert_eq!(find_dateline(text), None, "{text:?}");
        }
        let late = format!("{}Published: Mar. 4, 2021\n", "line\n".repeat(HEAD_LINES));
        assert_eq!(find_dateline(&late), None);
    }

    #[test]
    fn a_published_dateline_beats_an_updated_one() {
        let text = "Updated: Mar. 8, 2021\nPublished: Mar. 4, 2021\n";
        assert_eq!(dateline(text).unwrap().0, "2021-03-04");
        assert_eq!(dateline("Updated: Mar. 8, 2021\n").unwrap().0, "2021-03-08");
    }

    #[test]
    fn never_panics_on_generated_heads() {
        const PIECES: [&str; 16] = [
            "Published:",
            "posted on",
            "Nov.",
            "May",
            "Wednesday",
            " ",
            ",",
            "6",
            "th",
            "2019",
            "-",
            "11",
            "\n",
            "\r",
            "é",
            "中",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 30) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            if let Some(Published {
                basis: PublishedBasis::Dateline { start, text: found },
                ..
            }) = find_dateline(&text)
            {
                let at: String = text
                    .chars()
                    .skip(start)
                    .take(found.chars().count())
                    .collect();
                assert_eq!(at, found, "{text:?}");
            }
            title_line(&text, true);
        }
    }

    #[test]
    fn title_is_the_first_short_line() {
        assert_eq!(
            title_line("\n\n  A Title  \nBody.", false).as_deref(),
            Some("A Title")
        );
        assert_eq!(title_line("## A Title\n", true).as_deref(), Some("A Title"));
        assert_eq!(
            title_line(
                "Accessibility links\nPublished: Mar. 4, 2021\nReal Title\n",
                false
            )
            .as_deref(),
            Some("Real Title")
        );
        assert_eq!(title_line(&"word ".repeat(60), false), None);
        assert_eq!(title_line("", false), None);
    }
}
