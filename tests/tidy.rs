//! House rules held by tests: module boundaries, and no seed-specific strings in the code or
//! the vocabularies (rules must work on articles never seen).

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ext.contains(&e))
        {
            out.push(path);
        }
    }
}

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files(&root().join(dir), &["rs"], &mut paths);
    paths
        .into_iter()
        .map(|p| (p.clone(), fs::read_to_string(&p).unwrap()))
        .collect()
}

/// Lines of code, comments stripped, the test module at the end of a file left out.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn extraction_story_grouping_and_the_analysis_do_no_io_and_print_nothing() {
    let mut checked = sources("src/extract");
    checked.extend(sources("src/stories"));
    checked.extend(sources("src/consistency"));
    for (path, text) in checked {
        let code = code(&text);
        for banned in [
            "std::fs",
            "std::io",
            "println!",
            "eprintln!",
            "print!",
            "std::env",
            "clap",
        ] {
            assert!(!code.contains(banned), "{}: uses {banned}", path.display());
        }
    }
}

#[test]
fn only_the_binary_knows_the_argument_parser_and_anyhow() {
    for (path, text) in sources("src") {
        if path.starts_with(root().join("src/bin")) {
            continue;
        }
        let code = code(&text);
        for banned in ["clap", "anyhow", "println!"] {
            assert!(!code.contains(banned), "{}: uses {banned}", path.display());
        }
    }
}

#[test]
fn no_seed_specific_strings_in_code_or_vocabularies() {
    // Names, figures and quotations of the seed articles and of the news and web golds'
    // articles, read from their annotations.
    let mut gold = claimgraph::tools::eval::read_gold_dir(&root().join("data/gold")).unwrap();
    gold.extend(claimgraph::tools::eval::read_gold_dir(&root().join("data/gold/news")).unwrap());
    gold.extend(claimgraph::tools::eval::read_gold_dir(&root().join("data/gold/web")).unwrap());
    let mut needles: Vec<String> = Vec::new();
    for g in &gold {
        for name in [&g.speaker, &g.subject].into_iter().flatten() {
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                needles.push(name.clone());
            }
        }
        // A bare year or short number, alone or with words ("2013", "400", "in 2019"), is
        // general; a figure as written ("$284.46", "7,919", "Dec. 31, 2016") is the article's.
        let mut numbers = g
            .text
            .split_whitespace()
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()));
        let bare = match (numbers.next(), numbers.next()) {
            (Some(n), None) => n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit()),
            _ => false,
        };
        if g.text.chars().filter(char::is_ascii_digit).count() >= 3 && g.text.len() >= 4 && !bare {
            needles.push(g.text.clone());
        }
        if g.kind == claimgraph::model::claim::Kind::Quote {
            needles.push(g.text.chars().take(40).collect());
        }
    }
    // Countries and large cities are general geography, listed as such.
    let places = fs::read_to_string(root().join("data/lexicon/place_words.txt"))
        .unwrap()
        .to_lowercase();
    needles.retain(|n| !places.lines().any(|p| p == n.to_lowercase()));
    needles.sort();
    needles.dedup();
    let mut checked = sources("src");
    let mut data = Vec::new();
    files(&root().join("data/lexicon"), &["txt", "tsv"], &mut data);
    files(&root().join("ontology"), &["ttl"], &mut data);
    checked.extend(
        data.into_iter()
            .map(|p| (p.clone(), fs::read_to_string(&p).unwrap())),
    );
    for (path, text) in checked {
        let code = code(&text).to_lowercase();
        for needle in &needles {
            assert!(
                !code.contains(&needle.to_lowercase()),
                "{} holds {needle:?} from the seeds or the news or web gold",
                path.display()
            );
        }
    }
}

/// Every run of this many words of one news article (letters and digits, case folded) is a
/// sentence of the corpus, not general English ("a person familiar with the matter" is six).
const CORPUS_RUN: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_sentence_of_the_news_corpus_in_code_tests_or_docs() {
    // The news corpus and the web benchmark's article bodies.
    // Rules, their comments and their tests use invented text: a sentence copied from an
    // article tunes a rule to that article. Checked on the code, the tests, the vocabularies,
    // the generator's phrases and the documents; the gold annotations are the corpus's own
    // words by design, and the page-furniture vocabulary is the sites' boilerplate, not news.
    let articles = crate::common::shared().join("corpora/news-clusters/articles");
    let mut runs = std::collections::HashSet::new();
    let mut texts = Vec::new();
    files(&articles, &["txt"], &mut texts);
    assert!(
        texts.len() > 300,
        "the news corpus is where the README says"
    );
    let mut bodies: Vec<String> = texts
        .iter()
        .map(|path| fs::read_to_string(path).unwrap())
        .collect();
    // The web benchmark's hand-marked bodies: the web gold's articles.
    let truth =
        crate::common::shared().join("corpora/article-extraction-benchmark/ground-truth.json");
    let truth: serde_json::Value = serde_json::from_slice(&fs::read(truth).unwrap()).unwrap();
    let truth = truth.as_object().expect("ground-truth.json is an object");
    assert!(
        truth.len() > 100,
        "the web benchmark is where the README says"
    );
    bodies.extend(
        truth
            .values()
            .filter_map(|page| page["articleBody"].as_str().map(str::to_owned)),
    );
    for body in bodies {
        let w = words(&body);
        for run in w.windows(CORPUS_RUN) {
            runs.insert(run.join(" "));
        }
    }
    let mut checked = Vec::new();
    for dir in ["src", "tests", "data", "ontology", "bench"] {
        files(
            &root().join(dir),
            &["rs", "txt", "tsv", "ttl", "md", "sh", "py"],
            &mut checked,
        );
    }
    checked.extend(["README.md", "ARCHITECTURE.md"].map(|f| root().join(f)));
    let exempt = [
        root().join("data/gold"),
        root().join("tests/golden"),
        root().join("data/lexicon/furniture.tsv"),
    ];
    for path in checked {
        if exempt.iter().any(|e| path.starts_with(e)) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let w = words(line);
            if let Some(run) = w
                .windows(CORPUS_RUN)
                .map(|r| r.join(" "))
                .find(|r| runs.contains(r))
            {
                panic!(
                    "{}:{}: {run:?} is a sentence of the news corpus or the web benchmark",
                    path.display(),
                    n + 1
                );
            }
        }
    }
}

