//! Checks within one article: does it agree with itself?
//!
//! - A stated ratio or change against its two figures: "more than doubled, from 25 to 61";
//!   "9.4 times more often. ... from 512,000 to 4.8 million" (the figures may stand in the next
//!   sentence).
//! - A sum against its bracketed conversion: "30 billion yuan ($4.3 billion)", at the exchange
//!   rate of the article's date.
//! - Parts against a stated total: "a total of 90 cases, including 40 ... and 58 ..." (the
//!   parts may not add up to more than the total).
//!
//! The words that tie figures together ("from", "to", "including") are data
//! (`data/lexicon/comparisons.tsv`).

use super::interval::{self, Interval};
use super::verdict::{self, Verdict};
use super::{Assumption, Basis, Finding, Member, Scope, Source};
use crate::consistency::fx::Rates;
use crate::model::claim::{Kind, Mention};
use crate::model::lexicon::Lexicon;
use rustc_hash::FxHashMap;

/// Runs every check over the mentions (sorted by doc and start).
pub fn check(
    mentions: &[Mention],
    by_doc: &FxHashMap<&str, usize>,
    sources: &[Source],
    rates: &Rates,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < mentions.len() {
        let doc = &mentions[start].doc;
        let end = start
            + mentions[start..]
                .iter()
                .take_while(|m| &m.doc == doc)
                .count();
        let source = by_doc.get(doc.as_str()).copied().unwrap_or(usize::MAX);
        let published = sources.get(source).and_then(|s| s.published);
        let doc_mentions = start..end;
        changes(mentions, doc_mentions.clone(), source, &mut out);
        conversions(
            mentions,
            doc_mentions.clone(),
            source,
            published,
            rates,
            &mut out,
        );
        totals(mentions, doc_mentions, source, &mut out);
        start = end;
    }
    out
}

fn member(mention: usize, source: usize, interval: Option<Interval>) -> Member {
    Member {
        mention,
        source,
        interval,
        converted_from: None,
        corrected: false,
    }
}

fn finding(kind: Kind, slot: String, label: String, verdict: Verdict) -> Finding {
    Finding::new(verdict, Scope::Internal, kind, slot, label)
}

/// A figure pair "from A to B" in a sentence: the two mentions' indexes.
fn from_to(
    mentions: &[Mention],
    range: std::ops::Range<usize>,
    sentence: &str,
) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let figures: Vec<usize> = range
        .filter(|&i| {
            let m = &mentions[i];
            matches!(m.kind, Kind::Count | Kind::Amount | Kind::Percent) && m.sentence == sentence
        })
        .collect();
    for pair in figures.windows(2) {
        let (a, b) = (&mentions[pair[0]], &mentions[pair[1]]);
        if a.kind != b.kind || a.unit != b.unit && a.unit.is_some() && b.unit.is_some() {
            continue;
        }
        let Some(at_a) = sentence.find(&a.text) else {
            continue;
        };
        let after_a = at_a + a.text.len();
        let Some(at_b) = sentence[after_a..].find(&b.text).map(|k| k + after_a) else {
            continue;
        };
        let between = sentence[after_a..at_b].trim().to_lowercase();
        let before = sentence[..at_a]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if lex.change_to.contains(&between) && lex.change_from.contains(&before) {
            return Some((pair[0], pair[1]));
        }
    }
    None
}

/// Ratios and percent changes against the "from A to B" of their sentence or the next.
fn changes(
    mentions: &[Mention],
    range: std::ops::Range<usize>,
    source: usize,
    out: &mut Vec<Finding>,
) {
    for i in range.clone() {
        let r = &mentions[i];
        if !matches!(r.kind, Kind::Ratio | Kind::Percent) {
            continue;
        }
        // The sentence of the ratio, then the next sentence that has figures.
        let mut sentences = vec![r.sentence.as_str()];
        if let Some(next) = mentions[i + 1..range.end]
            .iter()
            .map(|m| m.sentence.as_str())
            .find(|s| *s != r.sentence)
            .filter(|next| figures_may_stand_in(mentions, range.clone(), i, next))
        {
            sentences.push(next);
        }
        let Some((a, b)) = sentences
            .iter()
            .find_map(|s| from_to(mentions, range.clone(), s))
        else {
            continue;
        };
        if a == i || b == i {
            continue;
        }
        let (Some(stated), Some(ia), Some(ib)) = (
            interval::of_figure(r),
            interval::of_figure(&mentions[a]),
            interval::of_figure(&mentions[b]),
        ) else {
            continue;
        };
        if ia.lo <= 0.0 {
            continue;
        }
        let ratio = Interval::new(ib.lo / ia.hi, ib.hi / ia.lo);
        let computed = if r.kind == Kind::Ratio {
            ratio
        } else {
            // A percent change, without its sign: "fell 20 %" from 100 to 80.
            let change = Interval::new((ratio.lo - 1.0) * 100.0, (ratio.hi - 1.0) * 100.0);
            if change.hi < 0.0 {
                Interval::new(-change.hi, -change.lo)
            } else {
                change
            }
        };
        let v = verdict::compare(&stated, &computed);
        let v = if v == Verdict::Conflict {
            v
        } else {
            Verdict::Agree
        };
        let mut f = finding(
            r.kind,
            format!("internal/change/{}/{}", r.doc, r.start),
            format!(
                "“{}” against {} → {}",
                r.text, mentions[a].text, mentions[b].text
            ),
            v,
        );
        f.basis = Basis::Change { computed };
        f.members = vec![
            member(i, source, Some(stated)),
            member(a, source, Some(ia)),
            member(b, source, Some(ib)),
        ];
        out.push(f);
    }
}

