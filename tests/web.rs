//! Web pages read as their article body: the 181 pages of the shared article-extraction
//! benchmark, each read as `extract` reads an `.html` file, scored against the hand-marked bodies
//! by the benchmark's metric (token 4-gram multisets, per-page normalised, means over pages), with
//! F1 held above a floor on all pages and on each half.

use crate::common::shared;
use claimgraph::corpus::{read_page, Format};
use std::collections::HashMap;
use std::io::Read;

/// Just under what `bench/web.sh` measures (0.970; halves 0.971 and 0.969): to be raised, never
/// lowered. trafilatura scores 0.960 on the same pages.
const F1_FLOOR: f64 = 0.965;
const HALF_F1_FLOOR: f64 = 0.962;

/// Runs of word characters, as Python's `\w+`.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    for start in 0..tokens.len().saturating_sub(3).max(1) {
        let shingle = tokens[start..(start + 4).min(tokens.len())].to_vec();
        if !shingle.is_empty() {
            *counts.entry(shingle).or_insert(0) += 1;
        }
    }
    counts
}

/// True positives, false positives and false negatives of one page, over their sum.
fn page_score(truth: &str, predicted: &str) -> [f64; 3] {
    let (t, p) = (shingles(truth), shingles(predicted));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (shingle, &tc) in &t {
        let pc = p.get(shingle).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (shingle, &pc) in &p {
        fp += pc.saturating_sub(t.get(shingle).copied().unwrap_or(0)) as f64;
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        [tp / sum, fp / sum, fn_ / sum]
    } else {
        [0.0; 3]
    }
}

/// Precision and recall as means over pages (as the benchmark's `evaluate.py`), and F1.
fn f1(scores: &[[f64; 3]]) -> (f64, f64, f64) {
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let ratio = |tp: f64, other: f64, fp: f64, fn_: f64| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp + other == 0.0 {
            0.0
        } else {
            tp / (tp + other)
        }
    };
    let precision = mean(
        scores
            .iter()
            .filter(|s| s[0] + s[1] > 0.0)
            .map(|s| ratio(s[0], s[1], s[1], s[2]))
            .collect(),
    );
    let recall = mean(
        scores
            .iter()
            .filter(|s| s[0] + s[2] > 0.0)
            .map(|s| ratio(s[0], s[2], s[1], s[2]))
            .collect(),
    );
    (
        precision,
        recall,
        2.0 * precision * recall / (precision + recall),
    )
}

#[test]
fn article_bodies_of_the_benchmark_pages_score_above_the_floor() {
    let bench = shared().join("corpora/article-extraction-benchmark");
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bench.join("ground-truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().expect("ground-truth.json is an object");
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut scores = Vec::new();
    for id in &ids {
        let path = bench.join(format!("html/{id}.html.gz"));
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut raw)
            .unwrap();
        let page = read_page(String::from_utf8_lossy(&raw).into_owned(), Format::Html);
        assert!(
            !page.text.starts_with(char::is_whitespace)
                && !page.text.ends_with(char::is_whitespace),
            "{id}: the text is trimmed"
        );
        let body = truth[*id]["articleBody"].as_str().expect("a body per page");
        scores.push(page_score(body, &page.text));
    }
    assert_eq!(scores.len(), 181, "the benchmark's pages");
    let (precision, recall, all) = f1(&scores);
    let even: Vec<_> = scores.iter().step_by(2).copied().collect();
    let odd: Vec<_> = scores.iter().skip(1).step_by(2).copied().collect();
    let (even, odd) = (f1(&even).2, f1(&odd).2);
    eprintln!("body P {precision:.3} R {recall:.3} F1 {all:.3}; halves {even:.3} {odd:.3}");
    assert!(all >= F1_FLOOR, "body F1 {all:.3} under {F1_FLOOR}");
    assert!(
        even >= HALF_F1_FLOOR && odd >= HALF_F1_FLOOR,
        "body F1 on the halves {even:.3}, {odd:.3} under {HALF_F1_FLOOR}"
    );
}

/// Each benchmark page unpacked into a scratch folder as `ID.html`, as a user saves pages.
pub fn unpacked_pages(dir: &crate::common::Scratch) -> Vec<String> {
    let bench = shared().join("corpora/article-extraction-benchmark/html");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(&bench).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut raw)
            .unwrap();
        dir.write(&format!("pages/{id}.html"), &raw);
        ids.push(id.to_owned());
    }
    ids.sort();
    ids
}

