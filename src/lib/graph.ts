/**
 * The relations graph, laid out at build time as a static SVG. It stays bounded however large
 * the content grows: only the best-connected actors are drawn, and the table lists the rest.
 */

/** A relation to draw between two (folded) actors. */
export interface GraphRelation {
  type: string;
  from: string;
  to: string;
  /** Whether it stands; an ended relation is drawn muted. */
  standing: boolean;
  directed: boolean;
  line: 'solid' | 'dashed' | 'dotted';
  /** The event to link the line to. */
  event?: string | undefined;
  /** What the line says to a screen reader. */
  label: string;
}

/**
 * Keeps the `maxNodes` actors with the most relations (ties by id) and the relations between
 * them, and says how many relations are left out.
 */
export function capGraph(
  relations: readonly GraphRelation[],
  maxNodes: number,
): { nodes: string[]; relations: GraphRelation[]; omitted: number } {
  const degree = new Map<string, number>();
  for (const { from, to } of relations) {
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const ranked = [...degree.keys()].sort(
    (a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, maxNodes));
  const shown = relations.filter(({ from, to }) => kept.has(from) && kept.has(to));
  return {
    nodes: ranked.filter((id) => kept.has(id)),
    relations: shown,
    omitted: relations.length - shown.length,
  };
}

export interface GraphNode {
  id: string;
  label: string;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge extends GraphRelation {
  /** SVG path data: a gentle curve, so that A → B and B → A do not overlap. */
  path: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodeRadius: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Shortens long names so labels stay inside the drawing; the full name is in the table. */
export function shortLabel(name: string, max = 26): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Places nodes evenly on a circle, in the given order, with labels outside it, and draws each
 * relation as a curve from the edge of one node to the edge of the other.
 */
export function layoutGraph(
  nodes: readonly { id: string; label: string }[],
  relations: readonly GraphRelation[],
  options: { width?: number; height?: number; radius?: number; nodeRadius?: number } = {},
): GraphLayout {
  const { width = 960, height = 640, nodeRadius = 7 } = options;
  const radius = options.radius ?? Math.min(width, height) / 2 - 90;
  const cx = width / 2;
  const cy = height / 2;
  const placed = nodes.map((node, index): GraphNode => {
    const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1) - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    return {
      id: node.id,
      label: shortLabel(node.label),
      x: round(cx + radius * cos),
      y: round(cy + radius * sin),
      labelX: round(cx + (radius + 14) * cos),
      labelY: round(cy + (radius + 14) * sin + (Math.abs(cos) < 0.2 ? (sin > 0 ? 12 : -4) : 4)),
      anchor,
    };
  });
  const at = new Map(placed.map((node) => [node.id, node]));
  const edges: GraphEdge[] = [];
  for (const relation of relations) {
    const a = at.get(relation.from);
    const b = at.get(relation.to);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const start = { x: a.x + ux * nodeRadius, y: a.y + uy * nodeRadius };
    const end = { x: b.x - ux * (nodeRadius + 3), y: b.y - uy * (nodeRadius + 3) };
    const bend = Math.min(40, length * 0.12);
    const control = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
    edges.push({
      ...relation,
      path: `M${round(start.x)} ${round(start.y)} Q${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
    });
  }
  return { width, height, nodeRadius, nodes: placed, edges };
}
