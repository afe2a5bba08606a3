//! `claimgraph extract`: articles in, their claim mentions out (JSON lines, a table, or each
//! article's named graph as N-Quads).

use super::exit_after;
use crate::cli::{ExtractArgs, ExtractFormat};
use crate::output;
use anyhow::Context;
use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::extract::Extraction;
use claimgraph::model::article::Article;
use claimgraph::model::claim::Kind;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let ExtractArgs {
        paths,
        format,
        lossy,
        quiet,
    } = args;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut table = output::Table::new(format == ExtractFormat::Table);
    let failed = for_each_article(&paths, lossy, quiet, |article, extraction| {
        summary.add(&article.id, &extraction);
        match format {
            ExtractFormat::Jsonl => {
                // Straight into the buffered output: no string of its own per mention.
                for m in &extraction.mentions {
                    serde_json::to_writer(&mut out, m)?;
                    out.write_all(b"\n")?;
                }
            }
            ExtractFormat::Table => table.write(&mut out, &extraction.mentions)?,
            ExtractFormat::Nquads => output::write_nquads(
                &mut out,
                &claimgraph::rdf::article_quads(article, &extraction.mentions),
            )?,
        }
        Ok(())
    })?;
    out.flush()?;
    if !quiet {
        eprintln!("{}", summary.line(failed));
    }
    Ok(exit_after(failed))
}

/// Reads each article in turn, extracts it and hands the result on; warnings and diagnostics
/// go to stderr unless `quiet`. An article whose reading or extraction meets an internal error
/// is reported on stderr (always) and left out; returns how many were.
pub fn for_each_article(
    paths: &[PathBuf],
    lossy: bool,
    quiet: bool,
    mut each: impl FnMut(&Article, Extraction) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let corpus = Corpus::open(paths, ReadOptions { lossy })?;
    let mut failed = 0;
    for item in corpus {
        match item? {
            Item::Skipped(skipped) => eprintln!("claimgraph: warning: skipped {skipped}"),
            Item::Archive(tally) => {
                if !quiet {
                    eprintln!("claimgraph: {tally}");
                }
            }
            Item::Failed(failure) => {
                failed += 1;
                eprintln!("claimgraph: error: {failure}");
            }
            Item::Article(article) => {
                let extraction = match claimgraph::pipeline::ingest::extract_article(&article) {
                    Ok(extraction) => extraction,
                    Err(failure) => {
                        failed += 1;
                        eprintln!("claimgraph: error: {failure}");
                        continue;
                    }
                };
                if !quiet {
                    for d in &extraction.diagnostics {
                        match d.start {
                            Some(at) => {
                                let (line, column) = line_and_column(&article.text, at);
                                eprintln!(
                                    "claimgraph: note: {}:{line}:{column}: {}",
                                    article.path.display(),
                                    d.message
                                );
                            }
                            None => eprintln!(
                                "claimgraph: note: {}: {}",
                                article.path.display(),
                                d.message
                            ),
                        }
                    }
                }
                each(&article, extraction).with_context(|| {
                    format!("writing the mentions of {}", article.path.display())
                })?;
            }
        }
    }
    Ok(failed)
}

/// 1-based line and column (in characters) of a code-point offset.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    // `at` counts code points: its byte first (the same number in ASCII text), then the
    // lines before it counted by bytes.
    let byte = if text.is_ascii() {
        at.min(text.len())
    } else {
        text.char_indices().nth(at).map_or(text.len(), |(b, _)| b)
    };
    let before = &text[..byte];
    let line = 1 + memchr::memchr_iter(b'\n', before.as_bytes()).count();
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    (line, 1 + before[line_start..].chars().count())
}

#[derive(Default)]
struct Summary {
    articles: usize,
    kinds: BTreeMap<Kind, usize>,
    unresolved: usize,
}

impl Summary {
    fn add(&mut self, _doc: &str, extraction: &Extraction) {
        self.articles += 1;
        for m in &extraction.mentions {
            *self.kinds.entry(m.kind).or_default() += 1;
            if m.kind == Kind::Date && m.from.is_none() {
                self.unresolved += 1;
            }
        }
    }

    fn line(&self, failed: usize) -> String {
        let total: usize = self.kinds.values().sum();
        let kinds: Vec<String> = Kind::ALL
            .iter()
            .map(|k| format!("{} {}", self.kinds.get(k).copied().unwrap_or(0), k))
            .collect();
        let mut line = format!(
            "{} articles, {} mentions: {}",
            self.articles,
            total,
            kinds.join(", ")
        );
        if self.unresolved > 0 {
            line.push_str(&format!("; {} dates unresolved", self.unresolved));
        }
        if failed > 0 {
            line.push_str(&format!("; {failed} articles left out with an error"));
        }
        line
    }
}
