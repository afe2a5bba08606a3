//! Story grouping on the shared news corpus: every article in exactly one story, and B-cubed F1
//! against the data set's own event labels held above a floor, beside the plain baseline.

use crate::common::{claimgraph, root, shared, stderr, stdout, Scratch};
use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::model::article::Article;
use claimgraph::model::lexicon::Lexicon;
use claimgraph::pipeline::source;
use claimgraph::store::{ClaimStore, UpdateOptions};
use claimgraph::stories::{group, Config, Document, Features};
use claimgraph::tools::story_eval::{bcubed, labels_of, read_truth};
use std::path::Path;

/// Just under what `eval --verdicts` measures on the 40 stories of the expected verdicts (0.553
/// of 293 found on the first 22, as `report` compares them: within the stories it groups, by
/// claim frames).
/// Linking dates by the kind of happening they date reached 0.570 and was taken back: it joined
/// dates of different stories and of stories grouped together wrongly, and the generated
/// corpus's planted verdicts were no longer found exactly. To be raised, never lowered.
/// 0.567 (166) since an agreement among the expected members of a compatible slot counts as
/// it did inside a conflicting one (162 before, at 0.553); 0.590 (173) since quotations are
/// read among those members too; 0.594 (174) since a toll that "rose to" a figure is the toll;
/// 0.604 (177) since what happened to people is read in a relative clause, between a counted
/// noun written before its figure and the figure, and in a verb whose object they own. Set
/// again when 12 more stories (74 verdicts, a `fresh` held-out part) and 6 more tune stories
/// (90 verdicts) joined the 293: the same build finds 264 of 457 (0.578). The measure
/// changed, not the analysis. 0.595 (272) since populations ("a city of N"), one machine's
/// two names, hedges just below a figure ("almost N"), durations of the same thing ("a
/// 17-minute delay") and durations in hours past a day are read. 0.608 (278) since a figure
/// with no time of its own takes the one time its frame is dated to near the story.
const VERDICTS_FOUND_FLOOR: f64 = 0.60;
/// Expected conflicts found: what is measured (11 of 29; 9 before a toll that "rose to" a
/// figure was read as the toll, 10 before a counted noun written before its figure, with
/// what befell them in between, was read as what befell them; 12 of 37 with the 18 new
/// stories; 15 since a city's population, diggers and excavators, and "almost" as just below
/// a figure are read), to be raised, never lowered.
const CONFLICTS_FOUND_FLOOR: u64 = 15;
/// Conflicts reported between two mentions of one expected agreement: at most what is measured
/// (1), to be lowered. It was 1 until each mention became a claim as written (an early toll
/// beside a vaguer later one conflicts), which reported one more false one in a held-out
/// story, then 1 again once dates joined by "and" ("in August and September") stopped being
/// linked to other events.
const FALSE_CONFLICTS_CEILING: u64 = 1;
/// Conflicts reported among the stories' articles, all stories: at most what is measured (76,
/// for 29 expected), to be lowered. Over-reporting conflicts costs a reader's trust; it was 94
/// until dates of different happenings, or of a happening and a statement, stopped being set
/// against each other, and dates that are each their article's news of the day, days apart,
/// and datelines; 82 until weekdays written from publications a week apart, decades counted
/// back from the reference day, and a missile "fired" dated as a launch; 76 since a toll that
/// "rose to" a figure is the toll (one expected conflict found, one more reported in a
/// held-out story); 74 measured at the start of the next round, 76 again since more counts are
/// read as people affected (one expected conflict found, one more reported in its story); 75
/// since a talk between people is a happening of its own ("said he spoke to her on Monday"),
/// not the statement of another date; 63 since two dates whose clauses name no happening in
/// common are set against each other only when their sentences share topic words (two) or
/// topic and name words (three); 76 with the 18 stories added since (the
/// same build: 6 in the fresh ones, 7 expected conflicts among them); 79 when three more
/// expected conflicts were found (each checked against its articles), then 71 since a date an
/// article recalls ("in July", "had previously fired on August 29") is not set against
/// another article's news of the day; 67 measured at the start of the next round, 61 since
/// counts of a bare noun that differ in value are one thing only when their noun phrases are
/// the same words ("two female otters" are not "three otters").
const CONFLICTS_REPORTED_CEILING: u64 = 61;

/// Just under what `eval --stories` measures (0.953 at the default threshold, since the
/// headline's words count 20 times; 0.940 before): to be raised, never lowered.
const F1_FLOOR: f64 = 0.950;
/// Just under what `eval --verdicts` measures for the stories `report` groups from what a
/// store keeps: 0.954, the stories of the texts, since the store keeps each article's story
/// features (0.942 from titles and claim sentences, 0.931 with the headline's words counted 3
/// times). To be raised, never lowered.
const REPORT_F1_FLOOR: f64 = 0.950;

