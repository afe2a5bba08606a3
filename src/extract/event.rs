//! What a date dates, in a few words: the clause's subject, its verb group and the start of its
//! object ("the tram derailed", "the company filed its annual report"), read from the shape of
//! the clause the date stands in. Only labels read the phrase. The happening (the verb of the
//! date's own clause, or the noun it stands in: [`happening`]) is what date linking compares:
//! two dates of happenings the vocabularies tell apart, or of a saying and the thing said, are
//! never one slot.
//!
//! One file, over 800 lines, because the phrase and the happening read the same clause through
//! the same word roles, edges and verb groups (`Clause`, private to this file).
//!
//! There is no parser here: clause edges are punctuation and opening words, verbs are words of
//! `data/words/clause-words.tsv` or lower-case "-ed" forms, and noun phrases end at
//! prepositions and conjunctions. That is enough for news sentences, which put a date beside
//! the verb it dates ("X fired a missile on Friday", "On Friday, X said ...").

use super::text::{Text, TokenKind};
use crate::model::frame;
use crate::model::lexicon::{class, data_lines, CLAUSE_ROLES};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A word's part in a clause (`data/words/clause-words.tsv`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Aux,
    Verb,
    NotVerb,
    Sub,
    Rel,
    Prep,
    Conj,
    Particle,
    Adverb,
}

/// The roles in the order of `lexicon::CLAUSE_ROLES`, whose names they are.
const ROLE_ORDER: [Role; CLAUSE_ROLES.len()] = [
    Role::Aux,
    Role::Verb,
    Role::NotVerb,
    Role::Sub,
    Role::Rel,
    Role::Prep,
    Role::Conj,
    Role::Particle,
    Role::Adverb,
];

fn roles() -> &'static FxHashMap<&'static str, Role> {
    static ROLES: OnceLock<FxHashMap<&'static str, Role>> = OnceLock::new();
    ROLES.get_or_init(|| {
        data_lines(include_str!("../../data/words/clause-words.tsv"))
            .filter_map(|l| {
                let (word, role) = l.split_once('\t')?;
                // A role this code does not know is a slip in the data file, caught by the
                // test that reads every row.
                let role = CLAUSE_ROLES.iter().position(|r| *r == role.trim())?;
                Some((word.trim(), *ROLE_ORDER.get(role)?))
            })
            .collect()
    })
}

/// A word's role from its class bits (`lexicon::class::CLAUSE_ROLE_SHIFT`), set from the same
/// rows as [`roles`] for the same lower-cased text.
#[inline]
fn role_of_class(bits: u32) -> Option<Role> {
    let number = ((bits >> class::CLAUSE_ROLE_SHIFT) & class::CLAUSE_ROLE_MASK) as usize;
    number
        .checked_sub(1)
        .and_then(|r| ROLE_ORDER.get(r))
        .copied()
}

/// Whether every word of [`roles`] holds a letter, which no number or punctuation mark does.
fn roles_hold_letters() -> bool {
    static LETTERS: OnceLock<bool> = OnceLock::new();
    *LETTERS.get_or_init(|| roles().keys().all(|w| w.chars().any(char::is_alphabetic)))
}

/// At most this many words of a subject, and of an object.
const PHRASE_WORDS: usize = 5;

/// The clause around tokens `d0..d1` (a date) of sentence tokens `a..b`, read word by word.
struct Clause<'t, 'a> {
    t: &'t Text<'a>,
    roles: &'static FxHashMap<&'static str, Role>,
    /// The sentence's tokens, and the date's.
    a: usize,
    b: usize,
    d0: usize,
    d1: usize,
}

impl<'t, 'a> Clause<'t, 'a> {
    /// The clause of the date at bytes `start..end`, or `None` when it stands in no sentence
    /// or at a sentence's end.
    fn of_date(t: &'t Text<'a>, start: usize, end: usize) -> Option<Self> {
        let s = t.sentences[t.sentence_at(start)?];
        let (a, b) = s.tokens;
        let d0 = t.token_at(start).max(a);
        let d1 = t.token_at(end).clamp(d0, b.max(d0));
        if d0 >= b {
            return None;
        }
        Some(Clause {
            t,
            roles: roles(),
            a,
            b,
            d0,
            d1,
        })
    }
}

impl Clause<'_, '_> {
    /// The word's part in a clause. A word's class bits hold it (none without the list's
    /// bit), and a number or a punctuation mark has none when every word of the list holds a
    /// letter: only the rest are looked up (this runs at every token of a date's clause,
    /// several times; the lookups were 2.5 % of extraction's instructions, then 1.8 %).
    /// (In line: the call cost more than reading the bits. Other tokens are looked up out
    /// of line.)
    #[inline]
    fn role(&self, k: usize) -> Option<Role> {
        let tok = &self.t.tokens[k];
        if tok.is_word() {
            return role_of_class(tok.class);
        }
        self.role_of_other(k)
    }

