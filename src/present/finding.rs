//! Every sentence a finding shows: the explanation of its verdict, what it assumes, how a
//! quotation's renderings differ, and the numbers, intervals and rates in them. The analysis
//! gives structured findings ([`Basis`], [`Assumption`], [`Drift`]); the report, the graph
//! views and the findings graph all word them here, so they say the same thing everywhere.
//!
//! One file, over 800 lines, because those words are one vocabulary (how a value, a gap, a
//! pair of sources and a time of reporting are said) that every sentence shares; a quarter of
//! the lines are the tests that read them.

use crate::consistency::diff::Change;
use crate::consistency::fx::Rate;
use crate::consistency::interval::Interval;
use crate::consistency::{Analysis, Assumption, Basis, Drift, Finding, Verdict};
use crate::model::article::Source;
use crate::model::claim::{Kind, Mention};
use crate::model::frame;
use crate::present::frame::FigureFrame;
use std::fmt::Write as _;

/// How many pairs of sources (or sources) an explanation names; a slot with many sources names
/// the widest gaps and says how many more there are.
const MAX_DESCRIBED: usize = 6;

/// Words the findings of one analysis, with each source's name looked up once.
pub struct Explainer<'a> {
    analysis: &'a Analysis,
    /// [`Source::name`] of each source.
    names: Vec<String>,
}

impl<'a> Explainer<'a> {
    pub fn new(analysis: &'a Analysis) -> Explainer<'a> {
        Explainer {
            analysis,
            names: analysis.sources.iter().map(Source::name).collect(),
        }
    }

    /// Why `finding` has its verdict, in a few sentences.
    pub fn explanation(&self, finding: &Finding) -> String {
        let mut out = String::new();
        match &finding.basis {
            Basis::OneSource => self.write_one_source(&mut out, finding),
            Basis::Values { conflicts, apart } => {
                self.write_values_compared(&mut out, finding, conflicts, apart)
            }
            Basis::Quote => self.write_quote(&mut out, finding),
            Basis::Change { computed } => self.write_change(&mut out, finding, computed),
            Basis::Conversion { stated } => self.write_conversion(&mut out, finding, stated),
            Basis::NoRate { from, to, on } => {
                let _ = write!(
                    out,
                    "No {from}/{to} exchange rate for {}: the conversion could not be checked.",
                    on.map_or_else(|| "an undated article".to_owned(), |d| d.to_string())
                );
            }
            Basis::Total { cue } => self.write_total(&mut out, finding, cue),
        }
        out
    }

    /// One line per change of a quotation's rendering against the reference rendering: who
    /// has what the other does not.
    pub fn drift_summary(&self, drift: &Drift) -> Vec<String> {
        let name = self.source_name(drift.source);
        let reference = self.source_name(drift.reference);
        let changes = &drift.changes;
        let only_removed = changes.iter().all(|c| !matches!(c, Change::Added(_)));
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
        if let Some((theirs, its)) = drift.pieces {
            out.push(format!(
                "{name} gives it in {} where {reference} gives it in {}",
                quotations(its),
                quotations(theirs)
            ));
        }
        out
    }

    /// What a finding's claims are about, in words: a figure's frame ("people killed",
    /// "initial offer value of Acme", "price per share, 2019-01-01 to 2019-12-31"), else the
    /// slot's own label (a date's event, a quotation's speaker and opening words).
    /// A broad frame of no one ("money", "people") says nothing of what several claims share:
    /// the slot's label, which reads the words around them, says more.
    pub fn about(&self, finding: &Finding) -> String {
        match FigureFrame::of(self.analysis, finding) {
            Some(frame)
                if frame.subject.is_none()
                    && !frame.frame.specific
                    && finding.members.len() > 1 =>
            {
                finding.label.clone()
            }
            Some(frame) => frame.to_string(),
            None => finding.label.clone(),
        }
    }

    fn mention(&self, finding: &Finding, k: usize) -> &'a Mention {
        &self.analysis.mentions[finding.members[k].mention]
    }

    fn source_name(&self, source: usize) -> String {
        self.names
            .get(source)
            .cloned()
            .unwrap_or_else(|| format!("source {source}"))
    }

    /// The name of a mention's source, or its doc when it has none.
    fn name_of<'m>(&'m self, source: usize, m: &'m Mention) -> &'m str {
        self.names.get(source).unwrap_or(&m.doc)
    }

    fn write_one_source(&self, out: &mut String, finding: &Finding) {
        let m = self.mention(finding, 0);
        out.push_str("Only ");
        out.push_str(self.name_of(finding.members[0].source, m));
        out.push_str(" speaks to this");
        if finding.members.len() > 1 {
            let _ = write!(out, " ({} mentions)", finding.members.len());
        }
        out.push('.');
    }

