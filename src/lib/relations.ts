/**
 * Relations between actors, as events declare them: each event's `relations` starts or ends a
 * relation of a type the topic declares. From those changes this module derives each
 * relation's history, the state of every relation on any date ("as of"), the dates on which
 * something changed, grouped so that their number stays bounded, and the latest state.
 * Nothing is inferred from wording.
 */
import type { RelationType, Topic } from '../schemas/index.ts';

/** One relation started or ended by one event. */
export interface RelationChange {
  type: string;
  from: string;
  to: string;
  effect: 'starts' | 'ends';
  /** The event's id. */
  event: string;
  /** The event's date. */
  date: string;
}

/** The relations an event declares, with each effect resolved from the event's kind. */
export interface DeclaringEvent {
  id: string;
  data: {
    date: string;
    kind: string;
    relations: readonly {
      type: string;
      from: string;
      to: string;
      effect?: 'starts' | 'ends' | undefined;
    }[];
  };
}

/**
 * Every relation change of the events, oldest first. Where the dates cannot order two changes
 * of one relation (a start and an end on the same day), the start comes first.
 */
export function relationChanges(
  events: readonly DeclaringEvent[],
  topic: Pick<Topic, 'eventKinds'>,
): RelationChange[] {
  const kinds = new Map(topic.eventKinds.map((kind) => [kind.id, kind]));
  const changes: RelationChange[] = [];
  for (const event of events) {
    for (const relation of event.data.relations) {
      const effect =
        relation.effect ??
        kinds.get(event.data.kind)?.relations.find((r) => r.type === relation.type)?.effect;
      if (!effect) continue;
      changes.push({
        type: relation.type,
        from: relation.from,
        to: relation.to,
        effect,
        event: event.id,
        date: event.data.date,
      });
    }
  }
  return changes.sort(compareChanges);
}

function compareChanges(a: RelationChange, b: RelationChange): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.effect !== b.effect) return a.effect === 'starts' ? -1 : 1;
  return 0;
}

/** The key of one relation: its type and ends, in a fixed order for a mutual type. */
export function relationKey(
  type: Pick<RelationType, 'id' | 'directed'>,
  from: string,
  to: string,
): string {
  const ends = type.directed || from <= to ? [from, to] : [to, from];
  return `${type.id}\u0000${ends[0]}\u0000${ends[1]}`;
}

/** A relation as it stands at some moment. */
export interface RelationState {
  key: string;
  type: string;
  /** For a mutual type, the actor who acted last; otherwise the first actor. */
  from: string;
  to: string;
  /** True while it stands. */
  standing: boolean;
  /** The change that set this state; undefined for a relation that stood before the content. */
  setBy?: RelationChange | undefined;
  /** True when it stood before the content began: its first change in the content is an end. */
  predates: boolean;
}

/**
 * Replays changes in order and reports the state after each change to `visit`. `initial`
 * gives the relations that stood before the content began: those of types that do not require
 * a start whose first change is an end.
 */
export class RelationReplay {
  /** Each relation's current state, by key. */
  readonly states = new Map<string, RelationState>();
  private readonly types: ReadonlyMap<string, RelationType>;

  constructor(changes: readonly RelationChange[], types: readonly RelationType[]) {
    this.types = new Map(types.map((type) => [type.id, type]));
    const seen = new Set<string>();
    for (const change of changes) {
      const type = this.types.get(change.type);
      if (!type) continue;
      const key = relationKey(type, change.from, change.to);
      if (seen.has(key)) continue;
      seen.add(key);
      if (change.effect === 'ends' && !type.requiresStart) {
        this.states.set(key, {
          key,
          type: change.type,
          from: change.from,
          to: change.to,
          standing: true,
          predates: true,
        });
      }
    }
  }

