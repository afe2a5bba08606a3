//! The knowledge graph as a user builds it with `claimgraph ingest`: provenance checked with
//! SPARQL, idempotence, replacement of changed articles, crash safety, and the errors.

use crate::common::{claimgraph, root, stderr, Scratch};
use claimgraph::store::ClaimStore;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn copy_seeds(to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(root().join("seeds")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

fn ingest(paths: &[&str], store: &str) -> Output {
    let mut args = vec!["ingest", "--store", store];
    args.extend_from_slice(paths);
    let o = claimgraph(&args);
    assert!(o.status.success(), "ingest failed: {}", stderr(&o));
    o
}

/// Solutions of a SELECT as rows of strings (literal values, IRIs as text).
fn select(store: &ClaimStore, sparql: &str) -> Vec<Vec<String>> {
    let QueryResults::Solutions(solutions) = store.query(sparql).unwrap() else {
        panic!("not a SELECT")
    };
    let vars = solutions.variables().to_vec();
    solutions
        .map(|s| {
            let s = s.unwrap();
            vars.iter()
                .map(|v| match s.get(v) {
                    Some(Term::Literal(l)) => l.value().to_owned(),
                    Some(Term::NamedNode(n)) => n.as_str().to_owned(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                })
                .collect()
        })
        .collect()
}

fn ask(store: &ClaimStore, sparql: &str) -> bool {
    match store.query(sparql).unwrap() {
        QueryResults::Boolean(b) => b,
        _ => panic!("not an ASK"),
    }
}

const PREFIXES: &str = "PREFIX cg: <https://w3id.org/claimgraph#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
";

/// Quads per named graph, as sorted N-Quads lines.
fn graphs(store: &ClaimStore) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut buffer = Vec::new();
    store
        .dump(oxigraph::io::RdfFormat::NQuads, None, &mut buffer)
        .unwrap();
    for line in String::from_utf8(buffer).unwrap().lines() {
        let graph = line
            .rsplit_once(" <")
            .map(|(_, g)| g.trim_end_matches(" .").to_owned())
            .unwrap_or_default();
        out.entry(graph).or_default().insert(line.to_owned());
    }
    out
}

#[test]
fn every_claim_leads_back_to_its_text_article_and_speaker() {
    let dir = Scratch::new("provenance");
    ingest(&["seeds"], &dir.s("store"));
    let store = ClaimStore::open_read_only(&dir.path("store")).unwrap();

    // Every claim has an article.
    assert!(!ask(&store, &format!("{PREFIXES} ASK {{ GRAPH ?g {{ ?c a cg:Claim . FILTER NOT EXISTS {{ ?c prov:wasDerivedFrom ?a . ?a a schema:NewsArticle }} }} }}")));
    // Every quotation has a speaker; so does every figure the extraction attributed.
    assert!(!ask(&store, &format!("{PREFIXES} ASK {{ GRAPH ?g {{ ?c a cg:QuoteClaim . FILTER NOT EXISTS {{ ?c prov:wasQuotedFrom ?s . ?s a cg:Speaker ; rdfs:label ?name }} }} }}")));
    // Every selector's exact text is the article's text at its offsets.
    let rows = select(
        &store,
        &format!(
            "{PREFIXES} SELECT ?id ?start ?end ?exact WHERE {{ GRAPH ?g {{
                ?c cg:selector ?p, ?q ; prov:wasDerivedFrom ?a . ?a dcterms:identifier ?id .
                ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                ?q a oa:TextQuoteSelector ; oa:exact ?exact }} }}"
        ),
    );
    assert!(rows.len() > 150, "{} claims", rows.len());
    for row in &rows {
        let text =
            std::fs::read_to_string(root().join("seeds").join(format!("{}.txt", row[0]))).unwrap();
        let (start, end): (usize, usize) = (row[1].parse().unwrap(), row[2].parse().unwrap());
        let at: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(at, row[3], "{} {start}..{end}", row[0]);
    }
    // Speakers are shared nodes: one per name, across articles.
    let speakers = select(&store, &format!("{PREFIXES} SELECT ?s (COUNT(DISTINCT ?name) AS ?n) WHERE {{ GRAPH ?g {{ ?s a cg:Speaker ; rdfs:label ?name }} }} GROUP BY ?s"));
    assert!(speakers.iter().all(|r| r[1] == "1"));
    let xi = select(&store, &format!("{PREFIXES} SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?c prov:wasQuotedFrom ?s . ?s rdfs:label \"Xi Jinping\" }} }}"));
    assert!(
        xi.len() >= 2,
        "one speaker node quoted in several articles: {xi:?}"
    );
    // Typed values: 40 billion yuan is an xsd:decimal in CNY; dates are xsd:date.
    let yuan = select(
        &store,
        &format!(
            "{PREFIXES} SELECT ?v WHERE {{ GRAPH ?g {{ ?c cg:currency \"CNY\" ; cg:value ?v }} }}"
        ),
    );
    assert!(yuan.iter().any(|r| r[0] == "40000000000"), "{yuan:?}");
    assert!(ask(&store, &format!("{PREFIXES} ASK {{ GRAPH ?g {{ ?c cg:from ?f FILTER(DATATYPE(?f) = <http://www.w3.org/2001/XMLSchema#date>) }} }}")));
    // The article carries its publication date with precision and the digest of its text.
    let meta = select(&store, &format!("{PREFIXES} SELECT ?d ?p ?h WHERE {{ GRAPH ?g {{ ?a dcterms:identifier \"001_69e599bb6544562b\" ; schema:datePublished ?d ; cg:datePrecision ?p ; cg:sha256 ?h }} }}"));
    assert_eq!(meta[0][0], "2019-11");
    assert!(meta[0][1].ends_with("#Month"));
    assert_eq!(meta[0][2].len(), 64);
}

