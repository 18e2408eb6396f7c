/**
 * HTML validation of built pages (html-validate, the recommended rules minus style-only ones: see
 * .htmlvalidate.json), shared by the dist test files that split the pages between them: vitest runs files
 * in parallel, so the check of every page keeps pace as the atlas grows.
 */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distSite } from './dist.ts';

/** A model page, `en/models/<id>/index.html`, in one language or any (the part of the site that grows). */
export const isModelPage = (page: string, segment = '[^/]+') =>
  new RegExp(`^${segment}/models/[^/]+/index\\.html$`).test(page);

/** Validates every built page that `include` selects, one test per page. */
export function describeHtmlValidation(title: string, include: (page: string) => boolean): void {
  describe(title, () => {
    const site = distSite();
    // Alias redirects are Astro's own meta-refresh pages (integrations/reading.ts), not the site's markup.
    const pages = [...site.pages].filter(([page, html]) => include(page) && !html.includes('http-equiv="refresh"'));
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    it('finds pages to validate', () => expect(pages.length).toBeGreaterThan(2));
    for (const [page, html] of pages) {
      it(page, async () => {
        const report = await validator.validateString(html, page);
        const messages = report.results.flatMap((r) =>
          r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
        );
        expect(messages).toEqual([]);
      });
    }
  });
}
