//! The vocabularies extraction reads: month names, currencies, hedges, speech verbs, measure
//! words and the like. They live as data in `data/lexicon/` and are compiled into the binary,
//! so a release runs anywhere; this module only parses them, once. One file, because every
//! list is parsed into the one `Lexicon` and its table of word classes (bits: `class.rs`).

use crate::model::claim::Bound;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Where a currency surface stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyPosition {
    Prefix,
    Suffix,
    Both,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency {
    pub code: String,
    pub position: CurrencyPosition,
    pub ambiguous: bool,
    /// How many of it make the currency's unit: 100 for "cents", else 1.
    pub subunits: u32,
}

/// How a line of page furniture is recognised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FurnitureRule {
    /// A line that is exactly this heading: the rest of the article is furniture.
    Heading(String),
    Prefix(String),
    Contains(String),
}

/// All vocabularies, lower case.
#[derive(Debug)]
pub struct Lexicon {
    pub months: HashMap<String, u32>,
    pub weekdays: HashMap<String, u32>,
    pub numbers: HashMap<String, f64>,
    pub vague_numbers: HashMap<String, f64>,
    pub scales: HashMap<String, f64>,
    pub currencies: HashMap<String, Currency>,
    /// Hedge phrases as word sequences, longest first.
    pub hedges: Vec<(Vec<String>, Bound)>,
    /// Hedges after a figure ("a year or so", "50 or more"): words and bound.
    pub trailing_hedges: Vec<(Vec<String>, Bound)>,
    /// Fractions of a whole, read as percents ("two-thirds" = 66.67, "half" = 50).
    pub fractions: Vec<(Vec<String>, f64)>,
    /// Words that multiply what follows ("twice the payload", "double the thrust").
    pub multipliers: HashMap<String, f64>,
    pub time_units: HashMap<String, (String, u32)>,
    pub speech_verbs: HashSet<String>,
    /// Two-word speech verbs ("went on").
    pub speech_phrases: Vec<(String, String)>,
    pub titles: HashSet<String>,
    pub org_words: HashSet<String>,
    pub role_nouns: HashSet<String>,
    pub pronouns: HashSet<String>,
    pub abbreviations: HashSet<String>,
    pub past_verbs: HashSet<String>,
    pub furniture: Vec<FurnitureRule>,
    /// Furniture headings that may also stand between two paragraphs of the story ("Read
    /// more" over one teaser): they end the article only when no paragraph of prose follows.
    pub teaser_headings: HashSet<String>,
    pub places: HashSet<String>,
    /// Abbreviations of time zones (`data/words/time-zones.txt`): "2100 GMT" is a time of day.
    pub time_zones: rustc_hash::FxHashSet<&'static str>,
    pub demonyms: HashSet<String>,
    pub function_words: HashSet<String>,
    pub plurals: HashSet<String>,
    /// Nouns in -che, -sse, -xe whose plural only adds -s ("headaches").
    pub e_singulars: HashSet<String>,
    pub measure_words: HashSet<String>,
    pub ratio_words: HashMap<String, f64>,
    pub interview_verbs: HashSet<String>,
    /// Verbs of believing, expecting and wanting, whose clause is a claim of the subject's.
    pub belief_verbs: HashSet<String>,
    pub determiners: HashSet<String>,
    pub speech_nouns: HashSet<String>,
    /// What happened to people counted (`casualties.tsv`): "killed" -> "people killed"; the
    /// words that may stand between ("people", "others") map to "-".
    pub casualties: HashMap<String, String>,
    /// Units of measurement outside the claim kinds (`measure_units.txt`).
    pub measure_units: HashSet<String>,
    /// English stop words (`stopwords.txt`): left out of story grouping's word features.
    pub stopwords: HashSet<String>,
    /// Heads that after "the" stand for the organisation that last spoke (`org_anaphors.txt`).
    pub org_anaphors: HashSet<String>,
    /// Heads that after "the" stand for the source last named, not the article's main
    /// organisation ("according to the website", "the data showed"; `source_anaphors.txt`).
    pub source_anaphors: HashSet<String>,
    /// Verbs of evidence ("the data showed"): speech verbs only for a source
    /// (`evidence_verbs.txt`).
    pub evidence_verbs: HashSet<String>,
    /// Fixed-day holidays (`holidays.tsv`): the name's words, month and day.
    pub holidays: Vec<(Vec<String>, u32, u32)>,
    /// The same holidays' names, their words joined by single spaces ("new year's day"), for
    /// comparing a name with them without joining the words at every comparison; sorted, so
    /// the names that start alike stand together.
    pub holiday_names: Vec<String>,
    /// Words that make a weekday look forward (`future_cues.txt`).
    pub future_cues: HashSet<String>,
    /// Words opening a clause of time or condition, whose present tense tells of days to come
    /// when the main clause looks forward (`time_clauses.txt`).
    pub time_clauses: HashSet<String>,
    /// Words before "N to M" that make it a change, not a range (`change_words.txt`).
    pub change_words: HashSet<String>,
    /// Nouns for people by age or kin (`person_nouns.txt`).
    pub person_nouns: HashSet<String>,
    /// Words tying figures together (`comparisons.tsv`): the "from" and "to" of a change, and
    /// the phrases that introduce parts of a total.
    pub change_from: HashSet<String>,
    pub change_to: HashSet<String>,
    pub part_cues: Vec<String>,
    /// Terms of the measure vocabulary (`ontology/measures.ttl`, its SKOS labels) to the
    /// name of their concept ("patent" -> "patents").
    pub measures: HashMap<String, String>,
    /// Each measure concept's broader concept ("investment" -> "money").
    pub measure_broader: HashMap<String, String>,
    /// Each measure concept's preferred label ("killed" -> "people killed").
    pub measure_labels: HashMap<String, String>,
    /// For each word of the vocabularies, which of them it belongs to ([`class`] bits): one
    /// lookup per token instead of one per vocabulary.
    pub classes: HashMap<String, u32>,
    /// `classes` again as an open-addressed table keyed on a word's length and first, second
    /// and last bytes: a lookup costs a few byte comparisons, no hashing of the whole word.
    /// The slots hold an index into `class_words` (plus one; 0 is empty), two bytes each, so
    /// the table stays in the first-level cache and a word outside every vocabulary (most
    /// words) costs one load from it.
    class_slots: Vec<u16>,
    class_words: Vec<(Box<str>, u32)>,
    /// `furniture` as one automaton: the first rule a line matches, in one pass over it.
    pub furniture_index: FurnitureIndex,
}

