//! Reading the seed corpus: ids, publication dates from `seeds/sources.tsv`, the text untouched.

use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::model::article::{Article, PublishedBasis};
use claimgraph::model::time::{Date, Period, Precision};
use std::path::{Path, PathBuf};

fn day(y: i32, m: u32, d: u32) -> Period {
    Period::day(Date::from_ymd(y, m, d).unwrap())
}

#[test]
fn reads_the_seed_articles_with_their_dates() {
    let seeds: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let corpus = Corpus::open(std::slice::from_ref(&seeds), ReadOptions::default()).unwrap();
    assert_eq!(corpus.len(), 5);
    assert!(corpus.total_bytes() > 0);
    let articles: Vec<Article> = corpus
        .map(|item| match item.unwrap() {
            Item::Article(a) => a,
            other => panic!("{other:?}"),
        })
        .collect();
    let ids: Vec<&str> = articles.iter().map(|a| &a.id[..3]).collect();
    assert_eq!(ids, ["000", "001", "002", "003", "004"]);

    let a003 = &articles[3];
    assert_eq!(a003.id, "003_a17ce7dac7a757fe");
    let published = a003.meta.published.as_ref().unwrap();
    assert_eq!(published.period, day(2019, 11, 6));
    assert_eq!(published.period.precision, Precision::Day);
    match &published.basis {
        PublishedBasis::Sources { path, line, note } => {
            assert_eq!(path, &seeds.join("sources.tsv"));
            assert_eq!(*line, 5);
            assert!(note.starts_with("stated:"), "{note}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(a003.meta.publisher.as_deref(), Some("Cointelegraph"));
    assert!(a003
        .meta
        .title
        .as_deref()
        .unwrap()
        .starts_with("How Will China Pursue"));
    // The text is the file's, untouched.
    assert_eq!(a003.text, std::fs::read_to_string(&a003.path).unwrap());

    let a001 = &articles[1].meta.published.as_ref().unwrap().period;
    assert_eq!(*a001, Period::month(2019, 11).unwrap());
    assert_eq!(a001.precision, Precision::Month);
    assert_eq!(articles[4].meta.publisher, None, "`unknown` publisher");
    assert_eq!(
        articles[0].meta.published.as_ref().unwrap().period,
        day(2019, 10, 29)
    );
    assert_eq!(
        articles[2].meta.published.as_ref().unwrap().period,
        day(2019, 12, 10)
    );
}
