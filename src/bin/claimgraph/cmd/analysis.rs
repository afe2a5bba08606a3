//! `claimgraph report` and `claimgraph graph`: the claims of the local store (or an external
//! one) analysed, then printed as a report or drawn as a graph view.

use super::{exit_after, load_curation, remote_config};
use crate::cli::{GraphArgs, GraphGroup, GraphView, Only, ReportArgs};
use anyhow::{bail, Context};

use claimgraph::model::article::Source;
use claimgraph::model::claim::Mention;
use claimgraph::pipeline::ingest::IngestOptions;
use claimgraph::pipeline::source::{self, ClaimSource};
use claimgraph::present::report::Report;
use claimgraph::present::{findings_graph, graph, report};
use claimgraph::remote::{Config, Remote};
use claimgraph::store::ClaimStore;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run_report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let ReportArgs {
        paths,
        format,
        out,
        curation,
        fail_on_conflict,
        store,
        endpoint,
        remote,
    } = args;
    let remote = match endpoint {
        Some(endpoint) => Some(remote_config(endpoint, None, remote)?),
        None => None,
    };
    let failed = if paths.is_empty() {
        0
    } else {
        super::ingest::ingest(&paths, &store.store, false, false, IngestOptions::default())?
    };
    let conflict = report(
        &store.store,
        format,
        out.as_deref(),
        curation.as_deref(),
        remote,
    )?;
    Ok(if conflict && fail_on_conflict {
        ExitCode::from(1)
    } else {
        exit_after(failed)
    })
}

/// Analyses the store, writes the findings graph, prints the report; true when some sources
/// conflict.
fn report(
    store_path: &Path,
    format: report::Format,
    out: Option<&Path>,
    curation: Option<&Path>,
    remote: Option<Config>,
) -> anyhow::Result<bool> {
    let curation = load_curation(curation)?;
    let analysis = if let Some(remote) = remote {
        // The external store is read only: the findings graph is written nowhere.
        let analysis = source::analyse(&mut Announced::new(remote)?, &curation)?;
        eprintln!("claimgraph: the findings graph is not written, there or locally");
        analysis
    } else {
        if !store_path.is_dir() {
            bail!(
                "{}: no store here (run claimgraph ingest first, or give articles to report)",
                store_path.display()
            );
        }
        let store = ClaimStore::open(store_path)?;
        let analysis = source::analyse(&mut Noting(&store), &curation)?;
        store.write_findings_from(&|sink| findings_graph::each_findings_quad(&analysis, sink))?;
        store.flush()?;
        analysis
    };
    let report = Report::new(&analysis);
    match out {
        Some(path) => {
            let write = || -> io::Result<()> {
                let mut file = io::BufWriter::new(std::fs::File::create(path)?);
                report.write_to(format, &mut file)?;
                file.flush()
            };
            write().with_context(|| format!("writing the report to {}", path.display()))?
        }
        None => {
            let mut lock = io::BufWriter::new(io::stdout().lock());
            report.write_to(format, &mut lock)?;
            lock.flush()?;
        }
    }
    Ok(report.has_conflict())
}

/// An external store as the analysis reads it (paged SELECTs), with a line on stderr saying
/// how many claims came in how many requests.
struct Announced {
    client: Remote,
    endpoint: String,
}

impl Announced {
    fn new(config: Config) -> anyhow::Result<Announced> {
        let endpoint = config.endpoint.clone();
        let client = Remote::new(config)?;
        Ok(Announced { client, endpoint })
    }
}

impl ClaimSource for Announced {
    type Error = anyhow::Error;

    fn claims(&mut self) -> anyhow::Result<(Vec<Source>, Vec<Mention>)> {
        let endpoint = &self.endpoint;
        let (sources, mentions) = self
            .client
            .claims()
            .with_context(|| format!("reading the claims from {endpoint}"))?;
        note_story_features(&sources);
        let tally = self.client.tally();
        eprintln!(
            "claimgraph: {} articles, {} claims read from {endpoint} ({} requests, {} retries)",
            sources.len(),
            mentions.len(),
            tally.requests,
            tally.retries
        );
        Ok((sources, mentions))
    }
}

/// A store whose articles are checked for their story features as they are read.
struct Noting<S>(S);

impl<S: ClaimSource> ClaimSource for Noting<S> {
    type Error = S::Error;

    fn claims(&mut self) -> Result<(Vec<Source>, Vec<Mention>), S::Error> {
        let (sources, mentions) = self.0.claims()?;
        note_story_features(&sources);
        Ok((sources, mentions))
    }
}

/// Says once on stderr when the articles' stories are grouped from their titles and claim
/// sentences because the store keeps no story features of some (an older version stored
/// them): such stories are worse than those grouped from the texts.
pub fn note_story_features(sources: &[Source]) {
    let without = source::without_story_features(sources);
    if without > 0 {
        eprintln!(
            "claimgraph: note: {without} of {} articles were stored without their story features (by an older version): stories are grouped from titles and claim sentences instead of the texts; ingest the articles again to store them",
            sources.len()
        );
    }
}

/// Analyses the store (local, or external with `remote`) as `report` does, without writing the
/// findings graph, and draws a view.
pub fn run_graph(args: GraphArgs) -> anyhow::Result<ExitCode> {
    use claimgraph::present::graph::{Grouping, Selection, View, ViewKind};
    if args.format == graph::Format::Png && args.out.is_none() && io::stdout().is_terminal() {
        bail!("PNG is binary: give --out FILE.png, or pipe the output");
    }
    let remote = match args.endpoint {
        Some(endpoint) => Some(remote_config(endpoint, None, args.remote)?),
        None => None,
    };
    let curation = load_curation(args.curation.as_deref())?;
    let analysis = match remote {
        Some(remote) => source::analyse(&mut Announced::new(remote)?, &curation)?,
        None => {
            let store = &args.store.store;
            if !store.is_dir() {
                bail!(
                    "{}: no store here (run claimgraph ingest first)",
                    store.display()
                );
            }
            let store = ClaimStore::open_read_only(store)?;
            source::analyse(&mut Noting(&store), &curation)?
        }
    };
    let view = match args.view {
        GraphView::Sources => {
            if args.only.is_some() || args.slot.is_some() || args.article.is_some() {
                bail!("--only, --slot and --article cut the claims and slot views; the sources view shows every source, or a story's with --story");
            }
            View::of_sources(
                &analysis,
                match args.group {
                    GraphGroup::Article => Grouping::Article,
                    GraphGroup::Publisher => Grouping::Publisher,
                },
                args.story.as_deref(),
            )?
        }
        GraphView::Claims | GraphView::Slot => View::of_claims(
            &analysis,
            if args.view == GraphView::Slot {
                ViewKind::Slot
            } else {
                ViewKind::Claims
            },
            &Selection {
                only_conflicts: args.only == Some(Only::Conflicts),
                slot: args.slot,
                article: args.article,
                story: args.story,
            },
        )?,
    };
    let bytes = args.format.write(&view)?;
    match &args.out {
        Some(path) => std::fs::write(path, bytes)
            .with_context(|| format!("writing the graph to {}", path.display()))?,
        None => {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(&bytes)?;
            lock.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
