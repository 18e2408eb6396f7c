// The compare, timeline and lineage pages in the browser: sorting, filtering, source notes, chart links,
// the charts' agreement with their data tables, no-JS reading, narrow screens and axe in both themes.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';

const PAGES = ['compare', 'timeline', 'lineage'] as const;
const LANGS = ['en', 'zh'] as const;

/** Sort values of one column, in row order, for the visible rows. */
async function columnValues(page: Page, column: number): Promise<string[]> {
  return page
    .locator('[data-compare-table] tbody tr:not([hidden])')
    .evaluateAll(
      (rows, i) => rows.map((r) => ((r as HTMLTableRowElement).cells[i] as HTMLElement).dataset.sort ?? ''),
      column,
    );
}

test.describe('compare table', () => {
  test('sorts by a number column both ways, empty cells last', async ({ page }) => {
    await page.goto('/en/compare/');
    const header = page.locator('[data-compare-table] thead th').nth(6);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    let values = await columnValues(page, 6);
    let filled = values.filter((v) => v !== '').map(Number);
    expect(filled.length).toBeGreaterThan(10);
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
    expect(values.slice(filled.length).every((v) => v === '')).toBe(true);

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    values = await columnValues(page, 6);
    filled = values.filter((v) => v !== '').map(Number);
    expect(filled).toEqual([...filled].sort((a, b) => b - a));
    expect(await page.locator('[data-compare-table] th[aria-sort]').count()).toBe(1);
  });

  test('sorts by name and by time', async ({ page }) => {
    await page.goto('/zh/compare/');
    await page.locator('[data-compare-table] thead th').nth(0).getByRole('button').click();
    const names = await columnValues(page, 0);
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    expect(names).toEqual([...names].sort(collator.compare));
    await page.locator('[data-compare-table] thead th').nth(1).getByRole('button').click();
    const times = (await columnValues(page, 1)).map(Number);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('filters by name, direction and ImageNet results, and says how many are shown', async ({ page }) => {
    await page.goto('/en/compare/');
    const rows = page.locator('[data-compare-table] tbody tr');
    const total = await rows.count();
    await page.getByLabel('Name contains').fill('resn');
    await expect(page.locator('[data-compare-table] tbody tr:not([hidden])')).toHaveCount(2);
    await expect(page.locator('.compare-count')).toHaveText(`2 of ${total} models shown`);
    await page.getByLabel('Name contains').fill('');
    await page.getByLabel('Direction').selectOption('face-recognition');
    const face = await page
      .locator('[data-compare-table] tbody tr:not([hidden])')
      .evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.directions));
    expect(face.length).toBeGreaterThan(5);
    expect(face.every((d) => d!.split(' ').includes('face-recognition'))).toBe(true);
    await page.getByLabel('Direction').selectOption('');
    await page.getByLabel('Only models with ImageNet results').check();
    const withImagenet = await page.locator('[data-compare-table] tbody tr:not([hidden])').count();
    expect(withImagenet).toBeGreaterThan(15);
    expect(withImagenet).toBeLessThan(total);
  });

  test('shows a number’s source on focus and hover, and closes it with Escape', async ({ page }) => {
    await page.goto('/en/compare/');
    const row = page.locator('[data-compare-table] tr[data-id="resnet"]');
    const value = row.locator('button.fig').nth(2);
    await expect(value).toHaveText('78.57 %');
    await expect(value).toHaveAccessibleDescription(
      /ResNet-152, single model, 10-crop testing.*paper, Table 3.*reported as top-1 error 21\.43 %/,
    );
    await value.focus();
    const note = page.locator('#src-resnet-top1');
    await expect(note).toBeVisible();
    const [b, n] = await Promise.all([value.boundingBox(), note.boundingBox()]);
    expect(Math.abs(n!.y - (b!.y + b!.height)) < 12 || Math.abs(n!.y + n!.height - b!.y) < 12).toBe(true);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    const params = row.locator('button.fig').first();
    await params.hover();
    await expect(page.locator('#src-resnet-params')).toBeVisible();
    await expect(params).toContainText('computed');
  });

  test('offers the table as CSV', async ({ page, request }) => {
    await page.goto('/en/compare/');
    const href = await page.getByRole('link', { name: 'Download this table (CSV)' }).getAttribute('href');
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,year,month,directions,venue,top1_accuracy_pct,/);
    expect(lines.length).toBe((await page.locator('[data-compare-table] tbody tr').count()) + 1);
  });
});

