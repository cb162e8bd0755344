/**
 * The content of one folder, read, parsed and checked once, and kept in memory. `npm run
 * check` loads it and prints the problems; the build loads it once in its configuration and
 * refuses to start when anything is wrong, and its loaders take the checked entries from it,
 * so nothing the check did not pass can be published. In the preview server an edited file is
 * parsed alone and checked against the others kept here.
 */
import { createHash } from 'node:crypto';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { crossCheck, type ContentModel } from '../lib/content/check.ts';
import {
  COLLECTION_FOLDERS,
  LOCALES_FOLDER,
  TOPIC_FILE,
  isCollection,
  isRefusal,
  placeItem,
  type CollectionName,
} from '../lib/content/layout.ts';
import {
  parseEntryFile,
  parseLocaleFile,
  parseTopicFile,
  unreadableFile,
  type ContentFile,
  type ParsedEntry,
  type ParsedFile,
  type ParseContext,
} from '../lib/content/parse.ts';
import { compareProblems, errorsOf, type Problem } from '../lib/content/problems.ts';
import { withBase } from '../lib/paths.ts';
import { staleTranslations } from '../lib/content/stale.ts';
import { readFileHistory } from '../data/git.ts';
import { createTranslator, ENGLISH, mergeMessages, type PartialMessages } from '../lib/i18n.ts';
import { SHIPPED_MESSAGES } from '../locales/index.ts';
import type { Topic } from '../schemas/index.ts';
import { ParseCache } from './parse-cache.ts';
import { listContent, readEach, readListed, shownPath } from './read.ts';

export interface ContentReport {
  /** Files checked. */
  files: number;
  /** Every problem, errors and warnings, by file and line. */
  problems: Problem[];
  /** The checked content, when there is no error: what a build may publish. */
  model: ContentModel | undefined;
  /** Every file that passed its own checks, for the preview server to show while others are fixed. */
  preview: ContentModel | undefined;
}

export interface StoreOptions {
  /**
   * Whether to warn about translations older than their base entry, from git's dates. Off in
   * the preview server and in tests that have no history.
   */
  history?: boolean;
  /** Where messages' paths are relative to. Default: the working directory. */
  cwd?: string;
  /** The site's base path, for links in bodies. Default `/`. */
  base?: string;
  /** Where parsed entries are kept between runs (see `parse-cache.ts`). Default: not kept. */
  cacheDir?: string | undefined;
}

/** How long a changed file must be left alone before it is read. */
const SETTLE_MS = 20;

/** The folders of a content folder's layout, whose files are entries or interface text. */
const LAYOUT_FOLDERS = new Set<string>([...Object.keys(COLLECTION_FOLDERS), LOCALES_FOLDER]);

// With no valid topic, entries are still parsed against what can be read of it, so that one
// mistake in the topic does not hide every other problem.
const EMPTY_TOPIC = { actorKinds: [], eventKinds: [], relationTypes: [] } satisfies Pick<
  Topic,
  'actorKinds' | 'eventKinds' | 'relationTypes'
>;

// The fields of an entry that are judged against the topic's kinds and relation types.
const KIND_FIELD = /^(?:kind|relations\[\d+\]\.type)$/;

export class ContentStore {
  readonly root: string;
  readonly cwd: string;
  readonly base: string;
  private readonly history: boolean;
  /** Warnings from git's history, found on a full load and kept while files are refreshed. */
  private warnings: Problem[] = [];
  private parsed = new Map<string, ParsedFile>();
  private refused: Problem[] = [];
  report: ContentReport = { files: 0, problems: [], model: undefined, preview: undefined };
  private loading: Promise<ContentReport> | undefined;
  private listeners: ((report: ContentReport) => void)[] = [];
  /** The folders watched, by path: the content folder and the folders of its layout. */
  private watchers: Map<string, FSWatcher> | undefined;
  /** Files whose change is waiting for the file to be quiet, so a burst is checked once. */
  private pending = new Map<string, NodeJS.Timeout>();
  private queue: Promise<unknown> = Promise.resolve();
  /** How many changes the store has taken in; what was made from an older version is stale. */
  version = 0;
  private readonly cache: ParseCache | undefined;
  /** The text of the topic and interface-text files, which every entry is parsed against. */
  private contextTexts = new Map<string, string>();
  private contextKey: string | undefined;

