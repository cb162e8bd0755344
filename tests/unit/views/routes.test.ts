/**
 * Every route's view model on the real content, in both languages: what each page is given is
 * everything it shows, as plain data, so the page's cache key (a digest of it) changes whenever
 * the page would.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { LIMITS } from '../../../src/lib/limits.ts';
import { paginate } from '../../../src/lib/pagination.ts';
import { localeOf, type Locale, type Site } from '../../../src/lib/site.ts';
import { chromeView } from '../../../src/lib/views/chrome.ts';
import {
  actorEventsPageView,
  actorKindPageView,
  eventKindPageView,
  sourceCitationsPageView,
} from '../../../src/lib/views/lists.ts';
import { routes } from '../../../src/lib/views/routes.ts';
import { loadSite } from '../../helpers/content.ts';

let site: Site;
let en: Locale;
let uk: Locale;

beforeAll(async () => {
  site = await loadSite();
  en = localeOf(site, 'en');
  uk = localeOf(site, 'uk');
});

const only = <V>(pages: { view: () => V }[]): V => {
  expect(pages).toHaveLength(1);
  return pages[0]!.view();
};

describe('every route', () => {
  test('gives each page a view that JSON keeps whole, so the cache key covers all the page shows', () => {
    for (const [name, route] of Object.entries(routes)) {
      for (const locale of [en, uk]) {
        for (const { params, view: make } of route(site, locale)) {
          const view = make();
          const where = `${name} ${locale.lang} ${JSON.stringify(params)}`;
          expect(JSON.parse(JSON.stringify(view)), where).toEqual(view);
        }
      }
    }
  });

  test('gives each page of a route its own params', () => {
    for (const [name, route] of Object.entries(routes)) {
      const params = route(site, en).map((page) => JSON.stringify(page.params));
      expect(new Set(params).size, name).toBe(params.length);
    }
  });
});

describe('the home page', () => {
  test('leads with every event drawn on a time axis, then key dates and the ways in', () => {
    const view = only(routes.home(site, en));
    expect(view.chart?.marks).toHaveLength(site.indexes.events.size);
    expect(view.chart?.rows.map((row) => row.year)).toEqual([2014, 2022]);
    expect(view.chart?.rows[1]?.note?.text).toBe('13 July 2022: 6 events');
    expect(view.keyDates.map((item) => item.id)[0]).toBe('dpr-lpr-proclaimed');
    expect(view.entryPoints.map((entry) => entry.href)).toEqual([
      '/timeline/',
      '/actors/',
      '/relations/',
      '/sources/',
      '/search/',
    ]);
    expect(view.counts).toEqual({ actors: 17, events: 13, sources: 16 });
  });

  test('speaks Ukrainian under /uk/, with Ukrainian month names on the axis', () => {
    const view = only(routes.home(site, uk));
    expect(view.chart?.title).toBe('Події в часі');
    expect(view.chart?.ticks[6]?.label).toMatch(/^лип/);
    expect(view.entryPoints[0]).toMatchObject({ href: '/uk/timeline/', title: 'Хронологія' });
  });
});

describe('search and the missing page', () => {
  test('search names its filters and links the indexes for readers without script', () => {
    const view = only(routes.search(site, en));
    expect(view.strings.filters.map((filter) => filter.key)).toEqual([
      'type',
      'actor_kind',
      'event_kind',
      'year',
      'actor',
    ]);
    expect(view.indexes.map((link) => link.href)).toContain('/sources/');
  });

  test('the missing page is kept out of search engines', () => {
    expect(only(routes.notFound(site, en)).meta.noindex).toBe(true);
    expect(only(routes.notFound(site, uk)).meta.url).toBe('https://explainer.example.org/uk/404/');
  });
});

describe('the indexes', () => {
  test('the actors are grouped in the topic’s order of kinds', () => {
    const view = only(routes.actorsIndex(site, en));
    expect(view.groups.map((group) => group.kind)).toEqual(
      site.topic.actorKinds
        .map((kind) => kind.id)
        .filter((id) => view.groups.some((g) => g.kind === id)),
    );
    expect(view.groups.reduce((n, group) => n + group.total, 0)).toBe(17);
  });

  test('the events are grouped by kind, each with the colour of its kind’s position', () => {
    const view = only(routes.eventsIndex(site, en));
    const recognition = view.groups.find((group) => group.kind === 'recognition')!;
    expect(recognition.tone).toBe(0);
    expect(recognition.items.every((item) => item.tone === 0)).toBe(true);
    expect(recognition.items.map((item) => item.id)).toEqual([
      'russia-recognises-dpr-lpr',
      'syria-recognises-dpr-lpr',
      'dprk-recognises-dpr-lpr',
    ]);
  });

  test('the sources list the newest first, on one page', () => {
    const pages = routes.sourcesList(site, en);
    expect(pages).toHaveLength(1);
    const dates = pages[0]!.view().items.map((item) => item.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('no kind, actor or source is long enough for pages of its own, which still work when needed', () => {
    for (const route of [
      routes.actorKind,
      routes.eventKind,
      routes.actorEvents,
      routes.sourceCitations,
    ]) {
      expect(route(site, en)).toEqual([]);
    }
    const states = [...site.indexes.actors.values()].filter((a) => a.data.kind === 'state');
    const actorPage = actorKindPageView(
      site,
      en,
      'state',
      paginate(
        states.map((a) => a.id),
        LIMITS.page,
      )[0]!,
    );
    expect(actorPage.items).toHaveLength(states.length);
    expect(actorPage.up.href).toBe('/actors/');
    const eventPage = eventKindPageView(
      site,
      uk,
      'recognition',
      paginate(['dprk-recognises-dpr-lpr'], 1)[0]!,
    );
    expect(eventPage.items[0]).toMatchObject({
      href: '/uk/events/dprk-recognises-dpr-lpr/',
      tone: 0,
    });
    const ukraine = site.indexes.actors.get('ukraine')!;
    const events = (site.indexes.appearances.get('ukraine') ?? []).map((a) => a.event.id);
    expect(actorEventsPageView(site, en, ukraine, paginate(events, 2)[1]!).page).toMatchObject({
      number: 2,
      hrefs: expect.arrayContaining(['/actors/ukraine/events/2/']),
    });
    const source = site.indexes.sources.get('kyiv-post-2022-07-13')!;
    const citing = paginate([0, 1, 2], 2)[0]!;
    expect(sourceCitationsPageView(site, en, source, citing).items).toHaveLength(2);
  });
});

describe('the timeline', () => {
  test('lists every event by year and draws them, the six of 13 July 2022 piled on one day', () => {
    const view = only(routes.timeline(site, en));
    expect(view.complete).toBe(true);
    expect(view.groups.map((group) => group.year)).toEqual([2014, 2022]);
    expect(view.years).toEqual([
      { year: 2014, count: 1, href: '/timeline/2014/' },
      { year: 2022, count: 12, href: '/timeline/2022/' },
    ]);
    const marks = view.chart!.marks;
    expect(marks).toHaveLength(13);
    const pile = marks.filter((mark) => mark.title.startsWith('13 July 2022'));
    expect(pile).toHaveLength(6);
    expect(new Set(pile.map((mark) => mark.x)).size).toBe(1);
    // The proclamation is known only to the year, so it spans 2014.
    expect(marks.find((mark) => mark.href === '/events/dpr-lpr-proclaimed/')).toMatchObject({
      x: 2.5,
      x2: 97.5,
    });
    expect(view.chart!.legend[0]).toEqual({ tone: 0, shape: 0, label: 'Recognition' });
    expect(view.filter.actors.length).toBeGreaterThan(10);
  });

  test('a year’s page draws only that year, without a row label, and links back', () => {
    const pages = routes.timelineYear(site, uk);
    expect(pages.map((page) => page.params)).toEqual([
      { year: '2014', page: undefined },
      { year: '2022', page: undefined },
    ]);
    const view = pages[1]!.view();
    expect(view.title).toBe('Хронологія: 2022');
    expect(view.chart!.marks).toHaveLength(12);
    expect(view.chart!.rows[0]!.label).toBeUndefined();
    expect(view.page?.up.href).toBe('/uk/timeline/');
  });
});

describe('the relations', () => {
  test('draw the states and entities in layers, in columns and in rows, with a legend by type', () => {
    const view = only(routes.relations(site, en));
    expect(view.folded).toBe(true);
    expect(view.variant.href).toBe('/relations/all-actors/');
    const graph = view.graph!;
    expect(graph.wide.nodes.map((node) => node.id).sort()).toEqual([
      'dpr',
      'dprk',
      'lpr',
      'russia',
      'syria',
      'ukraine',
    ]);
    expect(graph.narrow.orientation).toBe('rows');
    expect(graph.omitted).toBe(0);
    expect(graph.hrefs.dprk).toBe('/actors/dprk/');
    const ukraine = graph.wide.nodes.find((node) => node.id === 'ukraine')!;
    const dpr = graph.wide.nodes.find((node) => node.id === 'dpr')!;
    expect(ukraine.x).toBeLessThan(dpr.x);
    expect(view.legend.map((item) => [item.type, item.tone, item.directed])).toEqual([
      ['recognition', 0, true],
      ['diplomatic-relations', 1, false],
    ]);
    expect(view.rows).toHaveLength(8);
    expect(view.periods.map((period) => period.key)).toEqual([
      '2022-02-21',
      '2022-06-29',
      '2022-06-30',
      '2022-07-13',
    ]);
  });

  test('the variant with every actor links back to the folded one', () => {
    const view = only(routes.relationsUnfolded(site, uk));
    expect(view.folded).toBe(false);
    expect(view.variant.href).toBe('/uk/relations/');
  });

  test('as of 13 July 2022, both severances have ended and three states recognise both entities', () => {
    const pages = routes.asOf(site, en);
    const view = pages.find((page) => page.params.period === '2022-07-13')!.view();
    expect(view.previous?.href).toBe('/relations/as-of/2022-06-30/');
    expect(view.next).toBeUndefined();
    expect(view.rows.filter((row) => row.phrase === 'recognises')).toHaveLength(6);
    expect(view.rows.filter((row) => !row.standing).map((row) => row.to.text)).toEqual(
      expect.arrayContaining(['Syrian Arab Republic', 'Democratic People’s Republic of Korea']),
    );
  });
});

describe('the entries', () => {
  test('an actor’s page has its infobox, its relations as sentences and its events', () => {
    const view = routes
      .actor(site, en)
      .find((page) => page.params.id === 'ukraine-mfa')!
      .view();
    expect(view.parent?.href).toBe('/actors/ukraine/');
    expect(view.heldRoles.map((role) => role.holder.text)).toContain('Dmytro Kuleba');
    expect(view.events.items.map((item) => item.id)).toEqual([
      'ukraine-severs-syria',
      'ukraine-severs-dprk',
    ]);
    expect(view.events.items.every((item) => item.tone === 2)).toBe(true);
    const dprk = routes
      .actor(site, en)
      .find((page) => page.params.id === 'dprk')!
      .view();
    expect(
      dprk.relations.map((r) => `${r.from.text} ${r.phrase} ${r.to.text} ${r.tone}`),
    ).toContain('Democratic People’s Republic of Korea recognises Luhansk People’s Republic 0');
  });

  test('an event’s page has its kind’s colour, its participants with roles, and numbered references', () => {
    const view = routes
      .event(site, en)
      .find((page) => page.params.id === 'ukraine-severs-dprk')!
      .view();
    expect(view).toMatchObject({
      kindLabel: 'Severance of relations',
      tone: 2,
      dateText: '13 July 2022',
    });
    expect(view.participants.map((p) => `${p.actor.text}: ${p.role}`)).toContain(
      'Dmytro Kuleba: spokesperson',
    );
    expect(view.references.map((r) => r.n)).toEqual(view.references.map((_, i) => i + 1));
    expect(view.references[0]).toMatchObject({
      publisher: expect.any(String),
      url: expect.stringMatching(/^https:/),
    });
    expect(view.html).toContain('aria-labelledby="ref-label-');
    expect(view.relations[0]).toMatchObject({
      phrase: 'severed diplomatic relations with',
      standing: false,
    });
  });

  test('an event’s disputes number their sources as the reference list does', () => {
    const view = routes
      .event(site, en)
      .find((page) => page.params.id === 'dprk-recognises-dpr-lpr')!
      .view();
    const numbers = new Map(view.references.map((r) => [r.id, r.n]));
    for (const dispute of view.disputes) {
      for (const side of [...dispute.madeBy, ...dispute.contestedBy]) {
        expect(side.n).toBe(numbers.get(side.id));
      }
    }
  });

  test('a source’s page lists what cites it, in the page’s language', () => {
    const view = routes
      .source(site, uk)
      .find((page) => page.params.id === 'kyiv-post-2022-07-13')!
      .view();
    expect(view.publisher).toBe('Kyiv Post');
    expect(view.citedBy.total).toBeGreaterThan(3);
    expect(view.citedBy.items.every(({ item }) => item.href.startsWith('/uk/'))).toBe(true);
  });
});

describe('the frame', () => {
  test('links the sections, search and data in the page’s language', () => {
    const chrome = chromeView(site, uk);
    expect(chrome.nav.map((link) => link.href)).toEqual([
      '/uk/timeline/',
      '/uk/actors/',
      '/uk/events/',
      '/uk/relations/',
      '/uk/sources/',
    ]);
    expect(chrome.search.action).toBe('/uk/search/');
    expect(chrome.dataLinks.links[0]!.href).toBe('/data/events.json');
  });
});
