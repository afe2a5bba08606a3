//! Real text never crashes claimgraph: property tests over arbitrary Unicode and over
//! mutations of real articles (every call returns, every mention is faithful to its span), and
//! the whole of the shared real corpora read, extracted, ingested and reported without a
//! failure. The corpora are `../shared/corpora/` beside the repository (`CLAIMGRAPH_SHARED`
//! names another `shared/` folder).

use crate::common::{claimgraph, root, shared, stderr, Scratch};
use claimgraph::consistency::curation::Curation;
use claimgraph::corpus::{self, Corpus, Format, Item, ReadOptions};
use claimgraph::extract;
use claimgraph::isolate;
use claimgraph::model::article::Article;
use claimgraph::model::claim::Mention;
use claimgraph::model::time::{Date, Period};
use proptest::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Panics unless every mention's text is the article's text at its code-point offsets.
fn assert_faithful(text: &str, mentions: &[Mention], what: &str) {
    let chars: Vec<char> = text.chars().collect();
    for m in mentions {
        assert!(
            m.start <= m.end && m.end <= chars.len(),
            "{what}: mention {:?} at {}..{} outside the text ({} chars)",
            m.text,
            m.start,
            m.end,
            chars.len()
        );
        let at: String = chars[m.start..m.end].iter().collect();
        assert_eq!(at, m.text, "{what}: mention at {}..{}", m.start, m.end);
    }
}

fn published(yes: bool) -> Option<Period> {
    yes.then(|| Period::day(Date::from_ymd(2017, 3, 8).unwrap()))
}

/// Extracts `text` and checks every mention against its span.
fn extract_faithfully(text: &str, dated: bool) {
    let mut article = Article::new("prop", text);
    if let Some(period) = published(dated) {
        article = article.published_in(period);
    }
    let out = extract::extract(&article);
    assert_faithful(text, &out.mentions, "extract");
}

/// The texts of the news corpus, read once.
fn news_texts() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let dir = shared().join("corpora/news-clusters/articles");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        assert!(paths.len() > 300, "the news corpus at {}", dir.display());
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    })
}

/// Characters that real news has and rules trip over: dashes, quote marks, non-Latin
/// scripts, emoji (with joiners), combining marks, bidirectional controls, NUL, odd spaces.
const ODD: &[&str] = &[
    "—",
    "–",
    "‒",
    "―",
    "-",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "‚",
    "«",
    "»",
    "\"",
    "'",
    "′",
    "…",
    "中国",
    "区块链",
    "日本語",
    "한국어",
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "🇺🇸",
    "e\u{301}",
    "\u{0301}",
    "\u{202e}",
    "\u{200f}",
    "שלום",
    "مرحبا",
    "\u{0}",
    "\u{feff}",
    "\u{a0}",
    "\u{2009}",
    "\u{2028}",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\u{fffd}",
    "İ",
    "ß",
    "ǅ",
    "ﬁ",
];

/// News words and figures the rules look for, to put the odd characters where they matter.
const NEWS: &[&str] = &[
    " PARIS — ",
    " (Reuters) — ",
    "Officials said on Wednesday that ",
    " said ",
    " told ",
    " according to ",
    " Oct. 24",
    " 2019",
    " March 3, 2017",
    " last week",
    " on Monday",
    " early on Friday",
    " three years ago",
    " $3.5 billion",
    " €200m",
    " 1,200 people",
    " 45%",
    " 12 per cent",
    " twice",
    " more than 30",
    " dozens",
    " two-thirds",
    " the spokesman",
    " Mr. Smith",
    " U.S. ",
    ", ",
    ". ",
    "; ",
    ": ",
    " (",
    ") ",
    " [",
    "] ",
    " killed",
    " injured",
    " a share",
    " in the third quarter",
    " for three years",
    " within hours",
    "Q3",
    "3Q",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(ODD).prop_map(str::to_owned),
        3 => prop::sample::select(NEWS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?",
        1 => "[0-9]{1,4}([.,][0-9]{1,3})?",
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..120).prop_map(|parts| parts.concat())
}

/// Byte sequences that are not UTF-8: encoded surrogates, stray continuation bytes, truncated
/// sequences.
const BROKEN_UTF8: &[&[u8]] = &[
    &[0xed, 0xa0, 0x80],
    &[0xed, 0xbf, 0xbf],
    &[0x80],
    &[0xe2, 0x80],
    &[0xf0, 0x9f, 0x98],
    &[0xc3],
    &[0xff, 0xfe],
];

