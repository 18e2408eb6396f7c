// Search: a table of queries and their expected first result in both languages, the header box as you
// type, filters and sort, keyboard-only use, screen-reader announcements, the injection probe, axe, no-JS.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';

type Lang = 'en' | 'zh';

/** A query and the model id(s) acceptable as first result (several when the query is a general term). */
interface Row {
  lang: Lang;
  q: string;
  first: string | string[];
}

const FACE_ALIGNMENT = ['3ddfa', 'aam', 'asm', 'clm', 'dan', 'dcnn-sun', 'ert', 'lab', 'lbf', 'tcdcn', 'tcnn', 'mtcnn'];
const LIGHTWEIGHT = [
  'squeezenet',
  'mobilenet-v1',
  'mobilenet-v2',
  'shufflenet-v1',
  'shufflenet-v2',
  'xception',
  'mnasnet',
  'efficientnet',
  'senet',
  'resnext',
  'morphnet',
  'nasnet',
  'mobilefacenet',
];

const QUERIES: Row[] = [
  // Aliases and former names rank their model first.
  { lang: 'en', q: 'Inception v1', first: 'googlenet' },
  { lang: 'en', q: 'A-Softmax', first: 'sphereface' },
  { lang: 'en', q: 'InsightFace', first: 'arcface' },
  { lang: 'en', q: 'dlib', first: 'ert' },
  { lang: 'en', q: 'MobileNets', first: 'mobilenet-v1' },
  { lang: 'en', q: 'VGGNet', first: 'vgg' },
  { lang: 'en', q: 'OxfordNet', first: 'vgg' },
  { lang: 'en', q: 'SuperVision', first: 'alexnet' },
  { lang: 'en', q: 'LeNet-5', first: 'lenet' },
  { lang: 'en', q: 'Inception-ResNet-v2', first: 'inception-v4' },
  { lang: 'en', q: 'EfficientNet-B7', first: 'efficientnet' },
  { lang: 'en', q: 'OpenFace', first: 'openface-cmu' },
  // Names, lower case too.
  { lang: 'en', q: 'resnet', first: 'resnet' },
  { lang: 'en', q: 'ShuffleNet v2', first: 'shufflenet-v2' },
  { lang: 'en', q: 'MobileNet v2', first: 'mobilenet-v2' },
  // Paper titles.
  { lang: 'en', q: 'Going deeper with convolutions', first: 'googlenet' },
  { lang: 'en', q: 'Deep Residual Learning for Image Recognition', first: 'resnet' },
  { lang: 'en', q: 'Large Margin Cosine Loss', first: 'cosface' },
  { lang: 'en', q: 'Face Alignment at 3000 FPS', first: 'lbf' },
  // Authors, first and not first.
  { lang: 'en', q: 'Kaiming He', first: ['resnet', 'resnext'] },
  { lang: 'en', q: 'Szegedy', first: ['googlenet', 'inception-v3', 'inception-v4'] },
  { lang: 'en', q: 'Krizhevsky', first: 'alexnet' },
  { lang: 'en', q: 'LeCun', first: 'lenet' },
  { lang: 'en', q: 'Jiankang Deng', first: 'arcface' },
  // arXiv ids, bare and as written in references.
  { lang: 'en', q: '1512.03385', first: 'resnet' },
  { lang: 'en', q: 'arXiv:1409.4842', first: 'googlenet' },
  { lang: 'en', q: 'https://arxiv.org/abs/1704.04861', first: 'mobilenet-v1' },
  // Terms from the pages.
  { lang: 'en', q: 'triplet loss', first: 'facenet' },
  { lang: 'en', q: 'Fire module', first: 'squeezenet' },
  { lang: 'en', q: 'depthwise separable', first: ['xception', 'mobilenet-v1'] },
  // A direction's exact name finds its page.
  { lang: 'en', q: 'Face detection', first: 'directions/face-detection' },
  // Chinese names of models on the English site.
  { lang: 'en', q: '残差网络', first: 'resnet' },
  { lang: 'en', q: '双路径网络', first: 'dpn' },
  { lang: 'en', q: '聚合残差网络', first: 'resnext' },
  { lang: 'en', q: '通道混洗网络', first: 'shufflenet-v1' },

  // Chinese terms on the Chinese site.
  { lang: 'zh', q: '残差', first: 'resnet' },
  { lang: 'zh', q: '人脸检测', first: ['directions/face-detection', 'cascadecnn', 'mtcnn'] },
  { lang: 'zh', q: '轻量级', first: LIGHTWEIGHT },
  { lang: 'zh', q: '深度可分离卷积', first: ['xception', 'mobilenet-v1'] },
  { lang: 'zh', q: '人脸对齐', first: FACE_ALIGNMENT },
  { lang: 'zh', q: '卷积神经网络', first: ['lenet', 'alexnet'] },
  // Chinese names and aliases.
  { lang: 'zh', q: '残差网络', first: 'resnet' },
  { lang: 'zh', q: '倒残差与线性瓶颈', first: 'mobilenet-v2' },
  { lang: 'zh', q: '挤压-激励网络', first: 'senet' },
  { lang: 'zh', q: '角度 softmax', first: 'sphereface' },
  { lang: 'zh', q: '中心损失', first: 'center-loss' },
  { lang: 'zh', q: '主动形状模型', first: 'asm' },
  { lang: 'zh', q: '回归树集成', first: 'ert' },
  { lang: 'zh', q: '多任务级联卷积神经网络', first: 'mtcnn' },
  { lang: 'zh', q: '稠密连接网络', first: 'densenet' },
  { lang: 'zh', q: '大间隔余弦损失', first: 'cosface' },
  { lang: 'zh', q: '加性角度间隔损失', first: 'arcface' },
  { lang: 'zh', q: '三维可形变模型', first: '3dmm' },
  // Latin-script names, aliases, titles, authors and ids on the Chinese site.
  { lang: 'zh', q: 'ResNet', first: 'resnet' },
  { lang: 'zh', q: 'GoogLeNet', first: 'googlenet' },
  { lang: 'zh', q: 'Inception v1', first: 'googlenet' },
  { lang: 'zh', q: 'A-Softmax', first: 'sphereface' },
  { lang: 'zh', q: 'InsightFace', first: 'arcface' },
  { lang: 'zh', q: 'dlib', first: 'ert' },
  { lang: 'zh', q: 'MobileNets', first: 'mobilenet-v1' },
  { lang: 'zh', q: 'SqueezeNet', first: 'squeezenet' },
  { lang: 'zh', q: 'Going deeper with convolutions', first: 'googlenet' },
  { lang: 'zh', q: 'Kaiming He', first: ['resnet', 'resnext'] },
  { lang: 'zh', q: 'Szegedy', first: ['googlenet', 'inception-v3', 'inception-v4'] },
  { lang: 'zh', q: '1512.03385', first: 'resnet' },
];

