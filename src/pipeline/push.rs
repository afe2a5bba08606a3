//! `claimgraph push`: every named graph of the local store (articles, ontology, measures,
//! findings) sent to an external SPARQL store, one graph at a time, through [`Remote`].

use crate::remote::{Remote, RemoteError, Sent};
use crate::store::{ClaimStore, StoreError};
use oxigraph::model::NamedNode;

/// What stopped a push; the graphs sent before it stay sent (each PUT is whole).
#[derive(Debug, thiserror::Error)]
// The sources are boxed: store and remote errors are large, and most results are `Ok`.
pub enum PushError {
    #[error("listing the graphs: {0}")]
    List(#[source] Box<StoreError>),
    #[error("reading {graph}: {source}")]
    Read {
        graph: NamedNode,
        #[source]
        source: Box<StoreError>,
    },
    #[error("pushing {graph}: {source}")]
    Send {
        graph: NamedNode,
        #[source]
        source: Box<RemoteError>,
    },
}

/// Sends every named graph of `store` to `remote`; returns how many were left out as empty.
/// What was sent is in `remote.tally()`.
pub fn push(store: &ClaimStore, remote: &mut Remote) -> Result<usize, PushError> {
    let graphs = store
        .filled_graphs()
        .map_err(|e| PushError::List(Box::new(e)))?;
    let mut empty = 0;
    for graph in graphs {
        let triples = match store.graph_triples(graph.as_ref()) {
            Ok(triples) => triples,
            Err(source) => {
                return Err(PushError::Read {
                    graph,
                    source: Box::new(source),
                })
            }
        };
        match remote.put_graph(graph.as_ref(), &triples) {
            Ok(Sent::Empty) => empty += 1,
            Ok(_) => {}
            Err(source) => {
                return Err(PushError::Send {
                    graph,
                    source: Box::new(source),
                })
            }
        }
    }
    Ok(empty)
}
