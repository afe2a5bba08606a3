//! Tests of [`Corpus`] as a whole: discovery, reading and metadata on real files.

use super::testdir::TempDir;
use super::*;
use crate::model::time::{Date, Period};

const HEAD: &str = "doc\tpublisher\tpublished\tprecision\tbasis\ttitle\n";

fn open(paths: &[&Path]) -> Result<Corpus, CorpusError> {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    Corpus::open(&paths, ReadOptions::default())
}

/// Every item, failing the test on an error.
fn items(corpus: Corpus) -> Vec<Item> {
    corpus.collect::<Result<_, _>>().unwrap()
}

fn articles(corpus: Corpus) -> Vec<Article> {
    items(corpus)
        .into_iter()
        .map(|item| match item {
            Item::Article(a) => a,
            Item::Skipped(s) => panic!("unexpected skip: {s}"),
            Item::Failed(f) => panic!("{f}"),
            Item::Archive(t) => panic!("unexpected archive: {t}"),
        })
        .collect()
}

/// A plain WARC of one HTML response per page (`uri`, `html`) and a redirect.
fn warc(pages: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut record = |uri: &str, http: String| {
        out.extend_from_slice(
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
                 WARC-Date: 2019-11-20T01:02:03Z\r\n\
                 Content-Type: application/http;msgtype=response\r\n\
                 Content-Length: {}\r\n\r\n{http}\r\n\r\n",
                http.len()
            )
            .as_bytes(),
        );
    };
    for (uri, html) in pages {
        record(
            uri,
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}"),
        );
    }
    record(
        "https://a.example/old",
        "HTTP/1.1 302 Found\r\nLocation: /\r\n\r\n".to_owned(),
    );
    out
}

#[test]
fn each_html_response_of_a_web_archive_is_an_article_with_its_capture() {
    let dir = TempDir::new();
    let page = "<html lang=en><head><title>T</title></head><body><p>It cost $5 million.</p>\
                </body></html>";
    dir.write(
        "crawl.warc",
        warc(&[
            ("https://a.example/2019/11/19/story", page),
            ("https://a.example/other", "<p>Other page.</p>"),
            ("https://a.example/2019/11/19/story", page),
        ]),
    );
    dir.write("note.txt", "A note.");
    let corpus = Corpus::open(&[dir.path().to_path_buf()], ReadOptions::default()).unwrap();
    assert_eq!(corpus.len(), 2, "the archive and the note");
    assert_eq!(
        corpus.size_hint().1,
        None,
        "an archive yields an item per page"
    );
    let items = items(corpus);
    let Item::Article(story) = &items[0] else {
        panic!("{items:?}");
    };
    assert!(
        story.id.starts_with("a-example-2019-11-19-story-"),
        "{}",
        story.id
    );
    assert!(
        story.path.ends_with("crawl.warc#record1"),
        "{}",
        story.path.display()
    );
    assert_eq!(story.text, "It cost $5 million.");
    let fetched = story.meta.fetched.as_ref().unwrap();
    assert_eq!(
        (fetched.uri.as_str(), fetched.date.as_str()),
        ("https://a.example/2019/11/19/story", "2019-11-20T01:02:03Z")
    );
    // Without a canonical link, the address fetched; the date is the URL's, not the fetch's.
    let url = story.meta.url.as_ref().unwrap();
    assert_eq!(
        (url.value.as_str(), url.basis.as_str()),
        ("https://a.example/2019/11/19/story", "warc WARC-Target-URI")
    );
    assert_eq!(story.meta.published, None);
    assert_eq!(
        story.meta.raw_sha256.as_deref(),
        Some(hex::encode(<sha2::Sha256 as sha2::Digest>::digest(page)).as_str())
    );
    let Item::Article(other) = &items[1] else {
        panic!("{items:?}");
    };
    assert_eq!(other.text, "Other page.");
    // The same address captured twice: the second capture is left out.
    let Item::Skipped(again) = &items[2] else {
        panic!("{items:?}");
    };
    assert!(
        again.reason.contains("was read already as"),
        "{}",
        again.reason
    );
    let Item::Archive(tally) = &items[3] else {
        panic!("{items:?}");
    };
    assert_eq!((tally.records, tally.pages, tally.redirects), (4, 3, 1));
    assert!(matches!(&items[4], Item::Article(a) if a.id == "note"));
    assert_eq!(items.len(), 5);
}

