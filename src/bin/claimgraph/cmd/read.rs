//! `claimgraph read`: each page (or text file) as the corpus reads it for `extract`, `ingest`
//! and `report`: its metadata, where each item came from, and the article body.

use super::exit_after;
use crate::cli::{ReadArgs, ReadFormat};
use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::model::article::{Article, PublishedBasis};
use claimgraph::model::time::Precision;
use serde::Serialize;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: ReadArgs) -> anyhow::Result<ExitCode> {
    let corpus = Corpus::open(&args.paths, ReadOptions { lossy: args.lossy })?;
    // Printing nothing and succeeding would look like pages without text.
    if corpus.is_empty() {
        anyhow::bail!(
            "no article files in {} (expected .txt, .md, .html or .htm, each also .gz, or web \
             archives .warc and .warc.gz)",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for item in corpus {
        match item? {
            Item::Skipped(skipped) => eprintln!("claimgraph: warning: skipped {skipped}"),
            Item::Archive(tally) => eprintln!("claimgraph: {tally}"),
            Item::Failed(failure) => {
                failed += 1;
                eprintln!("claimgraph: error: {failure}");
            }
            Item::Article(article) => {
                let page = page(&article);
                match args.format {
                    ReadFormat::Jsonl => {
                        serde_json::to_writer(&mut out, &page)?;
                        out.write_all(b"\n")?;
                    }
                    ReadFormat::Text => write_text(&mut out, &page)?,
                }
            }
        }
    }
    out.flush()?;
    Ok(exit_after(failed))
}

/// Where each item of a page's metadata came from (only those it has).
#[derive(Serialize, Default)]
struct Basis {
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

/// A web archive's capture of the page.
#[derive(Serialize)]
struct Capture<'a> {
    uri: &'a str,
    date: &'a str,
}

/// One page as `read` prints it, fields in this order.
#[derive(Serialize)]
struct Page<'a> {
    doc: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    publisher: Option<&'a str>,
    published: Option<String>,
    modified: Option<String>,
    authors: &'a [String],
    language: Option<&'a str>,
    basis: Basis,
    #[serde(skip_serializing_if = "Option::is_none")]
    fetched: Option<Capture<'a>>,
    path: &'a Path,
    raw_sha256: Option<&'a str>,
    text: &'a str,
}

/// The page: `doc`, `url`, `title`, `publisher`, `published`, `modified`, `authors`,
/// `language`, `basis` (where each came from), `fetched` (a web archive's capture), `path`,
/// `raw_sha256` and `text`.
fn page(article: &Article) -> Page<'_> {
    let meta = &article.meta;
    let basis = Basis {
        url: meta.url.as_ref().map(|u| u.basis.clone()),
        title: meta.title_basis.clone(),
        publisher: meta.publisher_basis.clone(),
        published: meta.published.as_ref().map(|p| match &p.basis {
            PublishedBasis::Sources { path, line, note } => {
                format!("{}:{line} ({note})", path.display())
            }
            PublishedBasis::Dateline { text, .. } => format!("dateline: {text}"),
            PublishedBasis::Page { field, value } => format!("{field}: {value}"),
            PublishedBasis::Given => "given".to_owned(),
        }),
        modified: meta.modified.as_ref().map(|m| m.basis.clone()),
        authors: meta
            .authors_basis
            .clone()
            .filter(|_| !meta.authors.is_empty()),
        language: meta.language.as_ref().map(|l| l.basis.clone()),
    };
    let published = meta.published.as_ref().map(|p| {
        let (y, m, _) = p.period.from.ymd();
        match p.period.precision {
            Precision::Year => format!("{y:04}"),
            Precision::Month | Precision::Quarter | Precision::Half => format!("{y:04}-{m:02}"),
            Precision::Day | Precision::Week => p.period.from.to_string(),
        }
    });
    Page {
        doc: &article.id,
        url: meta.url.as_ref().map(|u| u.value.as_str()),
        title: meta.title.as_deref(),
        publisher: meta.publisher.as_deref(),
        published,
        modified: meta.modified.as_ref().map(|m| m.value.to_string()),
        authors: &meta.authors,
        language: meta.language.as_ref().map(|l| l.value.as_str()),
        basis,
        fetched: meta.fetched.as_ref().map(|f| Capture {
            uri: &f.uri,
            date: &f.date,
        }),
        path: &article.path,
        raw_sha256: meta.raw_sha256.as_deref(),
        text: &article.text,
    }
}

/// The page for people: a header of its metadata, each with where it came from, then the text.
fn write_text(out: &mut impl Write, page: &Page<'_>) -> io::Result<()> {
    writeln!(out, "== {}", page.doc)?;
    let authors = page.authors.join("; ");
    let b = &page.basis;
    let fields = [
        ("url", page.url, &b.url),
        ("title", page.title, &b.title),
        ("publisher", page.publisher, &b.publisher),
        ("published", page.published.as_deref(), &b.published),
        ("modified", page.modified.as_deref(), &b.modified),
        (
            "authors",
            Some(authors.as_str()).filter(|a| !a.is_empty()),
            &b.authors,
        ),
        ("language", page.language, &b.language),
    ];
    for (field, value, basis) in fields {
        match (value, basis) {
            (Some(value), Some(basis)) => writeln!(out, "{field}: {value}  [{basis}]")?,
            (Some(value), None) => writeln!(out, "{field}: {value}")?,
            (None, _) => {}
        }
    }
    if let Some(fetched) = &page.fetched {
        writeln!(out, "fetched: {} at {}", fetched.uri, fetched.date)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", page.text.trim_end())?;
    writeln!(out)
}
