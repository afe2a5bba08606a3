//! Extraction scored against the hand annotations of the five seed articles and of the news
//! gold (its tune and held-out parts), with floors that may only be raised.

use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::extract;
use claimgraph::model::article::Article;
use claimgraph::model::claim::{Kind, Mention};
use claimgraph::tools::eval;
use std::path::{Path, PathBuf};

use crate::common::{claimgraph, eval_parts, shared, stderr, stdout, Scratch};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extract_dir(dir: &Path) -> Vec<Mention> {
    extract_paths(&[dir.to_path_buf()])
}

fn extract_paths(paths: &[PathBuf]) -> Vec<Mention> {
    let corpus = Corpus::open(paths, ReadOptions::default()).expect("articles open");
    let mut out = Vec::new();
    for item in corpus {
        let Item::Article(article) = item.expect("seed reads") else {
            continue;
        };
        out.extend(extract::extract(&article).mentions);
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
    assert!(s.overall.f1 >= 0.99, "{report}");
    for kind in [Kind::Amount, Kind::Count, Kind::Date, Kind::Quote] {
        assert!(f1(kind) >= 0.98, "{kind}: {report}");
    }
    for kind in [Kind::Percent, Kind::Ratio, Kind::Duration] {
        assert!(f1(kind) >= 0.99, "{kind}: {report}");
    }
    assert!(s.speaker.accuracy >= 0.98, "{report}");
    assert!(s.bound.accuracy >= 0.98, "{report}");
    assert!(s.unit.accuracy >= 0.91, "{report}");
}

/// The news gold's scores, part by part (`tune`, `heldout`, `all`), over its articles in the
/// shared corpus.
fn news_scores() -> Vec<eval::PartScores> {
    let dir = root().join("data/gold/news");
    let gold = eval::read_gold_dir(&dir).expect("news gold reads");
    let articles = shared().join("corpora/news-clusters/articles");
    let mut docs: Vec<String> = gold.iter().map(|m| m.doc.clone()).collect();
    docs.dedup();
    let paths: Vec<PathBuf> = docs
        .iter()
        .map(|d| articles.join(format!("{d}.txt")))
        .collect();
    let predicted = extract_paths(&paths);
    let grouping = eval::Grouping {
        split: eval::read_split(&dir).expect("split.tsv reads"),
        ..eval::Grouping::default()
    };
    eval::evaluate(gold, predicted, None, &grouping)
        .expect("the split has parts")
        .parts
}

/// Floors for one part of the news gold: overall F1, F1 per kind, speaker accuracy.
fn check_news_floors(part: &eval::PartScores, overall: f64, kinds: &[(Kind, f64)], speaker: f64) {
    let s = &part.scores;
    let report = format!(
        "{}: overall {:.3}, {}, speaker {:.3}",
        part.part,
        s.overall.f1,
        Kind::ALL
            .iter()
            .map(|k| format!("{k} {:.3}", s.kinds[k].f1))
            .collect::<Vec<_>>()
            .join(", "),
        s.speaker.accuracy
    );
    assert!(s.overall.f1 >= overall, "{report}");
    for (kind, floor) in kinds {
        assert!(s.kinds[kind].f1 >= *floor, "{kind}: {report}");
    }
    assert!(s.speaker.accuracy >= speaker, "{report}");
}

#[test]
fn news_scores_stay_above_their_floors() {
    // Where extraction stands on the news gold, less a small margin; the issue asks for 0.92
    // overall, 0.85 per kind and 0.90 for speakers on the held-out part. Raise these as
    // extraction improves; never lower them. Tune on the tune part only: the held-out part is
    // scored to report.
    let parts = news_scores();
    let part = |name: &str| parts.iter().find(|p| p.part == name).expect("part");
    // The floors were set again when the gold grew from 44 to 60 articles (the measure
    // changed, not extraction): at what the same build scores on the larger gold; again at 72,
    // 84 and 96 articles. The `fresh` part (12 articles of 8 more events, annotated after the
    // held-out part had been scored many times) has no floor: it is a second measure of rules
    // on stories nobody tuned on. `fresh2` (15 articles of 11 events, 6 of them new to the
    // gold, annotated on 2026-12-06 before the tool was run on them) had none either, and
    // has been part of `tune` since (below). `fresh3` (15 articles of 15 events, one of them
    // new to the gold, none of the held-out or fresh events, annotated before the tool was
    // run on them) has none either: it is the unseen measure that replaces `fresh2`.
    // `fresh4` (10 articles of 10 events, none of the held-out or fresh events, annotated
    // before the tool was run on them) has none either: the unseen measure once `fresh` and
    // `fresh3` are opened to rule writers. `fresh5` (10 articles of 10 events, none of the
    // held-out or fresh4 events, annotated before the tool was run on them) has none either:
    // a new unseen measure for speaker rules.
    // Set again on 2026-12-06 (third session) when `fresh2`'s 15 articles joined the tune
    // part (92 articles): its misses had been read by no rule writer, and the held-out speaker
    // gap needed tune data from more outlets. The same build (b289276) scores the larger tune
    // part 0.957 overall, count 0.955, percent 0.945, duration 0.954, speakers 598 of 653 =
    // 0.916, 28 named where the gold has none: the measure changed, not extraction.
    // Set again on 2026-12-05 (second session) when the gold grew from 96 to 109 articles
    // (13 more tune articles of 12 events) and its speakers were made consistent with the
    // seed gold (the date of a statement has none): the build before that change scores the
    // new gold as the floors' comments say ("was" figures are on the old gold).
    check_news_floors(
        part("tune"),
        // 0.945 on the 77 tune articles (0.961 was on 64); 0.962 after issue 16's recall
        // round (quote marks, scores, ages, lengths of time, dates); 0.965 after the framed
        // quotes of the next speaker round; 0.957 with fresh2 in the part.
        0.955,
        &[
            // 0.991 (was 0.989).
            (Kind::Amount, 0.98),
            // 0.943 (was 0.963); 0.967 after the recall round; 0.955 with fresh2; 0.967
            // after the round drawn from fresh5's figure misses (how often, labels, ranks).
            (Kind::Count, 0.96),
            // 0.960 (was 0.979); 0.945 with fresh2; 0.964 after fractions with a slash.
            (Kind::Percent, 0.955),
            // 0.923 (was 1.000): one of two new ratios missed.
            (Kind::Ratio, 0.92),
            // 0.941 (was 0.978); 0.980 after the recall round; 0.954 with fresh2; 0.958 in
            // stop 42 (a counted "later" of days or more stays a date, as the seeds read it).
            (Kind::Duration, 0.95),
            // 0.937 (was 0.950); 0.949 after the recall round; 0.950 once captions repeating
            // the story are read; 0.954 once "later this year", "so far this year" and "the
            // rest of the year" cover part of the year, and "the end of the day" is no date.
            (Kind::Date, 0.95),
            // 0.954 (was 0.962); 0.966 after the recall round; 0.979 once quotations framed
            // without a verb of saying ("as Roe put it", "signs that read") keep a speaker.
            (Kind::Quote, 0.97),
        ],
        // 0.926 measured after "a day after" durations and "30 times since" counts were read
        // (two more mentions matched with the speaker right, two with it wrong: 323 of 349
        // against 321 of 345); the measure fell, no speaker was lost. Set again at 0.895 when
        // the gold grew from 60 to 72 articles (the same build: 324 of 350 on the 40 tune
        // articles before, 360 of 401 = 0.898 on the 48 after): the measure changed. And at
        // 0.88 at 84 articles (392 of 444 = 0.883 on the 56 tune articles, same build), 0.87
        // at 96 (438 of 500 = 0.876); 0.88 since modals, titled roles and hyphenated names
        // after an inverted "said" (442 of 500 = 0.884); 0.89 after the third round (453 of
        // 507 = 0.893); 0.87 on the 109-article gold (483 of 552 = 0.875, same build); 0.875
        // after issue 16's speaker round (486 of 552 = 0.880); 0.91 after the next (506 of 552
        // = 0.917: roles named later, "he" past quoted runs, clauses after "and", documents);
        // 0.92 after framed quotes (529 of 572 = 0.925; 531 = 0.928 once "media reports
        // claiming that" speak); 0.91 with fresh2 in the part (598 of 653 = 0.916); 0.92
        // after the round drawn from fresh2's misses (606 of 654 = 0.927: epithets, a
        // participle after a name and its verb, captions' credits, "as" with a role); 0.925
        // after the precision round of issue 16 (609 of 655 = 0.930).
        0.925,
    );
    // Speakers given where the gold has none (a date of a statement, a figure in the
    // article's own voice): 130 on the 109-article gold before the date of a statement lost
    // its speaker, 70 after; 55 once a relative clause and an attribution outside it no
    // longer meet; 38 once the sentence after an attribution is the article's voice; 34 once
    // a figure before "and said" is what the subject did; 29 once "in an interview on
    // Friday" dates the act of saying; 24 once "that"/"which" relative clauses, possessive
    // dates ("Monday's vote") and appositions are the article's voice; 24 once "a credit
    // reporting company" holds no verb of saying; 28 with fresh2's 15 articles in the part; 18
    // once a figure in a clause before the subject, in the speaker's own phrase, before a
    // clause of saying of its own or after an inverted attribution's ", and" is the
    // article's, and ", say," gives an example; 17 once a sentence opened by "he" or "she"
    // after an attribution is the article's voice too (verbs of believing and wanting
    // speak instead); 13 once a date opening the sentence before the speaker's clause dates
    // the act, a "what X said" clause and a relative clause without "that" speak only
    // inside them, and the count of the sources cited is the article's. A ceiling, lowered
    // as it falls.
    let extra = part("tune").scores.speaker_extra;
    assert!(
        extra <= 13,
        "tune: {extra} speakers named where the gold has none"
    );
    check_news_floors(
        part("heldout"),
        // 0.889 measured after the news forms of 2026-12-05's second round (decimal commas,
        // codes on the digits, days of the month, parts of shifted years), 0.883 before; 0.897
        // after the third round; 0.912 after the checklist round of 2026-12-06 (forms of news
        // from invented sentences; held-out misses not read).
        0.905,
        &[
            (Kind::Amount, 0.82),
            // 0.914 after the third round; 0.925 after the checklist round; 0.938 once "one"
            // before a person is a count when a verb before it or a casualty after it says what
            // happened (figure rules from invented sentences; held-out output not looked at).
            (Kind::Count, 0.93),
            (Kind::Percent, 0.93),
            // 0.852 measured (0.868 before): one more held-out duration predicted with no gold
            // mention after "a day after"/"one-year" were read as durations, as the news notes
            // annotate them on the tune part; held-out output was not looked at.
            // 0.873 after the third round; 0.945 after issue 16's recall round (lengths of
            // time "later", "N unit and M unit"; held-out output was not looked at); 0.963
            // after the checklist round.
            (Kind::Duration, 0.955),
            // 0.852 measured (0.838 before the same round); 0.861 after the third; 0.876
            // after the checklist round; 0.885 after the date round drawn from fresh5's misses
            // ("in recent months" back to the same day; held-out output was not looked at).
            (Kind::Date, 0.88),
            (Kind::Quote, 0.95),
        ],
        // 0.665 until two merges of this session: one more held-out mention found (with its
        // speaker wrong) and one held-out speaker changed by the tune part's rules. The held-out
        // part is scored, never tuned on, so its floor follows what general rules give.
        // 0.71 after the speaker rules drawn from un-annotated dev articles (0.718 measured).
        // 0.705 after the third round of figure rules: held-out counts 0.900 -> 0.914 put two
        // more held-out figures in the score, one with a speaker the gold does not name, so
        // right speakers rose (106 -> 107) while the share fell (0.711 -> 0.709 measured).
        // Held-out output was not looked at, only the test's summary line.
        // 0.69 when the speaker field of the gold was made consistent with the seed gold
        // (2026-12-05, second session): 100 of 144 = 0.694 with the build before and after
        // that change (107 of 151 = 0.709 on the gold before it): the measure changed.
        // 0.72 after the speaker round of 2026-12-06 (105 of 144 = 0.729, measured once at
        // its end; held-out misses not read).
        0.72,
    );
    // 35 speakers named where the held-out gold has none before the date of a statement lost
    // its speaker, 23 after; 18 after issue 16's speaker round (relative clauses, the next
    // sentence, "and said", occasions of saying), measured once at its end; 17 after the
    // round of 2026-12-06 (and after the framed-quote round that followed it); 12 after the
    // round drawn from fresh2's misses (measured once at its end; held-out misses not read);
    // 11 after the precision round of issue 16 (measured once at its end).
    let extra = part("heldout").scores.speaker_extra;
    assert!(
        extra <= 11,
        "heldout: {extra} speakers named where the gold has none"
    );
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
        for m in extract::extract(&Article::new(doc, &text)).mentions {
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

/// The web gold (`data/gold/web`, two parts of twelve pages each, `web1` and `web2`): its
/// articles are not in the repository but written from the shared article-extraction benchmark
/// by `scripts/web-articles.py`; every span must stand at its offsets in them
/// (`scripts/check-gold.py`), and the evaluator must load and score each part whole. No floor:
/// web1 is development data and web2 an unseen measure, both scored to report.
#[test]
fn web_gold_spans_hold_and_each_part_is_scored() {
    let articles = Scratch::new("web-articles");
    let out = articles.s("articles");
    let bench = shared().join("corpora/article-extraction-benchmark");
    let python = |args: &[&str]| {
        std::process::Command::new("python3")
            .args(args)
            .current_dir(root())
            .output()
            .expect("python3 runs")
    };
    let o = python(&["scripts/web-articles.py", bench.to_str().unwrap(), &out]);
    assert!(o.status.success(), "web-articles.py: {}", stderr(&o));
    let o = python(&["scripts/check-gold.py", "data/gold/web", &out]);
    assert!(
        o.status.success() && stdout(&o).contains(" 0 problems"),
        "check-gold.py: {}{}",
        stdout(&o),
        stderr(&o)
    );

    // What the part holds, read from its files: the documents and their mentions.
    let dir = root().join("data/gold/web");
    let gold = eval::read_gold_dir(&dir).expect("web gold reads");
    let mut docs: Vec<&str> = gold.iter().map(|m| m.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    assert_eq!(docs.len(), 24, "web1 and web2 have twelve articles each");
    let split = eval::read_split(&dir).expect("split.tsv reads");
    assert_eq!(split.len(), docs.len());
    let in_part = |name: &str| -> Vec<&str> {
        split
            .iter()
            .filter(|(_, part)| part == name)
            .map(|(doc, _)| doc.as_str())
            .collect()
    };
    let (web1_docs, web2_docs) = (in_part("web1"), in_part("web2"));
    assert_eq!((web1_docs.len(), web2_docs.len()), (12, 12), "{split:?}");

    let o = claimgraph(&["eval", "--gold", "data/gold/web", "--json", &out]);
    assert!(o.status.success(), "eval: {}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("eval --json is JSON");
    let parts = eval_parts(&v);
    assert_eq!(parts, ["web1", "web2", "all"]);
    for (i, part_docs) in [web1_docs, web2_docs].iter().enumerate() {
        let part = &v["parts"][i];
        assert_eq!(part["documents"].as_u64(), Some(part_docs.len() as u64));
        let mentions = gold
            .iter()
            .filter(|m| part_docs.contains(&m.doc.as_str()))
            .count();
        assert_eq!(
            part["scores"]["overall"]["gold"].as_u64(),
            Some(mentions as u64),
            "every mention of {} is scored",
            parts[i]
        );
        // Twelve outlets, one an article: the publishers of the written sources.tsv were read.
        assert_eq!(part["outlets"].as_object().map(|o| o.len()), Some(12));
        let f1 = part["scores"]["overall"]["f1"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&f1));
    }
    // No outlet is in both parts: web2 was chosen from the outlets web1 does not have.
    let outlets = |i: usize| -> Vec<String> {
        v["parts"][i]["outlets"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    let web1_outlets = outlets(0);
    assert!(
        outlets(1).iter().all(|o| !web1_outlets.contains(o)),
        "{web1_outlets:?}"
    );
    assert_eq!(
        v["parts"][2]["scores"]["overall"]["gold"].as_u64(),
        Some(gold.len() as u64),
        "every mention is scored in all"
    );
    assert!(v.get("unscored").is_none(), "{}", v["unscored"]);
}