const searchUrl = (lang: Lang, params: Record<string, string | string[]>) => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) qs.append(k, one);
  return `/${lang}/search/?${qs}`;
};

/** Waits for the results page to finish a search and returns model ids (other pages as `directions/x`) in order. */
async function resultIds(page: Page): Promise<string[]> {
  await expect(page.locator('#search-page-status')).not.toHaveText(/Loading|正在加载/);
  const ids = await page
    .locator('#search-page-results > li')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.modelId ?? ''));
  return ids.map((id) => id.replace(/^\/(?:en|zh)\/|\/$/g, ''));
}

async function resultYears(page: Page): Promise<number[]> {
  const metas = await page.locator('#search-page-results .search-result__meta').allInnerTexts();
  return metas.map((m) => Number(m.slice(0, 4)));
}

test.describe('the query table', () => {
  for (const row of QUERIES) {
    const expected = [row.first].flat();
    test(`/${row.lang}/: "${row.q}" → ${expected.join(' | ')}`, async ({ page }) => {
      await page.goto(searchUrl(row.lang, { q: row.q }));
      const ids = await resultIds(page);
      expect(ids.length, 'no results').toBeGreaterThan(0);
      expect(expected, `first of ${ids.slice(0, 5).join(', ')}`).toContain(ids[0]);
    });
  }
  test('has at least 30 queries in each language', () => {
    expect(QUERIES.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(30);
    expect(QUERIES.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(30);
  });
});

test.describe('the header search box', () => {
  test('loads the search code on first focus, not with the page', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/models/resnet/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search').focus();
    await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('shows results as you type, keyboard only: "/" to focus, arrows to choose, Enter to open', async ({ page }) => {
    await page.goto('/en/models/alexnet/');
    await page.keyboard.press('/');
    const input = page.locator('#site-search');
    await expect(input).toBeFocused();
    await page.keyboard.type('A-Softmax');
    const options = page.locator('#site-search-options [role="option"]');
    await expect(page.locator('#site-search-options')).toHaveAttribute('data-query', 'A-Softmax');
    await expect(options.first()).toHaveAttribute('data-model-id', 'sphereface');
    await expect(options.first()).toContainText('2017 · CVPR 2017 · Face recognition');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    // Announced: the count goes to a polite live region.
    await expect(page.locator('form[data-search-box] [role="status"]')).toContainText(/\d+ suggestions?/);
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/models\/sphereface\/$/);
  });

  test('a suggestion found through an alias says which one', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('/');
    await page.keyboard.type('dlib');
    const first = page.locator('#site-search-options [role="option"]').first();
    await expect(first).toHaveAttribute('data-model-id', 'ert');
    await expect(first).toContainText('Also known as: dlib');
  });

  test('Ctrl+K and ⌘+K focus the box from anywhere; Escape closes the list, then clears', async ({ page }) => {
    await page.goto('/zh/models/resnet/');
    await page.locator('.lang-switch').focus();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.locator('.lang-switch').focus();
    await page.keyboard.press('Meta+k');
    const input = page.locator('#site-search');
    await expect(input).toBeFocused();
    await page.keyboard.type('残差');
    await expect(page.locator('#site-search-options [role="option"]').first()).toHaveAttribute(
      'data-model-id',
      'resnet',
    );
    await expect(page.locator('form[data-search-box] [role="status"]')).toContainText('条建议');
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.search-popup')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
  });

  test('"/" typed into a field stays in the field', async ({ page }) => {
    await page.goto('/en/search/');
    const field = page.locator('#search-page-q');
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
  });

  test('Enter without a chosen suggestion opens the results page, and its last option does too', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Szegedy');
    const all = page.locator('#site-search-options [role="option"]').last();
    await expect(all).toHaveText('All results for “Szegedy”');
    await page.keyboard.press('ArrowUp');
    await expect(all).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=Szegedy$/);
    expect((await resultIds(page)).sort()).toEqual(['googlenet', 'inception-v3', 'inception-v4']);
  });
});

