//! The article's text as extraction sees it: lines (paragraphs), page furniture, tokens and
//! sentences. Everything here works in byte offsets into the article text; `extract` turns
//! them into code-point offsets once, at the end.
//!
//! One file, because its parts (lines, furniture, tokens with their word classes, sentences)
//! build one [`Text`] together and share its private helpers; its tests are a quarter of it.

use crate::model::lexicon::{class, FurnitureRule, Lexicon};
use rustc_hash::FxHashSet as HashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters: "5G", "24th", "$5bn" after the symbol).
    Word,
    /// Digits with internal separators: "4,125", "9.2".
    Number,
    /// Any other single character that is not white space.
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Index of the line (paragraph) the token stands in.
    pub line: u32,
    /// Case of a word, computed once: [`CAPITALIZED`], [`MIXED_CASE`].
    pub case: u8,
    /// The word holds an ASCII digit ("40bn", "US6", "50p"): the detectors of figures glued
    /// to letters try no other word.
    pub digits: bool,
    /// The vocabularies the word belongs to (`lexicon::class` bits).
    pub class: u32,
}

/// The word starts with a capital letter.
pub const CAPITALIZED: u8 = 1;
/// The word starts in lower case but has a capital inside ("cnLedger", "iPhone").
pub const MIXED_CASE: u8 = 2;

// `matches!`, not `==`: the derived comparison also reads a punctuation mark's character,
// and these run at nearly every token of every pass.
impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word)
    }
    pub fn is_number(&self) -> bool {
        matches!(self.kind, TokenKind::Number)
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

/// A line of the article: a paragraph, a heading or a caption.
#[derive(Clone, Copy, Debug)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub furniture: bool,
    /// First token of the line, and one past its last.
    pub tokens: (usize, usize),
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// First token, and one past the last.
    pub tokens: (usize, usize),
    pub line: u32,
}

/// The segmented article.
pub struct Text<'a> {
    pub text: &'a str,
    /// ASCII-lowercased copy: same byte offsets, cheap case-insensitive lookups.
    pub lower: String,
    pub lines: Vec<Line>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// For each block of [`TOKEN_BLOCK`] bytes, the tokens that end at or before its first
    /// byte: [`Text::token_at`] starts from there, a few tokens from its answer.
    token_blocks: Vec<u32>,
}

/// Bytes of text per entry of [`Text::token_at`]'s index.
const TOKEN_BLOCK: usize = 64;

impl<'a> Text<'a> {
    pub fn new(text: &'a str, lexicon: &Lexicon) -> Text<'a> {
        let lower = text.to_ascii_lowercase();
        let mut lines = split_lines(text);
        mark_furniture(&mut lines, text, &lower, lexicon);
        let mut tokens = Vec::with_capacity(text.len() / 4);
        for (i, line) in lines.iter_mut().enumerate() {
            let first = tokens.len();
            if !line.furniture {
                let span = (line.start, line.end);
                tokenize(text, lower.as_bytes(), lexicon, span, i as u32, &mut tokens);
            }
            line.tokens = (first, tokens.len());
        }
        let mut token_blocks = Vec::with_capacity(text.len() / TOKEN_BLOCK + 1);
        let mut ended = 0;
        for block in 0..=text.len() / TOKEN_BLOCK {
            let at = block * TOKEN_BLOCK;
            while ended < tokens.len() && tokens[ended].end <= at {
                ended += 1;
            }
            token_blocks.push(ended as u32);
        }
        let mut t = Text {
            text,
            lower,
            lines,
            tokens,
            sentences: Vec::new(),
            token_blocks,
        };
        t.sentences = t.split_sentences(lexicon);
        t
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The token lower-cased (ASCII only). (In line: it is asked at nearly every token, by
    /// many rules, and a call costs more than the slice.)
    #[inline(always)]
    pub fn low(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.lower[t.start..t.end]
    }

    /// The token's bytes lower-cased (ASCII only): [`Text::low`] without the character-boundary
    /// checks of a `str` slice, for the tests that run at every token.
    #[inline]
    pub fn low_bytes(&self, i: usize) -> &[u8] {
        let t = &self.tokens[i];
        &self.lower.as_bytes()[t.start..t.end]
    }

    /// True when nothing but spaces stands between tokens `i` and `i + 1`... or rather, when
    /// they touch (no space at all): "four-day", "US$200".
    pub fn touching(&self, i: usize, j: usize) -> bool {
        j < self.tokens.len() && self.tokens[i].end == self.tokens[j].start
    }

    /// True when tokens `i` and `j` (i < j) are in the same line.
    pub fn same_line(&self, i: usize, j: usize) -> bool {
        j < self.tokens.len() && self.tokens[i].line == self.tokens[j].line
    }

    /// Whether the word at `i` belongs to a vocabulary (`lexicon::class` bits).
    pub fn has_class(&self, i: usize, bits: u32) -> bool {
        self.tokens[i].class & bits != 0
    }

    /// Whether token `i`, lower-cased, is in `set`, the vocabulary whose words carry the class
    /// `bits`: a word's bits answer (set from the same list, for the same lower-cased text),
    /// any other token is looked up.
    #[inline]
    pub fn low_in(&self, i: usize, bits: u32, set: &HashSet<String>) -> bool {
        let tok = &self.tokens[i];
        if tok.is_word() {
            tok.class & bits != 0
        } else {
            set.contains(self.low(i))
        }
    }

    /// As [`Text::low_in`] for the token with its final periods trimmed ("u.s." is looked up
    /// as "u.s"): only a word that ends in a period is looked up.
    #[inline(always)]
    pub fn trimmed_low_in(&self, i: usize, bits: u32, set: &HashSet<String>) -> bool {
        // (The last byte read first: the word's `str` slice is made only for a lookup.)
        let tok = &self.tokens[i];
        if tok.is_word() && self.lower.as_bytes()[tok.end - 1] != b'.' {
            tok.class & bits != 0
        } else {
            set.contains(self.low(i).trim_end_matches('.'))
        }
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens[i].case & CAPITALIZED != 0
    }

    /// The sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.end <= at);
        (idx < self.sentences.len() && self.sentences[idx].start <= at).then_some(idx)
    }

    /// The token index at or after byte offset `at`.
    pub fn token_at(&self, at: usize) -> usize {
        // The tokens that end before the block holding `at`, then those of the block: a
        // block of text holds a handful of tokens, where a binary search over all of them
        // takes a dozen steps (this is asked at every figure, date and quote, and more).
        let Some(&before) = self.token_blocks.get(at / TOKEN_BLOCK) else {
            return self.tokens.partition_point(|t| t.end <= at);
        };
        let mut k = before as usize;
        while k < self.tokens.len() && self.tokens[k].end <= at {
            k += 1;
        }
        k
    }

    pub fn line_of_offset(&self, at: usize) -> usize {
        self.lines
            .partition_point(|l| l.end < at)
            .min(self.lines.len().saturating_sub(1))
    }

    fn split_sentences(&self, lexicon: &Lexicon) -> Vec<Sentence> {
        let mut out = Vec::new();
        for line in &self.lines {
            let (first, last) = line.tokens;
            if first == last {
                continue;
            }
            let mut start = first;
            let mut i = first;
            while i < last {
                if i - start >= MAX_SENTENCE_TOKENS {
                    // A line with no sentence end (a table, a list, a page flattened into one
                    // line) is cut into pieces: every mention keeps a copy of its sentence,
                    // and rules scan sentences, so one unbounded sentence costs its length
                    // times its mentions in memory and time.
                    out.push(self.sentence(start, i));
                    start = i;
                }
                if self.ends_sentence(i, last, lexicon) {
                    // Closing quotes and brackets after the stop belong to the sentence.
                    let mut end = i + 1;
                    while end < last
                        && self.touching(end - 1, end)
                        && is_closer(self.tokens[end].kind)
                    {
                        end += 1;
                    }
                    out.push(self.sentence(start, end));
                    start = end;
                    i = end;
                    continue;
                }
                i += 1;
            }
            if start < last {
                out.push(self.sentence(start, last));
            }
        }
        out
    }

    fn sentence(&self, first: usize, last: usize) -> Sentence {
        Sentence {
            start: self.tokens[first].start,
            end: self.tokens[last - 1].end,
            tokens: (first, last),
            line: self.tokens[first].line,
        }
    }

    fn ends_sentence(&self, i: usize, last: usize, lexicon: &Lexicon) -> bool {
        let c = match self.tokens[i].kind {
            TokenKind::Punct(c @ ('.' | '!' | '?' | '…')) => c,
            _ => return false,
        };
        // The next token that is not a closing quote or bracket.
        let mut j = i + 1;
        while j < last && self.touching(j - 1, j) && is_closer(self.tokens[j].kind) {
            j += 1;
        }
        if j >= last {
            return true;
        }
        if self.tokens[j].start == self.tokens[j - 1].end {
            // "3.5", "U.S.", ".com": no space after the stop; but a scraped page loses the
            // space between sentences ("launched this week.The satellite"): a word in lower
            // case, the stop, then a capitalised word in lower case after its first letter.
            return c == '.' && j == i + 1 && self.run_on_sentence(i, lexicon);
        }
        let next_starts_sentence = self.is_capitalized(j)
            || self.tokens[j].is_number()
            || matches!(
                self.tokens[j].kind,
                TokenKind::Punct('“' | '"' | '‘' | '(' | '[')
            );
        if !next_starts_sentence {
            return false;
        }
        if c == '.' && i > 0 && self.touching(i - 1, i) && self.tokens[i - 1].is_word() {
            if self.has_class(i - 1, class::ABBREVIATION) {
                return false;
            }
            // A single capital letter is an initial ("John F. Kennedy").
            if self.low(i - 1).len() == 1 && self.is_capitalized(i - 1) {
                return false;
            }
        }
        true
    }

    /// A stop at `i` with no space on either side between two sentences run together:
    /// "week.The". Abbreviations, initials, domains ("example.com") and names written with
    /// a dot ("Node.JS", "Amazon.Com") are not.
    fn run_on_sentence(&self, i: usize, lexicon: &Lexicon) -> bool {
        if i == 0 || i + 1 >= self.tokens.len() || !self.touching(i - 1, i) {
            return false;
        }
        let (prev, next) = (self.tok(i - 1), self.tok(i + 1));
        let lower_word = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase());
        let mut rest = next.bytes();
        rest.next().is_some_and(|b| b.is_ascii_uppercase())
            && next.len() >= 2
            && rest.all(|b| b.is_ascii_lowercase())
            && lower_word(prev)
            && !self.low_in(i - 1, class::ABBREVIATION, &lexicon.abbreviations)
    }
}

/// Tokens in the longest sentence: a real sentence of news has well under a hundred words,
/// a run of text with no sentence end is cut after this many.
const MAX_SENTENCE_TOKENS: usize = 400;

fn is_closer(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Punct('”' | '"' | '’' | '\'' | ')' | ']'))
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        push_line(text, start, i, &mut lines);
        start = i + 1;
    }
    push_line(text, start, text.len(), &mut lines);
    lines
}

