//! Reading web pages (`cargo bench --bench web`, run by `bench/web.sh`): every page of the
//! article-extraction benchmark read as `extract` reads an `.html` file (`corpus::read_page`),
//! in passes over all pages until `BENCH_MIN_SECONDS` (3) have gone by, on whatever core the
//! caller pins it to; only the calls of `read_page` are timed (not the copy of the page each
//! call takes, nor the bodies' output). Prints pages/s and MB/s of raw HTML as `key value` lines and writes the
//! bodies of the last pass as JSON (`{"<id>": {"articleBody": "..."}}`, the benchmark's own
//! shape, with each page's `title` and `published` date and its basis) to `BENCH_WEB_OUT` when
//! set. Scoring is `bench/web_bench.py`'s, beside trafilatura.
//!
//! `BENCH_WEB_CORPUS` is the benchmark folder (default: `../shared/corpora/
//! article-extraction-benchmark` beside the repository).

use claimgraph::corpus::{read_page, Format, Page};
use claimgraph::model::article::PublishedBasis;
use std::time::Instant;

#[path = "web_pages.rs"]
mod web_pages;

fn main() {
    let min_seconds: f64 = web_pages::env_number("BENCH_MIN_SECONDS", 3.0);
    // As `--lossy` reads a file that is not UTF-8.
    let pages: Vec<(String, String)> = web_pages::pages(&web_pages::corpus())
        .into_iter()
        .map(|(id, raw)| (id, String::from_utf8_lossy(&raw).into_owned()))
        .collect();
    let bytes: usize = pages.iter().map(|(_, html)| html.len()).sum();
    // Only `read_page` is timed: each pass hands it a copy of every page (it takes the page by
    // value, as the corpus hands it a file's text), made outside the clock.
    let mut passes = 0;
    let mut timed = std::time::Duration::ZERO;
    // The CPU time of the same calls, which other work on the machine disturbs less than the
    // wall time (none when the kernel does not tell it).
    let mut cpu_ns: Option<u64> = Some(0);
    let start = Instant::now();
    let bodies: Vec<Page> = loop {
        let mut bodies = Vec::with_capacity(pages.len());
        for (_, html) in &pages {
            let html = html.clone();
            let cpu_before = thread_cpu_ns();
            let clock = Instant::now();
            let page = read_page(html, Format::Html);
            timed += clock.elapsed();
            cpu_ns = match (cpu_ns, cpu_before, thread_cpu_ns()) {
                (Some(sum), Some(before), Some(after)) => Some(sum + after.saturating_sub(before)),
                _ => None,
            };
            bodies.push(page);
        }
        passes += 1;
        if start.elapsed().as_secs_f64() >= min_seconds {
            break bodies;
        }
    };
    let seconds = timed.as_secs_f64();
    let read = (passes * pages.len()) as f64;
    println!("pages {}", pages.len());
    println!("mb {:.3}", bytes as f64 / 1e6);
    println!("passes {passes}");
    println!("pages_per_second {:.1}", read / seconds);
    println!(
        "mb_per_second {:.2}",
        (passes * bytes) as f64 / 1e6 / seconds
    );
    if let Some(cpu) = cpu_ns.filter(|&ns| ns > 0).map(|ns| ns as f64 / 1e9) {
        println!("cpu_seconds {cpu:.3}");
        println!("cpu_pages_per_second {:.1}", read / cpu);
        println!(
            "cpu_mb_per_second {:.2}",
            (passes * bytes) as f64 / 1e6 / cpu
        );
    }
    if let Some(out) = std::env::var_os("BENCH_WEB_OUT") {
        let json: serde_json::Map<String, serde_json::Value> = pages
            .iter()
            .zip(bodies)
            .map(|((id, _), page)| {
                let published = page.published.map(|p| {
                    let basis = match p.basis {
                        PublishedBasis::Page { field, .. } => field,
                        PublishedBasis::Dateline { text, .. } => format!("dateline: {text}"),
                        PublishedBasis::Sources { note, .. } => note,
                        PublishedBasis::Given => "given".to_owned(),
                    };
                    serde_json::json!({ "date": p.period.from.to_string(), "basis": basis })
                });
                let value = serde_json::json!({
                    "articleBody": page.text,
                    "title": page.title,
                    "published": published,
                });
                (id.clone(), value)
            })
            .collect();
        std::fs::write(&out, serde_json::to_vec(&json).unwrap()).unwrap();
    }
}

/// The time this thread has spent on a CPU, in nanoseconds (`/proc/thread-self/schedstat`'s
/// first field), when the kernel tells it.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
