//! Who says what: names and descriptions of people and organisations in the text, the
//! speech verbs that attribute words to them, and the rules that give a quotation or a figure
//! its speaker ("X said", "said X", "according to X", "X told Y:", a pronoun, an interview
//! label, a quote that goes on from the one before).
//!
//! One file, over 1,500 lines, because names, descriptions, speech verbs and the attribution rules
//! read the same tokens of a sentence and of the sentences around it.

use super::quotes::QuoteSpan;
use super::text::{Text, TokenKind};
use crate::model::lexicon::{data_lines, word_set, Lexicon};
use crate::model::names::without_possessive;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntityKind {
    Person,
    Org,
    Place,
    /// One capitalized word we cannot place: "Huawei", or a surname seen alone.
    Unknown,
}

/// A person's sex as the text tells it, for pronoun agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// A capitalized name as it stands in the text.
#[derive(Clone, Debug)]
struct Name {
    first: usize,
    last: usize,
    /// The first token of the capitalised run, before titles were stripped ("Erie County
    /// Executive Jane Roe" runs from "Erie"; the name is "Jane Roe").
    run: usize,
    start: usize,
    /// The name with titles and nationality words stripped ("Donald Trump").
    text: String,
    kind: EntityKind,
    /// Titles and role nouns before or beside it ("president", "analyst").
    roles: Vec<String>,
}

/// An unnamed person described by role: "a Chinese economics professor".
#[derive(Clone, Debug)]
struct Description {
    first: usize,
    last: usize,
    start: usize,
    text: String,
    role: String,
}

/// Someone who speaks in a sentence.
#[derive(Clone, Debug)]
struct Attribution {
    /// Byte offset of the speech verb.
    at: usize,
    sentence: usize,
    speaker: String,
    /// The verb introduces words ("said that", "told Y:", "noted,") rather than an act.
    introduces_speech: bool,
    /// The verb stands inside a quotation (it attributes only quotes nested there).
    quoted: bool,
    /// The byte range of the brackets the verb stands in ("(his own, according to earlier
    /// posts)"): it attributes only what is inside them.
    bracket: Option<(usize, usize)>,
    /// The verb is one of believing or wanting ("thinks", "wants to"): a verb of saying in
    /// the same sentence governs before it.
    belief: bool,
}

impl Attribution {
    /// Whether the attribution can govern byte `at`: it is not in brackets that leave `at` out.
    fn reaches(&self, at: usize) -> bool {
        self.bracket.is_none_or(|(a, b)| a <= at && at < b)
    }
}

#[derive(Clone, Debug)]
pub struct AttributedQuote {
    pub span: QuoteSpan,
    pub speaker: Option<String>,
}

/// An entity someone can speak as, in text order.
#[derive(Clone, Debug)]
enum Referent {
    Name(usize),
    Description(usize),
}

/// An answer found among so many names and person names (`People::fuller_body_name`).
type FoundAmong = (usize, usize, Option<String>);

pub struct People<'t, 'a> {
    t: &'t Text<'a>,
    lex: &'static Lexicon,
    quotes: Vec<QuoteSpan>,
    /// The byte ranges covered by quotations, merged and sorted.
    quoted: Vec<(usize, usize)>,
    names: Vec<Name>,
    descriptions: Vec<Description>,
    /// Full personal names in order of first appearance, for expanding "Lam" to "Willy Lam".
    full_names: Vec<String>,
    /// Where each full name is first written (byte offset).
    full_starts: Vec<usize>,
    /// Each full name's last word, split once for `misspelt_surname_of`.
    full_surnames: Vec<Option<String>>,
    /// Each word of a full name, to the first full name it appears in.
    name_words: rustc_hash::FxHashMap<String, Vec<usize>>,
    attributions: Vec<Attribution>,
    /// Pledges and threats ("the union threatened to strike for 10 days"): their subjects
    /// speak for the figures of the deed, never for a quotation, so they stand apart from
    /// `attributions` (which quotes and pronouns read).
    deeds: Vec<Attribution>,
    /// Interview answers: (first line, one past the last line, speaker).
    interview: Vec<(usize, usize, String)>,
    /// Tokens that belong to date expressions ("A week ago, ..." opens no subject).
    date_tokens: Vec<bool>,
    /// Each sentence's subject, when it is someone: (speaker, is a person, byte offset).
    subjects: Vec<Option<(String, bool, usize)>>,
    /// Each sentence's person in focus: its subject, or whoever it quotes ("according to X").
    salient: Vec<Option<String>>,
    /// Described speakers named a little later by the same role ("a spokesman ... the
    /// spokesman, Jane Roe"): (description, name).
    named_later: Vec<(String, String)>,
    /// Each speaker's fullest body name ([`People::fullest_body_name`]), found once: the
    /// search reads every word of the article, and one speaker is named many times.
    fullest_names: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<String>>>,
    /// Each name's `name_string` (by first and last token and kind), found once the names are
    /// all found and settled (`names_final`): the rules ask for one name many times, and the
    /// answer reads every name and every full name.
    name_strings: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize, u8), String>>,
    /// The name each acronym abbreviates ([`People::acronym_of`]), once the names are settled.
    acronyms: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<String>>>,
    /// The authors signing embedded posts with their lines, in line order, read once:
    /// `fuller_body_name` asks for them for every name it settles and `attribution_at` for the
    /// line of every figure, and each reading scans a whole line.
    tweet_authors: std::cell::OnceCell<Vec<(usize, String)>>,
    /// `fuller_body_name`'s answers by the short name, with the number of names and person
    /// names they were found among: names are only added while they are found (and settled
    /// before they are read), so the same counts give the same answer.
    fuller_body_names: std::cell::RefCell<rustc_hash::FxHashMap<String, FoundAmong>>,
    names_final: bool,
    /// Every person's name as `name_string` gives it.
    person_names: rustc_hash::FxHashSet<String>,
    /// The texts of the names read as an organisation's or a place's, for `is_person`.
    body_and_place_names: rustc_hash::FxHashSet<String>,
    /// The texts of the names of things someone owns ("Acme" of "Jane Roe's Acme"), for
    /// `is_owned_thing`.
    owned_names: rustc_hash::FxHashSet<String>,
    /// The sex of speakers whose name, title or role tells it ("Mrs", "spokeswoman", a given
    /// name), for "he"/"she" agreement; a speaker told both ways is left out.
    genders: rustc_hash::FxHashMap<String, Gender>,
    /// For each line, one past the last token of its dateline (its first token when none).
    datelines: Vec<usize>,
    /// Lines that carry a photo credit: captions, whose people no pronoun stands for.
    captions: Vec<bool>,
    /// Paragraphs that read as a photo's caption (`is_caption_like`), found once per article.
    caption_like: Vec<bool>,
}

impl<'t, 'a> People<'t, 'a> {
    pub fn new(
        t: &'t Text<'a>,
        lex: &'static Lexicon,
        quotes: &[QuoteSpan],
        date_tokens: &[bool],
    ) -> People<'t, 'a> {
        let mut p = People {
            date_tokens: date_tokens.to_vec(),
            subjects: Vec::new(),
            salient: Vec::new(),
            t,
            lex,
            quotes: quotes.to_vec(),
            quoted: merge_ranges(quotes.iter().map(|q| (q.start, q.end))),
            // Room for the names of a long article at once: a name is large, and growing the
            // vector copies them all.
            names: Vec::with_capacity(t.tokens.len() / 16),
            descriptions: Vec::new(),
            full_names: Vec::new(),
            full_starts: Vec::new(),
            full_surnames: Vec::new(),
            name_words: Default::default(),
            attributions: Vec::new(),
            deeds: Vec::new(),
            interview: Vec::new(),
            named_later: Vec::new(),
            fullest_names: Default::default(),
            name_strings: Default::default(),
            acronyms: Default::default(),
            tweet_authors: Default::default(),
            fuller_body_names: Default::default(),
            names_final: false,
            person_names: Default::default(),
            body_and_place_names: Default::default(),
            owned_names: Default::default(),
            genders: Default::default(),
            captions: vec![false; t.lines.len()],
            caption_like: t
                .lines
                .iter()
                .map(|l| is_caption_like(&t.text[l.start..l.end]))
                .collect(),
            datelines: (0..t.lines.len())
                .map(|l| Self::dateline_end(t, lex, l).unwrap_or(t.lines[l].tokens.0))
                .collect(),
        };
        p.find_names();
        // The names, their kinds and the full names are settled: `name_string` may keep its
        // answers from here on.
        p.names_final = true;
        p.name_strings = std::cell::RefCell::new(rustc_hash::FxHashMap::with_capacity_and_hasher(
            p.names.len(),
            Default::default(),
        ));
        p.find_person_names();
        p.find_genders();
        p.find_descriptions();
        p.find_named_descriptions();
        p.find_attributions();
        p.find_interview_labels();
        p
    }

    /// Paragraphs after a description within which a name with its role names it.
    const NAMED_LATER_LINES: usize = 4;

    /// "A government spokesman said ... Spokesman Jane Roe added": the first person named
    /// after a description, within a few paragraphs, with the description's role.
    fn find_named_descriptions(&mut self) {
        let t = self.t;
        for d in &self.descriptions {
            if self.in_quote(d.start) || self.named_later.iter().any(|x| x.0 == d.text) {
                continue;
            }
            let line = t.line_of_offset(d.start);
            let later = self.named_with_role_after(d.start, &d.role);
            // "A Springfield woman says ... Jane Roe says": a lede that describes its subject
            // by a person noun names her in the next paragraphs, as the first person named
            // there with no role of her own.
            let lede = || {
                let opens_sentence = d.first == 0
                    || self.sentence_starts_at(d.first)
                    || self.in_dateline(d.first - 1);
                let person_noun = self.lex.person_nouns.contains(d.role.as_str());
                let early = t.lines[..line].iter().filter(|l| !l.furniture).count() <= 2;
                if !(opens_sentence && person_noun && early) {
                    return None;
                }
                self.names[self.names.partition_point(|n| n.start <= d.start)..]
                    .iter()
                    .take_while(|n| t.line_of_offset(n.start) <= line + 3)
                    .find(|n| n.kind == EntityKind::Person && !self.in_quote(n.start))
                    .filter(|n| n.roles.is_empty() && n.text.contains(' '))
            };
            // "... a former adviser to the board called it “a mistake”. ... , Jane Roe
            // added.": a person first named in the next paragraphs as going on ("added")
            // is the one described who spoke before.
            let went_on = || {
                let quoted_there = t.sentence_at(d.start).is_some_and(|s| {
                    let s = &t.sentences[s];
                    self.quotes
                        .iter()
                        .any(|q| q.start < s.end && s.start < q.end)
                });
                if !quoted_there {
                    return None;
                }
                self.names[self.names.partition_point(|n| n.start <= d.start)..]
                    .iter()
                    .take_while(|n| t.line_of_offset(n.start) <= line + 2)
                    .filter(|n| t.line_of_offset(n.start) > line)
                    .find(|n| n.kind == EntityKind::Person && !self.in_quote(n.start))
                    .filter(|n| {
                        n.text.contains(' ')
                            && matches!(t.low_at(n.last), Some("added" | "adds"))
                            && !self.names[..self.names.partition_point(|m| m.start < n.start)]
                                .iter()
                                .any(|m| m.text == n.text)
                    })
            };
            if let Some(n) = later.or_else(lede).or_else(went_on) {
                let name = self.name_string(n);
                self.named_later.push((d.text.clone(), name));
            }
        }
    }

    /// The names of persons, as `name_string` gives them, for `is_named_person`; the names of
    /// bodies, places and owned things, for `is_person` and `is_owned_thing` (sets, not a scan
    /// of every name at every attribution). Names are all found, and their kinds settled, by
    /// now.
    fn find_person_names(&mut self) {
        let t = self.t;
        let names: rustc_hash::FxHashSet<String> = self
            .names
            .iter()
            .filter(|n| n.kind == EntityKind::Person)
            .map(|n| self.name_string(n))
            .collect();
        self.person_names = names;
        self.body_and_place_names = self
            .names
            .iter()
            .filter(|n| matches!(n.kind, EntityKind::Org | EntityKind::Place))
            .map(|n| n.text.clone())
            .collect();
        self.owned_names = self
            .names
            .iter()
            .filter(|n| {
                n.kind == EntityKind::Unknown
                    && n.run < n.first
                    && (t.tok(n.first - 1).ends_with("'s") || t.tok(n.first - 1).ends_with("’s"))
            })
            .map(|n| n.text.clone())
            .collect();
        self.find_credit_lines();
    }

    /// "Jane Roe" alone between two paragraphs, her surname nowhere else in the article: a
    /// photographer's credit left where the photo stood, no one the story is about (a
    /// subheading that names a person names someone the text names again).
    fn find_credit_lines(&mut self) {
        let t = self.t;
        for (li, line) in t.lines.iter().enumerate() {
            let (a, b) = line.tokens;
            if line.furniture || b <= a + 1 || b > a + 4 {
                continue;
            }
            let Some(n) = self.names_from(a).first() else {
                continue;
            };
            if n.kind != EntityKind::Person || n.run != a || n.first != a || n.last != b {
                continue;
            }
            // (The token's length first, then its bytes: this reads every token of the
            // article for each such line.)
            let surname = t.low_bytes(b - 1);
            let elsewhere = t.tokens.iter().enumerate().any(|(k, tok)| {
                (k < a || k >= b)
                    && tok.end - tok.start == surname.len()
                    && t.low_bytes(k) == surname
            });
            if !elsewhere {
                self.captions[li] = true;
                self.caption_like[li] = true;
            }
        }
    }

    /// The sex of each person the text names or describes, by a title or role before the
    /// name ("Mrs", "spokeswoman"), else by the given name that opens it.
    fn find_genders(&mut self) {
        let words = speaker_words();
        let mut genders: rustc_hash::FxHashMap<String, Option<Gender>> = Default::default();
        let mut note = |speaker: String, g: Gender| {
            genders
                .entry(speaker)
                .and_modify(|old| {
                    if *old != Some(g) {
                        *old = None;
                    }
                })
                .or_insert(Some(g));
        };
        for n in &self.names {
            // "his wife Jane": a kin noun right before the name tells it too, and makes a
            // lone given name a person's.
            let kin = (n.run > 0 && self.t.same_line(n.run - 1, n.run))
                .then(|| words.gendered.get(self.t.low(n.run - 1)).copied())
                .flatten();
            if n.kind != EntityKind::Person && !(n.kind == EntityKind::Unknown && kin.is_some()) {
                continue;
            }
            let full = self.name_string(n);
            let by_role = n
                .roles
                .iter()
                .find_map(|r| words.gendered.get(r.as_str()).copied())
                .or(kin);
            let by_name = || {
                let given = full.split_whitespace().next()?;
                // A lone word tells the sex only as a given name the story uses alone.
                if !full.contains(' ') && n.text != full {
                    return None;
                }
                let g = given.to_lowercase();
                if words.female_names.contains(g.as_str()) {
                    Some(Gender::Female)
                } else if words.male_names.contains(g.as_str()) {
                    Some(Gender::Male)
                } else {
                    None
                }
            };
            if let Some(g) = by_role.or_else(by_name) {
                note(full, g);
            }
        }
        // "Jane Roe and her deputy", "Roe, his wife and ...": a possessive that follows a
        // person's name across only "and" and commas is the person's and tells the sex (not
        // "Roe told her", whose "her" is someone else).
        let t = self.t;
        for n in &self.names {
            if n.kind != EntityKind::Person || self.in_quote(n.start) {
                continue;
            }
            let mut k = n.last;
            while k < t.tokens.len()
                && t.same_line(n.first, k)
                && (t.tokens[k].is_punct(',') || t.low(k) == "and")
            {
                k += 1;
            }
            let possessive = k > n.last
                && k + 1 < t.tokens.len()
                && t.same_line(k, k + 1)
                && t.tokens[k + 1].is_word()
                && !t.is_capitalized(k + 1)
                && !self.in_quote(t.tokens[k].start);
            if possessive && matches!(t.low(k), "his" | "her") {
                if let Some(g) = self.pronoun_gender(k) {
                    note(self.name_string(n), g);
                }
            }
        }
        for (name, g) in self.subject_pronoun_sexes() {
            note(name, g);
        }
        for d in &self.descriptions {
            if let Some(&g) = words.gendered.get(d.role.as_str()) {
                note(d.text.clone(), g);
            }
        }
        self.genders = genders
            .into_iter()
            .filter_map(|(k, v)| v.map(|g| (k, g)))
            .collect();
    }

    /// "Jane Roe said she ...", "Tom Roe fell on the ice with his son": a person named at the
    /// opening of a sentence is who the first "he", "she", "his", "himself" or "herself" of
    /// that sentence stands for when no one else is named or told by a noun of sex ("his
    /// wife") between them, no relative clause opens between, and no quotation: the pronoun
    /// tells the person's sex. ("her" is left out: "Roe told her" is someone else.)
    fn subject_pronoun_sexes(&self) -> Vec<(String, Gender)> {
        let t = self.t;
        let words = speaker_words();
        let mut found = Vec::new();
        for s in &t.sentences {
            let (first, last) = s.tokens;
            let Some(n) = self.names_from(first).first() else {
                continue;
            };
            if n.kind != EntityKind::Person
                || n.run != first
                || n.last >= last
                || self.in_quote(n.start)
                || self.captions[t.tokens[first].line as usize]
            {
                continue;
            }
            let mut k = n.last;
            while k < last {
                if self.in_quote(t.tokens[k].start)
                    || t.tokens[k].is_punct('"')
                    || t.tokens[k].is_punct('“')
                    || matches!(t.low(k), "who" | "whose" | "whom" | "which" | "that")
                    || words.gendered.contains_key(t.low(k))
                    || self.names_from(k).first().is_some_and(|m| m.run == k)
                {
                    break;
                }
                if matches!(t.low(k), "he" | "she" | "his" | "himself" | "herself") {
                    if let Some(g) = self.pronoun_gender(k) {
                        found.push((self.name_string(n), g));
                    }
                    break;
                }
                k += 1;
            }
        }
        found
    }

    /// Whether a speaker can be what a pronoun stands for: no known sex against it.
    fn agrees(&self, speaker: &str, pronoun: Option<Gender>) -> bool {
        // "..., known for his fast-break game, announced": one word in lower case is a
        // thing or a group ("officials"), never who "he" or "she" is.
        if pronoun.is_some()
            && !speaker.contains(' ')
            && speaker.chars().next().is_some_and(char::is_lowercase)
        {
            return false;
        }
        // "Producers were unhappy ... she says": a plural noun opening a sentence is a group.
        if pronoun.is_some() && !speaker.contains(' ') {
            let low = speaker.to_lowercase();
            let singular = low.strip_suffix('s').unwrap_or(&low);
            if self.lex.plurals.contains(low.as_str())
                || (low.ends_with('s') && !low.ends_with("ss") && self.is_role(singular))
            {
                return false;
            }
        }
        // "Some rumours claimed that ... She then promised": a speaker whose words after the
        // first are in lower case, none a person's role, and whose last is a plural or a
        // document ("reports", "the memo") is a group or a thing, never who "he" or "she" is.
        if pronoun.is_some() && speaker.contains(' ') && self.is_group_or_thing(speaker) {
            return false;
        }
        match (pronoun, self.genders.get(speaker)) {
            (Some(p), Some(g)) => p == *g,
            _ => true,
        }
    }

    /// Whether a speaker of several words is a group or a thing by its words: all but the
    /// first in lower case, none a role, the last a plural or a document ("Some reports",
    /// "the leaked memo"); not "a spokesman for the ministry of foreign affairs".
    fn is_group_or_thing(&self, speaker: &str) -> bool {
        let mut words = speaker.split(' ');
        let first = words.next().unwrap_or_default().to_lowercase();
        let rest: Vec<&str> = words.collect();
        let Some(last) = rest.last() else {
            return false;
        };
        if self.is_role(&first)
            || rest
                .iter()
                .any(|w| !w.chars().next().is_some_and(char::is_lowercase) || self.is_role(w))
        {
            return false;
        }
        let plural = self.lex.plurals.contains(*last)
            || (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us"));
        let words = speaker_words();
        plural || words.document_nouns.contains(*last) || words.statement_nouns.contains(*last)
    }

    /// The sex a pronoun at token `i` tells, if any ("she", "his").
    fn pronoun_gender(&self, i: usize) -> Option<Gender> {
        match self.t.low(i) {
            "he" | "him" | "his" | "himself" | "he'd" | "he’d" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" | "she'd" | "she’d" => Some(Gender::Female),
            _ => None,
        }
    }

    /// A speaker by the name given later to its description, if any.
    fn named(&self, speaker: String) -> String {
        // The description as the sentence's subject may run a word or two longer or shorter
        // than as found ("a former adviser to the city council"); four words in common from
        // its start are the same description.
        let same = |d: &str| {
            let (short, long) = if d.len() <= speaker.len() {
                (d, speaker.as_str())
            } else {
                (speaker.as_str(), d)
            };
            // "an Acme spokesman" found, "Acme spokesman" read as the subject: the same.
            let bare = ["a ", "an ", "A ", "An "]
                .iter()
                .find_map(|a| long.strip_prefix(a));
            short == long
                || bare == Some(short)
                || (long.starts_with(short)
                    && long[short.len()..].starts_with(' ')
                    && short.split_whitespace().count() >= 4)
        };
        let speaker = match self.named_later.iter().find(|x| same(&x.0)) {
            Some(x) => x.1.clone(),
            None => speaker,
        };
        let known = self.fullest_names.borrow().get(&speaker).cloned();
        let fullest = known.unwrap_or_else(|| {
            let found = self.fullest_body_name(&speaker);
            self.fullest_names
                .borrow_mut()
                .insert(speaker.clone(), found.clone());
            found
        });
        fullest.unwrap_or(speaker)
    }

    /// A body's short name at its fullest in the article: "Avel police" where the article
    /// also writes "the Avel Police Department" is that department (one organisation, one
    /// name). The speaker is capitalised words and a body's noun (`org_words.txt`) in any case;
    /// the fuller name is the same words capitalised in a line of prose, run on by capitalised
    /// words or "of"/"for" and a capitalised word, up to a title or role ("Avel Police Chief
    /// Jane Roe" is not a fuller name of the police) or a date word.
    fn fullest_body_name(&self, speaker: &str) -> Option<String> {
        let t = self.t;
        let mut words: Vec<&str> = speaker.split_whitespace().collect();
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            words.remove(0);
        }
        let (&head, name) = words.split_last()?;
        if name.is_empty()
            || words.len() > 6
            || !name
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            || !self.lex.org_words.contains(&head.to_lowercase())
        {
            return None;
        }
        let lows: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let n = t.tokens.len();
        let len = lows.len();
        let capital_word = |k: usize| k < n && t.tokens[k].is_word() && t.is_capitalized(k);
        let mut best: Option<(usize, usize, bool)> = None;
        // (The tokens that start where the first word's bytes stand in the lower-cased text,
        // every place found by one search, in order: a test at every token of the article
        // cost more.)
        let first_word = lows[0].as_bytes();
        let finder = memchr::memmem::Finder::new(first_word);
        let lower = t.lower.as_bytes();
        let limit = n.saturating_sub(len - 1);
        let (mut from, mut next) = (0, 0);
        let same_start = std::iter::from_fn(|| loop {
            let at = from + finder.find(lower.get(from..)?)?;
            from = at + 1;
            // The first token at or after the place (the tokens are in text order): a
            // binary search, not a walk from the article's start on every call.
            if next < limit {
                next += t.tokens[next..limit].partition_point(|tok| tok.start < at);
            }
            if next >= limit {
                return None;
            }
            if t.tokens[next].start == at && t.tokens[next].end - at == first_word.len() {
                return Some(next);
            }
        });
        for k in same_start {
            if t.low(k) != lows[0]
                || !(0..len).all(|i| {
                    t.low(k + i) == lows[i] && capital_word(k + i) && t.same_line(k, k + i)
                })
                || is_headline(t, &t.lines[t.tokens[k].line as usize])
            {
                continue;
            }
            let possessive = |i: usize| {
                let low = t.low(i);
                low.ends_with("'s") || low.ends_with("’s")
            };
            if (k..k + len).any(possessive) {
                continue;
            }
            let mut j = k + len;
            let mut joined = false;
            // A possessive ends the name, itself its last word ("the Avel Police
            // Department's fraud unit").
            let mut owner = false;
            loop {
                let stop = |i: usize| {
                    !capital_word(i)
                        || !t.same_line(k, i)
                        || self.is_role(t.low(i))
                        || self.is_date_word(i)
                };
                if !stop(j) {
                    j += 1;
                } else if j + 1 < n
                    && matches!(t.low(j), "of" | "for")
                    && t.same_line(k, j)
                    && !stop(j + 1)
                {
                    joined = true;
                    j += 2;
                } else {
                    break;
                }
                if possessive(j - 1) {
                    owner = true;
                    break;
                }
            }
            if j == k + len {
                continue;
            }
            // The run is a body's name if it ends in a body's noun ("Police Department") or
            // names what the body is of ("Alliance of Civic Auditors"); "Avel Airlines Needs
            // Pilots" is a heading's words.
            let last = t.low(j - 1);
            let last = without_possessive(last);
            if (joined || self.lex.org_words.contains(last))
                && best.is_none_or(|(a, b, _)| j - k > b - a)
            {
                best = Some((k, j, owner));
            }
        }
        let (a, b, owner) = best?;
        let full = &t.text[t.tokens[a].start..t.tokens[b - 1].end];
        let full = if owner {
            without_possessive(full)
        } else {
            full
        };
        Some(full.to_string())
    }

    fn in_quote(&self, at: usize) -> bool {
        // The union of the quotations, sorted: a binary search.
        let k = self.quoted.partition_point(|&(_, end)| end <= at);
        k < self.quoted.len() && self.quoted[k].0 <= at
    }

    /// Names that start at token `k` or later (names are in text order).
    fn names_from(&self, k: usize) -> &[Name] {
        &self.names[self.names.partition_point(|n| n.first < k)..]
    }

    /// Names that start before byte offset `at`.
    fn names_before(&self, at: usize) -> &[Name] {
        &self.names[..self.names.partition_point(|n| n.start < at)]
    }

    /// Names that start at byte offset `from` or later and before `to` (two binary searches,
    /// not a scan of every name before `to` at every sentence).
    fn names_within(&self, from: usize, to: usize) -> &[Name] {
        let before = self.names_before(to);
        &before[before.partition_point(|n| n.start < from)..]
    }

    /// The last person named before byte offset `at` with `role` ("the spokesman").
    fn last_with_role(&self, at: usize, role: &str) -> Option<String> {
        // "Astrophysicist Jane Roe" is "the scientist". Of those who hold the role, the one
        // the text names last, by any form of the name ("Gov. Jane Roe ... Gov. Tom Poe ...
        // Roe's office said ... The governor said" is Roe).
        let before = self.names_before(at);
        let holders: Vec<String> = before
            .iter()
            .filter(|n| n.roles.iter().any(|r| role_is_kind_of(r, role)))
            .map(|n| self.name_string(n))
            .collect();
        // No holder, no answer: most roles asked for ("the firm", "the plan") are no one's,
        // and the search below reads and copies every name before `at`.
        if holders.is_empty() {
            return None;
        }
        before
            .iter()
            .rev()
            .filter(|n| n.kind != EntityKind::Place)
            .map(|n| self.name_string(n))
            .find(|name| holders.contains(name))
    }

    /// The last person named before byte offset `at` with the age `age` written beside the
    /// name: "Jane Roe, 34,", "Jane Roe, aged 34" or "the 34-year-old Jane Roe".
    fn person_of_age(&self, age: &str, at: usize) -> Option<String> {
        let t = self.t;
        let tok = |k: usize| t.tokens.get(k).map(|x| &t.text[x.start..x.end]);
        self.names_before(at)
            .iter()
            .rev()
            .filter(|n| n.kind == EntityKind::Person && !self.in_quote(n.start))
            .find(|n| {
                let after = n.last;
                let comma_age = tok(after) == Some(",")
                    && (tok(after + 1) == Some(age)
                        || (t.low_at(after + 1) == Some("aged") && tok(after + 2) == Some(age)));
                let line_start = t.lines[t.line_of_offset(n.start)].start;
                let before = &t.text[line_start..t.tokens[n.run].start];
                let age_before = before
                    .trim_end()
                    .strip_suffix("-year-old")
                    .is_some_and(|x| {
                        x.ends_with(age)
                            && !x[..x.len() - age.len()].ends_with(|c: char| c.is_ascii_digit())
                    });
                comma_age || age_before
            })
            .map(|n| self.name_string(n))
    }

    /// The age of an epithet `a..b` that gives one: "the 34-year-old", "the 34-year-old
    /// actor" (up to three words in lower case after the age, none a function word).
    fn age_epithet(&self, a: usize, b: usize) -> Option<&str> {
        let t = self.t;
        if t.low(a) != "the" || b < a + 2 {
            return None;
        }
        let from = t.tokens[a + 1].start;
        let (k, age) = (a + 1..b).find_map(|k| {
            t.text[from..t.tokens[k].end]
                .strip_suffix("-year-old")
                .filter(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
                .map(|age| (k, age))
        })?;
        let nouns = k + 1..b;
        (nouns.len() <= 3
            && nouns.clone().all(|j| {
                t.tokens[j].is_word()
                    && !t.is_capitalized(j)
                    && !self.lex.function_words.contains(t.low(j))
            }))
        .then_some(age)
    }

    /// The person named last before byte offset `at` by a given name and a surname, in its
    /// paragraph or the two before ("Jane Roe ... The 34-year-old said"), unless someone
    /// new is described after that name ("Jane Roe ... a man told ... the 34-year-old").
    fn person_named_just_before(&self, at: usize) -> Option<String> {
        let floor = self.previous_lines_start(self.t.line_of_offset(at), 2);
        let words = speaker_words();
        let (start, name) = self
            .names_before(at)
            .iter()
            .rev()
            .take_while(|n| n.start >= floor)
            .filter(|n| {
                n.kind == EntityKind::Person && !self.in_quote(n.start) && !self.after_place_word(n)
            })
            .map(|n| (n.start, self.name_string(n)))
            .find(|(_, name)| {
                let mut w = name.split_whitespace();
                w.next()
                    .is_some_and(|g| words.is_given_name(&g.to_lowercase()))
                    && w.next().is_some()
            })?;
        let someone_new = self.descriptions.iter().any(|d| {
            d.start > start
                && d.start < at
                && !self.in_quote(d.start)
                && matches!(
                    d.text.split_whitespace().next(),
                    Some("a" | "an" | "A" | "An")
                )
        });
        (!someone_new).then_some(name)
    }

    /// The first person named after byte offset `at`, within a few paragraphs, with `role`
    /// or a kind of it ("the prosecutor said ... Jane Roe, prosecutor of Avel, said").
    fn named_with_role_after(&self, at: usize, role: &str) -> Option<&Name> {
        let t = self.t;
        let line = t.line_of_offset(at);
        self.names[self.names.partition_point(|n| n.start <= at)..]
            .iter()
            .take_while(|n| t.line_of_offset(n.start) <= line + Self::NAMED_LATER_LINES)
            .find(|n| {
                n.kind == EntityKind::Person
                    && !self.in_quote(n.start)
                    && n.roles.iter().any(|r| role_is_kind_of(r, role))
            })
    }

    // ---- names -------------------------------------------------------------------------

    fn is_name_token(&self, i: usize) -> bool {
        let tok = &self.t.tokens[i];
        if !tok.is_word() {
            return false;
        }
        tok.case != 0 && !self.in_dateline(i)
    }

    /// A word in lower case joined by a hyphen to a name token before it ("in" of "Ha-in").
    fn syllable_after_hyphen(&self, k: usize) -> bool {
        let t = self.t;
        k >= 2
            && t.tokens[k].is_word()
            && t.tokens[k - 1].is_punct('-')
            && t.touching(k - 1, k)
            && t.touching(k - 2, k - 1)
            && self.is_name_token(k - 2)
    }

    /// Whether token `i` is part of a dateline that opens its line (`dateline_end`). A
    /// dateline names where the story was filed, never who speaks.
    fn in_dateline(&self, i: usize) -> bool {
        let line = self.t.tokens[i].line as usize;
        self.datelines.get(line).is_some_and(|&end| i < end)
    }

    /// One past the last token of the dateline that opens `line`, if any: places (one word in
    /// capitals at least), perhaps a state, a date and an agency in brackets, then a dash ("OSLO
    /// —", "LIMA, Peru, Oct 19 (Wire) -", "SEOUL/TOKYO (Wire) -"); a place in capitals and a
    /// colon ("OSLO:"); or places with a comma and an agency in brackets that run into the
    /// story ("Springfield, Ohio (Wire) The mayor said").
    fn dateline_end(t: &Text, lex: &Lexicon, line: usize) -> Option<usize> {
        let (a, b) = t.lines.get(line)?.tokens;
        if a >= b || !t.tokens[a].is_word() || !t.is_capitalized(a) {
            return None;
        }
        let caps = |k: usize| {
            let w = t.tok(k);
            t.tokens[k].is_word()
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        let (mut saw_caps, mut comma, mut agency) = (false, false, false);
        let mut bracket: Option<usize> = None;
        for j in a..b.min(a + 16) {
            match t.tokens[j].kind {
                TokenKind::Punct('-')
                    if j > a && t.touching(j - 1, j) && j + 1 < b && t.touching(j, j + 1) => {}
                TokenKind::Punct('—' | '–' | '-') if bracket.is_none() && j > a => {
                    return (saw_caps || agency).then_some(j + 1);
                }
                TokenKind::Punct(':') if bracket.is_none() && j > a => {
                    let place = &t.lower[t.tokens[a].start..t.tokens[j - 1].end];
                    return ((a..j).all(caps) && lex.places.contains(place)).then_some(j + 1);
                }
                TokenKind::Punct('(') if bracket.is_none() => bracket = Some(j),
                TokenKind::Punct(')') => {
                    let open = bracket.take()?;
                    agency = open + 1 < j && (open + 1..j).all(|k| t.is_capitalized(k));
                    // The story runs on after the agency, with no dash.
                    let dash_next = matches!(
                        t.tokens.get(j + 1).map(|x| x.kind),
                        Some(TokenKind::Punct('—' | '–' | '-'))
                    );
                    if agency && !dash_next && (saw_caps || comma) {
                        return (j + 1 < b && t.is_capitalized(j + 1)).then_some(j + 1);
                    }
                }
                _ if bracket.is_some() => {}
                TokenKind::Punct(',') => comma = true,
                TokenKind::Punct('/' | '.') => {}
                _ if t.tokens[j].is_number() => {}
                _ if t.tokens[j].is_word() && t.is_capitalized(j) => {
                    saw_caps |= caps(j) && t.tok(j).chars().count() >= 3;
                }
                _ => return None,
            }
        }
        None
    }

    fn find_names(&mut self) {
        let t = self.t;
        let lex = self.lex;
        let n = t.tokens.len();
        let headline: Vec<bool> = t.lines.iter().map(|l| is_headline(t, l)).collect();
        let credit = self.credit_prefixes();
        for (k, _) in credit.iter().enumerate().filter(|(_, c)| **c) {
            self.captions[t.tokens[k].line as usize] = true;
        }
        // "Jane Roe waves to the fans after the final in Avel": a paragraph of seven words
        // or more that ends with no stop and quotes no one is a photo's caption too.
        for (caption, like) in self.captions.iter_mut().zip(&self.caption_like) {
            *caption |= like;
        }
        let mut i = 0;
        while i < n {
            if !self.is_name_token(i)
                || self.skip_as_name_start(i)
                || headline[t.tokens[i].line as usize]
                || credit[i]
                || self.opener_before_surname(i)
            {
                i += 1;
                continue;
            }
            // Extend over name tokens, connectors followed by a name token, possessives, hyphens
            // and the period of an abbreviated title ("Dr. Paul Sin").
            let first = i;
            let mut last = i + 1;
            loop {
                if last >= n || !t.same_line(first, last) {
                    break;
                }
                // "Kam Sun-hee": a weekday's or month's short form with a syllable hyphened
                // onto it is a given name, not a date.
                let hyphened_syllable = || {
                    last + 2 < n
                        && t.tokens[last + 1].is_punct('-')
                        && t.touching(last, last + 1)
                        && t.touching(last + 1, last + 2)
                        && t.tokens[last + 2].is_word()
                        && !t.is_capitalized(last + 2)
                };
                if self.is_name_token(last) && (!self.is_date_word(last) || hyphened_syllable()) {
                    last += 1;
                    continue;
                }
                // "Avelnews.com", "Petitions.org": a web address is one name.
                if self.domain_dot(last) {
                    last += 2;
                    continue;
                }
                // "user Jo_AND_Al": an underscore joins the words of a handle.
                if t.tokens[last].is_punct('_')
                    && t.touching(last - 1, last)
                    && last + 1 < n
                    && t.touching(last, last + 1)
                    && t.tokens[last + 1].is_word()
                {
                    last += 2;
                    continue;
                }
                let low = t.low(last);
                let hyphen = t.tokens[last].is_punct('-') && t.touching(last - 1, last);
                // A given name of two syllables in lower case after the hyphen: "Seo
                // Ha-in", "Lee Min-jun" (not "New York-born").
                if hyphen && last > first + 1 && last + 1 < n && t.touching(last, last + 1) {
                    let (syllable, rest) = (t.tok(last - 1), t.low(last + 1));
                    // "Yoon Young-chan": a syllable of five letters too, after a one-syllable
                    // surname, when the text never writes the syllable after the hyphen as a
                    // word of its own ("the Biden-era rules" ... "an era").
                    let long_syllable = || {
                        syllable.chars().count() == 5
                            && last == first + 2
                            && t.tok(first).chars().count() <= 4
                            && !t
                                .tokens
                                .iter()
                                .enumerate()
                                .any(|(j, x)| j != last + 1 && x.is_word() && t.low(j) == rest)
                    };
                    if t.tokens[last + 1].is_word()
                        && !t.is_capitalized(last + 1)
                        && (syllable.chars().count() <= 4 || long_syllable())
                        && (2..=4).contains(&rest.chars().count())
                        && !rest.ends_with("ed")
                        && !t.has_class(last + 1, crate::model::lexicon::class::PAST_VERB)
                        && !lex
                            .places
                            .contains(&t.lower[t.tokens[first].start..t.tokens[last - 1].end])
                    {
                        last += 2;
                        continue;
                    }
                }
                // "Abu Jamil al-Rashid": an article hyphened onto a surname is of the name.
                if matches!(low, "al" | "el")
                    && last + 2 < n
                    && t.tokens[last + 1].is_punct('-')
                    && t.touching(last, last + 1)
                    && t.touching(last + 1, last + 2)
                    && self.is_name_token(last + 2)
                    && t.same_line(first, last + 2)
                {
                    last += 3;
                    continue;
                }
                let connector = matches!(
                    low,
                    "of" | "to" | "and" | "for" | "de" | "van" | "von" | "bin" | "al" | "the"
                ) || hyphen;
                // "Dr. Paul Sin", and a middle initial: "Carl R. Hale".
                let title_period = t.tokens[last].is_punct('.')
                    && t.touching(last - 1, last)
                    && (t.low_in(
                        last - 1,
                        crate::model::lexicon::class::ABBREVIATION,
                        &lex.abbreviations,
                    ) || (last - 1 > first && is_initial(t.tok(last - 1)))
                        // "R. Dalton Finch": a leading initial before a given name and a
                        // surname.
                        || (last - 1 == first
                            && is_initial(t.tok(first))
                            && (last + 1..last + 3).all(|k| {
                                k < n
                                    && t.same_line(first, k)
                                    && self.is_name_token(k)
                                    && !self.is_common_word(t.low(k))
                            })));
                if title_period && last + 1 < n && self.is_name_token(last + 1) {
                    last += 1;
                    continue;
                }
                // "Embassy to the U.S.", "Bank of the West".
                let skip_the = usize::from(
                    matches!(low, "of" | "to" | "for") && t.low_at(last + 1) == Some("the"),
                );
                let after = last + 1 + skip_the;
                if connector
                    && low != "the"
                    && after < n
                    && self.is_name_token(after)
                    && t.same_line(last, after)
                    && !self.is_date_word(after)
                {
                    // "of", "to", "and", "for" join the words of an organisation's name
                    // ("Bank of China", "Embassy to the U.S."), not two names ("Xi and Trump",
                    // "from Shanghai to Rotterdam").
                    let particle = matches!(low, "de" | "van" | "von" | "bin" | "al" | "-");
                    if !particle
                        && (!self.org_like_run(first, after) || self.person_before(first, last))
                    {
                        break;
                    }
                    last = after;
                    continue;
                }
                break;
            }
            // Do not end on a connector (the domain of a web address is no connector:
            // "Acmecars.com" keeps its "com").
            while last > first + 1
                && !self.is_name_token(last - 1)
                && !self.syllable_after_hyphen(last - 1)
                && (last < first + 3 || !self.domain_dot(last - 2))
            {
                last -= 1;
            }
            // "Image copyright Acme Photos": a picture's credit names no one in the story.
            let copyright = first > 0
                && t.same_line(first - 1, first)
                // (b"\xc2\xa9" is "©" in UTF-8.)
                && matches!(t.low_bytes(first - 1), b"copyright" | b"\xc2\xa9");
            if !copyright {
                self.push_name(first, last);
            }
            i = last;
        }
        self.find_organisations_by_context();
        // Full personal names, in order of first appearance; a headline's given name and
        // surname count too ("Why Jane Roe Is Angry" before "Roe says").
        let mut found: Vec<(usize, String)> = self
            .names
            .iter()
            .filter(|n| n.kind == EntityKind::Person && n.text.split_whitespace().count() >= 2)
            .map(|n| (n.start, n.text.clone()))
            .collect();
        let body_full: Vec<String> = found.iter().map(|f| f.1.clone()).collect();
        found.extend(self.headline_full_names(&headline, &body_full));
        found.sort_by_key(|x| x.0);
        let mut full: Vec<String> = Vec::new();
        let mut starts = Vec::new();
        for (at, name) in found {
            if !full.contains(&name) {
                full.push(name);
                starts.push(at);
            }
        }
        for (k, name) in full.iter().enumerate() {
            for word in name.split_whitespace() {
                self.name_words.entry(word.to_owned()).or_default().push(k);
            }
        }
        self.full_surnames = full
            .iter()
            .map(|f| f.split_whitespace().last().map(str::to_owned))
            .collect();
        self.full_names = full;
        self.full_starts = starts;
        // A lone token that is part of a known full name is that person; so is a lone given
        // name ("Maria stayed home, but she ..."): the story calls someone by it.
        let words = speaker_words();
        for k in 0..self.names.len() {
            let text = &self.names[k].text;
            let given = || !text.contains(' ') && words.is_given_name(&text.to_lowercase());
            if self.names[k].kind == EntityKind::Unknown && (self.expand(text).is_some() || given())
            {
                self.names[k].kind = EntityKind::Person;
            }
        }
    }

    /// A name read as a person's by its shape ("Brightwell Foods") is an organisation's when
    /// the text treats it as one somewhere: "the law firm X", "X, which ...", "X said its
    /// ...", "an analyst at X". Every mention of that name is then the organisation's.
    fn find_organisations_by_context(&mut self) {
        let t = self.t;
        let n = t.tokens.len();
        let mut orgs: Vec<String> = Vec::new();
        for name in &self.names {
            // Named with a body's noun ("the law firm X").
            if name.kind == EntityKind::Org && !name.roles.is_empty() {
                orgs.push(name.text.clone());
                continue;
            }
            if name.kind != EntityKind::Person || !name.roles.is_empty() {
                continue;
            }
            let (first, last) = (name.first, name.last);
            let mut after = last;
            if after < n && t.tokens[after].is_punct(',') {
                after += 1;
            }
            let which = t.low_at(after) == Some("which");
            let said_its =
                last + 1 < n && self.speech_verb_at(last).is_some() && t.low(last + 1) == "its";
            // "an analyst at X": a role at a body ("a lawyer for X" may serve a person).
            let mut k = first;
            if k > 0 && t.low(k - 1) == "the" {
                k -= 1;
            }
            let role_of = k >= 2
                && t.low(k - 1) == "at"
                && t.same_line(k - 2, first)
                && self.lex.role_nouns.contains(t.low(k - 2))
                && !self.lex.person_nouns.contains(t.low(k - 2));
            if which || said_its || role_of {
                orgs.push(name.text.clone());
            }
        }
        orgs.extend(self.bodies_before_roles());
        for name in &mut self.names {
            if matches!(name.kind, EntityKind::Person | EntityKind::Unknown)
                && name.roles.is_empty()
                && orgs.contains(&name.text)
            {
                name.kind = EntityKind::Org;
            }
        }
    }

    /// "Rocketco founder Jane Roe", "Acme CEO John Doe": the name written before a role held in
    /// a body, with a person named after the role, is the body's. Left a person, "Rocketco"
    /// would be what a later "he" stands for.
    fn bodies_before_roles(&self) -> Vec<String> {
        let t = self.t;
        let words = &speaker_words().body_roles;
        let is_body_role = |k: usize| t.tokens[k].is_word() && words.contains(t.low(k));
        let mut out = Vec::new();
        for (i, name) in self.names.iter().enumerate() {
            if name.kind != EntityKind::Person {
                continue;
            }
            // In the person's own capitalised run ("Rocketco CEO Jane Roe").
            if let Some(r) = (name.run + 1..name.first).find(|&r| is_body_role(r)) {
                // The body's words: capitalised, back from the role to a title or "The".
                let mut a = r;
                while a > name.run
                    && t.is_capitalized(a - 1)
                    && t.tokens[a - 1].is_word()
                    && !self.lex.titles.contains(t.low(a - 1))
                    && !matches!(t.low(a - 1), "the" | "a" | "an" | "former")
                {
                    a -= 1;
                }
                if a < r {
                    out.push(t.text[t.tokens[a].start..t.tokens[r - 1].end].to_owned());
                }
                continue;
            }
            // A name of its own before a role in lower case ("Rocketco founder Jane Roe").
            let Some(prev) = i.checked_sub(1).and_then(|p| self.names.get(p)) else {
                continue;
            };
            let between = prev.last..name.run;
            if !between.is_empty()
                && between.len() <= 2
                && prev.roles.is_empty()
                && prev.kind != EntityKind::Place
                && self.expand(&prev.text).is_none()
                && between
                    .clone()
                    .all(|j| !t.is_capitalized(j) && is_body_role(j))
            {
                out.push(prev.text.clone());
            }
        }
        out
    }

    /// A caption's credit in capitals before its words ("ACME PHOTOS The ship ...", "AGENCY•ACME
    /// Jane Roe said"): the capitals that open a line and run into a capitalised word in
    /// lower case. Marks each token of such a prefix.
    fn credit_prefixes(&self) -> Vec<bool> {
        let t = self.t;
        let mut credit = vec![false; t.tokens.len()];
        let caps = |k: usize| {
            let w = t.tok(k);
            t.tokens[k].is_word()
                && w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
        };
        for line in &t.lines {
            let (a, b) = line.tokens;
            let mut k = a;
            let mut letters = 0;
            // Credits run together with marks ("AGENCY•ACME", "ACME/POOL"); a comma or a dash
            // after capitals opens a dateline ("SPRINGFIELD, Ill. —").
            let joint = |k: usize| matches!(t.tokens[k].kind, TokenKind::Punct('•' | '/' | '|'));
            while k < b && (caps(k) || (k > a && joint(k))) {
                if caps(k) {
                    letters = letters.max(t.tok(k).chars().count());
                }
                k += 1;
            }
            let opens_words = k > a
                && k < b
                && t.tokens[k].is_word()
                && t.is_capitalized(k)
                && !caps(k)
                && !t.tokens[k - 1].is_punct('-')
                && !t.tokens[k - 1].is_punct('—');
            if opens_words && letters >= 3 && !self.in_dateline(a) {
                credit[a..k].iter_mut().for_each(|c| *c = true);
            }
            // Both credits below hold a slash: a line with none (most lines) is not read token
            // by token for them.
            if memchr::memchr(b'/', &t.text.as_bytes()[line.start..line.end]).is_none() {
                continue;
            }
            // A photo credit after a caption: "... in 2018. AGENCY/Jane Roe".
            for j in a + 1..b.saturating_sub(1) {
                if t.tokens[j].is_punct('/')
                    && t.touching(j - 1, j)
                    && t.touching(j, j + 1)
                    && caps(j - 1)
                    && t.tok(j - 1).chars().count() >= 3
                    && t.is_capitalized(j + 1)
                    && !caps(j + 1)
                {
                    let mut e = j + 1;
                    while e < b && t.tokens[e].is_word() && t.is_capitalized(e) {
                        e += 1;
                    }
                    if e == b || t.tokens[e].is_punct('.') {
                        credit[j + 1..e].iter_mut().for_each(|c| *c = true);
                    }
                }
            }
            // A photo credit in brackets: "(Jane Roe/Agency)", "(Photo by Jane Roe/Agency)".
            let mut open = None;
            for j in a..b {
                match t.tokens[j].kind {
                    TokenKind::Punct('(') => open = Some(j),
                    TokenKind::Punct(')') => {
                        let Some(o) = open.take() else { continue };
                        let inner = o + 1..j;
                        let slash = inner.clone().any(|x| t.tokens[x].is_punct('/'));
                        let capitals = inner.clone().all(|x| {
                            !t.tokens[x].is_word()
                                || t.is_capitalized(x)
                                || matches!(t.low(x), "by" | "via" | "for" | "of")
                        });
                        if slash && capitals {
                            credit[inner].iter_mut().for_each(|c| *c = true);
                        }
                    }
                    _ => {}
                }
            }
        }
        credit
    }

    #[inline]
    fn is_date_word(&self, i: usize) -> bool {
        use crate::model::lexicon::class::{MONTH, WEEKDAY};
        let t = self.t;
        // "Dec." is the month; "May" alone may be a name.
        let abbreviated = i + 1 < t.tokens.len()
            && t.tokens[i + 1].is_punct('.')
            && t.touching(i, i + 1)
            && t.low(i) != "may";
        t.has_class(i, WEEKDAY) || (t.has_class(i, MONTH) && (t.low(i).len() > 3 || abbreviated))
    }

    /// Whether token `k` is the dot of a web address ("avelnews.com", "Petitions.org"): a
    /// period between a word and a top-level domain, with no space on either side.
    fn domain_dot(&self, k: usize) -> bool {
        let t = self.t;
        k > 0
            && k + 1 < t.tokens.len()
            && t.tokens[k].is_punct('.')
            && t.tokens[k - 1].is_word()
            && t.touching(k - 1, k)
            && t.touching(k, k + 1)
            && t.tokens[k + 1].is_word()
            && !t.is_capitalized(k + 1)
            && matches!(
                t.low(k + 1),
                "com" | "org" | "net" | "gov" | "edu" | "io" | "info"
            )
            && t.tokens
                .get(k + 2)
                .is_none_or(|x| !t.touching(k + 1, k + 2) || !x.is_word())
    }

    /// Sentence-initial function words ("The", "In") and date words do not start names.
    fn skip_as_name_start(&self, i: usize) -> bool {
        let t = self.t;
        (t.has_class(i, crate::model::lexicon::class::FUNCTION)
            && t.low(i) != "us"
            && !self.acronym_among_lower_case(i)
            && !self.ordinal_opening_a_name(i))
            || self.is_date_word(i)
            || self.in_ticker(i)
            // "Later, she wrote", "Earlier in the day, Jane Roe rejected": an adverb
            // opening the sentence.
            || ((is_adverb_before_verb(t.low(i)) || t.low(i) == "earlier")
                && self.sentence_starts_at(i))
            || self.lede_in_capitals(i)
    }

    /// "Unpredictable Roe faces questions", where the article also writes "unpredictable"
    /// and "Ambassador Jane Roe": a word capitalised only because it opens the sentence,
    /// before a surname the article gives with another first word, is not part of the name.
    fn opener_before_surname(&self, i: usize) -> bool {
        use crate::model::lexicon::class::{DEMONYM, ORG, PLACE, ROLE, TITLE};
        let t = self.t;
        let n = t.tokens.len();
        let surname = i + 1;
        if surname >= n
            || !(self.sentence_starts_at(i) || t.lines[t.tokens[i].line as usize].tokens.0 == i)
            || !t.same_line(i, surname)
            || !self.is_name_token(surname)
            || !t.tok(surname).chars().skip(1).any(char::is_lowercase)
            || (surname + 1 < n && t.same_line(i, surname + 1) && self.is_name_token(surname + 1))
            || t.has_class(i, DEMONYM | ORG | PLACE | ROLE | TITLE)
            || speaker_words().is_given_name(t.low(i))
        {
            return false;
        }
        let (opener, last) = (t.low(i), t.tok(surname));
        let text = t.text.as_bytes();
        // The opener written in lower case has the same bytes in the text as in its
        // lower-cased copy, where they are searched for (a vector search of the bytes, not a
        // scan of every token per opener).
        let lower_elsewhere = tokens_spelt(t, t.lower.as_bytes(), opener.as_bytes()).any(|k| {
            let x = &t.tokens[k];
            k != i && x.case == 0 && x.is_word() && &text[x.start..x.end] == opener.as_bytes()
        });
        lower_elsewhere
            && tokens_spelt(t, text, last.as_bytes()).any(|k| {
                k > 0
                    && k != surname
                    && t.tokens[k - 1].is_word()
                    && t.same_line(k - 1, k)
                    && t.is_capitalized(k - 1)
                    && t.low(k - 1) != opener
                    && !self.sentence_starts_at(k - 1)
            })
    }

    /// A function word written in capitals among words that are not ("according to WHO,",
    /// "the AND Group said"): an acronym, the name of a body, not the word.
    fn acronym_among_lower_case(&self, i: usize) -> bool {
        let t = self.t;
        let capitals = |k: usize| {
            t.tokens[k].is_word()
                && t.tok(k).len() >= 2
                && t.tok(k).chars().all(|c| c.is_ascii_uppercase())
        };
        let plain_neighbour = |k: usize| {
            !t.same_line(i, k)
                || !t.tokens[k].is_word()
                || t.tok(k).chars().any(|c| c.is_lowercase())
        };
        capitals(i)
            && (i == 0 || plain_neighbour(i - 1))
            && (i + 1 >= t.tokens.len() || plain_neighbour(i + 1))
            && !is_headline(t, &t.lines[t.tokens[i].line as usize])
    }

    /// "CREDIT monitoring company Acme has admitted ...": a tabloid's lede opens its first
    /// words in capitals. A word in capitals opening a line, before a word in lower case, that
    /// the article also writes in lower case ("a credit rating") is such a word, not a name
    /// ("NASA said" keeps its name: the article never writes "nasa").
    fn lede_in_capitals(&self, i: usize) -> bool {
        let t = self.t;
        let line = &t.lines[t.tokens[i].line as usize];
        line.tokens.0 == i
            && i + 1 < line.tokens.1
            && t.tokens[i + 1].is_word()
            && t.tokens[i + 1].case == 0
            && t.tok(i).chars().count() >= 3
            && t.tok(i).chars().all(|c| c.is_uppercase())
            && {
                // (Length and first byte compared in line first: this reads every token.)
                let low = t.low(i);
                let first = low.as_bytes()[0];
                t.tokens.iter().enumerate().any(|(k, x)| {
                    k != i
                        && x.is_word()
                        && x.case == 0
                        && x.end - x.start == low.len()
                        && t.text.as_bytes()[x.start] == first
                        && t.tok(k) == low
                })
            }
    }

    /// "ACME HAS REVEALED that it ...": a word of a lede written in capitals, every word from
    /// its line's start to it in capitals and a word in lower case after it on the line (a
    /// verb there is a verb, not a word of a title).
    fn in_capitals_lede(&self, i: usize) -> bool {
        let t = self.t;
        let line = &t.lines[t.tokens[i].line as usize];
        let caps = |k: usize| {
            !t.tokens[k].is_word()
                || t.tok(k)
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        (line.tokens.0..=i).all(caps)
            && (line.tokens.0..=i)
                .filter(|&k| t.tokens[k].is_word())
                .count()
                >= 2
            && (i + 1..line.tokens.1).any(|k| t.tokens[k].is_word() && t.tokens[k].case == 0)
    }

    /// "(NYSE:AVL)": a stock exchange and a ticker joined by a colon name no one.
    fn in_ticker(&self, i: usize) -> bool {
        let t = self.t;
        let caps = |k: usize| {
            t.tokens.get(k).is_some_and(|x| x.is_word())
                && t.tok(k).chars().all(|c| c.is_ascii_uppercase())
        };
        let colon = |k: usize| {
            t.tokens.get(k).is_some_and(|x| x.is_punct(':'))
                && k > 0
                && t.touching(k - 1, k)
                && t.touching(k, k + 1)
        };
        caps(i) && ((colon(i + 1) && caps(i + 2)) || (i >= 2 && colon(i - 1) && caps(i - 2)))
    }

    /// "parent company First Energy", "rival All Nippon Airways": an ordinal or quantifier in
    /// capitals inside a sentence, after a word in lower case and before a name word, opens
    /// the name (at a sentence's start it is only capitalised there).
    fn ordinal_opening_a_name(&self, i: usize) -> bool {
        let t = self.t;
        matches!(
            t.low(i),
            "first" | "second" | "third" | "one" | "all" | "next"
        ) && i > 0
            && i + 1 < t.tokens.len()
            && t.same_line(i - 1, i + 1)
            && t.tokens[i - 1].is_word()
            && !t.is_capitalized(i - 1)
            && !self.sentence_starts_at(i)
            && self.is_name_token(i + 1)
            && !t.has_class(i + 1, crate::model::lexicon::class::FUNCTION)
            && !self.is_date_word(i + 1)
    }

    /// Whether tokens `first..last`, before "of" in a capitalised run, name a person: a
    /// personal name of two words or more after a title ("Professor Jane Roe of Acme
    /// University"), or opening with a given name ("Jane Roe of Acme Bank"), with no body's
    /// word among them ("Bank of Norland" is one name, so is "Archbishop of Canterbury").
    fn person_before(&self, first: usize, last: usize) -> bool {
        let t = self.t;
        let lex = self.lex;
        if (first..last).any(|k| t.has_class(k, crate::model::lexicon::class::ORG)) {
            return false;
        }
        let titled = (first..last)
            .rev()
            .find(|&k| lex.titles.contains(t.low(k).trim_end_matches('.')));
        let name_start = titled.map_or(first, |k| k + 1);
        let words = (name_start..last)
            .filter(|&k| t.tokens[k].is_word())
            .count();
        if words < 2
            || !(name_start..last).all(|k| t.tokens[k].is_word() || t.tokens[k].is_punct('.'))
        {
            return false;
        }
        let given = t.low(name_start);
        titled.is_some() || speaker_words().is_given_name(given)
    }

    /// Whether the capitalized run from `first`, read on past `from`, names an organisation.
    fn org_like_run(&self, first: usize, from: usize) -> bool {
        let t = self.t;
        let mut end = from;
        while end < t.tokens.len() && end - from < 6 && self.is_name_token(end) {
            end += 1;
        }
        (first..end).any(|k| t.has_class(k, crate::model::lexicon::class::ORG))
    }

    fn push_name(&mut self, first: usize, last: usize) {
        use crate::model::lexicon::class::{DEMONYM, PAST_VERB, PERSON_NOUN, PLACE, ROLE, TITLE};
        let t = self.t;
        let lex = self.lex;
        let mut roles = Vec::new();
        // Lower-case titles and role nouns right before the name: "political analyst Willy Lam".
        let mut b = first;
        while b > 0 && first - b < 3 && t.same_line(b - 1, first) && t.tokens[b - 1].is_word() {
            let low = t.low(b - 1);
            if t.has_class(
                b - 1,
                crate::model::lexicon::class::TITLE | crate::model::lexicon::class::ROLE,
            ) || speaker_words().role_kind_words.contains(low)
            {
                roles.push(low.to_owned());
                b -= 1;
            } else {
                break;
            }
        }
        // A role in apposition before the name: "The mayor, Sarah Okafor, said".
        if first >= 2
            && t.tokens[first - 1].is_punct(',')
            && t.tokens[first - 2].is_word()
            && t.has_class(first - 2, TITLE | ROLE | PERSON_NOUN)
        {
            roles.push(t.low(first - 2).to_owned());
        }
        // Titles, roles and nationality words at the front are not part of the name
        // ("Engineer Li Wei", "U.S. President Donald Trump").
        let mut start = first;
        // "American Airlines", "British Council": a nationality that opens a body's name is
        // part of it.
        let body_name =
            (first + 1..last).any(|k| t.has_class(k, crate::model::lexicon::class::ORG));
        while start + 1 < last {
            let low = t.low(start).trim_end_matches('.');
            let demonym = t.trimmed_low_in(start, DEMONYM, &lex.demonyms)
                || t.has_class(start, crate::model::lexicon::class::DEMONYM);
            // "The Prime Minister's Bureau": a run that ends in a body's noun is the body's
            // name, titles and all.
            let ends_as_body = t.has_class(last - 1, crate::model::lexicon::class::ORG);
            let tok_is_title = (t.trimmed_low_in(start, TITLE, &lex.titles)
                || t.trimmed_low_in(start, ROLE, &lex.role_nouns)
                || speaker_words().role_kind_words.contains(low))
                && !ends_as_body
                || (demonym && !body_name);
            // "the envoy to Norland Jane Roe": a one-word place before a given name and a
            // surname is where the role before it is held, not part of the name.
            // ("to Norland Jane Roe": a word after a preposition, itself no given name, reads
            // as the place too.)
            let place_before_given = start == first && last == start + 3 && !body_name && {
                let given = |w: &str| speaker_words().is_given_name(w);
                given(t.low(start + 1))
                    && (t.low_in(start, PLACE, &lex.places)
                        || (start > 0
                            && t.same_line(start - 1, start)
                            && matches!(t.low(start - 1), "to" | "of" | "in" | "for" | "from")
                            && !given(t.low(start))))
            };
            if place_before_given {
                start += 1;
                continue;
            }
            if tok_is_title {
                roles.push(low.to_owned());
                start += 1;
                if start < last && t.tokens[start].is_punct('.') {
                    start += 1;
                }
            } else {
                break;
            }
        }
        // "Tunisian President Jane Roe", "Nice's Mayor Jane Roe": a title inside the run, with
        // a personal name of two or three words after it, ends what goes before the name.
        if last >= start + 3 {
            if let Some(p) = (start..last - 2).rev().find(|&k| {
                t.trimmed_low_in(k, TITLE, &lex.titles)
                    || t.trimmed_low_in(k, ROLE, &lex.role_nouns)
            }) {
                // The period of an abbreviated title ("Republican Gov. Jane Roe") is the
                // title's.
                let q = p + 1 + usize::from(t.tokens[p + 1].is_punct('.') && t.touching(p, p + 1));
                let rest = q..last;
                let words = rest.clone().filter(|&k| t.tokens[k].is_word()).count();
                if (2..=3).contains(&words)
                    && rest.clone().all(|k| {
                        (self.is_name_token(k)
                            || t.tokens[k].is_punct('-')
                            || self.syllable_after_hyphen(k)
                            || (k > q && is_particle(t.low(k))))
                            && !t.has_class(k, crate::model::lexicon::class::ORG)
                            && !t.trimmed_low_in(k, TITLE, &lex.titles)
                            && !t.low_in(k, ROLE, &lex.role_nouns)
                            && !matches!(t.low(k), "of" | "the" | "and" | "for")
                    })
                {
                    roles.push(t.low(p).trim_end_matches('.').to_owned());
                    start = q;
                }
            }
        }
        // "Acme's Jane Roe": a possessive inside the run names whose person she is; the
        // person is the name after it. "Jane Roe's Acme": the thing owned.
        if last >= start + 2 {
            if let Some(p) = (start..last - 1).rev().find(|&k| {
                t.tokens[k].is_word() && (t.tok(k).ends_with("'s") || t.tok(k).ends_with("’s"))
            }) {
                let rest = p + 1..last;
                let words = rest.clone().filter(|&k| t.tokens[k].is_word()).count();
                // One word owned needs an owner of two ("Jane Roe's Acme", not "People's
                // Daily", a name of its own).
                let owner_words = (start..=p).filter(|&k| t.tokens[k].is_word()).count();
                if ((2..=3).contains(&words) || (words == 1 && owner_words >= 2))
                    && !rest.clone().any(|k| self.is_date_word(k))
                    && rest.clone().all(|k| {
                        (self.is_name_token(k)
                            || t.tokens[k].is_punct('-')
                            || t.tokens[k].is_punct('.')
                            || self.syllable_after_hyphen(k))
                            && !t.has_class(k, crate::model::lexicon::class::ORG)
                            && !t.low_in(k, PLACE, &lex.places)
                            && !t.trimmed_low_in(k, TITLE, &lex.titles)
                    })
                {
                    // The owner is a name of its own.
                    if p >= start {
                        self.push_name(start, p + 1);
                    }
                    start = p + 1;
                }
            }
        }
        // "Secretary of State Jane Q. Roe": the title's complement goes before a personal
        // name of two words (three with an initial).
        // "Ambassador to the United Nations Jane Roe" too.
        let before_the = if first >= 1 && t.low_bytes(first - 1) == b"the" {
            first - 1
        } else {
            first
        };
        let title_of = if start > first && t.low(start) == "of" {
            Some(start - 1)
        } else if before_the >= 2
            && t.same_line(before_the - 2, first)
            && matches!(t.low_bytes(before_the - 1), b"of" | b"to")
        {
            Some(before_the - 2)
        } else {
            None
        };
        if let Some(title) = title_of.filter(|&k| t.low_in(k, TITLE, &lex.titles)) {
            let words: Vec<usize> = (start..last)
                .filter(|&k| t.tokens[k].is_word() && t.low(k) != "of")
                .collect();
            if words.len() >= 3 {
                let mut keep = words.len() - 2;
                if t.tok(words[keep]).chars().count() == 1 && keep > 1 {
                    keep -= 1;
                }
                roles.push(t.low(title).to_owned());
                start = words[keep];
            }
        }
        let mut text = t.text[t.tokens[start].start..t.tokens[last - 1].end].to_owned();
        for possessive in ["’s", "'s"] {
            if text.len() > possessive.len() + 1 && text.ends_with(possessive) {
                text.truncate(text.len() - possessive.len());
            }
        }
        // The lower-cased name, borrowed from the lower-cased article (same offsets).
        let low_start = t.tokens[start].start;
        let low_text = &t.lower[low_start..low_start + text.len()];
        // A name of one token as written (no possessive cut off) is that token: its class bits
        // answer the vocabularies' lookups (`Text::low_in`), as they do for other words.
        let one_token = last == start + 1 && low_text.len() == t.low(start).len();
        // (The name's words counted once: three tests below read the count.)
        let word_count = word_count_of(t, start, last);
        // "al" of "al-Rashid" is no word of its own.
        let article_before_hyphen = |k: usize| {
            matches!(t.low(k), "al" | "el")
                && t.tokens.get(k + 1).is_some_and(|x| x.is_punct('-'))
                && t.touching(k, k + 1)
        };
        let particles = (start..last).filter(|&k| article_before_hyphen(k)).count();
        // "U.S. Ambassador to ...", "Secretary": a title alone names no one.
        if word_count == 1
            && if one_token {
                t.trimmed_low_in(start, TITLE, &lex.titles)
            } else {
                lex.titles.contains(low_text.trim_end_matches('.'))
            }
        {
            return;
        }
        // "Rs 400 crore": a currency's short form before a number is money, no one's name.
        if word_count == 1
            && t.tokens.get(last).is_some_and(|x| x.is_number())
            && lex.currencies.contains_key(low_text.trim_end_matches('.'))
        {
            return;
        }
        // "a Huawei Mate 30": an article or a model number makes it a thing, not a person.
        let thing = (first > 0
            && t.same_line(first - 1, first)
            && matches!(t.low_bytes(first - 1), b"a" | b"an"))
            || t.tokens
                .get(last)
                .is_some_and(|x| x.is_number() && t.same_line(last - 1, last));
        let is_acronym = word_count == 1
            && text.len() >= 2
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        // "his New Year's address": a holiday's name is a time, no one who speaks: the
        // holiday's whole name, or the owner before its "'s" ("New Year" of "New Year's Day").
        // Copied only when there is a curly apostrophe to replace: this runs at every name.
        // (Asked only of a name that is no body's, and only when a holiday's name opens with
        // its first letter.)
        let holiday = || {
            // (The first byte of the name as compared below, a curly apostrophe straight.)
            let first_letter = if low_text.starts_with('’') {
                Some(&b'\'')
            } else {
                low_text.as_bytes().first()
            };
            if !lex
                .holiday_names
                .iter()
                .any(|name| name.as_bytes().first() == first_letter)
            {
                return false;
            }
            let low: std::borrow::Cow<str> = if low_text.contains('’') {
                low_text.replace('’', "'").into()
            } else {
                low_text.into()
            };
            // The names are sorted: those that start with the name stand together from the
            // first one not before it.
            let from = lex
                .holiday_names
                .partition_point(|name| name.as_str() < &*low);
            lex.holiday_names[from..]
                .iter()
                .take_while(|name| name.starts_with(&*low))
                .any(|name| {
                    name.strip_prefix(&*low)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with("'s "))
                })
        };
        let kind = if (start..last).any(|k| t.has_class(k, crate::model::lexicon::class::ORG))
            || is_acronym
        {
            EntityKind::Org
        } else if holiday()
            || if one_token {
                t.low_in(start, PLACE, &lex.places) || t.low_in(start, DEMONYM, &lex.demonyms)
            } else {
                lex.places.contains(low_text) || lex.demonyms.contains(low_text)
            }
            // "South Korean", "North Korean": a nationality of two words.
            || (word_count == 2
                && low_text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lex.demonyms.contains(w)))
            // "X Stadium", "Y Field": a ground or a place by its last word, unless a given
            // name opens it ("Sally Field").
            || (word_count >= 2
                && low_text.rsplit(' ').next().is_some_and(|w| {
                    speaker_words().venue_words.contains(w)
                })
                && low_text
                    .split(' ')
                    .next()
                    .is_some_and(|w| !speaker_words().is_given_name(w)))
            // (The name itself is no place by now: only a name with "’s" to cut is looked up.)
            || {
                let owner = trim_suffix(low_text, "’s");
                owner.len() < low_text.len() && lex.places.contains(owner)
            }
        {
            EntityKind::Place
        } else if thing {
            EntityKind::Unknown
        } else if (!roles.is_empty() && word_count <= 4)
            || ((2..=3).contains(&(word_count - particles))
                && (start..last).all(|k| {
                    self.is_name_token(k)
                        || t.tokens[k].is_punct('-')
                        || self.syllable_after_hyphen(k)
                        || article_before_hyphen(k)
                })
                && !(start..last).any(|k| is_brand_word(t.tok(k))))
        {
            EntityKind::Person
        } else {
            EntityKind::Unknown
        };
        // "the law firm X", "the newspaper X": a body's common noun right before its name
        // (not "company CEO X", whose title went before the name).
        let body = (start == first && first > 0 && t.same_line(first - 1, first))
            .then(|| t.low(first - 1))
            .filter(|_| {
                t.low_in(first - 1, crate::model::lexicon::class::ORG, &lex.org_words)
                    || t.low_in(
                        first - 1,
                        crate::model::lexicon::class::ORG_ANAPHOR,
                        &lex.org_anaphors,
                    )
            });
        let kind = match body {
            Some(noun) if roles.is_empty() && kind != EntityKind::Place => {
                roles.push(noun.to_owned());
                EntityKind::Org
            }
            _ => kind,
        };
        let mut name = Name {
            first: start,
            last,
            run: first,
            start: t.tokens[start].start,
            text,
            kind,
            roles,
        };
        // An appositive role: "Meng Liu, an analyst at Forrester,".
        if last + 2 < t.tokens.len() && t.tokens[last].is_punct(',') {
            for k in last + 1..(last + 7).min(t.tokens.len()) {
                if !t.same_line(last, k) || !t.tokens[k].is_word() {
                    break;
                }
                let low = t.low(k);
                // "the pact with Norland, which Mr. Roe opposed": a relative clause's words are
                // not the name's.
                if matches!(low, "which" | "that" | "where") {
                    break;
                }
                // "In an interview with Acme Weekly, the director said": a role that is the
                // subject of the next clause is not the name's.
                let verb_after = t.tokens.get(k + 1).is_some_and(|x| x.is_word())
                    && (self.speech_verb_at(k + 1).is_some()
                        || t.has_class(k + 1, PAST_VERB)
                        || is_auxiliary(t.low(k + 1)));
                if verb_after {
                    break;
                }
                if t.has_class(k, ROLE | TITLE) {
                    name.roles.push(low.to_owned());
                    if name.kind == EntityKind::Unknown {
                        name.kind = EntityKind::Person;
                    }
                }
            }
        }
        self.names.push(name);
    }

    /// The first full personal name that contains `short` as a word.
    fn expand(&self, short: &str) -> Option<&String> {
        if short.contains(' ') {
            return None;
        }
        self.name_words
            .get(short)
            .and_then(|ks| ks.first())
            .map(|&k| &self.full_names[k])
    }

    /// The first full personal name written before byte `at` that contains `short` as a word:
    /// "Roe" before the text names "her father, John Roe" is not him. A given name of the
    /// lists (or initials) alone is the latest person named before with it first: "T.J.
    /// Yates ... linebacker T.J. Watt ... T.J. said" is Watt, as a reader takes the nearer
    /// one (a surname written first, "Wang" of "Wang Li", keeps the first).
    fn expand_at(&self, short: &str, at: usize) -> Option<&String> {
        if short.contains(' ') {
            return None;
        }
        let ks = self.name_words.get(short)?;
        let given_first = |k: usize| self.full_names[k].split(' ').next() == Some(short);
        let before = || ks.iter().filter(|&&k| self.full_starts[k] <= at);
        let given =
            is_dotted_initials(short) || speaker_words().is_given_name(&short.to_lowercase());
        if given && before().next().is_some_and(|&k| given_first(k)) {
            return before()
                .filter(|&&k| given_first(k))
                .max_by_key(|&&k| self.full_starts[k])
                .map(|&k| &self.full_names[k]);
        }
        before().next().map(|&k| &self.full_names[k])
    }

    /// The one full personal name whose surname `short` misspells by a letter written in or
    /// left out ("Brannick" and "Branick" in one article, a common slip): a lone word of six
    /// letters or more, in no full name, with the same first letter. Two such names, none.
    fn misspelt_surname_of(&self, short: &str) -> Option<&String> {
        if short.contains(' ') || short.chars().count() < 6 || self.name_words.contains_key(short) {
            return None;
        }
        let mut found = self
            .full_names
            .iter()
            .zip(&self.full_surnames)
            .filter(|(_, surname)| {
                surname.as_deref().is_some_and(|s| {
                    s.chars().next() == short.chars().next() && one_letter_apart(s, short)
                })
            });
        let first = found.next()?.0;
        found.next().is_none().then_some(first)
    }

    /// Personal names in headlines, which are not read for names (their words are all
    /// capitalised): a given name from the lists, then one capitalised word.
    ///
    /// A given name in no list counts when the surname is a body full name's and the body
    /// writes the given name alone as a name ("Why Uma Roe Is Angry", "... let Uma down",
    /// "her father, John Roe"): the headline names the person the body calls "Roe".
    fn headline_full_names(&self, headline: &[bool], body_full: &[String]) -> Vec<(usize, String)> {
        let t = self.t;
        let words = speaker_words();
        let mut out = Vec::new();
        for (li, line) in t.lines.iter().enumerate() {
            if !headline[li] || line.furniture {
                continue;
            }
            let (a, b) = line.tokens;
            for k in a..b.saturating_sub(1) {
                // The given name tested only before a surname, the cheaper test, and its lists
                // only for a capitalised word: this runs at every word of the headlines.
                let given = || {
                    t.tokens[k].is_word()
                        && t.is_capitalized(k)
                        && (words.is_given_name(t.low(k))
                            || self.given_name_of_surname(t.tok(k), t.tok(k + 1), body_full))
                };
                let surname = t.tokens[k + 1].is_word()
                    && t.is_capitalized(k + 1)
                    && t.tok(k + 1).chars().any(char::is_lowercase)
                    && !self.lex.function_words.contains(t.low(k + 1))
                    && !words.is_given_name(t.low(k + 1))
                    && t.text[t.tokens[k].end..t.tokens[k + 1].start] == *" ";
                if surname && given() {
                    let name = trim_suffix(
                        trim_suffix(&t.text[t.tokens[k].start..t.tokens[k + 1].end], "'s"),
                        "’s",
                    );
                    out.push((t.tokens[k].start, name.to_owned()));
                }
            }
        }
        out
    }

    /// Whether `given` is written alone as a name in the body, away from the start of a
    /// sentence and outside the headlines, and `surname` ends a body full name with another
    /// given name.
    fn given_name_of_surname(&self, given: &str, surname: &str, body_full: &[String]) -> bool {
        let surname = trim_suffix(trim_suffix(surname, "'s"), "’s");
        // (The last word compared first, as bytes at the end: no search from the end.)
        body_full.iter().any(|f| {
            f.ends_with(surname)
                && f.rsplit(' ').next() == Some(surname)
                && f.split(' ').next() != Some(given)
        }) && !self
            .lex
            .function_words
            .contains(given.to_lowercase().as_str())
            && self.names.iter().any(|n| {
                n.text == given
                    && !self.sentence_starts_at(n.first)
                    && !self.sentence_starts_at(n.run)
            })
    }

    fn name_string(&self, name: &Name) -> String {
        if !self.names_final {
            return self.find_name_string(name);
        }
        // A name's text follows from its tokens; with its kind, they settle the answer.
        let key = (name.first, name.last, name.kind as u8);
        let known = self.name_strings.borrow().get(&key).cloned();
        known.unwrap_or_else(|| {
            let found = self.find_name_string(name);
            self.name_strings.borrow_mut().insert(key, found.clone());
            found
        })
    }

    /// The first name whose initials an acronym gives; once the names are settled, kept per
    /// acronym ("US" is written many times, and each time every name was read).
    fn acronym_of(&self, abbr: &str) -> Option<String> {
        if self.names_final {
            if let Some(known) = self.acronyms.borrow().get(abbr) {
                return known.clone();
            }
        }
        let found = self
            .names
            .iter()
            .find(|n| {
                // "Germany's Daily Herald (DH)": the initials after the owner.
                let own = || {
                    let own = n.text.rsplit(['’', '\'']).next().unwrap_or(&n.text);
                    own.strip_prefix('s').unwrap_or(own).trim()
                };
                // (Every letter of the acronym written in the name first, a byte search:
                // initials that spell it are letters of the name.)
                n.text.contains(' ')
                    && abbr.bytes().all(|b| n.text.as_bytes().contains(&b))
                    && (initials_are(&n.text, abbr) || {
                        let own = own();
                        own.contains(' ') && initials_are(own, abbr)
                    })
            })
            .map(|n| n.text.clone());
        if self.names_final {
            self.acronyms
                .borrow_mut()
                .insert(abbr.to_owned(), found.clone());
        }
        found
    }

    /// [`People::name_string`], worked out.
    fn find_name_string(&self, name: &Name) -> String {
        // An acronym stands for the name it abbreviates, when the text spells it out ("NB" for
        // "Nordic Bank").
        if (2..=5).contains(&name.text.len()) && name.text.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(long) = self.acronym_of(&name.text) {
                return long;
            }
        }
        // "T.J. said": initials in capitals read as an acronym are a person's when the
        // article names someone in full with them first ("T.J. Watt").
        if is_dotted_initials(&name.text) {
            if let Some(full) = self
                .expand_at(&name.text, name.start)
                .filter(|f| f.starts_with(name.text.as_str()))
            {
                return full.clone();
            }
        }
        if name.kind != EntityKind::Org {
            if let Some(full) = self.expand_at(&name.text, name.start) {
                return full.clone();
            }
            if let Some(full) = self.misspelt_surname_of(&name.text) {
                return full.clone();
            }
            // "Jane Roe" for a person the article also calls "Jane Roe II": the fullest form.
            if name.kind == EntityKind::Person && name.text.contains(' ') {
                if let Some(full) = self.full_names.iter().find(|f| {
                    f.len() > name.text.len()
                        && f.starts_with(name.text.as_str())
                        && f.as_bytes()[name.text.len()] == b' '
                }) {
                    return full.clone();
                }
            }
        }
        if let Some(full) = self.fuller_body_name(name) {
            return full;
        }
        name.text.clone()
    }

    /// A body called by the first word of its name ("Acme said" where the article also
    /// writes "Acme Rovers Club" or "Acme.com"): the name at its fullest, the longest body's
    /// name of two to four words that the article writes opening with that word and that is
    /// no person's.
    /// Not a person's own one-word name, a place's ("Avel" of "Avel Bank") or a nationality.
    fn fuller_body_name(&self, name: &Name) -> Option<String> {
        let t = self.t;
        let short = name.text.as_str();
        if short.contains(' ')
            || short.chars().count() < 2
            || matches!(name.kind, EntityKind::Person | EntityKind::Place)
            || !t.tokens[name.first].is_word()
        {
            return None;
        }
        let counts = (self.names.len(), self.person_names.len());
        if let Some((n, p, found)) = self.fuller_body_names.borrow().get(short) {
            if (*n, *p) == counts {
                return found.clone();
            }
        }
        let found = self.find_fuller_body_name(name);
        self.fuller_body_names
            .borrow_mut()
            .insert(short.to_owned(), (counts.0, counts.1, found.clone()));
        found
    }

    fn find_fuller_body_name(&self, name: &Name) -> Option<String> {
        let short = name.text.as_str();
        let low = short.to_lowercase();
        let words = speaker_words();
        if self.lex.places.contains(low.as_str())
            || self.lex.demonyms.contains(low.as_str())
            || self.lex.function_words.contains(low.as_str())
            || words.is_given_name(&low)
        {
            return None;
        }
        // The names in prose, and the authors' names that sign embedded posts ("— Acme
        // Rovers (@AcmeRovers) November 20, 2019").
        let first = short.as_bytes().first();
        let fuller = |full: &str| {
            full.len() > short.len()
                && full.as_bytes().first() == first
                && full.starts_with(short)
                && matches!(full.as_bytes()[short.len()], b' ' | b'.')
                && full.split(' ').count() <= 4
                && !self.person_names.contains(full)
        };
        // A body's name: read as one, ending in a body's noun ("Acme Rovers Club") or a web
        // address ("Acme.com"); not a product's ("the Acme Condor will carry").
        let body = |n: &Name| {
            n.kind == EntityKind::Org
                || n.text.contains('.')
                || n.text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| self.lex.org_words.contains(w.to_lowercase().as_str()))
        };
        // The longest, the last of those as long (as `max_by_key` would take). A loop with
        // the cheap tests first, in line: this runs for every name the rules settle, over
        // every name, and most fail the first test.
        let mut fullest: Option<&str> = None;
        for n in &self.names {
            if n.text.len() > short.len()
                && n.text.as_bytes().first() == first
                && fuller(&n.text)
                && n.kind != EntityKind::Person
                && body(n)
                && fullest.is_none_or(|f| n.text.len() >= f.len())
            {
                fullest = Some(&n.text);
            }
        }
        for (_, author) in self.tweet_authors() {
            if fuller(author) && fullest.is_none_or(|f| author.len() >= f.len()) {
                fullest = Some(author);
            }
        }
        fullest.map(str::to_owned)
    }

    // ---- descriptions ------------------------------------------------------------------

    fn find_descriptions(&mut self) {
        let t = self.t;
        let lex = self.lex;
        let n = t.tokens.len();
        // "Two officials said", "three people familiar with the talks told": a number opens a
        // described group when a verb of saying follows it.
        let counted = |tok: &super::text::Token| {
            tok.is_word()
                && tok.class & crate::model::lexicon::class::NUMBER != 0
                && tok.class & crate::model::lexicon::class::DETERMINER == 0
        };
        // (A filter over the tokens, each read once, the length first: this runs at every
        // token, and most are longer than "an".)
        let openers = t.tokens.iter().enumerate().filter(|&(i, tok)| {
            counted(tok) || (tok.end - tok.start <= 2 && matches!(t.low_bytes(i), b"a" | b"an"))
        });
        for (i, tok) in openers {
            let counted = counted(tok);
            // Modifiers, then a role noun: "a senior IT practitioner".
            let mut k = i + 1;
            let mut role_at = None;
            // The period of an abbreviation may stand among them ("a U.S. official").
            while k < n
                && k - i <= 6
                && t.same_line(i, k)
                && (t.tokens[k].is_word() || (t.tokens[k].is_punct('.') && t.touching(k - 1, k)))
            {
                // A word in none of the three vocabularies (its class bits say so) goes on
                // without the set lookups: this runs after every "a" of the article.
                if t.tokens[k].is_word()
                    && !t.has_class(
                        k,
                        crate::model::lexicon::class::ROLE
                            | crate::model::lexicon::class::FUNCTION
                            | crate::model::lexicon::class::SPEECH,
                    )
                {
                    k += 1;
                    continue;
                }
                let low = t.low(k);
                if lex.role_nouns.contains(low) {
                    role_at = Some(k);
                    break;
                }
                if lex.function_words.contains(low) || lex.speech_verbs.contains(low) {
                    break;
                }
                k += 1;
            }
            // "two people familiar with the plan": people with what describes them.
            if counted && role_at.is_none() && t.low_at(i + 1) == Some("people") {
                role_at = Some(i + 1);
            }
            let Some(role_at) = role_at else { continue };
            let end = self.post_modifier(role_at + 1);
            if counted
                && (end >= n
                    || self.speech_verb_at(end).is_none()
                    || (t.low(role_at) == "people" && end == role_at + 1))
            {
                continue;
            }
            let text = t.text[t.tokens[i].start..t.tokens[end - 1].end].to_owned();
            self.descriptions.push(Description {
                first: i,
                last: end,
                start: t.tokens[i].start,
                text,
                role: t.low(role_at).to_owned(),
            });
        }
    }

    /// Where a description ends: after one short prepositional phrase ("in China", "with some
    /// insider information") and a short relative clause ("who has a channel to review
    /// phones"), before a speech verb or a second finite verb.
    fn post_modifier(&self, mut k: usize) -> usize {
        let t = self.t;
        let lex = self.lex;
        let n = t.tokens.len();
        let line = |k: usize| k < n && t.same_line(k - 1, k);
        // "a person familiar with the matter", "a source close to the talks": an adjective
        // that takes a preposition goes on describing the speaker.
        let adjective = line(k)
            && line(k + 1)
            && speaker_words().described_adjectives.contains(t.low(k))
            && matches!(t.low(k + 1), "with" | "to" | "on" | "about" | "in");
        if adjective {
            k += 1;
        }
        if line(k)
            && (adjective || matches!(t.low(k), "in" | "with" | "at" | "from" | "of" | "for"))
        {
            // Up to six words ("in a left-wing weekly newspaper, the Courier"), to the first
            // verb, clause word or mark.
            let mut j = k + 1;
            let mut words = 0;
            while line(j)
                && (t.tokens[j].is_word()
                    || (t.tokens[j].is_punct('-') && t.touching(j - 1, j) && line(j + 1)))
            {
                let low = t.low(j);
                // "left-wing": a compound's first part is no verb.
                let compound = j + 1 < n && t.tokens[j + 1].is_punct('-') && t.touching(j, j + 1);
                let verb = !t.is_capitalized(j)
                    && !compound
                    && (lex.speech_verbs.contains(low)
                        || lex.past_verbs.contains(low)
                        || is_auxiliary(low)
                        || (low.ends_with("ed") && low.len() > 4));
                if verb
                    || matches!(
                        low,
                        "who" | "which" | "that" | "and" | "on" | "to" | "when" | "while"
                    )
                {
                    break;
                }
                if t.tokens[j].is_word() {
                    words += 1;
                    if words > 6 {
                        break;
                    }
                }
                j += 1;
            }
            if j > k + 1 {
                k = j;
            }
        }
        if line(k) && t.low(k) == "who" && line(k + 1) && !lex.speech_verbs.contains(t.low(k + 1)) {
            let mut j = k + 2; // past the clause's own verb
            while line(j) && t.tokens[j].is_word() && j - k <= 9 {
                let low = t.low(j);
                if lex.past_verbs.contains(low)
                    || lex.speech_verbs.contains(low)
                    || (low.ends_with("ed") && low.len() > 4)
                {
                    break;
                }
                j += 1;
            }
            let ends_clause = !line(j) || !t.tokens[j].is_word() || j - k <= 9;
            if ends_clause && j - k <= 9 {
                k = j;
            }
        }
        k
    }

    // ---- sentence subjects --------------------------------------------------------------

    /// Whether the clause segment starting at token `a` is an adverbial ("In 2014,", "Then",
    /// "A week ago,") rather than the subject.
    fn is_adverbial(&self, a: usize) -> bool {
        use crate::model::lexicon::class;
        // The word's class bits stand for the three sets (`Lexicon::classes`): no hash lookups.
        self.date_tokens.get(a).copied().unwrap_or(false)
            || (self.t.has_class(a, class::FUNCTION)
                && !self.t.has_class(a, class::DETERMINER | class::PRONOUN)
                && !matches!(self.t.low(a), "i" | "we"))
    }

    /// The first token of a sentence's subject: past leading adverbials and adverbs.
    fn subject_start(&self, first: usize, last: usize) -> Option<usize> {
        let t = self.t;
        let mut k = first;
        // Skip comma-closed adverbial segments: "In 2014, ...", "During the meeting, ...".
        loop {
            if k >= last {
                return None;
            }
            if !self.is_adverbial(k) {
                break;
            }
            // "Then he posted ...": a lone adverb before a pronoun.
            if k + 1 < last
                && (t.has_class(k + 1, crate::model::lexicon::class::PRONOUN)
                    || matches!(t.low(k + 1), "i" | "we"))
            {
                k += 1;
                continue;
            }
            // "In 2014, ...", "During the meeting with X officials, ...": to the comma.
            match (k..last).find(|&j| t.tokens[j].is_punct(',')) {
                Some(comma)
                    if comma + 1 < last
                        && (k..comma).all(|j| {
                            !t.low_in(
                                j,
                                crate::model::lexicon::class::SPEECH_VERB,
                                &self.lex.speech_verbs,
                            )
                        }) =>
                {
                    k = comma + 1;
                    // "At a summit in Lucerne, Switzerland, Jane Roe said": the country of the
                    // town that closes the adverbial is part of it.
                    if t.is_capitalized(comma - 1) {
                        let next = (k..last.min(k + 4)).find(|&j| t.tokens[j].is_punct(','));
                        if let Some(c2) = next.filter(|&c2| {
                            c2 > k
                                && c2 + 1 < last
                                && (k..c2).all(|j| t.tokens[j].is_word() && t.is_capitalized(j))
                                && (self.town_before(comma)
                                    || !self
                                        .names_from(k)
                                        .iter()
                                        .take_while(|n| n.first < c2)
                                        .any(|n| n.kind == EntityKind::Person))
                        }) {
                            k = c2 + 1;
                        }
                    }
                }
                _ => k += 1,
            }
        }
        Some(k)
    }

    /// Whether the words before the comma at `comma` are a place after a preposition of place
    /// ("in Lucerne,"): what follows between commas is its country or region, not a person
    /// ("Switzerland" before a title is read as a name).
    fn town_before(&self, comma: usize) -> bool {
        let t = self.t;
        let place_word = |j: usize| {
            matches!(
                t.low(j),
                "in" | "at" | "from" | "near" | "outside" | "across"
            )
        };
        let Some(j) = (comma.saturating_sub(4)..comma)
            .rev()
            .find(|&j| !(t.tokens[j].is_word() && t.is_capitalized(j)) || place_word(j))
        else {
            return false;
        };
        j + 1 < comma && place_word(j)
    }

    /// The someone whose noun phrase starts at token `k`, if any.
    fn subject_at(&self, k: usize, sentence: usize) -> Option<(String, bool, usize)> {
        let t = self.t;
        let at = t.tokens[k].start;
        let low = t.low(k);
        if matches!(low, "they" | "them" | "their") {
            return self.resolve_they(sentence, at).map(|s| (s, false, at));
        }
        if t.low_in(k, crate::model::lexicon::class::PRONOUN, &self.lex.pronouns) {
            return self
                .salient_person(sentence, at, self.pronoun_gender(k))
                .map(|s| (s, true, at));
        }
        if let Some(d) = self.descriptions.iter().find(|d| d.first == k) {
            // "A resident, Jane Roe, told ...": the name in apposition is who speaks.
            if let Some(name) = self.appositive_name(d.last) {
                return Some((self.name_string(name), true, at));
            }
            return Some((d.text.clone(), true, at));
        }
        if low == "the" {
            if let Some(role) = t.low_at(k + 1).filter(|r| self.is_role(r)) {
                if let Some(name) = self
                    .names_before(at)
                    .iter()
                    .rev()
                    .find(|n| n.roles.iter().any(|r| r == role))
                {
                    return Some((self.name_string(name), true, at));
                }
            }
        }
        let name = self.names[self.names.partition_point(|n| n.run < k)..]
            .iter()
            .take_while(|n| n.run <= k + 2)
            .find(|n| n.kind != EntityKind::Place)?;
        // Only titles may stand between the start and the name.
        if (k..name.run).any(|j| {
            !(self.lex.titles.contains(t.low(j).trim_end_matches('.'))
                || t.has_class(j, crate::model::lexicon::class::DEMONYM)
                || t.tokens[j].is_punct('.'))
        }) {
            return None;
        }
        // "Springfield coach Jane Roe": a person named right after her role is the subject,
        // not the body or place before the role.
        let name = self
            .names_from(name.last)
            .first()
            .filter(|n| {
                n.kind == EntityKind::Person
                    && n.run > name.last
                    && n.run <= name.last + 2
                    && (name.last..n.run).all(|j| {
                        t.tokens[j].is_word() && !t.is_capitalized(j) && self.is_role(t.low(j))
                    })
            })
            .unwrap_or(name);
        // "Roe's lawyer told ...": the one who holds the role speaks, described as written,
        // not the person whose lawyer she is.
        let possessor = name.kind == EntityKind::Person
            && name.run == k
            && (t.low(name.last - 1).ends_with("'s") || t.low(name.last - 1).ends_with("’s"));
        if possessor
            && t.tokens.get(name.last).is_some_and(|x| x.is_word())
            && !t.is_capitalized(name.last)
            && self.is_role(t.low(name.last))
            // ("Roe's son, the director Tom Poe, said": the apposition names him, as before.)
            && !t.tokens.get(name.last + 1).is_some_and(|x| x.is_punct(','))
        {
            // "Norland's envoy to the United Nations, Jane Roe, said": the name in
            // apposition after the role's complement.
            if let Some(n) = self.apposition_after_complement(name.last + 1) {
                return Some((self.name_string(n), true, at));
            }
            let text = &t.text[t.tokens[k].start..t.tokens[name.last].end];
            return Some((text.to_owned(), true, at));
        }
        Some((self.name_string(name), name.kind == EntityKind::Person, at))
    }

    /// The person a pronoun in sentence `sentence` most likely stands for: the last sentence
    /// subject that is a person, within a few sentences.
    /// A pronoun that tells a sex ("she") passes over persons known to be of the other.
    fn salient_person(&self, sentence: usize, at: usize, gender: Option<Gender>) -> Option<String> {
        // Six sentences back, not counting those inside quotations: a run of quoted
        // sentences after "He added:" holds no one new for "he" to stand for.
        let mut outside = 0;
        for si in (0..sentence.min(self.salient.len())).rev() {
            // "... near Avel, in 2018. AGENCY/Tom Baker": a caption between paragraphs
            // names no one the story goes on about.
            if self.captions[self.t.sentences[si].line as usize]
                || self.aside_line(self.t.sentences[si].line as usize)
            {
                continue;
            }
            if !self.sentence_quoted(si) {
                outside += 1;
                if outside > 6 {
                    break;
                }
            }
            if let Some(s) = self.salient[si].as_ref().filter(|s| self.agrees(s, gender)) {
                return Some(s.clone());
            }
            // "Tom Roe sat with his wife Anna. ... she told him": when the sentence's person
            // in focus is of the other sex, a person named in it whose sex the text tells as
            // the pronoun's, before older ones.
            if let Some(g) = gender {
                let s = &self.t.sentences[si];
                // Of several, the one the story has named most before, also one of unknown
                // sex who has spoken already ("Roe's idea of a crossing with a band led by
                // Tom Baker ... He then promised": Roe), then the last; only where one named
                // there is known to be of the pronoun's sex.
                let candidates: Vec<(usize, bool, &Name)> = self
                    .names_before(s.end)
                    .iter()
                    .rev()
                    .take_while(|n| n.start >= s.start)
                    .filter(|n| {
                        matches!(n.kind, EntityKind::Person | EntityKind::Unknown)
                            && !self.in_quote(n.start)
                            && !self.after_place_word(n)
                            && !self.after_bare_the(n)
                    })
                    .filter_map(|n| {
                        let name = self.name_string(n);
                        let sex = match self.genders.get(&name) {
                            Some(x) if *x == g => true,
                            Some(_) => return None,
                            None if self.spoke_before(&name, s.start) => false,
                            None => return None,
                        };
                        Some((self.times_named_before(n, s.start), sex, n))
                    })
                    .collect();
                let her = candidates
                    .iter()
                    .any(|x| x.1)
                    .then(|| {
                        candidates
                            .iter()
                            .copied()
                            .reduce(|best, x| if x.0 > best.0 { x } else { best })
                    })
                    .flatten()
                    .map(|(_, _, n)| n);
                if let Some(n) = her {
                    return Some(self.name_string(n));
                }
            }
        }
        if gender.is_some() {
            // The last person named who agrees.
            if let Some(n) = self.names_before(at).iter().rev().find(|n| {
                n.kind == EntityKind::Person
                    && !self.in_quote(n.start)
                    && !self.after_place_word(n)
                    && !self.after_bare_the(n)
                    && !self.captions[self.t.line_of_offset(n.start)]
                    && !self.aside_line(self.t.line_of_offset(n.start))
                    && self.agrees(&self.name_string(n), gender)
            }) {
                let name = self.name_string(n);
                let newer_description = self
                    .descriptions
                    .iter()
                    .rev()
                    .find(|d| d.start < at && !self.in_quote(d.start) && !self.is_predicate(d))
                    .filter(|d| d.start > n.start && self.agrees(&d.text, gender));
                return Some(newer_description.map_or(name, |d| d.text.clone()));
            }
        }
        self.last_person_before(at, usize::MAX)
    }

    /// Whether a paragraph is an aside in brackets ("(Fans of the films see an echo of
    /// it, with Jane Roe in the lead.)"): the story steps out of its line, and the persons
    /// it names there are not whom "she" goes on about.
    fn aside_line(&self, line: usize) -> bool {
        let t = self.t;
        t.lines.get(line).is_some_and(|l| {
            let text = t.text[l.start..l.end].trim();
            text.starts_with('(') && text.trim_end_matches('.').ends_with(')')
        })
    }

    /// Whether a name follows a bare "the" ("the Avel Rovers"): a team's or a body's by its
    /// shape, never who "he" or "she" is (a person's has a role between: "the singer Jane
    /// Roe").
    fn after_bare_the(&self, n: &Name) -> bool {
        let t = self.t;
        n.roles.is_empty()
            && n.run == n.first
            && n.first > 0
            && t.same_line(n.first - 1, n.first)
            && t.low(n.first - 1) == "the"
    }

    /// Whether `speaker` is credited with words before byte `at`.
    fn spoke_before(&self, speaker: &str, at: usize) -> bool {
        self.attributions
            .iter()
            .take_while(|a| a.at < at)
            .any(|a| a.speaker == speaker)
    }

    /// How many times the story names the person of `n` (by the last word of the name)
    /// before byte `at`.
    fn times_named_before(&self, n: &Name, at: usize) -> usize {
        let last = |s: &str| s.rsplit(' ').next().unwrap_or_default().to_owned();
        let own = last(&n.text);
        self.names_before(at)
            .iter()
            .filter(|m| m.kind != EntityKind::Place && m.text.ends_with(own.as_str()))
            .filter(|m| last(&m.text) == own)
            .count()
    }

    /// Whether attribution `a` stands in a clause opened by "what" ("After testing what
    /// Norland said was its largest rocket, Roe declared ..."): it names the sentence's
    /// topic, not the person in focus.
    fn in_what_clause(&self, a: &Attribution) -> bool {
        let t = self.t;
        let v = t.token_at(a.at);
        (v.saturating_sub(5)..v)
            .rev()
            .take_while(|&k| t.tokens[k].is_word())
            .any(|k| t.low(k) == "what")
    }

    /// Whether sentence `si` stands inside a quotation (its first word is quoted).
    fn sentence_quoted(&self, si: usize) -> bool {
        let t = self.t;
        let (first, last) = t.sentences[si].tokens;
        (first..last)
            .find(|&k| t.tokens[k].is_word())
            .is_some_and(|k| self.in_quote(t.tokens[k].start))
    }

    /// Whether a name stands after a preposition of place ("blast off from Port Avel", "a
    /// home near Lake Avon"): a place whose name looks like a person's, never who "he" is.
    /// ("with", "to" and "for" are left out: "met with Jane Roe", "wrote to Jane Roe".)
    fn after_place_word(&self, n: &Name) -> bool {
        n.run > 0
            && self.t.same_line(n.run - 1, n.run)
            && matches!(
                self.t.low(n.run - 1),
                "from" | "in" | "at" | "near" | "into" | "outside" | "across"
            )
    }

    /// The person an article opens on, for a role it gives her later ("Jane Roe has won
    /// ... The singer said"): the named person who is the subject of one of the first three
    /// sentences of the story, when the role is one a story's subject holds (not
    /// "spokesman") and tells no other sex.
    fn lede_person(&self, role: &str) -> Option<String> {
        let words = speaker_words();
        if !words.lede_roles.contains(role) {
            return None;
        }
        let t = self.t;
        let body = t.sentences.iter().enumerate().filter(|(_, s)| {
            let line = &t.lines[s.line as usize];
            !line.furniture && !is_headline(t, line)
        });
        for (si, _) in body.take(3) {
            if let Some(Some((name, true, _))) = self.subjects.get(si) {
                if self.is_named_person(name) && name.contains(' ') {
                    let sex = words.gendered.get(role).copied();
                    return self.agrees(name, sex).then(|| name.clone());
                }
            }
        }
        None
    }

    /// Whether a speaker string is a person rather than an organisation or a place.
    fn is_person(&self, speaker: &str) -> bool {
        !self.body_and_place_names.contains(speaker)
    }

    /// A personal name set off by commas right after token `k` ("a resident, Jane Roe,"):
    /// a comma at `k`, the name, and a comma or the sentence's end after it.
    fn appositive_name(&self, k: usize) -> Option<&Name> {
        let t = self.t;
        if k + 1 >= t.tokens.len() || !t.tokens[k].is_punct(',') {
            return None;
        }
        let name = self.names_from(k + 1).first().filter(|n| {
            n.first == k + 1 && n.kind == EntityKind::Person && t.same_line(k, n.first)
        })?;
        let closes = t
            .tokens
            .get(name.last)
            .is_none_or(|x| matches!(x.kind, TokenKind::Punct(',' | '.' | ';' | ')')));
        closes.then_some(name)
    }

    /// A personal name in apposition after a role's short complement that opens at token
    /// `k` ("to the United Nations, Jane Roe,"): a preposition, up to seven words on the line,
    /// then the comma before the name.
    fn apposition_after_complement(&self, k: usize) -> Option<&Name> {
        let t = self.t;
        if k >= t.tokens.len() || !opens_complement(t.low(k)) {
            return None;
        }
        let comma = (k + 1..(k + 9).min(t.tokens.len()))
            .take_while(|&j| {
                t.same_line(k, j) && (t.tokens[j].is_word() || t.tokens[j].is_punct(','))
            })
            .find(|&j| t.tokens[j].is_punct(','))?;
        if comma == k + 1 {
            return None;
        }
        self.appositive_name(comma)
    }

    /// Where the head of a role's phrase over tokens `a..b` ends: at the preposition that
    /// opens its complement ("envoy | to the United Nations"), else at `b`.
    fn role_head_end(&self, a: usize, b: usize) -> usize {
        (a..b)
            .find(|&k| opens_complement(self.t.low(k)))
            .unwrap_or(b)
    }

    /// Whether a person is named from token `a` on before token `end`, not counting an
    /// owner's name or one ending in a role ([`People::owner_or_role`]).
    fn person_named_before(&self, a: usize, end: usize) -> bool {
        self.names_from(a)
            .iter()
            .take_while(|n| n.first < end)
            .any(|n| n.kind == EntityKind::Person && !self.owner_or_role(n))
    }

    /// Whether a name is an owner's, its last word ending in "'s" ("Norland's"), or ends
    /// in a role written in capitals ("Norland's Ambassador"): no person who speaks.
    fn owner_or_role(&self, n: &Name) -> bool {
        let low = self.t.low(n.last - 1);
        low.ends_with("'s") || low.ends_with("’s") || self.is_role(low)
    }

    // ---- attributions ------------------------------------------------------------------

    /// Where the words a verb of saying at token `i` reports start, or `None` when it is no
    /// such verb. Only a word speaks (statement_at asks for one, and no other token has
    /// classes), and only a word of the speech or belief class or one with a determiner
    /// after it (statement_at's own first test): every other token (most of them; this runs
    /// at every token of every sentence) is ruled out here, in line, before the call.
    #[inline(always)]
    fn speech_verb_at(&self, i: usize) -> Option<usize> {
        use crate::model::lexicon::class::{BELIEF, SPEECH};
        let tok = &self.t.tokens[i];
        if !tok.is_word() || tok.class & (SPEECH | BELIEF) == 0 && !self.statement_determiner(i + 1)
        {
            return None;
        }
        self.speech_verb_of_word(i)
    }

    /// [`People::speech_verb_at`] past its first tests (a call of its own, so that the tests
    /// stay small enough to stand in line).
    #[inline(never)]
    fn speech_verb_of_word(&self, i: usize) -> Option<usize> {
        let t = self.t;
        // Only a statement verb or a word of the speech class can speak: every other token
        // (most of them; this runs at every token of every sentence) is ruled out by a bit
        // test and statement_at's own bit test, before the modal words around it are read.
        let statement = self.statement_at(i);
        let speech_word = t.has_class(i, crate::model::lexicon::class::SPEECH);
        let belief = !speech_word && t.has_class(i, crate::model::lexicon::class::BELIEF);
        if statement.is_none() && !speech_word && !belief {
            return None;
        }
        // "The memo highlighted how ...": a verb that reports only the clause it opens ("The
        // attack highlighted the problems" reports nothing). At the clause's end (", the
        // panel concluded.") it still reports the words before it.
        if speech_word
            && speaker_words().clause_speech_verbs.contains(t.low(i))
            && t.tokens.get(i + 1).is_some_and(|x| x.is_word())
            && !matches!(t.low_at(i + 1), Some("that" | "how"))
        {
            return None;
        }
        // "the board should instead respond", "they must tell": what someone ought to or
        // might say is no speech reported ("would later say" and "will tell" are).
        let modal = |j: usize| {
            matches!(
                t.low(j),
                "should" | "must" | "could" | "might" | "may" | "can"
            ) && !t.is_capitalized(j)
        };
        if (i >= 1 && modal(i - 1))
            || (i >= 2 && modal(i - 2) && t.tokens[i - 1].is_word() && !t.is_capitalized(i - 1))
        {
            return None;
        }
        if statement.is_some() {
            return statement;
        }
        if !(speech_word || belief)
            || t.is_capitalized(i) && !self.sentence_starts_at(i) && !self.in_capitals_lede(i)
        {
            return None;
        }
        // "Roe doesn't think they ...", "he anticipated it would ...": a verb of believing
        // speaks for its subject when a clause follows it (not "she thought, “...”", a
        // thought in quotation marks).
        // ("Roe expects 4 million cars will be sold": a clause may open on a number.)
        if belief
            && !t
                .tokens
                .get(i + 1)
                .is_some_and(|x| x.is_word() || x.is_number())
        {
            return None;
        }
        // "she wants to land two craft" (not "the firm wanted the bank to set up ...").
        if belief && t.low(i).starts_with("want") && t.low_at(i + 1) != Some("to") {
            return None;
        }
        // "with the two sides expected to sign", "a launch anticipated to take place": a
        // participle before an infinitive describes the noun before it ("wanted to" is
        // someone's wish).
        if belief
            && t.low(i) != "wanted"
            && t.low(i).ends_with("ed")
            && t.low_at(i + 1) == Some("to")
        {
            return None;
        }
        // "the so-called leak", "a self-described expert": a verb hyphened onto the word
        // before is part of an adjective.
        if i > 0 && t.tokens[i - 1].is_punct('-') && t.tokens[i - 1].end == t.tokens[i].start {
            return None;
        }
        let low = t.low(i);
        if lex_phrase(self.lex, low, t.low_at(i + 1)) {
            // "went on a rampage": an object after the phrase, not words.
            if i + 2 < t.tokens.len()
                && t.has_class(i + 2, crate::model::lexicon::class::DETERMINER)
            {
                return None;
            }
            return Some(i + 2);
        }
        if !belief
            && !self.lex.speech_verbs.contains(low)
            && !self.lex.interview_verbs.contains(low)
        {
            return None;
        }
        // "Heyward adding two", "added 11 rebounds": adding a number is no speech.
        if matches!(low, "add" | "adds" | "added" | "adding")
            && t.tokens.get(i + 1).is_some_and(|x| {
                x.is_number()
                    || t.has_class(i + 1, crate::model::lexicon::class::NUMBER)
                    || self.lex.vague_numbers.contains_key(t.low(i + 1))
            })
        {
            return None;
        }
        // Nouns with the same spelling: "the claims", "its reports".
        if i > 0 && t.has_class(i - 1, crate::model::lexicon::class::DETERMINER) {
            return None;
        }
        // "a credit reporting company", "the news reporting agency": a gerund between a noun
        // and the name of a body is part of the body's description.
        if low.ends_with("ing")
            && i > 0
            && t.tokens[i - 1].is_word()
            && !t.is_capitalized(i - 1)
            && !self.lex.function_words.contains(t.low(i - 1))
            && t.low_at(i + 1)
                .is_some_and(|w| self.lex.org_words.contains(w))
        {
            return None;
        }
        // "a breach disclosed last year", "an attack reported on Monday": a participle
        // after a thing with "a" describes it (a person or a body would say: "a
        // spokesman disclosed").
        if i >= 2
            && low.ends_with("ed")
            && matches!(t.low(i - 2), "a" | "an")
            && t.tokens[i - 1].is_word()
            && !t.is_capitalized(i - 1)
            && !self.is_role(t.low(i - 1))
            && !self.lex.org_words.contains(t.low(i - 1))
        {
            return None;
        }
        // "making them think": the object of another verb, not a speaker.
        // "Several people said" speaks; "made people say" does not.
        let people_subject = i > 0
            && t.low(i - 1) == "people"
            && (i == 1
                || self.sentence_starts_at(i - 1)
                || !t.tokens[i - 2].is_word()
                || t.has_class(i - 2, crate::model::lexicon::class::DETERMINER)
                || t.is_capitalized(i - 2));
        if i > 0
            && !people_subject
            && matches!(
                t.low(i - 1),
                "them" | "him" | "her" | "us" | "me" | "people"
            )
        {
            return None;
        }
        // "claiming to be a minor", "claims to have seen it": what someone claims to be or
        // have is no report of words (nor are the figures around it).
        if t.low_at(i + 1) == Some("to") && matches!(t.low_at(i + 2), Some("be" | "have")) {
            return None;
        }
        // An infinitive ("declined to comment", "inspired her to add") attributes no words,
        // unless it goes on from speech ("went on to say").
        if i >= 2 && t.low(i - 1) == "to" && t.low(i - 2) != "on" {
            return None;
        }
        // A form that is also a noun ("the X report, the number ...") speaks only when words
        // follow it: "reports that", "notes:", "claims, “...”".
        if self.lex.speech_nouns.contains(low) {
            // "the eastern state that", "a new report that": a noun after a determiner and
            // a modifier that is no subject.
            if i >= 2
                && t.has_class(i - 2, crate::model::lexicon::class::DETERMINER)
                && t.tokens[i - 1].is_word()
                && !t.is_capitalized(i - 1)
                && !self.is_role(t.low(i - 1))
                && !self.lex.org_words.contains(t.low(i - 1))
                && !t.low(i - 1).ends_with('s')
                && !t.low(i - 1).ends_with("ly")
            {
                return None;
            }
            // "a Westland report that", "an Acme News report that": a noun after an
            // indefinite article and capitalised modifiers.
            let mut m = i;
            while m > 0 && i - m < 3 && t.tokens[m - 1].is_word() && t.is_capitalized(m - 1) {
                m -= 1;
            }
            if m < i && m > 0 && matches!(t.low(m - 1), "a" | "an") {
                return None;
            }
            let next = t.tokens.get(i + 1);
            let after_comma = t.tokens.get(i + 2);
            // "posted on Facebook:": a place of posting, then the words.
            let posted_on = matches!(t.low_at(i + 1), Some("on" | "in" | "to"))
                && (i + 2..(i + 6).min(t.tokens.len()))
                    .find(|&j| !t.tokens[j].is_word())
                    .is_some_and(|j| matches!(t.tokens[j].kind, TokenKind::Punct(':' | '“' | '"')));
            // "The agency estimates the station will ...": a subject before, an object after.
            let subject_before = i > 0
                && t.same_line(i - 1, i)
                && (self.is_name_token(i - 1)
                    || self.lex.org_words.contains(t.low(i - 1))
                    || self.lex.org_anaphors.contains(t.low(i - 1))
                    || self.lex.role_nouns.contains(t.low(i - 1))
                    // "The filings claim the firm paid ...": a document, one or many.
                    || speaker_words().is_document(t.low(i - 1))
                    || matches!(t.low(i - 1), "he" | "she" | "it" | "they" | "we" | "i"));
            let object_after = next.is_some_and(|x| x.is_word())
                && (t.has_class(i + 1, crate::model::lexicon::class::DETERMINER)
                    || matches!(t.low(i + 1), "it" | "he" | "she" | "they" | "we"));
            // "“...,” reports the Trade Board": inverted right after the quote it reports.
            let after_quote = i > 0
                && next.is_some_and(|x| x.is_word())
                && (i.saturating_sub(2)..i)
                    .any(|j| matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"')))
                && (i.saturating_sub(2)..i).all(|j| !t.tokens[j].is_word());
            // "“...,” Jane Roe posted on Facebook": a name between the quote's close and
            // the verb.
            let named_after_quote = (i.saturating_sub(5)..i)
                .rev()
                .find(|&j| !self.is_name_token(j))
                .is_some_and(|j| {
                    j + 1 < i && matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"'))
                });
            // "A leaked memo states owners will ...": a document before, and the
            // words it says right after, with no "that".
            let document_says = i > 0
                && t.same_line(i - 1, i)
                && speaker_words().document_nouns.contains(t.low(i - 1))
                && next.is_some_and(|x| x.is_word())
                && !t.is_capitalized(i + 1)
                && !self.lex.function_words.contains(t.low(i + 1))
                && !is_auxiliary(t.low(i + 1))
                && !self.lex.past_verbs.contains(t.low(i + 1))
                && !t.low(i + 1).ends_with("ed");
            // "..., it allegedly carried fuel, South Norland media report.": a short
            // subject after a comma, and the sentence ends after the verb.
            let closing = next.is_some_and(|x| x.is_punct('.'))
                && (i.saturating_sub(5)..i)
                    .rev()
                    .find(|&c| !t.tokens[c].is_word())
                    .is_some_and(|c| t.tokens[c].is_punct(',') && c + 1 < i);
            // "..., the ferry sailed again, reports Acme News.": inverted after a
            // comma, a name and the sentence's end after the verb.
            let inverted_closing = i > 0 && t.tokens[i - 1].is_punct(',') && {
                let from = if t.low_at(i + 1) == Some("the") {
                    i + 2
                } else {
                    i + 1
                };
                let mut j = from;
                while j < t.tokens.len()
                    && j < from + 5
                    && t.same_line(i, j)
                    && (self.is_name_token(j) || (j > from && matches!(t.low(j), "of" | "for")))
                {
                    j += 1;
                }
                j > from
                    && self.is_name_token(j - 1)
                    && (j >= t.tokens.len() || !t.same_line(i, j) || t.tokens[j].is_punct('.'))
            };
            // "As the Gazette reports for its readers, the mill ...": a clause opened by "as"
            // and closed by a comma, its subject right before the verb, names the source of
            // the words after it.
            let as_source = subject_before
                && (i.saturating_sub(6)..i)
                    .rev()
                    .take_while(|&j| t.tokens[j].is_word())
                    .find(|&j| t.low(j) == "as")
                    .is_some_and(|j| self.sentence_starts_at(j) || t.tokens[j - 1].is_punct(','))
                && (i + 1..(i + 6).min(t.tokens.len()))
                    .find(|&j| !t.tokens[j].is_word())
                    .is_some_and(|j| {
                        t.tokens[j].is_punct(',')
                            && (j == i + 1 || speaker_words().prepositions.contains(t.low(i + 1)))
                    });
            let introduces = t.low_at(i + 1) == Some("that")
                || as_source
                || document_says
                || closing
                || inverted_closing
                || after_quote
                || named_after_quote
                || (subject_before && object_after)
                || posted_on
                || next.is_some_and(|x| matches!(x.kind, TokenKind::Punct(':' | '“' | '"')))
                || (next.is_some_and(|x| x.is_punct(','))
                    && after_comma.is_some_and(|x| matches!(x.kind, TokenKind::Punct('“' | '"'))));
            if !introduces {
                return None;
            }
        }
        Some(i + 1)
    }

    /// Whether token `det` can open a statement verb's object: a determiner or a possessive.
    /// (The possessives are compared only when the token is a word of their lengths: this
    /// runs at every token.)
    #[inline(always)]
    fn statement_determiner(&self, det: usize) -> bool {
        let t = self.t;
        let Some(tok) = t.tokens.get(det) else {
            return false;
        };
        tok.class & crate::model::lexicon::class::DETERMINER != 0
            || tok.is_word()
                && (3..=5).contains(&(tok.end - tok.start))
                && matches!(t.low_bytes(det), b"his" | b"her" | b"their" | b"its")
    }

    /// "the firm issued a statement", "police released a joint statement:": a verb whose
    /// object is a statement speaks for its subject. The token after the statement noun.
    fn statement_at(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let words = speaker_words();
        // The determiner after the verb first: a bit test that rules out most tokens before
        // the verb is looked up.
        let det = i + 1;
        if !self.statement_determiner(det) {
            return None;
        }
        if !t.tokens[i].is_word()
            || !opens_like_a_statement_verb(t.low_bytes(i))
            || !words.statement_verbs.contains(t.low(i))
            || (t.is_capitalized(i) && !self.sentence_starts_at(i))
        {
            return None;
        }
        // One modifier may stand before the noun ("a joint statement").
        (det + 1..(det + 3).min(t.tokens.len()))
            .take_while(|&k| t.tokens[k].is_word() && t.same_line(i, k))
            .find(|&k| words.statement_nouns.contains(t.low(k)))
            .map(|k| k + 1)
    }

    /// Whether a speaker's noun phrase starts at token `k`: ", said Jane Roe, ...", ", said
    /// the ministry", ", said a spokesman" (not ", said on Monday", ", said that").
    /// Whether the verb at token `v` follows a form of "be" (after the sentence's first token
    /// `first`), with a negation or adverbs between ("is not expected", "isn't expected",
    /// "was widely reported"): a passive, whose subject is what is said, not who says it.
    fn after_form_of_be(&self, v: usize, first: usize) -> bool {
        let t = self.t;
        let mut k = v;
        while k > first {
            let low = t.low(k - 1);
            let between = matches!(low, "not" | "never" | "also" | "still" | "now")
                || (low.len() > 4
                    && low.ends_with("ly")
                    && t.tokens[k - 1].is_word()
                    && !t.is_capitalized(k - 1));
            if !between {
                break;
            }
            k -= 1;
        }
        k > first
            && matches!(
                t.low(k - 1),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "be"
                    | "being"
                    | "isn't"
                    | "isn’t"
                    | "wasn't"
                    | "wasn’t"
                    | "aren't"
                    | "aren’t"
                    | "weren't"
                    | "weren’t"
            )
    }

    /// Whether the verb of saying at token `v` is in its bare form with no subject, an
    /// imperative: ", then" or "and then" right before it ("..., then add a cup"), or a
    /// semicolon ("...; tell them"). (Not a comma alone: "Officials, however, say".)
    fn bids(&self, v: usize, first: usize) -> bool {
        let t = self.t;
        let low = t.low(v);
        let bare = !(low.ends_with('s')
            || low.ends_with("ed")
            || low.ends_with("ing")
            || self.lex.past_verbs.contains(low));
        if !bare || v <= first {
            return false;
        }
        if t.tokens[v - 1].is_punct(';') {
            return true;
        }
        v - 1 > first
            && t.low(v - 1) == "then"
            && (t.tokens[v - 2].is_punct(',')
                || t.tokens[v - 2].is_punct(';')
                || t.low(v - 2) == "and")
    }

    /// Whether the words from token `k` (right after a verb of saying that a comma ends the
    /// words said before: "..., said the firm's chair Jane Roe in an email") are a noun phrase
    /// naming who speaks, up to a mark, a preposition or the sentence's end (`limit`): opened
    /// by an article, an owner's word or a capital, with a person's name, a role or a body's
    /// word in it, and no word of a clause ("said the firm would", "said it had").
    /// (A participle after an adverb in -ly describes: "the recently named chair".)
    fn speaker_phrase_after_comma(&self, k: usize, limit: usize) -> bool {
        let t = self.t;
        if k >= limit
            || !t.tokens[k].is_word()
            || self.date_tokens.get(k).copied().unwrap_or(false)
            || self.lex.pronouns.contains(t.low(k))
        {
            return false;
        }
        let opens = matches!(
            t.low(k),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        ) || t.is_capitalized(k);
        if !opens {
            return false;
        }
        let stop = (k..limit)
            .find(|&j| {
                !t.tokens[j].is_word()
                    || (j > k
                        && matches!(
                            t.low(j),
                            "in" | "on" | "at" | "during" | "via" | "from" | "with" | "to" | "for"
                        ))
            })
            .unwrap_or(limit);
        if stop == k
            || stop - k > 10
            || (stop < limit
                && !t.tokens[stop].is_word()
                && !matches!(
                    t.tokens[stop].kind,
                    TokenKind::Punct(',' | '.' | ';' | ')' | '—')
                ))
        {
            return false;
        }
        let clause_word = |j: usize| {
            let low = t.low(j);
            let past = self.lex.past_verbs.contains(low) || (low.len() > 4 && low.ends_with("ed"));
            let describing = j > k && t.low(j - 1).ends_with("ly") && !t.is_capitalized(j);
            (self.lex.pronouns.contains(low) && !matches!(low, "his" | "her" | "their" | "its"))
                || is_auxiliary(low)
                || self.lex.speech_verbs.contains(low)
                || matches!(low, "that" | "who" | "which" | "be" | "been")
                || (past && !describing && !t.is_capitalized(j))
                || self.date_tokens.get(j).copied().unwrap_or(false)
        };
        if (k..stop).any(clause_word) {
            return false;
        }
        let names_person = self
            .names_from(k)
            .iter()
            .take_while(|n| n.first < stop)
            .any(|n| n.last <= stop && n.kind == EntityKind::Person);
        let role_or_body = (k..stop).any(|j| {
            let low = crate::model::names::without_possessive(t.low(j));
            !t.is_capitalized(j) && (self.is_role(low) || self.lex.org_words.contains(low))
        });
        names_person || role_or_body
    }

    /// Whether tokens `a..b` are a bare plural noun phrase of people: at most three words
    /// whose last is a plural noun of people or bodies in lower case ("executives",
    /// "local officials", "Avel officials", "authorities"), then at most one phrase of
    /// "of", "in" or "from" ("executives of both firms", "authorities in Avel"); no
    /// article before it (an appositive: "Jane Roe, a neighbour, said") and no verb.
    fn bare_plural_subject(&self, a: usize, b: usize) -> bool {
        let t = self.t;
        if b <= a || b - a > 6 || t.has_class(a, crate::model::lexicon::class::DETERMINER) {
            return false;
        }
        let h = (a..b)
            .find(|&k| matches!(t.low(k), "of" | "in" | "from"))
            .unwrap_or(b);
        if h == a || h - a > 3 || h + 1 == b {
            return false;
        }
        let plain = |k: usize| {
            let low = t.low(k);
            t.tokens[k].is_word()
                && !self.is_finite_verb(k)
                && !is_auxiliary(low)
                && !self.lex.speech_verbs.contains(low)
                && (!self.lex.pronouns.contains(low)
                    || matches!(low, "his" | "her" | "their" | "its"))
                && !self.date_tokens.get(k).copied().unwrap_or(false)
        };
        let head = h - 1;
        let low = t.low(head);
        let people = low.len() > 3
            && low.ends_with('s')
            && !low.ends_with("ss")
            && !t.is_capitalized(head)
            && {
                let one = &low[..low.len() - 1];
                let y = low.strip_suffix("ies").map(|s| format!("{s}y"));
                self.is_role(low)
                    || self.is_role(one)
                    || self.lex.org_words.contains(low)
                    || self.lex.org_words.contains(one)
                    || y.is_some_and(|y| self.is_role(&y) || self.lex.org_words.contains(&y))
            };
        // (No conjunction or other function word in the noun's own words: "and officials".)
        let own = |k: usize| !self.lex.function_words.contains(t.low(k));
        people && (a..b).all(plain) && (a..h).all(own)
    }

    /// Whether a subject may start at token `a` before the verb at token `verb`: right after
    /// a comma, a dash, a semicolon, a subordinating conjunction or "and"/"but" after a mark
    /// (a clause of its own), or "with" before a verb in -ing ("with forecasters
    /// predicting").
    fn opens_clause_at(&self, a: usize, verb: usize) -> bool {
        let t = self.t;
        let Some(p) = a.checked_sub(1) else {
            return false;
        };
        let low = t.low(p);
        matches!(t.tokens[p].kind, TokenKind::Punct(',' | '—' | '–' | ';'))
            || matches!(
                low,
                "when"
                    | "after"
                    | "before"
                    | "as"
                    | "while"
                    | "because"
                    | "since"
                    | "until"
                    | "once"
            )
            || (low == "with" && t.low(verb).ends_with("ing"))
            || (matches!(low, "and" | "but")
                && p > 0
                && matches!(
                    t.tokens[p - 1].kind,
                    TokenKind::Punct(',' | '—' | '–' | ';')
                ))
    }

    /// The person's name that closes the noun phrase from token `k` (as
    /// [`People::speaker_phrase_after_comma`] bounds it, before `limit`), if one does.
    fn person_closing_phrase(&self, k: usize, limit: usize) -> Option<String> {
        let t = self.t;
        let stop = (k..limit)
            .find(|&j| {
                !t.tokens[j].is_word()
                    || (j > k
                        && matches!(
                            t.low(j),
                            "in" | "on" | "at" | "during" | "via" | "from" | "with" | "to" | "for"
                        ))
            })
            .unwrap_or(limit);
        self.names_from(k)
            .iter()
            .take_while(|n| n.first < stop)
            .find(|n| n.last == stop && n.kind == EntityKind::Person)
            .map(|n| self.name_string(n))
    }

    fn names_someone_at(&self, k: usize, limit: usize) -> bool {
        let t = self.t;
        if k >= limit || !t.tokens[k].is_word() {
            return false;
        }
        // The phrase closes at a punctuation mark or the sentence's end, with no clause inside
        // it ("told Reuters it had", the object of "told", is not inverted).
        // (A hyphen inside a word is no mark: "said Kam Sun-hee", "said Jane Lee-Roe".)
        let joins = |j: usize| {
            t.tokens[j].is_punct('-')
                && j + 1 < t.tokens.len()
                && t.touching(j - 1, j)
                && t.touching(j, j + 1)
        };
        let close = (k..limit.min(k + 12)).find(|&j| !t.tokens[j].is_word() && !joins(j));
        let clean = |end: usize| {
            (k..end).all(|j| {
                let low = t.low(j);
                !self.lex.pronouns.contains(low)
                    && !self.lex.past_verbs.contains(low)
                    && !self.lex.speech_verbs.contains(low)
                    && !matches!(
                        low,
                        "that"
                            | "it"
                            | "i"
                            | "we"
                            | "you"
                            | "who"
                            | "which"
                            | "would"
                            | "will"
                            | "could"
                            | "should"
                            | "might"
                            | "may"
                            | "can"
                            | "had"
                            | "has"
                            | "have"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                    )
            })
        };
        match close {
            Some(c)
                if clean(c)
                    && matches!(
                        t.tokens[c].kind,
                        TokenKind::Punct(',' | '.' | ';' | ')' | '—')
                    ) => {}
            None if limit <= k + 12 && clean(limit) => {}
            _ => return false,
        }
        // ("said US Defense Secretary Jane Roe": the name's run opens with her title.)
        if self.names[self.names.partition_point(|n| n.run < k)..]
            .first()
            .is_some_and(|n| n.first == k || n.run == k)
        {
            return true;
        }
        // "..., says economist Jane Roe.", "said political analyst Jane Roe": a role or two
        // in lower case before a person's name.
        let role_word = |j: usize| {
            t.tokens[j].is_word()
                && !t.is_capitalized(j)
                && (self.is_role(t.low(j)) || speaker_words().role_kind_words.contains(t.low(j)))
        };
        if let Some(n) = self.names[self.names.partition_point(|n| n.run <= k)..].first() {
            if n.kind == EntityKind::Person
                && n.run <= k + 2
                && (k..n.run).all(|j| {
                    role_word(j) || (j + 1 < n.run && t.tokens[j].is_word() && !t.is_capitalized(j))
                })
                && role_word(n.run - 1)
            {
                return true;
            }
        }
        let low = t.low(k);
        matches!(low, "the" | "a" | "an")
            && t.low_at(k + 1).is_some_and(|w| {
                self.lex.org_words.contains(w)
                    || self.lex.role_nouns.contains(w)
                    || self.lex.titles.contains(w)
                    || t.is_capitalized(k + 1)
            })
            || self.descriptions.iter().any(|d| d.first == k)
    }

    fn sentence_starts_at(&self, i: usize) -> bool {
        self.t
            .sentence_at(self.t.tokens[i].start)
            .is_some_and(|s| self.t.sentences[s].tokens.0 == i)
    }

    fn find_attributions(&mut self) {
        let t = self.t;
        for (si, s) in t.sentences.iter().enumerate() {
            let (first, last) = s.tokens;
            let subject = if self.in_quote(s.start) {
                None
            } else {
                self.subject_start(first, last)
                    .and_then(|k| self.subject_at(k, si))
            };
            self.subjects.push(subject);
            let before = self.attributions.len();
            self.attributions_in(si, first, last);
            let subject_person = self.subjects[si]
                .as_ref()
                .filter(|x| x.1)
                .map(|x| x.0.clone());
            // (Not a thing someone owns: "Jane Roe's Rocketco has revealed".)
            // (Not "what Norland said was its largest test": a clause about the words.)
            let quoted_person = self.attributions[before..]
                .iter()
                .filter(|a| !a.quoted && !self.in_what_clause(a))
                .map(|a| a.speaker.clone())
                .find(|sp| self.is_person(sp) && !self.is_owned_thing(sp));
            // Else a person named in the sentence ("To Jane Roe, president of X, that is
            // a nonstarter."), outside its quotations.
            let named_person = || {
                let (a, b) = (t.tokens[first].start, s.end);
                self.names_within(a, b)
                    .iter()
                    .filter(|n| n.kind == EntityKind::Person && !self.after_bare_the(n))
                    .find(|n| !self.in_quote(n.start) && !self.after_place_word(n))
                    .map(|n| self.name_string(n))
            };
            // "X's behaviour was calm, the brother said": the named speaker is in focus.
            let speaking_person = self.attributions[before..]
                .iter()
                .find(|a| !a.quoted && self.is_named_person(&a.speaker) && !self.in_what_clause(a))
                .map(|a| a.speaker.clone());
            let salient = speaking_person
                .or(subject_person)
                .or(quoted_person)
                .or_else(named_person);
            self.salient.push(salient);
        }
    }

    fn attributions_in(&mut self, si: usize, first: usize, last: usize) {
        let t = self.t;
        {
            let mut i = first;
            // A statement noun's owner (`owned_statement_at`) needs a "that" after the noun:
            // the sentence's lower-cased bytes are searched for one once (a word holding it
            // only costs the tests), not every token.
            static THAT: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
                std::sync::OnceLock::new();
            let has_that = first < last
                && THAT
                    .get_or_init(|| memchr::memmem::Finder::new(b"that"))
                    .find(&t.lower.as_bytes()[t.tokens[first].start..t.tokens[last - 1].end])
                    .is_some();
            while i < last {
                let at = t.tokens[i].start;
                // "according to X" (the length compared first: this runs at every token).
                // ("as per X", its like: "As per the latest reports, ...").
                let len = t.tokens[i].end - t.tokens[i].start;
                if (len == "according".len()
                    && t.low_bytes(i) == b"according"
                    && t.low_at(i + 1) == Some("to"))
                    || (len == "as".len()
                        && t.low_bytes(i) == b"as"
                        && t.low_at(i + 1) == Some("per"))
                {
                    if let Some(speaker) = self.phrase_after(i + 2, last) {
                        let quoted = self.in_quote(at);
                        self.attributions.push(Attribution {
                            at,
                            sentence: si,
                            speaker,
                            introduces_speech: true,
                            quoted,
                            bracket: self.bracket_around(i, first, last),
                            belief: false,
                        });
                    }
                    i += 2;
                    continue;
                }
                // "Acme has struggled since its announcement in May that ...": the
                // noun of a statement with its content speaks for its owner.
                if let Some(speaker) = has_that
                    .then(|| self.owned_statement_at(i, si, last))
                    .flatten()
                {
                    self.attributions.push(Attribution {
                        at,
                        sentence: si,
                        speaker,
                        introduces_speech: true,
                        quoted: self.in_quote(at),
                        bracket: self.bracket_around(i, first, last),
                        belief: false,
                    });
                    i += 1;
                    continue;
                }
                let commitment = self.commitment_at(i);
                let Some(after) = commitment.or_else(|| self.speech_verb_at(i)) else {
                    i += 1;
                    continue;
                };
                // "back when, say, the firm bought it": "say" between commas gives an
                // example; it attributes nothing.
                if t.low(i) == "say"
                    && i > first
                    && t.tokens[i - 1].is_punct(',')
                    && t.tokens.get(i + 1).is_some_and(|x| x.is_punct(','))
                {
                    i += 1;
                    continue;
                }
                // Looked up only at a verb of saying, not at every token.
                let quoted = self.in_quote(at);
                // "Can you tell us ...?": a question asks for words, it attributes none.
                if (i.saturating_sub(3).max(first)..i).any(|j| t.low(j) == "you")
                    && t.tokens[last - 1].is_punct('?')
                {
                    i = after;
                    continue;
                }
                let low = t.low(i);
                // "the website showed", "CoinMarketCap charts show": a verb of evidence
                // speaks only for a source ("the documents show" names no one).
                let quote_follows = self.quotes.iter().any(|q| {
                    q.open >= t.tokens[i].end && q.open <= t.tokens[i].end + 40 && !q.nested
                });
                // ("a small study showed that ...", "two surveys show": a document speaks as
                // itself, SCHEMA.md's "a study".)
                let document = |k: usize| speaker_words().is_document(t.low(k));
                if self.lex.evidence_verbs.contains(low)
                    && !quote_follows
                    && !(i.saturating_sub(4).max(first)..i)
                        .any(|k| self.lex.source_anaphors.contains(t.low(k)) || document(k))
                {
                    i = after;
                    continue;
                }
                // "..., while Jane Roe agreed saying, “...”": a participle right after a
                // person's name and her verb (a comma may stand between) speaks for her, not
                // for the sentence's subject.
                let named_before = low
                    .ends_with("ing")
                    .then(|| {
                        let mut v = i;
                        if v > first && t.tokens[v - 1].is_punct(',') {
                            v -= 1;
                        }
                        let v = v.checked_sub(1).filter(|&v| v > first)?;
                        let verb = t.tokens[v].is_word()
                            && !t.is_capitalized(v)
                            && (self.lex.past_verbs.contains(t.low(v))
                                || (t.low(v).ends_with("ed") && t.low(v).len() > 3));
                        if !verb {
                            return None;
                        }
                        self.names[..self.names.partition_point(|n| n.first < v)]
                            .last()
                            .filter(|n| n.last == v && n.kind == EntityKind::Person)
                            .map(|n| self.name_string(n))
                    })
                    .flatten();
                // "media avoided reporting the news", "stopped saying": a gerund that is the
                // object of another verb reports nothing.
                let object = i > first
                    && named_before.is_none()
                    && low.ends_with("ing")
                    && t.tokens[i - 1].is_word()
                    && !t.is_capitalized(i - 1)
                    && !is_auxiliary(t.low(i - 1))
                    && (self.lex.past_verbs.contains(t.low(i - 1))
                        || (t.low(i - 1).ends_with("ed") && t.low(i - 1).len() > 4));
                if object {
                    i = after;
                    continue;
                }
                // (A verb of asking after "was" keeps the one asked as the one who answers
                // only right after it: "was supposedly asked to leave" asks nothing.)
                let passive = if self.lex.interview_verbs.contains(t.low(i)) {
                    i > first
                        && matches!(
                            t.low(i - 1),
                            "was" | "were" | "is" | "are" | "been" | "be" | "being"
                        )
                } else {
                    self.after_form_of_be(i, first)
                };
                // "Warm the pot, then add the flour": a verb of saying in its bare form right
                // after a clause's joint (a comma, "then") has no subject: it bids, it
                // reports no one's words.
                if self.bids(i, first) {
                    i = after;
                    continue;
                }
                // "a discovery that if confirmed could ...", "than expected": a verb with no
                // subject after a conjunction reports no one's words.
                // "Microlensing can reveal ...", "will announce": a modal speaks of what may
                // be said, not of what was (unless words follow it).
                let subjectless = i > first
                    && matches!(
                        t.low(i - 1),
                        "if" | "unless" | "once" | "than" | "until" | "whether" | "as"
                    )
                    && t.low_at(after) != Some("by");
                let is_modal = |k: usize| {
                    matches!(
                        t.low(k),
                        "can" | "cannot" | "could" | "may" | "might" | "will" | "should" | "must"
                    )
                };
                // "you might have said": a modal before "have" too.
                let modal = i > first
                    && (is_modal(i - 1)
                        || (i > first + 1 && t.low(i - 1) == "have" && is_modal(i - 2)))
                    && !quote_follows;
                if subjectless || modal {
                    i = after;
                    continue;
                }
                // "Asked later about the plan, she said ...", "When asked why, he pointed to
                // ...": a participle of an object's verb that opens the sentence (or its
                // "when" clause) has no subject of its own; the sentence's speaker is the
                // one the main clause names, not the words after the participle.
                // ("Asked one reader: “...”" inverts a subject; an adverb or a preposition
                // after the participle opens no subject.)
                let opening = i == first
                    || (i == first + 1 && matches!(t.low(first), "when" | "if" | "once" | "after"));
                let no_subject_after = t.low_at(after).is_some_and(|w| {
                    (w.len() > 3 && w.ends_with("ly"))
                        || matches!(
                            w,
                            "later"
                                | "again"
                                | "earlier"
                                | "then"
                                | "afterwards"
                                | "separately"
                                | "by"
                                | "in"
                                | "at"
                                | "during"
                                | "after"
                                | "before"
                                | "about"
                                | "for"
                                | "on"
                                | "to"
                                | "if"
                                | "whether"
                                | "why"
                                | "how"
                                | "what"
                                | "when"
                                | "where"
                        )
                });
                if opening
                    && no_subject_after
                    && low.ends_with("ed")
                    && self.lex.interview_verbs.contains(low)
                {
                    i = after;
                    continue;
                }
                // "it was reported only after", "he was told": a passive verb of saying names
                // no speaker unless "by" does.
                // ("is expected by analysts to rise": what is believed of the subject, by
                // whomever, is no one's claim here.)
                let belief = t.has_class(i, crate::model::lexicon::class::BELIEF)
                    && !t.has_class(i, crate::model::lexicon::class::SPEECH);
                // ("had been widely anticipated": an adverb between.)
                let passive = passive
                    || (belief
                        && i > first + 1
                        && t.low(i - 1).ends_with("ly")
                        && matches!(
                            t.low(i - 2),
                            "was" | "were" | "is" | "are" | "been" | "be" | "being"
                        ));
                // "is said in stolen records to have held": the records say it.
                if passive && !belief && t.low_at(after) == Some("in") {
                    let to = (after + 1..last.min(after + 6))
                        .find(|&k| t.low(k) == "to")
                        .filter(|&k| k > after + 1 && speaker_words().is_document(t.low(k - 1)));
                    if let Some(to) = to {
                        let speaker =
                            t.text[t.tokens[after + 1].start..t.tokens[to - 1].end].to_owned();
                        self.attributions.push(Attribution {
                            at,
                            sentence: si,
                            speaker,
                            introduces_speech: true,
                            quoted,
                            bracket: self.bracket_around(i, first, last),
                            belief,
                        });
                        i = after;
                        continue;
                    }
                }
                if passive
                    && !self.lex.interview_verbs.contains(low)
                    && (t.low_at(after) != Some("by") || belief)
                {
                    i = after;
                    continue;
                }
                // "Shares added 2% on Monday": a verb of adding with a figure for its object
                // tells a gain, not words added.
                if matches!(low, "add" | "adds" | "added" | "adding")
                    && (t.tokens.get(after).is_some_and(|x| x.is_number())
                        || (matches!(
                            t.low_at(after),
                            Some("more" | "less" | "nearly" | "about" | "almost" | "over")
                        ) && (after + 1..(after + 3).min(last))
                            .any(|k| t.tokens[k].is_number())))
                {
                    i = after;
                    continue;
                }
                // "Roe cited her health as the cause of her exit": a cause cited, not a source
                // quoted.
                if matches!(low, "cited" | "cites" | "cite" | "citing")
                    && (after..(after + 5).min(last))
                        .take_while(|&k| t.tokens[k].is_word())
                        .any(|k| t.low(k) == "as")
                {
                    i = after;
                    continue;
                }
                // "stated that ... and acknowledged that": the same speaker.
                // "X said ..., saying ...": a participle after a comma, too.
                let coordinated = i > first
                    && (matches!(t.low(i - 1), "and" | "or")
                        || (low.ends_with("ing") && t.tokens[i - 1].is_punct(',')));
                let earlier = self
                    .attributions
                    .last()
                    .filter(|a| a.sentence == si && a.quoted == quoted);
                // "“...,” said John Smith": the speaker follows the verb.
                let mut before = i;
                while before > first && t.tokens[before - 1].is_punct(',') {
                    before -= 1;
                }
                let inverted = before > first
                    && !passive
                    && (matches!(t.tokens[before - 1].kind, TokenKind::Punct('”' | '"' | '’'))
                        || (before < i
                            && !matches!(low, "told" | "tells" | "tell")
                            && self.names_someone_at(after, last)));
                // "..., said the firm's recently named chair Jane Roe in an email": a noun
                // phrase naming who speaks after the verb; the person's name that closes it
                // speaks.
                let speaker_after_comma = (before > first
                    && before < i
                    && !passive
                    && !inverted
                    && !matches!(low, "told" | "tells" | "tell")
                    && self.speaker_phrase_after_comma(after, last))
                .then(|| {
                    self.person_closing_phrase(after, last)
                        .or_else(|| self.phrase_after(after, last))
                })
                .flatten();
                // "Roe rejected Doe's criticism as political, saying ...": a participle after
                // a comma speaks for the sentence's subject, not for a name in its object.
                let main_subject = (low.ends_with("ing")
                    && i > first
                    && t.tokens[i - 1].is_punct(','))
                .then(|| self.subjects[si].as_ref())
                .flatten()
                .filter(|x| {
                    // A name written there (its last word), not one a role stood for;
                    // and a name of someone: "Previously the board issued ...",
                    // "Several fans wrote ...", "Foreign ministry spokeswoman ..."
                    // open on a capitalised word that names no one.
                    let someone = x.1
                        || x.0.contains(' ')
                        || self.names.iter().any(|n| {
                            n.text == x.0 && matches!(n.kind, EntityKind::Person | EntityKind::Org)
                        });
                    let before = &t.text[t.tokens[first].start..at];
                    someone
                        && x.2 < at
                        && x.0
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| before.contains(w))
                })
                .map(|x| x.0.clone());
                let speaker = if named_before.is_some() {
                    named_before
                } else if speaker_after_comma.is_some() {
                    speaker_after_comma
                } else if coordinated && earlier.is_some() {
                    earlier.map(|a| a.speaker.clone())
                } else if main_subject.is_some() {
                    main_subject
                } else if (self.lex.interview_verbs.contains(low)
                    && !passive
                    // "One reader asked, “...”": with no object after it, the one who asked
                    // speaks.
                    && t.tokens.get(after).is_some_and(|x| x.is_word()))
                    || inverted
                {
                    self.phrase_after(after, last)
                } else {
                    self.subject_of(i, first)
                };
                // "The fire threatened to engulf 200 homes": only someone (a name, a body, a
                // role, a person) pledges or threatens; a thing's "threatened to" is no deed
                // promised.
                let deed = commitment.is_some();
                let speaker = speaker.filter(|sp| !deed || self.can_commit(sp));
                if let Some(speaker) = speaker {
                    let introduces_speech = matches!(t.low_at(after), Some("that" | ":" | ","))
                        || self.quotes.iter().any(|q| {
                            q.open >= t.tokens[i].end && q.open <= t.tokens[i].end + 40 && !q.nested
                        })
                        || after >= last
                        || t.tokens.get(after).is_some_and(|x| x.is_punct(':'));
                    let a = Attribution {
                        at,
                        sentence: si,
                        speaker,
                        introduces_speech,
                        quoted,
                        bracket: self.bracket_around(i, first, last),
                        belief,
                    };
                    if deed {
                        self.deeds.push(a);
                    } else {
                        self.attributions.push(a);
                    }
                }
                i = after;
            }
        }
    }

    /// "the union threatened to strike", "Acme pledged to hire": a verb of pledging or
    /// threatening before "to" (not "threatened by", nor a capitalised word inside a
    /// sentence). The token after "to". (The word after is tested first, "to" being short:
    /// this runs at every token.)
    fn commitment_at(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let to = t.tokens.get(i + 1)?;
        if to.end - to.start != 2 || t.low_bytes(i + 1) != b"to" || !t.tokens[i].is_word() {
            return None;
        }
        if !speaker_words().commitment_verbs.contains(t.low(i))
            || t.is_capitalized(i) && !self.sentence_starts_at(i)
        {
            return None;
        }
        Some(i + 2)
    }

    /// Whether `speaker` can pledge or threaten: its last word a name's (capitalised), a
    /// pronoun's, or a word of a body, a role or a person ("the union", "the mayor").
    fn can_commit(&self, speaker: &str) -> bool {
        let Some(head) = speaker.split_whitespace().last() else {
            return false;
        };
        let low = head.to_lowercase();
        head.chars().next().is_some_and(char::is_uppercase)
            || matches!(low.as_str(), "he" | "she" | "they" | "we" | "i")
            || self.lex.org_words.contains(&low)
            || self.lex.org_anaphors.contains(&low)
            || self.is_role(&low)
    }

    /// "answering press reports from Avel claiming that ...": a participle of saying right
    /// after a phrase that a document heads (no comma between) speaks for the document, as the
    /// article describes it: from the words before the noun that belong to it ("media") to
    /// the participle.
    fn document_before_participle(&self, verb: usize, first: usize) -> Option<String> {
        let t = self.t;
        if verb == first || !t.low(verb).ends_with("ing") || !t.tokens[verb - 1].is_word() {
            return None;
        }
        let words = speaker_words();
        let document = |k: usize| words.is_document(t.low(k));
        let noun = (verb.saturating_sub(10).max(first)..verb)
            .rev()
            .take_while(|&k| t.tokens[k].is_word() && !self.is_finite_verb(k))
            .find(|&k| document(k) && !t.is_capitalized(k))?;
        let mut start = noun;
        while start > first
            && t.tokens[start - 1].is_word()
            && !t.is_capitalized(start - 1)
            && !self.lex.function_words.contains(t.low(start - 1))
            && !self.is_finite_verb(start - 1)
            && noun - start < 3
        {
            start -= 1;
        }
        if start > first && t.has_class(start - 1, crate::model::lexicon::class::DETERMINER) {
            start -= 1;
        }
        Some(t.text[t.tokens[start].start..t.tokens[verb - 1].end].to_owned())
    }

    /// The owner of a statement noun at token `i` that a clause of its content follows
    /// ("its announcement in May that ...", "Roe's claim that ..."): the body "its"
    /// stands for, the person "his" or "her" does, or the name with the possessive.
    fn owned_statement_at(&self, i: usize, si: usize, last: usize) -> Option<String> {
        let t = self.t;
        if i == 0 || !t.tokens[i].is_word() {
            return None;
        }
        // Date words may stand between the noun and "that". Tested before the nouns: this
        // runs at every word, and a comparison is cheaper than two set lookups.
        let mut k = i + 1;
        while k < last && self.date_tokens.get(k).copied().unwrap_or(false) {
            k += 1;
        }
        if k >= last
            || t.tokens[k].end - t.tokens[k].start != "that".len()
            || t.low_bytes(k) != b"that"
        {
            return None;
        }
        let words = speaker_words();
        if !words.statement_nouns.contains(t.low(i)) && !self.lex.speech_nouns.contains(t.low(i)) {
            return None;
        }
        let owner = i - 1;
        let low = t.low(owner);
        match low {
            "its" => match &self.subjects[si] {
                Some((s, false, pos)) if *pos < t.tokens[owner].start => Some(s.clone()),
                _ => self.resolve_it(owner),
            },
            "his" | "her" => self.resolve_pronoun(owner),
            _ if low.ends_with("'s") || low.ends_with("’s") => self
                .names_before(t.tokens[i].start)
                .last()
                .filter(|n| n.last == i && n.kind != EntityKind::Place)
                .map(|n| self.name_string(n)),
            _ => None,
        }
    }

    /// The brackets of sentence `first..last` that token `i` stands in, as a byte range (to
    /// the sentence's end when they are not closed).
    fn bracket_around(&self, i: usize, first: usize, last: usize) -> Option<(usize, usize)> {
        let t = self.t;
        let open = (first..i)
            .rev()
            .take_while(|&k| !t.tokens[k].is_punct(')'))
            .find(|&k| t.tokens[k].is_punct('('))?;
        let close = (i..last).find(|&k| t.tokens[k].is_punct(')'));
        let end = close.map_or(t.tokens[last - 1].end, |c| t.tokens[c].end);
        Some((t.tokens[open].start, end))
    }

    /// The noun phrase after a verb or "according to": a name, a description, or the words up
    /// to the next comma.
    fn phrase_after(&self, k: usize, limit: usize) -> Option<String> {
        let t = self.t;
        if k >= limit {
            return None;
        }
        // "according to her website": the person's, as written after the pronoun.
        let possessive = matches!(t.low(k), "his" | "her")
            && k + 1 < limit
            && t.tokens[k + 1].is_word()
            && !self.lex.function_words.contains(t.low(k + 1));
        // "the paper quoted him as saying": the person the object pronoun stands for.
        if matches!(t.low(k), "him" | "her") && !possessive {
            return self.resolve_pronoun(k);
        }
        // "asked to see the emails", "asked about the scandal", "asked whether": what was
        // asked, not who speaks.
        if matches!(
            t.low(k),
            "to" | "about" | "on" | "for" | "if" | "whether" | "why" | "how" | "what" | "when"
        ) {
            return None;
        }
        // "“...,” added the three-times champion.": who spoke just before.
        if t.low(k) == "the" {
            let mut b = k + 1;
            while b < limit.min(k + 6)
                && (t.tokens[b].is_word() || t.tokens[b].is_number() || t.tokens[b].is_punct('-'))
            {
                b += 1;
            }
            let ends = b == limit || matches!(t.tokens[b].kind, TokenKind::Punct(_));
            if let Some(who) = self.epithet_speaker(k, b).filter(|_| ends) {
                return Some(who);
            }
        }
        // "according to a 2009 report by the Avel Central Bank": the document's author, as
        // for "a statement from the ministry".
        if matches!(t.low(k), "a" | "an" | "the") {
            let nouns = &speaker_words().document_nouns;
            if let Some(d) = (k + 1..limit.min(k + 5)).find(|&d| nouns.contains(t.low(d))) {
                let plain = (k + 1..d).all(|x| t.tokens[x].is_word() || t.tokens[x].is_number());
                let who = if t.low_at(d + 2) == Some("the") {
                    d + 3
                } else {
                    d + 2
                };
                if plain
                    && matches!(t.low_at(d + 1), Some("by" | "from"))
                    && who < limit
                    && t.tokens[who].is_word()
                    && t.is_capitalized(who)
                {
                    if let Some(author) = self.phrase_after(d + 2, limit) {
                        return Some(author);
                    }
                }
            }
        }
        // A quoted name: "Comments by “News Revelation”".
        if let Some(q) = self.quotes.iter().find(|q| q.open == t.tokens[k].start) {
            return Some(t.text[q.start..q.end].to_owned());
        }
        if let Some(d) = self
            .descriptions
            .iter()
            .find(|d| d.first == k || (d.first == k + 1 && t.low(k) == "the"))
        {
            // "..., wrote a company lawyer named Jane Roe": the name the description gives
            // its person speaks.
            if t.low_at(d.last) == Some("named") {
                if let Some(n) = self.names_from(d.last + 1).first().filter(|n| {
                    n.first == d.last + 1 && n.kind == EntityKind::Person && n.last <= limit
                }) {
                    return Some(self.name_string(n));
                }
            }
            return Some(d.text.clone());
        }
        let mut end = k;
        // The period of a title or an initial does not end the phrase ("according to Mr. Roe",
        // "said Jane Q. Roe").
        let abbreviation = |e: usize| {
            e > k
                && t.tokens[e].is_punct('.')
                && t.touching(e - 1, e)
                && (self.lex.abbreviations.contains(t.low(e - 1)) || is_initial(t.tok(e - 1)))
                && e + 1 < limit
                && self.is_name_token(e + 1)
                && t.same_line(e, e + 1)
        };
        while end < limit
            && (abbreviation(end)
                || self.domain_dot(end)
                || !matches!(
                    t.tokens[end].kind,
                    TokenKind::Punct(',' | '.' | ':' | ';' | '“' | '”' | '"' | '—' | '(' | ')')
                ))
        {
            if end > k
                && matches!(
                    t.low(end),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "who"
                        | "which"
                        | "that"
                        | "when"
                        | "while"
                        | "because"
                )
            {
                break;
            }
            // "the agency quoted Roe as saying": the manner of the quoting is no part of
            // the speaker.
            if end > k
                && t.low(end) == "as"
                && t.low_at(end + 1).is_some_and(|w| w.ends_with("ing"))
            {
                break;
            }
            // "wrote one man from his work address to a friend": where the words went or
            // came from is no part of the speaker.
            if end > k
                && end <= k + 3
                && matches!(t.low(end), "from" | "to" | "via" | "with")
                && matches!(
                    t.low_at(end + 1),
                    Some("a" | "an" | "his" | "her" | "their" | "its" | "my" | "our")
                )
            {
                break;
            }
            end += 1;
        }
        if end == k {
            return None;
        }
        // "said the regional prefect, Jane Roe", "according to her aunt, Jane Roe": the
        // name in apposition; "said Norland's envoy to the United Nations, Jane Roe": also
        // after the role's complement, when no one is named before it but an owner.
        if let Some(name) = self.appositive_name(end) {
            let head_end = self.role_head_end(k, end);
            let named = self
                .names_from(k)
                .iter()
                .take_while(|n| n.first < end)
                .any(|n| n.kind == EntityKind::Person);
            let named_in_head = self.person_named_before(k, head_end);
            let role_head = !t.is_capitalized(end - 1) && self.is_role(t.low(end - 1));
            let role_before_complement =
                head_end < end && (k..head_end).any(|j| self.is_role(t.low(j)));
            if !named || role_head || (role_before_complement && !named_in_head) {
                return Some(self.name_string(name));
            }
        }
        if possessive && end > k + 1 {
            let owner = self.resolve_pronoun(k)?;
            let owned = &t.text[t.tokens[k + 1].start..t.tokens[end - 1].end];
            return Some(format!("{owner}'s {owned}"));
        }
        // "the Consulate General in Marseille": a body named with its seat.
        // The seat: a name that ends the phrase ("in Port Avel.").
        let seat_end = self
            .names_from(end + 1)
            .first()
            .filter(|n| n.first == end + 1 && (n.last >= limit || !t.tokens[n.last].is_word()))
            .map_or(end + 2, |n| n.last);
        if t.low_at(end) == Some("in")
            && end + 1 < limit
            && t.is_capitalized(end - 1)
            && t.is_capitalized(end + 1)
            && (seat_end >= limit || !t.tokens[seat_end].is_word())
            && self
                .names_from(k)
                .iter()
                .take_while(|n| n.first < end)
                .any(|n| n.last == end && n.kind == EntityKind::Org)
        {
            let from = if t.low(k) == "the" { k + 1 } else { k };
            return Some(t.text[t.tokens[from].start..t.tokens[seat_end - 1].end].to_owned());
        }
        self.speaker_from_span(k, end, None)
    }

    /// The subject of the speech verb at `verb`, in the clause that ends there.
    fn subject_of(&self, verb: usize, sentence_first: usize) -> Option<String> {
        let t = self.t;
        let lex = self.lex;
        if let Some(s) = self.document_before_participle(verb, sentence_first) {
            return Some(s);
        }
        // The clause starts after the last quotation or semicolon before the verb, and after
        // a dateline.
        let mut start = sentence_first;
        while start < verb && self.in_dateline(start) {
            start += 1;
        }
        for q in &self.quotes {
            if q.after <= t.tokens[verb].start && q.after > t.tokens[start].start {
                start = t.token_at(q.after);
            }
        }
        // "The chip saves power (Norland says it uses less)": a verb inside brackets left
        // open before it takes its subject inside them.
        if let Some(open) = (start..verb).rev().find(|&k| t.tokens[k].is_punct('(')) {
            if open + 1 < verb && !(open + 1..verb).any(|k| t.tokens[k].is_punct(')')) {
                start = open + 1;
            }
        }
        // "One thing is certain: Jane Roe says ...": the clause starts after a colon or a
        // semicolon.
        // (Not a colon inside a word: "(NYSE:AVL)".)
        if let Some(j) = (start..verb).rev().find(|&j| {
            matches!(t.tokens[j].kind, TokenKind::Punct(':' | ';'))
                && !(j > 0 && t.touching(j - 1, j) && t.touching(j, j + 1))
        }) {
            start = j + 1;
        }
        // "Ever since the storm hit the town, farmer Jane Roe says": a subordinate clause
        // before a comma is not the subject.
        while start < verb
            && matches!(
                t.low(start),
                "ever"
                    | "since"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "although"
                    | "though"
                    | "because"
                    | "if"
                    | "once"
                    | "until"
                    | "despite"
            )
        {
            match (start + 1..verb).find(|&j| t.tokens[j].is_punct(',')) {
                Some(c) if c + 1 < verb => start = c + 1,
                _ => break,
            }
        }
        // "Seoul welcomed the move, with its spokesman Jane Roe saying": the gerund's subject
        // is what follows "with".
        if t.low(verb).ends_with("ing") {
            if let Some(j) = (start..verb.saturating_sub(1))
                .rev()
                .find(|&j| t.low(j) == "with" && j + 1 < verb)
                // "met with officials on Monday, saying", "a call with Jane Roe following the
                // launch saying": only a name, its role and titles stand between.
                // Words in lower case ("press secretary"), then the name up to the verb.
                .filter(|&j| {
                    let Some(c) = (j + 1..verb).find(|&k| t.is_capitalized(k)) else {
                        return false;
                    };
                    (j + 1..c).all(|k| t.tokens[k].is_word())
                        && (c..verb).all(|k| {
                            (t.is_capitalized(k)
                                || t.tokens[k].is_punct('-')
                                || self.syllable_after_hyphen(k))
                                && !self.date_tokens.get(k).copied().unwrap_or(false)
                        })
                })
            {
                start = j + 1;
            }
        }
        // "X reports that Jane Roe said": the clause starts after the first verb's "that".
        if let Some(j) = (start..verb.saturating_sub(2))
            .rev()
            .find(|&j| t.low_at(j + 1) == Some("that") && self.speech_verb_at(j) == Some(j + 1))
        {
            start = j + 2;
        }
        // "made her such a symbol that a commentator said", "more than the bureau estimated":
        // a clause opened by "that", "than" or "as", with someone named or described right
        // after it, is the verb's own.
        // (Not "X, who, as the leader of the party, served a term, said": "as" with a role,
        // set off by commas, is no clause; but "the flood grows plain as an officer, using code
        // words, reports": "as" after a word opens one. Nor "such as", which gives examples:
        // "X, who differs on issues such as the state's budget, told" is X.)
        if let Some(j) = (start..verb.saturating_sub(1)).rev().find(|&j| {
            matches!(t.low_bytes(j), b"that" | b"than" | b"as")
                && !(t.low(j) == "as" && j > start && t.low(j - 1) == "such")
                && !(t.low(j) == "as"
                    && j > start
                    && t.tokens[j - 1].is_punct(',')
                    && matches!(t.low(j + 1), "the" | "a" | "an")
                    && (j + 1..verb).any(|k| t.tokens[k].is_punct(',')))
                && (self.descriptions.iter().any(|d| d.first == j + 1)
                    || self
                        .names_from(j + 1)
                        .first()
                        .is_some_and(|n| n.first == j + 1)
                    || (t.low(j + 1) == "the"
                        && (j + 2..(j + 5).min(verb)).any(|k| {
                            self.lex.org_words.contains(t.low(k)) || self.is_role(t.low(k))
                        })))
        }) {
            start = j + 1;
        }
        // "Roe's criticism came after the newspaper X, quoting sources, reported that": a
        // clause opened by a conjunction after a finite verb, with a body or someone named
        // right after the conjunction and no verb of its own before the speech verb ("when
        // the boy fell, described"), is the speech verb's own.
        let finite = |k: usize| self.is_finite_verb(k);
        // ("before the captain came back and said": a verb of the same subject joined by
        // "and" right before the speech verb, no comma between.)
        let joined = |j: usize| {
            verb >= 2 && t.low(verb - 1) == "and" && !(j..verb).any(|k| t.tokens[k].is_punct(','))
        };
        if let Some(j) = (start + 1..verb.saturating_sub(1)).rev().find(|&j| {
            matches!(
                t.low(j),
                "after" | "before" | "when" | "because" | "since" | "while" | "until" | "once"
            ) && (start..j).any(&finite)
                && (!(j + 1..verb).any(&finite) || joined(j))
                // ("when officials in Avel announced": a bare role noun in the plural opens
                // the subject as a description does.)
                && ((t.low(j + 1).ends_with('s')
                    && !t.is_capitalized(j + 1)
                    && self.is_role(t.low(j + 1)))
                    || self.descriptions.iter().any(|d| d.first == j + 1)
                    // (A place too when its name stands right before the verb: "after
                    // Norland announced" is the country speaking.)
                    || self.names_from(j + 1).first().is_some_and(|n| {
                        n.first == j + 1
                            && (n.kind != EntityKind::Place
                                || (n.last..verb).all(|k| is_auxiliary(t.low(k))))
                    })
                    || (t.low(j + 1) == "the"
                        && (j + 2..(j + 5).min(verb)).any(|k| {
                            lex.org_words.contains(t.low(k))
                                || lex.org_anaphors.contains(t.low(k))
                                || self.is_role(t.low(k))
                        })))
        }) {
            start = j + 1;
        }
        // "The river has grown and the city's officials have said that ...", "Roe was 21 and
        // the Gazette reports that ...": a clause of its own after "and" or "but", whose
        // subject (a name, or a short phrase opened by a determiner) stands right before the
        // verb, after a finite verb of the clause before.
        let mut v = verb;
        while v > start + 1 && is_auxiliary(t.low(v - 1)) {
            v -= 1;
        }
        if let Some(j) = (start + 1..v.saturating_sub(1))
            .rev()
            .find(|&j| matches!(t.low(j), "and" | "but"))
        {
            let np = j + 1..v;
            let named = self
                .names_from(j + 1)
                .first()
                .is_some_and(|n| n.first == j + 1 && n.last == v && n.kind != EntityKind::Place);
            let phrase = t.has_class(j + 1, crate::model::lexicon::class::DETERMINER)
                && !t.has_class(j + 1, crate::model::lexicon::class::PRONOUN)
                && np.len() <= 5
                && np.clone().all(|k| t.tokens[k].is_word() && !finite(k));
            if !t.low(verb).ends_with("ing") && (named || phrase) && (start..j).any(&finite) {
                start = j + 1;
            }
        }
        let mut end = verb;
        // Auxiliaries and adverbs between subject and verb: "had previously hinted".
        while end > start {
            let low = t.low(end - 1);
            let aux = matches!(
                low,
                "has"
                    | "have"
                    | "had"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "also"
                    | "further"
                    | "then"
                    | "previously"
                    | "once"
                    | "again"
                    | "would"
                    | "will"
                    | "could"
                    | "has been"
                    | "not"
                    | "never"
                    | "reportedly"
                    | "publicly"
                    | "later"
                    | "recently"
                    | "even"
                    | "still"
                    | "already"
                    | "first"
                    // "Jane Roe today said:": the day is not part of the name.
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "had been"
                    | "been"
                    | "did"
                    | "does"
                    | "do"
            ) || (low.ends_with("ly")
                && low.len() > 4
                && !self.is_name_token(end - 1)
                && !self.is_role(low)
                // ("the family said", "Roe's family said": after a determiner or an owner's
                // word in "'s", a word in -ly is a noun, no adverb.)
                && !(end - 1 > start
                    && (t.has_class(end - 2, crate::model::lexicon::class::DETERMINER)
                        || t.low(end - 2).ends_with("'s")
                        || t.low(end - 2).ends_with("’s"))));
            if aux {
                end -= 1;
            } else {
                break;
            }
        }
        // "the Norland Radio (NR) reported": initials in brackets after the name.
        if end > start + 3 && t.tokens[end - 1].is_punct(')') {
            let open = (end.saturating_sub(5).max(start + 1)..end - 1)
                .rev()
                .find(|&k| t.tokens[k].is_punct('('));
            if let Some(open) = open
                .filter(|&o| (o + 1..end - 1).all(|k| t.tokens[k].is_word() && t.is_capitalized(k)))
            {
                end = open;
            }
        }
        // "the Skyward founder (and Avel Motors CEO) explained": an aside in brackets that
        // opens in lower case, before the verb, is not the subject.
        if end > start + 2 && t.tokens[end - 1].is_punct(')') {
            let mut depth = 0usize;
            let mut open = None;
            for k in (end.saturating_sub(16).max(start + 1)..end).rev() {
                match t.tokens[k].kind {
                    TokenKind::Punct(')') => depth += 1,
                    TokenKind::Punct('(') => {
                        depth -= 1;
                        if depth == 0 {
                            open = Some(k);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            if let Some(o) = open.filter(|&o| {
                t.tokens.get(o + 1).is_some_and(|x| x.is_word()) && !t.is_capitalized(o + 1)
            }) {
                end = o;
            }
        }
        // "what he estimated", "the sale of which, she said": a pronoun right before the
        // verb is its subject, whatever comes before it.
        if end > start && t.has_class(end - 1, crate::model::lexicon::class::PRONOUN) {
            return self.resolve_pronoun(end - 1);
        }
        let mut comma_before_verb = false;
        while end > start
            && matches!(
                t.tokens[end - 1].kind,
                TokenKind::Punct(',' | '”' | '"' | '’')
            )
        {
            comma_before_verb = true;
            end -= 1;
        }
        if end <= start {
            return None;
        }
        // "a practitioner in China who stated": the relative pronoun's antecedent.
        if matches!(t.low(end - 1), "who" | "which") {
            let rel = end - 1;
            if let Some(d) = self
                .descriptions
                .iter()
                .find(|d| d.last == rel || (d.first < rel && rel <= d.last))
            {
                // "her father, Tom Roe, is a professor who thinks": the description says
                // what the person named before it is, and the person thinks.
                if self.is_predicate(d) {
                    if let Some(name) = self.names
                        [..self.names.partition_point(|n| n.first < d.first)]
                        .last()
                        .filter(|n| {
                            n.kind == EntityKind::Person
                                && n.last + 3 >= d.first
                                && n.first >= start
                                && (n.last..d.first).all(|k| {
                                    !t.tokens[k].is_word() || {
                                        matches!(t.low(k), "is" | "was" | "became" | "becomes")
                                    }
                                })
                        })
                    {
                        return Some(self.name_string(name));
                    }
                }
                return Some(t.text[t.tokens[d.first].start..t.tokens[rel - 1].end].to_owned());
            }
            if let Some(name) = self.names.iter().find(|n| n.last == rel) {
                return Some(self.name_string(name));
            }
            // "Avel Mayor Jane Roe, who said": the person named before the comma.
            if rel > start + 1 && t.tokens[rel - 1].is_punct(',') {
                if let Some(name) = self
                    .names
                    .iter()
                    .find(|n| n.last == rel - 1 && n.kind == EntityKind::Person)
                {
                    return Some(self.name_string(name));
                }
            }
            return None;
        }
        // "..., executives of both firms announced", "when authorities in Avel
        // announced", "—and Avel officials admitted", "with forecasters predicting": a bare
        // plural of people (with the place or body they belong to) right before the verb,
        // after a joint of clauses, is its subject as written.
        if let Some(a) = (start.max(end.saturating_sub(6))..end)
            .filter(|_| !comma_before_verb)
            .find(|&a| self.bare_plural_subject(a, end) && self.opens_clause_at(a, verb))
        {
            return Some(t.text[t.tokens[a].start..t.tokens[end - 1].end].to_owned());
        }
        // Segments between commas and dashes; leading adverbials are skipped.
        let mut segments: Vec<(usize, usize)> = Vec::new();
        let mut seg_start = start;
        let mut depth = 0i32;
        for k in start..end {
            match t.tokens[k].kind {
                TokenKind::Punct('(') => depth += 1,
                TokenKind::Punct(')') => depth -= 1,
                TokenKind::Punct(',' | '—' | '–') if depth <= 0 => {
                    if k > seg_start {
                        segments.push((seg_start, k));
                    }
                    seg_start = k + 1;
                }
                _ => {}
            }
        }
        if end > seg_start {
            segments.push((seg_start, end));
        }
        // "A witness, whom the radio did not name, said", "Jane Roe, who, as leader of the
        // party, served a short term, said": a relative clause set off by commas is no
        // speaker; what stands before it is (unless a short phrase closes the clause: "The
        // ship, which sank, was old, police said").
        if let Some(rel) = (1..segments.len())
            .find(|&j| matches!(t.low(segments[j].0), "who" | "whom" | "which" | "whose"))
        {
            let (l0, l1) = segments[segments.len() - 1];
            let short_tail =
                rel + 1 < segments.len() && (l1 - l0 <= 3 || self.opens_noun_phrase(l0));
            if !short_tail {
                segments.truncate(rel);
                // "One of Roe's ex-wives, who lives nearby, told": as written.
                let (n0, n1) = segments[0];
                if rel == 1 && t.low_at(n0 + 1) == Some("of") && n1 - n0 <= 10 {
                    return Some(t.text[t.tokens[n0].start..t.tokens[n1 - 1].end].to_owned());
                }
            }
        }
        let adverbial = |(a, b): (usize, usize)| {
            let low = t.low(a);
            // "But Jane Roe, a legislator, said": a conjunction before the subject.
            if matches!(low, "and" | "but" | "yet" | "so")
                && a + 1 < b
                && self
                    .names_from(a + 1)
                    .first()
                    .is_some_and(|n| n.first == a + 1)
            {
                return false;
            }
            // "Asked by reporters ..., Jane Roe said", "Speaking to reporters, ...": a
            // participle with its preposition opens an adverbial clause.
            // "Asked whether ..., Jane Roe said": a question word after it too.
            let participle = (low.ends_with("ed") || low.ends_with("ing"))
                && low.len() > 4
                && a + 1 < b
                && ((lex.function_words.contains(t.low(a + 1))
                    && !lex.determiners.contains(t.low(a + 1)))
                    || matches!(
                        t.low(a + 1),
                        "whether" | "if" | "how" | "why" | "what" | "where" | "when"
                    ));
            // "Similarly, Jane Roe said": a sentence adverb alone before a comma ("Kelly,
            // a nurse, said" is a name: written in full elsewhere or a given name).
            let words = speaker_words();
            let sentence_adverb = b == a + 1
                && low.len() > 5
                && low.ends_with("ly")
                && !self.name_words.contains_key(t.tok(a))
                && !words.is_given_name(low);
            // "Hours after the storm hit, ...": a span of time before a conjunction.
            let time_before = a + 1 < b
                && matches!(t.low(a + 1), "after" | "before" | "later" | "earlier")
                && self.lex.time_units.contains_key(low);
            participle
                || sentence_adverb
                || time_before
                || (lex.function_words.contains(low)
                    && !lex.determiners.contains(low)
                    && !lex.pronouns.contains(low)
                    && low != "i"
                    && low != "we")
        };
        // "Less fun was the uniform, though Jane Roe did say that ...": a clause of its own,
        // opened by a conjunction right before the verb, holds the verb's subject.
        if let Some(&(l0, l1)) = segments.last().filter(|_| segments.len() >= 2) {
            if !comma_before_verb
                && l1 == end
                && l1 - l0 <= 6
                && l0 + 1 < l1
                && (is_subordinator(t.low(l0)) || t.low(l0) == "but")
                && self.opens_noun_phrase(l0 + 1)
            {
                if t.has_class(l0 + 1, crate::model::lexicon::class::PRONOUN) {
                    return self.resolve_pronoun(l0 + 1);
                }
                return self.speaker_from_span(l0 + 1, l1, None);
            }
        }
        // "At a summit in Lucerne, Switzerland, Jane Roe said": a place set off by commas after
        // an adverbial belongs to it (the country of the town it names).
        let place_after_adverbial = |j: usize| {
            let (a, b) = segments[j];
            j > 0
                && j + 1 < segments.len()
                && b - a <= 3
                && (a..b).all(|k| t.is_capitalized(k) && t.tokens[k].is_word())
                && t.is_capitalized(segments[j - 1].1 - 1)
                && (self.town_before(segments[j - 1].1)
                    || !self
                        .names_from(a)
                        .iter()
                        .take_while(|n| n.first < b)
                        .any(|n| n.kind == EntityKind::Person))
                // ("In Avel, Jane Roe, the mayor's aide, said": a name that opens with a
                // given name is a person's, not the town's region.)
                && !self.names_from(a).first().is_some_and(|n| {
                    n.first == a
                        && n.kind == EntityKind::Person
                        && n.last > n.first + 1
                        && speaker_words().is_given_name(t.low(a))
                })
        };
        // (`position` stops at the first segment that is neither, so every segment before the
        // one tested is adverbial.)
        let head_idx = segments
            .iter()
            .enumerate()
            .position(|(j, s)| !(adverbial(*s) || place_after_adverbial(j)))
            .unwrap_or(segments.len().saturating_sub(1));
        // "..., the union said": a short noun phrase right before the verb, after a comma, is
        // the subject of a parenthetical attribution.
        if let Some(&(l0, l1)) = segments.last() {
            // "Jane Roe, a former neighbor, told", "Roe, president of the region, said":
            // the name before the appositive speaks.
            // (Not after an adverbial: "Speaking at the Forum, the prime minister said".)
            if segments.len() >= 2 && segments.len() - 2 >= head_idx && self.appositive_like(l0, l1)
            {
                let (n0, n1) = segments[segments.len() - 2];
                if let Some(name) = self
                    .names_from(n0)
                    .iter()
                    .take_while(|n| n.first < n1)
                    .find(|n| n.last == n1 && n.kind != EntityKind::Place)
                {
                    if (n0..name.first).all(|j| lex.function_words.contains(t.low(j))) {
                        return Some(self.name_string(name));
                    }
                }
                if matches!(t.low_at(n0 + 1), Some("of")) && n1 - n0 <= 10 {
                    return Some(t.text[t.tokens[n0].start..t.tokens[n1 - 1].end].to_owned());
                }
            }
            let tail_is_np = segments.len() - 1 > head_idx
                && !comma_before_verb
                && l1 == end
                // ("..., a source close to the talks said": a speaker's description of
                // any length.)
                && (l1 - l0 <= 5
                    || self
                        .descriptions
                        .iter()
                        .any(|d| d.first == l0 && d.last == l1))
                && (self.opens_noun_phrase(l0)
                    // "..., data from X showed": a source.
                    || self.lex.source_anaphors.contains(t.low(l0))
                    // "..., scientists said", "..., local officials said": a bare plural;
                    // "..., local media reported", "..., state police said": one not in -s,
                    // or a body's noun.
                    || (l1 - l0 <= 2
                        && (l0..l1).all(|k| t.tokens[k].is_word() && !t.is_capitalized(k))
                        && (t.low(l1 - 1).ends_with('s')
                            || lex.plurals.contains(t.low(l1 - 1))
                            || lex.org_words.contains(t.low(l1 - 1)))
                        && !lex.function_words.contains(t.low(l1 - 1))));
            if tail_is_np {
                if t.has_class(l0, crate::model::lexicon::class::PRONOUN) {
                    return self.resolve_pronoun(l0);
                }
                return self.speaker_from_span(l0, l1, None);
            }
        }
        // "The attacker acted alone, the brother of the gunman, Jane Roe, from Springfield,
        // said": after a clause of reported words, the first short noun phrase speaks, with
        // its appositive.
        if comma_before_verb {
            if let Some(&(x0, x1)) = segments.get(head_idx) {
                if x1 - x0 > 6 {
                    let found = (head_idx + 1..segments.len()).find(|&j| {
                        let (l0, l1) = segments[j];
                        l1 - l0 <= 6 && self.opens_noun_phrase(l0)
                    });
                    if let Some(j) = found {
                        let (l0, l1) = segments[j];
                        return self.speaker_from_span(l0, l1, segments.get(j + 1).copied());
                    }
                }
            }
        }
        let (mut h0, mut h1) = *segments.get(head_idx)?;
        // "One small, 2-month study found": a determiner and its adjectives set off by a
        // comma run on into the document they describe, the last segment before the verb.
        if head_idx + 2 == segments.len()
            && !comma_before_verb
            && (2..=3).contains(&(h1 - h0))
            && t.has_class(h0, crate::model::lexicon::class::DETERMINER)
            && (h0 + 1..h1).all(|k| {
                let low = t.low(k);
                t.tokens[k].is_word()
                    && !t.is_capitalized(k)
                    && !lex.function_words.contains(low)
                    && !self.is_role(low)
                    && !lex.org_words.contains(low)
            })
        {
            let (n0, n1) = segments[head_idx + 1];
            let document = speaker_words().is_document(t.low(n1 - 1));
            if n1 == end
                && n1 - n0 <= 5
                && document
                && !t.has_class(n0, crate::model::lexicon::class::DETERMINER)
                && !(n0..n1).any(|k| self.is_finite_verb(k))
            {
                return Some(t.text[t.tokens[h0].start..t.tokens[n1 - 1].end].to_owned());
            }
        }
        // "She recalled the guide telling the group: ...", "he heard an usher warning them":
        // a person described or named right before a verb of saying in -ing, as the object
        // of a finite verb before, is who says it (not the subject of the finite verb).
        if t.low(verb).ends_with("ing") && end == verb {
            let finite_before = |from: usize| (h0..from).any(|k| self.is_finite_verb(k));
            if let Some(d) = self
                .descriptions
                .iter()
                .find(|d| d.last == verb && d.first > h0 && finite_before(d.first))
            {
                return Some(d.text.clone());
            }
            if let Some(n) = self
                .names_from(h0 + 1)
                .iter()
                .take_while(|n| n.first < verb)
                .find(|n| n.last == verb && n.kind == EntityKind::Person && finite_before(n.run))
            {
                return Some(self.name_string(n));
            }
            // A short phrase of an article and a person's noun ("the pilot").
            if let Some(d) = (verb.saturating_sub(4).max(h0 + 1)..verb - 1).find(|&d| {
                matches!(t.low(d), "the" | "a" | "an")
                    && finite_before(d)
                    && (d + 1..verb).all(|k| t.tokens[k].is_word() && !t.is_capitalized(k))
            }) {
                if self.is_role(t.low(verb - 1)) {
                    return Some(t.text[t.tokens[d].start..t.tokens[verb - 1].end].to_owned());
                }
            }
        }
        // "His lawyer released a statement saying": who issued it speaks.
        if t.low(verb).ends_with("ing") {
            if let Some(j) = (h0 + 1..h1).find(|&j| {
                speaker_words().statement_verbs.contains(t.low(j)) && !t.is_capitalized(j)
            }) {
                h1 = j;
            }
        }
        // "And he said", "But the ministry said".
        while h0 + 1 < h1 && matches!(t.low(h0), "and" | "but" | "so" | "yet") {
            h0 += 1;
        }
        if t.has_class(h0, crate::model::lexicon::class::PRONOUN) || matches!(t.low(h0), "i" | "we")
        {
            return self.resolve_pronoun(h0);
        }
        let mut appositive = segments.get(head_idx + 1).copied();
        // "The witness, whom the paper identified only as a cook, Ana, said": a relative
        // clause set off by commas is no appositive (the paper is not the witness); a
        // segment after it, before the verb, may be.
        if let Some((c, _)) = appositive {
            if matches!(t.low(c), "who" | "whom" | "whose" | "which") {
                appositive = segments.get(head_idx + 2).copied();
            }
        }
        self.speaker_from_span(h0, h1, appositive)
    }

    /// Whether token `k` opens a noun phrase that can speak: a determiner, a pronoun, a body,
    /// a role or a name.
    fn opens_noun_phrase(&self, k: usize) -> bool {
        let t = self.t;
        t.has_class(k, crate::model::lexicon::class::DETERMINER)
            || t.has_class(k, crate::model::lexicon::class::PRONOUN)
            || self.lex.org_words.contains(t.low(k))
            || self.lex.role_nouns.contains(t.low(k))
            || self.lex.titles.contains(t.low(k).trim_end_matches('.'))
            || self.names_from(k).first().is_some_and(|n| n.first == k)
    }

    /// A noun for a person by role, title or kin ("spokesman", "mayor", "brother").
    fn is_role(&self, low: &str) -> bool {
        self.lex.role_nouns.contains(low)
            || self.lex.titles.contains(low)
            || self.lex.person_nouns.contains(low)
    }

    /// Whether tokens `a..b` read as an appositive: a relative clause ("who lives near"), or a
    /// role with or without an article ("a former neighbor", "president of the region").
    fn appositive_like(&self, a: usize, b: usize) -> bool {
        let t = self.t;
        let lex = self.lex;
        if t.low(a) == "who" {
            return true;
        }
        if self
            .names_from(a)
            .first()
            .is_some_and(|n| n.first == a && n.kind == EntityKind::Person)
        {
            return false;
        }
        let role = |k: usize| {
            let low = t.low(k);
            lex.role_nouns.contains(low) || lex.titles.contains(low)
        };
        let opens = t.has_class(a, crate::model::lexicon::class::DETERMINER) || role(a);
        opens && (a..b.min(a + 6)).any(role)
    }

    /// The speaker a span of words names: its name, or the appositive's name, or the
    /// description itself.
    fn speaker_from_span(
        &self,
        a: usize,
        b: usize,
        appositive: Option<(usize, usize)>,
    ) -> Option<String> {
        let t = self.t;
        // A long run of words is a clause, not a noun phrase: it may still hold a name, but
        // it is not a speaker as written.
        // A relative clause ends the noun phrase ("the family of a lawmaker who has been
        // jailed since July").
        let np_end = (a + 1..b)
            .find(|&k| {
                matches!(t.low(k), "who" | "which" | "whose") && !self.acronym_among_lower_case(k)
            })
            .unwrap_or(b);
        let clause = np_end - a > 12;
        let (a, b) = self.clip_phrase(a, b)?;
        if t.has_class(a, crate::model::lexicon::class::PRONOUN)
            && b == a + 1
            && !self.acronym_among_lower_case(a)
        {
            return self.resolve_pronoun(a);
        }
        // "Jane Roe and Tom Poe said in a joint statement": two people who speak as one.
        if let [n1, n2] = self
            .names_from(a)
            .iter()
            .take_while(|n| n.first < b)
            .collect::<Vec<_>>()[..]
        {
            if n1.run == a
                && n2.last == b
                && n2.first == n1.last + 1
                && n2.run == n2.first
                && t.low(n1.last) == "and"
                && n1.kind == EntityKind::Person
                && n2.kind == EntityKind::Person
                && appositive.is_none()
            {
                return Some(format!(
                    "{} and {}",
                    self.name_string(n1),
                    self.name_string(n2)
                ));
            }
        }
        // "Norland's information minister, Jane Roe, said": a role, then the person's name.
        // "Lead author of the survey, Professor Jane Roe, said": a role with its complement,
        // and no person named in it.
        if let Some((c, d)) = appositive {
            let name = self.names_from(c).first().filter(|n| {
                (n.first == c || n.run == c) && n.last <= d && n.kind == EntityKind::Person
            });
            let role_last = !t.is_capitalized(b - 1) && self.is_role(t.low(b - 1));
            // ("Norland's envoy to the United Nations, Jane Roe, said": a person is looked
            // for in the head only, before its complement, and an owner's name ending in
            // "'s" is none.)
            let role_head = || {
                let head_end = self.role_head_end(a, b);
                (a..head_end).any(|k| self.is_role(t.low(k)))
                    && !self.person_named_before(a, head_end)
            };
            if let Some(name) = name.filter(|_| role_last || role_head()) {
                return Some(self.name_string(name));
            }
        }
        // "after he", "whatever she": a pronoun right before the verb is its subject.
        if b > a + 1 && matches!(t.low(b - 1), "he" | "she" | "i" | "we" | "they") {
            return self.resolve_pronoun(b - 1);
        }
        if b == a + 1 && t.low(a) == "it" {
            return self.resolve_it(a);
        }
        // "It seems worth noting that", "it is fair to say": an empty "it" names no one.
        if t.low(a) == "it"
            && matches!(
                t.low_at(a + 1),
                Some("seems" | "seemed" | "is" | "was" | "appears" | "appeared" | "would" | "may")
            )
        {
            return None;
        }
        // "X reported that ... According to the report, ...": the report is the one X made,
        // so its words are X's.
        if t.low(a) == "the" && b == a + 2 && t.low(b - 1) == "report" {
            if let Some(who) = self.last_reporter(t.tokens[a].start) {
                return Some(who);
            }
        }
        // "the website showed", "the data show": the source last named before.
        if t.low(a) == "the"
            && (2..=3).contains(&(b - a))
            && self.lex.source_anaphors.contains(t.low(b - 1))
        {
            // "the zoo's website": its owner is written, so it speaks as written.
            if (a + 1..b - 1).any(|k| t.low(k).ends_with("'s") || t.low(k).ends_with("’s")) {
                return Some(t.text[t.tokens[a].start..t.tokens[b - 1].end].to_owned());
            }
            // "the documents show": papers speak for themselves, not for the body that
            // last spoke.
            if speaker_words().document_nouns.contains(t.low(b - 1)) {
                return Some(t.text[t.tokens[a].start..t.tokens[b - 1].end].to_owned());
            }
            if let Some(source) = self.last_org_speaker(t.tokens[a].start) {
                return Some(source);
            }
        }
        // "his family", "her lawyers": as written.
        if matches!(t.low(a), "his" | "her" | "their")
            && b > a + 1
            && b <= a + 4
            && appositive.is_none()
            && !self.is_role(t.low(b - 1))
            && (a + 1..b).all(|k| t.tokens[k].is_word() && !t.is_capitalized(k))
        {
            return Some(t.text[t.tokens[a].start..t.tokens[b - 1].end].to_owned());
        }
        // "The President", "the spokesman": the last person named with that role, before a
        // title written in capitals is read as a name.
        if t.low(a) == "the" && b == a + 2 && self.is_role(t.low(b - 1)) {
            if let Some(name) = self.last_with_role(t.tokens[a].start, t.low(b - 1)) {
                return Some(name);
            }
        }
        // "the prime minister told": a role of two words, the person last named with both
        // ("Prime Minister Jane Roe"; "the former minister" is not "Minister Jane Roe").
        if t.low(a) == "the"
            && b == a + 3
            && self.is_role(t.low(b - 1))
            && t.tokens[a + 1].is_word()
            && !t.is_capitalized(a + 1)
        {
            let (modifier, head) = (t.low(a + 1), t.low(b - 1));
            if let Some(n) = self
                .names_before(t.tokens[a].start)
                .iter()
                .rev()
                .find(|n| n.roles.iter().any(|r| r == head))
                .filter(|n| n.roles.iter().any(|r| r == modifier))
            {
                return Some(self.name_string(n));
            }
        }
        // "the former minister said", "the veteran coach added": a role after a word that is
        // no title is the person last named with that role and that word before the name
        // ("Former finance minister Jane Roe").
        if t.low(a) == "the"
            && b == a + 3
            && self.is_role(t.low(b - 1))
            && t.tokens[a + 1].is_word()
            && !t.is_capitalized(a + 1)
            && !self.is_role(t.low(a + 1))
        {
            let (modifier, head) = (t.low(a + 1), t.low(b - 1));
            if let Some(n) = self
                .names_before(t.tokens[a].start)
                .iter()
                .rev()
                .filter(|n| {
                    n.kind == EntityKind::Person
                        && !self.in_quote(n.start)
                        && n.roles.iter().any(|r| r == head)
                })
                .find(|n| (n.run.saturating_sub(3)..n.first).any(|k| t.low(k) == modifier))
            {
                return Some(self.name_string(n));
            }
        }
        // "the 34-year-old said", "the 34-year-old actor wrote": the person last named with
        // that age ("Jane Roe, 34,"), else the person last named in the paragraph or the two
        // before (an age stands for someone the story has already introduced).
        if let Some(age) = self.age_epithet(a, b) {
            let at = t.tokens[a].start;
            if let Some(name) = self.person_of_age(age, at) {
                return Some(name);
            }
            if let Some(name) = self.person_named_just_before(at) {
                return Some(name);
            }
        }
        // "the Avelcorp founder explained": a role after a body's name is the person last
        // named with that role after that name ("Avelcorp founder Jane Roe").
        if t.low(a) == "the"
            && b == a + 3
            && t.is_capitalized(a + 1)
            && !t.is_capitalized(b - 1)
            && self.is_role(t.low(b - 1))
        {
            let (body, head) = (t.low(a + 1), t.low(b - 1));
            if let Some(n) = self
                .names_before(t.tokens[a].start)
                .iter()
                .rev()
                .filter(|n| n.kind == EntityKind::Person && n.roles.iter().any(|r| r == head))
                .find(|n| (n.run.saturating_sub(3)..n.first).any(|k| t.low(k) == body))
            {
                return Some(self.name_string(n));
            }
        }
        // "The director said", "the Hollywood star added": a role that no one named or
        // described holds is the person the article opens on.
        if t.low(a) == "the"
            && (b == a + 2 || (b == a + 3 && t.is_capitalized(a + 1)))
            && !t.is_capitalized(b - 1)
        {
            let (at, role) = (t.tokens[a].start, t.low(b - 1));
            let described = self
                .descriptions
                .iter()
                .any(|d| d.start < at && d.role == role && !self.in_quote(d.start));
            if !described && self.last_with_role(at, role).is_none() {
                if let Some(name) = self.lede_person(role) {
                    return Some(name);
                }
                // "the Avel prosecutor said ... Jane Roe, prosecutor of Avel, added": the
                // person named with that role in the next paragraphs.
                if let Some(name) = self.named_with_role_after(at, role) {
                    return Some(self.name_string(name));
                }
            }
        }
        if let Some(who) = self.epithet_speaker(a, b) {
            return Some(who);
        }
        let in_span = |n: &&Name| n.first >= a && n.last <= b && n.kind != EntityKind::Place;
        let names: Vec<&Name> = self
            .names_from(a)
            .iter()
            .take_while(|n| n.first < b)
            .filter(in_span)
            .collect();
        // "A senior trade official with knowledge of the talks": a description whose
        // names are no one's.
        if let Some(d) = self.descriptions.iter().find(|d| d.first == a) {
            if appositive.is_none() && names.iter().all(|n| n.kind != EntityKind::Person) {
                return Some(d.text.clone());
            }
        }
        // "Springfield coach Jane Roe", "the ministry's spokeswoman Jane Roe": a person named
        // last, right after her role noun, heads the phrase.
        // "Parliament member Jane Roe of the Green party": so does the first one, when only
        // her prepositional complement follows.
        let complement = |n: &&Name| {
            n.last < b
                && matches!(t.low(n.last), "of" | "from" | "at" | "for" | "with")
                && names
                    .iter()
                    .take_while(|m| m.first < n.first)
                    .all(|m| m.kind != EntityKind::Person)
        };
        // ("Avel Agency administrator Jane Roe", "geologist Jane Roe of the Avel
        // Institute": a noun of someone who does something, in -er, -or, -ist or -ian, is a
        // role there too, listed or not.)
        let role_before = |k: usize| {
            let low = t.low(k);
            self.is_role(low)
                || (low.len() > 5
                    && !self.lex.function_words.contains(low)
                    && ["er", "or", "ist", "ian"].iter().any(|e| low.ends_with(e)))
        };
        if let Some(head) = names.iter().find(|n| {
            n.kind == EntityKind::Person
                && complement(n)
                && n.run > a
                && t.tokens[n.run - 1].is_word()
                && !t.is_capitalized(n.run - 1)
                && role_before(n.run - 1)
        }) {
            return Some(self.name_string(head));
        }
        if let Some(head) = names.last().filter(|n| {
            n.kind == EntityKind::Person
                && n.last == b
                && n.run > a
                && t.tokens[n.run - 1].is_word()
                && !t.is_capitalized(n.run - 1)
                && role_before(n.run - 1)
        }) {
            return Some(self.name_string(head));
        }
        // "Peru's ministry of foreign affairs": a body named by its owner, as written.
        if let Some(first) = names.first().filter(|n| n.first == a && n.last < b) {
            let possessive =
                t.low(first.last - 1).ends_with("'s") || t.low(first.last - 1).ends_with("’s");
            if possessive
                && (first.last..b)
                    .any(|k| !t.is_capitalized(k) && self.lex.org_words.contains(t.low(k)))
                && b - a <= 8
            {
                return Some(t.text[t.tokens[a].start..t.tokens[b - 1].end].to_owned());
            }
            // "Acme's guidelines for apps say": what the owner holds speaks, as written, up
            // to its preposition.
            let owned = (first.last..b)
                .take_while(|&k| {
                    t.tokens[k].is_word()
                        && !t.is_capitalized(k)
                        && !self.lex.function_words.contains(t.low(k))
                })
                .last();
            if let Some(e) = owned.filter(|_| possessive && first.kind != EntityKind::Person) {
                return Some(t.text[t.tokens[a].start..t.tokens[e].end].to_owned());
            }
        }
        // "Japanese and South Korean officials": nationalities before a role noun describe
        // the speakers, who speak as written.
        if !names.is_empty()
            && b - a <= 6
            && !t.is_capitalized(b - 1)
            && self.is_role(t.low(b - 1))
            && names.iter().all(|n| {
                n.text
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| self.lex.demonyms.contains(&w.to_lowercase()))
            })
        {
            return Some(t.text[t.tokens[a].start..t.tokens[b - 1].end].to_owned());
        }
        if let Some(first) = names.first() {
            let head_has_determiner = t.has_class(a, crate::model::lexicon::class::DETERMINER);
            // A lone capitalized word that opens a sentence gives way to a person named
            // after it ("Trade analyst Maria Ortiz").
            // So does a capitalized word before lower-case ones: "the Dutch logistics
            // association TLN", "Port operator ECT".
            // "the South Korean newspaper X": a nationality before a body's noun and name.
            let nationality = t.has_class(first.last - 1, crate::model::lexicon::class::DEMONYM);
            let lone =
                (first.kind == EntityKind::Unknown && first.last - first.first == 1) || nationality;
            let common_after = lone
                && first.last < b
                && t.tokens[first.last].is_word()
                && !t.is_capitalized(first.last);
            let person_after = names[1..]
                .iter()
                .rev()
                .find(|n| {
                    n.kind == EntityKind::Person || (common_after && n.kind != EntityKind::Place)
                })
                .copied();
            let opens = first.first <= a + 1;
            if opens && !(first.kind == EntityKind::Unknown && person_after.is_some()) {
                // "the X Development report": a name with a common noun as its head.
                // "the Avel fire department incident report": longer, when a document
                // heads it.
                let tail = first.last..b;
                let document = speaker_words().document_nouns.contains(t.low(b - 1));
                if !tail.is_empty()
                    && (tail.len() <= 2 || (document && tail.len() <= 4))
                    && tail
                        .clone()
                        .all(|k| t.tokens[k].is_word() && !t.is_capitalized(k))
                {
                    return Some(
                        t.text[t.tokens[first.first].start..t.tokens[b - 1].end].to_owned(),
                    );
                }
                return Some(self.name_string(first));
            }
            if !head_has_determiner {
                let pick = person_after.unwrap_or(names[names.len() - 1]);
                return Some(self.name_string(pick));
            }
        }
        if let Some((c, d)) = appositive {
            if let Some(name) = self
                .names_from(c)
                .iter()
                .take_while(|n| n.first < d)
                .find(|n| n.last <= d && n.kind != EntityKind::Place)
            {
                return Some(self.name_string(name));
            }
        }
        if let Some(first) = names.first() {
            let _ = first;
        }
        // "the analyst", "the president": the last person with that role.
        // (A body's noun, "the firm", is read below, by recency.)
        if t.low(a) == "the" && b == a + 2 && !self.lex.org_anaphors.contains(t.low(a + 1)) {
            let role = t.low(a + 1);
            if let Some(name) = self.last_with_role(t.tokens[a].start, role) {
                return Some(name);
            }
            if let Some(d) = self
                .descriptions
                .iter()
                .rev()
                // ("“As a director, you learn ...”": a role in someone's words is no one.)
                .filter(|d| d.start < t.tokens[a].start && !self.in_quote(d.start))
                .find(|d| d.role == role)
            {
                return Some(d.text.clone());
            }
        }
        // "the company", "the Dutch newspaper", "the statement": the organisation the
        // article is about, the one named most often before.
        if t.low(a) == "the" && (2..=3).contains(&(b - a)) {
            let head = t.low(b - 1);
            let at = t.tokens[a].start;
            // "the law firm X ... X says ... the firm said": a body named with that noun and
            // mentioned in the last few paragraphs.
            let before = self.names_before(at);
            let line = t.line_of_offset(at);
            let named_so = before
                .iter()
                .rev()
                .take_while(|n| t.line_of_offset(n.start) + 3 >= line)
                .find(|n| {
                    before.iter().any(|m| {
                        m.text == n.text
                            && m.kind == EntityKind::Org
                            && m.roles.iter().any(|r| r == head)
                    })
                });
            if let Some(name) = named_so.filter(|_| self.lex.org_anaphors.contains(head)) {
                return Some(self.name_string(name));
            }
            if self.lex.org_anaphors.contains(head) {
                // "Canadian Airlines ... the airline", "Norland Air Lines ... the airline": the
                // last body whose name holds the noun or a word of such names.
                let plural = format!("{head}s");
                let name_words = speaker_words().body_name_words.get(head);
                if let Some(name) = self.names_before(at).iter().rev().find(|n| {
                    n.kind != EntityKind::Place
                        && !self.in_quote(n.start)
                        && n.text.split_whitespace().any(|w| {
                            let w = w.to_lowercase();
                            w == head
                                || w == plural
                                || name_words.is_some_and(|ws| ws.contains(&w.as_str()))
                        })
                        && (n.kind == EntityKind::Org || name_words.is_some())
                }) {
                    return Some(self.name_string(name));
                }
                // "The bureau rejected the claims, stating, ... The statement explained":
                // who last spoke in a statement.
                if speaker_words().statement_nouns.contains(head) {
                    if let Some(who) = self.last_statement_speaker(at) {
                        return Some(who);
                    }
                }
                if let Some(org) = self
                    .main_organisation(at)
                    .or_else(|| self.last_org_speaker(at))
                    .or_else(|| self.last_unplaced_speaker(at))
                    .or_else(|| self.org_named_just_before(at))
                {
                    return Some(org);
                }
            } else if self.lex.org_words.contains(head) {
                // "the ministry": the last body named with that word, else as written.
                if let Some(name) = self.names_before(at).iter().rev().find(|n| {
                    n.kind == EntityKind::Org
                        && n.text.to_lowercase().split_whitespace().any(|w| w == head)
                }) {
                    return Some(self.name_string(name));
                }
            } else if self.lex.speech_nouns.contains(head) {
                if let Some(org) = self.main_organisation(at) {
                    return Some(org);
                }
            }
        }
        if let Some(d) = self.descriptions.iter().find(|d| d.first == a) {
            return Some(d.text.clone());
        }
        let text = t.text[t.tokens[a].start..t.tokens[b - 1].end].trim();
        // "a former reviewer of laws for the UK government": someone described, whatever
        // body or place the description names.
        // (A person's noun heads it, "reviewer", "analyst": not "an image from the agency".)
        let head = (a + 1..b)
            .take_while(|&k| {
                !matches!(
                    t.low(k),
                    "of" | "for" | "from" | "at" | "in" | "with" | "by" | "on" | "who"
                )
            })
            .last()
            .map(|k| t.low(k));
        let agent = head.is_some_and(|h| {
            self.is_role(h)
                || (h.chars().count() > 4
                    && ["er", "or", "ist", "ian", "ant", "ent"]
                        .iter()
                        .any(|e| h.ends_with(e)))
        });
        if matches!(t.low(a), "a" | "an")
            && agent
            && b > a + 1
            && !clause
            && b - a <= 12
            && names.iter().all(|n| n.kind != EntityKind::Person)
        {
            return Some(text.to_owned());
        }
        // (Not a name deep in a clause: "interviewed its crew for violating U.N. sanctions".)
        if names.len() == 1
            && names[0].kind != EntityKind::Unknown
            && !(clause && names[0].first > a + 2)
        {
            return Some(self.name_string(names[0]));
        }
        (!text.is_empty() && !clause && b - a <= 12).then(|| text.to_owned())
    }

    /// "“...,” Roe told reporters. The Avel-born rider also said ...", "added the
    /// three-times champion": a person's noun after "the", with words that only describe
    /// (an age, a nationality, "veteran") and no name, is who spoke last in the paragraphs
    /// just before, when that is someone of the sex the noun tells.
    fn epithet_speaker(&self, a: usize, b: usize) -> Option<String> {
        let t = self.t;
        if t.low(a) != "the" || !(a + 2..=a + 5).contains(&b) {
            return None;
        }
        let head = t.low(b - 1);
        if t.is_capitalized(b - 1)
            || self.lex.org_anaphors.contains(head)
            || !(self.is_role(head) || self.lex.person_nouns.contains(head))
        {
            return None;
        }
        let describes = (a + 1..b - 1).all(|k| {
            let x = &t.tokens[k];
            (x.is_word() || x.is_number() || x.is_punct('-'))
                && !t.low(k).ends_with("'s")
                && !t.low(k).ends_with("’s")
                && !self.lex.function_words.contains(t.low(k))
        });
        let named = self
            .names_from(a)
            .iter()
            .take_while(|n| n.first < b)
            .any(|n| n.kind == EntityKind::Person || n.kind == EntityKind::Org);
        if !describes || named {
            return None;
        }
        let at = t.tokens[a].start;
        let si = t.sentence_at(at)?;
        let line = t.line_of_offset(at);
        let gender = speaker_words().gendered.get(head).copied();
        let last = self
            .attributions
            .iter()
            .rev()
            .filter(|x| x.at < at && !x.quoted && x.sentence < si)
            .take_while(|x| t.line_of_offset(x.at) + 2 >= line)
            .next()?;
        let someone = self.is_named_person(&last.speaker)
            || last.speaker.split_whitespace().last().is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && (self.is_role(w) || self.lex.person_nouns.contains(w))
            });
        // "Police chief Tom Roe said ... The victim said": a bare noun, with nothing to
        // describe the one who spoke before, is someone else when that speaker was named
        // with roles and none is the noun or a kind of it.
        if b == a + 2 {
            let roles: Vec<&String> = self
                .names_before(at)
                .iter()
                .filter(|n| n.kind == EntityKind::Person && !n.roles.is_empty())
                .filter(|n| self.name_string(n) == last.speaker)
                .flat_map(|n| n.roles.iter())
                .collect();
            if !roles.is_empty() && !roles.iter().any(|r| role_is_kind_of(r, head)) {
                return None;
            }
        }
        (someone && self.agrees(&last.speaker, gender)).then(|| last.speaker.clone())
    }

    /// The noun phrase a speaker's words `a..b` hold: past a dateline, punctuation, leading
    /// conjunctions and dates ("BEIJING — China", "And he", "Earlier this month"), up to the first
    /// verb, auxiliary or date ("Max Verstappen agreed", "North Korea on Sunday", "Jane Roe
    /// today"). None when nothing is left.
    fn clip_phrase(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        let t = self.t;
        // A date word inside a name ("Theresa May") is the name's.
        let date = |k: usize| {
            self.date_tokens.get(k).copied().unwrap_or(false)
                && self.names[..self.names.partition_point(|n| n.first <= k)]
                    .last()
                    .is_none_or(|n| k >= n.last)
        };
        while a < b
            && (self.in_dateline(a)
                || matches!(t.tokens[a].kind, TokenKind::Punct(_))
                || date(a)
                || (matches!(t.low(a), "and" | "but" | "so" | "yet") && b > a + 1)
                // "Earlier Jane Roe", "Then she", "Earlier last week Acme": a sentence adverb
                // before the subject or a date.
                || (b > a + 1
                    && (is_adverb_before_verb(t.low(a)) || t.low(a) == "earlier")
                    && (t.is_capitalized(a + 1)
                        || date(a + 1)
                        || t.has_class(a + 1, crate::model::lexicon::class::PRONOUN)
                        || t.has_class(a + 1, crate::model::lexicon::class::DETERMINER)))
                // "- although aides insist", "as some lawmakers noted": the conjunction opens
                // the clause; the speaker follows it.
                || (b > a + 1 && is_subordinator(t.low(a)))
                // ("“a test” after the ministry said": so does one of time.)
                // (Not before a pronoun, which `speaker_from_span` resolves with its
                // conjunction: "after she".)
                || (b > a + 1
                    && matches!(t.low(a), "after" | "before" | "until" | "once")
                    && !t.has_class(a + 1, crate::model::lexicon::class::PRONOUN)))
        {
            a += 1;
        }
        if a >= b {
            return None;
        }
        let verb = |k: usize| {
            let low = t.low(k);
            t.tokens[k].is_word()
                && !t.is_capitalized(k)
                && (is_auxiliary(low)
                    || self.lex.past_verbs.contains(low)
                    || (self.lex.speech_verbs.contains(low)
                        && !self.lex.speech_nouns.contains(low)))
        };
        // No one is a number, a verb, a demonstrative or a question word ("Two brothers",
        // "were the type of", "This is like", "what the president"), but a number may open
        // a described group before a verb of saying ("Two officials said").
        let low = t.low(a);
        let counted_group = self.descriptions.iter().any(|d| d.first == a);
        let number =
            t.tokens[a].is_number() || t.has_class(a, crate::model::lexicon::class::NUMBER);
        if (number && !counted_group)
            || self.lex.vague_numbers.contains_key(low)
            || low.as_bytes()[0].is_ascii_digit()
            || verb(a)
            || matches!(
                low,
                "this" | "that" | "these" | "those" | "there" | "here" | "what" | "which"
            )
        {
            return None;
        }
        // "Abe also", "Roe then": an adverb before the verb ends the phrase.
        if let Some(k) = (a + 1..b).find(|&k| {
            date(k)
                || verb(k)
                || (matches!(t.low(k), "who" | "which" | "that" | "whose")
                    && !self.acronym_among_lower_case(k))
                || (!t.is_capitalized(k) && is_adverb_before_verb(t.low(k)))
                // ("the ministry earlier", "the firm first": a time adverb that ends the
                // phrase before the verb.)
                || (k + 1 == b
                    && !t.is_capitalized(k)
                    && matches!(t.low(k), "earlier" | "first" | "now" | "once"))
        }) {
            b = k;
        }
        // A lone function word ("Earlier", "Meanwhile") names no one.
        if b == a + 1
            && self.lex.function_words.contains(t.low(a))
            && t.low(a) != "it"
            && !self.acronym_among_lower_case(a)
        {
            return None;
        }
        Some((a, b))
    }

    /// What "it" stands for at token `k` as a speaker: the last subject of the sentences
    /// just before that is not a person (a body, a country), else no one.
    fn resolve_it(&self, k: usize) -> Option<String> {
        let si = self.t.sentence_at(self.t.tokens[k].start)?;
        let floor = si.saturating_sub(3);
        (floor..si.min(self.subjects.len()))
            .rev()
            .find_map(|j| match &self.subjects[j] {
                Some((s, false, _)) if !self.is_person(s) => Some(s.clone()),
                _ => None,
            })
            // "After ..., the company confirmed a second breach. It says ...": a body that
            // spoke in the sentence before, when no body was a subject.
            .or_else(|| {
                self.attributions
                    .iter()
                    .rev()
                    .filter(|a| a.sentence + 1 == si && !a.quoted)
                    .find(|a| !self.is_person(&a.speaker))
                    .map(|a| a.speaker.clone())
            })
    }

    /// Who "they" at byte `at` of sentence `si` stands for: a group or a body, never one
    /// person named ("Acme have denied it. ... they said" is Acme; "Jane Roe and Avel Bank
    /// ... they" neither alone). The latest subject before it, in its sentence or the three
    /// before, that is no person named and no one person described ("officials", "the
    /// union", "Acme"); else a body that spoke in the sentence before; else no one.
    fn resolve_they(&self, si: usize, at: usize) -> Option<String> {
        let plural_or_body = |s: &str, person: bool| {
            !self.is_named_person(s)
                && (!person
                    || s.rsplit(' ').next().is_some_and(|w| {
                        let w = w.to_lowercase();
                        self.lex.plurals.contains(w.as_str())
                            || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                    }))
        };
        let floor = si.saturating_sub(3);
        let t = self.t;
        // (Not a headline's words, the title line's before the body, nor a caption's.)
        let prose = |j: usize| {
            let line = t.sentences[j].line as usize;
            let title = line == 0
                && !t.text[t.lines[0].start..t.lines[0].end]
                    .trim_end()
                    .ends_with(['.', '!', '?', '”', '"']);
            !title && !self.captions[line] && !is_headline(t, &t.lines[line])
        };
        (floor..=si.min(self.subjects.len().saturating_sub(1)))
            .rev()
            .filter(|&j| j < self.subjects.len() && prose(j))
            .find_map(|j| match &self.subjects[j] {
                Some((s, person, pos)) if (j < si || *pos < at) && plural_or_body(s, *person) => {
                    Some(s.clone())
                }
                _ => None,
            })
            .or_else(|| {
                self.attributions
                    .iter()
                    .rev()
                    .filter(|a| a.sentence + 1 == si && !a.quoted)
                    .find(|a| !self.is_person(&a.speaker) && plural_or_body(&a.speaker, false))
                    .map(|a| a.speaker.clone())
            })
    }

    /// The attributions outside quotations before byte offset `at`, latest first, within the
    /// last few paragraphs: where "the company", "the report" or a statement finds who spoke.
    fn recent_attributions(&self, at: usize) -> impl Iterator<Item = &Attribution> {
        let t = self.t;
        let line = t.line_of_offset(at);
        self.attributions
            .iter()
            .rev()
            .filter(move |a| a.at < at && !a.quoted)
            .take_while(move |a| t.line_of_offset(a.at) + 3 >= line)
    }

    /// Who last "reported" before byte offset `at`, within the last few paragraphs ("Coastwire
    /// reported that ...").
    fn last_reporter(&self, at: usize) -> Option<String> {
        let t = self.t;
        self.recent_attributions(at)
            .find(|a| {
                let k = t.token_at(a.at);
                k < t.tokens.len() && matches!(t.low(k), "reported" | "reports" | "reporting")
            })
            .map(|a| a.speaker.clone())
    }

    /// The organisation that last spoke before byte offset `at` ("Acme said ... The company
    /// said"), within the last few paragraphs.
    fn last_org_speaker(&self, at: usize) -> Option<String> {
        self.recent_attributions(at)
            .find(|a| {
                self.names.iter().any(|n| {
                    n.kind == EntityKind::Org && self.name_string(n) == a.speaker
                        || (n.kind == EntityKind::Unknown
                            && n.text == a.speaker
                            && self.expand(&n.text).is_none())
                })
            })
            .map(|a| a.speaker.clone())
    }

    /// Who last spoke in a statement before byte offset `at`, within the last few
    /// paragraphs: an attribution whose verb is "stating" or "stated", or whose sentence
    /// names a statement ("said in a statement").
    fn last_statement_speaker(&self, at: usize) -> Option<String> {
        let t = self.t;
        let words = speaker_words();
        self.recent_attributions(at)
            .find(|a| {
                let (first, last) = t.sentences[a.sentence].tokens;
                matches!(t.low(t.token_at(a.at)), "stating" | "stated")
                    || (first..last).any(|k| words.statement_nouns.contains(t.low(k)))
            })
            .map(|a| a.speaker.clone())
    }

    /// "Corvex Mining said ... The company said": when no organisation spoke, the last name
    /// that spoke within the last few paragraphs with nothing to say it is a person (no title
    /// or role, not a surname of a full name).
    fn last_unplaced_speaker(&self, at: usize) -> Option<String> {
        let a = self.recent_attributions(at).next()?;
        let names: Vec<&Name> = self
            .names_before(at)
            .iter()
            .filter(|n| n.text == a.speaker)
            .collect();
        let unplaced = !names.is_empty()
            && names.iter().all(|n| {
                n.kind != EntityKind::Place
                    && n.roles.is_empty()
                    && !self
                        .full_names
                        .iter()
                        .any(|f| f != &n.text && f.contains(&n.text))
            })
            && !self
                .full_names
                .iter()
                .any(|f| f != &a.speaker && f.split_whitespace().any(|w| a.speaker.ends_with(w)));
        unplaced.then(|| a.speaker.clone())
    }

    /// "After a breach at the lender Avelcorp ..., the company confirmed": the last body
    /// named, outside quotations, in the sentence of byte offset `at` or the one before.
    fn org_named_just_before(&self, at: usize) -> Option<String> {
        let t = self.t;
        let si = t.sentence_at(at)?;
        let from = t.sentences[si.saturating_sub(1)].start;
        self.names_within(from, at)
            .iter()
            .rev()
            .find(|n| n.kind == EntityKind::Org && !self.in_quote(n.start))
            .map(|n| self.name_string(n))
    }

    /// The organisation named most often before byte offset `at` (the latest on a tie), by
    /// its fullest name.
    fn main_organisation(&self, at: usize) -> Option<String> {
        let t = self.t;
        // (name, times, last offset, seen inside a sentence)
        let mut counts: Vec<(String, usize, usize, bool)> = Vec::new();
        for n in self.names_before(at) {
            if !matches!(n.kind, EntityKind::Org | EntityKind::Unknown) || self.in_quote(n.start) {
                continue;
            }
            if n.kind == EntityKind::Unknown && self.expand(&n.text).is_some() {
                continue; // a surname seen alone
            }
            // "Payload: ...": one capitalised word that labels a caption may be any noun.
            if n.kind == EntityKind::Unknown
                && n.last == n.first + 1
                && t.tokens.get(n.last).is_some_and(|x| x.is_punct(':'))
                && t.lines[t.tokens[n.first].line as usize].tokens.0 == n.first
            {
                continue;
            }
            // "return to Springfield": a name after a preposition of place is somewhere.
            if n.kind == EntityKind::Unknown
                && n.run > 0
                && matches!(
                    t.low(n.run - 1),
                    "to" | "from" | "in" | "at" | "near" | "into"
                )
            {
                continue;
            }
            let name = self.name_string(n);
            let inside = !self.sentence_starts_at(n.run);
            match counts.iter_mut().find(|c| c.0 == name) {
                Some(c) => {
                    c.1 += 1;
                    c.2 = n.start;
                    c.3 |= inside;
                }
                None => counts.push((name, 1, n.start, inside)),
            }
        }
        // "Earlier, ...", "Still, ...": one capitalised word only ever seen opening a sentence
        // that the lexicon knows as a common word is no body's name. (Not any word the text
        // also writes in lower case: "Ripple" is a firm beside its token "ripple".)
        counts
            .into_iter()
            .filter(|c| {
                c.1 >= 2 && (c.0.contains(' ') || c.3 || !self.is_common_word(&c.0.to_lowercase()))
            })
            .max_by_key(|c| (c.1, c.2))
            .map(|c| c.0)
    }

    /// Whether `low` is a function word or a sentence adverb, never a name on its own.
    fn is_common_word(&self, low: &str) -> bool {
        self.lex.stopwords.contains(low)
            || self.lex.function_words.contains(low)
            || is_adverb_before_verb(low)
            || low == "earlier"
    }

    /// The person a pronoun at token `i` stands for: the subject of its own sentence when that
    /// comes first ("Wang says he ..."), else the last person who was a subject.
    fn resolve_pronoun(&self, i: usize) -> Option<String> {
        let at = self.t.tokens[i].start;
        let si = self.t.sentence_at(at)?;
        if matches!(self.t.low(i), "they" | "them" | "their") {
            return self.resolve_they(si, at);
        }
        let gender = self.pronoun_gender(i);
        // "as he spoke with his wife Jane, she told him": a person named earlier in the
        // sentence, of the sex the pronoun tells (not inside a relative clause: "the deal,
        // which Mr. Roe opposed, ... he said" goes on with the speaker before).
        let subject_sex = match self.subjects.get(si) {
            Some(Some((s, true, pos))) if *pos < at => self.genders.get(s).copied(),
            _ => None,
        };
        if let Some(g) = gender.filter(|g| subject_sex != Some(*g)) {
            let t = self.t;
            let start = t.sentences[si].start;
            let relative = |n: &Name| {
                (n.run.saturating_sub(3)..n.run)
                    .any(|k| matches!(t.low(k), "which" | "that" | "whom" | "whose" | "who"))
            };
            if let Some(n) = self
                .names_before(at)
                .iter()
                .rev()
                .take_while(|n| n.start >= start)
                .find(|n| {
                    n.kind == EntityKind::Person
                        && !self.in_quote(n.start)
                        && !self.after_place_word(n)
                        && !relative(n)
                        && self.genders.get(&self.name_string(n)) == Some(&g)
                })
            {
                return Some(self.name_string(n));
            }
        }
        if let Some(Some((s, true, pos))) = self.subjects.get(si) {
            if *pos < at && self.agrees(s, gender) {
                return Some(s.clone());
            }
        }
        // "“...,” said Jane Roe, though she added": who spoke earlier in the sentence.
        if let Some(a) = self
            .attributions
            .iter()
            .rev()
            .take_while(|a| a.sentence == si)
            .find(|a| {
                a.at < at
                    && !a.quoted
                    && self.is_named_person(&a.speaker)
                    && self.agrees(&a.speaker, gender)
            })
        {
            return Some(a.speaker.clone());
        }
        self.salient_person(si, at, gender)
    }

    /// Whether a description says what someone named is ("Roe is a professor", "Roe, a
    /// professor"): no one of its own for a pronoun to stand for.
    fn is_predicate(&self, d: &Description) -> bool {
        let t = self.t;
        if d.first == 0 {
            return false;
        }
        let before = d.first - 1;
        matches!(
            t.low(before),
            "is" | "was" | "are" | "were" | "be" | "been" | "became" | "becomes" | "as"
        ) || (t.tokens[before].is_punct(',')
            && self.names[..self.names.partition_point(|n| n.first < before)]
                .last()
                .is_some_and(|n| n.last == before && n.kind == EntityKind::Person))
    }

    /// Whether a speaker is a thing someone owns ("Jane Roe's Acme"), not a person.
    fn is_owned_thing(&self, speaker: &str) -> bool {
        !self.person_names.contains(speaker) && self.owned_names.contains(speaker)
    }

    /// Whether a speaker is a person the text names ("Jane Roe", not "police").
    fn is_named_person(&self, speaker: &str) -> bool {
        self.person_names.contains(speaker)
    }

    /// The last person who was the subject of a sentence between `floor` and `at`, else the
    /// last person named or described there.
    fn last_speaker_before(&self, at: usize, floor: usize) -> Option<String> {
        let t = self.t;
        for (si, subject) in self.subjects.iter().enumerate().rev() {
            let start = t.sentences[si].start;
            if start >= at {
                continue;
            }
            if start < floor {
                break;
            }
            // A caption's subject is in the photo, not the story.
            if self.caption_like_line(t.sentences[si].line as usize) {
                continue;
            }
            if let Some((s, true, pos)) = subject {
                if *pos < at {
                    return Some(s.clone());
                }
            }
        }
        self.last_person_before(at, floor)
    }

    fn last_person_before(&self, at: usize, not_before: usize) -> Option<String> {
        let name = self.names_before(at).iter().rev().find(|n| {
            n.kind == EntityKind::Person
                && !self.in_quote(n.start)
                && !self.after_place_word(n)
                && !self.caption_like_line(self.t.line_of_offset(n.start))
        });
        let desc = self
            .descriptions
            .iter()
            .rev()
            .find(|d| d.start < at && !self.in_quote(d.start) && !self.is_predicate(d));
        let best = match (name, desc) {
            (Some(n), Some(d)) if d.start > n.start => {
                Referent::Description(self.descriptions.iter().position(|x| x.start == d.start)?)
            }
            (Some(n), _) => Referent::Name(self.names.iter().position(|x| x.start == n.start)?),
            (None, Some(d)) => {
                Referent::Description(self.descriptions.iter().position(|x| x.start == d.start)?)
            }
            (None, None) => return None,
        };
        match best {
            Referent::Name(k) if self.names[k].start >= not_before || not_before == usize::MAX => {
                Some(self.name_string(&self.names[k]))
            }
            Referent::Description(k)
                if self.descriptions[k].start >= not_before || not_before == usize::MAX =>
            {
                Some(self.descriptions[k].text.clone())
            }
            _ => None,
        }
    }

    // ---- interviews --------------------------------------------------------------------

    /// "RZ: ..." opens an answer by the person with those initials; the answer runs until a
    /// question (a paragraph ending in "?") or another label. A transcript's labels in
    /// capitals ("JANE ROE, HOST:", "ROE:") name the speaker of every paragraph up to the
    /// next label, questions included.
    fn find_interview_labels(&mut self) {
        let t = self.t;
        // (first line, speaker, whether a question ends the turn)
        let mut current: Option<(usize, String, bool)> = None;
        // A label in capitals that names no one in the text ("BREAKING NEWS:", "ROCKET
        // STATS:") is a heading unless it opens two turns or more, as a transcript's do.
        let mut seen: Vec<(String, usize)> = Vec::new();
        // A label with a role after its name ("JANE ROE, HOST:") makes the article a
        // transcript: its other labels in capitals are turns even when they open one.
        let mut transcript = false;
        for line in t.lines.iter().filter(|l| !l.furniture) {
            let (a, b) = line.tokens;
            if let Some((label, named)) = self.transcript_label(a, b) {
                let colon = (a..b).find(|&k| t.tokens[k].is_punct(':')).unwrap_or(b);
                transcript |= (a..colon).any(|k| t.tokens[k].is_punct(','));
                if named {
                    continue;
                }
                match seen.iter_mut().find(|x| x.0 == label) {
                    Some(x) => x.1 += 1,
                    None => seen.push((label, 1)),
                }
            }
        }
        for (li, line) in t.lines.iter().enumerate() {
            if line.furniture {
                continue;
            }
            let (a, b) = line.tokens;
            let initials_label = (b > a + 1
                && t.tokens[a].is_word()
                && t.tokens[a + 1].is_punct(':')
                && (2..=3).contains(&t.tok(a).len())
                && t.tok(a).chars().all(|c| c.is_ascii_uppercase()))
            .then(|| t.tok(a));
            let is_question = t.text[line.start..line.end].trim_end().ends_with('?');
            if let Some(label) = initials_label {
                if let Some((start, speaker, _)) = current.take() {
                    self.interview.push((start, li, speaker));
                }
                if let Some(name) = self.full_names.iter().find(|n| initials_are(n, label)) {
                    current = Some((li, name.clone(), true));
                    continue;
                }
            }
            let label = self.transcript_label(a, b).filter(|(label, named)| {
                *named || transcript || seen.iter().any(|x| x.0 == *label && x.1 >= 2)
            });
            if let Some((speaker, _)) = label {
                if let Some((start, old, _)) = current.take() {
                    self.interview.push((start, li, old));
                }
                current = Some((li, speaker, false));
            } else if is_question && current.as_ref().is_some_and(|c| c.2) {
                if let Some((start, speaker, _)) = current.take() {
                    self.interview.push((start, li, speaker));
                }
            }
        }
        if let Some((start, speaker, _)) = current {
            self.interview.push((start, t.lines.len(), speaker));
        }
    }

    /// A transcript's speaker label opening tokens `a..b`: words in capitals, perhaps a role
    /// after a comma, then a colon ("JANE ROE, HOST:", "ROE:"); the speaker is the full name
    /// in the text that ends with the label's last word (and true), else the label in title
    /// case (and false).
    fn transcript_label(&self, a: usize, b: usize) -> Option<(String, bool)> {
        let t = self.t;
        let caps = |k: usize| {
            t.tokens[k].is_word()
                && t.tok(k).chars().count() >= 2
                && t.tok(k)
                    .chars()
                    .all(|c| c.is_uppercase() || c == '-' || c == '\'')
        };
        let mut k = a;
        while k < b && k - a < 4 && caps(k) {
            k += 1;
        }
        let name_end = k;
        if name_end == a {
            return None;
        }
        if k < b && t.tokens[k].is_punct(',') {
            k += 1;
            while k < b && k - name_end < 4 && caps(k) {
                k += 1;
            }
        }
        if k >= b || !t.tokens[k].is_punct(':') {
            return None;
        }
        let words: Vec<&str> = (a..name_end).map(|j| t.tok(j)).collect();
        let last = words.last()?.to_lowercase();
        // (A full name in capitals only is a heading's words read as a name ("ROCKET
        // FACTS:", "CAR FACTS:") unless a role follows the label ("JANE ROE, HOST:") or the
        // label is a surname alone ("ROE:").)
        let role_after = k > name_end + 1;
        if let Some(full) = self.full_names.iter().find(|n| {
            (role_after || words.len() == 1 || n.chars().any(char::is_lowercase))
                && n.split_whitespace()
                    .last()
                    .is_some_and(|w| w.to_lowercase() == last)
        }) {
            return Some((full.clone(), true));
        }
        // One word with no full name behind it is too little to name anyone ("NOTE:").
        (words.len() >= 2).then(|| {
            let label = words
                .iter()
                .map(|w| {
                    let low = w.to_lowercase();
                    let mut c = low.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            (label, false)
        })
    }

    /// [`People::signed_by`] of every line, found once.
    fn tweet_authors(&self) -> &[(usize, String)] {
        self.tweet_authors.get_or_init(|| {
            (0..self.t.lines.len())
                .filter_map(|line| Some((line, self.signed_by(line)?)))
                .collect()
        })
    }

    /// The author signing the embedded post on `line`, if it is one.
    fn tweet_author(&self, line: usize) -> Option<String> {
        let authors = self.tweet_authors();
        let at = authors.binary_search_by_key(&line, |(l, _)| *l).ok()?;
        Some(authors[at].1.clone())
    }

    /// The author of an embedded tweet on line `line`: the line ends "— Jane Roe (@janeroe) May
    /// 1, 2017".
    fn signed_by(&self, line: usize) -> Option<String> {
        let t = self.t;
        let l = t.lines.get(line)?;
        // A line with no "@" holds no handle: one search of its bytes (this is asked at every
        // figure) before a test at each of its tokens.
        memchr::memchr(b'@', &t.text.as_bytes()[l.start..l.end])?;
        let (a, b) = l.tokens;
        let open = (a + 1..b.saturating_sub(1))
            .rev()
            .find(|&k| t.tokens[k].is_punct('(') && t.tokens[k + 1].is_punct('@'))?;
        let dash = (open.saturating_sub(6).max(a)..open)
            .rev()
            .find(|&k| matches!(t.tokens[k].kind, TokenKind::Punct('—' | '–' | '-')))?;
        if dash + 1 >= open || !(dash + 1..open).all(|k| t.tokens[k].is_word()) {
            return None;
        }
        Some(t.text[t.tokens[dash + 1].start..t.tokens[open - 1].end].to_owned())
    }

    fn interviewee_at(&self, line: usize) -> Option<String> {
        self.interview
            .iter()
            .find(|(a, b, _)| *a <= line && line < *b)
            .map(|x| x.2.clone())
    }

    // ---- public rules ------------------------------------------------------------------

    /// The speaker a figure at byte `at` is attributed to, outside quotations: the sentence's
    /// "according to X" or speech verb, or the interviewee whose answer it is in.
    pub fn attribution_at(&self, at: usize) -> Option<String> {
        self.attribution(at, false)
    }

    /// [`People::attribution_at`] for an amount, a count, a percent, a ratio or a duration:
    /// when no verb of saying speaks for it, also the subject of a pledge or a threat whose
    /// deed it is in ("the union threatened to strike for 10 days"). Not for a date: "the
    /// group threatened to seize the town last month" most often dates the threat.
    pub fn figure_attribution_at(&self, at: usize) -> Option<String> {
        self.attribution(at, true)
    }

    fn attribution(&self, at: usize, deeds: bool) -> Option<String> {
        let s = self.t.sentence_at(at)?;
        if let Some(author) = self.tweet_author(self.t.line_of_offset(at)) {
            return Some(author);
        }
        let governing = self.governing_attribution(s, at);
        if let Some(who) = governing.and_then(|a| self.governed_speaker(s, at, a)) {
            return Some(who);
        }
        if deeds {
            let deed = self
                .deeds
                .iter()
                .rev()
                .find(|d| d.sentence == s && d.at < at && !d.quoted && d.reaches(at));
            if let Some(who) = deed.and_then(|d| self.governed_speaker(s, at, d)) {
                return Some(who);
            }
        }
        if governing.is_some() {
            return None;
        }
        self.interviewee_at(self.t.sentences[s].line as usize)
    }

    /// The speaker attribution `a` gives the figure at byte `at` of sentence `s`, unless the
    /// figure stands outside what it attributes.
    fn governed_speaker(&self, s: usize, at: usize, a: &Attribution) -> Option<String> {
        if self.clause_apart(s, at, a)
            || self.in_addressee(s, at, a)
            || self.before_coordinated_verb(s, at, a)
            || self.in_speaker_phrase(s, at, a)
            || self.in_fronted_clause(s, at, a)
            || self.before_subordinate_verb(s, at, a)
            || self.after_inverted_clause(s, at, a)
            || self.after_infinitive_and_verb(s, at, a)
            || self.before_contact_relative(at, a)
            || self.outside_what_clause(at, a)
            || self.in_cited_source(at)
            || self.in_subject_phrase(s, at, a)
            || self.in_reduced_relative(at, a)
            || self.before_coordinated_clause(at, a)
            || self.after_quote_then_subordinate(at, a)
            || self.after_verb_then_subordinate(s, at, a)
        {
            return None;
        }
        // "Two officials said": the count that opens the speaker's own description is
        // the article's, not the speaker's.
        let t = self.t;
        if self
            .descriptions
            .iter()
            .any(|d| d.start <= at && at < t.tokens[d.last - 1].end && d.text == a.speaker)
        {
            return None;
        }
        // "One survey of 300 firms found ...": so is a figure in the words that name the
        // speaker before its verb, as the attribution wrote them.
        let from = t.sentences[s].start;
        if at < a.at
            && !a.speaker.is_empty()
            && t.text.get(from..a.at).is_some_and(|before| {
                before
                    .match_indices(a.speaker.as_str())
                    .any(|(i, m)| from + i <= at && at < from + i + m.len())
            })
        {
            return None;
        }
        // A transcript's turn is its speaker's words, whatever they think or want.
        if a.belief {
            if let Some(who) = self.interviewee_at(self.t.sentences[s].line as usize) {
                return Some(who);
            }
        }
        Some(self.named(a.speaker.clone()))
    }

    /// Whether the figure at byte `at` stands in a clause of its own before the clause of
    /// attribution `a`'s verb, joined by ", but", ", and" or ";" with the verb's subject
    /// right after the joint ("The vote was set for May, but the board has not confirmed
    /// it"): what the first clause states is the article's, not the second clause's speaker's.
    /// Not "..., and 30 were hurt, police said" (a comma after the subject ends it there)
    /// nor a participle that goes on with its subject ("..., saying").
    fn before_coordinated_clause(&self, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        if v <= k + 2 || t.low(v).ends_with("ing") || t.low(v) == "according" {
            return false;
        }
        let Some(j) = (k + 1..v).rev().find(|&j| {
            t.tokens[j].is_punct(';')
                || (matches!(t.low(j), "and" | "but") && t.tokens[j - 1].is_punct(','))
        }) else {
            return false;
        };
        let subject = (j + 1..v).filter(|&x| !is_auxiliary(t.low(x))).count();
        (1..=6).contains(&subject) && (j + 1..v).all(|x| t.tokens[x].is_word())
    }

    /// Whether the figure at byte `at` stands after the quotation that attribution `a`'s verb
    /// reports, in a clause that a conjunction of time or reason opens right after the
    /// closing mark ("Roe told them “we are ready” after the storm hit on Monday"): the
    /// words said are the quotation's; the clause after it is the article's. Not when a
    /// "that" opens words said between ("said “...” and that 30 ...").
    fn after_quote_then_subordinate(&self, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        if k <= v + 2 {
            return false;
        }
        let words = speaker_words();
        let opens_clause = |j: usize| {
            let n = if t.tokens[j + 1].is_punct(',') {
                j + 2
            } else {
                j + 1
            };
            n < k
                && words.subordinators.contains(t.low(n))
                && !matches!(t.low(n), "that" | "if" | "whether")
        };
        (v + 1..k)
            .any(|j| matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"')) && opens_clause(j))
            && !(v + 1..k).any(|j| self.that_opens_words(j, k))
    }

    /// Whether the figure at byte `at` stands in a clause of time or reason that opens right
    /// after attribution `a`'s verb, with no words said between ("Roe tweeted soon after the
    /// board ended its hearing on Tuesday"): the clause says when or why the words were said,
    /// in the article's words. Only adverbs may stand between the verb and the conjunction,
    /// and the clause runs to the sentence's end with no comma and no "that" ("said after the
    /// storm hit, 30 homes ..." and "said before the vote that 30 ..." report the 30).
    fn after_verb_then_subordinate(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let last = t.sentences[s].tokens.1;
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        if k <= v + 1 || t.low(v) == "according" || t.low(v).ends_with("ing") {
            return false;
        }
        let Some(j) = (v + 1..k).find(|&j| !is_adverb_of_time(t.low(j))) else {
            return false;
        };
        matches!(
            t.low(j),
            "after" | "before" | "until" | "when" | "while" | "because" | "once"
        ) && j + 1 < k
            && !(j + 1..last).any(|x| t.tokens[x].is_punct(',') || t.tokens[x].is_punct(';'))
            && !(j + 1..k).any(|x| self.that_opens_words(x, k))
            && !(j + 1..k).any(|x| self.speech_verb_at(x).is_some())
    }

    /// Whether the figure at byte `at` stands in a participle phrase hung on a noun within
    /// the words attribution `a`'s verb reports, after those words have their own verb ("X
    /// said they have found the car stolen in the raid on Monday"): a reduced relative
    /// clause that describes the noun in the article's words (`data/gold/news/NOTES.md`: a
    /// relative clause's figure is the article's framing). The participle ends in "-ed" and
    /// follows a noun in a phrase a preposition opens, and between the words' auxiliary and
    /// that preposition no clause opens (not "said it has found that workers in the plant
    /// earned 30").
    fn in_reduced_relative(&self, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        if k <= v + 3 {
            return false;
        }
        let words = speaker_words();
        let participle = |j: usize| {
            let low = t.low(j);
            t.tokens[j].is_word()
                && !t.is_capitalized(j)
                && low.len() > 4
                && low.ends_with("ed")
                && !words.statement_verbs.contains(low)
        };
        // Back from the figure to the participle, over words of its own phrase only.
        let mut j = k;
        let p = loop {
            if j <= v + 2 {
                return false;
            }
            j -= 1;
            let x = &t.tokens[j];
            if !(x.is_word() || x.is_number()) {
                return false;
            }
            if participle(j) {
                break j;
            }
            let low = t.low(j);
            if is_auxiliary(low)
                || words.clause_openers.contains(low)
                || self.lex.past_verbs.contains(low)
                || self.speech_verb_at(j).is_some()
            {
                return false;
            }
        };
        // The noun it hangs on, right before it.
        let noun = p - 1;
        let nl = t.low(noun);
        if !t.tokens[noun].is_word()
            || self.lex.function_words.contains(nl)
            || self.lex.stopwords.contains(nl)
            || is_auxiliary(nl)
            || nl.ends_with("ly")
            || self.speech_verb_at(noun).is_some()
            || t.has_class(noun, crate::model::lexicon::class::PRONOUN)
        {
            return false;
        }
        // Back from the noun to the preposition that opens its phrase.
        let mut b = noun;
        let prep = loop {
            if b <= v + 1 || noun - b > 6 {
                return false;
            }
            b -= 1;
            let low = t.low(b);
            if words.prepositions.contains(low) {
                break b;
            }
            let apostrophe = t.tokens[b].is_punct('\'') || t.tokens[b].is_punct('’');
            if !(t.tokens[b].is_word() || apostrophe)
                || is_auxiliary(low)
                || self.lex.past_verbs.contains(low)
                || words.clause_openers.contains(low)
                || t.has_class(b, crate::model::lexicon::class::PRONOUN)
            {
                return false;
            }
        };
        // The words' own verb before the phrase, and no new clause opened since.
        (v + 1..prep)
            .rev()
            .find(|&x| is_auxiliary(t.low(x)))
            .is_some_and(|x| {
                !(x + 1..prep)
                    .any(|y| words.clause_openers.contains(t.low(y)) || !t.tokens[y].is_word())
            })
    }

    /// Whether the figure at byte `at` stands before a verb of saying that opens a relative
    /// clause with no relative word ("his visits to the four ports ... the plan he says he
    /// favours"): a pronoun subject right after a determiner and a noun. The figure is not
    /// in the words said.
    fn before_contact_relative(&self, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let v = t.token_at(a.at);
        if v < 3 || t.token_at(at) >= v {
            return false;
        }
        matches!(t.low(v - 1), "he" | "she" | "they" | "we" | "i" | "it")
            && t.tokens[v - 2].is_word()
            && !t.is_capitalized(v - 2)
            && !self.lex.function_words.contains(t.low(v - 2))
            && !is_auxiliary(t.low(v - 2))
            && matches!(
                t.low(v - 3),
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
            )
    }

    /// Whether the figure at byte `at` stands outside the "what X said" clause its verb is in
    /// ("After testing what Norland said was its largest rocket, at the end of May, Roe
    /// declared ..."): before the verb, or after a comma that closes the clause.
    fn outside_what_clause(&self, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        if !self.in_what_clause(a) {
            return false;
        }
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        k < v || (v + 1..k).any(|j| t.tokens[j].is_punct(','))
    }

    /// Whether the figure at byte `at` stands in the noun phrase that is the subject of the
    /// verb of saying, appositions included ("the 40-member panel said", "Jane Roe, three
    /// times the league's top scorer, announced", "Roe, speaking on Monday, said"): the
    /// words that name or describe the speaker are the article's, not what the speaker
    /// says. The phrase runs from the sentence's subject (past its opening adverbials) to
    /// the verb with no finite verb after the figure, no colon and no open quotation in it,
    /// and any comma after the figure closes an apposition right before the verb ("30 hurt
    /// in the blast, police said" is the words said: the subject is "police"); the speaker
    /// is named in that phrase.
    fn in_subject_phrase(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (k, v) = (t.token_at(at), t.token_at(a.at));
        if k >= v || t.low(v) == "according" {
            return false;
        }
        let first = t.sentences[s].tokens.0;
        let Some(start) = self.subject_start(first, v) else {
            return false;
        };
        if k < start {
            return false;
        }
        let breaks = (start..v).any(|j| {
            matches!(t.tokens[j].kind, TokenKind::Punct(':' | ';' | '(' | ')'))
                || (j > k && self.is_finite_verb(j))
        });
        // A term quoted in the description ("known for his “slow and steady” style") is
        // part of it: its quotation marks open and close in the phrase, none before the
        // figure left open.
        let marks = |from: usize, to: usize, c: char| {
            (from..to).filter(|&j| t.tokens[j].is_punct(c)).count()
        };
        let balanced = |from: usize, to: usize| {
            marks(from, to, '“') == marks(from, to, '”') && marks(from, to, '"') % 2 == 0
        };
        if breaks || !balanced(start, v) || !balanced(start, k) {
            return false;
        }
        // The speaker is named in the phrase, not after the verb ("..., says Jane Roe").
        let Some(last_word) = a.speaker.split_whitespace().last().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        }) else {
            return false;
        };
        if !(start..v).any(|j| t.low(j) == last_word) {
            return false;
        }
        (k + 1..v)
            .rev()
            .find(|&j| t.tokens[j].is_punct(','))
            .is_none_or(|c| c + 1 == v)
    }

    /// Whether the figure at byte `at` stands in the phrase that names the sources cited
    /// ("Coastwire reported, citing two senior officials", "according to three people"):
    /// it describes the attribution and is the article's, as in "Two officials said".
    fn in_cited_source(&self, at: usize) -> bool {
        let t = self.t;
        let k = t.token_at(at);
        (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&j| t.tokens[j].is_word())
            .any(|j| {
                matches!(t.low(j), "citing" | "quoting")
                    || (t.low(j) == "to" && j > 0 && t.low(j - 1) == "according")
            })
    }

    /// Whether the figure at byte `at` describes the one who speaks after an inverted verb
    /// ("“...,” added the three-times champion."): the words after the verb, to the
    /// sentence's end, are a short noun phrase with no clause in it.
    fn in_speaker_phrase(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (first, last) = t.sentences[s].tokens;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        // Right after the quotation (its comma may stand after the mark or before it).
        let mark = |j: usize| matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"' | '’'));
        let after_quote = v > first
            && (mark(v - 1) || (v > first + 1 && t.tokens[v - 1].is_punct(',') && mark(v - 2)));
        if k <= v || !after_quote {
            return false;
        }
        let mut end = last;
        while end > k && matches!(t.tokens[end - 1].kind, TokenKind::Punct(_)) {
            end -= 1;
        }
        let opens = matches!(t.low_at(v + 1), Some("the" | "a" | "an"));
        opens
            && k < end
            && end - v <= 8
            && (v + 1..end).all(|j| {
                let x = &t.tokens[j];
                (x.is_word() || x.is_number() || x.is_punct('-'))
                    && !matches!(t.low(j), "that" | "who" | "which" | "after" | "when")
            })
    }

    /// Whether the verb at token `v` of sentence `s` closes a quotation: right after its
    /// closing mark (and comma), or after a short subject right after it ("“...,” Roe said").
    fn closes_quotation(&self, s: usize, v: usize) -> bool {
        let t = self.t;
        let first = t.sentences[s].tokens.0;
        if v <= first {
            return false;
        }
        let mut b = v;
        while b > first && is_auxiliary(t.low(b - 1)) {
            b -= 1;
        }
        (b.saturating_sub(5).max(first)..b).any(|j| {
            matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"'))
                && (j + 1..b).all(|x| t.tokens[x].is_word() || t.tokens[x].is_punct(','))
        })
    }

    /// Whether the figure at byte `at` stands in a clause of its own after an attribution
    /// that closes a quotation: "“...,” Roe says of the plan, and the firm hopes to open
    /// on May 4" (the article's words, joined by ", and" or ", but").
    fn after_inverted_clause(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let first = t.sentences[s].tokens.0;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if v <= first || k <= v + 2 {
            return false;
        }
        let mut b = v;
        while b > first && is_auxiliary(t.low(b - 1)) {
            b -= 1;
        }
        // The verb right after the quotation, or after its subject right after it.
        let closes_quote = (b.saturating_sub(5).max(first)..b).any(|j| {
            matches!(t.tokens[j].kind, TokenKind::Punct('”' | '"'))
                && (j + 1..b).all(|x| t.tokens[x].is_word() || t.tokens[x].is_punct('.'))
        });
        closes_quote
            && (v + 2..k).any(|j| {
                matches!(t.low(j), "and" | "but")
                    && t.tokens[j - 1].is_punct(',')
                    && !matches!(t.low_at(j + 1), Some("that" | "said" | "says" | "added"))
            })
    }

    /// Whether the figure at byte `at` stands in the main clause and the verb of saying after
    /// it in a clause of its own: "Roe closed the plant in 2010, saying it was unsafe" (a
    /// participle after a comma) and "Roe began to think of it during the summer when his
    /// wife pointed out that ..." (a clause opened by a conjunction, with words said after
    /// the verb): what the subject did, in the article's words.
    fn before_subordinate_verb(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (first, last) = t.sentences[s].tokens;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        // ("... shortly after noon on Monday, according to X": X for the whole sentence.)
        if v <= k + 1 || v <= first || a.bracket.is_some() || t.low(v) == "according" {
            return false;
        }
        if t.low(v).ends_with("ing") && t.low(v) != "according" && t.tokens[v - 1].is_punct(',') {
            return true;
        }
        // "Roe had a 40-minute call with Doe saying ...", "the city braced for snow, with
        // forecasters warning that ...": a participle with no comma right before it opens
        // its words after itself; the figure before it is in the main clause. (Not "citing"
        // or "quoting": they name a source for what comes before.)
        if t.low(v).ends_with("ing")
            && !matches!(t.low(v), "citing" | "quoting")
            && !is_auxiliary(t.low(v - 1))
            && (k + 1..v).any(|j| t.tokens[j].is_word() && !t.is_capitalized(j))
        {
            return true;
        }
        // Any conjunction that opens a clause of its own (`data/words/clause-words.tsv`),
        // but "as" ("as X said" names the source of what comes before), "if" and "whether"
        // (they open the words asked).
        let words = speaker_words();
        let Some(j) = (k + 1..v).find(|&j| {
            let low = t.low(j);
            words.subordinators.contains(low) && !matches!(low, "as" | "if" | "whether")
        }) else {
            return false;
        };
        // "freed 21 hostages on Thursday after a series of talks, officials said": "after",
        // "before", "since" or "until" before a phrase with no verb of its own up to a comma
        // is a preposition; the figure stays in the words said.
        if matches!(t.low(j), "after" | "before" | "since" | "until") {
            if let Some(c) = (j + 1..v).find(|&x| t.tokens[x].is_punct(',')) {
                if !(j + 1..c).any(|x| self.is_finite_verb(x)) {
                    return false;
                }
            }
        }
        // The verb's subject stands after the conjunction: not "..., before 30 died, police
        // said" (a comma and a short phrase right before the verb close the sentence). With
        // no comma between the conjunction and the verb, a short object is enough: "The
        // letter came a day after Roe announced his exit".
        let words_after = (v + 1..last).filter(|&x| t.tokens[x].is_word()).count();
        let unbroken = words_after >= 1 && !(j + 1..v).any(|x| t.tokens[x].is_punct(','));
        j + 1 < v
            && (words_after >= 3 || unbroken)
            && !(j + 1..v).any(|x| self.speech_verb_at(x).is_some())
    }

    /// Whether the figure at byte `at` stands in a clause that opens the sentence before
    /// the subject of its verb of saying ("After a breach exposed the data of 80 million
    /// people, the company confirmed ...", "A day after Roe made the remark, she issued a
    /// statement saying ..."): what happened before, in the article's words.
    fn in_fronted_clause(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let (first, last) = t.sentences[s].tokens;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if v <= k {
            return false;
        }
        let Some(sub) = (first..(first + 4).min(last)).find(|&j| {
            matches!(
                t.low(j),
                // (Not "since": "Ever since the storm on Friday, X says she has been
                // on edge" measures what is said.)
                "after"
                    | "before"
                    | "while"
                    | "although"
                    | "though"
                    | "when"
                    | "because"
                    | "once"
                    | "until"
                    | "despite"
                    | "following"
            )
        }) else {
            return false;
        };
        if (first..sub).any(|j| !t.tokens[j].is_word() && !t.tokens[j].is_number()) {
            return false;
        }
        let Some(c) = (sub + 1..v).find(|&j| t.tokens[j].is_punct(',')) else {
            return false;
        };
        k < c
            && c - sub > 3
            && v - c <= 8
            && !(c + 1..v).any(|j| matches!(t.tokens[j].kind, TokenKind::Punct(_)))
    }

    /// The attributions of sentence `s`: they are found sentence by sentence, so in order, and
    /// two binary searches stand for a scan of all of them at every figure and quotation.
    fn attributions_of(&self, s: usize) -> &[Attribution] {
        let from = self.attributions.partition_point(|a| a.sentence < s);
        let to = self.attributions.partition_point(|a| a.sentence <= s);
        &self.attributions[from..to]
    }

    /// The relative clause token `k` stands in within its sentence (from token `first`):
    /// the token of its relative word ("..., which employs 500 people", "who filed two",
    /// "the attack in which 12 died"), when no punctuation mark comes between.
    fn relative_clause_of(&self, k: usize, first: usize) -> Option<usize> {
        let t = self.t;
        let words = speaker_words();
        let mut j = k;
        while j > first {
            j -= 1;
            match t.tokens[j].kind {
                TokenKind::Number => continue,
                TokenKind::Punct(c) if c == ',' || breaks_clause(c) => return None,
                TokenKind::Punct(_) => continue,
                TokenKind::Word => {}
            }
            let before = (j > first).then(|| j - 1);
            // ("(which reportedly closed in 2016)": a bracket opens it as a comma does.)
            let after_comma =
                before.is_some_and(|b| t.tokens[b].is_punct(',') || t.tokens[b].is_punct('('));
            match t.low(j) {
                "who" | "whom" | "whose" => return Some(j),
                "which"
                    if after_comma
                        || before.is_some_and(|b| words.prepositions.contains(t.low(b)))
                        || (before.is_some_and(|b| self.noun_before_relative_that(b))
                            && self.finite_at(j + 1, k)) =>
                {
                    return Some(j)
                }
                "where" if after_comma => return Some(j),
                // "a fire at the market that left 30 dead": "that" after a noun, with a
                // finite verb right after it, opens a relative clause (not "said that 30
                // died", "the claim that the firm closed").
                "that"
                    if before.is_some_and(|b| self.noun_before_relative_that(b))
                        && self.finite_at(j + 1, k) =>
                {
                    return Some(j)
                }
                _ => {}
            }
        }
        None
    }

    /// The relative clause token `k` stands in among the words a verb of saying reports
    /// (from token `from`): none when a "that" opening those words comes between the
    /// relative word and `k` ("told the crowd who gathered that the city owes 5 million").
    fn relative_clause_within_words(&self, k: usize, from: usize) -> Option<usize> {
        let r = self.relative_clause_of(k, from)?;
        let opens_words = (r + 1..k).any(|j| self.that_opens_words(j, k));
        (!opens_words).then_some(r)
    }

    /// Whether the figure at byte `at` stands in the object of a verb that tells someone
    /// (attribution `a`'s verb: "told", "informed"), before the words told begin with a
    /// "that", a quotation or a colon: "X told 300 workers who came that the plant will
    /// close" counts the ones told, in the article's words, not what X said. The words
    /// between the verb and the figure are a noun phrase's, and so are the words between
    /// the figure and the opening, but for a relative clause's.
    fn in_addressee(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let last = t.sentences[s].tokens.1;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if k <= v || !speaker_words().addressee_verbs.contains(t.low(v)) {
            return false;
        }
        let mark = |j: usize| matches!(t.tokens[j].kind, TokenKind::Punct(':' | '"' | '“' | '‘'));
        let complementizer = |j: usize| self.that_opens_words(j, last);
        // The object before the figure: words of a noun phrase.
        let object = (v + 1..k).all(|j| {
            let x = &t.tokens[j];
            (x.is_word() || x.is_number())
                && !complementizer(j)
                && !is_auxiliary(t.low(j))
                && !self.is_finite_verb(j)
        });
        if !object {
            return false;
        }
        // The opening of the words told after the figure, with only a noun phrase between,
        // or a relative clause hung on it.
        let mut relative = false;
        for j in k + 1..last {
            // (The figure's own words: "hundred" is no verb.)
            if t.has_class(j, crate::model::lexicon::class::NUMBER) {
                continue;
            }
            if complementizer(j) || mark(j) {
                return true;
            }
            let low = t.low(j);
            if matches!(low, "who" | "which" | "whom" | "whose") {
                relative = true;
                continue;
            }
            // A comma goes on only before the opening, a relative word, or within a
            // relative clause.
            if t.tokens[j].is_punct(',') {
                let next = t.low_at(j + 1);
                if relative
                    || (j + 1 < last && mark(j + 1))
                    || matches!(next, Some("who" | "which" | "whom" | "whose"))
                {
                    continue;
                }
                return false;
            }
            if !relative && (is_auxiliary(low) || self.is_finite_verb(j)) {
                return false;
            }
        }
        false
    }

    /// Whether token `k` stands in an apposition set off by commas after a name, after the
    /// verb at token `v`: "X announced she and Jane Roe, her partner of six years,
    /// had split" describes Roe in the article's words (`data/gold/news/NOTES.md`, rule 5).
    fn in_apposition(&self, k: usize, first: usize, v: usize) -> bool {
        let t = self.t;
        let Some(c) = (first.max(v + 1)..k)
            .rev()
            .find(|&j| !t.tokens[j].is_word() && !t.tokens[j].is_number())
        else {
            return false;
        };
        if !t.tokens[c].is_punct(',') || c + 1 >= k {
            return false;
        }
        let opens = matches!(t.low(c + 1), "his" | "her" | "their" | "its" | "a" | "an");
        let after_name = self
            .names_before(t.tokens[c].start)
            .last()
            .is_some_and(|n| n.last == c && n.kind == EntityKind::Person);
        let last = t.sentences[t.sentence_at(t.tokens[k].start).unwrap_or(0)]
            .tokens
            .1;
        let closes = (k + 1..last)
            .find(|&j| !t.tokens[j].is_word() && !t.tokens[j].is_number())
            .is_some_and(|j| t.tokens[j].is_punct(','));
        opens && after_name && closes
    }

    /// Whether token `v`, before token `k`, is a finite verb.
    fn finite_at(&self, v: usize, k: usize) -> bool {
        v < k && self.is_finite_verb(v)
    }

    /// Whether token `k` is a finite verb: a past form or an auxiliary, in lower case.
    fn is_finite_verb(&self, k: usize) -> bool {
        let t = self.t;
        let low = t.low(k);
        t.tokens[k].is_word()
            && !t.is_capitalized(k)
            && (self.lex.past_verbs.contains(low)
                || is_auxiliary(low)
                || (low.ends_with("ed") && low.len() > 4))
    }

    /// Whether token `j` (after the sentence's first) is a "that" opening words reported, not
    /// a relative clause hung on the noun before it (a finite verb up to token `end` after it).
    fn that_opens_words(&self, j: usize, end: usize) -> bool {
        self.t.low(j) == "that"
            && !(self.noun_before_relative_that(j - 1) && self.finite_at(j + 1, end))
    }

    /// Whether token `b`, right before a "that", can be the noun a relative clause hangs on:
    /// a word that is no verb of saying, no function word and no verb's past form.
    fn noun_before_relative_that(&self, b: usize) -> bool {
        let t = self.t;
        let low = t.low(b);
        t.tokens[b].is_word()
            && self.speech_verb_at(b).is_none()
            && !self.lex.speech_verbs.contains(low)
            && !self.lex.function_words.contains(low)
            && !self.lex.stopwords.contains(low)
            && !self.lex.past_verbs.contains(low)
            && !low.ends_with("ed")
            && !low.ends_with("ly")
    }

    /// Whether the figure at byte `at` stands before attribution `a`'s verb in a predicate
    /// of its own that the verb is coordinated with: "The singer welcomed her son on May 2
    /// and said ...", "He was rushed to hospital twice in 2016 and revealed later that ...":
    /// what the subject did, in the article's words, not what was said.
    fn before_coordinated_verb(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let first = t.sentences[s].tokens.0;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if v <= k + 1 || v <= first {
            return false;
        }
        // One adverb may stand between ("and later said", "and also told").
        let mut c = v - 1;
        if c > k && t.tokens[c].is_word() && is_adverb_before_verb(t.low(c)) {
            c -= 1;
        }
        if c > k && matches!(t.low(c), "and" | "but") {
            return true;
        }
        // "Roe signed the order on Saturday and the agency released photos": the verb's
        // subject opens a clause of its own after the figure.
        let mut e = v;
        while e > k + 1 && is_auxiliary(t.low(e - 1)) {
            e -= 1;
        }
        let Some(j) = (k + 1..e)
            .rev()
            .find(|&j| matches!(t.low(j), "and" | "but"))
        else {
            return false;
        };
        let np = j + 1..e;
        let named = self
            .names_from(j + 1)
            .first()
            .is_some_and(|n| n.first == j + 1 && n.last == e && n.kind != EntityKind::Place);
        let phrase = t.has_class(j + 1, crate::model::lexicon::class::DETERMINER)
            && !t.has_class(j + 1, crate::model::lexicon::class::PRONOUN)
            && !np.is_empty()
            && np.len() <= 5
            && np.clone().all(|x| t.tokens[x].is_word());
        // "prices rose 5 percent, and analysts believe ...": a bare plural noun (one or two
        // words in lower case, the last ending in "s") is a subject as well.
        let plural = !np.is_empty()
            && np.len() <= 2
            && np.clone().all(|x| {
                t.tokens[x].is_word()
                    && !t.is_capitalized(x)
                    && !self.lex.function_words.contains(t.low(x))
                    && !is_auxiliary(t.low(x))
            })
            && t.low(e - 1).ends_with('s')
            && !t.low(e - 1).ends_with("ss");
        named || phrase || plural
    }

    /// Whether the figure at byte `at` stands after a verb coordinated with attribution `a`
    /// whose words are an infinitive: "Avel wanted to void the pact and visited Norland five
    /// times this year", "the mayor warned drivers to keep off the roads and closed 12
    /// schools": a past verb cannot go on the infinitive, so it tells what the subject did,
    /// in the article's words.
    fn after_infinitive_and_verb(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let last = t.sentences[s].tokens.1;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if k <= v + 3 || k >= last {
            return false;
        }
        // "to" right after the verb or after a short object ("warned residents to").
        let Some(to) = (v + 1..(v + 4).min(k)).find(|&j| t.low(j) == "to") else {
            return false;
        };
        // An infinitive: a verb in lower case after "to" (not "according to the bank's").
        let infinitive = t.tokens.get(to + 1).is_some_and(|x| x.is_word())
            && !t.is_capitalized(to + 1)
            && !t.has_class(to + 1, crate::model::lexicon::class::DETERMINER)
            && !t.has_class(to + 1, crate::model::lexicon::class::PRONOUN);
        if t.low(v) == "according"
            || !infinitive
            || !(v + 1..to).all(|j| t.tokens[j].is_word() && !self.is_finite_verb(j))
        {
            return false;
        }
        (to + 2..k).any(|j| {
            matches!(t.low(j), "and" | "but")
                && j + 1 < k
                && t.tokens[j + 1].is_word()
                && !t.is_capitalized(j + 1)
                && !is_auxiliary(t.low(j + 1))
                && self.speech_verb_at(j + 1).is_none()
                && (self.lex.past_verbs.contains(t.low(j + 1))
                    || (t.low(j + 1).ends_with("ed") && t.low(j + 1).len() > 4))
        })
    }

    /// Whether the figure at byte `at` and attribution `a` of sentence `s` stand in
    /// different clauses, one of them a relative clause: "..., X said of the attack, in
    /// which 12 people died" and "the firm took 40 jobs, which will go at once according to
    /// the plan" attribute neither figure (SCHEMA.md: what the sentence attributes; a
    /// relative clause describes in the article's words). An "according to" closing the
    /// sentence right after the relative clause is that clause's source ("the town,
    /// which had 8,000 residents in 2015, according to the census office").
    fn clause_apart(&self, s: usize, at: usize, a: &Attribution) -> bool {
        let t = self.t;
        let first = t.sentences[s].tokens.0;
        let k = t.token_at(at);
        let v = t.token_at(a.at);
        if v < k && self.in_apposition(k, first, v) {
            return true;
        }
        // Clauses nest: a relative clause that does not hold the verb has closed before
        // the words it reports begin ("told the crowd who gathered that the city owes 5
        // million"), so a figure after such an opening stands in those words, or in a
        // relative clause opened within them.
        let figure_clause = match self.relative_clause_of(k, first) {
            Some(r) if v < k && self.relative_clause_of(v, first) != Some(r) => {
                self.relative_clause_within_words(k, v + 1)
            }
            c => c,
        };
        // "a launch which, according to the agency, put ...": the relative word right
        // before the comma that opens the attribution.
        let verb_clause = self.relative_clause_of(v, first).or_else(|| {
            (v >= first + 2
                && t.tokens[v - 1].is_punct(',')
                && matches!(t.low(v - 2), "which" | "who"))
            .then(|| v - 2)
        });
        // "well over a third of the people, which stood at 9,000 in 2017, according to the
        // census office": an "according to" that closes a relative clause after the figure
        // is that clause's source, not the main clause's.
        if figure_clause.is_none() && verb_clause.is_none() && v > k && t.low(v) == "according" {
            let relative = (k + 1..v)
                .find(|&r| matches!(t.low(r), "which" | "who") && t.tokens[r - 1].is_punct(','));
            if let Some(r) = relative {
                let main_verb_after =
                    (r + 1..v - 1).any(|c| t.tokens[c].is_punct(',') && self.is_finite_verb(c + 1));
                if !main_verb_after {
                    return true;
                }
            }
        }
        if figure_clause == verb_clause {
            return false;
        }
        if figure_clause.is_some() && verb_clause.is_none() && v > k && t.low(v) == "according" {
            let runs_to_verb = (k + 1..v).all(|c| match t.tokens[c].kind {
                TokenKind::Punct(',') => {
                    c + 1 == v || t.tokens.get(c + 1).is_some_and(|x| x.is_number())
                }
                TokenKind::Punct(c) if breaks_clause(c) => false,
                _ => true,
            });
            if runs_to_verb {
                return false;
            }
        }
        true
    }

    /// The attribution of sentence `s` that governs byte `at`: the nearest speech verb before
    /// it, whose words it is in ("X said on Monday that 30 ..., while Y told ... 12"); for a
    /// figure before every verb, the sentence's last one, the main clause's "..., X said"
    /// (not "than the firm estimated" in between).
    fn governing_attribution(&self, s: usize, at: usize) -> Option<&Attribution> {
        let t = self.t;
        let mut before = None;
        let mut last = None;
        let mut last_finite = None;
        // "Norland wants to raise the levy, officials said": a verb of saying
        // governs the sentence before a verb of wanting or believing does.
        let all = self.attributions_of(s);
        let saying = all.iter().any(|a| !a.quoted && !a.belief && a.reaches(at));
        for a in all
            .iter()
            .filter(|a| !a.quoted && a.reaches(at) && !(saying && a.belief))
        {
            if a.at < at {
                before = Some(a);
            }
            // "..., researchers said.“What we found ...,” said Jane Roe" (two sentences glued
            // by a lost space): an attribution after a quotation that opens after the
            // figure's own verb speaks for that quotation, not for the figure.
            if a.at > at
                && last.is_some_and(|l: &Attribution| {
                    l.at > at
                        && self
                            .quotes
                            .iter()
                            .any(|q| !q.nested && q.open > l.at && q.open < a.at)
                })
            {
                break;
            }
            last = Some(a);
            // "..., said Jane Roe, adding that ...": a participle after a comma goes on
            // with the attribution before it, which governs the words before both.
            let v = t.token_at(a.at);
            let participle = v > 0 && t.tokens[v - 1].is_punct(',') && t.low(v).ends_with("ing");
            if !participle {
                last_finite = Some(a);
            }
        }
        before.or(last_finite).or(last)
    }

    /// Whether the date opening at token `first` of sentence `s` stands in a phrase of the
    /// occasion of saying: "in an interview on Friday", "In a Harbour Post interview
    /// published over the weekend", "in an interview with a local paper this week", "in
    /// written remarks issued on Monday", "at a news conference on Monday"
    /// (`data/words/occasion-nouns.txt`). Between the
    /// noun and the date only words that describe the occasion: no clause ("in a statement
    /// that the mill closed on Monday" dates the closing) and no punctuation.
    fn in_occasion_phrase(&self, s: usize, first: usize, verb: usize) -> bool {
        let t = self.t;
        let words = speaker_words();
        let opening = t.sentences[s].tokens.0;
        // A word that may stand in the phrase: no verb of a clause, but the participles of
        // publishing ("published", "released").
        let describes = |k: usize| {
            let low = t.low(k);
            t.tokens[k].is_word()
                && !words.clause_openers.contains(low)
                && !is_auxiliary(low)
                && (words.statement_verbs.contains(low)
                    || !(self.lex.past_verbs.contains(low)
                        || (low.len() > 4 && low.ends_with("ed") && !t.is_capitalized(k))))
        };
        // Back from the date to the occasion's noun, over at most six describing words.
        let mut k = first;
        let mut noun = None;
        while k > opening && first - k < 7 {
            k -= 1;
            if words.occasion_nouns.contains(t.low(k)) {
                noun = Some(k);
                break;
            }
            if !describes(k) {
                return false;
            }
        }
        let Some(noun) = noun else {
            return false;
        };
        // Back from the noun to "in", over at most four words before a noun ("a", "prepared",
        // "Harbour Post").
        let mut k = noun;
        while k > opening && noun - k < 5 {
            k -= 1;
            if t.low(k) == "in" {
                return true;
            }
            // "said Jane Roe, the firm's founder, at a news conference on Monday": "at" only
            // right after the verb's own words, with no verb of a clause said between ("said
            // the launch would be shown at a news conference on Monday" dates the showing).
            if t.low(k) == "at" {
                let of_a_clause = |j: usize| {
                    let low = t.low(j);
                    // ("the founder and chief executive": "and" joins nouns.)
                    let opener = words.clause_openers.contains(low) && !matches!(low, "and" | "or");
                    let past = self.lex.past_verbs.contains(low)
                        || (low.len() > 4 && low.ends_with("ed") && !t.is_capitalized(j));
                    is_auxiliary(low) || opener || past
                };
                return verb < k && !(verb + 1..k).any(of_a_clause);
            }
            if !t.tokens[k].is_word() || words.clause_openers.contains(t.low(k)) {
                return false;
            }
        }
        false
    }

    /// Whether the date at bytes `start..end` is a possessive that names the event it
    /// dates ("Monday's vote", "last year's report"): the article's way of saying which
    /// event, not part of anyone's claim (`data/gold/news/NOTES.md`, rule 4's exception).
    pub fn names_an_event(&self, start: usize, end: usize) -> bool {
        let text = self.t.text;
        let own = text.get(start..end).unwrap_or("");
        let rest = text.get(end..).unwrap_or("");
        own.ends_with("'s")
            || own.ends_with("’s")
            || rest.starts_with("'s ")
            || rest.starts_with("’s ")
    }

    /// Whether the date at bytes `start..end` dates the act of saying itself rather than
    /// something said: "police said Wednesday", "told reporters last month that ...", "On
    /// Friday, the ministry said ...", "according to figures released in June", a tweet's
    /// date line. SCHEMA.md gives a speaker only to what the sentence attributes to someone;
    /// when a statement was made is the article's own account (the seed gold never gives such
    /// a date a speaker). A date after the words begin ("said that ... on Monday", "said
    /// the ship hit the bridge on Monday") is part of what was said.
    pub fn dates_speech_act(&self, start: usize, end: usize) -> bool {
        let t = self.t;
        let first = t.token_at(start);
        let Some(last) = (first..t.tokens.len())
            .take_while(|&k| t.tokens[k].start < end)
            .last()
        else {
            return false;
        };
        // "— Jane Roe (@janeroe) May 1, 2017": the line that stamps a tweet.
        if first > 0
            && t.tokens[first - 1].is_punct(')')
            && self.tweet_author(t.line_of_offset(start)).is_some()
        {
            return true;
        }
        let Some(s) = t.sentence_at(start) else {
            return false;
        };
        let Some(a) = self.governing_attribution(s, start) else {
            return false;
        };
        let words = speaker_words();
        if self.in_occasion_phrase(s, first, t.token_at(a.at)) {
            return true;
        }
        let verb = t.token_at(a.at);
        // "Roe said he told the players on Sunday": a verb inside someone's words dates
        // what they said (not "..., than the firm estimated, Roe said on Monday").
        if self.attributions.iter().any(|b| {
            b.sentence == s
                && !b.quoted
                && b.at < a.at
                && !(t.token_at(b.at)..verb).any(|k| t.tokens[k].is_punct(','))
        }) {
            return false;
        }
        if words.content_object_verbs.contains(t.low(verb)) {
            return false;
        }
        let (opening, _) = t.sentences[s].tokens;
        // Words that open or carry what was said: a clause, a quotation, a figure.
        let says_something = |k: usize| {
            let low = t.low(k);
            is_auxiliary(low)
                || words.clause_openers.contains(low)
                || t.tokens[k].is_number()
                || matches!(
                    t.tokens[k].kind,
                    TokenKind::Punct(':' | ';' | '"' | '“' | '”' | '‘' | '’' | '\'')
                )
        };
        if verb < first {
            let between = verb + 1..first;
            // "“...,” Roe said on a radio show on Monday", "said Roe while driving home, last
            // week": after a verb that closes a quotation the words said are the quotation's,
            // so a date after the verb, with no clause opened between (no "that", no colon,
            // no finite verb, no quotation left open), dates the act.
            if self.closes_quotation(s, verb) {
                let mut open = 0usize;
                let mut clause = false;
                for k in between.clone() {
                    let low = t.low(k);
                    match t.tokens[k].kind {
                        TokenKind::Punct('“') => open += 1,
                        TokenKind::Punct('”') => open = open.saturating_sub(1),
                        TokenKind::Punct(':' | ';') => clause = true,
                        _ => {}
                    }
                    if low == "that" || is_auxiliary(low) || self.is_finite_verb(k) {
                        clause = true;
                    }
                }
                if !clause && open == 0 {
                    return true;
                }
            }
            // "announced his exit after nine seasons on Monday": a figure in the noun
            // phrase an act's verb takes as its object names what was announced, and a date
            // after it still dates the act; not when a clause stands there ("announced
            // they lost 40 jobs on Monday": no pronoun, no finite verb).
            let object_figure = words.act_object_verbs.contains(t.low(verb))
                && t.tokens.get(verb + 1).is_some_and(|x| x.is_word())
                && !between.clone().any(|k| {
                    self.is_finite_verb(k)
                        || t.has_class(k, crate::model::lexicon::class::PRONOUN)
                        || matches!(t.low(k), "to" | "i" | "we" | "it" | "you")
                });
            // (In such a phrase "after" or "since" is a preposition: "after nine seasons".)
            let in_object = |k: usize| {
                t.tokens[k].is_number()
                    || matches!(t.low(k), "after" | "before" | "since" | "until")
            };
            if between
                .clone()
                .any(|k| says_something(k) && !(object_figure && in_object(k)))
            {
                return false;
            }
            if t.low(verb) == "according" {
                // "according to figures released in June": within the source, before its
                // comma.
                return !between.clone().any(|k| t.tokens[k].is_punct(','));
            }
            // After "told" or "announced" their object may come between ("told reporters
            // Monday"); after "said" the words follow at once, so only a prepositional
            // phrase may ("said in a statement on Monday", not "said in a statement it
            // learned of it on Monday").
            if words.act_object_verbs.contains(t.low(verb)) {
                return !between.clone().any(|k| t.tokens[k].is_punct(','));
            }
            // A subject and its verb start the words said; a statement "released" or
            // "issued" is only the phrase's noun described.
            let clause_word = |k: usize| {
                let low = t.low(k);
                matches!(low, "he" | "she" | "it" | "they" | "we" | "i" | "you")
                    || self.lex.past_verbs.contains(low)
                    || (low.len() > 4
                        && low.ends_with("ed")
                        && !words.statement_verbs.contains(low))
            };
            // "..., said a spokesman here on Monday": a verb inverted after the words said,
            // then its speaker alone before the date.
            let speaker_last = a.speaker.rsplit(' ').next().unwrap_or_default();
            let inverted = verb > opening
                && matches!(t.tokens[verb - 1].kind, TokenKind::Punct(',' | '”' | '"'))
                && !speaker_last.is_empty()
                && between.clone().any(|k| t.tok(k) == speaker_last)
                && between
                    .clone()
                    .all(|k| t.tokens[k].is_word() && !clause_word(k) && !self.is_finite_verb(k));
            if inverted {
                return true;
            }
            verb + 1 == first
                || (words.prepositions.contains(t.low(verb + 1))
                    && !between
                        .clone()
                        .any(|k| clause_word(k) || t.tokens[k].is_punct(',')))
        } else if last < verb {
            // "police on Sunday said": between the speaker and the verb.
            if last + 1 == verb {
                return true;
            }
            // "On Friday, Hua Chunying said that ...": a date opening the sentence, then only
            // the speaker before the verb, and the words after it.
            // (Also in a clause of its own after ", and" or ";": "..., and in May, the
            // board announced that ...", when no joint stands between the date and the verb.)
            let joint = |k: usize| {
                t.tokens[k].is_punct(';')
                    || (matches!(t.low(k), "and" | "but")
                        && k > opening
                        && t.tokens[k - 1].is_punct(','))
            };
            let clause_open = (opening..first)
                .rev()
                .find(|&k| joint(k))
                .filter(|_| !(last + 1..verb).any(joint))
                .map_or(opening, |k| k + 1);
            let fronted = (clause_open..first).all(|k| {
                let low = t.low(k);
                words.clause_openers.contains(low)
                    || words.prepositions.contains(low)
                    || !t.tokens[k].is_word()
            }) && !(clause_open..first).any(|k| t.tokens[k].is_number());
            let mut between = last + 1..verb;
            if t.tokens.get(last + 1).is_some_and(|x| x.is_punct(',')) {
                between.start += 1;
            }
            // The words said follow the verb ("On Monday, 25 were hurt, police said" dates
            // the hurt).
            let words_follow = t.sentences[s].tokens.1 > verb + 2;
            // "Last week, as the complaints grew, the board announced a review": a date that
            // opens the sentence before a comma, with no figure or quotation between it and
            // a verb that its words follow, dates the act, whatever clause comes between.
            if fronted
                && words_follow
                && t.tokens.get(last + 1).is_some_and(|x| x.is_punct(','))
                && t.low(verb) != "according"
                && t.tokens.get(verb + 1).is_some_and(|x| x.is_word())
                && !words.prepositions.contains(t.low(verb + 1))
                && !(last + 1..verb).any(|k| {
                    t.tokens[k].is_number()
                        || matches!(
                            t.tokens[k].kind,
                            TokenKind::Punct('"' | '“' | '”' | '‘' | '’')
                        )
                })
            {
                return true;
            }
            fronted
                && words_follow
                && !between
                    .clone()
                    .any(|k| says_something(k) || t.tokens[k].is_punct(','))
        } else {
            false
        }
    }

    /// The entity a figure at byte `at` is about: its sentence's subject when that comes
    /// before it, else the last name before it in the sentence.
    pub fn topic_at(&self, at: usize) -> Option<String> {
        let si = self.t.sentence_at(at)?;
        if let Some(Some((subject, _, pos))) = self.subjects.get(si) {
            if *pos < at && !self.lex.demonyms.contains(&subject.to_lowercase()) {
                return Some(subject.clone());
            }
        }
        let start = self.t.sentences[si].start;
        self.names_before(at)
            .iter()
            .rev()
            .take_while(|n| n.start >= start)
            .filter(|n| !self.lex.demonyms.contains(&n.text.to_lowercase()))
            .find(|n| n.kind != EntityKind::Unknown || n.last - n.first > 1)
            .map(|n| self.name_string(n))
    }

    /// Speakers for every quotation that has one; unattributed fragments (scare quotes,
    /// titles) are left out.
    pub fn attribute_quotes(&self) -> Vec<AttributedQuote> {
        let mut out: Vec<AttributedQuote> = Vec::new();
        let mut unattributed: Vec<QuoteSpan> = Vec::new();
        for q in &self.quotes {
            let speaker = self.quote_speaker(q, &out).map(|s| self.named(s));
            if let Some(speaker) = speaker {
                out.push(AttributedQuote {
                    span: *q,
                    speaker: Some(speaker),
                });
            } else if !q.nested {
                unattributed.push(*q);
            }
        }
        // A headline or a caption that repeats words quoted with a speaker elsewhere in the
        // article ("‘We will rebuild’: ..." over a body that has "“We will rebuild,” Roe
        // said") is that speaker's.
        // Split in the ASCII-lowercased copy (same offsets, same letters): an ASCII word is
        // its own lower case there, borrowed; only a word with other letters is lowercased
        // into a string of its own (as `to_lowercase` of the original word would give).
        let lower = self.t.lower.as_str();
        let word_hash = |w: &str| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, w);
        let words = |q: &QuoteSpan| -> Vec<std::borrow::Cow<str>> {
            // (Room for a word every six bytes first: a collect grew the vector from four
            // words, moving it at each doubling.)
            let mut words = Vec::with_capacity(q.end.saturating_sub(q.start) / 6 + 1);
            words.extend(
                super::text::alphanumeric_runs(&lower[q.start..q.end]).map(|w| {
                    if w.is_ascii() {
                        w.into()
                    } else {
                        w.to_lowercase().into()
                    }
                }),
            );
            words
        };
        if unattributed.is_empty() {
            return out;
        }
        // The words of the quotes attributed above, split once the first quote to match is
        // found (none may be), with where each word stands in them: a repeated quote is looked
        // for where its rarest word stands, not at every word of every quote (a page of many
        // quotes would be read once for each of them).
        let attributed = out.len();
        let mut said = None;
        let mut added = false;
        for q in unattributed {
            let mine = words(&q);
            if mine.len() < 4 {
                continue;
            }
            let (quotes, runs, places) = said.get_or_insert_with(|| {
                let quotes: Vec<_> = out[..attributed]
                    .iter()
                    .filter(|a| !a.span.nested)
                    .map(|a| (words(&a.span), a.speaker.clone()))
                    .collect();
                // Each word's places (quote, place), grouped by the word's hash, each group in
                // the order of (quote, place): no string kept per word. Words whose hashes
                // collide share a group, which the comparison of the words below tells apart.
                // The groups are counted, then filled in that order: no sort of the places.
                let hashes: Vec<u64> = quotes
                    .iter()
                    .flat_map(|(w, _)| w.iter().map(|word| word_hash(word)))
                    .collect();
                // A group's start in `places`, its length, and the places put in it so far.
                let mut runs: rustc_hash::FxHashMap<u64, (usize, usize, usize)> =
                    rustc_hash::FxHashMap::with_capacity_and_hasher(
                        hashes.len(),
                        Default::default(),
                    );
                for &h in &hashes {
                    runs.entry(h).or_insert((0, 0, 0)).1 += 1;
                }
                let mut next = 0;
                for run in runs.values_mut() {
                    run.0 = next;
                    next += run.1;
                }
                let mut places = vec![(0, 0); hashes.len()];
                let mut h = hashes.iter();
                for (n, (w, _)) in quotes.iter().enumerate() {
                    for at in 0..w.len() {
                        let Some(run) = h.next().and_then(|h| runs.get_mut(h)) else {
                            continue;
                        };
                        places[run.0 + run.2] = (n, at);
                        run.2 += 1;
                    }
                }
                (quotes, runs, places)
            });
            // The first quote (in order) holding `mine` as a run of its words.
            let rarest = mine
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    let at = runs
                        .get(&word_hash(w))
                        .map_or(&[][..], |run| &places[run.0..run.0 + run.1]);
                    (k, at)
                })
                .min_by_key(|(_, at)| at.len());
            let repeated = rarest.and_then(|(k, at)| {
                at.iter()
                    .filter(|&&(n, p)| {
                        p >= k && quotes[n].0.get(p - k..p - k + mine.len()) == Some(&mine[..])
                    })
                    .map(|&(n, _)| &quotes[n])
                    .next()
            });
            if let Some((_, speaker)) = repeated {
                out.push(AttributedQuote {
                    span: q,
                    speaker: speaker.clone(),
                });
                added = true;
            }
        }
        if added {
            out.sort_by_key(|a| (a.span.start, a.span.end));
        }
        out
    }

    fn quote_speaker(&self, q: &QuoteSpan, earlier: &[AttributedQuote]) -> Option<String> {
        let t = self.t;
        let line = &t.lines[q.line];
        // Inside another quote, only a speech verb within that quote attributes it.
        let open_sentence = t.sentence_at(q.open);
        // Before it, in the same sentence: "X said, “...”", "X noted that it was “...”".
        let before_attribution = || {
            let si = open_sentence?;
            let a = self
                .attributions_of(si)
                .iter()
                .rev()
                .find(|a| a.at < q.open && a.quoted == q.nested && a.reaches(q.open))?;
            (!q.nested || self.within_parent(q, a.at)).then_some(a)
        };
        // "“I told myself: ‘...’”": words the speaker of a quotation says she said are hers.
        let first_person = |s: &str| {
            s.split_whitespace()
                .next()
                .is_some_and(|w| w == "I" || w.eq_ignore_ascii_case("we"))
        };
        let before = || {
            let s = before_attribution().map(|a| a.speaker.clone())?;
            if q.nested && first_person(&s) {
                let parent = earlier
                    .iter()
                    .rev()
                    .find(|p| !p.span.nested && p.span.start <= q.start && q.end <= p.span.end);
                if let Some(speaker) = parent.and_then(|p| p.speaker.clone()) {
                    return Some(speaker);
                }
            }
            Some(s)
        };
        if !q.nested {
            if let Some(s) = self.sign_frame(q) {
                return Some(s);
            }
        }
        // "He stressed: “...” Jane Roe said: “...”": a quote its own attribution opens with a
        // colon or a comma ("said:", "told the paper,") keeps it; the next sentence's speaker
        // introduces the next quote.
        let intro = t.text[..q.open].trim_end();
        let introduced = matches!(intro.chars().next_back(), Some(':' | ','));
        let opened_by_verb = introduced
            && before_attribution().is_some_and(|a| {
                let gap = &intro[a.at.min(intro.len())..intro.len() - 1];
                gap.len() < 80 && !gap.contains(['.', ',', ';', ':', '!', '?'])
            });
        if opened_by_verb {
            if let Some(s) = before() {
                return Some(s);
            }
        }
        // 1. After the quote: ", said X." / ", X said."
        if q.closed {
            if let Some(s) = self.pronoun_goes_on(q, earlier) {
                return Some(s);
            }
            if let Some(s) = self.after_attribution(q) {
                return Some(s);
            }
        }
        // "“...” to deal with it, said Jane Roe." and "Rather than backing “...,” the board
        // should listen, Roe said.": an attribution that closes the sentence after a comma
        // governs the quote before it.
        if q.closed && !q.nested {
            if let Some(s) = self.closing_attribution(q) {
                return Some(s);
            }
        }
        // 2. Before it, in the same sentence.
        if !opened_by_verb {
            if let Some(s) = before() {
                return Some(s);
            }
        }
        if q.nested {
            return None;
        }
        if let Some(s) = self.colon_label(q).or_else(|| self.dash_line_after(q)) {
            return Some(s);
        }
        let starts_line = t.text[line.start..q.open].trim().is_empty();
        let full_sentence = t.text[q.start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '[' || c == '@')
            && open_sentence.is_some_and(|s| {
                t.text[t.sentences[s].start..q.open].trim().is_empty() || starts_line
            });
        // 3. A paragraph opened by the quote, after a line that ends with a colon.
        if starts_line && q.line > 0 {
            if let Some(prev) = self.previous_line(q.line) {
                let prev_text = t.text[t.lines[prev].start..t.lines[prev].end].trim_end();
                if prev_text.ends_with(':') {
                    if let Some(a) = self
                        .attributions
                        .iter()
                        .rev()
                        .find(|a| !a.quoted && t.line_of_offset(a.at) == prev)
                    {
                        return Some(a.speaker.clone());
                    }
                    let (a, b) = t.lines[prev].tokens;
                    if let Some(k) = (a..b).rev().find(|&k| t.low(k) == "by") {
                        if let Some(s) = self.phrase_after(k + 1, b) {
                            return Some(s);
                        }
                    }
                }
            }
        }
        // A quote left open at its paragraph's end runs on into the next paragraph: its
        // speaker is named where the quotation closes ("“... \n\n“...,” Okafor said.").
        if !q.closed {
            let next = self
                .quotes
                .iter()
                .filter(|n| n.line > q.line && !n.nested)
                .find(|n| {
                    let l = &t.lines[n.line];
                    t.text[l.start..n.open].trim().is_empty()
                });
            if let Some(next) = next.filter(|n| n.line <= q.line + 2) {
                let mut run = *next;
                // Follow the run of paragraphs to the quote that closes it.
                while !run.closed {
                    match self.quotes.iter().find(|n| {
                        n.line == run.line + 1
                            && !n.nested
                            && t.text[t.lines[n.line].start..n.open].trim().is_empty()
                    }) {
                        Some(n) => run = *n,
                        None => break,
                    }
                }
                if run.closed {
                    if let Some(s) = self.after_attribution(&run) {
                        return Some(s);
                    }
                }
            }
        }
        // A quoted subheading goes on from no quote before it: it is the speaker's who says
        // its words further on (`attribute_quotes`), or no one's.
        if starts_line && is_quoted_heading(&t.text[line.start..line.end]) {
            return None;
        }
        // 4. An interview answer.
        if let Some(s) = self.interviewee_at(q.line) {
            return Some(s);
        }
        // A frame that gives the words to someone without a verb of saying: "..., as Roe
        // put it", "praised by the Gazette as 'a ...'", "signs that read '...'".
        if let Some(s) = self.quote_frame(q) {
            return Some(s);
        }
        if !(starts_line || full_sentence) {
            return None; // a fragment with no speech verb: a term or a scare quote
        }
        // 5. The same paragraph: the quote goes on from one before it, or someone in it.
        if let Some(prev) = earlier
            .iter()
            .rev()
            .find(|p| p.span.line == q.line && !p.span.nested)
        {
            return prev.speaker.clone();
        }
        let line_start = line.start;
        if q.open > line_start {
            if let Some(s) = self.last_speaker_before(q.open, line_start) {
                return Some(s);
            }
        }
        // 6. The paragraphs before: the last quote or speech, else the last person.
        let mut back = q.line;
        for _ in 0..2 {
            let Some(prev) = self.previous_line(back) else {
                break;
            };
            let (ls, le) = (t.lines[prev].start, t.lines[prev].end);
            let last_quote = earlier
                .iter()
                .rev()
                .find(|p| p.span.line == prev && !p.span.nested);
            let last_speech = self
                .attributions
                .iter()
                .rev()
                .find(|a| a.introduces_speech && !a.quoted && a.at >= ls && a.at < le);
            let source = self.source_in(ls, le);
            // "“...,” the veteran coach said. \n\n “...”": the verb that attributed the last
            // quote goes on as that quote's speaker, as it was read there (the epithet's
            // person), not as the words before the verb read alone.
            let last_speech = last_speech.filter(|a| {
                !last_quote.is_some_and(|p| {
                    p.span.closed
                        && t.sentence_at(p.span.open) == Some(a.sentence)
                        && a.at > p.span.open
                })
            });
            let candidates = [
                last_quote.map(|p| (p.span.open, p.speaker.clone())),
                last_speech.map(|a| (a.at, Some(a.speaker.clone()))),
                source.map(|(at, s)| (at, Some(s))),
            ];
            if let Some((_, s)) = candidates.into_iter().flatten().max_by_key(|(at, _)| *at) {
                return s;
            }
            back = prev;
        }
        let floor = self.previous_lines_start(q.line, 4);
        self.last_speaker_before(q.open, floor)
    }

    /// The X of "as X put it" (`as_at` the "as", `verb` the verb after X), when those words
    /// decide: a pronoun's person (`Some(None)` if it has none), or the name that fills the
    /// words between, unless it is a place; `None` when they do not.
    fn as_put_it_speaker(&self, as_at: usize, verb: usize) -> Option<Option<String>> {
        let t = self.t;
        if verb == as_at + 2 && self.lex.pronouns.contains(t.low(as_at + 1)) {
            return Some(self.resolve_pronoun(as_at + 1));
        }
        let name = self
            .names_before(t.tokens[verb].start)
            .last()
            .filter(|n| n.first == as_at + 1 && n.last == verb);
        name.filter(|n| n.kind != EntityKind::Place)
            .map(|n| Some(self.name_string(n)))
    }

    /// Who a quotation is given to by the words around it when no verb of saying is there:
    /// "“...,” as Jane Roe put it" (or "phrased it"; "as she put it": the person "she" is);
    /// "praised by the Avel Gazette as an “...”" (the agent of a passive before "as"); "X
    /// shared a photo, with the comment, “...”" (the sentence's subject).
    fn quote_frame(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let open = t.token_at(q.open);
        let si = t.sentence_at(q.open)?;
        let (first, last) = t.sentences[si].tokens;
        // After: ", as X put it".
        if q.closed {
            // (A few words may come between: "“...,” in Avel, as Roe put it".)
            let from = t.token_at(q.after);
            let k = (from..(from + 6).min(last))
                .find(|&k| t.low(k) == "as" && (k == from || t.tokens[k - 1].is_punct(',')))
                .unwrap_or(last);
            if k + 3 < last.min(t.tokens.len()) {
                let verb = (k + 2..(k + 6).min(last)).find(|&j| {
                    matches!(t.low(j), "put" | "phrased" | "called" | "described")
                        && t.low_at(j + 1) == Some("it")
                });
                if let Some(verb) = verb {
                    if let Some(speaker) = self.as_put_it_speaker(k, verb) {
                        return speaker;
                    }
                }
            }
        }
        // Before: "As X put it, “...”" (or "as she phrased it:"): X, or who "she" is.
        let mut j = open;
        if j > first && matches!(t.tokens[j - 1].kind, TokenKind::Punct(',' | ':')) {
            j -= 1;
        }
        if j >= first + 4 && t.low(j - 1) == "it" && matches!(t.low(j - 2), "put" | "phrased") {
            let verb = j - 2;
            let as_at = (verb.saturating_sub(5).max(first)..verb - 1)
                .rev()
                .find(|&k| t.low(k) == "as" && (k == first || t.tokens[k - 1].is_punct(',')));
            if let Some(k) = as_at {
                if let Some(speaker) = self.as_put_it_speaker(k, verb) {
                    return speaker;
                }
            }
        }
        // Before: "by X as (a|an|the) “...”".
        let mut j = open;
        if j > first && matches!(t.low(j - 1), "a" | "an" | "the") {
            j -= 1;
        }
        if j > first + 2 && t.low(j - 1) == "as" {
            let name = self
                .names_before(t.tokens[j - 1].start)
                .last()
                .filter(|n| n.last == j - 1 && n.first > first && n.kind != EntityKind::Place);
            let by = |n: &Name| {
                let k = if t.low(n.first - 1) == "the" {
                    n.first - 1
                } else {
                    n.first
                };
                k > first && t.low(k - 1) == "by"
            };
            if let Some(n) = name.filter(|n| by(n)) {
                return Some(self.name_string(n));
            }
        }
        // Before: "X shared a photo, with the comment, “...”": the sentence's subject.
        let mut j = open;
        if j > first && t.tokens[j - 1].is_punct(',') {
            j -= 1;
        }
        if j >= first + 3
            && matches!(
                t.low(j - 1),
                "comment" | "comments" | "caption" | "message" | "words"
            )
            && t.low(j - 2) == "the"
            && t.low(j - 3) == "with"
        {
            if let Some((s, _, pos)) = &self.subjects[si] {
                if *pos < q.open {
                    return Some(s.clone());
                }
            }
            if let Some(verb) = (first + 1..j).find(|&k| self.is_finite_verb(k)) {
                return self.subject_of(verb, first);
            }
        }
        None
    }

    /// "signs that read “...”", "a banner reading: “...”": the thing the words are written
    /// on, as the article names it, whoever else the sentence names ("Pictures showed signs
    /// that read ...").
    fn sign_frame(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let open = t.token_at(q.open);
        let si = t.sentence_at(q.open)?;
        let (first, last) = t.sentences[si].tokens;
        let words = speaker_words();
        // After it: "“...” read one fan's sign".
        if q.closed {
            let mut k = t.token_at(q.after);
            if k < last && t.tokens[k].is_punct(',') {
                k += 1;
            }
            if k < last && matches!(t.low(k), "read" | "reads") {
                let noun = (k + 1..(k + 5).min(last))
                    .take_while(|&j| t.tokens[j].is_word())
                    .find(|&j| words.sign_nouns.contains(t.low(j)));
                if let Some(noun) = noun {
                    return Some(t.text[t.tokens[k + 1].start..t.tokens[noun].end].to_owned());
                }
            }
        }
        let mut j = open;
        if j > first && (t.tokens[j - 1].is_punct(':') || t.tokens[j - 1].is_punct(',')) {
            j -= 1;
        }
        if j >= first + 2 && matches!(t.low(j - 1), "read" | "reads" | "reading") {
            let noun = match t.low(j - 2) {
                "that" | "which" if j >= first + 3 => j - 3,
                _ if t.low(j - 1) == "reading" => j - 2,
                _ => return None,
            };
            let word = t.tok(noun);
            if !words.sign_nouns.contains(t.low(noun)) {
                return None;
            }
            let det =
                (noun > first && matches!(t.low(noun - 1), "a" | "one")).then(|| t.low(noun - 1));
            return Some(match det {
                Some(d) => format!("{d} {word}"),
                None => word.to_owned(),
            });
        }
        None
    }

    /// The speaker of an attribution after quote `q` in its sentence, set off by a comma and
    /// closing the sentence: ", said Jane Roe, who ..." (the verb right after the comma) or
    /// ", Jane Roe said." (a short subject, and at most a few words after the verb). No other
    /// quotation opens between.
    fn closing_attribution(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let si = t.sentence_at(q.open)?;
        let (_, last) = t.sentences[si].tokens;
        let a = self
            .attributions_of(si)
            .iter()
            .find(|a| a.at >= q.after && !a.quoted)?;
        if self
            .quotes
            .iter()
            .any(|o| o.open >= q.after && o.open < a.at)
        {
            return None;
        }
        let verb = t.token_at(a.at);
        let comma = (t.token_at(q.after)..verb)
            .rev()
            .find(|&j| t.tokens[j].is_punct(','))?;
        let words_before = verb - comma - 1;
        let inverted = words_before == 0;
        let after = self.speech_verb_at(verb)?;
        let closes = (after..last).filter(|&j| t.tokens[j].is_word()).count() <= 3;
        let subject_ok = (1..=5).contains(&words_before)
            && (comma + 1..verb).all(|j| t.tokens[j].is_word() || t.tokens[j].is_punct('.'));
        // ("“...” mode, said Jane Roe": the words after the verb, not before it; "Jane Roe,
        // a director, told the paper" and "..., said on Monday" keep the subject before.)
        if inverted
            && !matches!(t.low(verb), "told" | "tells" | "tell")
            && self.names_someone_at(after, last)
        {
            return self.phrase_after(after, last);
        }
        // (One word in lower case before the comma is a thing: "the bold “...” attack,
        // announced".)
        let someone = a.speaker.contains(' ') || a.speaker.starts_with(char::is_uppercase);
        ((inverted && someone) || (subject_ok && closes)).then(|| a.speaker.clone())
    }

    /// "Jane Roe: “...”", headline style: a name alone before a colon that opens the quote.
    fn colon_label(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let open = t.token_at(q.open);
        let (line_first, _) = t.lines[q.line].tokens;
        if open < line_first + 2 || !t.tokens[open - 1].is_punct(':') {
            return None;
        }
        let colon = open - 1;
        let name = self
            .names_before(q.open)
            .iter()
            .rev()
            .find(|n| n.last == colon && n.kind != EntityKind::Place)?;
        // Only titles may stand before the name on its line.
        (line_first..name.first)
            .all(|k| {
                self.lex.titles.contains(t.low(k).trim_end_matches('.'))
                    || t.tokens[k].is_punct('.')
            })
            .then(|| self.name_string(name))
    }

    /// A quotation that is its whole paragraph, signed on the next line: "— Jane Roe, a
    /// lawyer".
    fn dash_line_after(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let line = &t.lines[q.line];
        if !q.closed || !t.text[line.start..q.open].trim().is_empty() {
            return None;
        }
        // "“...” — Jane Roe" on the quotation's own line: the name closes the line, or a
        // comma and her description, or her handle in brackets, follow it.
        if !t.text[q.after..line.end].trim().is_empty() {
            let dash = t.token_at(q.after);
            let (_, b) = line.tokens;
            if dash + 1 >= b || !matches!(t.tokens[dash].kind, TokenKind::Punct('—' | '–')) {
                return None;
            }
            return self
                .names_from(dash + 1)
                .first()
                .filter(|n| {
                    n.first == dash + 1
                        && n.kind != EntityKind::Place
                        && (n.last >= b
                            || t.tokens[n.last].is_punct(',')
                            || t.tokens[n.last].is_punct('('))
                })
                .map(|n| self.name_string(n));
        }
        let next = t.lines.get(q.line + 1).filter(|l| !l.furniture)?;
        let (a, b) = next.tokens;
        if a + 1 >= b || !matches!(t.tokens[a].kind, TokenKind::Punct('—' | '–' | '-')) {
            return None;
        }
        self.names_from(a + 1)
            .first()
            .filter(|n| n.first == a + 1 && n.kind != EntityKind::Place)
            .map(|n| self.name_string(n))
    }

    /// "it was from an official ...", "a speech by a senior minister": a described source.
    fn source_in(&self, start: usize, end: usize) -> Option<(usize, String)> {
        let t = self.t;
        self.descriptions
            .iter()
            .rev()
            .filter(|d| d.start >= start && d.start < end && d.first > 0)
            .find(|d| matches!(t.low(d.first - 1), "from" | "by"))
            .map(|d| (d.start, d.text.clone()))
    }

    fn within_parent(&self, q: &QuoteSpan, at: usize) -> bool {
        self.quotes
            .iter()
            .any(|o| !o.nested && o.start <= q.start && q.end <= o.end && o.start <= at)
    }

    /// The non-heading line before `line`.
    fn previous_line(&self, line: usize) -> Option<usize> {
        let t = self.t;
        (0..line).rev().find(|&k| {
            let l = &t.lines[k];
            let text = t.text[l.start..l.end].trim();
            if l.furniture || self.caption_like[k] {
                return false;
            }
            // Short lines with no closing punctuation are headings, also in quotation marks.
            let heading = !text.ends_with(['.', ':', '?', '!', '”', '"'])
                && text.split_whitespace().nth(6).is_none();
            !heading && !is_quoted_heading(text)
        })
    }

    /// Whether paragraph `line` reads as a photo's caption (`is_caption_like`).
    fn caption_like_line(&self, line: usize) -> bool {
        self.caption_like[line]
    }

    fn previous_lines_start(&self, line: usize, n: usize) -> usize {
        let mut k = line;
        for _ in 0..n {
            match self.previous_line(k) {
                Some(p) => k = p,
                None => break,
            }
        }
        self.t.lines[k].start
    }

    /// "... and said: “...”\n\n“...,” he announced.": a paragraph that opens with a quote
    /// said by "he" or "she" goes on with whoever spoke the quote that closes the paragraph
    /// before (someone described, "the captain", as well as someone named), when the pronoun
    /// can be that speaker; not after a question, which the next quote may answer, nor with a
    /// verb of answering.
    fn pronoun_goes_on(&self, q: &QuoteSpan, earlier: &[AttributedQuote]) -> Option<String> {
        let t = self.t;
        if q.nested || !t.text[t.lines[q.line].start..q.open].trim().is_empty() {
            return None;
        }
        let mut k = t.token_at(q.after);
        while k < t.tokens.len() && t.tokens[k].is_punct(',') {
            k += 1;
        }
        if k + 1 >= t.tokens.len()
            || t.tokens[k].line as usize != q.line
            || !matches!(t.low(k), "he" | "she")
            || self.speech_verb_at(k + 1).is_none()
            || matches!(
                t.low(k + 1),
                "replied"
                    | "replies"
                    | "responded"
                    | "responds"
                    | "answered"
                    | "answers"
                    | "countered"
                    | "retorted"
                    | "asked"
                    | "asks"
            )
        {
            return None;
        }
        let prev = self.previous_line(q.line)?;
        let last = earlier.iter().rev().find(|p| !p.span.nested)?;
        let line = &t.lines[prev];
        let closes_paragraph = last.span.line == prev
            && last.span.closed
            && t.sentence_at(last.span.open)
                == t.sentence_at(t.text[..line.end].trim_end().len().saturating_sub(1));
        if !closes_paragraph
            || t.text[last.span.start..last.span.end]
                .trim_end()
                .ends_with('?')
        {
            return None;
        }
        let speaker = last.speaker.clone()?;
        (self.agrees(&speaker, self.pronoun_gender(k)) && !self.is_group_or_thing(&speaker))
            .then_some(speaker)
    }

    /// ", said X." or ", X said." right after a closing mark.
    fn after_attribution(&self, q: &QuoteSpan) -> Option<String> {
        let t = self.t;
        let mut k = t.token_at(q.after);
        if k >= t.tokens.len() || t.tokens[k].line as usize != q.line {
            return None;
        }
        let limit = t
            .sentence_at(t.tokens[k].start)
            .map_or(t.tokens.len(), |s| t.sentences[s].tokens.1);
        while k < limit && t.tokens[k].is_punct(',') {
            k += 1;
        }
        if k >= limit {
            return None;
        }
        // "said X"
        if let Some(after) = self.speech_verb_at(k) {
            // "“...,” adding that prices rose": a participle goes on with the sentence's own
            // speaker, before the quote.
            if t.low(k).ends_with("ing") && t.low(k) != "according" {
                let si = t.sentence_at(q.open)?;
                return self
                    .subjects
                    .get(si)?
                    .as_ref()
                    .filter(|s| s.2 < q.open)
                    .map(|s| s.0.clone());
            }
            if !self.lex.interview_verbs.contains(t.low(k)) {
                return self.phrase_after(after, limit);
            }
        }
        // "“...,” Jane Roe, a former neighbor, told X." and "“...,” a local official, Jane
        // Roe, said.": a speaker, an appositive between commas, then the verb.
        if let Some(c1) = (k + 1..(k + 8).min(limit)).find(|&j| t.tokens[j].is_punct(',')) {
            let plain = (k..c1).all(|j| {
                t.tokens[j].is_word() || t.tokens[j].is_punct('-') || t.tokens[j].is_punct('.')
            });
            // An appositive may be long: "an associate professor of soil chemistry at the
            // institute and the head of the new field study".
            let c2 = (c1 + 2..(c1 + 30).min(limit)).find(|&j| {
                !(t.tokens[j].is_word()
                    || matches!(t.tokens[j].kind, TokenKind::Punct('-' | '.' | '’' | '\'')))
            });
            if let Some(c2) = c2.filter(|&c2| plain && t.tokens[c2].is_punct(',')) {
                if c2 + 1 < limit && self.speech_verb_at(c2 + 1).is_some() {
                    return self.speaker_from_span(k, c1, Some((c1 + 1, c2)));
                }
            }
            // "“...,” Jane Roe, a duty officer at the Avel Weather Office told X.": the
            // appositive's closing comma left out; the verb ends it.
            if plain {
                let v = (c1 + 2..(c1 + 30).min(limit))
                    .take_while(|&j| t.tokens[j].is_word())
                    .find(|&j| self.speech_verb_at(j).is_some());
                if let Some(v) = v.filter(|&v| {
                    !t.low(v).ends_with("ing")
                        && self.appositive_like(c1 + 1, v)
                        && !(c1 + 1..v).any(|j| matches!(t.low(j), "who" | "that" | "which"))
                }) {
                    return self.speaker_from_span(k, c1, Some((c1 + 1, v)));
                }
            }
        }
        // "X said", with up to eight words of X and auxiliaries; up to twelve when the
        // quotation's own sentence goes on after it.
        let same = t.sentence_at(q.open) == t.sentence_at(t.tokens[k].start);
        let opens_sentence = t
            .sentence_at(q.open)
            .is_some_and(|s| t.text[t.sentences[s].start..q.open].trim().is_empty());
        let reach = if same { 13 } else { 9 };
        for v in k + 1..(k + reach).min(limit) {
            if matches!(t.tokens[v].kind, TokenKind::Punct(_))
                && !t.tokens[v].is_punct('.')
                && !t.tokens[v].is_punct('-')
            {
                break;
            }
            // "“...,” a statement from the ministry read.": the statement's author.
            if matches!(t.low(v), "read" | "reads")
                && (v + 1 >= limit || t.tokens[v + 1].is_punct('.'))
                && (k..v).any(|j| {
                    self.lex.speech_nouns.contains(t.low(j))
                        || self.lex.org_anaphors.contains(t.low(j))
                })
            {
                if let Some(j) = (k..v).find(|&j| matches!(t.low(j), "from" | "by")) {
                    if j + 1 < v {
                        return self.speaker_from_span(j + 1, v, None);
                    }
                }
                return self.speaker_from_span(k, v, None);
            }
            if self.speech_verb_at(v).is_some() {
                // "“... at home.” Roe added that ...": in the sentence after a quotation
                // that is a sentence of its own, a verb of saying with a clause of its own
                // reports other words (the quotation goes on from the speaker before).
                if !same && opens_sentence && t.low_at(v + 1) == Some("that") {
                    return None;
                }
                // Past the ninth word, only a span that names a person is read as the
                // speaker ("..., biologist and study co-author Jane Roe said").
                if v >= k + 9
                    && !self
                        .names_from(k)
                        .iter()
                        .take_while(|n| n.first < v)
                        .any(|n| n.kind == EntityKind::Person)
                {
                    return None;
                }
                // "“...” - although aides insist it will open": a clause of its own, with
                // its own words.
                if (k..v).any(|j| {
                    // ("“... my life.” The note came a day after Roe announced it": in the
                    // sentence after a quote that closed its own, a verb in a clause of time
                    // or cause is no attribution of the quote.)
                    matches!(
                        t.low(j),
                        "although" | "though" | "whereas" | "while" | "but"
                    ) || (t.sentence_at(q.open) != t.sentence_at(t.tokens[k].start)
                        && matches!(
                            t.low(j),
                            "after" | "before" | "when" | "since" | "because" | "until" | "once"
                        ))
                }) {
                    return None;
                }
                // "“...,” the newspaper quoted him as saying": the object speaks.
                if self.lex.interview_verbs.contains(t.low(v))
                    && matches!(t.low_at(v + 1), Some("him" | "her"))
                {
                    return self.resolve_pronoun(v + 1);
                }
                // "“...,” the agency cited the website": the source cited speaks.
                // ("“...,” Jane Roe was quoted by the agency as saying": the subject speaks.)
                if matches!(t.low(v), "cited" | "cites" | "quoted" | "quotes")
                    && !matches!(t.low(v - 1), "was" | "were" | "is" | "being")
                    && v + 1 < limit
                    && t.tokens[v + 1].is_word()
                {
                    if let Some(s) = self.phrase_after(v + 1, limit) {
                        return Some(s);
                    }
                }
                let passive = matches!(t.low(v - 1), "was" | "were" | "is");
                let mut end = v;
                while end > k
                    && matches!(
                        t.low(end - 1),
                        "was" | "were" | "is" | "has" | "had" | "also" | "further" | "then"
                    )
                {
                    end -= 1;
                }
                let _ = passive;
                if end == k {
                    return None;
                }
                if t.has_class(k, crate::model::lexicon::class::PRONOUN) {
                    return self.resolve_pronoun(k);
                }
                return self.speaker_from_span(k, end, None);
            }
        }
        None
    }
}

/// A headline: a line in title case with no closing punctuation ("Mayor Defends Flood Plan").
/// Its capitalized words are not names.
/// Whether a paragraph reads as a photo's caption: seven words or more, no stop at its
/// end (before a credit in brackets) and no quotation ("Jane Roe waves to the fans after
/// the final in Avel (Agency)"; not "Jane Roe left the band. (Agency)").
fn is_caption_like(text: &str) -> bool {
    let mut text = text.trim();
    if text.ends_with(')') {
        if let Some(open) = text.rfind('(') {
            text = text[..open].trim_end();
        }
    }
    // The cheap tests first: most paragraphs end with a stop (every line comes here).
    !text.ends_with(['.', ':', ';', ',', '?', '!', '”', '"', '’', '\''])
        && !text.starts_with('\'')
        && !has_quotation_mark(text)
        && text.split_whitespace().nth(6).is_some()
}

/// Whether `text` holds a straight double quote or a curly '“', '”' or '‘': a byte search
/// (the curly marks are E2 80 9C, 9D and 98 in UTF-8), not a test of every character.
fn has_quotation_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, bytes).any(|k| {
        bytes[k] == b'"'
            || (bytes.get(k + 1) == Some(&0x80)
                && matches!(bytes.get(k + 2), Some(0x9C | 0x9D | 0x98)))
    })
}

/// A paragraph that is nothing but a short quotation with no closing punctuation (`“Out of
/// nowhere”` set between two paragraphs): a subheading that quotes words said further on,
/// not a quote going on from the paragraph before.
fn is_quoted_heading(text: &str) -> bool {
    const MARKS: [char; 6] = ['"', '“', '”', '‘', '’', '\''];
    let text = text.trim();
    let Some(inner) = text
        .strip_prefix(MARKS)
        .and_then(|rest| rest.strip_suffix(MARKS))
    else {
        return false;
    };
    let inner = inner.trim();
    inner.chars().next_back().is_some_and(char::is_alphanumeric)
        && !inner.contains(['.', '!', '?', ';', ':', '"', '“', '”'])
        && inner.split_whitespace().nth(8).is_none()
}

fn is_headline(t: &Text, line: &super::text::Line) -> bool {
    let (a, b) = line.tokens;
    let text = t.text[line.start..line.end].trim_end();
    // Headlines are short; a long line is a paragraph whatever its case.
    if b - a > 40 || text.ends_with(['.', '!', ':', '”', '"']) {
        return false;
    }
    let words = (a..b).filter(|&k| t.tokens[k].is_word()).count();
    let capitalized = (a..b)
        .filter(|&k| t.tokens[k].is_word() && t.is_capitalized(k))
        .count();
    words >= 3 && capitalized * 4 >= words * 3
}

/// The union of byte ranges, as sorted disjoint ranges.
fn merge_ranges(ranges: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = ranges.collect();
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The speaker vocabularies of `data/words/`, read once.
struct SpeakerWords {
    /// Adjectives that describe an unnamed speaker with a preposition ("familiar with").
    described_adjectives: rustc_hash::FxHashSet<&'static str>,
    /// Verbs whose object is a statement ("issued", "released").
    statement_verbs: rustc_hash::FxHashSet<&'static str>,
    /// Statements ("statement", "communique").
    statement_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Documents that say things in writing ("memo", "filing").
    document_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Last words of the names of places and grounds ("stadium", "field").
    venue_words: rustc_hash::FxHashSet<&'static str>,
    /// Things words are written on ("signs", "banner").
    sign_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Verbs that speak only before the clause they report (`clause-speech-verbs.txt`).
    clause_speech_verbs: rustc_hash::FxHashSet<&'static str>,
    /// Verbs of pledging and threatening before "to" (`commitment-verbs.txt`).
    commitment_verbs: rustc_hash::FxHashSet<&'static str>,
    /// Given names read as a woman's or a man's.
    female_names: rustc_hash::FxHashSet<&'static str>,
    male_names: rustc_hash::FxHashSet<&'static str>,
    /// Titles and nouns that tell a person's sex ("mrs", "spokeswoman").
    gendered: rustc_hash::FxHashMap<&'static str, Gender>,
    /// For a body's noun ("airline"), words of the names of such bodies ("air", "lines").
    body_name_words: rustc_hash::FxHashMap<&'static str, Vec<&'static str>>,
    /// Roles held in a body ("founder", "ceo"): a name before one is the body's.
    body_roles: rustc_hash::FxHashSet<&'static str>,
    /// Roles a story's subject is called by ("the singer"): who the article opens on.
    lede_roles: rustc_hash::FxHashSet<&'static str>,
    /// For a role ("scientist"), the roles that are kinds of it ("astrophysicist").
    role_kinds: rustc_hash::FxHashMap<&'static str, Vec<&'static str>>,
    /// Every kind of `role_kinds`, read as a role before a name.
    role_kind_words: rustc_hash::FxHashSet<&'static str>,
    /// Verbs of saying whose object is not the words said ("told", "announced").
    act_object_verbs: rustc_hash::FxHashSet<&'static str>,
    /// Verbs of saying whose object is what is said ("recalled").
    content_object_verbs: rustc_hash::FxHashSet<&'static str>,
    /// Occasions of saying ("interview", "remarks").
    occasion_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Prepositions, and the words that open a clause (conjunctions, relative words), of
    /// `data/words/clause-words.tsv`.
    prepositions: rustc_hash::FxHashSet<&'static str>,
    clause_openers: rustc_hash::FxHashSet<&'static str>,
    /// The conjunctions of `clause-words.tsv` that open a clause of their own ("though").
    subordinators: rustc_hash::FxHashSet<&'static str>,
    /// Verbs of saying whose object is the one told (`data/words/addressee-verbs.txt`).
    addressee_verbs: rustc_hash::FxHashSet<&'static str>,
}

impl SpeakerWords {
    /// Whether a lower-case word is a document that says things, one or many ("filing",
    /// "filings", "studies").
    fn is_document(&self, low: &str) -> bool {
        let nouns = &self.document_nouns;
        nouns.contains(low)
            || low.strip_suffix('s').is_some_and(|one| nouns.contains(one))
            || low
                .strip_suffix("ies")
                .is_some_and(|stem| nouns.contains(format!("{stem}y").as_str()))
    }

    /// Whether a lower-case word is a given name of either list.
    fn is_given_name(&self, low: &str) -> bool {
        self.female_names.contains(low) || self.male_names.contains(low)
    }
}

/// The words of `data/words/clause-words.tsv` with one of `roles`.
fn clause_words(roles: &[&str]) -> rustc_hash::FxHashSet<&'static str> {
    data_lines(include_str!("../../data/words/clause-words.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(_, role)| roles.contains(&role.trim()))
        .map(|(word, _)| word.trim())
        .collect()
}

/// Whether role word `held` is `role` or a kind of it ("astrophysicist" of "scientist").
fn role_is_kind_of(held: &str, role: &str) -> bool {
    held == role
        || speaker_words()
            .role_kinds
            .get(role)
            .is_some_and(|kinds| kinds.contains(&held))
}

fn speaker_words() -> &'static SpeakerWords {
    static WORDS: std::sync::OnceLock<SpeakerWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let role_kinds: rustc_hash::FxHashMap<&'static str, Vec<&'static str>> =
            data_lines(include_str!("../../data/words/role-kinds.tsv"))
                .filter_map(|l| {
                    let (role, kinds) = l.split_once('\t')?;
                    Some((role.trim(), kinds.split_whitespace().collect()))
                })
                .collect();
        let role_kind_words = role_kinds.values().flatten().copied().collect();
        SpeakerWords {
            described_adjectives: word_set(include_str!(
                "../../data/words/described-speaker-adjectives.txt"
            )),
            statement_verbs: word_set(include_str!("../../data/words/statement-verbs.txt")),
            statement_nouns: word_set(include_str!("../../data/words/statement-nouns.txt")),
            document_nouns: word_set(include_str!("../../data/words/document-nouns.txt")),
            venue_words: word_set(include_str!("../../data/words/venue-words.txt")),
            sign_nouns: word_set(include_str!("../../data/words/sign-nouns.txt")),
            clause_speech_verbs: word_set(include_str!("../../data/words/clause-speech-verbs.txt")),
            commitment_verbs: word_set(include_str!("../../data/words/commitment-verbs.txt")),
            female_names: word_set(include_str!("../../data/words/given-names-female.txt")),
            male_names: word_set(include_str!("../../data/words/given-names-male.txt")),
            gendered: data_lines(include_str!("../../data/words/gendered-nouns.txt"))
                .filter_map(|l| {
                    let (word, sex) = l.split_once('\t')?;
                    let g = match sex.trim() {
                        "f" => Gender::Female,
                        "m" => Gender::Male,
                        _ => return None,
                    };
                    Some((word.trim(), g))
                })
                .collect(),
            body_roles: word_set(include_str!("../../data/words/body-role-words.txt")),
            lede_roles: word_set(include_str!("../../data/words/lede-roles.txt")),
            body_name_words: data_lines(include_str!("../../data/words/body-name-words.tsv"))
                .filter_map(|l| {
                    let (noun, words) = l.split_once('\t')?;
                    Some((noun.trim(), words.split_whitespace().collect()))
                })
                .collect(),
            role_kinds,
            role_kind_words,
            act_object_verbs: word_set(include_str!("../../data/words/act-object-verbs.txt")),
            content_object_verbs: word_set(include_str!(
                "../../data/words/content-object-verbs.txt"
            )),
            occasion_nouns: word_set(include_str!("../../data/words/occasion-nouns.txt")),
            prepositions: clause_words(&["prep"]),
            clause_openers: clause_words(&["sub", "rel", "conj"]),
            subordinators: clause_words(&["sub"]),
            addressee_verbs: word_set(include_str!("../../data/words/addressee-verbs.txt")),
        }
    })
}

/// Whether `a` and `b` differ by one letter written in one of them and not the other.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    short[i..] == long[i + 1..]
}

/// Whether a word opens with the first letter of a statement verb (`statement-verbs.txt`): a
/// word before a determiner (most such words are no statement verb) is ruled out by a load
/// from a table of 256 before the set is hashed.
fn opens_like_a_statement_verb(low: &[u8]) -> bool {
    static FIRST: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut first = [false; 256];
        for w in &speaker_words().statement_verbs {
            if let Some(&b) = w.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        first
    });
    low.first().is_some_and(|&b| first[usize::from(b)])
}

/// Auxiliaries and modals: where one follows a subject, its noun phrase has ended.
/// One capital letter: an initial ("R" of "Carl R. Hale").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && chars.next().is_none()
}

/// Initials written with their stops as one word: "T.J.", "A.C.".
fn is_dotted_initials(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('.') && word.split_terminator('.').all(is_initial)
}

/// How many words tokens `a..b` hold.
fn word_count_of(t: &Text, a: usize, b: usize) -> usize {
    (a..b).filter(|&k| t.tokens[k].is_word()).count()
}

/// Lower-case particles inside personal names ("de", "van", "bin").
fn is_particle(low: &str) -> bool {
    matches!(
        low,
        "de" | "van" | "von" | "bin" | "al" | "da" | "di" | "du" | "le" | "la" | "del" | "der"
    )
}

/// Conjunctions that open a clause of their own: the clause's subject comes after them.
fn is_subordinator(low: &str) -> bool {
    matches!(
        low,
        "although" | "though" | "whereas" | "while" | "because" | "as" | "since" | "when"
    )
}

/// Adverbs that stand between a subject and its verb ("Roe also said", "he later told").
/// An adverb that may stand between a verb and the conjunction of a clause of time ("tweeted
/// soon after", "spoke shortly before", "said just after").
fn is_adverb_of_time(low: &str) -> bool {
    matches!(
        low,
        "soon" | "shortly" | "just" | "right" | "only" | "even" | "again" | "long"
    )
}

fn is_adverb_before_verb(low: &str) -> bool {
    matches!(
        low,
        "also"
            | "further"
            | "then"
            | "previously"
            | "later"
            | "recently"
            | "again"
            | "already"
            | "still"
            | "even"
            | "reportedly"
            | "publicly"
            | "initially"
            | "separately"
            | "meanwhile"
            | "today"
            | "yesterday"
            | "tonight"
    )
}

/// A word written as a brand is ("OrbitWorks", "PlayNet"): a capital after four or more
/// lower-case letters. Such a run is a product's or a body's name, not a person's, so a
/// body written alone is not expanded to it ("OrbitWorks said" is not "OrbitWorks Condor
/// Heavy"). Personal names with an inner capital have a short prefix ("McKay", "DeShawn",
/// "LaToya").
fn is_brand_word(word: &str) -> bool {
    let mut lower_run = 0;
    for c in word.chars() {
        if c.is_uppercase() && lower_run >= 4 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// A preposition that opens a role's complement ("envoy to the United Nations", "head of
/// the agency").
fn opens_complement(low: &str) -> bool {
    matches!(low, "of" | "at" | "for" | "in" | "to")
}

fn is_auxiliary(low: &str) -> bool {
    // "didn't", "wasn’t": a negated auxiliary.
    (low.len() > 3 && (low.ends_with("n't") || low.ends_with("n’t")))
        || matches!(
            low,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "do"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
        )
}

fn lex_phrase(lex: &Lexicon, a: &str, b: Option<&str>) -> bool {
    b.is_some_and(|b| lex.speech_phrases.iter().any(|(x, y)| x == a && y == b))
}

/// Punctuation that ends a clause for the relative-clause rules (a comma aside): a relative
/// clause does not run across it.
fn breaks_clause(c: char) -> bool {
    matches!(c, ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”')
}

/// Whether the capital initials of the words of `name` spell `abbr` (compared as they come,
/// not collected into a string for every name an acronym is tried against).
fn initials_are(name: &str, abbr: &str) -> bool {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .eq(abbr.chars())
}

/// `s.trim_end_matches(suffix)` for a string suffix, without the substring searcher that
/// `trim_end_matches` builds for one at every call (half a per cent of extraction, from
/// `push_name`).
fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// The tokens of `t` whose bytes in `hay` (the text, or its lower-cased copy) are exactly
/// `word`, in text order: every place `word` stands in `hay`, overlapping ones too, that a
/// token of the same length starts at.
fn tokens_spelt<'t>(
    t: &'t Text<'_>,
    hay: &'t [u8],
    word: &'t [u8],
) -> impl Iterator<Item = usize> + 't {
    let finder = memchr::memmem::Finder::new(word);
    let mut from = 0;
    std::iter::from_fn(move || {
        while from < hay.len() {
            let at = from + finder.find(&hay[from..])?;
            from = at + 1;
            let k = t.token_at(at);
            if t.tokens
                .get(k)
                .is_some_and(|x| x.start == at && x.end - x.start == word.len())
            {
                return Some(k);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::super::quotes;
    use super::*;

    fn speakers(s: &str) -> Vec<(String, Option<String>)> {
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let spans = quotes::find(&t);
        let people = People::new(&t, lex, &spans, &vec![false; t.tokens.len()]);
        people
            .attribute_quotes()
            .into_iter()
            .map(|q| (s[q.span.start..q.span.end].to_owned(), q.speaker))
            .collect()
    }

    #[test]
    fn tokens_spelt_are_those_a_scan_of_every_token_finds() {
        // The byte search answers as a scan of the tokens does: overlapping places ("nanana"
        // holds "nana" twice), places inside a longer word, across a line break, and in the
        // text or its lower-cased copy.
        let s = "Nana met nana and banana.\nNanana, nana! U.S. u.s. and us.s\nNana";
        let t = Text::new(s, Lexicon::get());
        for word in [
            "nana", "Nana", "nanana", "ana", "u.s.", "U.S.", "s", "us", ".",
        ] {
            for hay in [t.text.as_bytes(), t.lower.as_bytes()] {
                let by_scan: Vec<usize> = (0..t.tokens.len())
                    .filter(|&k| &hay[t.tokens[k].start..t.tokens[k].end] == word.as_bytes())
                    .collect();
                let spelt: Vec<usize> = tokens_spelt(&t, hay, word.as_bytes()).collect();
                assert_eq!(spelt, by_scan, "{word}");
            }
        }
        assert_eq!(tokens_spelt(&t, t.lower.as_bytes(), b"nana").count(), 4);
    }

    #[test]
    fn quotation_marks_are_found_by_their_bytes() {
        // The byte search answers as a test of every character does, for the four marks and
        // for other characters whose UTF-8 opens with the same byte (E2 80 ..).
        let marks = ['"', '“', '”', '‘'];
        for text in [
            "a plain line",
            "he said \"no\" twice",
            "the “plan” went on",
            "ends with ”",
            "‘quoted",
            "a dash — and a bullet • and ’ and … and ‚",
            "é and € and ‰",
            "",
        ] {
            assert_eq!(has_quotation_mark(text), text.contains(marks), "{text}");
        }
    }

    #[test]
    fn a_lone_given_name_is_who_a_pronoun_stands_for() {
        // The earlier paragraph names someone in full; the later one calls its subject by a
        // given name alone, and "he" goes on with him.
        let s = "The jeweller Victor Crane sold the ring in spring.\n\n\
                 Andrew does not recall the sale, but he recalls the long drive home. \
                 “The drive took us most of the night,” he said.";
        let got = speakers(s);
        assert_eq!(got[0].1.as_deref(), Some("Andrew"));
    }

    #[test]
    fn a_newer_verb_of_saying_attributes_its_quote() {
        let got = speakers(
            "The footage shows guards on the stairs.\n\n“Open this gate right now!” a guard shouts.",
        );
        let who: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(who, [Some("a guard")]);
    }

    #[test]
    fn a_name_after_a_town_is_a_person_before_an_appositive() {
        let got = speakers(
            "In Rome, Carl Bauer, the city's budget chief, said “we cannot pay for all of it.”",
        );
        assert_eq!(got[0].1.as_deref(), Some("Carl Bauer"));
    }

    #[test]
    fn the_one_heard_telling_speaks_not_who_heard() {
        let s = "Lena Ford sat near the front.\n\n\
                 She remembered the driver telling the riders: “We will stop here for ten minutes, so stay close.”";
        let got = speakers(s);
        assert_eq!(got[0].1.as_deref(), Some("the driver"));
    }

    #[test]
    fn a_team_after_the_is_not_who_he_is() {
        let s = "The club lost to the Avel Rovers on Sunday, and coach Sam Dunn left early.\n\n\
                 “We will talk about the next match later this week,” he said.";
        let got = speakers(s);
        assert_eq!(got[0].1.as_deref(), Some("Sam Dunn"));
    }

    #[test]
    fn a_place_after_to_is_not_part_of_the_name() {
        let got = speakers(
            "“I think the talks were useful,” said the former envoy to Chile Pedro Alves.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Pedro Alves"));
    }

    #[test]
    fn the_name_a_description_gives_speaks() {
        let got =
            speakers("“The river has never been this high,” said a neighbour named Iris Pope.");
        assert_eq!(got[0].1.as_deref(), Some("Iris Pope"));
    }

    #[test]
    fn said_before_and_after() {
        let got = speakers("Trade analyst Maria Ortiz said, “Prices will rise next year.” “It is not over,” Ortiz added.");
        assert_eq!(got[0].1.as_deref(), Some("Maria Ortiz"));
        assert_eq!(got[1].1.as_deref(), Some("Maria Ortiz"));
    }

    #[test]
    fn credits_titles_and_cited_sources() {
        let s = "Image copyright Acme Photos Image caption Crowds gathered at the quay\n\n\
                 In an interview with Harbour Weekly, the director said: “We never saw the storm coming at all.”\n\n\
                 “The attack was carried out by one of our own soldiers,” the agency cited the Ravel website.\n\n\
                 Trade Minister Ines Calder said: “These tariffs only deepen the quarrel.”\n\n\
                 The driver was not a member of any club or union, the sister of the driver, Ada Wren, from Dunmore, said.\n\n\
                 “No club. No union,” she told reporters.";
        let got = speakers(s);
        let names: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("the director"),
                Some("Ravel website"),
                Some("Ines Calder"),
                Some("Ada Wren"),
            ]
        );
    }

    #[test]
    fn inverted_and_described_speakers() {
        let got = speakers("“The plan cannot work at all,” said a retired railway engineer who asked not to be named.");
        assert_eq!(got[0].1.as_deref(), Some("a retired railway engineer"));
        let got = speakers(
            "Japanese and South Korean officials said: “The test flew over the sea again.”",
        );
        assert_eq!(
            got[0].1.as_deref(),
            Some("Japanese and South Korean officials")
        );
    }

    #[test]
    fn initials_hyphenated_given_names_and_participle_openers() {
        let s = "“We are left with very few good options,” said Carl R. Hale, a former envoy.\n\n\
                 What might fail? According to Mr. Vance, plenty. “This is only a first test flight,” he said.\n\n\
                 Lee Min-jun, the spokesman for the governor, said the office agreed.\n\n\
                 “The office wants talks with the other side at any time,” the spokesman said.\n\n\
                 Asked by reporters about the storm, Mayor Ruth Dane simply said “we will see about that, we will see”.";
        let got = speakers(s);
        let names: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("Carl R. Hale"),
                Some("Vance"),
                Some("Lee Min-jun"),
                Some("Ruth Dane"),
            ]
        );
    }

    #[test]
    fn appositives_and_colons() {
        let s = "The agency's director, Lena Park, told reporters:\n\n“We will publish every figure we hold.”";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Lena Park"));
    }

    #[test]
    fn appositives_after_the_quote_and_before_the_verb() {
        let s = "“The water came up to the windows,” Dana Frost, a retired teacher, told the local radio.";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Dana Frost"));
        let s = "“Nobody saw the boat until late,” a harbour official, Omar Vidal, said.";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Omar Vidal"));
        let s = "And as Ruth Ames, the director of the trust, told a broadcaster: “We keep every single receipt.”";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Ruth Ames"));
        let s = "A neighbor, Carla Brook, spoke to the paper.\n\n“I never heard a single noise,” she said.";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Carla Brook"));
    }

    #[test]
    fn inverted_said_without_a_quote_and_reports_within_reports() {
        let s = "Nine boats sank in the storm, said Ivo Marek, the harbour master.";
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let people = People::new(&t, lex, &[], &vec![false; t.tokens.len()]);
        assert_eq!(people.attribution_at(0).as_deref(), Some("Ivo Marek"));
        // "said the group would ...": a clause, not an inverted speaker.
        let s = "Ana Ruiz, the group's spokeswoman, said the group would “work with every single neighbour” soon.";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Ana Ruiz"));
        let s = "The Valley Courier reports that Lia Moss said the storm “took the roof clean off” overnight.";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("Lia Moss"));
    }

    #[test]
    fn pronouns_and_continued_paragraphs() {
        let s = "Mayor Tom Reyes spoke on Friday. He said, “The bridge opens in May for all traffic.”\n\n“Tolls will stay low for ten years.”";
        let got = speakers(s);
        assert_eq!(got[0].1.as_deref(), Some("Tom Reyes"));
        assert_eq!(got[1].1.as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn scare_quotes_have_no_speaker() {
        let got = speakers("The firm calls it a “once in a lifetime chance” to grow.");
        assert!(got.is_empty());
    }

    #[test]
    fn transcript_labels_name_every_paragraph_of_a_turn() {
        let s = "Host Sam Reed talks to Nina Holt, a reporter.\n\nSAM REED, HOST:\n\nWhat happened?\n\nHOLT: We counted 40 boats.\n\nAnd there were 300 people there.";
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let people = People::new(&t, lex, &[], &vec![false; t.tokens.len()]);
        let at = |w: &str| people.attribution_at(s.find(w).unwrap());
        assert_eq!(at("happened").as_deref(), Some("Sam Reed"));
        assert_eq!(at("40").as_deref(), Some("Nina Holt"));
        assert_eq!(at("300").as_deref(), Some("Nina Holt"));
        // A heading in capitals that names no one is no label.
        let s =
            "BREAKING NEWS: Storm hits the coast\n\nThe storm flooded 40 homes, officials said.";
        let t = Text::new(s, lex);
        let people = People::new(&t, lex, &[], &vec![false; t.tokens.len()]);
        assert_eq!(
            people.attribution_at(s.find("40").unwrap()).as_deref(),
            Some("officials")
        );
    }

    #[test]
    fn interview_labels_name_the_answerer() {
        let s = "We spoke to Ana Silva about it.\n\nWhat happened?\n\nAS: The deal closed in 2015 after “three very long weeks of talks”.";
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let spans = quotes::find(&t);
        let people = People::new(&t, lex, &spans, &vec![false; t.tokens.len()]);
        let at = s.find("2015").unwrap();
        assert_eq!(people.attribution_at(at).as_deref(), Some("Ana Silva"));
    }

    // ---- news attribution checklist (issue 16, item 2) ----------------------------------
    // Every sentence below is invented: the shapes are news style, the names and figures
    // are not from any article.

    /// The speaker of the first mention whose text is `needle`, by the whole extraction.
    fn mention_speaker(s: &str, needle: &str) -> Option<String> {
        let article = crate::model::article::Article::new("checklist", s);
        let out = crate::extract::extract(&article);
        let m = out.mentions.iter().find(|m| m.text == needle);
        assert!(
            m.is_some(),
            "no mention {needle:?} in {s:?}: {:?}",
            out.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        m.and_then(|m| m.speaker.clone())
    }

    fn quote_speakers(s: &str) -> Vec<Option<String>> {
        speakers(s).into_iter().map(|(_, sp)| sp).collect()
    }

    #[test]
    fn news_said_before_after_and_inverted_with_a_role() {
        assert_eq!(
            quote_speakers("Mara Lind said: “The harbour will reopen early next spring.”"),
            [Some("Mara Lind".into())]
        );
        assert_eq!(
            quote_speakers(
                "“We expect the line to reopen within days,” said Pavel Orban, a spokesman for Northline Rail."
            ),
            [Some("Pavel Orban".into())]
        );
        assert_eq!(
            mention_speaker(
                "The line carries 48,000 passengers a day, said Pavel Orban, a spokesman for Northline Rail.",
                "48,000"
            )
            .as_deref(),
            Some("Pavel Orban")
        );
    }

    #[test]
    fn news_according_to_told_and_added() {
        assert_eq!(
            mention_speaker(
                "The plant employs 420 people, according to Jonas Helder, the plant manager.",
                "420"
            )
            .as_deref(),
            Some("Jonas Helder")
        );
        let s =
            "“Nobody expected the water to rise so fast,” Irma Castel told the Valley Gazette.\n\n\
                 “It will take weeks to clear the mud from the streets,” Castel added.";
        assert_eq!(
            quote_speakers(s),
            [Some("Irma Castel".into()), Some("Irma Castel".into())]
        );
        assert_eq!(
            mention_speaker(
                "Irma Castel told the Valley Gazette that 35 homes were flooded.",
                "35"
            )
            .as_deref(),
            Some("Irma Castel")
        );
    }

    #[test]
    fn news_relative_clause_between_name_and_verb() {
        let s = "Tomas Reed, who has run the shelter for a decade, said: “We have never seen demand like this.”";
        assert_eq!(quote_speakers(s), [Some("Tomas Reed".into())]);
        let s =
            "Tomas Reed, who has run the shelter for a decade, said 90 families asked for help.";
        assert_eq!(mention_speaker(s, "90").as_deref(), Some("Tomas Reed"));
    }

    #[test]
    fn news_a_speaker_named_before_a_run_of_quotes() {
        let s = "Nadia Fenn, the head of the rescue team, described the scene to reporters.\n\n\
                 “The water was everywhere, up to the roofs of the cars.”\n\n\
                 “We pulled six people from a single car in the first hour.”";
        assert_eq!(
            quote_speakers(s),
            [Some("Nadia Fenn".into()), Some("Nadia Fenn".into())]
        );
    }

    #[test]
    fn news_organisations_statements_and_unnamed_groups() {
        let s = "Brightwell Foods, which employs 900 people, said it would close its plant in Corran.\n\n\
                 “We regret the impact this will have on our staff,” the company said in a statement.";
        assert_eq!(quote_speakers(s), [Some("Brightwell Foods".into())]);
        assert_eq!(
            mention_speaker("Three people were taken to hospital, police said.", "Three")
                .as_deref(),
            Some("police")
        );
        assert_eq!(
            mention_speaker(
                "About 2,000 residents were evacuated, officials said.",
                "About 2,000"
            )
            .as_deref(),
            Some("officials")
        );
        assert_eq!(
            mention_speaker("Police said 14 people were arrested overnight.", "14").as_deref(),
            Some("Police")
        );
    }

    #[test]
    fn news_described_speakers_keep_their_description() {
        assert_eq!(
            quote_speakers(
                "“The two sides are very close to a deal,” said a person familiar with the matter."
            ),
            [Some("a person familiar with the matter".into())]
        );
        assert_eq!(
            quote_speakers(
                "“The budget will be cut again next year,” a spokeswoman for the ministry said."
            ),
            [Some("a spokeswoman for the ministry".into())]
        );
    }

    #[test]
    fn news_pronouns_and_the_spokesman_resolve_to_the_person() {
        let s = "Lena Ostrova, the mayor, visited the flooded district on Monday.\n\n\
                 “We will rebuild every single house,” she said.";
        assert_eq!(quote_speakers(s), [Some("Lena Ostrova".into())]);
        let s = "Karl Imhof, a spokesman for the council, confirmed the closure.\n\n\
                 “The road will stay shut for at least a week,” the spokesman said.";
        assert_eq!(quote_speakers(s), [Some("Karl Imhof".into())]);
    }

    #[test]
    fn news_titles_are_dropped_and_names_expanded() {
        assert_eq!(
            quote_speakers(
                "Deputy Chief Constable Alan Pryce said: “Officers arrived within minutes of the first call.”"
            ),
            [Some("Alan Pryce".into())]
        );
        assert_eq!(
            quote_speakers("“We will not raise taxes this year,” Prime Minister Ilse Varga said."),
            [Some("Ilse Varga".into())]
        );
        let s = "Oskar Brandt runs the family firm.\n\n“Sales have never been this strong,” Brandt said.";
        assert_eq!(quote_speakers(s), [Some("Oskar Brandt".into())]);
    }

    #[test]
    fn news_present_tense_and_writing_verbs() {
        assert_eq!(
            quote_speakers(
                "“Prices will keep rising through the winter,” says Hanna Loy, an analyst at Corvex."
            ),
            [Some("Hanna Loy".into())]
        );
        assert_eq!(
            mention_speaker("Hanna Loy says the firm sold 3,000 units.", "3,000").as_deref(),
            Some("Hanna Loy")
        );
        assert_eq!(
            quote_speakers(
                "“The launch window opens later this week,” Dev Mallory wrote in a blog post."
            ),
            [Some("Dev Mallory".into())]
        );
        assert_eq!(
            quote_speakers("Dev Mallory tweeted: “We are go for launch this week.”"),
            [Some("Dev Mallory".into())]
        );
        assert_eq!(
            quote_speakers("Dev Mallory posted on Twitter: “We are go for launch this week.”"),
            [Some("Dev Mallory".into())]
        );
    }

    #[test]
    fn news_interviews_and_reporters() {
        assert_eq!(
            quote_speakers(
                "“I never planned to run for office,” Rosa Kell said in an interview with the Daily Ledger."
            ),
            [Some("Rosa Kell".into())]
        );
        assert_eq!(
            quote_speakers("“The fire is now under control,” Chief Omar Haddad told reporters."),
            [Some("Omar Haddad".into())]
        );
    }

    #[test]
    fn news_split_quotes_and_the_next_line() {
        let s = "Greta Moll watched the storm from her porch.\n\n\
                 “We did everything we could,” she said, “but the wind was far too strong.”";
        assert_eq!(
            quote_speakers(s),
            [Some("Greta Moll".into()), Some("Greta Moll".into())]
        );
        let s =
            "“We will appeal this ruling in every court we can.”\n\n— Mira Solberg, union lawyer";
        assert_eq!(quote_speakers(s), [Some("Mira Solberg".into())]);
    }

    #[test]
    fn news_headline_attribution() {
        let s =
            "Dana Holt: “We will not raise taxes this year”\n\nThe city budget was set on Monday.";
        assert_eq!(quote_speakers(s), [Some("Dana Holt".into())]);
    }

    #[test]
    fn news_figures_and_dates_take_the_attribution_or_the_quote() {
        let s = "Police said on Tuesday that 12 people were injured.";
        assert_eq!(mention_speaker(s, "12").as_deref(), Some("Police"));
        let s = "“We counted 40 boats in the bay,” said Ivo Marek, the harbour master.";
        assert_eq!(mention_speaker(s, "40").as_deref(), Some("Ivo Marek"));
        // The article's own narration has no speaker.
        let s = "The bridge, opened in 1962, carries 40,000 vehicles a day.";
        assert_eq!(mention_speaker(s, "40,000"), None);
        let s = "Ivo Marek said the storm was the worst he had seen.\n\n\
                 The harbour has 300 berths.";
        assert_eq!(mention_speaker(s, "300"), None);
    }

    #[test]
    fn a_verb_of_saying_in_a_lede_in_capitals_speaks() {
        let s = "NORTHWIND FREIGHT HAS REVEALED that it hired 300 drivers in May.";
        assert!(mention_speaker(s, "300").is_some());
        let s = "Northwind Freight Has Revealed Its Plan\n\nThe firm hired 300 drivers.";
        assert_eq!(mention_speaker(s, "300"), None);
    }

    #[test]
    fn a_pledge_or_a_threat_speaks_for_its_subject_and_as_per_is_according_to() {
        let s = "Northwind Freight pledged to hire 300 drivers by the spring.";
        assert_eq!(
            mention_speaker(s, "300").as_deref(),
            Some("Northwind Freight")
        );
        let s = "The union threatened to strike for 10 days.";
        assert_eq!(mention_speaker(s, "10 days").as_deref(), Some("The union"));
        // A pledge as a thing, and a pledge done, are no one's words.
        let s = "The pledge to hire 300 drivers was dropped.";
        assert_eq!(mention_speaker(s, "300"), None);
        let s = "Northwind Freight hired 300 drivers last spring.";
        assert_eq!(mention_speaker(s, "300"), None);
        let s = "The flood threatened to cut off 200 homes.";
        assert_eq!(mention_speaker(s, "200"), None);
        let s = "The mayor vowed to plant 5,000 trees.";
        assert_eq!(mention_speaker(s, "5,000").as_deref(), Some("The mayor"));
        let s = "Prosecutors alleged that the clerk took 40,000 dollars.";
        assert_eq!(
            mention_speaker(s, "40,000 dollars").as_deref(),
            Some("Prosecutors")
        );
        let s = "The agency projects that exports will fall 3 percent.";
        assert_eq!(
            mention_speaker(s, "3 percent").as_deref(),
            Some("The agency")
        );
        // Observing a thing is watching it, not saying anything.
        let s = "The researchers observed the comet for 17 nights.";
        assert_eq!(mention_speaker(s, "17"), None);
        let s = "The union threatened to strike last month.";
        assert_eq!(mention_speaker(s, "last month"), None);
        let s = "As per the harbour office, 40 boats were lost.";
        assert_eq!(
            mention_speaker(s, "40").as_deref(),
            Some("the harbour office")
        );
    }

    #[test]
    fn news_datelines_bylines_credits_places_and_months_never_speak() {
        let s = "LONDON (Wirewire) - More than 40 people were arrested, police said.";
        assert_eq!(
            mention_speaker(s, "More than 40").as_deref(),
            Some("police")
        );
        let s = "By Anna Teller\n\nThe dam holds 300 million cubic metres.\n\n\
                 The town has 5,000 residents.";
        assert_eq!(mention_speaker(s, "5,000"), None);
        let s =
            "A flooded street in Corran. (Photo: Jon Mare/Agency)\n\nThe town has 5,000 residents.";
        assert_eq!(mention_speaker(s, "5,000"), None);
        let s = "In Corran, 300 people marched in March, organisers said.";
        assert_eq!(mention_speaker(s, "300").as_deref(), Some("organisers"));
        let s = "“We are ready for the season,” Lindqvist said in March.";
        assert_eq!(quote_speakers(s), [Some("Lindqvist".into())]);
    }

    #[test]
    fn news_descriptions_with_a_named_paper_statements_and_possessives() {
        let s = "The case made him such a symbol that a columnist in the left-wing weekly Tallow Courier said he “could become the face of the whole movement”.";
        assert_eq!(
            quote_speakers(s),
            [Some(
                "a columnist in the left-wing weekly Tallow Courier".into()
            )]
        );
        let s = "Marta Quell founded the bakery in Corran.\n\n\
                 She ran it from 2004 to 2011, according to her company profile.";
        assert_eq!(
            mention_speaker(s, "from 2004 to 2011").as_deref(),
            Some("Marta Quell's company profile")
        );
        let s =
            "Two sailors were hurt, according to the Freedonian Consulate General in Port Avel.";
        assert_eq!(
            mention_speaker(s, "Two").as_deref(),
            Some("Freedonian Consulate General in Port Avel")
        );
        let s = "Corvex Mining said the pit would close.\n\n\
                 On Monday, the company issued a statement: “We will keep all 200 jobs until the end of the year.”";
        assert_eq!(quote_speakers(s), [Some("Corvex Mining".into())]);
    }

    #[test]
    fn news_datelines_adverbs_pronouns_months_and_titles() {
        let s = "KORVIK, Norland, Oct 19 (Wirewire) - Since the storm, harbour master Ivo Marek says 40 boats have been lost.";
        assert_eq!(mention_speaker(s, "40").as_deref(), Some("Ivo Marek"));
        let s = "Port Avel, Norland (Wirewire) Mayor Lena Ostrova said 300 homes were damaged.";
        assert_eq!(mention_speaker(s, "300").as_deref(), Some("Lena Ostrova"));
        let s = "Lena Ostrova visited the shelter.\n\n\
                 Ostrova also called on the region to do more, stating: “We need at least four more shelters.”";
        assert_eq!(quote_speakers(s), [Some("Lena Ostrova".into())]);
        let s = "Karl Imhof met the press.\n\n\
                 Asked about the dam, Imhof said, “It held.” after he said that the river had “risen faster than in any year we know of.”";
        assert!(quote_speakers(s)
            .iter()
            .all(|sp| sp.as_deref() == Some("Karl Imhof")));
        let s =
            "The band posted three photos on Tuesday, Dec. 26, writing that the tour would go on.";
        assert_ne!(mention_speaker(s, "three").as_deref(), Some("Dec"));
        let s = "Last week, Norland Interior Minister Piet de Vries announced that 1,200 officers would be hired.";
        assert_eq!(
            mention_speaker(s, "1,200").as_deref(),
            Some("Piet de Vries")
        );
        let s = "British Ambassador to the United Nations Ida Brenn said the test was “a grave and reckless act”.";
        assert_eq!(quote_speakers(s), [Some("Ida Brenn".into())]);
        let s = "Singer Ama Rilke said: “I will be back on stage by the spring.”";
        assert_eq!(quote_speakers(s), [Some("Ama Rilke".into())]);
        let s = "The German newspaper Korvik Tidende said on Monday that 30 ships had been seized.";
        assert_eq!(mention_speaker(s, "30").as_deref(), Some("Korvik Tidende"));
        let s = "A senior trade official with knowledge of the talks told reporters that two ships were involved.";
        assert_eq!(
            mention_speaker(s, "two").as_deref(),
            Some("A senior trade official with knowledge of the talks")
        );
    }

    #[test]
    fn news_sources_roles_with_names_and_estimates() {
        let s = "Grain prices fell 12 percent on Tuesday, data from Korvex Markets showed.";
        assert_eq!(
            mention_speaker(s, "12 percent").as_deref(),
            Some("Korvex Markets")
        );
        let s = "Germany's interior minister, Lai Oban, told reporters 21 sailors were freed.";
        assert_eq!(mention_speaker(s, "21").as_deref(), Some("Lai Oban"));
        let s = "Germany says 21 sailors were freed on Sunday.";
        assert_eq!(mention_speaker(s, "21").as_deref(), Some("Germany"));
        let s = "Norland Space Office said the probe was lost. The agency estimates the probe will fall between late March and early April.";
        assert_eq!(
            mention_speaker(s, "late March").as_deref(),
            Some("Norland Space Office")
        );
    }

    #[test]
    fn news_a_lede_description_is_named_in_the_next_paragraphs() {
        let s = "SPRINGFIELD, Ohio — A Springfield woman says her water bill came to more than $9 million.\n\n\
                 Dana Kell says she could not believe her eyes.";
        assert_eq!(
            mention_speaker(s, "more than $9 million").as_deref(),
            Some("Dana Kell")
        );
    }

    #[test]
    fn passives_imperatives_and_subjects_by_the_clause_of_the_verb() {
        // A passive with a negation or an adverb between names no speaker.
        let s = "The new ferry isn't expected until next year; the yard is busy.";
        assert_eq!(mention_speaker(s, "next year"), None);
        let s = "The new ferry is not expected until next year.";
        assert_eq!(mention_speaker(s, "next year"), None);
        // A bare verb of saying after ", then" bids; it reports no one's words.
        let s = "Warm the pot for a minute or so, then add a cup of flour.";
        assert_eq!(mention_speaker(s, "a minute or so"), None);
        // After ", said", a noun phrase naming the speaker; the name that closes it speaks.
        let s = "Layoffs will be announced on Friday in two depots, said the Wexo Group's recently named executive chair Ivo Marek in a note to the crews.";
        assert_eq!(
            mention_speaker(s, "on Friday").as_deref(),
            Some("Ivo Marek")
        );
        // A bare plural of people after a joint of clauses is the verb's subject.
        let s = "The carrier agreed to buy 30 trams, executives of both firms announced.";
        assert_eq!(
            mention_speaker(s, "30").as_deref(),
            Some("executives of both firms")
        );
        let s = "As Jane Roe writes in the Gazette, the cases came to light when authorities in Avel announced that two people were ill.";
        assert_eq!(
            mention_speaker(s, "two").as_deref(),
            Some("authorities in Avel")
        );
        let s = "Ivo Marek says that will let crews work, with forecasters predicting more snow on Thursday.";
        assert_eq!(
            mention_speaker(s, "on Thursday").as_deref(),
            Some("forecasters")
        );
        // A verb inside brackets takes its subject inside them.
        let s = "The chip also saves power (Norland says it uses 10 percent less).";
        assert_eq!(mention_speaker(s, "10 percent").as_deref(), Some("Norland"));
        // A date fronted in a clause of its own after ", and" dates the announcing.
        let s = "Two girls escaped at once, and in May, the ministry announced that one girl had been found.";
        assert_eq!(mention_speaker(s, "in May"), None);
    }

    #[test]
    fn subjectless_modal_and_passive_verbs_speak_for_no_one() {
        // A participle after "if", a modal, and a passive after "be" report no one's words.
        let s = "Beyond it lies a cluster of 400 comets, a recent finding that if confirmed could widen the map.";
        assert_eq!(mention_speaker(s, "400"), None);
        let s = "Radar can reveal odd things, such as the same moon wobbling three times.";
        assert_eq!(mention_speaker(s, "three times"), None);
        let s = "Rumours suggest that the handset could be unveiled at the fair on 12 March 2031.";
        assert_ne!(
            mention_speaker(s, "12 March 2031").as_deref(),
            Some("the handset")
        );
        // Adding a number is scoring, not speaking.
        let s = "Tomas Vrba scored 20 points, with Ivo Marek adding 11 rebounds.";
        assert_eq!(mention_speaker(s, "11"), None);
    }

    #[test]
    fn a_person_named_after_her_role_or_an_owner_speaks() {
        assert_eq!(
            quote_speakers("“A big day for the club,” Westport coach Dana Kell said."),
            [Some("Dana Kell".into())]
        );
        assert_eq!(
            quote_speakers("“The release slipped to the spring,” said Gadgetwire's Tomas Vrba."),
            [Some("Tomas Vrba".into())]
        );
        assert_eq!(
            quote_speakers(
                "Norland's Foreign Ministry spokesperson Ilse Varga said the charges “do not accord with the facts at all.”"
            ),
            [Some("Ilse Varga".into())]
        );
        // The subject of a sentence read through a title inside the name's run.
        let s = "Ferro County Executive Dana Kell signed an order which she said would allow \"the crews to be paid on time.\"";
        assert_eq!(quote_speakers(s), [Some("Dana Kell".into())]);
        // "Westport coach Dana Kell tweeted": the person, not the club, is the subject.
        let s = "Westport Rovers coach Tomas Vrba tweeted that the league needs “a hard look at its rules.”\n\n\
                 “Nobody answered our letters for a month,” he said.";
        assert_eq!(quote_speakers(s)[1].as_deref(), Some("Tomas Vrba"));
    }

    #[test]
    fn long_appositives_and_where_words_went() {
        let s = "“We are thrilled with this result,” Dr. Ilse Varga, an associate professor of soil chemistry at the institute and the head of the new field study, said in a statement.";
        assert_eq!(quote_speakers(s), [Some("Ilse Varga".into())]);
        let s = "“You have the wrong house,” wrote one buyer from his work account to a trader.";
        assert_eq!(quote_speakers(s), [Some("one buyer".into())]);
        // An infinitive after "asked" names no speaker.
        let s =
            "When the paper asked for comment, a spokeswoman first asked to read the 40 letters.";
        assert_ne!(
            mention_speaker(s, "40").as_deref(),
            Some("to read the 40 letters")
        );
    }

    #[test]
    fn a_nationality_opening_a_body_name_stays() {
        let s = "Canadian Airlines flew 300 flights. The airline said it does “not tolerate rudeness of any kind.”";
        assert_eq!(quote_speakers(s), [Some("Canadian Airlines".into())]);
    }

    #[test]
    fn pronouns_agree_with_the_sex_a_name_or_title_tells() {
        // "she" passes over the last man named for the woman before him.
        let s = "Laura Finch was removed from the flight after a row.\n\n\
                 Coach Peter Vance tweeted that the crew needs “better training for everyone on board.”\n\n\
                 “I never said a thing to anyone,” she said.";
        assert_eq!(quote_speakers(s)[1].as_deref(), Some("Laura Finch"));
        // A title tells it too.
        let s = "Mrs. Okafor opened the meeting. Later Mr. Brandt arrived with the papers.\n\n\
                 “We waited far too long for this,” she said.";
        assert_eq!(quote_speakers(s), [Some("Okafor".into())]);
    }

    #[test]
    fn a_lone_name_between_paragraphs_named_nowhere_else_is_a_credit() {
        // The photographer's name left where the photo stood is no one "he" stands for.
        let s = "When Tomas Vrba read the script, the first pages had him worried.\n\n\
                 Kell Morrow\n\n\
                 “I felt like I had done this before and more than once,” he said.";
        assert_eq!(quote_speakers(s), [Some("Tomas Vrba".into())]);
        // A subheading that names someone the text names again is no credit.
        let s = "The crew came back from the desert in May.\n\n\
                 Kell Morrow\n\n\
                 “I felt like I had done this before and more than once,” he said.\n\n\
                 Morrow joined the crew in the spring.";
        assert_eq!(quote_speakers(s), [Some("Kell Morrow".into())]);
    }

    #[test]
    fn a_pronoun_in_the_sentence_a_person_opens_tells_the_persons_sex() {
        // "Avo Brant ... with his mother Dana": Brant is a man, so "she" is Dana.
        let s = "Avo Brant fell into the pond while visiting the park with his mother Dana on Sunday.\n\n\
                 “He was pulled out by a stranger in a red coat,” she said.";
        assert_eq!(quote_speakers(s), [Some("Dana".into())]);
        // Not past another name: "his" may be that one's.
        let s = "Avo Brant met Kell Morrow and his mother Dana on Sunday.\n\n\
                 “We talked about the pond for an hour or more,” she said.";
        assert_ne!(quote_speakers(s), [Some("Dana".into())]);
    }

    #[test]
    fn photo_credits_in_brackets_name_no_one() {
        let s = "Dana Kell said she was leaving the band. (Peter Vance/Northfoto/Wire)\n\n\
                 “We just live in different cities and it got hard,” she wrote.";
        assert_eq!(quote_speakers(s), [Some("Dana Kell".into())]);
    }

    #[test]
    fn clauses_after_adverbials_colons_and_brackets() {
        let s = "Speaking at the Alpine Summit, the prime minister said last Wednesday: “Small platforms can become home to thieves.”";
        assert_ne!(quote_speakers(s)[0].as_deref(), Some("Alpine Summit"));
        let s = "One thing is certain already: Tomas Vrba says next month's opening will be “loud and very bright.”";
        assert_eq!(quote_speakers(s), [Some("Tomas Vrba".into())]);
        // An attribution in brackets governs only what the brackets hold.
        let s = "Vrba says the red car (his own, according to earlier posts) is bound for orbit “on a slow and very long path.”";
        assert_eq!(quote_speakers(s), [Some("Vrba".into())]);
        let s = "The site had 1.2 million visits in 2019 (the last year its owners publicly revealed numbers).";
        assert_eq!(mention_speaker(s, "1.2 million"), None);
        let s = "True, but one could have said as much of the firm when it bought a rival in 2015.";
        assert_eq!(mention_speaker(s, "in 2015"), None);
    }

    #[test]
    fn possessives_before_things_and_what_an_owner_holds() {
        // "Jane Roe's Acme" is the firm, not a person: "he" passes over it.
        let s = "Tomas Vrba's Rocketco has revealed pictures of the car.\n\n\
                 “It will stay up there for a very long time,” he said on Twitter.";
        assert_eq!(quote_speakers(s), [Some("Tomas Vrba".into())]);
        let s = "Fruitco's guidelines for phone apps say that such apps “do not belong in the store at all.”";
        assert_eq!(quote_speakers(s), [Some("Fruitco's guidelines".into())]);
    }

    #[test]
    fn a_surname_expands_to_a_full_name_written_before_it_or_in_the_headline() {
        let s = "Why Laura Finch Is Still Angry\n\n\
                 “I felt so bad about all of it,” Finch says.\n\n\
                 Her father, Peter Finch, teaches history at a college.\n\n\
                 “It took me years to stop,” she says.";
        assert_eq!(
            quote_speakers(s),
            [Some("Laura Finch".into()), Some("Laura Finch".into())]
        );
    }

    #[test]
    fn the_airline_what_was_asked_and_predicate_descriptions() {
        // "the airline" is the body whose name has an airline's word, not a city named more.
        let s = "A Norland Air Lines jet returned to Westport after a bird got in. Norland Air Lines crews flew on to Westport later.\n\n\
                 The airline says in a statement that soon after departure on Saturday, 2 pilots saw the bird.";
        assert_eq!(
            mention_speaker(s, "2").as_deref(),
            Some("Norland Air Lines")
        );
        // "asked about the scandal": what was asked names no one.
        let s = "When asked about the scandal at the 2031 premiere, she said she was waiting.";
        assert_ne!(
            mention_speaker(s, "2031").as_deref(),
            Some("about the scandal at the 2031 premiere")
        );
        // A description that says what someone named is stands for no one else.
        let s = "“I was so angry at him,” Laura Finch says.\n\n\
                 Her father, Peter Finch, is a professor of history at a college.\n\n\
                 “I gave in at last,” she remembers.";
        assert_eq!(quote_speakers(s)[1].as_deref(), Some("Laura Finch"));
    }

    #[test]
    fn an_owned_source_speaks_as_written() {
        let s =
            "The ape came to the city in 2015. According to the park's website, it houses 14 apes.";
        assert_eq!(
            mention_speaker(s, "14").as_deref(),
            Some("the park's website")
        );
    }

    #[test]
    fn a_holiday_is_no_one() {
        let s = "Tomas Vrba spoke on Monday.\n\n\
                 He came back to the theme in his New Year's speech, saying the country would build “more ships than ever before.”\n\n\
                 “The whole coast is within our reach,” he said.";
        assert_eq!(quote_speakers(s)[1].as_deref(), Some("Tomas Vrba"));
    }

    #[test]
    fn a_quote_opened_by_its_own_verb_keeps_it() {
        // In one long paragraph, the next sentence's "X said:" introduces the next quote.
        let s = "A palace spokesman said the queen was kept informed. He stressed: “Divers will go down again at first light.” Mara Lind today said: “We will rebuild the pier by spring.” She added: “The ferry will run again on Monday.” Finance chief Pavel Orban tweeted: “Shocked by the damage. The harbour must reopen soon.” Party hopeful Tomas Vrba announced that he would cancel the launch.";
        assert_eq!(
            quote_speakers(s),
            [
                Some("A palace spokesman".into()),
                Some("Mara Lind".into()),
                Some("Mara Lind".into()),
                Some("Pavel Orban".into())
            ]
        );
        // "so-called" is an adjective, not a speech verb.
        let s = "The files in the so-called Harbour Papers, “show how a global industry hides the estates of the rich,” the weekly wrote.";
        assert_eq!(quote_speakers(s), [Some("the weekly".into())]);
    }

    #[test]
    fn a_name_before_a_role_in_a_body_is_the_body() {
        let s = "Rocketco chief Pavel Orban said the car will launch in January.\n\n\
                 Rocketco has revealed pictures of the car on Friday.\n\n\
                 “It should stay up there for years,” he said on Twitter.";
        assert_eq!(quote_speakers(s), [Some("Pavel Orban".into())]);
        let s = "The Prime Minister's Bureau rejected the claims, stating, \"The tender was settled long before the visit.\"";
        assert_eq!(quote_speakers(s), [Some("Prime Minister's Bureau".into())]);
    }

    #[test]
    fn openers_and_an_empty_it_are_no_one() {
        let s =
            "Ever since the storm on Friday, seaweed farmer Ilse Varga says she's been on edge.";
        let got = mention_speaker(s, "on Friday");
        assert!(
            got.as_deref().is_some_and(|g| g.ends_with("Ilse Varga")),
            "{got:?}"
        );
        let s = "It seems worth noting that Pavel Orban arrived at the hearing by bicycle.\n\n\
                 “Let me see those lights, Northport! Louder now,” he hollered.";
        assert_eq!(quote_speakers(s), [Some("Pavel Orban".into())]);
    }

    #[test]
    fn with_someone_saying_names_the_speaker() {
        let s = "Northport welcomed the move, with press secretary Ilse Varga saying 'it creates an environment for talks at all times'.";
        assert_eq!(quote_speakers(s), [Some("Ilse Varga".into())]);
        let s = "Pavel Orban met with officials on Monday, saying the plan was “good for the harbour and the town.”";
        assert_eq!(quote_speakers(s), [Some("Pavel Orban".into())]);
        let s = "Orban had a phone call with Ilse Varga after the storm saying the two had agreed \"to meet again within the month.\"";
        assert_eq!(quote_speakers(s), [Some("Orban".into())]);
    }

    #[test]
    fn a_place_named_like_a_person_is_not_who_he_is() {
        let s = "Workers from Port Avel met Jon Marek on Monday.\n\n\
                 Later that day he revealed plans for 12 more plants.";
        assert_eq!(mention_speaker(s, "12").as_deref(), Some("Jon Marek"));
    }

    #[test]
    fn openers_conjunctions_and_roles_before_a_name() {
        let s = "Lead author of the survey, Professor Ada Quist, said: \"We tracked the two currents for six months.\"";
        assert_eq!(quote_speakers(s), [Some("Ada Quist".into())]);
        let s = "Earlier last week Corvex said its new mine would open 12 days late.";
        assert_eq!(mention_speaker(s, "12 days").as_deref(), Some("Corvex"));
        let s = "Less pleasant was the long commute, though Nola Brandt did say that it was fine for 12 hours a week.";
        assert_eq!(
            mention_speaker(s, "12 hours").as_deref(),
            Some("Nola Brandt")
        );
        let s = "But a former auditor of harbour accounts for the Avonian government called the plan \"a welcome part of modern life\".";
        assert_eq!(
            quote_speakers(s),
            [Some(
                "a former auditor of harbour accounts for the Avonian government".into()
            )]
        );
        let s = "But Ilan Korver, a farmer from the northern valley and a former mayor, said of the plan, “They are hiding behind the word safety once again.”";
        assert_eq!(quote_speakers(s), [Some("Ilan Korver".into())]);
        let s = "Council member Ada Quist of the small Green party explained that the money had gone to the \"regional boards each spring for 17 years\" without fail.";
        assert_eq!(quote_speakers(s), [Some("Ada Quist".into())]);
    }

    #[test]
    fn clauses_after_a_verb_reports_as_nouns_and_claims_to_be() {
        let s = "The mayor's anger came after the weekly paper Kista Posten, citing two clerks, reported that 30 permits had been sold.";
        let got = mention_speaker(s, "30");
        assert!(
            got.as_deref().is_some_and(|g| g.ends_with("Kista Posten")),
            "{got:?}"
        );
        let s =
            "On Tuesday, the South Korean weekly Kista Posten claimed that 40 permits were sold.";
        let got = mention_speaker(s, "40");
        assert!(
            got.as_deref().is_some_and(|g| g.ends_with("Kista Posten")),
            "{got:?}"
        );
        let s = "Jana Roe, a clerk who was at the desk when the lights failed, described the night, saying: \"People ran in every direction at once.\"";
        assert_eq!(quote_speakers(s), [Some("Jana Roe".into())]);
        let s =
            "The vote follows a Westland report that Norland traders have sold grain to 12 buyers.";
        assert_eq!(mention_speaker(s, "12"), None);
        let s = "A woman who joined the club in April 2026 claiming to be a doctor was charged.";
        assert_eq!(mention_speaker(s, "in April 2026"), None);
    }

    #[test]
    fn a_sentence_about_another_name_carries_no_speaker() {
        let s = "Norland ships met 12 vessels in October, Ravel Dorn said on Monday. Norland denied the report on Tuesday.";
        assert_eq!(mention_speaker(s, "on Tuesday"), None);
        // Nor does the next sentence about the speaker's own family: only the sentence counts.
        let s = "Stefan Lund lived alone. The pair had run a bakery for 12 years, his brother Eric Lund said on Monday. Mr. Lund's mother was fined 300 euros.";
        assert_eq!(mention_speaker(s, "300 euros"), None);
    }

    #[test]
    fn a_role_no_one_else_holds_is_the_person_the_story_opens_on() {
        let s = "Nola Brandt has said casting the film was \"one of the hardest choices of my life\".\n\n\
                 Ada Quist said she was proud of the film.\n\n\
                 The director said: \"I would do it all again in a heartbeat.\"";
        assert_eq!(
            quote_speakers(s),
            [Some("Nola Brandt".into()), Some("Nola Brandt".into())]
        );
        // A spokesman is someone else's.
        let s = "Nola Brandt has won the award.\n\nThe spokesman said: \"We are all thrilled for her team.\"";
        assert_ne!(quote_speakers(s), [Some("Nola Brandt".into())]);
    }

    #[test]
    fn labels_objects_and_things_seen_are_no_one() {
        // One capitalised word that labels a caption is no body.
        let s = "Payload: Corvex showed the car on Friday.\n\n\
                 Corvex said it had put off the opening, and Corvex staff agreed.\n\n\
                 The firm said it still plans to test 12 engines.";
        assert_eq!(mention_speaker(s, "12").as_deref(), Some("Corvex"));
        // A gerund that is another verb's object reports nothing.
        let s = "Foreign agents staged the protest, a party paper claimed, as local outlets avoided reporting the 12 arrests.";
        assert_ne!(mention_speaker(s, "12").as_deref(), Some("local outlets"));
        // A thing described is no one a pronoun stands for.
        let s = "Lia Moreno read the news on state radio.\n\n\
                 An image from the Norland News Agency shows the launch.\n\n\
                 “The launch went perfectly and we are very proud of it,” she said.";
        assert_eq!(quote_speakers(s), [Some("Lia Moreno".into())]);
    }

    #[test]
    fn she_is_the_woman_named_earlier_in_her_sentence() {
        let s = "Coach Tom Berra said he would retire.\n\n\
                 He recalled that while he was fishing with his sister Ilvi Dask, she told \
                 him the boat had cost 40 euros.";
        // (Her given name is in no list: "sister" tells her sex.)
        assert_eq!(mention_speaker(s, "40 euros").as_deref(), Some("Ilvi Dask"));
        // Not a man named inside a relative clause.
        let s = "Dov Arel, a former minister, spoke at the forum.\n\n\
                 Pointing to the budget, which Mr. Ben Lior voted against, he said the 12 ports would stay open.";
        assert_eq!(mention_speaker(s, "12").as_deref(), Some("Dov Arel"));
    }

    #[test]
    fn a_headline_names_in_full_the_one_the_body_calls_by_surname() {
        // The given name is in no list; the body writes it alone, and names a relative in full.
        let s = "Why Zelle Brandt Left the Stage\n\n\
                 Brandt has spent a year away from film.\n\n\
                 Her father, Oskar Brandt, is a teacher who thinks Zelle is a great talent.\n\n\
                 \u{201c}I needed the quiet more than I needed the work,\u{201d} Brandt says.";
        assert_eq!(quote_speakers(s), [Some("Zelle Brandt".into())]);
        // Without the given name alone in the body, the headline's words are not a name.
        let s = "Why Zelle Brandt Left the Stage\n\n\
                 Oskar Brandt is a teacher in a small town.\n\n\
                 \u{201c}I needed the quiet more than I needed the work,\u{201d} Brandt says.";
        assert_eq!(quote_speakers(s), [Some("Oskar Brandt".into())]);
    }

    #[test]
    fn he_is_never_one_word_in_lower_case() {
        let s = "Ilan Korver, one of the league\u{2019}s loudest voices, is leaving the club after five seasons as its coach.\n\n\
                 The 61-year-old two-time Manager of the Season, known for his flat caps, loud talk and bold \u{201c}win it, or bust\u{201d} attack, announced the decision on Monday.\n\n\
                 \u{201c}It has been a wonderful ride for all of us,\u{201d} he said.";
        assert_eq!(quote_speakers(s), [Some("Ilan Korver".into())]);
    }

    #[test]
    fn openers_before_the_subject_are_no_one() {
        // A place set off after an adverbial is the town's country, not the speaker.
        let s = "At a summit in Lucerne, Switzerland, Finance Minister Jane Doe said: \u{201c}We will open our markets to every partner.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Jane Doe".into())]);
        let s = "In Portvale, Norland, Mayor Ruth Dane said the town \u{201c}will rebuild every home that was lost\u{201d} soon.";
        assert_eq!(quote_speakers(s), [Some("Ruth Dane".into())]);
        // A sentence adverb alone before the comma.
        let s = "Similarly, Deputy Chairman of the Farm Committee Oleg Varnov also warned that \u{201c}no plan can work without the growers.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Oleg Varnov".into())]);
        // A participle with a question word after it.
        let s = "Asked whether the ministry would pay the growers, agriculture ministry spokesman Wen Tao said: \u{201c}For such questions, I have no answer.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Wen Tao".into())]);
    }

    #[test]
    fn a_source_that_quoted_a_name_as_saying_gives_the_name_alone() {
        // "the agency quoted Roe as saying": the name speaks, without the "as" after it.
        let s = "\u{201c}The wells will be dry by spring,\u{201d} the Norland Wire quoted Prell as saying.";
        assert_eq!(quote_speakers(s), [Some("Prell".into())]);
    }

    #[test]
    fn passive_quoting_participles_and_clauses_after_the_quote() {
        // "X was quoted by Y as saying": X speaks.
        let s = "\u{201c}We are deeply worried about the drought and the prices,\u{201d} farm union chief Ana Prell was quoted by the Farm Gazette as saying.";
        assert_eq!(quote_speakers(s), [Some("Ana Prell".into())]);
        // A participle after the quote goes on with the sentence's speaker.
        let s = "Mill owner Tomas Ruud spoke on Monday. He also confirmed the mill will have a \u{201c}capacity of five million tonnes a year,\u{201d} adding the first harvest will run at full speed.";
        assert_eq!(quote_speakers(s), [Some("Tomas Ruud".into())]);
        // A clause opened by "although" after the quote has words of its own.
        let s = "Tomas Ruud runs the mill. He has since told the radio he \u{201c}made the whole story up\u{201d} - although aides insist the mill will open.";
        assert_eq!(quote_speakers(s), [Some("Tomas Ruud".into())]);
        // Who released the statement speaks, not the statement.
        let s = "Her lawyer issued a statement saying, \u{201c}Ms. Ruud has broken no rule of the guild.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Her lawyer".into())]);
    }

    #[test]
    fn she_is_never_a_plural_group_or_a_role_in_someones_words() {
        let s = "Lena Marsh left the show in May.\n\n\
                 Producers were unhappy with her choice.\n\n\
                 \u{201c}I no longer wanted any part of it,\u{201d} she says.";
        assert_eq!(quote_speakers(s), [Some("Lena Marsh".into())]);
        // A role in a quote is no one the next "the director" can stand for: the director is
        // the person the story opens on.
        let s = "Rosa Kettle has said her last film was her hardest.\n\n\
                 \u{201c}As a director, you learn to say no to people,\u{201d} she said.\n\n\
                 The director said: \u{201c}We will film the last scene again next spring.\u{201d}";
        assert_eq!(
            quote_speakers(s),
            [Some("Rosa Kettle".into()), Some("Rosa Kettle".into())]
        );
    }

    #[test]
    fn an_attribution_closing_the_sentence_governs_the_quote_before_it() {
        // Inverted, after the words that finish the quoted sentence; a leading initial.
        let s = "\u{201c}It takes a minister who has the patience and the depth\u{201d} to deal with the growers, said R. Dalton Finch, who served as farm envoy.";
        assert_eq!(quote_speakers(s), [Some("R. Dalton Finch".into())]);
        let s = "The plan \u{201c}will put every grower out of work\u{201d} within a year, said Farm Minister Ilse Brook.";
        assert_eq!(quote_speakers(s), [Some("Ilse Brook".into())]);
        // A short subject and its verb close the sentence.
        let s = "Rather than backing measures that \u{201c}threaten the income of every grower,\u{201d} the board should listen to the farmers, Ilse Brook said.";
        assert_eq!(quote_speakers(s), [Some("Ilse Brook".into())]);
        // A speech verb after "should" reports no speech: the closing verb still governs.
        let s = "Rather than backing plans that \u{201c}hurt the income of every grower,\u{201d} Dunmore should instead reply to the farmers' letters, Ilse Brook said.";
        assert_eq!(quote_speakers(s), [Some("Ilse Brook".into())]);
        let s = "The board must reply to all 40 letters the growers sent.";
        assert_eq!(mention_speaker(s, "40"), None);
        // The subject before an appositive, not the object of "told".
        let s = "The market is a \u{201c}place that has long welcomed every trader,\u{201d} Ilse Brook, director of the Farm Trust, a growers' charity, told the magazine.";
        assert_eq!(quote_speakers(s), [Some("Ilse Brook".into())]);
    }

    #[test]
    fn relative_clauses_and_time_openers_are_no_subject() {
        let s = "A farmhand who works at the mill, whom Radio Nord would not name, said the tractor \u{201c}flattened every fence along the lane.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("A farmhand".into())]);
        let s = "Hours after the storm hit the coast, the Harbour News Service, which residents say is the only source left, issued a notice: \u{201c}Stay away from the quay until further notice.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Harbour News Service".into())]);
    }

    #[test]
    fn she_is_the_wife_named_in_the_sentence_before() {
        let s = "Tom Baker sat with his wife Anna in the kitchen.\n\n\
                 She told him: \u{201c}We should sell the farm before the winter comes.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Anna".into())]);
    }

    #[test]
    fn inverted_said_before_a_hyphened_name() {
        let s = "The talks will last 40 days, said Jane Lee-Roe.";
        assert_eq!(mention_speaker(s, "40 days"), Some("Jane Lee-Roe".into()));
        let s = "The talks will last 40 days, said Dal Min-seo, an expert at Teland University. \u{201c}No one expects a deal,\u{201d} he said.";
        assert_eq!(mention_speaker(s, "40 days"), Some("Dal Min-seo".into()));
        assert_eq!(quote_speakers(s), [Some("Dal Min-seo".into())]);
    }

    #[test]
    fn a_role_of_two_words_is_the_person_last_named_with_both() {
        let s = "Chief Minister Tova Renn met the growers. Later the chief minister told them \u{201c}the plan will go ahead this year.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("Tova Renn".into())]);
        // A word the name was not given is no title of hers: someone else.
        let s = "Minister Tova Renn met the growers. Later the former minister told them \u{201c}the plan will go ahead this year.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("the former minister".into())]);
    }

    #[test]
    fn a_verb_that_is_also_a_noun_speaks_right_after_the_quote() {
        let s = "Seed sellers are back.\n\n\u{201c}Cheap copies of the seed are flooding every market this spring,\u{201d} reports the Growers Trade Board.";
        assert_eq!(quote_speakers(s), [Some("Growers Trade Board".into())]);
    }

    #[test]
    fn a_heading_in_capitals_is_no_one_and_a_surname_label_is() {
        let s = "ENGINE FACTS:\n\nThe engine has 27 valves.\n\nCABIN FACTS: The cabin has 4 seats.";
        assert_eq!(mention_speaker(s, "27"), None);
        assert_eq!(mention_speaker(s, "4"), None);
    }

    #[test]
    fn hyphened_given_names_ordinals_and_handles_stay_whole() {
        let s = "Pak Sun-mi, a teacher in the port town, said 300 families had moved away.";
        assert_eq!(mention_speaker(s, "300"), Some("Pak Sun-mi".into()));
        let s = "Parent company First Harbor said a meter was misread and 300 bills were wrong.";
        assert_eq!(mention_speaker(s, "300"), Some("First Harbor".into()));
        let s = "Forum user LI_AND_MO wrote: \u{201c}Parents must watch their small children at every moment.\u{201d}";
        assert_eq!(quote_speakers(s), [Some("LI_AND_MO".into())]);
        let s = "The Harbour Chiefs of Norland said the drill would take in 4,000 sailors.";
        assert_eq!(
            mention_speaker(s, "4,000"),
            Some("Harbour Chiefs of Norland".into())
        );
    }

    #[test]
    fn initials_alone_are_the_latest_person_named_with_them() {
        let s = "Stars shine\n\nR.J. Lane threw two passes.\n\nRookie guard R.J. Moss met his \
                 brother before the game.\n\n\u{201c}I hope he comes back stronger next year,\u{201d} R.J. said.";
        assert_eq!(quote_speakers(s), [Some("R.J. Moss".into())]);
        // A surname written first keeps the first person named with it.
        let s = "Exiles meet\n\nWang Lidong leads the group. Wang Peng joined it in May.\n\n\u{201c}We \
                 only want to go home one day,\u{201d} Wang said.";
        assert_eq!(quote_speakers(s), [Some("Wang Lidong".into())]);
    }

    #[test]
    fn given_names_of_five_letter_syllables_and_hyphened_articles_stay_whole() {
        let s = "Talks resume\n\nSeoul welcomed it, with press secretary Kwon Seung-hoon saying \
                 \u{2018}it opens a way for talks to go on\u{2019}.";
        assert_eq!(quote_speakers(s), [Some("Kwon Seung-hoon".into())]);
        let s = "\u{201c}Use whatever you can find against them,\u{201d} the group\u{2019}s \
                 spokesman, Abu Jamil al-Rashid, said in a speech.";
        assert_eq!(quote_speakers(s), [Some("Abu Jamil al-Rashid".into())]);
    }

    #[test]
    fn a_word_opening_the_sentence_before_a_surname_is_not_the_given_name() {
        let s = "Restless Poe faces the panel\n\nAmbassador Dana Poe is likely to be restless \
                 when she faces the panel.\n\n\u{201c}I now recall the call very well,\u{201d} Poe said.";
        assert_eq!(quote_speakers(s), [Some("Dana Poe".into())]);
    }

    #[test]
    fn she_is_not_someone_named_in_an_aside_or_a_predicate_who_thinks() {
        let s = "The actress speaks\n\nJane Roe spoke about the film at length.\n\n(Fans see an \
                 echo of it in a later film, with a blond Mary Poe in the lead.)\n\nShe brushes the \
                 tears away.\n\n\u{201c}When the studio dropped me that year,\u{201d} she says.";
        assert_eq!(quote_speakers(s), [Some("Jane Roe".into())]);
        let s = "The actress speaks\n\nJane Roe has kept a calm outlook. Her father, Tom Roe, is a \
                 professor of art at Avel College who thinks Jane is a goddess.\n\nShe says she met \
                 an actor who coerced her.\n\n\u{201c}I was compliant in the end,\u{201d} she remembers.";
        assert_eq!(quote_speakers(s), [Some("Jane Roe".into())]);
    }

    #[test]
    fn a_fan_and_a_rep_are_roles() {
        let s = "Longtime Hawks fan Jane Roe said she had waited 40 years.";
        assert_eq!(mention_speaker(s, "40 years"), Some("Jane Roe".into()));
        let s =
            "\u{201c}She needs some rest before the summer tour,\u{201d} a rep for Dana Vell said.";
        assert_eq!(quote_speakers(s), [Some("a rep for Dana Vell".into())]);
    }

    #[test]
    fn the_scientist_is_the_astrophysicist_named_before() {
        let s = "Astrophysicist Carl Brenning leads the survey.\n\n\u{201c}We expect the first image within two years,\u{201d} the scientist said.";
        assert_eq!(quote_speakers(s), [Some("Carl Brenning".into())]);
        // A university after the titled name is not part of it.
        let s = "Professor Carl Brenning of Velmar University said 30 dishes were built.";
        assert_eq!(mention_speaker(s, "30"), Some("Carl Brenning".into()));
        // A body's name keeps its "of".
        let s = "The Bank of Norland said 30 branches would close.";
        assert_eq!(mention_speaker(s, "30"), Some("Bank of Norland".into()));
    }

    #[test]
    fn a_description_is_the_person_first_named_going_on() {
        let s = "Some agencies say the scheme makes checks hard.\n\n\
                 But on Monday, a former reviewer of farm policy for the regional \
                 government called the plan a \u{201c}sensible part of daily work\u{201d}.\n\n\
                 It slowed some checks, but data from elsewhere made up for that, Tom Vale \
                 added.";
        assert_eq!(quote_speakers(s), [Some("Tom Vale".into())]);
        // Without a quotation the description reports, it stays as written.
        let s = "A former reviewer of farm policy said 30 farms had closed.\n\n\
                 It made some checks harder, Tom Vale added.";
        assert_eq!(
            mention_speaker(s, "30"),
            Some("A former reviewer of farm policy".into())
        );
    }

    #[test]
    fn a_noun_like_verb_after_a_quote_and_a_name_speaks() {
        let s = "\u{201c}If the park can shoot a bear that did nothing wrong, it should close,\u{201d} Mara Quist posted on the club's page.";
        assert_eq!(quote_speakers(s), [Some("Mara Quist".into())]);
    }

    #[test]
    fn a_currency_before_its_number_names_no_one() {
        let s =
            "The board will spend Rs 500 crore on roads, said Rs 200 crore would go to 40 towns.";
        // The one who said it is the sentence's subject, not the currency after the verb.
        assert_eq!(mention_speaker(s, "40"), Some("The board".into()));
    }

    #[test]
    fn a_described_speaker_is_the_one_named_later_with_a_kind_of_the_role() {
        // "spokesman" and "spokesperson" are one role; "an Acme spokesman" read as "Acme
        // spokesman" is the same description.
        let s = "Dome leaks\n\nBut an Orvane spokesman said the dome had been built for hail, and was 'let down by one faulty valve in the pumps.'\n\nAsked about the leaks, Orvane spokesperson Nina Ladd told the Courier the valve was replaced.";
        assert_eq!(quote_speakers(s), vec![Some("Nina Ladd".to_owned())]);
        // The description read without its article, as a subject may be, is named too.
        let lex = Lexicon::get();
        let t = Text::new(s, lex);
        let spans = quotes::find(&t);
        let people = People::new(&t, lex, &spans, &vec![false; t.tokens.len()]);
        assert_eq!(people.named("Orvane spokesman".into()), "Nina Ladd");
        // "the Avel prosecutor said" is the prosecutor named in the next paragraphs.
        let s = "Ferry fire\n\nAlmost 40 passengers were treated on Friday at the Avel quay, the Avel prosecutor said.\n\n\"These are only our first figures for now,\" added Marc-Louis Dorne, prosecutor of Avel.";
        assert_eq!(
            mention_speaker(s, "Almost 40"),
            Some("Marc-Louis Dorne".into())
        );
    }

    #[test]
    fn he_goes_back_past_a_run_of_quoted_sentences() {
        let s = "Film regret\n\nDirector Tom Bell said the stunt was a mistake.\n\nIn a talk with Harbour Weekly, the director said he felt \"it was the wrong road for it\" but added: \"Nobody saw it as risky at the time.\"\n\nHe went on: \"I felt so sure. I thought it was fine. Ann agreed. The road was flat. I checked twice. It looked good. I said so.\n\n\"Nobody pushed me. I chose it.\"\n\nHe said they shot the east side first because the light was better in late May.";
        assert_eq!(mention_speaker(s, "late May"), Some("Tom Bell".into()));
    }

    #[test]
    fn a_clause_after_and_has_its_own_subject() {
        let s = "The harbour trade grew quickly and the town's officials have said that some skippers earn up to $40,000 a season from tours.";
        assert_eq!(
            mention_speaker(s, "up to $40,000"),
            Some("the town's officials".into())
        );
        let s = "Tom Dunn was a keen sailor and the Quay Courier reports that he was the 12th man rescued off the cape this year.";
        assert_eq!(mention_speaker(s, "this year"), Some("Quay Courier".into()));
    }

    #[test]
    fn a_relative_clause_opened_by_that_is_the_articles() {
        let s = "Mayor Jane Roe said she was saddened by a blaze at a depot in Avel that killed at least 30 goats and hurt more than 200 sheep.";
        assert_eq!(mention_speaker(s, "at least 30"), None);
        assert_eq!(mention_speaker(s, "more than 200"), None);
        // A "that" opening the words said is no relative clause.
        let s = "Mayor Jane Roe said that at least 30 goats died in the blaze.";
        assert_eq!(mention_speaker(s, "at least 30"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_document_states_what_follows_it() {
        let s = "A leaked memo states owners will get a new pump for $35 even where the old one still works.";
        assert_eq!(mention_speaker(s, "$35"), Some("A leaked memo".into()));
        // "the documents show": as written, not the body that spoke last.
        let s = "Staff at Orvane Bank gave no comment, and the Norland Ministry dismissed the leak as \"nothing new for anyone here.\" The documents also show the trust moved nearly $3 billion in five years.";
        assert_eq!(
            mention_speaker(s, "nearly $3 billion"),
            Some("The documents".into())
        );
    }

    #[test]
    fn a_participle_after_a_comma_speaks_for_the_subject() {
        let s = "Mr. Hale waved away Mr. Dunn’s criticism as politically driven, saying in a release, “He cannot praise the board in private and damn it in public.”";
        assert_eq!(quote_speakers(s), vec![Some("Hale".to_owned())]);
        // A capitalised word that opens the sentence names no one.
        let s = "Previously the Harbour Trust issued a warning in May, saying “the pier is not safe for crowds.”";
        assert_eq!(quote_speakers(s), vec![Some("Harbour Trust".to_owned())]);
        let s = "Several retired pilots wrote to the board, saying “the runway is too short.”";
        assert_eq!(
            quote_speakers(s),
            vec![Some("Several retired pilots".to_owned())]
        );
    }

    #[test]
    fn a_body_written_as_a_brand_is_not_expanded_to_its_product() {
        let s = "Launch slips\n\nThe OrbitWorks Condor Heavy will carry two probes.\n\nOrbitWorks said the launch would slip to 2031.";
        assert_eq!(mention_speaker(s, "2031"), Some("OrbitWorks".into()));
        assert!(
            is_brand_word("OrbitWorks") && !is_brand_word("McKay") && !is_brand_word("DeShawn")
        );
    }

    #[test]
    fn one_who_asked_speaks() {
        let s = "Harbour news\n\nOne angry reader asked, \"Why is the old pier closed for the whole summer?\"";
        assert_eq!(quote_speakers(s), vec![Some("One angry reader".to_owned())]);
    }

    #[test]
    fn a_report_closing_the_sentence_speaks() {
        let s = "The trawler was held one week after it reportedly sold fuel, South Norland media report.";
        assert_eq!(
            mention_speaker(s, "one week"),
            Some("South Norland media".into())
        );
    }

    #[test]
    fn a_possessive_date_and_an_apposition_are_the_articles() {
        let s = "Monday's walkout comes after Orvane chief Jane Roe told staff last month that the firm will shed 200 posts.";
        assert_eq!(mention_speaker(s, "Monday's"), None);
        let s = "The singer Ana Bell announced she and Tom Reed, her partner of nearly six years, have split.";
        assert_eq!(mention_speaker(s, "nearly six years"), None);
    }

    #[test]
    fn he_is_not_who_a_what_clause_quotes() {
        let s = "Rocket test\n\nGeneral Tom Reyes and envoy Mark Voss spoke in May.\n\nAfter firing what Voss said was its biggest rocket, able to hit any port, in late June, Reyes declared his arsenal ready.\n\nHe kept to that line in his speech, adding that the country would turn to \"building rockets and engines in great numbers\" over the coming year.";
        assert_eq!(
            mention_speaker(s, "the coming year"),
            Some("Tom Reyes".into())
        );
    }

    #[test]
    fn a_document_named_by_its_owner_speaks_as_written() {
        let s = "The Avel coast guard rescue report stated that the seal was 'pulling and tossing the small dinghy about,' as a radio station put it.";
        assert_eq!(
            quote_speakers(s),
            vec![Some("Avel coast guard rescue report".to_owned())]
        );
    }

    #[test]
    fn a_cause_cited_is_no_source() {
        let s = "Visibly moved, Avel manager Tom Dunn cited his health as the cause of his exit after 40 years at the club.";
        assert_eq!(mention_speaker(s, "40 years"), None);
    }

    #[test]
    fn the_statement_is_who_last_spoke_in_one() {
        let s = "Grant approved\n\nThe Avel Council approved the grant for the Norland Hills and the Norland Hills schools. The Norland Hills will get most.\n\nThe Mayor's Office denied that the grant was tied to the visit, stating, \"The grant has no link to the visit of any kind.\"\n\nThe statement added that the grant was a routine one, made at the usual time.\n\n\"The visit was never discussed. Grants like this are made each spring.\"";
        // The last quote is the statement's, whoever the bureau's name is read as.
        let got = quote_speakers(s);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], got[0]);
        assert!(
            got[1].as_deref().is_some_and(|x| x.contains("Mayor")),
            "{got:?}"
        );
    }

    #[test]
    fn disclosing_is_saying() {
        let s = "Orvane in March disclosed two large thefts from its vaults.";
        assert_eq!(mention_speaker(s, "two"), Some("Orvane".into()));
    }

    #[test]
    fn an_owned_statement_with_its_content_speaks_for_its_owner() {
        let s = "Orvane has struggled since its announcement in March that thieves took the savings of thousands of clients.";
        assert_eq!(mention_speaker(s, "thousands"), Some("Orvane".into()));
        assert_eq!(mention_speaker(s, "in March"), None);
    }

    #[test]
    fn a_figure_before_a_new_clause_and_a_thing_described_are_no_ones() {
        let s = "The general approved the drill on Saturday and the state broadcaster disclosed pictures of the order.";
        assert_eq!(mention_speaker(s, "on Saturday"), None);
        let s =
            "Over 300 million logins were exposed by a leak disclosed in March at a travel site.";
        assert_eq!(mention_speaker(s, "Over 300 million"), None);
        let s = "Orvane in March disclosed two thefts which robbed as many as 9,000 clients.";
        assert_eq!(mention_speaker(s, "as many as 9,000"), None);
    }

    #[test]
    fn quotes_framed_without_a_verb_of_saying() {
        let s = "Harbour news\n\n\
                 Ann Vole, a harbour pilot, spoke at the quay on Monday.\n\n\
                 The plan could bring the “end of trust, order and local self-rule,” in Avel, as Vole phrased it.\n\n\
                 The new hall was praised by The Avel Gazette as an 'elegant addition to the old quay'.\n\n\
                 Pictures of the quay showed cones and signs that read 'DANGER: Keep Off the Wet Stones'.\n\n\
                 One local user chose a picture of the hall, with the comment, 'Trying to work out why the hall is shut again.'\n\n\
                 “Open the gates now!” read one sailor's sign at the quay.";
        let got = speakers(s);
        let names: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (&g.0[..12], g.1.as_deref())).collect();
        assert_eq!(
            names,
            [
                ("end of trust", Some("Ann Vole")),
                ("elegant addi", Some("Avel Gazette")),
                ("DANGER: Keep", Some("signs")),
                ("Trying to wo", Some("One local user")),
                ("Open the gat", Some("one sailor's sign")),
            ]
        );
    }

    #[test]
    fn a_headline_quote_repeated_in_the_body() {
        let s = "‘We will build the bridge again’: Avel mayor vows to rebuild\n\n\
                 The old bridge fell into the river on Sunday.\n\n\
                 “We will build the bridge again,” said Mayor Ann Vole.";
        let got = speakers(s);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "We will build the bridge again");
        assert_eq!(got[0].1.as_deref(), Some("Ann Vole"));
    }

    #[test]
    fn initials_in_brackets_after_a_speaker() {
        let s = "The weather was fine.\n\nThe Avel Republic of Norland (ARN) launched 3 rockets, the Norland Central Radio (NCR) reported.";
        assert_eq!(
            mention_speaker(s, "3").as_deref(),
            Some("Norland Central Radio")
        );
    }

    #[test]
    fn a_gerund_before_a_body_is_no_speech() {
        let s = "Compare that with the mess left when thieves got into credit reporting company Orvane and took the files of almost half the town's people.";
        assert_eq!(mention_speaker(s, "almost half"), None);
    }

    #[test]
    fn a_document_before_a_participle_of_saying() {
        let s = "Colonel Bo Lund answered media reports from Norland and the Avel Republic claiming that the navy failed to stop ships about 40 times.";
        assert_eq!(
            mention_speaker(s, "about 40 times").as_deref(),
            Some("media reports from Norland and the Avel Republic")
        );
    }

    #[test]
    fn a_participle_after_a_name_and_its_verb_speaks_for_that_name() {
        let s = "With the rain getting worse, Jan Ostrow was heard on the radio saying \"we should all stop now\" while Pia Lind agreed saying, \"I think we can wait a little more\".";
        assert_eq!(
            quote_speakers(s),
            vec![Some("Jan Ostrow".to_owned()), Some("Pia Lind".to_owned())]
        );
    }

    #[test]
    fn an_epithet_is_who_spoke_just_before() {
        let s = "VALMORA (AP) — Veteran driver Tomas Rossi did not finish his final home race on Sunday.\n\n\
                 \"I go out proud and grateful to everyone here,\" Rossi told reporters.\n\n\
                 The Valmoran driver also said he hopes to drive in another series next year.\n\n\
                 \"This is just crazy,\" Karl Brandt, who had spun off earlier, exclaimed over the radio.\n\n\
                 \"They have to halt it now, I could not see a thing,\" added the three-times champion.";
        assert_eq!(
            mention_speaker(s, "next year").as_deref(),
            Some("Tomas Rossi")
        );
        let quotes = speakers(s);
        assert_eq!(quotes[2].1.as_deref(), Some("Karl Brandt"));
        // The figure describes the speaker: the article's words.
        assert_eq!(mention_speaker(s, "three"), None);
    }

    #[test]
    fn a_ground_or_place_by_its_last_word_is_no_one_who_speaks() {
        let s = "Ivo Marek said he gathered the squad in the locker room at half-time.\n\n\
                 That night the board above Halden Field read: \"Champions of the league at last\"\n\n\
                 \"We never stopped believing in each other,\" he said.";
        let speakers = quote_speakers(s);
        assert_eq!(
            speakers.last(),
            Some(&Some("Ivo Marek".into())),
            "{speakers:?}"
        );
    }

    #[test]
    fn an_age_epithet_is_the_person_just_named() {
        // No age beside the name: the age stands for the person the paragraph before names.
        let s = "Talks between the Harbourside club and Lena Marsh went on into the night.\n\n\
                 The former goalkeeper had been out of a job since the spring.\n\n\
                 The 47-year-old said on Friday: \"I cannot wait to start work with this squad.\"";
        assert_eq!(quote_speakers(s), [Some("Lena Marsh".into())]);
        // An age with a noun after it, the person named in the same paragraph.
        let s = "Singer Omar Velden, who grew up near the port, wrote a note to the crew. \
                 \"The old bridge is finally open to all of us!\" the 80-year-old singer wrote.";
        assert_eq!(quote_speakers(s), [Some("Omar Velden".into())]);
    }

    #[test]
    fn captions_between_paragraphs_of_a_quotation_are_passed_over() {
        // Two photo captions (no stop at the end) between the paragraphs of one speaker's
        // words: the people in the photos are not who goes on speaking.
        let s = "The Avel club won the cup on Sunday.\n\n\
                 Mara Lind told the crowd: \"We trained all winter long for this one day.\"\n\n\
                 Tom Roe waves to the fans after the final whistle in Avel\n\n\
                 Supporters of the club celebrate in the main square of the old town\n\n\
                 \"Nobody here expected us to win the cup this year.\"";
        assert_eq!(
            quote_speakers(s),
            [Some("Mara Lind".into()), Some("Mara Lind".into())]
        );
    }

    #[test]
    fn a_quoted_subheading_is_said_by_whoever_says_its_words_later() {
        // The subheading's words come back in a later quote: they are that speaker's, not
        // the words of the one quoted just before the subheading.
        let s = "The old ferry left the harbour for the last time on Sunday.\n\n\
                 Lena Marsh ran the kiosk on the pier for twenty years.\n\n\
                 \"Every morning the boats came in full of tourists,\" she said.\n\n\
                 'Nothing left to sell'\n\n\
                 Owen Hale watched the last boat leave from his stall.\n\n\
                 \"By noon there was nothing left to sell on the whole pier,\" Hale said.";
        assert_eq!(
            quote_speakers(s),
            [
                Some("Lena Marsh".into()),
                Some("Owen Hale".into()),
                Some("Owen Hale".into())
            ]
        );
        // Words said by no one: no speaker, and the run of quotes goes on past them.
        let s = "Mara Lind spoke to us at the station.\n\n\
                 \"We waited for hours in the cold,\" she said.\n\n\
                 'A long way from home now'\n\n\
                 \"Nobody told us anything about the trains.\"";
        assert_eq!(
            quote_speakers(s),
            [Some("Mara Lind".into()), Some("Mara Lind".into())]
        );
    }

    #[test]
    fn a_long_description_before_the_name_and_the_verb_after_a_quote() {
        // Nine words and more between the quote and the verb: the person named in them.
        let s = "Tides\n\n\"The lagoon floods twice as often as it did before,\" \
                 harbour authority hydrologist and report co-author Lena Marsh said.";
        assert_eq!(quote_speakers(s), [Some("Lena Marsh".into())]);
        // As many words with no person in them are no speaker of the quote (not the body
        // named among them).
        let s = "Tides\n\n\"The lagoon floods twice as often as it did before,\" \
                 the three-time AVL sculling trainer of the season said.";
        assert!(quote_speakers(s).is_empty());
    }

    #[test]
    fn a_clause_before_the_subject_and_it_after_a_body() {
        let s = "After a breach at the credit agency Avelcorp exposed the data of 80 million people, the company has confirmed a second breach at a payroll service. It says the two breaches are not linked.\n\n\
                 A day after Jane Roe made the remark about 12 members, she issued a statement saying she was sorry.";
        assert_eq!(mention_speaker(s, "80 million"), None);
        assert_eq!(mention_speaker(s, "two").as_deref(), Some("Avelcorp"));
        assert_eq!(mention_speaker(s, "about 12"), None);
    }

    #[test]
    fn a_ticker_and_an_aside_in_brackets_are_no_subject() {
        let s = "Jane Roe wants to send her car to the Moon.\n\n\
                 As the Skyward founder (and Avel Motors (NASDAQ:AVLM) CEO) explained, when the rocket first flies early next year, it will carry her car.";
        let got = mention_speaker(s, "early next year");
        assert!(
            got.as_deref()
                .is_none_or(|g| !g.contains("AVLM") && !g.contains("NASDAQ")),
            "{got:?}"
        );
    }

    #[test]
    fn he_is_not_a_name_in_a_photo_credit() {
        let s = "Omar Haddad, head of the Avel Inmates Union, called the charges baseless.\n\n\
                 Avel teen Lina Tal speaks to her lawyer in the courtroom near Avel, January 1, 2018. AGENCY/Tom Baker\n\n\
                 \"They want to frighten people and keep the young ones away,\" he said.";
        assert_eq!(quote_speakers(s), vec![Some("Omar Haddad".to_owned())]);
    }

    #[test]
    fn a_clause_of_time_right_after_the_verb_of_saying_is_the_articles() {
        let s = "Jane Roe tweeted soon after the council ended its 12th hearing on Tuesday.";
        assert_eq!(mention_speaker(s, "on Tuesday"), None);
        // The words said stand between: the clause is in them.
        let s = "Jane Roe said the mill would shut after the council voted on Tuesday.";
        assert_eq!(
            mention_speaker(s, "on Tuesday").as_deref(),
            Some("Jane Roe")
        );
        // A comma after the clause: the words said follow it.
        let s = "Jane Roe said after the storm passed on Tuesday, the mill would reopen.";
        assert_eq!(
            mention_speaker(s, "on Tuesday").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn after_a_phrase_without_a_verb_the_figure_is_still_in_the_words_said() {
        let s = "Rebels freed 21 hostages on Thursday after a series of talks, the Avel government said.";
        assert_eq!(mention_speaker(s, "21").as_deref(), Some("Avel government"));
        // A clause of its own after the conjunction, with the verb of saying in it, is the
        // article's.
        let s = "The mill lost 30 workers before Jane Roe announced the closure.";
        assert_eq!(mention_speaker(s, "30"), None);
    }

    #[test]
    fn a_date_after_an_inverted_verb_and_its_speaker_dates_the_saying() {
        let s = "The Avel mill will hire 40 workers, said a spokesman here on Tuesday.";
        assert_eq!(mention_speaker(s, "on Tuesday"), None);
        assert_eq!(mention_speaker(s, "40").as_deref(), Some("a spokesman"));
    }

    #[test]
    fn a_long_description_after_the_words_said_speaks_for_them() {
        let s = "Rebels freed 21 people at dawn, a source close to the talks said.";
        assert_eq!(
            mention_speaker(s, "21").as_deref(),
            Some("a source close to the talks")
        );
        let s = "The rebels freed 22 people at dawn, a person familiar with the talks said.";
        assert_eq!(
            mention_speaker(s, "22").as_deref(),
            Some("a person familiar with the talks")
        );
    }

    #[test]
    fn concluding_a_hearing_is_no_saying() {
        let s = "Jane Roe won as the Avel council concluded its hearing on the 2031 budget.";
        assert_eq!(mention_speaker(s, "2031"), None);
        let s = "Sales will fall 30 percent next year, the Avel council concluded.";
        assert_eq!(
            mention_speaker(s, "30 percent").as_deref(),
            Some("Avel council")
        );
    }

    #[test]
    fn a_verb_of_saying_in_a_clause_after_the_figure_is_not_its_source() {
        let s = "Avelcorp cut 300 jobs at the mill, saying demand had fallen.";
        assert_eq!(mention_speaker(s, "300"), None);
        let s = "Roe began to think about leaving during the summer when his wife pointed out that their daughter was about to leave home.";
        assert_eq!(mention_speaker(s, "the summer"), None);
    }

    #[test]
    fn relative_clauses_in_brackets_and_before_according_to() {
        let s = "The Avel Gazette reported that the Norland lab (which reportedly cut 40 jobs last spring) is building a new probe.";
        assert_eq!(mention_speaker(s, "40"), None);
        let s = "Norland carried out 3 similar launches which, according to the state agency, put satellites into orbit.";
        assert_eq!(mention_speaker(s, "3"), None);
        let s = "The storm damaged well over a third of homes in the town, which had 9,000 people in 2017, according to the census office.";
        assert_eq!(mention_speaker(s, "well over a third"), None);
        assert_eq!(
            mention_speaker(s, "9,000").as_deref(),
            Some("the census office")
        );
        // "after" as a preposition opens no clause; "according to" closes the sentence.
        let s = "Norland fired 3 rockets toward the sea soon after lunch on Monday, according to the Avel navy.";
        assert_eq!(mention_speaker(s, "3").as_deref(), Some("Avel navy"));
    }

    #[test]
    fn say_between_commas_and_a_clause_after_an_inverted_attribution() {
        let s = "True, yet one could have thought the same of Avelcorp back when, say, the firm bought the Norland plant in 2015.";
        assert_eq!(mention_speaker(s, "in 2015"), None);
        let s = "“This really makes me grin,” the villain declared of the scheme, and the studio hopes crowds will be as happy when the film opens on May 4.";
        assert_eq!(mention_speaker(s, "May 4"), None);
    }

    #[test]
    fn as_with_a_role_inside_a_relative_clause_is_no_clause_of_saying() {
        let s = "Tom Vale, another former army chief and defence minister, who, as the leader of the centre-right Union Party, served a brief and mostly unhappy term as premier, said at the meeting that “a zealous strain of wild ideas now runs the Union.”";
        assert_eq!(quote_speakers(s), vec![Some("Tom Vale".to_owned())]);
        let s = "And as Ann Ryle, the director of the Avel Forum, told a reporter: \"These papers pose a great many questions.\"";
        assert_eq!(quote_speakers(s), vec![Some("Ann Ryle".to_owned())]);
    }

    #[test]
    fn believing_expecting_and_wanting_speak_for_the_subject() {
        let s = "Cat on board\n\nThe pilot, Tom Weller, said the plane left Avel on time.\n\nWeller doesn't think they flew more than ten minutes before the cat came back.\n\nBack then, he anticipated the jet would first fly in 2031.\n\nAnn Lee wants to land two craft on Mars by 2040.";
        assert_eq!(
            mention_speaker(s, "more than ten minutes"),
            Some("Tom Weller".into())
        );
        assert_eq!(mention_speaker(s, "in 2031"), Some("Tom Weller".into()));
        assert_eq!(mention_speaker(s, "two"), Some("Ann Lee".into()));
        // A thought in quotation marks is no one's words; a participle before "to"
        // describes the noun; what is expected of something, by whomever, is no claim here.
        let s = "Coach\n\nPart of him thought, \"no, he is going to make it through the night and the next.\"";
        let article = crate::model::article::Article::new("checklist", s);
        let out = crate::extract::extract(&article);
        assert!(!out.mentions.iter().any(|m| m.text.starts_with("no, he")));
        let s = "Talks\n\nThe two sides met in Avel, with both countries expected to sign a deal next month.\n\nSales are expected by analysts to rise 3% in 2030.";
        assert_eq!(mention_speaker(s, "next month"), None);
        assert_eq!(mention_speaker(s, "3%"), None);
    }

    #[test]
    fn a_pronoun_after_an_attribution_opens_the_articles_sentence() {
        let s = "Storm\n\n\"We were lucky, all of us,\" Uma Roe said of the storm. She attended a dinner in Avel in October.";
        assert_eq!(mention_speaker(s, "in October"), None);
    }

    #[test]
    fn a_past_verb_after_an_infinitive_of_saying_tells_what_was_done() {
        let s = "Deal\n\nAvel wanted to void the pact and visited Norland five times this year.\n\nThe mayor warned drivers to keep off the roads and closed 12 schools.";
        assert_eq!(mention_speaker(s, "this year"), None);
        assert_eq!(mention_speaker(s, "12"), None);
    }

    #[test]
    fn he_is_no_group_and_of_several_the_one_named_most() {
        // "Some rumours" is a group: "she" goes back to the founder.
        let s = "Ferry\n\nJane Roe, who runs Avel Boats, said on Monday that her ferry would sail in June.\n\nSome rumours had claimed that Roe's idea of a night crossing in May was a stunt.\n\nShe then promised the ferry would \"carry nine hundred riders a day,\" noting that 80% of seats were sold.";
        assert_eq!(quote_speakers(s), vec![Some("Jane Roe".into())]);
        // Of the two men named in the sentence before, the one who has spoken and is named
        // most, though his sex is not known from his name.
        let s = "Ferry\n\nKel Osei said on Monday that the Avel ferry would sail in June.\n\nOsei added that its hull would be green.\n\nSome rumours had claimed that Osei's idea of a night crossing with a band led by David Hale was a stunt.\n\nHe then promised the ferry would \"carry nine hundred riders a day,\" noting that 80% of seats were sold.";
        assert_eq!(quote_speakers(s), vec![Some("Kel Osei".into())]);
    }

    #[test]
    fn a_role_before_the_name_after_an_inverted_verb() {
        let s = "Avel\n\nThe wool trade will halve by 2030, says economist Tom Baker.\n\nAvel's fishing fleet, already small, will halve by 2033, said political analyst Mark Boyd.";
        assert_eq!(mention_speaker(s, "2030"), Some("Tom Baker".into()));
        assert_eq!(mention_speaker(s, "2033"), Some("Mark Boyd".into()));
    }

    #[test]
    fn an_adverb_opening_the_sentence_is_no_name() {
        let s = "Hostages\n\nFamilies gathered in Avel on Monday.\n\nEarlier in the day, Tom Baker, the minister for roads, rejected claims that a fee had been paid.\n\n\"No money changed hands at any point,\" he said.";
        assert_eq!(quote_speakers(s), vec![Some("Tom Baker".into())]);
    }

    #[test]
    fn as_after_a_word_opens_the_clause_of_its_speaker() {
        let s = "Flood\n\nBy dusk, the size of the flood grows plain as an officer, using the park's code words, reports in a tense voice: \"Water is over the north road now.\"";
        assert_eq!(quote_speakers(s), vec![Some("an officer".into())]);
    }

    #[test]
    fn a_plural_without_s_closing_the_sentence_speaks() {
        let s = "Crash\n\nA tram left the rails in Avel, hurting 13 riders, local media reported.";
        assert_eq!(mention_speaker(s, "13"), Some("local media".into()));
    }

    #[test]
    fn a_web_address_is_one_source() {
        let s = "Snow\n\nAccording to snowfacts.com, Avel had its deepest snow of 2019 in March.";
        assert_eq!(mention_speaker(s, "2019"), Some("snowfacts.com".into()));
    }

    #[test]
    fn the_founder_of_a_body_is_the_one_named_so() {
        let s = "Boat\n\nAvelcorp founder Tom Baker wants to race his old yacht.\n\nAs the Avelcorp founder (and Norcar chairman) explained, the yacht will race in the autumn regatta next year.";
        assert_eq!(mention_speaker(s, "next year"), Some("Tom Baker".into()));
    }

    #[test]
    fn said_in_documents_to_have_is_the_documents_claim() {
        let s = "Files\n\nA nephew of the Avel governor is said in stolen records to have held $40,000 in a Norland trust.";
        assert_eq!(mention_speaker(s, "$40,000"), Some("stolen records".into()));
    }

    #[test]
    fn a_date_opening_the_sentence_before_a_clause_dates_the_act() {
        let s = "Flood\n\nLast week, as the complaints about the dam grew louder, the Avel water board announced a review of its spillways.";
        assert_eq!(mention_speaker(s, "Last week"), None);
        // A figure between the date and the verb: the date is in what was said.
        let s =
            "Flood\n\nLast week, 40 homes were flooded, the Avel water board said in a statement.";
        assert_eq!(
            mention_speaker(s, "Last week"),
            Some("Avel water board".into())
        );
    }

    #[test]
    fn an_attribution_after_a_glued_quotation_is_the_quotations() {
        let s = "Tides\n\nThe rings travel up to ten times faster than the tides, researchers said.\"What we saw was new to all of us,\" said Ilse Varno.";
        assert_eq!(
            mention_speaker(s, "up to ten times"),
            Some("researchers".into())
        );
    }

    #[test]
    fn a_verb_of_saying_in_a_relative_clause_without_that_speaks_only_there() {
        let s = "Ports\n\nJane Roe toured Avel harbour on Monday.\n\nRoe should use her visits to the four ports to win support for the plan she says she favours.";
        assert_eq!(mention_speaker(s, "four"), None);
    }

    #[test]
    fn a_what_clause_speaks_only_inside_it() {
        let s = "Rocket\n\nAfter testing what Norland said was its largest rocket, at the end of May, Jane Roe declared the programme finished.";
        assert_eq!(mention_speaker(s, "the end of May"), None);
    }

    #[test]
    fn a_count_of_the_sources_cited_is_the_articles() {
        let s = "Fuel\n\nNorland stopped selling fuel to Avel in May, Coastwire reported, citing two senior officials.";
        assert_eq!(mention_speaker(s, "two"), None);
        assert_eq!(mention_speaker(s, "in May"), Some("Coastwire".into()));
    }

    #[test]
    fn a_bare_role_is_not_who_spoke_before_with_another_role_nor_a_relative_clause_its_name() {
        let s = "Thefts\n\nPolice Chief Tom Baker told reporters the men were drunk.\n\n\
                 The victim, whom Radio Avel would not name in full, Anna, said she waited \
                 5 hours.\n\n\
                 \"We hid behind a parked van until the crowd left,\" she said.";
        assert_eq!(mention_speaker(s, "5 hours").as_deref(), Some("Anna"));
        let quotes = speakers(s);
        assert_eq!(quotes[0].1.as_deref(), Some("Anna"));
        let s = "Thefts\n\nPolice Chief Tom Baker told reporters the men were drunk.\n\n\
                 The victim said she waited 5 hours.";
        assert_eq!(mention_speaker(s, "5 hours").as_deref(), Some("The victim"));
        // A driver named with his role is "the driver".
        let s = "Race\n\nVeteran driver Tomas Rossi told reporters he was proud.\n\n\
                 The driver said he would race in 2 more events.";
        assert_eq!(mention_speaker(s, "2").as_deref(), Some("Tomas Rossi"));
    }

    #[test]
    fn a_date_after_at_a_news_conference_dates_the_saying() {
        let s = "Launch\n\n“We are ready for the window,” said Jane Roe, the founder of Avelcorp, \
                 at a news conference on Monday.";
        assert_eq!(mention_speaker(s, "on Monday"), None);
        // A conference named in what was said is what was said.
        let s =
            "Launch\n\nJane Roe said the launch would be announced at a news conference on Monday.";
        assert_eq!(mention_speaker(s, "on Monday").as_deref(), Some("Jane Roe"));
        // Testimony is an occasion of saying.
        let s = "Launch\n\nIn her testimony on Monday, Jane Roe said the launch had slipped.";
        assert_eq!(mention_speaker(s, "on Monday"), None);
    }

    #[test]
    fn a_span_before_the_clause_of_a_short_announcement_is_the_articles() {
        let s = "Exit\n\nThe deal was signed two days after Roe announced her exit.";
        assert_eq!(mention_speaker(s, "two days"), None);
        // Words said after the verb in the clause are still someone's.
        let s = "Exit\n\nJane Roe said the team lost 3 games after the coach left.";
        assert_eq!(mention_speaker(s, "3").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_clause_of_time_after_a_closed_quote_does_not_attribute_it() {
        let s = "Exit\n\nCoach Tom Baker said on Monday he was leaving. Quarterback Jon Roe \
                 called his years with the club “the finest time a player could ask for.” The \
                 move came a day after Baker announced his exit.";
        let quotes = speakers(s);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].1.as_deref(), Some("Jon Roe"));
    }

    #[test]
    fn a_capitalised_web_address_keeps_its_domain() {
        let s = "Fares\n\nFerry fares rose 4.2 percent in March, according to Acmeboats.com, a \
                 booking site.";
        assert_eq!(
            mention_speaker(s, "4.2 percent").as_deref(),
            Some("Acmeboats.com")
        );
    }

    #[test]
    fn a_function_word_in_capitals_is_an_acronym_that_speaks() {
        let s = "Wrecks\n\nAccording to WHO, the coast saw 412 wrecks from 2001 to 2004.";
        assert_eq!(mention_speaker(s, "412").as_deref(), Some("WHO"));
    }

    #[test]
    fn they_is_the_body_last_the_subject_never_one_person() {
        let s = "Row\n\nJane Roe's post drew the support of Senator Ann Poe and Senator Eve \
                 Moss.\n\nThey criticised the label.\n\nAcme Music Group have twice denied \
                 the claim.\n\n\"We never told her the tour was off,\" \
                 they said in a statement.";
        assert_eq!(quote_speakers(s), [Some("Acme Music Group".to_owned())]);
    }

    #[test]
    fn a_verb_of_saying_inverted_after_a_comma_closes_the_sentence() {
        let s = "Cases\n\nAvel has had 26 cases and 11 deaths since 2009, reports Avel Wire.";
        assert_eq!(mention_speaker(s, "26").as_deref(), Some("Avel Wire"));
        assert_eq!(
            mention_speaker(s, "since 2009").as_deref(),
            Some("Avel Wire")
        );
    }

    #[test]
    fn a_body_called_by_its_first_word_is_named_at_its_fullest() {
        let quote = "Acme said in a statement: \"Jane is one of the finest managers, having won \
                     25 trophies.\"";
        let s = format!("Manager\n\nAcme Rovers Club hired a manager.\n\n{quote}");
        assert_eq!(quote_speakers(&s), [Some("Acme Rovers Club".to_owned())]);
        // The name that signs an embedded post is the body's name too.
        let s = format!("Manager\n\n{quote}\n\n— Acme Rovers (@AcmeRovers) November 20, 2019");
        assert_eq!(quote_speakers(&s), [Some("Acme Rovers".to_owned())]);
        // A place's name is no body's first word.
        let s = "Bank\n\nChina said on Monday it would cut 400 jobs. China Daily reported it.";
        assert_eq!(mention_speaker(s, "400").as_deref(), Some("China"));
    }

    #[test]
    fn an_abbreviated_title_is_the_role_it_abbreviates() {
        let s = "Schools\n\nRepublican Gov. Jane Roe said she would add $50 million.\n\nThe \
                 governor said she was waiting for a report by the end of 2021.";
        assert_eq!(
            mention_speaker(s, "$50 million").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            mention_speaker(s, "the end of 2021").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn the_role_is_who_of_its_holders_was_named_last() {
        let s =
            "Schools\n\nGov. Jane Roe met teachers, unlike Gov. Tom Poe, who lost his race.\n\n\
                 Teachers did not see Roe on Tuesday.\n\nThe governor said she was waiting for a \
                 report by the end of 2021.";
        assert_eq!(
            mention_speaker(s, "the end of 2021").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn such_as_gives_examples_and_opens_no_clause_of_saying() {
        let s = "Schools\n\nRoe, who broke with her party on matters such as Acme \
                 Harbour's toll plan, told dockers they were \"right to want more than that.\"";
        assert_eq!(quote_speakers(s), [Some("Roe".to_owned())]);
    }

    #[test]
    fn the_ones_told_are_the_articles_count() {
        // "told" + an object before the "that" that opens the words told.
        let s = "Dockers\n\nUnion leader Ana Pereda told a few hundred dockers who filled the \
                 square that the port would hire again.";
        assert_eq!(mention_speaker(s, "few hundred"), None);
        let s = "Dockers\n\nUnion leader Ana Pereda told 300 dockers on the quay, \"We will win.\"";
        assert_eq!(mention_speaker(s, "300"), None);
        // The words told still speak for her.
        let s = "Dockers\n\nUnion leader Ana Pereda told reporters 300 dockers had signed up.";
        assert_eq!(mention_speaker(s, "300").as_deref(), Some("Ana Pereda"));
    }

    #[test]
    fn a_figure_in_the_phrase_that_names_the_speaker_is_the_articles() {
        // The figure describes the one who speaks, before the verb.
        let s = "Harbour\n\nThe 12-member Norland Harbour Board said the quay would reopen \
                 in May.";
        assert_eq!(mention_speaker(s, "12"), None);
        // What it says keeps it.
        assert_eq!(
            mention_speaker(s, "in May").as_deref(),
            Some("Norland Harbour Board")
        );
        let s = "Harbour\n\nMarta Velho, three times the port's pilot of the year, said the \
                 quay would reopen in May.";
        assert_eq!(mention_speaker(s, "three times"), None);
        assert_eq!(mention_speaker(s, "in May").as_deref(), Some("Marta Velho"));
        // So is the day of her speaking, told in an apposition.
        let s = "Harbour\n\nMarta Velho, speaking to reporters on Monday, said the quay would \
                 reopen in May.";
        assert_eq!(mention_speaker(s, "on Monday"), None);
        let s = "Harbour\n\nMarta Velho, the pilot known for her \u{201c}slow and steady\u{201d} \
                 style and her 20 rescues, said the quay would reopen in May.";
        assert_eq!(mention_speaker(s, "20"), None);
        // A clause before the subject is the words said; so is what stands before an
        // inverted verb.
        let s = "Harbour\n\n40 boats sank in the storm, the harbour board said.";
        assert_eq!(
            mention_speaker(s, "40").as_deref(),
            Some("the harbour board")
        );
        let s = "Harbour\n\nThe quay cost 9 million euros to mend, says Marta Velho, the pilot.";
        assert_eq!(
            mention_speaker(s, "9 million euros").as_deref(),
            Some("Marta Velho")
        );
    }

    #[test]
    fn the_attribution_reaches_only_the_clause_the_verb_of_saying_governs() {
        // A participle phrase hung on a noun within the words said describes the noun.
        let s = "Harbour\n\nMarta Velho said the pilots have lost track of a ferry launched \
                 in March.";
        assert_eq!(mention_speaker(s, "in March"), None);
        let s = "Harbour\n\nMarta Velho said the pilots have lost track of the ferry in March.";
        assert_eq!(
            mention_speaker(s, "in March").as_deref(),
            Some("Marta Velho")
        );
        // A "that" opens words of their own: their verb is no participle.
        let s = "Harbour\n\nMarta Velho said she has found that boats in the bay capsized \
                 in 2019.";
        assert_eq!(
            mention_speaker(s, "in 2019").as_deref(),
            Some("Marta Velho")
        );
        // A clause of its own before ", but" and the speaker's clause.
        let s = "Harbour\n\nThe quay was due to reopen in May, but Norland Ferries has not \
                 confirmed a date.";
        assert_eq!(mention_speaker(s, "in May"), None);
        let s = "Harbour\n\nThe quay will reopen in May, the harbour board said.";
        assert_eq!(
            mention_speaker(s, "in May").as_deref(),
            Some("the harbour board")
        );
        // A clause of time after the quotation said.
        let s = "Harbour\n\nMarta Velho told the crew \u{201c}we sail at dawn tomorrow\u{201d} \
                 after the storm passed on Monday.";
        assert_eq!(mention_speaker(s, "on Monday"), None);
        let s = "Harbour\n\nMarta Velho told the crew \u{201c}we sail at dawn tomorrow\u{201d} \
                 after the storm sank 30 boats.";
        assert_eq!(mention_speaker(s, "30"), None);
        let s = "Harbour\n\nMarta Velho told the crew that the storm sank 30 boats.";
        assert_eq!(mention_speaker(s, "30").as_deref(), Some("Marta Velho"));
    }

    #[test]
    fn a_date_after_a_verb_that_closes_a_quotation_dates_the_saying() {
        let s = "Harbour\n\n\u{201c}We sail at dawn tomorrow,\u{201d} Marta Velho said on the \
                 radio programme \u{201c}Morning Tide\u{201d} on Monday.";
        assert_eq!(mention_speaker(s, "on Monday"), None);
        let s = "Harbour\n\n\u{201c}We sail at dawn tomorrow,\u{201d} said Marta Velho while \
                 walking to the quay in Porto, last week.";
        assert_eq!(mention_speaker(s, "last week"), None);
        // A clause opened after the verb is words said.
        let s = "Harbour\n\n\u{201c}We sail at dawn tomorrow,\u{201d} Marta Velho said, adding \
                 the ferry would leave on Monday.";
        assert_eq!(
            mention_speaker(s, "on Monday").as_deref(),
            Some("Marta Velho")
        );
    }

    #[test]
    fn a_verb_of_adding_with_a_figure_for_its_object_says_nothing() {
        let s = "Markets\n\nShares in Norland Ferries added more than 3% on Monday.";
        assert_eq!(mention_speaker(s, "more than 3%"), None);
        let s = "Harbour\n\nMarta Velho added that 30 boats sank in the storm.";
        assert_eq!(mention_speaker(s, "30").as_deref(), Some("Marta Velho"));
    }

    #[test]
    fn a_relative_clause_in_the_object_ends_before_the_words_told() {
        let s = "Dockers\n\nUnion leader Ana Pereda told dockers who filled the square that \
                 the port should spend the city's $3 million on cranes.";
        assert_eq!(
            mention_speaker(s, "$3 million").as_deref(),
            Some("Ana Pereda")
        );
    }

    #[test]
    fn a_verb_of_saying_in_a_clause_after_though_speaks_for_that_clause() {
        let s = "Floods\n\nFour bridges have closed along the river, though engineers say \
                 the damage is slight.";
        assert_eq!(mention_speaker(s, "Four"), None);
    }

    #[test]
    fn a_belief_verb_before_a_number_speaks() {
        let s = "Cars\n\nMarta Lindqvist expects 2.4 million bikes will be sold next year.";
        assert_eq!(
            mention_speaker(s, "2.4 million").as_deref(),
            Some("Marta Lindqvist")
        );
    }

    #[test]
    fn as_a_source_reports_names_the_source_of_the_sentence() {
        let s = "Mills\n\nAs Tomas Ferreira reports for the Valley Courier, 70 workers lost \
                 their jobs.";
        assert_eq!(mention_speaker(s, "70").as_deref(), Some("Tomas Ferreira"));
    }

    #[test]
    fn a_bare_plural_role_after_a_conjunction_is_the_subject() {
        let s = "Mills\n\nThe mill closed its doors when officials warned that 70 jobs would go.";
        assert_eq!(mention_speaker(s, "70").as_deref(), Some("officials"));
    }

    #[test]
    fn a_participle_of_saying_with_no_comma_leaves_the_main_clause_to_the_article() {
        // The figure before the participle is what the subject did; the one after it is
        // what was said.
        let s = "Talks\n\nThe mayor held a 90-minute meeting with the union leaders saying \
                 that 14 depots would stay open.";
        assert_eq!(mention_speaker(s, "90-minute"), None);
        assert_eq!(mention_speaker(s, "14").as_deref(), Some("The mayor"));
        let s = "Floods\n\nThe town evacuated 400 homes with forecasters warning that the \
                 river would crest within days.";
        assert_eq!(mention_speaker(s, "400"), None);
    }

    #[test]
    fn a_bare_plural_subject_after_and_opens_a_clause_of_its_own() {
        let s = "Rents\n\nRents in the harbour district rose by 12 percent, and economists \
                 believe the rise will slow next year.";
        assert_eq!(mention_speaker(s, "12 percent"), None);
    }

    #[test]
    fn a_study_shows_as_itself() {
        let s = "Sleep\n\nA small study showed that napping for 20 minutes improved recall.";
        assert_eq!(
            mention_speaker(s, "20 minutes").as_deref(),
            Some("A small study")
        );
    }

    #[test]
    fn a_figure_in_the_words_that_name_the_speaker_is_the_article_s() {
        // The count describes the study that speaks; the figure in its words is the study's.
        let s = "Tea\n\nOne trial in 212 nurses found that green tea lowered fatigue by 9 percent.";
        assert_eq!(mention_speaker(s, "212"), None);
        assert_eq!(
            mention_speaker(s, "9 percent").as_deref(),
            Some("One trial in 212 nurses")
        );
    }

    #[test]
    fn a_date_after_what_was_acknowledged_dates_the_act() {
        let s = "Rail\n\nAna Ruiz acknowledged serious delays on Tuesday, telling reporters \
                 that 40 trains ran late.";
        assert_eq!(mention_speaker(s, "on Tuesday"), None);
        assert_eq!(mention_speaker(s, "40").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_date_after_an_acts_object_with_a_figure_dates_the_act() {
        // A figure in the noun phrase announced leaves the date after it the act's.
        let s = "The harbour pilot Oren Vale announced his exit after nine seasons on Friday.";
        assert_eq!(mention_speaker(s, "on Friday"), None);
        let s = "The painter Ada Moor announced the close of her 14-year studio in June 2011.";
        assert_eq!(mention_speaker(s, "in June 2011"), None);
        // A clause there is what was announced: its date is part of the words.
        let s = "The mill owner Oren Vale announced they shut 12 kilns on Friday.";
        assert_eq!(
            mention_speaker(s, "on Friday").as_deref(),
            Some("Oren Vale")
        );
    }

    #[test]
    fn documents_before_a_verb_spelt_like_a_noun_speak_without_that() {
        // "claim" after a plural document noun, an object after it: the documents say it.
        let s = "The court filings claim the ferry firm paid 30 inspectors in the port.";
        assert_eq!(
            mention_speaker(s, "30").as_deref(),
            Some("The court filings")
        );
        let s = "The leaked memos claim the ferry firm paid 30 inspectors in the port.";
        assert_eq!(
            mention_speaker(s, "30").as_deref(),
            Some("The leaked memos")
        );
    }

    #[test]
    fn adjectives_set_off_by_a_comma_run_on_into_the_document() {
        let s = "One brief, 3-year survey found that 40 percent of the wells ran dry.";
        assert_eq!(
            mention_speaker(s, "40 percent").as_deref(),
            Some("One brief, 3-year survey")
        );
    }

    #[test]
    fn a_role_held_for_a_named_person_speaks_on_in_the_paragraph() {
        // The holder of the role said it, and the quote after the sentence goes on with
        // her, not with the singer whose lawyer she is.
        let s = "Lena Marsh, a singer from Coldwater, cancelled her autumn shows.\n\n\
                 Marsh's lawyer told a radio station that the dates would move. \
                 “The shows will all go ahead in the new year instead.”";
        assert_eq!(quote_speakers(s), [Some("Marsh's lawyer".into())]);
        // Likewise the roles that speak for a performer.
        for role in ["agent", "publicist"] {
            let s = s.replace("lawyer", role);
            assert_eq!(quote_speakers(&s), [Some(format!("Marsh's {role}"))]);
        }
    }

    #[test]
    fn a_doer_noun_before_a_name_is_a_role_even_unlisted() {
        assert_eq!(
            quote_speakers(
                "“The storm season will start early this year,” said Kestrel Survey \
                 forecaster Ida Brunn."
            ),
            [Some("Ida Brunn".into())]
        );
        assert_eq!(
            quote_speakers(
                "“These rocks are older than we had thought,” said field geologist Piet Aarde of \
                 Varna's Rock Laboratory in Dorla."
            ),
            [Some("Piet Aarde".into())]
        );
    }

    #[test]
    fn a_participle_that_opens_the_sentence_has_no_speaker_of_its_own() {
        // "Asked later about ..." has no subject: the quote of the next paragraph is the
        // man named in the main clause, not the words after "Asked".
        let s = "Asked later about the ferry timetable, Bram Oster pointed to the winter \
                 storms.\n\n“We cannot sail when the waves are that high,” he said.";
        assert_eq!(quote_speakers(s), [Some("Bram Oster".into())]);
        // An inverted subject after it still speaks.
        let s = "The forum filled up within an hour.\n\n\
                 Asked one visitor on the forum: “Where can we buy tickets for the ferry?”";
        assert_eq!(quote_speakers(s), [Some("one visitor".into())]);
    }

    #[test]
    fn the_speaker_a_closing_epithet_gave_goes_on_into_the_next_paragraph() {
        let s = "Veteran coach Arno Teller retired on Sunday after the final game.\n\n\
                 “These were the best years of my whole life,” the two-time league coach \
                 of the year said.\n\n\
                 “I will miss the players and the noise of the stands.”";
        let got = quote_speakers(s);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], got[0]);
        assert_eq!(got[1].as_deref(), Some("Arno Teller"));
    }

    #[test]
    fn a_clause_of_time_opens_the_subject_of_the_speech_verb() {
        // "before the captain came back ... and said": the captain, not the man the
        // sentence opens on; the next paragraph's "he" goes on with her words.
        let s = "The ferry left the harbour late on Friday.\n\n\
                 For Tom Walsh, a teacher on his way home, it felt like hours before the \
                 captain came back on the radio and said: “The engine has stopped again.”\n\n\
                 “We will have to turn back to the harbour now,” he announced.";
        assert_eq!(
            quote_speakers(s),
            [Some("the captain".into()), Some("the captain".into())]
        );
        // "... “a test” after the ferry company earlier said": the time adverb is no part
        // of the speaker, nor the conjunction.
        let s = "The union rejected the deal after the ferry company earlier said it was \
                 “the best offer we can make”.";
        assert_eq!(quote_speakers(s), [Some("the ferry company".into())]);
        // A pronoun after the conjunction still stands for the subject.
        let s = "Harbour master Lena Marsh on Sunday denounced the plan as “a reckless and \
                 dangerous act,” after she called a meeting of the port board.";
        assert_eq!(quote_speakers(s), [Some("Lena Marsh".into())]);
    }

    #[test]
    fn a_name_in_apposition_after_a_role_and_its_complement_speaks() {
        let s = "“The harbour will reopen before the summer season,” Norland’s envoy to the \
                 United Nations, Mara Velt, told reporters.";
        assert_eq!(quote_speakers(s), [Some("Mara Velt".into())]);
        let s = "“The harbour will reopen before the summer season,” said Norland’s \
                 Ambassador to the United Nations, Mara Velt.";
        assert_eq!(quote_speakers(s), [Some("Mara Velt".into())]);
        // After a possessive role that a source opens, the name, not whose role it is.
        let s = "The ferry captain grew up on the island.\n\n\
                 According to her uncle, Tomas Brill, “she could read a tide chart before she \
                 could swim.”";
        assert_eq!(quote_speakers(s), [Some("Tomas Brill".into())]);
    }

    #[test]
    fn as_someone_put_it_before_a_quotation_gives_it_to_them() {
        let s = "Tomas Brill has farmed the valley for forty years.\n\n\
                 As Brill put it, “nobody in the valley ever saw a flood of that size.”";
        assert_eq!(quote_speakers(s), [Some("Tomas Brill".into())]);
    }

    #[test]
    fn a_name_after_a_dash_on_the_quotations_own_line_signs_it() {
        let s = "The mill closed in the spring.\n\n\
                 “The river keeps its own counsel and nobody changes that.” — Ilse Marrow";
        assert_eq!(quote_speakers(s), [Some("Ilse Marrow".into())]);
    }

    #[test]
    fn he_contracted_with_would_stands_for_a_person() {
        let s = "Jonas Feld kept bees on the hill above the village.\n\n\
                 “The bees know the weather better than any of us,” he’d tell visitors.";
        assert_eq!(quote_speakers(s), [Some("Jonas Feld".into())]);
    }

    #[test]
    fn a_verb_with_its_own_clause_after_a_quoted_sentence_does_not_attribute_it() {
        let s = "“We put the old stones back where they were,” Dale Brill wrote. “Our \
                 grandfather kept a ledger of every repair.” Martha added that the ledger was \
                 lost in a fire.";
        assert_eq!(
            quote_speakers(s),
            [Some("Dale Brill".into()), Some("Dale Brill".into())]
        );
    }

    #[test]
    fn what_a_speaker_says_she_told_herself_is_hers() {
        let s = "Jonas Feld walked the towpath every morning.\n\n\
                 “I just told myself: ‘Keep walking until the bridge is in sight,’” he said.";
        assert_eq!(
            quote_speakers(s),
            [Some("Jonas Feld".into()), Some("Jonas Feld".into())]
        );
    }

    #[test]
    fn a_word_in_ly_after_an_owner_is_a_noun_that_speaks() {
        let s = "Tom Brill fell into the river near the old mill.\n\n\
                 Tom Brill's family said: “We are grateful to everyone who searched the banks.”";
        assert_eq!(quote_speakers(s), [Some("Tom Brill's family".into())]);
        // A statement the family released speaks for the family.
        let s = "Tom Brill fell into the river near the old mill.\n\n\
                 Tom's family released a statement on Monday thanking the rangers.\n\n\
                 The statement said: “Our boy has seen a doctor and is doing well at home.”";
        assert_eq!(quote_speakers(s), [Some("Tom's family".into())]);
    }
}
