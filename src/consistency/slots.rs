//! Slots: what a claim is about, so that claims from different articles can be compared.
//!
//! - A figure's slot is its measure (or counted noun), its subject entity and the period its
//!   sentence names. A figure without a subject has a slot of its own: comparing every
//!   "people" count in a corpus would make conflicts out of unrelated figures. In a story such
//!   a figure is linked as a duration is (below), to figures of its measure whose values hold
//!   with its own: "corrected to $35.10" printed by five outlets is one figure, five times
//!   corroborated, but two different values are never made a conflict this way.
//! - A date's slot is the event its sentence tells of. Two date mentions are linked when their
//!   sentences name the same entity and share a topic word, or share three or more topic words;
//!   words are weighted by how rare they are among the corpus's date sentences, so a word every
//!   sentence uses ("election" in an election story) links nothing alone. Dates that do not
//!   meet need a strong link (many shared words and actors, a happening both name) or the same
//!   actor told of in mostly the same words. Linked mentions form a slot. Each date carries the
//!   happening its own clause names (`Mention::happening`: "unveiled", "launch"): dates of two
//!   happenings the vocabularies tell apart, or of a saying and anything else known, are never
//!   linked nor put in one slot; dates that do not meet are linked only when both clauses name
//!   their happening, and not when one is a speech verb and the other a verb no vocabulary
//!   knows.
//! - In a story, a duration's slot is what lasted that long, linked as dates are (shared actors
//!   and topic words), between lengths of one magnitude; a figure key says nothing of a
//!   duration ("for about 10 minutes" has no counted noun). One named speaker's durations of
//!   two articles that hold together are one span told again.
//! - A quote's slot is the quotation: quotes whose wording overlaps (shared word pairs) by the
//!   same or an unnamed speaker (or one told only by a description, "a spokesman") are one
//!   quote, however they differ; nearly the same words are one quote whoever is named.
//!
//! All grouping is by hashing or inverted indexes, never by comparing every pair of claims.
//!
//! One file, over 1,400 lines, because the three slot rules share the inverted indexes and the
//! entity names of each sentence (`SentenceNames`), built once per analysis.

use super::descriptions;
use super::entities::{Entities, SentenceNames};
use crate::model::claim::{Bound, Kind, Mention};
use crate::model::frame;
use crate::model::lexicon::{class, word_set, Lexicon};
use crate::model::names::{names_in, with_lowercase, Words};
use crate::model::time::Date;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// What sort of thing a slot is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SlotKind {
    Figure,
    Event,
    /// How long something lasted, in a story: linked as an event's dates are.
    Duration,
    Quote,
}

/// A group of mentions about one thing, before any verdict.
#[derive(Clone, Debug)]
pub struct Grouping {
    pub kind: SlotKind,
    /// A stable identifier, readable: `figure/count/patent/acme-robotics/-`,
    /// `event/<doc>/<start>`, `quote/<doc>/<start>`.
    pub id: String,
    /// What a person reads: "patents of Acme Robotics", "when (Ana Lopez): ...".
    pub label: String,
    /// Indexes into the analysed mentions, in (doc, start) order.
    pub members: Vec<usize>,
}

/// Dates further apart than this are taken for different events, not conflicting reports of
/// one: "2014" and "last week" sharing an actor and a word are two happenings.
pub(crate) const MAX_EVENT_GAP_DAYS: f64 = 62.0;
/// Shared topic words that link two dates without a shared actor.
const LINK_WORDS: usize = 3;
/// Shared topic words (each shared actor, and a happening both clauses name, counting as one)
/// that make a strong link, and the gap a strong link may bridge.
const STRONG_LINK_WORDS: usize = 4;
pub(crate) const MAX_STRONG_EVENT_GAP_DAYS: f64 = 731.0;
/// What a link between dates whose clauses name one known happening adds to its rank, above
/// any count of shared words and actors: such links are tried first when grouping.
const SAME_HAPPENING_RANK: usize = 1 << 16;
/// An index entry (a word or actor in one stretch of time) with more dates than this finds no
/// candidates: it is too common in that stretch to tell events apart.
const MAX_POSTINGS: usize = 48;
/// Dates vaguer than this ("the last few years") are too wide to pin an event down: they take
/// part in no link.
const MAX_LINKABLE_SPAN_DAYS: i32 = 731;
/// Widths of the time buckets of the candidate indexes: one near the link gaps, so a date looks
/// at a handful of buckets.
const NEAR_BUCKET_DAYS: i32 = 64;
const FAR_BUCKET_DAYS: i32 = 366;
/// Durations of one thing told by different sources name lengths of one magnitude ("half an
/// hour" against "17 minutes"); lengths further apart than this factor ("four hours into the
/// flight", "an 11-hour flight") are of different things, however alike their sentences.
const MAX_DURATION_RATIO: f64 = 2.0;
/// Beyond this many durations of one story naming the same thing, the word is too common to
/// tell one thing from another ("years"), and links none.
const MAX_SAME_THING_DURATIONS: usize = 24;
/// How far apart in days the time that stands for a story is from the next story's, for
/// durations: beyond any link's gap.
const STORY_TIME_APART_DAYS: i32 = 4 * MAX_LINKABLE_SPAN_DAYS;
/// The most date mentions one event slot may gather (bounds the cost of the join check).
const MAX_EVENT_MENTIONS: usize = 64;
/// Word pairs two quotes must share, and the share of the shorter quote's pairs.
const QUOTE_MIN_SHARED: usize = 3;
const QUOTE_MIN_CONTAINMENT: f64 = 0.4;
/// Articles, which sources quoting one saying drop or add: quotations are linked by the word
/// pairs of their other words (their verdict still reads every word).
const QUOTE_LINK_SKIPS: [&str; 3] = ["the", "a", "an"];
/// The same for quotes attributed to different speakers: nearly all the same words in the same
/// order (nine word pairs in ten, six at the least) are one statement reported twice, whoever
/// each article names as its speaker (a speaker is the likelier thing to be misread), while a
/// few shared words, or one sentence with another name in it, are two people's words.
const QUOTE_MIN_SHARED_ACROSS_SPEAKERS: usize = 6;
const QUOTE_MIN_CONTAINMENT_ACROSS_SPEAKERS: f64 = 0.9;

/// Whether two mentions' values allow them to be one thing, for linking.
enum Consistent {
    /// The very same value, in one story: an actor in common joins them.
    Same,
    /// They hold together: a link of any strength may join them.
    Yes,
    /// They differ (a conflict if joined): only a strong link joins them.
    Differ,
    /// Too far apart to be reports of one thing: never joined.
    Incomparable,
}

/// What a curator decided about grouping, as mention indexes.
#[derive(Default)]
pub struct Overrides {
    /// Rejected mentions: in no slot.
    pub excluded: FxHashSet<usize>,
    /// Mentions taken out of whatever slot the rules put them in.
    pub detached: FxHashSet<usize>,
    /// Pairs put in one slot whatever the rules say.
    pub merged: Vec<(usize, usize)>,
}

/// What claims are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compare<'s> {
    /// Any claim of any article: a figure is compared only with figures of the same named
    /// subject.
    Corpus,
    /// Only claims of one story: each mention's story is given (`story[i]` for mention `i`).
    /// The story is what its figures are about unless they name something else, so a
    /// figure's frame (measure, qualifiers, place) is its slot, and no slot spans two stories.
    /// `spans[k]` is story `k`'s time (first and last publication dates), when known.
    Stories {
        story: &'s [u32],
        spans: &'s [Option<(Date, Date)>],
    },
}

