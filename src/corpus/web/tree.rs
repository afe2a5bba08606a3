//! The tree html5ever builds, in a vector of nodes linked to their parent and siblings: the
//! parser's `TreeSink`, written here so that `dom.rs` reads the tree the parser made instead of a
//! copy of it in a general DOM (elements, attributes and text stay html5ever's own atoms and
//! tendrils; text is moved out, not copied). It does only what the tree builder asks (append,
//! insert before, move children, detach) and keeps no comments, doctypes or processing
//! instructions. Handles are indexes this sink made; one it did not make is passed over, so
//! no input can make it panic.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeSink};
use html5ever::{local_name, ns, Attribute, LocalName, ParseOpts, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::convert::Infallible;

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
    };
    sink.nodes.borrow_mut().push(Node::new(Data::Other));
    // html5ever's tokenizer drops a byte order mark; so does this.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let builder = TreeBuilder::new(sink, ParseOpts::default().tree_builder);
    let feed = Feed {
        builder: &builder,
        text: Vec::new(),
        tag: TagKind::StartTag,
        name: Vec::new(),
        self_closing: false,
        attrs: Vec::new(),
        duplicate_attribute: false,
        attr_name: Vec::new(),
        attr_value: Vec::new(),
        in_attr: false,
        last_start_tag: Vec::new(),
        comment: Vec::new(),
        doctype: DoctypeParts::default(),
    };
    let Ok(()) = html5gum::Tokenizer::new_with_emitter(html, feed).finish();
    builder.sink.finish()
}

/// The same tree from html5ever's own tokenizer, which reads the page a character at a time:
/// what the tests hold html5gum's tokens to.
#[cfg(test)]
pub(super) fn parse_by_html5ever(html: &str) -> Vec<Node> {
    use html5ever::tendril::TendrilSink;
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 32 + 1)),
    };
    sink.nodes.borrow_mut().push(Node::new(Data::Other));
    html5ever::parse_document(sink, ParseOpts::default()).one(StrTendril::from(html))
}

/// A doctype as the tokenizer reads it.
#[derive(Default)]
struct DoctypeParts {
    name: Vec<u8>,
    public_id: Option<Vec<u8>>,
    system_id: Option<Vec<u8>>,
    force_quirks: bool,
}

/// html5gum's tokens handed to html5ever's tree builder as the tokens of html5ever's own
/// tokenizer: text gathered until the next tag, comment or doctype (the tree builder takes text
/// in runs of any length), tag and attribute names made atoms once they are whole, a repeated
/// attribute dropped as the standard drops it, and the tree builder's switches of the
/// tokenizer's state (after `<title>`, `<script>`, `<plaintext>`, ...) passed back.
struct Feed<'a> {
    builder: &'a TreeBuilder<usize, Sink>,
    text: Vec<u8>,
    tag: TagKind,
    name: Vec<u8>,
    self_closing: bool,
    attrs: Vec<Attribute>,
    /// An attribute of the tag was dropped for a name it had already.
    duplicate_attribute: bool,
    attr_name: Vec<u8>,
    attr_value: Vec<u8>,
    /// An attribute is being read (its name and value go to the tag when the next attribute
    /// starts or the tag ends).
    in_attr: bool,
    /// The name of the last start tag, which an end tag must have to end raw text.
    last_start_tag: Vec<u8>,
    comment: Vec<u8>,
    doctype: DoctypeParts,
}

/// Bytes the tokenizer read from a `&str` as text: they are UTF-8 (it cuts only at ASCII
/// bytes), and anything else would be replaced, not trusted.
fn tendril(bytes: &[u8]) -> StrTendril {
    match std::str::from_utf8(bytes) {
        Ok(text) => StrTendril::from_slice(text),
        Err(_) => StrTendril::from_slice(&String::from_utf8_lossy(bytes)),
    }
}

