//! The text a reader sees, from the tokens of an HTML document: a walk that keeps the
//! stack of open elements the way the HTML standard's tree builder does for the cases
//! that decide the text (implied ends of `p`, `li`, `dd`/`dt`, headings and table cells;
//! end tags with no open element of their name ignored; the elements a reader never
//! sees skipped with everything inside them), without building a tree.
//!
//! Linear by construction: the stack holds at most [`MAX_DEPTH`] elements (deeper ones
//! are only counted, and an end tag among them closes the innermost), so a tag costs at
//! most that many steps, whatever the nesting; open `p`, `li` and their kin are counted,
//! so the common case of a start tag that ends none costs one look.
//!
//! What it leaves out of the standard: formatting elements are not reconstructed (their
//! text stays where it is), text in a table outside a cell is not moved before the
//! table, and foreign content (`svg`, `math`), skipped anyway, is only tracked for its
//! self-closing tags.

use super::elements::{
    element, Element, Watch, BLOCK, BREAKS_OUT, BUTTON, CLOSES_P, FOREIGN, IGNORED, LIST,
    NUM_WATCHED, SCOPE, SKIPPED, SPACED, SPECIAL, TABLE_CONTEXT, TABLE_INNER, TABLE_PART,
    TABLE_SCOPE, VOID,
};
use super::tokenizer::{StartTag, Token, Tokenizer};
use super::{is_widget_marker, ParagraphCollector};

/// Open elements tracked by name; deeper ones are only counted. No article nests this
/// deep; a document that does pays at most this many steps per tag.
const MAX_DEPTH: usize = 128;

/// Hidden formatting elements waiting to be reopened, at most: only a hidden one changes
/// what is read, and the standard keeps at most three of a kind.
const MAX_REOPENED: usize = 8;

#[derive(Debug, Clone, Copy)]
struct Open {
    id: u64,
    element: Element,
    /// Hidden by its attributes.
    hidden: bool,
}

#[derive(Default)]
struct Walker {
    stack: Vec<Open>,
    /// Open elements deeper than [`MAX_DEPTH`], only counted.
    overflow: usize,
    /// Open elements of each watched kind on the stack.
    num_open: [usize; NUM_WATCHED],
    /// The depth of the element being skipped, if any: nothing inside it is read.
    skip_from: Option<usize>,
    /// The depth of the open `svg` or `math`, if any.
    foreign_from: Option<usize>,
    /// Hidden formatting elements closed by another element's end: the standard reopens
    /// them before the next text or inline element, so what follows stays hidden.
    reopen: Vec<Open>,
    /// Tokens read and open elements looked at or popped: the walk's work, which the
    /// tests hold linear in the input.
    steps: usize,
}

/// Feeds the text a reader sees in `html` to `out`; returns the steps taken.
pub(super) fn walk(html: &str, out: &mut ParagraphCollector) -> usize {
    let mut walker = Walker::default();
    for token in Tokenizer::new(html) {
        walker.steps += 1;
        match token {
            Token::Text(text) => {
                walker.reopen_formatting();
                if walker.text_visible() {
                    out.push_text(&text);
                }
            }
            Token::Start(tag) => walker.start(&tag, out),
            Token::End(name) => walker.end(name, out),
        }
    }
    walker.steps
}

impl Walker {
    fn depth(&self) -> usize {
        self.stack.len() + self.overflow
    }

    /// Whether text here is read: outside a skipped element, or straight inside a table
    /// (not in a cell) that is skipped, since such text goes before the table.
    fn text_visible(&self) -> bool {
        let Some(from) = self.skip_from else {
            return true;
        };
        match (self.overflow, self.stack.last()) {
            (0, Some(top)) if top.element.flags & TABLE_CONTEXT != 0 => {
                // The table the text goes before, and whether the skip started in it.
                let table = self
                    .stack
                    .iter()
                    .rposition(|open| open.element.watch == Some(Watch::Table));
                table.is_some_and(|table| from >= table)
            }
            _ => false,
        }
    }

    /// Reopens the hidden formatting elements closed by another element's end.
    fn reopen_formatting(&mut self) {
        for open in std::mem::take(&mut self.reopen) {
            self.open(open);
        }
    }

    /// Pushes an element that has content (beyond the tracked depth only counted), and
    /// starts skipping at a hidden one.
    fn open(&mut self, open: Open) {
        let depth = self.depth();
        if open.hidden && self.skip_from.is_none() {
            self.skip_from = Some(depth);
        }
        if open.element.flags & FOREIGN != 0 && self.foreign_from.is_none() {
            self.foreign_from = Some(depth);
        }
        if self.stack.len() < MAX_DEPTH {
            if let Some(watch) = open.element.watch {
                self.num_open[watch as usize] += 1;
            }
            self.stack.push(open);
        } else {
            self.overflow += 1;
        }
    }

    /// Ends the open foreign content (an HTML element starts inside `svg` or `math`).
    fn leave_foreign(&mut self, out: &mut ParagraphCollector) {
        if let Some(from) = self.foreign_from {
            self.pop_to(from, out);
        }
    }

