//! Cross-source consistency: which sources agree, which conflict, on what, and why.
//!
//! Mentions are grouped into slots ([`slots`]), each value becomes an interval
//! ([`interval`]), money is brought to one currency at dated rates ([`crate::consistency::fx`]), and every
//! slot more than one source speaks to gets a verdict ([`verdict`]). Several mentions in one
//! article count as one source, and so do articles with the same text (syndicated copies).
//! Checks within one article (a stated ratio against its two figures, a sum against its bracketed
//! conversion, parts against a total) are in [`internal`]. A curator's decisions
//! ([`curation`]) are applied first and win over the rules. No IO: the input is mentions and
//! sources, the output findings.
//!
//! One file, close to 1,000 lines, because the analysis's steps (curation, slots, intervals,
//! verdicts, per-source figures) and the explanations of the findings share one state; the rules
//! themselves are in the submodules.

pub mod curation;
pub mod diff;
pub mod entities;
pub mod fx;
pub mod graph;
pub mod internal;
pub mod interval;
pub mod slots;
pub mod verdict;

use crate::consistency::fx::{Rate, Rates};
pub use crate::model::claim::Source;
use crate::model::claim::{Kind, Mention};
use curation::Curation;
use diff::Change;
use entities::{Entities, SentenceNames};
use interval::Interval;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use slots::{Grouping, SlotKind};
use std::fmt::Write as _;
pub use verdict::Verdict;

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
    pub label: String,
    pub explanation: String,
    pub members: Vec<Member>,
    /// The largest gap between conflicting sources.
    pub gap: Option<Gap>,
    /// Exchange rates used.
    pub rates: Vec<Rate>,
    /// What the verdict takes for granted ("“$” read as US dollars").
    pub assumptions: Vec<String>,
    /// For quotes: each other source's rendering against the fullest one.
    pub drift: Vec<Drift>,
    /// True when a curator's decision shaped this finding.
    pub curated: bool,
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
            explanation: String::new(),
            members: Vec::new(),
            gap: None,
            rates: Vec::new(),
            assumptions: Vec::new(),
            drift: Vec::new(),
            curated: false,
        }
    }
}

