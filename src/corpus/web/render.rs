//! Text from elements of the arena, as a browser lays it out: block elements become paragraph
//! breaks (a blank line), `<br>` a line break, runs of whitespace one space; the text never
//! starts or ends with whitespace.

use super::dom::{Child, Dom};

/// Whether an element `tag` stands on its own lines; each starts and ends a paragraph. (A
/// `match`, compiled to a switch on the length: every element of a page asks.)
pub(super) fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "legend"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "body"
    )
}

/// Text under construction: whitespace and breaks are held back until the next visible
/// character, so the text never starts or ends with them and runs of them collapse.
#[derive(Default)]
pub(super) struct Output {
    pub text: String,
    /// Newlines owed before the next character: 1 for a line break, 2 for a paragraph break.
    pending_break: usize,
    pending_space: bool,
}

impl Output {
    pub fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c);
        }
    }

    pub fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = true;
            return;
        }
        if !self.text.is_empty() {
            if self.pending_break > 0 {
                self.text
                    .extend(std::iter::repeat_n('\n', self.pending_break));
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_break = 0;
        self.pending_space = false;
        self.text.push(c);
    }

    pub fn request_break(&mut self, newlines: usize) {
        self.pending_break = self.pending_break.max(newlines);
    }
}

/// Writes the text of element `root` and what it holds into `out`, leaving out every element
/// for which `skip` says so (with all it holds).
pub(super) fn render(dom: &Dom, root: usize, skip: &dyn Fn(usize) -> bool, out: &mut Output) {
    enum Step<'a> {
        Open(usize),
        Close(usize),
        Text(&'a str),
    }
    let mut stack = vec![Step::Open(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(text) => out.push_str(text),
            Step::Close(at) => {
                if dom.elements[at].block {
                    out.request_break(2);
                }
            }
            Step::Open(at) => {
                if skip(at) {
                    continue;
                }
                let element = &dom.elements[at];
                match element.tag() {
                    "br" => out.request_break(1),
                    "img" | "td" | "th" => out.push(' '),
                    _ => {}
                }
                if element.block {
                    out.request_break(2);
                }
                stack.push(Step::Close(at));
                // Reversed, so that the first child is taken first.
                for child in dom.children(element).iter().rev() {
                    stack.push(match child {
                        Child::Element(e) => Step::Open(*e),
                        Child::Text(text) => Step::Text(text),
                    });
                }
            }
        }
    }
}
