//! Normalisation: every figure and date becomes the interval of values it allows, so that claims
//! are compared as sets, not as points. A bound opens one end ("over 400" is 400 and up), a
//! hedge widens both ("about 250"), the way a number is written gives its rounding ("$4.3
//! billion" covers 4.25 to 4.35 billion) and a date covers every day of its period ("2017" is
//! 365 days).

use crate::model::claim::{Bound, DateBasis, Kind, Mention};
use crate::model::time::Date;

/// How far "about", "around" or "some" may stray from the stated figure, as a fraction of it.
pub const APPROX_TOLERANCE: f64 = 0.10;

/// Below this share of the values, a gap between two intervals is only the open end of a
/// rounding (see [`below_rounding_end`]).
const TOUCHING: f64 = 1e-12;

/// Words before a figure that put it just below the figure written ("almost 900,000", "nearly
/// four years"): the writer rounded up to the nearest figure at the precision written, so the
/// value lies within one step of that precision below it, not anywhere down to nothing as
/// after "up to" or "fewer than".
const JUST_BELOW: [&str; 5] = ["almost", "nearly", "just under", "just shy of", "not quite"];

/// A closed interval of possible values; an open bound is an infinite end. For dates the values
/// are days since 1970-01-01, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    /// A hedge put the value near the figure written ("about 900,000") or just below it
    /// ("almost 900,000"): another figure inside it, written without that hedge, is a reading
    /// it allows, not the same reading.
    #[serde(skip)]
    pub hedge: Option<Hedge>,
}

/// How a hedge places the value against the figure written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// "About", "around", "some": either side.
    Near,
    /// "Almost", "nearly", "just under": just below.
    Below,
}

impl Interval {
    pub fn new(lo: f64, hi: f64) -> Interval {
        Interval {
            lo: lo.min(hi),
            hi: lo.max(hi),
            hedge: None,
        }
    }

    /// The same values, read from a hedged figure.
    pub fn hedged(self, hedge: Hedge) -> Interval {
        Interval {
            hedge: Some(hedge),
            ..self
        }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// True when every value of `other` is in `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }

    pub fn width(&self) -> f64 {
        self.hi - self.lo
    }

    /// The distance between two intervals that do not overlap (0 when they do). Two roundings
    /// that only touch ("120,000" ends just short of 125,000, where "130,000" begins) are as far
    /// apart as the figures written, not the width of a floating-point step.
    pub fn gap(&self, other: &Interval) -> f64 {
        let between = if self.overlaps(other) {
            return 0.0;
        } else if self.hi < other.lo {
            other.lo - self.hi
        } else {
            self.lo - other.hi
        };
        let scale = [self.lo, self.hi, other.lo, other.hi]
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(1.0, |m: f64, v| m.max(v.abs()));
        if between <= TOUCHING * scale && self.is_bounded() && other.is_bounded() {
            ((self.lo + self.hi) - (other.lo + other.hi)).abs() / 2.0
        } else {
            between
        }
    }

    /// The gap relative to the nearer ends that face each other: "$4.3 billion" against "$5.5
    /// billion" is 1.1 billion apart, 25 % of 4.35 billion. `None` when they overlap or an end
    /// is zero.
    pub fn relative_gap(&self, other: &Interval) -> Option<f64> {
        let gap = self.gap(other);
        if gap == 0.0 {
            return None;
        }
        let near = if self.hi < other.lo {
            self.hi.abs().min(other.lo.abs())
        } else {
            self.lo.abs().min(other.hi.abs())
        };
        (near > 0.0 && near.is_finite()).then(|| gap / near)
    }

    pub fn scaled(&self, factor: f64) -> Interval {
        Interval {
            hedge: self.hedge,
            ..Interval::new(self.lo * factor, self.hi * factor)
        }
    }

    /// True when both ends are finite.
    pub fn is_bounded(&self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }
}

/// The rounding step of a figure as written: `4.3` with a scale word is a tenth of the scale,
/// `30 billion` one billion, `512,000` a thousand (three or more trailing zeros on a number
/// written out in full read as rounding), `2,861` one. Words ("doubled", "dozens") have no
/// digits and no step.
pub fn rounding_step(text: &str, value: f64) -> f64 {
    step_of(text, value, 3)
}

/// The step of the last digit written ("900,000": 100,000; "1,300": 100; "4.4 billion": 0.1
/// billion), what "almost" counts down from; 0 for a figure in words.
fn precision_step(text: &str, value: f64) -> f64 {
    step_of(text, value, 1)
}

/// True for a figure's text that puts its value just below the figure written ("almost").
fn just_below(text: &str) -> bool {
    let text = text.trim_start().to_lowercase();
    JUST_BELOW.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace()))
    })
}

