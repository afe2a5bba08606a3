//! The persistent knowledge graph: an embedded oxigraph store (RocksDB) holding one named graph
//! per article, the ontology and the measure vocabulary in graphs of their own.
//!
//! Every article is written all or nothing, so a process killed in the middle of an ingest leaves
//! each article whole or absent. Articles new to the store go through oxigraph's bulk loader in
//! batches ([`Writer`]): it writes sorted files that RocksDB takes in with one atomic step, many
//! times faster than a transaction per article. An article already in the store with other text
//! is replaced in a transaction of its own, which clears its old graph first. `claimgraph load`
//! hands the same writer whole graphs read from N-Quads files ([`Writer::add_graph`]), so a
//! store loaded from `extract --format nquads` is the store ingest makes. Only this module
//! touches the oxigraph `Store`.
//!
//! One file, over 1,000 lines, because it is the one module that touches the oxigraph `Store`: the
//! writer, the readers, the queries and the findings graph share its error mapping and graph
//! naming.

use crate::model::article::Article;
use crate::model::article::Source;
use crate::model::claim::Mention;
use crate::model::iri;
use crate::model::vocab::{self, cg};
use crate::rdf;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term, Triple,
};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator, UpdateEvaluationError,
};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use rustc_hash::FxHashSet as HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The most quads of new articles a [`Writer`] gathers before it loads them, however many
/// articles they come from: oxigraph's own bulk-load batch. Each load lands as one more table
/// file per index that RocksDB must merge with what is already there (the keys of every index
/// are hashes, spread over the whole key space), so fewer, larger loads cost less: measured on
/// 15,000 articles into one store on two cores, batches of 1,000,000 quads took 40 % less time
/// than batches of 250,000 (at 100,000 articles on one core, no less). The gathered quads and
/// the loader's encoding and sorting of them take about 1 GiB at the peak, whatever the store
/// holds.
const BATCH_QUADS: usize = 1_000_000;

/// How many new articles a [`Writer`] gathers by default before it loads them: enough that
/// [`BATCH_QUADS`] decides for news articles (a thousand or more fill it).
pub const DEFAULT_BATCH_ARTICLES: u32 = 100_000;

/// The largest difference [`ClaimStore::write_findings`] writes in one transaction. Every quad
/// of a transaction costs lookups and an entry in its in-memory index (about 65 µs a quad
/// removed, measured); the bulk loader is many times faster for more.
const FINDINGS_TRANSACTION_QUADS: usize = 20_000;

/// Gives quads to the sink it is passed, the same quads each time it is called.
pub type QuadEmitter<'a> = dyn Fn(&mut dyn FnMut(Quad)) + 'a;

/// How many new finding quads are handed to the bulk loader at a time: the loader sorts and
/// encodes a batch in memory, so a batch bounds what the write holds beside the analysis.
const FINDINGS_BATCH_QUADS: usize = 500_000;

/// Files the bulk loader names `bulk-<random>.sst` in the store's directory; a process killed
/// before it committed leaves them behind, and RocksDB never reads them.
const BULK_FILE_PREFIX: &str = "bulk-";

/// The ontology and the measure vocabulary, compiled in.
const ONTOLOGY_TTL: &str = include_str!("../../ontology/claimgraph.ttl");
const MEASURES_TTL: &str = include_str!("../../ontology/measures.ttl");

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("{}: the store is in use by another process (close it, or use --store to pick another)", path.display())]
    InUse { path: PathBuf },
    #[error("{}: cannot open or create the store: {reason}", path.display())]
    CannotOpen { path: PathBuf, reason: String },
    #[error("{}: {source}", path.display())]
    Storage {
        path: PathBuf,
        #[source]
        source: StorageError,
    },
    #[error("{}: loading {articles} new articles ({first} to {last}), none of which was written: {source}", path.display())]
    Batch {
        path: PathBuf,
        articles: usize,
        first: String,
        last: String,
        #[source]
        source: StorageError,
    },
    #[error("{0}")]
    Query(String),
    /// A query or update that does not parse: the parser's message.
    #[error("{0}")]
    Syntax(String),
    /// An RDF document that does not parse, or does not fit where it was sent.
    #[error("{0}")]
    Data(String),
    /// Stopped by its cancellation token.
    #[error("the operation was cancelled")]
    Cancelled,
    /// A well-formed request the store will not carry out as asked: a graph to create that
    /// exists, one to drop that does not, a SERVICE or LOAD of something outside the store.
    #[error("{0}")]
    Refused(String),
    #[error("writing the output: {0}")]
    Output(#[from] std::io::Error),
}

/// What ingesting one article did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ingested {
    /// Not in the store before.
    New { quads: usize },
    /// In the store with other text (or from another extractor version): its graph replaced.
    Replaced { quads: usize },
    /// The same text, extracted by the same version: nothing written.
    Unchanged { quads: usize },
}

impl Ingested {
    pub fn quads(self) -> usize {
        match self {
            Ingested::New { quads }
            | Ingested::Replaced { quads }
            | Ingested::Unchanged { quads } => quads,
        }
    }
}

/// The claim graph on disk.
pub struct ClaimStore {
    store: Store,
    path: PathBuf,
}

