//! `claimgraph eval`: extraction (or a file of predictions) scored against gold annotations.

use super::exit_after;
use super::extract::for_each_article;
use crate::cli::EvalArgs;
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
        split,
        lossy,
    } = args;
    let gold_mentions = eval::read_gold_dir(&gold)?;
    let mut grouping = eval::Grouping {
        split: eval::read_split(&gold)?,
        only: split,
        ..eval::Grouping::default()
    };
    let (predicted, extracted, failed) = match pred {
        Some(file) => (eval::read_jsonl(&file)?, None, 0),
        None => {
            let mut predicted = Vec::new();
            let mut seen = BTreeSet::new();
            let failed = for_each_article(&paths, lossy, true, |article, extraction| {
                seen.insert(article.id.clone());
                if let Some(publisher) = &article.meta.publisher {
                    grouping
                        .outlets
                        .insert(article.id.clone(), publisher.clone());
                }
                predicted.extend(extraction.mentions);
                Ok(())
            })?;
            (predicted, Some(seen), failed)
        }
    };
    let mut report = eval::evaluate(gold_mentions, predicted, extracted.as_ref(), &grouping)?;
    if !report.unscored.is_empty() {
        eprintln!(
            "claimgraph: warning: gold documents with no article, left out: {:?}",
            report.unscored
        );
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if json {
        if !misses {
            report
                .parts
                .iter_mut()
                .for_each(|p| p.scores.misses.clear());
        }
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        eval::write_report(&mut out, &report, misses)?;
    }
    out.flush()?;
    Ok(exit_after(failed))
}
