/** A page fixture that fails the test on console errors and on any request leaving the site's origin. */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test causes on purpose (visiting a missing page logs its 404). */
  expectedConsoleErrors: [[], { option: true }],
  guarded: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text())))
          problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:')) problems.push(`request left the site: ${url}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