/// Whether the "from A to B" of the sentence `next` may be the figures of the ratio or change
/// `i`, which stands in the sentence before: only when `i`'s own sentence has no other figure of
/// its kind (a percent among percents, "from about 10% now to 15%", is a level of a series of
/// its own, not a change told without its figures), and `next` states no ratio or change of
/// its own ("rose by 40 percent, from 0.5 percent to 0.7 percent": its pair is that one's).
fn figures_may_stand_in(
    mentions: &[Mention],
    range: std::ops::Range<usize>,
    i: usize,
    next: &str,
) -> bool {
    let r = &mentions[i];
    if range
        .clone()
        .any(|k| k != i && mentions[k].sentence == r.sentence && mentions[k].kind == r.kind)
    {
        return false;
    }
    let Some((a, b)) = from_to(mentions, range.clone(), next) else {
        return true;
    };
    !range.into_iter().any(|k| {
        k != a
            && k != b
            && mentions[k].sentence == next
            && matches!(mentions[k].kind, Kind::Ratio | Kind::Percent)
    })
}

/// "30 billion yuan ($4.3 billion)": an amount and its conversion in brackets right after it.
fn conversions(
    mentions: &[Mention],
    range: std::ops::Range<usize>,
    source: usize,
    published: Option<crate::model::time::Date>,
    rates: &Rates,
    out: &mut Vec<Finding>,
) {
    let amounts: Vec<usize> = range
        .filter(|&i| mentions[i].kind == Kind::Amount)
        .collect();
    for pair in amounts.windows(2) {
        let (a, b) = (&mentions[pair[0]], &mentions[pair[1]]);
        let (Some(ca), Some(cb)) = (a.unit.as_deref(), b.unit.as_deref()) else {
            continue;
        };
        if ca == cb || a.sentence != b.sentence {
            continue;
        }
        let bracketed = [
            format!("{} ({}", a.text, b.text),
            format!("{} [{}", a.text, b.text),
        ];
        if !bracketed.iter().any(|p| a.sentence.contains(p.as_str())) {
            continue;
        }
        let (Some(ia), Some(ib)) = (interval::of_figure(a), interval::of_figure(b)) else {
            continue;
        };
        let on = published.or(a.reference);
        let ca = dollar_read_as(a, ca, cb, &ia, &ib, on, rates);
        let rate = on.and_then(|d| rates.rate(ca, cb, d));
        let label = format!("“{}” against its conversion “{}”", a.text, b.text);
        let slot = format!("internal/conversion/{}/{}", a.doc, a.start);
        let Some(rate) = rate else {
            let mut f = finding(Kind::Amount, slot, label, Verdict::Uncorroborated);
            f.basis = Basis::NoRate {
                from: ca.to_owned(),
                to: cb.to_owned(),
                on,
            };
            f.members = vec![
                member(pair[0], source, Some(ia)),
                member(pair[1], source, Some(ib)),
            ];
            out.push(f);
            continue;
        };
        let converted = ia.scaled(rate.per);
        let v = verdict::compare(&of_some_day(converted), &ib);
        let v = if v == Verdict::Conflict {
            v
        } else {
            Verdict::Agree
        };
        let mut f = finding(Kind::Amount, slot, label, v);
        f.basis = Basis::Conversion { stated: ia };
        if a.ambiguous || b.ambiguous {
            f.assumptions.push(Assumption::BareDollar);
        }
        let mut first = member(pair[0], source, Some(converted));
        first.converted_from = Some(ca.to_owned());
        f.members = vec![first, member(pair[1], source, Some(ib))];
        f.rates.push(rate);
        out.push(f);
    }
}