/// Groups mentions into slots, by the rules and then the curator's overrides.
/// `mentions` are in doc order (the analysis sorts them); `sentence_names` are the names in
/// their sentences.
pub fn group(
    mentions: &[Mention],
    entities: &Entities,
    sentence_names: &SentenceNames,
    overrides: &Overrides,
    compare: Compare,
) -> Vec<Grouping> {
    let (story, spans) = match compare {
        Compare::Corpus => (None, &[][..]),
        Compare::Stories { story, spans } => (Some(story), spans),
    };
    // Each mention's story and the story's time.
    let story_at = |i: usize| {
        story.map(|s| {
            let k = s[i];
            (k, spans.get(k as usize).copied().flatten())
        })
    };
    let mut links = UnionFind::new(mentions.len(), story);
    let mut out = Vec::new();
    let mut singles: FxHashSet<usize> = FxHashSet::default();
    let active = |i: &usize| !overrides.excluded.contains(i);
    let linkable = |i: &usize| active(i) && !overrides.detached.contains(i);

    // Figures: by key. Each distinct key is kept with what its label is written from, and each
    // figure with its key's index, so that a slot's id and label are not worked out again.
    let mut key_index: FxHashMap<String, u32> = FxHashMap::default();
    let mut keys: Vec<FigureKey> = Vec::new();
    let mut key_of: Vec<u32> = vec![u32::MAX; mentions.len()];
    let sentence_dates = sentence_dates(mentions);
    let date_of = |i: usize| mentions.get(sentence_dates[i] as usize);
    // "The company said revenue rose": the organisation its article is about.
    let described = descriptions::resolve(mentions, entities);
    // Read only when a one-word subject opens its sentence.
    let written_lower = std::cell::OnceCell::new();
    let subject_of = |i: usize| {
        mentions[i]
            .subject
            .as_deref()
            .filter(|s| {
                subject_is_a_name(s, &mentions[i], || {
                    written_lower.get_or_init(|| written_in_lower_case(mentions))
                })
            })
            .or(described.get(i).and_then(Option::as_deref))
    };
    let mut figure_keys: Vec<(usize, Option<FigureKey>)> = Vec::new();
    let listed = if story.is_some() {
        list_entries(mentions)
    } else {
        FxHashSet::default()
    };
    for (i, m) in mentions.iter().enumerate().filter(|(i, _)| linkable(i)) {
        if !m.kind.has_value() && m.kind != Kind::Duration {
            continue;
        }
        // In stories a duration is linked by what its sentence tells of, as a date is (below).
        if m.kind == Kind::Duration && story.is_some() {
            continue;
        }
        // An entry of a list of several things is none of them the story's own.
        let key = if listed.contains(&i) {
            None
        } else {
            figure_key(m, subject_of(i), entities, date_of(i), story_at(i))
        };
        figure_keys.push((i, key));
    }
    if story.is_some() {
        // Whether the period of figure `i` lies within an event's reach of its story's time.
        let near_story = |i: usize| {
            let (Some((_, Some((first, last)))), Some(d)) = (story_at(i), date_of(i)) else {
                return false;
            };
            let (Some(from), Some(to)) = (d.from, d.to) else {
                return false;
            };
            let gap = to.days_until(first).max(last.days_until(from));
            f64::from(gap) <= MAX_EVENT_GAP_DAYS
        };
        nested_periods_meet(&mut figure_keys);
        undated_take_the_one_period(&mut figure_keys, near_story);
    }
    for (i, key) in figure_keys {
        match key {
            Some(key) => {
                let next = keys.len() as u32;
                let k = *key_index.entry(key.key()).or_insert(next);
                if k == next {
                    keys.push(key);
                }
                key_of[i] = k;
            }
            None => {
                singles.insert(i);
            }
        }
    }
    // Figures of one key are linked in a chain; in a story, a count of a bare noun
    // ([`bare_noun`]) only to the earlier ones of its key that it agrees with or that are told
    // of in the same words ([`told_as_one`]), so that different counts of "games" in sentences
    // about different things stay apart instead of making a conflict.
    let mut last_of_key: Vec<usize> = vec![usize::MAX; keys.len()];
    let mut bare_of_key: FxHashMap<u32, Vec<(usize, BareContext)>> = FxHashMap::default();
    for (i, &k) in key_of.iter().enumerate().filter(|(_, &k)| k != u32::MAX) {
        if story.is_some() && bare_noun(&mentions[i]) {
            let own = BareContext {
                terms: context_terms(&mentions[i]),
                setting: frame::count_setting(&mentions[i]),
            };
            let earlier = bare_of_key.entry(k).or_default();
            for (j, theirs) in earlier.iter().rev().take(MAX_BARE_COMPARED) {
                if told_as_one((&mentions[i], &own), (&mentions[*j], theirs)) {
                    links.union(*j, i);
                }
            }
            earlier.push((i, own));
            continue;
        }
        let last = &mut last_of_key[k as usize];
        if *last != usize::MAX {
            links.union(*last, i);
        }
        *last = i;
    }
    if story.is_some() {
        narrowings_meet(mentions, &keys, &key_of, &mut links);
    }
    let mut key_names: Vec<String> = vec![String::new(); keys.len()];
    for (name, k) in key_index {
        key_names[k as usize] = name;
    }

    let dates: Vec<usize> = (0..mentions.len())
        .filter(|i| linkable(i) && mentions[*i].kind == Kind::Date && mentions[*i].from.is_some())
        .filter(|&i| !coordinated(mentions, i))
        .collect();
    // Each date's entities, found once for linking and labelling.
    let names_of = EventNames {
        mentions,
        entities,
        sentence_names,
    };
    let (date_spans, date_names) = names_of.spans_and_names(&dates);
    // Each date's days, read once for the candidate indexes and every pair.
    let days: Vec<Option<super::interval::Interval>> = dates
        .iter()
        .map(|&i| super::interval::of_date(&mentions[i]))
        .collect();
    let days_of = |i: usize| days[dates.binary_search(&i).ok()?];
    link_events(
        mentions,
        &dates,
        &date_spans,
        &date_names,
        |i| days_of(i).map(|iv| (iv.lo as i32, iv.hi as i32)),
        // Dates that do not meet are a conflict if joined: only a strong link joins them, or
        // the same actor told of in mostly the same words. A year of many happenings of a kind
        // is no day's ([`many_happenings_against_a_day`]).
        |a, b| {
            if many_happenings_against_a_day(mentions, a, b)
                || many_happenings_against_a_day(mentions, b, a)
            {
                return Consistent::Incomparable;
            }
            let (ma, mb) = (&mentions[a], &mentions[b]);
            let same = story.is_some() && ma.from.is_some() && (ma.from, ma.to) == (mb.from, mb.to);
            let meet = days_of(a)
                .zip(days_of(b))
                .is_none_or(|(x, y)| x.overlaps(&y));
            if same {
                Consistent::Same
            } else if meet {
                Consistent::Yes
            } else {
                Consistent::Differ
            }
        },
        &mut links,
    );

    // Durations of one story: how long one thing lasted, told by the same actors and words as
    // a date's event ("dragged the boy for about 10 minutes", "had the boy for 10 minutes").
    // A duration holds no time of its own: its story stands for one, far from every other
    // story's, so that only durations of one story are candidates of each other.
    let durations: Vec<usize> = match story {
        Some(_) => (0..mentions.len())
            .filter(|i| linkable(i) && mentions[*i].kind == Kind::Duration)
            .collect(),
        None => Vec::new(),
    };
    let (duration_spans, duration_names) = names_of.spans_and_names(&durations);
    // Each duration's length in days and the interval it allows, read once for every pair.
    let lengths: Vec<Option<(f64, super::interval::Interval)>> = durations
        .iter()
        .map(|&i| {
            let m = &mentions[i];
            super::interval::duration_days(m).zip(super::interval::of_duration(m))
        })
        .collect();
    let story_of = |i: usize| -> Option<(i32, i32)> {
        let t = i32::try_from(story?[i])
            .ok()?
            .checked_mul(STORY_TIME_APART_DAYS)?;
        Some((t, t))
    };
    link_events(
        mentions,
        &durations,
        &duration_spans,
        &duration_names,
        story_of,
        |a, b| {
            let length = |i: usize| lengths[durations.binary_search(&i).ok()?];
            match (length(a), length(b)) {
                (Some((x, a)), Some((y, b))) if x.max(y) <= MAX_DURATION_RATIO * x.min(y) => {
                    if a.overlaps(&b) {
                        Consistent::Yes
                    } else {
                        Consistent::Differ
                    }
                }
                _ => Consistent::Incomparable,
            }
        },
        &mut links,
    );
    // Durations of one story that say in one word what lasted ("a 12-minute power cut",
    // "cut for around twenty minutes") tell of one thing when their lengths are of one
    // magnitude, whatever else their sentences share: different lengths of the same delay are
    // what a reader wants set against each other.
    if let Some(story) = story {
        let mut by_what: FxHashMap<(u32, String), Vec<usize>> = FxHashMap::default();
        for (k, &i) in durations.iter().enumerate() {
            if let Some(what) = frame::what_lasted(&mentions[i]) {
                by_what.entry((story[i], what)).or_default().push(k);
            }
        }
        for group in by_what
            .values()
            .filter(|g| g.len() <= MAX_SAME_THING_DURATIONS)
        {
            for (x, &a) in group.iter().enumerate() {
                for &b in &group[x + 1..] {
                    if let (Some((la, _)), Some((lb, _))) = (lengths[a], lengths[b]) {
                        if la.max(lb) <= MAX_DURATION_RATIO * la.min(lb) {
                            links.union(durations[a], durations[b]);
                        }
                    }
                }
            }
        }
    }

    // Durations of one story of the very same length and hedge ("about 10 minutes" three
    // times) whose sentences share a topic word are one thing told again: the same length
    // cannot conflict, and a word every sentence of the story uses still links it when the
    // sentences share nothing rarer. A long span counted to the year ([`counted_years`]) is
    // one thing told again whatever its sentences share.
    if let Some(story) = story {
        let mut by_length: FxHashMap<(u32, String, Option<Bound>), Vec<usize>> =
            FxHashMap::default();
        for &i in &durations {
            let m = &mentions[i];
            if let Some(iso) = &m.duration {
                by_length
                    .entry((story[i], iso.clone(), m.bound))
                    .or_default()
                    .push(i);
            }
        }
        for group in by_length
            .values()
            .filter(|g| g.len() > 1 && g.len() <= MAX_SAME_THING_DURATIONS)
        {
            let terms: Vec<Vec<String>> = group
                .iter()
                .map(|&i| topic_terms(&mentions[i].sentence, date_span_in_sentence(&mentions[i])))
                .collect();
            let counted = counted_years(&mentions[group[0]]);
            for (x, &a) in group.iter().enumerate() {
                for (y, &b) in group.iter().enumerate().skip(x + 1) {
                    if mentions[a].doc != mentions[b].doc
                        && (counted || shared_sorted(&terms[x], &terms[y]) > 0)
                    {
                        links.union(a, b);
                    }
                }
            }
        }
    }

    // Durations of one story that one named speaker gives in two articles ("for nearly 40
    // years", "for nearly four decades", each said by the same firm) are that speaker's one
    // span told again when their lengths are of one magnitude and hold together: a speaker
    // names few spans of time, and values that do not hold together are left to the links
    // above, so no conflict comes of this.
    if let Some(story) = story {
        let mut by_speaker: FxHashMap<(u32, &str), Vec<usize>> = FxHashMap::default();
        for (k, &i) in durations.iter().enumerate() {
            // A name, every word capitalised: not "the documents" or "a spokesman".
            let named = |s: &&str| {
                s.split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            if let Some(speaker) = mentions[i]
                .speaker
                .as_deref()
                .filter(named)
                .map(|s| entities.canonical(s))
            {
                by_speaker.entry((story[i], speaker)).or_default().push(k);
            }
        }
        for group in by_speaker
            .values()
            .filter(|g| g.len() > 1 && g.len() <= MAX_SAME_THING_DURATIONS)
        {
            for (x, &a) in group.iter().enumerate() {
                for &b in &group[x + 1..] {
                    let (i, j) = (durations[a], durations[b]);
                    if mentions[i].doc == mentions[j].doc {
                        continue;
                    }
                    if let (Some((la, ia)), Some((lb, ib))) = (&lengths[a], &lengths[b]) {
                        if la.max(*lb) <= MAX_DURATION_RATIO * la.min(*lb) && ia.overlaps(ib) {
                            links.union(i, j);
                        }
                    }
                }
            }
        }
    }

    // Figures of one story whose frame needs a subject to say what they are of, and whose
    // sentence names none ("was corrected to $35.10", "about 14 percent brighter"), are linked
    // as durations are: by the actors and topic words of their sentences, between values of one
    // measure that hold together. Without this each stands alone, and five outlets printing one
    // wire sentence are five uncorroborated figures.
    // Each with what it measures, in mention order.
    let mut loose_measures: Vec<(usize, String)> = match story {
        Some(_) => singles
            .iter()
            .filter_map(|&i| Some((i, loose_measure(&mentions[i])?)))
            .collect(),
        None => Vec::new(),
    };
    loose_measures.sort_unstable();
    let loose: Vec<usize> = loose_measures.iter().map(|&(i, _)| i).collect();
    let (loose_spans, loose_names) = names_of.spans_and_names(&loose);
    let loose_facts: Vec<Option<(&str, super::interval::Interval)>> = loose_measures
        .iter()
        .map(|(i, measure)| Some((measure.as_str(), super::interval::of_figure(&mentions[*i])?)))
        .collect();
    link_events(
        mentions,
        &loose,
        &loose_spans,
        &loose_names,
        story_of,
        |a, b| {
            let facts = |i: usize| loose_facts[loose.binary_search(&i).ok()?].as_ref();
            let (Some((measure_a, a_allows)), Some((measure_b, b_allows))) = (facts(a), facts(b))
            else {
                return Consistent::Incomparable;
            };
            let (Some(x), Some(y)) = (mentions[a].value, mentions[b].value) else {
                return Consistent::Incomparable;
            };
            // A count of no noun: the same value only, linked as a weak link links values
            // that hold together (a shared actor and topic word), never by an actor alone.
            if *measure_a == BARE_COUNT || *measure_b == BARE_COUNT {
                if measure_a != measure_b {
                    return Consistent::Incomparable;
                }
                return bare_counts_told_again(&mentions[a], &mentions[b]);
            }
            let (x, y) = (x.abs(), y.abs());
            if measure_a != measure_b || x.max(y) > MAX_LOOSE_FIGURE_RATIO * x.min(y) {
                Consistent::Incomparable
            } else if x == y && mentions[a].bound == mentions[b].bound {
                Consistent::Same
            } else if a_allows.overlaps(b_allows) {
                Consistent::Yes
            } else {
                // Nothing says what either is of: two different values are likelier two things
                // ("$247 billion" for one coin's market, "$282 billion" for another's) than a
                // conflict, and a false conflict costs a reader more than a missed one.
                Consistent::Incomparable
            }
        },
        &mut links,
    );
    for i in &loose {
        singles.remove(i);
    }

    // Quotes: by shared wording.
    let quotes: Vec<usize> = (0..mentions.len())
        .filter(|i| linkable(i) && mentions[*i].kind == Kind::Quote)
        .collect();
    link_quotes(mentions, &quotes, entities, &mut links);

    for &(a, b) in &overrides.merged {
        if active(&a) && active(&b) {
            links.union_always(a, b);
            singles.remove(&a);
            singles.remove(&b);
        }
    }

    // Components become slots, in the order of their first mention (so that making them reads
    // the mentions in order).
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut component_of: Vec<u32> = vec![u32::MAX; mentions.len()];
    for i in (0..mentions.len()).filter(active) {
        let m = &mentions[i];
        let slotted = m.kind.has_value()
            || m.kind == Kind::Duration
            || m.kind == Kind::Quote
            || (m.kind == Kind::Date && m.from.is_some());
        if !slotted {
            continue;
        }
        if singles.contains(&i) {
            out.push(single(SlotKind::Figure, i, m, figure_label(m)));
        } else {
            let root = links.find(i);
            if component_of[root] == u32::MAX {
                component_of[root] = components.len() as u32;
                components.push(Vec::new());
            }
            components[component_of[root] as usize].push(i);
        }
    }
    // A figure's key: found above, or (for a figure the rules left out and a curator merged)
    // worked out now.
    enum Keyed<'m> {
        Found(usize),
        Worked(FigureKey<'m>),
    }
    let keyed = |i: usize| match key_of[i] {
        u32::MAX => figure_key(
            &mentions[i],
            subject_of(i),
            entities,
            date_of(i),
            story_at(i),
        )
        .map(Keyed::Worked),
        k => Some(Keyed::Found(k as usize)),
    };
    for mut members in components {
        members.sort_unstable_by(|&a, &b| {
            (&mentions[a].doc, mentions[a].start).cmp(&(&mentions[b].doc, mentions[b].start))
        });
        let first = &mentions[members[0]];
        // A slot the loose figures' links made: its place among them.
        let loose_at = (members.len() > 1)
            .then(|| loose.binary_search(&members[0]).ok())
            .flatten();
        let kind = match first.kind {
            Kind::Date => SlotKind::Event,
            Kind::Duration if story.is_some() => SlotKind::Duration,
            Kind::Quote => SlotKind::Quote,
            _ => SlotKind::Figure,
        };
        let (id, label) = match kind {
            SlotKind::Figure if loose_at.is_some() => (
                format!("figure/{}/{}", first.doc, first.start),
                event_label(
                    &loose_measures[loose_at.unwrap_or_default()].1,
                    mentions,
                    &members,
                    |i| names_of.kept_or_found(i, &loose, &loose_names),
                ),
            ),
            SlotKind::Figure => match keyed(members[0]) {
                Some(Keyed::Found(k)) => (format!("figure/{}", key_names[k]), keys[k].label()),
                Some(Keyed::Worked(key)) => (format!("figure/{}", key.key()), key.label()),
                None => (
                    format!("figure/{}/{}", first.doc, first.start),
                    figure_label(first),
                ),
            },
            SlotKind::Event => (
                format!("event/{}/{}", first.doc, first.start),
                event_label("when", mentions, &members, |i| {
                    names_of.kept_or_found(i, &dates, &date_names)
                }),
            ),
            SlotKind::Duration => (
                format!("duration/{}/{}", first.doc, first.start),
                event_label("how long", mentions, &members, |i| {
                    names_of.kept_or_found(i, &durations, &duration_names)
                }),
            ),
            SlotKind::Quote => (
                format!("quote/{}/{}", first.doc, first.start),
                quote_label(first),
            ),
        };
        out.push(Grouping {
            kind,
            id,
            label,
            members,
        });
    }
    number_repeated_ids(&mut out);
    out
}

/// In a story, a figure whose sentence names no time of its own is of the story's time; when
/// every other figure of its frame that names a time names the same one, and that time is near
/// the story's (`near_story` of the figure, within an event's reach of its articles' dates),
/// it is the time meant ("a pair of probes will fly in 2031", "two probes"), and the
/// undated figure takes it. With two or more times named for one frame, or a time far from the
/// story's (a count "in 1990" in a story of 2021: another happening),
/// the undated ones stay apart.
fn undated_take_the_one_period(
    keys: &mut [(usize, Option<FigureKey>)],
    near_story: impl Fn(usize) -> bool,
) {
    // Each frame's one period, `None` once it has several or one far from the story.
    let mut periods: FxHashMap<String, Option<String>> = FxHashMap::default();
    for (i, key) in keys.iter().filter_map(|(i, k)| Some((*i, k.as_ref()?))) {
        let Some(period) = &key.period else { continue };
        let near = near_story(i);
        periods
            .entry(key_without_period(key))
            .and_modify(|seen| {
                if !near || seen.as_ref() != Some(period) {
                    *seen = None;
                }
            })
            .or_insert_with(|| near.then(|| period.clone()));
    }
    for key in keys.iter_mut().filter_map(|(_, k)| k.as_mut()) {
        if key.period.is_none() {
            if let Some(Some(period)) = periods.get(&key_without_period(key)) {
                key.period = Some(period.clone());
            }
        }
    }
}

/// A figure's slot key with its period left out: its frame within its story.
fn key_without_period(key: &FigureKey) -> String {
    FigureKey {
        family: key.family,
        measure: Cow::Borrowed(key.measure.as_ref()),
        subject: key.subject.clone(),
        period: None,
        story: key.story,
        place: None,
    }
    .key()
}

/// In a story, periods of one frame that lie one inside another are one time told at two
/// precisions ("on New Year's Eve 2015", "in 2015"): a figure takes the widest period that holds
/// its own, when the periods inside that one are themselves nested (a year holding two
/// different days holds two times, and stays as it is).
fn nested_periods_meet(keys: &mut [(usize, Option<FigureKey>)]) {
    // "from/to", ISO dates: as strings they sort as the days do.
    let bounds = |p: &str| p.split_once('/').map(|(f, t)| (f.to_owned(), t.to_owned()));
    let mut periods: FxHashMap<String, Vec<(String, String)>> = FxHashMap::default();
    for key in keys.iter().filter_map(|(_, k)| k.as_ref()) {
        if let Some(b) = key.period.as_deref().and_then(bounds) {
            let list = periods.entry(key_without_period(key)).or_default();
            if !list.contains(&b) {
                list.push(b);
            }
        }
    }
    let inside = |a: &(String, String), b: &(String, String)| a.0 >= b.0 && a.1 <= b.1;
    let mut wider: FxHashMap<(String, (String, String)), String> = FxHashMap::default();
    for (frame, list) in periods.iter().filter(|(_, l)| l.len() > 1) {
        // The periods no other holds, each with those it holds.
        let widest = list
            .iter()
            .filter(|w| list.iter().all(|v| v == *w || !inside(w, v)));
        for w in widest {
            let held: Vec<&(String, String)> =
                list.iter().filter(|p| *p != w && inside(p, w)).collect();
            let nested = held
                .iter()
                .all(|a| held.iter().all(|b| inside(a, b) || inside(b, a)));
            // Held by this widest period only.
            let alone = held.iter().all(|p| {
                list.iter()
                    .filter(|v| inside(p, v) && list.iter().all(|u| u == *v || !inside(v, u)))
                    .count()
                    == 1
            });
            if nested && alone {
                for p in held {
                    wider.insert((frame.clone(), p.clone()), format!("{}/{}", w.0, w.1));
                }
            }
        }
    }
    if wider.is_empty() {
        return;
    }
    for key in keys.iter_mut().filter_map(|(_, k)| k.as_mut()) {
        let Some(b) = key.period.as_deref().and_then(bounds) else {
            continue;
        };
        if let Some(w) = wider.get(&(key_without_period(key), b)) {
            key.period = Some(w.clone());
        }
    }
}

/// The fewest years of a span [`counted_years`] reads as counted between two years.
const COUNTED_YEARS_MIN: u32 = 20;

/// True for a duration of many years counted to the year, not rounded ("63 years", "a 47-year
/// wait": 20 or more, not a multiple of five): a span between two calendar years, so two
/// sources of one story giving the same count are counting between the same years, whatever
/// they say lasted ("waited 63 years", "the jinx held for 63 years").
fn counted_years(m: &Mention) -> bool {
    m.duration
        .as_deref()
        .and_then(|iso| {
            iso.strip_prefix('P')?
                .strip_suffix('Y')?
                .parse::<u32>()
                .ok()
        })
        .is_some_and(|years| years >= COUNTED_YEARS_MIN && years % 5 != 0)
}

/// The most figures of one key compared with another key's figures by [`narrowings_meet`].
const MAX_NARROWING_COMPARED: usize = 64;
/// The least value of the figures [`narrowings_meet`] joins: a few things ("four rockets") are
/// told of many happenings, and a count of four in a year long before the story is likelier
/// another happening than the story's four told with their time.
const MIN_NARROWED_VALUE: f64 = 20.0;

/// In a story, figures of one frame kept apart only because one names a place ("UK library
/// cards", "rescuers in Ostland") or a period (a count "in 2009") that the other leaves out
/// are one thing when they tell the same values: every value of each holds together with a
/// value of the other. The wider key then joins the narrower one, when that is the only one it
/// does so with, figure by figure where their values hold together (counts only of the same
/// words before their counted noun, but for place words). Values that do not hold
/// together stay apart: nothing says which population or time the wider figure counts, and a
/// false conflict costs a reader more than a missed agreement. Figures below
/// [`MIN_NARROWED_VALUE`] stay where their keys put them.
fn narrowings_meet(
    mentions: &[Mention],
    keys: &[FigureKey],
    key_of: &[u32],
    links: &mut UnionFind,
) {
    let mut by_broad: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (k, key) in keys.iter().enumerate() {
        by_broad.entry(key.broad()).or_default().push(k);
    }
    by_broad.retain(|_, g| g.len() > 1);
    if by_broad.is_empty() {
        return;
    }
    // Each key's figures with the values they allow.
    let mut members: FxHashMap<usize, Vec<(usize, super::interval::Interval)>> =
        FxHashMap::default();
    for group in by_broad.values() {
        for &k in group {
            members.insert(k, Vec::new());
        }
    }
    for (i, &k) in key_of.iter().enumerate() {
        if let Some(list) = members.get_mut(&(k as usize)) {
            if let Some(allows) = super::interval::of_figure(&mentions[i]) {
                list.push((i, allows));
            }
        }
    }
    // A key with a figure too small to tell what it is of joins nothing.
    for list in members.values_mut() {
        if list.iter().any(|&(i, _)| {
            mentions[i]
                .value
                .is_none_or(|v| v.abs() < MIN_NARROWED_VALUE)
        }) {
            list.clear();
        }
    }
    // A count's noun phrase without its head and its place words: what the key does not
    // already say ("library" of "UK library cards", nothing of "Britons").
    let modifiers = |m: &Mention| -> Vec<String> {
        let mut words = noun_phrase(m);
        words.pop();
        words.retain(|w| !frame::names_a_place(w));
        words
    };
    let holds = |a: &(usize, super::interval::Interval), b: &(usize, super::interval::Interval)| {
        let (x, y) = (&mentions[a.0], &mentions[b.0]);
        // Sums in one currency (the key converts the others); counts of the same noun phrase
        // but for its place, as counts of a bare noun: "ballistic missile tests" are not all
        // the "missile tests".
        a.1.overlaps(&b.1)
            && match x.kind {
                Kind::Amount => x.unit == y.unit,
                Kind::Count => modifiers(x) == modifiers(y),
                _ => true,
            }
    };
    let tell_same = |x: &[(usize, super::interval::Interval)],
                     y: &[(usize, super::interval::Interval)]| {
        !x.is_empty()
            && !y.is_empty()
            && x.len() <= MAX_NARROWING_COMPARED
            && y.len() <= MAX_NARROWING_COMPARED
            && x.iter().all(|a| y.iter().any(|b| holds(a, b)))
            && y.iter().all(|b| x.iter().any(|a| holds(a, b)))
    };
    for group in by_broad.values() {
        for &wide in group {
            let narrower: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&n| {
                    keys[wide].widens(&keys[n]) && tell_same(&members[&wide], &members[&n])
                })
                .collect();
            let [narrow] = narrower[..] else { continue };
            for a in &members[&wide] {
                for b in members[&narrow].iter().filter(|b| holds(a, b)) {
                    links.union(a.0, b.0);
                }
            }
        }
    }
}