fn push_line(text: &str, start: usize, end: usize, lines: &mut Vec<Line>) {
    let raw = &text[start..end];
    let trimmed_start = start + (raw.len() - raw.trim_start().len());
    let trimmed_end = start + raw.trim_end().len();
    if trimmed_start < trimmed_end {
        lines.push(Line {
            start: trimmed_start,
            end: trimmed_end,
            furniture: false,
            tokens: (0, 0),
        });
    }
}

/// Marks page furniture by the rules of `data/lexicon/furniture.tsv`: a furniture heading
/// ends the article text, other rules drop single lines.
/// Longest line (in bytes) that can be page furniture.
const MAX_FURNITURE_LINE: usize = 250;
/// Shortest line (in bytes) read as a paragraph of the story's prose, not a teaser's title.
const MIN_PROSE_LINE: usize = 400;
/// Shortest line (in bytes) read as prose when it ends a sentence: teasers' titles are short
/// and have no full stop, a wire story's paragraphs are often one sentence of 150 bytes.
const MIN_SENTENCE_LINE: usize = 120;

/// Whether a line reads as a paragraph of the story rather than a teaser's title.
fn is_prose(lower: &str, line: &Line) -> bool {
    let len = line.end - line.start;
    let text = lower[line.start..line.end].trim_end_matches(['”', '"', '’', '\'', ')']);
    len > MIN_PROSE_LINE || (len >= MIN_SENTENCE_LINE && text.ends_with(['.', '?', '!']))
}

fn mark_furniture(lines: &mut [Line], text: &str, lower: &str, lexicon: &Lexicon) {
    mark_galleries(lines, lower);
    mark_numbered_galleries(lines, lower);
    mark_pull_quotes(lines, lower);
    mark_repeated_video_titles(lines, lower);
    let mut rest_is_furniture = false;
    // A paragraph of prose after a furniture heading shows the heading to be an inline
    // teaser ("Read more" between two paragraphs of the story): then only its own line is
    // furniture, and the article goes on.
    let prose_from: Vec<bool> = {
        let mut v = vec![false; lines.len() + 1];
        for k in (0..lines.len()).rev() {
            v[k] = v[k + 1] || is_prose(lower, &lines[k]);
        }
        v
    };
    for (li, line) in lines.iter_mut().enumerate() {
        if rest_is_furniture {
            line.furniture = true;
            continue;
        }
        let raw = &text[line.start..line.end];
        if is_kicker_teasers(raw) {
            line.furniture = true;
            continue;
        }
        let text = lower[line.start..line.end]
            .trim_end_matches([':', '.'])
            .trim();
        // Furniture lines are short: a paragraph of article text is not searched for them,
        // unless it opens with a furniture phrase (a newsletter box or a "most read" list
        // flattened into one long line: "Newsletter Sign Up Continue reading ...") or is a
        // flattened menu.
        if text.len() > MAX_FURNITURE_LINE {
            line.furniture |=
                lexicon.furniture_index.opens_with_phrase(text) || is_navigation_run(raw);
            continue;
        }
        if is_print_stamp(text) || is_video_title(text) {
            line.furniture = true;
            continue;
        }
        // The first rule the line matches decides (one pass of the rules' automaton); a line
        // already marked (a gallery's caption, a pull quote) is only tried on the first rule.
        let first = lexicon.furniture_index.first_match(text);
        let first = first.filter(|&r| r == 0 || !line.furniture);
        match first.and_then(|r| lexicon.furniture.get(r)) {
            Some(FurnitureRule::Heading(h)) => {
                rest_is_furniture = !(lexicon.teaser_headings.contains(h) && prose_from[li + 1]);
                line.furniture = true;
            }
            // "Posted on Weibo, the images ...": a stamp's opening ending in "on" makes a stamp
            // only before a date ("Posted on March 3, 2019").
            Some(FurnitureRule::Prefix(p))
                if p.ends_with(" on") && !opens_with_date_word(lexicon, &text[p.len()..]) => {}
            Some(_) => line.furniture = true,
            None => {}
        }
    }
}

