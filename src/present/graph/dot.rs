//! A view as Graphviz DOT. The output is deterministic (clusters, nodes and edges in the view's
//! order) and plain ASCII: every string is quoted and escaped here, so quotes, backslashes,
//! newlines and any character outside ASCII (written as an HTML entity, which Graphviz decodes)
//! come out in the picture as they were in the article.

use super::{EdgeKind, NodeKind, Verdict, View, ViewEdge, ViewKind, ViewNode};
use petgraph::visit::EdgeRef;
use std::fmt::Write as _;

/// The DOT text of a view.
pub fn write(view: &View) -> String {
    // Room for the whole text at once: growing a 100 MB string copies it over and over.
    let mut out =
        String::with_capacity(1024 + view.graph.node_count() * 320 + view.graph.edge_count() * 480);
    let (keyword, arrow) = if view.directed {
        ("digraph", "->")
    } else {
        ("graph", "--")
    };
    let _ = writeln!(out, "{keyword} {} {{", view.kind.as_str());
    let graph_attrs = match view.kind {
        // Hundreds of sources read better spread out than ranked. neato draws no story boxes
        // (fdp would, at a hundred times the time on 341 articles), but claims are compared
        // within stories only, so a story's articles are one component and lie together.
        ViewKind::Sources => "layout=neato, overlap=false, splines=true, sep=\"+12\"",
        ViewKind::Claims => "rankdir=LR, compound=true, newrank=true, ranksep=0.6",
        ViewKind::Slot => "rankdir=LR",
    };
    let _ = writeln!(
        out,
        "  graph [{graph_attrs}, fontname=\"Helvetica\", fontsize=11];"
    );
    out.push_str("  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"white\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"gray55\"];\n");

    // Each cluster's nodes and inner clusters, looked up once.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); view.clusters.len()];
    for n in view.graph.node_indices() {
        if let Some(c) = view.graph[n].cluster {
            members[c].push(n.index());
        }
    }
    let mut inner: Vec<Vec<usize>> = vec![Vec::new(); view.clusters.len()];
    for (c, cluster) in view.clusters.iter().enumerate() {
        if let Some(p) = cluster.parent {
            inner[p].push(c);
        }
    }
    for (c, cluster) in view.clusters.iter().enumerate() {
        if cluster.parent.is_none() {
            write_cluster(&mut out, view, c, &members, &inner, 1);
        }
    }
    for n in view.graph.node_indices() {
        if view.graph[n].cluster.is_none() {
            out.push_str("  ");
            node(&mut out, n.index(), &view.graph[n]);
        }
    }
    for e in view.graph.edge_references() {
        let _ = write!(
            out,
            "  n{} {arrow} n{} ",
            e.source().index(),
            e.target().index()
        );
        edge(&mut out, view.kind, e.weight());
    }
    out.push_str("}\n");
    out
}

/// Cluster `c` with its inner clusters (a story's articles) and its nodes, indented by `depth`.
fn write_cluster(
    out: &mut String,
    view: &View,
    c: usize,
    members: &[Vec<usize>],
    inner: &[Vec<usize>],
    depth: usize,
) {
    let indent = "  ".repeat(depth);
    let cluster = &view.clusters[c];
    let _ = writeln!(out, "{indent}subgraph cluster_{c} {{");
    // A story's box is drawn apart from its articles' boxes: dashed, its name in bold.
    let style = if inner[c].is_empty() {
        "style=\"rounded\", color=\"gray60\""
    } else {
        "style=\"rounded,dashed\", color=\"gray40\", fontname=\"Helvetica-Bold\""
    };
    let _ = writeln!(
        out,
        "{indent}  graph [label={}, tooltip={}, {style}, id={}];",
        quote(&cluster.label),
        quote(&cluster.tooltip),
        quote(&cluster.id)
    );
    for &child in &inner[c] {
        write_cluster(out, view, child, members, inner, depth + 1);
    }
    for &n in &members[c] {
        out.push_str(&indent);
        out.push_str("  ");
        node(out, n, &view.graph[petgraph::graph::NodeIndex::new(n)]);
    }
    let _ = writeln!(out, "{indent}}}");
}