test.describe('charts', () => {
  test('every point matches its row in the chart’s data table and links to its model', async ({ page }) => {
    await page.goto('/en/compare/');
    for (const chart of ['chart-mult-adds', 'chart-params']) {
      const points = await page.locator(`svg[data-chart="${chart}"] a.pt`).evaluateAll((els) =>
        els.map((a) => ({
          model: a.getAttribute('data-model'),
          x: a.getAttribute('data-x'),
          y: a.getAttribute('data-y'),
          href: a.getAttribute('href'),
        })),
      );
      const rows = await page
        .locator(`figure:has(svg[data-chart="${chart}"]) .chart-data tbody tr`)
        .evaluateAll((els) =>
          els.map((tr) => ({
            model: tr.getAttribute('data-model'),
            x: tr.getAttribute('data-x'),
            y: tr.getAttribute('data-y'),
            href: tr.querySelector('a')!.getAttribute('href'),
          })),
        );
      expect(points.length).toBeGreaterThan(10);
      expect([...points].sort(byKey)).toEqual([...rows].sort(byKey));
      for (const p of points) expect(p.href).toBe(`/en/models/${p.model}/`);
    }
  });

  test('every chart link on the three pages resolves', async ({ page, request }) => {
    const seen = new Set<string>();
    for (const lang of LANGS) {
      for (const name of PAGES) {
        await page.goto(`/${lang}/${name}/`);
        const hrefs = await page
          .locator('svg[data-chart] a')
          .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
        expect(hrefs.length).toBeGreaterThan(10);
        for (const href of hrefs) seen.add(href);
      }
    }
    for (const href of seen) expect((await request.get(href)).status(), href).toBe(200);
  });

  test('the lineage graph traces a model’s family on focus', async ({ page }) => {
    await page.goto('/en/lineage/');
    const svg = page.locator('svg[data-chart="lineage"]');
    await page.locator('svg[data-chart="lineage"] a[data-node="resnet"]').focus();
    await expect(svg).toHaveClass(/is-tracing/);
    await expect(page.locator('svg[data-chart="lineage"] a[data-node="alexnet"]')).toHaveClass(/is-related/);
    await expect(page.locator('svg[data-chart="lineage"] a[data-node="mtcnn"]')).not.toHaveClass(/is-related/);
    await expect(page.locator('svg[data-chart="lineage"] .edge[data-from="alexnet"][data-to="resnet"]')).toHaveClass(
      /is-related/,
    );
  });

  test('the lineage panel and a curve’s tooltip say what changed, in the list’s words', async ({ page }) => {
    await page.goto('/en/lineage/');
    const change = 'Keeps the plain convolutional stack but adds identity shortcuts and batch normalisation';
    await expect(page.locator('#links-resnet li[data-from="alexnet"]')).toContainText(change);
    await page.locator('svg[data-chart="lineage"] a[data-node="resnet"]').focus();
    await expect(page.locator('[data-lineage-panel] li').filter({ hasText: 'AlexNet' })).toContainText(change);
    const edge = page.locator('svg[data-chart="lineage"] .edge[data-from="alexnet"][data-to="resnet"]');
    await edge.locator('.edge-hit').dispatchEvent('pointerover');
    await expect(edge.locator('title')).toHaveText(new RegExp(`^ResNet builds on AlexNet: ${change}`));
  });

  test('a model page lists ancestors and descendants further away', async ({ page }) => {
    await page.goto('/en/models/efficientnet/');
    const section = page.locator('section[aria-labelledby="lineage-title"]');
    await expect(section.getByRole('heading', { name: 'Further back' })).toBeVisible();
    await expect(section.locator('.relatives')).toContainText('ResNet');
    await page.goto('/en/models/alexnet/');
    await expect(page.getByRole('heading', { name: 'Further on' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table, the charts and the lists are all there, and no dead controls show', async ({ page }) => {
    await page.goto('/zh/compare/');
    await expect(page.locator('[data-compare-table] tbody tr')).not.toHaveCount(0);
    await expect(page.locator('[data-compare-tools]')).toBeHidden();
    await expect(page.locator('svg[data-chart="chart-mult-adds"] text.label').first()).toBeVisible();
    await expect(page.locator('[data-compare-table] thead button')).toHaveCount(0);
    await page.goto('/zh/lineage/');
    await expect(page.locator('.lineage-list > li').first()).toBeVisible();
    await expect(page.locator('[data-lineage-panel]')).toBeHidden();
    await page.goto('/zh/timeline/');
    await expect(page.locator('svg[data-chart="timeline"] a').first()).toBeVisible();
  });
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const name of PAGES) {
    test(`${name} scrolls its chart, not the page`, async ({ page }) => {
      await page.goto(`/en/${name}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of LANGS) {
    for (const name of PAGES) {
      test(`axe: ${name} (${lang}, ${scheme})`, async ({ page }) => {
        // The compare page has a few hundred figures and notes: axe needs more than the default time on a busy machine.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${lang}/${name}/`);
        expect(await axeViolations(page, scheme)).toEqual([]);
      });
    }
  }
}

function byKey(a: { model: string | null; x: string | null }, b: { model: string | null; x: string | null }): number {
  return `${a.model}|${a.x}`.localeCompare(`${b.model}|${b.x}`);
}
