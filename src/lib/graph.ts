/**
 * The relations graph, laid out at build time as a static SVG in layers: an actor at the
 * start of a directed relation is drawn before the actor at its end (left of it on a wide
 * screen, above it on a narrow one), and an actor with only mutual relations is drawn before
 * those it relates to. The graph then reads as a story does: who acted, then on whom.
 *
 * Every node is a box that holds its label, wrapped to a few lines with the text measured
 * conservatively (src/lib/text-width.ts), and boxes never overlap, so neither do labels. The
 * same graph is laid out twice, in columns for wide screens and in rows for narrow ones; the
 * stylesheet shows one. It stays bounded however large the content grows: only the
 * best-connected actors and their most recent relations are drawn, and the table lists all.
 */
import { textWidth, wrapText } from './text-width.ts';

/** A relation to draw between two (folded) actors. */
export interface GraphRelation {
  type: string;
  /** The palette slot of its type: the type's position in the topic file. */
  tone: number;
  from: string;
  to: string;
  /** Whether it stands; an ended relation is drawn with a break across it. */
  standing: boolean;
  directed: boolean;
  line: 'solid' | 'dashed' | 'dotted';
  /** The event to link the line to. */
  event?: string | undefined;
  /** What the line says to a screen reader. */
  label: string;
}

/**
 * Keeps the `maxNodes` actors with the most relations (ties by id) and, of the relations
 * between them, the first `maxEdges` (the most recent, as they are given), and says how many
 * relations and actors are left out.
 */
export function capGraph(
  relations: readonly GraphRelation[],
  maxNodes: number,
  maxEdges = Infinity,
): { nodes: string[]; relations: GraphRelation[]; omitted: number; omittedNodes: number } {
  const degree = new Map<string, number>();
  for (const { from, to } of relations) {
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const ranked = [...degree.keys()].sort(
    (a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, maxNodes));
  const shown = relations
    .filter(({ from, to }) => kept.has(from) && kept.has(to))
    .slice(0, maxEdges);
  // An actor whose every drawn relation was cut is left out too.
  const linked = new Set(shown.flatMap(({ from, to }) => [from, to]));
  const nodes = ranked.filter((id) => kept.has(id) && linked.has(id));
  return {
    nodes,
    relations: shown,
    omitted: relations.length - shown.length,
    omittedNodes: ranked.length - nodes.length,
  };
}

/**
 * Each node's layer: the longest chain of directed relations leading to it (cycles broken
 * where a depth-first walk in the given order meets them), and for a node with only
 * undirected relations, one layer before the nearest of its neighbours. At most `maxLayers`.
 */
export function assignLayers(
  nodes: readonly string[],
  relations: readonly GraphRelation[],
  maxLayers = 4,
): Map<string, number> {
  const out = new Map<string, string[]>(nodes.map((id) => [id, []]));
  const hasDirected = new Set<string>();
  for (const r of relations) {
    if (!r.directed || r.from === r.to) continue;
    out.get(r.from)?.push(r.to);
    hasDirected.add(r.from);
    hasDirected.add(r.to);
  }
  // Depth-first: the finishing order reversed is a topological order of the acyclic part.
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const acyclic = new Map<string, string[]>(nodes.map((id) => [id, []]));
  const visit = (start: string) => {
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const [id, i] = top;
      const next = out.get(id)![i];
      if (next === undefined) {
        state.set(id, 'done');
        order.push(id);
        stack.pop();
        continue;
      }
      top[1] += 1;
      const seen = state.get(next);
      if (seen === 'open') continue;
      acyclic.get(id)!.push(next);
      if (seen === undefined) {
        state.set(next, 'open');
        stack.push([next, 0]);
      }
    }
  };
  for (const id of nodes) if (!state.has(id)) visit(id);
  const layer = new Map<string, number>(nodes.map((id) => [id, 0]));
  for (const id of order.reverse()) {
    for (const next of acyclic.get(id)!) {
      layer.set(next, Math.max(layer.get(next)!, layer.get(id)! + 1));
    }
  }
  // Nodes with only undirected relations go one layer before their nearest neighbour.
  const neighbours = new Map<string, string[]>(nodes.map((id) => [id, []]));
  for (const r of relations) {
    if (r.directed || r.from === r.to) continue;
    neighbours.get(r.from)?.push(r.to);
    neighbours.get(r.to)?.push(r.from);
  }
  for (const id of nodes) {
    if (hasDirected.has(id)) continue;
    const placed = neighbours.get(id)!.filter((n) => hasDirected.has(n));
    if (placed.length > 0) layer.set(id, Math.min(...placed.map((n) => layer.get(n)!)) - 1);
  }
  const used = [...new Set(layer.values())].sort((a, b) => a - b);
  const index = new Map(used.map((value, i) => [value, i]));
  const count = used.length;
  for (const [id, value] of layer) {
    const i = index.get(value)!;
    layer.set(id, count > maxLayers ? Math.floor((i * maxLayers) / count) : i);
  }
  return layer;
}

