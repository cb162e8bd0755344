/**
 * The view models of the relations pages: the latest state as a graph and a table, and the
 * "as of" pages, one per period in which a relation changed, each showing the state at its end.
 */
import { capGraph, layoutGraph, type GraphLayout, type GraphRelation } from '../graph.ts';
import { TONES } from '../timeline-chart.ts';
import { LIMITS } from '../limits.ts';
import { actorWords, eventWords } from '../localize.ts';
import { folder, type RelationChange, type RelationState } from '../relations.ts';
import type { Locale, Site } from '../site.ts';
import { actorLink, type Link, type PageMeta } from './common.ts';
import { otherPageMeta } from './lists.ts';

/** One row of a relations table. */
export interface RelationRow {
  key: string;
  from: Link;
  /** The relation type's label. */
  label: string;
  /** "supports", or for an ended relation "broke off diplomatic relations with". */
  phrase: string;
  to: Link;
  standing: boolean;
  /** Stood since before the content began (and has not changed since). */
  predates: boolean;
  /** When the state was set, as the page shows it. */
  dateText?: string | undefined;
  /** The event that set it. */
  event?: Link | undefined;
}

export interface LegendItem {
  type: string;
  label: string;
  line: string;
  directed: boolean;
  /** The palette slot of the type: its position in the topic file. */
  tone: number;
}

/** The graph, laid out for wide and for narrow screens, and what it leaves to the table. */
export interface GraphView {
  wide: GraphLayout;
  narrow: GraphLayout;
  /** Relations drawn, and in all. */
  shown: number;
  total: number;
  /** Relations and actors left out of the drawing; the table has them. */
  omitted: number;
  omittedNodes: number;
  /** The link each actor's box leads to. */
  hrefs: Record<string, string>;
}

export interface RelationsView {
  meta: PageMeta;
  title: string;
  /** Whether people and bodies are drawn as the states they act for. */
  folded: boolean;
  /** The other way of drawing the graph. */
  variant: Link;
  graph?: GraphView | undefined;
  legend: LegendItem[];
  rows: RelationRow[];
  total: number;
  periods: { key: string; text: string; href: string }[];
}

function row(
  site: Site,
  locale: Locale,
  state: Pick<RelationState, 'key' | 'type' | 'from' | 'to' | 'standing' | 'predates' | 'setBy'>,
): RelationRow {
  const words = locale.words.relationType(state.type);
  const event = state.setBy ? site.indexes.events.get(state.setBy.event) : undefined;
  return {
    key: state.key,
    from: actorLink(site, locale, state.from),
    label: words.label,
    phrase: state.standing ? words.forward : words.ended,
    to: actorLink(site, locale, state.to),
    standing: state.standing,
    predates: state.predates,
    dateText: state.setBy ? locale.t.date(state.setBy.date) : undefined,
    event: event
      ? {
          href: locale.paths.event(event.id),
          text: eventWords(event, locale.lang, site.defaultLang).title,
        }
      : undefined,
  };
}

function legend(site: Site, locale: Locale): LegendItem[] {
  return site.topic.relationTypes.map((type, i) => ({
    type: type.id,
    label: locale.words.relationType(type.id).label,
    line: type.line,
    directed: type.directed,
    tone: i % TONES,
  }));
}

