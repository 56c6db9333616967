//! `network`: a small SVG drawing of a document's relations: entities as nodes on a circle,
//! relations as labelled edges (arrows from source to target; meetings without arrow).
//!
//! Input: an analysis, the selected entity. Output: the SVG; every node is a focusable
//! button (Enter or Space selects it, as a click does) reported through `on_select`. The
//! selected entity's node and edges are highlighted and the others dimmed. Hedged edges are
//! dashed and negated ones dotted, and every edge says its type and modality in words (its
//! label and `<title>`), so colour is never the only cue. Labels are placed so they do not
//! cover each other or the nodes where there is room ([`place_labels`]); long names are cut
//! with "…", the full name in the node's `<title>`.

use std::collections::HashMap;

use web_sys::{KeyboardEvent, MouseEvent};
use yew::prelude::*;

use crate::engine::model::{Analysis, Label, Modality, RelationType};

/// Drawing size (SVG user units); the SVG scales to its box.
pub const WIDTH: f64 = 420.0;
/// Drawing height (SVG user units).
pub const HEIGHT: f64 = 300.0;
const RADIUS: f64 = 105.0;
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
    /// Centre, SVG user units from the top (0..[`HEIGHT`]).
    pub y: f64,
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
}

/// Nodes and edges with their positions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    /// Entities in order of first appearance.
    pub nodes: Vec<Node>,
    /// One edge per (type, source, target).
    pub edges: Vec<Edge>,
}

/// Lay out the relations of `a`: nodes in order of first appearance, evenly on a circle
/// (clockwise from half a step right of the top); edges merged per (source, target, type).
pub fn graph(a: &Analysis) -> Graph {
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
        });
        index.insert(id.to_string(), g.nodes.len() - 1);
        g.nodes.len() - 1
    };
    for r in &a.relations {
        let s = node(&mut g, &r.source);
        let t = node(&mut g, &r.target);
        if let Some(e) = g
            .edges
            .iter_mut()
            .find(|e| e.source == s && e.target == t && e.kind == r.kind)
        {
            e.count += 1;
            e.modality = match (e.modality, r.modality) {
                (Modality::Asserted, _) | (_, Modality::Asserted) => Modality::Asserted,
                (Modality::Negated, Modality::Negated) => Modality::Negated,
                _ => Modality::Hedged,
            };
            continue;
        }
        let lane = g
            .edges
            .iter()
            .filter(|e| (e.source, e.target) == (s, t) || (e.source, e.target) == (t, s))
            .count();
        g.edges.push(Edge {
            source: s,
            target: t,
            kind: r.kind,
            count: 1,
            modality: r.modality,
            lane,
        });
    }
    let n = g.nodes.len().max(1) as f64;
    for (i, nd) in g.nodes.iter_mut().enumerate() {
        // Half a step off the top: no two names meet on the vertical axis.
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i as f64 + 0.5) / n;
        nd.x = WIDTH / 2.0 + RADIUS * angle.cos();
        nd.y = HEIGHT / 2.0 + RADIUS * angle.sin();
    }
    g
}

/// Names longer than this (code points) are cut with "…" on the drawing; the
/// full name is in the node's `<title>` and `aria-label`.
pub const NAME_CHARS: usize = 14;

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

/// A label placed on the drawing: its text, baseline point, `text-anchor`
/// and the box it covers (left, top, right, bottom; SVG user units).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The words drawn.
    pub text: String,
    /// Anchor point, x.
    pub x: f64,
    /// Baseline, y.
    pub y: f64,
    /// "start", "middle" or "end".
    pub anchor: &'static str,
    /// The box it covers (estimated from its length and font size).
    pub rect: [f64; 4],
}

/// The three points of edge `e`'s quadratic curve: from its source, the
/// control point (parallel edges bend apart, 18 units per lane, alternating
/// sides), to its target's centre.
pub fn curve(g: &Graph, e: &Edge) -> [(f64, f64); 3] {
    let (a, b) = (&g.nodes[e.source], &g.nodes[e.target]);
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let side = if e.lane % 2 == 0 { 1.0 } else { -1.0 };
    let off = 18.0 * e.lane.div_ceil(2) as f64 * side;
    let c = (
        (a.x + b.x) / 2.0 - dy / len * off,
        (a.y + b.y) / 2.0 + dx / len * off,
    );
    [(a.x, a.y), c, (b.x, b.y)]
}

/// Labels of nodes (in [`Graph::nodes`] order) and edges (in
/// [`Graph::edges`] order): a node's name beside it, outwards; an edge's
/// words at the point along its curve, just above or below it or a line
/// further off, where they cover the least of the node circles, the labels
/// placed before them and the space outside the drawing. Greedy, in that order; quadratic in the number of labels (a
/// document's relations draw a few dozen).
pub fn place_labels(g: &Graph) -> (Vec<Placed>, Vec<Placed>) {
    let mut taken: Vec<[f64; 4]> = g
        .nodes
        .iter()
        .map(|n| [n.x - NODE_R, n.y - NODE_R, n.x + NODE_R, n.y + NODE_R])
        .collect();
    let nodes = g
        .nodes
        .iter()
        .map(|n| {
            // Beside the node, outwards (no node sits on the vertical axis).
            let spot = if n.x < WIDTH / 2.0 {
                (n.x - NODE_R - 3.0, n.y + 4.0, 2)
            } else {
                (n.x + NODE_R + 3.0, n.y + 4.0, 0)
            };
            pick(&mut taken, short(&n.name, NAME_CHARS), 10.0, &[spot])
        })
        .collect();
    let edges = g
        .edges
        .iter()
        .map(|e| {
            let [a, c, b] = curve(g, e);
            let mut spots = Vec::new();
            for t in [0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85] {
                let u = 1.0 - t;
                let x = u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0;
                let y = u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1;
                for dy in [-3.0, 10.0, -13.0, 20.0, -23.0, 30.0] {
                    spots.push((x, y + dy, 1));
                }
            }
            pick(&mut taken, edge_label(e), 9.0, &spots)
        })
        .collect();
    (nodes, edges)
}