/// The furniture rules for [`FurnitureIndex::first_match`]: headings by their text, prefixes
/// and phrases in one Aho-Corasick automaton (a line is searched once, not once per rule).
#[derive(Debug)]
pub struct FurnitureIndex {
    /// Each heading's text to the first rule that is that heading.
    headings: HashMap<String, usize>,
    /// The non-empty patterns of the phrase rules, each once: searched all through a line.
    automaton: aho_corasick::AhoCorasick,
    /// The same patterns for a vector search (Teddy) that only says whether a line holds any:
    /// `None` where the processor has no vector instructions for it.
    any_phrase: Option<aho_corasick::packed::Searcher>,
    /// For each pattern of `automaton`, the first phrase rule with it.
    rules: Vec<usize>,
    /// The non-empty patterns of the prefix rules, each once, with the first prefix rule with
    /// it: compared with a line's start only.
    prefixes: Vec<(String, usize)>,
    /// The first prefix or phrase rule with an empty pattern (it matches every line).
    always: usize,
    /// The non-empty patterns of the phrase rules, each once; the bytes they open with; and
    /// whether a phrase rule's pattern is empty: for [`FurnitureIndex::opens_with_phrase`].
    phrases: Vec<String>,
    phrase_openings: [bool; 256],
    contains_always: bool,
}

