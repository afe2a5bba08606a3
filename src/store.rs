//! The persistent knowledge graph: an embedded oxigraph store (RocksDB) holding one named graph
//! per article, the ontology and the measure vocabulary in graphs of their own.
//!
//! Each article is written in one transaction: all of it or nothing, so a process killed in the
//! middle of an ingest leaves every article whole or absent. Only this module touches the
//! oxigraph `Store`.

use crate::claim::Mention;
use crate::corpus::Article;
use crate::rdf;
use crate::vocab::{self, cg};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNodeRef, Quad, QuadRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The ontology and the measure vocabulary, compiled in.
const ONTOLOGY_TTL: &str = include_str!("../ontology/claimgraph.ttl");
const MEASURES_TTL: &str = include_str!("../ontology/measures.ttl");

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
    #[error("{0}")]
    Query(String),
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

    fn graph_len(&self, graph: NamedNodeRef<'_>) -> Result<usize, StoreError> {
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

    fn replace_graph(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<(), StoreError> {
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        tx.clear_graph(graph).map_err(|e| self.storage(e))?;
        tx.extend(quads.iter().map(QuadRef::from));
        tx.commit().map_err(|e| self.storage(e))
    }

    /// Writes an article's graph: unchanged articles are left alone, changed ones replaced, in
    /// one transaction.
    pub fn ingest(&self, article: &Article, mentions: &[Mention]) -> Result<Ingested, StoreError> {
        let graph = rdf::article_graph(&article.id);
        let subject = rdf::article_iri(&article.id);
        let hash = rdf::sha256_hex(&article.text);
        let stored_hash = self.literal(&subject, cg::SHA256, graph.as_ref())?;
        let stored_extractor = self.literal(&subject, cg::EXTRACTOR, graph.as_ref())?;
        if stored_hash.as_deref() == Some(hash.as_str())
            && stored_extractor.as_deref() == Some(rdf::EXTRACTOR)
        {
            return Ok(Ingested::Unchanged {
                quads: self.graph_len(graph.as_ref())?,
            });
        }
        let quads = rdf::article_quads(article, mentions);
        self.replace_graph(graph.as_ref(), &quads)?;
        Ok(match stored_hash {
            None => Ingested::New { quads: quads.len() },
            Some(_) => Ingested::Replaced { quads: quads.len() },
        })
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

    /// The number of quads in an article's graph, if it is in the store.
    pub fn article_len(&self, id: &str) -> Result<usize, StoreError> {
        self.graph_len(rdf::article_graph(id).as_ref())
    }

    /// The claim count recorded with an article, if it is in the store.
    pub fn article_claim_count(&self, id: &str) -> Result<Option<usize>, StoreError> {
        let v = self.literal(
            &rdf::article_iri(id),
            cg::CLAIM_COUNT,
            rdf::article_graph(id).as_ref(),
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