#[test]
fn news_stories_partition_the_corpus_and_score_above_the_floor() {
    let dir = shared().join("corpora/news-clusters");
    let truth = read_truth(&dir.join("stories.tsv")).unwrap();
    let articles: Vec<_> = Corpus::open(&[dir.join("articles")], ReadOptions::default())
        .unwrap()
        .filter_map(|item| match item.unwrap() {
            Item::Article(a) => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(articles.len(), 341);
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document {
            id: &a.id,
            title: None,
            text: &a.text,
            published: a.meta.published.as_ref().map(|p| p.period.from),
        })
        .collect();
    let (stories, stats) = group(&docs, &Config::default());
    // Every article in exactly one story.
    let mut seen = vec![0; docs.len()];
    for s in &stories {
        assert!(!s.articles.is_empty() && !s.label.is_empty());
        for &a in &s.articles {
            seen[a] += 1;
        }
    }
    assert!(seen.iter().all(|&n| n == 1));
    // Blocking compares a small share of the pairs.
    assert!(
        stats.pairs_compared < docs.len() * docs.len() / 8,
        "{stats:?}"
    );
    let clusters: Vec<Vec<usize>> = stories.iter().map(|s| s.articles.clone()).collect();
    let predicted = labels_of(docs.len(), &clusters);
    let mut events: Vec<&str> = truth.values().map(String::as_str).collect();
    events.sort_unstable();
    events.dedup();
    let reference: Vec<usize> = docs
        .iter()
        .map(|d| events.binary_search(&truth[d.id].as_str()).unwrap())
        .collect();
    let score = bcubed(&predicted, &reference, |_| true);
    assert!(score.f1 >= F1_FLOOR, "B-cubed {score:?}");
}

#[test]
fn eval_stories_prints_ours_beside_the_baseline() {
    let dir = shared().join("corpora/news-clusters");
    let out = claimgraph(&[
        "eval",
        "--stories",
        dir.join("stories.tsv").to_str().unwrap(),
        dir.join("articles").to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let row = |method: &str, from: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["method"] == method && r["threshold_from"] == from)
            .unwrap_or_else(|| panic!("no row {method} {from}"))
            .clone()
    };
    let ours = row("claimgraph", "default");
    let baseline = row("baseline", "fixed");
    assert_eq!(baseline["distance"], 0.8);
    assert!(ours["f1"].as_f64().unwrap() >= F1_FLOOR);
    assert!(ours["f1"].as_f64().unwrap() > baseline["f1"].as_f64().unwrap() + 0.03);
    // The baseline at 0.8 as the issue measured it (0.872), give or take tokenisation.
    assert!((baseline["f1"].as_f64().unwrap() - 0.872).abs() < 0.02);
}

/// `eval --verdicts` on the news corpus, as ingested: every expected verdict of both sets read
/// and scored, the share found above its floor, and no conflict across stories once the claims
/// are compared within the reference stories.
#[test]
fn expected_verdicts_are_scored_as_report_compares_and_within_stories() {
    let scratch = Scratch::new("verdicts");
    let store = scratch.s("store");
    let articles = shared().join("corpora/news-clusters/articles");
    let o = claimgraph(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        articles.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stories = shared().join("corpora/news-clusters/stories.tsv");
    let shared_gold = shared().join("gold/news-verdicts.json");
    let own_gold = root().join("data/gold/verdicts");
    let o = claimgraph(&[
        "eval",
        "--json",
        "--verdicts",
        shared_gold.to_str().unwrap(),
        "--verdicts",
        own_gold.to_str().unwrap(),
        "--stories",
        stories.to_str().unwrap(),
        "--store",
        &store,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let scores: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // The stories of the report are those grouped from the texts, article for article.
    let (reported, notes) = reported_stories(&store);
    assert_eq!(reported, text_stories(&articles));
    assert!(!notes.contains("story features"), "{notes}");
    let grouped = &scores["report_stories"];
    assert_eq!(grouped["articles"], 341, "{grouped}");
    assert!(
        grouped["f1"].as_f64().unwrap() >= REPORT_F1_FLOOR,
        "{grouped}"
    );
    let all = &scores["report"]["overall"];
    // 159 + 151 + 74 + 90 + 135 verdicts, of which 17 of kinds outside the schema
    // (news-verdicts.md).
    assert_eq!(all["expected"], 592, "{all}");
    assert_eq!(all["other_kinds"], 17, "{all}");
    let found = all["found"].as_f64().unwrap() / 592.0;
    assert!(found >= VERDICTS_FOUND_FLOOR, "{all}");
    assert!(
        all["conflicts_found"].as_u64().unwrap() >= CONFLICTS_FOUND_FLOOR,
        "{all}"
    );
    assert!(
        all["false_conflicts"].as_u64().unwrap() <= FALSE_CONFLICTS_CEILING,
        "{all}"
    );
    assert!(
        all["conflicts_reported"].as_u64().unwrap() <= CONFLICTS_REPORTED_CEILING,
        "{all}"
    );
    let parts = scores["report"]["parts"].as_object().unwrap();
    assert_eq!(
        parts.keys().collect::<Vec<_>>(),
        ["fresh", "fresh2", "heldout", "tune"],
        "{parts:?}"
    );
    // Held-out stories' misses (parts heldout and fresh2) are never shown, so nothing is
    // tuned on them; the fresh stories' are (development data since stop 42).
    let split = std::fs::read_to_string(own_gold.join("split.tsv")).unwrap();
    let of_part = |wanted: &str| -> Vec<&str> {
        split
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, part)| *part == wanted)
            .map(|(story, _)| story)
            .collect()
    };
    let held_out = [of_part("heldout"), of_part("fresh2")].concat();
    assert!(held_out.len() >= 20, "{split}");
    let misses = scores["report"]["misses"].as_array().unwrap();
    assert!(!misses.is_empty());
    assert!(
        misses
            .iter()
            .all(|m| !held_out.contains(&m["story"].as_str().unwrap())),
        "{misses:?}"
    );
    let fresh = of_part("fresh");
    assert!(
        misses
            .iter()
            .any(|m| fresh.contains(&m["story"].as_str().unwrap())),
        "{misses:?}"
    );
    let within = &scores["within_reference_stories"]["overall"];
    assert_eq!(within["cross_story_conflicts"], 0, "{within}");
    assert_eq!(within["expected"], 592);
}

/// Invented articles of two events whose people and places stand only in sentences that carry
/// no claim, under headlines that share no word: the claim sentences (what a store kept of an
/// article before its story features) leave every article alone, the texts group the events.
const TWO_EVENTS: [(&str, &str); 6] = [
    (
        "crane-1",
        "Crane topples at Marrowby docks\n\nA loading crane of Quillon Freight toppled onto \
         the Marrowby docks overnight. Harbour master Odile Fenwick closed the eastern berth \
         while engineers of Quillon Freight inspected the wreck.\n",
    ),
    (
        "crane-2",
        "Berth shut after accident\n\nOdile Fenwick, the harbour master, kept the eastern \
         berth shut as Quillon Freight engineers examined the toppled crane at Marrowby.\n",
    ),
    (
        "crane-3",
        "Unions question safety\n\nUnions asked why the Quillon Freight crane gave way at \
         Marrowby, and Odile Fenwick promised an inquiry into the eastern berth.\n",
    ),
    (
        "choir-1",
        "Choir wins festival\n\nThe Brennhaven Youth Choir won the Solvik Festival with sea \
         shanties, and conductor Ilka Marsh thanked the singers.\n",
    ),
    (
        "choir-2",
        "Trophy for young singers\n\nIlka Marsh led the Brennhaven Youth Choir to victory at \
         the Solvik Festival after a week of rehearsals.\n",
    ),
    (
        "choir-3",
        "Shanties triumph\n\nAt the Solvik Festival the Brennhaven Youth Choir sang sea \
         shanties, and Ilka Marsh praised the parents who drove the singers.\n",
    ),
];

/// The articles of [`TWO_EVENTS`] written into `scratch/articles` and ingested into
/// `scratch/store`.
fn two_events_ingested(scratch: &Scratch) {
    for (id, text) in TWO_EVENTS {
        scratch.write(&format!("articles/{id}.txt"), text.as_bytes());
    }
    ingest_two_events(scratch);
}

fn ingest_two_events(scratch: &Scratch) {
    let o = claimgraph(&[
        "ingest",
        &scratch.s("articles"),
        "--store",
        &scratch.s("store"),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// A partition as sorted sets of article ids.
fn partition(groups: impl IntoIterator<Item = Vec<String>>) -> Vec<Vec<String>> {
    let mut groups: Vec<Vec<String>> = groups
        .into_iter()
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    groups.sort();
    groups
}

/// The stories of `report --format json` on a store.
fn reported_stories(store: &str) -> (Vec<Vec<String>>, String) {
    let curation = crate::common::empty_curation();
    let o = claimgraph(&[
        "report",
        "--store",
        store,
        "--format",
        "json",
        "--curation",
        &curation,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let groups = report["stories"].as_array().unwrap().iter().map(|s| {
        s["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect()
    });
    (partition(groups), stderr(&o))
}

/// The stories `eval --stories` groups from the texts of the articles in `dir`.
fn text_stories(dir: &Path) -> Vec<Vec<String>> {
    let articles: Vec<_> = Corpus::open(&[dir.to_path_buf()], ReadOptions::default())
        .unwrap()
        .filter_map(|item| match item.unwrap() {
            Item::Article(a) => Some(a),
            _ => None,
        })
        .collect();
    let docs: Vec<Document> = articles.iter().map(Document::of).collect();
    let (stories, _) = group(&docs, &Config::default());
    partition(
        stories
            .iter()
            .map(|s| s.articles.iter().map(|&a| docs[a].id.to_owned()).collect()),
    )
}

/// The stories grouped from what a store kept before story features: titles and claim
/// sentences.
fn sentence_stories(store: &Path) -> Vec<Vec<String>> {
    let store = ClaimStore::open_read_only(store).unwrap();
    let (mut sources, mentions) = store.claims().unwrap();
    sources.iter_mut().for_each(|s| s.story_features = None);
    let stories = source::stories_of(&sources, &mentions);
    partition(
        stories
            .iter()
            .map(|s| s.sources.iter().map(|&i| sources[i].doc.clone()).collect()),
    )
}

#[test]
fn report_groups_the_stories_the_texts_group() {
    let scratch = Scratch::new("stories-of-texts");
    two_events_ingested(&scratch);
    let from_texts = text_stories(&scratch.path("articles"));
    let ids = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        from_texts,
        vec![
            ids(&["choir-1", "choir-2", "choir-3"]),
            ids(&["crane-1", "crane-2", "crane-3"])
        ]
    );
    let (reported, notes) = reported_stories(&scratch.s("store"));
    assert_eq!(reported, from_texts);
    assert!(!notes.contains("story features"), "{notes}");
    // What the store kept before would have grouped them otherwise.
    assert_ne!(sentence_stories(&scratch.path("store")), from_texts);
}

#[test]
fn a_store_without_story_features_reports_from_claim_sentences_and_says_so_once() {
    let scratch = Scratch::new("stories-older-store");
    two_events_ingested(&scratch);
    // An article graph as an older version wrote it: no story features.
    {
        let store = ClaimStore::open(&scratch.path("store")).unwrap();
        store
            .update(
                "DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/claimgraph#storyFeatures> ?f } }",
                &UpdateOptions::default(),
            )
            .unwrap();
    }
    let older = sentence_stories(&scratch.path("store"));
    let (reported, notes) = reported_stories(&scratch.s("store"));
    assert_eq!(reported, older);
    assert_eq!(
        notes
            .matches("6 of 6 articles were stored without their story features")
            .count(),
        1,
        "{notes}"
    );
    // Ingested again, the articles get their features and group as their texts do.
    ingest_two_events(&scratch);
    let (reported, notes) = reported_stories(&scratch.s("store"));
    assert_eq!(reported, text_stories(&scratch.path("articles")));
    assert!(!notes.contains("story features"), "{notes}");
}

#[test]
fn a_changed_article_replaces_its_story_features() {
    let scratch = Scratch::new("stories-changed");
    let store = ClaimStore::open(&scratch.path("store")).unwrap();
    let stored = |store: &ClaimStore| {
        let (sources, _) = store.claims().unwrap();
        sources[0].story_features.clone().unwrap()
    };
    let first = Article::new(
        "ferry",
        "Ferry delayed\n\nThe Vessa ferry left Harlow Quay late.",
    );
    store.ingest(&first, &[]).unwrap();
    let features = Features::from_json(&stored(&store)).unwrap();
    assert!(
        features.body.0.iter().any(|(w, _)| w == "vessa"),
        "{features:?}"
    );
    let second = Article::new(
        "ferry",
        "Ferry cancelled\n\nThe Orrin ferry never left Dunmere.",
    );
    store.ingest(&second, &[]).unwrap();
    let features = Features::from_json(&stored(&store)).unwrap();
    let doc = Document::new("ferry", None, &second.text, None);
    assert_eq!(features, Features::of(&doc, Lexicon::get()));
    assert!(
        !features.body.0.iter().any(|(w, _)| w == "vessa"),
        "{features:?}"
    );
}