    fn start(&mut self, tag: &StartTag<'_>, out: &mut ParagraphCollector) {
        let (id, element) = element(tag.name);
        let flags = element.flags;
        if flags & IGNORED != 0 {
            return;
        }
        if flags & TABLE_INNER != 0 && self.num_open[Watch::Table as usize] == 0 {
            // Parts of a table outside one are no elements.
            return;
        }
        if flags & BREAKS_OUT != 0 && self.foreign_from.is_some() {
            self.leave_foreign(out);
        }
        if flags & CLOSES_P != 0 {
            self.close_paragraph(out);
        }
        match element.watch {
            Some(Watch::ListItem) => self.close_list_item(Watch::ListItem, out),
            Some(Watch::Definition) => self.close_list_item(Watch::Definition, out),
            // A heading ends the heading it would nest in.
            Some(Watch::Heading)
                if self.overflow == 0
                    && self
                        .stack
                        .last()
                        .is_some_and(|top| top.element.watch == Some(Watch::Heading)) =>
            {
                self.pop(out);
            }
            Some(Watch::Cell) => self.close_in_table(&[Watch::Cell], out),
            Some(Watch::Row) => self.close_in_table(&[Watch::Cell, Watch::Row], out),
            _ => {}
        }
        if element.reopens {
            self.reopen_formatting();
        }
        let foreign = self.foreign_from.is_some() || flags & FOREIGN != 0;
        let void = flags & VOID != 0 || (tag.self_closing && foreign);
        let hidden = flags & SKIPPED != 0 || is_hidden(tag);
        if self.skip_from.is_none() && !hidden {
            if flags & BLOCK != 0 {
                out.break_paragraph();
            } else if flags & SPACED != 0 {
                out.push_space();
            }
        }
        if !void {
            self.open(Open {
                id,
                element,
                hidden,
            });
        }
    }

    fn end(&mut self, name: &str, out: &mut ParagraphCollector) {
        let (id, element) = element(name);
        let flags = element.flags;
        if flags & IGNORED != 0 {
            return;
        }
        if self.overflow > 0 {
            // Among the elements only counted: it ends the innermost.
            self.pop(out);
            return;
        }
        if flags & VOID != 0 {
            // `</br>` is read as `<br>`; other void end tags as nothing.
            if name.eq_ignore_ascii_case("br") {
                if self.foreign_from.is_some() {
                    self.leave_foreign(out);
                }
                if self.skip_from.is_none() {
                    out.break_paragraph();
                }
            }
            return;
        }
        let found = match element.watch {
            Some(Watch::Paragraph) => {
                let found = self.in_scope(|open| open.id == id, SCOPE | BUTTON);
                if found.is_none() && self.skip_from.is_none() {
                    // A `</p>` with no open `p` stands for an empty paragraph.
                    out.break_paragraph();
                }
                found
            }
            Some(Watch::ListItem) => self.in_scope(|open| open.id == id, SCOPE | LIST),
            Some(Watch::Heading) => {
                self.in_scope(|open| open.element.watch == Some(Watch::Heading), SCOPE)
            }
            _ if flags & TABLE_PART != 0 => self.in_scope(|open| open.id == id, TABLE_SCOPE),
            _ if flags & SPECIAL != 0 => self.in_scope(|open| open.id == id, SCOPE),
            _ => {
                // Any other end tag closes the nearest open element of its name, unless
                // a special element is open above it.
                let nearest = self
                    .stack
                    .iter()
                    .rposition(|open| open.id == id || open.element.flags & SPECIAL != 0);
                self.steps += self.stack.len() - nearest.unwrap_or(0);
                nearest.filter(|&index| self.stack[index].id == id)
            }
        };
        if let Some(index) = found {
            self.pop_to(index, out);
        }
        if element.formatting {
            // Closed by its own end tag (or never open): not to be reopened.
            if let Some(at) = self.reopen.iter().rposition(|open| open.id == id) {
                self.reopen.remove(at);
            }
        }
    }

    /// Where the nearest open element `matches` finds is, looking down the stack no
    /// further than an element with a `boundary` flag.
    fn in_scope(&mut self, matches: impl Fn(&Open) -> bool, boundary: u16) -> Option<usize> {
        for (index, open) in self.stack.iter().enumerate().rev() {
            self.steps += 1;
            if matches(open) {
                return Some(index);
            }
            if open.element.flags & boundary != 0 {
                return None;
            }
        }
        None
    }

    /// An open `p` in button scope ends (a block starts).
    fn close_paragraph(&mut self, out: &mut ParagraphCollector) {
        if self.num_open[Watch::Paragraph as usize] == 0 {
            return;
        }
        if let Some(index) = self.in_scope(
            |open| open.element.watch == Some(Watch::Paragraph),
            SCOPE | BUTTON,
        ) {
            self.pop_to(index, out);
        }
    }