impl ClaimStore {
    /// Opens (or creates) the store in `path`, for writing.
    pub fn open(path: &Path) -> Result<ClaimStore, StoreError> {
        if path.exists() && !path.is_dir() {
            return Err(StoreError::CannotOpen {
                path: path.to_owned(),
                reason: "not a directory".into(),
            });
        }
        if let Err(e) = std::fs::create_dir_all(path) {
            return Err(StoreError::CannotOpen {
                path: path.to_owned(),
                reason: e.to_string(),
            });
        }
        let store = Store::open(path).map_err(|e| open_error(path, e))?;
        // The lock is ours now, so no other writer can be mid-load: leftovers are garbage.
        remove_abandoned_bulk_files(path);
        Ok(ClaimStore {
            store,
            path: path.to_owned(),
        })
    }

    /// Opens an existing store for reading only (queries and dumps while another process may
    /// be writing).
    pub fn open_read_only(path: &Path) -> Result<ClaimStore, StoreError> {
        if !path.is_dir() {
            return Err(StoreError::CannotOpen {
                path: path.to_owned(),
                reason: "no store here (run claimgraph ingest first)".into(),
            });
        }
        let store = Store::open_read_only(path).map_err(|e| open_error(path, e))?;
        Ok(ClaimStore {
            store,
            path: path.to_owned(),
        })
    }

    fn storage(&self, source: StorageError) -> StoreError {
        StoreError::Storage {
            path: self.path.clone(),
            source,
        }
    }

    /// Writes the ontology and the measure vocabulary into their graphs, replacing what was
    /// there, in one transaction; does nothing when they are already as compiled in.
    pub fn install_vocabularies(&self) -> Result<(), StoreError> {
        for (graph, ttl) in [
            (vocab::ONTOLOGY_GRAPH, ONTOLOGY_TTL),
            (vocab::MEASURES_GRAPH, MEASURES_TTL),
        ] {
            let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
                .for_reader(ttl.as_bytes())
                .map(|q| q.map(|q| Quad::new(q.subject, q.predicate, q.object, graph.into_owned())))
                .collect::<Result<_, _>>()
                .map_err(|e| {
                    StoreError::Query(format!("compiled-in vocabulary does not parse: {e}"))
                })?;
            let present = self.graph_len(graph)?;
            if present == quads.len()
                && quads
                    .iter()
                    .all(|q| self.store.contains(q).unwrap_or(false))
            {
                continue;
            }
            self.replace_graph(graph, &quads)?;
        }
        Ok(())
    }

