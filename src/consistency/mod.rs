//! Cross-source consistency: which sources agree, which conflict, on what, and why.
//!
//! Mentions are grouped into slots ([`slots`]), each value becomes an interval
//! ([`interval`]), money is brought to one currency at dated rates ([`crate::consistency::fx`]), and every
//! slot more than one source speaks to gets a verdict ([`verdict`]). Each mention is a claim as
//! written, but an article's loose reading does not conflict with another source when the
//! article itself states the thing at least as precisely and agrees; articles with the same
//! text (syndicated copies) count as one source. Dates apart conflict only when nothing says
//! they date different things: a date of one happening ("launched on Tuesday") is not set
//! against a date of another ("announced on Friday") or of a statement ("said on Friday"),
//! whatever slot they share (`model::frame::events_dated`, `ontology/events.ttl`).
//! Checks within one article (a stated ratio against its two figures, a sum against its bracketed
//! conversion, parts against a total) are in [`internal`]. A curator's decisions
//! ([`curation`]) are applied first and win over the rules. No IO: the input is mentions and
//! sources, the output findings.
//!
//! The findings are structured: which members, which pairs conflict, by how much, at which
//! rates, assuming what. The sentences that explain them are written by `present::finding`.
//!
//! One file, about 850 lines, because judging a slot (figures, durations, dates and quotes)
//! is one set of methods over one judge's state (mentions, sources and their canonical copies,
//! rates); the rules that group and compare live in the submodules.

pub mod curation;
pub mod descriptions;
pub mod diff;
pub mod entities;
pub mod fx;
pub mod internal;
pub mod interval;
pub mod slots;
pub mod verdict;

use crate::consistency::fx::{Rate, Rates};
pub use crate::model::article::Source;
use crate::model::claim::{self, Kind, Mention};
use crate::model::frame;
use crate::model::lexicon::{class, Lexicon};
use crate::model::names::{with_lowercase, Words};
use crate::model::time::Date;
use curation::Curation;
use diff::Change;
use entities::{Entities, SentenceNames};
use interval::{Hedge, Interval};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use slots::{Compare, Grouping, SlotKind};

/// Days between a date and its article's publication within which the date is that day's
/// news.
const NEWS_DAY_SLACK: i32 = 1;
/// Two dates that are each their article's news of the day, in articles published this many
/// days apart or more, tell of two happenings (a launch reported the day it flew, another
/// launch reported weeks later), not of one the sources disagree on.
const NEWS_DAYS_APART: i32 = 3;
/// Days from its article's publication within which a date written relative to it ("on
/// Tuesday", "last week", "next week") is the news of its own time.
const NEWS_WEEK_SLACK: i32 = 7;
/// Articles published this many days apart or more whose relative dates are each the news of
/// their own time tell of two happenings: "on Tuesday" read from two publication dates a week
/// or more apart names two Tuesdays, each the one its article reports.
const NEWS_WEEKS_APART: i32 = 7;
/// Days beyond which a date apart from another article's news of its day or week is no
/// misdating of that news (a wrong weekday, a time zone, a slip of a week or two) but another
/// happening of the kind the other article tells as past: a month.
const NEWS_MISDATED_DAYS: i32 = 31;
/// Days before its article's publication from which a past date is background the article
/// recalls, not its news: set against another article's news of the day, values apart are an
/// earlier happening of the same kind (an earlier launch, the month's threats), not a
/// disagreement.
const BACKGROUND_DAYS: i32 = 7;
/// Topic words two dates' sentences must share to be set against each other when their clauses
/// name no happening in common: a shared actor and a word or two link dates into one slot, but
/// two values apart told in different words are more often two happenings than one dated two
/// ways.
const DATES_OF_ONE_THING_WORDS: usize = 2;
/// Or topic words and words of names together: the same people and places told of ("Ana Ruiz
/// moved her studio from Lyon to Porto in 2019" against "Porto, where Ana Ruiz has worked since
/// 2018").
const DATES_OF_ONE_THING_NAMED: usize = 3;