test.describe('the results page', () => {
  test('shows name, year, venue, directions and an excerpt, and announces the count', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'ResNet' }));
    await resultIds(page);
    const first = page.locator('#search-page-results > li').first();
    await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      '/en/models/resnet/',
    );
    await expect(first.locator('.search-result__meta')).toHaveText('2015 · CVPR 2016 · Object classification');
    await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/resnet/i);
    const status = page.locator('#search-page-status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(/^\d+ results for “ResNet”/);
  });

  test('a direction filter narrows the results and goes into the URL', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'loss' }));
    await resultIds(page);
    const before = await page.locator('#search-page-status').innerText();
    await page.getByRole('checkbox', { name: /^Face recognition/ }).check();
    await expect(page).toHaveURL(/direction=face-recognition/);
    await expect(page.locator('#search-page-status')).not.toHaveText(before);
    const metas = await page.locator('#search-page-results .search-result__meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('Face recognition');
    // Counts of the chosen group still show what the other values would add.
    await expect(
      page.locator('[data-filter="direction"] li', { hasText: 'Face alignment' }).locator('.search-filter__count'),
    ).not.toHaveText('0');
  });

  test('filters alone browse the atlas (face detection: CascadeCNN and MTCNN)', async ({ page }) => {
    await page.goto(searchUrl('en', { direction: 'face-detection' }));
    expect((await resultIds(page)).sort()).toEqual(['cascadecnn', 'mtcnn']);
    await expect(page.locator('#search-page-status')).toHaveText('2 models match these filters');
    await expect(page.getByRole('checkbox', { name: /^Face detection/ })).toBeChecked();
  });

  test('official-code, venue, tier and year filters', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'inception', code: 'none' }));
    expect(await resultIds(page)).toContain('googlenet');
    await page.goto(searchUrl('en', { q: 'inception', code: 'official' }));
    const official = await resultIds(page);
    expect(official).not.toContain('googlenet');
    expect(official).toContain('inception-v3');
    await page.goto(searchUrl('zh', { venue: 'NeurIPS' }));
    expect((await resultIds(page)).sort()).toEqual(['alexnet', 'dpn']);
    await page.goto(searchUrl('en', { tier: 'full', from: '2017', to: '2018' }));
    await resultIds(page);
    const years = await resultYears(page);
    expect(years.length).toBeGreaterThan(5);
    for (const y of years) expect(y === 2017 || y === 2018).toBe(true);
    await page.goto(searchUrl('en', { decade: '1990' }));
    expect((await resultIds(page)).sort()).toEqual(['3dmm', 'aam', 'asm', 'lenet']);
  });

  test('sorts by year, newest or oldest first, and back to best match', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'face', sort: 'oldest' }));
    await resultIds(page);
    const oldest = await resultYears(page);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).toBeLessThan(2000);
    await page.locator('#search-page-sort').selectOption('newest');
    await expect(page).toHaveURL(/sort=newest/);
    await expect.poll(async () => (await resultYears(page))[0]).toBeGreaterThanOrEqual(2018);
    const newest = await resultYears(page);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page.locator('#search-page-sort').selectOption('relevance');
    await expect(page).not.toHaveURL(/sort=/);
  });

  test('is usable with the keyboard alone: type, filter, sort, open more, follow a result', async ({ page }) => {
    await page.goto('/en/search/');
    await page.keyboard.press('/');
    await expect(page.locator('#search-page-q')).toBeFocused();
    await page.keyboard.type('face');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-page-status')).toHaveText(/^\d+ results for “face” · showing 10 of \d+$/);
    // Tab to the first filter checkbox and tick it with Space.
    const box = page.locator('.search-filter input[type="checkbox"]').first();
    for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page).toHaveURL(/direction=/);
    await page.keyboard.press('Space');
    await expect(page).not.toHaveURL(/direction=/);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-page-results > li')).toHaveCount(20);
    await expect(page.locator('#search-page-results > li').nth(10).getByRole('link')).toBeFocused();
    const href = await page.locator('#search-page-results > li').nth(10).getByRole('link').getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('a shared URL restores query, filters and sort', async ({ page }) => {
    await page.goto('/zh/search/?q=%E6%AE%8B%E5%B7%AE&decade=2010&code=official&sort=newest');
    await resultIds(page);
    await expect(page.locator('#search-page-q')).toHaveValue('残差');
    await expect(page.getByRole('checkbox', { name: /^2010 年代/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^有官方代码/ })).toBeChecked();
    await expect(page.locator('#search-page-sort')).toHaveValue('newest');
    await expect(page.locator('#search-page-status')).toHaveText(/^“残差”共有 \d+ 条结果/);
  });
});

