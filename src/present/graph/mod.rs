//! The claim graph for people to look at. [`ClaimGraph`] is a petgraph projection of an analysis
//! (articles, publishers, speakers, claims, slots and findings, joined by stated-in,
//! published-by, stated-by, about, judges and the verdicts between claims), [`SourceGraph`] the
//! same verdicts summed per pair of articles or publishers. A [`View`] is what one picture shows;
//! [`dot`] and [`json`] write it and [`render`] hands DOT to Graphviz. No IO but that process.
//!
//! One file, over 800 lines, because the claim graph, the source graph and the views are built
//! from one analysis and cut by the same selection (only conflicts, one slot, one article, one
//! story); the writers are in `dot`, `json` and `render`.

pub mod dot;
pub mod json;
pub mod render;

pub use crate::consistency::Verdict;

/// The formats a view is written in, with their names on the command line and their media
/// types on the web.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Dot,
    Svg,
    Png,
    Json,
}

impl Format {
    /// Every format, by the name the command line takes.
    pub const ALL: [(&'static str, Format); 4] = [
        ("dot", Format::Dot),
        ("svg", Format::Svg),
        ("png", Format::Png),
        ("json", Format::Json),
    ];

    /// The format of a name of [`Format::ALL`].
    pub fn named(name: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Dot => "text/vnd.graphviz; charset=utf-8",
            Format::Svg => "image/svg+xml",
            Format::Png => "image/png",
            Format::Json => "application/json",
        }
    }

    /// `view` in this format (SVG and PNG through Graphviz).
    pub fn write(self, view: &View) -> Result<Vec<u8>, render::RenderError> {
        Ok(match self {
            Format::Dot => dot::write(view).into_bytes(),
            Format::Json => json::write(view).into_bytes(),
            Format::Svg => render::render(&dot::write(view), render::Image::Svg)?,
            Format::Png => render::render(&dot::write(view), render::Image::Png)?,
        })
    }
}
use crate::consistency::{verdict, Analysis, Finding, Scope};
use crate::model::claim::{Kind, Mention};
use crate::model::iri::{self, finding_iri, slot_iri};
use crate::present::finding::{format_interval, format_number, Explainer};
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// A node of the claim graph; indices point into the [`Analysis`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// `Analysis::sources[i]`.
    Article(usize),
    Publisher(String),
    Speaker(String),
    /// `Analysis::mentions[i]`.
    Claim(usize),
    /// The slot that `Analysis::findings[i]` judges.
    Slot(usize),
    /// `Analysis::findings[i]`.
    Finding(usize),
}

/// An edge of the claim graph.
#[derive(Clone, Debug, PartialEq)]
pub enum Edge {
    /// Claim → article.
    StatedIn,
    /// Article → publisher.
    PublishedBy,
    /// Claim → speaker.
    StatedBy,
    /// Claim → slot.
    About,
    /// Finding → slot.
    Judges,
    /// Claim → claim: how two claims of one finding stand to each other.
    Stands(Pair),
}

/// How two claims stand: the pair's own verdict (a slot in conflict may hold pairs that agree).
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub verdict: Verdict,
    /// `Analysis::findings[i]`.
    pub finding: usize,
    /// "8 days", "1.1 billion USD": how far apart a conflicting pair is.
    pub gap: Option<String>,
}

/// What part of the analysis a graph keeps.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Only findings whose verdict is a conflict, and their claims.
    pub only_conflicts: bool,
    /// Only the findings on this slot (its id, as in the report, or its IRI).
    pub slot: Option<String>,
    /// Only this article's claims and the findings they are part of.
    pub article: Option<String>,
    /// Only this story's articles, their claims and the findings within the story (its id, as
    /// in the report's `stories`, or its IRI).
    pub story: Option<String>,
}

impl Selection {
    fn is_everything(&self) -> bool {
        !self.only_conflicts
            && self.slot.is_none()
            && self.article.is_none()
            && self.story.is_none()
    }

    /// True when the selection keeps every claim of what it names, not only those of findings.
    fn keeps_every_claim(&self) -> bool {
        self.slot.is_none() && !self.only_conflicts
    }
}

/// The story `wanted` names (its id or its IRI), as an index into [`Analysis::stories`].
fn story_index(analysis: &Analysis, wanted: &str) -> Result<usize, ExportError> {
    analysis
        .stories
        .iter()
        .position(|s| s.id == wanted || iri::story_iri(&s.id).as_str() == wanted)
        .ok_or_else(|| ExportError::UnknownStory(wanted.to_owned()))
}

