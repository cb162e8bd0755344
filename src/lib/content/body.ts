/**
 * An entry's MDX body, checked and rendered. (Interim: two parses; replaced by one Sätteri
 * pass with plugins.)
 */
import { scanMdxBody } from '../mdx-guard.ts';
import { renderMdxBody } from '../mdx-render.ts';
import type { LineProblem } from './yaml.ts';

export interface BodyOptions {
  /** The file line the body starts on, so problems name file lines. */
  firstLine: number;
  /** The site's base path for site-relative links, such as `/` or `/uk/`. */
  base: string;
  /** Sources the entry lists; cited ones are numbered first, in order of first citation. */
  listed: readonly string[];
  /** How quotations translated from another language say so (see `renderMdxBody`). */
  translation?: { note(language: string): string; original: string } | undefined;
}

export interface ProcessedBody {
  problems: LineProblem[];
  /** Source ids cited in the body, in order of first citation. */
  cited: string[];
  /** Every citation, with the file line it is on. */
  citations: { source: string; line: number }[];
  /** The numbered reference list: cited sources first, then the other listed ones. */
  references: string[];
  /** The body as HTML, or '' when it has problems. */
  html: string;
}

export function processBody(body: string, options: BodyOptions): ProcessedBody {
  const scan = scanMdxBody(body);
  const problems = scan.problems.map((p) => ({
    line: p.line + options.firstLine - 1,
    message: p.message,
  }));
  const references = [...scan.cited];
  for (const id of options.listed) if (!references.includes(id)) references.push(id);
  const citations = scan.cited.map((source) => ({ source, line: options.firstLine }));
  if (problems.length > 0) return { problems, cited: scan.cited, citations, references, html: '' };
  let html = '';
  try {
    html = renderMdxBody(body, { references, base: options.base, translation: options.translation });
  } catch (error) {
    problems.push({ line: options.firstLine, message: (error as Error).message });
  }
  return { problems, cited: scan.cited, citations, references, html };
}