/// The words of the names a sentence writes outside `skip` (capitalised words after its first),
/// lower case, sorted, each once.
fn name_words(sentence: &str, skip: (usize, usize)) -> Vec<String> {
    let mut out: Vec<String> = Words::new(sentence)
        .enumerate()
        .filter(|(k, (s, e, w))| {
            *k > 0
                && !(*s < skip.1 && skip.0 < *e)
                && w.chars().count() >= 3
                && w.chars().next().is_some_and(char::is_uppercase)
        })
        // "Ruiz's" is "Ruiz".
        .map(|(_, (_, _, w))| {
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            w.to_lowercase()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
pub use verdict::Verdict;

/// What a date of a slot dates, as the verdicts read it.
struct Dated {
    /// Its article's publication date when the date is that day's news.
    news_of: Option<Date>,
    /// Its article's publication date when the date is written relative to it and lies within
    /// a week of it: the news of that week.
    recent_of: Option<Date>,
    /// The day of the week (0 = Monday) when the date is a weekday named relative to its
    /// article ("on Tuesday", "Tuesday's").
    weekday: Option<u32>,
    /// Whether it is a dispatch's dateline.
    dateline: bool,
    /// Whether it dates the release of a picture (`dates_a_picture_release`).
    picture_release: bool,
    /// Whether it dates something its article recalls: a period that began a week or more
    /// before the article came out and was over by then ("in July", "earlier this month", "had
    /// previously fired on August 29" in an article of mid-September).
    background: bool,
    /// Whether it was over by the time its article came out: something the article tells as
    /// past, however recent.
    past: bool,
    /// Whether it is no longer than a week and lies within [`NEWS_WEEK_SLACK`] days of its
    /// article's publication, however written ("Dec. 22" in an article of Dec. 27, "on
    /// Tuesday"): the news of the article's week.
    this_week: bool,
    /// Whether it is the start of a state that still holds ("since October"): any later day
    /// lies within it.
    since: bool,
    /// Its words, lower case, when written relative to its article's publication ("this
    /// year", "the first half of this year").
    relative_words: Option<String>,
    /// The happenings its clause names (`model::frame::events_dated`).
    happenings: Vec<&'static str>,
    /// Whether its clause says it dates another thing of the kind than the article's news
    /// ("the one passed in September", `model::frame::names_another_instance`).
    another_instance: bool,
    /// The topic words of its sentence, outside the date (`slots::topic_terms`), sorted.
    topic: Vec<String>,
    /// The words of the names its sentence writes (capitalised inside it), lower case, sorted.
    name_words: Vec<String>,
}

/// Whether a date's words open with "since" ("since October", "Since 2015"): the start of a
/// state that still holds.
fn starts_with_since(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
}

/// The day of the week of a date that names one relative to its article ("on Tuesday",
/// "Tuesday's"), as resolved.
fn named_weekday(m: &Mention) -> Option<u32> {
    let lex = Lexicon::get();
    let day = m.from.filter(|&from| {
        m.kind == Kind::Date && m.basis == Some(claim::DateBasis::Relative) && m.to == Some(from)
    })?;
    Words::new(&m.text)
        .any(|(_, _, w)| with_lowercase(w, |lower| lex.class_of(lower)) & class::WEEKDAY != 0)
        .then(|| day.weekday())
}

/// Whether `date` is a dispatch's dateline in `sentence` ("ERIMO, Japan, Oct 19 (Reuters) -
/// ..."): a place in capitals opens the sentence, the date follows it and an agency's bracket
/// or a dash follows the date. It dates the dispatch, not a happening the sentence tells of.
fn is_dateline(sentence: &str, date: &str) -> bool {
    let Some(at) = sentence.find(date) else {
        return false;
    };
    let (before, after) = (&sentence[..at], &sentence[at + date.len()..]);
    let place = before.split(',').next().unwrap_or("").trim();
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    capitals
        && before.trim_end().ends_with(',')
        && before.len() <= 60
        && after.trim_start().starts_with(['(', '-', '—', '–'])
}

/// Whether `date` dates the release of a picture in `sentence`: a caption's "in this photo
/// released by the agency on May 3" or "a video posted online on Friday" dates when a picture
/// came out, not the happening it shows, which may be days or years older. A picture noun
/// followed by a participle of giving out (`data/frames/picture-release.tsv`) stands before the
/// date, within [`PICTURE_RELEASE_REACH`] words of it. A picture "taken" or "filmed" on a day
/// dates what it shows, and is no release.
fn dates_a_picture_release(sentence: &str, date: &str) -> bool {
    static WORDS: std::sync::OnceLock<(FxHashSet<&'static str>, FxHashSet<&'static str>)> =
        std::sync::OnceLock::new();
    let (pictures, releases) = WORDS.get_or_init(|| {
        let mut pictures = FxHashSet::default();
        let mut releases = FxHashSet::default();
        for line in
            crate::model::lexicon::data_lines(include_str!("../../data/frames/picture-release.tsv"))
        {
            match line.split_once('\t') {
                Some((word, "picture")) => pictures.insert(word.trim()),
                Some((word, "release")) => releases.insert(word.trim()),
                _ => false,
            };
        }
        (pictures, releases)
    });
    let Some(at) = sentence.find(date) else {
        return false;
    };
    let words: Vec<String> = Words::new(&sentence[..at])
        .map(|(_, _, w)| w.to_lowercase())
        .collect();
    let reach = words.len().saturating_sub(PICTURE_RELEASE_REACH);
    let released = |k: usize| words.get(k).is_some_and(|w| releases.contains(w.as_str()));
    // The participle's clause runs on to the date: no other clause opens between them ("the
    // photo released on Monday shows what happened on Sunday").
    let runs_on = |from: usize| {
        words[from..]
            .iter()
            .all(|w| !CLAUSE_OPENERS.contains(&w.as_str()))
    };
    (reach..words.len()).any(|k| {
        pictures.contains(words[k].as_str())
            && ((released(k + 1) && runs_on(k + 2))
                || (words
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "was" | "were"))
                    && released(k + 2)
                    && runs_on(k + 3)))
    })
}

/// Words that open another clause, whose date is not the participle's.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "after", "before", "when", "while", "and", "but", "shows", "showed",
    "show", "shown", "showing",
];

/// How many words before a date a picture and its release may stand: a caption names the
/// agency and the place between them ("in this photo released by the state news agency of
/// Velmar in its capital on May 3").
const PICTURE_RELEASE_REACH: usize = 24;

/// Whether a finding compares sources or checks one article against itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    CrossSource,
    Internal,
}

/// One mention in a finding, with the interval it was compared by.
#[derive(Clone, Debug, Serialize)]
pub struct Member {
    /// Index into [`Analysis::mentions`].
    pub mention: usize,
    /// Index into [`Analysis::sources`].
    pub source: usize,
    /// The values it allows, in the finding's unit (days since 1970 for dates); `None` for
    /// quotes.
    pub interval: Option<Interval>,
    /// The currency it was converted from, when it was.
    pub converted_from: Option<String>,
    /// True when a curator corrected its value.
    pub corrected: bool,
}

/// A gap between two claims that cannot both be true.
#[derive(Clone, Debug, Serialize)]
pub struct Gap {
    pub absolute: f64,
    /// The gap as a share of the nearer value, when that means something (not for dates).
    pub relative: Option<f64>,
    /// "days", "USD", "patents", ...
    pub unit: String,
}

/// A verdict on a slot, with its evidence.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub verdict: Verdict,
    pub scope: Scope,
    pub kind: Kind,
    pub slot: String,
    /// The slot's name: what its claims are about.
    pub label: String,
    pub members: Vec<Member>,
    /// What the verdict rests on, beyond the members: what an explanation is made from.
    pub basis: Basis,
    /// The largest gap between conflicting sources.
    pub gap: Option<Gap>,
    /// Exchange rates used.
    pub rates: Vec<Rate>,
    /// What the verdict takes for granted ("$" read as US dollars).
    pub assumptions: Vec<Assumption>,
    /// For quotes: each other source's rendering against the fullest one.
    pub drift: Vec<Drift>,
    /// True when a curator's decision shaped this finding.
    pub curated: bool,
    /// The story it belongs to: an index into [`Analysis::stories`], `None` when the analysis
    /// compared every article with every other.
    pub story: Option<usize>,
}

impl Finding {
    /// A finding with its verdict and slot, and no evidence yet.
    pub fn new(verdict: Verdict, scope: Scope, kind: Kind, slot: String, label: String) -> Finding {
        Finding {
            verdict,
            scope,
            kind,
            slot,
            label,
            members: Vec::new(),
            basis: Basis::OneSource,
            gap: None,
            rates: Vec::new(),
            assumptions: Vec::new(),
            drift: Vec::new(),
            curated: false,
            story: None,
        }
    }
}