export interface GraphNode {
  id: string;
  /** The full name, for the box's title. */
  label: string;
  /** The name as drawn, wrapped. */
  lines: string[];
  /** The box: top left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the text goes: the box's centre line, and the first line's baseline. */
  textX: number;
  textY: number;
}

export interface GraphEdge extends GraphRelation {
  /** SVG path data, with a vertex halfway where an ended relation is marked. */
  path: string;
}

export interface GraphLayout {
  orientation: 'columns' | 'rows';
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Layers left to right (`columns`) or top to bottom (`rows`). */
  orientation: 'columns' | 'rows';
  /** For rows, the drawing's width, which the rows wrap within. */
  width?: number;
  fontSize?: number;
  maxBoxWidth?: number;
  maxLines?: number;
  /**
   * For columns, how many columns there may be before each grows taller instead: a layer with
   * many actors takes more than one column, up to this many in all.
   */
  maxColumns?: number;
  maxLayers?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const PAD_X = 10;
const PAD_Y = 7;
const MARGIN = 8;

interface Box {
  id: string;
  label: string;
  lines: string[];
  width: number;
  height: number;
  layer: number;
}

/**
 * Orders the nodes of each layer so relations cross less: a few sweeps placing each node at
 * the average position of its neighbours in the layers already placed.
 */
function orderLayers(
  layers: string[][],
  relations: readonly GraphRelation[],
  degree: ReadonlyMap<string, number>,
): string[][] {
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of relations) {
    if (from === to) continue;
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
    neighbours.set(to, [...(neighbours.get(to) ?? []), from]);
  }
  let ordered = layers.map((layer) =>
    [...layer].sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1)),
  );
  const position = () => {
    const at = new Map<string, number>();
    for (const layer of ordered) layer.forEach((id, i) => at.set(id, (i + 0.5) / layer.length));
    return at;
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    const at = position();
    ordered = ordered.map((layer) => {
      const centre = (id: string) => {
        const near = (neighbours.get(id) ?? []).filter((n) => !layer.includes(n));
        if (near.length === 0) return at.get(id)!;
        return near.reduce((sum, n) => sum + at.get(n)!, 0) / near.length;
      };
      const keys = new Map(layer.map((id) => [id, centre(id)]));
      return [...layer].sort((a, b) => keys.get(a)! - keys.get(b)! || (a < b ? -1 : 1));
    });
  }
  return ordered;
}

