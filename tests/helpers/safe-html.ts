/**
 * What a published body may contain, checked on its HTML: no script or anything that loads or
 * runs something, no event handlers or inline styles, links only to the web (marked as leaving
 * the site), to mail or to the site itself, and images only from the site.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
]);

const SITE_PATH = /^(?:\/(?![/\\])|\.{0,2}\/?[a-z0-9-]|#)/i;

/** Every way the HTML of a body could harm a reader, one line each; empty when it is safe. */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const document = parseDocument(html);
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const { name, attribs } = element;
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}>`);
    // The one button a body has: a citation's, which only opens its reference's preview.
    if (
      name === 'button' &&
      !(attribs.type === 'button' && /^ref-preview-[a-z0-9-]+$/.test(attribs.popovertarget ?? ''))
    ) {
      problems.push('<button>');
    }
    if (name === 'input' && !(attribs.type === 'checkbox' && attribs.disabled !== undefined)) {
      problems.push('<input> other than a disabled task-list checkbox');
    }
    for (const [attribute, value] of Object.entries(attribs)) {
      if (/^on/i.test(attribute)) problems.push(`${attribute} on <${name}>`);
      if (['style', 'srcdoc', 'formaction', 'srcset'].includes(attribute)) {
        problems.push(`${attribute} on <${name}>`);
      }
      if (/^\s*(?:javascript|vbscript|data|file):/i.test(value)) {
        problems.push(`${attribute}="${value}" on <${name}>`);
      }
    }
    if (name === 'a' && attribs.href !== undefined) {
      const href = attribs.href;
      if (/^https?:\/\//i.test(href)) {
        const rel = (attribs.rel ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
          problems.push(`a link off the site without rel="noopener noreferrer": ${href}`);
        }
        if (new URL(href).username !== '') problems.push(`a link with a user name: ${href}`);
      } else if (!/^mailto:/i.test(href) && !SITE_PATH.test(href)) {
        problems.push(`a link that is neither web, mail nor the site: ${href}`);
      }
    }
    if (name === 'img' && !SITE_PATH.test(attribs.src ?? '')) {
      problems.push(`an image from elsewhere: ${attribs.src}`);
    }
  }
  return problems;
}