/// What a finding's verdict rests on beside its members' values.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// One source, with its copies, speaks to the slot.
    OneSource,
    /// Several sources' values compared pair by pair. `conflicts` holds the pairs of members
    /// (indexes into [`Finding::members`]) that cannot both be true, the widest gap first;
    /// `apart` the members of a finding that agrees or is compatible that were set against no
    /// other source's member (dates of another happening, or each its own article's news of
    /// the day), so that the verdict is not read as covering them.
    Values {
        conflicts: Vec<(usize, usize)>,
        apart: Vec<usize>,
    },
    /// Renderings of one quotation, each against the fullest one ([`Finding::drift`]).
    Quote,
    /// A stated ratio or percent change (the first member) against the figures it goes from
    /// and to (the second and third): `computed` is the change those two make.
    Change { computed: Interval },
    /// An amount (the first member, converted at the finding's one rate) against the
    /// conversion in brackets after it (the second): `stated` is the amount before converting.
    Conversion { stated: Interval },
    /// An amount and its bracketed conversion with no exchange rate to check them by.
    NoRate {
        from: String,
        to: String,
        on: Option<Date>,
    },
    /// Parts named after a total (the first member; the parts follow), introduced by `cue`.
    Total { cue: String },
}

/// Something a verdict takes for granted.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assumption {
    /// An ambiguous currency sign ("$") read as one currency.
    ReadAs { sign: String, currency: String },
    /// A bare "$" beside a conversion read as US dollars.
    BareDollar,
    /// An amount left out of the comparison: its article has no date to take a rate from.
    Undated { currency: String, doc: String },
    /// An amount left out of the comparison: no rate between the two currencies on that day.
    NoRate { from: String, to: String, on: Date },
}

/// How one source's rendering of a quote differs from the reference rendering.
#[derive(Clone, Debug, Serialize)]
pub struct Drift {
    pub reference: usize,
    pub source: usize,
    pub changes: Vec<Change>,
    /// How many quotations the reference and the source give the words in, when the two
    /// differ: one quotation against two around an attribution is the same words set out
    /// otherwise, a rendering compatible with the other rather than the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pieces: Option<(usize, usize)>,
}

/// How one source fares: of its corroborated slots, how many agree.
#[derive(Clone, Debug, Serialize)]
pub struct SourceStat {
    pub source: usize,
    pub claims: usize,
    pub corroborated: usize,
    pub agree: usize,
    pub compatible: usize,
    pub conflict: usize,
}

/// A story the claims are compared within: articles that report one event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Story {
    /// The id of its first article: stable while its articles stay.
    pub id: String,
    /// Its most telling names and its time span, for people.
    pub label: String,
    /// Indexes into [`Analysis::sources`], ascending.
    pub sources: Vec<usize>,
    /// The first and last publication dates of its articles, when any is known.
    pub span: Option<(Date, Date)>,
}

impl Story {
    /// One story of all `sources`: for callers that know their articles report one event.
    pub fn of_all(sources: &[Source], label: &str) -> Story {
        Story {
            id: sources.first().map(|s| s.doc.clone()).unwrap_or_default(),
            label: label.to_owned(),
            sources: (0..sources.len()).collect(),
            span: None,
        }
    }
}

/// The result of an analysis.
#[derive(Debug, Serialize)]
pub struct Analysis {
    pub sources: Vec<Source>,
    pub mentions: Vec<Mention>,
    /// Conflicts first, then compatible, agreements, uncorroborated; internal checks with them.
    pub findings: Vec<Finding>,
    pub source_stats: Vec<SourceStat>,
    /// Each source's first copy: the source itself, or the first with the same text (a
    /// syndicated copy counts as one source with it).
    pub copy_of: Vec<usize>,
    /// Curation entries that matched nothing, for the report.
    pub curation_notes: Vec<String>,
    /// The stories claims were compared within, in the order of their first article; empty
    /// when every article was compared with every other.
    pub stories: Vec<Story>,
}

/// Runs the analysis.
pub fn analyse(
    sources: Vec<Source>,
    mut mentions: Vec<Mention>,
    curation: &Curation,
    rates: &Rates,
    stories: Option<Vec<Story>>,
) -> Analysis {
    mentions.sort_by(|a, b| (&a.doc, a.start, a.kind).cmp(&(&b.doc, b.start, b.kind)));
    let applied = curation.apply(&mut mentions);
    let by_doc: FxHashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.doc.as_str(), i))
        .collect();
    // Syndicated copies: one source per digest.
    let mut first_with_digest: FxHashMap<&str, usize> = FxHashMap::default();
    let source_key: Vec<usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| match &s.digest {
            Some(d) => *first_with_digest.entry(d.as_str()).or_insert(i),
            None => i,
        })
        .collect();

    // Each mention's source, and each source's name, looked up once.
    let mut last: Option<(&str, usize)> = None;
    let source_of: Vec<usize> = mentions
        .iter()
        .map(|m| match last {
            Some((doc, s)) if doc == m.doc => s,
            _ => {
                let s = by_doc.get(m.doc.as_str()).copied().unwrap_or(usize::MAX);
                last = Some((&m.doc, s));
                s
            }
        })
        .collect();
    // Each source's story, and each mention's (`u32::MAX` for a mention of no known source).
    let mut story_of_source: Vec<u32> = vec![u32::MAX; sources.len()];
    for (k, story) in stories.iter().flatten().enumerate() {
        for &s in &story.sources {
            if let Some(slot) = story_of_source.get_mut(s) {
                *slot = k as u32;
            }
        }
    }
    let story_of_mention: Vec<u32> = source_of
        .iter()
        .map(|&s| story_of_source.get(s).copied().unwrap_or(u32::MAX))
        .collect();
    let spans: Vec<Option<(Date, Date)>> = stories.iter().flatten().map(|s| s.span).collect();
    let compare = match &stories {
        Some(_) => Compare::Stories {
            story: &story_of_mention,
            spans: &spans,
        },
        None => Compare::Corpus,
    };
    let sentence_names = SentenceNames::find(&mentions);
    let entities = learn_entities(&mentions, &sentence_names);
    let groupings = slots::group(
        &mentions,
        &entities,
        &sentence_names,
        &applied.overrides,
        compare,
    );
    let ctx = Context {
        sources: &sources,
        mentions: &mentions,
        source_of: &source_of,
        source_key: &source_key,
        rates,
        corrected: &applied.corrected,
        curated_slots: &applied.curated_mentions,
    };
    let mut findings: Vec<Finding> = groupings.into_iter().map(|g| ctx.judge(g)).collect();
    findings.extend(internal::check(&mentions, &by_doc, &sources, rates));
    if stories.is_some() {
        for f in &mut findings {
            f.story = f
                .members
                .first()
                .and_then(|m| story_of_source.get(m.source))
                .filter(|&&k| k != u32::MAX)
                .map(|&k| k as usize);
        }
    }
    let findings = in_report_order(findings);
    let source_stats = stats(&sources, &source_of, &findings);
    Analysis {
        sources,
        mentions,
        findings,
        source_stats,
        copy_of: source_key,
        curation_notes: applied.notes,
        stories: stories.unwrap_or_default(),
    }
}

