//! Find in page in a long text: the place the browser showed in an empty
//! box's words ([`Found`]), held while the box's chunk is drawn in its place
//! (see [`super::window`]).

use std::cell::RefCell;

use web_sys::{Element, HtmlElement};

/// A place in a chunk's text held at a height in the text box's view: where
/// find in page showed its words in the chunk's empty box, kept while the
/// chunk is drawn in its place.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    /// The chunk's index.
    pub(super) chunk: usize,
    /// UTF-16 code units into the chunk's text.
    at16: u32,
    /// Pixels from the top of the text box's view.
    y: f64,
}

impl Found {
    /// Read where the view is in the box find in page `revealed`, if one
    /// waits, into `found_at`; its chunk's index.
    pub(super) fn catch(
        revealed: &RefCell<Option<(usize, Element)>>,
        found_at: &RefCell<Option<Found>>,
        root: &Element,
    ) -> Option<usize> {
        let (i, el) = revealed.borrow_mut().take()?;
        *found_at.borrow_mut() = Found::take(root, &el, i);
        Some(i)
    }

    /// The place in the middle of what the view shows of the revealed box
    /// `el`'s words (chunk `chunk`): the browser centres the words it found,
    /// so they stay in view. Found by halving over the box's one text node
    /// (no hit test: the point may be off the window, or under a toast).
    /// `None` when the view shows none of its words.
    fn take(root: &Element, el: &Element, chunk: usize) -> Option<Found> {
        let node = el.first_child()?;
        let range = web_sys::window()?.document()?.create_range().ok()?;
        range.select_node_contents(&node).ok()?;
        // Its lines: the box's height is an estimate, often taller.
        let (b, r) = (
            root.get_bounding_client_rect(),
            range.get_bounding_client_rect(),
        );
        let (top, bottom) = (b.top().max(r.top()), b.bottom().min(r.bottom()));
        if top >= bottom {
            return None;
        }
        let mid = (top + bottom) / 2.0;
        let (mut lo, mut hi) = (0, text_len(&node));
        while lo < hi {
            let at = (lo + hi) / 2;
            let below = line_mid(&range, &node, at).is_some_and(|y| y < mid);
            (lo, hi) = if below { (at + 1, hi) } else { (lo, at) };
        }
        let at16 = lo.min(text_len(&node).saturating_sub(1));
        Some(Found {
            chunk,
            at16,
            y: line_mid(&range, &node, at16)? - b.top(),
        })
    }

    /// Scroll `root` so that this place in the drawn chunk `el` is back at
    /// its height in the view.
    pub(super) fn restore(&self, root: &HtmlElement, el: &Element) {
        let Some((node, at)) = text_at(el, self.at16) else {
            return;
        };
        let range = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_range().ok());
        let Some(now) = range.and_then(|r| line_mid(&r, &node, at)) else {
            return;
        };
        let now = now - root.get_bounding_client_rect().top();
        let top = f64::from(root.scroll_top()) + now - self.y;
        root.set_scroll_top(top.max(0.0).round() as i32);
    }
}

/// Length of text node `node`, UTF-16 code units.
fn text_len(node: &web_sys::Node) -> u32 {
    js_sys::Reflect::get(node, &"length".into())
        .ok()
        .and_then(|l| l.as_f64())
        .unwrap_or(0.0) as u32
}

/// Middle of the line of the code unit at `at` in text node `node`, pixels
/// from the top of the window (`range` is reused).
fn line_mid(range: &web_sys::Range, node: &web_sys::Node, at: u32) -> Option<f64> {
    range.set_start(node, at).ok()?;
    range.set_end(node, (at + 1).min(text_len(node))).ok()?;
    let r = range.get_bounding_client_rect();
    Some((r.top() + r.bottom()) / 2.0)
}

/// The text node under `el` holding UTF-16 offset `at16` of its text, and
/// the offset in that node.
fn text_at(el: &Element, at16: u32) -> Option<(web_sys::Node, u32)> {
    let mut left = at16;
    let mut stack = vec![el.first_child()?];
    while let Some(node) = stack.pop() {
        if let Some(next) = node.next_sibling() {
            stack.push(next);
        }
        if node.node_type() == web_sys::Node::TEXT_NODE {
            let len = text_len(&node);
            if left <= len {
                return Some((node, left));
            }
            left -= len;
        } else if let Some(child) = node.first_child() {
            stack.push(child);
        }
    }
    None
}