#[test]
fn ingesting_twice_changes_nothing_and_an_edit_replaces_only_its_graph() {
    let dir = Scratch::new("idempotence");
    let corpus = dir.path("corpus");
    copy_seeds(&corpus);
    let store_dir = dir.s("store");
    ingest(&[corpus.to_str().unwrap()], &store_dir);
    let before = graphs(&ClaimStore::open_read_only(&dir.path("store")).unwrap());

    let again = ingest(&[corpus.to_str().unwrap()], &store_dir);
    assert!(stderr(&again).contains("5 unchanged"), "{}", stderr(&again));
    let after = graphs(&ClaimStore::open_read_only(&dir.path("store")).unwrap());
    assert_eq!(before, after);

    // Edit one article: its graph changes, no other does.
    let edited = corpus.join("004_7be55b1e6f9d86d7.txt");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(
        &edited,
        format!("{text}\n\nThe ministry said it had approved 12 new projects.\n"),
    )
    .unwrap();
    let third = ingest(&[corpus.to_str().unwrap()], &store_dir);
    assert!(
        stderr(&third).contains("1 replaced, 4 unchanged"),
        "{}",
        stderr(&third)
    );
    let edited_graph = "https://w3id.org/claimgraph/graph/article/004_7be55b1e6f9d86d7>".to_owned();
    let last = graphs(&ClaimStore::open_read_only(&dir.path("store")).unwrap());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        last.keys().collect::<Vec<_>>()
    );
    for (graph, quads) in &last {
        if *graph == edited_graph {
            assert_ne!(quads, &before[graph]);
            assert!(quads.iter().any(|q| q.contains("12 new projects")));
        } else {
            assert_eq!(quads, &before[graph], "{graph} changed");
        }
    }
}

#[test]
fn example_queries_run_and_answer() {
    let dir = Scratch::new("queries");
    ingest(&["seeds"], &dir.s("store"));
    let mut ran = 0;
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rq") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with('#'),
            "{}: starts with a comment saying what it asks",
            path.display()
        );
        let o = claimgraph(&[
            "query",
            "--store",
            &dir.s("store"),
            "--format",
            "json",
            "-f",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}: {}", path.display(), stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let rows = v["results"]["bindings"].as_array().map_or(0, Vec::len);
        assert!(rows > 0, "{}: no rows", path.display());
        ran += 1;
    }
    assert!(ran >= 5);
}

