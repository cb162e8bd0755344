import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/site.ts';
import { htmlErrors, htmlPages } from './gates.ts';
import { nuErrors } from './nu-html.ts';

describe('HTML of the built site', () => {
  test('every page passes html-validate without errors', async () => {
    const dir = await builtSite();
    expect((await htmlPages(dir)).length).toBeGreaterThan(0);
    expect(await htmlErrors(dir)).toEqual([]);
  });

  test('every page passes the W3C Nu HTML Checker without errors or warnings', async () => {
    expect(await nuErrors(await builtSite())).toEqual([]);
  });
});
