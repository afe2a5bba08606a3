//! The knowledge-graph commands: `ingest`, `load`, `report`, `query`, `dump`.

use anyhow::{bail, Context};
use claimgraph::consistency::{self, curation::Curation};
use claimgraph::corpus::{Corpus, ReadOptions};
use claimgraph::model::claim::{ClaimSource, Mention, Source};
use claimgraph::pipeline::ingest::{IngestOptions, Progress};
use claimgraph::pipeline::load::Input;
use claimgraph::present::report::Report;
use claimgraph::store::ClaimStore;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Output formats of `query`: results formats for SELECT and ASK, RDF formats for CONSTRUCT
/// and DESCRIBE.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    Table,
    Json,
    Xml,
    Csv,
    Tsv,
    Turtle,
    Ntriples,
    Jsonld,
    Rdfxml,
}

impl QueryFormat {
    fn results(self) -> Option<QueryResultsFormat> {
        Some(match self {
            QueryFormat::Json => QueryResultsFormat::Json,
            QueryFormat::Xml => QueryResultsFormat::Xml,
            QueryFormat::Csv => QueryResultsFormat::Csv,
            QueryFormat::Tsv => QueryResultsFormat::Tsv,
            _ => return None,
        })
    }

    fn rdf(self) -> Option<RdfFormat> {
        match self {
            QueryFormat::Turtle => Some(RdfFormat::Turtle),
            QueryFormat::Ntriples => Some(RdfFormat::NTriples),
            QueryFormat::Jsonld => RdfFormat::from_extension("jsonld"),
            QueryFormat::Rdfxml => Some(RdfFormat::RdfXml),
            _ => None,
        }
    }
}

/// Formats of `dump`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    Trig,
    Nquads,
    Turtle,
    Ntriples,
    Jsonld,
}

impl DumpFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            DumpFormat::Trig => RdfFormat::TriG,
            DumpFormat::Nquads => RdfFormat::NQuads,
            DumpFormat::Turtle => RdfFormat::Turtle,
            DumpFormat::Ntriples => RdfFormat::NTriples,
            DumpFormat::Jsonld => RdfFormat::from_extension("jsonld").unwrap_or(RdfFormat::NQuads),
        }
    }
}

