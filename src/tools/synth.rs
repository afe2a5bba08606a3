//! Synthetic corpora with planted agreements and conflicts (`claimgraph gen-corpus`).
//!
//! The generator writes `N` articles grouped in stories: several publishers covering one event.
//! A story shares a handful of facts — the date of the event, the date of an earlier step, a sum
//! of money, a count of people, a percentage and a quotation by a named speaker — and each
//! article renders some of them in its own words, among neutral sentences that pad it to the
//! length of news. Each fact shared by two or more articles is planted with a relation:
//!
//! - `agree`: the same value, worded differently ("$2.4 billion", "2.4 billion dollars";
//!   "March 2", "Tuesday, March 2", "on Tuesday").
//! - `compatible`: one rendering vaguer than another ("more than 1,200" against "1,240", "this
//!   month" against "March 2", "2017" against "January 2017"), or a quotation with one word
//!   changed or its opening left out.
//! - `conflict`: one article's value cannot overlap the others' (a sum 30-60 % off, a date one
//!   to three weeks off, a month two months off).
//!
//! `expected.json` lists every planted slot with its articles, the text and code-point offsets
//! of each mention, and the verdict the analysis should give, and counts the mentions planted
//! in each article; nothing else in an article is a claim. A story's percentage is one value in
//! every article that gives it, so it is planted `agree`: the analysis has no key for a figure
//! with no subject and links it by its sentence's actor and topic words.
//!
//! The sentences are built to be what the slot rules of `consistency::slots` read: the actor
//! named before each figure, one measure word per sum, no date in a figure's sentence, and event
//! sentences with the actor and at most two other topic words, so that two stories never link.
//! Actors, places and speakers are invented from syllables, one per story, so no two stories
//! share a name. All words, names and templates are data (`data/gen/`, compiled in), documented
//! at their tops.
//!
//! Output is deterministic: the same options give the same bytes. Each story draws from its own
//! random stream (seed and story number), so a story reads the same in corpora of any size
//! (but the last, which takes the articles left over).
//! Memory holds one story at a time, and one short record per article for `expected.json`.
//!
//! This module knows only `time`: it writes `sources.tsv` in the shape `corpus` reads (tested by
//! reading the output back), and states verdicts as strings, so it checks the analysis rather
//! than sharing its code.
//!
//! One file, over 1,500 lines, because a story's facts, their renderings, its articles and its
//! records for `expected.json` are written in one pass from one random stream; its words and
//! templates are data.

use crate::model::time::Date;
use crate::tools::rng::Rng;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// At most this many articles in one directory (each with its own `sources.tsv`).
pub const ARTICLES_PER_DIR: usize = 1000;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    /// The number of articles.
    pub articles: usize,
    /// The seed of the random streams.
    pub seed: u64,
    /// Articles per story (publishers covering one event); the last story takes the remainder.
    pub story_size: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            articles: 100,
            seed: 1,
            story_size: 4,
        }
    }
}

/// What was written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub stories: usize,
    pub directories: usize,
    /// Planted slots by expected verdict.
    pub slots: BTreeMap<String, usize>,
    /// Bytes of article text.
    pub bytes: u64,
}

impl Summary {
    /// Slots two or more sources speak to, each with the verdict planted between them.
    pub fn planted_slots(&self) -> usize {
        self.slots.values().sum()
    }
}

/// Why a corpus could not be generated.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GenerateError {
    /// The output directory holds files already: a corpus is never written over another.
    #[error(
        "{}: exists and is not empty (gen-corpus writes a new corpus: name a new or empty directory)",
        path.display()
    )]
    NotEmpty { path: PathBuf },
    /// Creating or writing a file or directory failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The options cannot be met.
    #[error("{0}")]
    Options(String),
    /// A data file of `data/gen/` is malformed (a build with broken data; tested).
    #[error("data/gen/{file}:{line}: {message}")]
    Data {
        file: &'static str,
        line: usize,
        message: String,
    },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> GenerateError + '_ {
    move |source| GenerateError::Io {
        path: path.to_owned(),
        source,
    }
}

// ---- data ------------------------------------------------------------------------------------

/// The lines of a data file that are not comments or blank, with their 1-based numbers, split
/// at tabs.
fn rows(text: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn data_error(file: &'static str, line: usize, message: impl Into<String>) -> GenerateError {
    GenerateError::Data {
        file,
        line,
        message: message.into(),
    }
}

/// A data file's rows of exactly `columns` cells.
fn table(
    file: &'static str,
    text: &'static str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'static str>)>, GenerateError> {
    let mut out = Vec::new();
    for (line, cells) in rows(text) {
        if cells.len() != columns || cells.iter().any(|c| c.is_empty()) {
            return Err(data_error(
                file,
                line,
                format!("expected {columns} non-empty tab-separated columns"),
            ));
        }
        out.push((line, cells));
    }
    if out.is_empty() {
        return Err(data_error(file, 1, "no entries"));
    }
    Ok(out)
}

/// One-column lists.
fn list(file: &'static str, text: &'static str) -> Result<Vec<&'static str>, GenerateError> {
    Ok(table(file, text, 1)?
        .into_iter()
        .map(|(_, c)| c[0])
        .collect())
}

struct Topic {
    kind: &'static str,
    noun: &'static str,
    people: Vec<&'static str>,
    metric: &'static str,
}

struct Currency {
    code: &'static str,
    scale: u32,
    forms: Vec<&'static str>,
}

/// The templates of `templates.tsv`, by slot.
#[derive(Default)]
struct Templates {
    title: Vec<&'static str>,
    event: Vec<&'static str>,
    origin: Vec<&'static str>,
    money: Vec<&'static str>,
    count: Vec<&'static str>,
    percent: Vec<&'static str>,
    quote: Vec<&'static str>,
    part: Vec<&'static str>,
}

#[derive(Default)]
struct DateForms {
    months: Vec<(&'static str, &'static str)>,
    weekdays: Vec<&'static str>,
    day: Vec<&'static str>,
    recent: Vec<&'static str>,
    this_month: Vec<&'static str>,
    in_month: Vec<&'static str>,
    year: Vec<&'static str>,
    year_month: Vec<&'static str>,
}

