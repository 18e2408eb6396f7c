import { test, expect } from './fixtures.ts';

test.use({ locale: 'zh-CN' });

test('with JavaScript, a browser that prefers Chinese lands on the Chinese home', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
});
