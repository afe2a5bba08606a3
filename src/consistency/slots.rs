//! Slots: what a claim is about, so that claims from different articles can be compared.
//!
//! - A figure's slot is its measure (or counted noun), its subject entity and the period its
//!   sentence names. A figure without a subject has a slot of its own: comparing every
//!   "people" count in a corpus would make conflicts out of unrelated figures.
//! - A date's slot is the event its sentence tells of. Two date mentions are linked when their
//!   sentences name the same entity and share a topic word, or share three or more topic words;
//!   words are weighted by how rare they are among the corpus's date sentences, so a word every
//!   sentence uses ("election" in an election story) links nothing alone. Linked mentions form
//!   a slot.
//! - A quote's slot is the quotation: quotes whose wording overlaps (shared word pairs) by the
//!   same or an unnamed speaker are one quote, however they differ.
//!
//! All grouping is by hashing or inverted indexes, never by comparing every pair of claims.

use super::entities::{names_in, words_of, Entities};
use crate::claim::{Kind, Mention};
use crate::lexicon::{class, Lexicon};
use rustc_hash::{FxHashMap, FxHashSet};

/// What sort of thing a slot is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SlotKind {
    Figure,
    Event,
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
const MAX_EVENT_GAP_DAYS: f64 = 62.0;
/// Shared topic words that link two dates without a shared actor.
const LINK_WORDS: usize = 3;
/// Shared topic words (an actor counting as one) that make a strong link, and the gap a strong
/// link may bridge.
const STRONG_LINK_WORDS: usize = 4;
const MAX_STRONG_EVENT_GAP_DAYS: f64 = 731.0;
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
/// The most date mentions one event slot may gather (bounds the cost of the join check).
const MAX_EVENT_MENTIONS: usize = 64;
/// Word pairs two quotes must share, and the share of the shorter quote's pairs.
const QUOTE_MIN_SHARED: usize = 3;
const QUOTE_MIN_CONTAINMENT: f64 = 0.4;

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

