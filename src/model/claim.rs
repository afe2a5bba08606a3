//! The claim model: one mention of a figure, date or quotation in one article, as extraction
//! produces it and as everything downstream (evaluation, RDF, consistency) reads it.
//!
//! The JSON shape is the one of `data/gold/SCHEMA.md`, plus `sentence` and the resolution
//! fields; offsets count Unicode code points, end exclusive.

use crate::model::time::{Date, Precision};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// What sort of claim a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Amount,
    Count,
    Percent,
    Ratio,
    Duration,
    Date,
    Quote,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Amount,
        Kind::Count,
        Kind::Percent,
        Kind::Ratio,
        Kind::Duration,
        Kind::Date,
        Kind::Quote,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Amount => "amount",
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Ratio => "ratio",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }

    /// Kinds whose mentions carry a numeric `value`.
    pub fn has_value(self) -> bool {
        matches!(
            self,
            Kind::Amount | Kind::Count | Kind::Percent | Kind::Ratio
        )
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown kind {s:?} (expected one of amount, count, percent, ratio, duration, date, quote)"))
    }
}

/// How a hedge word bounds a figure ("over 700" is `AtLeast`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Exact,
    AtLeast,
    AtMost,
    Approx,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
            Bound::Approx => "approx",
        }
    }
}

impl FromStr for Bound {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "exact" => Ok(Bound::Exact),
            "at_least" => Ok(Bound::AtLeast),
            "at_most" => Ok(Bound::AtMost),
            "approx" => Ok(Bound::Approx),
            _ => Err(format!("unknown bound {s:?}")),
        }
    }
}

/// How a date mention got its interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The text names the calendar period in full ("Oct. 24, 2019").
    Absolute,
    /// The year was taken from the reference date ("Oct. 24").
    YearFromReference,
    /// A deictic expression resolved against the reference date ("last week").
    Relative,
    /// Counted from an earlier date in the text ("three years later").
    Anaphoric,
}

/// One claim mention in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: String,
    pub kind: Kind,
    /// The exact span as it stands in the article.
    pub text: String,
    /// Offsets in Unicode code points, end exclusive.
    pub start: usize,
    pub end: usize,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_number"
    )]
    pub value: Option<f64>,
    /// For a range ("3-5"), the low end; `value` holds the high end.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_number"
    )]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// ISO 4217 code for amounts; the counted noun phrase for counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What the figure measures: a concept of the measure vocabulary (`ontology/measures.ttl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// True when the currency was read from a symbol shared by several currencies (a bare `$`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub ambiguous: bool,
    /// ISO 8601 duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    /// How the date interval was obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<DateBasis>,
    /// The date a relative expression was resolved against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// For a date, the happening it dates: the verb of its own clause or the noun it stands in,
    /// lower case as written ("launched", "said", "blast off", "launch"; `extract::event`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub happening: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The sentence the mention stands in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sentence: String,
}

impl Mention {
    /// Where the mention's text stands in its sentence (byte offsets into `sentence`): its
    /// first occurrence there, or `None` when the sentence does not hold it.
    pub fn span_in_sentence(&self) -> Option<(usize, usize)> {
        self.sentence
            .find(&self.text)
            .map(|s| (s, s + self.text.len()))
    }

    /// A mention with only its identity filled in.
    pub fn new(doc: &str, kind: Kind, text: &str, start: usize, end: usize) -> Mention {
        Mention {
            doc: doc.to_owned(),
            kind,
            text: text.to_owned(),
            start,
            end,
            value: None,
            low: None,
            bound: None,
            unit: None,
            measure: None,
            ambiguous: false,
            duration: None,
            from: None,
            to: None,
            precision: None,
            basis: None,
            reference: None,
            event: None,
            happening: None,
            speaker: None,
            subject: None,
            sentence: String::new(),
        }
    }

    /// What the mention says, normalised, for people: `≥ 200 people killed`, `2017-12-26
    /// (day)`, `≈ P2M`, `12.8%`.
    pub fn value_text(&self) -> String {
        let bound = match self.bound {
            Some(Bound::AtLeast) => "≥ ",
            Some(Bound::AtMost) => "≤ ",
            Some(Bound::Approx) => "≈ ",
            _ => "",
        };
        let precision = self.precision.map_or("", |p| p.as_str());
        match self.kind {
            Kind::Date => match (self.from, self.to) {
                (Some(f), Some(t)) if f == t => format!("{f} ({precision})"),
                (Some(f), Some(t)) => format!("{f}/{t} ({precision})"),
                _ => "unresolved".to_owned(),
            },
            Kind::Duration => format!("{bound}{}", self.duration.as_deref().unwrap_or("")),
            Kind::Quote => String::new(),
            _ => {
                let v = self.value.map(format_number).unwrap_or_default();
                let unit = self.unit.as_deref().unwrap_or("");
                let suffix = match self.kind {
                    Kind::Percent => "%",
                    Kind::Ratio => "×",
                    _ => "",
                };
                let ambiguous = if self.ambiguous { " (?)" } else { "" };
                format!("{bound}{v}{suffix} {unit}{ambiguous}")
                    .trim_end()
                    .to_owned()
            }
        }
    }
}

/// A number for people: thousands separated by commas when whole (`11,500,000`).
fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as i64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Writes whole numbers without a fractional part, so `40 billion` reads `40000000000`.
fn serialize_number<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => serializer.serialize_i64(*v as i64),
        Some(v) => serializer.serialize_f64(*v),
        None => serializer.serialize_none(),
    }
}

/// Something extraction noticed but could not settle, reported on stderr.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub doc: String,
    /// Offset (code points) the diagnostic is about, if any.
    pub start: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.start {
            Some(at) => write!(f, "{}@{}: {}", self.doc, at, self.message),
            None => write!(f, "{}: {}", self.doc, self.message),
        }
    }
}