/// Everything the generator writes with, from `data/gen/`.
struct Data {
    onsets: Vec<&'static str>,
    middles: Vec<&'static str>,
    place_ends: Vec<&'static str>,
    person_ends: Vec<&'static str>,
    first_names: Vec<&'static str>,
    publishers: Vec<&'static str>,
    topics: Vec<Topic>,
    projects: Vec<&'static str>,
    templates: Templates,
    quotes: Vec<&'static str>,
    drift: Vec<(&'static str, &'static str)>,
    roles: Vec<&'static str>,
    currencies: Vec<Currency>,
    hedges_above: Vec<&'static str>,
    hedges_below: Vec<&'static str>,
    hedges_about: Vec<&'static str>,
    dates: DateForms,
    fill: Vec<&'static str>,
}

/// The placeholders templates may use.
const PLACEHOLDERS: &[&str] = &[
    "org", "orgnoun", "project", "Project", "place", "date", "money", "count", "people", "pct",
    "metric", "quote", "part", "speaker", "surname", "role", "Role", "Month", "Mon", "Weekday",
    "d", "yyyy",
];

/// Checks that every `{name}` of a template is a known placeholder and the braces pair up.
fn check_placeholders(file: &'static str, line: usize, t: &str) -> Result<(), GenerateError> {
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| data_error(file, line, "unclosed '{'"))?;
        let name = &rest[open + 1..open + close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(data_error(
                file,
                line,
                format!("unknown placeholder {{{name}}}"),
            ));
        }
        rest = &rest[open + close + 1..];
    }
    if rest.contains('}') {
        return Err(data_error(file, line, "unopened '}'"));
    }
    Ok(())
}

impl Data {
    fn load() -> Result<Data, GenerateError> {
        macro_rules! data_file {
            ($name:literal) => {
                ($name, include_str!(concat!("../../data/gen/", $name)))
            };
        }
        let mut onsets = Vec::new();
        let mut middles = Vec::new();
        let mut place_ends = Vec::new();
        let mut person_ends = Vec::new();
        let (f, text) = data_file!("names.tsv");
        for (line, c) in table(f, text, 2)? {
            match c[0] {
                "onset" => onsets.push(c[1]),
                "middle" => middles.push(c[1]),
                "place" => place_ends.push(c[1]),
                "person" => person_ends.push(c[1]),
                other => return Err(data_error(f, line, format!("unknown kind {other:?}"))),
            }
        }
        if [&onsets, &middles, &place_ends, &person_ends]
            .iter()
            .any(|l| l.is_empty())
        {
            return Err(data_error(
                f,
                1,
                "needs onset, middle, place and person rows",
            ));
        }
        let (f, text) = data_file!("topics.tsv");
        let topics = table(f, text, 4)?
            .into_iter()
            .map(|(_, c)| Topic {
                kind: c[0],
                noun: c[1],
                people: c[2].split(',').map(str::trim).collect(),
                metric: c[3],
            })
            .collect();
        let (f, text) = data_file!("templates.tsv");
        let mut templates = Templates::default();
        for (line, c) in table(f, text, 2)? {
            check_placeholders(f, line, c[1])?;
            let slot = match c[0] {
                "title" => &mut templates.title,
                "event" => &mut templates.event,
                "origin" => &mut templates.origin,
                "money" => &mut templates.money,
                "count" => &mut templates.count,
                "percent" => &mut templates.percent,
                "quote" => &mut templates.quote,
                "part" => &mut templates.part,
                other => return Err(data_error(f, line, format!("unknown slot {other:?}"))),
            };
            slot.push(c[1]);
        }
        let t = &templates;
        let needs = [
            ("title", &t.title, ""),
            ("event", &t.event, "{date}"),
            ("origin", &t.origin, "{date}"),
            ("money", &t.money, "{money}"),
            ("count", &t.count, "{count}"),
            ("percent", &t.percent, "{pct}"),
            ("quote", &t.quote, "\"{quote}"),
            ("part", &t.part, "\"{part}"),
        ];
        for (slot, list, needle) in needs {
            if list.is_empty() || list.iter().any(|t| !t.contains(needle)) {
                return Err(data_error(
                    f,
                    1,
                    format!("slot {slot}: needs templates, each with {needle:?}"),
                ));
            }
        }
        let (f, text) = data_file!("drift.tsv");
        let drift: Vec<(&str, &str)> = table(f, text, 2)?
            .into_iter()
            .map(|(_, c)| (c[0], c[1]))
            .collect();
        let (f, text) = data_file!("quotes.tsv");
        let mut quotes = Vec::new();
        for (line, c) in table(f, text, 1)? {
            check_placeholders(f, line, c[0])?;
            if c[0].split(' ').count() < 10 {
                return Err(data_error(f, line, "a quotation needs ten words or more"));
            }
            if !c[0].contains("{place}") {
                return Err(data_error(f, line, "a quotation needs the story's {place}"));
            }
            if !c[0].split(' ').any(|w| drift.iter().any(|(d, _)| *d == w)) {
                return Err(data_error(f, line, "no word of drift.tsv to change"));
            }
            quotes.push(c[0]);
        }
        let (f, text) = data_file!("currencies.tsv");
        let mut currencies: Vec<Currency> = Vec::new();
        for (line, c) in table(f, text, 3)? {
            let scale = c[1]
                .parse::<u32>()
                .ok()
                .filter(|s| [1, 10, 100, 1000].contains(s))
                .ok_or_else(|| data_error(f, line, "scale must be 1, 10, 100 or 1000"))?;
            if !c[2].contains("{n}") {
                return Err(data_error(f, line, "a form needs {n}"));
            }
            match currencies.iter_mut().find(|x| x.code == c[0]) {
                Some(x) if x.scale == scale => x.forms.push(c[2]),
                Some(_) => return Err(data_error(f, line, "one scale per currency")),
                None => currencies.push(Currency {
                    code: c[0],
                    scale,
                    forms: vec![c[2]],
                }),
            }
        }
        let (f, text) = data_file!("hedges.tsv");
        let (mut hedges_above, mut hedges_below, mut hedges_about) =
            (Vec::new(), Vec::new(), Vec::new());
        for (line, c) in table(f, text, 2)? {
            match c[0] {
                "above" => hedges_above.push(c[1]),
                "below" => hedges_below.push(c[1]),
                "about" => hedges_about.push(c[1]),
                other => return Err(data_error(f, line, format!("unknown kind {other:?}"))),
            }
        }
        if hedges_above.is_empty() || hedges_below.is_empty() || hedges_about.is_empty() {
            return Err(data_error(f, 1, "needs above, below and about rows"));
        }
        let (f, text) = data_file!("dates.tsv");
        let mut dates = DateForms::default();
        for (line, c) in rows(text) {
            let bad = || data_error(f, line, "malformed row");
            match (c[0], c.len()) {
                ("month", 3) => dates.months.push((c[1], c[2])),
                ("weekday", 2) => dates.weekdays.push(c[1]),
                (kind, 2) => {
                    check_placeholders(f, line, c[1])?;
                    let (Some(open), Some(close)) = (c[1].find('['), c[1].find(']')) else {
                        return Err(data_error(f, line, "a form needs its [span]"));
                    };
                    if close < open {
                        return Err(bad());
                    }
                    let forms = match kind {
                        "day" => &mut dates.day,
                        "recent" => &mut dates.recent,
                        "this_month" => &mut dates.this_month,
                        "in_month" => &mut dates.in_month,
                        "year" => &mut dates.year,
                        "year_month" => &mut dates.year_month,
                        other => {
                            return Err(data_error(f, line, format!("unknown kind {other:?}")))
                        }
                    };
                    forms.push(c[1]);
                }
                _ => return Err(bad()),
            }
        }
        let d = &dates;
        if d.months.len() != 12
            || d.weekdays.len() != 7
            || [
                &d.day,
                &d.recent,
                &d.this_month,
                &d.in_month,
                &d.year,
                &d.year_month,
            ]
            .iter()
            .any(|l| l.is_empty())
        {
            return Err(data_error(
                f,
                1,
                "needs 12 months, 7 weekdays and forms of every kind",
            ));
        }
        let (f, text) = data_file!("fill.txt");
        let fill = list(f, text)?;
        for (line, c) in table(f, text, 1)? {
            check_placeholders(f, line, c[0])?;
            if c[0].contains(|ch: char| ch.is_ascii_digit() || ch == '"') {
                return Err(data_error(f, line, "no digits or quotation marks in fill"));
            }
        }
        let (f, text) = data_file!("first_names.txt");
        let first_names = list(f, text)?;
        let (f, text) = data_file!("publishers.txt");
        let publishers = list(f, text)?;
        let (f, text) = data_file!("projects.txt");
        let projects = list(f, text)?;
        let (f, text) = data_file!("roles.txt");
        let roles = list(f, text)?;
        Ok(Data {
            onsets,
            middles,
            place_ends,
            person_ends,
            first_names,
            publishers,
            topics,
            projects,
            templates,
            quotes,
            drift,
            roles,
            currencies,
            hedges_above,
            hedges_below,
            hedges_about,
            dates,
            fill,
        })
    }

