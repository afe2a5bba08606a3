//! Verdicts: how two normalised claims stand to each other, and how a slot's sources stand
//! together.

use super::interval::Interval;
use serde::Serialize;
use std::fmt;

/// What the sources of a slot say together, in the order a report lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// They cannot all be true: some two sources' intervals do not overlap.
    Conflict,
    /// No two conflict, and one is vaguer than another ("2017" against "January 2017").
    Compatible,
    /// Their intervals overlap and none is much vaguer.
    Agree,
    /// Only one source speaks to the slot.
    Uncorroborated,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Conflict,
        Verdict::Compatible,
        Verdict::Agree,
        Verdict::Uncorroborated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::Uncorroborated => "uncorroborated",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One interval is "vaguer" than another that it contains when it is at least this many times
/// as wide (or unbounded while the other is not).
const VAGUER: f64 = 1.5;

/// How two intervals stand: the verdict for a pair of sources.
pub fn compare(a: &Interval, b: &Interval) -> Verdict {
    if !a.overlaps(b) {
        return Verdict::Conflict;
    }
    let vaguer = |wide: &Interval, narrow: &Interval| {
        wide.contains(narrow)
            && ((!wide.is_bounded() && narrow.is_bounded())
                || (wide.is_bounded()
                    && wide.width() > 0.0
                    && wide.width() > VAGUER * narrow.width())
                || (!wide.is_bounded() && !narrow.is_bounded() && wide != narrow))
    };
    // "About 10" against "more than 10", "four years" against "nearly four years" (up to four
    // years, from nothing): a one-sided bound meets a figure, but each allows values the other
    // rules out, so they are not one reading. Two figures whose roundings meet in part (a sum
    // converted from another currency) are.
    let one_sided = |x: &Interval| !x.is_bounded() || (x.lo == 0.0 && x.hi > 0.0);
    let open_overlap = (one_sided(a) || one_sided(b)) && !a.contains(b) && !b.contains(a);
    // "Almost 1.4 billion" against "1.3 billion", "about a month" against "a month": the
    // hedge allows the figure, however narrow it is, but a figure and its hedged form are not
    // the same claim; two figures hedged alike are one reading ("about" and "almost" are not
    // alike: one bound is not the other).
    let hedge_allows = a.hedge != b.hedge;
    // "Nearly 40 years" against "nearly four decades": the same hedge of the same figure is
    // one reading, however differently the figure is written (its words round more coarsely
    // than its digits, and so it allows more).
    let same_reading = match a.hedge.filter(|_| a.hedge == b.hedge) {
        Some(super::interval::Hedge::Below) => same_value(a.hi, b.hi),
        Some(super::interval::Hedge::Near) => same_value(a.lo + a.hi, b.lo + b.hi),
        None => false,
    };
    if same_reading && !open_overlap {
        Verdict::Agree
    } else if vaguer(a, b) || vaguer(b, a) || open_overlap || hedge_allows {
        Verdict::Compatible
    } else {
        Verdict::Agree
    }
}