impl Analysis {
    /// The unit a finding's values are compared in: "days" for dates, the currency for money
    /// ("money" when none is known), "percentage points", "times", or the figure's own unit.
    pub fn unit_of(&self, finding: &Finding) -> &str {
        unit_of(&self.mentions, finding)
    }

    /// The unit the gap between two of the finding's members is told in.
    pub fn gap_unit_of(&self, finding: &Finding) -> &str {
        gap_unit_of(&self.mentions, finding)
    }
}

/// The unit a gap between two members is told in: [`unit_of`], but a count's or an amount's
/// from the first member that has one (a headline's bare "85" is first in its slot as often as
/// not, and "8 apart" says less than "8 people killed apart").
fn gap_unit_of<'m>(mentions: &'m [Mention], finding: &Finding) -> &'m str {
    let first = &mentions[finding.members[0].mention];
    match first.kind {
        Kind::Count | Kind::Amount if first.unit.is_none() => finding
            .members
            .iter()
            .find_map(|m| mentions[m.mention].unit.as_deref())
            .unwrap_or_else(|| unit_of(mentions, finding)),
        _ => unit_of(mentions, finding),
    }
}

fn unit_of<'m>(mentions: &'m [Mention], finding: &Finding) -> &'m str {
    let first = &mentions[finding.members[0].mention];
    match first.kind {
        Kind::Date => "days",
        Kind::Amount => first.unit.as_deref().unwrap_or("money"),
        Kind::Percent => "percentage points",
        Kind::Ratio => "times",
        Kind::Duration => interval::duration_unit(first).map_or("days", |(name, _)| name),
        _ => first.unit.as_deref().unwrap_or_default(),
    }
}

/// Findings by verdict, cross-source before internal, then by slot id, in a stable order
/// (findings of one key keep theirs). The keys are sorted, not the findings: a finding is
/// large, and is moved to its place in the vector it is in (a second vector of them would be
/// that much more fresh memory).
fn in_report_order(mut findings: Vec<Finding>) -> Vec<Finding> {
    // `order[p]`: the finding that goes to place `p`.
    let order: Vec<usize> = {
        let mut keys: Vec<(Verdict, bool, &str, usize)> = findings
            .iter()
            .enumerate()
            .map(|(k, f)| (f.verdict, f.scope == Scope::Internal, f.slot.as_str(), k))
            .collect();
        // The index makes every key distinct: an unstable sort gives the stable order.
        keys.sort_unstable();
        keys.into_iter().map(|(_, _, _, k)| k).collect()
    };
    // The permutation's cycles, one at a time: each swap puts one finding in its place.
    let mut placed = vec![false; findings.len()];
    for start in 0..findings.len() {
        let mut p = start;
        while !placed[p] {
            placed[p] = true;
            if order[p] != start {
                findings.swap(p, order[p]);
            }
            p = order[p];
        }
    }
    findings
}

/// Entities named as subjects, speakers and in the sentences of dates, for canonical forms.
fn learn_entities(mentions: &[Mention], sentence_names: &SentenceNames) -> Entities {
    let named = mentions
        .iter()
        .flat_map(|m| m.subject.iter().chain(&m.speaker))
        .map(String::as_str);
    Entities::learn(named.chain(sentence_names.all()))
}

struct Context<'a> {
    sources: &'a [Source],
    mentions: &'a [Mention],
    /// Each mention's source, `usize::MAX` for none.
    source_of: &'a [usize],
    source_key: &'a [usize],
    rates: &'a Rates,
    corrected: &'a FxHashSet<usize>,
    curated_slots: &'a FxHashSet<usize>,
}

