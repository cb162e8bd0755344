/**
 * The only script every page loads, a few hundred bytes: it waits for the reader to reach for
 * search (focus on a search field, or "/") and only then imports the search UI and Pagefind.
 * It also highlights the search terms on a page opened from a result.
 */
import { HIGHLIGHT_PARAM } from './search-params.ts';

const input = document.querySelector<HTMLInputElement>('[data-search-box] input[type="search"]');

function startHeaderSearch(): void {
  const form = input?.form;
  if (form)
    void import('./search-header.ts').then(({ mountHeaderSearch }) => mountHeaderSearch(form));
}

input?.addEventListener('focus', startHeaderSearch, { once: true });

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.defaultPrevented || isTyping(event.target)) return;
  // The search page's own field comes first; elsewhere the header's.
  const target = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-highlight.ts').then(({ highlightTerms }) => highlightTerms());
}
