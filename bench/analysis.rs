//! Benchmark of the consistency analysis (`claimgraph::consistency::analyse`) on synthetic
//! claims: `cargo bench --bench analysis`.
//!
//! A deterministic generator writes a corpus that looks like news as extraction sees it:
//! articles of about 40 claims (counts, amounts, percents, ratios, dates, quotes) in stories
//! that several publishers cover, so that a share of the slots is reported by more than one
//! source, with agreeing, vaguer and conflicting renderings, and a few syndicated copies. For
//! each size the analysis alone is timed (the generation is not), and the process's peak RSS is
//! read. The sizes run in increasing order in one process, then the growth from one size to the
//! next is compared with n log n. After the last run of a size, its verdict counts and a
//! checksum of its findings are printed: a change meant only to make the analysis faster must
//! leave both as they were.
//!
//! Options (environment variables):
//! - `BENCH_CLAIMS`: the sizes, in claims (default `100000 1000000`);
//! - `BENCH_RUNS`: analyses per size, the fastest is reported (default 3: the first run of a
//!   size pays for mapping fresh memory, see the page faults it prints);
//! - `BENCH_SEED`: the generator's seed (default 1);
//! - `BENCH_TARGET_SECONDS`: the target for 1,000,000 claims (default 10);
//! - `BENCH_TIMEOUT`: give up on an analysis after this many seconds, print what was measured
//!   and exit 0 (default 600; 0 waits for ever).
//!
//! The analysis is single-threaded: run it pinned to one core, e.g.
//! `taskset -c 1 cargo bench --bench analysis`. It exits non-zero only when it cannot run, never
//! because a target is missed.

use claimgraph::consistency::curation::Curation;
use claimgraph::consistency::fx::Rates;
use claimgraph::consistency::{analyse, Analysis, Scope, Verdict};
use claimgraph::model::article::Source;
use claimgraph::model::claim::{Bound, DateBasis, Kind, Mention};
use claimgraph::model::time::{Date, Period, Precision};
use claimgraph::tools::rng::Rng;
use std::fmt::Write as _;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Random numbers.

/// The project's one seeded generator, with the two draws only this benchmark needs.
trait Draws {
    /// True with probability `p`.
    fn probability(&mut self, p: f64) -> bool;
    /// One of a list of words (copied out).
    fn choose<T: Copy>(&mut self, items: &[T]) -> T;
}