  constructor(dir: string, options: StoreOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.root = path.resolve(this.cwd, dir);
    this.base = options.base ?? '/';
    this.history = options.history ?? false;
    if (options.cacheDir !== undefined) {
      this.cache = new ParseCache(path.resolve(this.cwd, options.cacheDir), this.root, this.base);
    }
  }

  /** The folder as messages name it, such as `content`. */
  get folder(): string {
    return shownPath(this.root, this.cwd);
  }

  /** Reads, parses and checks the whole folder. */
  async load(): Promise<ContentReport> {
    const listing = await listContent(this.root, this.cwd);
    this.parsed.clear();
    this.contextTexts.clear();
    this.contextKey = undefined;
    this.cache?.reset();
    this.refused = [...listing.problems];
    const first = (file: { placement: { role: string } }) =>
      file.placement.role === 'topic' || file.placement.role === 'locale';
    const topicListed = listing.files.filter(first);
    const others = listing.files.filter((file) => !first(file));
    // The topic and the interface text come first: every entry is checked against the
    // topic's kinds, and says in its language where a quotation is translated.
    this.refused.push(...(await readEach(this.root, topicListed, (file) => this.parse(file))));
    this.refused.push(...(await readEach(this.root, others, (file) => this.parse(file))));
    this.cache?.save();
    this.warnings = [];
    const report = this.check();
    if (this.history && report.preview) {
      const changed = new Map(
        [...readFileHistory(this.root)].map(([file, history]) => [file, history.updated]),
      );
      this.warnings = staleTranslations(report.preview, changed);
      return this.check();
    }
    return report;
  }

  /**
   * Takes a change to one file into account: parses it alone (or forgets it when it is gone)
   * and runs the checks across files again. A change to the topic parses everything again.
   */
  async refresh(changed: string): Promise<ContentReport> {
    const inside = path.relative(this.root, changed).split(path.sep).join('/');
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return this.report;
    // The item the check lists for this file: the file itself, or the folder or hidden item
    // the check refuses without looking inside, so that both report it the same way.
    const parts = inside.split('/');
    const walked = parts.length > 1 && (isCollection(parts[0]!) || parts[0] === LOCALES_FOLDER);
    const relative = parts.slice(0, walked ? 2 : 1).join('/');
    const absolute = path.join(this.root, relative);
    const placement = placeItem(relative, 'file');
    // Every entry is parsed against the topic and the interface text: a change to either parses all again.
    if (!isRefusal(placement) && (placement.role === 'topic' || placement.role === 'locale'))
      return this.load();
    const listed = { path: shownPath(absolute, this.cwd), relative };
    this.refused = this.refused.filter((problem) => problem.file !== listed.path);
    this.parsed.delete(relative);
    const stats = await lstat(absolute).catch(() => undefined);
    if (stats) {
      const type = stats.isSymbolicLink()
        ? 'symlink'
        : stats.isDirectory()
          ? 'directory'
          : stats.isFile()
            ? 'file'
            : 'other';
      const placed = placeItem(relative, type);
      if (isRefusal(placed)) this.refused.push({ file: listed.path, line: 1, ...placed });
      else if (placed.role !== 'documentation') {
        const { file, problem } = await readListed(this.root, { ...listed, placement: placed });
        if (problem) this.refused.push(problem);
        if (file) this.parse(file);
      }
    }
    return this.check();
  }

  private contextCache: { topic: unknown; context: ParseContext } | undefined;

  /** What entries are parsed against, made once per version of the topic file. */
  private context(): ParseContext {
    const topicFile = this.parsed.get(TOPIC_FILE);
    if (this.contextCache && this.contextCache.topic === topicFile)
      return this.contextCache.context;
    const context = this.makeContext();
    this.contextCache = { topic: topicFile, context };
    return context;
  }