impl FurnitureIndex {
    fn new(rules: &[FurnitureRule]) -> FurnitureIndex {
        let mut headings: HashMap<String, usize> = HashMap::default();
        let mut patterns: Vec<&str> = Vec::new();
        let mut ids: HashMap<&str, usize> = HashMap::default();
        let mut by_pattern: Vec<(usize, usize)> = Vec::new();
        let mut always = usize::MAX;
        let mut contains_always = false;
        for (r, rule) in rules.iter().enumerate() {
            let (pattern, is_prefix) = match rule {
                FurnitureRule::Heading(h) => {
                    headings.entry(h.clone()).or_insert(r);
                    continue;
                }
                FurnitureRule::Prefix(p) => (p.as_str(), true),
                FurnitureRule::Contains(c) => (c.as_str(), false),
            };
            if pattern.is_empty() {
                always = always.min(r);
                contains_always |= !is_prefix;
                continue;
            }
            let id = *ids.entry(pattern).or_insert_with(|| {
                patterns.push(pattern);
                by_pattern.push((usize::MAX, usize::MAX));
                patterns.len() - 1
            });
            let slot = &mut by_pattern[id];
            if is_prefix {
                slot.0 = slot.0.min(r);
            } else {
                slot.1 = slot.1.min(r);
            }
        }
        // A prefix counts only at a line's start: compared there, not searched for. The
        // phrases are searched with a DFA: every short line of every article is searched for
        // every match (overlapping), which the default noncontiguous NFA does several times
        // slower; the rules are few, so the DFA is small.
        let prefixes = patterns
            .iter()
            .zip(&by_pattern)
            .filter(|(_, rules)| rules.0 != usize::MAX)
            .map(|(p, rules)| ((*p).to_owned(), rules.0))
            .collect();
        let (phrases, rules): (Vec<&str>, Vec<usize>) = patterns
            .iter()
            .zip(&by_pattern)
            .filter(|(_, rules)| rules.1 != usize::MAX)
            .map(|(p, rules)| (*p, rules.1))
            .unzip();
        let automaton = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&phrases)
            .unwrap_or_else(|e| panic!("furniture.tsv: {e}"));
        let any_phrase = aho_corasick::packed::Searcher::new(&phrases);
        let mut phrase_openings = [false; 256];
        for p in &phrases {
            phrase_openings[usize::from(p.as_bytes()[0])] = true;
        }
        FurnitureIndex {
            phrases: phrases.iter().map(|p| (*p).to_owned()).collect(),
            phrase_openings,
            contains_always,
            headings,
            automaton,
            any_phrase,
            rules,
            prefixes,
            always,
        }
    }

    /// Whether `text` opens with the pattern of a phrase rule (or a phrase rule's pattern is
    /// empty): a paragraph too long to be furniture is furniture only so.
    pub fn opens_with_phrase(&self, text: &str) -> bool {
        let opening = text.as_bytes().first().copied();
        self.contains_always
            || opening.is_some_and(|b| self.phrase_openings[usize::from(b)])
                && self.phrases.iter().any(|p| text.starts_with(p.as_str()))
    }

    /// The index in `Lexicon::furniture` of the first rule that `text` (a trimmed line, lower
    /// case) matches: the text is the heading, starts with the prefix, or contains the phrase.
    pub fn first_match(&self, text: &str) -> Option<usize> {
        let mut first = self.always;
        if let Some(&r) = self.headings.get(text) {
            first = first.min(r);
        }
        let opening = text.as_bytes().first();
        for (prefix, r) in &self.prefixes {
            if *r < first
                && prefix.as_bytes().first() == opening
                && text.starts_with(prefix.as_str())
            {
                first = *r;
            }
        }
        // Most lines hold no phrase, which a vector search tells several bytes at a time:
        // the overlapping search, which steps through every byte (2 % of extraction's
        // instructions), runs only on a line that holds one.
        let holds_phrase = match &self.any_phrase {
            Some(searcher) => searcher.find(text).is_some(),
            None => self.automaton.is_match(text),
        };
        if holds_phrase {
            for m in self.automaton.find_overlapping_iter(text) {
                first = first.min(self.rules[m.pattern().as_usize()]);
            }
        }
        (first != usize::MAX).then_some(first)
    }
}

