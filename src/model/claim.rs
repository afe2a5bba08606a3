//! The claim model: one mention of a figure, date or quotation in one article, as extraction
//! produces it and as everything downstream (evaluation, RDF, consistency) reads it.
//!
//! The JSON shape is the one of `data/gold/SCHEMA.md`, plus `sentence` and the resolution
//! fields; offsets count Unicode code points, end exclusive.

use crate::model::time::{Date, Precision};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::io;
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

impl Mention {
    /// Writes the mention as one JSON object, byte for byte what `serde_json::to_writer` writes
    /// for it (the test below holds them together), but faster: strings are written a run at a
    /// time between the bytes JSON escapes, found sixteen bytes at a time, where serde_json
    /// looks each byte up in turn (4 % of `extract --format jsonl`). Every value that is no
    /// plain string still goes through serde_json.
    pub fn write_json<W: io::Write>(&self, w: &mut W) -> io::Result<()> {
        // Every field named: a field added to `Mention` does not compile here until it is
        // written too.
        let Mention {
            doc,
            kind,
            text,
            start,
            end,
            value,
            low,
            bound,
            unit,
            measure,
            ambiguous,
            duration,
            from,
            to,
            precision,
            basis,
            reference,
            event,
            happening,
            speaker,
            subject,
            sentence,
        } = self;
        fn through_serde<W: io::Write>(w: &mut W, value: &impl Serialize) -> io::Result<()> {
            value
                .serialize(&mut serde_json::Serializer::new(w))
                .map_err(io::Error::from)
        }
        fn number<W: io::Write>(w: &mut W, value: &Option<f64>) -> io::Result<()> {
            serialize_number(value, &mut serde_json::Serializer::new(w)).map_err(io::Error::from)
        }
        fn string<W: io::Write>(w: &mut W, key: &str, value: &Option<String>) -> io::Result<()> {
            match value {
                Some(v) => {
                    w.write_all(key.as_bytes())?;
                    write_json_str(w, v)
                }
                None => Ok(()),
            }
        }
        fn field<W: io::Write, T: Serialize>(
            w: &mut W,
            key: &str,
            value: &Option<T>,
        ) -> io::Result<()> {
            match value {
                Some(v) => {
                    w.write_all(key.as_bytes())?;
                    through_serde(w, v)
                }
                None => Ok(()),
            }
        }
        w.write_all(b"{\"doc\":")?;
        write_json_str(w, doc)?;
        w.write_all(b",\"kind\":")?;
        through_serde(w, kind)?;
        w.write_all(b",\"text\":")?;
        write_json_str(w, text)?;
        w.write_all(b",\"start\":")?;
        through_serde(w, start)?;
        w.write_all(b",\"end\":")?;
        through_serde(w, end)?;
        if value.is_some() {
            w.write_all(b",\"value\":")?;
            number(w, value)?;
        }
        if low.is_some() {
            w.write_all(b",\"low\":")?;
            number(w, low)?;
        }
        field(w, ",\"bound\":", bound)?;
        string(w, ",\"unit\":", unit)?;
        string(w, ",\"measure\":", measure)?;
        if *ambiguous {
            w.write_all(b",\"ambiguous\":true")?;
        }
        string(w, ",\"duration\":", duration)?;
        field(w, ",\"from\":", from)?;
        field(w, ",\"to\":", to)?;
        field(w, ",\"precision\":", precision)?;
        field(w, ",\"basis\":", basis)?;
        field(w, ",\"reference\":", reference)?;
        string(w, ",\"event\":", event)?;
        string(w, ",\"happening\":", happening)?;
        string(w, ",\"speaker\":", speaker)?;
        string(w, ",\"subject\":", subject)?;
        if !sentence.is_empty() {
            w.write_all(b",\"sentence\":")?;
            write_json_str(w, sentence)?;
        }
        w.write_all(b"}")
    }
}

/// Whether JSON escapes the byte: a control character, a quotation mark or a backslash.
#[inline]
fn json_escapes(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte from `from` on that JSON escapes. Sixteen bytes are tested at a time
/// without a branch a byte (the compiler makes it a few vector instructions); only the
/// sixteen that hold one are searched byte by byte.
fn next_json_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    for chunk in bytes[from..].chunks_exact(16) {
        if chunk.iter().fold(false, |any, &b| any | json_escapes(b)) {
            break;
        }
        at += 16;
    }
    bytes[at..]
        .iter()
        .position(|&b| json_escapes(b))
        .map(|p| at + p)
}

/// `s` as a JSON string, quoted and escaped as serde_json escapes it (its own formatter
/// writes each escape).
fn write_json_str<W: io::Write>(w: &mut W, s: &str) -> io::Result<()> {
    use serde_json::ser::{CharEscape, Formatter};
    let bytes = s.as_bytes();
    w.write_all(b"\"")?;
    let mut done = 0;
    while let Some(at) = next_json_escape(bytes, done) {
        w.write_all(&bytes[done..at])?;
        let escape = match bytes[at] {
            b'"' => CharEscape::Quote,
            b'\\' => CharEscape::ReverseSolidus,
            0x08 => CharEscape::Backspace,
            0x09 => CharEscape::Tab,
            0x0a => CharEscape::LineFeed,
            0x0c => CharEscape::FormFeed,
            0x0d => CharEscape::CarriageReturn,
            b => CharEscape::AsciiControl(b),
        };
        serde_json::ser::CompactFormatter.write_char_escape(w, escape)?;
        done = at + 1;
    }
    w.write_all(&bytes[done..])?;
    w.write_all(b"\"")
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte JSON treats apart, and others around them, at every place of a chunk.
    fn awkward() -> String {
        let mut s = String::new();
        for b in 0u8..0x80 {
            s.push(char::from(b));
            s.push_str("ab“é”");
        }
        s.push_str(&"x".repeat(40));
        s.push_str("\"\\\u{1f}");
        s
    }

    #[test]
    fn a_mention_is_written_as_serde_json_writes_it() {
        let date = Date::from_ymd(2021, 3, 17);
        let mut full = Mention::new("doc\"1", Kind::Amount, "$4\\0", 3, 9);
        full.value = Some(40.0e9);
        full.low = Some(2.5);
        full.bound = Some(Bound::AtLeast);
        full.unit = Some("USD".into());
        full.measure = Some("revenue".into());
        full.ambiguous = true;
        full.duration = Some("P3Y".into());
        full.from = date;
        full.to = date;
        full.precision = Some(Precision::Quarter);
        full.basis = Some(DateBasis::YearFromReference);
        full.reference = date;
        full.event = Some("the \"launch\"".into());
        full.happening = Some("launched".into());
        full.speaker = Some("Ann\tLee".into());
        full.subject = Some("Acme\n".into());
        full.sentence = awkward();
        let mut odd = full.clone();
        odd.value = Some(f64::NAN);
        odd.low = Some(-1.0e20);
        let mut mentions = vec![Mention::new("", Kind::Quote, "", 0, 0), full, odd];
        for n in [0, 1, 15, 16, 17, 31, 32, 33] {
            let mut m = Mention::new("d", Kind::Date, "x", 1, 2);
            m.sentence = "s".repeat(n) + "\"" + &"t".repeat(n);
            mentions.push(m);
            let mut m = Mention::new("d", Kind::Count, "x", 1, 2);
            m.sentence = "é".repeat(n);
            m.value = Some(0.1);
            mentions.push(m);
        }
        for m in &mentions {
            let mut ours = Vec::new();
            m.write_json(&mut ours).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(m).unwrap()
            );
        }
    }
}
