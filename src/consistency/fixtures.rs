//! Made-up sources and figures for the tests of the analysis and of how findings are worded.

use super::*;
use crate::model::claim::Bound;

/// The verdicts of an analysis's date findings that hold more than one mention, in order.
pub(crate) trait DateVerdicts {
    fn date_verdicts(&self) -> Vec<Verdict>;
}

impl DateVerdicts for Analysis {
    fn date_verdicts(&self) -> Vec<Verdict> {
        self.findings
            .iter()
            .filter(|f| f.kind == Kind::Date && f.members.len() > 1)
            .map(|f| f.verdict)
            .collect()
    }
}

/// A source published on `published`, named "Publisher DOC".
pub(crate) fn source(doc: &str, published: (i32, u32, u32)) -> Source {
    Source {
        doc: doc.into(),
        publisher: Some(format!("Publisher {doc}")),
        title: None,
        published: Date::from_ymd(published.0, published.1, published.2),
        digest: Some(format!("digest of {doc}")),
        story_features: None,
    }
}

/// An investment figure of one made-up company.
pub(crate) fn money(doc: &str, text: &str, value: f64, currency: &str, ambiguous: bool) -> Mention {
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

/// "N people were killed" in `doc`, as extraction gives it: a count of people in `sentence`.
pub(crate) fn toll(doc: &str, value: f64, sentence: &str) -> Mention {
    let text = format!("{value}");
    let start = sentence.find(&text).unwrap();
    let mut m = Mention::new(doc, Kind::Count, &text, start, start + text.len());
    m.value = Some(value);
    m.unit = Some("people".into());
    m.sentence = sentence.into();
    m
}

/// `sources` and `mentions` analysed as one story, with the compiled rates and no curation.
pub(crate) fn one_story(sources: Vec<Source>, mentions: Vec<Mention>) -> Analysis {
    let story = Story::of_all(&sources, "the story");
    analyse(
        sources,
        mentions,
        &curation::Curation::default(),
        fx::Rates::compiled(),
        Some(vec![story]),
    )
}

/// A duration `text` (ISO 8601 `iso`) as extraction gives it, in `sentence` of `doc`.
pub(crate) fn duration(doc: &str, text: &str, iso: &str, bound: Bound, sentence: &str) -> Mention {
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Duration, text, start, start + text.len());
    m.duration = Some(iso.into());
    m.bound = Some(bound);
    m.sentence = sentence.into();
    m
}

/// A date `text` of one day (`ymd`) as extraction gives it, in `sentence` of `doc`.
pub(crate) fn day(doc: &str, text: &str, ymd: (i32, u32, u32), sentence: &str) -> Mention {
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Date, text, start, start + text.len());
    m.from = Date::from_ymd(ymd.0, ymd.1, ymd.2);
    m.to = m.from;
    m.sentence = sentence.into();
    m
}
