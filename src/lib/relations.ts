/**
 * The relations graph: who recognised whom and who severed relations with whom, read from
 * recognition and severance events, then laid out at build time as a static SVG.
 *
 * Participant roles are free text, so the side each participant is on comes from the role's
 * wording (see `roleSide`). The graph stays bounded however large the content grows: edges
 * between the same two actors are merged, and only the best-connected actors are drawn.
 */
import type { EventKind } from '../schemas/index.ts';
import type { EventEntry } from './indexes.ts';

export type RelationType = 'recognition' | 'severance';

/** Which event kinds the graph draws, and as what. */
export const RELATION_KINDS: Partial<Record<EventKind, RelationType>> = {
  recognition: 'recognition',
  'severance-of-relations': 'severance',
};

/** Words for the side acted upon: the passive forms, and "target". Checked first. */
const TARGET_ROLE = /\b(?:recogni[sz]ed|severed|target(?:ed)?)\b/i;
/** Words for the acting side: "recognising state", "severing state", "recognizer". */
const ACTING_ROLE = /recogni[sz]|sever/i;

/**
 * Which side of a recognition or severance a participant is on, from the wording of the
 * role: "recognised entity" and "target" are acted upon; "recognising state", "recognising
 * head of state" and "severing state" act; anything else ("spokesperson") is neither.
 */
export function roleSide(role: string): 'acting' | 'target' | undefined {
  if (TARGET_ROLE.test(role)) return 'target';
  if (ACTING_ROLE.test(role)) return 'acting';
  return undefined;
}

/** One actor acting on another in one event. */
export interface RelationEdge {
  type: RelationType;
  from: string;
  to: string;
  event: string;
  date: string;
}

/** Every acting → target pair of every recognition and severance, in the events' order. */
export function relationEdges(events: readonly EventEntry[]): RelationEdge[] {
  const edges: RelationEdge[] = [];
  for (const event of events) {
    const type = RELATION_KINDS[event.data.kind];
    if (!type) continue;
    const acting: string[] = [];
    const targets: string[] = [];
    for (const { actor, role } of event.data.participants) {
      const side = roleSide(role);
      if (side === 'acting') acting.push(actor);
      else if (side === 'target') targets.push(actor);
    }
    for (const from of acting) {
      for (const to of targets) {
        if (from !== to) edges.push({ type, from, to, event: event.id, date: event.data.date });
      }
    }
  }
  return edges;
}

/** All edges of one type between the same two actors, merged: one line in the drawing. */
export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** The events behind it, oldest first. */
  events: { id: string; date: string }[];
}

/** Merges edges with the same type and ends, keeping the order in which pairs first appear. */
export function aggregateEdges(edges: readonly RelationEdge[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const edge of edges) {
    const key = `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
    const relation = byKey.get(key);
    const event = { id: edge.event, date: edge.date };
    if (relation) relation.events.push(event);
    else byKey.set(key, { type: edge.type, from: edge.from, to: edge.to, events: [event] });
  }
  for (const relation of byKey.values()) {
    relation.events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return [...byKey.values()];
}

/**
 * Keeps the `maxNodes` actors with the most relations (ties by id) and at most `maxEdges`
 * relations between them, so the drawing stays readable and bounded.
 */
export function capRelations(
  relations: readonly Relation[],
  maxNodes: number,
  maxEdges = Number.POSITIVE_INFINITY,
): { nodes: string[]; relations: Relation[]; omitted: number } {
  const degree = new Map<string, number>();
  for (const { from, to } of relations) {
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const ranked = [...degree.keys()].sort(
    (a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b, 'en'),
  );
  const kept = new Set(ranked.slice(0, maxNodes));
  const between = relations.filter(({ from, to }) => kept.has(from) && kept.has(to));
  // The relations with most events, then the most recent, when there are too many to draw.
  const shown =
    between.length <= maxEdges
      ? between
      : [...between]
          .sort(
            (a, b) =>
              b.events.length - a.events.length ||
              (a.events.at(-1)!.date < b.events.at(-1)!.date ? 1 : -1),
          )
          .slice(0, maxEdges);
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
  /** Where the label sits, outside the circle, and which way it reads. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge extends Relation {
  /** SVG path data: a gentle curve, so A → B and B → A do not overlap. */
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
  relations: readonly Relation[],
  options: { width?: number; height?: number; radius?: number; nodeRadius?: number } = {},
): GraphLayout {
  const { width = 960, height = 640, nodeRadius = 7 } = options;
  const radius = options.radius ?? Math.min(width, height) / 2 - 90;
  const cx = width / 2;
  const cy = height / 2;
  const placed = nodes.map((node, index): GraphNode => {
    // Start at the top and go clockwise.
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
    // The arrowhead needs a little room beyond the node's edge.
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
