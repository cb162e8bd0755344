/**
 * Lighthouse, as Chrome's own audit runs it: performance, accessibility, best practices and
 * SEO, with its default mobile settings and simulated throttling, against a built site served
 * on loopback, in the system's Chromium. Nothing is fetched from the network.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One audit of one page: each category's score out of 100, and what held a category back. */
export interface Audit {
  scores: Record<Category, number>;
  /** The weighted audits that did not pass, as `category: audit (score) value: title`. */
  failing: string[];
  /**
   * Lighthouse's measure of how fast this machine ran a fixed piece of work during the audit;
   * it falls when other work shares the processor, and simulated timings rise with it.
   */
  benchmarkIndex: number;
}

export interface Auditor {
  audit(url: string): Promise<Audit>;
  close(): Promise<void>;
}

/** Starts Chromium for Lighthouse; one browser serves every page, one page at a time. */
export async function startAuditor(): Promise<Auditor> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const scores = {} as Record<Category, number>;
      const failing: string[] = [];
      for (const id of CATEGORIES) {
        const category = lhr.categories[id]!;
        // Lighthouse shows a category's score rounded, so 0.995 is the 100 it reports.
        scores[id] = Math.round((category.score ?? 0) * 100);
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            const value = audit.displayValue ? ` ${audit.displayValue}` : '';
            failing.push(`${id}: ${audit.id} (${audit.score})${value}: ${audit.title}`);
          }
        }
      }
      return { scores, failing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
    },
    async close() {
      chrome.kill();
    },
  };
}
