//! The command line's shape: clap types only (the commands, their arguments and the values
//! they take). `main.rs` parses it, `cmd::*` turn it into the library's configuration and run.

use claimgraph::present::{graph, report};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "claimgraph",
    version,
    about = "Track what the news claims: extract figures, dates and quotes from articles"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Extract claim mentions from articles (files or directories of *.txt, *.md, *.html).
    ///
    /// With --format nquads, each article's named graph exactly as ingest stores it, for
    /// `claimgraph load` (or any store's loader); the ontology and measure graphs that ingest
    /// also installs are not written.
    Extract(ExtractArgs),
    /// Print each page (or text file) as extract, ingest and report read it: its address,
    /// title, publisher, publication and modification dates, authors and language, where each
    /// came from, and the article body (paragraphs apart by a blank line). Files and folders of
    /// *.html, *.txt, *.md, and web archives (*.warc, *.warc.gz).
    Read(ReadArgs),
    /// Score extraction against gold annotations (precision, recall, F1 per kind).
    Eval(EvalArgs),
    /// Extract articles and write their claims into the store: each article whole or not at all.
    Ingest(IngestArgs),
    /// Compare what the sources say: slots, verdicts (conflict, compatible, agree,
    /// uncorroborated), internal checks; writes the findings graph and prints the report.
    Report(ReportArgs),
    /// Send every named graph of the store (articles, ontology, measures, findings) to an
    /// external SPARQL 1.1 store: one Graph Store PUT per graph (pushing twice changes
    /// nothing), or SPARQL Update where there is no Graph Store; each payload is parsed back
    /// before it is sent.
    Push(PushArgs),
    /// Draw the claim graph (after the same analysis as `report`): articles, claims, speakers
    /// and the verdicts between them, as DOT, SVG or PNG (through Graphviz) or node-link JSON.
    Graph(GraphArgs),
    /// Run a SPARQL query against the store.
    Query(QueryArgs),
    /// Write the dataset (or one graph) to stdout.
    Dump(DumpArgs),
    /// Load N-Quads files (from `extract --format nquads`, `dump --format nquads` or another
    /// store) into the store, as ingest would write the same articles.
    ///
    /// Every file is checked whole before anything is written (a broken line: exit 2, nothing
    /// written). Every graph a file names replaces the store's graph of that name, never merges
    /// with it; a graph the store already holds as the file has it (an article graph: the same
    /// text digest, extractor version and size) is left alone, and graphs the files do not name
    /// are untouched. The ontology and measure graphs are this version's, installed as ingest
    /// does; a file's copies of them are left out.
    Load(LoadArgs),
    /// Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, Update at /update, Graph
    /// Store at /store, a query page at / and the consistency report at /report.
    Serve(ServeArgs),
    /// Write a synthetic corpus for benchmarks and tests: N articles in stories of several
    /// publishers, with planted agreements and conflicts, and expected.json listing the verdicts
    /// the analysis should find.
    GenCorpus(GenCorpusArgs),
}

/// The arguments of `claimgraph extract`.
#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Article files or directories (searched recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Replace bytes invalid in the file's encoding (U+FFFD) instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Print no summary and no diagnostics on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The arguments of `claimgraph read`.
#[derive(clap::Args)]
pub struct ReadArgs {
    /// Files, directories (searched recursively) or web archives.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// jsonl: one JSON object per page (doc, url, title, publisher, published, modified,
    /// authors, language, basis, text); text: the same for people.
    #[arg(long, value_enum, default_value_t = ReadFormat::Jsonl)]
    pub format: ReadFormat,
    /// Replace bytes invalid in the file's encoding (U+FFFD) instead of failing.
    #[arg(long)]
    pub lossy: bool,
}

/// Output formats of `read`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReadFormat {
    Jsonl,
    Text,
}

