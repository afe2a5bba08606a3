//! Tests of the analysis as a whole: slots, verdicts and their order.

use super::fixtures::{money, source};
use super::*;

fn run(mentions: Vec<Mention>) -> Analysis {
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    analyse(
        sources,
        mentions,
        &Curation::default(),
        Rates::compiled(),
        None,
    )
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
    assert_eq!(f.verdict, Verdict::Agree, "{:?}", f.basis);
    assert_eq!(f.rates.len(), 1);
    assert_eq!(f.rates[0].month, "2021-03");
    assert_eq!(f.rates[0].from, "EUR");

    let a = run(vec![
        money("a", "US$3.1 billion", 3.1e9, "USD", false),
        money("b", "€2.0 billion", 2.0e9, "EUR", false),
    ]);
    let f = figure_finding(&a);
    assert_eq!(f.verdict, Verdict::Conflict, "{:?}", f.basis);
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
    assert_eq!(
        f.assumptions,
        [Assumption::ReadAs {
            sign: "$".into(),
            currency: "USD".into()
        }]
    );
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
    let a = analyse(
        sources,
        mentions,
        &Curation::default(),
        Rates::compiled(),
        None,
    );
    assert_eq!(figure_finding(&a).verdict, Verdict::Uncorroborated);
}