    fn graph_len<'g>(&self, graph: impl Into<GraphNameRef<'g>>) -> Result<usize, StoreError> {
        let mut n = 0;
        for q in self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            q.map_err(|e| self.storage(e))?;
            n += 1;
        }
        Ok(n)
    }

    fn replace_graph<'g>(
        &self,
        graph: impl Into<GraphNameRef<'g>>,
        quads: &[Quad],
    ) -> Result<(), StoreError> {
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        tx.clear_graph(graph).map_err(|e| self.storage(e))?;
        tx.extend(quads.iter().map(QuadRef::from));
        tx.commit().map_err(|e| self.storage(e))
    }

    /// Writes one article's graph: unchanged articles are left alone, changed ones replaced, new
    /// ones added. For many articles a [`Writer`] is much faster.
    pub fn ingest(&self, article: &Article, mentions: &[Mention]) -> Result<Ingested, StoreError> {
        let mut writer = self.writer(1);
        let outcome = writer.add(article, mentions)?;
        writer.finish()?;
        Ok(outcome)
    }

    /// A writer that loads new articles in batches of up to `batch` articles.
    pub fn writer(&self, batch: usize) -> Writer<'_> {
        Writer {
            store: self,
            batch: batch.max(1),
            pending: Vec::new(),
            pending_ids: Vec::new(),
            pending_graphs: HashSet::default(),
        }
    }

    /// What the store holds for an article: unchanged (with its quad count), stale, or nothing.
    fn stored_state(&self, article: &Article) -> Result<StoredState, StoreError> {
        let graph = iri::article_graph(&article.id);
        let subject = iri::article_iri(&article.id);
        let state = self.digest_state(
            graph.as_ref(),
            &subject,
            &rdf::sha256_hex(&article.text),
            rdf::EXTRACTOR,
        )?;
        // An article stored before articles kept their story features is written again, so
        // that ingesting a corpus again gives an older store what grouping reads.
        if let StoredState::Unchanged { .. } = state {
            if self
                .literal(&subject, cg::STORY_FEATURES, graph.as_ref())?
                .is_none()
            {
                return Ok(StoredState::Stale { had_hash: true });
            }
        }
        Ok(state)
    }

    /// What the store holds in an article's graph, against the text digest and extractor
    /// version of the article about to be written: the check [`stored_state`](Self::stored_state)
    /// makes for ingest, and `load` for an article graph read from a file.
    fn digest_state(
        &self,
        graph: NamedNodeRef<'_>,
        subject: &NamedNode,
        hash: &str,
        extractor: &str,
    ) -> Result<StoredState, StoreError> {
        let stored_hash = self.literal(subject, cg::SHA256, graph)?;
        let Some(stored_hash) = stored_hash else {
            // An article's graph always carries its hash; without one it may still hold quads
            // written by hand, which a bulk load would merge with rather than replace.
            return Ok(if self.graph_is_empty(graph)? {
                StoredState::Absent
            } else {
                StoredState::Stale { had_hash: false }
            });
        };
        let stored_extractor = self.literal(subject, cg::EXTRACTOR, graph)?;
        if stored_hash == hash && stored_extractor.as_deref() == Some(extractor) {
            Ok(StoredState::Unchanged {
                quads: self.graph_len(graph)?,
            })
        } else {
            Ok(StoredState::Stale { had_hash: true })
        }
    }

    /// What the store holds under a graph read from a file by `load`. A graph of an article
    /// (named as [`iri::article_graph`] names it, carrying the article's digest and extractor
    /// version) is unchanged when the store has the same digest, version and number of quads,
    /// the cheap check ingest makes, so loading a file twice writes nothing the second time.
    /// Any other graph has no digest: it is absent when the store holds nothing under its name,
    /// unchanged when the store holds exactly its quads (a lookup per quad, as
    /// [`install_vocabularies`](Self::install_vocabularies) checks), else stale, and replaced.
    fn loaded_state(
        &self,
        graph: GraphNameRef<'_>,
        quads: &[Quad],
    ) -> Result<StoredState, StoreError> {
        if let GraphNameRef::NamedNode(g) = graph {
            if let Some(subject) = article_of_graph(g) {
                let hash = literal_in(quads, &subject, cg::SHA256);
                let extractor = literal_in(quads, &subject, cg::EXTRACTOR);
                if let (Some(hash), Some(extractor)) = (hash, extractor) {
                    return Ok(match self.digest_state(g, &subject, hash, extractor)? {
                        StoredState::Unchanged { quads: n } if n != quads.len() => {
                            StoredState::Stale { had_hash: true }
                        }
                        state => state,
                    });
                }
            }
        }
        if self.graph_is_empty(graph)? {
            return Ok(StoredState::Absent);
        }
        let stored = self.graph_len(graph)?;
        if stored == quads.len() {
            let mut all = true;
            for q in quads {
                if !self.store.contains(q).map_err(|e| self.storage(e))? {
                    all = false;
                    break;
                }
            }
            if all {
                return Ok(StoredState::Unchanged { quads: stored });
            }
        }
        Ok(StoredState::Stale { had_hash: true })
    }

    fn graph_is_empty<'g>(&self, graph: impl Into<GraphNameRef<'g>>) -> Result<bool, StoreError> {
        match self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .next()
        {
            None => Ok(true),
            Some(q) => q.map(|_| false).map_err(|e| self.storage(e)),
        }
    }

    /// Loads quads of graphs that are not in the store yet, all of them or none.
    fn bulk_load(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let mut loader = self.store.bulk_loader().with_num_threads(1);
        loader.load_quads(quads).map_err(|e| self.storage(e))?;
        loader.commit().map_err(|e| self.storage(e))
    }

    fn literal(
        &self,
        s: &oxigraph::model::NamedNode,
        p: NamedNodeRef<'_>,
        g: NamedNodeRef<'_>,
    ) -> Result<Option<String>, StoreError> {
        let first = self
            .store
            .quads_for_pattern(
                Some(s.as_ref().into()),
                Some(p),
                None,
                Some(GraphNameRef::NamedNode(g)),
            )
            .next();
        match first {
            Some(q) => match q.map_err(|e| self.storage(e))?.object {
                Term::Literal(l) => Ok(Some(l.value().to_owned())),
                _ => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.storage(e))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store.is_empty().map_err(|e| self.storage(e))
    }

    /// Runs a SPARQL query; the results borrow the store.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'_>, StoreError> {
        let prepared = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| StoreError::Query(format!("malformed query: {e}")))?;
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Query(e.to_string()))
    }

    /// Writes the dataset (or one graph) in an RDF format. Formats without named graphs get the
    /// union of all graphs unless a graph is named.
    pub fn dump(
        &self,
        format: RdfFormat,
        graph: Option<NamedNodeRef<'_>>,
        out: impl Write,
    ) -> Result<(), StoreError> {
        let mut serializer = RdfSerializer::from_format(format).for_writer(out);
        let pattern = graph.map(GraphNameRef::NamedNode);
        for quad in self.store.quads_for_pattern(None, None, None, pattern) {
            let quad = quad.map_err(|e| self.storage(e))?;
            if format.supports_datasets() {
                serializer.serialize_quad(&quad)?;
            } else {
                serializer.serialize_triple(quad.as_ref())?;
            }
        }
        serializer.finish()?;
        Ok(())
    }

    /// Every article in the store as a source, with its claims (articles sorted by id, claims
    /// in text order).
    pub fn claims(&self) -> Result<(Vec<Source>, Vec<Mention>), StoreError> {
        let prefix = iri::article_graph("");
        let mut graphs: Vec<oxigraph::model::NamedNode> = Vec::new();
        for g in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = g.map_err(|e| self.storage(e))? {
                if n.as_str().starts_with(prefix.as_str()) {
                    graphs.push(n);
                }
            }
        }
        graphs.sort_unstable();
        // Graphs are read on all cores: decoding quads is a lookup per string, which took half
        // of a report's time at 10,000 articles on one.
        let read: Vec<Option<(Source, Vec<Mention>)>> = graphs
            .par_iter()
            .map(|g| Ok(rdf::read_article_graph(&self.graph_quads(g)?)))
            .collect::<Result<_, StoreError>>()?;
        let mut sources = Vec::with_capacity(read.len());
        let mut mentions = Vec::new();
        for (source, claims) in read.into_iter().flatten() {
            sources.push(source);
            mentions.extend(claims);
        }
        sources.sort_by(|a, b| a.doc.cmp(&b.doc));
        Ok((sources, mentions))
    }

    /// The quads of one named graph, see [`ClaimStore::each_graph_quad`].
    fn graph_quads(&self, g: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        let mut quads = Vec::new();
        self.each_graph_quad(g.as_ref(), &mut |q| quads.push(q))?;
        Ok(quads)
    }

    /// Gives each quad of one named graph to `each`. Read by a query rather than
    /// `quads_for_pattern`, which decodes the graph name of every quad, a RocksDB lookup each:
    /// the query decodes only the subject, predicate and object it returns, and the name is
    /// known. Such lookups were over 70 % of a report at 10,000 articles, the graph name about
    /// a quarter of them.
    fn each_graph_quad(
        &self,
        g: NamedNodeRef<'_>,
        each: &mut dyn FnMut(Quad),
    ) -> Result<(), StoreError> {
        let query = format!(
            "SELECT ?s ?p ?o WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
            g.as_str()
        );
        let QueryResults::Solutions(rows) = self.query(&query)? else {
            return Err(StoreError::Query(format!("no solutions reading graph {g}")));
        };
        for row in rows {
            let row = row.map_err(|e| StoreError::Query(e.to_string()))?;
            let subject: NamedOrBlankNode = match row.get(0) {
                Some(Term::NamedNode(n)) => n.clone().into(),
                Some(Term::BlankNode(b)) => b.clone().into(),
                _ => continue,
            };
            let (Some(Term::NamedNode(predicate)), Some(object)) = (row.get(1), row.get(2)) else {
                continue;
            };
            each(Quad::new(
                subject,
                predicate.clone(),
                object.clone(),
                g.into_owned(),
            ));
        }
        Ok(())
    }

    /// Makes the findings graph hold exactly these quads, writing only the difference: a report
    /// run again over the same articles writes nothing, and a few more articles change a few
    /// findings. A transaction that clears and rewrites the whole graph took 30 s at 10,000
    /// articles (over 400,000 quads, every removal a lookup), the bulk loader 2 s.
    ///
    /// A difference of up to [`FINDINGS_TRANSACTION_QUADS`] is written in one transaction. A
    /// larger one (the first report, or a rework of the analysis) in two atomic steps: the new
    /// quads bulk-loaded, then the stale ones removed; a reader in between sees both.
    pub fn write_findings(&self, quads: &[Quad]) -> Result<(), StoreError> {
        self.write_findings_from(&|sink| quads.iter().for_each(|q| sink(q.clone())))
    }

    /// [`ClaimStore::write_findings`] for quads that `emit` gives to the sink it is passed,
    /// the same quads (repeats allowed) each of the two times it is called: the store
    /// then holds digests of the quads, never the quads, so a large analysis writes in bounded
    /// memory.
    pub fn write_findings_from(&self, emit: &QuadEmitter) -> Result<(), StoreError> {
        let graph = vocab::FINDINGS_GRAPH;
        // Quads compared by a 128-bit digest, so neither graph is held whole.
        let digest = QuadDigest::new();
        let mut wanted: HashSet<u128> = HashSet::default();
        let mut stray: Option<Quad> = None;
        emit(&mut |q| {
            if q.graph_name.as_ref() != graph.into() {
                stray.get_or_insert(q);
            } else {
                wanted.insert(digest.of(&q));
            }
        });
        if let Some(stray) = stray {
            return Err(StoreError::Data(format!(
                "the finding quad {stray} is not in the findings graph"
            )));
        }
        // What the store holds already is struck off `wanted`, which leaves the digests of the
        // quads to write; a stored quad not wanted is stale.
        let mut stale: Vec<Quad> = Vec::new();
        self.each_graph_quad(graph, &mut |q| {
            if !wanted.remove(&digest.of(&q)) {
                stale.push(q);
            }
        })?;
        let count = wanted.len();
        // The quads to write, each once: a repeat finds its digest struck off already.
        let mut fresh = |each: &mut dyn FnMut(Quad)| {
            emit(&mut |q| {
                if wanted.remove(&digest.of(&q)) {
                    each(q);
                }
            });
        };
        if stale.len() + count <= FINDINGS_TRANSACTION_QUADS {
            let mut insert = Vec::with_capacity(count);
            fresh(&mut |q| insert.push(q));
            return self.change(&stale, &insert);
        }
        if count > 0 {
            let mut loader = self.store.bulk_loader().with_num_threads(1);
            let mut batch = Vec::new();
            let mut failed = None;
            fresh(&mut |q| {
                if failed.is_some() {
                    return;
                }
                batch.push(q);
                if batch.len() >= FINDINGS_BATCH_QUADS {
                    failed = loader.load_quads(std::mem::take(&mut batch)).err();
                }
            });
            if let Some(e) = failed {
                return Err(self.storage(e));
            }
            loader.load_quads(batch).map_err(|e| self.storage(e))?;
            loader.commit().map_err(|e| self.storage(e))?;
        }
        self.change(&stale, &[])
    }

    /// Removes some quads and inserts others, in one transaction (none for no change).
    fn change(&self, remove: &[Quad], insert: &[Quad]) -> Result<(), StoreError> {
        if remove.is_empty() && insert.is_empty() {
            return Ok(());
        }
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        for q in remove {
            tx.remove(q);
        }
        tx.extend(insert.iter().map(QuadRef::from));
        tx.commit().map_err(|e| self.storage(e))
    }

    /// The number of quads in an article's graph, if it is in the store.
    pub fn article_len(&self, id: &str) -> Result<usize, StoreError> {
        self.graph_len(iri::article_graph(id).as_ref())
    }

    /// The claim count recorded with an article, if it is in the store.
    pub fn article_claim_count(&self, id: &str) -> Result<Option<usize>, StoreError> {
        let v = self.literal(
            &iri::article_iri(id),
            cg::CLAIM_COUNT,
            iri::article_graph(id).as_ref(),
        )?;
        Ok(v.and_then(|v| v.parse().ok()))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes pending writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.storage(e))
    }
}