    fn write_values_compared(
        &self,
        out: &mut String,
        finding: &Finding,
        conflicts: &[(usize, usize)],
        apart: &[usize],
    ) {
        match finding.verdict {
            // Any conflicting pair makes the verdict a conflict, and only then are there any.
            Verdict::Conflict => {
                let shown = &conflicts[..conflicts.len().min(MAX_DESCRIBED)];
                // One claim against many reads better said once than in a sentence per pair.
                let hub = most_shared(shown);
                let mut first = true;
                if let Some((hub, others)) = &hub {
                    self.write_conflicts_with(out, finding, *hub, others);
                    first = false;
                }
                for &(a, b) in shown {
                    if hub.as_ref().is_some_and(|(h, _)| a == *h || b == *h) {
                        continue;
                    }
                    if !first {
                        out.push(' ');
                    }
                    first = false;
                    self.write_conflict(out, finding, a, b);
                }
                if conflicts.len() > MAX_DESCRIBED {
                    let _ = write!(
                        out,
                        " And {} more pairs of sources that cannot both be true.",
                        conflicts.len() - MAX_DESCRIBED
                    );
                }
            }
            verdict => {
                out.push_str(match verdict {
                    Verdict::Compatible => {
                        "No two sources contradict each other, but some are vaguer than others: "
                    }
                    Verdict::Agree => "All sources agree: ",
                    // Every date has a value, yet no pair was compared: the analysis held
                    // them apart as dates of different happenings (or each article's news
                    // of its own day).
                    _ if finding.kind == Kind::Date
                        && finding.members.iter().all(|m| m.interval.is_some()) =>
                    {
                        "These dates tell of different happenings, so none is set against another: "
                    }
                    _ => "The sources' values could not be compared: ",
                });
                self.write_values(out, finding, |k| !apart.contains(&k));
                out.push('.');
                if !apart.is_empty() {
                    // Members the verdict does not cover: a reader sees them in the table.
                    out.push_str(
                        " Not set against the others (dates of another happening, or each \
                         its own article's news of the day): ",
                    );
                    self.write_values(out, finding, |k| apart.contains(&k));
                    out.push('.');
                }
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
            let assumptions: Vec<String> = finding.assumptions.iter().map(assumption).collect();
            let _ = write!(out, " Assumes: {}.", assumptions.join("; "));
        }
    }

    /// Appends `Source “text” (values)` for member `k`.
    fn write_member(&self, out: &mut String, finding: &Finding, k: usize) {
        let member = &finding.members[k];
        let m = self.mention(finding, k);
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
            (kind, Some(i)) => write_interval(out, &shown(kind, i), self.analysis.unit_of(finding)),
            _ => {}
        }
        out.push(')');
    }