/** Lays out the graph of `nodes` (best-connected first) and `relations`. */
export function layoutGraph(
  nodes: readonly { id: string; label: string }[],
  relations: readonly GraphRelation[],
  options: GraphOptions,
): GraphLayout {
  const { orientation, fontSize = 14, maxLayers = 4 } = options;
  const maxBoxWidth = options.maxBoxWidth ?? (orientation === 'rows' ? 140 : 190);
  const maxLines = options.maxLines ?? (orientation === 'rows' ? 4 : 3);
  const lineHeight = Math.round(fontSize * 1.3);
  const ids = nodes.map((n) => n.id);
  const layerOf = assignLayers(ids, relations, maxLayers);
  const degree = new Map(ids.map((id) => [id, 0]));
  for (const { from, to } of relations) {
    if (degree.has(from)) degree.set(from, degree.get(from)! + 1);
    if (degree.has(to)) degree.set(to, degree.get(to)! + 1);
  }
  const boxes = new Map<string, Box>(
    nodes.map(({ id, label }) => {
      const lines = wrapText(label, maxBoxWidth - 2 * PAD_X, fontSize, maxLines);
      const width = Math.ceil(
        Math.max(...lines.map((line) => textWidth(line, fontSize))) + 2 * PAD_X,
      );
      return [
        id,
        {
          id,
          label,
          lines,
          width,
          height: lines.length * lineHeight + 2 * PAD_Y,
          layer: layerOf.get(id)!,
        },
      ];
    }),
  );
  const layerCount = Math.max(0, ...layerOf.values()) + 1;
  const layers = orderLayers(
    Array.from({ length: layerCount }, (_, i) => ids.filter((id) => layerOf.get(id) === i)),
    relations,
    degree,
  ).filter((layer) => layer.length > 0);

  const placed = new Map<string, GraphNode>();
  const place = (box: Box, x: number, y: number) =>
    placed.set(box.id, {
      id: box.id,
      label: box.label,
      lines: box.lines,
      x: round(x),
      y: round(y),
      width: box.width,
      height: box.height,
      textX: round(x + box.width / 2),
      textY: round(y + PAD_Y + fontSize * 0.95),
    });
  let width: number;
  let height: number;
  if (orientation === 'columns') {
    // Each layer is one or more columns, as few boxes to a column as keeps the columns within
    // their number; columns are centred on the tallest.
    const maxColumns = Math.max(options.maxColumns ?? 5, layers.length);
    let perColumn = 8;
    const count = () => layers.reduce((n, layer) => n + Math.ceil(layer.length / perColumn), 0);
    while (count() > maxColumns) perColumn += 1;
    const gapX = count() > 3 ? 64 : 96;
    const gapY = 18;
    const columns = layers.flatMap((layer) => {
      const parts: string[][] = [];
      for (let i = 0; i < layer.length; i += perColumn) parts.push(layer.slice(i, i + perColumn));
      return parts;
    });
    const sizes = columns.map((column) => ({
      width: Math.max(...column.map((id) => boxes.get(id)!.width)),
      height:
        column.reduce((sum, id) => sum + boxes.get(id)!.height, 0) + gapY * (column.length - 1),
    }));
    height = Math.max(...sizes.map((s) => s.height)) + 2 * MARGIN;
    let x = MARGIN;
    columns.forEach((column, c) => {
      const size = sizes[c]!;
      let y = (height - size.height) / 2;
      for (const id of column) {
        const box = boxes.get(id)!;
        place(box, x + (size.width - box.width) / 2, y);
        y += box.height + gapY;
      }
      x += size.width + gapX;
    });
    width = x - gapX + MARGIN;
  } else {
    // Each layer is one or more rows that fill the width; rows are centred.
    width = options.width ?? 300;
    const gapX = 12;
    const gapY = 56;
    let y = MARGIN;
    const earlier = new Set<string>();
    for (const layer of layers) {
      // When a layer takes more than one row, the actors related to the layers above go in
      // the first, so their lines stay short and do not cross the row.
      const linkedUp = new Set(
        relations.flatMap(({ from, to }) =>
          earlier.has(from) ? [to] : earlier.has(to) ? [from] : [],
        ),
      );
      const sorted = [...layer].sort((a, b) => Number(linkedUp.has(b)) - Number(linkedUp.has(a)));
      for (const id of layer) earlier.add(id);
      const rows: Box[][] = [[]];
      let used = 0;
      for (const id of sorted) {
        const box = boxes.get(id)!;
        const row = rows.at(-1)!;
        if (row.length > 0 && used + gapX + box.width > width - 2 * MARGIN) {
          rows.push([box]);
          used = box.width;
        } else {
          used += (row.length > 0 ? gapX : 0) + box.width;
          row.push(box);
        }
      }
      for (const row of rows) {
        const rowWidth = row.reduce((sum, box) => sum + box.width, 0) + gapX * (row.length - 1);
        const rowHeight = Math.max(...row.map((box) => box.height));
        let x = (width - rowWidth) / 2;
        for (const box of row) {
          place(box, x, y + (rowHeight - box.height) / 2);
          x += box.width + gapX;
        }
        y += rowHeight + gapY * 0.5;
      }
      y += gapY * 0.5;
    }
    height = y - gapY + MARGIN;
  }

  return {
    orientation,
    width: round(width),
    height: round(height),
    fontSize,
    lineHeight,
    nodes: ids.map((id) => placed.get(id)!),
    edges: routeEdges(relations, placed, orientation),
  };
}

interface Port {
  x: number;
  y: number;
  /** The direction the line leaves the box in. */
  dx: number;
  dy: number;
}

/**
 * Draws each relation from the side of one box that faces the other to the facing side of the
 * other, spreading the lines that share a side so each arrow is seen, as a curve that leaves
 * and enters square to the box. Between boxes of one column or row the curve bows outwards.
 */
