// The map on every screen, in both languages: a 360×740 touch phone reads the portrait map at full size and
// scrolls the page with one finger; a 1440×900 desktop opens on every line's name at a readable size, keeps
// the legend beside the map and centres an isolated line; search lands on the map and the URL keeps the view.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const LANGS = [
  { segment: 'en', lang: 'en', find: 'Find a station', lines: 'Lines' },
  { segment: 'zh', lang: 'zh-CN', find: '查找站点', lines: '线路' },
] as const;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1440, height: 900 } };

const ready = async (page: Page) => {
  await page.locator('[data-metro]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.metro.is-ready').first()).toBeVisible();
};

/** Every station name's size on screen (font size times the drawing's scale), in px. */
const labelSizes = (page: Page, frame: string) =>
  page.locator(`${frame} .metro-label`).evaluateAll((els) =>
    els.map((el) => {
      const t = el as SVGTextElement;
      return parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0);
    }),
  );

/** How much of an element's box lies inside another's (0–1). */
const insideShare = (page: Page, inner: string, outer: string) =>
  page.evaluate(
    ([a, b]) => {
      const r = document.querySelector(a!)!.getBoundingClientRect();
      const f = document.querySelector(b!)!.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, f.right) - Math.max(r.left, f.left));
      const h = Math.max(0, Math.min(r.bottom, f.bottom) - Math.max(r.top, f.top));
      return (w * h) / Math.max(1, r.width * r.height);
    },
    [inner, outer],
  );

