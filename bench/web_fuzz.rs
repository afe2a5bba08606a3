//! A random-input loop over page reading (`cargo bench --bench web_fuzz`), for machines where
//! the AFL++ harness of `fuzz/` cannot be built (it needs an instrumented build of its own):
//! for `FUZZ_SECONDS` (600) it reads pages made by mutating the article-extraction benchmark's
//! pages (bytes flipped, spans deleted, duplicated, moved, markup and date tokens spliced in,
//! cut short) and pages made of markup and date tokens alone, as `extract` reads an `.html`
//! file (`corpus::read_page`, which runs `corpus::web`: the prescan, the parse, the body, the
//! metadata and `web/dates.rs`), then extracts claims from the text. A panic is caught, its
//! input written to `FUZZ_OUT` (default `target/web-fuzz`), and the loop goes on; the exit
//! status is 1 if any input panicked. Seeded (`FUZZ_SEED`), so a run can be repeated.
//!
//! `BENCH_WEB_CORPUS` is the benchmark folder (default: `../shared/corpora/
//! article-extraction-benchmark` beside the repository).

use claimgraph::corpus::{read_page, Format};
use claimgraph::extract::extract;
use claimgraph::model::article::Article;
use claimgraph::tools::rng::Rng;
use std::path::PathBuf;
use std::time::Instant;

#[path = "web_pages.rs"]
mod web_pages;

/// Tokens the page reader looks for: markup, entities, attributes, metadata and dates.
const TOKENS: [&str; 48] = [
    "<",
    ">",
    "</",
    "/>",
    "<!--",
    "-->",
    "--!>",
    "<!DOCTYPE html>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#",
    "&#x",
    ";",
    "=",
    "\"",
    "'",
    " ",
    "\n",
    "\r",
    "\0",
    "é",
    "中",
    "년",
    "<script>",
    "</script>",
    "<script type=\"application/ld+json\">",
    "<style>",
    "</style>",
    "<p>",
    "</p>",
    "<div class=\"article-body\">",
    "</div>",
    "<time datetime=\"",
    "<meta property=\"article:published_time\" content=\"",
    "<h1>",
    "</h1>",
    "<svg>",
    "<textarea>",
    "<title>",
    "<plaintext>",
    "\"datePublished\": \"",
    "2019-11-20T09:42:20Z",
    "Nov. 20, 2019",
    "20 de noviembre de 2019",
    "2018년 8월 25일",
    "Published on ",
    "itemprop=\"datePublished\"",
];

fn pick(rng: &mut Rng, n: usize) -> usize {
    rng.below(n.max(1))
}

/// One mutation of `page` (bytes, so invalid UTF-8 is made too).
fn mutate(rng: &mut Rng, page: &mut Vec<u8>) {
    let len = page.len();
    match rng.next_u64() % 7 {
        0 if len > 0 => {
            let at = pick(rng, len);
            page[at] ^= 1 << (rng.next_u64() % 8);
        }
        1 if len > 0 => {
            let at = pick(rng, len);
            let n = pick(rng, 512).min(len - at);
            page.drain(at..at + n);
        }
        2 if len > 0 => {
            let at = pick(rng, len);
            let n = pick(rng, 256).min(len - at);
            let span = page[at..at + n].to_vec();
            let to = pick(rng, page.len());
            page.splice(to..to, span);
        }
        3 => page.truncate(pick(rng, len + 1)),
        4 if len > 0 => {
            // A span moved elsewhere.
            let at = pick(rng, len);
            let n = pick(rng, 256).min(len - at);
            let span: Vec<u8> = page.drain(at..at + n).collect();
            let to = pick(rng, page.len() + 1);
            page.splice(to..to, span);
        }
        _ => {
            let token = TOKENS[pick(rng, TOKENS.len())].as_bytes();
            let to = pick(rng, len + 1);
            page.splice(to..to, token.iter().copied());
        }
    }
}

fn run(input: &[u8]) {
    let page = read_page(String::from_utf8_lossy(input).into_owned(), Format::Html);
    let article = Article::new("fuzz", &page.text);
    let article = match page.published {
        Some(published) => article.published_in(published.period),
        None => article,
    };
    let _ = extract(&article);
}

fn main() {
    let seconds: f64 = web_pages::env_number("FUZZ_SECONDS", 600.0);
    let seed: u64 = web_pages::env_number("FUZZ_SEED", 18);
    let out = std::env::var_os("FUZZ_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/web-fuzz"));
    let pages: Vec<Vec<u8>> = web_pages::pages(&web_pages::corpus())
        .into_iter()
        .map(|(_, raw)| raw)
        .collect();
    // Keep the panic messages short: the input is saved, the message printed once.
    std::panic::set_hook(Box::new(|info| eprintln!("panic: {info}")));
    let mut rng = Rng::new(seed, 18);
    let start = Instant::now();
    let (mut inputs, mut bytes, mut panics) = (0u64, 0u64, 0u64);
    while start.elapsed().as_secs_f64() < seconds {
        let input = if rng.below(8) == 0 {
            // Tokens alone.
            let mut page = Vec::new();
            for _ in 0..pick(&mut rng, 200) {
                page.extend_from_slice(TOKENS[pick(&mut rng, TOKENS.len())].as_bytes());
            }
            page
        } else {
            let mut page = pages[pick(&mut rng, pages.len())].clone();
            for _ in 0..=pick(&mut rng, 32) {
                mutate(&mut rng, &mut page);
            }
            page
        };
        inputs += 1;
        bytes += input.len() as u64;
        if std::panic::catch_unwind(|| run(&input)).is_err() {
            panics += 1;
            std::fs::create_dir_all(&out).unwrap();
            let file = out.join(format!("panic-{seed}-{inputs}.html"));
            std::fs::write(&file, &input).unwrap();
            eprintln!("  input saved as {}", file.display());
        }
    }
    println!("seconds {:.0}", start.elapsed().as_secs_f64());
    println!("seed {seed}");
    println!("inputs {inputs}");
    println!("mb {:.1}", bytes as f64 / 1e6);
    println!("panics {panics}");
    if panics > 0 {
        std::process::exit(1);
    }
}