  private makeContext(): ParseContext {
    const topicFile = this.parsed.get(TOPIC_FILE);
    const data = (topicFile?.data ?? {}) as Partial<Topic>;
    const topic = {
      actorKinds: data.actorKinds ?? EMPTY_TOPIC.actorKinds,
      eventKinds: data.eventKinds ?? EMPTY_TOPIC.eventKinds,
      relationTypes: data.relationTypes ?? EMPTY_TOPIC.relationTypes,
    };
    const defaultLanguage = data.languages?.[0]?.code;
    const notes = new Map<string, string>();
    return {
      topic,
      linkBase: (lang) => withBase(this.base, lang && lang !== defaultLanguage ? `${lang}/` : ''),
      translationNote: (lang, original) => {
        const code = lang ?? defaultLanguage ?? 'en';
        const key = `${code}\u0000${original}`;
        let note = notes.get(key);
        if (note === undefined) {
          const locale = data.languages?.find((l) => l.code === code)?.locale ?? code;
          const local = this.parsed.get(`${LOCALES_FOLDER}/${code}.yaml`)?.data as
            PartialMessages | undefined;
          const messages = mergeMessages(mergeMessages(ENGLISH, SHIPPED_MESSAGES.get(code)), local);
          const language =
            new Intl.DisplayNames([locale], { type: 'language' }).of(original) ?? original;
          note = createTranslator(messages, locale).t('entry.translatedFrom', { language });
          notes.set(key, note);
        }
        return note;
      },
    };
  }

  private parse(file: ContentFile): void {
    const { placement } = file;
    let parsed: ParsedFile;
    try {
      if (placement.role === 'topic') {
        this.contextTexts.set(file.relative, file.text);
        parsed = parseTopicFile(file);
      } else if (placement.role === 'locale') {
        this.contextTexts.set(file.relative, file.text);
        parsed = parseLocaleFile(file as ContentFile & { placement: { role: 'locale' } });
      } else {
        parsed = this.parseEntry(file as ContentFile & { placement: { role: 'entry' } });
      }
    } catch (error) {
      // A file that makes the parser fail is still the editor's file: it is refused with a
      // message on its first line, and the check goes on, never a crash with a stack trace.
      parsed = unreadableFile(file, error);
    }
    this.parsed.set(file.relative, parsed);
  }

  /** Parses an entry, or takes it from the cache when nothing it depends on has changed. */
  private parseEntry(file: ContentFile & { placement: { role: 'entry' } }): ParsedEntry {
    const context = this.context();
    if (!this.cache) return parseEntryFile(file, context);
    const key = this.cache.keyOf(file, this.contextDigest());
    const cached = this.cache.get(file.relative, key);
    if (!cached) {
      const parsed = parseEntryFile(file, context);
      this.cache.set(file.relative, key, parsed);
      return parsed;
    }
    // Lines are needed only for a problem found across files, so the file is parsed again, as
    // it was then, only if one is reported.
    let again: ParsedEntry | undefined;
    return {
      ...cached,
      lineOf: (at) => (again ??= parseEntryFile(file, context)).lineOf(at),
    };
  }

  /** A digest of the topic and interface-text files, whose change parses every entry again. */
  private contextDigest(): string {
    if (this.contextKey === undefined) {
      const hash = createHash('sha256').update(this.base);
      for (const [relative, text] of [...this.contextTexts].sort(([a], [b]) => (a < b ? -1 : 1)))
        hash.update(`\0${relative}\0${text}`);
      this.contextKey = hash.digest('base64');
    }
    return this.contextKey;
  }