/// Figure keys can repeat when a curator split a slot: the slots of one id, in the order of
/// their members, keep it and become `id~2`, `id~3`, ... Slots stay where they are (in the
/// order of their first mention); the analysis orders its findings itself.
fn number_repeated_ids(slots: &mut [Grouping]) {
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    let mut first: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(slots.len(), Default::default());
    for (k, g) in slots.iter().enumerate() {
        match first.entry(g.id.as_str()) {
            std::collections::hash_map::Entry::Occupied(e) => repeats.push((*e.get(), k)),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(k);
            }
        }
    }
    drop(first);
    repeats.sort_unstable();
    for same in repeats.chunk_by(|a, b| a.0 == b.0) {
        let mut of_id: Vec<usize> = std::iter::once(same[0].0)
            .chain(same.iter().map(|&(_, k)| k))
            .collect();
        of_id.sort_by(|&a, &b| slots[a].members.cmp(&slots[b].members));
        for (n, &k) in of_id.iter().enumerate().skip(1) {
            slots[k].id = format!("{}~{}", slots[k].id, n + 1);
        }
    }
}

fn single(kind: SlotKind, i: usize, m: &Mention, label: String) -> Grouping {
    let prefix = match kind {
        SlotKind::Figure => "figure",
        SlotKind::Event => "event",
        SlotKind::Duration => "duration",
        SlotKind::Quote => "quote",
    };
    Grouping {
        kind,
        id: format!("{prefix}/{}/{}", m.doc, m.start),
        label,
        members: vec![i],
    }
}

/// For each figure, the first dated mention of its sentence, `u32::MAX` for none (and for
/// mentions other than figures): a figure's period is the date its sentence names.
/// `mentions` are in doc order, so each doc's sentences are looked up in a small map of their
/// own, not in one map of every sentence of the corpus.
/// A decade joined to a noun ("Russia's 1980s-era rocket") describes that noun and dates no
/// figure.
fn sentence_dates(mentions: &[Mention]) -> Vec<u32> {
    let mut out = vec![u32::MAX; mentions.len()];
    let mut dated: FxHashMap<&str, u32> = FxHashMap::default();
    let mut from = 0;
    for doc in mentions.chunk_by(|a, b| a.doc == b.doc) {
        dated.clear();
        for (k, m) in doc.iter().enumerate() {
            if m.kind == Kind::Date
                && m.from.is_some()
                && !m.sentence.is_empty()
                && !dates_a_noun(m)
            {
                dated
                    .entry(m.sentence.as_str())
                    .or_insert((from + k) as u32);
            }
        }
        if !dated.is_empty() {
            for (k, m) in doc.iter().enumerate() {
                if m.kind.has_value() || m.kind == Kind::Duration {
                    if let Some(&d) = dated.get(m.sentence.as_str()) {
                        out[from + k] = d;
                    }
                }
            }
        }
        from += doc.len();
    }
    out
}

/// How many figures of one measure, of different values, an article must set each after a
/// label of its own for them to be the entries of a list.
const LIST_ENTRIES: usize = 3;
/// How many words a list entry's label may hold ("North depot" in "North depot: 12 hurt").
const LIST_LABEL_WORDS: usize = 5;

/// Figures that are the entries of a list of several things in their article: each a line
/// of a short label, a colon and the figure ("North depot: 12 hurt", "West gate: 9 hurt"),
/// at least [`LIST_ENTRIES`] of one measure and different values in one article. Such a list
/// sets things side by side (past happenings of the kind, the parts of a whole), none of
/// them surely the one its story tells of, so none is put in the story's slot of its
/// measure. A heading of the story's own in that form stands alone in its article and is
/// kept.
fn list_entries(mentions: &[Mention]) -> FxHashSet<usize> {
    let mut out = FxHashSet::default();
    let mut from = 0;
    for doc in mentions.chunk_by(|a, b| a.doc == b.doc) {
        let mut by_measure: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, m) in doc.iter().enumerate() {
            if !m.kind.has_value() {
                continue;
            }
            let Some((start, _)) = m.span_in_sentence() else {
                continue;
            };
            let Some(label) = m.sentence[..start].trim_end().strip_suffix(':') else {
                continue;
            };
            if label.trim().is_empty()
                || label.contains([':', ',', ';', '.'])
                || label.split_whitespace().count() > LIST_LABEL_WORDS
            {
                continue;
            }
            if let Some(f) = frame::of(m) {
                by_measure.entry(f.measure).or_default().push(from + k);
            }
        }
        for entries in by_measure.values() {
            let values: FxHashSet<u64> = entries
                .iter()
                .filter_map(|&i| mentions[i].value.map(f64::to_bits))
                .collect();
            if values.len() >= LIST_ENTRIES {
                out.extend(entries.iter().copied());
            }
        }
        from += doc.len();
    }
    out
}

/// What a figure's slot is keyed by.
struct FigureKey<'m> {
    family: &'static str,
    measure: Cow<'m, str>,
    subject: String,
    /// "from/to" of the date the figure's sentence names.
    period: Option<String>,
    /// The story it is compared within, if any.
    story: Option<u32>,
    /// The place its frame narrows a population to, with the measure told without it ("US
    /// customers": "us", "customers").
    place: Option<(&'static str, String)>,
}

impl FigureKey<'_> {
    /// `family/measure/subject/period`, the names as slugs, `-` for no period.
    fn key(&self) -> String {
        let mut key =
            String::with_capacity(self.family.len() + self.measure.len() + self.subject.len() + 40);
        if let Some(story) = self.story {
            key.push_str(&format!("s{story}/"));
        }
        key.push_str(self.family);
        key.push('/');
        push_slug(&mut key, &self.measure);
        key.push('/');
        push_slug(&mut key, &self.subject);
        key.push('/');
        key.push_str(self.period.as_deref().unwrap_or("-"));
        key
    }

    /// The key without the place and period that narrow it: keys of one broad form tell of one
    /// thing, at most narrowed differently.
    fn broad(&self) -> String {
        FigureKey {
            family: self.family,
            measure: Cow::Borrowed(self.place.as_ref().map_or(&self.measure, |(_, m)| m)),
            subject: self.subject.clone(),
            period: None,
            story: self.story,
            place: None,
        }
        .key()
    }

    /// True when `narrower` names every narrowing (place, period) this key names, and more.
    fn widens(&self, narrower: &FigureKey) -> bool {
        let place = |k: &FigureKey| k.place.as_ref().map(|(p, _)| *p);
        let place_within = place(self).is_none_or(|p| place(narrower) == Some(p));
        let period_within = self.period.is_none() || self.period == narrower.period;
        place_within
            && period_within
            && (place(self), &self.period) != (place(narrower), &narrower.period)
    }

    /// "patents of Acme Robotics, 2019-01-01/2019-12-31 (count)"; in a story, where a frame
    /// has no subject, "people killed (count)".
    fn label(&self) -> String {
        let (measure, subject, family) = (&self.measure, &self.subject, self.family);
        let of = if subject.is_empty() {
            String::new()
        } else {
            format!(" of {subject}")
        };
        match &self.period {
            None => format!("{measure}{of} ({family})"),
            Some(period) => format!("{measure}{of}, {period} ({family})"),
        }
    }
}

/// The key of a figure's slot: family, measure, subject, period; `None` without a subject or a
/// measure.
/// The key of figure `m`; `subject` is its subject (as written, or the organisation a
/// description stands for), `date` the dated mention of its sentence, if any.
fn figure_key<'m>(
    m: &'m Mention,
    subject: Option<&str>,
    entities: &Entities,
    date: Option<&Mention>,
    story: Option<(u32, Option<(Date, Date)>)>,
) -> Option<FigureKey<'m>> {
    if let Some((story, span)) = story {
        return frame_key(m, subject, entities, date, story, span);
    }
    let subject = subject?;
    let subject = entities.canonical(&clean_subject(subject)).to_owned();
    if subject.is_empty() {
        return None;
    }
    let family = match m.kind {
        Kind::Amount => "money",
        Kind::Count => "count",
        Kind::Percent => "percent",
        Kind::Ratio => "ratio",
        Kind::Duration => "duration",
        _ => return None,
    };
    let measure = match (&m.measure, &m.unit) {
        (Some(measure), _) => measure.as_str().into(),
        (None, Some(unit)) if m.kind == Kind::Count => head_noun(unit).into(),
        _ if matches!(m.kind, Kind::Percent | Kind::Ratio | Kind::Duration) => return None,
        _ => "money".into(),
    };
    let period = date.and_then(|d| Some(format!("{}/{}", d.from?, d.to?)));
    Some(FigureKey {
        family,
        measure,
        subject,
        period,
        story: None,
        place: None,
    })
}

/// The key of figure `m` in a story: its frame, and the period its sentence names when that
/// is of another time than the story's: longer than a few days (a figure of a year is of
/// another thing than the story's toll), or a day well outside the story's time span ("On
/// March 4, 2011, a man ... injuring 9" in a story of 2016). "On Sunday" is the story's own
/// time and keeps no period.
/// A broad frame ("organisations", "money") is told apart by the figure's subject, and without
/// one the figure stands alone.
fn frame_key<'m>(
    m: &'m Mention,
    subject: Option<&str>,
    entities: &Entities,
    date: Option<&Mention>,
    story: u32,
    span: Option<(Date, Date)>,
) -> Option<FigureKey<'m>> {
    const DAYS_OF_THE_STORY: i32 = 7;
    // How far outside the story's publication dates a day may lie and still be the story's
    // time: a toll revised weeks later still counts the story's dead.
    const DAYS_AROUND_THE_STORY: i32 = 31;
    let family = match m.kind {
        Kind::Amount => "money",
        Kind::Count => "count",
        Kind::Percent => "percent",
        Kind::Ratio => "ratio",
        _ => return None,
    };
    let frame = frame::of(m)?;
    let subject = if frame.specific && !counts_parts_of_a_series(m) {
        String::new()
    } else {
        let subject = entities.canonical(&clean_subject(subject?)).to_owned();
        if subject.is_empty() {
            return None;
        }
        subject
    };
    let period = date.and_then(|d| {
        let (from, to) = (d.from?, d.to?);
        let outside = span.is_some_and(|(first, last)| {
            to.days_until(first) > DAYS_AROUND_THE_STORY
                || last.days_until(from) > DAYS_AROUND_THE_STORY
        });
        (from.days_until(to) > DAYS_OF_THE_STORY || outside).then(|| format!("{from}/{to}"))
    });
    let place = frame.place.map(|p| {
        let unplaced = frame::Frame {
            place: None,
            ..frame.clone()
        };
        (p, unplaced.describe())
    });
    Some(FigureKey {
        family,
        measure: frame.describe().into(),
        subject,
        period,
        story: Some(story),
        place,
    })
}

/// "patents of Acme"; a figure without a measure or a subject is told by the words around it
/// ("count: … Vale twice came back from …"), which say what it is of better than its
/// article's name or a person it is not a count of.
fn figure_label(m: &Mention) -> String {
    let what = match m.kind {
        // An amount's unit is its currency, not what the money is.
        Kind::Amount => m.measure.as_deref(),
        _ => m.measure.as_deref().or(m.unit.as_deref()),
    };
    match (what, &m.subject) {
        (Some(what), Some(s)) => format!("{what} of {s}"),
        (what, _) => format!(
            "{}: {}",
            what.unwrap_or(if m.kind == Kind::Amount {
                "money"
            } else {
                m.kind.as_str()
            }),
            words_around(m, LABEL_REACH_WORDS, LABEL_REACH_WORDS)
        ),
    }
}

