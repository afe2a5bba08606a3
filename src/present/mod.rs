//! What a person reads or draws of an analysis: the consistency [`report`] (Markdown, HTML,
//! JSON, CSV) and the claim [`graph`] views (DOT, node-link JSON, SVG and PNG via Graphviz).

pub mod graph;
pub mod report;