/// How many of the 181 pages the corpus finds each item of metadata on, held above floors just
/// under what was measured (url 174, title 181, publisher 161, published 166, modified 133,
/// authors 113, language 160): to be raised, never lowered.
#[test]
fn the_benchmark_pages_name_their_address_dates_authors_and_language() {
    use claimgraph::corpus::{Corpus, Item, ReadOptions};
    let dir = crate::common::Scratch::new("web-meta");
    assert_eq!(unpacked_pages(&dir).len(), 181);
    let corpus = Corpus::open(&[dir.path("pages")], ReadOptions { lossy: true }).unwrap();
    let mut counts = [0usize; 8];
    for item in corpus {
        let Item::Article(a) = item.unwrap() else {
            panic!("every page is read");
        };
        let m = &a.meta;
        let found = [
            m.url.is_some(),
            m.title.is_some(),
            m.publisher.is_some(),
            m.published.is_some(),
            m.modified.is_some(),
            !m.authors.is_empty(),
            m.language.is_some(),
            m.raw_sha256.is_some(),
        ];
        for (count, found) in counts.iter_mut().zip(found) {
            *count += usize::from(found);
        }
        assert!(m.url.as_ref().is_none_or(|u| u.value.starts_with("http")));
    }
    eprintln!(
        "url, title, publisher, published, modified, authors, language, raw digest: {counts:?}"
    );
    let floors = [172, 181, 159, 164, 131, 111, 158, 181];
    for (i, (count, floor)) in counts.iter().zip(floors).enumerate() {
        assert!(count >= &floor, "item {i}: {count} pages, under {floor}");
    }
}

/// A Python with warcio: the CI virtualenv's (`scripts/setup.sh` installs it there,
/// `CLAIMGRAPH_VENV`, default `~/.cache/claimgraph-venv`), else one made in the target's
/// scratch folder as `bench/web.sh` makes its own. `None` when neither can be had (no python3,
/// no network to PyPI).
fn warcio_python() -> Option<std::path::PathBuf> {
    use std::process::Command;
    let works = |python: &std::path::Path| {
        Command::new(python)
            .args(["-c", "import warcio"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let venv = std::env::var_os("CLAIMGRAPH_VENV")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| std::path::PathBuf::from(h).join(".cache/claimgraph-venv"))
        });
    if let Some(python) = venv.map(|v| v.join("bin/python")) {
        if works(&python) {
            return Some(python);
        }
    }
    let own = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("venv-warcio");
    let python = own.join("bin/python");
    if !works(&python) {
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&own)
            .output()
            .is_ok_and(|o| o.status.success());
        let installed = made
            && Command::new(own.join("bin/pip"))
                .args(["install", "--quiet", "warcio==1.8.1"])
                .output()
                .is_ok_and(|o| o.status.success());
        if !installed {
            return None;
        }
    }
    works(&python).then_some(python)
}

/// The stdout lines of `claimgraph ARGS` as JSON, with the run's stderr.
fn json_lines(args: &[&str]) -> (Vec<serde_json::Value>, std::process::Output) {
    let o = crate::common::claimgraph(args);
    let lines = crate::common::stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, o)
}

