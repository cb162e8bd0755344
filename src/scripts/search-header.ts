/**
 * The header's search field as an ARIA combobox: results appear under it as the reader types,
 * the arrow keys move through them, Enter opens one (or, with none chosen, submits the form to
 * the search page), and Escape closes the list. Loaded only once the reader reaches for search.
 */
import { describe, loadPagefind, SearchUnavailableError, type ResultData } from './pagefind.ts';

/** How many results the header shows; the search page has the rest. */
const LIMIT = 8;

export function mountHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const popup = document.createElement('div');
  popup.className = 'search-box__popup';
  popup.hidden = true;
  const listbox = document.createElement('div');
  listbox.id = `${input.id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  const more = document.createElement('a');
  more.className = 'search-box__more';
  popup.append(listbox, more);
  input.after(popup);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let active = -1;
  let generation = 0;
  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function open(isOpen: boolean): void {
    popup.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) select(-1);
  }

  function select(index: number): void {
    const all = options();
    active = all.length === 0 ? -1 : Math.max(-1, Math.min(index, all.length - 1));
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const chosen = all[active];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    const current = ++generation;
    if (query === '') {
      listbox.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.debouncedSearch(query, {}, 120);
      if (response === null || current !== generation) return;
      const data = await Promise.all(response.results.slice(0, LIMIT).map((r) => r.data()));
      if (current !== generation) return;
      const total = response.results.length;
      listbox.replaceChildren(...data.map((result, i) => option(result, `${listbox.id}-${i}`)));
      more.href = `${form.action}?q=${encodeURIComponent(query)}`;
      more.textContent =
        total > LIMIT ? `See all ${total} results` : 'Filter these results on the search page';
      status.textContent =
        total === 0
          ? `No results for “${query}”`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”`;
      open(true);
      select(-1);
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      status.textContent = error.message;
      listbox.replaceChildren();
      more.removeAttribute('href');
      more.textContent = error.message;
      open(true);
    }
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) {
        if (input.value.trim() !== '') void update();
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      select(active + step < -1 ? count - 1 : active + step >= count ? -1 : active + step);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]?.click();
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        input.value = '';
        void update();
      }
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && listbox.childElementCount > 0) open(true);
  });
  // The boot script hands over after focus, so text typed before the UI arrived still counts.
  if (input.value.trim() !== '') void update();
}

function option(result: ResultData, id: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.id = id;
  link.href = result.url;
  link.className = 'search-box__option';
  link.tabIndex = -1;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  const title = document.createElement('span');
  title.className = 'search-box__title';
  title.textContent = result.meta.title;
  const detail = document.createElement('span');
  detail.className = 'search-box__detail';
  detail.textContent = describe(result.meta);
  const summary = document.createElement('span');
  summary.className = 'search-box__summary';
  summary.textContent = result.meta.summary ?? '';
  link.append(title, detail, summary);
  return link;
}