impl Context<'_> {
    fn source_of(&self, mention: usize) -> usize {
        self.source_of[mention]
    }

    fn judge(&self, g: Grouping) -> Finding {
        let first = &self.mentions[g.members[0]];
        let mut finding = Finding::new(
            Verdict::Uncorroborated,
            Scope::CrossSource,
            first.kind,
            g.id,
            g.label,
        );
        finding.curated = g.members.iter().any(|i| self.curated_slots.contains(i));
        finding.members.reserve_exact(g.members.len());
        let currency = (first.kind == Kind::Amount)
            .then(|| first.unit.clone())
            .flatten();
        let duration_days = (first.kind == Kind::Duration)
            .then(|| interval::duration_unit(first).map(|(_, days)| days))
            .flatten();
        for &i in &g.members {
            let m = &self.mentions[i];
            let source = self.source_of(i);
            let (interval, converted_from) = match g.kind {
                SlotKind::Quote => (None, None),
                // A deadline ("by 2022") holds with any day up to it, and a day told by a time
                // zone's clock ("2100 GMT Sunday") the days either side: compared as such,
                // though its slot was found from its own days.
                SlotKind::Event => {
                    let published = self.sources.get(source).and_then(|s| s.published);
                    (
                        interval::of_date(m).map(|d| {
                            interval::across_time_zones(m, interval::as_deadline(m, d, published))
                        }),
                        None,
                    )
                }
                SlotKind::Figure | SlotKind::Duration => {
                    let (interval, converted_from) =
                        self.figure_interval(m, source, currency.as_deref(), &mut finding);
                    // Durations are compared in days and shown in the first one's unit ("41.5
                    // to 42.5 years", not 15157.9 to 15523.1 days).
                    let interval = match duration_days {
                        Some(days) => interval.map(|i| i.scaled(1.0 / days)),
                        None => interval,
                    };
                    (interval, converted_from)
                }
            };
            finding.members.push(Member {
                mention: i,
                source,
                interval,
                converted_from,
                corrected: self.corrected.contains(&i),
            });
        }
        // Sources by their canonical copy. Most slots have one (uncorroborated): told without
        // collecting them.
        let first_key = self.key(finding.members[0].source);
        if finding
            .members
            .iter()
            .all(|m| self.key(m.source) == first_key)
        {
            return finding;
        }
        let mut keys: Vec<usize> = finding.members.iter().map(|m| self.key(m.source)).collect();
        keys.sort_unstable();
        keys.dedup();
        match g.kind {
            SlotKind::Quote => self.judge_quote(&mut finding, &keys),
            _ => self.judge_values(&mut finding, &keys),
        }
        finding
    }

    fn key(&self, source: usize) -> usize {
        self.source_key.get(source).copied().unwrap_or(source)
    }

    /// The publication date of a date member's article when the member dates the news of
    /// that day: one day, at most [`NEWS_DAY_SLACK`] days from the publication (a report of
    /// "Tuesday's launch" published Tuesday or Wednesday).
    fn day_of_news(&self, member: &Member) -> Option<Date> {
        let m = &self.mentions[member.mention];
        let (from, to) = (m.from?, m.to?);
        let published = self.sources.get(member.source)?.published?;
        (m.kind == Kind::Date && from == to && from.days_until(published).abs() <= NEWS_DAY_SLACK)
            .then_some(published)
    }

    /// The publication date of a date member's article when the member is written relative
    /// to it ("on Tuesday", "last week", "next week"), is no longer than a week, and lies
    /// within [`NEWS_WEEK_SLACK`] days of it.
    fn week_of_news(&self, member: &Member) -> Option<Date> {
        let m = &self.mentions[member.mention];
        let (from, to) = (m.from?, m.to?);
        let published = self.sources.get(member.source)?.published?;
        (m.kind == Kind::Date
            && m.basis == Some(claim::DateBasis::Relative)
            && from.days_until(to) < 7
            && published.days_until(from) <= NEWS_WEEK_SLACK
            && to.days_until(published) <= NEWS_WEEK_SLACK)
            .then_some(published)
    }

    /// True for a date member that its article recalls: its period began
    /// [`BACKGROUND_DAYS`] or more before the article's publication and ended by then, and it
    /// is a period longer than a day ("in July", "earlier this month") or its clause says the
    /// happening was earlier ("had previously fired", `model::frame::recalls_earlier`). A
    /// later report dating the very happening another reported ("fired on Friday") is no
    /// background: told on a wrong day, it conflicts.
    fn is_background(&self, member: &Member) -> bool {
        self.date_and_publication(member)
            .is_some_and(|(m, from, to, published)| {
                let recalled =
                    || frame::recalls_earlier(&m.sentence, m.span_in_sentence().unwrap_or((0, 0)));
                from.days_until(published) >= BACKGROUND_DAYS
                    && to.days_until(published) >= 0
                    && (from != to || recalled())
            })
    }

    /// True for a date member over by its article's publication (its last day is that day
    /// or earlier).
    fn is_past(&self, member: &Member) -> bool {
        self.date_and_publication(member)
            .is_some_and(|(_, _, to, published)| to.days_until(published) >= 0)
    }

    /// True for a date member no longer than a week within [`NEWS_WEEK_SLACK`] days of its
    /// article's publication.
    fn is_this_week(&self, member: &Member) -> bool {
        self.date_and_publication(member)
            .is_some_and(|(_, from, to, published)| {
                from.days_until(to) < 7
                    && published.days_until(from) <= NEWS_WEEK_SLACK
                    && to.days_until(published) <= NEWS_WEEK_SLACK
            })
    }

    /// A date member's mention, its first and last day and its article's publication day,
    /// when it is a date and all three are known.
    fn date_and_publication(&self, member: &Member) -> Option<(&Mention, Date, Date, Date)> {
        let m = &self.mentions[member.mention];
        let published = self.sources.get(member.source)?.published?;
        (m.kind == Kind::Date).then_some(())?;
        Some((m, m.from?, m.to?, published))
    }

    /// What a date member dates, for telling dates of different things apart.
    fn dated(&self, member: &Member) -> Dated {
        let m = &self.mentions[member.mention];
        let span = m.span_in_sentence().unwrap_or((0, 0));
        Dated {
            news_of: self.day_of_news(member),
            recent_of: self.week_of_news(member),
            weekday: named_weekday(m),
            dateline: m.kind == Kind::Date && is_dateline(&m.sentence, &m.text),
            picture_release: m.kind == Kind::Date && dates_a_picture_release(&m.sentence, &m.text),
            background: self.is_background(member),
            past: self.is_past(member),
            this_week: self.is_this_week(member),
            since: m.kind == Kind::Date && starts_with_since(&m.text),
            relative_words: (m.kind == Kind::Date && m.basis == Some(claim::DateBasis::Relative))
                .then(|| {
                    m.text
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                }),
            happenings: frame::events_dated(&m.sentence, span),
            another_instance: m.kind == Kind::Date
                && frame::names_another_instance(&m.sentence, span),
            topic: slots::topic_terms(&m.sentence, span),
            name_words: name_words(&m.sentence, span),
        }
    }

    fn figure_interval(
        &self,
        m: &Mention,
        source: usize,
        currency: Option<&str>,
        finding: &mut Finding,
    ) -> (Option<Interval>, Option<String>) {
        let interval = match m.kind {
            Kind::Duration => interval::of_duration(m),
            _ => interval::of_figure(m),
        };
        let Some(interval) = interval else {
            return (None, None);
        };
        let interval = of_the_whole(m, interval);
        let (Some(target), Some(own)) = (currency, m.unit.as_deref()) else {
            return (Some(interval), None);
        };
        if m.kind != Kind::Amount {
            return (Some(interval), None);
        }
        if m.ambiguous {
            let note = Assumption::ReadAs {
                sign: currency_symbol(&m.text),
                currency: own.to_owned(),
            };
            if !finding.assumptions.contains(&note) {
                finding.assumptions.push(note);
            }
        }
        if own == target {
            return (Some(interval), None);
        }
        let on = self
            .sources
            .get(source)
            .and_then(|s| s.published)
            .or(m.reference);
        let Some(on) = on else {
            finding.assumptions.push(Assumption::Undated {
                currency: own.to_owned(),
                doc: m.doc.clone(),
            });
            return (None, Some(own.to_owned()));
        };
        match self.rates.rate(own, target, on) {
            Some(rate) => {
                let converted = interval.scaled(rate.per);
                if !finding.rates.contains(&rate) {
                    finding.rates.push(rate);
                }
                (Some(converted), Some(own.to_owned()))
            }
            None => {
                finding.assumptions.push(Assumption::NoRate {
                    from: own.to_owned(),
                    to: target.to_owned(),
                    on,
                });
                (None, Some(own.to_owned()))
            }
        }
    }

    /// Whether members `i` and `k` of a finding stand in one sentence of one article. Two
    /// dates of one sentence that differ date two happenings ("a meeting on Friday, ahead of
    /// the assembly next week"): when another source agrees with one of them, the other is no
    /// conflict with that source, however vaguer it is.
    fn same_sentence(&self, finding: &Finding, i: usize, k: usize) -> bool {
        let (a, b) = (
            &self.mentions[finding.members[i].mention],
            &self.mentions[finding.members[k].mention],
        );
        a.doc == b.doc && a.sentence == b.sentence
    }

    /// Pairs of sources: each mention of one is matched with its best reading in the other,
    /// and the pair's relation is the worst of those matches. A source that reports an early
    /// toll (63) and a vaguer later one (at least 70) beside another's 70 conflicts through the
    /// 63: each figure an article states is a claim as written, and the report explains the
    /// difference (time of reporting) rather than hiding it behind the vaguer agreeing one.
    /// A mention is not set against the other source when its own article states the thing
    /// at least as precisely in a way the other source agrees with ("Oct. 24" beside "a week
    /// ago"): that is the article's own looseness, not a conflict between sources.
    fn judge_values(&self, finding: &mut Finding, keys: &[usize]) {
        // Members by source, in the order of `keys` (sorted).
        let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
        for (i, m) in finding.members.iter().enumerate() {
            if m.interval.is_some() {
                let position = keys
                    .binary_search(&self.key(m.source))
                    .expect("every member's source is a key");
                by_source[position].push(i);
            }
        }
        let interval_of = |i: usize| finding.members[i].interval;
        // What each date dates, read once per member: the news of its article's day, a
        // dispatch's dateline, the happenings its clause names (`model::frame::events_dated`).
        let dated: Vec<Dated> = if finding.kind == Kind::Date {
            finding.members.iter().map(|m| self.dated(m)).collect()
        } else {
            Vec::new()
        };
        // Dates never set against each other: each its own article's news of the day, in
        // articles far apart, unless both date a happening that happens once (an approval:
        // `model::frame::happens_once`); or a dateline, or the release of a picture.
        let never_compared = |i: usize, j: usize| match (dated.get(i), dated.get(j)) {
            (Some(a), Some(b)) => {
                let once = a
                    .happenings
                    .iter()
                    .any(|c| b.happenings.contains(c) && frame::happens_once(c));
                a.dateline
                    || b.dateline
                    || a.picture_release
                    || b.picture_release
                    || (!once
                        && matches!((a.news_of, b.news_of), (Some(x), Some(y))
                            if x.days_until(y).abs() >= NEWS_DAYS_APART))
            }
            _ => false,
        };
        // A date of one happening and a date of another ("announced on Friday", "launched on
        // Tuesday"), or of a happening and of a statement about it ("said on Friday"), are two
        // things whatever slot they share, so values apart are no conflict between them. Dates
        // whose clauses name no happening of the vocabulary are compared as before.
        // Two dates each written relative to its own article's publication and within a week
        // of it ("on Tuesday", "next week"), in articles a week or more apart, are each the
        // news of its own week: values apart are two happenings, not a conflict. Values alike
        // are still compared (the same Tuesday read from two articles agrees). Nor do two
        // articles that both say "Tuesday" conflict, whichever Tuesdays they are read as: the
        // texts say the same, and only the reading of each from its own publication differs.
        let apart_things = |i: usize, j: usize| match (dated.get(i), dated.get(j)) {
            (Some(a), Some(b)) => {
                let weeks_apart = matches!((a.recent_of, b.recent_of), (Some(x), Some(y))
                    if x.days_until(y).abs() >= NEWS_WEEKS_APART);
                let same_weekday = matches!((a.weekday, b.weekday), (Some(x), Some(y)) if x == y);
                // Nor do two articles that write the same words relative to each's own
                // publication ("the first half of this year"), read as different days: the
                // texts say the same.
                let same_words = matches!((&a.relative_words, &b.relative_words),
                    (Some(x), Some(y)) if x == y);
                let shared_topic = slots::shared_sorted(&a.topic, &b.topic);
                let shared_names = slots::shared_sorted(&a.name_words, &b.name_words);
                let told_alike = shared_topic >= DATES_OF_ONE_THING_WORDS
                    || shared_topic + shared_names >= DATES_OF_ONE_THING_NAMED;
                // What one article recalls against what another reports as the day's news.
                let recalled_against_news =
                    (a.background && b.news_of.is_some()) || (b.background && a.news_of.is_some());
                // One article's news of its day or week against a day another tells as past,
                // more than [`BACKGROUND_DAYS`] away: a report misdates the happening it tells
                // of by a day or two (a weekday, a time zone), not by weeks; weeks apart, the
                // past day is another happening of the kind (an earlier launch), unless both
                // clauses name a happening that happens once, and neither says its date
                // belongs to another thing of the kind ("the one passed in September": an
                // earlier resolution, passed once itself).
                let news = |d: &Dated| d.news_of.is_some() || d.recent_of.is_some() || d.this_week;
                // A date its clause names as another thing of the kind ("in June, the army
                // tested a different rocket") dates that other thing, whatever its happening.
                let another = a.another_instance || b.another_instance;
                let once = !another
                    && a.happenings
                        .iter()
                        .any(|c| b.happenings.contains(c) && frame::happens_once(c));
                let weeks_from_news = !once
                    && ((news(a) && b.past) || (news(b) && a.past))
                    && matches!((interval_of(i), interval_of(j)), (Some(x), Some(y))
                        if x.gap(&y) > f64::from(NEWS_MISDATED_DAYS));
                // "Since October" holds for any later day ("in November"): the start of a
                // state, not the day of a happening. Two starts ("since 1945", "since 1948")
                // are still compared.
                let later_than_start = |x: &Dated, xi: usize, y: &Dated, yi: usize| {
                    x.since
                        && !y.since
                        && matches!((interval_of(xi), interval_of(yi)), (Some(s), Some(d))
                            if d.lo >= s.lo)
                };
                let within_since = later_than_start(a, i, b, j) || later_than_start(b, j, a, i);
                // Two dates of statements ("said on Friday", "published on Tuesday", "tweeted
                // last week": `frame::only_statements`) on days that do not meet are two
                // statements, unless their sentences tell mostly the same (one quote told
                // twice): a story holds many, and none is the happening the other dates. Two
                // sentences of one story share a few words whatever they tell.
                let mostly_alike = shared_topic * 2 >= a.topic.len().min(b.topic.len());
                let two_statements = frame::only_statements(&a.happenings)
                    && frame::only_statements(&b.happenings)
                    && !mostly_alike;
                let (a, b) = (&a.happenings, &b.happenings);
                let one_happening = a.iter().any(|c| b.contains(c));
                // Dates further apart than a weak link reaches, whose sentences name no one in
                // common and no happening both clauses name, and tell mostly other things ("the
                // dredgers cleared silt from the channel in March, while crews watched", "silt
                // was cleared from the channel again in August, after the storm"), are two
                // happenings of a kind a story tells of many times: a few shared topic words,
                // which chained them into one slot, make no conflict of them.
                let far_and_told_apart = shared_names == 0
                    && !one_happening
                    && !mostly_alike
                    && matches!((interval_of(i), interval_of(j)), (Some(x), Some(y))
                        if x.gap(&y) > slots::MAX_EVENT_GAP_DAYS);
                recalled_against_news
                    || far_and_told_apart
                    || two_statements
                    || another
                    || weeks_from_news
                    || within_since
                    || weeks_apart
                    || same_weekday
                    || same_words
                    || (!a.is_empty() && !b.is_empty() && !one_happening)
                    || (!one_happening && !told_alike)
            }
            _ => false,
        };
        // Dates further apart than any link between two dates of one event reaches (a strong
        // link's gap) are two happenings that a chain of links put in one slot, not one
        // reported two ways. A nearer pair may be one happening a strong link dated two ways
        // ("in January 2020" against "in March 2019").
        let is_date = finding.kind == Kind::Date;
        let too_far_apart =
            |a: &Interval, b: &Interval| is_date && a.gap(b) > slots::MAX_STRONG_EVENT_GAP_DAYS;
        // The best reading of `i` among `others`: its verdict, and the nearest conflicting
        // member (smallest gap) when every reading conflicts.
        let best_match = |i: usize, others: &[usize]| -> Option<(Verdict, usize, f64)> {
            let a = interval_of(i)?;
            let mut best: Option<(Verdict, usize, f64)> = None;
            for &j in others {
                let Some(b) = interval_of(j) else { continue };
                if never_compared(i, j) {
                    continue;
                }
                let v = verdict::compare(&a, &b);
                if v == Verdict::Conflict
                    && (apart_things(i, j)
                        || too_far_apart(&a, &b)
                        || (!is_date && values_of_two_things(&a, &b)))
                {
                    continue;
                }
                let gap = if v == Verdict::Conflict {
                    a.gap(&b)
                } else {
                    0.0
                };
                let better = best.is_none_or(|(bv, _, bg)| v > bv || (v == bv && gap < bg));
                if better {
                    best = Some((v, j, gap));
                }
            }
            best
        };
        let width = |i: usize| interval_of(i).map_or(f64::INFINITY, |v| v.width());
        // A figure hedged "about" or "around" is the writer's own estimate, whose hedge already
        // says how loose it is: the article's more precise reading answers for it only when
        // the two hold together ("about 30" beside "32"). An article that says "about 40 minutes"
        // in one place and "22 minutes" in another states two values, and the one
        // another source cannot share is a claim as written.
        let answered_by = |i: usize, k: usize| match (interval_of(i), interval_of(k)) {
            (Some(a), Some(b)) if a.hedge == Some(Hedge::Near) => a.overlaps(&b),
            _ => true,
        };
        // Each mention of `own` against `others`: (verdict, own member, other member, gap),
        // without the conflicts that `own` itself answers with a reading at least as precise
        // that `others` agree with. Each member of `own` with some reading is marked in
        // `compared`.
        let matches = |own: &[usize],
                       others: &[usize],
                       compared: &mut [bool]|
         -> Vec<(Verdict, usize, usize, f64)> {
            let found: Vec<(Verdict, usize, usize, f64)> = own
                .iter()
                .filter_map(|&i| best_match(i, others).map(|(v, j, g)| (v, i, j, g)))
                .collect();
            for &(_, i, _, _) in &found {
                compared[i] = true;
            }
            found
                .iter()
                .filter(|&&(v, i, _, _)| {
                    v != Verdict::Conflict
                        || !found.iter().any(|&(w, k, _, _)| {
                            w != Verdict::Conflict
                                && (width(k) <= width(i) || self.same_sentence(finding, i, k))
                                && (is_date || answered_by(i, k))
                        })
                })
                .copied()
                .collect()
        };
        let mut pairs = Vec::new();
        let mut conflicts: Vec<(f64, usize, usize)> = Vec::new();
        let mut compared = vec![false; finding.members.len()];
        for (x, group_a) in by_source.iter().enumerate() {
            for group_b in &by_source[x + 1..] {
                let mut worst: Option<Verdict> = None;
                let a_side = matches(group_a, group_b, &mut compared).into_iter();
                let b_side = matches(group_b, group_a, &mut compared)
                    .into_iter()
                    .map(|(v, ib, ia, g)| (v, ia, ib, g));
                for (v, ia, ib, gap) in a_side.chain(b_side) {
                    worst = Some(worst.map_or(v, |w| w.min(v)));
                    // One pair of values of two sources is named once, however often each
                    // article repeats its value.
                    let same = |c: &(f64, usize, usize)| {
                        let sources = |i: usize| self.key(finding.members[i].source);
                        (sources(c.1), sources(c.2)) == (sources(ia), sources(ib))
                            && (interval_of(c.1), interval_of(c.2))
                                == (interval_of(ia), interval_of(ib))
                    };
                    if v == Verdict::Conflict && !conflicts.iter().any(same) {
                        conflicts.push((gap, ia, ib));
                    }
                }
                pairs.extend(worst);
            }
        }
        // The widest gaps first; a slot with many sources names only a few pairs.
        conflicts.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        let worst = conflicts.first().copied();
        finding.verdict = verdict::combine(pairs);
        if let Some((gap, ia, ib)) = worst {
            let (va, vb) = (
                finding.members[ia]
                    .interval
                    .unwrap_or(Interval::new(0.0, 0.0)),
                finding.members[ib]
                    .interval
                    .unwrap_or(Interval::new(0.0, 0.0)),
            );
            finding.gap = Some(Gap {
                // Dates: whole days between the nearer ends.
                absolute: if finding.kind == Kind::Date {
                    gap.ceil()
                } else {
                    gap
                },
                relative: (finding.kind != Kind::Date)
                    .then(|| va.relative_gap(&vb))
                    .flatten(),
                unit: gap_unit_of(self.mentions, finding).to_owned(),
            });
        }
        // Members set against no other source's member, unless their own source states the
        // same value in a member that was.
        let mut apart: Vec<usize> = Vec::new();
        if matches!(finding.verdict, Verdict::Agree | Verdict::Compatible) {
            for group in &by_source {
                let covered = |i: usize| {
                    group
                        .iter()
                        .any(|&k| compared[k] && interval_of(k) == interval_of(i))
                };
                apart.extend(
                    group
                        .iter()
                        .copied()
                        .filter(|&i| !compared[i] && !covered(i)),
                );
            }
            apart.sort_unstable();
        }
        finding.basis = Basis::Values {
            conflicts: conflicts.into_iter().map(|(_, a, b)| (a, b)).collect(),
            apart,
        };
    }

    /// Quotes: the fullest rendering is the reference, every other source is diffed against it.
    fn judge_quote(&self, finding: &mut Finding, keys: &[usize]) {
        finding.basis = Basis::Quote;
        // Each source's rendering: the words of the fragments of one of its copies, in text
        // order, written one after another in `text`.
        // Room for every member's words at once: `text` would otherwise grow word by word.
        let room = finding
            .members
            .iter()
            .map(|m| self.mentions[m.mention].text.len())
            .sum();
        let (mut text, mut buffer) = (String::with_capacity(room), String::new());
        // Each source's key, its words' spans in `text` and how many quotations hold them.
        let spans: Vec<_> = keys
            .iter()
            .map(|&k| {
                let copy = finding
                    .members
                    .iter()
                    .find(|m| self.key(m.source) == k)
                    .map(|m| m.source);
                let (mut spans, mut pieces) = (Vec::new(), 0);
                // Where each fragment's words begin and end in `spans`: a fragment in the very
                // words of an earlier one of its source (a lede's quotation printed again
                // further down) is that quotation told twice, not more of the speaker's words.
                let mut fragments: Vec<(usize, usize)> = Vec::new();
                for m in finding.members.iter().filter(|m| Some(m.source) == copy) {
                    let (from, at) = (spans.len(), text.len());
                    let quote = &self.mentions[m.mention].text;
                    slots::for_each_quote_word(quote, &mut buffer, |w| {
                        let start = text.len();
                        text.push_str(w);
                        spans.push((start, text.len()));
                    });
                    let words =
                        |(a, b): (usize, usize)| spans[a..b].iter().map(|&(x, y)| &text[x..y]);
                    let told_again = fragments.iter().any(|&f| {
                        f.1 - f.0 == spans.len() - from && words(f).eq(words((from, spans.len())))
                    });
                    if told_again {
                        spans.truncate(from);
                        text.truncate(at);
                    } else {
                        fragments.push((from, spans.len()));
                        pieces += 1;
                    }
                }
                (k, spans, pieces)
            })
            .collect();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let renderings: Vec<(usize, Vec<Word>, usize)> = spans
            .iter()
            .map(|(k, spans, pieces)| {
                let words = spans
                    .iter()
                    .map(|&(start, end)| {
                        let text = &text[start..end];
                        let next = ids.len() as u32;
                        Word {
                            id: *ids.entry(text).or_insert(next),
                            text,
                        }
                    })
                    .collect();
                (*k, words, *pieces)
            })
            .collect();
        let Some((reference, ref_words, ref_pieces)) = renderings
            .iter()
            .max_by_key(|(k, w, _)| (w.len(), usize::MAX - k))
        else {
            return;
        };
        let (reference, ref_pieces) = (*reference, *ref_pieces);
        let mut verdicts = Vec::new();
        for (k, words, pieces) in &renderings {
            if *k == reference {
                continue;
            }
            let changes = diff::words(ref_words, words);
            let counts = (ref_pieces, *pieces);
            let pieces = (counts.0 != counts.1).then_some(counts);
            verdicts.push(if diff::is_same(&changes) && pieces.is_none() {
                Verdict::Agree
            } else {
                Verdict::Compatible
            });
            finding.drift.push(Drift {
                reference,
                source: *k,
                changes,
                pieces,
            });
        }
        finding.verdict = verdict::combine(verdicts);
    }
}