/// A count of the parts of a contest ("unbeaten in 15 games", "a three-game streak":
/// `data/frames/series-part-nouns.txt`): every team and player has its own, so a story's
/// counts of them are told apart by their subject, as a broad measure's are.
fn counts_parts_of_a_series(m: &Mention) -> bool {
    static NOUNS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let nouns =
        NOUNS.get_or_init(|| word_set(include_str!("../../data/frames/series-part-nouns.txt")));
    m.kind == Kind::Count
        && m.unit
            .as_deref()
            .is_some_and(|unit| nouns.contains(head_noun(unit).as_str()))
}

/// The words the sentences of `mentions` write in lower case somewhere.
fn written_in_lower_case(mentions: &[Mention]) -> FxHashSet<String> {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut words = FxHashSet::default();
    for m in mentions {
        if !seen.insert(m.sentence.as_str()) {
            continue;
        }
        for w in Words::new(&m.sentence) {
            if w.2.chars().next().is_some_and(char::is_lowercase) && !words.contains(w.2) {
                words.insert(w.2.to_owned());
            }
        }
    }
    words
}

/// Whether a subject as extraction read it may key a figure's slot: not a contraction ("You'll
/// pay $50": a pronoun and a verb), nor a single word that only opens its sentence, where any
/// word is capitalised, and that the corpus writes in lower case elsewhere ("Water officials
/// said", "Reviewed by:"): a common word, not a name.
fn subject_is_a_name<'w>(
    subject: &str,
    m: &Mention,
    written_lower: impl FnOnce() -> &'w FxHashSet<String>,
) -> bool {
    static CONTRACTIONS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let endings = CONTRACTIONS
        .get_or_init(|| word_set(include_str!("../../data/frames/contraction-endings.txt")));
    let contraction = subject.split(['\'', '’']).skip(1).any(|rest| {
        let tail: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        endings.contains(&tail.as_str())
    });
    if contraction {
        return false;
    }
    let subject = subject.trim();
    if subject.contains(' ') {
        return true;
    }
    let opens = m
        .sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .strip_prefix(subject)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()));
    !(opens && written_lower().contains(&subject.to_lowercase()))
}

fn clean_subject(s: &str) -> String {
    let s = s.trim_start_matches("the ").trim_start_matches("The ");
    s.trim_end_matches("'s")
        .trim_end_matches("’s")
        .replace('’', "'")
}

/// The head of a counted noun phrase ([`frame::head_phrase`]: its last word, or the last before
/// "of"), without a plural -s: "solar patents" counts patents, "catches" counts catches
/// ([`frame::sibilant_plural_stem`]), "two-time coach of the year" coaches.
fn head_noun(unit: &str) -> String {
    let words: Vec<&str> = unit.split(' ').collect();
    let last = frame::head_phrase(&words)
        .last()
        .copied()
        .unwrap_or(unit)
        .to_lowercase();
    frame::sibilant_plural_stem(&last)
        .or_else(|| last.strip_suffix('s'))
        .unwrap_or(&last)
        .to_owned()
}

/// A key-safe form of a name: lower case, words joined by '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_slug(&mut out, s);
    out
}

/// Appends the [`slug`] of `s` to `out`.
fn push_slug(out: &mut String, s: &str) {
    let start = out.len();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if out.len() > start && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.len() > start && out.ends_with('-') {
        out.pop();
    }
}

/// How far apart two values of one measure with no subject may be and still be told of one
/// thing: "more than 50" allows 5,000, but a value so far above the bound is of another thing.
const MAX_LOOSE_FIGURE_RATIO: f64 = 2.0;

/// The measure of a loose count of no noun ("was 9 of 14 passing", "rang the bell twice"):
/// no frame's description, which always names what is counted.
const BARE_COUNT: &str = "count";

/// Whether loose counts `a` and `b` of no noun are one count told again, as far as their
/// values go: the very same value, bound and unit. Such a count says too little of what it
/// counts for any other value to be set beside it (two different numbers in alike sentences
/// are likelier two things), so its links, which still need a shared actor and topic word or
/// several topic words, only ever make agreements. A few ("two", "three times") are told of
/// so many things that an actor and a word in common do not make one count of them: they ask
/// the strong link that values which do not meet ask ([`Consistent::Differ`]), although
/// theirs are the same.
fn bare_counts_told_again(a: &Mention, b: &Mention) -> Consistent {
    if a.value != b.value || a.bound != b.bound || a.unit != b.unit {
        Consistent::Incomparable
    } else if a
        .value
        .is_some_and(|v| v.abs() < MIN_BARE_COUNT_WEAKLY_LINKED)
    {
        Consistent::Differ
    } else {
        Consistent::Yes
    }
}

/// The least count of no noun that a weak link (a shared actor and topic word) makes one
/// count told again: below it, "a few" of anything.
const MIN_BARE_COUNT_WEAKLY_LINKED: f64 = 4.0;

/// What a loose figure measures, for linking and labelling, or `None` for a figure that is
/// not one. Loose: a figure whose slot key needs a subject its sentence does not give (an
/// amount, a percent or a ratio, or a count of a noun its frame knows, "3,000 officers", told
/// of no one); a count of no noun ("the two") says little of what it counts.
/// The measure is its frame in words, the kind when it has none, and an amount's currency
/// (amounts in two currencies are left to the key rules, which convert them). A count of no
/// noun is [`BARE_COUNT`]: linked only to the very same value ([`bare_counts_told_again`]).
fn loose_measure(m: &Mention) -> Option<String> {
    if m.value.is_none()
        || !matches!(
            m.kind,
            Kind::Amount | Kind::Count | Kind::Percent | Kind::Ratio
        )
    {
        return None;
    }
    let what = match frame::of(m) {
        Some(frame) => frame.describe(),
        None if m.kind == Kind::Count => return Some(BARE_COUNT.to_owned()),
        None => m.kind.as_str().to_owned(),
    };
    Some(match (m.kind, &m.unit) {
        (Kind::Amount, Some(unit)) => format!("{what} ({unit})"),
        _ => what,
    })
}

/// The topic words of a sentence outside a span: content words, stemmed.
pub fn topic_terms(sentence: &str, skip: (usize, usize)) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for_each_topic_word(sentence, skip, |word| out.extend(topic_term(word)));
    out.sort_unstable();
    out.dedup();
    out
}

/// Topic words two counts of a bare counted noun must share, besides the noun, to be one
/// thing when their values differ.
const BARE_NOUN_CONTEXT_WORDS: usize = 2;
/// The earlier counts of a bare noun's key a count is compared with (bounds the cost in a
/// story that counts one noun very often).
const MAX_BARE_COMPARED: usize = 32;

/// True for a count whose frame is a counted noun the measure vocabulary does not know and
/// nothing else ("three games", "10 innings"): its key gathers every count of that noun in a
/// story, which is right for counts that agree but says little of whether two different
/// counts are of one thing ("won 50 games in five seasons", "15 games over that span").
/// A sum whose frame is the noun that says what it is ("a $40 bill", "a fine of $40") is
/// treated alike: two different fines of one story are likelier two fines than a conflict.
fn bare_noun(m: &Mention) -> bool {
    match m.kind {
        Kind::Count => frame::of(m).is_some_and(|f| {
            f.specific
                && f.population.is_none()
                && !Lexicon::get().measure_labels.contains_key(&f.measure)
        }),
        Kind::Amount => {
            frame::of(m).is_some_and(|f| f.specific && !f.qualifiers.contains(&"per share"))
        }
        _ => false,
    }
}

/// What a count of a bare counted noun is compared by: the topic words of its sentence
/// ([`context_terms`]) and where in it it is told ([`frame::CountSetting`]).
struct BareContext {
    terms: Vec<String>,
    setting: frame::CountSetting,
}

/// Whether two counts of a bare counted noun ([`bare_noun`]), each with its
/// [`BareContext`], are one thing as far as their texts show: their values agree, or their
/// sentences share topic words besides the counted noun. Two different numbers of "games" in
/// sentences that share nothing else are two things, not a conflict.
/// Different values are one thing only when their counted noun phrases are the same words:
/// "nine inflatable rafts" are not "twelve rafts", nor "two female otters" "three otters";
/// and when they are told alike: of one noun after a hyphen ("a four-goal lead" is not "a
/// two-goal burst"), within one part of a contest ("one out in the sixth" is not "two outs
/// in the seventh", nor outs of the whole game), both as distances to go or neither.
/// Sums of one noun ("a $40 bill") are one thing only when their values hold together.
fn told_as_one(a: (&Mention, &BareContext), b: (&Mention, &BareContext)) -> bool {
    let values = super::interval::of_figure(a.0).zip(super::interval::of_figure(b.0));
    values.is_some_and(|(x, y)| x.overlaps(&y))
        || (a.0.kind == Kind::Count
            && shared_sorted(&a.1.terms, &b.1.terms) >= BARE_NOUN_CONTEXT_WORDS
            && noun_phrase(a.0) == noun_phrase(b.0)
            && a.1.setting == b.1.setting)
}

/// A count's counted noun phrase in lower case, its last word without a plural -s.
fn noun_phrase(m: &Mention) -> Vec<String> {
    let mut words: Vec<String> = m
        .unit
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if let Some(last) = words.last_mut() {
        *last = head_noun(last);
    }
    words
}

/// The topic words of a count's sentence, without the figure and its counted noun.
fn context_terms(m: &Mention) -> Vec<String> {
    let noun = m.unit.as_deref().map(|u| topic_terms(u, (0, 0)));
    let mut terms = topic_terms(&m.sentence, date_span_in_sentence(m));
    if let Some(noun) = noun {
        terms.retain(|w| !noun.contains(w));
    }
    terms
}

/// How many strings two sorted, deduplicated lists share.
pub(super) fn shared_sorted(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|w| b.binary_search(w).is_ok()).count()
}

/// Gives `f` each word of a sentence that may be a topic word: outside the span, not a name
/// (capitalised inside the sentence), hyphenated words in their parts.
fn for_each_topic_word<'s>(sentence: &'s str, skip: (usize, usize), mut f: impl FnMut(&'s str)) {
    for (k, (s, e, w)) in Words::new(sentence).enumerate() {
        // Capitalised words inside a sentence are names: entities, not topics.
        if (s < skip.1 && skip.0 < e) || (k > 0 && w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        for part in w.split('-') {
            f(part);
        }
    }
}

/// A word's topic term (lower case, stemmed), or `None` for a short word, a number or a word
/// of the vocabularies that says nothing of a topic.
fn topic_term(word: &str) -> Option<String> {
    let lex = Lexicon::get();
    let lower = word.to_lowercase();
    if lower.chars().count() < 4 || lower.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let c = lex.class_of(&lower);
    if c & (class::FUNCTION
        | class::DETERMINER
        | class::PRONOUN
        | class::MONTH
        | class::WEEKDAY
        | class::NUMBER
        | class::SPEECH)
        != 0
        || lex.function_words.contains(&lower)
        || lex.scales.contains_key(&lower)
        || lex.currencies.contains_key(&lower)
    {
        return None;
    }
    Some(stem(&lower))
}

/// [`topic_terms`] for many sentences, with each distinct word looked at once: the terms of
/// a sentence as [`Interner`] ids, interned in the order [`topic_terms`] returns them.
#[derive(Default)]
struct TopicTerms<'s> {
    /// Each word seen, as its term's index in `terms`, or `None`.
    words: FxHashMap<&'s str, Option<u32>>,
    /// Distinct terms, with their index.
    index: FxHashMap<String, u32>,
    terms: Vec<String>,
    /// Each term's id in the caller's interner, once it has one.
    ids: Vec<Option<u32>>,
    scratch: Vec<u32>,
}

impl<'s> TopicTerms<'s> {
    /// Appends the ids of the terms of `sentence` outside `skip` to `out`, each once, in no
    /// particular order. Terms new to `ids` are interned in the order of the terms.
    fn push_ids(
        &mut self,
        sentence: &'s str,
        skip: (usize, usize),
        ids: &mut Interner,
        out: &mut Vec<u32>,
    ) {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        for_each_topic_word(sentence, skip, |word| {
            let term = *self.words.entry(word).or_insert_with(|| {
                let term = topic_term(word)?;
                let next = self.terms.len() as u32;
                Some(*self.index.entry(term).or_insert_with_key(|term| {
                    self.terms.push(term.clone());
                    self.ids.push(None);
                    next
                }))
            });
            scratch.extend(term);
        });
        // Ids are given in term order, as `topic_terms` lists them; a sentence whose terms
        // all have theirs (most, once the vocabulary is known) needs no comparing of strings.
        if scratch.iter().any(|&t| self.ids[t as usize].is_none()) {
            scratch.sort_unstable_by(|&a, &b| self.terms[a as usize].cmp(&self.terms[b as usize]));
        } else {
            scratch.sort_unstable();
        }
        scratch.dedup();
        for &t in &scratch {
            let id = *self.ids[t as usize].get_or_insert_with(|| ids.id(&self.terms[t as usize]));
            out.push(id);
        }
        self.scratch = scratch;
    }
}

