import { test, expect } from './fixtures.ts';
import { everyPage } from './pages.ts';

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const p of everyPage) {
    test(`${p.type} (${p.lang}) has no horizontal scrolling`, async ({ page }) => {
      await page.goto(p.url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});

test('the BibTeX copy button copies the record and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/models/resnet/');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.locator('.copy-status').first()).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('@inproceedings{he2016deep,')).toBe(true);
});

test('printing hides the chrome and keeps the content', async ({ page }) => {
  await page.goto('/en/models/resnet/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('article h2').first()).toBeVisible();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/en/');
  const link = page.locator('header nav a').first();
  await link.focus();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});