/// The dataset and limits of one SPARQL query, as the SPARQL 1.1 Protocol lets a request set
/// them.
#[derive(Clone, Default)]
pub struct QueryOptions {
    /// The IRI relative IRIs in the query resolve against.
    pub base_iri: Option<String>,
    /// `default-graph-uri`: the graphs merged into the default graph. With these or
    /// `named_graphs` given, the query's own FROM and FROM NAMED are overridden.
    pub default_graphs: Vec<NamedNode>,
    /// `named-graph-uri`: the graphs GRAPH may see.
    pub named_graphs: Vec<NamedNode>,
    /// Cancels the evaluation when fired, wherever it is.
    pub cancel: Option<CancellationToken>,
}

/// The dataset and limits of one SPARQL update (`using-graph-uri`, `using-named-graph-uri`).
#[derive(Clone, Default)]
pub struct UpdateOptions {
    pub base_iri: Option<String>,
    pub using_graphs: Vec<NamedNode>,
    pub using_named_graphs: Vec<NamedNode>,
    pub cancel: Option<CancellationToken>,
}

/// Access for the SPARQL endpoint: queries with a protocol dataset and a cancellation token,
/// updates, and the graphs of the Graph Store Protocol.
impl ClaimStore {
    /// Another handle on the same open store, for a thread of its own.
    pub fn share(&self) -> ClaimStore {
        ClaimStore {
            store: self.store.clone(),
            path: self.path.clone(),
        }
    }

