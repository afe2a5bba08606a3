//! `claimgraph gen-corpus`: the analysis finds exactly the verdicts the generator planted and
//! no other, the articles pass extraction with every planted mention where `expected.json` says
//! and nothing else, offsets right, and the same seed writes the same files.

use crate::common::{claimgraph, report_json, root, stderr, stdout, Scratch};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A mention as both sides name it: (doc, start, end), code points.
type Key = (String, u64, u64);

fn key(m: &Value) -> Key {
    (
        m["doc"].as_str().unwrap().to_owned(),
        m["start"].as_u64().unwrap(),
        m["end"].as_u64().unwrap(),
    )
}

/// Generates a corpus into `dir/corpus` and returns its `expected.json`.
fn generate(dir: &Scratch, args: &[&str]) -> Value {
    let out = dir.s("corpus");
    let mut all = vec!["gen-corpus", "--out", &out];
    all.extend_from_slice(args);
    let o = claimgraph(&all);
    assert!(o.status.success(), "gen-corpus failed: {}", stderr(&o));
    let text = fs::read_to_string(dir.path("corpus/expected.json")).unwrap();
    serde_json::from_str(&text).expect("expected.json is JSON")
}

#[test]
fn the_analysis_finds_exactly_the_planted_verdicts() {
    let dir = Scratch::new("generate-verdicts");
    let expected = generate(&dir, &["--articles", "60", "--seed", "7"]);
    let report = report_json(&dir.s("store"), &[&dir.s("corpus")]);
    let findings = report["findings"].as_array().unwrap();
    // Each mention's finding.
    let mut finding_of: BTreeMap<Key, usize> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        for m in f["mentions"].as_array().unwrap() {
            finding_of.insert(key(m), i);
        }
    }
    let slots = expected["slots"].as_array().unwrap();
    let mut problems: Vec<String> = Vec::new();
    let mut matched: BTreeSet<usize> = BTreeSet::new();
    let mut planted_verdicts: BTreeMap<&str, usize> = BTreeMap::new();
    for slot in slots {
        let verdict = slot["verdict"].as_str().unwrap();
        let id = slot["id"].as_str().unwrap();
        let planted: BTreeSet<Key> = slot["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(key)
            .collect();
        *planted_verdicts.entry(verdict).or_default() += 1;
        let found: Vec<usize> = planted
            .iter()
            .filter_map(|k| finding_of.get(k).copied())
            .collect::<BTreeSet<usize>>()
            .into_iter()
            .collect();
        if found.len() != 1 {
            problems.push(format!(
                "{id}: planted {verdict}, its mentions are in findings {found:?}"
            ));
            continue;
        }
        let i = found[0];
        let f = &findings[i];
        matched.insert(i);
        let got: BTreeSet<Key> = f["mentions"].as_array().unwrap().iter().map(key).collect();
        if got != planted {
            problems.push(format!(
                "{id}: finding {} has {:?}, planted {:?}",
                f["slot"],
                got.symmetric_difference(&planted).collect::<Vec<_>>(),
                planted
            ));
        }
        if f["verdict"] != verdict || f["scope"] != "cross_source" {
            problems.push(format!(
                "{id}: planted {verdict}, found {} ({})",
                f["verdict"], f["explanation"]
            ));
        }
    }
    // No other finding compares sources.
    for (i, f) in findings.iter().enumerate() {
        if f["scope"] == "cross_source" && f["verdict"] != "uncorroborated" && !matched.contains(&i)
        {
            problems.push(format!(
                "unplanted {} finding {}: {}",
                f["verdict"], f["slot"], f["explanation"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The corpus plants every verdict, so each is tested.
    for verdict in ["agree", "compatible", "conflict"] {
        assert!(
            planted_verdicts.get(verdict).copied().unwrap_or(0) >= 3,
            "{planted_verdicts:?}"
        );
    }
}

#[test]
fn generated_articles_extract_with_offsets_right_and_nothing_unplanted() {
    let dir = Scratch::new("generate-extract");
    let expected = generate(
        &dir,
        &["--articles", "40", "--seed", "3", "--story-size", "5"],
    );
    let o = claimgraph(&["extract", "--quiet", &dir.s("corpus")]);
    assert!(o.status.success(), "extract failed: {}", stderr(&o));
    let mentions: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let articles = expected["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 40);
    let mut texts: BTreeMap<String, Vec<char>> = BTreeMap::new();
    for a in articles {
        let path = dir.path("corpus").join(a["path"].as_str().unwrap());
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.len() as u64, a["bytes"].as_u64().unwrap());
        assert!(
            (2500..7000).contains(&text.len()),
            "{}: {} bytes",
            path.display(),
            text.len()
        );
        texts.insert(
            a["doc"].as_str().unwrap().to_owned(),
            text.chars().collect(),
        );
    }
    // Every mention's text is the article's text at its offsets.
    let mut counts: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut found: BTreeMap<Key, (String, String)> = BTreeMap::new();
    for m in &mentions {
        let (doc, start, end) = key(m);
        let chars = &texts[&doc];
        let at: String = chars[start as usize..end as usize].iter().collect();
        assert_eq!(at, m["text"].as_str().unwrap(), "{m}");
        let kind = m["kind"].as_str().unwrap().to_owned();
        *counts.entry((doc.clone(), kind.clone())).or_default() += 1;
        found.insert((doc, start, end), (kind, at));
    }
    // As many mentions of each kind as were planted: the fill sentences hold no claim.
    for a in articles {
        let doc = a["doc"].as_str().unwrap();
        for kind in [
            "amount", "count", "percent", "ratio", "duration", "date", "quote",
        ] {
            let want = a["mentions"][kind].as_u64().unwrap_or(0);
            let got = counts
                .get(&(doc.to_owned(), kind.to_owned()))
                .copied()
                .unwrap_or(0);
            assert_eq!(got, want, "{doc}: {kind}");
        }
    }
    // And each planted mention where expected.json says, with its text and kind.
    for slot in expected["slots"].as_array().unwrap() {
        for m in slot["mentions"].as_array().unwrap() {
            let got = found.get(&key(m));
            assert_eq!(
                got,
                Some(&(
                    slot["kind"].as_str().unwrap().to_owned(),
                    m["text"].as_str().unwrap().to_owned()
                )),
                "{}: {m}",
                slot["id"]
            );
        }
    }
}

/// Every file under `dir`, by relative path, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn the_same_seed_writes_the_same_files_in_directories_of_a_thousand() {
    let a = Scratch::new("generate-same-a");
    let b = Scratch::new("generate-same-b");
    let c = Scratch::new("generate-same-c");
    let args = ["--articles", "1001", "--seed", "11", "--story-size", "3"];
    generate(&a, &args);
    generate(&b, &args);
    let (fa, fb) = (files(&a.path("corpus")), files(&b.path("corpus")));
    assert_eq!(
        fa.len(),
        1001 + 2 + 1,
        "articles, a sources.tsv per directory, expected.json"
    );
    assert!(fa == fb, "the same seed wrote different files");
    let in_first = fa
        .keys()
        .filter(|p| p.starts_with("d0000/") && p.ends_with(".txt"))
        .count();
    assert_eq!(in_first, 1000);
    assert!(fa.contains_key("d0001/sources.tsv"));
    // Another seed, other stories.
    generate(
        &c,
        &["--articles", "1001", "--seed", "12", "--story-size", "3"],
    );
    assert!(files(&c.path("corpus"))["expected.json"] != fa["expected.json"]);
}

#[test]
fn gen_corpus_will_not_write_into_a_directory_with_files() {
    let dir = Scratch::new("generate-nonempty");
    dir.write("corpus/notes.txt", b"mine");
    let o = claimgraph(&["gen-corpus", "--articles", "8", "--out", &dir.s("corpus")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("exists and is not empty"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(dir.path("corpus/notes.txt")).unwrap(), b"mine");
    let o = claimgraph(&[
        "gen-corpus",
        "--articles",
        "8",
        "--story-size",
        "1",
        "--out",
        &dir.s("other"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--story-size"), "{}", stderr(&o));
}

#[test]
fn the_generator_data_holds_nothing_from_the_seeds() {
    // As tests/tidy.rs does for src/ and the lexicon: names, figures and quotations of the seed
    // annotations must not appear in the generator's words.
    let gold = claimgraph::tools::eval::read_gold_dir(&root().join("data/gold")).unwrap();
    let mut needles: Vec<String> = Vec::new();
    for g in &gold {
        for name in [&g.speaker, &g.subject].into_iter().flatten() {
            if name.split_whitespace().count() >= 2 {
                needles.push(name.to_lowercase());
            }
        }
        if g.text.chars().filter(char::is_ascii_digit).count() >= 3 {
            needles.push(g.text.to_lowercase());
        }
        if g.kind == claimgraph::model::claim::Kind::Quote {
            needles.push(g.text.chars().take(40).collect::<String>().to_lowercase());
        }
    }
    for entry in fs::read_dir(root().join("data/gen")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap().to_lowercase();
        for needle in &needles {
            assert!(
                !text.contains(needle.as_str()),
                "{} holds {needle:?}",
                path.display()
            );
        }
    }
}
