//! Loading N-Quads into the store with ingest's semantics (`claimgraph load`): every input is
//! parsed whole first, so a broken line anywhere writes nothing; then each graph an input names
//! goes to the store's [`Writer`] whole: new graphs in atomic bulk batches, graphs already in
//! the store replaced (not merged) in a transaction each, graphs the store holds as they are
//! (article graphs: by their digest) left alone. Graphs the inputs do not name, the default
//! graph included, are untouched. The ontology and measure graphs belong to the binary that
//! installs them ([`ClaimStore::install_vocabularies`]); an input's copies of them (a dump holds
//! them) are left out and counted.

use crate::model::vocab;
use crate::pipeline::ingest::Tally;
use crate::store::{ClaimStore, StoreError, Writer};
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser, ReaderQuadParser};
use oxigraph::model::{GraphName, Quad};
use std::collections::{HashMap, HashSet};
use std::io::{self, Read};
use std::path::PathBuf;

/// One input of a load.
#[derive(Debug)]
pub enum Input {
    File(PathBuf),
    /// Bytes read beforehand (standard input, which can be read only once), with the name
    /// errors give them.
    Bytes {
        name: String,
        bytes: Vec<u8>,
    },
}

impl Input {
    /// The name errors give the input: its path, or the name it was given.
    pub fn name(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Bytes { name, .. } => name.clone(),
        }
    }

    /// A fresh N-Quads parser over the input, from its start. Blank node labels are kept as the
    /// file writes them, as oxigraph's own loader keeps them, so a dump loaded back is the same.
    fn quads(&self) -> Result<ReaderQuadParser<Box<dyn Read + '_>>, LoadError> {
        let reader: Box<dyn Read + '_> = match self {
            Input::File(path) => {
                Box::new(std::fs::File::open(path).map_err(|source| LoadError::Io {
                    name: self.name(),
                    source,
                })?)
            }
            Input::Bytes { bytes, .. } => Box::new(bytes.as_slice()),
        };
        Ok(RdfParser::from_format(RdfFormat::NQuads).for_reader(reader))
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A line that is not N-Quads: nothing was written.
    #[error("{name}:{line}: not valid N-Quads: {message}")]
    Syntax {
        name: String,
        line: usize,
        message: String,
    },
    /// A syntax error the parser could not place.
    #[error("{name}: not valid N-Quads: {message}")]
    Unplaced { name: String, message: String },
    #[error("reading {name}")]
    Io {
        name: String,
        #[source]
        source: io::Error,
    },
    /// The store refused a graph; the graphs before it were written.
    #[error("loading the graph {graph} of {name}")]
    Store {
        graph: String,
        name: String,
        #[source]
        source: Box<StoreError>,
    },
    /// The final load of the gathered graphs failed.
    #[error(transparent)]
    Finish(Box<StoreError>),
}

/// What a load did: the graphs written, counted as ingest counts its articles (claims stay 0:
/// a graph is not read), and the quads of the vocabularies left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadTally {
    pub graphs: Tally,
    pub vocabulary: usize,
}

/// Inputs parsed whole, ready to load.
#[derive(Debug)]
pub struct Checked {
    inputs: Vec<(Input, Plan)>,
}

impl Checked {
    /// The graphs the inputs name, besides the vocabularies.
    pub fn graphs(&self) -> usize {
        self.inputs.iter().map(|(_, plan)| plan.graphs).sum()
    }

    /// How many inputs there are.
    pub fn len(&self) -> usize {
        self.inputs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty()
    }
}

/// What checking an input found: how many graphs it names (besides the vocabularies), and the
/// graphs whose quads are not all in one run, which must be gathered over the whole input.
#[derive(Debug)]
struct Plan {
    graphs: usize,
    scattered: HashSet<GraphName>,
}

/// Parses every input whole without writing anything. Memory holds the names of their graphs,
/// not their quads.
pub fn check(inputs: Vec<Input>) -> Result<Checked, LoadError> {
    let inputs = inputs
        .into_iter()
        .map(|input| plan(&input).map(|plan| (input, plan)))
        .collect::<Result<_, _>>()?;
    Ok(Checked { inputs })
}