    /// Parses and starts a query. Solutions are computed as they are read, so the token still
    /// cancels them then; the results own a snapshot of the store.
    pub fn evaluate(
        &self,
        sparql: &str,
        options: &QueryOptions,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = evaluator(options.base_iri.as_deref(), options.cancel.as_ref())?
            .parse_query(sparql)
            .map_err(|e| StoreError::Syntax(format!("malformed query: {e}")))?;
        if !options.default_graphs.is_empty() || !options.named_graphs.is_empty() {
            let dataset = prepared.dataset_mut();
            dataset.set_default_graph(
                options
                    .default_graphs
                    .iter()
                    .map(|g| GraphName::NamedNode(g.clone()))
                    .collect(),
            );
            dataset.set_available_named_graphs(
                options
                    .named_graphs
                    .iter()
                    .map(|g| NamedOrBlankNode::NamedNode(g.clone()))
                    .collect(),
            );
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(StoreError::from)
    }

    /// Runs a SPARQL update in one transaction: all of it is written, or nothing.
    pub fn update(&self, sparql: &str, options: &UpdateOptions) -> Result<(), StoreError> {
        let mut prepared = evaluator(options.base_iri.as_deref(), options.cancel.as_ref())?
            .parse_update(sparql)
            .map_err(|e| StoreError::Syntax(format!("malformed update: {e}")))?;
        if !options.using_graphs.is_empty() || !options.using_named_graphs.is_empty() {
            for using in prepared.using_datasets_mut() {
                // The protocol forbids both at once (SPARQL 1.1 Protocol, 2.2.3).
                if !using.is_default_dataset() {
                    return Err(StoreError::Syntax(
                        "using-graph-uri and using-named-graph-uri cannot be combined with USING or USING NAMED in the update".into(),
                    ));
                }
                using.set_default_graph(
                    options
                        .using_graphs
                        .iter()
                        .map(|g| GraphName::NamedNode(g.clone()))
                        .collect(),
                );
                using.set_available_named_graphs(
                    options
                        .using_named_graphs
                        .iter()
                        .map(|g| NamedOrBlankNode::NamedNode(g.clone()))
                        .collect(),
                );
            }
        }
        match prepared.on_store(&self.store).execute() {
            Ok(()) => Ok(()),
            // The evaluator reports a cancelled WHERE clause as an opaque error: the token says.
            Err(_) if options.cancel.as_ref().is_some_and(|t| t.is_cancelled()) => {
                Err(StoreError::Cancelled)
            }
            Err(UpdateEvaluationError::Storage(source)) => Err(self.storage(source)),
            Err(
                e @ (UpdateEvaluationError::GraphAlreadyExists(_)
                | UpdateEvaluationError::GraphDoesNotExist(_)
                | UpdateEvaluationError::GraphParsing(_)
                | UpdateEvaluationError::Service(_)
                | UpdateEvaluationError::UnsupportedService(_)
                | UpdateEvaluationError::InvalidServiceName(_)
                | UpdateEvaluationError::UnboundService
                | UpdateEvaluationError::UnsupportedContentType(_)),
            ) => Err(StoreError::Refused(e.to_string())),
            Err(e) => Err(StoreError::Query(e.to_string())),
        }
    }

    /// The named graphs (named by IRIs) that hold at least one quad, sorted: what `push` sends.
    pub fn filled_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for g in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(g) = g.map_err(|e| self.storage(e))? {
                let mut quads =
                    self.store
                        .quads_for_pattern(None, None, None, Some(g.as_ref().into()));
                if quads
                    .next()
                    .transpose()
                    .map_err(|e| self.storage(e))?
                    .is_some()
                {
                    graphs.push(g);
                }
            }
        }
        graphs.sort_unstable();
        Ok(graphs)
    }

    /// The triples of one named graph.
    pub fn graph_triples(&self, graph: NamedNodeRef<'_>) -> Result<Vec<Triple>, StoreError> {
        self.store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .map(|quad| quad.map(Triple::from).map_err(|e| self.storage(e)))
            .collect()
    }

    /// Whether a graph is in the store; the default graph always is.
    pub fn has_graph(&self, graph: GraphNameRef<'_>) -> Result<bool, StoreError> {
        match graph {
            GraphNameRef::DefaultGraph => Ok(true),
            GraphNameRef::NamedNode(g) => self
                .store
                .contains_named_graph(g)
                .map_err(|e| self.storage(e)),
            GraphNameRef::BlankNode(g) => self
                .store
                .contains_named_graph(g)
                .map_err(|e| self.storage(e)),
        }
    }

    /// Writes one graph: its quads in formats with named graphs, else its triples. Checks the
    /// token every few thousand quads.
    pub fn write_graph(
        &self,
        graph: GraphNameRef<'_>,
        format: RdfFormat,
        out: impl Write,
        cancel: Option<&CancellationToken>,
    ) -> Result<(), StoreError> {
        let mut serializer = RdfSerializer::from_format(format).for_writer(out);
        for (i, quad) in self
            .store
            .quads_for_pattern(None, None, None, Some(graph))
            .enumerate()
        {
            if i % 4096 == 0 && cancel.is_some_and(|t| t.is_cancelled()) {
                return Err(StoreError::Cancelled);
            }
            let quad = quad.map_err(|e| self.storage(e))?;
            if format.supports_datasets() {
                serializer.serialize_quad(&quad)?;
            } else {
                serializer.serialize_triple(quad.as_ref())?;
            }
        }
        serializer.finish()?;
        Ok(())
    }

    /// Replaces a graph with the triples of an RDF document, in one transaction; true when the
    /// graph was not in the store before.
    pub fn put_graph(
        &self,
        graph: GraphNameRef<'_>,
        format: RdfFormat,
        data: &[u8],
        base_iri: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.load_document(graph, format, data, base_iri, true)
    }

    /// Adds the triples of an RDF document to a graph, in one transaction; true when the graph
    /// was not in the store before.
    pub fn post_graph(
        &self,
        graph: GraphNameRef<'_>,
        format: RdfFormat,
        data: &[u8],
        base_iri: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.load_document(graph, format, data, base_iri, false)
    }

    /// Parses a document into a graph, replacing what it held or adding to it.
    fn load_document(
        &self,
        graph: GraphNameRef<'_>,
        format: RdfFormat,
        data: &[u8],
        base_iri: Option<&str>,
        replace: bool,
    ) -> Result<bool, StoreError> {
        let quads = parse_graph(graph, format, data, base_iri)?;
        let created = !self.has_graph(graph)?;
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        if let GraphNameRef::NamedNode(g) = graph {
            // An empty document still leaves the graph, empty, in the store.
            tx.insert_named_graph(g);
        }
        if replace {
            tx.clear_graph(graph).map_err(|e| self.storage(e))?;
        }
        tx.extend(quads.iter().map(QuadRef::from));
        tx.commit().map_err(|e| self.storage(e))?;
        Ok(created)
    }

    /// Removes a named graph, or empties the default graph; false when the named graph was not
    /// in the store.
    pub fn delete_graph(&self, graph: GraphNameRef<'_>) -> Result<bool, StoreError> {
        match graph {
            GraphNameRef::DefaultGraph => {
                self.store.clear_graph(graph).map_err(|e| self.storage(e))?;
                Ok(true)
            }
            GraphNameRef::NamedNode(g) => {
                let existed = self.has_graph(graph)?;
                if existed {
                    self.store
                        .remove_named_graph(g)
                        .map_err(|e| self.storage(e))?;
                }
                Ok(existed)
            }
            GraphNameRef::BlankNode(g) => {
                let existed = self.has_graph(graph)?;
                if existed {
                    self.store
                        .remove_named_graph(g)
                        .map_err(|e| self.storage(e))?;
                }
                Ok(existed)
            }
        }
    }
}

