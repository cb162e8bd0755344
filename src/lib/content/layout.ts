/**
 * Which files of a content folder are entries: the one set of rules that `npm run check`, the
 * build and the preview server share, so that nothing is published that the check did not see.
 *
 * A content folder holds `topic.yaml` (and its translations `topic.<lang>.yaml`), an optional
 * `README.md`, and four folders: `actors/` and `events/` with `<id>.mdx` entries and their
 * translations `<id>.<lang>.mdx`, `sources/` with `<id>.yaml`, and `locales/` with
 * `<lang>.yaml` interface text. It may also hold `schemas/`, the JSON Schemas for editors that
 * `npm run schemas` writes, which nothing reads. Anything else is refused by name: dotfiles,
 * symbolic links, nested folders, other extensions and names that are not ids.
 */
import { ID_PATTERN, LANGUAGE_PATTERN } from '../ids.ts';
import { INPUT_LIMITS } from './limits.ts';

/** The folders of entries, with the extension of their files. */
export const COLLECTION_FOLDERS = {
  actors: { extension: '.mdx', singular: 'actor', translatable: true },
  events: { extension: '.mdx', singular: 'event', translatable: true },
  sources: { extension: '.yaml', singular: 'source', translatable: true },
} as const;

export type CollectionName = keyof typeof COLLECTION_FOLDERS;
export const COLLECTION_NAMES = Object.keys(COLLECTION_FOLDERS) as CollectionName[];

/** The topic file, at the top of the content folder. */
export const TOPIC_FILE = 'topic.yaml';
/** The folder of interface text for languages the generator does not ship. */
export const LOCALES_FOLDER = 'locales';
// Ids whose page would have the address of another page of the site.
const TAKEN_BY_PAGES: Record<CollectionName, { pattern: RegExp; why: string }> = {
  actors: { pattern: /^kind$/, why: 'the lists of actors by kind are under /actors/kind/' },
  events: { pattern: /^kind$/, why: 'the lists of events by kind are under /events/kind/' },
  sources: { pattern: /^\d+$/, why: 'the pages of the list of sources are /sources/2/ and on' },
};

// Names Windows cannot give a file, whatever the extension: a repository holding one cannot
// be checked out there.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** Top-level files that document the folder and are never read. */
const DOCUMENTATION = new Set(['README.md']);
/**
 * The folder of the JSON Schemas that `npm run schemas` writes for editors. Like `README.md` it
 * is for people and their editors: never read, checked or published.
 */
export const SCHEMAS_FOLDER = 'schemas';

export type ItemType = 'file' | 'directory' | 'symlink' | 'other';

/** What a file in the content folder is. */
export type Placement =
  | { role: 'topic'; lang?: string | undefined }
  | { role: 'locale'; lang: string }
  | { role: 'entry'; collection: CollectionName; id: string; lang?: string | undefined }
  /** `README.md` and everything in `schemas/`: never read. */
  | { role: 'documentation' };