/// Whether `rest` (lower case) opens with a word a date starts with: a number, a month's or a
/// weekday's name.
fn opens_with_date_word(lexicon: &Lexicon, rest: &str) -> bool {
    let word = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_digit())
        || lexicon.month(word).is_some()
        || lexicon.weekdays.contains_key(word)
}

/// Fewest words of a flattened navigation menu.
const MENU_WORDS: usize = 30;

/// A site's navigation menu or archive list flattened into one line ("Sections Select Section
/// News Sport Travel ... Archives Select Month May 2016 April 2016 ..."): many words, nearly all
/// opening with a capital or a digit, and not one ending a clause or a sentence. A paragraph of
/// prose has lower-case words and commas or full stops, a headline in title case is short. The
/// menu's years and numbers are the site's, not the article's claims.
fn is_navigation_run(line: &str) -> bool {
    // Every paragraph comes here: one where a word ends a clause before another word (a
    // stop or comma, then an ASCII space, then more text) is prose, found by a byte search
    // before the words are split.
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr3(b' ', b'\t', b'\n', &bytes[from..]) {
        let at = from + k;
        if at > 0
            && matches!(bytes[at - 1], b',' | b'.' | b'?' | b'!' | b';')
            && !line[at..].trim_start().is_empty()
        {
            return false;
        }
        from = at + 1;
    }
    let (mut words, mut capitalised) = (0usize, 0usize);
    let mut ends_clause = false;
    for w in line.split_whitespace() {
        // A clause or sentence ends inside the line: prose (the line's last word may end it).
        if ends_clause {
            return false;
        }
        ends_clause = w.ends_with([',', '.', '?', '!', ';']);
        words += 1;
        // A capital, a digit or a sign ("+", "–"): anything but a lower-case letter.
        capitalised += usize::from(w.chars().next().is_some_and(|c| !c.is_lowercase()));
    }
    words >= MENU_WORDS && capitalised * 100 >= words * 85
}

/// Kickers in capitals a line of teasers holds ("STORM WARNING Rain is on its way TOP TIPS
/// How to …"), each opening the title of another story.
const TEASER_KICKERS: usize = 3;

/// A line of other stories' teasers run together, each title after a kicker of two words or
/// more in capitals, the line opening with one: links to other stories, not the article's
/// text (their prices and dates are no claims of it). A paragraph of the story has no run of
/// capitals at its start and seldom three.
fn is_kicker_teasers(line: &str) -> bool {
    // A word in capitals: two letters or more, no lower case ("OF", "XXX", "PROBLEM?").
    let caps = |w: &str| {
        let letters = w.trim_end_matches(['?', '!', ':', ',']);
        letters.len() >= 2
            && letters
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'\'')
    };
    // Every paragraph comes here: one that does not open with two such words is none, and
    // one whose first two bytes are not capitals (or apostrophes) opens with no such word (the
    // line opens with no white space).
    let cap = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_uppercase() || b == b'\'');
    if !(cap(line.as_bytes().first()) && cap(line.as_bytes().get(1))) {
        return false;
    }
    let mut first_two = line.split_whitespace().take(2);
    if !(first_two.next().is_some_and(caps) && first_two.next().is_some_and(caps)) {
        return false;
    }
    let mut runs = 0;
    let mut run = 0;
    let mut opens = false;
    for (n, w) in line.split_whitespace().enumerate() {
        if caps(w) {
            run += 1;
            continue;
        }
        if run >= 2 {
            runs += 1;
            opens |= n == run;
        }
        run = 0;
    }
    if run >= 2 {
        runs += 1;
    }
    opens && runs >= TEASER_KICKERS
}

/// Words a pull quote shares with the paragraph it repeats, from its start.
const PULL_QUOTE_WORDS: usize = 8;

/// A pull quote: a short line with no closing mark ("I've seen estimates that ... Jane Roe")
/// whose opening words stand inside a longer paragraph of the article. It repeats the story;
/// its own words are not the article's text. A headline printed twice is a whole line
/// repeated, not a pull quote, and the headline that a dateline's line repeats is the first.
fn mark_pull_quotes(lines: &mut [Line], lower: &str) {
    for k in 1..lines.len() {
        let l = &lines[k];
        let text = lower[l.start..l.end].trim();
        if text.is_empty()
            || text.len() > MAX_FURNITURE_LINE
            || text.ends_with(['.', '?', '!', ':', '”', '"', '’', '\''])
        {
            continue;
        }
        let words: Vec<&str> = text.split_whitespace().take(PULL_QUOTE_WORDS).collect();
        if words.len() < PULL_QUOTE_WORDS {
            continue;
        }
        let needle = words.join(" ");
        // The words hold no line break and open and close on no white space, so they can
        // only stand inside one line's text: the whole text is searched at once, and a match
        // counts in a longer line (not this one).
        let len = l.end - l.start;
        let elsewhere = memchr::memmem::find_iter(lower.as_bytes(), needle.as_bytes()).any(|at| {
            let m = lines.partition_point(|x| x.start <= at);
            m > 0
                && lines[m - 1].end - lines[m - 1].start > len
                && inside_quotation(&lower[lines[m - 1].start..at])
        });
        if elsewhere {
            lines[k].furniture = true;
        }
    }
}

/// Words a line must hold to be taken for a video's title repeated from a player's list.
const VIDEO_TITLE_WORDS: usize = 3;

/// A video player's list flattened into one line prints every clip as "TITLE | 1:21"; the
/// titles printed again on lines of their own below it are the player's links, not the
/// story's text (data/gold/SCHEMA.md: video titles are furniture). A line is such a title when
/// its whole text, followed by " | " and a clip's length, stands inside another line. Texts
/// with no " | " before a clip's length are not searched.
fn mark_repeated_video_titles(lines: &mut [Line], lower: &str) {
    let bars: Vec<usize> = memchr::memmem::find_iter(lower.as_bytes(), b" | ")
        .filter(|&at| clip_length_at(&lower[at + 3..]))
        .collect();
    if bars.is_empty() {
        return;
    }
    let mut needle = String::new();
    for l in lines.iter_mut() {
        let text = lower[l.start..l.end].trim();
        if text.is_empty()
            || text.len() > MAX_FURNITURE_LINE
            || text.split_whitespace().nth(VIDEO_TITLE_WORDS - 1).is_none()
        {
            continue;
        }
        needle.clear();
        needle.push_str(text);
        needle.push_str(" | ");
        let (start, end) = (l.start, l.end);
        // Each bar before a clip's length: does this title end just before it, elsewhere?
        let repeated = bars.iter().any(|&bar| {
            bar + 3 >= needle.len()
                && (bar + 3 - needle.len() < start || bar >= end)
                && lower[..bar + 3].ends_with(needle.as_str())
        });
        if repeated {
            l.furniture = true;
        }
    }
}

/// Whether `s` opens with a clip's length, "1:21" or "12:05", and no more digits.
fn clip_length_at(s: &str) -> bool {
    let b = s.as_bytes();
    let minutes = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&minutes)
        && b.get(minutes) == Some(&b':')
        && b.len() >= minutes + 3
        && b[minutes + 1].is_ascii_digit()
        && b[minutes + 2].is_ascii_digit()
        && !b.get(minutes + 3).is_some_and(|c| c.is_ascii_digit())
}

/// Whether a paragraph's text up to a point leaves a quotation open there: a pull quote
/// repeats a speaker's words, where a caption or a summary's bullet that repeats the story's
/// narration describes the story and is its text (data/gold/SCHEMA.md).
fn inside_quotation(before: &str) -> bool {
    let straight = before.matches('"').count() % 2 == 1;
    let curly = match (before.rfind('“'), before.rfind('”')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    };
    straight || curly
}

