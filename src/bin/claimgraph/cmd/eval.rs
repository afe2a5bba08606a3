//! `claimgraph eval`: extraction (or a file of predictions) scored against gold annotations.

use super::exit_after;
use super::extract::for_each_article;
use crate::cli::EvalArgs;
use crate::output;
use claimgraph::tools::eval;
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::process::ExitCode;

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let EvalArgs {
        gold,
        pred,
        paths,
        json,
        misses,
        lossy,
    } = args;
    let gold_mentions = eval::read_gold_dir(&gold)?;
    let (predicted, extracted, failed) = match pred {
        Some(file) => (eval::read_jsonl(&file)?, None, 0),
        None => {
            let mut predicted = Vec::new();
            let mut seen = BTreeSet::new();
            let failed = for_each_article(&paths, lossy, true, |article, extraction| {
                seen.insert(article.id.clone());
                predicted.extend(extraction.mentions);
                Ok(())
            })?;
            (predicted, Some(seen), failed)
        }
    };
    let (mut scores, unscored) =
        eval::score_documents(gold_mentions, predicted, extracted.as_ref());
    if !unscored.is_empty() {
        eprintln!("claimgraph: warning: gold documents with no article, left out: {unscored:?}");
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if json {
        if !misses {
            scores.misses.clear();
        }
        serde_json::to_writer_pretty(&mut out, &scores)?;
        writeln!(out)?;
    } else {
        output::write_scores(&mut out, &scores)?;
        if misses {
            output::write_misses(&mut out, &scores.misses)?;
        }
    }
    out.flush()?;
    Ok(exit_after(failed))
}
