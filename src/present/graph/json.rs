//! A view as a node-link JSON document, the shape d3-force and networkx's `node_link_graph`
//! read: `{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source",
//! "target", ...}]}`, where ids are the IRIs of what the nodes stand for in the store.

use super::{Tally, View};
use petgraph::visit::EdgeRef;
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphInfo<'a>,
    nodes: Vec<Node<'a>>,
    links: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct GraphInfo<'a> {
    view: &'a str,
    clusters: Vec<Cluster<'a>>,
}

#[derive(Serialize)]
struct Cluster<'a> {
    id: &'a str,
    label: &'a str,
    tooltip: &'a str,
    /// The id of the cluster (story) this one is drawn inside.
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
}

#[derive(Serialize)]
struct Node<'a> {
    id: &'a str,
    kind: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    tooltip: &'a str,
    /// The id of the cluster the node is drawn in: a claim's article, an article's story.
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<&'a str>,
}

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    label: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    tooltip: &'a str,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    tally: Option<Counts>,
}

#[derive(Serialize)]
struct Counts {
    weight: usize,
    agree: usize,
    compatible: usize,
    conflict: usize,
}

impl From<Tally> for Counts {
    fn from(t: Tally) -> Counts {
        Counts {
            weight: t.total(),
            agree: t.agree,
            compatible: t.compatible,
            conflict: t.conflict,
        }
    }
}

/// The JSON text of a view.
pub fn write(view: &View) -> String {
    let g = &view.graph;
    let doc = Document {
        directed: view.directed,
        // Two claims of one article may stand to each other in more than one slot.
        multigraph: true,
        graph: GraphInfo {
            view: view.kind.as_str(),
            clusters: view
                .clusters
                .iter()
                .map(|c| Cluster {
                    id: &c.id,
                    label: &c.label,
                    tooltip: &c.tooltip,
                    parent: c.parent.map(|p| view.clusters[p].id.as_str()),
                })
                .collect(),
        },
        nodes: g
            .node_indices()
            .map(|n| {
                let node = &g[n];
                Node {
                    id: &node.id,
                    kind: node.kind.as_str(),
                    label: &node.label,
                    tooltip: &node.tooltip,
                    group: node.cluster.map(|c| view.clusters[c].id.as_str()),
                    verdict: node.verdict.map(|v| v.as_str()),
                }
            })
            .collect(),
        links: g
            .edge_references()
            .map(|e| Link {
                source: &g[e.source()].id,
                target: &g[e.target()].id,
                kind: e.weight().kind.as_str(),
                label: &e.weight().label,
                tooltip: &e.weight().tooltip,
                tally: e.weight().tally.map(Counts::from),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&doc).expect("a view serialises");
    text.push('\n');
    text
}
