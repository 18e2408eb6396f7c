import { test, expect } from './fixtures.ts';
import { everyPage } from './pages.ts';

for (const p of everyPage) {
  test(`${p.type} page in ${p.lang} renders with lang=${p.lang}`, async ({ page }) => {
    const response = await page.goto(p.url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.locator('h1')).toBeVisible();
    expect((await page.locator('h1').innerText()).trim().length).toBeGreaterThan(1);
    await expect(page.locator('header nav a').first()).toBeVisible();
  });
}

test('the language switch keeps the current page', async ({ page }) => {
  await page.goto('/en/models/resnet/');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/models\/resnet\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h2', { hasText: '核心思想' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/models\/resnet\/$/);
});

test('a model page shows facts, prose with formulas, results, lineage and neighbours', async ({ page }) => {
  await page.goto('/en/models/resnet/');
  const facts = page.locator('aside.facts');
  await expect(facts).toContainText('Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun');
  await expect(facts.getByRole('link', { name: '1512.03385' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/1512.03385',
  );
  await expect(page.locator('article .katex-display').first()).toBeVisible();
  await expect(page.locator('table.metrics-table')).toContainText('3.57 %');
  await expect(page.getByRole('heading', { name: 'Builds on', exact: true })).toBeVisible();
  const line = page.locator('.line-nav li', { hasText: 'Object classification' });
  await expect(line.getByRole('link', { name: /Previous:/ })).toBeVisible();
});

test('following "next" along a line walks the stations in time order', async ({ page }) => {
  await page.goto('/en/models/lenet/');
  const seen: number[] = [];
  for (let i = 0; i < 3; i++) {
    const year = Number((await page.locator('aside.facts dd').first().innerText()).match(/\d{4}/)![0]);
    seen.push(year);
    const next = page
      .locator('.line-nav li', { hasText: 'Object classification' })
      .getByRole('link', { name: /Next:/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(seen.length).toBeGreaterThan(1);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
});

test('the direction page lists entries as links and planned stations as text, in time order', async ({ page }) => {
  await page.goto('/en/directions/classification/');
  const items = page.locator('ol.stations > li');
  const years = (await items.locator('.year').allInnerTexts()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  await expect(items.filter({ hasText: 'ResNet' }).getByRole('link', { name: 'ResNet' })).toBeVisible();
  const planned = items.filter({ has: page.locator('.tag') });
  for (const li of await planned.all()) await expect(li.locator('a')).toHaveCount(0);
});

test('the A–Z index links every model and its letter anchors work', async ({ page }) => {
  await page.goto('/en/models/');
  await expect(page.locator('.az-list a', { hasText: 'AlexNet' })).toHaveAttribute('href', '/en/models/alexnet/');
  await page.locator('.az-letters a', { hasText: 'R' }).click();
  await expect(page).toHaveURL(/#letter-R$/);
});

test.describe('a missing page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown address gets the 404 page in the language of its path', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.goto('/zh/no-such-page/');
    await expect(page.locator('h1')).toHaveText('页面不存在');
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/models/resnet/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
