//! The `claimgraph` command line: parses arguments, calls the library, prints, and maps the
//! outcome to an exit code (0 ok, 1 a check failed, 2 an error).

mod graph;
mod output;

use anyhow::Context;
use claimgraph::corpus::{Article, Corpus, Item, ReadOptions};
use claimgraph::extract::Extraction;
use claimgraph::model::claim::Kind;
use claimgraph::pipeline::ingest::IngestOptions;
use claimgraph::tools::eval;
use clap::{Parser, Subcommand, ValueEnum};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimgraph",
    version,
    about = "Track what the news claims: extract figures, dates and quotes from articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract claim mentions from articles (files or directories of *.txt, *.md, *.html).
    ///
    /// With --format nquads, each article's named graph exactly as ingest stores it, for
    /// `claimgraph load` (or any store's loader); the ontology and measure graphs that ingest
    /// also installs are not written.
    Extract {
        /// Article files or directories (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
        format: ExtractFormat,
        /// Replace invalid UTF-8 instead of failing.
        #[arg(long)]
        lossy: bool,
        /// Print no summary and no diagnostics on stderr.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Score extraction against gold annotations (precision, recall, F1 per kind).
    Eval {
        /// Directory of gold *.jsonl files (see data/gold/SCHEMA.md).
        #[arg(long)]
        gold: PathBuf,
        /// Score this JSON-lines file of predictions instead of extracting PATHs.
        #[arg(long, conflicts_with = "paths")]
        pred: Option<PathBuf>,
        /// Articles to extract and score.
        #[arg(required_unless_present = "pred")]
        paths: Vec<PathBuf>,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// List what was missed or wrong, grouped by cause and kind, with the sentence.
        #[arg(long)]
        misses: bool,
        /// Report only this part of the gold's split.tsv (tune, heldout, all); all parts by default.
        #[arg(long)]
        split: Option<String>,
        /// Replace invalid UTF-8 instead of failing.
        #[arg(long)]
        lossy: bool,
    },
    /// Extract articles and write their claims into the store: each article whole or not at all.
    Ingest {
        /// Article files or directories (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// Replace invalid UTF-8 instead of failing.
        #[arg(long)]
        lossy: bool,
        /// No progress bar and no summary.
        #[arg(long, short)]
        quiet: bool,
        /// New articles are loaded in batches of this many (fewer if their graphs pass
        /// 1,000,000 quads), each batch all or nothing. Larger batches load faster and use more
        /// memory.
        #[arg(long, default_value_t = claimgraph::store::DEFAULT_BATCH_ARTICLES, value_parser = clap::value_parser!(u32).range(1..))]
        batch: u32,
        /// Threads extracting articles (default: one per core). The store's writer has a
        /// thread of its own besides.
        #[arg(long, env = "CLAIMGRAPH_THREADS", value_parser = clap::value_parser!(u32).range(1..))]
        threads: Option<u32>,
    },
    /// Compare what the sources say: slots, verdicts (conflict, compatible, agree,
    /// uncorroborated), internal checks; writes the findings graph and prints the report.
    Report {
        /// Ingest these articles first (files or directories), as `ingest` would.
        paths: Vec<PathBuf>,
        /// Report format (default: md).
        #[arg(long, value_enum, default_value_t = graph::ReportFormat::Md)]
        format: graph::ReportFormat,
        /// Write the report to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// A curator's decisions (Turtle; see data/curation.ttl). Default: data/curation.ttl
        /// when it exists.
        #[arg(long)]
        curation: Option<PathBuf>,
        /// Exit with 1 when any conflict is found.
        #[arg(long)]
        fail_on_conflict: bool,
        #[command(flatten)]
        store: StoreArg,
        /// Read the claims from this SPARQL endpoint (filled by `push`) instead of the local
        /// store; the findings graph is then written nowhere.
        #[arg(long, conflicts_with = "paths")]
        endpoint: Option<String>,
        #[command(flatten)]
        remote: RemoteAuthArg,
    },
    /// Send every named graph of the store (articles, ontology, measures, findings) to an
    /// external SPARQL 1.1 store: one Graph Store PUT per graph (pushing twice changes
    /// nothing), or SPARQL Update where there is no Graph Store; each payload is parsed back
    /// before it is sent.
    Push {
        /// The store's SPARQL endpoint (queries, and updates when there is no Graph Store).
        #[arg(long)]
        endpoint: String,
        /// The store's Graph Store endpoint (default: the SPARQL endpoint).
        #[arg(long)]
        graph_store: Option<String>,
        #[command(flatten)]
        remote: RemoteAuthArg,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Draw the claim graph (after the same analysis as `report`): articles, claims, speakers
    /// and the verdicts between them, as DOT, SVG or PNG (through Graphviz) or node-link JSON.
    Graph {
        /// claims: articles as boxes of their claims, speakers, verdict edges; sources: one node
        /// per article (or publisher) with edges weighted by shared slots; slot: one slot
        /// (--slot) with every claim on it.
        #[arg(long, value_enum, default_value_t = graph::GraphView::Claims)]
        view: graph::GraphView,
        #[arg(long, value_enum, default_value_t = graph::GraphFormat::Dot)]
        format: graph::GraphFormat,
        /// Keep only the slots in conflict and their claims.
        #[arg(long, value_enum)]
        only: Option<graph::Only>,
        /// Keep only this slot (its id as in the report, or its IRI).
        #[arg(long)]
        slot: Option<String>,
        /// Keep only this article's claims and the slots they are part of.
        #[arg(long)]
        article: Option<String>,
        /// In the sources view, one node per article or per publisher.
        #[arg(long, value_enum, default_value_t = graph::GraphGroup::Article)]
        group: graph::GraphGroup,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// A curator's decisions (Turtle; see data/curation.ttl). Default: data/curation.ttl
        /// when it exists.
        #[arg(long)]
        curation: Option<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// Read the claims from this SPARQL endpoint (filled by `push`) instead of the local
        /// store.
        #[arg(long)]
        endpoint: Option<String>,
        #[command(flatten)]
        remote: RemoteAuthArg,
    },
    /// Run a SPARQL query against the store.
    Query {
        /// The query (or use -f).
        query: Option<String>,
        /// Read the query from this file.
        #[arg(short = 'f', long = "file")]
        file: Option<PathBuf>,
        /// Output format (default: table on a terminal, else json for SELECT/ASK and turtle for
        /// CONSTRUCT/DESCRIBE).
        #[arg(long, value_enum)]
        format: Option<graph::QueryFormat>,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Write the dataset (or one graph) to stdout.
    Dump {
        #[arg(long, value_enum, default_value_t = graph::DumpFormat::Trig)]
        format: graph::DumpFormat,
        /// Only this named graph.
        #[arg(long)]
        graph: Option<String>,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Load N-Quads files (from `extract --format nquads`, `dump --format nquads` or another
    /// store) into the store, as ingest would write the same articles.
    ///
    /// Every file is checked whole before anything is written (a broken line: exit 2, nothing
    /// written). Every graph a file names replaces the store's graph of that name, never merges
    /// with it; a graph the store already holds as the file has it (an article graph: the same
    /// text digest, extractor version and size) is left alone, and graphs the files do not name
    /// are untouched. The ontology and measure graphs are this version's, installed as ingest
    /// does; a file's copies of them are left out.
    Load {
        /// N-Quads files; `-` reads standard input (held in memory to be checked first).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// No progress bar and no summary.
        #[arg(long, short)]
        quiet: bool,
        /// New graphs are loaded in batches of this many (fewer if they pass 250,000 quads),
        /// each batch all or nothing.
        #[arg(long, default_value_t = claimgraph::store::DEFAULT_BATCH_ARTICLES, value_parser = clap::value_parser!(u32).range(1..))]
        batch: u32,
    },
    /// Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, Update at /update, Graph
    /// Store at /store, a query page at / and the consistency report at /report.
    Serve {
        #[command(flatten)]
        store: StoreArg,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: std::net::SocketAddr,
        /// Accept writes (SPARQL Update, Graph Store PUT, POST and DELETE) from requests that
        /// carry the bearer token; without it the store is opened read-only.
        #[arg(long)]
        allow_update: bool,
        /// The bearer token writes must carry (default: a random one, printed at start).
        #[arg(long, requires = "allow_update")]
        token: Option<String>,
        /// The time limit of each query, in seconds; a query past it is stopped and answered 503.
        #[arg(long, default_value = "10", value_parser = parse_seconds)]
        timeout: std::time::Duration,
        /// How many queries run at once (default: the number of cores); the rest wait up to the
        /// time limit, then get 503.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        max_queries: Option<u32>,
        /// Send CORS headers, so that pages from other origins may query.
        #[arg(long)]
        cors: bool,
        /// The curator's decisions the report at /report applies. Default: data/curation.ttl
        /// when it exists.
        #[arg(long)]
        curation: Option<PathBuf>,
    },
    /// Write a synthetic corpus for benchmarks and tests: N articles in stories of several
    /// publishers, with planted agreements and conflicts, and expected.json listing the verdicts
    /// the analysis should find.
    GenCorpus {
        /// How many articles.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
        articles: u64,
        /// The directory to create (it must not exist or be empty).
        #[arg(long)]
        out: PathBuf,
        /// The seed: the same seed and options write the same files.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Articles per story (publishers covering one event).
        #[arg(long, default_value_t = 4)]
        story_size: u64,
    },
}

/// A positive number of seconds.
fn parse_seconds(text: &str) -> Result<std::time::Duration, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 86_400.0 => Ok(std::time::Duration::from_secs_f64(s)),
        _ => Err(format!(
            "{text:?} is not a number of seconds between 0 and 86400"
        )),
    }
}

/// Where the store lives, for every command that uses it.
#[derive(clap::Args)]
struct StoreArg {
    /// The store directory (created by ingest).
    #[arg(long, env = "CLAIMGRAPH_STORE", default_value = ".claimgraph")]
    store: PathBuf,
}

/// Credentials and paging for an external SPARQL store (`push`, `report --endpoint`, `graph
/// --endpoint`).
#[derive(clap::Args)]
struct RemoteAuthArg {
    /// User name, sent with --password as HTTP Basic or Digest, as the store asks.
    #[arg(long, requires = "password", conflicts_with = "token")]
    user: Option<String>,
    /// Password for --user.
    #[arg(long, env = "CLAIMGRAPH_REMOTE_PASSWORD", hide_env_values = true)]
    password: Option<String>,
    /// A bearer token instead of a user and password.
    #[arg(long, env = "CLAIMGRAPH_REMOTE_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Rows asked for per SELECT when reading from the store.
    #[arg(long, default_value_t = claimgraph::remote::DEFAULT_PAGE_SIZE as u32, value_parser = clap::value_parser!(u32).range(1..))]
    page_size: u32,
}

impl RemoteAuthArg {
    fn args(self, endpoint: String, graph_store: Option<String>) -> graph::RemoteArgs {
        graph::RemoteArgs {
            endpoint,
            graph_store,
            user: self.user,
            password: self.password,
            token: self.token,
            page_size: self.page_size as usize,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// One JSON object per mention.
    Jsonl,
    /// A table for people.
    Table,
    /// The quads of each article's named graph as ingest stores them (N-Quads, article by
    /// article; without the ontology and measure graphs).
    Nquads,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimgraph: error: {}", error_chain(&err));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, each once: library errors often already show their source.
fn error_chain(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&cause);
        }
    }
    text
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            paths,
            store,
            lossy,
            quiet,
            batch,
            threads,
        } => {
            let mut options = IngestOptions {
                batch: batch as usize,
                ..IngestOptions::default()
            };
            if let Some(threads) = threads {
                options.threads = threads as usize;
            }
            let failed = graph::ingest(&paths, &store.store, lossy, quiet, options)?;
            Ok(exit_after(failed))
        }
        Command::Report {
            paths,
            format,
            out,
            curation,
            fail_on_conflict,
            store,
            endpoint,
            remote,
        } => {
            let failed = if paths.is_empty() {
                0
            } else {
                graph::ingest(&paths, &store.store, false, false, IngestOptions::default())?
            };
            let conflict = graph::report(
                &store.store,
                format,
                out.as_deref(),
                curation.as_deref(),
                endpoint.map(|e| remote.args(e, None)),
            )?;
            Ok(if conflict && fail_on_conflict {
                ExitCode::from(1)
            } else {
                exit_after(failed)
            })
        }
        Command::Push {
            endpoint,
            graph_store,
            remote,
            store,
        } => {
            graph::push(remote.args(endpoint, graph_store), &store.store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Graph {
            view,
            format,
            only,
            slot,
            article,
            group,
            out,
            curation,
            store,
            endpoint,
            remote,
        } => {
            graph::graph(graph::GraphArgs {
                remote: endpoint.map(|e| remote.args(e, None)),
                store: store.store,
                view,
                format,
                only,
                slot,
                article,
                group,
                out,
                curation,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Query {
            query,
            file,
            format,
            store,
        } => {
            graph::query(query, file, format, &store.store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Dump {
            format,
            graph: g,
            store,
        } => {
            graph::dump(format, g, &store.store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Load {
            files,
            store,
            quiet,
            batch,
        } => {
            graph::load(&files, &store.store, quiet, batch as usize)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            store,
            bind,
            allow_update,
            token,
            timeout,
            max_queries,
            cors,
            curation,
        } => {
            serve(ServeArgs {
                store: store.store,
                bind,
                allow_update,
                token,
                timeout,
                max_queries,
                cors,
                curation,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::GenCorpus {
            articles,
            out,
            seed,
            story_size,
        } => {
            gen_corpus(&out, articles, seed, story_size)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract {
            paths,
            format,
            lossy,
            quiet,
        } => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let mut summary = Summary::default();
            let mut table = output::Table::new(format == ExtractFormat::Table);
            let failed = for_each_article(&paths, lossy, quiet, |article, extraction| {
                summary.add(&article.id, &extraction);
                match format {
                    ExtractFormat::Jsonl => {
                        for m in &extraction.mentions {
                            let mut line = serde_json::to_string(m)?;
                            line.push('\n');
                            out.write_all(line.as_bytes())?;
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
        Command::Eval {
            gold,
            pred,
            paths,
            json,
            misses,
            split,
            lossy,
        } => {
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
            let mut report =
                eval::evaluate(gold_mentions, predicted, extracted.as_ref(), &grouping)?;
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
    }
}

/// Exit code 1 when articles were left out after an internal error (each already reported),
/// so a run over a corpus goes on past a bug but does not look clean.
fn exit_after(failed: usize) -> ExitCode {
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads each article in turn, extracts it and hands the result on; warnings and diagnostics
/// go to stderr unless `quiet`. An article whose reading or extraction meets an internal error
/// is reported on stderr (always) and left out; returns how many were.
fn for_each_article(
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
    let (mut line, mut column) = (1, 1);
    for c in text.chars().take(at) {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
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
            line.push_str(&format!(
                "; {failed} articles left out after an internal error"
            ));
        }
        line
    }
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
         {} conflict; {} percentages uncorroborated), {:.1} MB in {}; expected verdicts in \
         expected.json; {:.1} s",
        summary.articles,
        summary.stories,
        summary.directories,
        if summary.directories == 1 { "y" } else { "ies" },
        summary.cross_source_slots(),
        count("agree"),
        count("compatible"),
        count("conflict"),
        count("uncorroborated"),
        summary.bytes as f64 / 1e6,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The arguments of `serve`.
struct ServeArgs {
    store: PathBuf,
    bind: std::net::SocketAddr,
    allow_update: bool,
    token: Option<String>,
    timeout: std::time::Duration,
    max_queries: Option<u32>,
    cors: bool,
    curation: Option<PathBuf>,
}

/// Runs the server until Ctrl-C or SIGTERM, then lets running requests finish.
fn serve(args: ServeArgs) -> anyhow::Result<()> {
    use claimgraph::server::{self, Access, Config, Server};
    use claimgraph::store::ClaimStore;

    let curation = graph::load_curation(args.curation.as_deref())?;
    let (store, access, generated) = if args.allow_update {
        let (token, generated) = match args.token {
            Some(token) => (token, false),
            None => (server::generate_token()?, true),
        };
        (
            ClaimStore::open(&args.store)?,
            Access::ReadWrite { token },
            generated,
        )
    } else {
        // Read-only, so that ingest and report can still open the store for writing.
        (
            ClaimStore::open_read_only(&args.store)?,
            Access::ReadOnly,
            false,
        )
    };
    let defaults = Config::default();
    let config = Config {
        access: access.clone(),
        timeout: args.timeout,
        queue_wait: args.timeout,
        max_queries: args
            .max_queries
            .map_or(defaults.max_queries, |n| n as usize),
        cors: args.cors,
        curation,
        ..defaults
    };
    let grace = config.timeout + std::time::Duration::from_secs(1);
    // A request that hits a bug is answered 500 and logged in one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("claimgraph: internal error: {info}");
    }));
    let server = std::sync::Arc::new(Server::new(store, config)?);
    let (stop_tx, stop_rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .context("installing the Ctrl-C handler")?;
    let running = server::serve(server, args.bind, |line| eprintln!("{line}"))?;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "claimgraph: serving {} at http://{}/ ({})",
        args.store.display(),
        running.addr(),
        if args.allow_update {
            "writes allowed with the token"
        } else {
            "read-only"
        }
    )?;
    if let (Access::ReadWrite { token }, true) = (&access, generated) {
        writeln!(
            out,
            "claimgraph: writes need the header: Authorization: Bearer {token}"
        )?;
    }
    out.flush()?;
    drop(out);
    // The handler keeps the sender for good, so this returns at a signal.
    let _ = stop_rx.recv();
    eprintln!("claimgraph: stopping: waiting for running requests");
    let unfinished = running.shutdown(grace)?;
    if unfinished > 0 {
        eprintln!("claimgraph: stopped with {unfinished} requests unfinished");
    } else {
        eprintln!("claimgraph: stopped");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// clap's own checks of the argument definitions (conflicts, requirements, names).
    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
