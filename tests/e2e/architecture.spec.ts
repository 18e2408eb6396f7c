import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { LEGEND } from '../../src/lib/notation/icons.ts';

test.describe('architecture diagrams without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the ResNet page draws ResNet-50 and switches to the expanded view', async ({ page }) => {
    await page.goto('/en/models/resnet/');
    const section = page.locator('section.architecture');
    const compact = section.locator('.arch-compact svg');
    const expanded = section.locator('.arch-expanded img');
    await expect(compact).toBeVisible();
    await expect(expanded).toBeHidden();
    // Not in the page: an image of the download file (without scripts a browser fetches it at once, as
    // lazy loading is off then; the test below has it fetched only when shown).
    expect(await section.locator('svg.nt-expanded').count()).toBe(0);
    await section.getByLabel('Expanded (every layer)').check();
    await expect(expanded).toBeVisible();
    await expect(compact).toBeHidden();
    await expect(expanded).toHaveAttribute('src', '/diagrams/resnet/resnet-50-expanded.svg#en');
    await expect(expanded).toHaveAttribute('alt', 'ResNet-50: architecture diagram (expanded view)');
    // The image shown is the expanded download file, and it loads.
    await expect
      .poll(() => expanded.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  });
});

test('the expanded view is fetched only once the switch shows it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('-expanded.svg')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/models/resnet/');
  const section = page.locator('section.architecture');
  await section.locator('.arch-compact svg').scrollIntoViewIfNeeded();
  expect(fetched).toEqual([]);
  await section.getByLabel('Expanded (every layer)').check();
  await expect.poll(() => fetched).toEqual(['/diagrams/resnet/resnet-50-expanded.svg']);
});

test('every variant is listed with its computed and published figures', async ({ page }) => {
  await page.goto('/zh/models/resnet/');
  const row = page.locator('table.arch-variants tr', { hasText: 'ResNet-152' });
  await expect(row.locator('td').nth(1)).toHaveText('60.19 M');
  await expect(row).toContainText('11.30 G');
});

test('the counting rules are stated once, on the notation page, one link from every architecture section', async ({
  page,
}) => {
  await page.goto('/zh/models/resnet/');
  await expect(page.locator('section.architecture .katex-display')).toHaveCount(0);
  await page.locator('section.architecture').getByRole('link', { name: '计算规则' }).click();
  await expect(page).toHaveURL(/\/zh\/notation\/#counting$/);
  const rules = page.locator('section[aria-labelledby="counting"]');
  await expect(rules.locator('h2')).toHaveText('参数量与乘加次数如何计算');
  await expect(rules.locator('.katex-display')).toHaveCount(2);
});

test('the per-layer table is one link away, on the layers page, and sums to the computed total', async ({ page }) => {
  await page.goto('/zh/models/resnet/');
  await page.locator('section.architecture').getByRole('link', { name: 'ResNet-50 的逐层明细' }).click();
  await expect(page).toHaveURL(/\/zh\/models\/resnet\/layers\/#layers-resnet$/);
  const table = page.locator('#layers-resnet');
  await expect(table.locator('caption')).toHaveText('ResNet-50 的逐层明细');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(100);
  await expect(table.locator('tfoot')).toContainText('25,557,032');
  await page.getByRole('link', { name: /返回 ResNet/ }).click();
  await expect(page).toHaveURL(/\/zh\/models\/resnet\/#arch-title$/);
});

test('a diagram downloads as a standalone SVG file', async ({ page, request }) => {
  await page.goto('/en/models/resnet/');
  const href = await page.locator('.arch-compact figcaption a[download]').getAttribute('href');
  expect(href).toBe('/diagrams/resnet/resnet-50-compact.svg#en');
  const response = await request.get(new URL(href!, 'http://x').pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('a diagram file shows the language its address names: Chinese with #zh-CN, English without', async ({ page }) => {
  const file = '/diagrams/resnet/resnet-50-compact.svg';
  await page.goto('/zh/models/resnet/');
  await expect(page.locator('.arch-expanded img')).toHaveAttribute(
    'src',
    `${file.replace('compact', 'expanded')}#zh-CN`,
  );
  // As an image: each fragment's picture is the file drawn with that language's text forced on.
  const pictures = await page.evaluate(async (url) => {
    const source = await (await fetch(url)).text();
    const forced = (show: string, hide: string) =>
      'data:image/svg+xml;charset=utf-8,' +
      encodeURIComponent(
        source.replace('</style>', `.${hide}{display:none!important}.${show}{display:inline!important}</style>`),
      );
    const draw = async (src: string) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      canvas.getContext('2d')!.drawImage(img, 0, 0);
      // A short fingerprint of the pixels (FNV-1a), so that a failure prints a word, not an image.
      const png = canvas.toDataURL();
      let h = 0x811c9dc5;
      for (let i = 0; i < png.length; i++) h = Math.imul(h ^ png.charCodeAt(i), 0x01000193) >>> 0;
      return h.toString(36);
    };
    return {
      zh: await draw(`${url}#zh-CN`),
      en: await draw(`${url}#en`),
      none: await draw(url),
      chinese: await draw(forced('l-zh', 'l-en')),
      english: await draw(forced('l-en', 'l-zh')),
    };
  }, file);
  expect(pictures.chinese).not.toBe(pictures.english);
  expect(pictures.zh).toBe(pictures.chinese);
  expect(pictures.en).toBe(pictures.english);
  expect(pictures.none).toBe(pictures.english);
  // Opened on its own (a browser then asks for /favicon.ico, which a document that names no icon implies).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${file}#zh-CN`);
  await expect(page.locator('text.l-zh')).toHaveText('输入');
  await expect(page.locator('text.l-zh')).toBeVisible();
  await expect(page.locator('text.l-en')).toBeHidden();
  await page.goto(file);
  await expect(page.locator('text.l-en')).toBeVisible();
  await expect(page.locator('text.l-zh')).toBeHidden();
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
