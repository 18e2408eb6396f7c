// Axe on every page type in both languages and both colour schemes (see axe.ts for what each scheme checks).
import { test, expect } from './fixtures.ts';
import { everyPage } from './pages.ts';
import { axeViolations } from './axe.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const p of everyPage) {
    test(`axe: ${p.type} (${p.lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p.url);
      // The home page embeds the map, which the map page's own axe test checks.
      const exclude = p.type === 'home' ? ['.metro-frame'] : [];
      expect(await axeViolations(page, scheme, { exclude })).toEqual([]);
    });
  }
}

test.describe('the 404 page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('axe: the 404 page', async ({ page }) => {
    await page.goto('/nowhere/');
    expect(await axeViolations(page, 'light', { tags: ['wcag2a', 'wcag2aa', 'best-practice'] })).toEqual([]);
  });
});