/// A web archive written by an independent tool (warcio) holding the 181 benchmark pages, with a
/// redirect, an image and a revisit among them, gives the claims of the folder of the same
/// pages, extracted and ingested; cut short, it gives the pages before the cut and an error
/// naming the record.
#[test]
fn a_web_archive_of_the_benchmark_pages_gives_the_claims_of_the_folder() {
    use crate::common::{claimgraph, stderr, Scratch};
    let Some(python) = warcio_python() else {
        assert!(
            std::env::var_os("CLAIMGRAPH_REQUIRE_PYTHON").is_none(),
            "no Python with warcio (scripts/setup.sh installs it into CLAIMGRAPH_VENV)"
        );
        eprintln!(
            "SKIPPED a_web_archive_of_the_benchmark_pages_gives_the_claims_of_the_folder: no \
             python3 venv with warcio could be made (run scripts/setup.sh)"
        );
        return;
    };
    let dir = Scratch::new("warc");
    let ids = unpacked_pages(&dir);
    let archive = dir.s("crawl.warc.gz");
    let pages: Vec<String> = ids
        .iter()
        .map(|id| dir.s(&format!("pages/{id}.html")))
        .collect();
    let o = std::process::Command::new(&python)
        .arg(crate::common::root().join("tests/fixtures/write_warc.py"))
        .args([&archive, "https://pages.example/news/"])
        .args(&pages)
        .output()
        .unwrap();
    assert!(o.status.success(), "warcio: {}", stderr(&o));

    // Each archived page's doc, and the file it was written from (by its target URI).
    let (read, o) = json_lines(&["read", "--lossy", &archive]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "crawl.warc.gz: 366 records, 181 pages read; skipped 1 non-HTML responses, \
             1 revisits, 1 redirects, 0 other statuses, 0 unreadable, 182 other records"
        ),
        "{}",
        stderr(&o)
    );
    let mut file_of = HashMap::new();
    for page in &read {
        let uri = page["fetched"]["uri"].as_str().unwrap();
        let file = uri.strip_prefix("https://pages.example/news/").unwrap();
        let doc = page["doc"].as_str().unwrap();
        assert!(doc.starts_with("pages-example-news-"), "{doc}");
        assert!(page["fetched"]["date"].as_str().unwrap().ends_with('Z'));
        file_of.insert(
            doc.to_owned(),
            file.strip_suffix(".html").unwrap().to_owned(),
        );
    }
    assert_eq!(file_of.len(), 181, "one doc per page, each its own");

    let claims = |lines: Vec<serde_json::Value>, rename: bool| {
        let mut claims: Vec<String> = lines
            .into_iter()
            .map(|mut claim| {
                if rename {
                    let doc = claim["doc"].as_str().unwrap().to_owned();
                    claim["doc"] = serde_json::Value::String(file_of[&doc].clone());
                }
                claim.to_string()
            })
            .collect();
        claims.sort();
        claims
    };
    let (from_archive, o) = json_lines(&["extract", "--lossy", "--quiet", &archive]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (from_folder, o) = json_lines(&["extract", "--lossy", "--quiet", &dir.s("pages")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (from_archive, from_folder) = (claims(from_archive, true), claims(from_folder, false));
    assert!(from_folder.len() > 3000, "{} claims", from_folder.len());
    assert!(
        from_archive == from_folder,
        "the archive's claims differ from the folder's"
    );

    // Ingested: the same number of articles and claims.
    let summary = |input: &str, store: &str| {
        let o = claimgraph(&["ingest", "--lossy", "--store", &dir.s(store), input]);
        assert!(o.status.success(), "{}", stderr(&o));
        let err = stderr(&o);
        let line = err.lines().find(|l| l.contains(" claims, ")).unwrap();
        line[..line.find(" triples").unwrap()].to_owned()
    };
    let archive_line = summary(&archive, "store-a");
    assert!(
        archive_line.starts_with("181 articles (181 new"),
        "{archive_line}"
    );
    // The archived pages' graphs hold their capture: the same claims, more triples.
    let claims_of = |line: &str| {
        let part = line.split(", ").find(|p| p.ends_with(" claims"));
        part.unwrap_or_else(|| panic!("no claims in {line}"))
            .to_owned()
    };
    assert_eq!(
        claims_of(&archive_line),
        claims_of(&summary(&dir.s("pages"), "store-f"))
    );

    // Cut in the middle: the pages before the cut, then an error naming the record; exit 1.
    let bytes = std::fs::read(&archive).unwrap();
    dir.write("cut.warc.gz", &bytes[..bytes.len() / 2]);
    dir.write("other/garbage.warc", b"<html>no archive</html>");
    let (read, o) = json_lines(&["read", "--lossy", &dir.s("cut.warc.gz"), &dir.s("other")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let record: usize = err
        .split("cut.warc.gz: record ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("the broken record is named: {err}"));
    assert!(err.contains("the archive ends inside the record"), "{err}");
    // Records: a warcinfo, then a request and a response per page.
    assert_eq!(read.len(), (record - 2) / 2, "{err}");
    assert!(read.len() > 50);
    assert!(
        err.contains("garbage.warc: record 1: not a WARC record"),
        "{err}"
    );
}

/// A web server on 127.0.0.1 for the URL list test, on a thread of its own: `/robots.txt`
/// disallows `/private/`, `/news/NAME` is the file NAME of `pages` (gzip-coded when the client
/// asks), `/old/NAME` redirects there, anything else is 404. Every request's path is logged.
fn serve_pages(
    pages: std::path::PathBuf,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let requests = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let mut gzip = false;
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                    break;
                }
                let header = header.to_ascii_lowercase();
                gzip |= header.starts_with("accept-encoding:") && header.contains("gzip");
            }
            requests.lock().unwrap().push(path.clone());
            let file = path.strip_prefix("/news/").map(|name| pages.join(name));
            let (status, headers, body): (&str, String, Vec<u8>) = if path == "/robots.txt" {
                let body = b"User-agent: *\nDisallow: /private/\n".to_vec();
                ("200 OK", "Content-Type: text/plain\r\n".into(), body)
            } else if let Some(name) = path.strip_prefix("/old/") {
                let location = format!("Location: /news/{name}\r\n");
                ("301 Moved Permanently", location, Vec::new())
            } else if let Some(html) = file.and_then(|f| std::fs::read(f).ok()) {
                if gzip {
                    let mut e = flate2::write::GzEncoder::new(Vec::new(), Default::default());
                    e.write_all(&html).unwrap();
                    let headers = "Content-Type: text/html\r\nContent-Encoding: gzip\r\n";
                    ("200 OK", headers.into(), e.finish().unwrap())
                } else {
                    ("200 OK", "Content-Type: text/html\r\n".into(), html)
                }
            } else {
                ("404 Not Found", String::new(), b"not here".to_vec())
            };
            let head = format!(
                "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, log)
}

/// A list of addresses served from 127.0.0.1 ingests to the claims of the folder of the same
/// pages; robots.txt is obeyed, a redirect followed, a missing page reported (exit 1), and a
/// second run fetches no page again.
#[test]
fn a_url_list_served_locally_gives_the_claims_of_the_folder() {
    use crate::common::{claimgraph, stderr, Scratch};
    let dir = Scratch::new("urls");
    let ids = unpacked_pages(&dir);
    let ids = &ids[..30];
    let (base, log) = serve_pages(dir.path("pages"));
    let mut list = String::from("# thirty benchmark pages, one through a redirect\n");
    for (i, id) in ids.iter().enumerate() {
        let folder = if i == 0 { "old" } else { "news" };
        list.push_str(&format!("{base}/{folder}/{id}.html\n"));
    }
    list.push_str(&format!(
        "{base}/news/missing.html\n{base}/private/{}.html\n",
        ids[1]
    ));
    dir.write("urls.txt", list.as_bytes());
    for id in ids {
        let page = std::fs::read(dir.path(&format!("pages/{id}.html"))).unwrap();
        dir.write(&format!("folder/{id}.html"), &page);
    }
    let ingest = |store: &str, inputs: &[&str]| {
        let mut args = vec!["ingest", "--lossy", "--store", store];
        args.extend_from_slice(inputs);
        claimgraph(&args)
    };
    let urls = [
        "--urls",
        &dir.s("urls.txt"),
        "--cache",
        &dir.s("cache"),
        "--delay",
        "0",
    ];
    let o = ingest(&dir.s("store-u"), &urls);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("/news/missing.html: HTTP status 404"), "{err}");
    assert!(
        err.contains(&format!("/private/{}.html: robots.txt", ids[1])),
        "{err}"
    );
    assert!(
        err.contains("32 addresses: 30 fetched, 0 from the cache"),
        "{err}"
    );
    let requests = log.lock().unwrap().clone();
    assert_eq!(
        requests.iter().filter(|r| *r == "/robots.txt").count(),
        1,
        "{requests:?}"
    );
    assert!(
        !requests.iter().any(|r| r.starts_with("/private/")),
        "robots.txt obeyed"
    );
    let claims_line = |err: &str| {
        let line = err
            .lines()
            .find(|l| l.contains(" claims, "))
            .unwrap()
            .to_owned();
        line.split(", ")
            .find(|p| p.ends_with(" claims"))
            .unwrap()
            .to_owned()
    };
    let o = ingest(&dir.s("store-f"), &[&dir.s("folder")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(claims_line(&err), claims_line(&stderr(&o)));

    // The claims themselves: the cache (an archive per page) against the folder, docs mapped
    // by the address each page was fetched from.
    let (read, _) = json_lines(&["read", "--lossy", &dir.s("cache")]);
    let file_of: HashMap<String, String> = read
        .iter()
        .map(|page| {
            let uri = page["fetched"]["uri"].as_str().unwrap();
            let file = uri.rsplit('/').next().unwrap().trim_end_matches(".html");
            (page["doc"].as_str().unwrap().to_owned(), file.to_owned())
        })
        .collect();
    assert_eq!(file_of.len(), 30);
    let sorted = |lines: Vec<serde_json::Value>, rename: bool| {
        let mut claims: Vec<String> = lines
            .into_iter()
            .map(|mut c| {
                if rename {
                    let doc = file_of[c["doc"].as_str().unwrap()].clone();
                    c["doc"] = serde_json::Value::String(doc);
                }
                c.to_string()
            })
            .collect();
        claims.sort();
        claims
    };
    let (cached, _) = json_lines(&["extract", "--lossy", "--quiet", &dir.s("cache")]);
    let (folder, _) = json_lines(&["extract", "--lossy", "--quiet", &dir.s("folder")]);
    assert!(folder.len() > 300, "{} claims", folder.len());
    assert!(
        sorted(cached, true) == sorted(folder, false),
        "the fetched pages' claims differ"
    );

    // Again: every page from the cache; only the missing one is asked for.
    let before = log.lock().unwrap().len();
    let o = ingest(&dir.s("store-u"), &urls);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("32 addresses: 0 fetched, 30 from the cache"),
        "{}",
        stderr(&o)
    );
    let again: Vec<String> = log.lock().unwrap()[before..].to_vec();
    assert!(
        again
            .iter()
            .all(|r| r == "/robots.txt" || r == "/news/missing.html"),
        "{again:?}"
    );
}