/// A crude stem: common endings off, then at most six letters, so "cryptocurrencies" and
/// "crypto", "banned" and "ban", "currency" and "currencies" meet.
fn stem(word: &str) -> String {
    let mut w = word.trim_end_matches(['\'', '’']).to_owned();
    for suffix in ["ies", "ing", "ed", "es", "ly", "s"] {
        if w.len() > suffix.len() + 2 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    // "bann" (from "banned") -> "ban".
    let b = w.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b[b.len() - 1].is_ascii_digit() {
        w.pop();
    }
    w.chars().take(6).collect()
}

/// The entities of a date mention's sentence, canonical, outside the date itself. The
/// mention's subject and speaker count too.
pub fn event_entities(m: &Mention, entities: &Entities) -> Vec<String> {
    entities_outside(&names_in(&m.sentence), date_span_in_sentence(m), entities)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// [`event_entities`] from `found`, the names of the mention's sentence.
/// `skip` is where the date stands in the sentence ([`date_span_in_sentence`]).
fn entities_outside<'a>(
    found: &'a [(usize, usize, String)],
    skip: (usize, usize),
    entities: &'a Entities,
) -> Vec<&'a str> {
    let mut out: Vec<&str> = found
        .iter()
        .filter(|(s, e, _)| !(*s < skip.1 && skip.0 < *e))
        .map(|(_, _, n)| entities.canonical(n))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// True when date `i` is joined to the next or the previous date of its sentence by "and",
/// "or" or a comma ("in August and September", "on March 3 and April 19"): the sentence
/// dates several happenings at once, and which one each date is cannot be told.
fn coordinated(mentions: &[Mention], i: usize) -> bool {
    let joined = |a: &Mention, b: &Mention| {
        if a.doc != b.doc || a.sentence != b.sentence || b.kind != Kind::Date {
            return false;
        }
        let (_, end) = date_span_in_sentence(a);
        let Some(rest) = a.sentence.get(end..) else {
            return false;
        };
        let rest = rest.trim_start_matches([',', ' ']);
        let rest = ["and ", "or "]
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .unwrap_or(rest);
        let rest = ["in ", "on "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        !rest.is_empty() && rest.starts_with(b.text.as_str())
    };
    // "in August and September": the second date need not be a mention of its own.
    let joined_to_words = |a: &Mention| {
        let (_, end) = date_span_in_sentence(a);
        let rest = a.sentence.get(end..).unwrap_or("");
        let mut words = Words::new(rest).map(|(_, _, w)| w);
        matches!(words.next(), Some("and" | "or"))
            && words.next().is_some_and(|w| {
                let lex = Lexicon::get();
                w.starts_with(|c: char| c.is_ascii_digit())
                    || with_lowercase(w, |l| {
                        lex.class_of(l) & (class::MONTH | class::WEEKDAY) != 0
                    })
            })
    };
    // "in August and September" read as one date of two months: the join is inside it.
    let joined_within = |a: &Mention| {
        let words: Vec<&str> = Words::new(&a.text).map(|(_, _, w)| w).collect();
        let lex = Lexicon::get();
        words.windows(3).any(|w| {
            let date_word = |w: &str| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || with_lowercase(w, |l| {
                        lex.class_of(l) & (class::MONTH | class::WEEKDAY) != 0
                    })
            };
            date_word(w[0]) && matches!(w[1], "and" | "or") && date_word(w[2])
        })
    };
    let m = &mentions[i];
    (i > 0 && joined(&mentions[i - 1], m))
        || mentions.get(i + 1).is_some_and(|next| joined(m, next))
        || joined_to_words(m)
        || joined_within(m)
}

/// The most words between a verb and the count of its object ("launched a record 14 rockets").
const COUNTED_OBJECT_GAP_WORDS: usize = 2;
/// The fewest days a date spans to hold many happenings of one kind (a year: "in 2021").
const MANY_HAPPENINGS_SPAN_DAYS: i32 = 364;

/// Whether date `a` spans a year or more and dates a verb with a counted object ("the firm
/// launched 14 rockets in 2021") while date `b` is one day ("when its next rocket flies on
/// Tuesday"): the year holds many happenings of that kind, none of them the day's.
fn many_happenings_against_a_day(mentions: &[Mention], a: usize, b: usize) -> bool {
    let (ma, mb) = (&mentions[a], &mentions[b]);
    let spans = |m: &Mention| m.from.zip(m.to).map(|(from, to)| from.days_until(to));
    spans(ma).is_some_and(|d| d >= MANY_HAPPENINGS_SPAN_DAYS)
        && spans(mb) == Some(0)
        && counted_object(mentions, a)
}

/// Whether the happening of date `i` (`Mention::happening`) is a verb whose object is a count
/// of its sentence: the count stands within [`COUNTED_OBJECT_GAP_WORDS`] words after the verb
/// ("launched 14 rockets", "held a record 40 rallies").
fn counted_object(mentions: &[Mention], i: usize) -> bool {
    let m = &mentions[i];
    let Some(verb) = m
        .happening
        .as_deref()
        .and_then(|h| h.split(' ').next_back())
    else {
        return false;
    };
    let verb_ends: Vec<usize> = Words::new(&m.sentence)
        .filter(|(_, _, w)| w.eq_ignore_ascii_case(verb))
        .map(|(_, end, _)| end)
        .collect();
    if verb_ends.is_empty() {
        return false;
    }
    // The mentions of its sentence stand next to it, in article order.
    let same_sentence =
        |c: &&Mention| c.doc == m.doc && c.sentence == m.sentence && c.kind == Kind::Count;
    let before = mentions[..i]
        .iter()
        .rev()
        .take_while(|c| c.doc == m.doc && c.sentence == m.sentence);
    let after = mentions[i + 1..]
        .iter()
        .take_while(|c| c.doc == m.doc && c.sentence == m.sentence);
    before.chain(after).filter(same_sentence).any(|c| {
        let Some((start, _)) = c.span_in_sentence() else {
            return false;
        };
        verb_ends.iter().any(|&end| {
            end <= start
                && m.sentence
                    .get(end..start)
                    .is_some_and(|gap| Words::new(gap).count() <= COUNTED_OBJECT_GAP_WORDS)
        })
    })
}

/// Where the mention's text stands in its sentence (bytes), or an empty span.
fn date_span_in_sentence(m: &Mention) -> (usize, usize) {
    m.span_in_sentence().unwrap_or((0, 0))
}

/// Links date mentions (or durations, `time_of` giving each a time) that tell of one event. `spans[k]` is where `dates[k]` stands in its
/// sentence, `names[k]` are its entities ([`event_entities`]).
fn link_events(
    mentions: &[Mention],
    dates: &[usize],
    spans: &[(usize, usize)],
    names: &[Vec<Cow<str>>],
    time_of: impl Fn(usize) -> Option<(i32, i32)>,
    consistent: impl Fn(usize, usize) -> Consistent,
    links: &mut UnionFind,
) {
    let lex = Lexicon::get();
    let mut ids = Interner::default();
    let mut docs = Interner::default();
    // Each entity as its id when it is an actor, `None` when not.
    let mut actor_ids: FxHashMap<&str, Option<u32>> = FxHashMap::default();
    let mut topic_terms = TopicTerms::default();
    let n = dates.len();
    let mut doc: Vec<u32> = Vec::with_capacity(n);
    let mut lo: Vec<i32> = Vec::with_capacity(n);
    let mut hi: Vec<i32> = Vec::with_capacity(n);
    let mut actors = Lists::with_capacity(n);
    let mut terms = Lists::with_capacity(n);
    for (k, &i) in dates.iter().enumerate() {
        let m = &mentions[i];
        let span = time_of(i);
        let from = actors.ids.len();
        for e in &names[k] {
            let id = *actor_ids
                .entry(e.as_ref())
                .or_insert_with(|| is_actor(lex, e).then(|| ids.id(e)));
            actors.ids.extend(id);
        }
        actors.close_sorted(from);
        let from = terms.ids.len();
        topic_terms.push_ids(&m.sentence, spans[k], &mut ids, &mut terms.ids);
        terms.close_sorted(from);
        let (l, h) = span.unwrap_or((0, i32::MAX));
        doc.push(docs.id(&m.doc));
        lo.push(l);
        hi.push(h);
    }
    // How many date sentences use each word and entity: one that most of them use (the
    // story's own subject) tells no event from another, and is dropped.
    let mut df = vec![0u32; ids.len()];
    for &t in actors.ids.iter().chain(&terms.ids) {
        df[t as usize] += 1;
    }
    let too_common = |t: u32| n >= 6 && df[t as usize] as usize * 2 > n;
    let actors = actors.retain(|t| !too_common(t));
    let terms = terms.retain(|t| !too_common(t));
    // What each date's clause says happened (`ontology/events.ttl`), for the strength of a link.
    let is_date: Vec<bool> = dates
        .iter()
        .map(|&i| mentions[i].kind == Kind::Date)
        .collect();
    let happenings: Vec<Vec<&'static str>> = (0..n)
        .map(|k| match is_date[k] {
            true => frame::events_dated(&mentions[dates[k]].sentence, spans[k]),
            false => Vec::new(),
        })
        .collect();
    // Within a story, each date's happening concepts other than a statement, as keys of their
    // own ([`story_happening_link`]): however common in the story (its central happening is
    // the one most of its dates tell of), they are never dropped as the words above are.
    let mut concepts = Lists::with_capacity(n);
    for k in 0..n {
        let from = concepts.ids.len();
        if let Some(story) = links.part.filter(|_| is_date[k]) {
            for c in happenings[k]
                .iter()
                .filter(|c| !MANY_IN_A_STORY.contains(c))
            {
                let key = format!("\u{0}{}\u{0}{c}", story[dates[k]]);
                concepts.ids.push(ids.id(&key));
            }
        }
        concepts.close_sorted(from);
    }
    // Within a story, each date's own happening word when it tells what happened (not a
    // saying, nor a word as general as "made": [`frame::telling_happening_word`]), as a key of
    // its own: two dates of the very same days named by one such word are linked
    // ([`same_day_same_word`]), however few other words their sentences share.
    // Each date's happening word in lower case, once (None for a date that is not one).
    let happening_words_lower: Vec<Option<String>> = (0..n)
        .map(|k| {
            mentions[dates[k]]
                .happening
                .as_deref()
                .filter(|_| is_date[k])
                .map(str::to_lowercase)
        })
        .collect();
    let mut happening_words = Lists::with_capacity(n);
    for k in 0..n {
        let from = happening_words.ids.len();
        let word = happening_words_lower[k]
            .as_deref()
            .filter(|w| frame::telling_happening_word(w));
        if let (Some(story), Some(word)) = (links.part, word) {
            let key = format!("\u{1}{}\u{1}{word}", story[dates[k]]);
            happening_words.ids.push(ids.id(&key));
        }
        happening_words.close_sorted(from);
    }
    // Candidates come from inverted indexes keyed by a word or actor and a stretch of time, so
    // their number does not grow with the corpus: a date is only compared with dates near it
    // that share an actor, or that share one of its rarer words (two sentences with
    // `LINK_WORDS` words in common share one of the rarest `len - LINK_WORDS + 1` of either:
    // prefix filtering).
    let prefixes = terms.prefixes(&df, LINK_WORDS);
    let linkable = |k: usize| hi[k] != i32::MAX && hi[k] - lo[k] <= MAX_LINKABLE_SPAN_DAYS;
    let weak_gap = MAX_EVENT_GAP_DAYS as i32;
    let strong_gap = MAX_STRONG_EVENT_GAP_DAYS as i32;
    let buckets = |lo: i32, hi: i32, width: i32| lo.div_euclid(width)..=hi.div_euclid(width);
    let near_index = TimeIndex::build(ids.len(), |emit| {
        for k in (0..n).filter(|&k| linkable(k)) {
            for b in buckets(lo[k], hi[k], NEAR_BUCKET_DAYS) {
                for &t in actors
                    .get(k)
                    .iter()
                    .chain(prefixes.get(k))
                    .chain(concepts.get(k))
                    .chain(happening_words.get(k))
                {
                    emit(t, b, k as u32);
                }
            }
        }
    });
    let far_index = TimeIndex::build(ids.len(), |emit| {
        for k in (0..n).filter(|&k| linkable(k)) {
            for b in buckets(lo[k], hi[k], FAR_BUCKET_DAYS) {
                for &t in prefixes.get(k) {
                    emit(t, b, k as u32);
                }
            }
        }
    });
    let facts: Vec<DateFacts> = (0..n)
        .map(|k| DateFacts {
            lo: lo[k],
            hi: hi[k],
            doc: doc[k],
            actors: IdBits::of(actors.get(k)),
            terms: IdBits::of(terms.get(k)),
        })
        .collect();
    // Whom or what each date's claim is about (its subject, as extraction read it).
    let subjects: Vec<Option<String>> = (0..n)
        .map(|k| {
            let m = &mentions[dates[k]];
            m.subject
                .as_deref()
                .filter(|_| is_date[k])
                .map(str::to_lowercase)
        })
        .collect();
    // What each date dates, as extraction read it from its own clause (`Mention::happening`),
    // and whether that is a speech verb ("said", "told").
    let dated: Vec<Option<frame::Happening>> = (0..n)
        .map(|k| {
            let m = &mentions[dates[k]];
            m.happening
                .as_deref()
                .filter(|_| is_date[k])
                .map(frame::happening)
        })
        .collect();
    let spoken: Vec<bool> = (0..n)
        .map(|k| {
            mentions[dates[k]]
                .happening
                .as_deref()
                .is_some_and(|h| is_date[k] && lex.speech_verbs.contains(h))
        })
        .collect();
    // Whether it is a verb in the past ("filed", "took"), not a noun ("pronouncements").
    let past: Vec<bool> = (0..n)
        .map(|k| {
            mentions[dates[k]].happening.as_deref().is_some_and(|h| {
                let verb = h.split(' ').next().unwrap_or(h);
                verb.ends_with("ed") || lex.past_verbs.contains(verb)
            })
        })
        .collect();
    // Two dates whose days do not meet are set against each other only when each clause says
    // what it dates, and not when one dates a statement ("said", "told") and the other a
    // happening no vocabulary knows: a conflict needs both sides to date the same thing.
    let may_differ = |k: usize, o: usize| {
        let (a, b) = match (dated[k], dated[o]) {
            (Some(a), Some(b)) => (a, b),
            (None, None) => return true,
            _ => return false,
        };
        let said_against_other = |x: usize, y: usize, h: frame::Happening| {
            spoken[x] && h == frame::Happening::Other && past[y]
        };
        !(said_against_other(k, o, b) || said_against_other(o, k, a))
    };
    // Each date's people: the family names of the persons its sentence names.
    let people: Vec<Vec<String>> = (0..n)
        .map(|k| match is_date[k] {
            true => names[k]
                .iter()
                .filter_map(|e| descriptions::family_name(e))
                .collect(),
            false => Vec::new(),
        })
        .collect();
    // Two dates that do not meet are of different people's happenings when one's subject is a
    // person the other's sentence does not name, while that sentence names other people ("Ann
    // Pell testified on Tuesday", "on May 3, Joe Brisk testified"): one witness's day against
    // another's is no conflict, however alike their sentences.
    let of_other_people = |k: usize, o: usize| {
        let absent = |x: usize, y: usize| {
            let Some(family) = mentions[dates[x]]
                .subject
                .as_deref()
                .and_then(descriptions::family_name)
            else {
                return false;
            };
            !people[y].is_empty()
                && !people[y].contains(&family)
                && !mentions[dates[y]].sentence.to_lowercase().contains(&family)
        };
        absent(k, o) || absent(o, k)
    };
    // "their first cup since 1961", "the first time since 1958 that": a date told with
    // "since" is the last time before of what its subject did, and two teams' or two people's
    // last times are two things. Two such dates that do not meet are two things when their
    // claims are told of two subjects, or one of a subject the other's sentence does not name.
    let since = |k: usize| {
        let text = mentions[dates[k]].text.trim_start();
        text.get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("since "))
    };
    let last_times_of_other_subjects = |k: usize, o: usize| {
        let other = |x: usize, y: usize| match (&subjects[x], &subjects[y]) {
            (Some(a), Some(b)) => a != b,
            (Some(a), None) => !mentions[dates[y]]
                .sentence
                .to_lowercase()
                .contains(a.as_str()),
            _ => false,
        };
        since(k) && since(o) && (other(k, o) || other(o, k))
    };
    // "his 2006 album", "the mid-2019 model": a year written before a noun dates what that
    // noun names, and is set against another date only when the other's sentence names it too.
    let year_nouns: Vec<Option<String>> = (0..n)
        .map(|k| {
            is_date[k]
                .then(|| year_before_noun(&mentions[dates[k]], lex))
                .flatten()
        })
        .collect();
    let of_other_nouns = |k: usize, o: usize| {
        let other = |x: usize, y: usize| {
            year_nouns[x].as_ref().is_some_and(|noun| {
                !mentions[dates[y]]
                    .sentence
                    .to_lowercase()
                    .contains(noun.as_str())
            })
        };
        other(k, o) || other(o, k)
    };
    // "farmers were woken on Friday", "the rocket launched on Tuesday": two dates whose own
    // clauses name two different happenings ([`frame::other_happening_words`]) are set against
    // each other by no link through the names their sentences share.
    let told_of_other_happenings =
        |k: usize, o: usize| match (&happening_words_lower[k], &happening_words_lower[o]) {
            (Some(a), Some(b)) => frame::other_happening_words(a, b),
            _ => false,
        };
    let mut stamp = vec![u32::MAX; n];
    let mut candidates: Vec<u32> = Vec::new();
    let mut candidate_links: Vec<(usize, usize, usize)> = Vec::new();
    for k in (0..n).filter(|&k| linkable(k)) {
        candidates.clear();
        // A word or actor that many dates of the same weeks share says little about which
        // event a date belongs to, and would make every date a candidate of every other.
        let mut visit = |list: &[u32]| {
            if list.len() > MAX_POSTINGS {
                return;
            }
            // Lists are in increasing order: only the dates after this one.
            let after = list.partition_point(|&o| o as usize <= k);
            for &o in &list[after..] {
                if stamp[o as usize] != k as u32 {
                    stamp[o as usize] = k as u32;
                    candidates.push(o);
                }
            }
        };
        let near = buckets(lo[k] - weak_gap, hi[k] + weak_gap, NEAR_BUCKET_DAYS);
        for &t in actors
            .get(k)
            .iter()
            .chain(prefixes.get(k))
            .chain(concepts.get(k))
            .chain(happening_words.get(k))
        {
            near_index.get(t, near.clone()).for_each(&mut visit);
        }
        let far = buckets(lo[k] - strong_gap, hi[k] + strong_gap, FAR_BUCKET_DAYS);
        for &t in prefixes.get(k) {
            far_index.get(t, far.clone()).for_each(&mut visit);
        }
        let (date, date_terms) = (facts[k], terms.get(k));
        for &o in &candidates {
            let o = o as usize;
            let other = facts[o];
            let gap = (other.lo - date.hi).max(date.lo - other.hi);
            // Too far apart for even a strong link: no need to count what they share.
            if other.doc == date.doc || gap > strong_gap {
                continue;
            }
            // Most candidates share no actor and too few topic words: the bits tell most of
            // them apart without reading the other date's lists.
            let date_actors = actors.get(k);
            let shared_ents = if other.actors.shared_at_most(date_actors) == 0 {
                0
            } else {
                shared(date_actors, actors.get(o))
            };
            // The topic words the link below needs at the least, so that most candidates are
            // settled before their words are all compared.
            let consistency = consistent(dates[k], dates[o]);
            // Dates of two happenings their own clauses name ("unveiled" and "launch") are
            // never one thing, however alike their sentences.
            if matches!(consistency, Consistent::Incomparable)
                || !frame::may_be_one_happening(dated[k], dated[o])
            {
                continue;
            }
            let same = matches!(consistency, Consistent::Same);
            // One happening told twice: a link of its own, ranked above any by words alone.
            if story_happening_link(
                &consistency,
                (facts[k], facts[o]),
                shared(concepts.get(k), concepts.get(o)) > 0,
            ) || same_day_same_word(
                &consistency,
                shared(happening_words.get(k), happening_words.get(o)) > 0,
            ) {
                let rank = shared_ents
                    + shared(terms.get(k), terms.get(o))
                    + 1
                    + usize::from(named_alike(dated[k], dated[o])) * SAME_HAPPENING_RANK;
                candidate_links.push((rank, k, o));
                continue;
            }
            let least = match (shared_ents > 0, gap > weak_gap) {
                _ if same => LINK_WORDS * usize::from(shared_ents == 0),
                (true, false) => 1,
                (false, false) => LINK_WORDS,
                (true, true) => STRONG_LINK_WORDS - 1,
                (false, true) => STRONG_LINK_WORDS,
            };
            if other.terms.shared_at_most(date_terms) < least
                || !shares_enough(date_terms, terms.get(o), |n| n >= least)
            {
                continue;
            }
            let shared_terms = shared(terms.get(k), terms.get(o));
            // One event: the same actor doing something with a shared topic, or three shared
            // topic words. Many shared words make a strong link, which may bridge a wider gap
            // between the dates (a vote put in two different years); a weak one may not.
            // Every shared actor counts, and so does a happening both clauses name ("unveiled
            // plans" and "announced plans"; not a statement, which any clause may report).
            let same_happening = !happenings[k].is_empty()
                && happenings[k] == happenings[o]
                && happenings[k] != [frame::STATEMENT];
            let strong =
                shared_terms + shared_ents + usize::from(same_happening) >= STRONG_LINK_WORDS;
            let linked =
                (shared_ents > 0 && shared_terms > 0) || shared_terms >= LINK_WORDS || strong;
            let max_gap = if strong { strong_gap } else { weak_gap };
            // Mentions of different values (durations of other lengths, dates that do not
            // meet) are linked only by a strong link: a weak one makes a conflict out of two
            // things of one story told in the same words, and chains dates of several
            // happenings into one slot ("the port fees of Monday evening", "earlier this month
            // the council threatened a ban").
            // The very same value in one story told of by the same actor is one thing told
            // twice, with no topic word in common ("Kim signed the order on Saturday", "the
            // order Kim approved on Saturday"); a single word or two in common is too weak
            // even then ("critical" and "criticizing").
            let linked = match consistency {
                Consistent::Same => shared_ents > 0 || shared_terms >= LINK_WORDS,
                Consistent::Yes => linked,
                Consistent::Differ if is_date[k] && !may_differ(k, o) => false,
                Consistent::Differ if is_date[k] && of_other_people(k, o) => false,
                Consistent::Differ if is_date[k] && last_times_of_other_subjects(k, o) => false,
                Consistent::Differ if is_date[k] && of_other_nouns(k, o) => false,
                // Dates whose own clauses name two different happenings are two happenings that
                // share names ([`frame::other_happening_words`]), unless their sentences say
                // mostly the same besides ("the board cleared the jetty in May", "the board
                // endorsed the jetty in April"): one happening told in two words.
                Consistent::Differ
                    if is_date[k]
                        && told_of_other_happenings(k, o)
                        && shared_terms * 2 < terms.get(k).len().min(terms.get(o).len()) =>
                {
                    false
                }
                // Dates of one actor that both claims are about (their subject), or whose
                // sentences say mostly the same of it ("the council floated the viaduct in
                // January", "the council unveiled the viaduct in March"), are one happening
                // dated two ways, however short the sentences.
                Consistent::Differ => {
                    let same_subject = subjects[k].is_some() && subjects[k] == subjects[o];
                    let mostly_alike =
                        shared_terms * 2 >= terms.get(k).len().min(terms.get(o).len());
                    linked
                        && (strong
                            || (is_date[k]
                                && shared_ents > 0
                                && shared_terms > 0
                                && (same_subject || mostly_alike)))
                }
                Consistent::Incomparable => false,
            };
            if linked && gap <= max_gap {
                // Links between dates whose own clauses name one known happening ("unveiled"
                // and "announced") are tried first, whatever else they share: a date joins its
                // own happening's slot before a slot of dates that only share its words.
                let rank = shared_ents
                    + shared_terms
                    + usize::from(named_alike(dated[k], dated[o])) * SAME_HAPPENING_RANK;
                candidate_links.push((rank, k, o));
            }
        }
    }
    // Strongest links first, and before them links of one happening both clauses name
    // ([`SAME_HAPPENING_RANK`]). Two groups join only if at least half of their pairs across
    // articles are linked themselves (each link within its own gap): a chain of links cannot
    // pull unrelated events together.
    candidate_links.sort_unstable_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    // Each date's linked dates (a link is always across articles).
    let mut degree = vec![0u32; n + 1];
    for &(_, a, b) in &candidate_links {
        degree[a + 1] += 1;
        degree[b + 1] += 1;
    }
    for k in 0..n {
        degree[k + 1] += degree[k];
    }
    let mut next = degree.clone();
    let mut neighbours = vec![0u32; degree[n] as usize];
    for &(_, a, b) in &candidate_links {
        neighbours[next[a] as usize] = b as u32;
        next[a] += 1;
        neighbours[next[b] as usize] = a as u32;
        next[b] += 1;
    }
    let linked = Lists {
        starts: degree,
        ids: neighbours,
    };
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|k| vec![k]).collect();
    let mut root: Vec<u32> = (0..n as u32).collect();
    for (_, a, b) in candidate_links {
        let (ra, rb) = (root[a] as usize, root[b] as usize);
        if ra == rb {
            continue;
        }
        let (ga, gb) = (&members[ra], &members[rb]);
        if ga.len() + gb.len() > MAX_EVENT_MENTIONS {
            continue;
        }
        let across: usize = ga
            .iter()
            .map(|&x| {
                gb.iter()
                    .filter(|&&y| doc[x as usize] != doc[y as usize])
                    .count()
            })
            .sum();
        let direct: usize = ga
            .iter()
            .map(|&x| {
                linked
                    .get(x as usize)
                    .iter()
                    .filter(|&&y| root[y as usize] as usize == rb)
                    .count()
            })
            .sum();
        if direct * 2 < across {
            continue;
        }
        // A slot never holds dates of two happenings, even through dates that name none.
        let apart = ga.iter().any(|&x| {
            gb.iter()
                .any(|&y| !frame::may_be_one_happening(dated[x as usize], dated[y as usize]))
        });
        if apart {
            continue;
        }
        let moved = std::mem::take(&mut members[rb]);
        for &x in &moved {
            root[x as usize] = ra as u32;
        }
        members[ra].extend(moved);
        links.union(dates[a], dates[b]);
    }
}

