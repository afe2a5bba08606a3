//! Extraction scored against the hand annotations of the five seed articles, with floors that
//! may only be raised.

use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::extract;
use claimgraph::model::claim::{Kind, Mention};
use claimgraph::tools::eval;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extract_dir(dir: &Path) -> Vec<Mention> {
    let corpus = Corpus::open(&[dir.to_path_buf()], ReadOptions::default()).expect("seeds open");
    let mut out = Vec::new();
    for item in corpus {
        let Item::Article(article) = item.expect("seed reads") else {
            continue;
        };
        let published = article.meta.published.as_ref().map(|p| p.period);
        let input = extract::Article {
            doc: &article.id,
            text: &article.text,
            published,
        };
        out.extend(extract::extract(&input).mentions);
    }
    out
}

fn seed_scores() -> eval::Scores {
    let gold = eval::read_gold_dir(&root().join("data/gold")).expect("gold reads");
    let predicted = extract_dir(&root().join("seeds"));
    eval::score(&gold, &predicted)
}

#[test]
fn seed_scores_stay_above_their_floors() {
    let s = seed_scores();
    let f1 = |k: Kind| s.kinds[&k].f1;
    let report = format!(
        "overall {:.3}, amount {:.3}, count {:.3}, date {:.3}, quote {:.3}, speaker {:.3}, unit {:.3}, bound {:.3}",
        s.overall.f1,
        f1(Kind::Amount),
        f1(Kind::Count),
        f1(Kind::Date),
        f1(Kind::Quote),
        s.speaker.accuracy,
        s.unit.accuracy,
        s.bound.accuracy
    );
    // The floors are 0.90 overall, 0.85 per kind and for speakers; these are where
    // extraction stands now, less a small margin. Raise them as it improves; never lower them.
    assert!(s.overall.f1 >= 0.97, "{report}");
    for kind in [Kind::Amount, Kind::Count, Kind::Date, Kind::Quote] {
        assert!(f1(kind) >= 0.95, "{kind}: {report}");
    }
    for kind in [Kind::Percent, Kind::Ratio, Kind::Duration] {
        assert!(f1(kind) >= 0.90, "{kind}: {report}");
    }
    assert!(s.speaker.accuracy >= 0.95, "{report}");
    assert!(s.bound.accuracy >= 0.95, "{report}");
    assert!(s.unit.accuracy >= 0.85, "{report}");
}

#[test]
fn every_mention_text_is_the_article_text_at_its_offsets() {
    for entry in std::fs::read_dir(root().join("seeds")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = path.file_stem().unwrap().to_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let input = extract::Article {
            doc,
            text: &text,
            published: None,
        };
        for m in extract::extract(&input).mentions {
            let at: String = chars[m.start..m.end].iter().collect();
            assert_eq!(at, m.text, "{doc} {}..{}", m.start, m.end);
        }
    }
}

#[test]
fn gold_offsets_point_at_their_text() {
    // The annotations are the reference: check they are what the scorer assumes.
    let gold = eval::read_gold_dir(&root().join("data/gold")).unwrap();
    for g in gold {
        let text =
            std::fs::read_to_string(root().join("seeds").join(format!("{}.txt", g.doc))).unwrap();
        let at: String = text.chars().skip(g.start).take(g.end - g.start).collect();
        assert_eq!(at, g.text, "{} {}", g.doc, g.start);
    }
}