/// Each source's story, when the analysis compared within stories.
fn stories_of_sources(analysis: &Analysis) -> Vec<Option<usize>> {
    let mut of = vec![None; analysis.sources.len()];
    for (k, story) in analysis.stories.iter().enumerate() {
        for &s in &story.sources {
            if let Some(slot) = of.get_mut(s) {
                *slot = Some(k);
            }
        }
    }
    of
}

/// A selection that names what the analysis does not have.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no slot {0:?} in the analysis (slot ids are in the report's \"slot\" field, e.g. `claimgraph report --format json`)")]
    UnknownSlot(String),
    #[error("no article {0:?} in the store (article ids are file names without extension)")]
    UnknownArticle(String),
    #[error("no story {0:?} in the analysis (story ids are in the report's \"stories\" field, e.g. `claimgraph report --format json`)")]
    UnknownStory(String),
    #[error("the slot view needs a slot: give --slot ID")]
    SlotViewNeedsSlot,
    #[error(transparent)]
    Render(#[from] render::RenderError),
}

/// The claim graph, or the part of it a [`Selection`] keeps. Nodes go in in a fixed order
/// (articles by id, then publishers, speakers and claims, then findings in the analysis's
/// order), so the same analysis always gives the same graph.
pub struct ClaimGraph<'a> {
    pub analysis: &'a Analysis,
    pub graph: DiGraph<Node, Edge>,
}

impl<'a> ClaimGraph<'a> {
    pub fn new(analysis: &'a Analysis, selection: &Selection) -> Result<Self, ExportError> {
        let article = match &selection.article {
            Some(doc) => Some(
                analysis
                    .sources
                    .iter()
                    .position(|s| &s.doc == doc)
                    .ok_or_else(|| ExportError::UnknownArticle(doc.clone()))?,
            ),
            None => None,
        };
        let story = match &selection.story {
            Some(wanted) => Some(story_index(analysis, wanted)?),
            None => None,
        };
        let story_of = stories_of_sources(analysis);
        let findings: Vec<usize> = analysis
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| !selection.only_conflicts || f.verdict == Verdict::Conflict)
            .filter(|(_, f)| selection.slot.as_ref().is_none_or(|s| slot_matches(f, s)))
            .filter(|(_, f)| article.is_none_or(|a| f.members.iter().any(|m| m.source == a)))
            .filter(|(_, f)| story.is_none_or(|k| f.story == Some(k)))
            .map(|(i, _)| i)
            .collect();
        if let Some(slot) = &selection.slot {
            if !analysis.findings.iter().any(|f| slot_matches(f, slot)) {
                return Err(ExportError::UnknownSlot(slot.clone()));
            }
        }

