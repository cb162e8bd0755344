/**
 * `npm run bench -- --entries N`: generates a synthetic corpus of N entries in a temporary
 * folder, builds it with the real site and with the bare Astro + MDX floor, rebuilds after
 * changing one entry, measures search in real Chromium, and prints a table and JSON.
 *
 * Options:
 *   --entries N[,N…]  corpus sizes, actors plus events (default 1000); more than one size
 *                     print the growth of the per-page cost against the first size
 *   --languages L[,L…] 1 (English) or 2 (and a `uk` translation of every entry); each
 *                     size is built with each (default 1)
 *   --dev             also time the editing loop in `astro dev` (scripts/bench/dev.ts)
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
  root,
  type BuildRun,
  folderBytes,
  htmlStats,
  pagefindSeconds,
  phases,
  workFolder,
} from './build.ts';
import { measureDev, type DevMeasurement } from './dev.ts';
import { cyrillic, generateCorpus } from './generate.ts';
import { runMeasured } from './measure.ts';
import { measureSearch, type Transfer } from './search.ts';

const PAGE_LIMIT_BYTES = 200 * 1024;
/** A reader's first query, a surname, then a second, the name of the most frequent actor. */
const QUERIES = ['Kovalenko', 'Aldoria'];

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    languages: { type: 'string', default: '1' },
    dev: { type: 'boolean', default: false },
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

/** One language's search, as a reader of its search page pays for it. */
interface SearchResult {
  lang: string;
  first: TransferKB;
  second: TransferKB;
  /** The search page's own HTML, style and script, not counted in the first search. */
  page: TransferKB;
}

interface Result {
  entries: number;
  languages: number;
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
  /** Each language's search, the default language first. */
  search: SearchResult[] | null;
  /** `npm run check`, with no parse cache as on a fresh clone, then with the cache it left. */
  check: { cold: Timed; warm: Timed };
  dev: DevMeasurement | null;
}