/// The upper end of a rounding: the half-step above the figure belongs to the next figure up at
/// the same precision, so "120,000" and "130,000" (each rounded to 10,000) do not meet at
/// 125,000: two different round figures cannot both be the one written.
fn below_rounding_end(end: f64) -> f64 {
    end.next_down()
}

/// The step of a written figure's last digit that counts: trailing zeros of a whole number read
/// as rounding from `min_zeros` of them on.
fn step_of(text: &str, value: f64, min_zeros: usize) -> f64 {
    // The written number the value expands: in "3–5" with value 5, the 5.
    let Some((digits, number)) = numbers(text).find(|(_, n)| {
        let scale = value / n;
        scale >= 1.0 && (scale.log10() - scale.log10().round()).abs() < 1e-9
    }) else {
        return 0.0;
    };
    let scale = value / number;
    let fraction_digits = digits.split_once('.').map_or(0, |(_, f)| f.len());
    if fraction_digits > 0 {
        return 10f64.powi(-(fraction_digits as i32)) * scale;
    }
    if scale > 1.0 {
        return scale;
    }
    let trailing_zeros = digits.chars().rev().take_while(|c| *c == '0').count();
    if trailing_zeros >= min_zeros && trailing_zeros < digits.len() {
        10f64.powi(trailing_zeros as i32)
    } else {
        1.0
    }
}

/// The written numbers of a figure's text, without thousands commas, with their values.
fn numbers(text: &str) -> impl Iterator<Item = (String, f64)> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || loop {
        let written = first_number(rest)?;
        let at = rest.find(written).unwrap_or(0);
        rest = &rest[at + written.len().max(1)..];
        let digits: String = written.chars().filter(|c| *c != ',').collect();
        if let Ok(n) = digits.parse::<f64>() {
            if n != 0.0 {
                return Some((digits, n));
            }
        }
    })
}

/// The first run of digits (with thousands commas and one decimal point) in a figure's text.
fn first_number(text: &str) -> Option<&str> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() {
        let b = bytes[end];
        let joins_digits = (b == b',' || b == b'.')
            && end + 1 < bytes.len()
            && bytes[end + 1].is_ascii_digit()
            && end > 0;
        if b.is_ascii_digit() || joins_digits {
            end += 1;
        } else {
            break;
        }
    }
    Some(&rest[..end])
}

/// The values a figure allows (amounts in their own currency), or `None` for a mention without
/// a value.
pub fn of_figure(m: &Mention) -> Option<Interval> {
    let value = m.value?;
    let step = rounding_step(&m.text, value);
    // Things counted are whole: "58" people are 58, not anything that rounds to 58, so a
    // count written to the unit is exact and 58 against 59 is a conflict, not two readings
    // that touch at 58.5.
    let step = if m.kind == Kind::Count && step == 1.0 {
        0.0
    } else {
        step
    };
    let half_step = step / 2.0;
    let floor = if m.kind == Kind::Percent {
        f64::NEG_INFINITY
    } else {
        0.0
    };
    let low = m.low.unwrap_or(value);
    Some(match m.bound.unwrap_or(Bound::Exact) {
        // "Doubled", "tripled": multiples in words are never precise.
        Bound::Exact if half_step == 0.0 && m.kind == Kind::Ratio => {
            let spread = value.abs() * APPROX_TOLERANCE;
            Interval::new(low - spread, value + spread)
        }
        Bound::Exact if half_step > 0.0 => {
            Interval::new(low - half_step, below_rounding_end(value + half_step))
        }
        Bound::Exact => Interval::new(low, value),
        Bound::AtLeast => Interval::new(low, f64::INFINITY),
        Bound::AtMost if just_below(&m.text) => {
            let below = precision_step(&m.text, value).max(value.abs() * APPROX_TOLERANCE);
            Interval::new((value - below).max(floor), value).hedged(Hedge::Below)
        }
        Bound::AtMost => Interval::new(floor, value),
        Bound::Approx => {
            let spread = (value.abs() * APPROX_TOLERANCE).max(half_step);
            Interval::new(low - spread, value + spread).hedged(Hedge::Near)
        }
    })
}