fn node(out: &mut String, index: usize, n: &ViewNode) {
    let style = match n.kind {
        NodeKind::Claim => "",
        NodeKind::Article => "shape=note, style=\"filled\", fillcolor=\"gray95\", ",
        NodeKind::Publisher => "shape=house, style=\"filled\", fillcolor=\"gray90\", ",
        NodeKind::Speaker => "shape=ellipse, style=\"filled\", fillcolor=\"lightsteelblue1\", ",
        NodeKind::Slot => "shape=hexagon, style=\"filled\", fillcolor=\"lightyellow\", ",
        NodeKind::Finding | NodeKind::Source => "",
    };
    let fill = match (n.kind, n.verdict) {
        (NodeKind::Finding | NodeKind::Source, Some(v)) => {
            format!("fillcolor=\"{}\", ", fill_color(v))
        }
        (NodeKind::Finding, None) => "fillcolor=\"gray95\", ".to_owned(),
        _ => String::new(),
    };
    let shape = if n.kind == NodeKind::Finding {
        "shape=octagon, style=\"filled\", "
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "n{index} [label={}, tooltip={}, id={}, class=\"{}\"{}];",
        quote(&n.label),
        quote(if n.tooltip.is_empty() {
            &n.label
        } else {
            &n.tooltip
        }),
        quote(&n.id),
        n.kind.as_str(),
        format!(", {style}{shape}{fill}").trim_end_matches(", ")
    );
}

fn edge(out: &mut String, view: ViewKind, e: &ViewEdge) {
    let style = match e.kind {
        EdgeKind::StatedIn => "arrowsize=0.6",
        EdgeKind::PublishedBy => "arrowsize=0.6",
        EdgeKind::StatedBy => "style=dashed, arrowhead=none, color=\"steelblue\"",
        EdgeKind::About => "style=dotted, arrowsize=0.6",
        EdgeKind::Judges => "style=bold, arrowsize=0.6",
        EdgeKind::ConflictsWith => {
            "color=\"red\", fontcolor=\"red\", style=bold, penwidth=2.5, dir=none"
        }
        EdgeKind::CompatibleWith => "color=\"darkorange\", style=dashed, penwidth=1.5, dir=none",
        EdgeKind::AgreesWith => "color=\"forestgreen\", penwidth=1.5, dir=none",
    };
    // A sources edge's width says how many slots it counts, whatever its verdict.
    let style = match e.tally {
        Some(_) => style
            .replace(", penwidth=2.5", "")
            .replace(", penwidth=1.5", ""),
        None => style.to_owned(),
    };
    let mut attrs = format!("class=\"{}\", {style}", e.kind.as_str());
    if !e.label.is_empty() {
        let _ = write!(attrs, ", label={}", quote(&e.label));
    }
    if !e.tooltip.is_empty() {
        let _ = write!(attrs, ", tooltip={}", quote(&e.tooltip));
    }
    if let Some(t) = e.tally {
        // Thicker for more shared slots, but never so thick that it hides the others.
        let width = (1.0 + 1.5 * (t.total() as f64).ln()).min(8.0);
        let _ = write!(attrs, ", penwidth={width:.2}, weight={}", t.total());
    } else if view == ViewKind::Claims
        && matches!(
            e.kind,
            EdgeKind::ConflictsWith | EdgeKind::CompatibleWith | EdgeKind::AgreesWith
        )
    {
        // Verdicts cross articles: they must not pull the boxes out of shape.
        attrs.push_str(", constraint=false");
    }
    let _ = writeln!(out, "[{attrs}];");
}

fn fill_color(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "#f8d0d0",
        Verdict::Compatible => "#fbe6c2",
        Verdict::Agree => "#d5f0d5",
        Verdict::Uncorroborated => "gray95",
    }
}

/// A DOT double-quoted string. Inside it, Graphviz reads `\"` as a quote and, in labels and
/// tooltips, `\\` as a backslash and `\n` as a line break (other backslash sequences such as
/// `\N` are placeholders, which is why every backslash is doubled), and decodes HTML entities;
/// so `&` and every non-ASCII character are written as entities.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    // Runs of characters that need nothing are copied whole.
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\t' => " ",
            '&' => "&amp;",
            ' '..='~' => continue,
            _ => "",
        };
        out.push_str(&s[plain..i]);
        plain = i + c.len_utf8();
        if !escaped.is_empty() {
            out.push_str(escaped);
        } else if !c.is_ascii() {
            let _ = write!(out, "&#{};", c as u32);
        }
        // Other ASCII control characters (CR among them) are dropped.
    }
    out.push_str(&s[plain..]);
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quote_escapes_what_graphviz_would_read_otherwise() {
        assert_eq!(quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quote(r"C:\N"), r#""C:\\N""#);
        assert_eq!(quote("a\nb\r\n"), r#""a\nb\n""#);
        assert_eq!(quote("AT&T"), r#""AT&amp;T""#);
        assert_eq!(quote("中国 €5"), r#""&#20013;&#22269; &#8364;5""#);
        assert_eq!(quote("bell\u{7}"), r#""bell""#);
    }
}
