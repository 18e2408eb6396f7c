import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { everyPage } from './pages.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const p of everyPage) {
    test(`axe: ${p.type} (${p.lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p.url);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

test.describe('the 404 page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('axe: the 404 page', async ({ page }) => {
    await page.goto('/nowhere/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
