//! `claimgraph graph`: every view of the seeds renders with Graphviz, the views checked by hand
//! against the articles stay as they are (golden DOT files in `tests/golden/graph/`), the
//! conflicts view shows the study-session date conflict, and labels survive escaping.
//!
//! Golden files: `UPDATE_GOLDEN=1 cargo test graph` rewrites them; read the diff against the
//! articles before committing it.

use crate::common::{claimgraph, empty_curation, report_json, root, stderr};
use claimgraph::consistency::Analysis;
use claimgraph::consistency::Story;
use claimgraph::model::article::Source;
use claimgraph::model::claim::{Kind, Mention};
use claimgraph::present::graph::{dot, ExportError, Grouping, Selection, View, ViewKind};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// The seeds ingested once for the tests here, and the slot of their one conflict (the
/// study-session date) from the report. The report writes the findings graph, so it runs here,
/// before any test reads the store; the directory is this process's own, so that test runs
/// sharing a target directory do not meet in it.
fn seeds() -> &'static (String, String) {
    static SEEDS: OnceLock<(String, String)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("graph-seeds-store-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let dir = dir.to_str().unwrap().to_owned();
        let seeds = root().join("seeds");
        let o = claimgraph(&[
            "ingest",
            "--quiet",
            "--store",
            &dir,
            seeds.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "ingest failed: {}", stderr(&o));
        let report = report_json(&dir, &[]);
        let conflicts: Vec<&Value> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["verdict"] == "conflict" && f["scope"] == "cross_source")
            .collect();
        assert_eq!(conflicts.len(), 1);
        let slot = conflicts[0]["slot"].as_str().unwrap().to_owned();
        (dir, slot)
    })
}

fn seeds_store() -> &'static str {
    &seeds().0
}

fn conflict_slot() -> String {
    seeds().1.clone()
}

fn graph(args: &[&str]) -> Vec<u8> {
    let curation = empty_curation();
    let mut all = vec!["graph", "--store", seeds_store(), "--curation", &curation];
    all.extend_from_slice(args);
    let o = claimgraph(&all);
    assert!(o.status.success(), "graph {args:?} failed: {}", stderr(&o));
    o.stdout
}

fn dot_available() -> bool {
    Command::new("dot").arg("-V").output().is_ok()
}