/// The one item of a corpus of one file.
fn only(path: &Path, options: ReadOptions) -> Result<Item, CorpusError> {
    let mut corpus = Corpus::open(&[path.to_path_buf()], options)?;
    assert_eq!(corpus.len(), 1);
    let item = corpus.next().unwrap();
    if item.is_ok() {
        assert!(corpus.next().is_none());
    }
    item
}

fn only_article(path: &Path) -> Article {
    match only(path, ReadOptions::default()) {
        Ok(Item::Article(a)) => a,
        other => panic!("{other:?}"),
    }
}

fn day(y: i32, m: u32, d: u32) -> Period {
    Period::day(Date::from_ymd(y, m, d).unwrap())
}

#[test]
fn sources_tsv_gives_metadata_and_the_text_fills_gaps() {
    let dir = TempDir::new();
    dir.write(
        "sources.tsv",
        format!(
            "{HEAD}a\tAcme News\t2019-10-29\tday\tinferred: x\tTable Title\n\
             b\tunknown\t2019-11\tmonth\tstated: y\t\n\
             gone\tP\t2019\tyear\tz\tNo such file\n"
        ),
    );
    dir.write("a.txt", "Text Title\nPublished: Mar. 4, 2021\n");
    dir.write("b.txt", "B Title\n\nBody.\n");
    dir.write("c.txt", "C Title\nPublished: Mar. 4, 2021\n");
    let articles = articles(open(&[dir.path()]).unwrap());
    assert_eq!(articles.len(), 3);

    let a = &articles[0].meta;
    assert_eq!(
        a.title.as_deref(),
        Some("Table Title"),
        "the table wins over the text"
    );
    assert_eq!(a.publisher.as_deref(), Some("Acme News"));
    let published = a.published.as_ref().unwrap();
    assert_eq!(published.period, day(2019, 10, 29));
    assert_eq!(
        published.basis,
        PublishedBasis::Sources {
            path: dir.path().join("sources.tsv"),
            line: 2,
            note: "inferred: x".into()
        }
    );

    let b = &articles[1].meta;
    assert_eq!(
        b.title.as_deref(),
        Some("B Title"),
        "an empty title cell falls back"
    );
    assert_eq!(b.publisher, None);
    assert_eq!(
        b.published.as_ref().unwrap().period,
        Period::month(2019, 11).unwrap()
    );

    // Not in the table: the dateline.
    let c = &articles[2].meta;
    assert_eq!(c.title.as_deref(), Some("C Title"));
    assert_eq!(c.publisher, None);
    let published = c.published.as_ref().unwrap();
    assert_eq!(published.period, day(2021, 3, 4));
    assert_eq!(
        published.basis,
        PublishedBasis::Dateline {
            start: 8,
            text: "Published: Mar. 4, 2021".into()
        }
    );
}