    /// A name made of syllables, distinct for each `index` (`ends` are place or person endings,
    /// so the two kinds never meet): onset, one or more middles, ending. Indexes are scattered
    /// over the combinations so that neighbouring stories do not read alike.
    fn name(&self, index: usize, ends: &[&str]) -> String {
        let (o, m, e) = (self.onsets.len(), self.middles.len(), ends.len());
        let mut index = index;
        let mut middles = 1u32;
        loop {
            let capacity = o * m.pow(middles) * e;
            if index < capacity {
                let mut k = scatter(index, capacity);
                let mut out = String::from(self.onsets[k % o]);
                k /= o;
                for _ in 0..middles {
                    out.push_str(self.middles[k % m]);
                    k /= m;
                }
                out.push_str(ends[k % e]);
                return out;
            }
            index -= capacity;
            middles += 1;
        }
    }
}

/// A bijection of `0..n` that spreads neighbours apart: multiplication by a number prime to `n`.
fn scatter(index: usize, n: usize) -> usize {
    let mut step = (n as f64 * 0.618_033_988_7) as usize | 1;
    while gcd(step, n) != 1 {
        step += 2;
    }
    ((index as u128 * step as u128) % n as u128) as usize
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

// ---- stories ---------------------------------------------------------------------------------

/// How the renderings of a fact stand to each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    Agree,
    Compatible,
    Conflict,
}

impl Relation {
    fn as_str(self) -> &'static str {
        match self {
            Relation::Agree => "agree",
            Relation::Compatible => "compatible",
            Relation::Conflict => "conflict",
        }
    }
}

/// The facts of a story, in the order `expected.json` lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fact {
    Event,
    Origin,
    Money,
    Count,
    Percent,
    Quote,
}

impl Fact {
    const ALL: [Fact; 6] = [
        Fact::Event,
        Fact::Origin,
        Fact::Money,
        Fact::Count,
        Fact::Percent,
        Fact::Quote,
    ];

    fn name(self) -> &'static str {
        match self {
            Fact::Event => "event",
            Fact::Origin => "origin",
            Fact::Money => "money",
            Fact::Count => "count",
            Fact::Percent => "percent",
            Fact::Quote => "quote",
        }
    }

    /// The kind of the extracted mention.
    fn kind(self) -> &'static str {
        match self {
            Fact::Event | Fact::Origin => "date",
            Fact::Money => "amount",
            Fact::Count => "count",
            Fact::Percent => "percent",
            Fact::Quote => "quote",
        }
    }
}

/// A figure as two significant digits and a power of ten: `24, 8` is 2.4 billion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Figure {
    digits: u64,
    exponent: u32,
}

impl Figure {
    fn value(self) -> u64 {
        self.digits * 10u64.pow(self.exponent)
    }