fn plan(input: &Input) -> Result<Plan, LoadError> {
    let name = input.name();
    let mut seen: HashSet<GraphName> = HashSet::new();
    let mut scattered = HashSet::new();
    let mut last: Option<GraphName> = None;
    for quad in input.quads()? {
        let quad = quad.map_err(|e| parse_error(&name, e))?;
        if last.as_ref() != Some(&quad.graph_name) {
            if !seen.insert(quad.graph_name.clone()) {
                scattered.insert(quad.graph_name.clone());
            }
            last = Some(quad.graph_name);
        }
    }
    let graphs = seen.iter().filter(|g| !is_vocabulary(g)).count();
    Ok(Plan { graphs, scattered })
}

/// A parse error with the input's name and line (the parser's message repeats the line and
/// adds the column).
fn parse_error(name: &str, e: RdfParseError) -> LoadError {
    match e {
        RdfParseError::Syntax(e) => match e.location() {
            Some(at) => LoadError::Syntax {
                name: name.to_owned(),
                line: at.start.line as usize + 1,
                message: e.to_string(),
            },
            None => LoadError::Unplaced {
                name: name.to_owned(),
                message: e.to_string(),
            },
        },
        RdfParseError::Io(source) => LoadError::Io {
            name: name.to_owned(),
            source,
        },
    }
}

/// The graphs [`ClaimStore::install_vocabularies`] owns.
fn is_vocabulary(graph: &GraphName) -> bool {
    matches!(graph, GraphName::NamedNode(g)
        if g.as_ref() == vocab::ONTOLOGY_GRAPH || g.as_ref() == vocab::MEASURES_GRAPH)
}

/// Loads checked inputs into the store (`batch` new graphs per atomic bulk load, as for
/// ingest), calling `progress` after each graph. Graphs read before a failure are whole and are
/// written before it is returned.
pub fn load(
    checked: &Checked,
    store: &ClaimStore,
    batch: usize,
    progress: &dyn Fn(),
) -> Result<LoadTally, LoadError> {
    let mut tally = LoadTally::default();
    let mut writer = store.writer(batch);
    let read = checked
        .inputs
        .iter()
        .try_for_each(|(input, plan)| load_input(input, plan, &mut writer, &mut tally, progress));
    let written = writer.finish();
    read?;
    written.map_err(|e| LoadError::Finish(Box::new(e)))?;
    Ok(tally)
}

/// Reads a checked input again and hands each graph, whole, to the writer. A graph in one run
/// of lines (as `extract` and `dump` write them) goes as soon as the run ends, so memory holds
/// one graph; a scattered one is gathered until the end of the input.
fn load_input(
    input: &Input,
    plan: &Plan,
    writer: &mut Writer<'_>,
    tally: &mut LoadTally,
    progress: &dyn Fn(),
) -> Result<(), LoadError> {
    let name = input.name();
    let mut run: Vec<Quad> = Vec::new();
    let mut held: Vec<Vec<Quad>> = Vec::new();
    let mut held_at: HashMap<GraphName, usize> = HashMap::new();
    let mut write = |quads: Vec<Quad>, tally: &mut LoadTally| -> Result<(), LoadError> {
        let Some(graph) = quads.first().map(|q| q.graph_name.clone()) else {
            return Ok(());
        };
        let outcome =
            writer
                .add_graph(graph.clone(), quads)
                .map_err(|source| LoadError::Store {
                    graph: graph.to_string(),
                    name: name.clone(),
                    source: Box::new(source),
                })?;
        tally.graphs.count(outcome);
        progress();
        Ok(())
    };
    for quad in input.quads()? {
        let quad = quad.map_err(|e| parse_error(&name, e))?;
        if is_vocabulary(&quad.graph_name) {
            tally.vocabulary += 1;
        } else if plan.scattered.contains(&quad.graph_name) {
            let at = *held_at.entry(quad.graph_name.clone()).or_insert_with(|| {
                held.push(Vec::new());
                held.len() - 1
            });
            held[at].push(quad);
        } else {
            if run.first().is_some_and(|q| q.graph_name != quad.graph_name) {
                write(std::mem::take(&mut run), tally)?;
            }
            run.push(quad);
        }
    }
    write(run, tally)?;
    for quads in held {
        write(quads, tally)?;
    }
    Ok(())
}