        let source_of: FxHashMap<&str, usize> = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.doc.as_str(), i))
            .collect();
        let in_story = |s: usize| story.is_none_or(|k| story_of[s] == Some(k));
        let mut claims = vec![false; analysis.mentions.len()];
        if selection.keeps_every_claim() {
            for (i, m) in analysis.mentions.iter().enumerate() {
                let source = source_of.get(m.doc.as_str()).copied();
                claims[i] = article.is_none_or(|a| source == Some(a))
                    && (story.is_none() || source.is_some_and(in_story));
            }
        }
        for &f in &findings {
            for member in &analysis.findings[f].members {
                claims[member.mention] = true;
            }
        }
        let mut articles = vec![selection.is_everything(); analysis.sources.len()];
        if story.is_some() && article.is_none() && selection.keeps_every_claim() {
            // A story's articles are drawn even when they have no claim.
            for (s, keep) in articles.iter_mut().enumerate() {
                *keep = in_story(s);
            }
        }
        for (i, m) in analysis.mentions.iter().enumerate() {
            if claims[i] {
                if let Some(&s) = source_of.get(m.doc.as_str()) {
                    articles[s] = true;
                }
            }
        }

        let mut graph = DiGraph::new();
        let mut article_node = vec![None; analysis.sources.len()];
        let mut order: Vec<usize> = (0..analysis.sources.len())
            .filter(|&s| articles[s])
            .collect();
        order.sort_by(|&a, &b| analysis.sources[a].doc.cmp(&analysis.sources[b].doc));
        for &s in &order {
            article_node[s] = Some(graph.add_node(Node::Article(s)));
        }
        let publishers: BTreeMap<&str, Vec<usize>> =
            order.iter().fold(BTreeMap::new(), |mut acc, &s| {
                if let Some(p) = &analysis.sources[s].publisher {
                    acc.entry(p.as_str()).or_insert_with(Vec::new).push(s);
                }
                acc
            });
        for (name, docs) in publishers {
            let p = graph.add_node(Node::Publisher(name.to_owned()));
            for s in docs {
                if let Some(a) = article_node[s] {
                    graph.add_edge(a, p, Edge::PublishedBy);
                }
            }
        }
        let speakers: BTreeMap<&str, ()> = analysis
            .mentions
            .iter()
            .enumerate()
            .filter(|(i, _)| claims[*i])
            .filter_map(|(_, m)| m.speaker.as_deref().map(|s| (s, ())))
            .collect();
        let speaker_node: FxHashMap<&str, NodeIndex> = speakers
            .into_keys()
            .map(|s| (s, graph.add_node(Node::Speaker(s.to_owned()))))
            .collect();
        let mut claim_order: Vec<usize> = (0..claims.len()).filter(|&i| claims[i]).collect();
        claim_order.sort_by(|&a, &b| mention_order(&analysis.mentions[a], &analysis.mentions[b]));
        let mut claim_node = vec![None; analysis.mentions.len()];
        for &i in &claim_order {
            let m = &analysis.mentions[i];
            let c = graph.add_node(Node::Claim(i));
            claim_node[i] = Some(c);
            if let Some(a) = source_of.get(m.doc.as_str()).and_then(|&s| article_node[s]) {
                graph.add_edge(c, a, Edge::StatedIn);
            }
            if let Some(&sp) = m.speaker.as_deref().and_then(|s| speaker_node.get(s)) {
                graph.add_edge(c, sp, Edge::StatedBy);
            }
        }
        for &f in &findings {
            let finding = &analysis.findings[f];
            let slot = graph.add_node(Node::Slot(f));
            let judge = graph.add_node(Node::Finding(f));
            graph.add_edge(judge, slot, Edge::Judges);
            for member in &finding.members {
                if let Some(c) = claim_node[member.mention] {
                    graph.add_edge(c, slot, Edge::About);
                }
            }
            for (a, b, pair) in pairs(f, finding) {
                let (a, b) = (finding.members[a].mention, finding.members[b].mention);
                if let (Some(a), Some(b)) = (claim_node[a], claim_node[b]) {
                    graph.add_edge(a, b, Edge::Stands(pair));
                }
            }
        }
        Ok(ClaimGraph { analysis, graph })
    }
}

fn slot_matches(f: &Finding, wanted: &str) -> bool {
    f.slot == wanted || slot_iri(&f.slot).as_str() == wanted
}

/// Articles in id order, then claims in text order.
fn mention_order(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    (&a.doc, a.start, a.end, a.kind.as_str()).cmp(&(&b.doc, b.start, b.end, b.kind.as_str()))
}

/// The pairs of claims a finding compares, each with how they stand: across sources, the first
/// claim of each source against the first of every other (several mentions in one article
/// count as one source); within one article, the first claim against each of the others.
/// Claims are given as positions in `f.members`.
fn pairs(index: usize, f: &Finding) -> Vec<(usize, usize, Pair)> {
    let unit = f.gap.as_ref().map_or("", |g| g.unit.as_str());
    let mut out = Vec::new();
    match f.scope {
        Scope::Internal => {
            if !f.members.is_empty() {
                for other in 1..f.members.len() {
                    let gap = (f.verdict == Verdict::Conflict)
                        .then(|| f.gap.as_ref().map(|g| format_number(g.absolute, &g.unit)))
                        .flatten();
                    out.push((
                        0,
                        other,
                        Pair {
                            verdict: f.verdict,
                            finding: index,
                            gap,
                        },
                    ));
                }
            }
        }
        Scope::CrossSource => {
            let mut seen = Vec::new();
            let firsts: Vec<usize> = (0..f.members.len())
                .filter(|&i| {
                    let new = !seen.contains(&f.members[i].source);
                    seen.push(f.members[i].source);
                    new
                })
                .collect();
            for (i, &ia) in firsts.iter().enumerate() {
                for &ib in &firsts[i + 1..] {
                    let (a, b) = (&f.members[ia], &f.members[ib]);
                    let (verdict, gap) = match (a.interval, b.interval) {
                        (Some(x), Some(y)) => {
                            let v = verdict::compare(&x, &y);
                            // Dates are compared in days: whole days between the nearer ends.
                            let gap = match f.kind {
                                Kind::Date => x.gap(&y).ceil(),
                                _ => x.gap(&y),
                            };
                            let gap = (v == Verdict::Conflict).then(|| format_number(gap, unit));
                            (v, gap)
                        }
                        // Quotes have no interval: the finding says how their wordings stand.
                        _ => (f.verdict, None),
                    };
                    out.push((
                        ia,
                        ib,
                        Pair {
                            verdict,
                            finding: index,
                            gap,
                        },
                    ));
                }
            }
        }
    }
    out
}