    /// Appends the sentence on one conflicting pair of members.
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
        self.write_member(out, finding, lower);
        out.push_str(" and ");
        self.write_member(out, finding, upper);
        out.push_str(" cannot both be true: ");
        self.write_gap(out, finding, a, b);
        out.push_str(" apart.");
        self.write_time_of_reporting(out, finding, a, b);
    }

    /// Appends the sentence on member `hub` against each of `others`, all in conflict with it.
    fn write_conflicts_with(
        &self,
        out: &mut String,
        finding: &Finding,
        hub: usize,
        others: &[usize],
    ) {
        self.write_member(out, finding, hub);
        let _ = write!(out, " cannot be true with any of these {}: ", others.len());
        let mut reported_apart = None;
        for (n, &other) in others.iter().enumerate() {
            if n > 0 {
                out.push_str("; ");
            }
            self.write_member(out, finding, other);
            out.push_str(", ");
            self.write_gap(out, finding, hub, other);
            out.push_str(" apart");
            // A changing value: when each other report came out, against the hub's.
            if let Some((days, what)) = self.days_between_reports(finding, hub, other) {
                let (n, which, when) = if days > 0 {
                    (days, "a later", "after")
                } else {
                    (-days, "an earlier", "before")
                };
                let days = if n == 1 { "day" } else { "days" };
                let _ = write!(out, ", {which} report ({n} {days} {when})");
                reported_apart = Some(what);
            }
        }
        out.push('.');
        if let Some(what) = reported_apart {
            let _ = write!(out, " The {what} may have changed between the reports.");
        }
    }

    /// For a value that can change while a story unfolds, the days from member `a`'s
    /// publication to member `b`'s when they differ, and what may have changed.
    fn days_between_reports(
        &self,
        finding: &Finding,
        a: usize,
        b: usize,
    ) -> Option<(i32, &'static str)> {
        let what = self.what_may_change(finding, a, b)?;
        let days = self.published(finding, b)? - self.published(finding, a)?;
        (days != 0).then_some((days, what))
    }

    /// The day member `k`'s article came out, in days since 1970-01-01.
    fn published(&self, finding: &Finding, k: usize) -> Option<i32> {
        self.analysis
            .sources
            .get(finding.members[k].source)
            .and_then(|s| s.published)
            .map(|d| d.days_since_epoch())
    }

    /// What of members `a` and `b`'s claims may change between reports: a count that can
    /// change (a toll: "the count"), or dates each still ahead when its article came out (a
    /// launch "next month" against "on Tuesday": "the schedule", which slips as a story goes
    /// on). A later report of its own day ("lifts off today") against an earlier report's plan
    /// is the schedule moving too; two reports of days already come are not.
    fn what_may_change(&self, finding: &Finding, a: usize, b: usize) -> Option<&'static str> {
        match finding.kind {
            Kind::Count => frame::of(self.mention(finding, a))
                .is_some_and(|f| f.can_change())
                .then_some("count"),
            Kind::Date => {
                // How far member `k`'s date lies after its article's day (0: that day).
                let ahead = |k: usize| {
                    let day = self.published(finding, k)?;
                    Some(finding.members[k].interval?.lo - f64::from(day))
                };
                let (Some(pa), Some(pb)) = (self.published(finding, a), self.published(finding, b))
                else {
                    return None;
                };
                let (earlier, later) = if pa <= pb { (a, b) } else { (b, a) };
                // The earlier report names a plan; the later one a day not yet past.
                let planned = ahead(earlier).is_some_and(|d| d > 0.0);
                let not_past =
                    ahead(later).is_some_and(|d| if pa == pb { d > 0.0 } else { d >= 0.0 });
                (planned && not_past).then_some("schedule")
            }
            _ => None,
        }
    }

    /// Appends how far apart members `a` and `b` are: days for dates, the unit and the share
    /// of the nearer value for figures.
    fn write_gap(&self, out: &mut String, finding: &Finding, a: usize, b: usize) {
        let interval = |k: usize| {
            finding.members[k]
                .interval
                .unwrap_or(Interval::new(0.0, 0.0))
        };
        let (ia, ib) = (interval(a), interval(b));
        let gap = ia.gap(&ib);
        if finding.kind == Kind::Date {
            let gap = gap.ceil();
            let _ = write!(out, "{gap} day{}", if gap == 1.0 { "" } else { "s" });
        } else {
            // Counts come whole, and so does the distance between two of them.
            let gap = if finding.kind == Kind::Count && gap > 0.0 {
                gap.round().max(1.0)
            } else {
                gap
            };
            write_number(out, gap, self.analysis.gap_unit_of(finding));
            if let Some(r) = ia.relative_gap(&ib) {
                let _ = write!(out, ", {:.1} %", r * 100.0);
            }
        }
    }

    /// For a value that can change (a toll, a schedule), when the two sources came out on
    /// different days: which is the earlier report and by how much, so that a reader sees a
    /// story unfold rather than a contradiction.
    fn write_time_of_reporting(&self, out: &mut String, finding: &Finding, a: usize, b: usize) {
        let Some((days, what)) = self.days_between_reports(finding, a, b) else {
            return;
        };
        let (earlier, gap) = if days > 0 { (a, days) } else { (b, -days) };
        let m = self.mention(finding, earlier);
        let _ = write!(
            out,
            " {} is the earlier report ({gap} day{} before): the {what} may have changed since.",
            self.name_of(finding.members[earlier].source, m),
            if gap == 1 { "" } else { "s" }
        );
    }

    /// Appends the values of the first member of each source (copies count once; a few
    /// sources, then how many more), separated by "; ".
    /// The first member of each source among the members `keep` takes.
    fn write_values(&self, out: &mut String, finding: &Finding, keep: impl Fn(usize) -> bool) {
        let mut seen: Vec<usize> = Vec::new();
        let mut firsts = 0;
        for (k, m) in finding.members.iter().enumerate() {
            if !keep(k) {
                continue;
            }
            let key = self
                .analysis
                .copy_of
                .get(m.source)
                .copied()
                .unwrap_or(m.source);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if firsts < MAX_DESCRIBED {
                if firsts > 0 {
                    out.push_str("; ");
                }
                self.write_member(out, finding, k);
            }
            firsts += 1;
        }
        if firsts > MAX_DESCRIBED {
            let _ = write!(out, "; and {} more sources", firsts - MAX_DESCRIBED);
        }
    }

    fn write_quote(&self, out: &mut String, finding: &Finding) {
        let Some(first) = finding.drift.first() else {
            return;
        };
        let reference = self.source_name(first.reference);
        let lines: Vec<String> = finding
            .drift
            .iter()
            .flat_map(|d| self.drift_summary(d))
            .collect();
        let reworded = finding
            .drift
            .iter()
            .any(|d| d.changes.iter().any(|c| !matches!(c, Change::Same(_))));
        if lines.is_empty() {
            let _ = write!(
                out,
                "The same words in every source; {reference} has the fullest rendering."
            );
        } else if !reworded {
            let _ = write!(
                out,
                "The same words in every source, set out in more or fewer quotations (against {reference}, the fullest): {}",
                lines.join("; ")
            );
        } else {
            let _ = write!(
                out,
                "One quotation, worded differently (against {reference}, the fullest): {}",
                lines.join("; ")
            );
        }
    }

    fn write_change(&self, out: &mut String, finding: &Finding, computed: &Interval) {
        let (stated, from, to) = (
            self.mention(finding, 0),
            self.mention(finding, 1),
            self.mention(finding, 2),
        );
        let what = if stated.kind == Kind::Ratio {
            "times"
        } else {
            "percent"
        };
        let _ = write!(
            out,
            "{} to {} is {} {what}; the article says “{}” ({}): {}.",
            from.text,
            to.text,
            format_interval(computed, ""),
            stated.text,
            interval_of(finding, 0).map_or_else(String::new, |i| format_interval(&i, "")),
            if finding.verdict == Verdict::Conflict {
                "the figures do not bear it out"
            } else {
                "consistent"
            }
        );
    }

    fn write_conversion(&self, out: &mut String, finding: &Finding, stated: &Interval) {
        let (a, b) = (self.mention(finding, 0), self.mention(finding, 1));
        let (ca, cb) = (
            a.unit.as_deref().unwrap_or_default(),
            b.unit.as_deref().unwrap_or_default(),
        );
        let shown = |k: usize, unit: &str| {
            interval_of(finding, k).map_or_else(String::new, |i| format_interval(&i, unit))
        };
        let _ = write!(
            out,
            "{} ({}) at {} is {}; the article gives {} ({}): {}.",
            a.text,
            format_interval(stated, ca),
            finding
                .rates
                .first()
                .map_or_else(String::new, describe_rate),
            shown(0, cb),
            b.text,
            shown(1, cb),
            if finding.verdict == Verdict::Conflict {
                "the conversion is off"
            } else {
                "consistent within the rounding of both figures"
            }
        );
    }

    fn write_total(&self, out: &mut String, finding: &Finding, cue: &str) {
        let parts = 1..finding.members.len();
        let names: Vec<&str> = parts
            .clone()
            .map(|k| self.mention(finding, k).text.as_str())
            .collect();
        let sum: f64 = parts
            .filter_map(|k| interval_of(finding, k))
            .map(|i| i.lo)
            .sum();
        let _ = write!(
            out,
            "The parts after “{cue}” ({}) add up to at least {}, against a total of {}: {}.",
            names.join(", "),
            format_interval(&Interval::new(sum, sum), ""),
            interval_of(finding, 0).map_or_else(String::new, |i| format_interval(&i, "")),
            if finding.verdict == Verdict::Conflict {
                "more than the total"
            } else {
                "within it"
            }
        );
    }
}