    #[inline(never)]
    fn role_of_other(&self, k: usize) -> Option<Role> {
        if roles_hold_letters() {
            return None;
        }
        self.roles.get(self.t.low(k)).copied()
    }

    fn in_date(&self, k: usize) -> bool {
        (self.d0..self.d1).contains(&k)
    }

    /// Punctuation that ends a clause: commas, semicolons, colons, dashes, brackets, quotes, and
    /// a hyphen standing alone ("BERLIN - ...").
    fn is_edge(&self, k: usize) -> bool {
        let t = self.t;
        match t.tokens[k].kind {
            TokenKind::Punct(c) => match c {
                ',' | ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '|' => {
                    true
                }
                '-' => !t.touching(k.saturating_sub(1), k) || !t.touching(k, k + 1),
                _ => false,
            },
            _ => false,
        }
    }

    /// A word that opens a clause of its own.
    fn opens_clause(&self, k: usize) -> bool {
        matches!(self.role(k), Some(Role::Sub | Role::Rel))
    }

    fn is_verb(&self, k: usize) -> bool {
        let t = self.t;
        let tok = &t.tokens[k];
        if !tok.is_word() || self.in_date(k) {
            return false;
        }
        match self.role(k) {
            Some(Role::Aux | Role::Verb) => return true,
            Some(_) => return false,
            None => {}
        }
        // Speech words are no help here: many are nouns as well ("the show", "a report").
        // (A word's class bit, set from the same list for the same lower-cased text.)
        if t.has_class(k, class::PAST_VERB) {
            return true;
        }
        // "-ed" forms in lower case; one right after a determiner is an adjective ("the
        // injured man").
        let low = t.low(k);
        low.len() > 4
            && low.ends_with("ed")
            && !t.is_capitalized(k)
            && !(k > self.a && t.has_class(k - 1, class::DETERMINER))
    }

    /// A word that may stand inside a verb group: "not", "also", "illegally".
    fn is_adverb(&self, k: usize) -> bool {
        let t = self.t;
        self.role(k) == Some(Role::Adverb)
            || (t.tokens[k].is_word()
                && !t.is_capitalized(k)
                && t.low(k).len() > 4
                && t.low(k).ends_with("ly"))
    }

    /// The first token of the word ending at token `k`: "re-programmed" starts at "re".
    fn word_start(&self, mut k: usize, floor: usize) -> usize {
        while k >= floor + 2
            && self.t.tokens[k - 1].is_punct('-')
            && self.t.touching(k - 1, k)
            && self.t.touching(k - 2, k - 1)
            && self.t.tokens[k - 2].is_word()
        {
            k -= 2;
        }
        k
    }

    /// The clause around the date: from after the last edge before it to the next edge after
    /// it; and whether a relative word opened it.
    fn around_date(&self) -> (usize, usize, Option<usize>) {
        let mut start = self.a;
        let mut opener = None;
        for k in (self.a..self.d0).rev() {
            if self.is_edge(k) {
                start = k + 1;
                break;
            }
            if self.opens_clause(k) {
                start = k + 1;
                opener = (self.role(k) == Some(Role::Rel)).then_some(k);
                break;
            }
        }
        let end = (self.d1..self.b)
            .find(|&k| self.is_edge(k) || self.opens_clause(k))
            .unwrap_or(self.b);
        (start, end, opener)
    }

    /// The clause from `start` to the next edge.
    fn clause_from(&self, start: usize) -> usize {
        (start..self.b)
            .find(|&k| self.is_edge(k) || (k > start && self.opens_clause(k)))
            .unwrap_or(self.b)
    }

    fn nearest_verb(&self, start: usize, end: usize) -> Option<usize> {
        (start..end).filter(|&k| self.is_verb(k)).min_by_key(|&k| {
            if k < self.d0 {
                self.d0 - k
            } else {
                k - self.d1
            }
        })
    }