/// Query evaluation errors, also those met while reading solutions: cancellation and requests
/// for what is outside the store apart, for the caller to answer differently.
impl From<QueryEvaluationError> for StoreError {
    fn from(e: QueryEvaluationError) -> StoreError {
        match e {
            QueryEvaluationError::Cancelled => StoreError::Cancelled,
            e @ (QueryEvaluationError::Service(_)
            | QueryEvaluationError::UnsupportedService(_)
            | QueryEvaluationError::InvalidServiceName(_)
            | QueryEvaluationError::UnboundService) => StoreError::Refused(e.to_string()),
            other => StoreError::Query(other.to_string()),
        }
    }
}

/// The triples of an RDF document, put into `graph`. A document naming graphs of its own is
/// refused: a Graph Store request carries one graph.
fn parse_graph(
    graph: GraphNameRef<'_>,
    format: RdfFormat,
    data: &[u8],
    base_iri: Option<&str>,
) -> Result<Vec<Quad>, StoreError> {
    // Each document's blank nodes are its own: `_:x` here is not an `_:x` already stored.
    let mut parser = RdfParser::from_format(format).rename_blank_nodes();
    if let Some(base) = base_iri {
        parser = parser
            .with_base_iri(base)
            .map_err(|e| StoreError::Data(format!("invalid base IRI {base}: {e}")))?;
    }
    let mut quads = Vec::new();
    for quad in parser.for_slice(data) {
        let quad =
            quad.map_err(|e| StoreError::Data(format!("the {} body: {e}", format.name())))?;
        if !quad.graph_name.is_default_graph() {
            return Err(StoreError::Data(format!(
                "the {} body names the graph {}; a Graph Store request carries the triples of one graph",
                format.name(),
                quad.graph_name
            )));
        }
        quads.push(Quad::new(
            quad.subject,
            quad.predicate,
            quad.object,
            graph.into_owned(),
        ));
    }
    Ok(quads)
}

