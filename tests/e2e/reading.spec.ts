// Reading, citing and sharing (issue 26): contents list and heading links, citations, state in the address,
// the 404 page, phone layouts, and the found-and-shared metadata — in both languages.
import { test, expect } from './fixtures.ts';
import { LOCALES } from './pages.ts';

const TOC_TITLE = { en: 'On this page', 'zh-CN': '本页目录' } as const;
const CITE = { en: 'Cite', 'zh-CN': '引用' } as const;

for (const { segment, lang } of LOCALES) {
  test.describe(`contents list (${lang})`, () => {
    test('a contents link lands on its heading, and every heading links to itself', async ({ page }) => {
      await page.goto(`/${segment}/models/resnet/`);
      const toc = page.getByRole('navigation', { name: TOC_TITLE[lang] });
      await expect(toc).toBeVisible();
      await toc.locator('ol').getByRole('link', { name: CITE[lang], exact: true }).click();
      await expect(page).toHaveURL(/#cite-title$/);
      await expect(page.locator('#cite-title')).toBeInViewport();
      const headings = await page.locator('main h2[id]:not(.visually-hidden)').count();
      expect(headings).toBeGreaterThan(8);
      expect(await page.locator('main .heading-anchor').count()).toBeGreaterThanOrEqual(headings);
      // Every contents entry points at a heading that exists on the page.
      for (const href of await toc.locator('ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    });

    test('on a phone the contents list is folded and opens on a tap', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${segment}/models/resnet/`);
      const list = page.locator('.toc__list');
      await expect(list).toBeHidden();
      await page.locator('.toc__title').click();
      await expect(list).toBeVisible();
      await list.getByRole('link', { name: CITE[lang], exact: true }).click();
      await expect(page.locator('#cite-title')).toBeInViewport();
    });
  });

  test.describe(`citations (${lang})`, () => {
    const record = (page: import('@playwright/test').Page, id: string) =>
      page.locator(`#${id}`).locator('xpath=ancestor::div[contains(@class,"cite-record")]').locator('pre');

    test('a conference paper cites the venue year and the full proceedings title', async ({ page }) => {
      await page.goto(`/${segment}/models/resnet/`);
      const bib = await record(page, 'cite-paper').innerText();
      expect(bib).toMatch(/^@inproceedings\{he2016deep,/);
      expect(bib).toMatch(/year\s+= \{2016\}/);
      expect(bib).toContain(
        'booktitle     = {Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)}',
      );
      expect(bib).toMatch(/archivePrefix = \{arXiv\}/);
    });

    test('an arXiv-only paper is a @misc with its eprint; a journal paper an @article', async ({ page }) => {
      await page.goto(`/${segment}/models/mobilenet-v1/`);
      const misc = await record(page, 'cite-paper').innerText();
      expect(misc).toMatch(/^@misc\{/);
      expect(misc).toMatch(/eprint\s+= \{1704\.04861\}/);
      expect(misc).not.toMatch(/booktitle|journal/);
      await page.goto(`/${segment}/models/mtcnn/`);
      expect(await record(page, 'cite-paper').innerText()).toMatch(
        /^@article\{[\s\S]*journal\s+= \{IEEE Signal Processing Letters\}/,
      );
    });

    test('the entry itself can be cited, with the page address and its last update', async ({ page }) => {
      await page.goto(`/${segment}/models/resnet/`);
      const bib = await record(page, 'cite-entry').innerText();
      expect(bib).toMatch(/^@misc\{alphatree-resnet,/);
      expect(bib).toContain(`url          = {http://127.0.0.1:`);
      expect(bib).toMatch(new RegExp(`/${segment}/models/resnet/\\}`));
      expect(bib).toMatch(/note\s+= \{.*\d{4}-\d\d-\d\d\}/);
    });

    test('every page states the licence of text, figures and data', async ({ page }) => {
      for (const path of ['', 'models/resnet/', 'compare/'])
        await page
          .goto(`/${segment}/${path}`)
          .then(() =>
            expect(page.locator('footer a[rel="license"]')).toHaveAttribute(
              'href',
              'https://creativecommons.org/licenses/by/4.0/',
            ),
          );
    });
  });

  test(`"Use it" shows the library call, the weights' result and the paper's (${lang})`, async ({ page }) => {
    await page.goto(`/${segment}/models/resnet/`);
    const section = page.locator('section.use-it');
    await expect(section.locator('code').first()).toHaveText('torchvision.models.resnet50(weights="IMAGENET1K_V1")');
    await expect(section.locator('tbody tr').first()).toContainText('76.13 %');
    await expect(section.locator('tbody tr').first()).toContainText('top-1 error');
    await expect(section.getByRole('link', { name: 'pytorch.org' }).first()).toHaveAttribute(
      'href',
      /torchvision\.models\.resnet50\.html$/,
    );
  });
}

test.describe('state that survives', () => {
  test('the language switch keeps the query and the section', async ({ page }) => {
    await page.goto('/en/search/?q=resnet');
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh\/search\/\?q=resnet$/);
    await page.goto('/en/models/resnet/#cite-title');
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh\/models\/resnet\/#cite-title$/);
    await expect(page.locator('#cite-title')).toBeInViewport();
  });

  test('compare filters, sort and picks live in the address and come back on reload and in Chinese', async ({
    page,
  }) => {
    await page.goto('/en/compare/');
    await page.locator('[data-filter-direction]').selectOption('classification');
    await page.locator('th[data-key="top1"] button').click();
    await page.locator('th[data-key="top1"] button').click();
    await expect(page).toHaveURL(/direction=classification/);
    await expect(page).toHaveURL(/sort=top1-desc/);
    await page.reload();
    await expect(page.locator('[data-filter-direction]')).toHaveValue('classification');
    await expect(page.locator('th[data-key="top1"]')).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh\/compare\/\?direction=classification&sort=top1-desc$/);
    await expect(page.locator('th[data-key="top1"]')).toHaveAttribute('aria-sort', 'descending');
  });

  test('picked models stand together at the top, can be shown alone, and the pick is shareable', async ({ page }) => {
    await page.goto('/en/compare/');
    await page.getByRole('checkbox', { name: 'Pick VGG to compare' }).check();
    await expect(page.locator('[data-pick-status]')).toContainText('at least one more');
    await page.getByRole('checkbox', { name: 'Pick ResNet to compare' }).check();
    await expect(page).toHaveURL(/\?pick=vgg,resnet$/);
    const rows = page.locator('[data-compare-table] tbody tr:not([hidden])');
    await expect(rows.nth(0)).toHaveAttribute('data-id', 'vgg');
    await expect(rows.nth(1)).toHaveAttribute('data-id', 'resnet');
    await page.getByRole('button', { name: 'Show only the picked models' }).click();
    await expect(page).toHaveURL(/\?pick=vgg,resnet&only=1$/);
    await expect(rows).toHaveCount(2);
    await page.reload();
    await expect(rows).toHaveCount(2);
    await page.goto('/en/compare/?pick=resnet,vgg,alexnet,googlenet,densenet');
    await expect(page.locator('[data-compare-table] tr.is-picked')).toHaveCount(4);
    await expect(page.getByRole('checkbox', { name: 'Pick SENet to compare' })).toBeDisabled();
    await page.getByRole('button', { name: 'Clear the picks' }).click();
    await expect(page).toHaveURL(/\/en\/compare\/$/);
  });
});

test.describe('the 404 page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('speaks the language of the path, with the site header and a language switch', async ({ page }) => {
    const response = await page.goto('/zh/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText('页面不存在');
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.locator('main')).not.toContainText('Page not found');
    await page.goto('/en/no-such-page/');
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('search')).toBeVisible();
  });

  test('suggests the model a misspelt address meant, and offers a search for it', async ({ page }) => {
    await page.goto('/en/models/resnt/');
    await expect(page.locator('.nf-suggestions').getByRole('link', { name: 'ResNet', exact: true })).toHaveAttribute(
      'href',
      '/en/models/resnet/',
    );
    await expect(page.locator('.nf-search')).toHaveAttribute('href', '/en/search/?q=resnt');
    await page.goto('/zh/models/mobilnet-v2/');
    await expect(page.locator('.nf-suggestions a').first()).toHaveAttribute('href', '/zh/models/mobilenet-v2/');
  });

  test('an id in another case and an alias both reach the model page', async ({ page }) => {
    await page.goto('/en/models/ResNet/');
    await expect(page).toHaveURL(/\/en\/models\/resnet\/$/);
    await page.goto('/zh/models/resnet-50/');
    await expect(page).toHaveURL(/\/zh\/models\/resnet\/$/);
    await expect(page.locator('h1')).toHaveText('ResNet');
  });
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  for (const path of ['en/compare/', 'zh/compare/', 'en/data/', 'zh/data/', 'en/models/resnet/', 'zh/timeline/']) {
    test(`${path} has no horizontal page scroll and a compact header`, async ({ page }) => {
      await page.goto(`/${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(110);
    });
  }

  test('the menu reaches Timeline and Lineage', async ({ page }) => {
    await page.goto('/en/models/resnet/');
    await page.getByText('Menu').click();
    await page.getByRole('link', { name: 'Lineage', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/lineage\/$/);
  });

  test('the compare table keeps the model column in view while it scrolls sideways', async ({ page }) => {
    await page.goto('/en/compare/');
    const scroller = page.locator('.compare-scroll');
    await scroller.evaluate((el) => (el.scrollLeft = 400));
    const name = page.locator('[data-compare-table] tbody th[scope="row"]').first();
    const box = await name.boundingBox();
    const frame = await scroller.boundingBox();
    expect(Math.round(box!.x)).toBe(Math.round(frame!.x));
  });
});

test('every page carries OpenGraph and Twitter cards; a model page its own image', async ({ page, request }) => {
  await page.goto('/zh/models/resnet/');
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
  expect(await meta('og:title')).toBe('ResNet');
  expect(await meta('og:type')).toBe('article');
  expect(await meta('og:locale')).toBe('zh_CN');
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const image = new URL((await meta('og:image'))!);
  expect(image.pathname).toBe('/og/zh/models/resnet.png');
  const png = await request.get(image.pathname);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  await page.goto('/en/map/');
  expect(new URL((await meta('og:image'))!).pathname).toBe('/og/en/atlas.png');
});