export interface Refusal {
  field: string;
  message: string;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function describeType(type: ItemType): string {
  return type === 'symlink' ? 'a symbolic link' : type === 'directory' ? 'a folder' : 'a special file';
}

/** Where each kind of file may go, for messages. */
export function layoutSummary(): string {
  const folders = COLLECTION_NAMES.map(
    (name) => `${name}/<id>${COLLECTION_FOLDERS[name].extension}`,
  );
  return [TOPIC_FILE, ...folders, `${LOCALES_FOLDER}/<language>.yaml`].join(', ');
}

/**
 * Places one item of the content folder by its path relative to the folder (`events/x.mdx`)
 * and its type as `lstat` reports it (a link is never followed). Folders at the top are the
 * caller's to walk; every other item is either a file the site reads or a refusal.
 */
export function placeItem(relative: string, type: ItemType): Placement | Refusal {
  const parts = relative.split('/');
  const name = parts.at(-1) ?? '';
  // The listing never looks inside schemas/, so nothing in it may be refused either, whatever
  // the preview server's watcher reports there.
  if (parts[0] === SCHEMAS_FOLDER && (parts.length > 1 || type === 'directory')) {
    return { role: 'documentation' };
  }
  if (name.startsWith('.')) {
    return {
      field: 'file',
      message: `expected entries only, received a hidden file or folder "${name}" (delete it)`,
    };
  }
  if (type === 'directory' && parts.length === 1) {
    return {
      field: 'location',
      message: `expected one of ${layoutSummary()}, received a folder ${name}/`,
    };
  }
  if (type !== 'file') {
    const expected =
      parts.length === 1
        ? 'a plain file or folder at the top of the content folder'
        : `a plain file in ${parts[0]}/`;
    return { field: 'file', message: `expected ${expected}, received ${describeType(type)}` };
  }
  if (parts.length === 1) return placeTopLevel(name);
  const folder = parts[0] ?? '';
  if (parts.length === 2 && folder === LOCALES_FOLDER) return placeLocale(name);
  if (parts.length === 2 && isCollection(folder)) {
    return placeEntry(folder, name);
  }
  return {
    field: 'location',
    message: `expected one of ${layoutSummary()}, received ${relative}`,
  };
}

function placeTopLevel(name: string): Placement | Refusal {
  if (DOCUMENTATION.has(name)) return { role: 'documentation' };
  if (name === TOPIC_FILE) return { role: 'topic' };
  const translation = /^topic\.([^.]+)\.yaml$/.exec(name);
  if (translation && LANGUAGE_PATTERN.test(translation[1] ?? '')) {
    return { role: 'topic', lang: translation[1] };
  }
  return {
    field: 'location',
    message: `expected one of ${layoutSummary()}, received ${name} at the top of the content folder`,
  };
}

function placeLocale(name: string): Placement | Refusal {
  const match = /^([^.]+)\.yaml$/.exec(name);
  if (match && LANGUAGE_PATTERN.test(match[1] ?? '')) return { role: 'locale', lang: match[1]! };
  return {
    field: 'file',
    message: `expected ${LOCALES_FOLDER}/<language>.yaml with a language tag such as "fr", received ${name}`,
  };
}

function placeEntry(collection: CollectionName, name: string): Placement | Refusal {
  const { extension, singular, translatable } = COLLECTION_FOLDERS[collection];
  if (!name.endsWith(extension)) {
    const dot = name.lastIndexOf('.');
    const received = dot > 0 ? name.slice(dot) : 'no extension';
    return {
      field: 'extension',
      message: `expected ${article(extension)} file in ${collection}/, received ${received}`,
    };
  }
  const stem = name.slice(0, -extension.length);
  const [id = '', lang, ...rest] = stem.split('.');
  const example = `${singular === 'source' ? 'publisher-2022-07-13' : `some-${singular}`}${extension}`;
  if (!ID_PATTERN.test(id) || rest.length > 0) {
    return {
      field: 'id',
      message: `expected a lowercase-kebab file name such as "${example}", received "${name}"`,
    };
  }
  if (id.length > INPUT_LIMITS.id) {
    return {
      field: 'id',
      message: `expected a file name of at most ${INPUT_LIMITS.id} characters before the extension, received ${id.length}`,
    };
  }
  const taken = TAKEN_BY_PAGES[collection];
  if (taken.pattern.test(id)) {
    return {
      field: 'id',
      message: `expected an id the site's own pages do not use, received "${id}" (${taken.why})`,
    };
  }
  if (WINDOWS_RESERVED.test(id)) {
    return {
      field: 'id',
      message: `expected a file name Windows can also store, received "${name}" (con, prn, aux, nul, com1–com9 and lpt1–lpt9 are reserved there)`,
    };
  }
  if (lang === undefined) return { role: 'entry', collection, id };
  if (!translatable || !LANGUAGE_PATTERN.test(lang)) {
    return {
      field: 'id',
      message: translatable
        ? `expected <id>${extension} or a translation <id>.<language>${extension}, received "${name}"`
        : `expected a lowercase-kebab file name such as "${example}", received "${name}"`,
    };
  }
  return { role: 'entry', collection, id, lang };
}

/** Whether a folder is a collection's: its own key, so that `constructor/` is not one. */
export function isCollection(folder: string): folder is CollectionName {
  return Object.hasOwn(COLLECTION_FOLDERS, folder);
}

export function isRefusal(value: Placement | Refusal): value is Refusal {
  return 'message' in value;
}