/// What the store holds for an article (or a graph read by `load`) about to be written.
enum StoredState {
    Absent,
    Unchanged {
        quads: usize,
    },
    /// Other text, another extractor version, or quads without a hash; for a graph read by
    /// `load`, any graph that is not empty in the store (`had_hash` true: reported replaced).
    Stale {
        had_hash: bool,
    },
}

/// Writes many articles: new ones are gathered and bulk-loaded in batches, each batch in one
/// atomic step; changed ones are replaced at once, each in its own transaction. Nothing
/// gathered is in the store until the batch is loaded, at the latest by [`Writer::finish`];
/// dropping a writer without finishing discards what it gathered.
pub struct Writer<'a> {
    store: &'a ClaimStore,
    batch: usize,
    pending: Vec<Quad>,
    /// The articles (or graphs, for `load`) gathered, in order, for error messages.
    pending_ids: Vec<String>,
    /// The graphs gathered: the same graph twice in one batch would merge two versions of it.
    pending_graphs: HashSet<GraphName>,
}

impl Writer<'_> {
    /// Adds one article's graph (see [`ClaimStore::ingest`] for what happens to it).
    pub fn add(&mut self, article: &Article, mentions: &[Mention]) -> Result<Ingested, StoreError> {
        self.add_article(article, || rdf::article_quads(article, mentions))
    }

    /// Adds one article's graph whose quads are already built ([`rdf::article_quads`]), as the
    /// parallel ingest builds them on other threads; see [`Writer::add`].
    pub fn add_article_quads(
        &mut self,
        article: &Article,
        quads: Vec<Quad>,
    ) -> Result<Ingested, StoreError> {
        self.add_article(article, || quads)
    }

    fn add_article(
        &mut self,
        article: &Article,
        quads: impl FnOnce() -> Vec<Quad>,
    ) -> Result<Ingested, StoreError> {
        let graph = GraphName::NamedNode(iri::article_graph(&article.id));
        if self.pending_graphs.contains(&graph) {
            self.flush()?;
        }
        match self.store.stored_state(article)? {
            StoredState::Unchanged { quads } => Ok(Ingested::Unchanged { quads }),
            state => self.write(graph, article.id.clone(), state, quads()),
        }
    }

    /// Adds one whole graph read from an RDF dataset (`claimgraph load`), with the semantics of
    /// [`Writer::add`], so that loading what `extract --format nquads` wrote gives what ingest
    /// gives: the graph replaces whatever the store holds under its name (new graphs in the
    /// next bulk batch, others in a transaction of their own), and an article graph whose
    /// digest, extractor version and size are those stored is left alone. Duplicate quads
    /// count once. Quads of another graph are refused, as they would escape the replacement.
    pub fn add_graph(
        &mut self,
        graph: GraphName,
        quads: Vec<Quad>,
    ) -> Result<Ingested, StoreError> {
        if let Some(stray) = quads.iter().find(|q| q.graph_name != graph) {
            return Err(StoreError::Data(format!(
                "the quad {stray} is not in the graph {graph} it was given with"
            )));
        }
        // Distinct quads: the unchanged check compares their number with the store's.
        let quads: Vec<Quad> = quads
            .into_iter()
            .collect::<HashSet<Quad>>()
            .into_iter()
            .collect();
        if self.pending_graphs.contains(&graph) {
            self.flush()?;
        }
        match self.store.loaded_state(graph.as_ref(), &quads)? {
            StoredState::Unchanged { quads } => Ok(Ingested::Unchanged { quads }),
            state => {
                let label = graph.to_string();
                self.write(graph, label, state, quads)
            }
        }
    }

    /// Replaces a stale graph at once, or gathers a new one for the next batch.
    fn write(
        &mut self,
        graph: GraphName,
        label: String,
        state: StoredState,
        quads: Vec<Quad>,
    ) -> Result<Ingested, StoreError> {
        let n = quads.len();
        match state {
            StoredState::Unchanged { quads } => Ok(Ingested::Unchanged { quads }),
            StoredState::Stale { had_hash } => {
                self.store.replace_graph(graph.as_ref(), &quads)?;
                Ok(if had_hash {
                    Ingested::Replaced { quads: n }
                } else {
                    Ingested::New { quads: n }
                })
            }
            StoredState::Absent => {
                self.pending.extend(quads);
                self.pending_ids.push(label);
                self.pending_graphs.insert(graph);
                if self.pending.len() >= BATCH_QUADS || self.pending_ids.len() >= self.batch {
                    self.flush()?;
                }
                Ok(Ingested::New { quads: n })
            }
        }
    }

    /// Loads what has been gathered.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let quads = std::mem::take(&mut self.pending);
        let ids = std::mem::take(&mut self.pending_ids);
        self.pending_graphs.clear();
        self.store.bulk_load(quads).map_err(|e| match e {
            StoreError::Storage { path, source } => StoreError::Batch {
                path,
                articles: ids.len(),
                first: ids.first().cloned().unwrap_or_default(),
                last: ids.last().cloned().unwrap_or_default(),
                source,
            },
            other => other,
        })
    }

    /// Loads what has been gathered and ends the writer.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.flush()
    }
}

