//! A figure slot's frame in words, as the report heads a finding and the findings graph labels
//! a slot: qualifiers, measure (the vocabulary's label, the people counted, or the counted
//! noun in the plural), subject, place and period ("initial people killed", "revenue of Acme,
//! in 2019").

use crate::consistency::{Analysis, Finding};
use crate::model::frame::{self, Frame};
use crate::model::lexicon::Lexicon;
use crate::model::time::Date;
use std::sync::OnceLock;

/// A figure finding's frame as people read it and the findings graph records it: the frame
/// its members share (they share one by construction of the slot), the subject when the
/// measure needs one, and the period when the slot keeps one.
pub struct FigureFrame {
    pub frame: Frame,
    pub subject: Option<String>,
    pub period: Option<(Date, Date)>,
}

impl FigureFrame {
    /// The frame of `finding`, for figures (amounts, counts, percents, ratios) with a frame.
    pub fn of(analysis: &Analysis, finding: &Finding) -> Option<FigureFrame> {
        // Figure slots only: an internal check's members have frames of their own.
        if !finding.slot.starts_with("figure/") {
            return None;
        }
        let m = &analysis.mentions[finding.members.first()?.mention];
        let frame = frame::of(m)?;
        let subject = if frame.specific {
            None
        } else {
            m.subject
                .as_deref()
                .map(|s| s.trim_start_matches("the ").trim_start_matches("The "))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        // A slot's id ends with its period, "from/to", or "-" without one.
        let mut tail = finding.slot.rsplit('/');
        let period = match (tail.next(), tail.next()) {
            (Some(to), Some(from)) => Date::parse_iso(from).zip(Date::parse_iso(to)),
            _ => None,
        };
        Some(FigureFrame {
            frame,
            subject,
            period,
        })
    }

    /// The measure's concept in the measure vocabulary (`ontology/measures.ttl`), `None` for a
    /// counted noun it has no concept for.
    pub fn concept(&self) -> Option<&str> {
        let measure = self.frame.measure.as_str();
        Lexicon::get()
            .measure_labels
            .contains_key(measure)
            .then_some(measure)
    }

    /// The measure as a noun phrase: the vocabulary's label ("people killed"), the people
    /// counted in place of "people" ("children killed"), or the counted noun, plural.
    pub fn measure_words(&self) -> String {
        // A rate ("money per flight") is its measure per one of something: only the measure
        // is named as the vocabulary labels it.
        let (head, per) = match self.frame.measure.split_once(" per ") {
            Some((head, unit)) => (head, Some(unit)),
            None => (self.frame.measure.as_str(), None),
        };
        let measure = match Lexicon::get().measure_labels.get(head) {
            Some(label) => label.clone(),
            None if per.is_some() => head.to_owned(),
            None => plural(head),
        };
        let measure = match per {
            Some(unit) => format!("{measure} per {unit}"),
            None => measure,
        };
        match &self.frame.population {
            Some(people) => match measure.strip_prefix("people ") {
                Some(what) => format!("{people} {what}"),
                None => format!("{measure} ({people})"),
            },
            None => measure,
        }
    }
}

impl std::fmt::Display for FigureFrame {
    /// "initial people killed", "revised offer value of Acme", "price per share",
    /// "additional people affected in the UK, 2019-01-01 to 2019-12-31".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Qualifiers that are adjectives go before the measure; "per share" after it.
        for q in self.frame.qualifiers.iter().filter(|q| !q.contains(' ')) {
            write!(f, "{q} ")?;
        }
        f.write_str(&self.measure_words())?;
        for q in self.frame.qualifiers.iter().filter(|q| q.contains(' ')) {
            write!(f, " {q}")?;
        }
        if let Some(subject) = &self.subject {
            write!(f, " of {subject}")?;
        }
        if let Some(place) = self.frame.place {
            write!(f, " in {}", place_words(place))?;
        }
        if let Some((from, to)) = self.period {
            write!(f, ", {}", period_words(from, to))?;
        }
        Ok(())
    }
}