/// A print edition's stamp, a line wholly in brackets that ends with its page: "(The Daily
/// 10/03/2017 page4)".
fn is_print_stamp(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('(').and_then(|x| x.strip_suffix(')')) else {
        return false;
    };
    let inner = inner
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    inner.len() < 80 && inner.ends_with("page")
}

/// A video's title as a player prints it, ending with the clip's length after a bar
/// ("Shares slide 09:41 AM ET Tue, 14 Mar 2023 | 02:15"): a teaser, not the story's text.
fn is_video_title(text: &str) -> bool {
    // The clip's length ends the text: a text that does not end in a digit is searched no
    // further (every short line comes here).
    if !text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((_, length)) = text.rsplit_once('|') else {
        return false;
    };
    let length = length.trim();
    let Some((minutes, seconds)) = length.split_once(':') else {
        return false;
    };
    (1..=2).contains(&minutes.len())
        && seconds.len() == 2
        && minutes
            .bytes()
            .chain(seconds.bytes())
            .all(|b| b.is_ascii_digit())
}

/// Words a gallery's captions open with, all alike.
const GALLERY_PREFIX_WORDS: usize = 5;
/// Captions of one gallery it takes to call them one.
const GALLERY_MIN_CAPTIONS: usize = 3;
/// Lines with text that may stand between two captions of one gallery (a credit or a caption's
/// second line): captions come in a run, prose that repeats its opening is spread out.
const GALLERY_MAX_GAP: usize = 1;

/// A photo gallery: three or more paragraphs in a run that open with the same five words (the
/// gallery's title repeated before every caption), or wherever they stand when those words hold
/// a label's colon ("Photos: …"). Its captions are not the article's text. Paragraphs of prose
/// that open alike far apart ("The Acme Rail Corporation said …" three times in a story) are not
/// a gallery, nor are statements in a run ("The Acme Rail Corporation said …" in paragraphs
/// one after another): a gallery's title does not speak.
fn mark_galleries(lines: &mut [Line], lower: &str) {
    // The line's text up to the white space after its fifth word.
    let prefix = |l: &Line| opening_words(lower[l.start..l.end].trim_start(), GALLERY_PREFIX_WORDS);
    // Lines with one opening share its first eight bytes (five words and the white space
    // between them take nine or more): only lines whose first eight bytes open two other
    // lines too are read word by word (most articles have none).
    let key = |l: &Line| {
        let b = lower[l.start..l.end].trim_start().as_bytes();
        let mut k = [0u8; 8];
        let n = b.len().min(8);
        k[..n].copy_from_slice(&b[..n]);
        (u64::from_le_bytes(k), n)
    };
    let mut keys: Vec<(u64, usize)> = lines.iter().map(key).collect();
    keys.sort_unstable();
    let shared: Vec<(u64, usize)> = keys
        .chunk_by(|a, b| a == b)
        .filter(|g| g.len() >= GALLERY_MIN_CAPTIONS && g[0].1 == 8)
        .map(|g| g[0])
        .collect();
    if shared.is_empty() {
        return;
    }
    let mut by_prefix: Vec<(&str, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| shared.contains(&key(l)))
        .filter_map(|(i, l)| prefix(l).map(|p| (p, i)))
        .collect();
    // Most articles have no opening written three times: counted, not sorted.
    let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
    if !by_prefix.iter().any(|(p, _)| {
        let count = counts.entry(p).or_default();
        *count += 1;
        *count >= GALLERY_MIN_CAPTIONS
    }) {
        return;
    }
    by_prefix.sort_unstable();
    // Each line's place among the lines with text, so blank lines do not part captions.
    let mut ordinal = Vec::with_capacity(lines.len());
    let mut k = 0;
    for l in lines.iter() {
        ordinal.push(k);
        if !lower[l.start..l.end].trim().is_empty() {
            k += 1;
        }
    }
    for group in by_prefix.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < GALLERY_MIN_CAPTIONS {
            continue;
        }
        let labelled = group[0].0.contains(':');
        // "The Acme Rail Corporation said …" is a statement, not a picture's title.
        let lex = Lexicon::get();
        if !labelled
            && group[0]
                .0
                .split_whitespace()
                .any(|w| lex.class_of(w) & class::SPEECH != 0)
        {
            continue;
        }
        let mut run = 0;
        for j in 1..=group.len() {
            let parted = j == group.len()
                || ordinal[group[j].1] - ordinal[group[j - 1].1] > GALLERY_MAX_GAP + 1;
            if parted {
                if labelled || j - run >= GALLERY_MIN_CAPTIONS {
                    for &(_, i) in &group[run..j] {
                        lines[i].furniture = true;
                    }
                }
                run = j;
            }
        }
        let gallery: Vec<(&str, usize)> = group
            .iter()
            .filter(|&&(_, i)| lines[i].furniture)
            .copied()
            .collect();
        if gallery.len() >= GALLERY_MIN_CAPTIONS {
            keep_captions(lines, lower, &gallery);
        }
    }
}

/// The place of a picture in a numbered gallery that opens a line ("3/16 A mother and …"): the
/// picture's number and the gallery's size, the number no larger than the size.
fn gallery_place(line: &str) -> Option<(u32, u32)> {
    let line = line.trim_start();
    // The place opens with a digit: other lines (nearly all; every line comes here) are not
    // split.
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (place, _) = line.split_once(' ')?;
    let (k, n) = place.split_once('/')?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (k, n) = (number(k)?, number(n)?);
    (1..=n).contains(&k).then_some((k, n))
}

/// A numbered gallery: three or more paragraphs in a run that open with a picture's place,
/// "1/16", "2/16", "3/16" …, one gallery's size and the numbers counting up from one, after a
/// line with the gallery's control ("16 show all Hope and Fear") and its title. A gallery under
/// a title other than the article's headline is a neighbouring story's: its captions, the
/// control and the title are furniture (their years and dates are the pictures', not the
/// story's). Paragraphs of a list that merely open with a fraction do not count up so.
fn mark_numbered_galleries(lines: &mut [Line], lower: &str) {
    let text_of = |l: &Line| lower[l.start..l.end].trim();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !text_of(&lines[i]).is_empty())
        .collect();
    let headline = headline_of(lines, lower);
    let mut k = 0;
    while k < filled.len() {
        let Some((1, size)) = gallery_place(text_of(&lines[filled[k]])) else {
            k += 1;
            continue;
        };
        // The run of captions numbered 1, 2, 3 … of one size.
        let mut end = k + 1;
        while end < filled.len()
            && gallery_place(text_of(&lines[filled[end]]))
                == Some((u32::try_from(end - k + 1).unwrap_or(u32::MAX), size))
        {
            end += 1;
        }
        if end - k < GALLERY_MIN_CAPTIONS || size < 3 {
            k = end;
            continue;
        }
        // The control before the captions, and the title that control repeats.
        let control = k
            .checked_sub(1)
            .map(|c| filled[c])
            .filter(|&c| text_of(&lines[c]).contains("show all"));
        let title = control.and_then(|c| {
            let t = text_of(&lines[c]);
            t.split_once("show all").map(|(_, title)| title.trim())
        });
        if title.is_some_and(|t| !t.is_empty() && t != headline) {
            for &i in &filled[k..end] {
                lines[i].furniture = true;
            }
            if let Some(c) = control {
                lines[c].furniture = true;
                let before = k.checked_sub(2).map(|b| filled[b]);
                if let Some(b) = before.filter(|&b| Some(text_of(&lines[b])) == title) {
                    lines[b].furniture = true;
                }
            }
        }
        k = end;
    }
}