    /// "2.4 billion", "310 million", "2 billion", "240 billion".
    fn money_words(self) -> String {
        let v = self.value();
        let (unit, word) = if v >= 1_000_000_000 {
            (1_000_000_000u64, "billion")
        } else {
            (1_000_000, "million")
        };
        let whole = v / unit;
        let tenths = (v % unit) * 10 / unit;
        if tenths == 0 {
            format!("{whole} {word}")
        } else {
            format!("{whole}.{tenths} {word}")
        }
    }
}

/// A count with thousands commas: "1,240".
fn grouped(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What one article says of one fact.
#[derive(Clone, Debug)]
enum Rendering {
    /// The fact's value, in some wording.
    Exact,
    /// Vaguer: a hedge, a month for a day, a year for a month, a quotation cut or changed.
    Vague,
    /// The odd value of a conflict.
    Odd,
}

/// One story: who, what, when, and which article says what.
struct Story {
    /// Article indexes (0-based, over the corpus).
    articles: Vec<usize>,
    topic: usize,
    org: String,
    place: String,
    project: &'static str,
    speaker: String,
    surname: String,
    role: &'static str,
    currency: usize,
    quote: &'static str,
    event: Date,
    /// The conflicting date of the event, when the event's relation is a conflict.
    odd_event: Date,
    /// The first day of the month of the earlier step.
    origin: Date,
    /// Knowing the origin to the month (else the year) when its renderings agree.
    origin_month: bool,
    money: Figure,
    odd_money: Figure,
    count: u64,
    odd_count: u64,
    percent: (u64, u64),
    publishers: Vec<&'static str>,
    /// Per fact: its relation and each article's rendering (`None`: not mentioned).
    plans: Vec<(Fact, Relation, Vec<Option<Rendering>>)>,
    published: Vec<Date>,
}

impl Story {
    /// Draws story `number` of a seed; `epoch` is 2012-01-01, from which its dates are drawn.
    fn plan(data: &Data, seed: u64, number: usize, articles: Vec<usize>, epoch: Date) -> Story {
        let mut rng = Rng::new(seed, number as u64);
        let size = articles.len();
        let topic = rng.below(data.topics.len());
        let stem = data.name(number, &data.place_ends);
        let org = format!("{stem} {}", data.topics[topic].kind);
        let surname = data.name(number, &data.person_ends);
        let speaker = format!("{} {surname}", rng.pick(&data.first_names));
        // Neighbouring stories take different projects (the corpus's df filter drops words most
        // date sentences use, so a small corpus must not give every story the same one).
        let project = data.projects[(scatter(number, 7919) + number) % data.projects.len()];
        // A day from 2012 to 2024, the 1st to the 20th of its month, so that publication one
        // to five days later stays in the month ("this month").
        let event = epoch.add_days(rng.range(0, 13 * 365) as i32);
        let event = event.add_days(1 - event.ymd().2 as i32 + rng.range(0, 19) as i32);
        let shift = rng.range(7, 21) as i32;
        let odd_event = if rng.chance(50) {
            event.add_days(shift)
        } else {
            event.add_days(-shift)
        };
        // An earlier step, two to six years before, known to the month.
        let origin = event.add_months(-(rng.range(18, 72) as i32));
        let origin = origin.add_days(1 - origin.ymd().2 as i32);
        let money = Figure {
            digits: {
                let mut d = rng.range(11, 95) as u64;
                if d.is_multiple_of(10) {
                    d += 1;
                }
                d
            },
            exponent: rng.range(6, 8) as u32,
        };
        let odd_money = odd_figure(&mut rng, money);
        // Counts in tens; never whole thousands, which the analysis reads as rounded to the
        // thousand ("2,000" is 1,500 to 2,500) and would not set against a figure 30 % off.
        let not_thousands = |v: u64| if v.is_multiple_of(1000) { v + 10 } else { v };
        let count = not_thousands(rng.range(12, 980) as u64 * 10);
        let odd_count = not_thousands({
            let up = count * rng.range(130, 160) as u64 / 1000 * 10;
            if up < 10_000 {
                up
            } else {
                count * 100 / rng.range(130, 160) as u64 / 10 * 10
            }
        });
        let percent = if rng.chance(50) {
            (rng.range(2, 45) as u64, 0)
        } else {
            (rng.range(1, 19) as u64, rng.range(1, 9) as u64)
        };
        let mut publishers: Vec<&'static str> = data.publishers.clone();
        rng.shuffle(&mut publishers);
        publishers.truncate(size);
        let mut plans = Vec::new();
        for fact in Fact::ALL {
            // Which articles mention it: most, and at least two when the story has two.
            let mut says: Vec<bool> = (0..size).map(|_| rng.chance(80)).collect();
            if fact == Fact::Event {
                says.iter_mut().for_each(|s| *s = true);
            }
            while size >= 2 && says.iter().filter(|s| **s).count() < 2 {
                let k = rng.below(size);
                says[k] = true;
            }
            let relation = match (fact, rng.below(100)) {
                (Fact::Percent, _) => Relation::Agree,
                (Fact::Quote, r) if r < 45 => Relation::Agree,
                (Fact::Quote, _) => Relation::Compatible,
                (_, r) if r < 35 => Relation::Agree,
                (_, r) if r < 70 => Relation::Compatible,
                _ => Relation::Conflict,
            };
            let saying: Vec<usize> = (0..size).filter(|&k| says[k]).collect();
            let relation = if saying.len() < 2 {
                Relation::Agree
            } else {
                relation
            };
            // The odd one out is never the first article that says it, which stays exact.
            let odd = if saying.len() >= 2 {
                saying[1 + rng.below(saying.len() - 1)]
            } else {
                usize::MAX
            };
            let renderings: Vec<Option<Rendering>> = (0..size)
                .map(|k| {
                    if !says[k] {
                        None
                    } else if k == odd && relation == Relation::Conflict {
                        Some(Rendering::Odd)
                    } else if relation == Relation::Compatible
                        && (k == odd || (k != saying[0] && fact != Fact::Quote && rng.chance(30)))
                    {
                        Some(Rendering::Vague)
                    } else {
                        Some(Rendering::Exact)
                    }
                })
                .collect();
            plans.push((fact, relation, renderings));
        }
        let origin_month = rng.chance(50);
        // Published one to five days after the event (or after the odd date, when later).
        let published = (0..size)
            .map(|k| {
                let odd_here = plans
                    .iter()
                    .any(|(f, _, r)| *f == Fact::Event && matches!(r[k], Some(Rendering::Odd)));
                let latest = if odd_here && odd_event > event {
                    odd_event
                } else {
                    event
                };
                latest.add_days(rng.range(1, 5) as i32)
            })
            .collect();
        Story {
            articles,
            topic,
            org,
            place: stem,
            project,
            speaker,
            surname,
            role: rng.word(&data.roles),
            currency: rng.below(data.currencies.len()),
            quote: rng.word(&data.quotes),
            event,
            odd_event,
            origin,
            origin_month,
            money,
            odd_money,
            count,
            odd_count,
            percent,
            publishers,
            plans,
            published,
        }
    }
}

/// A sum 30-60 % above or below `f`, so that no rounding can bring the two together.
fn odd_figure(rng: &mut Rng, f: Figure) -> Figure {
    let factor = rng.range(130, 160) as u64;
    let up = f.digits * factor / 100;
    let digits = if up <= 99 {
        up
    } else {
        f.digits * 100 / factor
    };
    let digits = if digits.is_multiple_of(10) {
        digits + 1
    } else {
        digits
    };
    Figure {
        digits,
        exponent: f.exponent,
    }
}

// ---- rendering -------------------------------------------------------------------------------

/// The values of a template's placeholders for one sentence.
#[derive(Default)]
struct Vars<'a> {
    values: Vec<(&'static str, &'a str)>,
}