/// Bytes as a lossy reader sees them: valid text with encoded surrogates (`ED A0 80`), stray
/// continuation bytes and truncated sequences mixed in.
fn lossy_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        3 => news_like().prop_map(String::into_bytes),
        1 => prop::sample::select(BROKEN_UTF8).prop_map(<[u8]>::to_vec),
        1 => prop::collection::vec(any::<u8>(), 0..16),
    ];
    prop::collection::vec(piece, 0..20).prop_map(|parts| parts.concat())
}

/// Inserts `what` at the char boundary nearest `at` (a fraction of the text's length).
fn insert_at(text: &mut String, at: f64, what: &str) {
    let mut i = ((text.len() as f64) * at) as usize;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    text.insert_str(i, what);
}

/// A cut of `text` from `from` to `to` (fractions), moved to char boundaries.
fn cut(text: &str, from: f64, to: f64) -> &str {
    let boundary = |f: f64| {
        let mut i = ((text.len() as f64) * f.clamp(0.0, 1.0)) as usize;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (boundary(from.min(to)), boundary(from.max(to)));
    &text[a..b]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_extracts_faithfully(text in any::<String>(), dated in any::<bool>()) {
        extract_faithfully(&text, dated);
    }

    #[test]
    fn news_like_unicode_extracts_faithfully(text in news_like(), dated in any::<bool>()) {
        extract_faithfully(&text, dated);
    }

    #[test]
    fn lossy_input_reads_and_extracts_faithfully(bytes in lossy_bytes(), html in any::<bool>()) {
        let raw = String::from_utf8_lossy(&bytes).into_owned();
        let page = corpus::read_page(raw, if html { Format::Html } else { Format::Text });
        extract_faithfully(&page.text, page.published.is_some());
    }

    #[test]
    fn mutated_real_articles_extract_faithfully(
        which in any::<prop::sample::Index>(),
        (from, to) in (0.0..1.0f64, 0.0..1.0f64),
        inserts in prop::collection::vec((0.0..1.0f64, prop::sample::select(ODD)), 0..12),
        dated in any::<bool>(),
    ) {
        let texts = news_texts();
        let mut text = cut(&texts[which.index(texts.len())], from, to).to_owned();
        for (at, what) in inserts {
            insert_at(&mut text, at, what);
        }
        extract_faithfully(&text, dated);
    }

    #[test]
    fn html_reading_never_fails(
        parts in prop::collection::vec(prop_oneof![
            2 => prop::sample::select(&[
                "<p>", "</p>", "<div class=\"x\">", "</div>", "<br>", "<script>", "</script>",
                "<!--", "-->", "<title>", "</title>", "&amp;", "&#8212;", "&#x1F600;", "&bogus;",
                "&#99999999;", "<", ">", "\"", "'", "=", "<a href='", "<![CDATA[", "]]>",
                "<head>", "<body>", "<style>", "</", "<p", "&", "&#",
            ][..]).prop_map(str::to_owned),
            2 => news_like(),
        ], 0..60),
    ) {
        let page = corpus::read_page(parts.concat(), Format::Html);
        extract_faithfully(&page.text, false);
    }

    #[test]
    fn sources_and_curation_parsing_never_panics(
        lines in prop::collection::vec(prop::collection::vec(prop_oneof![
            prop::sample::select(&[
                "doc", "publisher", "published", "precision", "basis", "title", "2019-11-06",
                "2019-11", "2019", "day", "month", "year", "x", "", "2019-02-30", "99999-1-1",
                "-1", "#", "\u{feff}doc", "—",
            ][..]).prop_map(str::to_owned),
            any::<String>(),
        ], 0..8).prop_map(|cells| cells.join("\t")), 0..8),
        turtle in prop::collection::vec(prop_oneof![
            prop::sample::select(&[
                "@prefix cg: <https://w3id.org/claimgraph#> .\n", "[] a cg:Decision ;",
                " cg:about <urn:x> ;", " cg:verdict \"conflict\" .", " .", " ;", "<", ">",
                "\"", "\"\"\"", "_:b", "a", "cg:", "@base <x> .",
            ][..]).prop_map(str::to_owned),
            any::<String>(),
        ], 0..20),
    ) {
        let _ = corpus::check_sources(Path::new("sources.tsv"), &lines.join("\n"));
        let _ = Curation::parse(&turtle.concat(), Path::new("curation.ttl"));
    }
}

#[test]
fn very_long_lines_without_a_sentence_end_extract() {
    // A megabyte in one line, no sentence end, figures and dashes all along it.
    let unit = "the agency — which said “it paid $3 million” to 1,200 people on Monday, 45% ";
    let text = unit.repeat(1_000_000 / unit.len());
    extract_faithfully(&text, true);
    let words = "wörd ".repeat(200_000);
    extract_faithfully(&words, false);
}

/// The benchmark's raw pages (gunzipped, as `.html`) and hand-marked bodies (as `.txt`),
/// written into `scratch` as `pages/` and `bodies/`.
fn benchmark_into(scratch: &Scratch) -> (PathBuf, PathBuf) {
    let bench = shared().join("corpora/article-extraction-benchmark");
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bench.join("ground-truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().expect("ground-truth.json is an object");
    let mut pages = 0;
    for entry in std::fs::read_dir(bench.join("html")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut html)
            .unwrap();
        scratch.write(&format!("pages/{id}.html"), &html);
        let body = truth[id]["articleBody"].as_str().expect("a body per page");
        scratch.write(&format!("bodies/{id}.txt"), body.as_bytes());
        pages += 1;
    }
    assert_eq!(pages, 181, "the benchmark's pages");
    (scratch.path("pages"), scratch.path("bodies"))
}

/// Every article of the shared corpora and the seeds: each file read and extracted on its own
/// (no internal error, every mention faithful), then all of them ingested and reported by the
/// binary, folder by folder, with exit code 0 and no error on stderr.
#[test]
fn the_shared_real_corpora_extract_ingest_and_report_without_a_failure() {
    let scratch = Scratch::new("real-corpora");
    let (pages, bodies) = benchmark_into(&scratch);
    let news = shared().join("corpora/news-clusters/articles");
    let seeds = root().join("seeds");
    let folders = [news, pages, bodies, seeds];

    let mut articles = 0;
    for folder in &folders {
        // Raw pages are not always valid UTF-8: read them as `--lossy` does.
        let corpus = Corpus::open(std::slice::from_ref(folder), ReadOptions { lossy: true })
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        for item in corpus {
            match item.unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
                Item::Article(article) => {
                    let out = isolate::catch("extraction", || extract::extract(&article))
                        .unwrap_or_else(|e| panic!("{}: {e}", article.path.display()));
                    assert_faithful(&article.text, &out.mentions, &article.id);
                    articles += 1;
                }
                Item::Failed(failed) => panic!("{failed}"),
                Item::Skipped(skipped) => panic!("skipped {skipped}"),
                Item::Archive(tally) => panic!("no archive here: {tally}"),
            }
        }
    }
    assert_eq!(articles, 341 + 181 + 181 + 5);

    let store = scratch.s("store");
    let curation = crate::common::empty_curation();
    for folder in &folders {
        let folder = folder.to_str().unwrap();
        let o = claimgraph(&["extract", "--lossy", "--quiet", folder]);
        assert!(o.status.success(), "extract {folder}: {}", stderr(&o));
        let o = claimgraph(&["ingest", "--lossy", "--quiet", "--store", &store, folder]);
        assert!(o.status.success(), "ingest {folder}: {}", stderr(&o));
        assert!(!stderr(&o).contains("error"), "{}", stderr(&o));
    }
    let report = scratch.s("report.json");
    let o = claimgraph(&[
        "report",
        "--store",
        &store,
        "--curation",
        &curation,
        "--format",
        "json",
        "--out",
        &report,
    ]);
    assert!(o.status.success(), "report: {}", stderr(&o));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(scratch.path("report.json")).unwrap()).unwrap();
    assert!(report.is_object(), "the report is a JSON object");
}