/// Slots of the class table: a power of two well above the vocabulary's size, so probes are
/// short and a word outside it usually meets an empty slot at once.
const TABLE_SLOTS: usize = 1 << 14;

#[inline]
fn table_slot(word: &[u8]) -> usize {
    let first = word.first().copied().unwrap_or(0);
    let second = word.get(1).copied().unwrap_or(0);
    let last = word.last().copied().unwrap_or(0);
    let key = (word.len() as u32) << 24
        | u32::from(first) << 16
        | u32::from(second) << 8
        | u32::from(last);
    (key.wrapping_mul(0x9E37_79B1) >> 18) as usize
}

pub mod class;

/// The roles of `data/words/clause-words.tsv`'s second column, numbered from one in a word's
/// class bits: `extract::event` reads a word's role there, with no lookup of the word.
pub const CLAUSE_ROLES: [&str; 9] = [
    "aux", "verb", "notverb", "sub", "rel", "prep", "conj", "particle", "adverb",
];
// The roles' numbers (from one) fit the bits of `class::CLAUSE_ROLE_MASK`.
const _: () = assert!(CLAUSE_ROLES.len() as u32 <= class::CLAUSE_ROLE_MASK);

/// Common words that `extract::dates` lets open a date expression ([`class::DATE_OPENER`]):
/// "later" and "earlier" always, the others only before a number, a month, a weekday or a
/// date keyword ("the end of", "in 2014", "a week ago").
pub const DATE_OPENERS: &[&str] = &[
    "later", "earlier", "the", "in", "a", "an", "on", "over", "more", "by", "before", "until",
    "since", "during", "one", "from", "between",
];

/// Words that open a figure though they are no number, ratio, multiplier or fraction word
/// ([`class::FIGURE_OPENER`], tested by `extract::figures` at every word before its detectors
/// run): "by" and "a" of a factor, "a", "an", "one", "couple" of a duration with an article,
/// "half", "within", "for", "in" of a duration in words, "a", "an", "one" of a number, and
/// "several", "few", "couple" of vague hundreds.
pub const FIGURE_OPENERS: &[&str] = &[
    "a", "an", "by", "one", "couple", "half", "within", "for", "in", "several", "few",
];

/// Words of the date grammar that can open a date expression or follow its opener
/// ([`class::DATE_KEYWORD`]: `extract::dates` tests the bit at every word).
pub const DATE_KEYWORDS: &[&str] = &[
    "early",
    "late",
    "mid",
    "fiscal",
    "several",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "last",
    "this",
    "next",
    "past",
    "previous",
    "current",
    "coming",
    "recent",
    "first",
    "second",
    "third",
    "fourth",
    "full",
    "whole",
    "entire",
    "end",
    "beginning",
    "start",
    "middle",
    "few",
    "couple",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "quarter",
    "half",
    "weekend",
    "fortnight",
    "decade",
    "decades",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

macro_rules! lexicon_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../data/lexicon/", $name)))
    };
}

/// The labels of the measure vocabulary's concepts, lower case, to the concept's local name.
/// The vocabulary is compiled in; a file that does not parse is a build-time mistake the tests
/// catch.
fn measure_terms(ttl: &str) -> MeasureTerms {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    let local = |iri: &str| iri.rsplit('/').next().unwrap_or(iri).to_owned();
    let mut terms = HashMap::default();
    let mut broader = HashMap::default();
    let mut labels = HashMap::default();
    for triple in RdfParser::from_format(RdfFormat::Turtle).for_reader(ttl.as_bytes()) {
        let triple = triple.unwrap_or_else(|e| panic!("ontology/measures.ttl: {e}"));
        let NamedOrBlankNode::NamedNode(concept) = &triple.subject else {
            continue;
        };
        let predicate = triple.predicate.as_str();
        match &triple.object {
            Term::Literal(term)
                if predicate.ends_with("#prefLabel") || predicate.ends_with("#altLabel") =>
            {
                terms
                    .entry(term.value().to_lowercase())
                    .or_insert_with(|| local(concept.as_str()));
                if predicate.ends_with("#prefLabel") {
                    labels.insert(local(concept.as_str()), term.value().to_owned());
                }
            }
            Term::NamedNode(parent) if predicate.ends_with("#broader") => {
                broader.insert(local(concept.as_str()), local(parent.as_str()));
            }
            _ => {}
        }
    }
    MeasureTerms {
        terms,
        broader,
        labels,
    }
}

