/** The query parameter result links carry, read by Pagefind's highlight script. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
