import { test, expect } from './fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the OS preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  expect(await background(page)).toBe('rgb(17, 19, 21)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(251, 251, 250)');
});

test('the toggle switches the theme and the choice survives a reload with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/models/resnet/');
  const toggle = page.locator('.theme-toggle');
  await expect(toggle).toHaveText('Dark theme');
  await toggle.click();
  expect(await background(page)).toBe('rgb(17, 19, 21)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The theme must be set before the body is parsed: check it at the first script that runs in <body>.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.goto('/zh/about/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  expect(await background(page)).toBe('rgb(17, 19, 21)');
  await expect(page.locator('.theme-toggle')).toHaveText('浅色主题');
});