#[test]
fn every_view_of_the_seeds_renders_with_dot() {
    assert!(
        dot_available(),
        "Graphviz's dot is needed (apt-get install graphviz; .ci/run installs it)"
    );
    let slot = conflict_slot();
    let views: [&[&str]; 7] = [
        &["--view", "claims"],
        &["--view", "claims", "--only", "conflicts"],
        &["--view", "claims", "--article", "003_a17ce7dac7a757fe"],
        &["--view", "sources"],
        &["--view", "sources", "--group", "publisher"],
        &["--view", "slot", "--slot", &slot],
        &["--view", "slot", "--only", "conflicts", "--slot", &slot],
    ];
    for view in views {
        let mut args = view.to_vec();
        args.extend(["--format", "svg"]);
        let svg = String::from_utf8(graph(&args)).unwrap();
        assert!(
            svg.contains("<svg") && svg.trim_end().ends_with("</svg>"),
            "{view:?}"
        );
        // And the DOT itself goes through `dot -Tsvg` with no warning.
        let mut dot_args = view.to_vec();
        dot_args.extend(["--format", "dot"]);
        let dot = graph(&dot_args);
        let o = run_dot(&dot, "-Tsvg");
        assert!(
            o.status.success(),
            "{view:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            o.stderr.is_empty(),
            "{view:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let png = graph(&["--view", "sources", "--format", "png"]);
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
}

fn run_dot(dot: &[u8], format: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new("dot")
        .arg(format)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dot runs");
    child.stdin.take().unwrap().write_all(dot).unwrap();
    child.wait_with_output().unwrap()
}

/// Views whose every label was read against the articles (see each golden file's views in
/// `the_conflicts_view_shows_the_study_session_date_conflict` and the sources test below).
#[test]
fn golden_dot_files_keep_the_output_stable() {
    let slot = conflict_slot();
    let cases: [(&str, Vec<&str>); 4] = [
        ("claims-conflicts.dot", vec!["--only", "conflicts"]),
        ("sources.dot", vec!["--view", "sources"]),
        (
            "sources-by-publisher.dot",
            vec!["--view", "sources", "--group", "publisher"],
        ),
        (
            "slot-study-session.dot",
            vec!["--view", "slot", "--slot", &slot],
        ),
    ];
    let dir = root().join("tests/golden/graph");
    let mut stale = Vec::new();
    for (file, args) in cases {
        let got = String::from_utf8(graph(&args)).unwrap();
        let path = dir.join(file);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
        if got != want {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "output differs from tests/golden/graph/{stale:?}"
    );
    // The same input always gives the same bytes, for the big view too.
    assert_eq!(graph(&["--view", "claims"]), graph(&["--view", "claims"]));
}

/// Checked against the articles: Cointelegraph (003) has "on Oct. 24" and 004 "Thursday,
/// October 24th" for the Politburo study session, VOA (000, published 2019-10-29) "last week"
/// (21-27 October), InsideBitcoins (002) "in November". November 1 is 8 days after 24 October
/// and 5 days after 27 October.
#[test]
fn the_conflicts_view_shows_the_study_session_date_conflict() {
    let dot = String::from_utf8(graph(&["--view", "claims", "--only", "conflicts"])).unwrap();
    for article in [
        "Voice of America, 2019-10-29 (000_3d892ccf81dcd4c8)",
        "InsideBitcoins, 2019-12-10 (002_0f87e9fe1ad58b8d)",
        "Cointelegraph, 2019-11-06 (003_a17ce7dac7a757fe)",
        "004_7be55b1e6f9d86d7, 2019-10-25",
    ] {
        assert!(
            dot.contains(&format!("label=\"{article}\"")),
            "no box for {article}"
        );
    }
    let node = |label: &str| -> String {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("[label=\"{label}\"")))
            .unwrap_or_else(|| panic!("no node {label:?} in\n{dot}"));
        line.split_whitespace().next().unwrap().to_owned()
    };
    let november = node(r"in November\n2019-11-01 to 2019-11-30");
    let oct24 = node(r"Oct. 24\n2019-10-24");
    let thursday = node(r"Thursday, October 24th\n2019-10-24");
    let last_week = node(r"last week\n2019-10-21 to 2019-10-27");
    let edge = |a: &str, b: &str| -> String {
        dot.lines()
            .find(|l| {
                let l = l.trim();
                l.starts_with(&format!("{a} -> {b} ")) || l.starts_with(&format!("{b} -> {a} "))
            })
            .unwrap_or_else(|| panic!("no edge {a} {b}"))
            .to_owned()
    };
    for (other, days) in [
        (&oct24, "8 days"),
        (&thursday, "8 days"),
        (&last_week, "5 days"),
    ] {
        let e = edge(&november, other);
        assert!(
            e.contains("conflicts-with") && e.contains("color=\"red\""),
            "{e}"
        );
        assert!(e.contains(&format!("label=\"{days}\"")), "{e}");
    }
    assert!(edge(&oct24, &thursday).contains("agrees-with"));
    // "last week" contains 24 October and is seven times as wide: vaguer, not a conflict.
    assert!(edge(&last_week, &oct24).contains("compatible-with"));
    assert_eq!(dot.matches("conflicts-with").count(), 3, "{dot}");
}

/// Checked against the articles: the sources share the study-session date (above), the Xi quote
/// (000 and 004), 2014 for the central bank's digital currency work (001 and 003) and 2017 for
/// the crypto ban (002 and 004).
#[test]
fn the_sources_view_weighs_pairs_of_articles_by_shared_slots() {
    let doc: Value = serde_json::from_slice(&graph(&["--view", "sources", "--format", "json"]))
        .expect("node-link JSON");
    assert_eq!(doc["graph"]["view"], "sources");
    let nodes = doc["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 5, "one node per seed article");
    let id_of = |doc_id: &str| -> String {
        nodes
            .iter()
            .find(|n| n["id"].as_str().unwrap().ends_with(doc_id))
            .unwrap_or_else(|| panic!("no node for {doc_id}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let link = |a: &str, b: &str| -> Value {
        let (a, b) = (id_of(a), id_of(b));
        doc["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| {
                (l["source"] == *a && l["target"] == *b) || (l["source"] == *b && l["target"] == *a)
            })
            .cloned()
            .unwrap_or_else(|| panic!("no link {a} {b}"))
    };
    let counts = |l: &Value| {
        (
            l["conflict"].as_u64().unwrap(),
            l["compatible"].as_u64().unwrap(),
            l["agree"].as_u64().unwrap(),
        )
    };
    assert_eq!(
        counts(&link("002_0f87e9fe1ad58b8d", "003_a17ce7dac7a757fe")),
        (1, 0, 0)
    );
    assert_eq!(
        counts(&link("002_0f87e9fe1ad58b8d", "004_7be55b1e6f9d86d7")),
        (1, 0, 1)
    );
    assert_eq!(
        counts(&link("000_3d892ccf81dcd4c8", "004_7be55b1e6f9d86d7")),
        (0, 2, 0)
    );
    assert_eq!(
        counts(&link("001_69e599bb6544562b", "003_a17ce7dac7a757fe")),
        (0, 0, 1)
    );
    for l in doc["links"].as_array().unwrap() {
        assert!(l["source"] != l["target"]);
        assert_eq!(
            l["weight"],
            l["conflict"].as_u64().unwrap()
                + l["compatible"].as_u64().unwrap()
                + l["agree"].as_u64().unwrap()
        );
    }
}

#[test]
fn the_node_link_json_of_every_view_is_consistent() {
    let slot = conflict_slot();
    for args in [
        vec!["--view", "claims"],
        vec!["--view", "slot", "--slot", slot.as_str()],
    ] {
        let mut all = args.clone();
        all.extend(["--format", "json"]);
        let doc: Value = serde_json::from_slice(&graph(&all)).unwrap();
        let ids: std::collections::HashSet<&str> = doc["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            ids.len(),
            doc["nodes"].as_array().unwrap().len(),
            "ids are unique"
        );
        for l in doc["links"].as_array().unwrap() {
            assert!(ids.contains(l["source"].as_str().unwrap()), "{l}");
            assert!(ids.contains(l["target"].as_str().unwrap()), "{l}");
        }
        let kinds: std::collections::BTreeSet<&str> = doc["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["kind"].as_str().unwrap())
            .collect();
        if args[1] == "slot" {
            assert_eq!(
                kinds,
                [
                    "article",
                    "claim",
                    "finding",
                    "publisher",
                    "slot",
                    "speaker"
                ]
                .into()
            );
        } else {
            // Articles are the clusters (each claim's "group") in the claims view, inside the
            // box of their story: the five seeds report one event.
            assert_eq!(kinds, ["claim", "speaker"].into());
            let clusters = doc["graph"]["clusters"].as_array().unwrap();
            assert_eq!(clusters.len(), 6);
            let story = clusters[0]["id"].as_str().unwrap();
            assert!(story.contains("/story/"), "{story}");
            assert!(clusters[0].get("parent").is_none());
            for article in &clusters[1..] {
                assert!(article["id"].as_str().unwrap().contains("/article/"));
                assert_eq!(article["parent"], story, "{article}");
            }
        }
    }
}

#[test]
fn bad_selections_and_a_missing_graphviz_are_clear_errors() {
    let store = seeds_store();
    let o = claimgraph(&["graph", "--store", store, "--view", "slot"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--slot"), "{}", stderr(&o));
    let o = claimgraph(&["graph", "--store", store, "--slot", "no/such/slot"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no slot \"no/such/slot\""),
        "{}",
        stderr(&o)
    );
    let o = claimgraph(&["graph", "--store", store, "--article", "nope"]);
    assert!(stderr(&o).contains("no article \"nope\""), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(["graph", "--store", store, "--format", "svg"])
        .env("GRAPHVIZ_DOT", "/nonexistent/dot")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("apt-get install graphviz"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "nothing half-written");
}

/// Quotes, a backslash, a newline and Chinese characters go into a label (the publisher) and a
/// tooltip (the sentence) and come out of Graphviz as they went in.
#[test]
fn a_label_with_quotes_a_backslash_a_newline_and_chinese_survives_escaping() {
    assert!(dot_available(), "Graphviz's dot is needed");
    let publisher = "He said \"no\" \\ then\n中国区块链 & more";
    let sentence = "“Quote” with \\backslash\nand 比特币.";
    let mut m = Mention::new("a1", Kind::Count, "500", 0, 3);
    m.value = Some(500.0);
    m.sentence = sentence.into();
    let analysis = Analysis {
        sources: vec![Source {
            doc: "a1".into(),
            publisher: Some(publisher.into()),
            title: Some("标题 \"title\"".into()),
            published: None,
            digest: None,
            story_features: None,
        }],
        mentions: vec![m],
        findings: Vec::new(),
        source_stats: Vec::new(),
        copy_of: vec![0],
        curation_notes: Vec::new(),
        stories: Vec::new(),
    };
    let view = View::of_claims(&analysis, ViewKind::Claims, &Selection::default()).unwrap();
    let dot = dot::write(&view);
    assert!(dot.is_ascii(), "{dot}");
    let o = run_dot(dot.as_bytes(), "-Tsvg");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let svg = String::from_utf8(o.stdout).unwrap();
    let texts: Vec<String> = svg
        .split("<text")
        .skip(1)
        .map(|t| xml_unescape(&t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]))
        .collect();
    // The label's two lines, each whole.
    assert!(
        texts.contains(&"He said \"no\" \\ then".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"中国区块链 & more (a1)".to_owned()),
        "{texts:?}"
    );
    // The tooltip keeps its newline.
    let titles: Vec<String> = svg
        .split("xlink:title=\"")
        .skip(1)
        .map(|t| xml_unescape(&t[..t.find('"').unwrap()]))
        .collect();
    assert!(titles.contains(&sentence.to_owned()), "{titles:?}");
    assert!(titles.contains(&"标题 \"title\"".to_owned()), "{titles:?}");
}

/// XML character references and the five named entities.
fn xml_unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').map(|j| i + j).expect("an entity ends");
        let entity = &rest[i + 1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if entity.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&entity[2..], 16).unwrap()).unwrap()
            }
            _ if entity.starts_with('#') => char::from_u32(entity[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown entity &{entity};"),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Two stories, one of two articles and one of one: a story's selection keeps its articles and
/// claims only, its articles are boxed in its box, and a story of one article gets no box.
#[test]
fn views_are_organised_by_story_and_one_story_can_be_drawn_alone() {
    let source = |doc: &str| Source {
        doc: doc.into(),
        publisher: Some(format!("Publisher {doc}")),
        title: None,
        published: None,
        digest: None,
        story_features: None,
    };
    let claim = |doc: &str| {
        let mut m = Mention::new(doc, Kind::Count, "500", 0, 3);
        m.value = Some(500.0);
        m.sentence = "500 people came.".into();
        m
    };
    let story = |id: &str, sources: Vec<usize>| Story {
        id: id.into(),
        label: format!("story of {id}"),
        sources,
        span: None,
    };
    let analysis = Analysis {
        sources: vec![source("a"), source("b"), source("c")],
        mentions: vec![claim("a"), claim("b"), claim("c")],
        findings: Vec::new(),
        source_stats: Vec::new(),
        copy_of: vec![0, 1, 2],
        curation_notes: Vec::new(),
        stories: vec![story("a", vec![0, 1]), story("c", vec![2])],
    };
    let ids = |view: &View| -> Vec<String> {
        view.graph
            .node_weights()
            .map(|n| n.id.rsplit('/').take(3).collect::<Vec<_>>().join("<"))
            .collect()
    };

    let all = View::of_claims(&analysis, ViewKind::Claims, &Selection::default()).unwrap();
    let boxes: Vec<(&str, Option<usize>)> = all
        .clusters
        .iter()
        .map(|c| (c.id.rsplit_once("claimgraph/").unwrap().1, c.parent))
        .collect();
    assert_eq!(
        boxes,
        [
            ("story/a", None),
            ("article/a", Some(0)),
            ("article/b", Some(0)),
            ("article/c", None)
        ]
    );
    assert_eq!(all.graph.node_count(), 3);

    let one = Selection {
        story: Some("a".into()),
        ..Selection::default()
    };
    let view = View::of_claims(&analysis, ViewKind::Claims, &one).unwrap();
    assert_eq!(view.graph.node_count(), 2, "{:?}", ids(&view));
    assert!(view.clusters.iter().all(|c| !c.id.ends_with("/c")));
    // The story's IRI names it as well as its id.
    let by_iri = Selection {
        story: Some("https://w3id.org/claimgraph/story/a".into()),
        ..Selection::default()
    };
    let same = View::of_claims(&analysis, ViewKind::Claims, &by_iri).unwrap();
    assert_eq!(ids(&same), ids(&view));
    let unknown = Selection {
        story: Some("z".into()),
        ..Selection::default()
    };
    assert!(matches!(
        View::of_claims(&analysis, ViewKind::Claims, &unknown),
        Err(ExportError::UnknownStory(s)) if s == "z"
    ));

    let sources = View::of_sources(&analysis, Grouping::Article, None).unwrap();
    assert_eq!(sources.graph.node_count(), 3);
    assert_eq!(sources.clusters.len(), 1, "one box, for the story of two");
    let boxed = sources
        .graph
        .node_weights()
        .filter(|n| n.cluster == Some(0))
        .count();
    assert_eq!(boxed, 2);
    let alone = View::of_sources(&analysis, Grouping::Article, Some("c")).unwrap();
    assert_eq!(alone.graph.node_count(), 1);
    assert!(alone.clusters.is_empty());
    let by_publisher = View::of_sources(&analysis, Grouping::Publisher, None).unwrap();
    assert!(
        by_publisher.clusters.is_empty(),
        "publishers write across stories"
    );
    assert!(View::of_sources(&analysis, Grouping::Article, Some("z")).is_err());
}

#[test]
fn the_story_option_draws_one_story_and_names_an_unknown_one() {
    let store = seeds_store();
    // The five seeds are one story: drawn alone, it is the whole picture.
    let doc: Value = serde_json::from_slice(&graph(&["--format", "json"])).unwrap();
    let story = doc["graph"]["clusters"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let whole = graph(&["--view", "claims"]);
    assert_eq!(graph(&["--view", "claims", "--story", &story]), whole);
    let o = claimgraph(&["graph", "--store", store, "--story", "no-such-story"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no story \"no-such-story\""),
        "{}",
        stderr(&o)
    );
}