impl<'a> Vars<'a> {
    fn set(&mut self, name: &'static str, value: &'a str) -> &mut Self {
        self.values.retain(|(n, _)| *n != name);
        self.values.push((name, value));
        self
    }

    fn get(&self, name: &str) -> &'a str {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v)
    }
}

/// Fills a template. `target` names the placeholder whose span (bytes of the result) is wanted,
/// with the span inside its value (`None`: the whole value); a quotation's span runs to the
/// closing quotation mark, as the extractor's does.
fn render(
    template: &str,
    vars: &Vars,
    target: Option<(&str, Option<(usize, usize)>)>,
) -> (String, Option<(usize, usize)>) {
    let mut out = String::with_capacity(template.len() + 64);
    let mut span = None;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let name = &rest[open + 1..close.min(rest.len())];
        let value = vars.get(name);
        if let Some((t, inner)) = target {
            if t == name && span.is_none() {
                let (s, e) = inner.unwrap_or((0, value.len()));
                span = Some((out.len() + s, out.len() + e));
            }
        }
        out.push_str(value);
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    if let (Some((s, e)), Some(("quote" | "part", _))) = (span, target) {
        let close = out[e..].find('"').map_or(e, |c| e + c);
        span = Some((s, close));
    }
    (out, span)
}

/// A date form of `dates.tsv` filled in: the text and the span of its brackets.
fn date_form(data: &Data, form: &str, date: Date) -> (String, (usize, usize)) {
    let (year, month, day) = date.ymd();
    let (full, abbr) = data.dates.months[(month - 1) as usize];
    let weekday = data.dates.weekdays[date.weekday() as usize];
    let (d, yyyy) = (day.to_string(), year.to_string());
    let mut vars = Vars::default();
    vars.set("Month", full)
        .set("Mon", abbr)
        .set("Weekday", weekday)
        .set("d", &d)
        .set("yyyy", &yyyy);
    let (text, _) = render(form, &vars, None);
    let open = text.find('[').unwrap_or(0);
    let close = text.find(']').unwrap_or(text.len());
    let clean = text.replace(['[', ']'], "");
    (clean, (open, close.saturating_sub(1).max(open)))
}

/// One planted mention, in bytes of the article text until written out.
struct Planted {
    fact: Fact,
    text: String,
    start: usize,
    end: usize,
}

/// One written article, for `expected.json`.
#[derive(Serialize)]
struct ArticleRecord {
    doc: String,
    path: String,
    story: usize,
    publisher: &'static str,
    published: String,
    bytes: usize,
    /// Planted mentions by kind; nothing else in the text is a claim.
    mentions: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct MentionRecord<'a> {
    doc: &'a str,
    text: &'a str,
    /// Code points, end exclusive, as the extractor counts.
    start: usize,
    end: usize,
    /// How this article renders the fact: exact, vague or odd (the conflicting value).
    rendering: &'static str,
}

#[derive(Serialize)]
struct SlotRecord<'a> {
    id: String,
    story: usize,
    fact: &'static str,
    kind: &'static str,
    verdict: &'static str,
    mentions: Vec<MentionRecord<'a>>,
}

/// A paragraph of an article, and the mention planted in it with its span (bytes).
type Paragraph = (String, Option<(Fact, (usize, usize))>);

