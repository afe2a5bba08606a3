//! Made-up sources and figures for the tests of the analysis and of how findings are worded.

use super::*;
use crate::model::claim::Bound;

/// A source published on `published`, named "Publisher DOC".
pub(crate) fn source(doc: &str, published: (i32, u32, u32)) -> Source {
    Source {
        doc: doc.into(),
        publisher: Some(format!("Publisher {doc}")),
        title: None,
        published: Date::from_ymd(published.0, published.1, published.2),
        digest: Some(format!("digest of {doc}")),
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