/// The arguments of `claimgraph eval`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// Directory of gold *.jsonl files (see data/gold/SCHEMA.md).
    #[arg(
        long,
        required_unless_present_any = ["stories", "verdicts"],
        conflicts_with_all = ["stories", "verdicts"]
    )]
    pub gold: Option<PathBuf>,
    /// Score the cross-source findings of the store's claims (--store, after `ingest`) against
    /// expected verdicts: a JSON file or a folder of them (the shape of
    /// ../shared/gold/news-verdicts.json); --stories gives each article's story. A split.tsv
    /// (`event_id<TAB>part`) beside them gives the tune and held-out parts.
    #[arg(long, requires_all = ["stories", "store"], conflicts_with_all = ["pred", "split", "paths"])]
    pub verdicts: Vec<PathBuf>,
    /// With --verdicts: the store whose claims are analysed.
    #[arg(long, requires = "verdicts")]
    pub store: Option<PathBuf>,
    /// Score story grouping instead: the reference events of PATHs' articles, a TSV of `doc
    /// event_id ...` (with a header); B-cubed precision, recall and F1 beside the TF-IDF
    /// average-link baseline, thresholds chosen on half the events and scored on the other.
    #[arg(long, conflicts_with_all = ["pred", "split"])]
    pub stories: Option<PathBuf>,
    /// Score this JSON-lines file of predictions instead of extracting PATHs.
    #[arg(long, conflicts_with = "paths")]
    pub pred: Option<PathBuf>,
    /// Articles to extract and score.
    #[arg(required_unless_present_any = ["pred", "verdicts"])]
    pub paths: Vec<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
    /// List what was missed or wrong, grouped by cause and kind, with the sentence (with
    /// --verdicts: the expected verdicts not found, but none of the held-out stories').
    #[arg(long)]
    pub misses: bool,
    /// Report only this part of the gold's split.tsv (tune, heldout, all); all parts by default.
    #[arg(long)]
    pub split: Option<String>,
    /// Replace bytes invalid in the file's encoding (U+FFFD) instead of failing.
    #[arg(long)]
    pub lossy: bool,
}

/// The arguments of `claimgraph ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {
    /// Article files, directories (searched recursively) or web archives.
    #[arg(required_unless_present = "urls")]
    pub paths: Vec<PathBuf>,
    /// Fetch the pages of this list of addresses (one a line, `#` comments) and ingest them:
    /// robots.txt obeyed, a delay between requests to one host, pages kept in --cache so a
    /// second run fetches nothing; a page that fails is reported and the run exits with 1.
    #[arg(long)]
    pub urls: Option<PathBuf>,
    /// Where --urls keeps the pages it fetched (one web archive file per address).
    #[arg(long, default_value = ".claimgraph-cache", requires = "urls")]
    pub cache: PathBuf,
    /// Seconds between two requests to one host.
    #[arg(long, default_value = "1", value_parser = parse_delay, requires = "urls")]
    pub delay: std::time::Duration,
    #[command(flatten)]
    pub store: StoreArg,
    /// Replace bytes invalid in the file's encoding (U+FFFD) instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// New articles are loaded in batches of this many (fewer if their graphs pass
    /// 1,000,000 quads), each batch all or nothing. Larger batches load faster and use more
    /// memory.
    #[arg(long, default_value_t = claimgraph::store::DEFAULT_BATCH_ARTICLES, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
    /// Threads extracting articles (default: one per core). The store's writer has a
    /// thread of its own besides.
    #[arg(long, env = "CLAIMGRAPH_THREADS", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
}