    /// The verb group around verb `v`: auxiliaries and adverbs before it, and after it further
    /// verbs, "to" with the word it takes, and a particle ("is scheduled to blast off").
    fn verb_group(&self, v: usize, start: usize, end: usize) -> (usize, usize) {
        let mut g0 = self.word_start(v, start);
        while g0 > start
            && !self.in_date(g0 - 1)
            && self.role(g0 - 1) != Some(Role::Prep)
            && (self.is_verb(g0 - 1) || self.is_adverb(g0 - 1))
        {
            g0 = self.word_start(g0 - 1, start);
        }
        // "are set to be", "is due to fly": a verb group goes on through "to" when the group
        // before it has an auxiliary or a verb.
        while g0 >= start + 2 && self.t.low(g0 - 1) == "to" && !self.in_date(g0 - 2) {
            let before = g0 - 2;
            let carried = self.is_verb(before)
                || (before > start
                    && self.role(before - 1) == Some(Role::Aux)
                    && self.role(before).is_none()
                    && self.t.tokens[before].is_word()
                    && !self.t.is_capitalized(before));
            if !carried {
                break;
            }
            g0 = before;
            while g0 > start
                && !self.in_date(g0 - 1)
                && self.role(g0 - 1) != Some(Role::Prep)
                && (self.is_verb(g0 - 1) || self.is_adverb(g0 - 1))
            {
                g0 = self.word_start(g0 - 1, start);
            }
        }
        // Adverbs before the group belong to it only between its verbs ("has not even won").
        while g0 < v && self.is_adverb(g0) {
            g0 += 1;
        }
        let mut g1 = v + 1;
        while g1 < end && !self.in_date(g1) && self.t.tokens[g1].is_word() {
            let word = self.t.low(g1);
            let takes = match self.role(g1) {
                Some(Role::Aux | Role::Verb | Role::Adverb | Role::Particle) => true,
                Some(Role::Prep) if word == "to" => {
                    g1 + 1 < end && !self.in_date(g1 + 1) && self.t.tokens[g1 + 1].is_word()
                }
                Some(_) => false,
                None => self.is_verb(g1) || self.is_adverb(g1),
            };
            if !takes {
                break;
            }
            g1 += if word == "to" { 2 } else { 1 };
        }
        // A trailing adverb tells nothing ("said also").
        while g1 > v + 1 && self.is_adverb(g1 - 1) {
            g1 -= 1;
        }
        (g0, g1.min(end))
    }

    /// The subject: the words from the clause's start to the verb group. When a verb or a
    /// conjunction stands among them, the words after the last one ("X says humans will ...",
    /// "... and it got re-programmed"); else, or when those do not read as a noun phrase, the
    /// words up to the first verb, preposition or conjunction.
    fn subject(&self, start: usize, g0: usize) -> Vec<Word> {
        let words: Vec<usize> = (start..g0)
            .skip_while(|&k| {
                matches!(self.role(k), Some(Role::Conj | Role::Adverb))
                    || self.t.tokens[k].kind != TokenKind::Word
            })
            .collect();
        let breaks = |k: usize| {
            self.is_verb(k) || matches!(self.role(k), Some(Role::Conj | Role::Sub | Role::Rel))
        };
        if let Some(last) = words.iter().rposition(|&k| breaks(k)) {
            let tail: Vec<usize> = words[last + 1..]
                .iter()
                .copied()
                .skip_while(|&k| self.t.low(k) == "that")
                .collect();
            let reads = tail.first().is_some_and(|&k| {
                self.role(k).is_none() && !self.is_adverb(k) && self.t.tokens[k].is_word()
            });
            if reads && !tail.iter().any(|&k| self.is_verb(k)) {
                // "made the announcement in a letter released ...": the noun phrase nearest
                // the verb.
                let after = tail
                    .iter()
                    .rposition(|&k| self.role(k) == Some(Role::Prep))
                    .map_or(0, |p| p + 1);
                let nearest = if after < tail.len() {
                    &tail[after..]
                } else {
                    &tail[..]
                };
                return self.noun_words(nearest, PHRASE_WORDS);
            }
        }
        let head = words
            .iter()
            .position(|&k| breaks(k) || self.role(k) == Some(Role::Prep))
            .unwrap_or(words.len());
        if head == 0 {
            // The words open with a preposition ("according to figures released ..."): the
            // noun phrase after the last one.
            let after = words
                .iter()
                .rposition(|&k| self.role(k) == Some(Role::Prep))
                .map_or(words.len(), |p| p + 1);
            return self.noun_words(&words[after..], PHRASE_WORDS);
        }
        self.noun_words(&words[..head], PHRASE_WORDS)
    }

    /// Tokens as words of a noun phrase, at most `most` of them: a possessive date
    /// among them becomes "the" ("Friday's missile" -> "the missile").
    fn noun_words(&self, tokens: &[usize], most: usize) -> Vec<Word> {
        let mut out = Vec::new();
        let mut counted = 0;
        for &k in tokens {
            if self.in_date(k) {
                if self.possessive_date() && out.last() != Some(&Word::The) {
                    out.push(Word::The);
                }
                continue;
            }
            let glued = k > 0 && self.t.touching(k - 1, k);
            if !glued {
                if counted == most {
                    break;
                }
                counted += 1;
            }
            out.push(Word::Token(k));
        }
        out
    }