/// An evaluator for a query or an update: its base IRI and its cancellation token.
fn evaluator(
    base_iri: Option<&str>,
    cancel: Option<&CancellationToken>,
) -> Result<SparqlEvaluator, StoreError> {
    let mut evaluator = SparqlEvaluator::new();
    if let Some(base) = base_iri {
        evaluator = evaluator
            .with_base_iri(base)
            .map_err(|e| StoreError::Syntax(format!("invalid base IRI {base}: {e}")))?;
    }
    if let Some(token) = cancel {
        evaluator = evaluator.with_cancellation_token(token.clone());
    }
    Ok(evaluator)
}

/// Removes bulk-load files a killed process left in the store's directory. Best effort: a file
/// that cannot be removed only wastes space.
fn remove_abandoned_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(BULK_FILE_PREFIX) && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The article IRI of an article graph's IRI (both end in the same encoded id), or `None` for a
/// graph that is not an article's.
fn article_of_graph(graph: NamedNodeRef<'_>) -> Option<NamedNode> {
    let id = graph
        .as_str()
        .strip_prefix(iri::article_graph("").as_str())?;
    if id.is_empty() {
        return None;
    }
    Some(NamedNode::new_unchecked(format!(
        "{}{id}",
        iri::article_iri("").as_str()
    )))
}

/// The value of the first literal `subject predicate "value"` among quads.
fn literal_in<'q>(
    quads: &'q [Quad],
    subject: &NamedNode,
    predicate: NamedNodeRef<'_>,
) -> Option<&'q str> {
    quads.iter().find_map(|q| match (&q.subject, &q.object) {
        (NamedOrBlankNode::NamedNode(s), Term::Literal(l))
            if s == subject && q.predicate == predicate =>
        {
            Some(l.value())
        }
        _ => None,
    })
}

fn open_error(path: &Path, e: StorageError) -> StoreError {
    let text = e.to_string();
    if text.contains("lock") || text.contains("Resource temporarily unavailable") {
        StoreError::InUse {
            path: path.to_owned(),
        }
    } else if text.contains("Permission denied") || text.contains("Read-only file system") {
        StoreError::CannotOpen {
            path: path.to_owned(),
            reason: text,
        }
    } else {
        StoreError::Storage {
            path: path.to_owned(),
            source: e,
        }
    }
}

/// A 128-bit digest of a quad: two SipHash functions with keys of their own, so that telling
/// apart the quads of a graph of millions never depends on 64 bits.
struct QuadDigest(std::hash::RandomState, std::hash::RandomState);

impl QuadDigest {
    fn new() -> QuadDigest {
        QuadDigest(std::hash::RandomState::new(), std::hash::RandomState::new())
    }

    fn of(&self, quad: &Quad) -> u128 {
        use std::hash::BuildHasher;
        (u128::from(self.0.hash_one(quad)) << 64) | u128::from(self.1.hash_one(quad))
    }
}