test.describe('the injection probe', () => {
  const PROBES = [
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    '</script><script>window.__pwned=1</script>',
  ];

  for (const probe of PROBES) {
    test(`the query ${probe} shows as text and runs nothing`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await page.goto(searchUrl('en', { q: probe }));
      await expect(page.locator('#search-page-status')).toHaveText(/^(No results|\d+ results?) for “/);
      await expect(page.locator('#search-page-status')).toContainText(probe);
      await expect(page.locator('#search-page-q')).toHaveValue(probe);
      expect(await page.title()).toContain(probe);
      const scripts = await page.evaluate(() => document.scripts.length);
      await expect(page.locator('img, main svg')).toHaveCount(0);
      // The same probe typed into the header box.
      await page.locator('#site-search').fill(probe);
      await expect(page.locator('#site-search-options [role="option"]').last()).toHaveText(
        `All results for “${probe}”`,
      );
      await expect(page.locator('img, main svg')).toHaveCount(0);
      expect(await page.evaluate(() => document.scripts.length)).toBe(scripts);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialog).toBe(false);
    });
  }
});

test.describe('accessibility of the open search UI', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`axe: header suggestions open and the results page with filters (${lang}, ${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(searchUrl(lang, { q: lang === 'en' ? 'face' : '人脸', decade: '2010' }));
        await resultIds(page);
        await page.locator('#site-search').fill('resnet');
        await expect(page.locator('#site-search-options [role="option"]').first()).toBeVisible();
        await page.locator('#site-search').press('ArrowDown');
        expect(await axeViolations(page, scheme)).toEqual([]);
      });
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} search page says search needs JavaScript and links to the A–Z index`, async ({ page }) => {
      await page.goto(searchUrl(lang, { q: 'resnet' }));
      const notice = page.locator('.search-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(lang === 'en' ? 'needs JavaScript' : '需要启用 JavaScript');
      await expect(notice.getByRole('link')).toHaveAttribute('href', `/${lang}/models/`);
      await expect(page.locator('#search-page')).toBeHidden();
    });
  }
});