/// The spot of `spots` (x, baseline y, anchor: 0 start, 1 middle, 2 end)
/// where `text` at `size` covers least of `taken` and of the outside; the
/// first such. Its box is added to `taken`.
fn pick(taken: &mut Vec<[f64; 4]>, text: String, size: f64, spots: &[(f64, f64, u8)]) -> Placed {
    let w = text.chars().count() as f64 * size * 0.6;
    let mut best = (f64::INFINITY, [0.0; 4], 0.0, 0.0, 0);
    for &(x, y, anchor) in spots {
        let x0 = x - w * f64::from(anchor) / 2.0;
        let r = [x0, y - size * 0.8, x0 + w, y + size * 0.2];
        let cost = w * size - overlap(&r, &[0.0, 0.0, WIDTH, HEIGHT])
            + taken.iter().map(|t| overlap(&r, t)).sum::<f64>();
        if cost < best.0 - 0.01 {
            best = (cost, r, x, y, anchor);
        }
    }
    taken.push(best.1);
    Placed {
        text,
        x: best.2,
        y: best.3,
        anchor: ["start", "middle", "end"][usize::from(best.4.min(2))],
        rect: best.1,
    }
}

/// Area shared by two boxes (left, top, right, bottom).
fn overlap(a: &[f64; 4], b: &[f64; 4]) -> f64 {
    let w = a[2].min(b[2]) - a[0].max(b[0]);
    let h = a[3].min(b[3]) - a[1].max(b[1]);
    w.max(0.0) * h.max(0.0)
}

/// The edge's words: "Supply", "Meeting ×2", "Sanction (hedged)".
pub fn edge_label(e: &Edge) -> String {
    let mut s = e.kind.display().to_string();
    if e.count > 1 {
        s.push_str(&format!(" ×{}", e.count));
    }
    if e.modality != Modality::Asserted {
        s.push_str(&format!(" ({})", e.modality.as_str()));
    }
    s
}

/// What [`network`] draws: an analysis' relations, the selected entity, and
/// where a node's activation goes.
pub struct NetworkProps<'a> {
    /// The analysis whose relations are drawn.
    pub analysis: &'a Analysis,
    /// Id of the selected entity (its node is emphasised).
    pub selected: Option<&'a str>,
    /// A node was activated (`None`: clicked again to clear).
    pub on_select: &'a Callback<Option<String>>,
}

/// The relations as a network drawing (SVG), nodes on a circle. A plain
/// function, not a component (no state of its own; a component's machinery
/// cost about 1 KB gzip).
pub fn network(props: NetworkProps) -> Html {
    let g = graph(props.analysis);
    if g.edges.is_empty() {
        return html! {};
    }
    let sel = props.selected;
    let sel_node = sel.and_then(|s| g.nodes.iter().position(|n| n.id == s));
    let (node_labels, edge_labels) = place_labels(&g);
    let edges = g
        .edges
        .iter()
        .zip(&edge_labels)
        .map(|(e, lp)| {
            let (a, b) = (&g.nodes[e.source], &g.nodes[e.target]);
            let touched = sel_node.map(|s| e.source == s || e.target == s);
            let [_, (cx, cy), _] = curve(&g, e);
            let len = ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt().max(1.0);
            // End the line at the node's rim so the arrow head shows.
            let (ex, ey) = (
                b.x - (b.x - cx) / len * NODE_R * 1.6,
                b.y - (b.y - cy) / len * NODE_R * 1.6,
            );
            let d = format!(
                "M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}",
                a.x, a.y, cx, cy, ex, ey
            );
            let label = &lp.text;
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
                    <text x={format!("{:.1}", lp.x)} y={format!("{:.1}", lp.y)}
                        text-anchor="middle">{label}</text>
                </g>
            }
        })
        .collect::<Html>();
    let nodes = g
        .nodes
        .iter()
        .zip(&node_labels)
        .map(|(n, lp)| {
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
                    <circle cx={format!("{:.1}", n.x)} cy={format!("{:.1}", n.y)} r={NODE_R.to_string()} />
                    <text x={format!("{:.1}", lp.x)} y={format!("{:.1}", lp.y)}
                        text-anchor={lp.anchor}>{&lp.text}</text>
                </g>
            }
        })
        .collect::<Html>();
    html! {
        <svg class="network" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group"
            aria-label="Relations network: entities as nodes, relations as labelled edges">
            <defs>
                <marker id="rel-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" />
                </marker>
            </defs>
            <g class="edges">{edges}</g>
            <g class="nodes">{nodes}</g>
        </svg>
    }
}