/// `text` up to the white space after its `n`th word (`text` opens with none), if it has
/// that many words and white space after them. Read a byte at a time: only the bytes that
/// open white space beyond ASCII (U+0085 and U+00A0; U+1680; U+2000 to U+205F; U+3000) are
/// decoded, and the bytes of other characters are stepped over (every line comes here).
fn opening_words(text: &str, n: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut after_space = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b < 0x80 {
            ((b as char).is_whitespace(), 1)
        } else if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            let (c, len) = char_at(text, i)?;
            (c.is_whitespace(), len)
        } else {
            (false, 1)
        };
        if space && !after_space {
            words += 1;
            if words == n {
                return text.get(..i);
            }
        }
        after_space = space;
        i += len;
    }
    None
}

/// A gallery whose every caption ends with the gallery's control ("Hide Caption 3 of 12",
/// `data/words/gallery-controls.txt`) and whose title is the article's headline is the story
/// told in pictures: its captions are the article's text. Each line is narrowed to its caption: the words all its lines open with
/// (the gallery's title) and the control after the caption are furniture, left out of the
/// line, and the caption keeps its offsets in the article.
fn keep_captions(lines: &mut [Line], lower: &str, group: &[(&str, usize)]) {
    // Each line's first byte after white space, and where its caption ends.
    let mut spans = Vec::with_capacity(group.len());
    for &(_, i) in group {
        let l = &lines[i];
        let text = &lower[l.start..l.end];
        let from = l.start + (text.len() - text.trim_start().len());
        match caption_end(&lower[from..l.end]) {
            Some(end) => spans.push((from, from + end)),
            None => return,
        }
    }
    // The longest opening all the lines share, cut back to a boundary between words.
    let bytes = lower.as_bytes();
    let first = &bytes[spans[0].0..spans[0].1];
    let mut shared = first.len();
    for &(from, end) in &spans[1..] {
        shared = first[..shared]
            .iter()
            .zip(&bytes[from..end])
            .take_while(|(a, b)| a == b)
            .count();
    }
    // (A picture with no caption has the title alone before its control.)
    let at_boundary = |&(from, end): &(usize, usize)| {
        from + shared == end || bytes[from + shared].is_ascii_whitespace()
    };
    if !spans.iter().all(at_boundary) {
        shared = first[..shared]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .unwrap_or(0);
    }
    // The gallery tells the story when its title is the article's headline (the first line);
    // a gallery under another title is a neighbouring story's, furniture.
    let title = std::str::from_utf8(&first[..shared])
        .unwrap_or_default()
        .trim_end();
    let headline = headline_of(lines, lower).trim_end_matches(['.', ':']);
    let label = title.strip_suffix(headline).map(str::trim_end);
    if headline.is_empty() || !label.is_some_and(|l| l.is_empty() || l.ends_with(':')) {
        return;
    }
    for (&(_, i), &(from, end)) in group.iter().zip(&spans) {
        let caption = &lower[from + shared..end];
        let start = end - caption.trim_start().len();
        if start < end {
            let line = &mut lines[i];
            line.start = start;
            line.end = end;
            line.furniture = false;
        }
    }
}

/// The article's headline: its first line with text, trimmed (lower case, as `lower` is).
fn headline_of<'a>(lines: &[Line], lower: &'a str) -> &'a str {
    lines
        .iter()
        .map(|l| lower[l.start..l.end].trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
}

/// Where a gallery's caption ends: before the control and the caption's place in the gallery
/// that close the line ("… Hide Caption 3 of 12"), the white space before them left out. None
/// when the line does not end so.
fn caption_end(line: &str) -> Option<usize> {
    static CONTROLS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let controls = CONTROLS.get_or_init(|| {
        let mut v: Vec<&str> =
            crate::model::lexicon::word_set(include_str!("../../data/words/gallery-controls.txt"))
                .into_iter()
                .collect();
        // The longest first: "hide caption" before "caption".
        v.sort_unstable_by_key(|c| std::cmp::Reverse(c.len()));
        v
    });
    let digits = |s: &str| s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let text = line.trim_end();
    let total = digits(text);
    let rest = text[..text.len() - total].strip_suffix(" of ")?;
    let place = digits(rest);
    let rest = rest[..rest.len() - place].strip_suffix(' ')?;
    if total == 0 || place == 0 {
        return None;
    }
    let control = controls.iter().find(|c| {
        rest.strip_suffix(*c)
            .is_some_and(|before| before.ends_with(char::is_whitespace))
    })?;
    let caption = rest[..rest.len() - control.len()].trim_end();
    (!caption.is_empty()).then_some(caption.len())
}

/// The character at byte `i` and its length; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// The runs of letters and digits of `s`, as `s.split(|c: char| !c.is_alphanumeric())` gives
/// them less its empty pieces; ASCII is read a byte at a time, without decoding.
pub fn alphanumeric_runs(s: &str) -> AlphanumericRuns<'_> {
    AlphanumericRuns { s, at: 0 }
}

pub struct AlphanumericRuns<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Iterator for AlphanumericRuns<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // ASCII a byte at a time from the class table; other characters decoded.
        let bytes = self.s.as_bytes();
        loop {
            let b = *bytes.get(self.at)?;
            if b < 0x80 {
                if ASCII_CLASS[usize::from(b)] & ASCII_ALNUM != 0 {
                    break;
                }
                self.at += 1;
            } else {
                let (c, len) = char_at(self.s, self.at)?;
                if is_alphanumeric(c) {
                    break;
                }
                self.at += len;
            }
        }
        let start = self.at;
        while let Some(&b) = bytes.get(self.at) {
            if b < 0x80 {
                self.at += 1;
                if ASCII_CLASS[usize::from(b)] & ASCII_ALNUM == 0 {
                    return Some(&self.s[start..self.at - 1]);
                }
            } else {
                let Some((c, len)) = char_at(self.s, self.at) else {
                    break;
                };
                self.at += len;
                if !is_alphanumeric(c) {
                    return Some(&self.s[start..self.at - len]);
                }
            }
        }
        Some(&self.s[start..])
    }
}

/// `c.is_alphanumeric()`, answered at once for the General Punctuation block (U+2000 to
/// U+206F: spaces, dashes, curly quotes, the ellipsis), which holds no letter or digit: the
/// standard library looks every other character beyond ASCII up in two tables, and news text
/// writes its quotes and dashes with these.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// Bits of [`ASCII_CLASS`]: an ASCII letter or digit, a letter, a capital letter, a digit.
const ASCII_ALNUM: u8 = 1;
const ASCII_LETTER: u8 = 2;
const ASCII_UPPER: u8 = 4;
const ASCII_DIGIT: u8 = 8;