/// How many slots two sources agree, are compatible or conflict on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub agree: usize,
    pub compatible: usize,
    pub conflict: usize,
}

impl Tally {
    pub fn total(&self) -> usize {
        self.agree + self.compatible + self.conflict
    }

    /// The worst verdict counted.
    pub fn verdict(&self) -> Verdict {
        if self.conflict > 0 {
            Verdict::Conflict
        } else if self.compatible > 0 {
            Verdict::Compatible
        } else {
            Verdict::Agree
        }
    }

    fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Conflict => self.conflict += 1,
            Verdict::Compatible => self.compatible += 1,
            Verdict::Agree => self.agree += 1,
            Verdict::Uncorroborated => {}
        }
    }
}

/// What a node of the `sources` view stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Grouping {
    /// One node per article.
    #[default]
    Article,
    /// One node per publisher (an article without one stands alone).
    Publisher,
}

/// A node of the source graph: the articles it stands for.
#[derive(Clone, Debug)]
pub struct SourceNode {
    pub name: String,
    pub articles: Vec<usize>,
    pub claims: usize,
}

/// An edge of the source graph: the slots two sources share, by verdict, with the first few
/// findings of each verdict (conflicts, compatible, agreements) for the tooltip.
#[derive(Clone, Debug, Default)]
pub struct SourceEdge {
    pub tally: Tally,
    pub examples: [Vec<usize>; 3],
}

/// How many slot labels a source edge keeps to show.
const EXAMPLES: usize = 5;

/// The verdicts summed per pair of sources: one node per article (or publisher), one edge per
/// pair that shares a slot, each slot counted once per pair by the verdict of that pair.
pub struct SourceGraph<'a> {
    pub analysis: &'a Analysis,
    pub graph: UnGraph<SourceNode, SourceEdge>,
}

impl<'a> SourceGraph<'a> {
    /// Every source, or the articles of story `story` (an index into [`Analysis::stories`]).
    pub fn new(
        analysis: &'a Analysis,
        grouping: Grouping,
        story: Option<usize>,
    ) -> SourceGraph<'a> {
        let mut order: Vec<usize> = match story {
            Some(k) => analysis.stories[k].sources.clone(),
            None => (0..analysis.sources.len()).collect(),
        };
        order.sort_by(|&a, &b| analysis.sources[a].doc.cmp(&analysis.sources[b].doc));
        let mut graph = UnGraph::new_undirected();
        let mut node_of = vec![NodeIndex::end(); analysis.sources.len()];
        let mut by_publisher: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &s in &order {
            let source = &analysis.sources[s];
            match (grouping, source.publisher.as_deref()) {
                (Grouping::Publisher, Some(p)) => by_publisher.entry(p).or_default().push(s),
                _ => {
                    node_of[s] = graph.add_node(SourceNode {
                        name: source.name(),
                        articles: vec![s],
                        claims: 0,
                    })
                }
            }
        }
        for (publisher, articles) in by_publisher {
            let n = graph.add_node(SourceNode {
                name: publisher.to_owned(),
                articles: articles.clone(),
                claims: 0,
            });
            for s in articles {
                node_of[s] = n;
            }
        }
        let source_of: FxHashMap<&str, usize> = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.doc.as_str(), i))
            .collect();
        // Mentions come article by article: look a doc up once per run of it.
        let mut last: Option<(&str, Option<usize>)> = None;
        for m in &analysis.mentions {
            let source = match last {
                Some((doc, s)) if doc == m.doc => s,
                _ => source_of.get(m.doc.as_str()).copied(),
            };
            last = Some((&m.doc, source));
            // Sources outside the view (another story's) have no node.
            if let Some(n) = source
                .map(|s| node_of[s])
                .filter(|&n| n != NodeIndex::end())
            {
                graph[n].claims += 1;
            }
        }
        let mut edges: FxHashMap<(NodeIndex, NodeIndex), SourceEdge> = FxHashMap::default();
        for (index, f) in analysis.findings.iter().enumerate() {
            if f.scope != Scope::CrossSource || f.verdict == Verdict::Uncorroborated {
                continue;
            }
            // One verdict per pair of nodes and slot: the worst of its claim pairs.
            let mut per_pair: Vec<((NodeIndex, NodeIndex), Verdict)> = Vec::new();
            for (a, b, pair) in pairs(index, f) {
                let (x, y) = (node_of[f.members[a].source], node_of[f.members[b].source]);
                if x == y || x == NodeIndex::end() || y == NodeIndex::end() {
                    continue;
                }
                let key = (x.min(y), x.max(y));
                match per_pair.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, v)) => *v = (*v).min(pair.verdict),
                    None => per_pair.push((key, pair.verdict)),
                }
            }
            for (key, v) in per_pair {
                let edge = edges.entry(key).or_default();
                edge.tally.add(v);
                let examples = &mut edge.examples[(v as usize).min(2)];
                if examples.len() < EXAMPLES {
                    examples.push(index);
                }
            }
        }
        let mut edges: Vec<_> = edges.into_iter().collect();
        edges.sort_unstable_by_key(|(k, _)| *k);
        for ((a, b), e) in edges {
            graph.add_edge(a, b, e);
        }
        SourceGraph { analysis, graph }
    }
}