function routeEdges(
  relations: readonly GraphRelation[],
  placed: ReadonlyMap<string, GraphNode>,
  orientation: 'columns' | 'rows',
): GraphEdge[] {
  const along = orientation === 'columns' ? 'x' : 'y';
  const centre = (n: GraphNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
  type Side = 'left' | 'right' | 'top' | 'bottom';
  const sideOf = (a: GraphNode, b: GraphNode): Side => {
    const ca = centre(a);
    const cb = centre(b);
    if (along === 'x') {
      const apart = Math.abs(ca.x - cb.x) > (a.width + b.width) / 2;
      if (apart) return cb.x > ca.x ? 'right' : 'left';
      return 'right';
    }
    const apart = Math.abs(ca.y - cb.y) > (a.height + b.height) / 2;
    if (apart) return cb.y > ca.y ? 'bottom' : 'top';
    return 'bottom';
  };
  // Which lines leave each side of each box, to spread them along it.
  const ends = relations.flatMap((r, index) => {
    const a = placed.get(r.from);
    const b = placed.get(r.to);
    if (!a || !b || a === b) return [];
    return [
      { index, node: a, other: b, side: sideOf(a, b), end: 0 },
      { index, node: b, other: a, side: sideOf(b, a), end: 1 },
    ];
  });
  const groups = new Map<string, typeof ends>();
  for (const end of ends) {
    const key = `${end.node.id}\u0000${end.side}`;
    groups.set(key, [...(groups.get(key) ?? []), end]);
  }
  const ports = new Map<string, Port>();
  for (const group of groups.values()) {
    const vertical = group[0]!.side === 'left' || group[0]!.side === 'right';
    group.sort((p, q) => {
      const a = centre(p.other);
      const b = centre(q.other);
      return (vertical ? a.y - b.y : a.x - b.x) || p.index - q.index;
    });
    group.forEach((end, i) => {
      const n = end.node;
      const t = (i + 1) / (group.length + 1);
      const port: Port =
        end.side === 'left'
          ? { x: n.x, y: n.y + n.height * t, dx: -1, dy: 0 }
          : end.side === 'right'
            ? { x: n.x + n.width, y: n.y + n.height * t, dx: 1, dy: 0 }
            : end.side === 'top'
              ? { x: n.x + n.width * t, y: n.y, dx: 0, dy: -1 }
              : { x: n.x + n.width * t, y: n.y + n.height, dx: 0, dy: 1 };
      ports.set(`${end.index}:${end.end}`, port);
    });
  }
  return relations.flatMap((relation, index): GraphEdge[] => {
    const p = ports.get(`${index}:0`);
    const q = ports.get(`${index}:1`);
    if (!p || !q) return [];
    // Arrowheads need a little room before the box they point at.
    const gap = relation.directed ? 5 : 1;
    const start = { x: p.x + p.dx, y: p.y + p.dy };
    const end = { x: q.x + q.dx * gap, y: q.y + q.dy * gap };
    const reach = Math.max(30, Math.hypot(end.x - start.x, end.y - start.y) * 0.4);
    const c1 = { x: start.x + p.dx * reach, y: start.y + p.dy * reach };
    const c2 = { x: end.x + q.dx * reach, y: end.y + q.dy * reach };
    // Split the curve where an ended relation's mark is drawn: its middle, or the point
    // nearest to it that is clear of every box.
    const at = (t: number) => split(start, c1, c2, end, t);
    const clear = (u: { x: number; y: number }) =>
      ![...placed.values()].some(
        (n) =>
          u.x > n.x - 8 && u.x < n.x + n.width + 8 && u.y > n.y - 8 && u.y < n.y + n.height + 8,
      );
    const [ab, abc, m, bcd, cd] =
      [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74].map(at).find((parts) => clear(parts[2])) ?? at(0.5);
    const pt = (u: { x: number; y: number }) => `${round(u.x)} ${round(u.y)}`;
    return [
      {
        ...relation,
        path: `M${pt(start)}C${pt(ab)} ${pt(abc)} ${pt(m)}C${pt(bcd)} ${pt(cd)} ${pt(end)}`,
      },
    ];
  });
}

type Point = { x: number; y: number };

/** De Casteljau: the cubic curve p0 c1 c2 p3 split at `t`, as the points of its two halves. */
function split(
  p0: Point,
  c1: Point,
  c2: Point,
  p3: Point,
  t: number,
): [Point, Point, Point, Point, Point] {
  const lerp = (u: Point, v: Point) => ({ x: u.x + (v.x - u.x) * t, y: u.y + (v.y - u.y) * t });
  const ab = lerp(p0, c1);
  const bc = lerp(c1, c2);
  const cd = lerp(c2, p3);
  const abc = lerp(ab, bc);
  const bcd = lerp(bc, cd);
  return [ab, abc, lerp(abc, bcd), bcd, cd];
}