/// How one source's rendering of a quote differs from the reference rendering.
#[derive(Clone, Debug, Serialize)]
pub struct Drift {
    pub reference: usize,
    pub source: usize,
    pub changes: Vec<Change>,
    /// "b has “plan” where a has “plans”", one line per change.
    pub summary: Vec<String>,
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

/// The result of an analysis.
#[derive(Debug, Serialize)]
pub struct Analysis {
    pub sources: Vec<Source>,
    pub mentions: Vec<Mention>,
    /// Conflicts first, then compatible, agreements, uncorroborated; internal checks with them.
    pub findings: Vec<Finding>,
    pub source_stats: Vec<SourceStat>,
    /// Curation entries that matched nothing, for the report.
    pub curation_notes: Vec<String>,
}

/// How many conflicting pairs of sources an explanation names (the widest gaps).
const MAX_DESCRIBED_CONFLICTS: usize = 6;

/// Runs the analysis.
pub fn analyse(
    sources: Vec<Source>,
    mut mentions: Vec<Mention>,
    curation: &Curation,
    rates: &Rates,
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

    let sentence_names = SentenceNames::find(&mentions);
    let entities = learn_entities(&mentions, &sentence_names);
    let groupings = slots::group(&mentions, &entities, &sentence_names, &applied.overrides);
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
    let source_names: Vec<String> = sources.iter().map(Source::name).collect();
    let ctx = Context {
        sources: &sources,
        source_names: &source_names,
        mentions: &mentions,
        source_of: &source_of,
        source_key: &source_key,
        rates,
        corrected: &applied.corrected,
        curated_slots: &applied.curated_mentions,
    };
    let mut findings: Vec<Finding> = groupings.into_iter().map(|g| ctx.judge(g)).collect();
    findings.extend(internal::check(&mentions, &by_doc, &sources, rates));
    let findings = in_report_order(findings);
    let source_stats = stats(&sources, &source_of, &findings);
    Analysis {
        sources,
        mentions,
        findings,
        source_stats,
        curation_notes: applied.notes,
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
    /// [`Source::name`] of each source.
    source_names: &'a [String],
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
        for &i in &g.members {
            let m = &self.mentions[i];
            let source = self.source_of(i);
            let (interval, converted_from) = match g.kind {
                SlotKind::Quote => (None, None),
                SlotKind::Event => (interval::of_date(m), None),
                SlotKind::Figure => {
                    self.figure_interval(m, source, currency.as_deref(), &mut finding)
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
            finding.explanation = self.uncorroborated(&finding);
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

    fn figure_interval(
        &self,
        m: &Mention,
        source: usize,
        currency: Option<&str>,
        finding: &mut Finding,
    ) -> (Option<Interval>, Option<String>) {
        let Some(interval) = interval::of_figure(m) else {
            return (None, None);
        };
        let (Some(target), Some(own)) = (currency, m.unit.as_deref()) else {
            return (Some(interval), None);
        };
        if m.kind != Kind::Amount {
            return (Some(interval), None);
        }
        if m.ambiguous {
            let note = format!("“{}” read as {own}", currency_symbol(&m.text));
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
            finding
                .assumptions
                .push(format!("{own} not compared: {} has no date", m.doc));
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
                finding
                    .assumptions
                    .push(format!("no {own}/{target} rate for {on}: not compared"));
                (None, Some(own.to_owned()))
            }
        }
    }

    /// Pairs of sources: each pair's relation is the best any two of their mentions reach
    /// (several mentions of one source are readings of one claim, and one agreeing reading is
    /// enough not to call a conflict).
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
        let mut pairs = Vec::new();
        let mut conflicts: Vec<(f64, usize, usize)> = Vec::new();
        for (x, group_a) in by_source.iter().enumerate() {
            for group_b in &by_source[x + 1..] {
                let mut best: Option<(Verdict, usize, usize)> = None;
                for &ia in group_a {
                    for &ib in group_b {
                        let (Some(va), Some(vb)) =
                            (finding.members[ia].interval, finding.members[ib].interval)
                        else {
                            continue;
                        };
                        let v = verdict::compare(&va, &vb);
                        if best.is_none_or(|(bv, _, _)| v > bv) {
                            best = Some((v, ia, ib));
                        }
                    }
                }
                let Some((v, ia, ib)) = best else { continue };
                pairs.push(v);
                if v == Verdict::Conflict {
                    let gap = finding.members[ia]
                        .interval
                        .zip(finding.members[ib].interval)
                        .map_or(0.0, |(a, b)| a.gap(&b));
                    conflicts.push((gap, ia, ib));
                }
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
                unit: self.unit_of(finding).to_owned(),
            });
        }
        // Written in one string, piece by piece: an explanation is made for every finding. A
        // described member takes about a hundred bytes: room for them at once, not grown
        // step by step.
        let described = finding.members.len().min(2 * MAX_DESCRIBED_CONFLICTS);
        let mut out = String::with_capacity(64 + 128 * described);
        match finding.verdict {
            // Any conflicting pair makes the verdict a conflict, and only then are there any.
            Verdict::Conflict => {
                for (n, &(_, ia, ib)) in conflicts.iter().take(MAX_DESCRIBED_CONFLICTS).enumerate()
                {
                    if n > 0 {
                        out.push(' ');
                    }
                    self.write_conflict(&mut out, finding, ia, ib);
                }
                if conflicts.len() > MAX_DESCRIBED_CONFLICTS {
                    let _ = write!(
                        out,
                        " And {} more pairs of sources that cannot both be true.",
                        conflicts.len() - MAX_DESCRIBED_CONFLICTS
                    );
                }
            }
            verdict => {
                out.push_str(match verdict {
                    Verdict::Compatible => {
                        "No two sources contradict each other, but some are vaguer than others: "
                    }
                    Verdict::Agree => "All sources agree: ",
                    _ => "The sources' values could not be compared: ",
                });
                self.write_values(&mut out, finding);
                out.push('.');
            }
        }
        if !finding.rates.is_empty() {
            out.push_str(" Converted at ");
            for (n, rate) in finding.rates.iter().enumerate() {
                if n > 0 {
                    out.push_str("; ");
                }
                out.push_str(&describe_rate(rate));
            }
            out.push('.');
        }
        if !finding.assumptions.is_empty() {
            let _ = write!(out, " Assumes: {}.", finding.assumptions.join("; "));
        }
        finding.explanation = out;
    }

    fn unit_of(&self, finding: &Finding) -> &str {
        let first = &self.mentions[finding.members[0].mention];
        match first.kind {
            Kind::Date => "days",
            Kind::Amount => first.unit.as_deref().unwrap_or("money"),
            Kind::Percent => "percentage points",
            Kind::Ratio => "times",
            _ => first.unit.as_deref().unwrap_or_default(),
        }
    }

    /// Appends `Source “text” (values)` for member `k` to `out`.
    fn write_member(&self, out: &mut String, finding: &Finding, k: usize) {
        let member = &finding.members[k];
        let m = &self.mentions[member.mention];
        out.push_str(self.name_of(member.source, m));
        out.push_str(" “");
        out.push_str(&m.text);
        out.push_str("” (");
        match (m.kind, member.interval) {
            (Kind::Date, Some(_)) => match (m.from, m.to) {
                (Some(f), Some(t)) if f == t => {
                    let _ = write!(out, "{f}");
                }
                (Some(f), Some(t)) => {
                    let _ = write!(out, "{f} to {t}");
                }
                _ => {}
            },
            (_, Some(i)) => write_interval(out, &i, self.unit_of(finding)),
            _ => {}
        }
        out.push(')');
    }

    /// Appends the sentence on one conflicting pair of members to `out`.
    fn write_conflict(&self, out: &mut String, finding: &Finding, a: usize, b: usize) {
        let (ia, ib) = (
            finding.members[a]
                .interval
                .unwrap_or(Interval::new(0.0, 0.0)),
            finding.members[b]
                .interval
                .unwrap_or(Interval::new(0.0, 0.0)),
        );
        let (lower, upper) = if ia.hi < ib.lo { (a, b) } else { (b, a) };
        let gap = ia.gap(&ib);
        self.write_member(out, finding, lower);
        out.push_str(" and ");
        self.write_member(out, finding, upper);
        out.push_str(" cannot both be true: ");
        if finding.kind == Kind::Date {
            let gap = gap.ceil();
            let _ = write!(out, "{gap} day{}", if gap == 1.0 { "" } else { "s" });
        } else {
            write_number(out, gap, self.unit_of(finding));
            if let Some(r) = ia.relative_gap(&ib) {
                let _ = write!(out, ", {:.1} %", r * 100.0);
            }
        }
        out.push_str(" apart.");
    }

    /// Appends the values of the first member of each source (a few sources, then how many
    /// more) to `out`, separated by "; ".
    fn write_values(&self, out: &mut String, finding: &Finding) {
        let mut seen: Vec<usize> = Vec::new();
        let mut firsts = 0;
        for (k, m) in finding.members.iter().enumerate() {
            let key = self.key(m.source);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if firsts < MAX_DESCRIBED_CONFLICTS {
                if firsts > 0 {
                    out.push_str("; ");
                }
                self.write_member(out, finding, k);
            }
            firsts += 1;
        }
        if firsts > MAX_DESCRIBED_CONFLICTS {
            let _ = write!(
                out,
                "; and {} more sources",
                firsts - MAX_DESCRIBED_CONFLICTS
            );
        }
    }

    fn uncorroborated(&self, finding: &Finding) -> String {
        let m = &self.mentions[finding.members[0].mention];
        let source = self.name_of(finding.members[0].source, m);
        // Three findings in four are these: written into a string of the right size at once.
        let mut out = String::with_capacity(source.len() + 48);
        out.push_str("Only ");
        out.push_str(source);
        out.push_str(" speaks to this");
        if finding.members.len() > 1 {
            let _ = write!(out, " ({} mentions)", finding.members.len());
        }
        out.push('.');
        out
    }

    /// Quotes: the fullest rendering is the reference, every other source is diffed against it.
    fn judge_quote(&self, finding: &mut Finding, keys: &[usize]) {
        // Each source's rendering: the words of the fragments of one of its copies, in text
        // order, written one after another in `text`.
        // Room for every member's words at once: `text` would otherwise grow word by word.
        let room = finding
            .members
            .iter()
            .map(|m| self.mentions[m.mention].text.len())
            .sum();
        let (mut text, mut buffer) = (String::with_capacity(room), String::new());
        let spans: Vec<(usize, Vec<(usize, usize)>)> = keys
            .iter()
            .map(|&k| {
                let copy = finding
                    .members
                    .iter()
                    .find(|m| self.key(m.source) == k)
                    .map(|m| m.source);
                let mut spans = Vec::new();
                for m in finding.members.iter().filter(|m| Some(m.source) == copy) {
                    let quote = &self.mentions[m.mention].text;
                    slots::for_each_quote_word(quote, &mut buffer, |w| {
                        let start = text.len();
                        text.push_str(w);
                        spans.push((start, text.len()));
                    });
                }
                (k, spans)
            })
            .collect();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let renderings: Vec<(usize, Vec<Word>)> = spans
            .iter()
            .map(|(k, spans)| {
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
                (*k, words)
            })
            .collect();
        let Some((reference, ref_words)) = renderings
            .iter()
            .max_by_key(|(k, w)| (w.len(), usize::MAX - k))
        else {
            return;
        };
        let reference = *reference;
        let mut verdicts = Vec::new();
        let ref_name = self.source_name(reference);
        for (k, words) in &renderings {
            if *k == reference {
                continue;
            }
            let changes = diff::words(ref_words, words);
            let name = self.source_name(*k);
            let only_removed = changes.iter().all(|c| !matches!(c, Change::Added(_)));
            verdicts.push(if diff::is_same(&changes) {
                Verdict::Agree
            } else {
                Verdict::Compatible
            });
            let summary = summarise(&changes, &name, &ref_name, only_removed);
            finding.drift.push(Drift {
                reference,
                source: *k,
                changes,
                summary,
            });
        }
        finding.verdict = verdict::combine(verdicts);
        finding.explanation = if finding.drift.iter().all(|d| d.summary.is_empty()) {
            format!("The same words in every source; {ref_name} has the fullest rendering.")
        } else {
            let lines: Vec<String> = finding
                .drift
                .iter()
                .flat_map(|d| d.summary.iter().cloned())
                .collect();
            format!(
                "One quotation, worded differently (against {ref_name}, the fullest): {}",
                lines.join("; ")
            )
        };
    }

    fn source_name(&self, source: usize) -> String {
        self.source_names
            .get(source)
            .cloned()
            .unwrap_or_else(|| format!("source {source}"))
    }

    /// The name of a mention's source, or its doc when it has none.
    fn name_of<'m>(&'m self, source: usize, m: &'m Mention) -> &'m str {
        self.source_names.get(source).unwrap_or(&m.doc)
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

/// One line per change of a quote diff: who has what the other does not.
fn summarise(changes: &[Change], name: &str, reference: &str, only_removed: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < changes.len() {
        match (&changes[k], changes.get(k + 1)) {
            (Change::Removed(r), Some(Change::Added(a)))
            | (Change::Added(a), Some(Change::Removed(r))) => {
                out.push(format!("{name} has “{a}” where {reference} has “{r}”"));
                k += 2;
                continue;
            }
            (Change::Removed(r), _) => {
                if only_removed && changes.len() > 1 {
                    out.push(format!("{name} leaves out “{r}”"));
                } else {
                    out.push(format!("{name} lacks “{r}”"));
                }
            }
            (Change::Added(a), _) => out.push(format!("{name} adds “{a}”")),
            (Change::Same(_), _) => {}
        }
        k += 1;
    }
    out
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

pub fn describe_rate(rate: &Rate) -> String {
    format!(
        "1 {} = {:.4} {} ({}, {})",
        rate.from, rate.per, rate.to, rate.month, rate.source
    )
}

/// A number as a report says it: in millions, billions or trillions when large, with at most
/// three decimals.
pub fn format_number(v: f64, unit: &str) -> String {
    let mut out = String::new();
    write_number(&mut out, v, unit);
    out
}

/// Appends [`format_number`] of `v` and `unit` to `out`.
fn write_number(out: &mut String, v: f64, unit: &str) {
    if !v.is_finite() {
        out.push_str("unbounded");
        return;
    }
    let a = v.abs();
    let (scaled, word) = if a >= 1e12 {
        (v / 1e12, " trillion")
    } else if a >= 1e9 {
        (v / 1e9, " billion")
    } else if a >= 1e6 {
        (v / 1e6, " million")
    } else {
        (v, "")
    };
    if scaled.fract() == 0.0 {
        let _ = write!(out, "{scaled:.0}");
    } else if scaled.abs() >= 100.0 {
        let _ = write!(out, "{scaled:.1}");
    } else {
        // Three decimals without their trailing zeros (and no point left alone).
        let _ = write!(out, "{scaled:.3}");
        let digits = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(digits);
    }
    out.push_str(word);
    if !unit.is_empty() {
        out.push(' ');
        out.push_str(unit);
    }
}

pub fn format_interval(i: &Interval, unit: &str) -> String {
    let mut out = String::new();
    write_interval(&mut out, i, unit);
    out
}

/// Appends [`format_interval`] of `i` and `unit` to `out`.
fn write_interval(out: &mut String, i: &Interval, unit: &str) {
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) if i.lo == i.hi => write_number(out, i.lo, unit),
        (true, true) => {
            write_number(out, i.lo, "");
            out.push_str(" to ");
            write_number(out, i.hi, unit);
        }
        (true, false) => {
            out.push_str("at least ");
            write_number(out, i.lo, unit);
        }
        (false, true) => {
            out.push_str("at most ");
            write_number(out, i.hi, unit);
        }
        (false, false) => out.push_str("any value"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::claim::Bound;
    use crate::model::time::Date;

    fn source(doc: &str, published: (i32, u32, u32)) -> Source {
        Source {
            doc: doc.into(),
            publisher: Some(format!("Publisher {doc}")),
            title: None,
            published: Date::from_ymd(published.0, published.1, published.2),
            digest: Some(format!("digest of {doc}")),
        }
    }

    /// An investment figure of one made-up company.
    fn money(doc: &str, text: &str, value: f64, currency: &str, ambiguous: bool) -> Mention {
        let sentence = format!("Acme Robotics will invest {text} in the new plant.");
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Amount, text, start, start + text.chars().count());
        m.value = Some(value);
        m.bound = Some(Bound::Exact);
        m.unit = Some(currency.into());
        m.ambiguous = ambiguous;
        m.measure = Some("investment".into());
        m.subject = Some("Acme Robotics".into());
        m.sentence = sentence;
        m
    }

    fn run(mentions: Vec<Mention>) -> Analysis {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        analyse(sources, mentions, &Curation::default(), Rates::compiled())
    }

    fn figure_finding(a: &Analysis) -> &Finding {
        a.findings
            .iter()
            .find(|f| f.kind == Kind::Amount && f.scope == Scope::CrossSource)
            .expect("one money slot")
    }

    #[test]
    fn money_in_two_currencies_is_compared_at_the_rate_of_the_month() {
        // In March 2021 a euro was worth about 1.19 dollars: EUR 2.0 billion is about USD 2.38
        // billion.
        let a = run(vec![
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
            money("b", "€2.0 billion", 2.0e9, "EUR", false),
        ]);
        let f = figure_finding(&a);
        assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
        assert_eq!(f.rates.len(), 1);
        assert_eq!(f.rates[0].month, "2021-03");
        assert!(
            f.explanation.contains("Converted at 1 EUR"),
            "{}",
            f.explanation
        );

        let a = run(vec![
            money("a", "US$3.1 billion", 3.1e9, "USD", false),
            money("b", "€2.0 billion", 2.0e9, "EUR", false),
        ]);
        let f = figure_finding(&a);
        assert_eq!(f.verdict, Verdict::Conflict, "{}", f.explanation);
        let gap = f.gap.as_ref().unwrap();
        assert_eq!(gap.unit, "USD");
        assert!(gap.relative.unwrap() > 0.2, "{gap:?}");
    }

    #[test]
    fn a_bare_dollar_sign_is_stated_as_an_assumption() {
        let a = run(vec![
            money("a", "$2.4 billion", 2.4e9, "USD", true),
            money("b", "€2.0 billion", 2.0e9, "EUR", false),
        ]);
        let f = figure_finding(&a);
        assert!(
            f.assumptions.iter().any(|s| s.contains("“$” read as USD")),
            "{:?}",
            f.assumptions
        );
        assert!(f.explanation.contains("Assumes"), "{}", f.explanation);
    }

    #[test]
    fn mentions_in_one_article_and_its_copies_are_one_source() {
        let mut sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        // b is a syndicated copy of a.
        sources[1].digest = sources[0].digest.clone();
        let mentions = vec![
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
            money("b", "US$2.9 billion", 2.9e9, "USD", false),
        ];
        let a = analyse(sources, mentions, &Curation::default(), Rates::compiled());
        assert_eq!(figure_finding(&a).verdict, Verdict::Uncorroborated);
    }
}