/// The noun a year written before it dates ("his 2006 album": "album"; "a mid-2019 model":
/// "model"), lower case without a plural -s: a date that is a year alone, or one with "mid-",
/// "early-" or "late-", right before a lower-case word that is no function word, determiner,
/// month or weekday. `None` for any other date.
fn year_before_noun(m: &Mention, lex: &Lexicon) -> Option<String> {
    let text = m.text.trim();
    let lower = text.to_ascii_lowercase();
    let year = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (_, end) = m.span_in_sentence()?;
    let rest = m.sentence[end..].strip_prefix(' ')?;
    let word = rest.split_whitespace().next()?;
    let word = word.trim_end_matches([',', '.', ';', ':', '!', '?', '\'', '"', ')']);
    let is_noun = word.len() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !lex.function_words.contains(word)
        && !lex.determiners.contains(word)
        && lex.class_of(word) & (class::MONTH | class::WEEKDAY) == 0;
    is_noun.then(|| word.strip_suffix('s').unwrap_or(word).to_owned())
}

/// Whether date `m` is a year or a decade joined by a hyphen to the word after it
/// ("1980s-era", "1990s-style"): a description of what that word names, not a time the
/// sentence tells of. A year written apart before a noun ("a 2014 study", "the 1908 World
/// Series") most often does date what its sentence counts, and is kept.
fn dates_a_noun(m: &Mention) -> bool {
    let text = m.text.trim();
    let digits = text.strip_suffix('s').unwrap_or(text);
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    m.span_in_sentence().is_some_and(|(_, end)| {
        m.sentence[end..]
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
    })
}

/// Whether two dates' own clauses name one known happening ("unveiled" and "announced"): their
/// link is tried before any other ([`SAME_HAPPENING_RANK`]).
fn named_alike(a: Option<frame::Happening>, b: Option<frame::Happening>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a == b && a != frame::Happening::Other)
}

/// Concepts of `ontology/events.ttl` a story tells of many times, on days that may meet:
/// statements (any clause may report one) and meetings or talks (a summit, a session and the
/// plenum a week later). Their dates are linked by their words and actors alone.
const MANY_IN_A_STORY: [&str; 2] = [frame::STATEMENT, "meet"];

/// The widest date (in days) a link of one story's happening joins to a date it holds ("in
/// May" to "May 12"): a month. A year holds many happenings of a kind, and would bridge them.
const STORY_HAPPENING_SPAN_DAYS: i32 = 31;

/// Whether two dates of one story whose clauses name one happening concept (`shared_concept`:
/// "the derailment on May 12" and "the train derailed on Tuesday", not a statement) date that
/// one happening, whatever other words or actors their sentences
/// share: when their days meet, and the wider of them spans at most
/// [`STORY_HAPPENING_SPAN_DAYS`]. Their days differing is left to the other links.
fn story_happening_link(
    consistency: &Consistent,
    (a, b): (DateFacts, DateFacts),
    shared_concept: bool,
) -> bool {
    let span = |d: DateFacts| d.hi.saturating_sub(d.lo);
    shared_concept
        && match consistency {
            Consistent::Same => true,
            Consistent::Yes => span(a).max(span(b)) <= STORY_HAPPENING_SPAN_DAYS,
            Consistent::Differ | Consistent::Incomparable => false,
        }
}

/// Whether two dates of one story whose own clauses name the same telling happening word
/// (`shared_word`: "the bridge reopened on May 3" and "since it reopened on May 3",
/// [`frame::telling_happening_word`]) date that one happening: only when their days are
/// the very same. Days that merely meet ("in May" and "May 3") may be two happenings of a
/// kind, and a slot holding both could set a third date of that word against one of them.
fn same_day_same_word(consistency: &Consistent, shared_word: bool) -> bool {
    shared_word && matches!(consistency, Consistent::Same)
}

/// What the check of a link candidate reads of a date first, side by side in memory: a
/// candidate costs one read, and most are settled by it.
#[derive(Clone, Copy)]
struct DateFacts {
    /// Its days (see [`super::interval::of_date`]).
    lo: i32,
    hi: i32,
    /// Its article.
    doc: u32,
    actors: IdBits,
    terms: IdBits,
}

/// A set of ids (topic words, actors) as one bit per id (64 bits, ids sharing a bit): whether
/// it may hold an id, with no false "no".
#[derive(Clone, Copy)]
struct IdBits(u64);

impl IdBits {
    fn of(terms: &[u32]) -> IdBits {
        IdBits(terms.iter().fold(0, |bits, &t| bits | Self::bit(t)))
    }

    /// A multiplicative hash's top six bits, so that nearby ids spread.
    fn bit(t: u32) -> u64 {
        1 << (t.wrapping_mul(0x9E37_79B1) >> 26)
    }

    /// How many of `terms` the set may hold: at least as many as it holds (a bound on what
    /// [`shared`] counts).
    fn shared_at_most(self, terms: &[u32]) -> usize {
        terms
            .iter()
            .filter(|&&t| self.0 & Self::bit(t) != 0)
            .count()
    }
}

/// Dates indexed by a word or actor and a stretch of time: the dates of each (id, bucket) key,
/// in increasing order, in one allocation. An id's keys are side by side, by bucket, so the
/// buckets a date looks at are one short stretch (no hashing).
struct TimeIndex {
    /// The runs of id `t` are `runs[run_starts[t]..run_starts[t + 1]]`.
    run_starts: Vec<u32>,
    /// (bucket, where its dates begin in `dates`, how many).
    runs: Vec<(i32, u32, u32)>,
    dates: Vec<u32>,
}

impl TimeIndex {
    /// An index of the (id, bucket, date) keys that `keys` emits, dates in increasing order.
    /// `keys` runs twice: once to count, once to fill.
    fn build(ids: usize, keys: impl Fn(&mut dyn FnMut(u32, i32, u32))) -> TimeIndex {
        // By id first (a counting sort), then by bucket within an id.
        let mut starts = vec![0u32; ids + 1];
        keys(&mut |t, _, _| starts[t as usize + 1] += 1);
        for t in 0..ids {
            starts[t + 1] += starts[t];
        }
        let mut next = starts.clone();
        let mut entries = vec![(0, 0); starts[ids] as usize];
        keys(&mut |t, b, k| {
            entries[next[t as usize] as usize] = (b, k);
            next[t as usize] += 1;
        });
        let mut run_starts = Vec::with_capacity(ids + 1);
        let mut runs = Vec::new();
        run_starts.push(0);
        for t in 0..ids {
            let of_id = &mut entries[starts[t] as usize..starts[t + 1] as usize];
            // Stable: dates stay in increasing order within a bucket.
            of_id.sort_by_key(|&(b, _)| b);
            let mut from = 0;
            while from < of_id.len() {
                let b = of_id[from].0;
                let len = of_id[from..].partition_point(|&(c, _)| c == b);
                runs.push((b, starts[t] + from as u32, len as u32));
                from += len;
            }
            run_starts.push(runs.len() as u32);
        }
        TimeIndex {
            run_starts,
            runs,
            dates: entries.into_iter().map(|(_, k)| k).collect(),
        }
    }