  private check(): ContentReport {
    const cross = crossCheck(this.parsed.values(), {
      folder: this.folder,
      shippedLocales: new Set(SHIPPED_MESSAGES.keys()),
    });
    // Without a topic that declares kinds, an entry's kind cannot be judged: saying that every
    // kind is unknown would bury the one mistake, in the topic, under a line per entry.
    const topic = this.parsed.get(TOPIC_FILE)?.data as Partial<Topic> | undefined;
    const kindsKnown = topic?.actorKinds !== undefined && topic.eventKinds !== undefined;
    const ownProblems = (file: ParsedFile) =>
      kindsKnown || file.role !== 'entry'
        ? file.problems
        : file.problems.filter((problem) => !KIND_FIELD.test(problem.field));
    const problems = [
      ...this.refused,
      ...[...this.parsed.values()].flatMap(ownProblems),
      ...cross.problems,
      ...this.warnings,
    ].sort(compareProblems);
    const model = errorsOf(problems).length === 0 ? cross.model : undefined;
    this.report = {
      files: this.parsed.size + this.refused.length,
      problems,
      model,
      preview: cross.model,
    };
    return this.report;
  }

  /** Whether the folder has a file for this entry, valid or not. */
  has(collection: CollectionName, id: string): boolean {
    return this.parsed.has(`${collection}/${id}${COLLECTION_FOLDERS[collection].extension}`);
  }

  /** The report of the first full load in this process, loading it if need be. */
  ready(): Promise<ContentReport> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Calls `listener` with the new report after each change the watcher reports. */
  onChange(listener: (report: ContentReport) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Follows changes to the folder, once however many callers ask: each changed file is checked,
   * one at a time, in the order they come, and the listeners get the new report.
   *
   * The folder and the few folders of its layout are watched themselves, not each file in them,
   * so a folder of 50,000 entries costs a handful of watches and no open file per entry.
   */
  watch(): void {
    if (this.watchers) return;
    this.watchers = new Map();
    this.watchFolder(this.root);
    for (const name of LAYOUT_FOLDERS) this.watchFolder(path.join(this.root, name));
  }

  private watchFolder(folder: string): void {
    this.watchers?.get(folder)?.close();
    this.watchers?.delete(folder);
    let watcher: FSWatcher;
    try {
      watcher = fsWatch(folder, (_event, name) => {
        if (name) this.changed(folder, path.join(folder, name.toString()));
      });
    } catch {
      return; // a folder the content does not have (yet); the content folder's watcher sees it come
    }
    // A folder deleted while watched: its watcher ends, and the content folder's sees it go.
    watcher.on('error', () => watcher.close());
    // Watching never keeps a process alive on its own.
    watcher.unref();
    this.watchers?.set(folder, watcher);
  }

  private changed(folder: string, file: string): void {
    if (folder === this.root && LAYOUT_FOLDERS.has(path.basename(file))) {
      // A whole folder of entries came or went: it is watched again and everything read again.
      this.watchFolder(file);
      this.enqueue(file, () => this.load());
      return;
    }
    this.enqueue(file, () => this.refresh(file));
  }

  private enqueue(file: string, update: () => Promise<ContentReport>): void {
    // Saving a file truncates it, then writes it, each with an event of its own: the file is
    // read once it has been quiet for a moment, so that it is not checked half written.
    clearTimeout(this.pending.get(file));
    const timer = setTimeout(() => {
      this.pending.delete(file);
      this.queue = this.queue.then(async () => {
        const report = await update();
        this.version++;
        for (const listener of this.listeners) listener(report);
      });
    }, SETTLE_MS);
    timer.unref();
    this.pending.set(file, timer);
  }
}

// Astro loads its configuration and the content configuration as separate module graphs, so a
// module-level variable would not be shared between them; one registry on globalThis is.
const REGISTRY = Symbol.for('explainer.content-stores');
type Registry = Map<string, ContentStore>;

/** The one store of a content folder in this process, made on first use. */
export function contentStore(dir: string, options: StoreOptions = {}): ContentStore {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (global[REGISTRY] ??= new Map());
  const root = path.resolve(options.cwd ?? process.cwd(), dir);
  const key = `${root}\u0000${options.base ?? '/'}`;
  let store = registry.get(key);
  if (!store) {
    store = new ContentStore(dir, options);
    registry.set(key, store);
  }
  return store;
}
