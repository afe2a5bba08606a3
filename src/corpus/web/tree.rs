//! The tree html5ever builds, in a vector of nodes linked to their parent and siblings: the
//! parser's `TreeSink`, written here so that `dom.rs` reads the tree the parser made instead of a
//! copy of it in a general DOM (elements, attributes and text stay html5ever's own atoms and
//! tendrils; text is moved out, not copied). It does only what the tree builder asks (append,
//! insert before, move children, detach) and keeps no comments, doctypes or processing
//! instructions. Handles are indexes this sink made; one it did not make is passed over, so
//! no input can make it panic.

use super::feed;
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeSink};
use html5ever::{local_name, ns, Attribute, ParseOpts, QualName};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

/// What a node is.
#[derive(Debug)]
pub(super) enum Data {
    /// The document, a template's contents, or a comment or other node left out.
    Other,
    Element(QualName, Vec<Attribute>),
    Text(StrTendril),
}

/// One node and its links.
#[derive(Debug)]
pub(super) struct Node {
    pub data: Data,
    pub parent: Option<usize>,
    pub first_child: Option<usize>,
    last_child: Option<usize>,
    previous: Option<usize>,
    pub next: Option<usize>,
    /// How many elements up to the document (the document 0), as when the node was put in
    /// place: what `feed.rs` reads to keep the tree builder's stack of open elements short.
    depth: u32,
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            data,
            parent: None,
            first_child: None,
            last_child: None,
            previous: None,
            next: None,
            depth: 0,
        }
    }

    /// The value of the attribute `name` (its local name), if the node is an element that has
    /// it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        match &self.data {
            Data::Element(_, attrs) => attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value),
            _ => None,
        }
    }
}

/// The document node's index.
pub(super) const DOCUMENT: usize = 0;

/// Parses `html` as a document: the nodes, the document first.
pub(super) fn parse(html: &str) -> Vec<Node> {
    // A node for every 32 bytes of markup, about what news pages hold once `prescan.rs` has cut
    // them, so the vector seldom grows.
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 32 + 1)),
        depth_put: Cell::new(0),
    };
    sink.nodes.borrow_mut().push(Node::new(Data::Other));
    // html5ever's tokenizer drops a byte order mark; so does this.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let builder = TreeBuilder::new(sink, ParseOpts::default().tree_builder);
    feed::tokenize(html, &builder);
    builder.sink.finish()
}

/// The same tree from html5ever's own tokenizer, which reads the page a character at a time:
/// what the tests hold html5gum's tokens to.
#[cfg(test)]
pub(super) fn parse_by_html5ever(html: &str) -> Vec<Node> {
    use html5ever::tendril::TendrilSink;
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 32 + 1)),
        depth_put: Cell::new(0),
    };
    sink.nodes.borrow_mut().push(Node::new(Data::Other));
    html5ever::parse_document(sink, ParseOpts::default()).one(StrTendril::from(html))
}

/// The tree builder's sink: the nodes it has made.
pub(super) struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The depth of the element last put in the tree, or of the element text was last put
    /// in: where the tree builder is, read by `feed.rs` after each token (0 when nothing was put).
    pub depth_put: Cell<u32>,
}

/// The name of whatever is not an element, for a tree builder that asks.
static NO_NAME: QualName = QualName {
    prefix: None,
    ns: ns!(),
    local: local_name!(""),
};

impl Sink {
    fn add(&self, data: Data) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        nodes.len() - 1
    }
}

/// `text` added to the end of node `beside` when that is a text node (the tree builder wants
/// no two texts side by side); else a new text node, whose index is returned.
fn text_node(nodes: &mut Vec<Node>, beside: Option<usize>, text: StrTendril) -> Option<usize> {
    if let Some(Node {
        data: Data::Text(before),
        ..
    }) = beside.and_then(|b| nodes.get_mut(b))
    {
        before.push_tendril(&text);
        return None;
    }
    nodes.push(Node::new(Data::Text(text)));
    Some(nodes.len() - 1)
}

/// Takes node `at` out of its parent's children.
fn detach(nodes: &mut [Node], at: usize) {
    let Some(node) = nodes.get_mut(at) else {
        return;
    };
    let (parent, previous, next) = (node.parent.take(), node.previous.take(), node.next.take());
    let Some(parent) = parent else { return };
    match previous {
        Some(p) => nodes[p].next = next,
        None => nodes[parent].first_child = next,
    }
    match next {
        Some(n) => nodes[n].previous = previous,
        None => nodes[parent].last_child = previous,
    }
}