/// "one quotation", "two quotations", "5 quotations".
fn quotations(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let count = WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned());
    format!("{count} quotation{}", if n == 1 { "" } else { "s" })
}

fn interval_of(finding: &Finding, k: usize) -> Option<Interval> {
    finding.members.get(k).and_then(|m| m.interval)
}

/// What a verdict takes for granted, as a clause ("“$” read as USD").
pub fn assumption(a: &Assumption) -> String {
    match a {
        Assumption::ReadAs { sign, currency } => format!("“{sign}” read as {currency}"),
        Assumption::BareDollar => "a bare “$” read as US dollars".to_owned(),
        Assumption::Undated { currency, doc } => {
            format!("{currency} not compared: {doc} has no date")
        }
        Assumption::NoRate { from, to, on } => {
            format!("no {from}/{to} rate for {on}: not compared")
        }
    }
}

/// "1 EUR = 1.1900 USD (2021-03, ECB)".
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

/// `v` rounded to `digits` significant digits.
fn to_significant_digits(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(digits - v.abs().log10().ceil() as i32);
    let rounded = (v * scale).round() / scale;
    if rounded.is_finite() {
        rounded
    } else {
        v
    }
}

/// Puts a comma between each three digits of the whole part of the number written in
/// `out` from `start` on.
fn group_thousands(out: &mut String, start: usize) {
    let written = out.split_off(start);
    let (sign, rest) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written.as_str()),
    };
    let whole_end = rest.find('.').unwrap_or(rest.len());
    let (whole, fraction) = rest.split_at(whole_end);
    out.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out.push_str(fraction);
}

