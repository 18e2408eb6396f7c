// Search: a table of queries and their expected first result in both languages (names, aliases, titles,
// authors in order, typos, challenge results, directions, terms), the header box as you type, "did you mean",
// filters and sort, keyboard-only use, screen-reader announcements, the injection probe, axe, no-JS.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { firstAuthoredBy, modelsAt, modelsBy, modelsNaming, modelsOfDecade, modelsOn, modelsUsing } from './content.ts';

type Lang = 'en' | 'zh';

/** A query and the model id(s) acceptable as first result (several when the query is a general term). */
interface Row {
  lang: Lang;
  q: string;
  first: string | string[];
}

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
  'directions/lightweight',
];

const QUERIES: Row[] = [
  // Aliases and former names rank their model first.
  { lang: 'en', q: 'Inception v1', first: 'googlenet' },
  { lang: 'en', q: 'A-Softmax', first: ['methods/a-softmax', 'sphereface'] },
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
  // The paper's title is also the loss's name: the loss's page or the paper's model.
  { lang: 'en', q: 'Large Margin Cosine Loss', first: ['cosface', 'methods/additive-margin-softmax'] },
  { lang: 'en', q: 'Face Alignment at 3000 FPS', first: 'lbf' },
  // Authors: the papers a person wrote first before those they wrote last (the sets follow the content).
  { lang: 'en', q: 'Kaiming He', first: firstAuthoredBy('Kaiming He') },
  { lang: 'en', q: 'Xiangyu Zhang', first: firstAuthoredBy('Xiangyu Zhang') },
  { lang: 'en', q: 'Saining Xie', first: firstAuthoredBy('Saining Xie') },
  { lang: 'en', q: 'Jun-Yan Zhu', first: firstAuthoredBy('Jun-Yan Zhu') },
  { lang: 'en', q: 'Ian Goodfellow', first: firstAuthoredBy('Ian Goodfellow') },
  { lang: 'en', q: 'Ross Girshick', first: firstAuthoredBy('Ross Girshick') },
  { lang: 'en', q: 'Szegedy', first: firstAuthoredBy('Szegedy') },
  { lang: 'en', q: 'Krizhevsky', first: 'alexnet' },
  { lang: 'en', q: 'LeCun', first: 'lenet' },
  { lang: 'en', q: 'Jiankang Deng', first: 'arcface' },
  // arXiv ids, bare and as written in references.
  { lang: 'en', q: '1512.03385', first: 'resnet' },
  { lang: 'en', q: 'arXiv:1409.4842', first: 'googlenet' },
  { lang: 'en', q: 'https://arxiv.org/abs/1704.04861', first: 'mobilenet-v1' },
  // Concepts land on their method page (the models that use it come next: tested below).
  { lang: 'en', q: 'triplet loss', first: 'methods/triplet-loss' },
  { lang: 'en', q: 'Fire module', first: 'methods/fire-module' },
  { lang: 'en', q: 'depthwise separable', first: 'methods/depthwise-separable-convolution' },
  { lang: 'en', q: 'batch norm', first: 'methods/batch-normalization' },
  { lang: 'en', q: 'anchor boxes', first: 'methods/anchor-boxes' },
  { lang: 'zh', q: '批归一化', first: 'methods/batch-normalization' },
  { lang: 'zh', q: '三元组损失', first: 'methods/triplet-loss' },
  // Typos within one or two edits: the closest, most-cited sibling first.
  { lang: 'en', q: 'resnt', first: 'resnet' },
  { lang: 'en', q: 'mobilnet', first: ['mobilenet-v1', 'mobilenet-v2'] },
  { lang: 'en', q: 'alexnte', first: 'alexnet' },
  { lang: 'en', q: 'sqeezenet', first: 'squeezenet' },
  { lang: 'en', q: 'efficentnet', first: 'efficientnet' },
  { lang: 'en', q: 'inceptoin v3', first: 'inception-v3' },
  { lang: 'en', q: 'shufflnet v2', first: 'shufflenet-v2' },
  { lang: 'en', q: 'densnet', first: 'densenet' },
  // Challenge results, from the facts.
  { lang: 'en', q: 'ImageNet 2012 winner', first: 'alexnet' },
  { lang: 'en', q: 'ILSVRC 2014 classification winner', first: 'googlenet' },
  { lang: 'en', q: 'ILSVRC 2017 winner', first: 'senet' },
  { lang: 'en', q: 'ILSVRC 2016 second place', first: 'resnext' },
  { lang: 'en', q: 'COCO 2016 winner', first: 'fcis' },
  // A direction ranks first for its own name, and for the parts of it people type.
  { lang: 'en', q: 'Face detection', first: 'directions/face-detection' },
  { lang: 'en', q: 'Face alignment', first: 'directions/face-alignment' },
  { lang: 'en', q: 'Generative adversarial networks', first: 'directions/gan' },
  { lang: 'en', q: 'OCR', first: 'directions/ocr' },
  { lang: 'en', q: 'pose estimation', first: 'directions/pose' },
  { lang: 'en', q: 'GAN', first: 'gan' },
  // Chinese names of models on the English site.
  { lang: 'en', q: '残差网络', first: 'resnet' },
  { lang: 'en', q: '双路径网络', first: 'dpn' },
  { lang: 'en', q: '聚合残差网络', first: 'resnext' },
  { lang: 'en', q: '通道混洗网络', first: 'shufflenet-v1' },

  // Chinese terms on the Chinese site.
  { lang: 'zh', q: '残差', first: ['methods/residual-connection', 'resnet'] },
  { lang: 'zh', q: '人脸检测', first: ['directions/face-detection', 'cascadecnn', 'mtcnn'] },
  { lang: 'zh', q: '轻量级', first: LIGHTWEIGHT },
  { lang: 'zh', q: '深度可分离卷积', first: 'methods/depthwise-separable-convolution' },
  { lang: 'zh', q: '人脸对齐', first: 'directions/face-alignment' },
  { lang: 'zh', q: '轻量', first: 'directions/lightweight' },
  { lang: 'zh', q: '生成对抗网络', first: 'directions/gan' },
  { lang: 'zh', q: '人体姿态估计', first: 'directions/pose' },
  { lang: 'zh', q: '文字检测', first: 'directions/ocr' },
  { lang: 'zh', q: 'Face detection', first: 'directions/face-detection' },
  { lang: 'zh', q: '卷积神经网络', first: ['lenet', 'alexnet'] },
  // Chinese names and aliases.
  { lang: 'zh', q: '残差网络', first: 'resnet' },
  { lang: 'zh', q: '倒残差与线性瓶颈', first: 'mobilenet-v2' },
  { lang: 'zh', q: '挤压-激励网络', first: 'senet' },
  { lang: 'zh', q: '角度 softmax', first: ['methods/a-softmax', 'sphereface'] },
  { lang: 'zh', q: '中心损失', first: ['methods/center-loss', 'center-loss'] },
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
  { lang: 'zh', q: 'A-Softmax', first: ['methods/a-softmax', 'sphereface'] },
  { lang: 'zh', q: 'InsightFace', first: 'arcface' },
  { lang: 'zh', q: 'dlib', first: 'ert' },
  { lang: 'zh', q: 'MobileNets', first: 'mobilenet-v1' },
  { lang: 'zh', q: 'SqueezeNet', first: 'squeezenet' },
  { lang: 'zh', q: 'Going deeper with convolutions', first: 'googlenet' },
  { lang: 'zh', q: 'Kaiming He', first: firstAuthoredBy('Kaiming He') },
  { lang: 'zh', q: 'Xiangyu Zhang', first: firstAuthoredBy('Xiangyu Zhang') },
  { lang: 'zh', q: 'resnt', first: 'resnet' },
  { lang: 'zh', q: 'mobilnet', first: ['mobilenet-v1', 'mobilenet-v2'] },
  { lang: 'zh', q: 'ImageNet 2012 冠军', first: 'alexnet' },
  { lang: 'zh', q: 'ILSVRC 2016 亚军', first: 'resnext' },
  { lang: 'zh', q: 'Szegedy', first: firstAuthoredBy('Szegedy') },
  { lang: 'zh', q: '1512.03385', first: 'resnet' },
];

