import { test, expect } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('the root URL offers both languages without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a model page is fully readable without JavaScript', async ({ page }) => {
  await page.goto('/zh/models/alexnet/');
  await expect(page.locator('article h2').first()).toBeVisible();
  await expect(page.locator('article .katex').first()).toBeVisible();
  await expect(page.locator('#bibtex-record')).toContainText('@inproceedings{krizhevsky2012imagenet');
  // The copy buttons (paper, entry) and the theme buttons (header, phone menu) need a script: none shows.
  for (const button of await page.locator('.copy-button, .theme-toggle').all()) await expect(button).toBeHidden();
});

test('the header search form falls back to a plain GET form', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('form[role="search"]')).toHaveAttribute('action', '/en/search/');
});

test('a method page and a benchmark page are fully readable without JavaScript', async ({ page }) => {
  await page.goto('/zh/methods/depthwise-separable-convolution/');
  await expect(page.locator('.method-formula .katex')).toBeVisible();
  await expect(page.locator('article h2').first()).toBeVisible();
  await expect(page.locator('.method-excerpt svg')).toBeVisible();
  await expect(page.locator('.users-list li').first()).toBeVisible();
  await page.goto('/en/benchmarks/imagenet/');
  await expect(page.locator('section.board table').first()).toBeVisible();
  await expect(page.locator('svg[data-sota]').first()).toBeVisible();
});
