/**
 * `npm run bench -- --entries N`: generates a synthetic corpus of N entries in a temporary
 * folder, builds it with the real site and with the bare Astro + MDX floor, rebuilds after
 * changing one entry, measures search in real Chromium, and prints a table and JSON.
 *
 * Options:
 *   --entries N[,N…]  corpus sizes, actors plus events (default 1000); more than one size
 *                     print the growth of the per-page cost against the first size
 *   --seed N          seed of the generator (default 1)
 *   --runs N          cold builds of the site and of the floor each (default 1); the fastest
 *                     counts, which on a shared machine is the least disturbed
 *   --skip-floor      do not build the floor
 *   --skip-rebuild    do not measure a rebuild
 *   --skip-search     do not measure search in Chromium
 *   --json FILE       also write the results to FILE
 *   --keep            keep the temporary folders and print where they are
 *   --verbose         print the builds' own output
 */
import { appendFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  build,
  type BuildRun,
  folderBytes,
  htmlStats,
  pagefindSeconds,
  phases,
  workFolder,
} from './build.ts';
import { generateCorpus } from './generate.ts';
import { measureSearch, type Transfer } from './search.ts';

const PAGE_LIMIT_BYTES = 200 * 1024;
/** A reader's first query, a surname, then a second, the name of the most frequent actor. */
const QUERIES = ['Kovalenko', 'Aldoria'];

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'skip-floor': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

interface TransferKB {
  /** Response bodies as the server sent them, gzipped where a static host gzips. */
  kilobytes: number;
  requests: number;
}

function transfer(transfers: Transfer[]): TransferKB {
  return {
    kilobytes: round(transfers.reduce((sum, t) => sum + t.bytes, 0) / 1024),
    requests: transfers.length,
  };
}

function describeTransfer(t: TransferKB): string {
  return `${t.kilobytes} KB in ${t.requests} requests`;
}

const isPagefind = (t: Transfer) => t.path.includes('/pagefind/');

interface Result {
  entries: number;
  actors: number;
  events: number;
  sources: number;
  generateSeconds: number;
  /** One-minute load averages when the run began and ended: above 2 the machine was shared. */
  load: { start: number; end: number };
  build: {
    seconds: number;
    cpuSeconds: number;
    pages: number;
    pagesPerSecond: number;
    msPerPage: number;
    peakRssMB: number;
    pagefindSeconds: number | null;
    bundleSeconds: number | null;
    renderSeconds: number | null;
  };
  html: { largestKB: number; largestPath: string; pagesOver200KB: number; totalMB: number };
  index: { MB: number; files: number };
  rebuild: {
    seconds: number;
    cpuSeconds: number;
    ratioToCold: number;
    cpuRatioToCold: number;
    pagefindSeconds: number | null;
    bundleSeconds: number | null;
    renderSeconds: number | null;
  } | null;
  floor: {
    seconds: number;
    cpuSeconds: number;
    pages: number;
    peakRssMB: number;
    ratio: number;
    cpuRatio: number;
    bundleSeconds: number | null;
    renderSeconds: number | null;
  } | null;
  search: {
    first: TransferKB;
    second: TransferKB;
    /** The search page's own HTML, style and script, not counted in the first search. */
    page: TransferKB;
  } | null;
}

const MB = 1024 * 1024;

function optionalRound(n: number | undefined): number | null {
  return n === undefined ? null : round(n);
}