/// Appends [`format_number`] of `v` and `unit` to `out`.
fn write_number(out: &mut String, v: f64, unit: &str) {
    if !v.is_finite() {
        out.push_str("unbounded");
        return;
    }
    // A rounding's upper end stops a floating-point step short of the next figure
    // (`consistency::interval`): say it as the figure it stops at.
    let v = to_significant_digits(v, 12);
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
    let start = out.len();
    if scaled.fract() == 0.0 {
        let _ = write!(out, "{scaled:.0}");
    } else if scaled.abs() >= 100.0 {
        let _ = write!(out, "{scaled:.1}");
    } else {
        write_decimals(out, scaled, 3);
    }
    // "335,000 to 345,000", as news writes them; four digits stay as they are ("1200").
    if scaled.abs() >= 10_000.0 {
        group_thousands(out, start);
    }
    out.push_str(word);
    write_unit(out, v, unit);
}

/// Appends `v` with at most `decimals` decimals, without their trailing zeros (and no point
/// left alone).
fn write_decimals(out: &mut String, v: f64, decimals: usize) {
    let start = out.len();
    let _ = write!(out, "{v:.decimals$}");
    let digits = out[start..]
        .trim_end_matches('0')
        .trim_end_matches('.')
        .len();
    out.truncate(start + digits);
}

/// Appends " `unit`" after a number `v`, singular for one; nothing for no unit.
fn write_unit(out: &mut String, v: f64, unit: &str) {
    if !unit.is_empty() {
        out.push(' ');
        if v == 1.0 {
            write_singular(out, unit);
        } else {
            out.push_str(unit);
        }
    }
}

/// Appends `v` with up to four decimals, digits grouped as [`write_number`] groups them: the
/// ends of a narrow interval.
fn write_fine(out: &mut String, v: f64) {
    let start = out.len();
    write_decimals(out, to_significant_digits(v, 12), 4);
    if v.abs() >= 10_000.0 {
        group_thousands(out, start);
    }
}

/// Appends `unit` with its first word in the singular, for a count of one: "1 person killed",
/// "1 gun", "1 casualty"; a word not plural by the regular rules ("USD", "bus") stays.
fn write_singular(out: &mut String, unit: &str) {
    let (first, rest) = unit.split_once(' ').unwrap_or((unit, ""));
    let singular = match first {
        "people" => "person".to_owned(),
        _ if first.ends_with("ies") && first.len() > 4 => format!("{}y", &first[..first.len() - 3]),
        _ if first.ends_with('s')
            && !first.ends_with("ss")
            && !first.ends_with("us")
            && first.len() > 3
            && first.chars().all(|c| c.is_lowercase()) =>
        {
            first[..first.len() - 1].to_owned()
        }
        _ => first.to_owned(),
    };
    out.push_str(&singular);
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(rest);
    }
}

/// A value's interval as a reader is shown it: a count's as the whole numbers it allows
/// ("around 202" is 182 to 222 people, not 181.8 to 222.2: people and things come whole); any
/// other value's, and a count's with no whole number inside, as compared.
pub fn shown(kind: Kind, i: Interval) -> Interval {
    // An end a floating-point step from a whole number is that number: a rounding's upper end
    // stops just short of the next rounding's lower one ("340,000" ends short of 345,000).
    let whole = |v: f64, inward: fn(f64) -> f64| {
        let near = v.round();
        if (v - near).abs() <= 1e-9 * v.abs().max(1.0) {
            near
        } else {
            inward(v)
        }
    };
    let (lo, hi) = (whole(i.lo, f64::ceil), whole(i.hi, f64::floor));
    if kind == Kind::Count && lo <= hi {
        Interval { lo, hi, ..i }
    } else {
        i
    }
}

/// The values an interval allows: "5.75 billion to 5.85 billion USD", "at least 30 people".
pub fn format_interval(i: &Interval, unit: &str) -> String {
    let mut out = String::new();
    write_interval(&mut out, i, unit);
    out
}

