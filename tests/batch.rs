//! Stateless extraction for batch systems: `extract --format nquads` writes what ingest would
//! store, `load` puts it into a store, and the store is the one ingest makes.

use crate::common::{claimgraph, root, stderr, stdout, Scratch};
use std::io::Write;
use std::process::{Command, Stdio};

/// The dataset of a store as sorted N-Quads lines: equal lists are equal datasets (the store
/// holds no blank nodes, so labels do not get in the way).
fn dump_sorted(store: &str) -> Vec<String> {
    let o = claimgraph(&["dump", "--format", "nquads", "--store", store]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

/// Two sorted dumps are equal; else the first difference, not thousands of lines.
fn assert_same(a: &[String], b: &[String], what: &str) {
    if a != b {
        let first = a.iter().zip(b).find(|(x, y)| x != y);
        panic!(
            "{what}: {} against {} quads; first difference: {first:?}",
            a.len(),
            b.len()
        );
    }
}

/// The graph named last on an N-Quads line.
fn graph_of(line: &str) -> &str {
    let end = line.trim_end().strip_suffix('.').unwrap_or(line).trim_end();
    let start = end.rfind(" <").map_or(0, |i| i + 1);
    &end[start..]
}

/// `extract --format nquads` of some paths, written to a file of the scratch directory.
fn extract_to(dir: &Scratch, name: &str, paths: &[&str]) -> String {
    let mut args = vec!["extract", "--format", "nquads", "--quiet"];
    args.extend_from_slice(paths);
    let o = claimgraph(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    dir.write(name, &o.stdout);
    dir.s(name)
}

fn load(store: &str, files: &[&str]) -> String {
    let mut args = vec!["load", "--store", store];
    args.extend_from_slice(files);
    let o = claimgraph(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    stderr(&o)
}

fn ingest(store: &str, paths: &[&str]) {
    let mut args = vec!["ingest", "--quiet", "--store", store];
    args.extend_from_slice(paths);
    let o = claimgraph(&args);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn extracted_nquads_loaded_make_the_store_ingest_makes() {
    let dir = Scratch::new("batch-same");
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let (loaded, ingested) = (dir.s("loaded"), dir.s("ingested"));
    let summary = load(&loaded, &[&nq]);
    assert!(
        summary.contains("5 graphs from 1 file (5 new, 0 replaced, 0 unchanged)"),
        "{summary}"
    );
    ingest(&ingested, &["seeds"]);

    let (a, b) = (dump_sorted(&loaded), dump_sorted(&ingested));
    assert!(a.len() > 1000, "{} quads", a.len());
    assert_same(&a, &b, "load against ingest");

    // The extract output is exactly the article graphs ingest stored: no vocabulary graph, no
    // quad more or less. (oxigraph keeps integers by value, so the `xsd:nonNegativeInteger`
    // offsets rdf.rs writes come back from the store as `xsd:integer`, whichever way they went
    // in.)
    let mut extracted: Vec<String> = std::fs::read_to_string(&nq)
        .unwrap()
        .lines()
        .map(|l| l.replace("XMLSchema#nonNegativeInteger>", "XMLSchema#integer>"))
        .collect();
    extracted.sort();
    let article_graphs: Vec<String> = b
        .iter()
        .filter(|l| graph_of(l).starts_with("<https://w3id.org/claimgraph/graph/article/"))
        .cloned()
        .collect();
    assert_same(
        &extracted,
        &article_graphs,
        "extract against the article graphs ingest stored",
    );
    let graphs: std::collections::BTreeSet<&str> = extracted.iter().map(|l| graph_of(l)).collect();
    assert_eq!(graphs.len(), 5, "{graphs:?}");
}

#[test]
fn extracted_nquads_parse_with_rapper() {
    let dir = Scratch::new("batch-rapper");
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let lines = std::fs::read_to_string(&nq).unwrap().lines().count();
    let o = match Command::new("rapper")
        .args(["-i", "nquads", "-c", &nq])
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!(
            "rapper (raptor2-utils) is needed for this test and did not run ({e}): run scripts/setup.sh"
        ),
    };
    let err = stderr(&o);
    assert!(o.status.success(), "rapper: {err}");
    assert!(!err.contains("Error") && !err.contains("Warning"), "{err}");
    assert!(
        err.contains(&format!("returned {lines} triples")),
        "rapper counted otherwise than the {lines} lines: {err}"
    );
}

#[test]
fn loading_twice_changes_nothing_and_an_ingested_store_is_unchanged() {
    let dir = Scratch::new("batch-twice");
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let store = dir.s("store");
    load(&store, &[&nq]);
    let before = dump_sorted(&store);
    let summary = load(&store, &[&nq]);
    assert!(
        summary.contains("(0 new, 0 replaced, 5 unchanged)"),
        "{summary}"
    );
    assert_same(&dump_sorted(&store), &before, "the store");

    // The digest is the one ingest checks: a store ingest made takes the file as unchanged,
    // and ingest takes a loaded store as unchanged.
    let ingested = dir.s("ingested");
    ingest(&ingested, &["seeds"]);
    let summary = load(&ingested, &[&nq]);
    assert!(summary.contains("5 unchanged"), "{summary}");
    let o = claimgraph(&["ingest", "--store", &store, "seeds"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("5 unchanged"), "{}", stderr(&o));
    assert_same(&dump_sorted(&store), &before, "the store");
}

#[test]
fn a_broken_line_is_reported_with_file_and_line_and_nothing_is_written() {
    let dir = Scratch::new("batch-broken");
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let text = std::fs::read_to_string(&nq).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let middle = lines.len() / 2;
    lines[middle] = "<https://example.org/s> <https://example.org/p> .";
    let broken = dir.write("broken.nq", (lines.join("\n") + "\n").as_bytes());
    let broken = broken.to_str().unwrap();

    // Into a store holding other articles: the good file first on the command line, the broken
    // one second, and still nothing is written.
    let store = dir.s("store");
    ingest(&store, &["seeds/001_69e599bb6544562b.txt"]);
    let before = dump_sorted(&store);
    let o = claimgraph(&["load", "--store", &store, &nq, broken]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{broken}:{}:", middle + 1)),
        "file and line {} in: {err}",
        middle + 1
    );
    assert_same(&dump_sorted(&store), &before, "the store");

    // Into no store: none is created.
    let fresh = dir.path("fresh");
    let o = claimgraph(&["load", "--store", fresh.to_str().unwrap(), broken]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!fresh.exists());
}

#[test]
fn articles_split_over_two_extract_processes_load_into_the_same_store() {
    let dir = Scratch::new("batch-split");
    let one = extract_to(&dir, "one.nq", &["seeds"]);
    let mut articles: Vec<String> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    articles.sort();
    assert_eq!(articles.len(), 5);
    let (first, second) = articles.split_at(2);
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    let a = extract_to(&dir, "a.nq", &first);
    let b = extract_to(&dir, "b.nq", &second);

    let (whole, split) = (dir.s("whole"), dir.s("split"));
    load(&whole, &[&one]);
    let summary = load(&split, &[&b, &a]);
    assert!(
        summary.contains("5 graphs from 2 files (5 new"),
        "{summary}"
    );
    assert_same(&dump_sorted(&split), &dump_sorted(&whole), "the stores");
}

/// `dump --format nquads | load` gives the same store back: the findings graph and graphs
/// written through the endpoint (here, a default-graph triple and a graph of one's own) too.
#[test]
fn a_dump_loads_back_from_stdin_into_the_same_store() {
    let dir = Scratch::new("batch-roundtrip");
    let store = dir.s("store");
    ingest(&store, &["seeds"]);
    let o = claimgraph(&["report", "--format", "json", "--store", &store]);
    assert!(o.status.success(), "{}", stderr(&o));
    let extra = dir.write(
        "extra.nq",
        b"<https://example.org/s> <https://example.org/p> \"in the default graph\" .\n\
          <https://example.org/s> <https://example.org/p> \"mine\" <https://example.org/g> .\n",
    );
    load(&store, &[extra.to_str().unwrap()]);
    let original = dump_sorted(&store);
    assert!(original
        .iter()
        .any(|l| graph_of(l).contains("graph/findings")));

    let o = claimgraph(&["dump", "--format", "nquads", "--store", &store]);
    assert!(o.status.success());
    let copy = dir.s("copy");
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(["load", "--store", &copy, "-"])
        .env_remove("CLAIMGRAPH_STORE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&o.stdout).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("left out (the store keeps this version's)"),
        "{}",
        stderr(&out)
    );
    assert_same(&dump_sorted(&copy), &original, "the store");
}

/// A graph already in the store is replaced by the file's, not merged with it.
#[test]
fn a_graph_in_the_file_replaces_the_stored_graph() {
    let dir = Scratch::new("batch-replace");
    let store = dir.s("store");
    ingest(&store, &["seeds"]);
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let text = std::fs::read_to_string(&nq).unwrap();
    let graph = graph_of(text.lines().next().unwrap()).to_owned();
    // The first article's graph without its selectors: fewer quads, the same digest.
    let fewer: Vec<&str> = text
        .lines()
        .filter(|l| graph_of(l) == graph && !l.contains("/position>") && !l.contains("/quote>"))
        .collect();
    let file = dir.write("fewer.nq", (fewer.join("\n") + "\n").as_bytes());
    let summary = load(&store, &[file.to_str().unwrap()]);
    assert!(
        summary.contains("(0 new, 1 replaced, 0 unchanged)"),
        "{summary}"
    );
    let mut stored: Vec<String> = dump_sorted(&store)
        .into_iter()
        .filter(|l| graph_of(l) == graph)
        .collect();
    stored.sort();
    let mut expected: Vec<String> = fewer
        .iter()
        .map(|l| l.replace("XMLSchema#nonNegativeInteger>", "XMLSchema#integer>"))
        .collect();
    expected.sort();
    assert_same(&stored, &expected, "the replaced graph");
    // Other graphs are untouched, and the lines left out are gone.
    assert_eq!(
        dump_sorted(&store)
            .iter()
            .filter(|l| graph_of(l).contains("graph/article/"))
            .map(|l| graph_of(l).to_owned())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        5
    );
}

/// Quads of one graph spread over a file (a file sorted by line, say) are gathered into one
/// graph, not loaded as a graph replaced by its own later lines.
#[test]
fn a_graph_scattered_over_a_file_is_loaded_whole() {
    let dir = Scratch::new("batch-scattered");
    let nq = extract_to(&dir, "seeds.nq", &["seeds"]);
    let mut lines: Vec<String> = std::fs::read_to_string(&nq)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    let sorted = dir.write("sorted.nq", (lines.join("\n") + "\n").as_bytes());
    let (a, b) = (dir.s("a"), dir.s("b"));
    load(&a, &[&nq]);
    let summary = load(&b, &[sorted.to_str().unwrap()]);
    assert!(summary.contains("5 graphs from 1 file (5 new"), "{summary}");
    assert_same(&dump_sorted(&b), &dump_sorted(&a), "the stores");
}
