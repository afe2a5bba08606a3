//! The `claimgraph` binary as a user runs it: arguments, outputs, exit codes, bad input.

use crate::common::{claimgraph, eval_parts, shared, stderr, stdout, Scratch};
use std::path::Path;

#[test]
fn extract_seeds_as_json_lines_with_every_field() {
    let o = claimgraph(&["extract", "--format", "jsonl", "seeds"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() > 150);
    for field in ["doc", "kind", "text", "start", "end", "sentence"] {
        assert!(lines.iter().all(|l| l.get(field).is_some()), "{field}");
    }
    // The study session date in article 004, resolved against its publication date.
    let thursday = lines
        .iter()
        .find(|l| l["doc"] == "004_7be55b1e6f9d86d7" && l["text"] == "Thursday, October 24th")
        .expect("the date of the study session");
    assert_eq!(
        (thursday["from"].as_str(), thursday["precision"].as_str()),
        (Some("2019-10-24"), Some("day"))
    );
    assert!(
        stderr(&o).contains("5 articles"),
        "summary on stderr: {}",
        stderr(&o)
    );
}

#[test]
fn table_format_is_for_people() {
    let o = claimgraph(&[
        "extract",
        "--format",
        "table",
        "seeds/003_a17ce7dac7a757fe.txt",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("doc"));
    assert!(out.contains("40 billion yuan") && out.contains("40,000,000,000 CNY"));
}

#[test]
fn a_missing_path_is_an_error_with_exit_code_2() {
    let o = claimgraph(&["extract", "no/such/dir"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no/such/dir: no such file or directory"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn invalid_utf8_names_the_file_and_byte_or_is_replaced_with_lossy() {
    let dir = Scratch::new("utf8");
    let file = dir.write("bad.txt", b"Sales rose 12 percent.\n\xff\xfe and 40 cars");
    // The file after it in the folder is read all the same.
    dir.write("good.txt", b"Profits rose 7 percent.");
    let path = file.to_str().unwrap();
    let o = claimgraph(&["extract", dir.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad.txt: invalid UTF-8 at byte 23"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("\"7 percent\""), "{}", stdout(&o));
    assert!(!stdout(&o).contains("\"12 percent\""), "{}", stdout(&o));
    // Ingest goes on too, and the store holds the good article only.
    let store = dir.s("store");
    let o = claimgraph(&["ingest", "--store", &store, dir.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("bad.txt: invalid UTF-8 at byte 23"));
    let o = claimgraph(&["report", "--store", &store, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["summary"]["articles"], 1, "{report}");
    let o = claimgraph(&["extract", "--lossy", path]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"12 percent\"") && stdout(&o).contains("\"40\""));
}

#[test]
fn a_binary_file_is_an_error_the_others_go_on_and_empty_files_are_fine() {
    let dir = Scratch::new("nul");
    dir.write("binary.txt", b"abc\ndef\0 40 cars");
    dir.write("empty.txt", b"");
    dir.write("ok.txt", b"Acme sold 40 cars.");
    let o = claimgraph(&["extract", dir.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("binary.txt: a NUL byte at byte 7 (line 2): not text"),
        "{}",
        stderr(&o)
    );
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("\"doc\":\"ok\""));
}

#[test]
fn directories_are_read_recursively_with_html_and_markdown() {
    let dir = Scratch::new("tree");
    dir.write("a/one.md", b"# Title\n\nAcme hired 30 engineers.");
    dir.write("a/b/two.html", b"<html><head><title>T</title><style>p{}</style></head><body><p>Beta paid &euro;5 million.</p></body></html>");
    dir.write("a/notes.csv", b"ignored, 99 rows");
    let o = claimgraph(&["extract", dir.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("\"doc\":\"one\"") && out.contains("\"doc\":\"two\""),
        "{out}"
    );
    assert!(out.contains("\"unit\":\"EUR\""));
    assert!(!out.contains("99"));
}

#[test]
fn a_malformed_sources_file_names_its_line() {
    let dir = Scratch::new("sources");
    dir.write("x.txt", b"Acme hired 30 engineers last week.");
    dir.write("sources.tsv", b"doc\tpublisher\tpublished\tprecision\tbasis\ttitle\nx\tAcme News\t2019-13-45\tday\tstated\tT\n");
    let o = claimgraph(&["extract", dir.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sources.tsv:2"), "{}", stderr(&o));
}

#[test]
fn a_dateline_resolves_relative_dates_and_without_one_they_stay_unresolved() {
    let dir = Scratch::new("dateline");
    dir.write(
        "with.txt",
        "Title\n\nPublished at: Nov. 6, 2019\n\nSales fell last week.".as_bytes(),
    );
    dir.write("without.txt", b"Sales fell last week.");
    let o = claimgraph(&["extract", dir.root().to_str().unwrap()]);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let with = lines.iter().find(|l| l["doc"] == "with").unwrap();
    assert_eq!(
        (with["from"].as_str(), with["to"].as_str()),
        (Some("2019-10-28"), Some("2019-11-03"))
    );
    let without = lines.iter().find(|l| l["doc"] == "without").unwrap();
    assert!(without.get("from").is_none());
    assert!(
        stderr(&o).contains("without.txt") && stderr(&o).contains("unresolved"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn eval_prints_scores_and_json_and_misses() {
    let o = claimgraph(&["eval", "--gold", "data/gold", "seeds"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("overall") && out.contains("speaker  accuracy"),
        "{out}"
    );

    let o = claimgraph(&["eval", "--gold", "data/gold", "--json", "seeds"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // No split.tsv in data/gold: one part, all.
    let all = &v["parts"][0];
    assert_eq!(all["part"], "all");
    assert!(all["scores"]["overall"]["f1"].as_f64().unwrap() > 0.9);
    assert!(all["scores"]["kinds"]["quote"]["gold"].as_u64() == Some(52));
    // The last part's scores stand at the top too, as before parts.
    assert_eq!(v["overall"], all["scores"]["overall"]);

    let o = claimgraph(&["eval", "--gold", "data/gold", "--misses", "seeds"]);
    assert!(stdout(&o).contains("problems, by cause and kind:"));
}

#[test]
fn eval_reports_the_parts_of_a_split_and_the_outlets() {
    let articles = shared().join("corpora/news-clusters/articles");
    let o = claimgraph(&[
        "eval",
        "--gold",
        "data/gold/news",
        "--json",
        articles.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let parts = eval_parts(&v);
    assert_eq!(
        parts,
        ["tune", "heldout", "fresh", "fresh3", "fresh4", "fresh5", "all"]
    );
    assert_eq!(v["parts"][1]["documents"].as_u64(), Some(20));
    assert!(v["parts"][1]["scores"]["outlets"].is_null());
    assert!(v["parts"][1]["outlets"]["theguardian.com"]["overall"]["gold"].as_u64() > Some(0));

    let o = claimgraph(&[
        "eval",
        "--gold",
        "data/gold/news",
        "--split",
        "heldout",
        "--misses",
        articles.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert!(out.starts_with("== heldout: 20 documents"), "{out}");
    assert!(!out.contains("== tune") && out.contains("outlet"), "{out}");
    assert!(
        out.contains("wrong speaker") && out.contains("-- missed, "),
        "{out}"
    );

    let o = claimgraph(&[
        "eval",
        "--gold",
        "data/gold/news",
        "--split",
        "nope",
        "--pred",
        "/dev/null",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no part \"nope\""), "{}", stderr(&o));
}

#[test]
fn eval_scores_a_predictions_file_and_reports_its_bad_lines() {
    let dir = Scratch::new("pred");
    let gold = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gold/004_7be55b1e6f9d86d7.jsonl"),
    )
    .unwrap();
    let pred = dir.write("pred.jsonl", gold.as_bytes());
    let o = claimgraph(&[
        "eval",
        "--gold",
        "data/gold",
        "--json",
        "--pred",
        pred.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // Only 004 predicted: its 6 mentions are right, the other articles are all missed.
    let overall = &v["parts"][0]["scores"]["overall"];
    assert_eq!(overall["correct"].as_u64(), Some(6));
    assert_eq!(overall["precision"].as_f64(), Some(1.0));

    let bad = dir.write(
        "bad.jsonl",
        b"{\"doc\":\"x\",\"kind\":\"count\",\"text\":\"1\",\"start\":0,\"end\":1}\n{not json\n",
    );
    let o = claimgraph(&[
        "eval",
        "--gold",
        "data/gold",
        "--pred",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.jsonl:2"), "{}", stderr(&o));
}

/// A benchmark page, unpacked into `dir` as `NAME.html`.
fn benchmark_page(dir: &Scratch, id: &str, name: &str) -> String {
    use std::io::Read;
    let path = shared().join(format!(
        "corpora/article-extraction-benchmark/html/{id}.html.gz"
    ));
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut raw)
        .unwrap();
    dir.write(&format!("{name}.html"), &raw);
    dir.s(&format!("{name}.html"))
}

/// The New York Post page of the web benchmark.
const NYPOST: &str = "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31";

#[test]
fn read_prints_each_pages_metadata_with_its_basis_and_its_body() {
    let dir = Scratch::new("read");
    // The New York Post page of the benchmark; every value below was read off the page's
    // HTML by hand (its <html lang>, <link rel=canonical>, and NewsArticle JSON-LD).
    benchmark_page(&dir, NYPOST, "pages/nypost");
    dir.write(
        "pages/note.txt",
        b"Plain note\n\nPublished: Nov. 6, 2019\n\nIt cost $5 million.\n",
    );
    // A page that says it is UTF-8 and is not (one that says nothing is read as windows-1252).
    dir.write("pages/broken.html", b"<meta charset=utf-8><p>caf\xe9</p>");
    let o = claimgraph(&["read", &dir.s("pages")]);
    assert_eq!(o.status.code(), Some(1), "a bad file: exit 1");
    assert!(
        stderr(&o).contains("broken.html: invalid UTF-8 at byte 26 (line 1)"),
        "{}",
        stderr(&o)
    );
    let pages: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(pages.len(), 2, "the other files are read");
    let (note, post) = (&pages[0], &pages[1]);
    assert_eq!(post["doc"], "nypost");
    assert_eq!(
        post["url"],
        "https://nypost.com/2019/11/19/three-taliban-prisoners-flown-to-qatar-for-hostage-swap/"
    );
    assert_eq!(
        post["title"],
        "Taliban say they freed US, Australian hostages for 3 terrorist figures"
    );
    assert_eq!(post["publisher"], "New York Post");
    assert_eq!(post["published"], "2019-11-19");
    assert_eq!(post["modified"], "2019-11-20");
    assert_eq!(
        post["authors"],
        serde_json::json!(["Lia Eustachewich", "Yaron Steinbuch"])
    );
    assert_eq!(post["language"], "en");
    assert_eq!(
        post["basis"],
        serde_json::json!({
            "url": "link canonical",
            "title": "json-ld headline",
            "publisher": "json-ld publisher",
            "published": "json-ld datePublished: 2019-11-19T09:20:50Z",
            "modified": "json-ld dateModified",
            "authors": "json-ld author",
            "language": "html lang",
        })
    );
    // The body: the page's first paragraph as the benchmark's hand-marked body has it, then a
    // blank line and the second (compared with the benchmark's text, not copied from it).
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(shared().join("corpora/article-extraction-benchmark/ground-truth.json"))
            .unwrap(),
    )
    .unwrap();
    let body = truth[NYPOST]["articleBody"].as_str().unwrap();
    let mut paragraphs = body.split("\n\n");
    let (first, second) = (paragraphs.next().unwrap(), paragraphs.next().unwrap());
    let second_opening = second.split(' ').take(6).collect::<Vec<_>>().join(" ");
    let text = post["text"].as_str().unwrap();
    assert!(text.starts_with(first), "{text}");
    assert!(
        text.contains(&format!("{first}\n\n{second_opening}")),
        "{text}"
    );
    assert!(!text.contains("\n\n\n"));
    // A text file: its text as it stands, its title line and dateline.
    assert_eq!(note["doc"], "note");
    assert_eq!(note["title"], "Plain note");
    assert_eq!(note["published"], "2019-11-06");
    assert_eq!(note["basis"]["title"], "first line");
    assert!(note["basis"]["published"]
        .as_str()
        .unwrap()
        .starts_with("dateline: "));
    assert_eq!(note["url"], serde_json::Value::Null);
    assert_eq!(note["authors"], serde_json::json!([]));
    assert_eq!(
        note["text"],
        "Plain note\n\nPublished: Nov. 6, 2019\n\nIt cost $5 million.\n"
    );

    let o = claimgraph(&["read", "--format", "text", &dir.s("pages/nypost.html")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("== nypost\nurl: https://nypost.com/2019/11/19/"),
        "{out}"
    );
    assert!(out.contains("\nauthors: Lia Eustachewich; Yaron Steinbuch  [json-ld author]\n"));
    assert!(out.contains("\n\nTwo hostages"));

    // A folder with no article file in it is an error, not an empty success.
    dir.write("none/report.pdf", b"%PDF-1.4");
    let o = claimgraph(&["read", &dir.s("none")]);
    assert!(!o.status.success());
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).contains("no article files in "),
        "{}",
        stderr(&o)
    );
}