/// True when two values are one number, as floating point reads it.
fn same_value(a: f64, b: f64) -> bool {
    a.is_finite() && b.is_finite() && (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// A slot's verdict from its pairs: any conflict makes a conflict, then any compatible pair.
pub fn combine(pairs: impl IntoIterator<Item = Verdict>) -> Verdict {
    pairs
        .into_iter()
        .min()
        .map_or(Verdict::Uncorroborated, |v| v.min(Verdict::Agree))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::interval::Hedge;

    fn iv(lo: f64, hi: f64) -> Interval {
        Interval::new(lo, hi)
    }

    #[test]
    fn the_same_hedge_of_the_same_figure_agrees_however_it_is_written() {
        // "Nearly four decades" (rounded to the decade) against "nearly 40 years".
        let decades = iv(30.0, 40.0).hedged(Hedge::Below);
        let years = iv(36.0, 40.0).hedged(Hedge::Below);
        assert_eq!(compare(&decades, &years), Verdict::Agree);
        // "About 40" written two ways.
        let about = iv(36.0, 44.0).hedged(Hedge::Near);
        let about_words = iv(35.0, 45.0).hedged(Hedge::Near);
        assert_eq!(compare(&about, &about_words), Verdict::Agree);
        // Another figure under the same hedge still reads otherwise.
        let nearly_38 = iv(34.2, 38.0).hedged(Hedge::Below);
        assert_eq!(compare(&decades, &nearly_38), Verdict::Compatible);
        // The same figure under another hedge is another reading.
        assert_eq!(compare(&about_words, &years), Verdict::Compatible);
    }

    #[test]
    fn lower_bounds_never_conflict_with_each_other() {
        // "more than 40" against "more than 75".
        let a = iv(40.0, f64::INFINITY);
        let b = iv(75.0, f64::INFINITY);
        assert_eq!(compare(&a, &b), Verdict::Compatible);
        assert_eq!(compare(&b, &a), Verdict::Compatible);
    }

    #[test]
    fn a_bound_is_compatible_with_a_figure_inside_it() {
        // "over 250" against "263".
        assert_eq!(
            compare(&iv(250.0, f64::INFINITY), &iv(262.5, 263.5)),
            Verdict::Compatible
        );
        // "over 250" against "240".
        assert_eq!(
            compare(&iv(250.0, f64::INFINITY), &iv(239.5, 240.5)),
            Verdict::Conflict
        );
    }

    #[test]
    fn a_hedge_that_overlaps_a_figure_in_part_is_compatible() {
        // "Nearly four years" (up to four) against "four years" (three and a half to four and
        // a half): both can be true, but they are not one reading.
        let nearly = iv(0.0, 4.0);
        let four = iv(3.5, 4.5);
        assert_eq!(compare(&nearly, &four), Verdict::Compatible);
        assert_eq!(compare(&four, &nearly), Verdict::Compatible);
        assert_eq!(compare(&four, &four), Verdict::Agree);
        assert_eq!(compare(&nearly, &iv(4.6, 5.0)), Verdict::Conflict);
        // An upper bound against a lower one.
        assert_eq!(
            compare(&iv(200.0, f64::INFINITY), &iv(0.0, 1200.0)),
            Verdict::Compatible
        );
        // A hedge just below a figure allows a figure inside it, as a reading of its own.
        let almost = iv(1.26, 1.4).hedged(Hedge::Below);
        assert_eq!(compare(&almost, &iv(1.25, 1.35)), Verdict::Compatible);
        assert_eq!(compare(&iv(1.25, 1.35), &almost), Verdict::Compatible);
        assert_eq!(compare(&almost, &almost), Verdict::Agree);
        assert_eq!(compare(&almost, &iv(0.0, 1.0)), Verdict::Conflict);
        // "About 1.3" and "almost 1.4", as narrow as each other: two bounds, not one reading.
        let about = iv(1.26, 1.4).hedged(Hedge::Near);
        assert_eq!(compare(&about, &almost), Verdict::Compatible);
        assert_eq!(compare(&about, &about), Verdict::Agree);
        // Two roundings that meet in part are one reading.
        assert_eq!(compare(&iv(2.35, 2.45), &iv(2.32, 2.44)), Verdict::Agree);
    }

    #[test]
    fn rounding_decides_between_agree_and_conflict() {
        // "$5.8 billion" against "$5.83 billion": inside the rounding (made-up figures).
        assert_eq!(
            compare(&iv(5.75, 5.85), &iv(5.825, 5.835)),
            Verdict::Compatible
        );
        // against "$5.8 billion" from another source.
        assert_eq!(compare(&iv(5.75, 5.85), &iv(5.75, 5.85)), Verdict::Agree);
        // against "$5.9 billion".
        assert_eq!(
            compare(&iv(5.75, 5.85), &iv(5.85 + 1e-9, 5.95)),
            Verdict::Conflict
        );
    }

    #[test]
    fn date_precision_makes_the_vaguer_date_compatible() {
        // Days since the epoch, to the end of the last day: 2017 against January 2017 against
        // Oct. 24, 2019.
        let year = iv(17167.0, 17531.999);
        let january = iv(17167.0, 17197.999);
        let day = iv(18193.0, 18193.999);
        assert_eq!(compare(&year, &january), Verdict::Compatible);
        assert_eq!(compare(&january, &year), Verdict::Compatible);
        assert_eq!(compare(&year, &day), Verdict::Conflict);
        assert_eq!(compare(&day, &day), Verdict::Agree);
        // A week that holds the day.
        assert_eq!(compare(&iv(18190.0, 18196.999), &day), Verdict::Compatible);
        // The next day conflicts.
        assert_eq!(compare(&iv(18194.0, 18194.999), &day), Verdict::Conflict);
    }

    #[test]
    fn a_slot_takes_its_worst_pair() {
        assert_eq!(combine([]), Verdict::Uncorroborated);
        assert_eq!(
            combine([Verdict::Agree, Verdict::Compatible]),
            Verdict::Compatible
        );
        assert_eq!(
            combine([Verdict::Agree, Verdict::Conflict, Verdict::Compatible]),
            Verdict::Conflict
        );
    }
}