    /// The dates of `id`, one list per bucket of `buckets` that has any.
    fn get(
        &self,
        id: u32,
        buckets: std::ops::RangeInclusive<i32>,
    ) -> impl Iterator<Item = &[u32]> + '_ {
        let of_id = &self.runs
            [self.run_starts[id as usize] as usize..self.run_starts[id as usize + 1] as usize];
        let first = of_id.partition_point(|&(b, _, _)| b < *buckets.start());
        of_id[first..]
            .iter()
            .take_while(move |&&(b, _, _)| b <= *buckets.end())
            .map(|&(_, from, len)| &self.dates[from as usize..(from + len) as usize])
    }
}

/// Strings to dense ids.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.to_owned(), id);
        id
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// How many ids two sorted lists share. Without branches on the comparison: which list
/// advances is as good as random, and mispredicted branches cost more than the merge itself.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// Whether the number of ids two sorted lists share satisfies `enough`, which must hold of
/// every number above one it holds of: the merge stops as soon as the answer is known.
fn shares_enough(a: &[u32], b: &[u32], enough: impl Fn(usize) -> bool) -> bool {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if enough(n) {
            return true;
        }
        if !enough(n + (a.len() - i).min(b.len() - j)) {
            return false;
        }
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    enough(n)
}

/// A country, city or demonym, with or without its final period ("U.S" is "U.S.").
fn is_place_word(lex: &Lexicon, word: &str) -> bool {
    let w = word.to_lowercase();
    let bare = w.trim_end_matches('.');
    let dotted = format!("{bare}.");
    [w.as_str(), bare, dotted.as_str()]
        .iter()
        .any(|v| lex.places.contains(*v) || lex.class_of(v) & class::DEMONYM != 0)
}

/// A person or an organisation, not a place: "Ana Lopez", "Central Bank of Freedonia", not
/// "Freedonia" or "U.S.-Freedonia".
fn is_actor(lex: &Lexicon, name: &str) -> bool {
    if is_place_word(lex, name) {
        return false;
    }
    let words: Vec<&str> = name.split([' ', '-']).collect();
    let has_org_word = words
        .iter()
        .any(|w| with_lowercase(w, |lower| lex.class_of(lower)) & class::ORG != 0);
    let all_places = words.iter().all(|w| is_place_word(lex, w));
    !all_places && (has_org_word || words.len() >= 2 || name.chars().count() >= 2)
}

/// The entities of the sentences of mentions ([`event_entities`]), from the names found before
/// for dates.
/// The entities of one mention's sentence, outside the mention.
type Names<'a> = Vec<Cow<'a, str>>;

struct EventNames<'a> {
    mentions: &'a [Mention],
    entities: &'a Entities,
    sentence_names: &'a SentenceNames,
}

impl<'a> EventNames<'a> {
    /// Where each of mentions `of` stands in its sentence (its words are not the event's) and
    /// its entities, found once for linking and labelling.
    fn spans_and_names(&self, of: &[usize]) -> (Vec<(usize, usize)>, Vec<Names<'a>>) {
        let spans: Vec<(usize, usize)> = of
            .iter()
            .map(|&i| date_span_in_sentence(&self.mentions[i]))
            .collect();
        let names = of
            .iter()
            .zip(&spans)
            .map(|(&i, &span)| self.of(i, span))
            .collect();
        (spans, names)
    }

    /// The entities of mention `i`: those kept for it when it is one of `list` (`kept[k]` for
    /// `list[k]`, from [`EventNames::spans_and_names`]), else found now (a mention a curator
    /// merged into the slot).
    fn kept_or_found<'n>(
        &self,
        i: usize,
        list: &[usize],
        kept: &'n [Names<'a>],
    ) -> Cow<'n, [Cow<'a, str>]> {
        match list.binary_search(&i) {
            Ok(k) => Cow::Borrowed(kept[k].as_slice()),
            Err(_) => Cow::Owned(self.of(i, date_span_in_sentence(&self.mentions[i]))),
        }
    }

    /// The entities of mention `i`, which stands at `span` in its sentence.
    fn of(&self, i: usize, span: (usize, usize)) -> Vec<Cow<'a, str>> {
        let m = &self.mentions[i];
        match self.sentence_names.of(i) {
            Some(found) => entities_outside(found, span, self.entities)
                .into_iter()
                .map(Cow::Borrowed)
                .collect(),
            None => event_entities(m, self.entities)
                .into_iter()
                .map(Cow::Owned)
                .collect(),
        }
    }
}

/// The label of an event slot. `names_of(i)` are the entities of mention `i` ([`EventNames`]),
/// found before for linking.
fn event_label<'n, 'a: 'n>(
    lead: &str,
    mentions: &[Mention],
    members: &[usize],
    names_of: impl Fn(usize) -> Cow<'n, [Cow<'a, str>]>,
) -> String {
    // The entities most members share (a date alone shares nothing: no need to look).
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    let names: Vec<Cow<[Cow<str>]>> = members
        .iter()
        .filter(|_| members.len() > 1)
        .map(|&i| names_of(i))
        .collect();
    for e in names.iter().flat_map(|found| found.iter()) {
        *counts.entry(e.as_ref()).or_default() += 1;
    }
    let lex = Lexicon::get();
    let mut top: Vec<(&str, usize)> = counts
        .into_iter()
        .filter(|(e, c)| *c > 1 && !common_word_as_name(lex, e))
        .collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let names: Vec<&str> = top.into_iter().take(2).map(|(e, _)| e).collect();
    let first = &mentions[telling_member(mentions, members)];
    let what: Cow<str> = match &first.event {
        Some(event) if phrase_tells_what_is_dated(first, event) => event.into(),
        // A duration, a date or a loose figure is read in the words around it ("… leave the
        // club after 31 years, including …", "… fired a missile over the strait on Friday
        // …"): the start of a long sentence ("BEIJING -- China said it …") may not reach what
        // it dates.
        _ if !matches!(first.kind, Kind::Quote) => {
            words_around(first, reach_to_happening(first), LABEL_REACH_WORDS).into()
        }
        _ => first.sentence.chars().take(60).collect::<String>().into(),
    };
    if names.is_empty() {
        format!("{lead}: {what}")
    } else {
        format!("{lead} ({}): {what}", names.join(", "))
    }
}

/// False for a date whose event phrase is another clause's than the one its happening is read
/// from ("Its makers hope it is ready to test the rig in June": the phrase "it is ready", the
/// happening "test"): a label would show a fragment that says nothing of what is
/// dated, where the words around the date do. Other mentions' phrases, and a date's whose
/// happening was not read, are kept.
fn phrase_tells_what_is_dated(m: &Mention, phrase: &str) -> bool {
    let Some(happening) = m.happening.as_deref().and_then(|h| h.split(' ').next()) else {
        return true;
    };
    m.kind != Kind::Date
        || phrase
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(happening))
}

/// True for a one-word "name" that the vocabularies know as a common word ("Earlier" opening a
/// sentence, a title alone as "CEO"): it names no entity the slot is about. Places,
/// organisations, demonyms and holidays are names.
fn common_word_as_name(lex: &Lexicon, name: &str) -> bool {
    !name.contains(' ')
        && with_lowercase(name, |lower| lex.class_of(lower))
            & !(class::PLACE | class::ORG | class::DEMONYM | class::HOLIDAY)
            != 0
}

/// The member whose event phrase says best what the slot's members share: the one with most
/// words in common with the others' phrases (words of four letters or more, so "the" and "on"
/// count for nothing), the first on a tie; the first member when none has a phrase.
fn telling_member(mentions: &[Mention], members: &[usize]) -> usize {
    let words = |i: usize| -> Vec<String> {
        mentions[i].event.as_deref().map_or_else(Vec::new, |e| {
            let mut w: Vec<String> = e
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 4)
                .map(str::to_lowercase)
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        })
    };
    let phrases: Vec<(usize, Vec<String>)> = members
        .iter()
        .filter(|&&i| mentions[i].event.is_some())
        .map(|&i| (i, words(i)))
        .collect();
    let shared = |a: &[String], b: &[String]| a.iter().filter(|w| b.contains(w)).count();
    phrases
        .iter()
        .enumerate()
        .max_by_key(|(n, (_, mine))| {
            let score: usize = phrases
                .iter()
                .enumerate()
                .filter(|(m, _)| m != n)
                .map(|(_, (_, theirs))| shared(mine, theirs))
                .sum();
            (score, std::cmp::Reverse(*n))
        })
        .map_or(members[0], |(_, (i, _))| *i)
}

/// How many words either side of a duration its slot's label shows.
const LABEL_REACH_WORDS: usize = 6;

/// How many words before a date its label shows: back to the word its happening is read from
/// when that stands a little further back than [`LABEL_REACH_WORDS`] ("… to test the rig in a
/// dry run this year"), so the label names what is dated.
fn reach_to_happening(m: &Mention) -> usize {
    let happening = m.happening.as_deref().and_then(|h| h.split(' ').next());
    let before = m
        .span_in_sentence()
        .map_or("", |(start, _)| &m.sentence[..start]);
    let back = happening.and_then(|h| {
        before
            .split_whitespace()
            .rev()
            .take(2 * LABEL_REACH_WORDS)
            .position(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case(h)
            })
    });
    back.map_or(LABEL_REACH_WORDS, |k| (k + 1).max(LABEL_REACH_WORDS))
}

/// Mention `m` with up to `reach` words of its sentence before it and `after_reach` after it, "…"
/// where the sentence goes on; the sentence's start when the mention is not found in it.
fn words_around(m: &Mention, reach: usize, after_reach: usize) -> String {
    let Some((start, end)) = m.span_in_sentence() else {
        return m.sentence.chars().take(60).collect();
    };
    let before: Vec<&str> = m.sentence[..start].split_whitespace().collect();
    let after: Vec<&str> = m.sentence[end..].split_whitespace().collect();
    let mut out = String::new();
    if before.len() > reach {
        out.push_str("… ");
    }
    for w in &before[before.len().saturating_sub(reach)..] {
        out.push_str(w);
        out.push(' ');
    }
    // The mention itself, glued to what touches it ("42 years," keeps its comma).
    let glued_before = !m.sentence[..start].ends_with(char::is_whitespace) && start > 0;
    if glued_before && out.ends_with(' ') {
        out.pop();
    }
    out.push_str(&m.text);
    let glued_after = !m.sentence[end..].starts_with(char::is_whitespace);
    for (k, w) in after.iter().take(after_reach).enumerate() {
        if k > 0 || !glued_after {
            out.push(' ');
        }
        out.push_str(w);
    }
    if after.len() > after_reach {
        out.push_str(" …");
    }
    out
}

/// "Speaker: “the first eight words …”", written in one string (a label for every quote).
fn quote_label(m: &Mention) -> String {
    let speaker = m.speaker.as_deref().unwrap_or("unattributed");
    let mut label = String::with_capacity(speaker.len() + m.text.len().min(120) + 12);
    label.push_str(speaker);
    label.push_str(": “");
    for (n, word) in m.text.split_whitespace().take(8).enumerate() {
        if n > 0 {
            label.push(' ');
        }
        label.push_str(word);
    }
    label.push_str(" …”");
    label
}

/// The words of a quotation, lower case, without the reporter's insertions in square brackets
/// ("[We must] clarify"): those are not the speaker's words. Each is given to `f` in turn in a
/// reused buffer: linking every quote of a corpus allocates nothing per word.
pub(crate) fn for_each_quote_word(text: &str, buffer: &mut String, mut f: impl FnMut(&str)) {
    // Most quotations have no insertion: their text is what was spoken.
    let spoken: Cow<str> = if text.contains(['[', ']']) {
        let mut spoken = String::with_capacity(text.len());
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => spoken.push(c),
                _ => spoken.push(' '),
            }
        }
        spoken.into()
    } else {
        text.into()
    };
    for (at, _, w) in Words::new(&spoken) {
        buffer.clear();
        // A handle or a hashtag ("@Harbourmen", "#Harbourmen") is another word than the
        // name it is made of: a quotation that drops the sign is not the same words.
        if let Some(sign) = spoken[..at]
            .chars()
            .next_back()
            .filter(|c| matches!(c, '@' | '#'))
        {
            buffer.push(sign);
        }
        if w.is_ascii() {
            buffer.push_str(w);
            buffer.make_ascii_lowercase();
        } else {
            // Not char by char: a final sigma lowers differently at the end of a word.
            buffer.push_str(&w.to_lowercase().replace('’', "'"));
        }
        f(buffer);
    }
}