/// The atom of a tag or attribute name. The names most pages are made of are matched to their
/// static atoms directly (each an atom html5ever's own look-up would give, without hashing the
/// name); the rest are looked up.
fn local_name(bytes: &[u8]) -> LocalName {
    match bytes {
        b"div" => local_name!("div"),
        b"a" => local_name!("a"),
        b"li" => local_name!("li"),
        b"span" => local_name!("span"),
        b"script" => local_name!("script"),
        b"p" => local_name!("p"),
        b"ul" => local_name!("ul"),
        b"ol" => local_name!("ol"),
        b"meta" => local_name!("meta"),
        b"link" => local_name!("link"),
        b"img" => local_name!("img"),
        b"path" => local_name!("path"),
        b"svg" => local_name!("svg"),
        b"use" => local_name!("use"),
        b"symbol" => local_name!("symbol"),
        b"g" => local_name!("g"),
        b"strong" => local_name!("strong"),
        b"em" => local_name!("em"),
        b"b" => local_name!("b"),
        b"i" => local_name!("i"),
        b"small" => local_name!("small"),
        b"br" => local_name!("br"),
        b"h1" => local_name!("h1"),
        b"h2" => local_name!("h2"),
        b"h3" => local_name!("h3"),
        b"h4" => local_name!("h4"),
        b"h5" => local_name!("h5"),
        b"h6" => local_name!("h6"),
        b"option" => local_name!("option"),
        b"button" => local_name!("button"),
        b"style" => local_name!("style"),
        b"section" => local_name!("section"),
        b"article" => local_name!("article"),
        b"header" => local_name!("header"),
        b"footer" => local_name!("footer"),
        b"nav" => local_name!("nav"),
        b"aside" => local_name!("aside"),
        b"figure" => local_name!("figure"),
        b"figcaption" => local_name!("figcaption"),
        b"picture" => local_name!("picture"),
        b"source" => local_name!("source"),
        b"time" => local_name!("time"),
        b"table" => local_name!("table"),
        b"tr" => local_name!("tr"),
        b"td" => local_name!("td"),
        b"th" => local_name!("th"),
        b"label" => local_name!("label"),
        b"input" => local_name!("input"),
        b"form" => local_name!("form"),
        b"noscript" => local_name!("noscript"),
        b"iframe" => local_name!("iframe"),
        b"blockquote" => local_name!("blockquote"),
        b"title" => local_name!("title"),
        b"html" => local_name!("html"),
        b"head" => local_name!("head"),
        b"body" => local_name!("body"),
        b"class" => local_name!("class"),
        b"id" => local_name!("id"),
        b"href" => local_name!("href"),
        b"type" => local_name!("type"),
        b"rel" => local_name!("rel"),
        b"content" => local_name!("content"),
        b"name" => local_name!("name"),
        b"role" => local_name!("role"),
        b"property" => local_name!("property"),
        b"itemprop" => local_name!("itemprop"),
        b"value" => local_name!("value"),
        b"aria-hidden" => local_name!("aria-hidden"),
        b"datetime" => local_name!("datetime"),
        b"lang" => local_name!("lang"),
        b"http-equiv" => local_name!("http-equiv"),
        b"hidden" => local_name!("hidden"),
        _ => looked_up_local_name(bytes),
    }
}

fn looked_up_local_name(bytes: &[u8]) -> LocalName {
    match std::str::from_utf8(bytes) {
        Ok(name) => LocalName::from(name),
        Err(_) => LocalName::from(&*String::from_utf8_lossy(bytes)),
    }
}

impl Feed<'_> {
    fn send(&self, token: Token) -> TokenSinkResult<usize> {
        self.builder.process_token(token, 1)
    }

    /// A token after which the tokenizer's state is its own to choose (text, comments,
    /// doctypes, the end of the page: the tree builder switches it only after a start tag).
    fn send_text(&self, token: Token) {
        let _continue = self.send(token);
    }

    /// The text read since the last token, with a NUL (which the tokenizer leaves in text
    /// outside raw text) as the token of its own the tree builder expects.
    fn flush_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        // Nearly every text has no NUL: found by memchr, not by a split that tests each byte.
        if memchr::memchr(0, &self.text).is_none() {
            let token = Token::CharacterTokens(tendril(&self.text));
            self.send_text(token);
            self.text.clear();
            return;
        }
        let text = std::mem::take(&mut self.text);
        for (i, part) in text.split(|&b| b == 0).enumerate() {
            if i > 0 {
                self.send_text(Token::NullCharacterToken);
            }
            if !part.is_empty() {
                self.send_text(Token::CharacterTokens(tendril(part)));
            }
        }
        self.text = text;
        self.text.clear();
    }

    /// The attribute being read, added to the tag unless it has one of that name already.
    fn finish_attribute(&mut self) {
        if !std::mem::take(&mut self.in_attr) {
            return;
        }
        if self.tag == TagKind::StartTag {
            let name = local_name(&self.attr_name);
            if self.attrs.iter().any(|a| a.name.local == name) {
                self.duplicate_attribute = true;
            } else {
                self.attrs.push(Attribute {
                    name: QualName::new(None, ns!(), name),
                    value: tendril(&self.attr_value),
                });
            }
        }
        self.attr_name.clear();
        self.attr_value.clear();
    }

    fn init_tag(&mut self, kind: TagKind) {
        self.tag = kind;
        self.name.clear();
        self.self_closing = false;
        self.attrs.clear();
        self.duplicate_attribute = false;
        self.in_attr = false;
        self.attr_name.clear();
        self.attr_value.clear();
    }
}