/// `claimgraph ingest`: the corpus through the ingest pipeline, with a progress bar and a
/// summary line. The store's total is not counted here: that reads every quad it holds, which
/// at 100,000 articles took longer, and more memory, than ingesting a thousand more. Returns
/// how many articles were left out after an internal error (each reported on stderr).
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
            Progress::Written(id) => {
                bar.inc(1);
                bar.set_message(id.to_owned());
            }
        })?;
    bar.finish_and_clear();
    store.flush()?;
    if !quiet {
        eprintln!(
            "{} articles ({} new, {} replaced, {} unchanged{}), {} claims, {} triples in their graphs, into the store at {}; {:.2} s",
            tally.articles(),
            tally.new,
            tally.replaced,
            tally.unchanged,
            if tally.failed > 0 {
                format!("; {} left out after an internal error", tally.failed)
            } else {
                String::new()
            },
            tally.claims,
            tally.quads,
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
pub fn load(files: &[PathBuf], store_path: &Path, quiet: bool, batch: usize) -> anyhow::Result<()> {
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
            "{} graphs from {} {} ({} new, {} replaced, {} unchanged), {} quads in them",
            tally.graphs.articles(),
            checked.len(),
            if checked.len() == 1 { "file" } else { "files" },
            tally.graphs.new,
            tally.graphs.replaced,
            tally.graphs.unchanged,
            tally.graphs.quads
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

/// Formats of `report`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Json,
    Csv,
}

/// A progress bar on a terminal's stderr, hidden with `quiet` or when stderr is not a terminal.
fn progress_bar(quiet: bool, len: usize, template: &str) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Where a curation file is looked for when none is named.
const DEFAULT_CURATION: &str = "data/curation.ttl";

/// The curation file named, or `data/curation.ttl` when it exists, or none. A named file that
/// is missing is an error.
pub fn load_curation(path: Option<&Path>) -> anyhow::Result<Curation> {
    let path = match path {
        Some(path) => path,
        None if Path::new(DEFAULT_CURATION).is_file() => Path::new(DEFAULT_CURATION),
        None => return Ok(Curation::default()),
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(Curation::parse(&text, path)?)
}

/// Analyses the store, writes the findings graph, prints the report; true when some sources
/// conflict.
pub fn report(
    store_path: &Path,
    format: ReportFormat,
    out: Option<&Path>,
    curation: Option<&Path>,
    remote: Option<RemoteArgs>,
) -> anyhow::Result<bool> {
    let curation = load_curation(curation)?;
    let analysis = if let Some(remote) = remote {
        // The external store is read only: the findings graph is written nowhere.
        let analysis = consistency::analyse_source(&mut Announced::new(remote)?, &curation)?;
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
        let analysis = consistency::analyse_source(&mut &store, &curation)?;
        store.write_findings(&consistency::graph::findings_quads(&analysis))?;
        store.flush()?;
        analysis
    };
    let report = Report::new(&analysis);
    let text = match format {
        ReportFormat::Md => report.markdown(),
        ReportFormat::Html => report.html(),
        ReportFormat::Json => report.json(),
        ReportFormat::Csv => report.csv(),
    };
    match out {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("writing the report to {}", path.display()))?,
        None => {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(text.as_bytes())?;
            lock.flush()?;
        }
    }
    Ok(report.has_conflict())
}

/// An external store as the analysis reads it (paged SELECTs), with a line on stderr saying
/// how many claims came in how many requests.
struct Announced {
    client: claimgraph::remote::Remote,
    endpoint: String,
}

impl Announced {
    fn new(remote: RemoteArgs) -> anyhow::Result<Announced> {
        let endpoint = remote.endpoint.clone();
        let client = claimgraph::remote::Remote::new(remote.config()?)?;
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

/// How to reach an external store, from the command line.
pub struct RemoteArgs {
    pub endpoint: String,
    pub graph_store: Option<String>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub token: Option<String>,
    pub page_size: usize,
}

impl RemoteArgs {
    fn config(self) -> anyhow::Result<claimgraph::remote::Config> {
        use claimgraph::remote::{Config, Credentials};
        let mut config = Config::new(self.endpoint);
        config.graph_store = self.graph_store;
        config.page_size = self.page_size;
        config.credentials = match (self.user, self.password, self.token) {
            (Some(user), Some(password), None) => Credentials::Password { user, password },
            (None, None, Some(token)) => Credentials::Token(token),
            (None, None, None) => Credentials::None,
            (Some(_), None, _) => bail!("--user needs --password"),
            (None, Some(_), _) => bail!("--password needs --user"),
            (Some(_), Some(_), Some(_)) => {
                bail!("give --user and --password, or --token, not both")
            }
        };
        Ok(config)
    }
}

/// Sends every named graph of the local store to an external one (Graph Store PUT per graph,
/// or SPARQL Update), and prints what was sent.
pub fn push(remote: RemoteArgs, store_path: &Path) -> anyhow::Result<()> {
    use claimgraph::remote::{Remote, Sent};
    let started = Instant::now();
    let endpoint = remote.endpoint.clone();
    let mut client = Remote::new(remote.config()?)?;
    let store = ClaimStore::open_read_only(store_path)?;
    let graphs = store.filled_graphs().context("listing the graphs")?;
    let mut empty = 0;
    for graph in &graphs {
        let triples = store
            .graph_triples(graph.as_ref())
            .with_context(|| format!("reading {graph}"))?;
        let sent = client
            .put_graph(graph.as_ref(), &triples)
            .with_context(|| format!("pushing {graph}"))?;
        if sent == Sent::Empty {
            empty += 1;
        }
    }
    let tally = client.tally();
    let mut line = format!(
        "pushed {} graphs, {} triples, {} bytes to {endpoint} ({} by SPARQL Update); {} requests, {} retries; {:.2} s",
        tally.graphs,
        tally.triples,
        tally.bytes,
        tally.by_update,
        tally.requests,
        tally.retries,
        started.elapsed().as_secs_f64()
    );
    if empty > 0 {
        line.push_str(&format!("; {empty} empty graphs left out"));
    }
    eprintln!("{line}");
    Ok(())
}

/// Views of `graph`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphView {
    Claims,
    Sources,
    Slot,
}

/// Formats of `graph`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Svg,
    Png,
    Json,
}

/// What `graph --only` keeps.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    Conflicts,
}

/// What a node of `graph --view sources` stands for.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphGroup {
    Article,
    Publisher,
}

pub struct GraphArgs {
    pub store: PathBuf,
    pub view: GraphView,
    pub format: GraphFormat,
    pub only: Option<Only>,
    pub slot: Option<String>,
    pub article: Option<String>,
    pub group: GraphGroup,
    pub out: Option<PathBuf>,
    pub curation: Option<PathBuf>,
    /// Read the claims from this external store instead of the local one.
    pub remote: Option<RemoteArgs>,
}

