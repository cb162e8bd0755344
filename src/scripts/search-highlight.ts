/** Marks the terms of the search that led here, with Pagefind's own highlight script. */
import { bundleUrl } from './pagefind.ts';
import { HIGHLIGHT_PARAM } from './search-params.ts';

interface HighlightConstructor {
  new (options: { highlightParam: string; addStyles: boolean }): unknown;
}

export async function highlightTerms(): Promise<void> {
  await import(/* @vite-ignore */ bundleUrl('pagefind-highlight.js'));
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightConstructor };
  // Its default adds an inline <style>, which the Content-Security-Policy refuses; the header's
  // stylesheet styles the marks instead.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