  /** Applies one change, which must come after every change applied before it. */
  apply(change: RelationChange): RelationState | undefined {
    const type = this.types.get(change.type);
    if (!type) return undefined;
    const key = relationKey(type, change.from, change.to);
    const state: RelationState = {
      key,
      type: change.type,
      from: change.from,
      to: change.to,
      standing: change.effect === 'starts',
      setBy: change,
      predates: false,
    };
    this.states.set(key, state);
    return state;
  }
}

/** Every relation's state after all changes: the latest state. */
export function latestStates(
  changes: readonly RelationChange[],
  types: readonly RelationType[],
): RelationState[] {
  const replay = new RelationReplay(changes, types);
  for (const change of changes) replay.apply(change);
  // Oldest change first; relations still standing since before the content come before all.
  return [...replay.states.values()].sort((a, b) =>
    a.setBy?.date === b.setBy?.date ? 0 : (a.setBy?.date ?? '') < (b.setBy?.date ?? '') ? -1 : 1,
  );
}

/** A period of the "as of" pages: the changes of one day, month or year. */
export interface ChangePeriod {
  /** The period as a partial date: `2022-07-13`, `2022-07` or `2022`. */
  key: string;
  /** The changes within it, oldest first. */
  changes: RelationChange[];
}

/**
 * The dates on which relations changed, one period each, grouped into months and then years
 * when there are more than `max`: however many events there are, there are at most `max`
 * periods, or as many years as the content spans.
 */
export function changePeriods(changes: readonly RelationChange[], max: number): ChangePeriod[] {
  for (const length of [10, 7, 4]) {
    const periods: ChangePeriod[] = [];
    for (const change of changes) {
      // A change dated less precisely than the grouping keeps its own, shorter key.
      const key = change.date.slice(0, length);
      const last = periods.at(-1);
      if (last?.key === key) last.changes.push(change);
      else periods.push({ key, changes: [change] });
    }
    if (periods.length <= max || length === 4) return periods;
  }
  return [];
}

/** The state of the relations at the end of one period, as an "as of" page shows it. */
export interface PeriodState {
  period: ChangePeriod;
  /** How many relations stand or have ended by the end of the period. */
  total: number;
  /** The most recently changed of them, newest first, at most `rows`. */
  states: RelationState[];
}

/**
 * The state at the end of each period, each listing at most `rows` relations, the most
 * recently changed first. One replay of all changes: the work grows with the changes plus
 * `rows` per period, never with the square of the content.
 */
export function periodStates(
  changes: readonly RelationChange[],
  types: readonly RelationType[],
  periods: readonly ChangePeriod[],
  rows: number,
): PeriodState[] {
  const replay = new RelationReplay(changes, types);
  const touched: string[] = [];
  const initial = [...replay.states.keys()];
  return periods.map((period) => {
    for (const change of period.changes) {
      const state = replay.apply(change);
      if (state) touched.push(state.key);
    }
    const picked = new Set<string>();
    const states: RelationState[] = [];
    for (let i = touched.length - 1; i >= 0 && states.length < rows; i -= 1) {
      const key = touched[i]!;
      if (picked.has(key)) continue;
      picked.add(key);
      states.push(replay.states.get(key)!);
    }
    // Relations that stood before the content and have not changed yet come last.
    for (const key of initial) {
      if (states.length >= rows) break;
      if (!picked.has(key)) states.push(replay.states.get(key)!);
    }
    return { period, total: replay.states.size, states };
  });
}

/**
 * The actor an actor is drawn as in the graph: itself, or, for kinds the topic folds, the
 * nearest actor up its `memberOf` chain that is not folded (a minister → the state).
 */
export function folder(
  actors: ReadonlyMap<string, { data: { kind: string; memberOf?: string | undefined } }>,
  foldedKinds: ReadonlySet<string>,
): (id: string) => string {
  const cache = new Map<string, string>();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const seen = new Set<string>();
    let current = id;
    while (!seen.has(current)) {
      seen.add(current);
      const actor = actors.get(current);
      if (!actor || !foldedKinds.has(actor.data.kind) || !actor.data.memberOf) break;
      current = actor.data.memberOf;
    }
    cache.set(id, current);
    return current;
  };
}