/** The latest relations, drawn as the actors the topic folds them into unless `unfolded`. */
function graph(site: Site, locale: Locale, unfolded: boolean): RelationsView['graph'] {
  const foldedKinds = new Set(
    site.topic.actorKinds.filter((kind) => kind.fold).map((kind) => kind.id),
  );
  const fold = unfolded ? (id: string) => id : folder(site.indexes.actors, foldedKinds);
  const types = new Map(
    site.topic.relationTypes.map((type, i) => [type.id, { ...type, tone: i % TONES }]),
  );
  const seen = new Set<string>();
  const relations: GraphRelation[] = [];
  const name = (id: string) => {
    const actor = site.indexes.actors.get(id);
    return actor ? actorWords(actor, locale.lang, site.defaultLang).name : id;
  };
  for (const state of [...site.latest].reverse()) {
    const type = types.get(state.type);
    if (!type) continue;
    const from = fold(state.from);
    const to = fold(state.to);
    const key = `${state.type}\u0000${from}\u0000${to}\u0000${state.standing}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    const words = locale.words.relationType(state.type);
    relations.push({
      type: state.type,
      tone: type.tone,
      from,
      to,
      standing: state.standing,
      directed: type.directed,
      line: type.line,
      event: state.setBy?.event,
      label: `${name(from)} ${state.standing ? words.forward : words.ended} ${name(to)}${state.setBy ? `, ${locale.t.date(state.setBy.date)}` : ''}`,
    });
  }
  if (relations.length === 0) return undefined;
  const capped = capGraph(relations, LIMITS.graphNodes, LIMITS.graphEdges);
  const nodes = capped.nodes.map((id) => ({ id, label: name(id) }));
  const lay = (orientation: 'columns' | 'rows') => {
    const layout = layoutGraph(nodes, capped.relations, { orientation });
    return {
      ...layout,
      edges: layout.edges.map((edge) => ({
        ...edge,
        event: edge.event ? locale.paths.event(edge.event) : undefined,
      })),
    };
  };
  return {
    wide: lay('columns'),
    narrow: lay('rows'),
    shown: capped.relations.length,
    total: relations.length,
    omitted: capped.omitted,
    omittedNodes: capped.omittedNodes,
    hrefs: Object.fromEntries(capped.nodes.map((id) => [id, locale.paths.actor(id)])),
  };
}

export function relationsView(site: Site, locale: Locale, unfolded = false): RelationsView {
  const t = locale.t;
  const title = t.t('relations.title');
  const path = (l: Locale) => (unfolded ? l.paths.relationsUnfolded : l.paths.relations);
  const latest = [...site.latest].reverse();
  return {
    meta: otherPageMeta(site, locale, path, title, t.t('relations.description')),
    title,
    folded: !unfolded,
    variant: unfolded
      ? { href: locale.paths.relations, text: t.t('relations.showFolded') }
      : { href: locale.paths.relationsUnfolded, text: t.t('relations.showAll') },
    graph: graph(site, locale, unfolded),
    legend: legend(site, locale),
    rows: latest.slice(0, LIMITS.relationRows).map((state) => row(site, locale, state)),
    total: latest.length,
    periods: site.periods.map((period) => ({
      key: period.key,
      text: t.date(period.key),
      href: locale.paths.asOf(period.key),
    })),
  };
}

export interface AsOfView {
  meta: PageMeta;
  title: string;
  /** The period, as the page shows it. */
  periodText: string;
  /** When the next change comes, if any. */
  untilText?: string | undefined;
  previous?: Link | undefined;
  next?: Link | undefined;
  changes: RelationRow[];
  moreChanges: number;
  rows: RelationRow[];
  total: number;
  legend: LegendItem[];
  latest: Link;
}

function changeRow(site: Site, locale: Locale, change: RelationChange, index: number): RelationRow {
  const words = locale.words.relationType(change.type);
  return {
    ...row(site, locale, {
      key: `${index}`,
      type: change.type,
      from: change.from,
      to: change.to,
      standing: change.effect === 'starts',
      predates: false,
      setBy: change,
    }),
    phrase: change.effect === 'starts' ? words.started : words.ended,
  };
}

/** The "as of" page of the period at `index` in `site.periods`. */
export function asOfView(site: Site, locale: Locale, index: number): AsOfView {
  const t = locale.t;
  const state = site.periodStates[index]!;
  const { period } = state;
  const previous = site.periods[index - 1];
  const next = site.periods[index + 1];
  const periodText = t.date(period.key);
  const title = t.t('relations.asOfTitle', { date: periodText });
  return {
    meta: otherPageMeta(
      site,
      locale,
      (l) => l.paths.asOf(period.key),
      title,
      t.t('relations.asOfDescription', { date: periodText }),
    ),
    title,
    periodText,
    untilText: next ? t.date(next.key) : undefined,
    previous: previous
      ? { href: locale.paths.asOf(previous.key), text: t.date(previous.key) }
      : undefined,
    next: next ? { href: locale.paths.asOf(next.key), text: t.date(next.key) } : undefined,
    changes: period.changes
      .slice(0, LIMITS.asOfChanges)
      .map((change, i) => changeRow(site, locale, change, i)),
    moreChanges: Math.max(0, period.changes.length - LIMITS.asOfChanges),
    rows: state.states.map((s) => row(site, locale, s)),
    total: state.total,
    legend: legend(site, locale),
    latest: { href: locale.paths.relations, text: t.t('relations.title') },
  };
}