/// Which picture to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// Articles as clusters of their claims, speakers, and the verdicts between claims.
    Claims,
    /// One node per article or publisher, edges weighted by the slots they agree or conflict on.
    Sources,
    /// One slot: every claim on it with its interval, source and speaker.
    Slot,
}

impl ViewKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ViewKind::Claims => "claims",
            ViewKind::Sources => "sources",
            ViewKind::Slot => "slot",
        }
    }
}

/// What a view's node stands for, for styling and for readers of the JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Article,
    Publisher,
    Speaker,
    Claim,
    Slot,
    Finding,
    /// A node of the `sources` view: an article or a publisher with its articles.
    Source,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Article => "article",
            NodeKind::Publisher => "publisher",
            NodeKind::Speaker => "speaker",
            NodeKind::Claim => "claim",
            NodeKind::Slot => "slot",
            NodeKind::Finding => "finding",
            NodeKind::Source => "source",
        }
    }
}

/// What a view's edge stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdgeKind {
    StatedIn,
    PublishedBy,
    StatedBy,
    About,
    Judges,
    AgreesWith,
    CompatibleWith,
    ConflictsWith,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::StatedIn => "stated-in",
            EdgeKind::PublishedBy => "published-by",
            EdgeKind::StatedBy => "stated-by",
            EdgeKind::About => "about",
            EdgeKind::Judges => "judges",
            EdgeKind::AgreesWith => "agrees-with",
            EdgeKind::CompatibleWith => "compatible-with",
            EdgeKind::ConflictsWith => "conflicts-with",
        }
    }

    fn of(v: Verdict) -> EdgeKind {
        match v {
            Verdict::Conflict => EdgeKind::ConflictsWith,
            Verdict::Compatible => EdgeKind::CompatibleWith,
            Verdict::Agree | Verdict::Uncorroborated => EdgeKind::AgreesWith,
        }
    }
}

/// A node as drawn: its id (the IRI of what it stands for in the store), label and tooltip.
#[derive(Clone, Debug)]
pub struct ViewNode {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    pub tooltip: String,
    /// Index into [`View::clusters`].
    pub cluster: Option<usize>,
    /// For slots and findings, the finding's verdict; for sources, the worst of their edges.
    pub verdict: Option<Verdict>,
}

/// An edge as drawn.
#[derive(Clone, Debug)]
pub struct ViewEdge {
    pub kind: EdgeKind,
    pub label: String,
    pub tooltip: String,
    /// For the `sources` view, the slots counted by verdict.
    pub tally: Option<Tally>,
}

/// A box of nodes: an article and its claims, or a story and its articles.
#[derive(Clone, Debug)]
pub struct Cluster {
    pub id: String,
    pub label: String,
    pub tooltip: String,
    /// The cluster this one is drawn inside: an article's story.
    pub parent: Option<usize>,
}