/// Nouns shown as they are: plural already or the same in both numbers
/// (`data/words/plural-nouns.txt`); a `*` entry is a suffix.
fn unchanged_in_plural(word: &str) -> bool {
    static WORDS: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (whole, suffixes) = WORDS.get_or_init(|| {
        let lines = include_str!("../../data/words/plural-nouns.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let (suffixes, whole): (Vec<&str>, Vec<&str>) = lines.partition(|l| l.starts_with('*'));
        (whole, suffixes.iter().map(|s| &s[1..]).collect())
    });
    whole.contains(&word) || suffixes.iter().any(|s| word.ends_with(s))
}

/// A place code of a frame in words: its first name in the vocabulary (`frame::place_name`),
/// "the US" for a short one, "Germany" for a longer one.
fn place_words(code: &str) -> String {
    let name = frame::place_name(code).unwrap_or(code);
    if name.len() <= 3 || name.contains('.') {
        format!("the {}", name.to_uppercase())
    } else {
        name.split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "on 2016-04-14", "in 2014-04", "in 2015", "2014-04-01 to 2014-06-30".
fn period_words(from: Date, to: Date) -> String {
    let ((fy, fm, fd), (ty, tm, td)) = (from.ymd(), to.ymd());
    if from == to {
        format!("on {from}")
    } else if fy == ty && (fm, fd, tm, td) == (1, 1, 12, 31) {
        format!("in {fy}")
    } else if fy == ty && fm == tm && fd == 1 && to.add_days(1).month() != tm {
        format!("in {fy}-{fm:02}")
    } else {
        format!("{from} to {to}")
    }
}

/// A counted noun's plural by the regular rules of English spelling ("missile" → "missiles",
/// "company" → "companies", "bus" → "buses"); a noun already plural stays.
fn plural(noun: &str) -> String {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    if (last.ends_with('s') && !last.ends_with("ss")) || unchanged_in_plural(last) {
        return noun.to_owned();
    }
    if let Some(stem) = noun.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| noun.ends_with(e))
    {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_in_words_read_as_english() {
        let frame = |measure: &str, qualifiers: Vec<&'static str>| FigureFrame {
            frame: Frame {
                measure: measure.into(),
                qualifiers,
                place: None,
                population: None,
                specific: true,
            },
            subject: None,
            period: None,
        };
        assert_eq!(frame("missile", vec![]).to_string(), "missiles");
        assert_eq!(frame("company", vec![]).to_string(), "companies");
        assert_eq!(frame("day", vec![]).to_string(), "days");
        assert_eq!(frame("bus", vec![]).to_string(), "bus");
        assert_eq!(frame("glass", vec![]).to_string(), "glasses");
        assert_eq!(frame("men", vec![]).to_string(), "men");
        assert_eq!(frame("policemen", vec![]).to_string(), "policemen");
        assert_eq!(frame("feet", vec![]).to_string(), "feet");
        assert_eq!(
            frame("killed", vec!["initial"]).to_string(),
            "initial people killed"
        );
        let mut children = frame("killed", vec![]);
        children.frame.population = Some("children".into());
        assert_eq!(children.to_string(), "children killed");
        let mut uk = frame("affected", vec!["additional"]);
        uk.frame.place = Some("uk");
        assert_eq!(uk.to_string(), "additional people affected in the UK");
        uk.frame.place = Some("de");
        assert_eq!(uk.to_string(), "additional people affected in Germany");
        let mut revenue = frame("revenue", vec![]);
        revenue.subject = Some("Acme".into());
        let day = |m, d| Date::from_ymd(2019, m, d).unwrap();
        revenue.period = Some((day(1, 1), day(12, 31)));
        assert_eq!(revenue.to_string(), "revenue of Acme, in 2019");
        revenue.period = Some((day(2, 1), day(2, 28)));
        assert_eq!(revenue.to_string(), "revenue of Acme, in 2019-02");
        revenue.period = Some((day(2, 1), day(2, 27)));
        assert_eq!(
            revenue.to_string(),
            "revenue of Acme, 2019-02-01 to 2019-02-27"
        );
        revenue.period = Some((day(2, 3), day(2, 3)));
        assert_eq!(revenue.to_string(), "revenue of Acme, on 2019-02-03");
    }
}
