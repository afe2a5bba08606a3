//! The consistency report on the seeds: the findings the issue names, checked against what the
//! articles say, and every conflict listed (none may be false).

use crate::common::{claimgraph, report_json, root, stderr, stdout, Scratch};
use serde_json::Value;
use std::sync::OnceLock;

/// The JSON report of the seeds, made once for all tests here.
fn report() -> &'static Value {
    static REPORT: OnceLock<Value> = OnceLock::new();
    REPORT.get_or_init(|| {
        let dir = Scratch::new("consistency-seeds");
        let seeds = root().join("seeds");
        report_json(&dir.s("store"), &[seeds.to_str().unwrap()])
    })
}

fn findings() -> &'static [Value] {
    report()["findings"].as_array().unwrap()
}

/// (doc prefix, text) of each mention of a finding.
fn mentions(f: &Value) -> Vec<(String, String)> {
    f["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["doc"].as_str().unwrap()[..3].to_owned(),
                m["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn has(f: &Value, doc: &str, text: &str) -> bool {
    mentions(f).iter().any(|(d, t)| d == doc && t == text)
}

fn cross_source(verdict: &str) -> Vec<&'static Value> {
    findings()
        .iter()
        .filter(|f| f["verdict"] == verdict && f["scope"] == "cross_source")
        .collect()
}

#[test]
fn the_study_session_date_conflicts_between_november_and_october_24() {
    // 003 (Cointelegraph): "on Oct. 24"; 004: "on Thursday, October 24th"; 000 (VOA): "last
    // week" in an article of 2019-10-29, i.e. 2019-10-21..27, which holds the 24th; 002
    // (InsideBitcoins): "pronouncements in November".
    let conflicts = cross_source("conflict");
    let session = conflicts
        .iter()
        .find(|f| has(f, "002", "in November"))
        .expect("a conflict with 002's “in November”");
    assert_eq!(session["kind"], "date");
    assert!(has(session, "003", "Oct. 24"), "{:?}", mentions(session));
    assert!(has(session, "004", "Thursday, October 24th"));
    assert!(has(session, "000", "last week"));
    // Every pair named as contradicting involves November: VOA's "last week" agrees with the
    // 24th.
    let explanation = session["explanation"].as_str().unwrap();
    for sentence in explanation.split("apart.").filter(|s| !s.trim().is_empty()) {
        assert!(sentence.contains("in November"), "{sentence}");
    }
    assert!(session["gap"]["absolute"].as_f64().unwrap() >= 1.0);
    assert_eq!(session["gap"]["unit"], "days");
}

#[test]
fn the_central_bank_began_its_digital_currency_work_in_2014() {
    // 001: "In 2014, People's Bank ... created a group to research ... digital currency";
    // 003: "The People's Bank of China began exploring ... digital currencies ... in 2014".
    let found = findings()
        .iter()
        .find(|f| has(f, "001", "In 2014") && has(f, "003", "in 2014"))
        .expect("one slot for both");
    assert_eq!(found["verdict"], "agree", "{}", found["explanation"]);
}

#[test]
fn the_crypto_ban_is_dated_2017_by_two_sources() {
    // 002: "China did ban crypto exchanges ... in 2017"; 004: "Since a 2017 decision by the
    // People's Bank of China, cryptocurrencies are banned".
    let found = findings()
        .iter()
        .find(|f| has(f, "002", "in 2017") && has(f, "004", "2017"))
        .expect("one slot for both");
    assert_eq!(found["verdict"], "agree", "{}", found["explanation"]);
}

#[test]
fn the_quotation_in_two_articles_is_one_quote_with_wording_differences() {
    let found = findings()
        .iter()
        .find(|f| {
            f["kind"] == "quote"
                && mentions(f).iter().any(|(d, _)| d == "000")
                && mentions(f).iter().any(|(d, _)| d == "004")
        })
        .expect("000's and 004's renderings in one slot");
    assert_eq!(found["verdict"], "compatible");
    let drift = found["drift"].as_array().unwrap();
    assert_eq!(drift.len(), 1);
    let summary: Vec<&str> = drift[0]["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    // 004 reads "clarify the main directions" where 000 reads "direction", and "key
    // technologies" where 000 reads "key core technologies".
    assert!(
        summary
            .iter()
            .any(|s| s.contains("“directions”") && s.contains("“direction”")),
        "{summary:?}"
    );
    assert!(summary.iter().any(|s| s.contains("“core”")), "{summary:?}");
}

fn internal(ratio_text: &str) -> &'static Value {
    findings()
        .iter()
        .find(|f| f["scope"] == "internal" && has(f, "003", ratio_text))
        .unwrap_or_else(|| panic!("an internal check of {ratio_text}"))
}

#[test]
fn the_cointelegraph_figures_agree_with_themselves() {
    // "more than doubled, from 34 to 76": 76/34 = 2.24.
    let doubled = internal("more than doubled");
    assert!(has(doubled, "003", "34") && has(doubled, "003", "76"));
    assert_eq!(doubled["verdict"], "agree", "{}", doubled["explanation"]);
    // "11.8 times more often" and, in the next sentence, "from 777,000 to 9.2 million": 11.84.
    let times = internal("11.8 times");
    assert!(has(times, "003", "777,000") && has(times, "003", "9.2 million"));
    assert_eq!(times["verdict"], "agree", "{}", times["explanation"]);
    // "40 billion yuan ($5.8 billion)" in an article of 2019-11-06: at the ECB's November 2019
    // average (7.02 yuan a dollar) 39.5-40.5 billion yuan is 5.63-5.77 billion dollars, which
    // meets "$5.8 billion" (5.75-5.85) only through the rounding of both.
    let conversion = internal("40 billion yuan");
    assert!(has(conversion, "003", "$5.8 billion"));
    assert_eq!(
        conversion["verdict"], "agree",
        "{}",
        conversion["explanation"]
    );
    let rate = &conversion["rates"][0];
    assert_eq!(rate["month"], "2019-11");
    let per = rate["per"].as_f64().unwrap();
    assert!((0.140..0.145).contains(&per), "CNY to USD at {per}");
}

#[test]
fn every_conflict_found_on_the_seeds_is_real() {
    // The study-session date is the only contradiction between the seed articles. Listing the
    // conflicts by their mentions keeps a new false one from passing unnoticed.
    let conflicts: Vec<Vec<(String, String)>> = findings()
        .iter()
        .filter(|f| f["verdict"] == "conflict")
        .map(mentions)
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(conflicts[0].contains(&("002".into(), "in November".into())));
}

#[test]
fn the_report_orders_conflicts_first_and_counts_sources() {
    let verdicts: Vec<&str> = findings()
        .iter()
        .map(|f| f["verdict"].as_str().unwrap())
        .collect();
    let rank = |v: &str| {
        ["conflict", "compatible", "agree", "uncorroborated"]
            .iter()
            .position(|x| *x == v)
            .unwrap()
    };
    assert!(verdicts.windows(2).all(|w| rank(w[0]) <= rank(w[1])));
    let sources = report()["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    let voa = sources
        .iter()
        .find(|s| s["publisher"] == "Voice of America")
        .unwrap();
    assert!(voa["corroborated"].as_u64().unwrap() >= 2);
}

#[test]
fn every_format_renders_and_fail_on_conflict_sets_the_exit_code() {
    let dir = Scratch::new("consistency-formats");
    let store = dir.s("store");
    let seeds = root().join("seeds");
    let o = claimgraph(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        seeds.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (format, starts) in [
        ("md", "# Consistency report"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "verdict,scope,kind"),
        ("json", "{"),
    ] {
        let out = dir.path(&format!("report.{format}"));
        let o = claimgraph(&[
            "report",
            "--store",
            &store,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text.starts_with(starts),
            "{format}: {}",
            &text[..text.len().min(80)]
        );
    }
    let html = std::fs::read_to_string(dir.path("report.html")).unwrap();
    assert!(html.contains("<mark>in November</mark>"));
    assert!(!html.contains("<script src"), "the page is self-contained");
    let o = claimgraph(&[
        "report",
        "--store",
        &store,
        "--fail-on-conflict",
        "--out",
        dir.path("r.md").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    // The findings are in the store for SPARQL.
    let o = claimgraph(&[
        "query",
        "--store",
        &store,
        "--format",
        "csv",
        "PREFIX cg: <https://w3id.org/claimgraph#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/claimgraph/graph/findings> { ?f cg:verdict cg:Conflict } }",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).lines().nth(1).is_some_and(|l| l.trim() == "1"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_bad_curation_file_is_an_error_naming_it() {
    let dir = Scratch::new("consistency-curation");
    let bad = dir.write("curation.ttl", b"@prefix cg: <https://w3id.org/claimgraph#> .\n[] cg:merges <http://example.org/only-one> .\n");
    let seeds = root().join("seeds");
    let o = claimgraph(&[
        "report",
        "--store",
        &dir.s("store"),
        "--curation",
        bad.to_str().unwrap(),
        seeds.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("curation.ttl"), "{}", stderr(&o));
}

#[test]
fn curation_wins_over_the_rules() {
    // Rejecting 002's "in November" removes the only conflict.
    let dir = Scratch::new("consistency-curated");
    let store = dir.s("store");
    let seeds = root().join("seeds");
    let o = claimgraph(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        seeds.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let november = findings()
        .iter()
        .flat_map(|f| f["mentions"].as_array().unwrap())
        .find(|m| m["text"] == "in November")
        .unwrap();
    let iri = format!(
        "https://w3id.org/claimgraph/article/{}/claim/{}-{}-date",
        november["doc"].as_str().unwrap(),
        november["start"],
        november["end"]
    );
    let curation = dir.write(
        "curation.ttl",
        format!("@prefix cg: <https://w3id.org/claimgraph#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n[] cg:rejects <{iri}> ; rdfs:comment \"checked: refers to later statements\" .\n").as_bytes(),
    );
    let o = claimgraph(&[
        "report",
        "--store",
        &store,
        "--format",
        "json",
        "--curation",
        curation.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let curated: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let conflicts = curated["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "conflict")
        .count();
    assert_eq!(conflicts, 0);
}

/// The JSON report of `tests/fixtures/story`: four made-up articles on one harbour story, with
/// agreements and conflicts planted by hand (see each test), one of them a syndicated copy.
fn story() -> &'static Value {
    static STORY: OnceLock<Value> = OnceLock::new();
    STORY.get_or_init(|| {
        let dir = Scratch::new("consistency-story");
        let o = claimgraph(&[
            "report",
            "--store",
            &dir.s("store"),
            "--format",
            "json",
            "--curation",
            root()
                .join("tests/fixtures/empty-curation.ttl")
                .to_str()
                .unwrap(),
            root().join("tests/fixtures/story").to_str().unwrap(),
        ]);
        assert!(o.status.success(), "report failed: {}", stderr(&o));
        serde_json::from_str(&stdout(&o)).expect("the report is JSON")
    })
}

fn story_findings(verdict: &str) -> Vec<&'static Value> {
    story()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == verdict)
        .collect()
}

fn story_has(f: &Value, doc: &str, text: &str) -> bool {
    f["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["doc"] == doc && m["text"] == text)
}

#[test]
fn held_out_story_the_planted_conflicts_are_found_and_nothing_else() {
    // Planted: the approval "on March 2" (a, its copy d, and b's "Tuesday, March 2") against
    // "on March 9" (c); the council vote "in January 2020" (a) and "in 2020" (b) against "in
    // March 2019" (c).
    let conflicts = story_findings("conflict");
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    let approval = conflicts
        .iter()
        .find(|f| story_has(f, "harbour_c", "March 9"))
        .expect("the approval date");
    assert!(story_has(approval, "harbour_a", "March 2"));
    assert!(story_has(approval, "harbour_b", "Tuesday, March 2"));
    let explanation = approval["explanation"].as_str().unwrap();
    for sentence in explanation.split("apart.").filter(|s| !s.trim().is_empty()) {
        assert!(sentence.contains("March 9"), "{sentence}");
        // The syndicated copy is not a second source against its original.
        assert!(!(sentence.contains("harbour_a") && sentence.contains("harbour_d")));
    }
    assert_eq!(approval["gap"]["absolute"], 7.0);
    let vote = conflicts
        .iter()
        .find(|f| story_has(f, "harbour_c", "in March 2019"))
        .expect("the council vote");
    assert!(story_has(vote, "harbour_a", "in January 2020"));
    assert!(story_has(vote, "harbour_b", "in 2020"));
}

#[test]
fn held_out_story_a_bound_and_a_figure_inside_it_are_compatible() {
    // "more than 300 boats" (b) against "410 boats" (c).
    let boats = story_findings("compatible")
        .into_iter()
        .find(|f| story_has(f, "harbour_b", "more than 300"))
        .expect("one slot for the boats");
    assert!(story_has(boats, "harbour_c", "410"));
}

#[test]
fn held_out_story_a_shortened_quote_is_one_quote_with_the_words_left_out() {
    // a: "We will make the harbour the main gateway of the whole region ..."; b: "make the
    // harbour the main gateway of the region ...".
    let quote = story_findings("compatible")
        .into_iter()
        .find(|f| f["kind"] == "quote")
        .expect("the director's quote");
    let summary = quote["drift"][0]["summary"].to_string();
    assert!(summary.contains("“whole”"), "{summary}");
    assert!(summary.contains("“we will”"), "{summary}");
}

#[test]
fn the_report_lists_its_stories_with_every_article_in_exactly_one() {
    // The four harbour articles report one event (the approval of the harbour expansion).
    let harbour = story();
    let stories = harbour["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 1, "{stories:#?}");
    let articles = strings(&stories[0]["articles"]);
    assert_eq!(
        articles,
        ["harbour_a", "harbour_b", "harbour_c", "harbour_d"]
    );
    assert_eq!(stories[0]["id"], "harbour_a");
    assert_eq!(stories[0]["conflict"], 2);
    for f in harbour["findings"].as_array().unwrap() {
        assert_eq!(f["story"], "harbour_a", "{f}");
    }
    // The seeds: every article once, and each finding in a story the report lists.
    let stories = report_stories(report());
    let mut seen: Vec<&str> = stories
        .iter()
        .flat_map(|s| strings(&s["articles"]))
        .collect();
    seen.sort_unstable();
    let docs: Vec<&str> = report()["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["doc"].as_str().unwrap())
        .collect();
    assert_eq!(seen, docs);
    let ids: Vec<&Value> = stories.iter().map(|s| &s["id"]).collect();
    for f in findings() {
        assert!(ids.contains(&&f["story"]), "{f}");
    }
}

fn report_stories(report: &Value) -> &[Value] {
    report["stories"].as_array().expect("stories")
}

/// A JSON array of strings.
fn strings(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect()
}

#[test]
fn the_markdown_report_is_organised_by_story() {
    let dir = Scratch::new("consistency-md-stories");
    let o = claimgraph(&[
        "report",
        "--store",
        &dir.s("store"),
        "--format",
        "md",
        "--curation",
        root()
            .join("tests/fixtures/empty-curation.ttl")
            .to_str()
            .unwrap(),
        root().join("tests/fixtures/story").to_str().unwrap(),
    ]);
    let md = stdout(&o);
    let story = md.find("## Story: ").expect("a story heading");
    let conflicts = md.find("### Conflicts (2)").expect("its conflicts");
    assert!(story < conflicts, "{md}");
    assert!(md.contains("4 articles; "), "{md}");
    assert!(
        md.contains(r"Articles: harbour\_a, harbour\_b, harbour\_c, harbour\_d"),
        "{md}"
    );
}