/// The measure vocabulary read for lookups: terms to concepts, concepts to their broader
/// concept and to their preferred label.
struct MeasureTerms {
    terms: HashMap<String, String>,
    broader: HashMap<String, String>,
    labels: HashMap<String, String>,
}

/// The lines of a data file that say something: not blank, not a `#` comment (trailing
/// whitespace cut).
pub fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Rows of a lexicon file: its [`data_lines`], split on tabs.
fn rows(file: (&'static str, &'static str)) -> impl Iterator<Item = Vec<&'static str>> {
    data_lines(file.1).map(|l| l.split('\t').collect())
}

/// The words of a two-column file whose second column is `role`.
fn role_words(file: (&'static str, &'static str), role: &str) -> HashSet<String> {
    rows(file)
        .filter(|r| r.get(1).is_some_and(|v| v.trim() == role))
        .map(|r| r[0].trim().to_owned())
        .collect()
}

/// The words of a list in `data/words/`, one a line (blank lines and `#` comments skipped).
pub fn word_set(list: &'static str) -> rustc_hash::FxHashSet<&'static str> {
    data_lines(list).map(str::trim).collect()
}

fn words(file: (&'static str, &'static str)) -> HashSet<String> {
    rows(file).map(|r| r[0].trim().to_owned()).collect()
}

fn numbered<T: std::str::FromStr>(file: (&'static str, &'static str)) -> HashMap<String, T> {
    rows(file)
        .map(|r| {
            let value = r
                .get(1)
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("{}: bad row {:?}", file.0, r));
            (r[0].trim().to_owned(), value)
        })
        .collect()
}