/// A duration mention's length in days ("about 10 minutes", "almost four years"): its ISO 8601
/// duration in days (a year 365.25, a month 30.44), widened by its bound and by the rounding
/// of its number as a figure's value is.
pub fn of_duration(m: &Mention) -> Option<Interval> {
    let (amount, unit_days) = iso_duration(m.duration.as_deref()?)?;
    // A small number in words is as round as in digits: "four years" is "4 years".
    let in_words = !m.text.contains(|c: char| c.is_ascii_digit());
    let step = match rounding_step(&m.text, amount) {
        0.0 if in_words && amount.fract() == 0.0 && amount <= 100.0 => 1.0,
        step => step,
    } * unit_days;
    let (value, half_step) = (amount * unit_days, step / 2.0);
    let low = m.low.map_or(value, |low| low * unit_days);
    Some(match m.bound.unwrap_or(Bound::Exact) {
        Bound::Exact if half_step > 0.0 => {
            Interval::new(low - half_step, below_rounding_end(value + half_step))
        }
        Bound::Exact => Interval::new(low, value),
        Bound::AtLeast => Interval::new(low, f64::INFINITY),
        Bound::AtMost if just_below(&m.text) => {
            let unit_step = match precision_step(&m.text, amount) {
                0.0 => 1.0,
                step => step,
            } * unit_days;
            let below = unit_step.max(value * APPROX_TOLERANCE);
            Interval::new((value - below).max(0.0), value).hedged(Hedge::Below)
        }
        Bound::AtMost => Interval::new(0.0, value),
        Bound::Approx => {
            let spread = (value * APPROX_TOLERANCE).max(half_step);
            Interval::new(low - spread, value + spread).hedged(Hedge::Near)
        }
    })
}

/// The length a duration mention names, in days, before any bound ("almost four years": four
/// years).
pub fn duration_days(m: &Mention) -> Option<f64> {
    iso_duration(m.duration.as_deref()?).map(|(amount, days)| amount * days)
}

/// The unit a duration mention is written in, as people read it, and its days: ("years",
/// 365.25) for "four years", ("minutes", 1/1440) for "17-minute".
pub fn duration_unit(m: &Mention) -> Option<(&'static str, f64)> {
    let iso = m.duration.as_deref()?;
    let (_, days) = iso_duration(iso)?;
    let time = iso.contains('T');
    let name = match (time, iso.chars().last()?) {
        (false, 'Y') => "years",
        (false, 'M') => "months",
        (false, 'W') => "weeks",
        (false, 'D') => "days",
        (true, 'H') => "hours",
        (true, 'M') => "minutes",
        _ => "seconds",
    };
    Some((name, days))
}

/// An ISO 8601 duration ("P4Y", "PT10M", "P2W") as (amount, days in its unit). A duration of
/// several components is how the store writes one read back ("60 hours" is "P2DT12H", "90
/// minutes" "PT1H30M", "18 months" "P1Y6M"): its amount is counted in its smallest unit, the
/// one the text most likely wrote.
fn iso_duration(iso: &str) -> Option<(f64, f64)> {
    let rest = iso.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut components: Vec<(f64, f64)> = Vec::new();
    for (part, is_time) in [(date, false), (time, true)] {
        let mut number_start = 0;
        for (k, unit) in part.char_indices().filter(|(_, c)| c.is_ascii_alphabetic()) {
            let amount: f64 = part[number_start..k].parse().ok()?;
            number_start = k + unit.len_utf8();
            let days = match (is_time, unit) {
                (false, 'Y') => 365.25,
                (false, 'M') => 30.44,
                (false, 'W') => 7.0,
                (false, 'D') => 1.0,
                (true, 'H') => 1.0 / 24.0,
                (true, 'M') => 1.0 / 1440.0,
                (true, 'S') => 1.0 / 86400.0,
                _ => return None,
            };
            components.push((amount, days));
        }
        if number_start != part.len() {
            return None;
        }
    }
    let &(_, unit_days) = components.last()?;
    // Units of one family convert exactly (a year is 12 months, a day 24 hours); the amount is
    // cut to nine decimals so that floating-point noise does not read as a fraction.
    let amount: f64 = components
        .iter()
        .map(|&(amount, days)| {
            if days == 365.25 && unit_days == 30.44 {
                amount * 12.0
            } else {
                amount * days / unit_days
            }
        })
        .sum();
    let amount = (amount * 1e9).round() / 1e9;
    (amount.is_finite() && amount > 0.0).then_some((amount, unit_days))
}