impl Draws for Rng {
    fn probability(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn choose<T: Copy>(&mut self, items: &[T]) -> T {
        *self.pick(items)
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabularies.

const PUBLISHER_FIRST: [&str; 5] = ["Daily", "Evening", "Morning", "Global", "National"];
const PUBLISHER_LAST: [&str; 10] = [
    "Herald",
    "Times",
    "Post",
    "Tribune",
    "Gazette",
    "Ledger",
    "Courier",
    "Observer",
    "Chronicle",
    "Review",
];
const ORG_STEMS: [&str; 16] = [
    "Org", "Acme", "Norda", "Veltra", "Kestrel", "Borea", "Lumen", "Corvid", "Halcyon", "Meridian",
    "Quorra", "Sable", "Tessera", "Umbra", "Vantor", "Zephyr",
];
const ORG_SUFFIXES: [&str; 12] = [
    "Holdings",
    "Group",
    "Robotics",
    "Energy",
    "Capital",
    "Logistics",
    "Systems",
    "Motors",
    "Pharma",
    "Networks",
    "Bank",
    "Ministry",
];
const FIRST_NAMES: [&str; 24] = [
    "Ana", "Ben", "Chen", "Dara", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jon", "Kofi", "Lena",
    "Mika", "Nour", "Omar", "Pia", "Raul", "Sina", "Tomas", "Uma", "Vera", "Wei", "Yara", "Zoe",
];
const LAST_NAMES: [&str; 24] = [
    "Lopez", "Smith", "Wang", "Novak", "Okafor", "Silva", "Tanaka", "Muller", "Rossi", "Kim",
    "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Petrov", "Quinn",
    "Reyes", "Sato", "Torres", "Varga", "Weber",
];
const PLACES: [&str; 10] = [
    "China",
    "Germany",
    "France",
    "India",
    "Japan",
    "Canada",
    "Brussels",
    "London",
    "Singapore",
    "Russia",
];
/// Topic words of news sentences, most frequent first; the generator adds made-up words after
/// them for a long tail.
const TOPIC_WORDS: &str = "\
    government market company trade plan project deal agreement investment policy talks election \
    court contract tariffs sanctions merger pipeline factory budget reform strike summit treaty \
    subsidy licence platform network vaccine outbreak lockdown exports imports regulation \
    currency blockchain payment mining satellite reactor railway bridge airport harbour refinery \
    battery semiconductor chips software patent appeal ruling inquiry probe audit scandal \
    bribery fraud layoffs hiring wages pension housing mortgage loans bonds shares dividend \
    earnings forecast inflation interest deficit surplus stimulus bailout default restructuring \
    bankruptcy takeover stake listing offering partnership venture alliance negotiations \
    ceasefire deployment drills missile border visas migration asylum campaign referendum ballot \
    candidate coalition parliament cabinet resignation appointment nomination scheme programme \
    initiative research trial study survey review emissions carbon climate drought flood \
    wildfire earthquake storm harvest grain steel aluminium copper crude fuel power grid \
    turbines solar hydrogen electric vehicles cars trucks shipping ports containers freight \
    airline flights tourism hotels retail stores online digital data privacy cyber attack \
    hackers security defence army navy police protest rally arrests prison hospital clinics \
    doctors nurses schools students teachers university universities scholarship laboratory \
    experiment telescope rocket mission";
const SYLLABLES: [&str; 24] = [
    "tar", "vel", "mon", "dex", "ral", "kin", "sor", "bel", "pra", "nu", "lis", "tro", "gan",
    "mer", "dov", "qua", "zen", "fli", "hor", "cas", "pel", "wyn", "rod", "ix",
];
/// Words quotations are made of besides topic words.
const QUOTE_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "to", "and", "we", "will", "that", "is", "a", "in", "for", "this", "our", "not",
    "it", "be", "have", "are", "with", "on", "they", "must", "can", "all", "more", "very", "new",
    "people", "time", "now", "very", "about", "there", "would", "should", "what", "been", "from",
    "their", "them",
];
const EVENT_VERBS: [&str; 10] = [
    "signed",
    "completed",
    "approved",
    "postponed",
    "opened",
    "unveiled",
    "launched",
    "blocked",
    "cancelled",
    "finalised",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const COUNT_VERBS: [&str; 10] = [
    "reported",
    "said it had",
    "counted",
    "listed",
    "registered",
    "recorded",
    "disclosed",
    "tallied",
    "logged",
    "has",
];
const COUNT_VERBS_PASSIVE: [&str; 4] = ["counted", "registered", "recorded", "reported"];
const TAIL_PREPOSITIONS: [&str; 8] = [
    "amid", "after", "before", "despite", "during", "for", "with", "under",
];
const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// Count measures: concept, counted noun phrases.
const COUNT_MEASURES: &[(&str, &[&str])] = &[
    ("patents", &["patents", "solar patents", "design patents"]),
    (
        "projects",
        &["projects", "blockchain projects", "pilot projects"],
    ),
    ("people", &["people", "residents", "protesters"]),
    ("jobs", &["jobs", "new jobs"]),
    ("cases", &["cases", "court cases", "lawsuits"]),
    ("publications", &["publications", "research papers"]),
    ("institutes", &["research institutes"]),
    ("organisations", &["companies", "organizations"]),
    ("searches", &["searches", "online searches"]),
    ("places", &["cities", "sites"]),
];
/// Money measures.
const MONEY_MEASURES: [&str; 6] = [
    "investment",
    "revenue",
    "profit",
    "spending",
    "trade",
    "money",
];
const MONEY_PHRASES: [(&str, &str); 6] = [
    ("investment", "will invest"),
    ("revenue", "reported revenue of"),
    ("profit", "made a profit of"),
    ("spending", "plans spending of"),
    ("trade", "recorded trade worth"),
    ("money", "raised"),
];

/// Currencies a synthetic amount is written in: code, rough units per US dollar.
const CURRENCIES: [(&str, f64); 4] = [("USD", 1.0), ("EUR", 0.9), ("CNY", 6.9), ("GBP", 0.78)];

/// How flat the head of the entities' popularity is: with 10, the most named entity is in 1 to
/// 2 % of the claims that name one, as a head of state is in the news.
const ENTITY_Q: f64 = 10.0;
/// Topic words (content words, no function words): a vocabulary of this many, the ten most
/// frequent making about 4 % of the draws.
const TOPIC_POOL: usize = 20_000;
const TOPIC_Q: f64 = 30.0;
/// Function words of quotations (Mandelbrot's fit of word frequencies has a small offset).
const WORD_Q: f64 = 2.7;

/// The pools names and words are drawn from, by rank (rank 0 the most frequent).
struct World {
    publishers: Vec<String>,
    /// Organisations and people, interleaved, by popularity.
    entities: Vec<String>,
    /// Which entities are people.
    person: Vec<bool>,
    topics: Vec<String>,
}

impl World {
    fn new(articles: usize, rng: &mut Rng) -> World {
        let mut publishers = Vec::new();
        for first in PUBLISHER_FIRST {
            for last in PUBLISHER_LAST {
                publishers.push(format!("{first} {last}"));
            }
        }
        // About as many entities as articles: a larger corpus names more of them, and a few are
        // in the news all the time (drawn by Zipf's law).
        let n_entities = articles.max(500);
        let mut entities = Vec::with_capacity(n_entities);
        let mut person = Vec::with_capacity(n_entities);
        for k in 0..n_entities {
            if k % 5 < 3 {
                entities.push(format!(
                    "{}{} {}",
                    rng.choose(&ORG_STEMS),
                    k,
                    rng.choose(&ORG_SUFFIXES)
                ));
                person.push(false);
            } else {
                entities.push(format!(
                    "{} {}{}",
                    rng.choose(&FIRST_NAMES),
                    rng.choose(&LAST_NAMES),
                    k
                ));
                person.push(true);
            }
        }
        let mut topics: Vec<String> = TOPIC_WORDS.split_whitespace().map(str::to_owned).collect();
        let mut seen: std::collections::HashSet<String> = topics.iter().cloned().collect();
        while topics.len() < TOPIC_POOL {
            let n = 2 + rng.below(3);
            let mut w = String::new();
            for _ in 0..n {
                w.push_str(rng.choose(&SYLLABLES));
            }
            if w.len() >= 5 && seen.insert(w.clone()) {
                topics.push(w);
            }
        }
        World {
            publishers,
            entities,
            person,
            topics,
        }
    }

    fn entity(&self, rng: &mut Rng) -> usize {
        rng.zipf(self.entities.len(), ENTITY_Q)
    }

    fn person(&self, rng: &mut Rng) -> usize {
        loop {
            let e = self.entity(rng);
            if self.person[e] {
                return e;
            }
        }
    }

    fn topic(&self, rng: &mut Rng) -> &str {
        &self.topics[rng.zipf(self.topics.len(), TOPIC_Q)]
    }

    /// How a name is written: people are sometimes named by their last name only.
    fn written(&self, e: usize, rng: &mut Rng) -> String {
        let name = &self.entities[e];
        if self.person[e] && rng.probability(0.2) {
            name.rsplit(' ').next().unwrap_or(name).to_owned()
        } else {
            name.clone()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/// A sentence being written, with the byte spans of its mentions.
#[derive(Default, Clone)]
struct Sentence {
    text: String,
    mentions: Vec<(Mention, usize, usize)>,
}

impl Sentence {
    fn push(&mut self, s: &str) -> &mut Self {
        self.text.push_str(s);
        self
    }

    /// Appends a mention's text; its doc and offsets are filled in when the article is laid out.
    fn mention(&mut self, mut m: Mention, text: &str) -> &mut Self {
        let start = self.text.len();
        self.text.push_str(text);
        m.text = text.to_owned();
        self.mentions.push((m, start, self.text.len()));
        self
    }
}

fn blank(kind: Kind) -> Mention {
    Mention::new("", kind, "", 0, 0)
}

/// "4,312,000".
fn grouped(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `v` rounded to `sig` significant digits.
fn round_sig(v: f64, sig: i32) -> f64 {
    if v == 0.0 {
        return 0.0;
    }
    let p = 10f64.powi(sig - 1 - v.abs().log10().floor() as i32);
    (v * p).round() / p
}

/// A figure as news writes it: "4.3 billion", "512,000", "4,312".
fn written_number(v: f64) -> String {
    let scaled = |x: f64, word: &str| {
        let s = format!("{x:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        format!("{s} {word}")
    };
    if v >= 1e9 {
        scaled(v / 1e9, "billion")
    } else if v >= 1e6 {
        scaled(v / 1e6, "million")
    } else {
        grouped(v.round() as u64)
    }
}

fn day_text(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{} {day}, {y}", MONTHS[m as usize - 1])
}

fn date_mention(from: Date, to: Date, precision: Precision, basis: DateBasis) -> Mention {
    let mut m = blank(Kind::Date);
    m.from = Some(from);
    m.to = Some(to);
    m.precision = Some(precision);
    m.basis = Some(basis);
    m
}

/// A period a figure is about, as a date mention and its words ("in 2020").
fn period(rng: &mut Rng, published: Date) -> (Mention, String, String) {
    let year = published.year() - rng.below(2) as i32;
    match rng.below(3) {
        0 => {
            let p = Period::year(year).expect("a valid year");
            let m = date_mention(p.from, p.to, Precision::Year, DateBasis::Absolute);
            (m, "in ".into(), year.to_string())
        }
        1 => {
            let q = 1 + rng.below(4) as u32;
            let p = Period::quarter(year, q).expect("a valid quarter");
            let m = date_mention(p.from, p.to, Precision::Quarter, DateBasis::Absolute);
            (
                m,
                "in ".into(),
                format!("the {} quarter of {year}", ORDINALS[q as usize - 1]),
            )
        }
        _ => {
            let month = 1 + rng.below(12) as u32;
            let p = Period::month(year, month).expect("a valid month");
            let m = date_mention(p.from, p.to, Precision::Month, DateBasis::Absolute);
            (
                m,
                "in ".into(),
                format!("{} {year}", MONTHS[month as usize - 1]),
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Facts and their renderings.

/// Something a story reports; each article that reports it renders it as one sentence.
#[derive(Clone)]
enum Fact {
    Count {
        subject: usize,
        measure: usize,
        unit: usize,
        value: f64,
        /// The period's seed and date: every report renders the same period.
        period: Option<(u64, Date)>,
    },
    Amount {
        subject: usize,
        measure: usize,
        /// In US dollars.
        usd: f64,
        currency: usize,
        period: Option<(u64, Date)>,
    },
    Percent {
        subject: usize,
        value: f64,
    },
    Ratio {
        subject: usize,
        value: f64,
    },
    Event {
        actor: usize,
        other: Option<usize>,
        terms: Vec<String>,
        day: Date,
    },
    Quote {
        speaker: usize,
        words: Vec<String>,
    },
}

/// Which kind of fact a sentence is about, by share of sentences.
fn draw_fact(w: &World, rng: &mut Rng, published: Date) -> Fact {
    let x = rng.unit();
    let period = |rng: &mut Rng| rng.probability(0.35).then(|| (rng.next_u64(), published));
    if x < 0.24 {
        let measure = rng.below(COUNT_MEASURES.len());
        Fact::Count {
            subject: w.entity(rng),
            measure,
            unit: rng.below(COUNT_MEASURES[measure].1.len()),
            value: round_sig(rng.log_uniform(2.0, 200_000.0), 2 + rng.below(3) as i32)
                .round()
                .max(2.0),
            period: period(rng),
        }
    } else if x < 0.37 {
        Fact::Amount {
            subject: w.entity(rng),
            measure: rng.below(MONEY_MEASURES.len()),
            usd: rng.log_uniform(1e5, 5e10),
            currency: [0, 0, 0, 1, 2, 3][rng.below(6)],
            period: period(rng),
        }
    } else if x < 0.43 {
        Fact::Percent {
            subject: w.entity(rng),
            value: round_sig(rng.log_uniform(0.5, 90.0), 2),
        }
    } else if x < 0.45 {
        Fact::Ratio {
            subject: w.entity(rng),
            value: round_sig(rng.log_uniform(1.2, 12.0), 2),
        }
    } else if x < 0.72 {
        let actor = w.entity(rng);
        let terms = (0..3).map(|_| w.topic(rng).to_owned()).collect();
        let back = rng.below(60) as i32;
        let day = if rng.probability(0.8) {
            published.add_days(-back)
        } else {
            published.add_days(1 + back / 2)
        };
        Fact::Event {
            actor,
            other: rng.probability(0.4).then(|| w.entity(rng)),
            terms,
            day,
        }
    } else {
        let len = 10 + rng.below(21);
        let words = (0..len)
            .map(|_| {
                if rng.probability(0.45) {
                    QUOTE_FUNCTION_WORDS[rng.zipf(QUOTE_FUNCTION_WORDS.len(), WORD_Q)].to_owned()
                } else {
                    w.topic(rng).to_owned()
                }
            })
            .collect();
        Fact::Quote {
            speaker: w.person(rng),
            words,
        }
    }
}

/// The period sentence part a fact's `period` seed stands for.
fn period_of(seed: u64, published: Date) -> (Mention, String, String) {
    period(&mut Rng::new(seed, 0), published)
}

/// One article's sentence for a fact. `shared` renderings vary the way reports of one fact
/// vary: rounding, hedges, vaguer dates, a different currency, small changes of wording, and
/// now and then a figure or date that conflicts.
fn render(fact: &Fact, w: &World, rng: &mut Rng, published: Date, shared: bool) -> Sentence {
    let mut s = Sentence::default();
    match fact {
        Fact::Count {
            subject,
            measure,
            unit,
            value,
            period,
        } => {
            let (concept, units) = COUNT_MEASURES[*measure];
            let unit = units[*unit];
            let (value, bound, text) = count_variant(*value, rng, shared);
            let mut m = blank(Kind::Count);
            m.value = Some(value);
            m.bound = Some(bound);
            m.unit = Some(unit.to_owned());
            m.measure = Some(concept.to_owned());
            let name = w.written(*subject, rng);
            m.subject = Some(name.clone());
            if rng.probability(0.2) {
                s.push("According to ")
                    .push(&name)
                    .push(", ")
                    .mention(m, &text);
                s.push(" ")
                    .push(unit)
                    .push(" were ")
                    .push(rng.choose(&COUNT_VERBS_PASSIVE));
            } else {
                s.push(&name)
                    .push(" ")
                    .push(rng.choose(&COUNT_VERBS))
                    .push(" ")
                    .mention(m, &text);
                s.push(" ").push(unit);
            }
            if let Some((seed, on)) = period {
                let (d, prep, words) = period_of(*seed, *on);
                s.push(" ").push(&prep).mention(d, &words);
            }
            tail(&mut s, w, rng);
        }
        Fact::Amount {
            subject,
            measure,
            usd,
            currency,
            period,
        } => {
            let currency = if shared && rng.probability(0.2) {
                rng.below(CURRENCIES.len())
            } else {
                *currency
            };
            let (value, bound, text, code, ambiguous) = amount_variant(*usd, currency, rng, shared);
            let mut m = blank(Kind::Amount);
            m.value = Some(value);
            m.bound = Some(bound);
            m.unit = Some(code.to_owned());
            m.measure = Some(MONEY_MEASURES[*measure].to_owned());
            m.ambiguous = ambiguous;
            let name = w.written(*subject, rng);
            m.subject = Some(name.clone());
            s.push(&name)
                .push(" ")
                .push(MONEY_PHRASES[*measure].1)
                .push(" ")
                .mention(m, &text);
            if let Some((seed, on)) = period {
                let (d, prep, words) = period_of(*seed, *on);
                s.push(" ").push(&prep).mention(d, &words);
            }
            tail(&mut s, w, rng);
        }
        Fact::Percent { subject, value } => {
            let v = if shared && rng.probability(0.1) {
                round_sig(value * (1.1 + rng.unit() * 0.5), 2)
            } else {
                *value
            };
            let (bound, hedge) = hedge(rng, shared);
            let text = if rng.probability(0.5) {
                format!("{hedge}{v}%")
            } else {
                format!("{hedge}{v} percent")
            };
            let mut m = blank(Kind::Percent);
            m.value = Some(v);
            m.bound = Some(bound);
            let name = w.written(*subject, rng);
            m.subject = Some(name.clone());
            s.push("The ")
                .push(w.topic(rng))
                .push(" share of ")
                .push(&name)
                .push(" grew by ")
                .mention(m, &text)
                .push(".");
        }
        Fact::Ratio { subject, value } => {
            let mut m = blank(Kind::Ratio);
            m.value = Some(*value);
            m.bound = Some(Bound::Exact);
            let name = w.written(*subject, rng);
            m.subject = Some(name.clone());
            let text = if *value == 2.0 {
                "doubled".to_owned()
            } else {
                format!("{value} times")
            };
            s.push("Sales at ")
                .push(&name)
                .push(" rose ")
                .mention(m, &text)
                .push(" on strong ")
                .push(w.topic(rng))
                .push(" demand.");
        }
        Fact::Event {
            actor,
            other,
            terms,
            day,
        } => {
            // Which date this report gives: the day, its month (vaguer), or another day.
            let x = rng.unit();
            let (m, prep, text) = if shared && x < 0.12 {
                let (y, mo, _) = day.ymd();
                let p = Period::month(y, mo).expect("a valid month");
                (
                    date_mention(p.from, p.to, Precision::Month, DateBasis::Absolute),
                    "in ",
                    format!("{} {y}", MONTHS[mo as usize - 1]),
                )
            } else {
                let d = if shared && x < 0.25 {
                    let shift = 2 + rng.below(20) as i32;
                    day.add_days(if rng.probability(0.5) { shift } else { -shift })
                } else {
                    *day
                };
                let last_week = Period::week_of(published.add_days(-7));
                if !shared && last_week.contains(d) && rng.probability(0.5) {
                    let week = last_week;
                    let mut m =
                        date_mention(week.from, week.to, Precision::Week, DateBasis::Relative);
                    m.reference = Some(published);
                    (m, "", "last week".to_owned())
                } else {
                    (
                        date_mention(d, d, Precision::Day, DateBasis::Absolute),
                        "on ",
                        day_text(d),
                    )
                }
            };
            let mut m = m;
            let actor_name = w.written(*actor, rng);
            m.subject = Some(actor_name.clone());
            // The report's words: the event's own (one may be left out) and a few of its own.
            let mut words: Vec<&str> = terms
                .iter()
                .map(String::as_str)
                .filter(|_| !shared || rng.probability(0.85))
                .collect();
            for _ in 0..rng.below(3) {
                words.push(w.topic(rng));
            }
            let verb = rng.choose(&EVENT_VERBS);
            m.event = Some(format!("{actor_name} {verb} the {}", words.join(" ")));
            s.push(&actor_name)
                .push(" ")
                .push(verb)
                .push(" the ")
                .push(&words.join(" "));
            if let Some(o) = other {
                s.push(" with ").push(&w.written(*o, rng));
            }
            if rng.probability(0.3) {
                s.push(" in ").push(rng.choose(&PLACES));
            }
            s.push(" ").push(prep).mention(m, &text).push(".");
        }
        Fact::Quote { speaker, words } => {
            let mut words = words.clone();
            if shared && rng.probability(0.35) {
                match rng.below(4) {
                    0 => {
                        words.remove(rng.below(words.len()));
                    }
                    1 => {
                        let k = rng.below(words.len());
                        words[k] = w.topic(rng).to_owned();
                    }
                    2 => {
                        let keep = words.len() - 1 - rng.below(3);
                        words.truncate(keep);
                    }
                    _ => {
                        let k = rng.below(words.len());
                        words.insert(k, "[the company]".to_owned());
                    }
                }
            }
            let mut text = words.join(" ");
            if let Some(first) = text.get(..1) {
                let upper = first.to_uppercase();
                text.replace_range(..1, &upper);
            }
            let mut m = blank(Kind::Quote);
            let name = w.written(*speaker, rng);
            m.speaker = Some(name.clone());
            s.push("“")
                .mention(m, &text)
                .push(",” ")
                .push(&name)
                .push(" said.");
        }
    }
    s
}

/// The end of a figure's sentence: a few topic words, as varied as news is.
fn tail(s: &mut Sentence, w: &World, rng: &mut Rng) {
    s.push(" ")
        .push(rng.choose(&TAIL_PREPOSITIONS))
        .push(" the ");
    for k in 0..1 + rng.below(3) {
        if k > 0 {
            s.push(" ");
        }
        s.push(w.topic(rng));
    }
    s.push(".");
}

/// A hedge word before a figure, or none.
fn hedge(rng: &mut Rng, shared: bool) -> (Bound, &'static str) {
    let p = if shared { 0.3 } else { 0.15 };
    if !rng.probability(p) {
        return (Bound::Exact, "");
    }
    match rng.below(3) {
        0 => (Bound::AtLeast, "more than "),
        1 => (Bound::AtMost, "nearly "),
        _ => (Bound::Approx, "about "),
    }
}

/// A count as one report gives it: the figure, rounded and hedged, or (rarely) another figure.
fn count_variant(value: f64, rng: &mut Rng, shared: bool) -> (f64, Bound, String) {
    let value = if shared && rng.probability(0.1) {
        round_sig(value * (0.6 + rng.unit() * 0.3), 2).max(1.0)
    } else {
        value
    };
    let (bound, hedge) = hedge(rng, shared);
    let v = match bound {
        Bound::Exact => value,
        // "more than 4,000" for 4,312; "nearly 4,400"; "about 4,300".
        Bound::AtLeast => round_sig(value * 0.97, 1).max(1.0),
        Bound::AtMost => round_sig(value * 1.03, 2),
        Bound::Approx => round_sig(value, 2),
    };
    let v = v.round().max(1.0);
    (v, bound, format!("{hedge}{}", written_number(v)))
}

/// An amount as one report gives it, in a currency: (value, bound, text, code, ambiguous).
fn amount_variant(
    usd: f64,
    currency: usize,
    rng: &mut Rng,
    shared: bool,
) -> (f64, Bound, String, &'static str, bool) {
    let (code, per_usd) = CURRENCIES[currency];
    let mut v = round_sig(usd * per_usd, 2 + rng.below(2) as i32);
    if shared && rng.probability(0.1) {
        v = round_sig(v * (1.15 + rng.unit() * 0.5), 2);
    }
    let (bound, hedge) = hedge(rng, shared);
    let number = written_number(v);
    let (text, ambiguous) = match code {
        "USD" if rng.probability(0.65) => (format!("{hedge}${number}"), true),
        "USD" => (format!("{hedge}US${number}"), false),
        "EUR" => (format!("{hedge}€{number}"), false),
        "GBP" => (format!("{hedge}£{number}"), false),
        _ => (format!("{hedge}{number} yuan"), false),
    };
    (v, bound, text, code, ambiguous)
}

/// A sentence only one article has that the internal checks read: a change against its "from A
/// to B", an amount with its bracketed conversion, or parts of a total.
fn internal_sentence(w: &World, rng: &mut Rng) -> Sentence {
    let mut s = Sentence::default();
    let name = w.written(w.entity(rng), rng);
    match rng.below(3) {
        0 => {
            let a = 10 + rng.below(500) as u64;
            let ratio = round_sig(rng.log_uniform(1.3, 6.0), 2);
            let good = rng.probability(0.85);
            let b = ((a as f64) * if good { ratio } else { ratio * 1.6 }).round() as u64;
            let mut r = blank(Kind::Ratio);
            r.value = Some(ratio);
            r.bound = Some(Bound::Exact);
            r.subject = Some(name.clone());
            let count = |v: u64| {
                let mut m = blank(Kind::Count);
                m.value = Some(v as f64);
                m.bound = Some(Bound::Exact);
                m.unit = Some("projects".into());
                m.measure = Some("projects".into());
                m
            };
            s.push("Projects at ")
                .push(&name)
                .push(" grew ")
                .mention(r, &format!("{ratio} times"))
                .push(", from ")
                .mention(count(a), &grouped(a))
                .push(" to ")
                .mention(count(b), &grouped(b))
                .push(".");
        }
        1 => {
            let yuan = round_sig(rng.log_uniform(1e8, 1e11), 2);
            let fair = yuan / 6.9;
            let usd = round_sig(
                if rng.probability(0.85) {
                    fair
                } else {
                    fair * 2.0
                },
                2,
            );
            let mut a = blank(Kind::Amount);
            a.value = Some(yuan);
            a.bound = Some(Bound::Exact);
            a.unit = Some("CNY".into());
            a.measure = Some("investment".into());
            a.subject = Some(name.clone());
            let mut b = a.clone();
            b.value = Some(usd);
            b.unit = Some("USD".into());
            b.ambiguous = true;
            s.push(&name)
                .push(" will invest ")
                .mention(a, &format!("{} yuan", written_number(yuan)))
                .push(" (")
                .mention(b, &format!("${}", written_number(usd)))
                .push(") in new plants.");
        }
        _ => {
            let p1 = 5 + rng.below(60) as u64;
            let p2 = 5 + rng.below(60) as u64;
            let total = if rng.probability(0.85) {
                p1 + p2 + rng.below(20) as u64
            } else {
                (p1 + p2) * 3 / 4
            };
            let mut t = blank(Kind::Count);
            t.value = Some(total as f64);
            t.bound = Some(Bound::Exact);
            t.unit = Some("cases".into());
            t.measure = Some("cases".into());
            t.subject = Some(name.clone());
            let part = |v: u64| {
                let mut m = blank(Kind::Count);
                m.value = Some(v as f64);
                m.bound = Some(Bound::Exact);
                m
            };
            s.push(&name)
                .push(" heard ")
                .mention(t, &grouped(total))
                .push(" cases, including ")
                .mention(part(p1), &grouped(p1))
                .push(" on fraud and ")
                .mention(part(p2), &grouped(p2))
                .push(" on theft.");
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// The corpus.

struct Corpus {
    sources: Vec<Source>,
    mentions: Vec<Mention>,
}

/// Lays an article's sentences out as one text: fills in doc and offsets (code points).
fn lay_out(doc: &str, sentences: &[Sentence], out: &mut Vec<Mention>) {
    let mut at = 0usize;
    for s in sentences {
        for (m, start, end) in &s.mentions {
            let mut m = m.clone();
            m.doc = doc.to_owned();
            m.start = at + s.text[..*start].chars().count();
            m.end = m.start + s.text[*start..*end].chars().count();
            m.sentence = s.text.clone();
            debug_assert_eq!(&s.text[*start..*end], m.text);
            out.push(m);
        }
        at += s.text.chars().count() + 1;
    }
}

/// The share of an article's claims that come from facts its story shares with other articles.
const SHARED: f64 = 0.55;

/// A corpus of `claims` claims, the same for the same seed.
fn generate(claims: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed, 0);
    let articles = claims / 40 + 1;
    let w = World::new(articles, &mut rng);
    let first_day = Date::from_ymd(2019, 1, 1).expect("a date");
    let days = first_day.days_until(Date::from_ymd(2021, 12, 31).expect("a date")) as usize;
    let mut sources: Vec<Source> = Vec::with_capacity(articles + articles / 40);
    let mut mentions: Vec<Mention> = Vec::with_capacity(claims + 200);
    let mut next_doc = 0usize;
    while mentions.len() < claims {
        // A story: one to four articles by different publishers within a few days.
        let r = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4][rng.below(10)];
        let day = first_day.add_days(rng.below(days - 3) as i32);
        let mut plans: Vec<(Date, usize, Vec<Sentence>, usize)> = (0..r)
            .map(|_| {
                let published = day.add_days(rng.below(3) as i32);
                (
                    published,
                    rng.below(w.publishers.len()),
                    Vec::new(),
                    30 + rng.below(21),
                )
            })
            .collect();
        let count = |v: &Vec<Sentence>| v.iter().map(|s| s.mentions.len()).sum::<usize>();
        if r > 1 {
            // Shared facts, each reported by two or more of the story's articles.
            loop {
                let room: Vec<usize> = (0..r)
                    .filter(|&k| (count(&plans[k].2) as f64) < SHARED * plans[k].3 as f64)
                    .collect();
                if room.len() < 2 {
                    break;
                }
                let fact = draw_fact(&w, &mut rng, day);
                let mut reporters = room.clone();
                rng.shuffle(&mut reporters);
                reporters.truncate(2 + rng.below(room.len() - 1));
                for k in reporters {
                    let published = plans[k].0;
                    let s = render(&fact, &w, &mut rng, published, true);
                    plans[k].2.push(s);
                }
            }
        }
        for (published, publisher, sentences, target) in &mut plans {
            while count(sentences) < *target {
                let s = if rng.probability(0.015) {
                    internal_sentence(&w, &mut rng)
                } else {
                    let fact = draw_fact(&w, &mut rng, *published);
                    render(&fact, &w, &mut rng, *published, false)
                };
                sentences.push(s);
            }
            rng.shuffle(sentences);
            let doc = format!("a{next_doc:07}");
            next_doc += 1;
            let digest = format!("{:016x}", rng.next_u64());
            lay_out(&doc, sentences, &mut mentions);
            sources.push(Source {
                doc: doc.clone(),
                publisher: Some(w.publishers[*publisher].clone()),
                title: Some(format!("Story {doc}")),
                published: Some(*published),
                digest: Some(digest.clone()),
                story_features: None,
            });
            // A syndicated copy: another publisher prints the same text.
            if rng.probability(0.02) {
                let copy = format!("a{next_doc:07}");
                next_doc += 1;
                lay_out(&copy, sentences, &mut mentions);
                sources.push(Source {
                    doc: copy.clone(),
                    publisher: Some(w.publishers[rng.below(w.publishers.len())].clone()),
                    title: Some(format!("Story {doc}")),
                    published: Some(*published),
                    digest: Some(digest),
                    story_features: None,
                });
            }
        }
    }
    // Exactly `claims`: the last article loses its tail.
    mentions.truncate(claims);
    let last_doc = mentions.last().map(|m| m.doc.clone()).unwrap_or_default();
    while sources.len() > 1 && sources[sources.len() - 1].doc > last_doc {
        sources.pop();
    }
    Corpus { sources, mentions }
}

// ---------------------------------------------------------------------------------------------
// Measuring.

#[derive(Clone)]
struct Row {
    claims: usize,
    articles: usize,
    generation: f64,
    /// The fastest analysis, seconds; `None` when it did not finish in time.
    analysis: Option<f64>,
    slots: usize,
    corroborated: usize,
    verdicts: [usize; 4],
    internal: usize,
    peak_rss_kib: Option<u64>,
}

/// The time this thread has run on a CPU, seconds: on a shared core the wall-clock time of an
/// analysis includes the time others ran, this does not.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

/// The minor page faults of this thread so far: pages it touched for the first time since the
/// kernel gave them out. Each costs the zeroing of a page, and much more in a virtual machine
/// whose host lends out memory on first touch.
fn thread_page_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The command name in parentheses may hold spaces: count the fields after it.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(7)?.parse().ok()
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

fn parse_env<T: std::str::FromStr>(name: &str, default: &str) -> Result<T, String> {
    let v = env_or(name, default);
    v.trim()
        .parse()
        .map_err(|_| format!("{name}={v:?}: not a number"))
}

fn count_findings(analysis: &Analysis, row: &mut Row) {
    for f in &analysis.findings {
        let k = Verdict::ALL
            .iter()
            .position(|v| *v == f.verdict)
            .unwrap_or(3);
        row.verdicts[k] += 1;
        match f.scope {
            Scope::Internal => row.internal += 1,
            Scope::CrossSource => {
                row.slots += 1;
                if f.verdict != Verdict::Uncorroborated {
                    row.corroborated += 1;
                }
            }
        }
    }
}

/// A digest of everything the analysis returns but its input (findings, per-source figures,
/// curation notes): FNV-1a over their JSON, so a change that should only make the analysis
/// faster can be checked not to change a single finding.
fn checksum(analysis: &Analysis) -> Result<u64, String> {
    struct Fnv(u64);
    impl std::io::Write for Fnv {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            for &b in buf {
                self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
    serde_json::to_writer(
        &mut hash,
        &(
            &analysis.findings,
            &analysis.source_stats,
            &analysis.curation_notes,
        ),
    )
    .map_err(|e| format!("findings as JSON: {e}"))?;
    Ok(hash.0)
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or_else(|| "?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
}

/// The table and the checks, from the rows measured so far.
fn report(rows: &[Row], target: f64, timeout: f64) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{:>9} {:>8} {:>7} {:>10} {:>10} {:>8} {:>13} {:>8} {:>10} {:>8} {:>8} {:>8} {:>9}",
        "claims",
        "articles",
        "gen s",
        "analysis s",
        "claims/s",
        "slots",
        "corroborated",
        "conflict",
        "compatible",
        "agree",
        "uncorr.",
        "internal",
        "peak RSS"
    );
    for r in rows {
        let (time, rate) = match r.analysis {
            Some(t) => (format!("{t:.2}"), format!("{:.0}", r.claims as f64 / t)),
            None => ("(timeout)".into(), "-".into()),
        };
        let share = if r.slots > 0 {
            format!(
                "{} ({:.0} %)",
                r.corroborated,
                100.0 * r.corroborated as f64 / r.slots as f64
            )
        } else {
            "-".into()
        };
        // A size that timed out has no findings to count.
        let count = |c: usize| {
            if r.analysis.is_some() {
                c.to_string()
            } else {
                "-".into()
            }
        };
        let _ = writeln!(
            out,
            "{:>9} {:>8} {:>7.2} {:>10} {:>10} {:>8} {:>13} {:>8} {:>10} {:>8} {:>8} {:>8} {:>9}",
            r.claims,
            r.articles,
            r.generation,
            time,
            rate,
            count(r.slots),
            share,
            count(r.verdicts[0]),
            count(r.verdicts[1]),
            count(r.verdicts[2]),
            count(r.verdicts[3]),
            count(r.internal),
            mib(r.peak_rss_kib)
        );
    }
    let _ = writeln!(
        out,
        "(verdict counts are over all findings, internal ones included; peak RSS is the process's \
         VmHWM after the size, cumulative over the sizes before it)"
    );
    let _ = writeln!(out, "\nGrowth (time ratio against n log n ratio):");
    for pair in rows.windows(2) {
        write_growth(&mut out, "", &pair[0], &pair[1], timeout);
    }
    // Over more than one step, the whole range too: a step across a cache size can grow faster
    // than the range does.
    if let [first, _, .., last] = rows {
        write_growth(&mut out, "whole range ", first, last, timeout);
    }
    match rows.iter().find(|r| r.claims == 1_000_000) {
        Some(r) => {
            let met = r.analysis.is_some_and(|t| t < target);
            let _ = writeln!(
                out,
                "target 1M < {target} s: {} ({})",
                if met { "met" } else { "missed" },
                r.analysis
                    .map_or_else(|| "timed out".to_owned(), |t| format!("{t:.2} s"))
            );
        }
        None => {
            let _ = writeln!(
                out,
                "target 1M < {target} s: not measured (no 1000000 size)"
            );
        }
    }
    out
}

fn main() {
    if let Err(e) = run() {
        eprintln!("bench analysis: {e}");
        std::process::exit(1);
    }
}

/// Writes how the time grew from size `a` to size `b`, against n log n, after `label`.
fn write_growth(out: &mut String, label: &str, a: &Row, b: &Row, timeout: f64) {
    let (n1, n2) = (a.claims as f64, b.claims as f64);
    let nlogn = (n2 * n2.ln()) / (n1 * n1.ln());
    let _ = match (a.analysis, b.analysis) {
        (Some(t1), Some(t2)) => {
            let ratio = t2 / t1;
            let verdict = if ratio <= nlogn {
                "within n log n: met"
            } else {
                "grows faster than n log n: NOT met"
            };
            writeln!(
                out,
                "  {label}{} -> {} claims: time x{ratio:.2} ({t1:.2} s -> {t2:.2} s), n log n x{nlogn:.2}: {verdict}",
                a.claims, b.claims
            )
        }
        (Some(t1), None) => writeln!(
            out,
            "  {label}{} -> {} claims: time x{:.2} or more ({t1:.2} s -> over {timeout} s), n log n x{nlogn:.2}: {}",
            a.claims,
            b.claims,
            timeout / t1,
            if timeout / t1 > nlogn {
                "grows faster than n log n: NOT met"
            } else {
                "not known (timed out)"
            }
        ),
        _ => writeln!(out, "  {label}{} -> {} claims: not measured", a.claims, b.claims),
    };
}

fn run() -> Result<(), String> {
    let sizes: Vec<usize> = env_or("BENCH_CLAIMS", "100000 1000000")
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse()
                .map_err(|_| format!("BENCH_CLAIMS: {s:?} is not a number"))
        })
        .collect::<Result<_, _>>()?;
    let mut sizes = sizes;
    sizes.sort_unstable();
    sizes.dedup();
    if sizes.is_empty() || sizes[0] == 0 {
        return Err("BENCH_CLAIMS: give one or more sizes above 0".into());
    }
    let runs: usize = parse_env("BENCH_RUNS", "3")?;
    let runs = runs.max(1);
    let seed: u64 = parse_env("BENCH_SEED", "1")?;
    let target: f64 = parse_env("BENCH_TARGET_SECONDS", "10")?;
    let timeout: f64 = parse_env("BENCH_TIMEOUT", "600")?;

    println!(
        "consistency analysis on synthetic claims: sizes {sizes:?}, {runs} run(s) each, seed {seed}"
    );
    // The lexicon and the exchange rates load once per process: not part of any size's time.
    let rates = Rates::compiled();
    if rates.is_empty() {
        return Err("the compiled exchange rates are empty".into());
    }
    let curation = Curation::default();
    let warm = generate(2000, seed ^ 0xABCD);
    drop(analyse(warm.sources, warm.mentions, &curation, rates, None));

    let rows: Arc<Mutex<Vec<Row>>> = Arc::new(Mutex::new(Vec::new()));
    for &n in &sizes {
        let mut row = Row {
            claims: n,
            articles: 0,
            generation: 0.0,
            analysis: None,
            slots: 0,
            corroborated: 0,
            verdicts: [0; 4],
            internal: 0,
            peak_rss_kib: None,
        };
        for run in 0..runs {
            let t = Instant::now();
            let corpus = generate(n, seed);
            let generation = t.elapsed().as_secs_f64();
            if run == 0 {
                row.generation = generation;
                row.articles = corpus.sources.len();
                let mut kinds = [0usize; 7];
                for m in &corpus.mentions {
                    kinds[Kind::ALL.iter().position(|k| *k == m.kind).unwrap_or(0)] += 1;
                }
                let mix: Vec<String> = Kind::ALL
                    .iter()
                    .zip(kinds)
                    .filter(|(_, c)| *c > 0)
                    .map(|(k, c)| format!("{k} {:.1} %", 100.0 * c as f64 / n as f64))
                    .collect();
                println!(
                    "{n} claims in {} articles ({} publishers), generated in {generation:.2} s: {}",
                    corpus.sources.len(),
                    corpus
                        .sources
                        .iter()
                        .filter_map(|s| s.publisher.as_deref())
                        .collect::<std::collections::HashSet<_>>()
                        .len(),
                    mix.join(", ")
                );
            }
            // A watchdog: if the analysis takes longer than the timeout, report what is known
            // and stop (a missed target, not a failure to run).
            let (done, wait) = mpsc::channel::<()>();
            let watchdog = (timeout > 0.0).then(|| {
                let rows = Arc::clone(&rows);
                let mut row = row.clone();
                std::thread::spawn(move || {
                    if wait.recv_timeout(Duration::from_secs_f64(timeout))
                        == Err(mpsc::RecvTimeoutError::Timeout)
                    {
                        row.analysis = None;
                        row.peak_rss_kib = peak_rss_kib();
                        let mut all = rows.lock().expect("lock").clone();
                        all.push(row);
                                            println!(
                            "{} claims: the analysis did not finish within BENCH_TIMEOUT={timeout} s; stopped",
                            all[all.len() - 1].claims
                        );
                        print!("{}", report(&all, target, timeout));
                        std::process::exit(0);
                    }
                })
            });
            let (t, cpu, faults) = (Instant::now(), thread_cpu_seconds(), thread_page_faults());
            let analysis = analyse(corpus.sources, corpus.mentions, &curation, rates, None);
            let elapsed = t.elapsed().as_secs_f64();
            let cpu = cpu
                .zip(thread_cpu_seconds())
                .map_or_else(String::new, |(a, b)| format!(", {:.3} s on the CPU", b - a));
            let faults = faults
                .zip(thread_page_faults())
                .map_or_else(String::new, |(a, b)| format!(", {} page faults", b - a));
            let _ = done.send(());
            if let Some(w) = watchdog {
                let _ = w.join();
            }
            let largest = analysis
                .findings
                .iter()
                .filter(|f| f.scope == Scope::CrossSource)
                .map(|f| f.members.len())
                .max()
                .unwrap_or(0);
            println!(
                "{n} claims, run {}: analysis {elapsed:.3} s{cpu}{faults} ({:.0} claims/s), {} findings, the largest slot has {largest} mentions",
                run + 1,
                n as f64 / elapsed,
                analysis.findings.len()
            );
            row.analysis = Some(row.analysis.map_or(elapsed, |best: f64| best.min(elapsed)));
            if run == runs - 1 {
                count_findings(&analysis, &mut row);
                let counts: Vec<String> = Verdict::ALL
                    .iter()
                    .zip(row.verdicts)
                    .map(|(v, c)| format!("{v:?} {c}"))
                    .collect();
                println!(
                    "{n} claims: findings {} ({} internal), checksum {:016x}",
                    counts.join(", "),
                    row.internal,
                    checksum(&analysis)?
                );
            }
            drop(analysis);
        }
        row.peak_rss_kib = peak_rss_kib();
        rows.lock().expect("lock").push(row);
    }
    let all = rows.lock().expect("lock").clone();
    print!("{}", report(&all, target, timeout));
    Ok(())
}
