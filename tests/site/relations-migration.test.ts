/**
 * Relations used to be guessed from the wording of participants' roles; now events declare
 * them. The relations table of the last build before that change is kept as a fixture, and the
 * site must still show the same facts: the same relations between the same states, set by the
 * same events. The old table listed a person or ministry beside the state it acts for (the
 * president beside the state, the ministry beside the state), so both are compared with each
 * actor drawn as the state it belongs to.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtSite, root } from '../helpers/site.ts';

interface OldRow {
  from: string;
  relation: string;
  to: string;
  events: string[];
}

interface Exported {
  id: string;
  kind: string;
  memberOf?: string;
  relations?: { type: string; from: string; to: string; effect?: string }[];
}

let oldRows: OldRow[];
let actors: Exported[];
let events: Exported[];

beforeAll(async () => {
  const dir = await builtSite();
  oldRows = JSON.parse(
    await readFile(path.join(root, 'tests/fixtures/migration/relations-before.json'), 'utf8'),
  );
  actors = JSON.parse(await readFile(path.join(dir, 'data/actors.json'), 'utf8'));
  events = JSON.parse(await readFile(path.join(dir, 'data/events.json'), 'utf8'));
});

/** An actor as the state it acts for: up its memberOf chain to the first actor without one. */
function state(id: string): string {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  let current = id;
  for (let steps = 0; byId.get(current)?.memberOf && steps < 10; steps++)
    current = byId.get(current)!.memberOf!;
  return current;
}

describe('the relations after they became declared data', () => {
  test('are the same facts as the relations table before the change', () => {
    // The old wording: "recognised", and "severed relations with", which ended relations.
    const before = new Set(
      oldRows.flatMap((row) =>
        row.events.map((event) => {
          const type = row.relation === 'recognised' ? 'recognition' : 'diplomatic-relations';
          return `${type} ${state(row.from)} → ${state(row.to)} by ${event}`;
        }),
      ),
    );
    const after = new Set(
      events.flatMap((event) =>
        (event.relations ?? []).map(
          (relation) =>
            `${relation.type} ${state(relation.from)} → ${state(relation.to)} by ${event.id}`,
        ),
      ),
    );
    expect([...after].sort()).toEqual([...before].sort());
  });
});