/// Makes node `child` (detached first) the last child of `parent`.
fn append_node(nodes: &mut [Node], parent: usize, child: usize) {
    if parent == child || parent >= nodes.len() || child >= nodes.len() {
        return;
    }
    detach(nodes, child);
    let last = nodes[parent].last_child;
    match last {
        Some(l) => nodes[l].next = Some(child),
        None => nodes[parent].first_child = Some(child),
    }
    nodes[child].previous = last;
    nodes[child].parent = Some(parent);
    nodes[child].depth = nodes[parent].depth.saturating_add(1);
    nodes[parent].last_child = Some(child);
}

/// Puts node `child` (detached first) before `sibling`, which has a parent.
fn insert_before(nodes: &mut [Node], sibling: usize, child: usize) {
    if sibling == child || child >= nodes.len() {
        return;
    }
    detach(nodes, child);
    let Some(parent) = nodes.get(sibling).and_then(|s| s.parent) else {
        return;
    };
    let previous = nodes[sibling].previous;
    match previous {
        Some(p) => nodes[p].next = Some(child),
        None => nodes[parent].first_child = Some(child),
    }
    nodes[child].previous = previous;
    nodes[child].next = Some(sibling);
    nodes[child].parent = Some(parent);
    nodes[child].depth = nodes[parent].depth.saturating_add(1);
    nodes[sibling].previous = Some(child);
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Vec<Node>;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Vec<Node> {
        self.nodes.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| match nodes.get(*target) {
            Some(Node {
                data: Data::Element(name, _),
                ..
            }) => name,
            _ => &NO_NAME,
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let at = self.add(Data::Element(name, attrs));
        if flags.template {
            // The template's contents: a fragment of its own, the element's first child, which
            // keeps it out of the document's tree as the standard does.
            let contents = self.add(Data::Other);
            let mut nodes = self.nodes.borrow_mut();
            nodes[contents].parent = Some(at);
            nodes[at].first_child = Some(contents);
            nodes[at].last_child = Some(contents);
        }
        at
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.add(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.add(Data::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        let depth = match child {
            NodeOrText::AppendNode(child) => {
                append_node(&mut nodes, *parent, child);
                nodes.get(child).map(|c| c.depth)
            }
            NodeOrText::AppendText(text) => {
                let last = nodes.get(*parent).and_then(|p| p.last_child);
                if let Some(at) = text_node(&mut nodes, last, text) {
                    append_node(&mut nodes, *parent, at);
                }
                nodes.get(*parent).map(|p| p.depth)
            }
        };
        self.depth_put.set(depth.unwrap_or(0));
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element)
            .is_some_and(|e| e.parent.is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        // Made with the element, as its first child (see `create_element`).
        let nodes = self.nodes.borrow();
        nodes
            .get(*target)
            .and_then(|t| t.first_child)
            .unwrap_or(*target)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        let Some(s) = nodes.get(*sibling) else { return };
        if s.parent.is_none() {
            return;
        }
        let depth = s.depth;
        match new_node {
            NodeOrText::AppendNode(child) => insert_before(&mut nodes, *sibling, child),
            NodeOrText::AppendText(text) => {
                let previous = s.previous;
                if let Some(at) = text_node(&mut nodes, previous, text) {
                    insert_before(&mut nodes, *sibling, at);
                }
            }
        }
        self.depth_put.set(depth);
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Node {
            data: Data::Element(_, existing),
            ..
        }) = nodes.get_mut(*target)
        {
            for attr in attrs {
                if !existing.iter().any(|e| e.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(child) = nodes.get(*node).and_then(|n| n.first_child) {
            if child == *new_parent {
                // The standard never asks this; a loop is not made.
                detach(&mut nodes, child);
                continue;
            }
            append_node(&mut nodes, *new_parent, child);
            if nodes.get(child).and_then(|c| c.parent) != Some(*new_parent) {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, parse_by_html5ever, Data, Node, DOCUMENT};

    /// The tree as text, node by node in document order: each element's name, namespace and
    /// attributes, each text, and each node's depth.
    fn tree_text(nodes: &[Node]) -> String {
        let mut out = String::new();
        let mut stack = vec![(DOCUMENT, 0usize)];
        while let Some((at, depth)) = stack.pop() {
            let node = &nodes[at];
            out += &" ".repeat(depth);
            match &node.data {
                Data::Other => out += "#other",
                Data::Text(text) => out += &format!("{:?}", &**text),
                Data::Element(name, attrs) => {
                    out += &format!("<{:?}:{}", name.ns, name.local);
                    for a in attrs {
                        out += &format!(" {:?}:{}={:?}", a.name.ns, a.name.local, &*a.value);
                    }
                }
            }
            out.push('\n');
            let mut children = Vec::new();
            let mut child = node.first_child;
            while let Some(c) = child {
                children.push((c, depth + 1));
                child = nodes[c].next;
            }
            stack.extend(children.into_iter().rev());
        }
        out
    }

    fn same_tree(page: &str) -> bool {
        tree_text(&parse(page)) == tree_text(&parse_by_html5ever(page))
    }

    #[test]
    fn html5gum_and_html5ever_tokens_build_the_same_tree() {
        for page in [
            "",
            "\u{feff}<p>a",
            "<!DOCTYPE html><p>a<table>b<tr><td>c</table>",
            "<table><p>quirks</table>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><table><p>x",
            "<!doctype html system 'about:legacy-compat'><p>a",
            "<title>a &amp; <b> &lt;/title</title><p>x",
            "<textarea>\na</textarea><pre>\n\nb</pre>",
            "<script>a</b> <!-- <script> </script> --> </script>c",
            "<p id=a id=b class=x>d</p><P CLASS=Y>e",
            "<p>a\0b<table>\0c</table><svg><![CDATA[x\0y]]></svg>",
            "a\r\nb\rc&notin; &notit; &#x110000; &#0; &#128; &AMP &ampx",
            "<a href='x&amp;y&ampz'>l</a><div title=\"&notit;\">",
            "<plaintext><p>all text",
            "<math><mi>x<mglyph/></mi></math><svg><foreignObject><p>y</svg>",
            "<xmp><p></xmp><noembed><b></noembed><noframes>x</noframes><iframe><p></iframe>",
            "<!--a--!><!----><!--><!---><?pi x><!x></>",
            "<b><i>x</b>y</i><p><a>z<p>w",
            "<select><option>a<option>b</select><template><td>t</template>",
        ] {
            assert!(same_tree(page), "{page:?}");
        }
        const PIECES: [&str; 44] = [
            "<",
            ">",
            "</",
            "/>",
            "<!--",
            "-->",
            "--!>",
            "<!",
            "<?",
            "<!DOCTYPE html>",
            "&",
            "&#",
            "&#x",
            ";",
            "amp",
            "lt",
            "notin",
            "9",
            "a1",
            "=",
            "\"",
            "'",
            " ",
            "\n",
            "\r",
            "\0",
            "\t",
            "é",
            "p",
            "table",
            "td",
            "script",
            "title",
            "textarea",
            "svg",
            "math",
            "<![CDATA[",
            "]]>",
            "plaintext",
            "select",
            "template",
            "class=",
            "b",
            "A",
        ];
        for page in super::super::tests::generated_pages(&PIECES, 0x1234_5678_9ABC_DEF1, 20_000, 50)
        {
            assert!(same_tree(&page), "{page:?}");
        }
    }

    #[test]
    fn html5gum_and_html5ever_tokens_build_the_same_trees_of_the_benchmark_pages() {
        for (path, page) in super::super::tests::benchmark_pages() {
            assert!(same_tree(&page), "{}", path.display());
        }
    }

    /// The deepest node's depth and the page's text, in document order.
    fn deepest_and_text(nodes: &[Node]) -> (u32, String) {
        let deepest = nodes.iter().map(|n| n.depth).max().unwrap_or(0);
        let text = tree_text(nodes)
            .lines()
            .filter_map(|l| {
                l.trim_start()
                    .strip_prefix('"')?
                    .strip_suffix('"')
                    .map(str::to_owned)
            })
            .collect();
        (deepest, text)
    }

    #[test]
    fn elements_nested_past_the_limit_are_left_out_and_their_text_kept() {
        use super::super::feed::MAX_DEPTH;
        // Shallower than the limit, the tree is the standard's.
        let shallow = format!("{}a{}b", "<div>".repeat(300), "</div>".repeat(300));
        assert!(same_tree(&shallow));
        // Deeper, the elements past it are left out and their end tags with them: the text
        // stays, in the element at the limit, and the page goes on where it was.
        let page = format!(
            "{}a<b>b</b>c{}<p>d</p>",
            "<div>".repeat(5_000),
            "</div>".repeat(5_000)
        );
        let nodes = parse(&page);
        let (deepest, text) = deepest_and_text(&nodes);
        assert!((MAX_DEPTH..MAX_DEPTH + 2).contains(&deepest), "{deepest}");
        assert_eq!(text, "abcd");
        let d = nodes
            .iter()
            .find(|n| matches!(&n.data, Data::Text(t) if &**t == "d"));
        // html, body, p: the paragraph after the deep part is the body's child.
        assert_eq!(d.map(|n| n.depth), Some(4));
        // Stray end tags between the start tags close nothing; they let few elements past.
        let stray = format!("{}x", "<div></b>".repeat(5_000));
        let (deepest, text) = deepest_and_text(&parse(&stray));
        assert!(deepest < MAX_DEPTH + 70, "{deepest}");
        assert_eq!(text, "x");
        // Text and void elements past the limit still go in; a script is still raw text.
        let mixed = format!("{}a<br>b<script>c<p>d</script>e", "<span>".repeat(1_000));
        let (_, text) = deepest_and_text(&parse(&mixed));
        assert_eq!(text, "abc<p>de");
    }
}