    /// "Friday's", "Monday’s": a date that stands for the happening it names next.
    fn possessive_date(&self) -> bool {
        let last = self.t.low(self.d1 - 1);
        last.ends_with("'s") || last.ends_with("’s")
    }

    /// The noun phrase that ends just before token `k` (a relative word, or the comma before
    /// it): "Palmer, who turned 38".
    fn phrase_before(&self, mut k: usize) -> Vec<Word> {
        if k > self.a && self.t.tokens[k - 1].is_punct(',') {
            k -= 1;
        }
        let mut words = Vec::new();
        while k > self.a && words.len() < PHRASE_WORDS - 1 {
            let w = k - 1;
            if self.is_edge(w)
                || self.in_date(w)
                || self.is_verb(w)
                || matches!(
                    self.role(w),
                    Some(Role::Prep | Role::Conj | Role::Sub | Role::Rel)
                )
            {
                break;
            }
            words.push(w);
            k = w;
        }
        words.reverse();
        self.noun_words(&words, PHRASE_WORDS)
    }

    /// The object: words after the verb group up to an edge, the date, an opening word, a
    /// conjunction, or a preposition once a word is taken ("of" may join one more phrase). A
    /// possessive date reads as "the" and the object goes on ("welcomed Sunday's vote").
    fn object(&self, g1: usize, end: usize, after_speech: bool) -> Vec<Word> {
        let mut tokens = Vec::new();
        let mut ofs = 0;
        let mut k = g1;
        // "said that ...": the reported clause is the object.
        if after_speech && k < end && self.t.low(k) == "that" {
            k += 1;
        }
        while k < end {
            if self.in_date(k) {
                if k == self.d0 && self.possessive_date() {
                    tokens.push(k);
                    k = self.d1;
                    continue;
                }
                // A date inside the object's noun phrase ("the brutal 1972 purge") is left
                // out and the phrase goes on.
                let inside = !tokens.is_empty()
                    && self.d1 < end
                    && self.t.tokens[self.d1].is_word()
                    && !self.t.is_capitalized(self.d1)
                    && self.role(self.d1).is_none();
                if k == self.d0 && inside {
                    k = self.d1;
                    continue;
                }
                break;
            }
            if self.is_edge(k) {
                break;
            }
            match self.role(k) {
                Some(Role::Sub | Role::Rel | Role::Conj) => break,
                Some(Role::Prep) if self.t.low(k) == "of" && ofs == 0 && !tokens.is_empty() => {
                    ofs = 1;
                }
                Some(Role::Prep) if !tokens.is_empty() => break,
                _ => {}
            }
            tokens.push(k);
            k += 1;
        }
        let mut words = self.noun_words(&tokens, PHRASE_WORDS + ofs);
        // An "of" phrase cut short reads worse than none: "told the council of the ruling".
        let cut = words.len() < tokens.len();
        if cut && ofs == 1 {
            if let Some(of) = words
                .iter()
                .position(|w| matches!(w, Word::Token(k) if self.t.low(*k) == "of"))
            {
                words.truncate(of);
            }
        }
        while let Some(Word::Token(last)) = words.last().copied() {
            let dangling = matches!(self.role(last), Some(Role::Prep | Role::Conj))
                || self.t.has_class(last, class::DETERMINER)
                || !self.t.tokens[last].is_word() && !self.t.tokens[last].is_number();
            if !dangling {
                break;
            }
            words.pop();
        }
        words
    }

    /// The words, written as in the text: tokens that touch stay glued ("re-programmed").
    fn write(&self, words: &[Word]) -> String {
        let mut out = String::new();
        let mut last: Option<usize> = None;
        for &w in words {
            match w {
                Word::The => {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(if out.is_empty() { "The" } else { "the" });
                    last = None;
                }
                Word::Token(k) => {
                    let glued = last.is_some_and(|p| p + 1 == k && self.t.touching(p, k));
                    if !out.is_empty() && !glued {
                        out.push(' ');
                    }
                    out.push_str(self.t.tok(k));
                    last = Some(k);
                }
            }
        }
        out
    }
}

/// How many words a quotation may hold and still be a name inside its clause ("sent the "Blue
/// Heron" barge downriver"), not a clause of its own.
const NAME_QUOTE_WORDS: usize = 6;

