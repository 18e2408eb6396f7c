// The subway map in a real browser: links, keyboard riding, isolating a line, zoom, lazy loading,
// accessibility, and label boxes that do not overlap as the browser measures them.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';

const MAPS = [
  { url: '/en/map/', lang: 'en', segment: 'en' },
  { url: '/zh/map/', lang: 'zh-CN', segment: 'zh' },
] as const;

const ready = async (page: Page) => {
  await page.locator('[data-metro]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.metro.is-ready').first()).toBeVisible();
};
const scaleOf = async (page: Page) =>
  Number(
    /scale\(([\d.]+)/.exec((await page.locator('.metro-viewport').first().getAttribute('transform')) ?? '')?.[1] ?? 1,
  );

for (const m of MAPS) {
  test(`clicking a station opens its page in the same language (${m.lang})`, async ({ page }) => {
    await page.goto(m.url);
    await ready(page);
    await page.getByRole('button', { name: m.lang === 'en' ? 'Show the whole map' : '显示整张地图' }).click();
    const resnet = page.locator('a#map-resnet');
    await expect(resnet).toHaveAttribute(
      'aria-label',
      m.lang === 'en' ? 'ResNet, 2015 — Object classification' : 'ResNet（2015 年）：图像分类',
    );
    await resnet.locator('text').click();
    await expect(page).toHaveURL(new RegExp(`/${m.segment}/models/resnet/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', m.lang);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the map page (${m.lang}, ${scheme})`, async ({ page }) => {
      // Two drawings of ~150 stations and the list: axe takes a while on a loaded machine.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(m.url);
      await ready(page);
      expect(await axeViolations(page, scheme)).toEqual([]);
    });
  }

  test(`axe finds nothing on the portrait map (${m.lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(m.url);
    await ready(page);
    expect(await axeViolations(page, 'light', { exclude: ['.metro-list'] })).toEqual([]);
  });

  for (const width of [360, 1440]) {
    test(`label boxes do not overlap as measured in the browser (${m.lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(m.url);
      await ready(page);
      const problems = await page.evaluate(() => {
        const frame = innerWidth < 768 ? '.metro-frame--portrait' : '.metro-frame--landscape';
        const boxes = (sel: string) =>
          [...document.querySelectorAll<SVGGraphicsElement>(`.metro--full ${frame} ${sel}`)].map((el) => {
            const r = el.getBoundingClientRect();
            return {
              what: el.textContent ?? el.closest('[data-station]')?.getAttribute('data-station') ?? sel,
              x0: r.left,
              y0: r.top,
              x1: r.right,
              y1: r.bottom,
            };
          });
        const labels = boxes('.metro-label, .metro-terminus-text');
        const markers = boxes('.metro-marker');
        const out: string[] = [];
        const hit = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
          a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++)
            if (hit(labels[i]!, labels[j]!)) out.push(`${labels[i]!.what} / ${labels[j]!.what}`);
          for (const mk of markers) if (hit(labels[i]!, mk)) out.push(`${labels[i]!.what} / marker ${mk.what}`);
        }
        return { out, count: labels.length };
      });
      expect(problems.count).toBeGreaterThan(150);
      expect(problems.out).toEqual([]);
      if (width === 360)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
}

test('keyboard: the map is one Tab stop, the first station in reading order; arrows ride the line', async ({
  page,
}) => {
  await page.goto('/en/map/');
  await ready(page);
  const ride = JSON.parse((await page.locator('[data-metro-ride]').textContent())!) as {
    lines: Record<string, string[][]>;
  };
  const first = Object.values(ride.lines)[0]![0]![0]!;
  await page.locator('[data-zoom="reset"]').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(`.metro-frame--landscape [data-station="${first}"]`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.metro-frame--landscape .metro-station:focus')).toHaveCount(0);
  await page.locator('a#map-lenet').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('a#map-alexnet')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('a#map-zfnet')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('a#map-vgg')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('a#map-zfnet')).toBeFocused();
  // At ZFNet the Inception branch leaves the trunk: change track (shown and said), then ride it.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-metro-status]').first()).toHaveText('On the Object classification line.');
  await expect(page.locator('.metro-riding')).toHaveText('On the Object classification line.');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('a#map-googlenet')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('a#map-nasnet')).toBeFocused();
  await page.locator('a#map-densenet').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('a#map-lenet')).toBeFocused();
  // Tab now comes back to the station last focused.
  await page.locator('[data-zoom="reset"]').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('a#map-lenet')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/models\/lenet\/(#.*)?$/);
});

test('keyboard: at an interchange up and down change line; elsewhere they move to the next line', async ({ page }) => {
  await page.goto('/en/map/');
  await ready(page);
  await page.locator('a#map-mtcnn').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.metro-line[data-line="face-alignment"]').first()).toHaveClass(/is-lit/);
  await expect(page.locator('.metro-line[data-line="face-detection"]').first()).not.toHaveClass(/is-lit/);
  await expect(page.locator('.metro-riding')).toHaveText('On the Face alignment (landmarks) line.');
  await page.locator('a#map-lenet').focus();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('.metro-frame--landscape .metro-station:focus');
  await expect(focused).toHaveAttribute('data-lines', /lightweight/);
});

test('keyboard riding passes planned stations', async ({ page }) => {
  await page.goto('/en/map/');
  await ready(page);
  const ride = JSON.parse((await page.locator('[data-metro-ride]').textContent())!) as {
    lines: Record<string, string[][]>;
  };
  const paths = Object.values(ride.lines).flat();
  const once = (id: string) => paths.filter((p) => p.includes(id)).length === 1;
  const hop = paths
    .flatMap((path) => path.slice(1).map((id, i) => [path[i]!, id] as const))
    .find(([a, b]) => !a.startsWith('p-') && b.startsWith('p-') && once(a));
  test.skip(!hop, 'no planned station left on the map');
  const [from, to] = hop!;
  await page.locator(`.metro-frame--landscape [data-station="${from}"]`).focus();
  await page.keyboard.press('ArrowRight');
  const planned = page.locator(`.metro-frame--landscape [data-station="${to}"]`);
  await expect(planned).toBeFocused();
  await expect(planned).toHaveAttribute('aria-label', /\(planned, no entry yet\)$/);
});

test('hover and focus light up a station’s lines', async ({ page }) => {
  await page.goto('/en/map/');
  await ready(page);
  await page.locator('a#map-mtcnn').focus();
  const svg = page.locator('.metro-svg').first();
  await expect(svg).toHaveClass(/is-dimmed/);
  await expect(page.locator('.metro-frame--landscape .metro-line[data-line="face-alignment"]')).toHaveClass(/is-lit/);
  await expect(page.locator('.metro-frame--landscape .metro-line[data-line="classification"]')).not.toHaveClass(
    /is-lit/,
  );
});

test('a legend entry shows its line alone, and again shows all lines', async ({ page }) => {
  await page.goto('/zh/map/');
  await ready(page);
  const button = page.getByRole('button', { name: '目标检测' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.metro-frame--landscape .metro-line[data-line="detection"]')).toHaveClass(/is-lit/);
  const other = page.locator('.metro-frame--landscape .metro-line[data-line="classification"]');
  await expect.poll(async () => Number(await other.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);
  await expect(page.locator('[data-metro-status]').first()).toHaveText('只显示目标检测线路。');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.metro-svg').first()).not.toHaveClass(/is-dimmed/);
});

test('zoom buttons zoom in, out and back to the whole map', async ({ page }) => {
  await page.goto('/en/map/');
  await ready(page);
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  expect(await scaleOf(page)).toBeCloseTo(1, 5);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await scaleOf(page);
  expect(zoomed).toBeGreaterThan(1.5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await scaleOf(page)).toBeLessThan(zoomed);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  expect(await scaleOf(page)).toBeCloseTo(1, 5);
});

test('the embedded map zooms with the wheel only with a modifier key', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/');
  await ready(page);
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  const frame = page.locator('.metro-frame').first();
  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(100);
  expect(await scaleOf(page)).toBeCloseTo(1, 5);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => scaleOf(page)).toBeGreaterThan(1.05);
});

test('the map script loads only once the map is on screen', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => /map-interact/.test(u))).toEqual([]);
  await ready(page);
  expect(requested.filter((u) => /map-interact/.test(u))).toHaveLength(1);
});

test('a model page shows its neighbours on a mini-map that leads to the full map', async ({ page }) => {
  await page.goto('/zh/models/mtcnn/');
  const mini = page.locator('.metro-mini');
  await expect(mini.getByRole('heading', { name: '在地图上' })).toBeVisible();
  await expect(mini.locator('.is-current')).toHaveAttribute(
    'aria-label',
    'MTCNN（2016 年）：人脸检测、人脸对齐 / 关键点',
  );
  await expect(mini.locator('a#mini-cascadecnn')).toHaveAttribute('href', '/zh/models/cascadecnn/');
  await mini.getByRole('link', { name: '在完整地图上查看' }).click();
  await expect(page).toHaveURL(/\/zh\/map\/#map-mtcnn$/);
  await ready(page);
  await expect(page.locator('a#map-mtcnn')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map is a scrollable set of links with a list version', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('.metro-controls')).toBeHidden();
    await expect(page.locator('a#map-resnet')).toHaveAttribute('href', '/en/models/resnet/');
    await page.locator('a#map-resnet').click();
    await expect(page).toHaveURL(/\/en\/models\/resnet\/$/);
    await page.goto('/en/map/');
    // The finder, the year slider and the help need scripting; none of them shows as a dead control.
    await expect(page.locator('[data-metro-find]')).toBeHidden();
    await expect(page.locator('.metro-year-control')).toBeHidden();
    await expect(page.locator('[data-metro-help]')).toHaveCount(2);
    for (const help of await page.locator('[data-metro-help]').all()) await expect(help).toBeHidden();
    const list = page.locator('section.metro-list');
    await expect(list.getByRole('link', { name: 'NASNet' }).first()).toHaveAttribute('href', '/en/models/nasnet/');
    // Every station is listed: an entry as a link, a planned one as text marked planned.
    const items = list.locator('ol.stations > li');
    expect(await items.count()).toBeGreaterThan(100);
    expect(await list.locator('ol.stations > li:not(.planned):not(:has(a))').count()).toBe(0);
  });
});

test('the year slider veils the years after the one chosen', async ({ page }) => {
  await page.goto('/en/map/');
  await ready(page);
  const slider = page.getByLabel('The field as it stood in');
  await expect(slider).toHaveValue((await slider.getAttribute('max'))!);
  const veil = page.locator('.metro-frame--landscape .metro-veil');
  await expect(veil).toHaveAttribute('width', '0');
  await slider.fill('2015');
  await expect(page.locator('[data-metro-year-value]')).toHaveText('2015');
  const cover = await veil.evaluate((el) => ({ x: Number(el.getAttribute('x')), w: Number(el.getAttribute('width')) }));
  const x = async (id: string) =>
    page.locator(`#map-${id} .metro-marker`).evaluate((el) => (el as SVGGraphicsElement).getBBox().x);
  expect(cover.w).toBeGreaterThan(100);
  expect(await x('resnet')).toBeLessThan(cover.x);
  expect(await x('densenet')).toBeGreaterThan(cover.x);
});