#[test]
fn query_formats_and_errors() {
    let dir = Scratch::new("formats");
    ingest(
        &["seeds/004_7be55b1e6f9d86d7.txt", "seeds/sources.tsv"],
        &dir.s("store"),
    );
    let store = dir.s("store");
    let select = "SELECT ?a WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }";
    for (format, needle) in [
        ("json", "\"bindings\""),
        ("xml", "<sparql"),
        ("csv", "a\r\n"),
        ("tsv", "?a"),
        ("table", "(1 rows)"),
    ] {
        let o = claimgraph(&["query", "--store", &store, "--format", format, select]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains(needle),
            "{format}"
        );
    }
    let construct = "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> ; ?p ?o } }";
    for format in ["turtle", "ntriples", "jsonld", "rdfxml"] {
        let o = claimgraph(&["query", "--store", &store, "--format", format, construct]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("schema.org"),
            "{format}"
        );
    }
    let o = claimgraph(&["query", "--store", &store, "SELECT WHERE {"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("malformed query"), "{}", stderr(&o));
    let o = claimgraph(&["query", "--store", &store, "--format", "turtle", select]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn dump_formats_parse_back() {
    let dir = Scratch::new("dump");
    ingest(
        &["seeds/004_7be55b1e6f9d86d7.txt", "seeds/sources.tsv"],
        &dir.s("store"),
    );
    let store = ClaimStore::open_read_only(&dir.path("store")).unwrap();
    let total = store.len().unwrap();
    drop(store);
    for (format, rdf) in [
        ("trig", oxigraph::io::RdfFormat::TriG),
        ("nquads", oxigraph::io::RdfFormat::NQuads),
    ] {
        let o = claimgraph(&["dump", "--store", &dir.s("store"), "--format", format]);
        assert!(o.status.success(), "{}", stderr(&o));
        let quads = oxigraph::io::RdfParser::from_format(rdf)
            .for_slice(&o.stdout)
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert_eq!(quads.len(), total, "{format}");
    }
    let o = claimgraph(&[
        "dump",
        "--store",
        &dir.s("store"),
        "--format",
        "turtle",
        "--graph",
        "https://w3id.org/claimgraph/graph/ontology",
    ]);
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("owl:Ontology")
            || String::from_utf8_lossy(&o.stdout).contains("Ontology")
    );
}

#[test]
fn a_store_in_use_elsewhere_is_a_clear_error() {
    let dir = Scratch::new("locked");
    let held = ClaimStore::open(&dir.path("store")).unwrap();
    let o = claimgraph(&["ingest", "--store", &dir.s("store"), "seeds"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("in use by another process"),
        "{}",
        stderr(&o)
    );
    drop(held);
}

#[test]
fn a_store_path_that_cannot_be_a_directory_is_a_clear_error() {
    let dir = Scratch::new("notdir");
    std::fs::write(dir.path("file"), b"x").unwrap();
    let o = claimgraph(&["ingest", "--store", &dir.s("file/store"), "seeds"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("file/store") && stderr(&o).contains("cannot open or create the store"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn malformed_metadata_stops_before_anything_is_written() {
    let dir = Scratch::new("badmeta");
    let good = dir.path("good");
    copy_seeds(&good);
    let bad = dir.path("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("x.txt"), "Acme hired 30 engineers.").unwrap();
    std::fs::write(
        bad.join("sources.tsv"),
        "doc\tpublisher\tpublished\tprecision\tbasis\ttitle\nx\tA\tnot-a-date\tday\tb\tT\n",
    )
    .unwrap();
    let store = dir.s("store");
    let o = claimgraph(&[
        "ingest",
        "--store",
        &store,
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sources.tsv:2"), "{}", stderr(&o));
    // The good directory came first, yet nothing was written.
    let s = ClaimStore::open_read_only(&dir.path("store"));
    assert!(s.map(|s| s.is_empty().unwrap()).unwrap_or(true));
}

#[test]
fn a_killed_ingest_leaves_every_article_whole_or_absent() {
    let dir = Scratch::new("kill");
    // Enough articles that the kill lands mid-way.
    let corpus = dir.path("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let seeds: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for i in 0..120 {
        for s in &seeds {
            let name = format!("k{i:03}_{}", s.file_name().unwrap().to_str().unwrap());
            std::fs::copy(s, corpus.join(name)).unwrap();
        }
    }
    // The kill must land after some batches and before the last; how long that takes depends
    // on the machine and its load (the first batch waits for a chunk of articles extracted on
    // every thread), so try several delays until one does.
    let mut landed = Vec::new();
    for (attempt, delay_ms) in [300u64, 150, 600, 60, 1200, 2500, 5000, 10000]
        .into_iter()
        .enumerate()
    {
        let store = dir.path(&format!("store{attempt}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .args(["ingest", "--quiet", "--batch", "5", "--store"])
            .arg(&store)
            .arg(&corpus)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while !store.join("CURRENT").exists() && started.elapsed().as_secs() < 30 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = Command::new("kill")
            .args(["-9", &child.id().to_string()])
            .status();
        let status = child.wait().unwrap();

        let opened = ClaimStore::open(&store).expect("the store opens after a kill");
        let rows = select(
            &opened,
            &format!(
                "{PREFIXES} SELECT ?id ?count (COUNT(DISTINCT ?c) AS ?claims) WHERE {{ GRAPH ?g {{
                    ?a dcterms:identifier ?id ; cg:claimCount ?count .
                    OPTIONAL {{ ?c prov:wasDerivedFrom ?a }} }} }} GROUP BY ?id ?count"
            ),
        );
        for row in &rows {
            assert_eq!(row[1], row[2], "article {} is not whole", row[0]);
        }
        // Articles without their head node would be partial: there are none.
        let orphans = select(&opened, &format!("{PREFIXES} SELECT ?g WHERE {{ GRAPH ?g {{ ?c a cg:Claim }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?a a schema:NewsArticle }} }} }} LIMIT 1"));
        assert!(orphans.is_empty(), "{orphans:?}");
        // Files of a batch the kill interrupted are removed when the store is next opened.
        let leftovers: Vec<_> = std::fs::read_dir(&store)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("bulk-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        eprintln!(
            "killed ({status:?}) after {delay_ms} ms with {} of 600 articles written",
            rows.len()
        );
        landed.push(rows.len());
        if !rows.is_empty() && rows.len() < 600 {
            return;
        }
    }
    panic!("no kill landed mid-way (articles written at each: {landed:?})");
}

/// Generated articles: many more than one chunk of the parallel ingest, with figures, dates and
/// quotes.
fn generated_corpus(dir: &Scratch, articles: usize) -> PathBuf {
    let corpus = dir.path("corpus");
    let n = articles.to_string();
    let out = corpus.to_str().unwrap();
    let o = claimgraph(&["gen-corpus", "--articles", &n, "--out", out]);
    assert!(o.status.success(), "gen-corpus failed: {}", stderr(&o));
    corpus
}

#[test]
fn parallel_ingest_makes_the_store_one_thread_makes() {
    let dir = Scratch::new("threads");
    let corpus = generated_corpus(&dir, 300);
    let corpus = corpus.to_str().unwrap();
    let mut stores = Vec::new();
    for threads in ["1", "3"] {
        let store = dir.s(&format!("store{threads}"));
        // Small batches: several bulk loads, and a writer busy while the pool extracts.
        let o = claimgraph(&[
            "ingest",
            "--threads",
            threads,
            "--batch",
            "7",
            "--store",
            &store,
            corpus,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stderr(&o).starts_with("300 articles (300 new, 0 replaced, 0 unchanged)"),
            "{}",
            stderr(&o)
        );
        stores.push(graphs(
            &ClaimStore::open_read_only(Path::new(&store)).unwrap(),
        ));
    }
    // 300 article graphs, the ontology and the measure vocabulary.
    assert_eq!(stores[0].len(), 302);
    assert!(stores[0] == stores[1], "the stores differ");
    // Again with two threads: every article found unchanged.
    let o = claimgraph(&[
        "ingest",
        "--threads",
        "2",
        "--store",
        &dir.s("store1"),
        corpus,
    ]);
    assert!(
        stderr(&o).starts_with("300 articles (0 new, 0 replaced, 300 unchanged)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_others_are_written() {
    let dir = Scratch::new("badfile");
    let corpus = generated_corpus(&dir, 120);
    // Files are read in sorted order: this one comes after every generated directory.
    let bad = corpus.join("zz").join("broken.txt");
    std::fs::create_dir_all(bad.parent().unwrap()).unwrap();
    std::fs::write(&bad, b"Caf\xe9 au lait costs $5.\n").unwrap();
    let store = dir.s("store");
    let o = claimgraph(&[
        "ingest",
        "--threads",
        "2",
        "--store",
        &store,
        corpus.to_str().unwrap(),
    ]);
    // Left out with an error, the run going on: exit 1, not 2.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("broken.txt: invalid UTF-8 at byte 3"),
        "{}",
        stderr(&o)
    );
    let opened = ClaimStore::open_read_only(Path::new(&store)).unwrap();
    let articles = select(
        &opened,
        &format!("{PREFIXES} SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle }} }}"),
    );
    assert_eq!(articles, vec![vec!["120".to_owned()]]);
}

/// The quads of the findings graph, as N-Quads lines.
fn findings_in(store: &ClaimStore) -> BTreeSet<String> {
    // `graphs` keys a graph by its IRI and the closing '>'.
    graphs(store)
        .remove(&format!(
            "{}>",
            claimgraph::model::vocab::FINDINGS_GRAPH.as_str()
        ))
        .unwrap_or_default()
}

fn finding_quads(from: usize, to: usize) -> Vec<oxigraph::model::Quad> {
    use oxigraph::model::{Literal, NamedNode, Quad};
    (from..to)
        .map(|i| {
            Quad::new(
                NamedNode::new(format!("https://example.org/finding/{}", i / 3)).unwrap(),
                NamedNode::new(format!("https://example.org/p{}", i % 3)).unwrap(),
                Literal::from(i as i64),
                claimgraph::model::vocab::FINDINGS_GRAPH,
            )
        })
        .collect()
}

#[test]
fn findings_are_replaced_by_exactly_the_new_ones() {
    let dir = Scratch::new("findings");
    let store = ClaimStore::open(&dir.path("store")).unwrap();
    // The graph holds exactly these quads; on failure, the first few differences only.
    let expect = |quads: &[oxigraph::model::Quad]| {
        let want: BTreeSet<String> = quads.iter().map(|q| format!("{q} .")).collect();
        let got = findings_in(&store);
        let diff: Vec<&String> = want.symmetric_difference(&got).take(3).collect();
        assert!(
            diff.is_empty(),
            "{} quads, {} wanted; e.g. {diff:?}",
            got.len(),
            want.len()
        );
    };
    // A small change in one transaction, then the same again (nothing to write), then a change
    // larger than a transaction takes (new ones bulk-loaded, stale ones removed), then none.
    let first = finding_quads(0, 1_000);
    store.write_findings(&first).unwrap();
    expect(&first);
    let second = finding_quads(500, 1_500);
    store.write_findings(&second).unwrap();
    store.write_findings(&second).unwrap();
    expect(&second);
    let third = finding_quads(1_400, 31_400);
    store.write_findings(&third).unwrap();
    expect(&third);
    store.write_findings(&[]).unwrap();
    assert!(findings_in(&store).is_empty());
    // Quads of another graph are refused, and change nothing.
    store.write_findings(&first).unwrap();
    let mut stray = finding_quads(0, 2);
    stray[1].graph_name = oxigraph::model::GraphName::DefaultGraph;
    assert!(store.write_findings(&stray).is_err());
    expect(&first);
}