impl Clause<'_, '_> {
    /// A quotation mark around a few words with no verb among them (a name, a title): no edge
    /// of the clause.
    fn around_a_name(&self, k: usize) -> bool {
        let t = self.t;
        let quote = |j: usize| matches!(t.tokens[j].kind, TokenKind::Punct('"' | '“' | '”'));
        if !quote(k) {
            return false;
        }
        // An even count of marks before it opens a quotation, an odd count closes one.
        let before = (self.a..k).filter(|&j| quote(j)).count();
        let (from, to) = if before % 2 == 0 {
            match (k + 1..self.b.min(k + 2 + NAME_QUOTE_WORDS)).find(|&j| quote(j)) {
                Some(close) => (k + 1, close),
                None => return false,
            }
        } else {
            match (self.a.max(k.saturating_sub(NAME_QUOTE_WORDS + 1))..k)
                .rev()
                .find(|&j| quote(j))
            {
                Some(open) => (open + 1, k),
                None => return false,
            }
        };
        from < to
            && (from..to).all(|j| {
                !self.in_date(j)
                    && !self.is_verb(j)
                    && !matches!(
                        t.tokens[j].kind,
                        TokenKind::Punct(',' | '.' | ';' | ':' | '?' | '!')
                    )
            })
    }

    fn is_happening_edge(&self, k: usize) -> bool {
        self.is_edge(k) && !self.around_a_name(k)
    }

    /// A verb as the happening reads it: [`Clause::is_verb`], or a lower-case word after "to"
    /// or an auxiliary ("plans to launch", "will fly"), or in "-s" after "it", "he" or "she"
    /// ("when it lifts off").
    fn is_happening_verb(&self, k: usize) -> bool {
        if self.is_verb(k) {
            return true;
        }
        let t = self.t;
        k > self.a
            && t.tokens[k].is_word()
            && !self.in_date(k)
            && !self.in_date(k - 1)
            && !t.is_capitalized(k)
            && self.role(k).is_none()
            && !t.has_class(k, class::DETERMINER | class::PRONOUN)
            && (t.low(k - 1) == "to"
                || self.role(k - 1) == Some(Role::Aux)
                || (matches!(t.low(k - 1), "it" | "he" | "she") && t.low(k).ends_with('s')))
    }

    /// The clause around the date for its happening: as [`Clause::around_date`], through
    /// quotation marks around a name.
    fn happening_clause(&self) -> (usize, usize) {
        let start = (self.a..self.d0)
            .rev()
            .find(|&k| self.is_happening_edge(k) || self.opens_clause(k))
            .map_or(self.a, |k| k + 1);
        let end = (self.d1..self.b)
            .find(|&k| self.is_happening_edge(k) || self.opens_clause(k))
            .unwrap_or(self.b);
        (start, end)
    }

    fn happening_clause_from(&self, start: usize) -> usize {
        (start..self.b)
            .find(|&k| self.is_happening_edge(k) || (k > start && self.opens_clause(k)))
            .unwrap_or(self.b)
    }

    /// The head of the noun phrase that starts at `k`: its last lower-case word before a
    /// preposition, a verb, an edge or an opening word ("Sunday's vote on the harbour":
    /// "vote"; "next month's test launch": "launch").
    fn noun_head_from(&self, k: usize) -> Option<usize> {
        let t = self.t;
        let mut head = None;
        for j in k..self.b.min(k + PHRASE_WORDS) {
            if !t.tokens[j].is_word()
                || self.in_date(j)
                || self.role(j).is_some()
                || self.is_verb(j)
                || t.has_class(j, class::DETERMINER | class::PRONOUN)
            {
                break;
            }
            head = Some(j);
        }
        head.filter(|&j| !t.is_capitalized(j))
    }
}