/// Each byte's [`ASCII_ALNUM`], [`ASCII_LETTER`], [`ASCII_UPPER`] and [`ASCII_DIGIT`] bits
/// (0 for every byte that is not an ASCII letter or digit).
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            ASCII_ALNUM | ASCII_DIGIT
        } else if c.is_ascii_lowercase() {
            ASCII_ALNUM | ASCII_LETTER
        } else if c.is_ascii_uppercase() {
            ASCII_ALNUM | ASCII_LETTER | ASCII_UPPER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Splits the line `start..end` of `text` into tokens, each word's class bits looked up in
/// `lower` (the text ASCII-lowercased) as it is pushed: the tokens are not read again for it.
fn tokenize(
    text: &str,
    lower: &[u8],
    lexicon: &Lexicon,
    (start, end): (usize, usize),
    line: u32,
    out: &mut Vec<Token>,
) {
    // The bytes up to the line's end: an index below `end` needs no other bound.
    let line_bytes = &text.as_bytes()[..end];
    let mut i = start;
    while i < end {
        let b = line_bytes[i];
        // The first character's class: an ASCII byte from the table, with no decoding (the
        // common case); any other character decoded.
        let (len, mut has_letter, mut has_upper, mut digits, first_upper, first_lower);
        if b < 0x80 {
            let bits = ASCII_CLASS[usize::from(b)];
            if bits == 0 {
                // A space, other white space, or a punctuation mark.
                if b != b' ' && !(b as char).is_whitespace() {
                    out.push(Token {
                        start: i,
                        end: i + 1,
                        kind: TokenKind::Punct(b as char),
                        line,
                        case: 0,
                        digits: false,
                        class: 0,
                    });
                }
                i += 1;
                continue;
            }
            len = 1;
            has_letter = bits & ASCII_LETTER != 0;
            has_upper = bits & ASCII_UPPER != 0;
            digits = bits & ASCII_DIGIT != 0;
            first_upper = has_upper;
            first_lower = has_letter && !has_upper;
        } else {
            let Some((d, dlen)) = char_at(text, i) else {
                break;
            };
            if d.is_whitespace() {
                i += dlen;
                continue;
            }
            if !is_alphanumeric(d) {
                out.push(Token {
                    start: i,
                    end: i + dlen,
                    kind: TokenKind::Punct(d),
                    line,
                    case: 0,
                    digits: false,
                    class: 0,
                });
                i += dlen;
                continue;
            }
            len = dlen;
            has_letter = d.is_alphabetic();
            has_upper = d.is_uppercase();
            digits = false;
            first_upper = has_upper;
            first_lower = d.is_lowercase();
        }
        let tok_start = i;
        // ASCII digits after the first character are all read by the byte loop below (it
        // stops at no ASCII letter or digit).
        let mut dotted = false;
        let mut j = i + len;
        loop {
            // ASCII letters and digits, the common case, a byte at a time: one load from the
            // table a byte, its bits gathered for the whole run.
            let mut seen = 0;
            let mut run = 0;
            for &b in &line_bytes[j..] {
                let bits = ASCII_CLASS[usize::from(b)];
                if bits == 0 {
                    break;
                }
                seen |= bits;
                run += 1;
            }
            j += run;
            has_letter |= seen & ASCII_LETTER != 0;
            has_upper |= seen & ASCII_UPPER != 0;
            digits |= seen & ASCII_DIGIT != 0;
            // (Most tokens end at a space: no character to decode.)
            if j >= end || line_bytes[j] == b' ' {
                break;
            }
            let Some((d, dlen)) = char_at(text, j) else {
                break;
            };
            if is_alphanumeric(d) {
                has_letter |= d.is_alphabetic();
                has_upper |= d.is_uppercase();
                j += dlen;
                continue;
            }
            // Separators inside a token: "4,125", "9.2", "don't", "Ann’s", "U.S.". The
            // character after one is read only at a separator (most tokens end at a space).
            let next = || {
                char_at(text, j + dlen)
                    .filter(|_| j + dlen < end)
                    .map(|x| x.0)
            };
            let joins = match d {
                ',' | '.' if !has_letter => {
                    next().is_some_and(|n| n.is_ascii_digit()) && is_digit_group(&text[..end], j, d)
                }
                '\'' | '’' => has_letter && next().is_some_and(char::is_alphabetic),
                '.' => {
                    // Dotted abbreviations of single letters: "U.S.", "e.g.", "i.e.".
                    let single = text[tok_start..j].chars().count() == 1;
                    let bytes = text.as_bytes();
                    let letter_dot =
                        j + 2 < end && bytes[j + 1].is_ascii_alphabetic() && bytes[j + 2] == b'.';
                    (single && letter_dot) || (dotted && next().is_some_and(char::is_alphabetic))
                }
                _ => false,
            };
            if !joins {
                break;
            }
            dotted |= d == '.' && has_letter;
            j += dlen;
        }
        // Keep the final period of a dotted abbreviation ("U.S.").
        if dotted && j < end && text.as_bytes()[j] == b'.' {
            j += 1;
        }
        let (kind, class) = if has_letter {
            (
                TokenKind::Word,
                lexicon.class_of_bytes(&lower[tok_start..j]),
            )
        } else {
            (TokenKind::Number, 0)
        };
        let case = if first_upper {
            CAPITALIZED
        } else if has_upper && first_lower {
            MIXED_CASE
        } else {
            0
        };
        out.push(Token {
            start: tok_start,
            end: j,
            kind,
            line,
            case,
            digits,
            class,
        });
        i = j;
    }
}

/// A comma joins digits only as a thousands separator (three digits follow); a period joins
/// digits as a decimal point.
fn is_digit_group(s: &str, at: usize, sep: char) -> bool {
    if sep == '.' {
        return true;
    }
    let after = &s.as_bytes()[at + 1..];
    after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && after.get(3).is_none_or(|b| !b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        let t = Text::new(s, Lexicon::get());
        (0..t.tokens.len()).map(|i| t.tok(i).to_owned()).collect()
    }

    #[test]
    fn token_at_is_the_first_token_ending_after_the_offset() {
        // Every offset of a text of several blocks of the index (and past its end), against
        // a count of the tokens that end at or before it.
        let s = "The crane lifted 4,125 tonnes. Ana Roe, a \"rigger\", said: “Slowly.”\n\n"
            .repeat(6)
            + "Last line é ü 12.5 % — done";
        let t = Text::new(&s, Lexicon::get());
        assert!(s.len() > 4 * TOKEN_BLOCK);
        for at in 0..s.len() + 3 {
            let by_count = t.tokens.iter().filter(|tok| tok.end <= at).count();
            assert_eq!(t.token_at(at), by_count, "offset {at}");
        }
    }

    #[test]
    fn opening_words_end_at_any_white_space() {
        // The same answer as reading the text a character at a time, for every white space
        // character of Unicode and other characters of one to four bytes around them.
        let by_chars = |text: &str, n: usize| -> Option<String> {
            let mut words = 0;
            let mut after_space = true;
            for (i, c) in text.char_indices() {
                let space = c.is_whitespace();
                if space && !after_space {
                    words += 1;
                    if words == n {
                        return Some(text[..i].to_owned());
                    }
                }
                after_space = space;
            }
            None
        };
        let spaces = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        let others = [
            'x', 'é', '—', '“', '€', '\u{1680}', '\u{3001}', '😀', '\u{85}', '\u{a1}',
        ];
        for space in spaces {
            for other in others {
                let text = format!("a{other}b{space}{other}{space}{space}c d{space}e");
                for n in 1..6 {
                    assert_eq!(
                        opening_words(&text, n).map(str::to_owned),
                        by_chars(&text, n),
                        "{text:?} {n}"
                    );
                }
            }
        }
        assert_eq!(opening_words("one two three", 2), Some("one two"));
        assert_eq!(opening_words("one two", 2), None);
    }

    #[test]
    fn tokenizes_numbers_words_and_abbreviations() {
        assert_eq!(
            tokens("over 12,400 units, 7.5 million"),
            ["over", "12,400", "units", ",", "7.5", "million"]
        );
        assert_eq!(tokens("the U.S. economy"), ["the", "U.S.", "economy"]);
        assert_eq!(
            tokens("Acme’s 4G-ready, don't"),
            ["Acme’s", "4G", "-", "ready", ",", "don't"]
        );
        assert_eq!(
            tokens("US$40bn in 1,2"),
            ["US", "$", "40bn", "in", "1", ",", "2"]
        );
    }

    #[test]
    fn alphanumeric_runs_are_the_pieces_of_a_split_at_other_characters() {
        for s in [
            "",
            " ",
            "“We’ll  rebuild — 40 homes,” she said.",
            "naïve café: 3½ × 2",
            "x",
            "é—",
            "ab,,cd",
            "a…b‘c’ ⁰ x\u{2009}y",
        ] {
            let split: Vec<&str> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(alphanumeric_runs(s).collect::<Vec<_>>(), split, "{s:?}");
        }
    }

    #[test]
    fn the_general_punctuation_block_holds_no_letter_or_digit() {
        for c in ('\u{1FFF}'..='\u{2070}').chain(['a', 'Z', '7', 'é', '½', '“', ' ', '.']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn splits_sentences_but_not_at_abbreviations() {
        let s = "Mr. Smith came on Feb. 3. He left. Dr. Jones said “Fine.” Then 5 more came.";
        let t = Text::new(s, Lexicon::get());
        let got: Vec<&str> = t.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(
            got,
            [
                "Mr. Smith came on Feb. 3.",
                "He left.",
                "Dr. Jones said “Fine.”",
                "Then 5 more came."
            ]
        );
    }

    #[test]
    fn sentences_run_together_by_a_lost_space_are_split() {
        let s = "It flew this week.The crew landed at example.com in the U.S.A. on Node.JS day.";
        let t = Text::new(s, Lexicon::get());
        let got: Vec<&str> = t.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(
            got,
            [
                "It flew this week.",
                "The crew landed at example.com in the U.S.A. on Node.JS day."
            ]
        );
    }

    #[test]
    fn a_pull_quote_repeating_a_paragraph_is_furniture() {
        let s = "Prices Fall Again As Traders Sell Off Their Coins In Panic\n\n\
                 Prices Fall Again As Traders Sell Off Their Coins In Panic\n\n\
                 He said: \"I have read reports that between 15 and 25 percent of trading went through one exchange.\"\n\n\
                 I have read reports that between 15 and 25 percent of trading went through Dunmore Jane Roe\n\n\
                 Image caption Traders watch the screens as the prices of the coins fall again\n";
        let t = Text::new(s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture, [false, false, false, true, false]);
    }

    #[test]
    fn a_caption_repeating_the_narration_is_text() {
        let s = "Lesk Ferry Wreck Found\n\n\
                 The Lesk ferry sank in 2015 after a storm off the Tarrow coast\n\n\
                 Divers said the wreck was found at dawn. The Lesk ferry sank in 2015 after a storm off the Tarrow coast, and 12 crew were saved.\n";
        let t = Text::new(s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture, [false, false, false]);
    }

    #[test]
    fn a_long_line_opening_with_furniture_is_furniture() {
        let box_ = format!(
            "Newsletter Sign Up {}",
            "Get the briefing delivered to your inbox Monday through Friday. ".repeat(5)
        );
        let s = format!("Acme sold 40 cars.\n\n{box_}\n\nRivals sold 12 cars.\n");
        let t = Text::new(&s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture, [false, true, false]);
    }

    #[test]
    fn a_flattened_navigation_menu_is_furniture() {
        let menu = "Topics Select Topic HOME NEWS World Politics Business 2019 Elections \
                    Science Health Travel Food Culture Books Music 2018 Awards Film Reviews \
                    Sport Cricket Tennis Golf Archives Select Month March 2019 February 2019 \
                    January 2019 December 2018 November 2018";
        assert!(is_navigation_run(menu));
        // Prose, however capitalised, has clauses; a headline in title case is short.
        let prose = "The Harbour Board Chairman Told The Quillon Port Authority On Monday \
                     That The Eastern Berth Would Close, And The Ferry Company Said It Would \
                     Move Its Sailings To The Western Quay For Three Weeks Of Repairs.";
        assert!(!is_navigation_run(prose));
        let headline = "Quillon Ferry Operator Moves Sailings To Western Quay As Eastern Berth \
                        Shuts For Three Weeks Of Repairs";
        assert!(!is_navigation_run(headline));
        let lower_case = "news from the harbour board and the ferry company on the eastern \
                          berth and the western quay and the repairs and the sailings and the \
                          weeks ahead for the port and its people and its many visitors";
        assert!(!is_navigation_run(lower_case));
    }

    #[test]
    fn a_line_of_teasers_after_kickers_in_capitals_is_furniture() {
        let lex = Lexicon::get();
        let t = Text::new(
            "The Vandor mill reopened on Monday.\n\nSTORM WATCH Rain due in Lesk TOP DEAL \
             This kettle costs £20 and boils in 40 seconds BIG WIN Tarrow fans cheer\n\nThe \
             NEW OWNER paid £3m, the TARN COUNCIL said, and FULL DETAILS follow.",
            lex,
        );
        let kept: Vec<&str> = t.tokens.iter().map(|x| &t.text[x.start..x.end]).collect();
        assert!(!kept.contains(&"kettle"), "{kept:?}");
        assert!(
            kept.contains(&"Vandor") && kept.contains(&"OWNER"),
            "{kept:?}"
        );
    }

    #[test]
    fn a_video_title_with_its_length_is_furniture() {
        let s = "Acme sold 40 cars.\nAcme shares soar 30% 10:02 AM ET Mon, 3 May 2021 | 01:25\n";
        let t = Text::new(s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture, [false, true]);
    }

    #[test]
    fn video_titles_repeated_from_a_player_list_are_furniture() {
        let s = "Acme opened a plant in Tolby.\n\
                 Share CLOSE MORE VIDEOS Acme hires 200 welders | 1:05 Welders start in May. \
                 1 of 2 Tolby mayor cuts the ribbon | 0:48 A short speech. 2 of 2\n\
                 Acme hires 200 welders\n\
                 Tolby mayor cuts the ribbon\n\
                 Acme hires 200 welders for its new line.\n";
        let t = Text::new(s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture[2..], [true, true, false], "{furniture:?}");
        assert!(!furniture[0]);
    }

    #[test]
    fn a_stamp_opening_in_on_is_furniture_only_before_a_date() {
        let s = "Acme sold 40 cars.\nPosted on March 3, 2031\nPosted on Tuesday at 9am\n\
                 Posted on a forum, the photos show a red van due next week.\n";
        let t = Text::new(s, Lexicon::get());
        let furniture: Vec<bool> = t.lines.iter().map(|l| l.furniture).collect();
        assert_eq!(furniture, [false, true, true, false]);
    }

    #[test]
    fn furniture_headings_end_the_article() {
        let s = "Acme sold 40 cars.\n\nRelated Posts\nRivals sold 12 cars.\n";
        let t = Text::new(s, Lexicon::get());
        assert!(t.lines[1].furniture && t.lines[2].furniture);
        assert!(!t.lines[0].furniture);
    }

    #[test]
    fn a_teaser_heading_between_paragraphs_drops_only_itself() {
        let para =
            "Acme sold 40 cars in the spring, its dealers said, and more than 300 vans went to \
                    fleets in the towns along the coast, where the firm has kept a depot since the \
                    war; rivals sold 12 cars in the same months, and the dealers expect the gap to \
                    widen again next year as the two new plants open and the prices of both the \
                    small cars and the vans fall by a tenth.";
        let s = format!("Acme sold 40 cars.\n\nRead more\n\n{para} {para}\n");
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines[1].furniture);
        assert!(!t.lines[2].furniture);
        // With no prose after it, the heading still ends the article.
        let s = "Acme sold 40 cars.\n\nRead more\nRivals sold 12 cars.\n";
        let t = Text::new(s, Lexicon::get());
        assert!(t.lines[1].furniture && t.lines[2].furniture);
        // A wire story's paragraphs of one sentence each are prose too.
        let s = "Acme sold 40 cars.\n\nRead more\n\nRivals sold 12 cars in the spring, \
                 their dealers said, and expect to sell more than 30 vans to the fleets of \
                 the coast towns.\n";
        let t = Text::new(s, Lexicon::get());
        assert!(t.lines[1].furniture && !t.lines[2].furniture);
    }

    #[test]
    fn a_gallery_is_a_run_of_captions_not_prose_that_opens_alike() {
        let caption = |n: u32| format!("Storm over Port Valmont harbour: boat {n} of 40 sank.");
        let prose = "Other residents said they had seen nothing like it in years.";
        let s = format!(
            "Title\n\n{}\n\n{}\n\n{}\n\n{prose}\n",
            caption(1),
            caption(2),
            caption(3)
        );
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines[1].furniture && t.lines[2].furniture && t.lines[3].furniture);
        assert!(!t.lines[4].furniture);
        // A wire story's statements, each opening "The Acme Rail Corporation said", apart.
        let s = format!(
            "Title\n\nThe Acme Rail Corporation said it would hire 60 drivers.\n\n{prose}\n\n\
             Commuters on the coast line have long complained of delays.\n\n\
             The Acme Rail Corporation said fares would rise 5 per cent.\n\n\
             A union leader called the plan a start.\n\nThe works begin in the spring.\n\n\
             The Acme Rail Corporation said the line would cost 9 million euros.\n"
        );
        let t = Text::new(&s, Lexicon::get());
        let marked: Vec<&str> = t
            .lines
            .iter()
            .filter(|l| l.furniture)
            .map(|l| &s[l.start..l.end])
            .collect();
        assert!(marked.is_empty(), "{marked:?}");
        // ... nor in a run at the end of the story.
        let s = format!(
            "Title\n\n{prose}\n\nThe Acme Rail Corporation said it would hire 60 drivers.\n\n\
             A union leader called the plan a start.\n\n\
             The Acme Rail Corporation said fares would rise 5 per cent.\n\n\
             The Acme Rail Corporation said the line would cost 9 million euros.\n"
        );
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines.iter().all(|l| !l.furniture));
        // Labelled captions ("Photos: …") are a gallery wherever they stand.
        let label = |n: u32| format!("Photos: the storm over Valmont, picture {n}.");
        let s = format!(
            "Title\n\n{}\n\n{prose}\n\n{prose}\n\n{prose}\n\n{}\n\n{prose}\n\n{prose}\n\n\
             {prose}\n\n{}\n",
            label(1),
            label(2),
            label(3)
        );
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines[1].furniture && t.lines[5].furniture && t.lines[9].furniture);
    }

    #[test]
    fn a_numbered_gallery_under_another_title_is_furniture() {
        let gallery = |title: &str| {
            format!(
                "{title}\n\n4 show all {title}\n\n1/4 2009 Ferries wait at the quay. (Lorvik, May 2, \
                 2009)\n\n2/4 2011 A market opens in the square.\n\n3/4 2014 Pupils walk home \
                 on June 3, 2014.\n\n4/4 2015 The bridge is rebuilt in 2015.\n\n"
            )
        };
        let headline = "Ferry strike halts crossings to Lorvik";
        let prose = "The strike began on Monday, the union said.";
        let s = format!(
            "{headline}\n\n{prose}\n\n{}{prose}\n",
            gallery("Lorvik through the years")
        );
        let t = Text::new(&s, Lexicon::get());
        let kept: Vec<&str> = t
            .lines
            .iter()
            .filter(|l| !l.furniture && l.end > l.start)
            .map(|l| &s[l.start..l.end])
            .collect();
        assert_eq!(kept, [headline, prose, prose]);
        // The story's own gallery, under its headline, is the story's text.
        let s = format!("{headline}\n\n{prose}\n\n{}", gallery(headline));
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines.iter().all(|l| !l.furniture));
        // Paragraphs that open with fractions but do not count up are no gallery.
        let s = format!(
            "{headline}\n\n1/4 of the crossings ran.\n\n3/4 of the crews struck.\n\n\
                         2/4 of the boats stayed in port.\n"
        );
        let t = Text::new(&s, Lexicon::get());
        assert!(t.lines.iter().all(|l| !l.furniture));
    }

    #[test]
    fn a_slideshow_teaser_is_furniture() {
        let teaser = "Lorvik ferries ranked Tue, March 22, 2016 We rank the fleet for the 2016 \
                      season Play slideshow Agency Photos 1 of 11 11. The old ferry";
        let s =
            format!("Ferry strike halts crossings\n\nThe strike began on Monday.\n\n{teaser}\n");
        let t = Text::new(&s, Lexicon::get());
        assert!(!t.lines[1].furniture && t.lines[2].furniture);
    }

    #[test]
    fn a_gallery_with_controls_keeps_its_captions_as_text() {
        let title = "Pictures: Floods reach the old mill town of Corvane";
        let captions = [
            "Boats carry families down the flooded high street on Tuesday, March 3.",
            "Boatmen say the water rose two metres in one night.",
            "Volunteers fill sandbags outside the town hall.",
        ];
        let mut s = String::from("Floods reach the old mill town of Corvane\n\n");
        for (n, c) in captions.iter().enumerate() {
            s += &format!("{title} {c} Hide Caption {} of 4\n\n", n + 1);
        }
        // A picture without a caption: its line is all furniture.
        s += &format!("{title} Hide Caption 4 of 4\n");
        let t = Text::new(&s, Lexicon::get());
        let kept: Vec<&str> = t
            .lines
            .iter()
            .filter(|l| !l.furniture)
            .map(|l| &s[l.start..l.end])
            .filter(|l| !l.trim().is_empty())
            .collect();
        // The title line, then each caption without the gallery's title or its control.
        let head = "Floods reach the old mill town of Corvane";
        assert_eq!(kept, [head, captions[0], captions[1], captions[2]]);
        let words: Vec<String> = (0..t.tokens.len()).map(|i| t.tok(i).to_owned()).collect();
        assert!(words.contains(&"Boatmen".to_owned()) && words.contains(&"March".to_owned()));
        assert!(!words.iter().any(|w| w == "Hide" || w == "Pictures"));
        // The headline's "mill" only, none of the title's before each caption.
        assert_eq!(words.iter().filter(|w| *w == "mill").count(), 1);
        // Without the control after every caption the gallery is furniture, as before.
        let mut s = format!("{head}\n\n");
        for c in captions {
            s += &format!("{title} {c}\n\n");
        }
        let t = Text::new(&s, Lexicon::get());
        assert_eq!(t.lines.iter().filter(|l| l.furniture).count(), 3);
        // A gallery under another title than the headline is another story's: furniture.
        let mut s = String::from("Corvane mill reopens after the floods\n\n");
        for (n, c) in captions.iter().enumerate() {
            s += &format!("{title} {c} Hide Caption {} of 3\n\n", n + 1);
        }
        let t = Text::new(&s, Lexicon::get());
        assert_eq!(t.lines.iter().filter(|l| l.furniture).count(), 3);
    }

    #[test]
    fn a_gallery_control_closes_the_caption() {
        // (Lines come lower-cased.)
        assert_eq!(
            caption_end("boats on the river. hide caption 2 of 12"),
            Some(19)
        );
        assert_eq!(caption_end("boats on the river. image 7 of 9  "), Some(19));
        // No control, no place in the gallery, or nothing before the control.
        assert_eq!(caption_end("boats on the river. hide 2 of 12"), None);
        assert_eq!(caption_end("boats on the river. hide caption 12"), None);
        assert_eq!(caption_end("hide caption 2 of 12"), None);
        assert_eq!(caption_end("two boats sank, one photo of 3"), None);
    }
}
