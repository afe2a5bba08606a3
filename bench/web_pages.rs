//! What the web benchmarks (`web.rs`, `web_fuzz.rs`) share: the benchmark's folder, numbers from
//! the environment, and its pages read into memory. Included by both with `#[path]`.

use std::io::Read;
use std::path::PathBuf;

/// `BENCH_WEB_CORPUS`, else `../shared/corpora/article-extraction-benchmark` beside the
/// repository.
pub fn corpus() -> PathBuf {
    std::env::var_os("BENCH_WEB_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpora/article-extraction-benchmark")
        })
}

/// The environment variable `name` as a number, else `default`.
pub fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Every page of the benchmark (`html/ID.html.gz`), decompressed, with its id, in id order.
pub fn pages(corpus: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(corpus.join("html"))
        .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut pages = Vec::new();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut raw)
            .unwrap();
        pages.push((id.to_owned(), raw));
    }
    pages
}