function phaseSeconds(log: string): { bundleSeconds: number | null; renderSeconds: number | null } {
  const { bundleSeconds, renderSeconds } = phases(log);
  return {
    bundleSeconds: optionalRound(bundleSeconds),
    renderSeconds: optionalRound(renderSeconds),
  };
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function benchOne(entries: number): Promise<Result> {
  const work = await workFolder(`bench-${entries}-`);
  const contentDir = path.join(work, 'content');
  const say = (text: string) => console.error(`[bench ${entries}] ${text}`);
  const loadAtStart = round(os.loadavg()[0] ?? 0, 2);
  try {
    say(`generating the corpus in ${contentDir}`);
    const t0 = performance.now();
    const corpus = await generateCorpus({ entries, dir: contentDir, seed: Number(values.seed) });
    const generateSeconds = (performance.now() - t0) / 1000;
    say(
      `${corpus.actors.length} actors, ${corpus.events.length} events, ${corpus.sources.length} sources`,
    );

    // Each cold build starts from empty output and cache folders; of more than one, the fastest is
    // kept, being the one least slowed by other work on the machine.
    const fastest = async (name: string, floor: boolean): Promise<BuildRun> => {
      let best: BuildRun | undefined;
      for (let i = 0; i < runs; i++) {
        say(`cold build of the ${name}${runs > 1 ? ` (${i + 1} of ${runs})` : ''}`);
        const run = await build({
          contentDir,
          outDir: path.join(work, `${name}-${i}`),
          cacheDir: path.join(work, `${name}-${i}-cache`),
          floor,
          echo: values.verbose,
        });
        const [keep, drop] =
          best === undefined || run.wallMs < best.wallMs ? [run, best] : [best, run];
        best = keep;
        if (drop) {
          await rm(drop.outDir, { recursive: true, force: true });
          await rm(drop.cacheDir, { recursive: true, force: true });
        }
      }
      return best as BuildRun;
    };

    const site = await fastest('site', false);
    const html = await htmlStats(site.outDir, PAGE_LIMIT_BYTES);
    const index = await folderBytes(path.join(site.outDir, 'pagefind'));
    const pagefind = pagefindSeconds(site.log);
    await writeFile(path.join(work, 'site.log'), site.log);
    say(`${html.pages} pages in ${round(site.wallMs / 1000)} s`);

    let rebuild: Result['rebuild'] = null;
    if (!values['skip-rebuild']) {
      // A typical edit: one sentence added to one event in the middle of the timeline.
      const changed = path.join(
        contentDir,
        'events',
        `${corpus.events[corpus.events.length >> 1]}.mdx`,
      );
      await appendFile(changed, '\nA later report added detail to this account.\n');
      say('rebuild after changing one event');
      const again = await build({
        contentDir,
        outDir: site.outDir,
        cacheDir: site.cacheDir,
        echo: values.verbose,
      });
      rebuild = {
        seconds: round(again.wallMs / 1000),
        cpuSeconds: round(again.cpuSeconds),
        ratioToCold: round(again.wallMs / site.wallMs, 2),
        cpuRatioToCold: round(again.cpuSeconds / site.cpuSeconds, 2),
        pagefindSeconds: optionalRound(pagefindSeconds(again.log)),
        ...phaseSeconds(again.log),
      };
      await writeFile(path.join(work, 'rebuild.log'), again.log);
    }

    let floor: Result['floor'] = null;
    if (!values['skip-floor']) {
      const bare = await fastest('floor', true);
      const bareHtml = await htmlStats(bare.outDir, PAGE_LIMIT_BYTES);
      await writeFile(path.join(work, 'floor.log'), bare.log);
      floor = {
        seconds: round(bare.wallMs / 1000),
        cpuSeconds: round(bare.cpuSeconds),
        pages: bareHtml.pages,
        peakRssMB: round(bare.peakRssBytes / MB, 0),
        ratio: round(site.wallMs / bare.wallMs, 2),
        cpuRatio: round(site.cpuSeconds / bare.cpuSeconds, 2),
        ...phaseSeconds(bare.log),
      };
      await rm(bare.outDir, { recursive: true, force: true });
    }

    let search: Result['search'] = null;
    if (!values['skip-search']) {
      say('searching in Chromium');
      const measured = await measureSearch({ dir: site.outDir, base: '/', queries: QUERIES });
      search = {
        first: transfer(measured.first.transfers.filter(isPagefind)),
        second: transfer(measured.second.transfers),
        page: transfer(measured.first.transfers.filter((t) => !isPagefind(t))),
      };
    }

    const largest = html.largest[0];
    return {
      entries,
      actors: corpus.actors.length,
      events: corpus.events.length,
      sources: corpus.sources.length,
      generateSeconds: round(generateSeconds),
      load: { start: loadAtStart, end: round(os.loadavg()[0] ?? 0, 2) },
      build: {
        seconds: round(site.wallMs / 1000),
        cpuSeconds: round(site.cpuSeconds),
        pages: html.pages,
        pagesPerSecond: round(html.pages / (site.wallMs / 1000)),
        msPerPage: round(site.wallMs / html.pages, 2),
        peakRssMB: round(site.peakRssBytes / MB, 0),
        pagefindSeconds: optionalRound(pagefind),
        ...phaseSeconds(site.log),
      },
      html: {
        largestKB: round((largest?.bytes ?? 0) / 1024),
        largestPath: largest?.path ?? '',
        pagesOver200KB: html.over,
        totalMB: round(html.totalBytes / MB),
      },
      index: { MB: round(index.bytes / MB, 2), files: index.files },
      rebuild,
      floor,
      search,
    };
  } finally {
    if (values.keep) say(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

function table(results: Result[]): string {
  const first = results[0];
  const rows: [string, (r: Result) => string, string][] = [
    ['entries (actors + events)', (r) => `${r.entries} (${r.actors} + ${r.events})`, ''],
    ['sources', (r) => String(r.sources), ''],
    ['load average at start / end', (r) => `${r.load.start} / ${r.load.end}`, ''],
    ['build wall time', (r) => `${r.build.seconds} s`, ''],
    ['build CPU time (user + system)', (r) => `${r.build.cpuSeconds} s`, ''],
    ['HTML pages', (r) => String(r.build.pages), ''],
    ['pages per second', (r) => String(r.build.pagesPerSecond), ''],
    ['ms per page', (r) => String(r.build.msPerPage), ''],
    [
      'per-page cost vs first size',
      (r) => (first ? `${round(r.build.msPerPage / first.build.msPerPage, 2)} ×` : ''),
      '≤ 1.2 ×',
    ],
    ['peak RSS (process tree)', (r) => `${r.build.peakRssMB} MB`, '≤ 3072 MB'],
    [
      'time in Pagefind',
      (r) => (r.build.pagefindSeconds === null ? 'n/a' : `${r.build.pagefindSeconds} s`),
      '',
    ],
    [
      'bundling / rendering: site',
      (r) => `${r.build.bundleSeconds ?? '?'} s / ${r.build.renderSeconds ?? '?'} s`,
      '',
    ],
    [
      'bundling / rendering: floor',
      (r) =>
        r.floor ? `${r.floor.bundleSeconds ?? '?'} s / ${r.floor.renderSeconds ?? '?'} s` : 'n/a',
      '',
    ],
    ['index size on disk', (r) => `${r.index.MB} MB in ${r.index.files} files`, ''],
    ['largest page', (r) => `${r.html.largestKB} KB (${r.html.largestPath})`, '≤ 200 KB'],
    ['pages over 200 KB', (r) => String(r.html.pagesOver200KB), '0'],
    [
      'floor build (bare Astro + MDX)',
      (r) =>
        r.floor
          ? `${r.floor.seconds} s (CPU ${r.floor.cpuSeconds} s), ${r.floor.peakRssMB} MB`
          : 'n/a',
      '',
    ],
    [
      'site ÷ floor',
      (r) => (r.floor ? `${r.floor.ratio} × (CPU ${r.floor.cpuRatio} ×)` : 'n/a'),
      '≤ 1.3 ×',
    ],
    [
      'rebuild after one change',
      (r) => (r.rebuild ? `${r.rebuild.seconds} s (CPU ${r.rebuild.cpuSeconds} s)` : 'n/a'),
      '',
    ],
    [
      'rebuild: bundling / rendering / Pagefind',
      (r) =>
        r.rebuild
          ? `${r.rebuild.bundleSeconds ?? '?'} s / ${r.rebuild.renderSeconds ?? '?'} s / ${r.rebuild.pagefindSeconds ?? '?'} s`
          : 'n/a',
      '',
    ],
    [
      'rebuild ÷ cold build',
      (r) =>
        r.rebuild
          ? `${Math.round(r.rebuild.ratioToCold * 100)} % (CPU ${Math.round(r.rebuild.cpuRatioToCold * 100)} %)`
          : 'n/a',
      '≤ 30 %',
    ],
    [
      'first search: Pagefind files (gzip)',
      (r) => (r.search ? describeTransfer(r.search.first) : 'n/a'),
      '≤ 150 KB',
    ],
    [
      'second search (gzip)',
      (r) => (r.search ? describeTransfer(r.search.second) : 'n/a'),
      '≤ 30 KB',
    ],
    ['search page itself (gzip)', (r) => (r.search ? describeTransfer(r.search.page) : 'n/a'), ''],
  ];
  const header = ['', ...results.map((r) => `${r.entries} entries`), 'target'];
  const body = rows.map(([label, cell, target]) => [label, ...results.map(cell), target]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const runs = Math.max(1, Number(values.runs));
const sizes = values.entries.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('--entries takes whole numbers of at least 10, such as --entries 1000,10000');
  process.exit(2);
}
const results: Result[] = [];
for (const entries of sizes) results.push(await benchOne(entries));

const report = {
  date: new Date().toISOString(),
  runs,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGB: round(os.totalmem() / 1024 ** 3),
    node: process.version,
  },
  results,
};
console.log(table(results));
console.log();
console.log(JSON.stringify(report, null, 2));
if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