/// Groups mentions into slots, by the rules and then the curator's overrides.
pub fn group(mentions: &[Mention], entities: &Entities, overrides: &Overrides) -> Vec<Grouping> {
    let mut links = UnionFind::new(mentions.len());
    let mut out = Vec::new();
    let mut singles: FxHashSet<usize> = FxHashSet::default();
    let active = |i: &usize| !overrides.excluded.contains(i);
    let linkable = |i: &usize| active(i) && !overrides.detached.contains(i);

    // Figures: by key.
    let mut figure_keys: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let dates_by_sentence = dates_by_sentence(mentions);
    for (i, m) in mentions.iter().enumerate().filter(|(i, _)| linkable(i)) {
        if !m.kind.has_value() && m.kind != Kind::Duration {
            continue;
        }
        match figure_key(m, entities, &dates_by_sentence) {
            Some((key, _)) => figure_keys.entry(key).or_default().push(i),
            None => {
                singles.insert(i);
            }
        }
    }
    for members in figure_keys.values() {
        for pair in members.windows(2) {
            links.union(pair[0], pair[1]);
        }
    }

    // Dates: by linked events.
    let dates: Vec<usize> = (0..mentions.len())
        .filter(|i| linkable(i) && mentions[*i].kind == Kind::Date && mentions[*i].from.is_some())
        .collect();
    link_events(mentions, &dates, entities, &mut links);

    // Quotes: by shared wording.
    let quotes: Vec<usize> = (0..mentions.len())
        .filter(|i| linkable(i) && mentions[*i].kind == Kind::Quote)
        .collect();
    link_quotes(mentions, &quotes, entities, &mut links);

    for &(a, b) in &overrides.merged {
        if active(&a) && active(&b) {
            links.union(a, b);
            singles.remove(&a);
            singles.remove(&b);
        }
    }

    // Components become slots.
    let mut components: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
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
            components.entry(links.find(i)).or_default().push(i);
        }
    }
    for (_, mut members) in components {
        members.sort_unstable_by(|&a, &b| {
            (&mentions[a].doc, mentions[a].start).cmp(&(&mentions[b].doc, mentions[b].start))
        });
        let first = &mentions[members[0]];
        let kind = match first.kind {
            Kind::Date => SlotKind::Event,
            Kind::Quote => SlotKind::Quote,
            _ => SlotKind::Figure,
        };
        let (id, label) = match kind {
            SlotKind::Figure => match figure_key(first, entities, &dates_by_sentence) {
                Some((key, label)) => (format!("figure/{key}"), label),
                None => (
                    format!("figure/{}/{}", first.doc, first.start),
                    figure_label(first),
                ),
            },
            SlotKind::Event => (
                format!("event/{}/{}", first.doc, first.start),
                event_label(mentions, &members, entities),
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
    // Figure keys can repeat when a curator split a slot: keep ids unique.
    out.sort_by(|a, b| a.id.cmp(&b.id).then(a.members.cmp(&b.members)));
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    for g in &mut out {
        let n = seen.entry(g.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            g.id = format!("{}~{}", g.id, n);
        }
    }
    out
}

fn single(kind: SlotKind, i: usize, m: &Mention, label: String) -> Grouping {
    let prefix = match kind {
        SlotKind::Figure => "figure",
        SlotKind::Event => "event",
        SlotKind::Quote => "quote",
    };
    Grouping {
        kind,
        id: format!("{prefix}/{}/{}", m.doc, m.start),
        label,
        members: vec![i],
    }
}

/// Date mentions by (doc, sentence): a figure's period is the date its sentence names.
fn dates_by_sentence(mentions: &[Mention]) -> FxHashMap<(&str, &str), &Mention> {
    let mut out = FxHashMap::default();
    for m in mentions {
        if m.kind == Kind::Date && m.from.is_some() && !m.sentence.is_empty() {
            out.entry((m.doc.as_str(), m.sentence.as_str()))
                .or_insert(m);
        }
    }
    out
}

/// The key of a figure's slot: family, measure, subject, period; `None` without a subject or a
/// measure.
fn figure_key(
    m: &Mention,
    entities: &Entities,
    dates: &FxHashMap<(&str, &str), &Mention>,
) -> Option<(String, String)> {
    let subject = m.subject.as_deref()?;
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
        (Some(measure), _) => measure.clone(),
        (None, Some(unit)) if m.kind == Kind::Count => head_noun(unit),
        _ if matches!(m.kind, Kind::Percent | Kind::Ratio | Kind::Duration) => return None,
        _ => "money".to_owned(),
    };
    let period = dates
        .get(&(m.doc.as_str(), m.sentence.as_str()))
        .and_then(|d| Some(format!("{}/{}", d.from?, d.to?)))
        .unwrap_or_else(|| "-".to_owned());
    let key = format!("{family}/{}/{}/{}", slug(&measure), slug(&subject), period);
    let label = if period == "-" {
        format!("{measure} of {subject} ({family})")
    } else {
        format!("{measure} of {subject}, {period} ({family})")
    };
    Some((key, label))
}

fn figure_label(m: &Mention) -> String {
    let what = m
        .measure
        .clone()
        .or_else(|| m.unit.clone())
        .unwrap_or_else(|| m.kind.as_str().to_owned());
    match &m.subject {
        Some(s) => format!("{what} of {s}"),
        None => format!("{what} in {}", m.doc),
    }
}

fn clean_subject(s: &str) -> String {
    let s = s.trim_start_matches("the ").trim_start_matches("The ");
    s.trim_end_matches("'s")
        .trim_end_matches("’s")
        .replace('’', "'")
}

/// The last word of a counted noun phrase, without a plural -s: "solar patents" counts
/// patents.
fn head_noun(unit: &str) -> String {
    let last = unit.rsplit(' ').next().unwrap_or(unit).to_lowercase();
    last.strip_suffix('s').unwrap_or(&last).to_owned()
}

/// A key-safe form of a name: lower case, words joined by '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The topic words of a sentence outside a span: content words, stemmed.
pub fn topic_terms(sentence: &str, skip: (usize, usize)) -> Vec<String> {
    let lex = Lexicon::get();
    let mut out: Vec<String> = Vec::new();
    for (k, (s, e, w)) in words_of(sentence).into_iter().enumerate() {
        // Capitalised words inside a sentence are names: entities, not topics.
        if (s < skip.1 && skip.0 < e) || (k > 0 && w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        for part in w.split('-') {
            let lower = part.to_lowercase();
            if lower.chars().count() < 4 || lower.chars().any(|c| c.is_ascii_digit()) {
                continue;
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
                continue;
            }
            out.push(stem(&lower));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
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
    let skip = date_span_in_sentence(m);
    let mut out: Vec<String> = names_in(&m.sentence)
        .into_iter()
        .filter(|(s, e, _)| !(*s < skip.1 && skip.0 < *e))
        .map(|(_, _, n)| entities.canonical(&n).to_owned())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Where the mention's text stands in its sentence (bytes), or an empty span.
fn date_span_in_sentence(m: &Mention) -> (usize, usize) {
    m.sentence
        .find(&m.text)
        .map_or((0, 0), |s| (s, s + m.text.len()))
}

fn link_events(mentions: &[Mention], dates: &[usize], entities: &Entities, links: &mut UnionFind) {
    let lex = Lexicon::get();
    let mut ids = Interner::default();
    let mut docs = Interner::default();
    let mut features: Vec<DateFeatures> = dates
        .iter()
        .map(|&i| {
            let m = &mentions[i];
            let span = super::interval::of_date(m).map(|iv| (iv.lo as i32, iv.hi as i32));
            let mut actors: Vec<u32> = event_entities(m, entities)
                .into_iter()
                .filter(|e| is_actor(lex, e))
                .map(|e| ids.id(&e))
                .collect();
            let mut terms: Vec<u32> = topic_terms(&m.sentence, date_span_in_sentence(m))
                .iter()
                .map(|t| ids.id(t))
                .collect();
            actors.sort_unstable();
            actors.dedup();
            terms.sort_unstable();
            terms.dedup();
            let (lo, hi) = span.unwrap_or((0, i32::MAX));
            DateFeatures {
                doc: docs.id(&m.doc),
                lo,
                hi,
                actors,
                terms,
            }
        })
        .collect();
    // How many date sentences use each word and entity: one that most of them use (the
    // story's own subject) tells no event from another, and is dropped.
    let mut df = vec![0u32; ids.len()];
    for f in &features {
        for &t in f.actors.iter().chain(&f.terms) {
            df[t as usize] += 1;
        }
    }
    let n = dates.len();
    let too_common = |t: u32| n >= 6 && df[t as usize] as usize * 2 > n;
    for f in &mut features {
        f.actors.retain(|&t| !too_common(t));
        f.terms.retain(|&t| !too_common(t));
    }
    // Candidates come from inverted indexes keyed by a word or actor and a stretch of time, so
    // their number does not grow with the corpus: a date is only compared with dates near it
    // that share an actor, or that share one of its rarer words (two sentences with
    // `LINK_WORDS` words in common share one of the rarest `len - LINK_WORDS + 1` of either:
    // prefix filtering).
    let prefix = |f: &DateFeatures| -> Vec<u32> {
        if f.terms.len() < LINK_WORDS {
            return Vec::new();
        }
        let mut by_rarity = f.terms.clone();
        by_rarity.sort_unstable_by_key(|&t| (df[t as usize], t));
        by_rarity.truncate(f.terms.len() - LINK_WORDS + 1);
        by_rarity
    };
    let linkable = |f: &DateFeatures| f.hi != i32::MAX && f.hi - f.lo <= MAX_LINKABLE_SPAN_DAYS;
    let weak_gap = MAX_EVENT_GAP_DAYS as i32;
    let strong_gap = MAX_STRONG_EVENT_GAP_DAYS as i32;
    let buckets = |lo: i32, hi: i32, width: i32| lo.div_euclid(width)..=hi.div_euclid(width);
    let prefixes: Vec<Vec<u32>> = features.iter().map(prefix).collect();
    let mut near_index: FxHashMap<(u32, i32), Vec<u32>> = FxHashMap::default();
    let mut far_index: FxHashMap<(u32, i32), Vec<u32>> = FxHashMap::default();
    for (k, f) in features.iter().enumerate().filter(|(_, f)| linkable(f)) {
        for b in buckets(f.lo, f.hi, NEAR_BUCKET_DAYS) {
            for &t in f.actors.iter().chain(&prefixes[k]) {
                near_index.entry((t, b)).or_default().push(k as u32);
            }
        }
        for b in buckets(f.lo, f.hi, FAR_BUCKET_DAYS) {
            for &t in &prefixes[k] {
                far_index.entry((t, b)).or_default().push(k as u32);
            }
        }
    }
    let mut stamp = vec![u32::MAX; features.len()];
    let mut candidates: Vec<u32> = Vec::new();
    let mut candidate_links: Vec<(usize, usize, usize)> = Vec::new();
    for (k, f) in features.iter().enumerate().filter(|(_, f)| linkable(f)) {
        candidates.clear();
        // A word or actor that many dates of the same weeks share says little about which
        // event a date belongs to, and would make every date a candidate of every other.
        let mut visit = |list: Option<&Vec<u32>>, candidates: &mut Vec<u32>| {
            let Some(list) = list.filter(|l| l.len() <= MAX_POSTINGS) else {
                return;
            };
            for &o in list {
                if o as usize > k && stamp[o as usize] != k as u32 {
                    stamp[o as usize] = k as u32;
                    candidates.push(o);
                }
            }
        };
        for b in buckets(f.lo - weak_gap, f.hi + weak_gap, NEAR_BUCKET_DAYS) {
            for &t in f.actors.iter().chain(&prefixes[k]) {
                visit(near_index.get(&(t, b)), &mut candidates);
            }
        }
        for b in buckets(f.lo - strong_gap, f.hi + strong_gap, FAR_BUCKET_DAYS) {
            for &t in &prefixes[k] {
                visit(far_index.get(&(t, b)), &mut candidates);
            }
        }
        for &o in &candidates {
            let g = &features[o as usize];
            if g.doc == f.doc {
                continue;
            }
            let shared_ents = shared(&f.actors, &g.actors);
            let shared_terms = shared(&f.terms, &g.terms);
            // One event: the same actor doing something with a shared topic, or three shared
            // topic words. Many shared words make a strong link, which may bridge a wider gap
            // between the dates (a vote put in two different years); a weak one may not.
            let strong = shared_terms >= STRONG_LINK_WORDS
                || (shared_ents > 0 && shared_terms + 1 >= STRONG_LINK_WORDS);
            let linked =
                (shared_ents > 0 && shared_terms > 0) || shared_terms >= LINK_WORDS || strong;
            let max_gap = if strong { strong_gap } else { weak_gap };
            let gap = (g.lo - f.hi).max(f.lo - g.hi);
            if linked && gap <= max_gap {
                candidate_links.push((shared_ents + shared_terms, k, o as usize));
            }
        }
    }
    // Strongest links first. Two groups join only if at least half of their pairs across
    // articles are linked themselves (each link within its own gap): a chain of links cannot
    // pull unrelated events together.
    candidate_links.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let linked: FxHashSet<(usize, usize)> = candidate_links
        .iter()
        .map(|&(_, a, b)| (a.min(b), a.max(b)))
        .collect();
    let mut members: FxHashMap<usize, Vec<usize>> =
        (0..dates.len()).map(|k| (k, vec![k])).collect();
    let mut root: Vec<usize> = (0..dates.len()).collect();
    for (_, a, b) in candidate_links {
        let (ra, rb) = (root[a], root[b]);
        if ra == rb {
            continue;
        }
        let (ga, gb) = (&members[&ra], &members[&rb]);
        if ga.len() + gb.len() > MAX_EVENT_MENTIONS {
            continue;
        }
        let mut across = 0;
        let mut direct = 0;
        for &x in ga {
            for &y in gb {
                if features[x].doc == features[y].doc {
                    continue;
                }
                across += 1;
                direct += usize::from(linked.contains(&(x.min(y), x.max(y))));
            }
        }
        if direct * 2 < across {
            continue;
        }
        let moved = members.remove(&rb).unwrap_or_default();
        for &x in &moved {
            root[x] = ra;
        }
        if let Some(group) = members.get_mut(&ra) {
            group.extend(moved);
        }
        links.union(dates[a], dates[b]);
    }
}

/// What event linking knows of one date mention, as interned ids.
struct DateFeatures {
    doc: u32,
    /// Days since 1970 (the end of the last day included).
    lo: i32,
    hi: i32,
    /// Sorted ids of actors and topic words.
    actors: Vec<u32>,
    terms: Vec<u32>,
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

/// How many ids two sorted lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
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
        .any(|w| lex.class_of(&w.to_lowercase()) & class::ORG != 0);
    let all_places = words.iter().all(|w| is_place_word(lex, w));
    !all_places && (has_org_word || words.len() >= 2 || name.chars().count() >= 2)
}

fn event_label(mentions: &[Mention], members: &[usize], entities: &Entities) -> String {
    // The entities most members share (a date alone shares nothing: no need to look).
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for &i in members.iter().filter(|_| members.len() > 1) {
        let m = &mentions[i];
        for e in event_entities(m, entities) {
            *counts.entry(e).or_insert(0) += 1;
        }
    }
    let mut top: Vec<(String, usize)> = counts.into_iter().filter(|(_, c)| *c > 1).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let names: Vec<String> = top.into_iter().take(2).map(|(e, _)| e).collect();
    let first = &mentions[members[0]];
    let what = first
        .event
        .clone()
        .unwrap_or_else(|| first.sentence.chars().take(60).collect());
    if names.is_empty() {
        format!("when: {what}")
    } else {
        format!("when ({}): {what}", names.join(", "))
    }
}

fn quote_label(m: &Mention) -> String {
    let words: Vec<&str> = m.text.split_whitespace().take(8).collect();
    let speaker = m.speaker.as_deref().unwrap_or("unattributed");
    format!("{speaker}: “{} …”", words.join(" "))
}

/// The words of a quotation, lower case, without the reporter's insertions in square brackets
/// ("[We must] clarify"): those are not the speaker's words.
pub fn quote_words(text: &str) -> Vec<String> {
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
    words_of(&spoken)
        .into_iter()
        .map(|(_, _, w)| w.to_lowercase().replace('’', "'"))
        .collect()
}

fn link_quotes(mentions: &[Mention], quotes: &[usize], entities: &Entities, links: &mut UnionFind) {
    // Each quote as its sorted, distinct word pairs (interned).
    let mut words = Interner::default();
    let mut pair_ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let pairs: Vec<Vec<u32>> = quotes
        .iter()
        .map(|&i| {
            let w: Vec<u32> = quote_words(&mentions[i].text)
                .iter()
                .map(|w| words.id(w))
                .collect();
            let mut p: Vec<u32> = w
                .windows(2)
                .map(|p| {
                    let next = pair_ids.len() as u32;
                    *pair_ids.entry((p[0], p[1])).or_insert(next)
                })
                .collect();
            p.sort_unstable();
            p.dedup();
            p
        })
        .collect();
    let mut df = vec![0u32; pair_ids.len()];
    for p in &pairs {
        for &x in p {
            df[x as usize] += 1;
        }
    }
    // Prefix filtering: two quotes sharing `QUOTE_MIN_SHARED` pairs share one of the rarest
    // `len - QUOTE_MIN_SHARED + 1` pairs of either, so only those are indexed and probed; "of
    // the" never makes a candidate.
    let prefixes: Vec<Vec<u32>> = pairs
        .iter()
        .map(|p| {
            if p.len() < QUOTE_MIN_SHARED {
                return Vec::new();
            }
            let mut by_rarity = p.clone();
            by_rarity.sort_unstable_by_key(|&x| (df[x as usize], x));
            by_rarity.truncate(p.len() - QUOTE_MIN_SHARED + 1);
            by_rarity
        })
        .collect();
    let mut index: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (k, prefix) in prefixes.iter().enumerate() {
        for &x in prefix {
            index.entry(x).or_default().push(k as u32);
        }
    }
    let mut stamp = vec![u32::MAX; quotes.len()];
    for (k, prefix) in prefixes.iter().enumerate() {
        for &x in prefix {
            let list = &index[&x];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &o in list {
                let o = o as usize;
                if o <= k || stamp[o] == k as u32 {
                    continue;
                }
                stamp[o] = k as u32;
                let (a, b) = (quotes[k], quotes[o]);
                if mentions[a].doc == mentions[b].doc {
                    continue;
                }
                let n = shared(&pairs[k], &pairs[o]);
                let smaller = pairs[k].len().min(pairs[o].len()).max(1);
                if n < QUOTE_MIN_SHARED || (n as f64) < QUOTE_MIN_CONTAINMENT * smaller as f64 {
                    continue;
                }
                let speakers = (
                    mentions[a]
                        .speaker
                        .as_deref()
                        .map(|s| entities.canonical(s)),
                    mentions[b]
                        .speaker
                        .as_deref()
                        .map(|s| entities.canonical(s)),
                );
                let same_speaker = match speakers {
                    (Some(x), Some(y)) => x == y || last_word(x) == last_word(y),
                    _ => true,
                };
                if same_speaker {
                    links.union(a, b);
                }
            }
        }
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Disjoint sets over mention indexes.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
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
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn slugs_are_lower_case_words_joined_by_dashes() {
        assert_eq!(slug("People's Bank of China"), "people-s-bank-of-china");
        assert_eq!(slug("  research institutes "), "research-institutes");
    }
}
