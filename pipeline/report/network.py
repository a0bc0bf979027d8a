"""The partnership network as a static SVG drawn in Python: no script is needed to see it.

Nodes are canonical ids, edges the pairs of the network table (partnership and agreement facts),
weighted by the number of documents stating them. networkx lays each connected component out
(ForceAtlas2, a fixed seed so that the same extract gives the same picture); the SVG is written
here, every id escaped. Past `MAX_NODES` only the best-connected bodies are drawn, so that the
picture stays readable; the page says how many were left out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..facts.network import EDGE_TYPES
from .escape import esc
from .text import LABEL_COLOURS

MAX_NODES = 100
WIDTH, MARGIN, PAD = 1000, 70, 18
BIG_COMPONENT = 12   # a component this large gets a row of its own
LAYOUT_ITERATIONS = 500
LABEL_CHARS = 26     # longer ids are cut on the drawing (the hover text has them whole)
EDGE_COLOURS = {"PARTNERSHIP": "#8a9ba8", "AGREEMENT": "#c0392b"}
LAYOUT_SEED = 7


@dataclass
class Edge:
    """A pair of bodies: documents stating each type, and the dates known."""

    a: str
    b: str
    documents: dict[str, int] = field(default_factory=dict)
    first: str = ""
    last: str = ""

    @property
    def weight(self) -> int:
        return sum(self.documents.values())

    def describe(self) -> str:
        kinds = "; ".join(f"{kind.lower()}: {n} document{'s' if n > 1 else ''}"
                          for kind, n in sorted(self.documents.items()))
        dates = self.first if self.first == self.last else f"{self.first} – {self.last}"
        return f"{self.a} – {self.b}: {kinds}" + (f" ({dates})" if self.first else "")


@dataclass
class Network:
    """The graph as drawn: nodes with their weight, edges, and how many were left out."""

    nodes: dict[str, int]
    edges: list[Edge]
    total_nodes: int
    total_edges: int


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 1


def build_network(rows: Iterable[Mapping[str, object]], max_nodes: int = MAX_NODES) -> Network:
    """Merge the network table's rows per pair and keep the `max_nodes` best-connected bodies."""
    edges: dict[tuple[str, str], Edge] = {}
    for row in rows:
        kind = str(row.get("type") or "")
        a, b = sorted((str(row.get("a") or ""), str(row.get("b") or "")))
        if kind not in EDGE_TYPES or not a or a == b:
            continue
        edge = edges.setdefault((a, b), Edge(a, b))
        edge.documents[kind] = edge.documents.get(kind, 0) + _int(row.get("documents"))
        dates = [str(row.get(k) or "") for k in ("first_date", "last_date")]
        known = sorted(d for d in dates + [edge.first, edge.last] if d)
        if known:
            edge.first, edge.last = known[0], known[-1]
    weight: dict[str, int] = defaultdict(int)
    for edge in edges.values():
        weight[edge.a] += edge.weight
        weight[edge.b] += edge.weight
    kept = sorted(weight, key=lambda n: (-weight[n], n))[:max_nodes]
    chosen = set(kept)
    shown = [e for e in edges.values() if e.a in chosen and e.b in chosen]
    return Network({n: weight[n] for n in kept}, shown, len(weight), len(edges))


def _place(nx: Any, graph: Any) -> dict[str, tuple[float, float]]:
    """One connected component laid out in [-1, 1]²: ForceAtlas2 with strong gravity and node
    sizes, which spreads the bodies around the few hubs instead of piling them up against them
    (the spring layout did, and the labels ran into each other)."""
    pos = nx.forceatlas2_layout(graph, max_iter=LAYOUT_ITERATIONS, seed=LAYOUT_SEED,
                                strong_gravity=True, node_size={n: 3 for n in graph})
    return nx.rescale_layout_dict(pos)


def _box(size: int) -> tuple[float, float]:
    """The width and height a component of `size` nodes is drawn in."""
    if size >= BIG_COMPONENT:
        return WIDTH - 2 * MARGIN, min(760.0, 200.0 + 6.0 * size)
    return 150.0 + 60.0 * size, 40.0 + 22.0 * size


def _layout(network: Network) -> tuple[dict[str, tuple[float, float]], float]:
    """Node positions in the drawing's pixels, and the drawing's height.

    Each connected component is laid out on its own and the components are packed in rows,
    largest first: laid out together, small components drift to the corners and squeeze the
    large one into a ball.
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(network.nodes))
    graph.add_edges_from((e.a, e.b) for e in network.edges)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    x, y, row = float(MARGIN), float(PAD), 0.0
    for nodes in components:
        width, height = _box(len(nodes))
        if x + width > WIDTH - MARGIN / 2 and x > MARGIN:
            x, y, row = float(MARGIN), y + row, 0.0
        local = _place(nx, graph.subgraph(nodes)) if len(nodes) > 1 else {nodes[0]: (0.0, 0.0)}
        for node, (px, py) in local.items():
            pos[node] = (x + PAD + (px + 1) / 2 * (width - 2 * PAD), y + PAD + (py + 1) / 2 * (height - 2 * PAD))
        x += width
        row = max(row, height)
    return pos, y + row + PAD


def _radius(weight: int, heaviest: int) -> float:
    """4 to 18 pixels, the area growing with the weight (relative: a batch of 20 000 documents
    has the same picture as one of 200)."""
    return 4.0 + 14.0 * math.sqrt(weight / heaviest)


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"


def draw_network(network: Network, node_labels: Mapping[str, str]) -> Markup:
    """The network as an inline SVG: edges (width by documents, colour by type), then nodes
    (size by documents, colour by the label their id is most often found under)."""
    if not network.nodes:
        return Markup("")
    pos, height = _layout(network)
    parts = [f'<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
             f'role="img" aria-label="Partnership network">']
    heaviest_edge = max((e.weight for e in network.edges), default=1)
    heaviest_node = max(network.nodes.values())
    for e in sorted(network.edges, key=lambda e: (e.weight, e.a, e.b)):
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        colour = EDGE_COLOURS["AGREEMENT" if "AGREEMENT" in e.documents else "PARTNERSHIP"]
        width = 1.0 + 6.0 * math.sqrt(e.weight / heaviest_edge)
        parts.append(f'<g class="edge" data-a="{esc(e.a)}" data-b="{esc(e.b)}"><title>{esc(e.describe())}</title>'
                     f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.7"/></g>')
    for node in sorted(network.nodes):
        x, y = pos[node]
        weight = network.nodes[node]
        label = node_labels.get(node, "")
        colour = LABEL_COLOURS.get(label, "#dddddd")
        r = _radius(weight, heaviest_node)
        anchor, dx = ("end", -r - 3) if x > WIDTH - 160 else ("start", r + 3)
        parts.append(f'<g class="node" data-id="{esc(node)}"><title>{esc(node)}'
                     f'{esc(" (" + label + ")") if label else ""}: {weight} document link(s)</title>'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" stroke="#333" stroke-width="1"/>'
                     f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{esc(_short(node))}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))
