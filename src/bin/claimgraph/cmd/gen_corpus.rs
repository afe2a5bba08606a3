//! `claimgraph gen-corpus`: a synthetic corpus with planted verdicts, for benchmarks and tests.

use crate::cli::GenCorpusArgs;
use std::process::ExitCode;

pub fn run(args: GenCorpusArgs) -> anyhow::Result<ExitCode> {
    gen_corpus(&args.out, args.articles, args.seed, args.story_size)?;
    Ok(ExitCode::SUCCESS)
}

/// `gen-corpus`: writes the corpus and prints a one-line summary on stderr.
fn gen_corpus(
    out: &std::path::Path,
    articles: u64,
    seed: u64,
    story_size: u64,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let options = claimgraph::tools::synth::Options {
        articles: usize::try_from(articles)?,
        seed,
        story_size: usize::try_from(story_size)?,
    };
    let summary = claimgraph::tools::synth::generate(out, &options)?;
    let count = |verdict: &str| summary.slots.get(verdict).copied().unwrap_or(0);
    eprintln!(
        "{} articles in {} stories ({} director{}), {} planted slots ({} agree, {} compatible, \
         {} conflict), {:.1} MB in {}; expected verdicts in \
         expected.json; {:.1} s",
        summary.articles,
        summary.stories,
        summary.directories,
        if summary.directories == 1 { "y" } else { "ies" },
        summary.planted_slots(),
        count("agree"),
        count("compatible"),
        count("conflict"),
        summary.bytes as f64 / 1e6,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
