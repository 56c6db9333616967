//! `network`: an SVG drawing of a document's relations: entities as nodes on two facing
//! arcs (an oval's sides, names outwards), relations as labelled edges (arrows from source
//! to target; meetings without arrow). It grows taller with its nodes (cold trial: 14 nodes
//! on a 105-unit circle put names and edge labels over each other, in half the panel's
//! width), and each edge label goes where it covers no name and no other label.
//!
//! Input: an analysis, the selected entity. Output: the SVG; every node is a focusable
//! button (Enter or Space selects it, as a click does) reported through `on_select`. The
//! selected entity's node and edges are highlighted and the others dimmed. Hedged edges are
//! dashed and negated ones dotted, and every edge says its type and modality in words (its
//! label and `<title>`), so colour is never the only cue. No node sits on the vertical axis
//! (where two names would meet); long names wrap onto two lines, longer ones are cut with
//! "…", the full name in the node's `<title>`; parallel edges put their labels at different points of their curves.

use std::collections::HashMap;

use web_sys::{KeyboardEvent, MouseEvent};
use yew::prelude::*;

use crate::engine::model::{Analysis, Label, Modality, RelationType};
use crate::export::decimal::fixed;

/// Drawing width (SVG user units), drawn at this size in CSS pixels: its box scrolls
/// sideways where it is narrower (trial 26: scaled to a phone's width, its words were 5 px).
pub const WIDTH: f64 = 760.0;
/// Least drawing height (SVG user units); see [`height`].
pub const HEIGHT: f64 = 240.0;
/// Height given to each node of the fuller side: a name takes two 13-unit lines at most.
const STEP: f64 = 36.0;
/// Room above the first node and under the last.
const PAD: f64 = 22.0;
/// A side's nodes lie between these distances from the middle, the farthest halfway down
/// (an oval's sides, so edges between two nodes of one side are not one straight line);
/// outside them, 180 units for names of [`LINE_CHARS`].
const ARC_IN: f64 = 110.0;
const ARC_OUT: f64 = 185.0;
const NODE_R: f64 = 7.0;

/// An entity taking part in at least one relation.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Entity id ("E3").
    pub id: String,
    /// The entity's canonical name.
    pub name: String,
    /// The entity's type.
    pub label: Label,
    /// Centre, SVG user units from the left (0..[`WIDTH`]).
    pub x: f64,
    /// Centre, SVG user units from the top (0..[`height`]).
    pub y: f64,
    /// Its name's lines ([`name_lines`]) and where the first is drawn (x, baseline y).
    pub lines: Vec<String>,
    /// Where its name is drawn (x, first baseline y), set by [`place`].
    pub text_at: (f64, f64),
}

/// All relations of one type between one source and one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Indexes into [`Graph::nodes`].
    pub source: usize,
    /// Index into [`Graph::nodes`] of the target.
    pub target: usize,
    /// The relations' type.
    pub kind: RelationType,
    /// How many relations (sentences) it stands for.
    pub count: usize,
    /// Asserted if any sentence asserts it; negated if every one denies it; else hedged.
    pub modality: Modality,
    /// Which of the edges between the same two nodes this is (0, 1, ...): parallel edges bend.
    pub lane: usize,
    /// Its curve (an SVG path) and where its label is drawn (centre x, baseline y), set by
    /// [`place`] once per graph, not on every render (a selection re-renders the drawing).
    pub path: String,
    /// See [`Edge::path`].
    pub label_at: (f64, f64),
}

/// Nodes and edges with their positions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    /// Entities in order of first appearance.
    pub nodes: Vec<Node>,
    /// One edge per (type, source, target).
    pub edges: Vec<Edge>,
    /// Entities taking part in relations that are not drawn ([`busiest`]).
    pub left_out: usize,
}

/// Nodes drawn at most: a long text's thousands of relations drawn whole
/// were thousands of SVG elements, built and restyled on every switch and
/// selection (issue 14.10), and unreadable on a circle anyway.
pub const NODES_MAX: usize = 40;