const searchUrl = (lang: Lang, params: Record<string, string | string[]>) => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) qs.append(k, one);
  return `/${lang}/search/?${qs}`;
};

/** Waits for the results page to finish a search and returns model ids (other pages as `directions/x`) in order. */
async function resultIds(page: Page): Promise<string[]> {
  // The second pass waits for Pagefind, which a loaded test machine can take seconds to start.
  await expect(page.locator('#search-page-status')).not.toHaveText(/Loading|正在加载/, { timeout: 15_000 });
  const ids = await page
    .locator('#search-page-results > li')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.modelId ?? ''));
  return ids.map((id) => id.replace(/^\/(?:en|zh)\/|\/$/g, ''));
}

/** Results shown before "Show more" (search-page.ts). */
const RESULTS_PAGE = 10;

/** The results page shows the first page of exactly these models (in its own order). */
function expectFirstPageOf(shown: string[], expected: string[]): void {
  expect(shown.length).toBe(Math.min(expected.length, RESULTS_PAGE));
  expect(expected).toEqual(expect.arrayContaining(shown));
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
  test('has at least 60 queries, and at least 30 in each language', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
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
    await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/atlas-index/en.json'))).toBe(true);
    // Names fill the suggestions: the prose index (Pagefind) is not needed for them.
    await page.keyboard.type('resnet');
    await expect(page.locator('#site-search-options [role="option"]').first()).toHaveAttribute(
      'data-model-id',
      'resnet',
    );
    expect(requests.filter((u) => u.includes('/pagefind/pagefind'))).toEqual([]);
  });

  test('shows results as you type, keyboard only: "/" to focus, arrows to choose, Enter to open', async ({ page }) => {
    await page.goto('/en/models/alexnet/');
    await page.keyboard.press('/');
    const input = page.locator('#site-search');
    await expect(input).toBeFocused();
    await page.keyboard.type('SphereFace');
    const options = page.locator('#site-search-options [role="option"]');
    await expect(page.locator('#site-search-options')).toHaveAttribute('data-query', 'SphereFace');
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
    await page.keyboard.type('残差网络');
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
    // His first-author papers first; those where he is a later author (SSD) after them.
    const ids = await resultIds(page);
    const first = firstAuthoredBy('Szegedy');
    expect(ids.slice(0, first.length).sort()).toEqual(first);
    expect(ids).toEqual(expect.arrayContaining(modelsBy('Szegedy')));
  });

  test('each suggestion says in one line why it matched', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('/');
    await page.keyboard.type('Kaiming He');
    const first = page.locator('#site-search-options [role="option"]').first();
    await expect(first).toHaveAttribute('data-model-id', 'resnet');
    await expect(first.locator('.search-option__why')).toHaveText(
      'Authors: Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
    );
    await expect(first.locator('.search-option__why mark')).toHaveText(['Kaiming', 'He']);
    await page.locator('#site-search').fill('ImageNet 2012 winner');
    await expect(page.locator('#site-search-options')).toHaveAttribute('data-query', 'ImageNet 2012 winner');
    await expect(first.locator('.search-option__why')).toContainText(
      'Challenge: ImageNet (ILSVRC 2012 classification), first place',
    );
  });

  test('a typo gets the corrected name first and a "did you mean"', async ({ page }) => {
    await page.goto('/zh/');
    await page.keyboard.press('/');
    await page.keyboard.type('resnt');
    await expect(page.locator('#site-search-options [role="option"]').first()).toHaveAttribute(
      'data-model-id',
      'resnet',
    );
    await expect(page.locator('.search-popup__message')).toHaveText('你是不是要找 ResNet？');
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

  test('lists entries and directions only: site pages are not search results', async ({ page }) => {
    for (const q of ['ShuffleNet', 'mtcnn', 'notation']) {
      await page.goto(searchUrl('en', { q }));
      for (const id of await resultIds(page)) expect(id).not.toMatch(/notation|about/);
    }
  });

  test('excerpts are sentences of the prose, never the facts panel run together', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'batch norm' }));
    await resultIds(page);
    const excerpts = await page.locator('#search-page-results .search-result__excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) {
      expect(e).not.toMatch(/First public|Venue[A-Z]|Authors[A-Z]|How the figures are computed/);
      expect(e).toMatch(/[.。…]$/);
    }
  });

  test('says "did you mean" with a link when only a corrected spelling matches', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'sqeezenet' }));
    expect((await resultIds(page))[0]).toBe('squeezenet');
    const hint = page.locator('.search-page__hint');
    await expect(hint).toHaveText('Did you mean SqueezeNet?');
    await hint.getByRole('link').click();
    await expect(page).toHaveURL(/\?q=SqueezeNet$/);
    expect((await resultIds(page))[0]).toBe('squeezenet');
    await expect(hint).toBeHidden();
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

  test('filters alone browse the atlas (every face-detection model)', async ({ page }) => {
    const expected = modelsOn('face-detection');
    await page.goto(searchUrl('en', { direction: 'face-detection' }));
    expectFirstPageOf(await resultIds(page), expected);
    await expect(page.locator('#search-page-status')).toHaveText(`${expected.length} models match these filters`);
    for (const m of await page.locator('#search-page-results .search-result__meta').allInnerTexts())
      expect(m).toContain('Face detection');
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
    expectFirstPageOf(await resultIds(page), modelsAt('NeurIPS'));
    // NIPS and NeurIPS are one series.
    for (const m of await page.locator('#search-page-results .search-result__meta').allInnerTexts())
      expect(m).toMatch(/NIPS|NeurIPS/);
    await page.goto(searchUrl('en', { tier: 'full', from: '2017', to: '2018' }));
    await resultIds(page);
    const years = await resultYears(page);
    expect(years.length).toBeGreaterThan(5);
    for (const y of years) expect(y === 2017 || y === 2018).toBe(true);
    await page.goto(searchUrl('en', { decade: '1990' }));
    expectFirstPageOf(await resultIds(page), modelsOfDecade('1990'));
    for (const y of await resultYears(page)) expect(y >= 1990 && y < 2000).toBe(true);
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

  test('the query and filters survive a language switch, and a query typed later too', async ({ page }) => {
    await page.goto(searchUrl('en', { q: 'resnet', direction: 'classification' }));
    await resultIds(page);
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(/\/zh\/search\/\?q=resnet&direction=classification$/);
    await expect(page.locator('#search-page-q')).toHaveValue('resnet');
    expect((await resultIds(page))[0]).toBe('resnet');
    await expect(page.getByRole('checkbox', { name: /^图像分类/ })).toBeChecked();
    await page.locator('#search-page-q').fill('mobilenet');
    // The link is brought up to date as it is about to be used (hover, focus, touch).
    await page.locator('.lang-switch').hover();
    await expect(page.locator('.lang-switch')).toHaveAttribute(
      'href',
      /\/en\/search\/\?q=mobilenet&direction=classification$/,
    );
  });

  // Issue 24's concepts: the method page first, then the models that introduce or use it (its page's list).
  for (const [lang, q, method] of [
    ['en', 'batch norm', 'batch-normalization'],
    ['en', 'depthwise separable', 'depthwise-separable-convolution'],
    ['en', 'triplet loss', 'triplet-loss'],
    ['en', 'anchor boxes', 'anchor-boxes'],
    ['zh', '深度可分离卷积', 'depthwise-separable-convolution'],
  ] as const) {
    test(`/${lang}/ "${q}": the method page, then models that use it`, async ({ page }) => {
      await page.goto(searchUrl(lang, { q }));
      const ids = await resultIds(page);
      expect(ids[0]).toBe(`methods/${method}`);
      const users = modelsUsing(method);
      const next = ids.slice(1, 5).filter((id) => !id.startsWith('methods/'));
      expect(next.length, ids.slice(0, 6).join(', ')).toBeGreaterThan(0);
      expect(
        next.filter((id) => !users.includes(id)),
        ids.slice(0, 6).join(', '),
      ).toEqual([]);
    });
  }

  // The rule behind "人脸对齐" → DeFA: a direction's name finds the direction first; then the models whose own
  // name, alias or paper title says it (DeFA, PIFA, PAWF: 3D face alignment, on the 3D line), then the rest of
  // the line's models; nothing else near the top. A model's own words outweigh the line it is filed under.
  for (const [lang, q, direction] of [
    ['zh', '人脸对齐', 'face-alignment'],
    ['en', 'Face alignment', 'face-alignment'],
    ['zh', '人脸检测', 'face-detection'],
  ] as const) {
    test(`/${lang}/ "${q}": the direction, then models named for it, then the rest of its line`, async ({ page }) => {
      await page.goto(searchUrl(lang, { q }));
      const ids = await resultIds(page);
      expect(ids[0]).toBe(`directions/${direction}`);
      const named = modelsNaming(q);
      const onLine = modelsOn(direction);
      const groups = ids.slice(1, 8).map((id) => (named.includes(id) ? 0 : onLine.includes(id) ? 1 : 2));
      expect(groups, ids.slice(1, 8).join(', ')).not.toContain(2);
      expect(groups, ids.slice(1, 8).join(', ')).toEqual([...groups].sort());
    });
  }
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
