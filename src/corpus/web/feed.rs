//! html5gum's tokens handed to html5ever's tree builder (`tree.rs`'s sink) as if they were the
//! tokens of html5ever's own tokenizer, which reads a page a character at a time where html5gum
//! reads runs of bytes. A file of its own beside `tree.rs`: this is the tokenizer's side of the
//! parse, that the tree's.

use super::tree::Sink;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{local_name, ns, Attribute, LocalName, QualName};
use std::convert::Infallible;

/// Runs html5gum's tokenizer over `html`, its tokens going to `builder`.
pub(super) fn tokenize(html: &str, builder: &TreeBuilder<usize, Sink>) {
    let feed = Feed {
        builder,
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
        deep: Deep::No,
        left_out: Vec::new(),
    };
    let Ok(()) = html5gum::Tokenizer::new_with_emitter(html, feed).finish();
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
    /// Whether the tree builder was last found at [`MAX_DEPTH`] or deeper.
    deep: Deep,
    /// The start tags left out for depth, by name, with how many of each are still open: their
    /// end tags are left out too.
    left_out: Vec<(LocalName, u32)>,
}

/// The depth below which elements are left out, their text going to the element above them,
/// as Chromium does at 512. The tree builder looks through its whole stack of open elements at
/// each end tag and at many start tags, so a page nesting 100,000 elements (hand-made, or
/// a template that never closes its `<font>`) would take minutes; no article is that deep.
pub(super) const MAX_DEPTH: u32 = 512;

/// How far past [`MAX_DEPTH`] the tree builder may be found before an end tag no longer counts
/// as a way back up: stray end tags (of elements never opened) close nothing, and without this
/// a page alternating them with start tags would let one more element in after each.
const PAST_MAX_DEPTH: u32 = 64;

/// Where the tree builder was last found, against [`MAX_DEPTH`].
#[derive(Clone, Copy, PartialEq)]
enum Deep {
    No,
    /// At the limit: start tags are left out until an end tag the builder takes closes something
    /// (then the next token says where it is).
    AtLimit,
    /// Well past it: start tags are left out until text is found higher up.
    PastLimit,
}

/// Whether an element of this name can hold others: not a void element and not one whose
/// contents the tokenizer reads as raw text.
fn holds_elements(name: &LocalName) -> bool {
    !matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("script")
            | local_name!("style")
            | local_name!("title")
            | local_name!("textarea")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
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
    fn send(&mut self, token: Token) -> TokenSinkResult<usize> {
        let sink = &self.builder.sink;
        sink.depth_put.set(0);
        let result = self.builder.process_token(token, 1);
        match sink.depth_put.get() {
            0 => {}
            d if d >= MAX_DEPTH + PAST_MAX_DEPTH => self.deep = Deep::PastLimit,
            d if d >= MAX_DEPTH => self.deep = Deep::AtLimit,
            _ => self.deep = Deep::No,
        }
        result
    }

    /// Whether the tag being read is left out for depth (see [`MAX_DEPTH`]): a start tag of an
    /// element that can hold others while the builder is that deep, or the end tag of one such.
    /// Raw-text elements (`<script>`, `<style>`, `<title>`, ...) always go in, as the tokenizer
    /// must switch its state for them.
    fn left_out_for_depth(&mut self) -> bool {
        if self.tag == TagKind::EndTag {
            if !self.left_out.is_empty() {
                let name = local_name(&self.name);
                if let Some(at) = self.left_out.iter().position(|(n, _)| *n == name) {
                    self.left_out[at].1 -= 1;
                    if self.left_out[at].1 == 0 {
                        self.left_out.swap_remove(at);
                    }
                    return true;
                }
            }
            if self.deep == Deep::AtLimit {
                self.deep = Deep::No;
            }
            return false;
        }
        if self.deep == Deep::No {
            return false;
        }
        let name = local_name(&self.name);
        if !holds_elements(&name) {
            return false;
        }
        match self.left_out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, open)) => *open += 1,
            None => self.left_out.push((name, 1)),
        }
        true
    }

    /// A token after which the tokenizer's state is its own to choose (text, comments,
    /// doctypes, the end of the page: the tree builder switches it only after a start tag).
    fn send_text(&mut self, token: Token) {
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
        if self.left_out_for_depth() {
            self.attrs.clear();
            return None;
        }
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

#[cfg(test)]
mod tests {
    use super::{local_name, looked_up_local_name};

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
            let atom = local_name(name.as_bytes());
            assert_eq!(atom, looked_up_local_name(name.as_bytes()), "{name}");
            assert_eq!(&*atom, name);
        }
    }
}