/// What the date at bytes `start..end` dates, as one word (or a verb and its particle), lower
/// case as written: the verb of its own clause ("Varn Corp said last week that the launch will be
/// in January": "said" for "last week"; "the plan unveiled two days ago": "unveiled"; "plans
/// to launch in March": "launch"), the noun a possessive date or a date inside a noun phrase
/// stands for ("next month's launch", "the 1972 purge"), or the subject's head when the
/// clause's verb is only "be" ("the launch will be in January"). `None` when the clause has no
/// verb, or only "be" with a subject that is no happening's noun phrase.
pub(super) fn happening(t: &Text, start: usize, end: usize) -> Option<String> {
    let c = Clause::of_date(t, start, end)?;
    let (a, b, d0, d1) = (c.a, c.b, c.d0, c.d1);
    let word = |k: usize| Some(t.low(k).to_owned());
    // "Sunday's vote", "the 1972 purge": the date stands inside the happening's noun phrase.
    let mut before = d0;
    while before > a
        && d0 - before < 2
        && t.tokens[before - 1].is_word()
        && !t.is_capitalized(before - 1)
        && c.role(before - 1).is_none()
        && !c.is_verb(before - 1)
        && !t.has_class(before - 1, class::DETERMINER)
    {
        before -= 1;
    }
    let inside = before > a
        && t.has_class(before - 1, class::DETERMINER)
        && d1 < b
        && t.tokens[d1].is_word()
        && !t.is_capitalized(d1)
        && c.role(d1).is_none()
        && !c.is_verb(d1);
    if c.possessive_date() || inside {
        if let Some(head) = c.noun_head_from(d1) {
            return word(head);
        }
    }
    let (mut cs, mut ce) = c.happening_clause();
    // "Her pronouncements in November lifted prices": a date between a noun and its clause's
    // first verb stands in the subject's noun phrase, and dates the noun.
    if d0 > cs && d1 < ce {
        let noun = d0 - 1;
        let is_noun = t.tokens[noun].is_word()
            && !t.is_capitalized(noun)
            && c.role(noun).is_none()
            && !c.is_verb(noun)
            && !c.is_adverb(noun)
            && !t.has_class(noun, class::DETERMINER | class::PRONOUN);
        if is_noun && c.is_happening_verb(d1) && !(cs..d0).any(|k| c.is_happening_verb(k)) {
            return word(noun);
        }
    }
    // How far a verb stands from the date: from the end of its particle when one follows it
    // ("the jet that took off in May will land in June": "took off" is as near as "will").
    let distance = |k: usize| {
        if k < d0 {
            let particle = k + 1 < d0 && c.role(k + 1) == Some(Role::Particle);
            d0 - k - usize::from(particle)
        } else {
            (k + 1).saturating_sub(d1)
        }
    };
    let mut verb = (cs..ce)
        .filter(|&k| c.is_happening_verb(k))
        .min_by_key(|&k| distance(k));
    if verb.is_none() {
        // A date in a clause of its own: "On Friday, X did Y" reads the next clause, "..., X
        // said on Friday" the one before.
        if ce < b && t.tokens[ce].is_punct(',') && cs == a {
            cs = ce + 1;
            ce = c.happening_clause_from(cs);
        } else if cs > a && c.opens_clause(cs - 1) {
            // "... to launch the coupe as part of the first voyage in January": a word such as
            // "as" opened no clause with a verb of its own; the clause before goes on.
            cs = (a..cs - 1)
                .rev()
                .find(|&k| c.is_happening_edge(k) || c.opens_clause(k))
                .map_or(a, |k| k + 1);
        } else if cs > a && t.tokens[cs - 1].is_punct(',') && ce >= b.saturating_sub(1) {
            let prev_end = cs - 1;
            cs = (a..prev_end)
                .rev()
                .find(|&k| c.is_happening_edge(k) || c.opens_clause(k))
                .map_or(a, |k| k + 1);
            ce = prev_end;
        }
        verb = (cs..ce)
            .filter(|&k| c.is_happening_verb(k))
            .min_by_key(|&k| distance(k));
    }
    let v = verb?;
    let (g0, g1) = c.verb_group(v, cs, ce);
    let g1 = g1.max(v + 1);
    // The group's last verb that is not an auxiliary, with a particle right after it ("is
    // scheduled to blast off": "blast off").
    let head = (g0.min(v)..g1)
        .rev()
        .find(|&k| c.is_happening_verb(k) && c.role(k) != Some(Role::Aux));
    match head {
        Some(k) => {
            let particle = k + 1 < g1 && c.role(k + 1) == Some(Role::Particle);
            let mut out = t.low(k).to_owned();
            if particle {
                out.push(' ');
                out.push_str(t.low(k + 1));
            }
            Some(out)
        }
        // Only "be": "the launch will be in January" dates the launch.
        None => {
            let subject = c.subject(cs, g0.min(v));
            match subject.last() {
                Some(Word::Token(k))
                    if !t.is_capitalized(*k)
                        && t.tokens[*k].is_word()
                        && frame::happening(t.low(*k)) != frame::Happening::Other =>
                {
                    word(*k)
                }
                _ => None,
            }
        }
    }
}

/// A word of a phrase: a token of the text, or "the" standing for a possessive date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Word {
    Token(usize),
    The,
}