/// The days a date mention covers: from the start of its first day to the end of its last
/// (so a day is nearly 1 wide and a year nearly 365), in days since 1970-01-01.
/// A span counted back from the reference ("a week ago", "two months ago") is a round figure
/// of time: it holds half its unit either side of the day it resolves to, as "about a week
/// ago" would. Decades counted back ("two decades ago", "more than a decade ago") are counted
/// from the reference day, not the calendar year they resolve to: five years either side of
/// that day. Years counted back ("16 years ago") are the calendar year they resolve to, as
/// readers take them: "three years ago" written in 2016 is not December 2012.
pub fn of_date(m: &Mention) -> Option<Interval> {
    let (from, to) = (m.from?, m.to?);
    let relative = m.basis == Some(DateBasis::Relative);
    let slack = if relative && from == to {
        counted_back_slack(&m.text)
    } else {
        0.0
    };
    let years_back = counted_back_years(&m.text).filter(|_| relative && from != to);
    if let (Some(half), Some(reference)) = (years_back, m.reference) {
        let day = reference
            .add_years(from.year() - reference.year())
            .days_since_epoch() as f64;
        return Some(Interval::new(day - half, day + END_OF_DAY + half));
    }
    Some(Interval::new(
        from.days_since_epoch() as f64 - slack,
        to.days_since_epoch() as f64 + END_OF_DAY + slack,
    ))
}

/// The days of a date written as a deadline ("by 2022", "by the end of March", "wants to land
/// it on Mars by 2022"): what it dates happens by the date's last day at the latest, so any
/// day from its article's reference on holds with it ("in 2022" does, and so does "in June"
/// of the same year). `days` is the date's own days ([`of_date`]); the reference is the
/// date's own, else `published` (its article's publication). A deadline already past by the
/// reference ("by 2015, the firm had ..."), or one without a reference, keeps its days.
pub fn as_deadline(m: &Mention, days: Interval, published: Option<Date>) -> Interval {
    let reference = m.reference.or(published);
    let Some(reference) = reference.filter(|_| m.kind == Kind::Date && is_deadline(m)) else {
        return days;
    };
    Interval {
        lo: days.lo.min(reference.days_since_epoch() as f64),
        ..days
    }
}

/// The days of a day told by a time zone's clock ("2100 GMT Sunday"; a zone in capitals of
/// `data/words/time-zones.txt` within [`ZONE_REACH`] words): where it happened, the hour may
/// fall on the day before or after. Other dates keep `days`, their own ([`of_date`]).
pub fn across_time_zones(m: &Mention, days: Interval) -> Interval {
    let zones = &crate::model::lexicon::Lexicon::get().time_zones;
    let one_day = m.kind == Kind::Date && m.from.is_some() && m.from == m.to;
    let Some((start, end)) = m.span_in_sentence().filter(|_| one_day) else {
        return days;
    };
    let is_zone = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().all(|c| c.is_ascii_uppercase()) && zones.contains(w.to_lowercase().as_str())
    };
    let mut before = m.sentence[..start]
        .split_whitespace()
        .rev()
        .take(ZONE_REACH);
    if before.any(is_zone) || m.sentence[end..].split_whitespace().take(3).any(is_zone) {
        Interval::new(days.lo - 1.0, days.hi + 1.0)
    } else {
        days
    }
}

/// How many words before a date (three after it) a zone may stand: "(2100 GMT Sunday)", "on
/// Sunday at 2100 GMT".
const ZONE_REACH: usize = 2;

