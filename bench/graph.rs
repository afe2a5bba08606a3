//! Benchmark of the graph export's `sources` view: `cargo bench --bench graph`.
//!
//! A deterministic generator writes the analysis of a synthetic corpus straight away (the
//! analysis itself is measured by `bench/analysis.rs`): stories of `BENCH_STORY` articles from
//! different publishers, each article with `BENCH_SHARED` claims on slots its story shares (a
//! finding per slot whose members, one claim per article, agree, are vaguer or conflict) and
//! `BENCH_OWN` claims nobody else makes (uncorroborated findings). Timed: building the source
//! graph and its view from the analysis and writing the DOT to a file. Printed: the time against
//! the target, nodes, edges, DOT size, peak RSS.
//!
//! Options (environment variables): `BENCH_ARTICLES` (default 100000), `BENCH_STORY` (5),
//! `BENCH_SHARED` (10), `BENCH_OWN` (20), `BENCH_RUNS` (3, the fastest is reported),
//! `BENCH_TARGET_SECONDS` (5). Single-threaded: run it pinned, e.g.
//! `taskset -c 1 cargo bench --bench graph`. Exits non-zero only when it cannot run.

use claimgraph::consistency::interval::Interval;
use claimgraph::consistency::{Analysis, Finding, Member, Scope, Verdict};
use claimgraph::model::article::Source;
use claimgraph::model::claim::{Kind, Mention};
use claimgraph::present::graph::{dot, Grouping, View};
use claimgraph::tools::rng::Rng;
use std::time::Instant;

fn env(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v.parse().unwrap_or_else(|_| {
            eprintln!("{name}={v} is not a whole number");
            std::process::exit(2)
        }),
        Err(_) => default,
    }
}

const PUBLISHERS: [&str; 12] = [
    "Daily Planet",
    "Morning Ledger",
    "Harbour Times",
    "Evening Courier",
    "Coast Herald",
    "Valley Post",
    "Metro Wire",
    "Northern Gazette",
    "City Observer",
    "River Tribune",
    "Capital Review",
    "Island Chronicle",
];

fn generate(articles: usize, story: usize, shared: usize, own: usize) -> Analysis {
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15, 0);
    let mut sources = Vec::with_capacity(articles);
    let mut mentions = Vec::with_capacity(articles * (shared + own));
    let mut findings = Vec::new();
    for s in 0..articles {
        sources.push(Source {
            doc: format!("a{s:07}"),
            publisher: Some(PUBLISHERS[s % PUBLISHERS.len()].to_owned()),
            title: Some(format!("Story {} as told by article {s}", s / story)),
            published: None,
            digest: None,
            story_features: None,
        });
    }
    let claim = |mentions: &mut Vec<Mention>, s: usize, k: usize, value: f64| {
        let doc = format!("a{s:07}");
        let text = format!("{value} projects");
        let mut m = Mention::new(&doc, Kind::Count, &text, k * 40, k * 40 + text.len());
        m.value = Some(value);
        m.unit = Some("projects".into());
        m.sentence = format!("The agency said it approved {text} this year.");
        mentions.push(m);
        mentions.len() - 1
    };
    for first in (0..articles).step_by(story) {
        let members: Vec<usize> = (first..(first + story).min(articles)).collect();
        for k in 0..shared {
            let base = 100.0 + rng.below(900) as f64;
            let mut finding = Finding::new(
                Verdict::Agree,
                Scope::CrossSource,
                Kind::Count,
                format!("figure/story{first}/{k}"),
                format!("projects approved, story {first}, figure {k}"),
            );
            let mut verdicts = Vec::new();
            for (i, &s) in members.iter().enumerate() {
                // Most tell the same figure; some are vaguer ("over"), some tell another.
                let (value, interval) = match (i, rng.below(20)) {
                    (0, _) | (_, 0..=13) => (base, Interval::new(base - 0.5, base + 0.5)),
                    (_, 14..=16) => (base - 10.0, Interval::new(base - 10.0, f64::INFINITY)),
                    _ => (
                        base * 2.0,
                        Interval::new(base * 2.0 - 0.5, base * 2.0 + 0.5),
                    ),
                };
                let mention = claim(&mut mentions, s, k, value);
                finding.members.push(Member {
                    mention,
                    source: s,
                    interval: Some(interval),
                    converted_from: None,
                    corrected: false,
                });
                verdicts.push(interval);
            }
            finding.verdict = if verdicts.iter().any(|v| v.lo > base + 1.0) {
                Verdict::Conflict
            } else if verdicts.iter().any(|v| !v.is_bounded()) {
                Verdict::Compatible
            } else {
                Verdict::Agree
            };
            findings.push(finding);
        }
        for &s in &members {
            for k in shared..shared + own {
                let mention = claim(&mut mentions, s, k, 1.0 + k as f64);
                let mut finding = Finding::new(
                    Verdict::Uncorroborated,
                    Scope::CrossSource,
                    Kind::Count,
                    format!("figure/a{s}/{k}"),
                    format!("projects, article {s}, figure {k}"),
                );
                finding.members.push(Member {
                    mention,
                    source: s,
                    interval: None,
                    converted_from: None,
                    corrected: false,
                });
                findings.push(finding);
            }
        }
    }
    findings.sort_by_key(|f| f.verdict);
    Analysis {
        copy_of: (0..sources.len()).collect(),
        sources,
        mentions,
        findings,
        source_stats: Vec::new(),
        curation_notes: Vec::new(),
        stories: Vec::new(),
    }
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let articles = env("BENCH_ARTICLES", 100_000);
    let story = env("BENCH_STORY", 5).max(2);
    let shared = env("BENCH_SHARED", 10);
    let own = env("BENCH_OWN", 20);
    let runs = env("BENCH_RUNS", 3).max(1);
    let target = env("BENCH_TARGET_SECONDS", 5) as f64;

    let started = Instant::now();
    let analysis = generate(articles, story, shared, own);
    println!(
        "graph export benchmark: {articles} articles in stories of {story}, {} claims, {} findings (generated in {:.1} s)",
        analysis.mentions.len(),
        analysis.findings.len(),
        started.elapsed().as_secs_f64()
    );
    let out = std::env::temp_dir().join(format!(
        "claimgraph-bench-sources-{}.dot",
        std::process::id()
    ));
    let mut best = f64::INFINITY;
    let mut shape = (0, 0, 0);
    for run in 1..=runs {
        let started = Instant::now();
        let view = View::of_sources(&analysis, Grouping::Article, None).unwrap();
        let text = dot::write(&view);
        if let Err(e) = std::fs::write(&out, &text) {
            eprintln!("cannot write {}: {e}", out.display());
            std::process::exit(2);
        }
        let seconds = started.elapsed().as_secs_f64();
        shape = (view.graph.node_count(), view.graph.edge_count(), text.len());
        println!("  run {run}: {seconds:.2} s");
        best = best.min(seconds);
    }
    let _ = std::fs::remove_file(&out);
    let (nodes, edges, bytes) = shape;
    println!(
        "  sources view: {nodes} nodes, {edges} edges, {:.1} MB of DOT; fastest build + write {best:.2} s; peak RSS {}",
        bytes as f64 / 1e6,
        peak_rss_mib().map_or("unknown".into(), |m| format!("{m:.0} MiB"))
    );
    let verdict = if best < target { "met" } else { "NOT met" };
    println!("  target: under {target:.0} s for {articles} articles: {verdict}");
}