/// Sorted lists of ids, one per item, in one allocation: item `k`'s list is
/// `ids[starts[k]..starts[k + 1]]`.
struct Lists {
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl Lists {
    fn with_capacity(items: usize) -> Lists {
        let mut starts = Vec::with_capacity(items + 1);
        starts.push(0);
        Lists {
            starts,
            ids: Vec::new(),
        }
    }

    /// Ends the current item's list.
    fn close(&mut self) {
        self.starts.push(self.ids.len() as u32);
    }

    /// Ends the current item's list, sorting it and dropping repeated ids; `from` is where it
    /// began in `ids`.
    fn close_sorted(&mut self, from: usize) {
        self.ids[from..].sort_unstable();
        let mut end = from;
        for k in from..self.ids.len() {
            if end == from || self.ids[k] != self.ids[end - 1] {
                self.ids[end] = self.ids[k];
                end += 1;
            }
        }
        self.ids.truncate(end);
        self.close();
    }

    /// The lists with only the ids `keep` keeps.
    fn retain(&self, keep: impl Fn(u32) -> bool) -> Lists {
        let mut out = Lists::with_capacity(self.len());
        for k in 0..self.len() {
            out.ids
                .extend(self.get(k).iter().copied().filter(|&t| keep(t)));
            out.close();
        }
        out
    }

    fn get(&self, k: usize) -> &[u32] {
        &self.ids[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// For prefix filtering: each list's `len - shared + 1` rarest ids (fewest items in `df`,
    /// then the lowest id), or none when it has fewer than `shared`. Two lists with `shared`
    /// ids in common have one of them in both prefixes.
    fn prefixes(&self, df: &[u32], shared: usize) -> Lists {
        let mut out = Lists::with_capacity(self.len());
        for k in 0..self.len() {
            let ids = self.get(k);
            if ids.len() >= shared {
                let from = out.ids.len();
                out.ids.extend_from_slice(ids);
                out.ids[from..].sort_unstable_by_key(|&t| (df[t as usize], t));
                out.ids.truncate(from + ids.len() - shared + 1);
            }
            out.close();
        }
        out
    }

    /// The posting lists of the ids (below `ids`): for each id, the items that hold it, in
    /// increasing order.
    fn inverted(&self, ids: usize) -> Lists {
        let mut starts = vec![0u32; ids + 1];
        for &x in &self.ids {
            starts[x as usize + 1] += 1;
        }
        for x in 0..ids {
            starts[x + 1] += starts[x];
        }
        let mut next = starts.clone();
        let mut items = vec![0u32; self.ids.len()];
        for k in 0..self.len() {
            for &x in self.get(k) {
                items[next[x as usize] as usize] = k as u32;
                next[x as usize] += 1;
            }
        }
        Lists { starts, ids: items }
    }
}

fn link_quotes(mentions: &[Mention], quotes: &[usize], entities: &Entities, links: &mut UnionFind) {
    // Each quote as its sorted, distinct word pairs, its article and its speaker (canonical,
    // and its last word), so that comparing two quotes reads no mention.
    let mut words = Interner::default();
    let mut docs = Interner::default();
    let mut speakers = Interner::default();
    // Word pairs as one integer each (first word high), each quote's sorted and distinct.
    let mut quote_pairs: Vec<u64> = Vec::new();
    let mut starts: Vec<usize> = Vec::with_capacity(quotes.len() + 1);
    starts.push(0);
    let mut doc: Vec<u32> = Vec::with_capacity(quotes.len());
    // Each speaker as (canonical name, its last word, its first word).
    let mut speaker: Vec<Option<(u32, u32, u32)>> = Vec::with_capacity(quotes.len());
    let (mut buffer, mut scratch) = (String::new(), Vec::new());
    for &i in quotes {
        let m = &mentions[i];
        doc.push(docs.id(&m.doc));
        // A speaker told only by a description ("a company spokesman", "the documents")
        // names no one: its quotes meet anyone's as an unnamed speaker's do.
        let named = |s: &&str| s.chars().next().is_some_and(|c| !c.is_lowercase());
        speaker.push(m.speaker.as_deref().filter(named).map(|s| {
            let s = entities.canonical(s);
            let first = s.split(' ').next().unwrap_or(s);
            (
                speakers.id(s),
                speakers.id(last_word(s)),
                speakers.id(first),
            )
        }));
        scratch.clear();
        let mut previous = None;
        for_each_quote_word(&m.text, &mut buffer, |w| {
            // "did not square with the records" and "do not square with records": an article
            // dropped or added by one source leaves the words it stood between a pair.
            if QUOTE_LINK_SKIPS.contains(&w) {
                return;
            }
            let w = words.id(w);
            if let Some(p) = previous {
                scratch.push((u64::from(p) << 32) | u64::from(w));
            }
            previous = Some(w);
        });
        scratch.sort_unstable();
        scratch.dedup();
        quote_pairs.extend_from_slice(&scratch);
        starts.push(quote_pairs.len());
    }
    // Pairs get dense ids, and each its number of quotes, from all (pair, quote) occurrences
    // in pair order: sorting them reads memory in long runs, where a map of the distinct pairs
    // (1.4 million at a million claims) would be read at random, once per occurrence.
    let by_pair = occurrences_by_pair(&quote_pairs, &starts, words.len());
    let mut df: Vec<u32> = Vec::new();
    let mut pairs = Lists {
        starts: starts.iter().map(|&s| s as u32).collect(),
        ids: vec![0; quote_pairs.len()],
    };
    drop(quote_pairs);
    let mut next = pairs.starts.clone();
    let mut last = None;
    for (pair, quote) in by_pair {
        if last != Some(pair) {
            last = Some(pair);
            df.push(0);
        }
        let id = df.len() as u32 - 1;
        df[id as usize] += 1;
        // Pairs come in increasing order: each quote's ids come out sorted.
        let at = &mut next[quote as usize];
        pairs.ids[*at as usize] = id;
        *at += 1;
    }
    // Prefix filtering: two quotes sharing `QUOTE_MIN_SHARED` pairs share one of the rarest
    // `len - QUOTE_MIN_SHARED + 1` pairs of either, so only those are indexed and probed; "of
    // the" never makes a candidate.
    let prefixes = pairs.prefixes(&df, QUOTE_MIN_SHARED);
    let index = prefixes.inverted(df.len());
    let mut stamp = vec![u32::MAX; quotes.len()];
    for k in 0..prefixes.len() {
        for &x in prefixes.get(k) {
            let list = index.get(x as usize);
            if list.len() > MAX_POSTINGS {
                continue;
            }
            // Lists are in increasing order: only the quotes after this one.
            let after = list.partition_point(|&o| o as usize <= k);
            for &o in &list[after..] {
                let o = o as usize;
                if stamp[o] == k as u32 {
                    continue;
                }
                stamp[o] = k as u32;
                // One person named in full, by the last word of the name, or by one word that
                // begins the other's name ("Kim" for "Kim Jong Un": a family name written
                // first).
                let same_speaker = match (speaker[k], speaker[o]) {
                    (Some((x, x_last, x_first)), Some((y, y_last, y_first))) => {
                        x == y
                            || x_last == y_last
                            || (x == x_last && x == y_first)
                            || (y == y_last && y == x_first)
                    }
                    _ => true,
                };
                if doc[k] == doc[o] {
                    continue;
                }
                let (least, containment) = if same_speaker {
                    (QUOTE_MIN_SHARED, QUOTE_MIN_CONTAINMENT)
                } else {
                    (
                        QUOTE_MIN_SHARED_ACROSS_SPEAKERS,
                        QUOTE_MIN_CONTAINMENT_ACROSS_SPEAKERS,
                    )
                };
                let (pk, po) = (pairs.get(k), pairs.get(o));
                let smaller = pk.len().min(po.len()).max(1);
                let enough = |n: usize| n >= least && n as f64 >= containment * smaller as f64;
                if shares_enough(pk, po, enough) {
                    links.union(quotes[k], quotes[o]);
                }
            }
        }
    }
}

/// Every (pair, quote) of `quote_pairs` (quote `q`'s pairs are
/// `quote_pairs[starts[q]..starts[q + 1]]`, words below `words`), ordered by pair, then quote.
/// When a pair's two words and its quote fit in 64 bits (up to 2^23 words with 2^18 quotes,
/// say), the occurrences are packed in one integer each and radix-sorted, eight bits a pass,
/// only as many passes as the bits in use; otherwise they are sorted as tuples.
fn occurrences_by_pair(
    quote_pairs: &[u64],
    starts: &[usize],
    words: usize,
) -> Box<dyn Iterator<Item = (u64, u32)>> {
    let bits = |n: usize| usize::BITS - n.leading_zeros();
    let (word_bits, quote_bits) = (bits(words), bits(starts.len()));
    let quote_of = (0..starts.len() - 1).flat_map(|q| (starts[q]..starts[q + 1]).map(move |_| q));
    if 2 * word_bits + quote_bits > 64 {
        let mut all: Vec<(u64, u32)> = quote_pairs
            .iter()
            .zip(quote_of)
            .map(|(&p, q)| (p, q as u32))
            .collect();
        all.sort_unstable();
        return Box::new(all.into_iter());
    }
    let shift = word_bits + quote_bits;
    let mut keys: Vec<u64> = quote_pairs
        .iter()
        .zip(quote_of)
        .map(|(&p, q)| ((p >> 32) << shift) | ((p & 0xFFFF_FFFF) << quote_bits) | q as u64)
        .collect();
    radix_sort(&mut keys, 2 * word_bits + quote_bits);
    let quote_mask = (1u64 << quote_bits) - 1;
    Box::new(keys.into_iter().map(move |k| {
        let pair = ((k >> shift) << 32) | ((k >> quote_bits) & ((1u64 << word_bits) - 1));
        (pair, (k & quote_mask) as u32)
    }))
}

/// Sorts `keys`, whose bits above `bits` are zero: least significant byte first, each pass
/// stable.
fn radix_sort(keys: &mut Vec<u64>, bits: u32) {
    let mut other = vec![0u64; keys.len()];
    for pass in 0..bits.div_ceil(8) {
        let shift = 8 * pass;
        let mut counts = [0usize; 257];
        for &k in keys.iter() {
            counts[((k >> shift) & 0xFF) as usize + 1] += 1;
        }
        for b in 0..256 {
            counts[b + 1] += counts[b];
        }
        for &k in keys.iter() {
            let at = &mut counts[((k >> shift) & 0xFF) as usize];
            other[*at] = k;
            *at += 1;
        }
        std::mem::swap(keys, &mut other);
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Disjoint sets over mention indexes.
/// Links between mentions. With a partition (each mention's story), the rules' links never
/// join two parts; a curator's do.
struct UnionFind<'p> {
    parent: Vec<usize>,
    part: Option<&'p [u32]>,
}

impl<'p> UnionFind<'p> {
    fn new(n: usize, part: Option<&'p [u32]>) -> UnionFind<'p> {
        UnionFind {
            parent: (0..n).collect(),
            part,
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        if self.part.is_some_and(|p| p[a] != p[b]) {
            return;
        }
        self.union_always(a, b);
    }

    fn union_always(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(doc: &str, sentence: &str, date: &str, event: &str, happening: &str) -> Mention {
        let start = sentence.find(date).expect("the date is in the sentence");
        let mut m = Mention::new(doc, Kind::Date, date, start, start + date.len());
        m.sentence = sentence.to_owned();
        m.event = Some(event.to_owned());
        m.happening = Some(happening.to_owned());
        m
    }

    #[test]
    fn a_figure_without_measure_or_subject_is_labelled_by_its_words() {
        let figure =
            |kind, sentence: &str, text: &str, unit: Option<&str>, subject: Option<&str>| {
                let start = sentence.find(text).expect("the figure is in the sentence");
                let mut m = Mention::new("doc-7", kind, text, start, start + text.len());
                m.sentence = sentence.to_owned();
                m.unit = unit.map(str::to_owned);
                m.subject = subject.map(str::to_owned);
                m
            };
        let twice = "Vale twice came back from injuries to lead the club.";
        assert_eq!(
            figure_label(&figure(Kind::Count, twice, "twice", None, Some("Tom Vale"))),
            "count: Vale twice came back from injuries to lead …"
        );
        let share = "The port handles 90 percent of the island's trade, officials say.";
        assert_eq!(
            figure_label(&figure(Kind::Percent, share, "90 percent", None, None)),
            "percent: The port handles 90 percent of the island's trade, officials say."
        );
        let paid = "The club paid $4 million for the ground.";
        assert_eq!(
            figure_label(&figure(
                Kind::Amount,
                paid,
                "$4 million",
                Some("USD"),
                Some("Orvel")
            )),
            "money: The club paid $4 million for the ground."
        );
        let hired = "Orvel hired 40 engineers in May.";
        assert_eq!(
            figure_label(&figure(
                Kind::Count,
                hired,
                "40",
                Some("engineers"),
                Some("Orvel")
            )),
            "engineers of Orvel"
        );
    }

    #[test]
    fn a_date_label_shows_the_words_around_it_when_its_phrase_is_another_clause() {
        let mentions = [
            dated(
                "a",
                "Its makers hope it is ready to test the rig in a dry run this year.",
                "this year",
                "it is ready",
                "test",
            ),
            dated(
                "b",
                "Orvane Labs tested the rig in a dry run in May.",
                "in May",
                "Orvane Labs tested the rig",
                "tested",
            ),
        ];
        let names = |_: usize| -> Cow<'static, [Cow<'static, str>]> {
            Cow::Owned(vec![Cow::Borrowed("Orvane Labs"), Cow::Borrowed("Earlier")])
        };
        // The first member is the telling one (a tie); its phrase is not its happening's clause.
        assert_eq!(
            event_label("when", &mentions, &[0, 1], names),
            "when (Orvane Labs): … test the rig in a dry run this year."
        );
        let mut told = mentions.clone();
        told[0].event = Some("to test the rig".to_owned());
        assert_eq!(
            event_label("when", &told, &[0, 1], names),
            "when (Orvane Labs): to test the rig"
        );
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("cryptocurrencies"), stem("crypto"));
        assert_eq!(stem("banned"), stem("ban"));
        assert_eq!(stem("currencies"), stem("currency"));
        assert_eq!(stem("exchanges"), stem("exchange"));
    }

    #[test]
    fn topic_terms_skip_function_words_dates_and_the_span() {
        let s = "The central bank banned crypto exchanges in 2017.";
        let terms = topic_terms(s, (s.find("2017").unwrap(), s.len() - 1));
        assert!(terms.contains(&stem("banned")));
        assert!(terms.contains(&stem("exchanges")));
        assert!(!terms.iter().any(|t| t == "the" || t.starts_with("2017")));
    }

    #[test]
    fn a_head_noun_loses_its_plural_ending() {
        assert_eq!(head_noun("diving catches"), "catch");
        assert_eq!(head_noun("boxes"), "box");
        assert_eq!(head_noun("solar patents"), "patent");
        assert_eq!(head_noun("horses"), "horse");
        assert_eq!(head_noun("headaches"), "headache");
        assert_eq!(head_noun("Velmar Skipper of the Year"), "skipper");
        assert_eq!(head_noun("cups of coffee"), "cup");
        assert_eq!(head_noun("wheels on each of the two carts"), "cart");
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_dashes() {
        assert_eq!(slug("People's Bank of China"), "people-s-bank-of-china");
        assert_eq!(slug("  research institutes "), "research-institutes");
    }

    #[test]
    fn word_pairs_come_in_pair_then_quote_order_packed_or_not() {
        // Three quotes' sorted, distinct pairs (first word high), over words below 300.
        let pair = |a: u64, b: u64| (a << 32) | b;
        let quote_pairs = vec![
            pair(2, 7),
            pair(5, 1),
            pair(299, 0),
            // quote 1
            pair(0, 299),
            pair(2, 7),
            // quote 2
            pair(2, 7),
            pair(5, 0),
            pair(299, 0),
        ];
        let starts = [0, 3, 5, 8];
        let expected = vec![
            (pair(0, 299), 1),
            (pair(2, 7), 0),
            (pair(2, 7), 1),
            (pair(2, 7), 2),
            (pair(5, 0), 2),
            (pair(5, 1), 0),
            (pair(299, 0), 0),
            (pair(299, 0), 2),
        ];
        // 300 words: 9 bits a word, packed and radix-sorted.
        let packed: Vec<(u64, u32)> = occurrences_by_pair(&quote_pairs, &starts, 300).collect();
        assert_eq!(packed, expected);
        // As many words as would not fit in 64 bits with the quote: sorted as tuples.
        let tuples: Vec<(u64, u32)> = occurrences_by_pair(&quote_pairs, &starts, 1 << 31).collect();
        assert_eq!(tuples, expected);
    }

    #[test]
    fn a_duration_is_shown_in_the_words_around_it() {
        let sentence = "The keeper said he would leave the club after 31 years, including the last six as its captain.";
        let start = sentence.find("31 years").unwrap();
        let mut m = Mention::new("d", Kind::Duration, "31 years", start, start + 8);
        m.sentence = sentence.into();
        assert_eq!(
            words_around(&m, 3, 3),
            "… the club after 31 years, including the …"
        );
        let sentence = "A fog delay (23 minutes) held up play.";
        m.text = "23 minutes".into();
        m.sentence = sentence.into();
        assert_eq!(
            words_around(&m, 6, 6),
            "A fog delay (23 minutes) held up play."
        );
    }

    #[test]
    fn radix_sort_sorts_on_the_bits_in_use() {
        let mut keys: Vec<u64> = (0..1000u64)
            .map(|k| (((k * 7919) % 1009) << 20) | k)
            .collect();
        let mut expected = keys.clone();
        expected.sort_unstable();
        radix_sort(&mut keys, 30);
        assert_eq!(keys, expected);
    }
}