    /// A new `li` (or `dd`/`dt`) ends the open one, unless a special element other than
    /// `address`, `div` or `p` stands between.
    fn close_list_item(&mut self, watch: Watch, out: &mut ParagraphCollector) {
        if self.num_open[watch as usize] == 0 {
            return;
        }
        let (address, div, p) = (element("address").0, element("div").0, element("p").0);
        for index in (0..self.stack.len()).rev() {
            self.steps += 1;
            let open = self.stack[index];
            if open.element.watch == Some(watch) {
                self.pop_to(index, out);
                return;
            }
            if open.element.flags & SPECIAL != 0 && ![address, div, p].contains(&open.id) {
                return;
            }
        }
    }

    /// A new cell or row ends the open ones of `watches` in table scope.
    fn close_in_table(&mut self, watches: &[Watch], out: &mut ParagraphCollector) {
        if watches
            .iter()
            .all(|watch| self.num_open[*watch as usize] == 0)
        {
            return;
        }
        if let Some(index) = self.in_scope(
            |open| {
                open.element
                    .watch
                    .is_some_and(|watch| watches.contains(&watch))
            },
            TABLE_SCOPE,
        ) {
            self.pop_to(index, out);
        }
    }

    /// Pops the elements down to the one at `index`, that one included.
    fn pop_to(&mut self, index: usize, out: &mut ParagraphCollector) {
        while self.depth() > index {
            self.pop(out);
        }
    }

    /// Pops the innermost open element: a block's end ends its paragraph, and the end of
    /// the skipped element ends the skip.
    fn pop(&mut self, out: &mut ParagraphCollector) {
        self.steps += 1;
        let Some(index) = self.depth().checked_sub(1) else {
            return;
        };
        let flags = if self.overflow > 0 {
            self.overflow -= 1;
            0
        } else {
            match self.stack.pop() {
                Some(open) => {
                    if let Some(watch) = open.element.watch {
                        self.num_open[watch as usize] -= 1;
                    }
                    if open.hidden && open.element.formatting && self.reopen.len() < MAX_REOPENED {
                        self.reopen.push(open);
                    }
                    open.element.flags
                }
                None => return,
            }
        };
        if self.foreign_from == Some(index) {
            self.foreign_from = None;
        }
        match self.skip_from {
            Some(from) if from == index => self.skip_from = None,
            Some(_) => {}
            None if flags & BLOCK != 0 => out.break_paragraph(),
            None if flags & SPACED != 0 => out.push_space(),
            None => {}
        }
    }
}

/// Whether an element's subtree is left out: invisible or widget chrome (the elements
/// skipped by name are [`SKIPPED`]).
fn is_hidden(tag: &StartTag<'_>) -> bool {
    let attributes = &tag.attributes;
    let is_link = tag.name.eq_ignore_ascii_case("a");
    attributes.hidden
        || attributes.aria_hidden == Some("true")
        || attributes.style.is_some_and(hides)
        || attributes.class.is_some_and(is_widget_marker)
        || attributes.id.is_some_and(is_widget_marker)
        || (is_link
            && attributes
                .href
                .is_some_and(|href| href.contains("feedburner.com/~ff/") || href.contains("/~a/")))
}

/// Whether an inline style hides the element.
fn hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(html: &str) -> usize {
        walk(html, &mut ParagraphCollector::default())
    }

    /// The walk's work on `shape` repeated `n` times and `4 * n` times.
    fn growth(shape: impl Fn(usize) -> String) -> (usize, usize) {
        (steps(&shape(10_000)), steps(&shape(40_000)))
    }

    #[test]
    fn work_grows_linearly_whatever_the_shape() {
        let spans = "<span>".repeat(127);
        type Shape = Box<dyn Fn(usize) -> String>;
        let shapes: Vec<(&str, Shape)> = vec![
            (
                "nested",
                Box::new(|n| format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n))),
            ),
            ("unclosed", Box::new(|n| "<div>".repeat(n))),
            ("unclosed p span", Box::new(|n| "<p><span>x".repeat(n))),
            (
                "li storm",
                Box::new(|n| format!("<ul>{}", "<li>x".repeat(n))),
            ),
            ("cells", Box::new(|n| "<table><tr><td>".repeat(n))),
            (
                "stray ends",
                Box::new(move |n| format!("{spans}{}", "</div>".repeat(n))),
            ),
            (
                "unmatched ends",
                Box::new(|n| format!("{}{}", "<span>".repeat(n), "</q>".repeat(n))),
            ),
            (
                "list scope misses",
                Box::new(|n| format!("<ul><li><ol>{}{}", "<span>".repeat(n), "</li>".repeat(n))),
            ),
            (
                "paragraph scope misses",
                Box::new(|n| format!("<p><button>{}{}", "<span>".repeat(n), "</p>".repeat(n))),
            ),
            (
                "hidden formatting",
                Box::new(|n| "<p><b class=share>x<div>y".repeat(n)),
            ),
            (
                "table text",
                Box::new(|n| format!("<table hidden><tr>{}", "x<b>y</b>".repeat(n))),
            ),
        ];
        for (name, shape) in shapes {
            let (small, large) = growth(shape);
            assert!(
                large <= small * 9 / 2,
                "{name}: {small} steps for n, {large} for 4n"
            );
            assert!(large <= 40_000 * 300, "{name}: {large} steps");
        }
    }
}