/// The arguments of `claimgraph report`.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// Ingest these articles first (files or directories), as `ingest` would.
    pub paths: Vec<PathBuf>,
    /// Report format (default: md).
    #[arg(long, default_value = "md", value_parser = report_format())]
    pub format: report::Format,
    /// Write the report to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A curator's decisions (Turtle; see data/curation.ttl). Default: data/curation.ttl
    /// when it exists.
    #[arg(long)]
    pub curation: Option<PathBuf>,
    /// Exit with 1 when any conflict is found.
    #[arg(long)]
    pub fail_on_conflict: bool,
    #[command(flatten)]
    pub store: StoreArg,
    /// Read the claims from this SPARQL endpoint (filled by `push`) instead of the local
    /// store; the findings graph is then written nowhere.
    #[arg(long, conflicts_with = "paths")]
    pub endpoint: Option<String>,
    #[command(flatten)]
    pub remote: RemoteAuthArg,
}

/// The arguments of `claimgraph push`.
#[derive(clap::Args)]
pub struct PushArgs {
    /// The store's SPARQL endpoint (queries, and updates when there is no Graph Store).
    #[arg(long)]
    pub endpoint: String,
    /// The store's Graph Store endpoint (default: the SPARQL endpoint).
    #[arg(long)]
    pub graph_store: Option<String>,
    #[command(flatten)]
    pub remote: RemoteAuthArg,
    #[command(flatten)]
    pub store: StoreArg,
}

/// The arguments of `claimgraph graph`.
#[derive(clap::Args)]
pub struct GraphArgs {
    /// claims: articles as boxes of their claims, speakers, verdict edges; sources: one node
    /// per article (or publisher) with edges weighted by shared slots; slot: one slot
    /// (--slot) with every claim on it.
    #[arg(long, value_enum, default_value_t = GraphView::Claims)]
    pub view: GraphView,
    #[arg(long, default_value = "dot", value_parser = graph_format())]
    pub format: graph::Format,
    /// Keep only the slots in conflict and their claims.
    #[arg(long, value_enum)]
    pub only: Option<Only>,
    /// Keep only this slot (its id as in the report, or its IRI).
    #[arg(long)]
    pub slot: Option<String>,
    /// Keep only this article's claims and the slots they are part of.
    #[arg(long)]
    pub article: Option<String>,
    /// Keep only this story: its articles, their claims and the slots within it (its id as in
    /// the report's "stories", or its IRI). In the sources view, the story's articles.
    #[arg(long)]
    pub story: Option<String>,
    /// In the sources view, one node per article or per publisher.
    #[arg(long, value_enum, default_value_t = GraphGroup::Article)]
    pub group: GraphGroup,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A curator's decisions (Turtle; see data/curation.ttl). Default: data/curation.ttl
    /// when it exists.
    #[arg(long)]
    pub curation: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Read the claims from this SPARQL endpoint (filled by `push`) instead of the local
    /// store.
    #[arg(long)]
    pub endpoint: Option<String>,
    #[command(flatten)]
    pub remote: RemoteAuthArg,
}

/// The arguments of `claimgraph query`.
#[derive(clap::Args)]
pub struct QueryArgs {
    /// The query (or use -f).
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(short = 'f', long = "file")]
    pub file: Option<PathBuf>,
    /// Output format (default: table on a terminal, else json for SELECT/ASK and turtle for
    /// CONSTRUCT/DESCRIBE).
    #[arg(long, value_enum)]
    pub format: Option<QueryFormat>,
    #[command(flatten)]
    pub store: StoreArg,
}

/// The arguments of `claimgraph dump`.
#[derive(clap::Args)]
pub struct DumpArgs {
    #[arg(long, value_enum, default_value_t = DumpFormat::Trig)]
    pub format: DumpFormat,
    /// Only this named graph.
    #[arg(long)]
    pub graph: Option<String>,
    #[command(flatten)]
    pub store: StoreArg,
}

/// The arguments of `claimgraph load`.
#[derive(clap::Args)]
pub struct LoadArgs {
    /// N-Quads files; `-` reads standard input (held in memory to be checked first).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// New graphs are loaded in batches of this many (fewer if they pass 250,000 quads),
    /// each batch all or nothing.
    #[arg(long, default_value_t = claimgraph::store::DEFAULT_BATCH_ARTICLES, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
}

