// Pages around the map, in both languages: a direction page draws its own line with a link to the map
// showing it alone, its models with what they changed, its compare table and its timeline lane; a model
// page's previous/next are the drawn track's neighbours; the lineage graph answers taps and focus; the map
// prints whole on one sheet, and the poster is an A3 SVG.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const LANGS = [
  { segment: 'en', lang: 'en', open: 'See this line alone on the full map', tap: 'Builds on' },
  { segment: 'zh', lang: 'zh-CN', open: '在完整地图上单独查看这条线路', tap: '基于' },
] as const;

const ready = async (page: Page) => {
  await page.locator('[data-metro]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.metro.is-ready').first()).toBeVisible();
};

for (const l of LANGS) {
  test(`a direction page draws its line and leads to the map showing it alone (${l.lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${l.segment}/directions/face-alignment/`);
    const map = page.locator('.metro-line-map .metro-frame--landscape svg');
    await expect(map).toBeVisible();
    expect(await map.locator('.metro-line').count()).toBe(1);
    await expect(map.locator('.metro-line[data-line="face-alignment"]')).toHaveCount(1);
    // Interchanges with other lines are drawn as such.
    expect(await map.locator('.metro-marker.is-interchange').count()).toBeGreaterThan(0);
    // Its models, in time order, each with a line on what it changed.
    const items = page.locator('ol.stations > li:not(.planned)');
    expect(await items.count()).toBeGreaterThan(5);
    const years = await items.locator('.year').allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
    for (const text of await items.allTextContents()) expect(text).toMatch(/—/);
    // A compare table of this direction only, and its timeline lane.
    const rows = page.locator('[data-compare-table] tbody tr');
    expect(await rows.count()).toBe(await items.count());
    await expect(page.locator('svg[data-chart="timeline"]')).toBeVisible();
    await page.getByRole('link', { name: l.open }).click();
    await expect(page).toHaveURL(new RegExp(`/${l.segment}/map/\\?line=face-alignment`));
    await ready(page);
    await expect(page.locator('.metro-legend button[data-line="face-alignment"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.metro-frame--landscape .metro-line[data-line="face-alignment"]')).toBeInViewport();
  });

  test(`a model page’s previous and next are its neighbours on the drawn track (${l.lang})`, async ({ page }) => {
    await page.goto(`/${l.segment}/models/resnet/`);
    const row = page.locator('.line-nav li[data-line="classification"]');
    const prev = await row.locator('[data-previous]').getAttribute('data-previous');
    const next = await row.locator('[data-next]').getAttribute('data-next');
    // The mini-map below draws the same neighbours either side of ResNet.
    const mini = await page.locator('.metro-mini .metro-line[data-line="classification"]').count();
    expect(mini).toBe(1);
    const stations = await page.locator('.metro-mini .metro-station[data-lines~="classification"]').evaluateAll((els) =>
      els
        .map((el) => ({ id: el.getAttribute('data-station')!, x: (el as SVGGraphicsElement).getBBox().x }))
        .sort((a, b) => a.x - b.x)
        .map((s) => s.id),
    );
    const i = stations.indexOf('resnet');
    expect([stations[i - 1], stations[i + 1]]).toEqual([prev, next]);
  });

  test(`the lineage graph shows a model’s links on a tap (${l.lang})`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`/${l.segment}/lineage/`);
    const node = page.locator('svg[data-chart="lineage"] .node[data-node="resnet"]');
    await node.scrollIntoViewIfNeeded();
    await node.tap();
    await expect(page).toHaveURL(new RegExp(`/${l.segment}/lineage/$`));
    const panel = page.locator('[data-lineage-panel]');
    await expect(panel).toContainText(l.tap);
    await expect(panel.locator('h3 a')).toHaveAttribute('href', `/${l.segment}/models/resnet/`);
    await expect(page.locator('svg[data-chart="lineage"]')).toHaveClass(/is-tracing/);
    await expect(node).toHaveClass(/is-chosen/);
    // A second tap opens the entry.
    await node.tap();
    await expect(page).toHaveURL(new RegExp(`/${l.segment}/models/resnet/`));
    await context.close();
  });
}

test('the lineage graph shows a model’s links on keyboard focus, and a phone reads the list first', async ({
  page,
}) => {
  await page.goto('/en/lineage/');
  await page.locator('svg[data-chart="lineage"] .node[data-node="vgg"]').focus();
  await expect(page.locator('[data-lineage-panel]')).toContainText('Built on by');
  await page.setViewportSize({ width: 360, height: 740 });
  const list = await page.locator('.lineage-list-section').boundingBox();
  const graph = await page.locator('figure.lineage').boundingBox();
  expect(list!.y).toBeLessThan(graph!.y);
});

test('printed, the map page puts the whole landscape map on one A3 page', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/map/');
  await ready(page);
  await page.locator('[data-zoom="in"]').click();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const svg = page.locator('.metro-frame--landscape svg');
  await expect(svg).toBeVisible();
  await expect(page.locator('.metro-frame--landscape .metro-viewport')).not.toHaveAttribute('transform', /./);
  const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  const box = (await svg.boundingBox())!;
  // As drawn: the whole map's box, at the sheet's width (A3 landscape less margins is 400 × 277 mm).
  expect(box.width / box.height).toBeCloseTo(viewBox[2]! / viewBox[3]!, 1);
  expect(box.height / box.width).toBeLessThanOrEqual(277 / 400);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
});

test('the poster is an A3 SVG of the whole map in each language', async ({ request }) => {
  for (const segment of ['en', 'zh']) {
    const res = await request.get(`/${segment}/map.svg`);
    expect(res.status()).toBe(200);
    const svg = await res.text();
    expect(svg).toMatch(/<svg[^>]* width="420mm" height="297mm"/);
    expect((svg.match(/class="metro-station/g) ?? []).length).toBeGreaterThan(100);
  }
});
