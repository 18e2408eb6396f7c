import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { LEGEND } from '../../src/lib/notation/icons.ts';

test.describe('architecture diagrams without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the ResNet page draws ResNet-50 and switches to the expanded view', async ({ page }) => {
    await page.goto('/en/models/resnet/');
    const section = page.locator('section.architecture');
    const compact = section.locator('.arch-compact svg');
    const expanded = section.locator('.arch-expanded svg');
    await expect(compact).toBeVisible();
    await expect(expanded).toBeHidden();
    await section.getByLabel('Expanded (every layer)').check();
    await expect(expanded).toBeVisible();
    await expect(compact).toBeHidden();
    // The expanded view draws every convolution: more layer labels than the compact view.
    expect(await expanded.locator('text').count()).toBeGreaterThan(await compact.locator('text').count());
  });
});

test('every variant is listed with its computed and published figures', async ({ page }) => {
  await page.goto('/zh/models/resnet/');
  const row = page.locator('table.arch-variants tr', { hasText: 'ResNet-152' });
  await expect(row.locator('td').nth(1)).toHaveText('60.19 M');
  await expect(row).toContainText('11.30 G');
  await expect(page.locator('section.architecture .katex-display')).toHaveCount(2);
});

test('a diagram downloads as a standalone SVG file', async ({ page, request }) => {
  await page.goto('/en/models/resnet/');
  const href = await page.locator('.arch-compact figcaption a[download]').getAttribute('href');
  expect(href).toBe('/diagrams/resnet/resnet-50-compact-en.svg');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('MTCNN shows its three networks', async ({ page }) => {
  await page.goto('/en/models/mtcnn/');
  await expect(page.locator('section.architecture h3').filter({ hasText: /Net/ })).toHaveCount(3);
  await expect(page.locator('.arch-compact svg')).toHaveCount(3);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the notation legend explains every icon and passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/zh/notation/');
    // Every icon the engine can draw has its entry: a drawing, a name and what it means.
    const items = page.locator('.legend-item');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeGreaterThanOrEqual(LEGEND.length);
    const incomplete = await items.evaluateAll(
      (els) =>
        els.filter(
          (el) =>
            !el.querySelector('svg') ||
            !el.querySelector('dt')?.textContent?.trim() ||
            !el.querySelector('dd')?.textContent?.trim(),
        ).length,
    );
    expect(incomplete).toBe(0);
    expect(await axeViolations(page, scheme, { tags: ['wcag2a', 'wcag2aa', 'best-practice'] })).toEqual([]);
  });
}
