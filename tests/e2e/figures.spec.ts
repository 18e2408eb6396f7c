import { test, expect } from './fixtures.ts';

for (const [segment, caption] of [
  ['en', 'Two-class decision boundaries'],
  ['zh', '两类情形下的决策边界'],
] as const) {
  test(`the ArcFace page draws the four margin boundaries (${segment})`, async ({ page }) => {
    await page.goto(`/${segment}/models/arcface/`);
    const figure = page.locator('figure.margin-figure');
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toContainText(caption);
    await expect(figure.locator('svg[role="img"] path.mf-curve')).toHaveCount(4);
    await expect(figure.locator('.mf-legend li')).toHaveText([/Softmax/, /SphereFace/, /CosFace/, /ArcFace/]);
  });
}