/// Runs `claimgraph` with an internal error planted in extracting `planted`.
fn claimgraph_planted(planted: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .current_dir(root())
        .env_remove("CLAIMGRAPH_STORE")
        .env(isolate::PLANTED_PANIC_VAR, planted)
        .output()
        .unwrap()
}

/// The article graphs of a store, by their article ids.
fn stored_articles(store: &str) -> Vec<String> {
    let o = claimgraph(&[
        "query",
        "--store",
        store,
        "--format",
        "tsv",
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } } ORDER BY ?g",
    ]);
    assert!(o.status.success(), "query: {}", stderr(&o));
    let mut ids: Vec<String> = crate::common::stdout(&o)
        .lines()
        .skip(1)
        .map(|l| {
            let iri = l.trim().trim_start_matches('<').trim_end_matches('>');
            iri.rsplit('/').next().unwrap().to_owned()
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn an_internal_error_in_one_article_leaves_the_others_whole() {
    let planted = "002_0f87e9fe1ad58b8d";
    let others = [
        "000_3d892ccf81dcd4c8",
        "001_69e599bb6544562b",
        "003_a17ce7dac7a757fe",
        "004_7be55b1e6f9d86d7",
    ];
    let expected_error = format!(
        "seeds/{planted}.txt: internal error in extraction: planted internal error in article \"{planted}\""
    );

    // extract: the others' mentions printed, the failed one named, exit code 1.
    let o = claimgraph_planted(planted, &["extract", "seeds"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&expected_error), "{}", stderr(&o));
    assert!(stderr(&o).contains("(please report)"), "{}", stderr(&o));
    let mut docs: Vec<String> = crate::common::stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    docs.dedup();
    assert_eq!(docs, others);

    // ingest, on one thread and on three: the others stored whole, nothing of the failed one.
    for threads in ["1", "3"] {
        let scratch = Scratch::new(&format!("planted-ingest-{threads}"));
        let store = scratch.s("store");
        let o = claimgraph_planted(
            planted,
            &[
                "ingest",
                "--quiet",
                "--threads",
                threads,
                "--store",
                &store,
                "seeds",
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(stderr(&o).contains(&expected_error), "{}", stderr(&o));
        assert_eq!(stored_articles(&store), others);
        // The same articles ingested without the planted error: the four are unchanged, the
        // fifth is new, so the store held the four exactly as a clean run writes them.
        let o = claimgraph(&["ingest", "--store", &store, "seeds"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("5 articles (1 new, 0 replaced, 4 unchanged)"),
            "{}",
            stderr(&o)
        );
    }

    // report over the folder: the report of the other four is written, exit code 1.
    let scratch = Scratch::new("planted-report");
    let store = scratch.s("store");
    let curation = crate::common::empty_curation();
    let out = scratch.s("report.json");
    let o = claimgraph_planted(
        planted,
        &[
            "report",
            "--store",
            &store,
            "--curation",
            &curation,
            "--format",
            "json",
            "--out",
            &out,
            "seeds",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&expected_error), "{}", stderr(&o));
    let report = std::fs::read_to_string(&out).unwrap();
    assert!(report.contains(others[0]) && !report.contains(planted));
}

/// Web archives cut short and garbled, read through the corpus as a user's input is: every
/// broken archive is an error item naming a record (or the pages before the break), never an
/// internal error (a panic caught), never a stopped run.
#[test]
fn broken_web_archives_never_panic_or_stop_the_run() {
    use claimgraph::corpus::FileError;
    use std::io::Write;
    let bench = shared().join("corpora/article-extraction-benchmark/html");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&bench)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    let mut archive = Vec::new();
    for (i, page) in pages.iter().take(3).enumerate() {
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(page).unwrap())
            .read_to_end(&mut html)
            .unwrap();
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
            html.len()
        )
        .into_bytes();
        block.extend_from_slice(&html);
        let mut record = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/{i}\r\n\
             WARC-Date: 2019-11-19T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        record.extend_from_slice(&block);
        record.extend_from_slice(b"\r\n\r\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&record).unwrap();
        archive.extend(gz.finish().unwrap());
    }
    let dir = Scratch::new("broken-warc");
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut errors, mut pages_read) = (0, 0);
    for round in 0..120 {
        let mut bytes = archive.clone();
        if round % 2 == 0 {
            bytes.truncate((next() % archive.len() as u64) as usize);
        } else {
            for _ in 0..1 + round % 5 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] = next() as u8;
            }
        }
        let path = dir.write("crawl.warc.gz", &bytes);
        let corpus = Corpus::open(&[path], ReadOptions { lossy: true }).unwrap();
        for item in corpus {
            match item.expect("a broken archive never stops the run") {
                Item::Failed(failed) => {
                    assert!(
                        !matches!(failed.error, FileError::Internal(_)),
                        "round {round}: {failed}"
                    );
                    errors += 1;
                }
                Item::Article(_) => pages_read += 1,
                Item::Skipped(_) | Item::Archive(_) => {}
            }
        }
    }
    eprintln!("120 broken archives: {errors} errors, {pages_read} pages read");
    assert!(
        errors > 50 && pages_read > 50,
        "{errors} errors, {pages_read} pages"
    );
}