/// Which library modules each module may import, as ARCHITECTURE.md's table says. A module is
/// a top-level folder or file of `src/` (`corpus`, `isolate`), except in the folders that group
/// modules of one layer (`model`, `pipeline`, `present`, `tools`), where each file or subfolder
/// is a module of its own (`model::claim`). The binary may use everything; test modules are not
/// counted.
const MAY_IMPORT: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("model::time", &[]),
    ("model::vocab", &[]),
    ("model::article", &["model::time"]),
    ("model::claim", &["model::time"]),
    ("model::iri", &["model::claim", "model::vocab"]),
    ("model::lexicon", &["model::claim"]),
    ("model::names", &["model::lexicon"]),
    (
        "model::frame",
        &["model::claim", "model::lexicon", "model::names"],
    ),
    ("isolate", &[]),
    (
        "corpus",
        &["model::time", "model::lexicon", "isolate", "model::article"],
    ),
    (
        "extract",
        &[
            "model::claim",
            "model::time",
            "model::lexicon",
            "model::article",
            "model::frame",
            "model::names",
        ],
    ),
    (
        "rdf",
        &[
            "model::claim",
            "model::time",
            "model::vocab",
            "model::iri",
            "model::article",
            "model::lexicon",
            "stories",
        ],
    ),
    (
        "store",
        &[
            "model::claim",
            "model::vocab",
            "model::iri",
            "rdf",
            "model::article",
        ],
    ),
    ("fetch", &["corpus", "model::time"]),
    (
        "remote",
        &[
            "model::claim",
            "model::vocab",
            "model::iri",
            "rdf",
            "model::article",
        ],
    ),
    ("pipeline", &[]),
    (
        "pipeline::ingest",
        &[
            "model::claim",
            "corpus",
            "extract",
            "isolate",
            "rdf",
            "store",
            "model::article",
        ],
    ),
    (
        "pipeline::load",
        &["pipeline::ingest", "store", "model::vocab"],
    ),
    ("pipeline::push", &["store", "remote"]),
    (
        "pipeline::source",
        &[
            "model::claim",
            "store",
            "remote",
            "consistency",
            "model::article",
            "stories",
        ],
    ),
    (
        "stories",
        &[
            "model::time",
            "model::lexicon",
            "model::names",
            "model::article",
        ],
    ),
    (
        "consistency",
        &[
            "model::claim",
            "model::frame",
            "model::time",
            "model::lexicon",
            "model::names",
            "model::vocab",
            "model::iri",
            "model::article",
        ],
    ),
    ("present", &[]),
    (
        "present::finding",
        &[
            "present::frame",
            "consistency",
            "model::claim",
            "model::article",
            "model::frame",
        ],
    ),
    (
        "present::frame",
        &[
            "consistency",
            "model::frame",
            "model::lexicon",
            "model::time",
        ],
    ),
    (
        "present::findings_graph",
        &[
            "present::finding",
            "present::frame",
            "model::time",
            "consistency",
            "model::vocab",
            "model::iri",
            "rdf",
        ],
    ),
    (
        "present::report",
        &["present::finding", "consistency", "model::claim"],
    ),
    ("present::text", &[]),
    (
        "present::graph",
        &[
            "present::finding",
            "consistency",
            "model::claim",
            "model::iri",
        ],
    ),
    (
        "server",
        &[
            "store",
            "consistency",
            "pipeline::source",
            "present::report",
            "present::graph",
            "isolate",
        ],
    ),
    ("tools", &[]),
    ("tools::eval", &["model::claim", "present::text"]),
    (
        "tools::story_eval",
        &["tools::eval", "model::lexicon", "stories"],
    ),
    ("tools::rng", &[]),
    (
        "tools::verdict_eval",
        &[
            "tools::eval",
            "tools::story_eval",
            "consistency",
            "model::claim",
        ],
    ),
    ("tools::synth", &["model::time", "tools::rng"]),
];