/// The boxes of the stories of a view: one per story with two or more of the view's
/// articles (a story of one article would only box its box again), made as they are first
/// asked for, so clusters stay in the order of the view's articles.
struct StoryBoxes<'a> {
    analysis: &'a Analysis,
    story_of: Vec<Option<usize>>,
    /// Per story: how many of the view's articles it has, and its cluster once made.
    boxes: Vec<(usize, Option<usize>)>,
}

impl<'a> StoryBoxes<'a> {
    fn new(analysis: &'a Analysis, articles: impl Iterator<Item = usize>) -> StoryBoxes<'a> {
        let story_of = stories_of_sources(analysis);
        let mut boxes = vec![(0, None); analysis.stories.len()];
        for s in articles {
            if let Some(k) = story_of[s] {
                boxes[k].0 += 1;
            }
        }
        StoryBoxes {
            analysis,
            story_of,
            boxes,
        }
    }

    /// The cluster of source `s`'s story, made in `clusters` on first call.
    fn of(&mut self, s: usize, clusters: &mut Vec<Cluster>) -> Option<usize> {
        let k = self.story_of[s]?;
        let (articles, made) = &mut self.boxes[k];
        if *articles < 2 {
            return None;
        }
        if made.is_none() {
            let story = &self.analysis.stories[k];
            *made = Some(clusters.len());
            clusters.push(Cluster {
                id: iri::story_iri(&story.id).as_str().to_owned(),
                label: format!("story: {}", story.label),
                tooltip: count(story.sources.len(), "article"),
                parent: None,
            });
        }
        *made
    }
}

/// One picture: nodes, edges and clusters, in a fixed order.
pub struct View {
    pub kind: ViewKind,
    pub directed: bool,
    pub graph: DiGraph<ViewNode, ViewEdge>,
    pub clusters: Vec<Cluster>,
}

/// Longest label text before it is cut with "…".
const LABEL_CHARS: usize = 48;

impl View {
    /// The `claims` or `slot` view of the selected part of the claim graph.
    pub fn of_claims(
        analysis: &Analysis,
        kind: ViewKind,
        selection: &Selection,
    ) -> Result<View, ExportError> {
        if kind == ViewKind::Slot && selection.slot.is_none() {
            return Err(ExportError::SlotViewNeedsSlot);
        }
        let claims = ClaimGraph::new(analysis, selection)?;
        let g = &claims.graph;
        let mut view = View {
            kind,
            directed: true,
            graph: DiGraph::new(),
            clusters: Vec::new(),
        };
        let mut cluster_of: FxHashMap<NodeIndex, usize> = FxHashMap::default();
        let mut drawn: FxHashMap<NodeIndex, NodeIndex> = FxHashMap::default();
        let explainer = Explainer::new(analysis);
        let mut stories = StoryBoxes::new(
            analysis,
            g.node_weights().filter_map(|n| match n {
                Node::Article(s) => Some(*s),
                _ => None,
            }),
        );
        for n in g.node_indices() {
            let node = match &g[n] {
                Node::Article(s) if kind == ViewKind::Claims => {
                    // In the claims view an article is the box around its claims.
                    let source = &analysis.sources[*s];
                    let parent = stories.of(*s, &mut view.clusters);
                    cluster_of.insert(n, view.clusters.len());
                    view.clusters.push(Cluster {
                        id: iri::article_iri(&source.doc).as_str().to_owned(),
                        label: article_label(analysis, *s),
                        tooltip: source.title.clone().unwrap_or_default(),
                        parent,
                    });
                    continue;
                }
                Node::Publisher(_) if kind == ViewKind::Claims => continue,
                Node::Slot(_) | Node::Finding(_) if kind == ViewKind::Claims => continue,
                Node::Article(s) => ViewNode {
                    id: iri::article_iri(&analysis.sources[*s].doc)
                        .as_str()
                        .to_owned(),
                    kind: NodeKind::Article,
                    label: article_label(analysis, *s),
                    tooltip: analysis.sources[*s].title.clone().unwrap_or_default(),
                    cluster: None,
                    verdict: None,
                },
                Node::Publisher(name) => ViewNode {
                    id: iri::publisher_iri(name).as_str().to_owned(),
                    kind: NodeKind::Publisher,
                    label: name.clone(),
                    tooltip: String::new(),
                    cluster: None,
                    verdict: None,
                },
                Node::Speaker(name) => ViewNode {
                    id: iri::speaker_iri(name).as_str().to_owned(),
                    kind: NodeKind::Speaker,
                    label: name.clone(),
                    tooltip: String::new(),
                    cluster: None,
                    verdict: None,
                },
                Node::Claim(i) => {
                    let m = &analysis.mentions[*i];
                    let cluster = g
                        .neighbors(n)
                        .find(|x| matches!(g[*x], Node::Article(_)))
                        .and_then(|a| cluster_of.get(&a).copied());
                    ViewNode {
                        id: iri::claim_iri(&m.doc, m).as_str().to_owned(),
                        kind: NodeKind::Claim,
                        label: claim_label(analysis, *i, kind == ViewKind::Slot),
                        tooltip: m.sentence.clone(),
                        cluster,
                        verdict: None,
                    }
                }
                Node::Slot(f) => {
                    let finding = &analysis.findings[*f];
                    ViewNode {
                        id: slot_iri(&finding.slot).as_str().to_owned(),
                        kind: NodeKind::Slot,
                        label: format!("{}\n{}", finding.kind, shorten(&finding.label)),
                        tooltip: finding.label.clone(),
                        cluster: None,
                        verdict: Some(finding.verdict),
                    }
                }
                Node::Finding(f) => {
                    let finding = &analysis.findings[*f];
                    let mut label = finding.verdict.as_str().to_owned();
                    if let Some(gap) = &finding.gap {
                        label
                            .push_str(&format!("\ngap {}", format_number(gap.absolute, &gap.unit)));
                    }
                    if finding.curated {
                        label.push_str("\n(curated)");
                    }
                    ViewNode {
                        id: finding_iri(&finding.slot).as_str().to_owned(),
                        kind: NodeKind::Finding,
                        label,
                        tooltip: explainer.explanation(finding),
                        cluster: None,
                        verdict: Some(finding.verdict),
                    }
                }
            };
            drawn.insert(n, view.graph.add_node(node));
        }
        for e in g.edge_indices() {
            let Some((a, b)) = g.edge_endpoints(e) else {
                continue;
            };
            let (Some(&x), Some(&y)) = (drawn.get(&a), drawn.get(&b)) else {
                continue;
            };
            let edge = match &g[e] {
                Edge::StatedIn => plain(EdgeKind::StatedIn),
                Edge::PublishedBy => plain(EdgeKind::PublishedBy),
                Edge::StatedBy => plain(EdgeKind::StatedBy),
                Edge::About => plain(EdgeKind::About),
                Edge::Judges => plain(EdgeKind::Judges),
                Edge::Stands(pair) => ViewEdge {
                    kind: EdgeKind::of(pair.verdict),
                    label: pair.gap.clone().unwrap_or_default(),
                    tooltip: format!(
                        "{}: {}",
                        pair.verdict, analysis.findings[pair.finding].label
                    ),
                    tally: None,
                },
            };
            view.graph.add_edge(x, y, edge);
        }
        Ok(view)
    }