/// The arguments of `claimgraph serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Accept writes (SPARQL Update, Graph Store PUT, POST and DELETE) from requests that
    /// carry the bearer token; without it the store is opened read-only.
    #[arg(long)]
    pub allow_update: bool,
    /// The bearer token writes must carry (default: a random one, printed at start).
    #[arg(long, requires = "allow_update")]
    pub token: Option<String>,
    /// The time limit of each query, in seconds; a query past it is stopped and answered 503.
    #[arg(long, default_value = "10", value_parser = parse_seconds)]
    pub timeout: std::time::Duration,
    /// How many queries run at once (default: the number of cores); the rest wait up to the
    /// time limit, then get 503.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_queries: Option<u32>,
    /// Send CORS headers, so that pages from other origins may query.
    #[arg(long)]
    pub cors: bool,
    /// The curator's decisions the report at /report applies. Default: data/curation.ttl
    /// when it exists.
    #[arg(long)]
    pub curation: Option<PathBuf>,
}

/// The arguments of `claimgraph gen-corpus`.
#[derive(clap::Args)]
pub struct GenCorpusArgs {
    /// How many articles.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub articles: u64,
    /// The directory to create (it must not exist or be empty).
    #[arg(long)]
    pub out: PathBuf,
    /// The seed: the same seed and options write the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Articles per story (publishers covering one event).
    #[arg(long, default_value_t = 4)]
    pub story_size: u64,
}

/// The report formats the library names, as values of `--format`.
fn report_format() -> impl TypedValueParser<Value = report::Format> {
    PossibleValuesParser::new(report::Format::ALL.map(|(name, _)| name))
        .try_map(|name| report::Format::named(&name).ok_or("not a report format"))
}

/// The graph formats the library names, as values of `--format`.
fn graph_format() -> impl TypedValueParser<Value = graph::Format> {
    PossibleValuesParser::new(graph::Format::ALL.map(|(name, _)| name))
        .try_map(|name| graph::Format::named(&name).ok_or("not a graph format"))
}

/// A number of seconds from 0 to an hour.
fn parse_delay(text: &str) -> Result<std::time::Duration, String> {
    match text.parse::<f64>() {
        Ok(s) if (0.0..=3600.0).contains(&s) => Ok(std::time::Duration::from_secs_f64(s)),
        _ => Err(format!(
            "{text:?} is not a number of seconds between 0 and 3600"
        )),
    }
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
pub struct StoreArg {
    /// The store directory (created by ingest).
    #[arg(long, env = "CLAIMGRAPH_STORE", default_value = ".claimgraph")]
    pub store: PathBuf,
}

/// Credentials and paging for an external SPARQL store (`push`, `report --endpoint`, `graph
/// --endpoint`).
#[derive(clap::Args)]
pub struct RemoteAuthArg {
    /// User name, sent with --password as HTTP Basic or Digest, as the store asks.
    #[arg(long, requires = "password", conflicts_with = "token")]
    pub user: Option<String>,
    /// Password for --user.
    #[arg(long, env = "CLAIMGRAPH_REMOTE_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// A bearer token instead of a user and password.
    #[arg(long, env = "CLAIMGRAPH_REMOTE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Rows asked for per SELECT when reading from the store.
    #[arg(long, default_value_t = claimgraph::remote::DEFAULT_PAGE_SIZE as u32, value_parser = clap::value_parser!(u32).range(1..))]
    pub page_size: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per mention.
    Jsonl,
    /// A table for people.
    Table,
    /// The quads of each article's named graph as ingest stores them (N-Quads, article by
    /// article; without the ontology and measure graphs).
    Nquads,
}

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

/// Formats of `dump`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    Trig,
    Nquads,
    Turtle,
    Ntriples,
    Jsonld,
}

/// Views of `graph`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphView {
    Claims,
    Sources,
    Slot,
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