/// How far the rate of the day a writer converted at may stand from the month's average rate
/// the check knows (a currency moves a few percent within a month, and writers take their rates
/// from sources of their own): a conversion off by less is the rate of another day, not a wrong
/// sum.
const RATE_OF_THE_DAY_MARGIN: f64 = 0.03;

/// The converted interval widened by [`RATE_OF_THE_DAY_MARGIN`] either side.
fn of_some_day(converted: Interval) -> Interval {
    Interval {
        hedge: converted.hedge,
        ..Interval::new(
            converted.lo * (1.0 - RATE_OF_THE_DAY_MARGIN),
            converted.hi * (1.0 + RATE_OF_THE_DAY_MARGIN),
        )
    }
}

/// The currency a bare "$" of `a` is read as against its conversion: the reading of extraction
/// (`ca`, the dollar of the article's country), unless that reading's conversion is off and the
/// US dollar's holds ("$6.5bn (£5bn)" in an article on a listing abroad).
fn dollar_read_as<'a>(
    a: &Mention,
    ca: &'a str,
    cb: &str,
    ia: &Interval,
    ib: &Interval,
    on: Option<crate::model::time::Date>,
    rates: &Rates,
) -> &'a str {
    const US_DOLLAR: &str = "USD";
    // A sign written bare ("$6.5bn"), not "HK$" or "A$": however extraction read it.
    let bare = a
        .text
        .split('$')
        .next()
        .is_some_and(|before| a.text.contains('$') && !before.ends_with(char::is_alphabetic));
    if !(a.ambiguous || bare) || ca == US_DOLLAR || cb == US_DOLLAR {
        return ca;
    }
    let Some(on) = on else {
        return ca;
    };
    let holds = |currency: &str| {
        rates.rate(currency, cb, on).is_some_and(|rate| {
            verdict::compare(&of_some_day(ia.scaled(rate.per)), ib) != Verdict::Conflict
        })
    };
    if !holds(ca) && holds(US_DOLLAR) {
        US_DOLLAR
    } else {
        ca
    }
}

