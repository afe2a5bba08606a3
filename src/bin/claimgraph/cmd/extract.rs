//! `claimgraph extract`: articles in, their claim mentions out (JSON lines, a table, or each
//! article's named graph as N-Quads).

use super::counted;
use super::exit_after;
use crate::cli::{ExtractArgs, ExtractFormat};
use crate::output;
use anyhow::Context;
use claimgraph::corpus::{Corpus, Item, ReadOptions};
use claimgraph::extract::Extraction;
use claimgraph::model::article::Article;
use claimgraph::model::claim::Kind;
use std::collections::BTreeMap;
use std::fmt::Write as _;
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
    // Only the N-Quads record the article's digest.
    let digests = format == ExtractFormat::Nquads;
    let failed = for_each_article(&paths, lossy, quiet, digests, |article, extraction| {
        summary.add(&article.id, &extraction);
        match format {
            ExtractFormat::Jsonl => {
                // Straight into the buffered output: no string of its own per mention.
                for m in &extraction.mentions {
                    m.write_json(&mut out)?;
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
/// is reported on stderr (always) and left out; returns how many were. Without `digests`,
/// the articles' `raw_sha256` is left unset.
pub fn for_each_article(
    paths: &[PathBuf],
    lossy: bool,
    quiet: bool,
    digests: bool,
    mut each: impl FnMut(&Article, Extraction) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let corpus = Corpus::open(paths, ReadOptions { lossy })?;
    let corpus = if digests {
        corpus
    } else {
        corpus.without_digests()
    };
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
                    // Counted once per article, not once per diagnostic.
                    let mut lines: Option<LineStarts> = None;
                    // The article's notes written at once: stderr is unbuffered, and a line
                    // printed piece by piece is several writes.
                    let mut notes = String::new();
                    for d in &extraction.diagnostics {
                        match d.start {
                            Some(at) => {
                                let (line, column) = lines
                                    .get_or_insert_with(|| LineStarts::new(&article.text))
                                    .line_and_column(at);
                                let _ = writeln!(
                                    notes,
                                    "claimgraph: note: {}:{line}:{column}: {}",
                                    article.path.display(),
                                    d.message
                                );
                            }
                            None => {
                                let _ = writeln!(
                                    notes,
                                    "claimgraph: note: {}: {}",
                                    article.path.display(),
                                    d.message
                                );
                            }
                        }
                    }
                    if !notes.is_empty() {
                        eprint!("{notes}");
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

/// Where each line of a text starts, in code points: the line and column of a diagnostic's
/// code-point offset by a binary search, after one pass over the text (a pass per diagnostic
/// was quadratic in an article's length).
struct LineStarts {
    starts: Vec<usize>,
    chars: usize,
}

impl LineStarts {
    fn new(text: &str) -> LineStarts {
        let mut starts = vec![0];
        let mut chars = 0;
        let mut from = 0;
        // A line break is one byte and one character: the text is cut at each (memchr), and
        // the characters between are counted by the standard library's vector count.
        for at in memchr::memchr_iter(b'\n', text.as_bytes()) {
            chars += text[from..=at].chars().count();
            starts.push(chars);
            from = at + 1;
        }
        chars += text[from..].chars().count();
        LineStarts { starts, chars }
    }

    /// 1-based line and column (in characters) of a code-point offset; an offset past the end
    /// is the end.
    fn line_and_column(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.chars);
        let line = self.starts.partition_point(|&s| s <= at);
        (line, 1 + at - self.starts[line - 1])
    }
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
            "{}, {}: {}",
            counted(self.articles, "article"),
            counted(total, "mention"),
            kinds.join(", ")
        );
        if self.unresolved > 0 {
            line.push_str(&format!(
                "; {} unresolved",
                counted(self.unresolved, "date")
            ));
        }
        if failed > 0 {
            line.push_str(&format!(
                "; {} left out with an error",
                counted(failed, "article")
            ));
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::LineStarts;

    #[test]
    fn lines_and_columns_count_characters_not_bytes() {
        let lines = LineStarts::new("ab\n«é» x\n\nz");
        assert_eq!(lines.line_and_column(0), (1, 1));
        assert_eq!(lines.line_and_column(2), (1, 3), "the line break itself");
        assert_eq!(lines.line_and_column(3), (2, 1));
        assert_eq!(
            lines.line_and_column(7),
            (2, 5),
            "x, after three two-byte characters"
        );
        assert_eq!(lines.line_and_column(9), (3, 1), "an empty line");
        assert_eq!(lines.line_and_column(10), (4, 1));
        assert_eq!(lines.line_and_column(99), (4, 2), "past the end is the end");
    }
}