/// What the date at bytes `start..end` dates, in a few words, or `None` when its clause has no
/// verb to tell it (a dateline, a date standing alone).
pub(super) fn phrase(t: &Text, start: usize, end: usize) -> Option<String> {
    let c = Clause::of_date(t, start, end)?;
    let (a, b) = (c.a, c.b);
    let (mut cs, mut ce, mut opener) = c.around_date();
    let mut verb = c.nearest_verb(cs, ce);
    if verb.is_none() {
        // A date in a clause of its own: "On Friday, X did Y" reads the next clause, "..., X
        // said on Friday" the one before.
        if ce < b && t.tokens[ce].is_punct(',') && cs == a {
            cs = ce + 1;
            ce = c.clause_from(cs);
            opener = None;
        } else if cs > a && t.tokens[cs - 1].is_punct(',') && ce >= b.saturating_sub(1) {
            let prev_end = cs - 1;
            let prev_start = (a..prev_end)
                .rev()
                .find(|&k| c.is_edge(k) || c.opens_clause(k))
                .map_or(a, |k| k + 1);
            (cs, ce) = (prev_start, prev_end);
            opener = None;
        }
        verb = c.nearest_verb(cs, ce);
    }
    let v = verb?;
    let (g0, g1) = c.verb_group(v, cs, ce);
    // A relative clause's subject stands before it ("Palmer, who turned 38"), unless the
    // clause has one of its own; "which it says were" has only a speaker's aside.
    let mut subject = c.subject(cs, g0);
    if let Some(rel) = opener {
        if subject.is_empty() || (cs..g0).any(|k| c.is_verb(k)) {
            subject = c.phrase_before(rel);
        }
    }
    let speech = (g0..g1).any(|k| t.has_class(k, class::SPEECH));
    let object = c.object(g1, ce, speech);
    // A verb alone tells nothing a reader can place.
    if subject.is_empty() && object.is_empty() {
        return None;
    }
    let mut words = subject;
    words.extend((g0..g1).map(Word::Token));
    words.extend(object);
    let phrase = c.write(&words);
    (!phrase.is_empty()).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lexicon::Lexicon;

    fn dated(sentence: &str, date: &str) -> Option<String> {
        let lex = Lexicon::get();
        let t = Text::new(sentence, lex);
        let start = sentence.find(date).expect("the date is in the sentence");
        phrase(&t, start, start + date.len())
    }

    fn happening_of(sentence: &str, date: &str) -> Option<String> {
        let lex = Lexicon::get();
        let t = Text::new(sentence, lex);
        let start = sentence.find(date).expect("the date is in the sentence");
        happening(&t, start, start + date.len())
    }

    #[test]
    fn a_date_takes_the_verb_of_its_own_clause() {
        let said = "Varn Corp said last week that the launch will be in January.";
        assert_eq!(happening_of(said, "last week").as_deref(), Some("said"));
        assert_eq!(happening_of(said, "in January").as_deref(), Some("launch"));
        assert_eq!(
            happening_of("The plan unveiled two days ago was bold.", "two days ago").as_deref(),
            Some("unveiled")
        );
        let plans = "Two days ago, Olan Dreve unveiled a scheme to launch his \"cherry red Velo \
                     coupe\" toward the moon as the cargo of the first Brask rocket in January.";
        assert_eq!(
            happening_of(plans, "Two days ago").as_deref(),
            Some("unveiled")
        );
        assert_eq!(happening_of(plans, "in January").as_deref(), Some("launch"));
        assert_eq!(
            happening_of(
                "The Brask rocket is scheduled to blast off on Tuesday.",
                "on Tuesday"
            )
            .as_deref(),
            Some("blast off")
        );
        assert_eq!(
            happening_of(
                "Olan Dreve hailed next month's launch of the coupe.",
                "next month's"
            )
            .as_deref(),
            Some("launch")
        );
        assert_eq!(
            happening_of("The general oversaw the brutal 1972 purge.", "1972").as_deref(),
            Some("purge")
        );
        assert_eq!(
            happening_of(
                "Once it lifts off in late January, the Brask rocket will be the largest in service.",
                "in late January"
            )
            .as_deref(),
            Some("lifts off")
        );
        assert_eq!(
            happening_of(
                "The mayor's pronouncements in March lifted the harbour's shares.",
                "in March"
            )
            .as_deref(),
            Some("pronouncements")
        );
        // Only "be", with a subject that names no happening.
        assert_eq!(
            happening_of("The coupe will be in orbit by March.", "by March"),
            None
        );
        // A verb and its particle before the date are one word from it: nearer than the
        // main clause's verb after it.
        assert_eq!(
            happening_of(
                "The coupe that set off in March will race in May.",
                "in March"
            )
            .as_deref(),
            Some("set off")
        );
    }

    #[test]
    fn every_row_of_the_clause_words_has_a_known_role() {
        let rows = data_lines(include_str!("../../data/words/clause-words.tsv")).count();
        assert_eq!(roles().len(), rows);
        // `Clause::role` asks only the words with the class bit, and no other token when
        // every word holds a letter.
        let lex = Lexicon::get();
        for (word, role) in roles() {
            assert_ne!(lex.class_of(word) & class::CLAUSE_WORD, 0, "{word}");
            assert_eq!(role_of_class(lex.class_of(word)), Some(*role), "{word}");
        }
        assert_eq!(role_of_class(lex.class_of("zzzz")), None);
        assert!(roles_hold_letters());
    }

    #[test]
    fn subject_verb_and_object_around_the_date() {
        assert_eq!(
            dated(
                "The Vorland ferry struck a pier near the harbour on Tuesday evening.",
                "on Tuesday evening"
            )
            .as_deref(),
            Some("The Vorland ferry struck a pier")
        );
        assert_eq!(
            dated(
                "Brindle Corp filed its annual report late Thursday.",
                "late Thursday"
            )
            .as_deref(),
            Some("Brindle Corp filed its annual report")
        );
    }

    #[test]
    fn a_date_opening_the_sentence_dates_the_next_clause() {
        assert_eq!(
            dated(
                "On Friday, the council approved a new budget for the harbour.",
                "On Friday"
            )
            .as_deref(),
            Some("the council approved a new budget")
        );
    }

    #[test]
    fn a_statement_keeps_its_speaker_and_what_was_said() {
        assert_eq!(
            dated(
                "OSTRAVA -- Velmora on Friday said it opposes the new tariffs on steel.",
                "on Friday"
            )
            .as_deref(),
            Some("Velmora said it opposes the new tariffs")
        );
        assert_eq!(
            dated(
                "The plan is sound, the Velmoran ministry said Friday.",
                "Friday"
            )
            .as_deref(),
            Some("the Velmoran ministry said")
        );
    }

    #[test]
    fn a_relative_clause_takes_its_subject_from_before_it() {
        assert_eq!(
            dated(
                "Orlan Vey, who turned 38 last week, announced his retirement.",
                "last week"
            )
            .as_deref(),
            Some("Orlan Vey turned 38")
        );
    }

    #[test]
    fn a_verb_group_keeps_its_auxiliaries_and_particles() {
        assert_eq!(
            dated(
                "The new rocket is scheduled to blast off on Tuesday from the coast.",
                "on Tuesday"
            )
            .as_deref(),
            Some("The new rocket is scheduled to blast off")
        );
    }

    #[test]
    fn a_verb_group_goes_on_through_to() {
        assert_eq!(
            dated(
                "Trade and border disputes are likely to top the agenda at Monday's talks.",
                "Monday's"
            )
            .as_deref(),
            Some("border disputes are likely to top the agenda")
        );
    }

    #[test]
    fn an_of_phrase_cut_short_is_left_out() {
        assert_eq!(
            dated(
                "She spoke on Friday, having told the board of the old harbour company's \
                 pension fund.",
                "on Friday"
            )
            .as_deref(),
            Some("She spoke")
        );
        assert_eq!(
            dated(
                "On Friday, having told the board of the old harbour company's pension fund.",
                "On Friday"
            )
            .as_deref(),
            Some("having told the board")
        );
    }

    #[test]
    fn a_possessive_date_stands_for_its_happening() {
        assert_eq!(
            dated(
                "Some members welcomed Sunday's vote on the harbour.",
                "Sunday's"
            )
            .as_deref(),
            Some("Some members welcomed the vote")
        );
        assert_eq!(
            dated("Friday’s storm flooded the lower town.", "Friday’s").as_deref(),
            Some("The storm flooded the lower town")
        );
    }

    #[test]
    fn the_subject_is_the_nearest_clause_s_own() {
        // A reported clause after a speech verb, and a second verb after "and".
        assert_eq!(
            dated(
                "Analysts at Merrow say shoppers will be spending more by 2030.",
                "by 2030"
            )
            .as_deref(),
            Some("shoppers will be spending more")
        );
        assert_eq!(
            dated("It needed some work and it got re-tuned today.", "today").as_deref(),
            Some("it got re-tuned")
        );
        // Not a noun that speech words also are ("the show").
        assert_eq!(
            dated(
                "He also gave the festival its best show ever in 2007.",
                "in 2007"
            )
            .as_deref(),
            Some("He also gave the festival its best show")
        );
    }

    #[test]
    fn a_date_inside_a_noun_phrase_is_left_out() {
        assert_eq!(
            dated(
                "The general oversaw the brutal 1972 purge in the capital.",
                "1972"
            )
            .as_deref(),
            Some("The general oversaw the brutal purge")
        );
        assert_eq!(
            dated(
                "Thefts doubled, according to figures released in June.",
                "in June"
            )
            .as_deref(),
            Some("figures released")
        );
        assert_eq!(
            dated(
                "Orlan Vey made the announcement in a letter released Tuesday by the club.",
                "Tuesday"
            )
            .as_deref(),
            Some("a letter released")
        );
    }

    #[test]
    fn a_dateline_alone_dates_nothing_in_words() {
        assert_eq!(
            dated(
                "KESTREL, Norland, Oct 19 (Wire) - Ever since the storm, farmers have waited.",
                "Oct 19"
            ),
            None
        );
    }
}