/// Parts after a total in one sentence may not add up to more than it.
fn totals(
    mentions: &[Mention],
    range: std::ops::Range<usize>,
    source: usize,
    out: &mut Vec<Finding>,
) {
    let lex = Lexicon::get();
    let mut k = range.start;
    while k < range.end {
        let sentence = &mentions[k].sentence;
        let same: Vec<usize> = (k..range.end)
            .take_while(|&i| &mentions[i].sentence == sentence)
            .collect();
        k += same.len().max(1);
        let counts: Vec<usize> = same
            .iter()
            .copied()
            .filter(|&i| mentions[i].kind == Kind::Count && mentions[i].value.is_some())
            .collect();
        if counts.len() < 3 {
            continue;
        }
        let lower = sentence.to_lowercase();
        let total = &mentions[counts[0]];
        let Some(at_total) = lower.find(&total.text.to_lowercase()) else {
            continue;
        };
        let after = &lower[at_total + total.text.len()..];
        let Some(cue) = lex
            .part_cues
            .iter()
            .filter_map(|c| find_word(after, c).map(|at| (at, c)))
            .min()
        else {
            continue;
        };
        let unit_of = |m: &Mention| m.measure.clone().or_else(|| m.unit.clone());
        // The parts are the figures after the cue, in their order: "included 67 from one
        // firm, 63 from another and dozens more ..., including two others" lists no parts
        // of 67 (its cue comes after every figure).
        let mut from = at_total + total.text.len() + cue.0 + cue.1.len();
        let parts: Vec<usize> = counts[1..]
            .iter()
            .copied()
            .filter(|&i| unit_of(&mentions[i]) == unit_of(total) || mentions[i].unit.is_none())
            .filter(|&i| {
                let text = mentions[i].text.to_lowercase();
                let found = lower.get(from..).and_then(|rest| rest.find(&text));
                if let Some(at) = found {
                    from += at + text.len();
                }
                found.is_some()
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let (Some(it), Some(part_intervals)) = (
            interval::of_figure(total),
            parts
                .iter()
                .map(|&i| interval::of_figure(&mentions[i]))
                .collect::<Option<Vec<_>>>(),
        ) else {
            continue;
        };
        let sum_lo: f64 = part_intervals.iter().map(|i| i.lo).sum();
        let v = if sum_lo > it.hi {
            Verdict::Conflict
        } else {
            Verdict::Agree
        };
        let mut f = finding(
            Kind::Count,
            format!("internal/total/{}/{}", total.doc, total.start),
            format!("parts of “{}”", total.text),
            v,
        );
        f.basis = Basis::Total { cue: cue.1.clone() };
        f.members = std::iter::once(member(counts[0], source, Some(it)))
            .chain(
                parts
                    .iter()
                    .zip(&part_intervals)
                    .map(|(&i, iv)| member(i, source, Some(*iv))),
            )
            .collect();
        out.push(f);
    }
}

/// Byte offset of `phrase` in `text` as whole words.
fn find_word(text: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(phrase).map(|k| k + from) {
        let before_ok = at == 0
            || !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        let end = at + phrase.len();
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + phrase.len().max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::claim::Bound;
    use crate::model::time::Date;

    fn figure(kind: Kind, sentence: &str, text: &str, value: f64, bound: Bound) -> Mention {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("doc", kind, text, start, start + text.len());
        m.value = Some(value);
        m.bound = Some(bound);
        m.sentence = sentence.to_owned();
        m
    }

    fn run(mentions: Vec<Mention>) -> Vec<Finding> {
        let sources = vec![Source {
            doc: "doc".into(),
            publisher: None,
            title: None,
            published: Date::from_ymd(2019, 11, 6),
            digest: None,
            story_features: None,
        }];
        let by_doc: FxHashMap<&str, usize> = [("doc", 0)].into_iter().collect();
        check(&mentions, &by_doc, &sources, Rates::compiled())
    }

    #[test]
    fn a_stated_multiple_is_checked_against_from_and_to() {
        let s = "Sales more than doubled, from 25 to 61.";
        let found = run(vec![
            figure(Kind::Ratio, s, "more than doubled", 2.0, Bound::AtLeast),
            figure(Kind::Count, s, "25", 25.0, Bound::Exact),
            figure(Kind::Count, s, "61", 61.0, Bound::Exact),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);

        let s = "Sales tripled, from 25 to 61.";
        let found = run(vec![
            figure(Kind::Ratio, s, "tripled", 3.0, Bound::Exact),
            figure(Kind::Count, s, "25", 25.0, Bound::Exact),
            figure(Kind::Count, s, "61", 61.0, Bound::Exact),
        ]);
        assert_eq!(found[0].verdict, Verdict::Conflict, "{:?}", found[0].basis);
    }

    #[test]
    fn the_figures_may_stand_in_the_next_sentence() {
        let s1 = "Searches rose 9.4 times.";
        let s2 = "They went from 512,000 to 4.8 million.";
        let found = run(vec![
            figure(Kind::Ratio, s1, "9.4 times", 9.4, Bound::Exact),
            figure(Kind::Count, s2, "512,000", 512_000.0, Bound::Exact),
            figure(Kind::Count, s2, "4.8 million", 4.8e6, Bound::Exact),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
    }

    #[test]
    fn figures_of_the_next_sentence_are_not_taken_when_either_sentence_has_its_own() {
        // The next sentence states its own change of its own pair: the first change is of
        // something else.
        let s1 = "Sales of bicycles rose by 12 percent in the towns.";
        let s2 = "Sales of scooters rose by 40 percent, from 0.50 percent to 0.70 percent.";
        let found = run(vec![
            figure(Kind::Percent, s1, "12 percent", 12.0, Bound::Exact),
            figure(Kind::Percent, s2, "40 percent", 40.0, Bound::Exact),
            figure(Kind::Percent, s2, "0.50 percent", 0.5, Bound::Exact),
            figure(Kind::Percent, s2, "0.70 percent", 0.7, Bound::Exact),
        ]);
        // Only the stated 40 percent, against its own pair (0.50 to 0.70 is 40 % up).
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].label.starts_with("“40 percent”"),
            "{}",
            found[0].label
        );
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
        // A level in a series of its own sentence ("from about 10% now to 15%") is no change
        // whose figures stand in the next sentence.
        let s1 = "The mill wants yields to go from about 10% now to 15% by 2030.";
        let s2 = "Its rival expects yields to rise from 12% to 30%.";
        let found = run(vec![
            figure(Kind::Percent, s1, "about 10%", 10.0, Bound::Exact),
            figure(Kind::Percent, s1, "15%", 15.0, Bound::Exact),
            figure(Kind::Percent, s2, "12%", 12.0, Bound::Exact),
            figure(Kind::Percent, s2, "30%", 30.0, Bound::Exact),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_conversion_a_little_off_the_months_rate_is_the_rate_of_another_day() {
        // In November 2019 a euro averaged about 1.105 dollars: 10,350 euro is about $11,438,
        // and $11,400 is 0.3 % below.
        let s = "The bike costs 10,350 euro ($11,400) in shops.";
        let mut a = figure(Kind::Amount, s, "10,350 euro", 10_350.0, Bound::Exact);
        a.unit = Some("EUR".into());
        let mut b = figure(Kind::Amount, s, "$11,400", 11_400.0, Bound::Exact);
        b.unit = Some("USD".into());
        let found = run(vec![a, b]);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
        // $12,400 is 8.4 % above: a wrong conversion.
        let s = "The bike costs 10,350 euro ($12,400) in shops.";
        let mut a = figure(Kind::Amount, s, "10,350 euro", 10_350.0, Bound::Exact);
        a.unit = Some("EUR".into());
        let mut b = figure(Kind::Amount, s, "$12,400", 12_400.0, Bound::Exact);
        b.unit = Some("USD".into());
        let found = run(vec![a, b]);
        assert_eq!(found[0].verdict, Verdict::Conflict, "{:?}", found[0].basis);
    }

    #[test]
    fn a_bare_dollar_is_read_as_the_us_dollar_when_only_that_reading_holds() {
        // Read as Hong Kong dollars, $6.5 billion would be about £0.64 billion; as US dollars
        // about £5.04 billion (November 2019: a pound was about 1.29 dollars).
        let s = "The firm will raise $6.5 billion (£5 billion) in the listing.";
        let mut a = figure(Kind::Amount, s, "$6.5 billion", 6.5e9, Bound::Exact);
        a.unit = Some("HKD".into());
        let mut b = figure(Kind::Amount, s, "£5 billion", 5e9, Bound::Exact);
        b.unit = Some("GBP".into());
        let found = run(vec![a.clone(), b.clone()]);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
        // "HK$" is not a bare sign: its reading stands, and the conversion is off.
        let s = "The firm will raise HK$6.5 billion (£5 billion) in the listing.";
        let mut a = figure(Kind::Amount, s, "HK$6.5 billion", 6.5e9, Bound::Exact);
        a.unit = Some("HKD".into());
        b.sentence = s.to_owned();
        let found = run(vec![a, b]);
        assert_eq!(found[0].verdict, Verdict::Conflict, "{:?}", found[0].basis);
    }

    #[test]
    fn a_conversion_is_checked_at_the_rate_of_the_day() {
        let s = "Funds of 30 billion yuan ($4.3 billion) were allocated.";
        let mut a = figure(Kind::Amount, s, "30 billion yuan", 30e9, Bound::Exact);
        a.unit = Some("CNY".into());
        let mut b = figure(Kind::Amount, s, "$4.3 billion", 4.3e9, Bound::Exact);
        b.unit = Some("USD".into());
        let found = run(vec![a.clone(), b.clone()]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
        assert_eq!(found[0].rates.len(), 1);
        // Ten billion dollars is not what 30 billion yuan were worth.
        let mut wrong = b;
        wrong.text = "$10 billion".into();
        wrong.sentence = s.replace("$4.3 billion", "$10 billion");
        wrong.value = Some(10e9);
        a.sentence = wrong.sentence.clone();
        let found = run(vec![a, wrong]);
        assert_eq!(found[0].verdict, Verdict::Conflict, "{:?}", found[0].basis);
    }

    #[test]
    fn figures_before_the_part_cue_are_not_parts() {
        // Three figures listed side by side, and "including" only after all of them.
        let s = "The archive held 67 letters from Dorne, 63 from Vell and dozens more from \
                 smaller towns, including Ostry.";
        let found = run(vec![
            figure(Kind::Count, s, "67", 67.0, Bound::Exact),
            figure(Kind::Count, s, "63", 63.0, Bound::Exact),
            figure(Kind::Count, s, "dozens", 24.0, Bound::AtLeast),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn parts_may_not_exceed_their_total() {
        let s = "The court heard 90 cases, including 40 on fraud and 58 on theft.";
        let found = run(vec![
            figure(Kind::Count, s, "90", 90.0, Bound::Exact),
            figure(Kind::Count, s, "40", 40.0, Bound::Exact),
            figure(Kind::Count, s, "58", 58.0, Bound::Exact),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].verdict, Verdict::Conflict, "{:?}", found[0].basis);
        let s = "The court heard 100 cases, including 40 on fraud and 58 on theft.";
        let found = run(vec![
            figure(Kind::Count, s, "100", 100.0, Bound::Exact),
            figure(Kind::Count, s, "40", 40.0, Bound::Exact),
            figure(Kind::Count, s, "58", 58.0, Bound::Exact),
        ]);
        assert_eq!(found[0].verdict, Verdict::Agree, "{:?}", found[0].basis);
    }
}