/** One finger down at (x, y), moving 300 px up, and lifted: a swipe, as a touch screen sends it. */
async function swipeUp(page: Page, x: number, y: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

for (const l of LANGS) {
  test.describe(`on a 360 px phone (${l.lang})`, () => {
    test.use(PHONE);

    test('shows the portrait map, every station name at least 12 px, within the width', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      await expect(page.locator('.metro-frame--portrait')).toBeVisible();
      await expect(page.locator('.metro-frame--landscape')).toBeHidden();
      const sizes = await labelSizes(page, '.metro-frame--portrait');
      expect(sizes.length).toBeGreaterThan(100);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('gives every station a touch target at least 24 px each way', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      const small = await page.locator('.metro-frame--portrait .metro-station').evaluateAll((els) =>
        els
          .map((el) => ({ id: el.getAttribute('data-station'), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(({ id, r }) => `${id} ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      expect(small).toEqual([]);
    });

    test('scrolls the page when a finger swipes up over the map', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      const frame = page.locator('.metro-frame--portrait');
      await frame.scrollIntoViewIfNeeded();
      const box = (await frame.boundingBox())!;
      const before = await page.evaluate(() => scrollY);
      await swipeUp(page, box.x + box.width / 2, 600);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 150);
      await expect(page.locator('.metro-frame--portrait .metro-viewport')).not.toHaveAttribute('transform', /./);
    });

    test('isolating a line keeps the map on screen, at the line’s start', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      const button = page.locator('.metro-legend button[data-line="gan"]');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      const first = page.locator('.metro-frame--portrait .metro-terminus[data-line="gan"]').first();
      await expect(first).toBeInViewport();
    });
  });

  test.describe(`on a 1440×900 desktop (${l.lang})`, () => {
    test.use(DESKTOP);

    test('opens on all twelve line names, station names at least 11 px, legend beside the map', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      const frame = page.locator('.metro-frame--landscape');
      await expect(frame).toBeInViewport({ ratio: 0.95 });
      const names = page.locator('.metro-frame--landscape .metro-terminus:not(.is-track) .metro-terminus-frame');
      const lines = await page.locator('.metro-frame--landscape .metro-line').count();
      expect(lines).toBe(12);
      const outside = await names.evaluateAll((els) => {
        const f = document.querySelector('.metro-frame--landscape')!.getBoundingClientRect();
        const seen = new Map<string, boolean>();
        for (const el of els) {
          const r = el.getBoundingClientRect();
          const line = el.closest('[data-line]')!.getAttribute('data-line')!;
          const inside = r.left >= f.left && r.right <= f.right && r.top >= f.top && r.bottom <= f.bottom;
          seen.set(line, seen.get(line) === true || inside);
        }
        return [...seen].filter(([, inside]) => !inside).map(([line]) => line);
      });
      expect(outside).toEqual([]);
      const sizes = await labelSizes(page, '.metro-frame--landscape');
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      await expect(page.getByRole('heading', { name: l.lines, exact: true })).toBeInViewport();
      await expect(page.locator('[data-metro-note]')).toBeHidden();
    });

    test('isolating a line keeps the map in view and brings the line to its middle', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      const scrolled = await page.evaluate(() => scrollY);
      await page.locator('.metro-legend button[data-line="face-alignment"]').click();
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(scrolled);
      expect(await insideShare(page, '.metro-frame--landscape', 'html')).toBeGreaterThan(0.95);
      const line = '.metro-frame--landscape .metro-line[data-line="face-alignment"]';
      await expect.poll(() => insideShare(page, line, '.metro-frame--landscape')).toBeGreaterThan(0.5);
      const centre = await page.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        const f = document.querySelector('.metro-frame--landscape')!.getBoundingClientRect();
        return [(r.left + r.right) / 2 - (f.left + f.right) / 2, (r.top + r.bottom) / 2 - (f.top + f.bottom) / 2];
      }, line);
      expect(Math.abs(centre[0]!)).toBeLessThan(40);
      expect(Math.abs(centre[1]!)).toBeLessThan(40);
    });

    test('“show the whole map” says when the whole map is too small to read', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      await page.locator('[data-zoom="reset"]').click();
      const note = page.locator('[data-metro-note]');
      const sizes = await labelSizes(page, '.metro-frame--landscape');
      if (Math.min(...sizes) < 11) await expect(note).toBeVisible();
      else await expect(note).toBeHidden();
    });

    test('search highlights matching stations, centres the best and offers its entry; the URL keeps it', async ({
      page,
    }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      await page.getByLabel(l.find).fill('resnet');
      const best = page.locator('.metro-frame--landscape .metro-station.is-best');
      await expect(best).toHaveAttribute('data-station', 'resnet');
      expect(await page.locator('.metro-frame--landscape .metro-station.is-found').count()).toBeGreaterThan(1);
      await expect(best).toBeInViewport();
      const open = page.locator('[data-metro-find-result] a');
      await expect(open).toHaveAttribute('href', `/${l.segment}/models/resnet/`);
      await page.locator('.metro-legend button[data-line="classification"]').click();
      await expect.poll(() => page.url()).toMatch(/[?&]q=resnet/);
      await expect.poll(() => page.url()).toMatch(/[?&]line=classification/);
      // The same URL opens the same view.
      const url = page.url();
      const fresh = await page.context().newPage();
      await fresh.goto(url);
      await ready(fresh);
      await expect(fresh.getByLabel(l.find)).toHaveValue('resnet');
      await expect(fresh.locator('.metro-frame--landscape .metro-station.is-best')).toHaveAttribute(
        'data-station',
        'resnet',
      );
      await expect(fresh.locator('.metro-legend button[data-line="classification"]')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });

    test('the URL keeps the zoom and the selected station', async ({ page }) => {
      await page.goto(`/${l.segment}/map/`);
      await ready(page);
      await page.locator('[data-zoom="in"]').click();
      await page.locator('.metro-frame--landscape a#map-mtcnn').focus();
      await expect.poll(() => page.url()).toMatch(/[?&]z=[\d.]+%2C[-\d.]+%2C[-\d.]+.*#map-mtcnn$/);
      const transform = await page.locator('.metro-frame--landscape .metro-viewport').getAttribute('transform');
      const fresh = await page.context().newPage();
      await fresh.goto(page.url());
      await ready(fresh);
      await expect(fresh.locator('.metro-frame--landscape a#map-mtcnn')).toBeFocused();
      const again = await fresh.locator('.metro-frame--landscape .metro-viewport').getAttribute('transform');
      const scale = (t: string | null) => Number(/scale\(([\d.]+)/.exec(t ?? '')?.[1]);
      expect(scale(again)).toBeCloseTo(scale(transform), 1);
    });
  });
}

test.describe('on a touch screen wide enough for the landscape map', () => {
  test.use({ viewport: { width: 1024, height: 768 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  test('one finger scrolls the page, not the map', async ({ page }) => {
    await page.goto('/en/map/');
    await ready(page);
    const frame = page.locator('.metro-frame--landscape');
    await expect(frame).toBeVisible();
    const transform = await page.locator('.metro-frame--landscape .metro-viewport').getAttribute('transform');
    const box = (await frame.boundingBox())!;
    const before = await page.evaluate(() => scrollY);
    await swipeUp(page, box.x + box.width / 2, Math.min(box.y + box.height - 20, 700));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    await expect(page.locator('.metro-frame--landscape .metro-viewport')).toHaveAttribute('transform', transform!);
  });
});

test.describe('a planned station found on the map', () => {
  test.use(DESKTOP);
  test('is highlighted too, and said to have no entry yet', async ({ page }) => {
    await page.goto('/en/map/');
    await ready(page);
    const planned = page.locator('.metro-frame--landscape .metro-station.is-planned').first();
    if ((await planned.count()) === 0) test.skip(true, 'no planned station left on the map');
    const name = (await planned.getAttribute('aria-label'))!.split(/, \d{4}/)[0]!;
    await page.getByLabel('Find a station').fill(name);
    await expect(page.locator('.metro-frame--landscape .metro-station.is-best')).toHaveClass(/is-planned/);
    await expect(page.locator('[data-metro-find-result]')).toContainText('planned, no entry yet');
  });
});