    /// The `sources` view: every source, or the articles of one story (`story`: its id or
    /// IRI). Articles (not publishers, which write across stories) are boxed by story.
    pub fn of_sources(
        analysis: &Analysis,
        grouping: Grouping,
        story: Option<&str>,
    ) -> Result<View, ExportError> {
        let story = match story {
            Some(wanted) => Some(story_index(analysis, wanted)?),
            None => None,
        };
        let sources = SourceGraph::new(analysis, grouping, story);
        let g = &sources.graph;
        let mut stories = StoryBoxes::new(
            analysis,
            // One story's view needs no box around all of it.
            g.node_weights()
                .filter(|_| grouping == Grouping::Article && story.is_none())
                .map(|n| n.articles[0]),
        );
        let mut view = View {
            kind: ViewKind::Sources,
            directed: false,
            graph: DiGraph::with_capacity(g.node_count(), g.edge_count()),
            clusters: Vec::new(),
        };
        for n in g.node_indices() {
            let node = &g[n];
            let worst = g.edges(n).map(|e| e.weight().tally.verdict()).min();
            let first = &analysis.sources[node.articles[0]];
            let cluster = match grouping {
                Grouping::Article => stories.of(node.articles[0], &mut view.clusters),
                Grouping::Publisher => None,
            };
            let (id, label, tooltip) = match grouping {
                Grouping::Publisher if first.publisher.is_some() => (
                    iri::publisher_iri(&node.name).as_str().to_owned(),
                    format!(
                        "{}\n{}, {}",
                        node.name,
                        count(node.articles.len(), "article"),
                        count(node.claims, "claim")
                    ),
                    String::new(),
                ),
                _ => (
                    iri::article_iri(&first.doc).as_str().to_owned(),
                    format!(
                        "{}\n{}",
                        article_label(analysis, node.articles[0]),
                        count(node.claims, "claim")
                    ),
                    first.title.clone().unwrap_or_default(),
                ),
            };
            view.graph.add_node(ViewNode {
                id,
                kind: NodeKind::Source,
                label,
                tooltip,
                cluster,
                verdict: worst,
            });
        }
        for e in g.edge_indices() {
            let Some((a, b)) = g.edge_endpoints(e) else {
                continue;
            };
            let edge = &g[e];
            let t = edge.tally;
            let mut parts = Vec::new();
            for (n, word) in [
                (t.conflict, "conflict"),
                (t.compatible, "compatible"),
                (t.agree, "agree"),
            ] {
                if n > 0 {
                    parts.push(format!("{n} {word}"));
                }
            }
            let tooltip = edge
                .examples
                .iter()
                .zip([Verdict::Conflict, Verdict::Compatible, Verdict::Agree])
                .flat_map(|(fs, v)| fs.iter().map(move |&f| (v, f)))
                .take(EXAMPLES)
                .map(|(v, f)| format!("{v}: {}", analysis.findings[f].label))
                .collect::<Vec<_>>()
                .join("\n");
            view.graph.add_edge(
                NodeIndex::new(a.index()),
                NodeIndex::new(b.index()),
                ViewEdge {
                    kind: EdgeKind::of(t.verdict()),
                    label: parts.join(", "),
                    tooltip,
                    tally: Some(t),
                },
            );
        }
        Ok(view)
    }
}

/// "1 article", "3 articles".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn plain(kind: EdgeKind) -> ViewEdge {
    ViewEdge {
        kind,
        label: String::new(),
        tooltip: String::new(),
        tally: None,
    }
}