interface Timed {
  seconds: number;
  cpuSeconds: number;
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

/** Runs `npm run check` on a content folder with a parse cache in `cacheDir`. */
async function timeCheck(contentDir: string, cacheDir: string): Promise<Timed> {
  const run = await runMeasured(
    process.execPath,
    [path.join(root, 'scripts/check.ts'), contentDir],
    { cwd: root, env: { ...process.env, ASTRO_CACHE_DIR: cacheDir } },
  );
  if (run.code !== 0) throw new Error(`npm run check failed:\n${run.log.slice(-4000)}`);
  return { seconds: round(run.wallMs / 1000, 2), cpuSeconds: round(run.cpuSeconds, 2) };
}

async function benchOne(entries: number, languages: 1 | 2): Promise<Result> {
  const work = await workFolder(`bench-${entries}-${languages}-`);
  const contentDir = path.join(work, 'content');
  const say = (text: string) =>
    console.error(`[bench ${entries}${languages > 1 ? `, ${languages} languages` : ''}] ${text}`);
  const loadAtStart = round(os.loadavg()[0] ?? 0, 2);
  try {
    say(`generating the corpus in ${contentDir}`);
    const t0 = performance.now();
    const corpus = await generateCorpus({
      entries,
      dir: contentDir,
      seed: Number(values.seed),
      languages,
    });
    const generateSeconds = (performance.now() - t0) / 1000;
    say(
      `${corpus.actors.length} actors, ${corpus.events.length} events, ${corpus.sources.length} sources`,
    );

    say('npm run check, without and with its parse cache');
    const checkCache = path.join(work, 'check-cache');
    const check = {
      cold: await timeCheck(contentDir, checkCache),
      warm: await timeCheck(contentDir, checkCache),
    };

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
      search = [];
      for (const lang of corpus.languages) {
        say(`searching in Chromium${lang === 'en' ? '' : `, in ${lang}`}`);
        // The translations write names in Cyrillic, as readers of that edition type them.
        const queries = lang === 'uk' ? QUERIES.map(cyrillic) : QUERIES;
        const measured = await measureSearch({
          dir: site.outDir,
          base: '/',
          lang: lang === corpus.languages[0] ? undefined : lang,
          queries,
        });
        search.push({
          lang,
          first: transfer(measured.first.transfers.filter(isPagefind)),
          second: transfer(measured.second.transfers),
          page: transfer(measured.first.transfers.filter((t) => !isPagefind(t))),
        });
      }
    }

    let dev: DevMeasurement | null = null;
    if (values.dev) {
      say('editing in astro dev');
      dev = await measureDev({
        contentDir,
        cacheDir: path.join(work, 'dev-cache'),
        event: corpus.events[corpus.events.length >> 2]!,
      });
    }

    const largest = html.largest[0];
    return {
      entries,
      languages,
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
      check,
      dev,
    };
  } finally {
    if (values.keep) say(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

function table(results: Result[]): string {
  const first = results[0];
  const ms = (n: number) => `${Math.round(n)} ms`;
  const perPage = (r: Result) => r.build.cpuSeconds / r.build.pages;
  const searchRow = (
    label: string,
    cell: (s: SearchResult) => string,
    target: string,
  ): [string, (r: Result) => string, string][] => {
    const langs = [...new Set(results.flatMap((r) => (r.search ?? []).map((s) => s.lang)))];
    return (langs.length > 0 ? langs : ['en']).map((lang, i) => [
      i === 0 ? label : `${label}, ${lang}`,
      (r) => {
        const found = r.search?.find((s) => s.lang === lang);
        return found ? cell(found) : 'n/a';
      },
      target,
    ]);
  };
  const rows: [string, (r: Result) => string, string][] = [
    ['entries (actors + events)', (r) => `${r.entries} (${r.actors} + ${r.events})`, ''],
    ['languages', (r) => String(r.languages), ''],
    ['sources', (r) => String(r.sources), ''],
    ['load average at start / end', (r) => `${r.load.start} / ${r.load.end}`, ''],
    [
      '`npm run check`, no cache / cached',
      (r) =>
        `${r.check.cold.seconds} s (CPU ${r.check.cold.cpuSeconds} s) / ${r.check.warm.seconds} s (CPU ${r.check.warm.cpuSeconds} s)`,
      '≤ 3 s at 10,000',
    ],
    ['build wall time', (r) => `${r.build.seconds} s`, ''],
    ['build CPU time (user + system)', (r) => `${r.build.cpuSeconds} s`, ''],
    ['HTML pages', (r) => String(r.build.pages), ''],
    ['pages per second', (r) => String(r.build.pagesPerSecond), ''],
    [
      'ms per page (wall / CPU)',
      (r) => `${r.build.msPerPage} / ${round(perPage(r) * 1000, 2)}`,
      '',
    ],
    [
      'per-page cost vs first column (wall / CPU)',
      (r) =>
        first
          ? `${round(r.build.msPerPage / first.build.msPerPage, 2)} × / ${round(perPage(r) / perPage(first), 2)} ×`
          : '',
      '≤ 1.2 ×',
    ],
    ['peak RSS (process tree)', (r) => `${r.build.peakRssMB} MB`, '≤ 3072 MB at 10,000'],
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
    ...searchRow(
      'first search: Pagefind files (gzip)',
      (s) => describeTransfer(s.first),
      '≤ 150 KB, ≤ 10 requests',
    ),
    ...searchRow('second search (gzip)', (s) => describeTransfer(s.second), '≤ 30 KB'),
    ...searchRow('search page itself (gzip)', (s) => describeTransfer(s.page), ''),
    [
      '`astro dev`: first page, no cache / cached',
      (r) =>
        r.dev
          ? `${round(r.dev.firstPageColdMs / 1000)} s / ${round(r.dev.firstPageMs / 1000)} s`
          : 'n/a',
      '≤ 20 s',
    ],
    [
      '`astro dev`: an edit in the open page',
      (r) =>
        r.dev
          ? `${ms(median(r.dev.editMs))} (median of ${r.dev.editMs.length}; slowest ${ms(Math.max(...r.dev.editMs))})`
          : 'n/a',
      '≤ 1 s',
    ],
    [
      '`astro dev`: a mistake in terminal / overlay',
      (r) => (r.dev ? `${ms(r.dev.errorTerminalMs)} / ${ms(r.dev.errorOverlayMs)}` : 'n/a'),
      '≤ 1 s',
    ],
    ['`astro dev`: peak RSS', (r) => (r.dev ? `${r.dev.peakRssMB} MB` : 'n/a'), ''],
  ];
  const header = [
    '',
    ...results.map(
      (r) => `${r.entries} entries${r.languages > 1 ? `, ${r.languages} languages` : ''}`,
    ),
    'target',
  ];
  const body = rows.map(([label, cell, target]) => [label, ...results.map(cell), target]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const runs = Math.max(1, Number(values.runs));
const sizes = values.entries.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('--entries takes whole numbers of at least 10, such as --entries 1000,10000');
  process.exit(2);
}
const languageCounts = values.languages.split(',').map((s) => Number(s.trim()));
if (languageCounts.some((n) => n !== 1 && n !== 2)) {
  console.error('--languages takes 1 or 2, or both: --languages 1,2');
  process.exit(2);
}
const results: Result[] = [];
for (const entries of sizes) {
  for (const languages of languageCounts) results.push(await benchOne(entries, languages as 1 | 2));
}

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
