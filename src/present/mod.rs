//! What a person reads or draws of an analysis: the consistency [`report`] (Markdown, HTML,
//! JSON, CSV), the claim [`graph`] views (DOT, node-link JSON, SVG and PNG via Graphviz) and
//! the findings graph's quads ([`findings_graph`]), all worded by [`finding`] (a figure's frame by
//! [`frame`]); [`text`] fits text into tables.

pub mod finding;
pub mod findings_graph;
pub mod frame;
pub mod graph;
pub mod report;
pub mod text;
