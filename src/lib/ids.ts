/** Entry ids are file names and URL segments, so they are lowercase-kebab and nothing else. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A language as the site uses it in URLs (`/uk/`), file names (`x.uk.mdx`) and `lang`
 * attributes: a lowercase BCP 47 tag such as `uk`, `pt-br` or `zh-hant`.
 */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