/// Writes one article's text: the title, the planted sentences each opening a paragraph with
/// fill after it, more fill up to a length drawn for the article; and the spans planted.
fn write_article(data: &Data, story: &Story, k: usize, rng: &mut Rng) -> (String, Vec<Planted>) {
    let topic = &data.topics[story.topic];
    let project_cap = capitalised(story.project);
    let role_cap = capitalised(story.role);
    let mut base = Vars::default();
    base.set("org", &story.org)
        .set("orgnoun", topic.noun)
        .set("project", story.project)
        .set("Project", &project_cap)
        .set("place", &story.place)
        .set("speaker", &story.speaker)
        .set("surname", &story.surname)
        .set("role", story.role)
        .set("Role", &role_cap)
        .set("metric", topic.metric);
    let published = story.published[k];
    // (paragraph, its planted mention with the span in it)
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    for (fact, _relation, renderings) in &story.plans {
        if let Some(rendering) = &renderings[k] {
            let (sentence, span) =
                render_fact(data, story, &base, *fact, rendering, published, rng);
            paragraphs.push((sentence, Some((*fact, span))));
        }
    }
    // The event leads; the rest come in any order.
    if let Some(lead) = paragraphs
        .iter()
        .position(|(_, p)| p.is_some_and(|(f, _)| f == Fact::Event))
    {
        paragraphs.swap(0, lead);
        rng.shuffle(&mut paragraphs[1..]);
    } else {
        rng.shuffle(&mut paragraphs);
    }
    let mut fill_order: Vec<usize> = (0..data.fill.len()).collect();
    rng.shuffle(&mut fill_order);
    let mut next_fill = 0;
    let mut fill = |paragraph: &mut String, n: usize| {
        for _ in 0..n {
            let (s, _) = render(
                data.fill[fill_order[next_fill % fill_order.len()]],
                &base,
                None,
            );
            next_fill += 1;
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(&s);
        }
    };
    let target_len = rng.range(3000, 6000) as usize;
    let mut length = 0;
    for (i, (paragraph, planted)) in paragraphs.iter_mut().enumerate() {
        // A quotation stands alone: the extractor may take the subject of a sentence right
        // after a closing quotation mark for its speaker.
        let n = if planted.is_some_and(|(f, _)| f == Fact::Quote) {
            0
        } else if i == 0 {
            rng.range(1, 2)
        } else {
            rng.range(0, 2)
        };
        fill(paragraph, n as usize);
        length += paragraph.len() + 2;
    }
    // Paragraphs of fill alone, put between the planted ones.
    while length < target_len {
        let mut paragraph = String::new();
        fill(&mut paragraph, rng.range(2, 4) as usize);
        length += paragraph.len() + 2;
        let at = 1 + rng.below(paragraphs.len().max(1));
        paragraphs.insert(at.min(paragraphs.len()), (paragraph, None));
    }
    let (title, _) = render(rng.word(&data.templates.title), &base, None);
    let mut text = String::with_capacity(length + title.len() + 2);
    text.push_str(&title);
    let mut planted = Vec::new();
    for (paragraph, mention) in &paragraphs {
        text.push_str("\n\n");
        if let Some((fact, (s, e))) = mention {
            planted.push(Planted {
                fact: *fact,
                text: paragraph[*s..*e].to_owned(),
                start: text.len() + s,
                end: text.len() + e,
            });
        }
        text.push_str(paragraph);
    }
    text.push('\n');
    (text, planted)
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The sentence that renders `fact` as `rendering` says, and the span of its mention.
fn render_fact(
    data: &Data,
    story: &Story,
    base: &Vars,
    fact: Fact,
    rendering: &Rendering,
    published: Date,
    rng: &mut Rng,
) -> (String, (usize, usize)) {
    let t = &data.templates;
    let mut vars = Vars {
        values: base.values.clone(),
    };
    let target: &str;
    let value: String;
    let mut inner = None;
    let template;
    match fact {
        Fact::Event => {
            let (date, form) = match rendering {
                Rendering::Odd => (story.odd_event, rng.word(&data.dates.day)),
                Rendering::Vague => {
                    let same_month = published.month() == story.event.month();
                    let forms = if same_month && rng.chance(50) {
                        &data.dates.this_month
                    } else {
                        &data.dates.in_month
                    };
                    (story.event, rng.word(forms))
                }
                Rendering::Exact => {
                    let gap = story.event.days_until(published);
                    let recent = (1..=6).contains(&gap) && rng.chance(25);
                    let forms = if recent {
                        &data.dates.recent
                    } else {
                        &data.dates.day
                    };
                    (story.event, rng.word(forms))
                }
            };
            let (text, span) = date_form(data, form, date);
            value = text;
            inner = Some(span);
            target = "date";
            template = rng.word(&t.event);
        }
        Fact::Origin => {
            let origin = story.origin;
            let (month, by_month) = match rendering {
                // Two months off, in the same year: 28 to 31 days apart, close enough for the
                // analysis to take them for one event.
                Rendering::Odd if origin.month() <= 10 => (origin.add_months(2), true),
                Rendering::Odd => (origin.add_months(-2), true),
                Rendering::Vague => (origin, false),
                // In a compatible slot the exact renderings name the month, the vague one
                // the year; agreeing ones all say the same.
                Rendering::Exact => {
                    let by_month = story
                        .plans
                        .iter()
                        .find(|(f, _, _)| *f == Fact::Origin)
                        .is_none_or(|(_, r, _)| *r != Relation::Agree || story.origin_month);
                    (origin, by_month)
                }
            };
            let forms = if by_month {
                &data.dates.year_month
            } else {
                &data.dates.year
            };
            let (text, span) = date_form(data, rng.word(forms), month);
            value = text;
            inner = Some(span);
            target = "date";
            template = rng.word(&t.origin);
        }
        Fact::Money => {
            let currency = &data.currencies[story.currency];
            let scaled = |f: Figure| Figure {
                digits: f.digits,
                exponent: f.exponent + currency.scale.ilog10(),
            };
            let form = rng.word(&currency.forms);
            let words = |f: Figure| form.replace("{n}", &f.money_words());
            value = match rendering {
                Rendering::Exact => words(scaled(story.money)),
                Rendering::Odd => words(scaled(story.odd_money)),
                Rendering::Vague => {
                    let m = scaled(story.money);
                    match rng.below(3) {
                        0 => format!(
                            "{} {}",
                            rng.pick(&data.hedges_above),
                            words(Figure {
                                digits: m.digits / 10 * 10,
                                ..m
                            })
                        ),
                        1 => format!(
                            "{} {}",
                            rng.pick(&data.hedges_below),
                            words(Figure {
                                digits: m.digits + 1,
                                ..m
                            })
                        ),
                        _ => format!("{} {}", rng.pick(&data.hedges_about), words(m)),
                    }
                }
            };
            target = "money";
            template = rng.word(&t.money);
        }
        Fact::Count => {
            let v = story.count;
            // Two significant digits, for the round figures of hedges.
            let step = if v >= 1000 { 100 } else { 10 };
            value = match rendering {
                Rendering::Exact => grouped(v),
                Rendering::Odd => grouped(story.odd_count),
                Rendering::Vague => match rng.below(3) {
                    0 => {
                        let lower = if v.is_multiple_of(step) {
                            v - step
                        } else {
                            v / step * step
                        };
                        format!("{} {}", rng.pick(&data.hedges_above), grouped(lower))
                    }
                    1 => format!(
                        "{} {}",
                        rng.pick(&data.hedges_below),
                        grouped((v / step + 1) * step)
                    ),
                    _ => format!("{} {}", rng.pick(&data.hedges_about), grouped(v)),
                },
            };
            vars.set("people", rng.word(&data.topics[story.topic].people));
            target = "count";
            template = rng.word(&t.count);
        }
        Fact::Percent => {
            let (whole, tenths) = story.percent;
            let number = if tenths == 0 {
                whole.to_string()
            } else {
                format!("{whole}.{tenths}")
            };
            value = match rng.below(3) {
                0 => format!("{number} percent"),
                1 => format!("{number}%"),
                _ => format!("{number} per cent"),
            };
            target = "pct";
            template = rng.word(&t.percent);
        }
        Fact::Quote => {
            let (predicate, _) = render(story.quote, base, None);
            match rendering {
                Rendering::Vague if rng.chance(50) => {
                    value = predicate;
                    target = "part";
                    template = rng.word(&t.part);
                }
                Rendering::Vague => {
                    value = format!("We will {}", drifted(data, &predicate));
                    target = "quote";
                    template = rng.word(&t.quote);
                }
                _ => {
                    value = format!("We will {predicate}");
                    target = "quote";
                    template = rng.word(&t.quote);
                }
            }
        }
    }
    vars.set(target_name(target), &value);
    let (sentence, span) = render(template, &vars, Some((target, inner)));
    (sentence, span.unwrap_or((0, 0)))
}

/// The `Vars` key of a target (the same names; a `&'static str` for the map).
fn target_name(target: &str) -> &'static str {
    PLACEHOLDERS
        .iter()
        .find(|p| **p == target)
        .copied()
        .unwrap_or("quote")
}

