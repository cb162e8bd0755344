/**
 * Parsed entries kept between runs, so that a build, a check or a preview server started again
 * parses only the files that changed. An entry is found again by a key that covers everything
 * its parse depends on: the file's text and path, the topic and interface text it was parsed
 * against, the site's base path, and the fingerprint of the parser's own code and packages
 * (`fingerprint.ts`). A key that differs in any of them misses; nothing else is trusted.
 *
 * The cache is one file per content folder, written whole with V8's serializer (which keeps
 * `undefined` and nested objects exactly as the parse made them), so loading it opens one file
 * however many entries there are. It is rewritten only when something changed, and keeps only
 * the entries of the files the last load saw.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentFile, ParsedEntry } from '../lib/content/parse.ts';
import { fingerprint } from './fingerprint.ts';

/** A parsed entry as kept: everything but the function that finds lines, made again on use. */
export type CachedEntry = Omit<ParsedEntry, 'lineOf'>;

interface Stored {
  key: string;
  entry: CachedEntry;
}

// The store and everything it imports: the parser, the renderer, the schemas and the
// interface text a translated quotation's note comes from.
const PARSER = [new URL('./store.ts', import.meta.url)];
let parserDigest: string | undefined;

/** The fingerprint of the parser's code and packages, computed once per process. */
export function parserFingerprint(): string {
  parserDigest ??= fingerprint(PARSER).digest;
  return parserDigest;
}

export class ParseCache {
  private readonly file: string;
  private previous: Map<string, Stored>;
  private readonly next = new Map<string, Stored>();
  private changed = false;

  /** Opens the cache of the content folder `root` in `dir`; an unreadable cache is empty. */
  constructor(dir: string, root: string, base: string) {
    const name = createHash('sha256').update(`${root}\0${base}`).digest('hex').slice(0, 16);
    this.file = path.join(dir, 'explainer', `parsed-${name}.bin`);
    this.previous = read(this.file);
  }

  /** The key of a file parsed against a context whose inputs digest to `context`. */
  keyOf(file: ContentFile, context: string): string {
    return createHash('sha256')
      .update(parserFingerprint())
      .update('\0')
      .update(context)
      .update('\0')
      .update(JSON.stringify([file.path, file.relative, file.placement]))
      .update('\0')
      .update(file.text)
      .digest('base64');
  }

  /** The entry parsed from a file with this key, if any run parsed it. */
  get(relative: string, key: string): CachedEntry | undefined {
    const stored = this.next.get(relative) ?? this.previous.get(relative);
    if (stored?.key !== key) return undefined;
    this.next.set(relative, stored);
    return stored.entry;
  }

  set(relative: string, key: string, entry: ParsedEntry): void {
    const { lineOf: _lineOf, ...kept } = entry;
    this.next.set(relative, { key, entry: kept });
    this.changed = true;
  }

  /** Starts a new load: entries not seen again before `save` are dropped. */
  reset(): void {
    for (const [relative, stored] of this.next) this.previous.set(relative, stored);
    this.next.clear();
    this.changed = false;
  }

  /** Writes the cache if this load changed it; a failed write only costs the next run time. */
  save(): void {
    const unchanged = !this.changed && this.next.size === this.previous.size;
    this.previous = new Map(this.next);
    if (unchanged) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(this.next));
      renameSync(temporary, this.file);
    } catch {
      // A read-only or full disk: the next run parses again.
    }
  }
}

function read(file: string): Map<string, Stored> {
  try {
    const value: unknown = deserialize(readFileSync(file));
    return value instanceof Map ? (value as Map<string, Stored>) : new Map();
  } catch {
    return new Map();
  }
}