/// Appends [`format_interval`] of `i` and `unit` to `out`.
fn write_interval(out: &mut String, i: &Interval, unit: &str) {
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) if i.lo == i.hi => write_number(out, i.lo, unit),
        // "nearly 80": nothing below zero is meant, so "at most 80", not "0 to 80".
        (true, true) if i.lo == 0.0 && i.hi > 0.0 => {
            out.push_str("at most ");
            write_number(out, i.hi, unit);
        }
        (true, true) => {
            let start = out.len();
            write_number(out, i.lo, "");
            let lo_end = out.len();
            out.push_str(" to ");
            write_number(out, i.hi, "");
            // A figure of more than 100 to the cent ("$284.46": 284.455 to 284.465) would read
            // "284.5 to 284.5" at a report's usual tenth: its ends get the digits that tell
            // them apart.
            if out[start..lo_end] == out[lo_end + 4..] && i.hi.abs() < 1e6 {
                out.truncate(start);
                write_fine(out, i.lo);
                out.push_str(" to ");
                write_fine(out, i.hi);
            }
            write_unit(out, to_significant_digits(i.hi, 12), unit);
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

/// The member most of `pairs` share, when three or more do, with the others it is paired with
/// in the pairs' order.
fn most_shared(pairs: &[(usize, usize)]) -> Option<(usize, Vec<usize>)> {
    let shared = |k: usize| pairs.iter().filter(|&&(a, b)| a == k || b == k).count();
    let hub = pairs
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .map(|k| (shared(k), k))
        // The first of the most shared: pairs come widest gap first.
        .fold(None, |best: Option<(usize, usize)>, (n, k)| match best {
            Some((most, _)) if most >= n => best,
            _ => Some((n, k)),
        })
        .filter(|&(n, _)| n >= 3)?
        .1;
    let others = pairs
        .iter()
        .filter_map(|&(a, b)| match (a == hub, b == hub) {
            (true, _) => Some(b),
            (_, true) => Some(a),
            _ => None,
        })
        .collect();
    Some((hub, others))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::curation::Curation;
    use crate::consistency::fixtures::{day, money, one_story, source, toll};
    use crate::consistency::fx::Rates;
    use crate::consistency::{self, Scope};

    #[test]
    fn a_counts_interval_is_shown_as_the_whole_numbers_it_allows() {
        let shown_text = |kind, lo, hi| format_interval(&shown(kind, Interval::new(lo, hi)), "");
        // "around 202" read as 202 give or take a tenth.
        assert_eq!(shown_text(Kind::Count, 181.8, 222.2), "182 to 222");
        // A rounding's upper end stops a floating-point step short of the next figure.
        let short = 345_000.0 - 345_000.0 * f64::EPSILON;
        assert_eq!(
            shown_text(Kind::Count, 335_000.0, short),
            "335,000 to 345,000"
        );
        // "a couple": 1.8 to 2.2 allows only 2.
        assert_eq!(shown_text(Kind::Count, 1.8, 2.2), "2");
        // No whole number inside: as compared. Other kinds: as compared.
        assert_eq!(shown_text(Kind::Count, 2.2, 2.8), "2.2 to 2.8");
        assert_eq!(shown_text(Kind::Duration, 4.5, 5.5), "4.5 to 5.5");
    }

    #[test]
    fn dates_an_agreement_does_not_cover_are_named_apart() {
        let date = |doc: &str, text: &str, (m, d): (u32, u32), sentence: &str| {
            day(doc, text, (2022, m, d), sentence)
        };
        // Two articles of May 3 date one test firing; one of May 21 dates its own day's
        // firing: a launch recurs, so it is set against neither, and the agreement of the
        // first two does not cover it.
        let sources = vec![
            source("a", (2022, 5, 3)),
            source("b", (2022, 5, 3)),
            source("c", (2022, 5, 21)),
        ];
        let says = |day: &str| format!("Velmar launched a test rocket over the strait on {day}.");
        let mentions = vec![
            date("a", "on May 2", (5, 2), &says("May 2")),
            date("b", "on May 2", (5, 2), &says("May 2")),
            date("c", "on May 20", (5, 20), &says("May 20")),
        ];
        let analysis = one_story(sources, mentions);
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.kind == Kind::Date && f.members.len() == 3)
            .expect("one slot of the three dates");
        assert_eq!(finding.verdict, Verdict::Agree);
        let text = Explainer::new(&analysis).explanation(finding);
        let (covered, apart) = text.split_once(" Not set against the others").expect(&text);
        assert!(covered.starts_with("All sources agree: "), "{text}");
        assert!(!covered.contains("May 20"), "{text}");
        assert!(apart.contains("“on May 20”"), "{text}");
    }

    #[test]
    fn a_toll_reported_earlier_says_so() {
        // 63 dead in an article of March 10, 70 killed in one of March 12: both reports are
        // of the death toll, and the first came out two days before the second.
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 12))];
        let mentions = vec![
            toll("a", 63.0, "The president said 63 people died."),
            toll("b", 70.0, "At least 70 people were killed by the gunman."),
        ];
        let analysis = one_story(sources, mentions);
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.verdict == Verdict::Conflict)
            .expect("the two tolls conflict");
        let text = Explainer::new(&analysis).explanation(finding);
        assert!(
            text.ends_with(
                "Publisher a (a) is the earlier report (2 days before): the count may have changed since."
            ),
            "{text}"
        );
    }

    #[test]
    fn a_date_still_ahead_in_both_reports_says_the_schedule_may_have_changed() {
        // A sailing announced on March 1 for March 20; a second article, out on `published`,
        // gives March 27 in `sentence`: the explanation of their conflict.
        let first = "The new Harrowgate ferry will make its first sailing on March 20.";
        let explain = |published: (i32, u32, u32), text: &str, sentence: &str| {
            let sources = vec![source("a", (2021, 3, 1)), source("b", published)];
            let analysis = one_story(
                sources,
                vec![
                    day("a", "on March 20", (2021, 3, 20), first),
                    day("b", text, (2021, 3, 27), sentence),
                ],
            );
            let finding = analysis
                .findings
                .iter()
                .find(|f| f.verdict == Verdict::Conflict)
                .expect("the two sailing dates conflict");
            Explainer::new(&analysis).explanation(finding)
        };
        let later = "The new Harrowgate ferry will make its first sailing on March 27.";
        let text = explain((2021, 3, 15), "on March 27", later);
        assert!(
            text.ends_with(
                "Publisher a (a) is the earlier report (14 days before): the schedule may have changed since."
            ),
            "{text}"
        );
        // A date already past when one article came out is a record, not a plan.
        let text = explain((2021, 3, 30), "on March 27", later);
        assert!(!text.contains("earlier report"), "{text}");
        // Reported on the day itself, the sailing is still the plan that moved.
        let today = "The new Harrowgate ferry makes its first sailing today, March 27.";
        let text = explain((2021, 3, 27), "March 27", today);
        assert!(
            text.ends_with(
                "Publisher a (a) is the earlier report (26 days before): the schedule may have changed since."
            ),
            "{text}"
        );
    }

    #[test]
    fn a_figure_finding_is_about_its_frame_in_words() {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 12))];
        let mentions = vec![
            toll("a", 63.0, "Officials said 63 people died."),
            toll("b", 70.0, "At least 70 people were killed by the gunman."),
        ];
        let analysis = one_story(sources, mentions);
        let finding = &analysis.findings[0];
        assert_eq!(Explainer::new(&analysis).about(finding), "people killed");
        let frame = FigureFrame::of(&analysis, finding).unwrap();
        assert_eq!(frame.frame.measure, "killed");
        assert_eq!(frame.subject, None);
    }

    #[test]
    fn one_toll_against_several_is_said_once_with_when_each_came_out() {
        // Tolls of 63 (March 10), 64 and 66 (March 11) and 70 (March 12).
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 11)),
            source("d", (2021, 3, 12)),
        ];
        let mentions = vec![
            toll("a", 63.0, "Officials said 63 people died."),
            toll("b", 64.0, "Officials said 64 people died."),
            toll("c", 66.0, "Officials said 66 people died."),
            toll("d", 70.0, "Officials said 70 people died."),
        ];
        let analysis = one_story(sources, mentions);
        let finding = &analysis.findings[0];
        assert_eq!(finding.verdict, Verdict::Conflict);
        let text = Explainer::new(&analysis).explanation(finding);
        // Every pair conflicts; the claim of the widest gap (a's 63 against d's 70) is said
        // once against the three others, each with when it came out against a's March 10.
        assert!(
            text.starts_with(
                "Publisher a (a) “63” (63 people) cannot be true with any of these 3: Publisher d (d) “70” (70 people), 7 people, 11.1 % apart, a later report (2 days after); Publisher c (c) “66” (66 people), 3 people, 4.8 % apart, a later report (1 day after); "
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "a later report (1 day after). The count may have changed between the reports. "
            ),
            "{text}"
        );
        // The pairs without a are each said in full, with the earlier report named.
        assert!(
            text.contains("Publisher b (b) “64” (64 people) and Publisher d (d) “70” (70 people) cannot both be true: 6 people, 9.4 % apart. Publisher b (b) is the earlier report (1 day before)"),
            "{text}"
        );
    }

    #[test]
    fn dates_held_apart_say_they_tell_of_different_happenings() {
        // Each article dates the news of its own day, weeks apart: linked, never compared.
        let date = |doc: &str, d: u32, sentence: &str| {
            let start = sentence.find("on ").unwrap();
            let text = &sentence[start..sentence.len() - 1];
            crate::consistency::fixtures::day(doc, text, (2022, 5, d), sentence)
        };
        let sources = vec![source("a", (2022, 5, 3)), source("b", (2022, 5, 21))];
        let mentions = vec![
            date(
                "a",
                3,
                "Velmar fired a test rocket over the strait on Tuesday.",
            ),
            date(
                "b",
                20,
                "Velmar fired a test rocket over the strait on Friday.",
            ),
        ];
        let analysis = one_story(sources, mentions);
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.members.len() == 2)
            .expect("the two dates share a slot");
        assert_eq!(finding.verdict, Verdict::Uncorroborated);
        let text = Explainer::new(&analysis).explanation(finding);
        assert!(
            text.starts_with("These dates tell of different happenings"),
            "{text}"
        );
    }

    #[test]
    fn numbers_read_as_english() {
        assert_eq!(format_number(1.0, "people killed"), "1 person killed");
        assert_eq!(format_number(10_000.0, ""), "10,000");
        assert_eq!(format_number(345_000.0, "people"), "345,000 people");
        assert_eq!(format_number(-123_456.5, ""), "-123,456.5");
        assert_eq!(format_number(9_999.0, ""), "9999");
        assert_eq!(format_number(2_500_000.0, "USD"), "2.5 million USD");
        assert_eq!(format_number(1.0, "guns"), "1 gun");
        assert_eq!(format_number(1.0, "casualties"), "1 casualty");
        assert_eq!(format_number(1.0, "USD"), "1 USD");
        assert_eq!(format_number(1.0, "bus"), "1 bus");
        assert_eq!(format_number(2.0, "people"), "2 people");
        assert_eq!(
            format_interval(&Interval::new(0.0, 80.0), "people"),
            "at most 80 people"
        );
        assert_eq!(
            format_interval(&Interval::new(5.75e9, 5.85e9), "USD"),
            "5.75 billion to 5.85 billion USD"
        );
        assert_eq!(
            format_interval(&Interval::new(312.455, 312.465), "USD"),
            "312.455 to 312.465 USD"
        );
        assert_eq!(
            format_interval(&Interval::new(41_250.335, 41_250.345), "USD"),
            "41,250.335 to 41,250.345 USD"
        );
    }

    fn explained(mentions: Vec<Mention>) -> Vec<String> {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let analysis = consistency::analyse(
            sources,
            mentions,
            &Curation::default(),
            Rates::compiled(),
            None,
        );
        let explainer = Explainer::new(&analysis);
        analysis
            .findings
            .iter()
            .filter(|f| f.scope == Scope::CrossSource)
            .map(|f| explainer.explanation(f))
            .collect()
    }

    #[test]
    fn a_conflict_names_both_sources_their_values_and_the_gap() {
        let found = explained(vec![
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
            money("b", "US$3.0 billion", 3.0e9, "USD", false),
        ]);
        // Each figure stands for what rounds to it: 2.35 to 2.45 billion, 2.95 to 3.05 billion;
        // the nearer ends are 500 million apart, 20.4 % of 2.45 billion.
        let expected = "Publisher a (a) “US$2.4 billion” (2.35 billion to 2.45 billion USD) and \
                        Publisher b (b) “US$3.0 billion” (2.95 billion to 3.05 billion USD) cannot \
                        both be true: 500 million USD, 20.4 % apart.";
        assert_eq!(found, [expected]);
    }

    #[test]
    fn a_conversion_and_an_assumed_currency_are_said() {
        let found = explained(vec![
            money("a", "$2.4 billion", 2.4e9, "USD", true),
            money("b", "€2.0 billion", 2.0e9, "EUR", false),
        ]);
        assert_eq!(found.len(), 1);
        let text = &found[0];
        assert!(text.starts_with("All sources agree: "), "{text}");
        assert!(text.contains(" Converted at 1 EUR = 1.1"), "{text}");
        assert!(text.contains("USD (2021-03, "), "{text}");
        assert!(text.ends_with(" Assumes: “$” read as USD."), "{text}");
    }

    #[test]
    fn one_source_is_said_to_stand_alone() {
        let found = explained(vec![
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
        ]);
        assert_eq!(found, ["Only Publisher a (a) speaks to this (2 mentions)."]);
    }

    #[test]
    fn quote_drift_says_who_has_what() {
        let drift = Drift {
            reference: 0,
            source: 1,
            changes: vec![
                Change::Same("we".into()),
                Change::Removed("plans".into()),
                Change::Added("plan".into()),
            ],
            pieces: None,
        };
        let analysis = consistency::analyse(
            vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))],
            Vec::new(),
            &Curation::default(),
            Rates::compiled(),
            None,
        );
        assert_eq!(
            Explainer::new(&analysis).drift_summary(&drift),
            ["Publisher b (b) has “plan” where Publisher a (a) has “plans”"]
        );
    }

    #[test]
    fn numbers_read_as_a_report_says_them() {
        assert_eq!(format_number(2.5e9, "USD"), "2.5 billion USD");
        assert_eq!(format_number(1_250_000.0, ""), "1.25 million");
        assert_eq!(format_number(12.3456, "times"), "12.346 times");
        assert_eq!(format_number(150.25, ""), "150.2");
        assert_eq!(format_number(f64::INFINITY, ""), "unbounded");
        assert_eq!(
            format_interval(&Interval::new(30.0, f64::INFINITY), "people"),
            "at least 30 people"
        );
        assert_eq!(
            format_interval(&Interval::new(5.75e9, 5.85e9), "USD"),
            "5.75 billion to 5.85 billion USD"
        );
    }
}
