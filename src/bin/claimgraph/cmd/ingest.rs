//! `claimgraph ingest` and `claimgraph load`: articles, or N-Quads files, into the store, with
//! a progress bar and a summary line.

use super::{exit_after, progress_bar};
use crate::cli::{IngestArgs, LoadArgs};
use anyhow::{bail, Context};
use claimgraph::corpus::{Corpus, ReadOptions};
use claimgraph::pipeline::ingest::{IngestOptions, Progress};
use claimgraph::pipeline::load::Input;
use claimgraph::store::ClaimStore;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let mut options = IngestOptions {
        batch: args.batch as usize,
        ..IngestOptions::default()
    };
    if let Some(threads) = args.threads {
        options.threads = threads as usize;
    }
    let mut paths = args.paths.clone();
    let mut failed = 0;
    if let Some(list) = &args.urls {
        let (fetched, failures) = fetch_list(list, &args.cache, args.delay, args.quiet)?;
        paths.extend(fetched);
        failed += failures;
        if paths.is_empty() {
            return Ok(exit_after(failed));
        }
    }
    failed += ingest(&paths, &args.store.store, args.lossy, args.quiet, options)?;
    Ok(exit_after(failed))
}

/// The pages of a list of addresses, from the cache or fetched into it: their cache files, and
/// how many failed (each reported on stderr).
fn fetch_list(
    list: &Path,
    cache: &Path,
    delay: std::time::Duration,
    quiet: bool,
) -> anyhow::Result<(Vec<PathBuf>, usize)> {
    use claimgraph::fetch::{FetchOptions, Fetcher, Outcome};
    let text = std::fs::read_to_string(list).with_context(|| format!("{}", list.display()))?;
    let urls = claimgraph::fetch::url_list(&text);
    let mut fetcher = Fetcher::new(FetchOptions {
        cache: cache.to_owned(),
        delay,
        timeout: std::time::Duration::from_secs(30),
    });
    let bar = progress_bar(
        quiet,
        urls.len(),
        "{bar:40} {pos}/{len} pages fetched {msg}",
    );
    let (mut paths, mut fetched, mut cached, mut failed) = (Vec::new(), 0, 0, 0);
    for url in &urls {
        bar.set_message(url.clone());
        match fetcher.fetch(url) {
            Ok(outcome) => {
                match outcome {
                    Outcome::Fetched(_) => fetched += 1,
                    Outcome::Cached(_) => cached += 1,
                }
                let path = outcome.path().to_owned();
                if !paths.contains(&path) {
                    paths.push(path);
                }
            }
            Err(e) => {
                failed += 1;
                bar.suspend(|| eprintln!("claimgraph: error: {e}"));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    if !quiet {
        eprintln!(
            "{} addresses: {fetched} fetched, {cached} from the cache at {}, {failed} failed",
            urls.len(),
            cache.display()
        );
    }
    Ok((paths, failed))
}

pub fn run_load(args: LoadArgs) -> anyhow::Result<ExitCode> {
    load(
        &args.files,
        &args.store.store,
        args.quiet,
        args.batch as usize,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `claimgraph ingest`: the corpus through the ingest pipeline, with a progress bar and a
/// summary line. The store's total is not counted here: that reads every quad it holds, which
/// at 100,000 articles took longer, and more memory, than ingesting a thousand more. Returns
/// how many articles were left out with an error (each reported on stderr).
pub fn ingest(
    paths: &[PathBuf],
    store_path: &Path,
    lossy: bool,
    quiet: bool,
    options: IngestOptions,
) -> anyhow::Result<usize> {
    let started = Instant::now();
    let corpus = Corpus::open(paths, ReadOptions { lossy })?;
    // Metadata is checked before anything is written: a bad sources.tsv changes nothing.
    corpus.check_metadata()?;
    let store = ClaimStore::open(store_path)?;
    store.install_vocabularies()?;

    let bar = progress_bar(
        quiet,
        corpus.len(),
        "{bar:40} {pos}/{len} articles {per_sec} {eta} {msg}",
    );
    // A web archive holds an unknown number of pages: no total to count towards.
    if corpus.size_hint().1.is_none() {
        bar.unset_length();
    }
    let tally =
        claimgraph::pipeline::ingest::ingest(corpus, &store, options, &|event| match event {
            Progress::Skipped(skipped) => {
                bar.inc(1);
                bar.suspend(|| eprintln!("claimgraph: warning: skipped {skipped}"));
            }
            Progress::Failed(failed) => {
                bar.inc(1);
                bar.suspend(|| eprintln!("claimgraph: error: {failed}"));
            }
            // An archive whose every record was a page (a page fetched by --urls) has nothing
            // to say beyond the summary.
            Progress::Archive(tally) => {
                if !quiet && tally.records != tally.pages {
                    bar.suspend(|| eprintln!("claimgraph: {tally}"));
                }
            }
            Progress::Written(id) => {
                bar.inc(1);
                bar.set_message(id.to_owned());
            }
        })?;
    bar.finish_and_clear();
    store.flush()?;
    if !quiet {
        eprintln!(
            "{} ({} new, {} replaced, {} unchanged{}), {}, {} in their graphs, into the store at {}; {:.2} s",
            super::counted(tally.articles(), "article"),
            tally.new,
            tally.replaced,
            tally.unchanged,
            if tally.failed > 0 {
                format!("; {} left out with an error", tally.failed)
            } else {
                String::new()
            },
            super::counted(tally.claims, "claim"),
            super::counted(tally.quads, "triple"),
            store.path().display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(tally.failed)
}

/// `claimgraph load`: N-Quads files into the store with ingest's semantics
/// ([`claimgraph::pipeline::load`]): every file checked whole first, then each graph written whole. The
/// ontology and measure graphs are installed from this binary, as ingest does; a file's copies
/// of them are left out, counted in the summary.
fn load(files: &[PathBuf], store_path: &Path, quiet: bool, batch: usize) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut inputs = Vec::with_capacity(files.len());
    for file in files {
        if file.as_os_str() == "-" {
            if inputs.iter().any(|i| matches!(i, Input::Bytes { .. })) {
                bail!("- (standard input) is named twice");
            }
            // Read twice (checked, then loaded), and a pipe can be read once: kept in memory.
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            inputs.push(Input::Bytes {
                name: "<stdin>".to_owned(),
                bytes,
            });
        } else {
            inputs.push(Input::File(file.clone()));
        }
    }
    let checked = claimgraph::pipeline::load::check(inputs)?;
    let store = ClaimStore::open(store_path)?;
    store.install_vocabularies()?;

    let bar = progress_bar(
        quiet,
        checked.graphs(),
        "{bar:40} {pos}/{len} graphs {per_sec} {eta}",
    );
    let tally = claimgraph::pipeline::load::load(&checked, &store, batch, &|| bar.inc(1))?;
    bar.finish_and_clear();
    store.flush()?;
    if !quiet {
        let mut line = format!(
            "{} from {} ({} new, {} replaced, {} unchanged), {} in them",
            super::counted(tally.graphs.articles(), "graph"),
            super::counted(checked.len(), "file"),
            tally.graphs.new,
            tally.graphs.replaced,
            tally.graphs.unchanged,
            super::counted(tally.graphs.quads, "quad")
        );
        if tally.vocabulary > 0 {
            line.push_str(&format!(
                "; {} quads of the ontology and measure graphs left out (the store keeps this version's)",
                tally.vocabulary
            ));
        }
        eprintln!(
            "{line}, into the store at {}; {:.2} s",
            store.path().display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