/// A word of a quotation, interned within one finding: the diff compares ids (integers, not
/// strings, in its quadratic table) and writes the text.
#[derive(Clone, Copy)]
struct Word<'a> {
    id: u32,
    text: &'a str,
}

impl PartialEq for Word<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Word<'_> {}

impl AsRef<str> for Word<'_> {
    fn as_ref(&self) -> &str {
        self.text
    }
}

/// How many times apart two values of a slot may be and still be one value reported two ways.
/// The conflicts of the news verdict gold's tune and fresh stories are at most 7.3 times apart
/// (an early toll against a later one), and the planted ones 30-60 %; values a hundred times
/// apart are two things a slot put together (earnings per share against revenue, a toll of one
/// region against a population), not one figure read two ways.
const MAX_READINGS_RATIO: f64 = 100.0;

/// Whether two positive values are more than [`MAX_READINGS_RATIO`] times apart.
fn values_of_two_things(a: &Interval, b: &Interval) -> bool {
    let apart = |low: &Interval, high: &Interval| {
        low.hi > 0.0 && low.hi.is_finite() && high.lo > low.hi * MAX_READINGS_RATIO
    };
    apart(a, b) || apart(b, a)
}

/// A count or sum of a part that its sentence names as only a part ("killed 300 in one
/// region alone", "raised $5 million in May alone": `data/frames/part-words.txt` after the
/// figure, in its clause): the whole is at least that much, so its interval is open above.
fn of_the_whole(m: &Mention, interval: Interval) -> Interval {
    static PART_WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    const CLAUSE_ENDS: [char; 6] = [',', ';', ':', '.', '(', '—'];
    if !matches!(m.kind, Kind::Count | Kind::Amount) {
        return interval;
    }
    let part_words = PART_WORDS.get_or_init(|| {
        crate::model::lexicon::word_set(include_str!("../../data/frames/part-words.txt"))
    });
    let Some((_, end)) = m.span_in_sentence() else {
        return interval;
    };
    let clause = m.sentence[end..].split(CLAUSE_ENDS).next().unwrap_or("");
    let part = crate::model::names::words_of(clause)
        .iter()
        .any(|w| crate::model::names::with_lowercase(w.2, |l| part_words.contains(&l)));
    if part {
        Interval {
            hi: f64::INFINITY,
            ..interval
        }
    } else {
        interval
    }
}