#[test]
fn a_bad_sources_tsv_stops_the_run_with_its_line() {
    let dir = TempDir::new();
    dir.write(
        "a/sources.tsv",
        format!("{HEAD}x\tP\t2021-03-04\tday\tb\tt\ny\tP\t2019-11-31\tday\tb\tt\n"),
    );
    dir.write("a/x.txt", "x");
    dir.write("a/y.txt", "y");
    let mut corpus = open(&[&dir.path().join("a")]).unwrap();
    match corpus.next() {
        Some(Err(CorpusError::Metadata {
            path,
            line: 3,
            message,
        })) => {
            assert_eq!(path, dir.path().join("a/sources.tsv"));
            assert!(message.contains("2019-11-31"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(corpus.next().is_none(), "the iterator ends after an error");
}

#[test]
fn no_date_without_metadata_or_dateline() {
    let dir = TempDir::new();
    let path = dir.write("a.md", "# Heading\n\nOn Mar. 4, 2021 something happened.\n");
    let article = only_article(&path);
    assert_eq!(article.meta.published, None);
    assert_eq!(article.meta.title.as_deref(), Some("Heading"));
    assert_eq!(article.meta.publisher, None);
}

#[test]
fn invalid_utf8_names_the_first_bad_byte() {
    let dir = TempDir::new();
    let path = dir.write("a.txt", b"line one\ncaf\xC3\xA9 \xFF\xFEx");
    match only(&path, ReadOptions::default()) {
        Ok(Item::Failed(
            failed @ Failed {
                error:
                    FileError::InvalidUtf8 {
                        byte_offset: 15,
                        line: 2,
                    },
                ..
            },
        )) => {
            let message = failed.to_string();
            assert!(
                message.ends_with(
                    "a.txt: invalid UTF-8 at byte 15 (line 2) (use --lossy to replace invalid bytes)"
                ),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    // The offset counts the byte-order mark, which is in the file.
    let path = dir.write("b.txt", b"\xEF\xBB\xBFok\xC3");
    assert!(matches!(
        only(&path, ReadOptions::default()),
        Ok(Item::Failed(Failed {
            error: FileError::InvalidUtf8 {
                byte_offset: 5,
                line: 1
            },
            ..
        }))
    ));
}

#[test]
fn lossy_mode_replaces_invalid_bytes() {
    let dir = TempDir::new();
    let path = dir.write("a.txt", b"caf\xC3\xA9 \xFFx");
    match only(&path, ReadOptions { lossy: true }) {
        Ok(Item::Article(a)) => assert_eq!(a.text, "café \u{FFFD}x"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_nul_byte_is_an_error_naming_its_line() {
    let dir = TempDir::new();
    let path = dir.write("a.txt", b"PK\x03\x04\nlist\n\x00\x00binary");
    match only(&path, ReadOptions { lossy: true }) {
        Ok(Item::Failed(failed)) => {
            assert_eq!(
                failed.error,
                FileError::NotText {
                    byte_offset: 10,
                    line: 3
                }
            );
            assert!(failed
                .to_string()
                .contains("a NUL byte at byte 10 (line 3): not text"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn utf16_with_a_byte_order_mark_is_read_and_without_one_is_not_text() {
    let dir = TempDir::new();
    let text = "Acme sold 40 cars.\nCaf\u{e9}";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(only_article(&dir.write("le.txt", &le)).text, text);
    assert_eq!(only_article(&dir.write("be.txt", &be)).text, text);
    // A lone surrogate: named with its offset in the file, mark included.
    let mut bad = le.clone();
    bad.extend([0x00, 0xD8, b'x', 0x00]);
    match only(&dir.write("bad.txt", &bad), ReadOptions::default()) {
        Ok(Item::Failed(failed)) => assert_eq!(
            failed.error,
            FileError::InvalidEncoding {
                encoding: "UTF-16LE",
                byte_offset: le.len()
            }
        ),
        other => panic!("{other:?}"),
    }
    match only(&dir.write("bare.txt", &le[2..]), ReadOptions::default()) {
        Ok(Item::Failed(failed)) => assert!(matches!(
            failed.error,
            FileError::NotText {
                byte_offset: 1,
                line: 1
            }
        )),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_page_that_is_not_utf8_is_read_in_the_encoding_it_declares() {
    let dir = TempDir::new();
    let page = |head: &str, body: &[u8]| {
        let mut page =
            format!("<html><head>{head}<title>T</title></head><body><article><p>").into_bytes();
        page.extend_from_slice(body);
        page.extend_from_slice(b"</p></article></body></html>");
        page
    };
    // windows-1252 declared: 0xE9 is e-acute, 0x93/0x94 curly quotes.
    let body = b"The caf\xE9 said \x93we sold 40 cars\x94 on Monday, the owner of the shop said.";
    let text = |path: &Path| only_article(path).text;
    let declared = page(
        r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#,
        body,
    );
    let read = text(&dir.write("a.html", &declared));
    assert!(
        read.contains("caf\u{e9} said \u{201c}we sold 40 cars\u{201d}"),
        "{read:?}"
    );
    // ISO-8859-1 is windows-1252 to WHATWG; `<meta charset>` is read too.
    let latin = page("<meta charset='iso-8859-1'>", body);
    assert_eq!(text(&dir.write("b.html", &latin)), read);
    // 0xE1 is alpha in the Greek encoding a `<meta>` declares, a-acute in windows-1252.
    let greek = page("<meta charset=\"iso-8859-7\">", b"The \xE1 team");
    assert!(text(&dir.write("g.html", &greek)).contains("The \u{3b1} team"));
    // No declaration: windows-1252, as browsers read English pages.
    let bare = page("", body);
    assert_eq!(text(&dir.write("c.html", &bare)), read);
    // Valid UTF-8 is UTF-8 whatever the page declares.
    let utf8 = page("<meta charset=windows-1252>", "caf\u{e9} 40".as_bytes());
    assert!(text(&dir.write("d.html", &utf8)).contains("caf\u{e9} 40"));
    // A page declaring UTF-8 that is not: the error, as for a text file.
    let lying = page("<meta charset=utf-8>", body);
    assert!(matches!(
        only(&dir.write("e.html", &lying), ReadOptions::default()),
        Ok(Item::Failed(Failed {
            error: FileError::InvalidUtf8 { .. },
            ..
        }))
    ));
    // A text file has no declaration: invalid UTF-8 stays an error.
    assert!(matches!(
        only(&dir.write("f.txt", body), ReadOptions::default()),
        Ok(Item::Failed(Failed {
            error: FileError::InvalidUtf8 { .. },
            ..
        }))
    ));
}

#[test]
fn an_archived_page_is_read_in_the_encoding_its_http_header_declares() {
    let dir = TempDir::new();
    // 0xE1 is alpha in ISO-8859-7 and a-acute in windows-1252, the default without the header.
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-7\r\n\r\n\
        <html><head><title>T</title></head><body><article><p>The \xE1 team won 40 games.</p>\
        </article></body></html>"
        .to_vec();
    let mut archive = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/greek\r\n\
         WARC-Date: 2019-11-20T01:02:03Z\r\nContent-Type: application/http;msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    archive.append(&mut http);
    archive.extend_from_slice(b"\r\n\r\n");
    let path = dir.write("crawl.warc", &archive);
    let items = items(open(&[&path]).unwrap());
    let [Item::Article(article), Item::Archive(_)] = &items[..] else {
        panic!("{items:?}");
    };
    assert!(
        article.text.contains("The \u{3b1} team won 40 games."),
        "{:?}",
        article.text
    );
}

#[test]
fn charset_labels_are_read_as_whatwg_prescan_reads_them() {
    use encoding_rs::{SHIFT_JIS, UTF_8, WINDOWS_1252};
    let cases: [(&[u8], _); 6] = [
        (b"text/html; charset=Shift_JIS", Some(SHIFT_JIS)),
        (b"text/html;charset = \"latin1\"", Some(WINDOWS_1252)),
        // An ASCII-compatible page cannot be UTF-16.
        (b"text/html; charset=utf-16le", Some(UTF_8)),
        (b"text/html; charset=x-user-defined", Some(WINDOWS_1252)),
        (b"text/html; charset=no-such-thing", None),
        (b"text/html", None),
    ];
    for (content_type, encoding) in cases {
        assert_eq!(
            decode::charset_in(content_type),
            encoding,
            "{content_type:?}"
        );
    }
}

#[test]
fn an_empty_file_is_an_empty_article() {
    let dir = TempDir::new();
    let article = only_article(&dir.write("empty.txt", ""));
    assert_eq!(article.id, "empty");
    assert_eq!(article.text, "");
    // Nothing is known but the digest of the (empty) file.
    let digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assert_eq!(
        article.meta,
        Metadata {
            raw_sha256: Some(digest.to_owned()),
            ..Metadata::default()
        }
    );
}

#[test]
fn the_bom_is_removed_and_line_ends_kept() {
    let dir = TempDir::new();
    let path = dir.write("a.txt", "\u{FEFF}Title\r\nPublished: 2021-03-04\r\n");
    let article = only_article(&path);
    assert_eq!(article.text, "Title\r\nPublished: 2021-03-04\r\n");
    assert_eq!(article.meta.title.as_deref(), Some("Title"));
    let published = article.meta.published.unwrap();
    // "Title\r\n" is 7 code points; the BOM is not counted.
    assert_eq!(
        published.basis,
        PublishedBasis::Dateline {
            start: 7,
            text: "Published: 2021-03-04".into()
        }
    );
}

#[test]
fn html_is_stripped() {
    let dir = TempDir::new();
    let path = dir.write(
        "page.HTML",
        "<html><head><title>Page &amp; Title</title><script>var x = '<p>';</script></head>\
         <body><h1>Heading</h1><p>Published: Mar. 4, 2021</p><p>It&rsquo;s   &ldquo;here&rdquo;\
         &hellip;</p></body></html>",
    );
    let article = only_article(&path);
    assert_eq!(article.id, "page");
    assert_eq!(
        article.text,
        "Heading\n\nPublished: Mar. 4, 2021\n\nIt’s “here”…"
    );
    assert_eq!(article.meta.title.as_deref(), Some("Page & Title"));
    let published = article.meta.published.unwrap();
    assert_eq!(published.period, day(2021, 3, 4));
    assert!(matches!(
        published.basis,
        PublishedBasis::Dateline { start: 9, .. }
    ));
    // Without a <title>, the first line of the stripped text.
    let path = dir.write("sub/other.htm", "<div><h2>First</h2><p>Body</p></div>");
    assert_eq!(only_article(&path).meta.title.as_deref(), Some("First"));
}

#[test]
fn duplicate_ids_are_an_error() {
    let dir = TempDir::new();
    dir.write("a/x.txt", "one");
    dir.write("b/x.html", "two");
    match open(&[dir.path()]) {
        Err(e @ CorpusError::DuplicateId { .. }) => {
            let CorpusError::DuplicateId { id, first, second } = &e else {
                unreachable!()
            };
            assert_eq!(id, "x");
            assert_eq!(first, &dir.path().join("a/x.txt"));
            assert_eq!(second, &dir.path().join("b/x.html"));
            assert!(
                e.to_string().starts_with("duplicate article id \"x\""),
                "{e}"
            );
        }
        other => panic!("{other:?}"),
    }
    // The same file named twice is one article, not a duplicate.
    let x = dir.path().join("a/x.txt");
    let corpus = open(&[&x, &dir.path().join("a"), &x]).unwrap();
    assert_eq!(corpus.paths(), [x]);
}

#[test]
fn directories_are_walked_in_sorted_order() {
    let dir = TempDir::new();
    for name in [
        "b.txt",
        "a/z.md",
        "a/c/d.htm",
        "A.txt",
        "c.txt",
        ".hidden.txt",
        ".git/e.txt",
        "notes.json",
        "sources.tsv.bak",
        "a/f.TXT",
    ] {
        dir.write(name, "text");
    }
    let corpus = open(&[dir.path()]).unwrap();
    let found: Vec<String> = corpus
        .paths()
        .iter()
        .map(|p| {
            p.strip_prefix(dir.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(
        found,
        ["A.txt", "a/c/d.htm", "a/f.TXT", "a/z.md", "b.txt", "c.txt"]
    );
    assert_eq!(corpus.total_bytes(), 6 * 4);
    let ids: Vec<String> = articles(corpus).into_iter().map(|a| a.id).collect();
    assert_eq!(ids, ["A", "d", "f", "z", "b", "c"]);
}

#[test]
fn named_files_keep_their_order_and_other_files_are_skipped() {
    let dir = TempDir::new();
    let b = dir.write("b.txt", "b");
    let a = dir.write("a.txt", "a");
    let json = dir.write("notes.json", "{}");
    let sources = dir.write("sources.tsv", HEAD);
    let items = items(open(&[&b, &json, &sources, &a]).unwrap());
    assert_eq!(items.len(), 3);
    assert!(matches!(&items[0], Item::Article(x) if x.id == "b"));
    match &items[1] {
        Item::Skipped(s) => {
            assert_eq!(s.path, json);
            assert!(s.reason.starts_with("not an article file"), "{}", s.reason);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[2], Item::Article(x) if x.id == "a"));
}

#[test]
fn a_missing_path_fails_before_anything_is_read() {
    let dir = TempDir::new();
    dir.write("a.txt", "a");
    let missing = dir.path().join("nope");
    match open(&[dir.path(), &missing]) {
        Err(e @ CorpusError::NotFound { .. }) => {
            assert_eq!(
                e.to_string(),
                format!("{}: no such file or directory", missing.display())
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_empty_directory_has_no_articles() {
    let dir = TempDir::new();
    dir.write("notes.json", "{}");
    fs::create_dir(dir.path().join("empty")).unwrap();
    let corpus = open(&[dir.path()]).unwrap();
    assert!(corpus.is_empty());
    assert_eq!(corpus.count(), 0);
}

#[test]
fn a_file_that_cannot_be_read_is_an_io_error() {
    let dir = TempDir::new();
    let path = dir.write("a.txt", "a");
    let mut corpus = open(&[&path]).unwrap();
    fs::remove_file(&path).unwrap();
    match corpus.next() {
        Some(Err(e @ CorpusError::Io { .. })) => {
            assert!(
                e.to_string().starts_with(&path.display().to_string()),
                "{e}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_web_page_names_its_publisher_unless_sources_tsv_does() {
    let dir = TempDir::new();
    let page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
                \"publisher\": {\"name\": \"Page Publisher\"}}</script></head>\
                <body><p>Acme hired 300 engineers.</p></body></html>";
    dir.write("a.html", page);
    dir.write("b.html", page);
    dir.write("sources.tsv", format!("{HEAD}b\tTable Publisher\t\t\t\t\n"));
    let articles = articles(open(&[dir.path()]).unwrap());
    assert_eq!(
        articles[0].meta.publisher.as_deref(),
        Some("Page Publisher")
    );
    assert_eq!(
        articles[1].meta.publisher.as_deref(),
        Some("Table Publisher"),
        "the table wins over the page"
    );
}

#[test]
fn a_gzipped_page_is_read_as_the_page() {
    use std::io::Write;
    let dir = TempDir::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"<html><head><title>Harbour</title></head><body><article><p>The harbour reopened on Mar. 4, 2021 after 12 days.</p></article></body></html>")
        .unwrap();
    let path = dir.write("page.html.gz", gz.finish().unwrap());
    let article = only_article(&path);
    assert_eq!(article.id, "page");
    assert!(
        article.text.contains("The harbour reopened"),
        "{}",
        article.text
    );
    assert!(!article.text.contains("<p>"));
    // Found in a directory too.
    let corpus = Corpus::open(&[dir.path().to_path_buf()], ReadOptions::default()).unwrap();
    assert_eq!(corpus.len(), 1);
    // A file that is not gzip, or one cut short, is left out with an error (the run ends
    // with a failure), not read as text nor passed over as a file of another kind.
    let whole = std::fs::read(&path).unwrap();
    let cut = dir.write("cut.html.gz", &whole[..whole.len() / 2]);
    let broken = dir.write("broken.txt.gz", "plain text, not gzip");
    for path in [cut, broken] {
        match only(&path, ReadOptions::default()) {
            Ok(Item::Failed(Failed {
                error: FileError::Gzip(reason),
                ..
            })) => assert!(reason.contains("not a readable gzip file"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }
}