/// `g` cut to its `max` most connected nodes (most edges first, then first
/// appearance), kept in their order, with the edges between them, laid out
/// again; `left_out` counts the others. Unchanged when it has `max` or fewer.
pub fn busiest(g: Graph, max: usize) -> Graph {
    if g.nodes.len() <= max {
        return g;
    }
    laid_out(cut(g, max))
}

/// [`busiest`]`(`[`graph`]`(a), max)`, laid out once: only the nodes drawn are
/// placed. Placing the whole graph first (a 2 MB text: 786 entities in relations,
/// each edge label tried against every label placed before it) took about 40 ms of
/// the main-thread task that drew the text's panels (issue 17.3).
pub fn drawn(a: &Analysis, max: usize) -> Graph {
    laid_out(cut(merged(a), max))
}

/// `g` cut to its `max` most connected nodes, not laid out ([`busiest`]).
fn cut(g: Graph, max: usize) -> Graph {
    let n = g.nodes.len();
    if n <= max {
        return g;
    }
    let mut degree = vec![0usize; n];
    for e in &g.edges {
        degree[e.source] += 1;
        degree[e.target] += 1;
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by_key(&mut order, |&i| (usize::MAX - degree[i], i));
    let mut keep = vec![false; n];
    for &i in order.iter().take(max) {
        keep[i] = true;
    }
    // New index of each kept node.
    let mut at = vec![usize::MAX; n];
    let mut nodes = Vec::with_capacity(max);
    for (i, nd) in g.nodes.into_iter().enumerate() {
        if keep[i] {
            at[i] = nodes.len();
            nodes.push(nd);
        }
    }
    let edges = g
        .edges
        .into_iter()
        .filter(|e| keep[e.source] && keep[e.target])
        .map(|e| Edge {
            source: at[e.source],
            target: at[e.target],
            ..e
        })
        .collect();
    let left_out = n - nodes.len();
    Graph {
        nodes,
        edges,
        left_out,
    }
}

/// `g` with its nodes positioned and [`place`]d.
fn laid_out(mut g: Graph) -> Graph {
    let n = g.nodes.len();
    for (i, nd) in g.nodes.iter_mut().enumerate() {
        (nd.x, nd.y) = position(i, n);
    }
    place(&mut g);
    g
}

/// Lay out the relations of `a`: nodes in order of first appearance, evenly on a circle
/// (clockwise from half a step right of the top); edges merged per (source, target, type).
pub fn graph(a: &Analysis) -> Graph {
    laid_out(merged(a))
}

/// The nodes and merged edges of `a`'s relations ([`graph`]), not laid out.
fn merged(a: &Analysis) -> Graph {
    let entities: HashMap<&str, (&str, Label)> = a
        .entity_list
        .iter()
        .map(|e| (e.id.as_str(), (e.name.as_str(), e.label)))
        .collect();
    let mut g = Graph::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut node = |g: &mut Graph, id: &str| -> usize {
        if let Some(&i) = index.get(id) {
            return i;
        }
        let (name, label) = entities.get(id).copied().unwrap_or((id, Label::Org));
        g.nodes.push(Node {
            id: id.to_string(),
            name: name.to_string(),
            label,
            x: 0.0,
            y: 0.0,
            lines: Vec::new(),
            text_at: (0.0, 0.0),
        });
        index.insert(id.to_string(), g.nodes.len() - 1);
        g.nodes.len() - 1
    };
    // Per node, the edges whose first node (the lower index) it is: an edge and
    // its lane are found among them, not by a scan of every edge so far for each
    // relation (thousands on a 2 MB text).
    let mut edges_of: Vec<Vec<usize>> = Vec::new();
    for r in &a.relations {
        let s = node(&mut g, &r.source);
        let t = node(&mut g, &r.target);
        edges_of.resize(g.nodes.len(), Vec::new());
        let pair = &mut edges_of[s.min(t)];
        let same = |e: &Edge| e.source == s && e.target == t && e.kind == r.kind;
        if let Some(e) = pair
            .iter()
            .copied()
            .find(|&i| same(&g.edges[i]))
            .map(|i| &mut g.edges[i])
        {
            e.count += 1;
            e.modality = match (e.modality, r.modality) {
                (Modality::Asserted, _) | (_, Modality::Asserted) => Modality::Asserted,
                (Modality::Negated, Modality::Negated) => Modality::Negated,
                _ => Modality::Hedged,
            };
            continue;
        }
        let lane = (pair.iter().map(|&i| &g.edges[i]))
            .filter(|e| (e.source, e.target) == (s, t) || (e.source, e.target) == (t, s))
            .count();
        pair.push(g.edges.len());
        g.edges.push(Edge {
            source: s,
            target: t,
            kind: r.kind,
            count: 1,
            modality: r.modality,
            lane,
            path: String::new(),
            label_at: (0.0, 0.0),
        });
    }
    g
}

/// The drawing's height for `n` nodes: [`STEP`] for each node of the fuller side.
pub fn height(n: usize) -> f64 {
    (PAD * 2.0 + n.div_ceil(2) as f64 * STEP).max(HEIGHT)
}

/// Centre of node `i` of `n`, in drawing units (x, y), clockwise as on a clock face: the
/// first half down the right side, the rest up the left, evenly spaced, names outwards.
/// No node lies on the vertical axis, where names going outwards to either side would meet,
/// nor two of a side closer than [`STEP`] in height.
pub fn position(i: usize, n: usize) -> (f64, f64) {
    let n = n.max(1);
    let h = height(n);
    let right = n.div_ceil(2);
    let (side, k, m) = if i < right {
        (1.0, i, right)
    } else {
        (-1.0, n - 1 - i, n - right)
    };
    let step = (h - PAD * 2.0) / m.max(1) as f64;
    let y = PAD + (k as f64 + 0.5) * step;
    let t = ((y - h / 2.0) / (h / 2.0)).clamp(-1.0, 1.0);
    let out = ARC_IN + (ARC_OUT - ARC_IN) * (1.0 - t * t).sqrt();
    (WIDTH / 2.0 + side * out, y)
}

/// A box on the drawing (left, top, right, bottom), for keeping words apart.
type Box4 = [f64; 4];

fn overlaps(a: &Box4, b: &Box4) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Where a node's name is drawn: its first baseline's x and y, and the box its lines take.
fn name_box(n: &Node, lines: usize, widest: usize) -> (f64, f64, Box4) {
    let left = n.x < WIDTH / 2.0;
    let tx = if left {
        n.x - NODE_R - 3.0
    } else {
        n.x + NODE_R + 3.0
    };
    let ty = n.y + 4.0 - 6.5 * lines.saturating_sub(1) as f64;
    let w = widest as f64 * 7.0;
    let (l, r) = if left { (tx - w, tx) } else { (tx, tx + w) };
    (
        tx,
        ty,
        [
            l,
            ty - 10.0,
            r,
            ty + 13.0 * lines.saturating_sub(1) as f64 + 3.0,
        ],
    )
}

/// Code points per line of a name on the drawing; a name takes at most two
/// lines (wrapped at spaces), the rest cut with "…"; the full name is in the
/// node's `<title>` and `aria-label`.
pub const LINE_CHARS: usize = 23;

/// The lines a node's name is drawn on (one or two, see [`LINE_CHARS`]).
pub fn name_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in name.split_whitespace() {
        let room = lines.len() < 2;
        let Some(line) = lines.last_mut() else { break };
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > LINE_CHARS && room {
            lines.push(word.to_string());
        } else {
            if len > 0 {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.iter().map(|l| short(l, LINE_CHARS)).collect()
}

/// `s` cut to `max` code points, the last one "…" when it is cut.
pub fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Lay out what [`network`] draws of `g` (nodes already positioned): each node's name
/// lines, each edge's curve and where its label goes. Parallel edges bend apart: a quadratic
/// curve whose control point leaves the straight line by 26 units per lane, alternating
/// sides; an edge between two nodes of one side bends inwards, away from their names. A
/// label goes to the first point of its curve from the middle outwards (parallel edges start
/// a third of the way from one end) where it covers no name, disc or label already placed,
/// else the same a line above or under the curve; the first point when there is none.
pub fn place(g: &mut Graph) {
    let mut taken: Vec<Box4> = Vec::with_capacity(g.nodes.len() * 2 + g.edges.len());
    for n in g.nodes.iter_mut() {
        n.lines = name_lines(&n.name);
        let widest = n.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let (tx, ty, b) = name_box(n, n.lines.len(), widest);
        n.text_at = (tx, ty);
        let r = NODE_R + 2.0;
        taken.push(b);
        taken.push([n.x - r, n.y - r, n.x + r, n.y + r]);
    }
    let nodes = &g.nodes;
    for e in g.edges.iter_mut() {
        let (a, b) = (&nodes[e.source], &nodes[e.target]);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let side = if e.lane % 2 == 0 { 1.0 } else { -1.0 };
        let mut off = 26.0 * e.lane.div_ceil(2) as f64 * side;
        let mid = WIDTH / 2.0;
        if (a.x < mid) == (b.x < mid) {
            // The normal (-dy, dx) points inwards when it has the sign of the middle.
            let inwards = if (-dy / len) * (mid - a.x) > 0.0 {
                1.0
            } else {
                -1.0
            };
            off += inwards * (30.0 + len / 6.0);
        }
        let (cx, cy) = (
            (a.x + b.x) / 2.0 - dy / len * off,
            (a.y + b.y) / 2.0 + dx / len * off,
        );
        // End the line at the node's rim so the arrow head shows.
        let (ex, ey) = (
            b.x - (b.x - cx) / len * NODE_R * 1.6,
            b.y - (b.y - cy) / len * NODE_R * 1.6,
        );
        e.path = format!(
            "M{},{} Q{},{} {},{}",
            fixed(a.x, 1),
            fixed(a.y, 1),
            fixed(cx, 1),
            fixed(cy, 1),
            fixed(ex, 1),
            fixed(ey, 1)
        );
        let w = edge_label(e).chars().count() as f64 * 6.2 + 4.0;
        let at = |(t, shift): (f64, f64)| {
            let u = 1.0 - t;
            let (lx, ly) = (
                u * u * a.x + 2.0 * u * t * cx + t * t * b.x,
                u * u * a.y + 2.0 * u * t * cy + t * t * b.y - 3.0 + shift,
            );
            (lx, ly, [lx - w / 2.0, ly - 10.0, lx + w / 2.0, ly + 3.0])
        };
        let first = [0.5, 0.3, 0.7][e.lane % 3];
        let (lx, ly, b4) = [0.0, -13.0, 13.0, -26.0, 26.0]
            .into_iter()
            .flat_map(|shift| [first, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.5].map(|t| (t, shift)))
            .map(&at)
            .find(|(_, _, b)| !taken.iter().any(|t| overlaps(t, b)))
            .unwrap_or_else(|| at((first, 0.0)));
        taken.push(b4);
        e.label_at = (lx, ly);
    }
}

/// The edge's words: "Supply", "Meeting ×2", "Sanction (hedged)", "Supply (denied)".
pub fn edge_label(e: &Edge) -> String {
    let mut s = e.kind.display().to_string();
    if e.count > 1 {
        s.push_str(&format!(" ×{}", e.count));
    }
    if e.modality != Modality::Asserted {
        s.push_str(&format!(
            " ({})",
            crate::web::state::words::modality_words(e.modality)
        ));
    }
    s
}

/// What [`network`] draws: an analysis' relations (as its [`graph`]), the
/// selected entity, and where a node's activation goes.
pub struct NetworkProps<'a> {
    /// The [`graph`] of the analysis whose relations are drawn (made once
    /// per analysis by the caller, not on every selection).
    pub graph: &'a Graph,
    /// Id of the selected entity (its node is emphasised).
    pub selected: Option<&'a str>,
    /// A node was activated (`None`: clicked again to clear).
    pub on_select: &'a Callback<Option<String>>,
}

/// The relations as a network drawing (SVG), nodes on a circle. A plain
/// function, not a component (no state of its own; a component's machinery
/// cost about 1 KB gzip).
pub fn network(props: NetworkProps) -> Html {
    let g = props.graph;
    if g.edges.is_empty() {
        return html! {};
    }
    let sel = props.selected;
    let sel_node = sel.and_then(|s| g.nodes.iter().position(|n| n.id == s));
    let height = height(g.nodes.len());
    let edges = g
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (&g.nodes[e.source], &g.nodes[e.target]);
            let touched = sel_node.map(|s| e.source == s || e.target == s);
            let label = edge_label(e);
            let (lx, ly) = e.label_at;
            let d = e.path.clone();
            let title = format!("{} → {}: {}", a.name, b.name, label);
            let class = classes!(
                "edge",
                format!("rel-{}", e.kind.as_str().to_ascii_lowercase()),
                format!("mod-{}", e.modality.as_str()),
                (touched == Some(true)).then_some("hl"),
                (touched == Some(false)).then_some("dim"),
            );
            let marker = (e.kind != RelationType::Meeting).then_some("url(#rel-arrow)");
            html! {
                <g class={class} data-kind={e.kind.as_str()}>
                    <title>{title}</title>
                    <path d={d} fill="none" marker-end={marker} />
                    <text x={fixed(lx, 1)} y={fixed(ly, 1)}
                        text-anchor="middle">{label}</text>
                </g>
            }
        })
        .collect::<Html>();
    let nodes = g
        .nodes
        .iter()
        .map(|n| {
            let (lines, (tx, ty)) = (&n.lines, n.text_at);
            let selected = sel == Some(n.id.as_str());
            let emit = {
                let cb = props.on_select.clone();
                let id = n.id.clone();
                move || cb.emit((!selected).then(|| id.clone()))
            };
            let onclick = {
                let emit = emit.clone();
                Callback::from(move |_: MouseEvent| emit())
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    emit();
                }
            });
            // Beside the node, outwards (no node sits on the vertical axis).
            let left = n.x < WIDTH / 2.0;
            let class = classes!(
                "node",
                super::entity_panel::type_class(n.label),
                selected.then_some("selected"),
                (sel.is_some() && !selected).then_some("dim"),
            );
            html! {
                <g class={class} tabindex="0" role="button" data-entity={n.id.clone()}
                    aria-pressed={if selected { "true" } else { "false" }}
                    aria-label={format!("{} ({})", n.name, n.label.display())} {onclick} {onkeydown}>
                    <title>{&n.name}</title>
                    <circle cx={fixed(n.x, 1)} cy={fixed(n.y, 1)} r={fixed(NODE_R, 0)} />
                    <text x={fixed(tx, 1)} y={fixed(ty, 1)}
                        text-anchor={if left { "end" } else { "start" }}>{for lines.iter().enumerate().map(|(i, l)| html! {
                            <tspan x={fixed(tx, 1)} dy={if i == 0 { "0" } else { "13" }}>{l}</tspan>
                        })}</text>
                </g>
            }
        })
        .collect::<Html>();
    // In a box of its own that scrolls sideways, the drawing at its own size.
    html! {
        <div class="network-box">
        <svg class="network" width={fixed(WIDTH, 0)} height={fixed(height, 0)}
            viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0))} role="group"
            aria-label="Relations network: entities as nodes, relations as labelled edges">
            <defs>
                <marker id="rel-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" />
                </marker>
            </defs>
            <g class="edges">{edges}</g>
            <g class="nodes">{nodes}</g>
            if g.left_out > 0 {
                <text class="network-note" x="4" y={fixed(height - 4.0, 0)}>
                    {format!("The {} most connected of {} entities", g.nodes.len(), g.nodes.len() + g.left_out)}
                </text>
            }
        </svg>
        </div>
    }
}
