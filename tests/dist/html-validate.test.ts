// Every built page is valid HTML (html-validate, recommended rules minus style-only ones: see .htmlvalidate.json).
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distSite } from '../support/dist.ts';

describe('HTML validation of dist/', async () => {
  const site = distSite();
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it('finds pages to validate', () => expect(site.pages.size).toBeGreaterThan(10));
  for (const [page, html] of site.pages) {
    it(page, async () => {
      const report = await validator.validateString(html, page);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