/// "Daily Planet, 2019-10-29 (a17)".
fn article_label(analysis: &Analysis, s: usize) -> String {
    let source = &analysis.sources[s];
    let mut label = source
        .publisher
        .clone()
        .unwrap_or_else(|| source.doc.clone());
    if let Some(date) = source.published {
        label.push_str(&format!(", {date}"));
    }
    if source.publisher.is_some() {
        label.push_str(&format!(" ({})", source.doc));
    }
    label
}

/// The words of a claim and what they were read as; in the slot view also its source, speaker
/// and the interval it was compared by.
fn claim_label(analysis: &Analysis, i: usize, detailed: bool) -> String {
    let m = &analysis.mentions[i];
    let mut lines = vec![shorten(&m.text)];
    let read = match m.kind {
        Kind::Date => match (m.from, m.to) {
            (Some(a), Some(b)) if a == b => Some(a.to_string()),
            (Some(a), Some(b)) => Some(format!("{a} to {b}")),
            _ => None,
        },
        Kind::Quote => None,
        _ => m
            .value
            .map(|v| format_number(v, m.unit.as_deref().unwrap_or(""))),
    };
    if let Some(read) = read.filter(|r| *r != m.text) {
        lines.push(read);
    }
    if detailed {
        let member = analysis
            .findings
            .iter()
            .flat_map(|f| f.members.iter())
            .find(|x| x.mention == i);
        if let Some(member) = member {
            if let (Some(interval), false) = (member.interval, m.kind == Kind::Date) {
                let unit = match &member.converted_from {
                    Some(c) => format!("(from {c})"),
                    None => m.unit.clone().unwrap_or_default(),
                };
                lines.push(format!("compared as {}", format_interval(&interval, &unit)));
            }
            if let Some(source) = analysis.sources.get(member.source) {
                lines.push(source.name());
            }
        }
        if let Some(speaker) = &m.speaker {
            lines.push(format!("speaker: {speaker}"));
        }
    }
    lines.join("\n")
}

/// A label cut to [`LABEL_CHARS`] characters, on a character boundary.
fn shorten(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= LABEL_CHARS {
        return text;
    }
    let mut out: String = text.chars().take(LABEL_CHARS - 1).collect();
    out.push('…');
    out
}