/// Analyses the store (local, or external with `remote`) as `report` does, without writing the
/// findings graph, and draws a view.
pub fn graph(args: GraphArgs) -> anyhow::Result<()> {
    use claimgraph::present::graph::{dot, json, render, Grouping, Selection, View, ViewKind};
    if args.format == GraphFormat::Png && args.out.is_none() && io::stdout().is_terminal() {
        bail!("PNG is binary: give --out FILE.png, or pipe the output");
    }
    let curation = load_curation(args.curation.as_deref())?;
    let analysis = match args.remote {
        Some(remote) => consistency::analyse_source(&mut Announced::new(remote)?, &curation)?,
        None => {
            if !args.store.is_dir() {
                bail!(
                    "{}: no store here (run claimgraph ingest first)",
                    args.store.display()
                );
            }
            let store = ClaimStore::open_read_only(&args.store)?;
            consistency::analyse_source(&mut &store, &curation)?
        }
    };
    let view = match args.view {
        GraphView::Sources => {
            if args.only.is_some() || args.slot.is_some() || args.article.is_some() {
                bail!("--only, --slot and --article cut the claims and slot views; the sources view always shows every source");
            }
            View::of_sources(
                &analysis,
                match args.group {
                    GraphGroup::Article => Grouping::Article,
                    GraphGroup::Publisher => Grouping::Publisher,
                },
            )
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
            },
        )?,
    };
    let bytes = match args.format {
        GraphFormat::Dot => dot::write(&view).into_bytes(),
        GraphFormat::Json => json::write(&view).into_bytes(),
        GraphFormat::Svg => render::render(&dot::write(&view), render::Image::Svg)?,
        GraphFormat::Png => render::render(&dot::write(&view), render::Image::Png)?,
    };
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
    Ok(())
}

pub fn query(
    sparql: Option<String>,
    file: Option<PathBuf>,
    format: Option<QueryFormat>,
    store_path: &Path,
) -> anyhow::Result<()> {
    let sparql = match (sparql, file) {
        (Some(q), None) => q,
        (None, Some(f)) => {
            std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?
        }
        (Some(_), Some(_)) => bail!("give the query either as an argument or with -f, not both"),
        (None, None) => bail!("no query: give it as an argument or with -f FILE.rq"),
    };
    let store = ClaimStore::open_read_only(store_path)?;
    let results = store.query(&sparql)?;
    let terminal = io::stdout().is_terminal();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match results {
        QueryResults::Solutions(solutions) => {
            let format = format.unwrap_or(if terminal {
                QueryFormat::Table
            } else {
                QueryFormat::Json
            });
            let variables = solutions.variables().to_vec();
            if format == QueryFormat::Table {
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution.context("evaluating the query")?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(display_term).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&mut out, &header, &rows)?;
            } else {
                let Some(results_format) = format.results() else {
                    bail!("--format {format:?} is for CONSTRUCT and DESCRIBE; a SELECT query takes table, json, xml, csv or tsv");
                };
                let mut serializer = QueryResultsSerializer::from_format(results_format)
                    .serialize_solutions_to_writer(&mut out, variables)?;
                for solution in solutions {
                    let solution = solution.context("evaluating the query")?;
                    serializer.serialize(&solution)?;
                }
                serializer.finish()?;
            }
        }
        QueryResults::Boolean(value) => {
            let format = format.unwrap_or(if terminal {
                QueryFormat::Table
            } else {
                QueryFormat::Json
            });
            if format == QueryFormat::Table {
                writeln!(out, "{value}")?;
            } else {
                let Some(results_format) = format.results() else {
                    bail!("--format {format:?} is for CONSTRUCT and DESCRIBE; an ASK query takes table, json, xml, csv or tsv");
                };
                QueryResultsSerializer::from_format(results_format)
                    .serialize_boolean_to_writer(&mut out, value)?;
            }
        }
        QueryResults::Graph(triples) => {
            let format = format.unwrap_or(QueryFormat::Turtle);
            let Some(rdf_format) = format.rdf() else {
                bail!("--format {format:?} is for SELECT and ASK; a CONSTRUCT or DESCRIBE query takes turtle, ntriples, jsonld or rdfxml");
            };
            let mut serializer =
                oxigraph::io::RdfSerializer::from_format(rdf_format).for_writer(&mut out);
            for triple in triples {
                serializer.serialize_triple(&triple.context("evaluating the query")?)?;
            }
            serializer.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

pub fn dump(format: DumpFormat, graph: Option<String>, store_path: &Path) -> anyhow::Result<()> {
    let graph = graph
        .map(|g| NamedNode::new(&g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let store = ClaimStore::open_read_only(store_path)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    store.dump(
        format.rdf(),
        graph.as_ref().map(NamedNode::as_ref),
        &mut out,
    )?;
    out.flush()?;
    Ok(())
}

/// A term as people read it: IRIs in angle brackets, literals as their value.
fn display_term(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    const MAX: usize = 60;
    let cell = |s: &str| -> String {
        let flat: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if flat.chars().count() > MAX {
            let mut t: String = flat.chars().take(MAX - 1).collect();
            t.push('…');
            t
        } else {
            flat
        }
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(out, "({} rows)", rows.len())
}