/// Whether a date's words open with "by", or the word just before them in its sentence is
/// "by" ("by 2022", "by the end of the year").
fn is_deadline(m: &Mention) -> bool {
    let by = |w: &str| w.eq_ignore_ascii_case("by");
    if m.text.split_whitespace().next().is_some_and(by) {
        return true;
    }
    m.span_in_sentence()
        .and_then(|(start, _)| m.sentence.get(..start))
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(by)
}

/// The last words of `text` after "ago", plural -s dropped.
fn counted_back_unit(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let mut words = lower.split_whitespace().rev();
    if words.next() != Some("ago") {
        return None;
    }
    words.next().map(|w| w.trim_end_matches('s').to_owned())
}

/// Half the unit of a span counted back ("a week ago": 3 days), 0 for other expressions.
fn counted_back_slack(text: &str) -> f64 {
    match counted_back_unit(text).as_deref() {
        Some("week") => 3.0,
        Some("month") => 15.0,
        Some("year") => 182.0,
        _ => 0.0,
    }
}

/// Half the unit, in days, of decades counted back ("two decades ago").
fn counted_back_years(text: &str) -> Option<f64> {
    match counted_back_unit(text).as_deref() {
        Some("decade") => Some(1826.0),
        _ => None,
    }
}

/// Where a day ends, as a fraction: short of the next day's start, so adjacent days do not
/// overlap.
pub const END_OF_DAY: f64 = 0.999;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::Date;

    fn figure(kind: Kind, text: &str, value: f64, bound: Bound) -> Mention {
        let mut m = Mention::new("d", kind, text, 0, text.chars().count());
        m.value = Some(value);
        m.bound = Some(bound);
        m
    }

    #[test]
    fn rounding_follows_the_written_digits() {
        assert_eq!(rounding_step("$4.3 billion", 4.3e9), 1e8);
        assert_eq!(rounding_step("30 billion yuan", 30e9), 1e9);
        assert_eq!(rounding_step("512,000", 512_000.0), 1000.0);
        assert_eq!(rounding_step("2,861", 2861.0), 1.0);
        assert_eq!(rounding_step("1,400", 1400.0), 1.0);
        assert!((rounding_step("9.4 times", 9.4) - 0.1).abs() < 1e-12);
        assert_eq!(rounding_step("doubled", 2.0), 0.0);
        assert_eq!(rounding_step("4.8 million", 4.8e6), 1e5);
    }

    #[test]
    fn a_count_to_the_unit_is_exact() {
        let a = of_figure(&figure(Kind::Count, "58", 58.0, Bound::Exact)).unwrap();
        let b = of_figure(&figure(Kind::Count, "59", 59.0, Bound::Exact)).unwrap();
        assert_eq!((a.lo, a.hi), (58.0, 58.0));
        assert_eq!(
            crate::consistency::verdict::compare(&a, &b),
            crate::consistency::verdict::Verdict::Conflict
        );
        // A sum of money to the unit still rounds its cents (the upper end stops just short
        // of the next figure's rounding).
        let c = of_figure(&figure(Kind::Amount, "$58", 58.0, Bound::Exact)).unwrap();
        assert_eq!((c.lo, c.hi.next_up()), (57.5, 58.5));
        // Round thousands are rounded, counted or not.
        let d = of_figure(&figure(Kind::Count, "512,000", 512_000.0, Bound::Exact)).unwrap();
        assert_eq!((d.lo, d.hi.next_up()), (511_500.0, 512_500.0));
    }

    #[test]
    fn bounds_and_hedges_open_or_widen_the_interval() {
        let over = of_figure(&figure(Kind::Count, "over 400", 400.0, Bound::AtLeast)).unwrap();
        assert_eq!((over.lo, over.hi), (400.0, f64::INFINITY));
        let almost = of_figure(&figure(
            Kind::Amount,
            "almost $20 billion",
            20e9,
            Bound::AtMost,
        ))
        .unwrap();
        // "Almost" is just below the figure written: one step of its last digit (here a
        // billion) or a tenth of it, whichever is wider.
        assert_eq!((almost.lo, almost.hi), (18e9, 20e9));
        let under = of_figure(&figure(
            Kind::Amount,
            "under $20 billion",
            20e9,
            Bound::AtMost,
        ))
        .unwrap();
        assert_eq!((under.lo, under.hi), (0.0, 20e9));
        let about = of_figure(&figure(Kind::Count, "about 250", 250.0, Bound::Approx)).unwrap();
        assert!((about.lo - 225.0).abs() < 1e-9 && (about.hi - 275.0).abs() < 1e-9);
        let exact = of_figure(&figure(Kind::Amount, "$4.3 billion", 4.3e9, Bound::Exact)).unwrap();
        assert!((exact.lo - 4.25e9).abs() < 1.0 && (exact.hi - 4.35e9).abs() < 1.0);
    }

    #[test]
    fn a_range_spans_its_two_ends() {
        let mut m = figure(Kind::Count, "3–5", 5.0, Bound::Exact);
        m.low = Some(3.0);
        let i = of_figure(&m).unwrap();
        // Counted things are whole: the range is its two ends.
        assert_eq!((i.lo, i.hi), (3.0, 5.0));
        let mut m = figure(Kind::Percent, "3–5%", 5.0, Bound::Exact);
        m.low = Some(3.0);
        let i = of_figure(&m).unwrap();
        assert_eq!((i.lo, i.hi.next_up()), (2.5, 5.5));
    }

    #[test]
    fn a_span_counted_back_is_a_round_figure_of_time() {
        let day = Date::from_ymd(2019, 10, 30).unwrap();
        let mut m = Mention::new("d", Kind::Date, "A week ago", 0, 10);
        (m.from, m.to, m.basis) = (Some(day), Some(day), Some(DateBasis::Relative));
        let i = of_date(&m).unwrap();
        let at = day.days_since_epoch() as f64;
        assert_eq!((i.lo, i.hi), (at - 3.0, at + END_OF_DAY + 3.0));
        m.text = "two days ago".to_owned();
        let i = of_date(&m).unwrap();
        assert_eq!((i.lo, i.hi), (at, at + END_OF_DAY));
        // Decades counted back are counted from the reference day, five years either side;
        // years counted back are their calendar year.
        let mut y = Mention::new("d", Kind::Date, "two decades ago", 0, 15);
        (y.from, y.to, y.basis, y.reference) = (
            Date::from_ymd(1998, 1, 1),
            Date::from_ymd(1998, 12, 31),
            Some(DateBasis::Relative),
            Date::from_ymd(2018, 1, 20),
        );
        let i = of_date(&y).unwrap();
        let at = Date::from_ymd(1998, 1, 20).unwrap().days_since_epoch() as f64;
        assert_eq!((i.lo, i.hi), (at - 1826.0, at + END_OF_DAY + 1826.0));
        y.text = "20 years ago".to_owned();
        let first = Date::from_ymd(1998, 1, 1).unwrap().days_since_epoch() as f64;
        assert_eq!(of_date(&y).unwrap().lo, first);
    }

    #[test]
    fn a_deadline_holds_any_day_from_its_reference_to_its_last() {
        let sentence = "The firm wants to open the plant by 2022, its chief said.";
        let at = sentence.find("2022").unwrap();
        let mut m = Mention::new("d", Kind::Date, "2022", at, at + 4);
        m.sentence = sentence.to_owned();
        (m.from, m.to, m.reference) = (
            Date::from_ymd(2022, 1, 1),
            Date::from_ymd(2022, 12, 31),
            Date::from_ymd(2018, 3, 5),
        );
        let year = of_date(&m).unwrap();
        let deadline = as_deadline(&m, year, None);
        let reference = Date::from_ymd(2018, 3, 5).unwrap().days_since_epoch() as f64;
        assert_eq!((deadline.lo, deadline.hi), (reference, year.hi));
        // "By" in the date's own words too.
        m.text = "by 2022".to_owned();
        m.sentence = "The firm wants to open the plant by 2022.".to_owned();
        m.start = m.sentence.find("by 2022").unwrap();
        m.end = m.start + 7;
        assert_eq!(as_deadline(&m, year, None).lo, reference);
        // "In 2022" is the year itself.
        m.sentence = "The firm wants to open the plant in 2022.".to_owned();
        m.text = "2022".to_owned();
        m.start = m.sentence.find("2022").unwrap();
        m.end = m.start + 4;
        assert_eq!(as_deadline(&m, year, None).lo, year.lo);
        // A deadline past by the reference keeps its days.
        m.sentence = "By 2015, the firm had opened ten plants.".to_owned();
        m.text = "By 2015".to_owned();
        (m.start, m.end) = (0, 7);
        (m.from, m.to) = (Date::from_ymd(2015, 1, 1), Date::from_ymd(2015, 12, 31));
        let past = of_date(&m).unwrap();
        assert_eq!(as_deadline(&m, past, None).lo, past.lo);
        // Without a reference of its own, its article's publication is the reference; with
        // neither, it keeps its days.
        m.reference = None;
        m.sentence = "The firm wants to open the plant by 2022.".to_owned();
        m.text = "2022".to_owned();
        let published = Date::from_ymd(2018, 3, 5);
        assert_eq!(as_deadline(&m, year, published).lo, reference);
        assert_eq!(as_deadline(&m, year, None).lo, year.lo);
    }

    #[test]
    fn a_day_told_by_a_time_zone_holds_the_days_either_side() {
        let widened = |sentence: &str| {
            let start = sentence.find("Sunday").unwrap();
            let mut m = Mention::new("d", Kind::Date, "Sunday", start, start + 6);
            m.sentence = sentence.to_owned();
            m.from = Date::from_ymd(2031, 3, 9);
            m.to = m.from;
            let own = of_date(&m).unwrap();
            let zoned = across_time_zones(&m, own);
            assert_eq!(own.lo - zoned.lo, zoned.hi - own.hi, "{sentence}");
            own.lo - zoned.lo
        };
        // Invented: dawn where the rocket flew is the evening before in the wire's zone; a
        // lower-case word spelt like a zone, or a zone far from the date, changes nothing.
        for (sentence, days) in [
            ("The rocket rose before dawn (2130 GMT Sunday).", 1.0),
            ("It flew on Sunday at 2130 UTC, officials said.", 1.0),
            ("The rocket rose in wet weather on Sunday.", 0.0),
            (
                "The rocket rose before dawn on Sunday, officials said.",
                0.0,
            ),
            (
                "It rose on Sunday and the ministry spoke to reporters at 0900 GMT.",
                0.0,
            ),
        ] {
            assert_eq!(widened(sentence), days, "{sentence}");
        }
    }

    #[test]
    fn a_date_covers_its_days() {
        let mut m = Mention::new("d", Kind::Date, "2017", 0, 4);
        m.from = Date::from_ymd(2017, 1, 1);
        m.to = Date::from_ymd(2017, 12, 31);
        let i = of_date(&m).unwrap();
        assert!((i.width() - 364.999).abs() < 1e-9);
    }

    #[test]
    fn almost_is_just_below_the_figure_and_fewer_than_anywhere_below() {
        // Made-up figures: "almost 900,000" lies within a hundred thousand below it, so it
        // cannot be "fewer than 500,000", but can be "871,402".
        let almost = of_figure(&figure(
            Kind::Count,
            "almost 900,000",
            900_000.0,
            Bound::AtMost,
        ))
        .unwrap();
        assert_eq!((almost.lo, almost.hi), (800_000.0, 900_000.0));
        let fewer = of_figure(&figure(
            Kind::Count,
            "fewer than 500,000",
            500_000.0,
            Bound::AtMost,
        ))
        .unwrap();
        assert!(!almost.overlaps(&fewer));
        let exact = of_figure(&figure(Kind::Count, "871,402", 871_402.0, Bound::Exact)).unwrap();
        assert!(almost.contains(&exact));
        // "Nearly 130" of a two-digit precision: 117 to 130 (a tenth is wider than a unit).
        let nearly = of_figure(&figure(Kind::Count, "nearly 130", 130.0, Bound::AtMost)).unwrap();
        assert_eq!((nearly.lo, nearly.hi), (117.0, 130.0));
    }

    #[test]
    fn two_round_figures_of_one_precision_do_not_meet() {
        // "A town of 820,000" against "a town of 830,000": each rounds to ten thousand, and
        // 825,000 belongs to the figure above, so they cannot both be the one written; the gap
        // between them is the figures' own.
        let a = of_figure(&figure(Kind::Count, "820,000", 820_000.0, Bound::Exact)).unwrap();
        let b = of_figure(&figure(Kind::Count, "830,000", 830_000.0, Bound::Exact)).unwrap();
        assert!(!a.overlaps(&b) && !b.overlaps(&a));
        assert!((a.gap(&b) - 10_000.0).abs() < 1e-6, "{:?}", a.gap(&b));
        assert!((b.gap(&a) - 10_000.0).abs() < 1e-6, "{:?}", b.gap(&a));
        // A finer figure inside the rounding still meets it.
        let c = of_figure(&figure(Kind::Count, "824,500", 824_500.0, Bound::Exact)).unwrap();
        assert!(a.contains(&c));
    }

    #[test]
    fn gaps_are_absolute_and_relative() {
        let a = Interval::new(5.75, 5.85);
        let b = Interval::new(6.95, 7.05);
        assert!((a.gap(&b) - 1.1).abs() < 1e-9);
        assert!((a.relative_gap(&b).unwrap() - 1.1 / 5.85).abs() < 1e-9);
        assert_eq!(b.gap(&a), a.gap(&b));
        assert_eq!(a.relative_gap(&a), None);
    }

    #[test]
    fn a_duration_is_its_length_in_days_widened_by_its_bound_and_rounding() {
        let mut m = figure(Kind::Duration, "four years", 0.0, Bound::Exact);
        m.value = None;
        m.duration = Some("P4Y".into());
        let four_years = of_duration(&m).unwrap();
        // In words as in digits: half a year either side.
        assert_eq!(
            four_years,
            Interval::new(3.5 * 365.25, (4.5 * 365.25f64).next_down())
        );
        m.text = "4 years".into();
        assert_eq!(of_duration(&m), Some(four_years));
        m.text = "almost four years".into();
        m.bound = Some(Bound::AtMost);
        assert_eq!(
            of_duration(&m),
            Some(Interval::new(3.0 * 365.25, 4.0 * 365.25).hedged(Hedge::Below))
        );
        // "About a month" allows what "a month" says, rounded alike, but is not the same
        // claim: the hedge is kept for the verdict.
        m.text = "a month".into();
        m.bound = Some(Bound::Exact);
        m.duration = Some("P1M".into());
        let month = of_duration(&m).unwrap();
        m.text = "about a month".into();
        m.bound = Some(Bound::Approx);
        let about_a_month = of_duration(&m).unwrap();
        assert_eq!(
            (about_a_month.hedge, month.hedge),
            (Some(Hedge::Near), None)
        );
        // The same values, but for the open end of the rounding.
        assert_eq!(about_a_month.lo, month.lo);
        assert!((about_a_month.hi - month.hi).abs() < 1e-9);
        assert_eq!(
            crate::consistency::verdict::compare(&about_a_month, &month),
            crate::consistency::verdict::Verdict::Compatible
        );
        m.text = "17-minute".into();
        m.bound = Some(Bound::Exact);
        m.duration = Some("PT17M".into());
        let minutes = of_duration(&m).unwrap();
        assert!((minutes.lo * 1440.0 - 16.5).abs() < 1e-9, "{minutes:?}");
        assert_eq!(duration_days(&m), Some(17.0 / 1440.0));
        // Durations of several components, as the store gives them back, count in their
        // smallest unit: "more than 30 hours" is "P1DT6H", thirty hours and up.
        m.text = "more than 30 hours".into();
        m.bound = Some(Bound::AtLeast);
        m.duration = Some("P1DT6H".into());
        let hours = of_duration(&m).unwrap();
        assert!((hours.lo * 24.0 - 30.0).abs() < 1e-9, "{hours:?}");
        assert_eq!(duration_unit(&m), Some(("hours", 1.0 / 24.0)));
        m.duration = Some("P1Y6M".into());
        m.bound = Some(Bound::Exact);
        assert_eq!(iso_duration("P1Y6M"), Some((18.0, 30.44)));
        assert_eq!(iso_duration("PT1H30M"), Some((90.0, 1.0 / 1440.0)));
        assert_eq!(iso_duration("P4DT4H"), Some((100.0, 1.0 / 24.0)));
        assert_eq!(iso_duration("P2X"), None);
        assert_eq!(iso_duration("P2"), None);
    }
}