impl html5gum::Emitter for Feed<'_> {
    type Token = Infallible;

    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.last_start_tag.clear();
        self.last_start_tag
            .extend_from_slice(last_start_tag.unwrap_or_default());
    }

    fn emit_eof(&mut self) {
        self.flush_text();
        self.send_text(Token::EOFToken);
        self.builder.end();
    }

    fn emit_error(&mut self, _error: html5gum::Error) {}

    fn should_emit_errors(&mut self) -> bool {
        false
    }

    fn pop_token(&mut self) -> Option<Infallible> {
        None
    }

    fn emit_string(&mut self, text: &[u8]) {
        self.text.extend_from_slice(text);
    }

    fn init_start_tag(&mut self) {
        self.init_tag(TagKind::StartTag);
    }

    fn init_end_tag(&mut self) {
        self.init_tag(TagKind::EndTag);
    }

    fn init_comment(&mut self) {
        self.comment.clear();
    }

    fn emit_current_tag(&mut self) -> Option<html5gum::State> {
        self.finish_attribute();
        self.flush_text();
        if self.tag == TagKind::StartTag {
            self.last_start_tag.clone_from(&self.name);
        }
        let tag = Tag {
            kind: self.tag,
            name: local_name(&self.name),
            self_closing: self.self_closing && self.tag == TagKind::StartTag,
            attrs: std::mem::take(&mut self.attrs),
            had_duplicate_attributes: self.duplicate_attribute,
        };
        match self.send(Token::TagToken(tag)) {
            TokenSinkResult::Plaintext => Some(html5gum::State::PlainText),
            TokenSinkResult::RawData(RawKind::Rcdata) => Some(html5gum::State::RcData),
            TokenSinkResult::RawData(RawKind::Rawtext) => Some(html5gum::State::RawText),
            TokenSinkResult::RawData(RawKind::ScriptData | RawKind::ScriptDataEscaped(_)) => {
                Some(html5gum::State::ScriptData)
            }
            // A script would run here in a browser; the tokenizer goes on in the data state.
            _ => None,
        }
    }

    fn emit_current_comment(&mut self) {
        self.flush_text();
        let comment = tendril(&self.comment);
        self.send_text(Token::CommentToken(comment));
        self.comment.clear();
    }

    fn emit_current_doctype(&mut self) {
        self.flush_text();
        let d = std::mem::take(&mut self.doctype);
        let name = (!d.name.is_empty()).then(|| tendril(&d.name));
        self.send_text(Token::DoctypeToken(Doctype {
            name,
            public_id: d.public_id.as_deref().map(tendril),
            system_id: d.system_id.as_deref().map(tendril),
            force_quirks: d.force_quirks,
        }));
    }

    fn set_self_closing(&mut self) {
        self.self_closing = true;
    }

    fn set_force_quirks(&mut self) {
        self.doctype.force_quirks = true;
    }

    fn push_tag_name(&mut self, name: &[u8]) {
        self.name.extend_from_slice(name);
    }

    fn push_comment(&mut self, text: &[u8]) {
        self.comment.extend_from_slice(text);
    }

    fn push_doctype_name(&mut self, name: &[u8]) {
        self.doctype.name.extend_from_slice(name);
    }

    fn init_doctype(&mut self) {
        self.doctype = DoctypeParts::default();
    }

    fn init_attribute(&mut self) {
        self.finish_attribute();
        self.in_attr = true;
    }

    fn push_attribute_name(&mut self, name: &[u8]) {
        self.attr_name.extend_from_slice(name);
    }

    fn push_attribute_value(&mut self, value: &[u8]) {
        self.attr_value.extend_from_slice(value);
    }

    fn set_doctype_public_identifier(&mut self, value: &[u8]) {
        self.doctype.public_id = Some(value.to_vec());
    }

    fn set_doctype_system_identifier(&mut self, value: &[u8]) {
        self.doctype.system_id = Some(value.to_vec());
    }

    fn push_doctype_public_identifier(&mut self, value: &[u8]) {
        self.doctype
            .public_id
            .get_or_insert_with(Vec::new)
            .extend_from_slice(value);
    }

    fn push_doctype_system_identifier(&mut self, value: &[u8]) {
        self.doctype
            .system_id
            .get_or_insert_with(Vec::new)
            .extend_from_slice(value);
    }

    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.tag == TagKind::EndTag
            && !self.last_start_tag.is_empty()
            && self.name == self.last_start_tag
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&mut self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
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
        match child {
            NodeOrText::AppendNode(child) => append_node(&mut nodes, *parent, child),
            NodeOrText::AppendText(text) => {
                let last = nodes.get(*parent).and_then(|p| p.last_child);
                if let Some(at) = text_node(&mut nodes, last, text) {
                    append_node(&mut nodes, *parent, at);
                }
            }
        }
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
        match new_node {
            NodeOrText::AppendNode(child) => insert_before(&mut nodes, *sibling, child),
            NodeOrText::AppendText(text) => {
                let previous = s.previous;
                if let Some(at) = text_node(&mut nodes, previous, text) {
                    insert_before(&mut nodes, *sibling, at);
                }
            }
        }
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
    fn a_common_name_is_the_atom_a_look_up_gives() {
        for name in [
            "div",
            "a",
            "span",
            "svg",
            "g",
            "h6",
            "figcaption",
            "body",
            "class",
            "aria-hidden",
            "http-equiv",
            "hidden",
            "dIv",
            "divx",
            "",
            "pubdate",
            "phoenix-icon",
        ] {
            let atom = super::local_name(name.as_bytes());
            assert_eq!(atom, super::looked_up_local_name(name.as_bytes()), "{name}");
            assert_eq!(&*atom, name);
        }
    }

    #[test]
    fn html5gum_and_html5ever_tokens_build_the_same_trees_of_the_benchmark_pages() {
        for (path, page) in super::super::tests::benchmark_pages() {
            assert!(same_tree(&page), "{}", path.display());
        }
    }
}
