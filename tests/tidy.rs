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

/// Lines of code, comments stripped, test modules left out.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn extraction_and_the_analysis_do_no_io_and_print_nothing() {
    let mut checked = sources("src/extract");
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
    // Names, figures and quotations of the seed articles, read from their annotations.
    let gold = claimgraph::eval::read_gold_dir(&root().join("data/gold")).unwrap();
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
        if g.text.chars().filter(char::is_ascii_digit).count() >= 3 && g.text.len() >= 4 {
            needles.push(g.text.clone());
        }
        if g.kind == claimgraph::claim::Kind::Quote {
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
                "{} holds {needle:?} from the seeds",
                path.display()
            );
        }
    }
}

/// Which library modules each module may import (`crate::NAME`), as ARCHITECTURE.md's table
/// says. The binary may use everything; test modules are not counted.
const MAY_IMPORT: &[(&str, &[&str])] = &[
    ("time", &[]),
    ("isolate", &[]),
    ("claim", &["time"]),
    ("lexicon", &["claim"]),
    ("vocab", &[]),
    ("corpus", &["time", "lexicon", "isolate"]),
    ("extract", &["claim", "time", "lexicon"]),
    ("eval", &["claim"]),
    ("fx", &["time", "vocab"]),
    ("rdf", &["claim", "corpus", "time", "vocab"]),
    ("store", &["claim", "corpus", "rdf", "vocab"]),
    (
        "ingest",
        &["claim", "corpus", "extract", "isolate", "rdf", "store"],
    ),
    ("load", &["ingest", "store", "vocab"]),
    (
        "consistency",
        &["claim", "time", "lexicon", "fx", "vocab", "rdf"],
    ),
    ("report", &["consistency", "claim", "fx"]),
    ("export", &["consistency", "claim", "rdf"]),
    ("remote", &["claim", "rdf", "vocab"]),
    (
        "server",
        &[
            "store",
            "consistency",
            "report",
            "export",
            "vocab",
            "isolate",
        ],
    ),
    ("synth", &["time"]),
];

/// The library module a source file belongs to: `src/NAME.rs` or `src/NAME/...`.
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(root().join("src")).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_str().unwrap().trim_end_matches(".rs").to_owned()
}

#[test]
fn modules_import_only_what_the_architecture_table_allows() {
    let mut modules: Vec<String> = Vec::new();
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
            let name: String = code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            assert!(
                name == module || allowed.contains(&name.as_str()),
                "{} imports crate::{name}, which {module} may not (tests/tidy.rs MAY_IMPORT, ARCHITECTURE.md)",
                path.display()
            );
        }
    }
    for (module, _) in MAY_IMPORT {
        assert!(
            modules.iter().any(|m| m == module),
            "the table names {module}, which is not a module"
        );
    }
}