/// The quotation with its first word of `drift.tsv` changed.
fn drifted(data: &Data, predicate: &str) -> String {
    let mut done = false;
    predicate
        .split(' ')
        .map(|w| match data.drift.iter().find(|(d, _)| *d == w) {
            Some((_, replacement)) if !done => {
                done = true;
                *replacement
            }
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- writing ---------------------------------------------------------------------------------

/// The id of article `index` of story `story`.
fn doc_id(story: usize, k: usize) -> String {
    format!("s{story:06}_{k:02}")
}

/// Splits `n` articles into stories of `size`; a lone article left over joins the last story.
fn stories_of(n: usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> =
        (0..n).step_by(size).map(|s| s..(s + size).min(n)).collect();
    if out.len() >= 2 && out.last().is_some_and(|r| r.len() == 1) {
        let last = out.pop().unwrap_or(0..0);
        if let Some(prev) = out.last_mut() {
            prev.end = last.end;
        }
    }
    out
}

/// Byte offset to code-point offset, in one text.
fn code_points(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Generates a corpus into `out` (created; it must not hold anything yet).
pub fn generate(out: &Path, options: &Options) -> Result<Summary, GenerateError> {
    let data = Data::load()?;
    let epoch = Date::from_ymd(2012, 1, 1)
        .ok_or_else(|| GenerateError::Options("the calendar has no 2012-01-01".into()))?;
    if options.articles == 0 {
        return Err(GenerateError::Options(
            "--articles must be at least 1".into(),
        ));
    }
    // The last story may take one article more than the others.
    if options.story_size < 2 || options.story_size >= data.publishers.len() {
        return Err(GenerateError::Options(format!(
            "--story-size must be between 2 and {} (the invented publishers of data/gen/publishers.txt, less one)",
            data.publishers.len() - 1
        )));
    }
    match fs::read_dir(out) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(GenerateError::NotEmpty {
                    path: out.to_owned(),
                });
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(out).map_err(io_error(out))?
        }
        Err(source) => {
            return Err(GenerateError::Io {
                path: out.to_owned(),
                source,
            })
        }
    }
    let expected_path = out.join("expected.json");
    let file = fs::File::create(&expected_path).map_err(io_error(&expected_path))?;
    let mut expected = BufWriter::new(file);
    let mut summary = Summary::default();
    let mut articles: Vec<ArticleRecord> = Vec::with_capacity(options.articles);
    let mut table: Option<(PathBuf, BufWriter<fs::File>)> = None;
    let stories = stories_of(options.articles, options.story_size);
    let write_expected = |w: &mut BufWriter<fs::File>, s: &str| {
        w.write_all(s.as_bytes()).map_err(io_error(&expected_path))
    };
    write_expected(
        &mut expected,
        &format!(
            "{{\n\"generator\": \"claimgraph gen-corpus\",\n\"seed\": {},\n\"story_size\": {},\n\"slots\": [",
            options.seed, options.story_size
        ),
    )?;
    let mut first_slot = true;
    for (number, range) in stories.iter().enumerate() {
        let story = Story::plan(&data, options.seed, number, range.clone().collect(), epoch);
        let mut rng = Rng::new(options.seed ^ 0x5EED_0F7E_C0DE_u64, number as u64);
        let mut texts: Vec<(String, String, Vec<Planted>)> = Vec::new();
        for (k, &index) in story.articles.iter().enumerate() {
            let (text, planted) = write_article(&data, &story, k, &mut rng);
            let doc = doc_id(number, k);
            let dir_name = format!("d{:04}", index / ARTICLES_PER_DIR);
            let dir = out.join(&dir_name);
            if table.as_ref().is_none_or(|(d, _)| *d != dir) {
                if let Some((d, mut w)) = table.take() {
                    w.flush().map_err(io_error(&d.join("sources.tsv")))?;
                }
                fs::create_dir_all(&dir).map_err(io_error(&dir))?;
                let path = dir.join("sources.tsv");
                let mut w = BufWriter::new(fs::File::create(&path).map_err(io_error(&path))?);
                w.write_all(b"doc\tpublisher\tpublished\tprecision\tbasis\ttitle\n")
                    .map_err(io_error(&path))?;
                summary.directories += 1;
                table = Some((dir.clone(), w));
            }
            let path = dir.join(format!("{doc}.txt"));
            fs::write(&path, &text).map_err(io_error(&path))?;
            let title = text.lines().next().unwrap_or_default();
            if let Some((d, w)) = table.as_mut() {
                writeln!(
                    w,
                    "{doc}\t{}\t{}\tday\tstated: synthetic (claimgraph gen-corpus, seed {})\t{title}",
                    story.publishers[k], story.published[k], options.seed
                )
                .map_err(io_error(&d.join("sources.tsv")))?;
            }
            let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
            for p in &planted {
                *counts.entry(p.fact.kind()).or_default() += 1;
            }
            summary.bytes += text.len() as u64;
            articles.push(ArticleRecord {
                doc: doc.clone(),
                path: format!("{dir_name}/{doc}.txt"),
                story: number,
                publisher: story.publishers[k],
                published: story.published[k].to_string(),
                bytes: text.len(),
                mentions: counts,
            });
            texts.push((doc, text, planted));
        }
        for (fact, relation, renderings) in &story.plans {
            let mut mentions = Vec::new();
            for (k, (doc, text, planted)) in texts.iter().enumerate() {
                for p in planted.iter().filter(|p| p.fact == *fact) {
                    mentions.push(MentionRecord {
                        doc,
                        text: &p.text,
                        start: code_points(text, p.start),
                        end: code_points(text, p.end),
                        rendering: match renderings[k] {
                            Some(Rendering::Odd) => "odd",
                            Some(Rendering::Vague) => "vague",
                            _ => "exact",
                        },
                    });
                }
            }
            if mentions.len() < 2 {
                continue;
            }
            let verdict = relation.as_str();
            *summary.slots.entry(verdict.to_owned()).or_default() += 1;
            let record = SlotRecord {
                id: format!("s{number:06}/{}", fact.name()),
                story: number,
                fact: fact.name(),
                kind: fact.kind(),
                verdict,
                mentions,
            };
            let json = serde_json::to_string(&record).unwrap_or_default();
            let sep = if first_slot { "\n" } else { ",\n" };
            first_slot = false;
            write_expected(&mut expected, &format!("{sep}{json}"))?;
        }
        summary.stories += 1;
    }
    if let Some((d, mut w)) = table.take() {
        w.flush().map_err(io_error(&d.join("sources.tsv")))?;
    }
    summary.articles = articles.len();
    write_expected(&mut expected, "\n],\n\"articles\": [")?;
    for (i, a) in articles.iter().enumerate() {
        let json = serde_json::to_string(a).unwrap_or_default();
        let sep = if i == 0 { "\n" } else { ",\n" };
        write_expected(&mut expected, &format!("{sep}{json}"))?;
    }
    let totals = serde_json::to_string(&summary).unwrap_or_default();
    write_expected(&mut expected, &format!("\n],\n\"summary\": {totals}\n}}\n"))?;
    expected.flush().map_err(io_error(&expected_path))?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_loads() {
        let data = Data::load().unwrap();
        assert!(data.publishers.len() > 10);
    }

    #[test]
    fn names_are_distinct_per_index() {
        let data = Data::load().unwrap();
        let mut seen = std::collections::HashSet::new();
        for i in 0..60_000 {
            assert!(seen.insert(data.name(i, &data.place_ends)), "{i}");
        }
        // Place and person endings never make the same name.
        let people: std::collections::HashSet<String> =
            (0..5000).map(|i| data.name(i, &data.person_ends)).collect();
        assert!((0..5000).all(|i| !people.contains(&data.name(i, &data.place_ends))));
    }

    #[test]
    fn figures_read_as_news_writes_them() {
        let f = Figure {
            digits: 24,
            exponent: 8,
        };
        assert_eq!(f.money_words(), "2.4 billion");
        assert_eq!(
            Figure {
                digits: 31,
                exponent: 7
            }
            .money_words(),
            "310 million"
        );
        assert_eq!(
            Figure {
                digits: 24,
                exponent: 10
            }
            .money_words(),
            "240 billion"
        );
        assert_eq!(grouped(1240), "1,240");
        assert_eq!(grouped(560), "560");
    }

    #[test]
    fn spans_point_at_the_mention_the_extractor_takes() {
        let data = Data::load().unwrap();
        let day = Date::from_ymd(2021, 3, 2).unwrap();
        let (text, (s, e)) = date_form(&data, "on [{Weekday}, {Month} {d}]", day);
        assert_eq!(text, "on Tuesday, March 2");
        assert_eq!(&text[s..e], "Tuesday, March 2");
        let mut vars = Vars::default();
        vars.set("org", "Orvel Port Board").set("date", &text);
        let (sentence, span) = render(
            "The {org} approved the quay {date}.",
            &vars,
            Some(("date", Some((s, e)))),
        );
        let (s, e) = span.unwrap();
        assert_eq!(&sentence[s..e], "Tuesday, March 2");
        vars.set("quote", "We will build it");
        let (sentence, span) = render("\"{quote},\" said Ana Vel.", &vars, Some(("quote", None)));
        let (s, e) = span.unwrap();
        assert_eq!(&sentence[s..e], "We will build it,");
    }

    #[test]
    fn drift_changes_one_word() {
        let data = Data::load().unwrap();
        let quote = "make every plan better for every family";
        let drifted = drifted(&data, quote);
        let changed = quote
            .split(' ')
            .zip(drifted.split(' '))
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(changed, 1, "{drifted}");
    }

    #[test]
    fn a_lone_article_left_over_joins_the_last_story() {
        assert_eq!(stories_of(9, 4), vec![0..4, 4..9]);
        assert_eq!(stories_of(10, 4), vec![0..4, 4..8, 8..10]);
        assert_eq!(stories_of(1, 4), vec![0..1]);
    }
}
