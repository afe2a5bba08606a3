//! What a person reads or draws of an analysis: the consistency [`report`] (Markdown, HTML,
//! JSON, CSV) and the claim [`graph`] views (DOT, node-link JSON, SVG and PNG via Graphviz);
//! [`text`] fits text into tables.

pub mod graph;
pub mod report;
pub mod text;