fn currency_symbol(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace() && *c != '.' && *c != ',')
        .take(3)
        .collect::<String>()
        .chars()
        .take_while(|c| !c.is_alphabetic())
        .collect::<String>()
        .chars()
        .next()
        .map_or_else(|| text.to_owned(), |c| c.to_string())
}

fn stats(sources: &[Source], source_of: &[usize], findings: &[Finding]) -> Vec<SourceStat> {
    let mut out: Vec<SourceStat> = (0..sources.len())
        .map(|source| SourceStat {
            source,
            claims: 0,
            corroborated: 0,
            agree: 0,
            compatible: 0,
            conflict: 0,
        })
        .collect();
    for &s in source_of {
        if s < out.len() {
            out[s].claims += 1;
        }
    }
    for f in findings
        .iter()
        .filter(|f| f.scope == Scope::CrossSource && f.verdict != Verdict::Uncorroborated)
    {
        let mut seen = FxHashSet::default();
        for m in &f.members {
            if m.source < out.len() && seen.insert(m.source) {
                let stat = &mut out[m.source];
                stat.corroborated += 1;
                match f.verdict {
                    Verdict::Agree => stat.agree += 1,
                    Verdict::Compatible => stat.compatible += 1,
                    Verdict::Conflict => stat.conflict += 1,
                    Verdict::Uncorroborated => {}
                }
            }
        }
    }
    out
}

/// Made-up sources and figures for the tests of the analysis and of how findings are worded.
#[cfg(test)]
pub(crate) mod fixtures;

#[cfg(test)]
mod tests;