impl Lexicon {
    /// The lexicon compiled into the binary. A malformed data file is a build-time mistake
    /// caught by the tests, so it panics here rather than returning an error to users.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut lexicon = Lexicon::load();
            lexicon.classes = lexicon.word_classes();
            lexicon.holiday_names = lexicon.holidays.iter().map(|h| h.0.join(" ")).collect();
            lexicon.holiday_names.sort_unstable();
            lexicon.class_slots = vec![0; TABLE_SLOTS];
            let mut words: Vec<(&String, &u32)> = lexicon.classes.iter().collect();
            words.sort();
            assert!(
                words.len() < usize::from(u16::MAX),
                "the vocabularies outgrew the class table"
            );
            for (word, class) in words {
                let mut slot = table_slot(word.as_bytes());
                while lexicon.class_slots[slot] != 0 {
                    slot = (slot + 1) % TABLE_SLOTS;
                }
                lexicon.class_words.push((word.as_str().into(), *class));
                lexicon.class_slots[slot] = lexicon.class_words.len() as u16;
            }
            lexicon
        })
    }

    fn word_classes(&self) -> HashMap<String, u32> {
        let mut classes: HashMap<String, u32> = HashMap::default();
        let mut mark = |word: &str, bit: u32| *classes.entry(word.to_owned()).or_default() |= bit;
        for w in self.numbers.keys().chain(self.vague_numbers.keys()) {
            mark(w, class::NUMBER);
        }
        for w in self.ratio_words.keys() {
            mark(w, class::RATIO);
        }
        for (words, _) in &self.fractions {
            if let Some(first) = words.first() {
                mark(first, class::FRACTION);
            }
        }
        for w in self.multipliers.keys() {
            mark(w, class::MULTIPLIER);
        }
        for w in self.speech_verbs.iter().chain(&self.interview_verbs) {
            mark(w, class::SPEECH);
        }
        for (first, _) in &self.speech_phrases {
            mark(first, class::SPEECH);
        }
        for w in &self.belief_verbs {
            mark(w, class::BELIEF);
        }
        for (words, _, _) in &self.holidays {
            if let Some(first) = words.first() {
                mark(first, class::HOLIDAY);
            }
        }
        for w in self.months.keys() {
            mark(w, class::MONTH);
        }
        for w in DATE_KEYWORDS {
            mark(w, class::DATE_KEYWORD);
        }
        for w in DATE_OPENERS {
            mark(w, class::DATE_OPENER);
        }
        for w in FIGURE_OPENERS {
            mark(w, class::FIGURE_OPENER);
        }
        // Every word of the list's first column: a bit on a word no detector takes only costs
        // that word the detectors' own tests.
        for line in data_lines(include_str!("../../data/words/how-often-adverbs.tsv")) {
            let word = line.split('\t').next().unwrap_or(line).trim();
            mark(word, class::FIGURE_OPENER);
        }
        // Every word of the first column, with its role's number (none for a role not listed).
        for line in data_lines(include_str!("../../data/words/clause-words.tsv")) {
            let (word, role) = line.split_once('\t').unwrap_or((line, ""));
            let role = CLAUSE_ROLES.iter().position(|r| *r == role.trim());
            let role = role.map_or(0, |r| r as u32 + 1) << class::CLAUSE_ROLE_SHIFT;
            mark(word.trim(), class::CLAUSE_WORD | role);
        }
        let function_words = include_str!("../../data/words/function-words.tsv");
        for (word, language) in data_lines(function_words).filter_map(|l| l.split_once('\t')) {
            let bit = match language.trim() {
                "en" => class::ENGLISH_FUNCTION,
                _ => class::FOREIGN_FUNCTION,
            };
            mark(word.trim(), bit);
        }
        for w in self.weekdays.keys() {
            mark(w, class::WEEKDAY);
            // "Friday's record", "Monday’s indictment": the day, possessive.
            for possessive in ["'s", "’s"] {
                mark(&format!("{w}{possessive}"), class::WEEKDAY);
            }
        }
        let sets = [
            (&self.function_words, class::FUNCTION),
            (&self.pronouns, class::PRONOUN),
            (&self.determiners, class::DETERMINER),
            (&self.titles, class::TITLE),
            (&self.role_nouns, class::ROLE),
            (&self.demonyms, class::DEMONYM),
            (&self.org_words, class::ORG),
            (&self.person_nouns, class::PERSON_NOUN),
            (&self.places, class::PLACE),
            (&self.abbreviations, class::ABBREVIATION),
            (&self.past_verbs, class::PAST_VERB),
            (&self.org_anaphors, class::ORG_ANAPHOR),
            (&self.speech_verbs, class::SPEECH_VERB),
        ];
        for (set, bit) in sets {
            for w in set {
                mark(w, bit);
            }
        }
        classes
    }

    fn load() -> Lexicon {
        let currencies = rows(lexicon_file!("currencies.tsv"))
            .map(|r| {
                let position = match r.get(2).copied() {
                    Some("prefix") => CurrencyPosition::Prefix,
                    Some("suffix") => CurrencyPosition::Suffix,
                    Some("both") => CurrencyPosition::Both,
                    other => panic!("currencies.tsv: bad position {other:?}"),
                };
                let currency = Currency {
                    code: r[1].to_owned(),
                    position,
                    ambiguous: r.get(3).copied() == Some("1"),
                    subunits: r
                        .get(4)
                        .map_or(1, |v| v.parse().expect("currencies.tsv: bad subunits")),
                };
                (r[0].to_owned(), currency)
            })
            .collect();
        let mut hedges: Vec<(Vec<String>, Bound)> = rows(lexicon_file!("hedges.tsv"))
            .map(|r| {
                let bound = r[1].parse().unwrap_or_else(|e| panic!("hedges.tsv: {e}"));
                (r[0].split_whitespace().map(str::to_owned).collect(), bound)
            })
            .collect();
        hedges.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        let time_units = rows(lexicon_file!("time_units.tsv"))
            .map(|r| {
                let mult = r[2]
                    .parse()
                    .unwrap_or_else(|_| panic!("time_units.tsv: bad row {r:?}"));
                (r[0].to_owned(), (r[1].to_owned(), mult))
            })
            .collect();
        let mut speech_verbs = HashSet::default();
        let mut speech_phrases = Vec::new();
        for verb in words(lexicon_file!("speech_verbs.txt")) {
            match verb.split_once(' ') {
                Some((a, b)) => speech_phrases.push((a.to_owned(), b.to_owned())),
                None => {
                    speech_verbs.insert(verb);
                }
            }
        }
        let furniture = rows(lexicon_file!("furniture.tsv"))
            .map(|r| {
                let pattern = r.get(1).map(|p| p.to_string()).unwrap_or_default();
                match r[0] {
                    "heading" | "teaser" => FurnitureRule::Heading(pattern),
                    "prefix" => FurnitureRule::Prefix(pattern),
                    "contains" => FurnitureRule::Contains(pattern),
                    other => panic!("furniture.tsv: unknown rule {other:?}"),
                }
            })
            .collect::<Vec<_>>();
        let furniture_index = FurnitureIndex::new(&furniture);
        // The measure vocabulary is Turtle: parse it once for both of its tables.
        let MeasureTerms {
            terms: measures,
            broader: measure_broader,
            labels: measure_labels,
        } = measure_terms(include_str!("../../ontology/measures.ttl"));
        Lexicon {
            months: numbered(lexicon_file!("months.tsv")),
            weekdays: numbered(lexicon_file!("weekdays.tsv")),
            numbers: numbered(lexicon_file!("numbers.tsv")),
            vague_numbers: numbered(lexicon_file!("vague_numbers.tsv")),
            scales: numbered(lexicon_file!("scales.tsv")),
            currencies,
            hedges,
            trailing_hedges: rows(lexicon_file!("trailing_hedges.tsv"))
                .map(|r| {
                    let words = r[0].split_whitespace().map(str::to_owned).collect();
                    let bound = r[1]
                        .parse()
                        .unwrap_or_else(|e| panic!("trailing_hedges.tsv: {e}"));
                    (words, bound)
                })
                .collect(),
            fractions: {
                let mut f: Vec<(Vec<String>, f64)> = rows(lexicon_file!("fractions.tsv"))
                    .map(|r| {
                        let words = r[0].split_whitespace().map(str::to_owned).collect();
                        let value = r[1]
                            .parse()
                            .unwrap_or_else(|e| panic!("fractions.tsv: {e}"));
                        (words, value)
                    })
                    .collect();
                f.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
                f
            },
            multipliers: numbered(lexicon_file!("multipliers.tsv")),
            time_units,
            speech_verbs,
            speech_phrases,
            titles: words(lexicon_file!("titles.txt")),
            org_words: words(lexicon_file!("org_words.txt")),
            role_nouns: words(lexicon_file!("role_nouns.txt")),
            pronouns: words(lexicon_file!("pronouns.tsv")),
            abbreviations: words(lexicon_file!("abbreviations.txt")),
            past_verbs: words(lexicon_file!("past_verbs.txt")),
            furniture,
            teaser_headings: rows(lexicon_file!("furniture.tsv"))
                .filter(|r| r[0] == "teaser")
                .filter_map(|r| r.get(1).map(|p| p.to_string()))
                .collect(),
            places: words(lexicon_file!("place_words.txt")),
            time_zones: word_set(include_str!("../../data/words/time-zones.txt")),
            demonyms: words(lexicon_file!("demonyms.txt")),
            function_words: words(lexicon_file!("function_words.txt")),
            plurals: words(lexicon_file!("plurals.txt")),
            e_singulars: words(lexicon_file!("e_singulars.txt")),
            measure_words: words(lexicon_file!("measure_words.txt")),
            ratio_words: numbered(lexicon_file!("ratio_words.tsv")),
            interview_verbs: words(lexicon_file!("interview_verbs.txt")),
            belief_verbs: words(lexicon_file!("belief_verbs.txt")),
            determiners: words(lexicon_file!("determiners.txt")),
            speech_nouns: words(lexicon_file!("speech_nouns.txt")),
            casualties: rows(lexicon_file!("casualties.tsv"))
                .map(|r| {
                    let unit = r
                        .get(1)
                        .unwrap_or_else(|| panic!("casualties.tsv: bad row {r:?}"));
                    (r[0].trim().to_owned(), unit.trim().to_owned())
                })
                .collect(),
            measure_units: words(lexicon_file!("measure_units.txt")),
            stopwords: words(lexicon_file!("stopwords.txt")),
            future_cues: words(lexicon_file!("future_cues.txt")),
            time_clauses: words(lexicon_file!("time_clauses.txt")),
            change_words: words(lexicon_file!("change_words.txt")),
            org_anaphors: words(lexicon_file!("org_anaphors.txt")),
            source_anaphors: words(lexicon_file!("source_anaphors.txt")),
            evidence_verbs: words(lexicon_file!("evidence_verbs.txt")),
            holidays: rows(lexicon_file!("holidays.tsv"))
                .map(|r| {
                    let day = r.get(1).and_then(|d| {
                        let (m, d) = d.trim().split_once('-')?;
                        Some((m.parse().ok()?, d.parse().ok()?))
                    });
                    let (m, d) = day.unwrap_or_else(|| panic!("holidays.tsv: bad row {r:?}"));
                    (r[0].split_whitespace().map(str::to_owned).collect(), m, d)
                })
                .collect(),
            person_nouns: words(lexicon_file!("person_nouns.txt")),
            change_from: role_words(lexicon_file!("comparisons.tsv"), "change_from"),
            change_to: role_words(lexicon_file!("comparisons.tsv"), "change_to"),
            part_cues: role_words(lexicon_file!("comparisons.tsv"), "parts")
                .into_iter()
                .collect(),
            measures,
            measure_broader,
            measure_labels,
            classes: HashMap::default(),
            holiday_names: Vec::new(),
            class_slots: Vec::new(),
            class_words: Vec::new(),
            furniture_index,
        }
    }

    /// The vocabulary classes of a lower-case word (0 when it is in none).
    pub fn class_of(&self, word: &str) -> u32 {
        self.class_of_bytes(word.as_bytes())
    }
    /// [`Lexicon::class_of`] of a word's bytes (a token's: no character-boundary checks).
    #[inline]
    pub fn class_of_bytes(&self, word: &[u8]) -> u32 {
        let mut slot = table_slot(word);
        loop {
            let entry = match self.class_slots[slot] {
                0 => return 0,
                k => &self.class_words[usize::from(k) - 1],
            };
            // Compared a byte at a time in line: the words are short, and most probes end at
            // the length or the first byte.
            if entry.0.len() == word.len() && entry.0.bytes().zip(word).all(|(a, b)| a == *b) {
                return entry.1;
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
    }

    /// Month number for a month name or abbreviation, any case, with or without a period.
    pub fn month(&self, word: &str) -> Option<u32> {
        let w = word.trim_end_matches('.');
        if w.len() > 9 || w.len() < 3 {
            return None;
        }
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.months.get(&w.to_ascii_lowercase()).copied();
        }
        self.months.get(w).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        let lex = Lexicon::get();
        assert_eq!(lex.month("Sept."), Some(9));
        assert_eq!(lex.month("DECEMBER"), Some(12));
        assert_eq!(lex.currencies["yuan"].code, "CNY");
        assert!(lex.currencies["$"].ambiguous);
        assert_eq!(lex.hedges[0].0.len(), 3, "longest hedges come first");
        assert!(lex.speech_phrases.contains(&("went".into(), "on".into())));
        assert!(!lex.furniture.is_empty());
    }
}