/// Folders that group modules of one layer: each entry in them is a module of its own.
const LAYERS: &[&str] = &["model", "pipeline", "present", "tools"];

/// The library module a source file belongs to: `src/NAME.rs`, `src/NAME/...`, or in a layer
/// folder `src/LAYER/NAME.rs`, `src/LAYER/NAME/...` (and `src/LAYER/mod.rs` is `LAYER`).
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(root().join("src")).unwrap();
    let parts: Vec<&str> = relative
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().trim_end_matches(".rs"))
        .collect();
    match parts.as_slice() {
        [layer, "mod"] if LAYERS.contains(layer) => (*layer).to_owned(),
        [layer, name, ..] if LAYERS.contains(layer) => format!("{layer}::{name}"),
        [first, ..] => (*first).to_owned(),
        [] => unreachable!("a file has a name"),
    }
}

/// The module an import path names: `crate::corpus::Item` is `corpus`, `crate::model::claim::Kind`
/// is `model::claim`.
fn imported_module(path: &str) -> String {
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let first = word(path);
    let rest = &path[first.len()..];
    match rest.strip_prefix("::") {
        Some(rest) if LAYERS.contains(&first.as_str()) => {
            assert!(
                !rest.starts_with('{'),
                "crate::{first}::{{...}}: import each module of a layer on its own line"
            );
            format!("{first}::{}", word(rest))
        }
        _ => first,
    }
}

#[test]
fn modules_import_only_what_the_architecture_table_allows() {
    let mut modules: Vec<String> = Vec::new();
    let mut used: Vec<(String, String)> = Vec::new();
    for (path, text) in sources("src") {
        if path.starts_with(root().join("src/bin")) || path.ends_with("src/lib.rs") {
            continue;
        }
        let module = module_of(&path);
        modules.push(module.clone());
        let allowed = MAY_IMPORT
            .iter()
            .find(|(m, _)| *m == module)
            .unwrap_or_else(|| {
                panic!("module {module} is not in the table (tests/tidy.rs, ARCHITECTURE.md)")
            })
            .1;
        let code = code(&text);
        for (at, _) in code.match_indices("crate::") {
            let name = imported_module(&code[at + "crate::".len()..]);
            used.push((module.clone(), name.clone()));
            // A layer's own `mod.rs` declares its modules; within a module, `crate::` paths to
            // itself are fine.
            let own = name == module || module.starts_with(&format!("{name}::"));
            assert!(
                own || allowed.contains(&name.as_str()),
                "{} imports crate::{name}, which {module} may not (tests/tidy.rs MAY_IMPORT, ARCHITECTURE.md)",
                path.display()
            );
        }
    }
    for (module, allowed) in MAY_IMPORT {
        assert!(
            modules.iter().any(|m| m == module),
            "the table names {module}, which is not a module"
        );
        // The table says what the code does, no more: an edge nothing uses goes.
        for name in *allowed {
            assert!(
                used.iter().any(|(m, n)| m == module && n == name),
                "the table lets {module} import {name}, which it does not (tests/tidy.rs MAY_IMPORT, ARCHITECTURE.md)"
            );
        }
    }
}

/// A module over 800 lines says at its top why it is one file ("One file, ... because ...").
#[test]
fn long_modules_say_why_they_are_one_file() {
    for (path, text) in sources("src") {
        if text.lines().count() <= 800 {
            continue;
        }
        let top: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            top.contains("One file") && top.contains("because"),
            "{} has {} lines and no reason at its top for being one file",
            path.display(),
            text.lines().count()
        );
    }
}

/// Every file under `src/` is in ARCHITECTURE.md's code map: named itself (`src/x/a.rs`, or
/// `b.rs` after another file of its folder in the same row) or through a folder that holds it.
#[test]
fn the_code_map_names_every_source_file() {
    let architecture = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let map = architecture
        .split("## Code map")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("ARCHITECTURE.md has a code map");
    let mut named: Vec<String> = Vec::new();
    for row in map.lines().filter(|l| l.starts_with("| `")) {
        let cell = row.split(" | ").next().unwrap_or("");
        let mut folder = String::new();
        for path in cell.split('`').skip(1).step_by(2) {
            if let Some(path) = path.strip_prefix("src/") {
                let path = path.trim_end_matches('/');
                named.push(path.to_owned());
                folder = match path.rsplit_once('/') {
                    Some((dir, file)) if file.contains('.') => dir.to_owned(),
                    _ => path.to_owned(),
                };
            } else if !folder.is_empty() && path.contains('.') {
                named.push(format!("{folder}/{path}"));
            }
        }
    }
    let mut all = Vec::new();
    files(&root().join("src"), &["rs", "html"], &mut all);
    for path in all {
        let relative = path.strip_prefix(root().join("src")).unwrap();
        let covered = relative
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| named.iter().any(|n| Path::new(n) == a));
        assert!(
            covered,
            "src/{} is not in ARCHITECTURE.md's code map",
            relative.display()
        );
    }
}
