/**
 * What a parsed file depends on besides its own text: every source file the parse runs, found
 * by following relative imports from the modules given, and the installed version of every
 * package those files import, with the native binaries a package lists as optional
 * dependencies (Sätteri's parser is one). Nothing is listed by hand, so a file added to the
 * parser or the renderer cannot be forgotten; and nothing falls back to a random value, since
 * a cache that silently never hits is a slow build nobody notices.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Fingerprint {
  /** A digest of every file's text and every package's version. */
  digest: string;
  /** The source files, relative to the first entry, in the order they were found. */
  files: string[];
  /** `name@version` of each package imported, and of its native binaries. */
  packages: string[];
}

// Static imports and re-exports, side-effect imports, and literal dynamic imports. Type-only
// imports are skipped: they change no output, and their packages (`mdast`) are not installed.
const IMPORT =
  /^\s*(?:import|export)\s+(?!type\s)(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/**
 * The fingerprint of the modules at `entries` and everything they import. Throws when a file
 * or a package cannot be read, rather than returning a digest that means nothing.
 */
export function fingerprint(entries: readonly URL[]): Fingerprint {
  const first = entries[0];
  if (!first) throw new Error('A fingerprint needs at least one module.');
  const files: string[] = [];
  const names = new Set<string>();
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const queue = [...entries];
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const text = readFileSync(url, 'utf8');
    // Relative to the first entry, so that every checkout of the project gets the same digest.
    const name = path.posix.relative(path.posix.dirname(first.pathname), url.pathname);
    files.push(name);
    hash.update(`file ${name}\0${text}\0`);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) queue.push(new URL(specifier, url));
      else if (!specifier.startsWith('node:')) names.add(packageName(specifier));
    }
  }
  const packages: string[] = [];
  for (const name of [...names].sort()) {
    for (const id of installedVersions(name, first)) {
      packages.push(id);
      hash.update(`package ${id}\0`);
    }
  }
  return { digest: hash.digest('hex'), files, packages };
}

/** `name@version` of a package and of each optional dependency of it that is installed. */
function installedVersions(name: string, from: URL): string[] {
  // `findPackageJSON` ignores a package's `exports`, which do not list `package.json` for
  // Sätteri, so neither `require` nor an import attribute could read its version.
  const file = findPackageJSON(name, from);
  if (file === undefined) throw new Error(`expected the package ${name} to be installed`);
  const pkg = readPackage(file);
  const ids = [`${pkg.name}@${pkg.version}`];
  for (const optional of Object.keys(pkg.optionalDependencies ?? {}).sort()) {
    let found: string | undefined;
    try {
      found = findPackageJSON(optional, pathToFileURL(file));
    } catch {
      found = undefined; // another platform's binary, not installed here
    }
    if (found === undefined) continue;
    const dependency = readPackage(found);
    ids.push(`${dependency.name}@${dependency.version}`);
  }
  return ids;
}

function readPackage(file: string): {
  name: string;
  version: string;
  optionalDependencies?: Record<string, string>;
} {
  return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof readPackage>;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}
