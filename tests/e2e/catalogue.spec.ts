// Method and benchmark pages in both languages: what they show, computed from the specs and the facts, and
// the links between them, the model pages and the compare table.
import { test, expect } from './fixtures.ts';

test.describe('a method page', () => {
  for (const [segment, users, introduced] of [
    ['en', 'Models that use it', 'Introduced by'],
    ['zh', '使用它的模型', '提出者'],
  ] as const) {
    test(`shows the formula, icon, introducer, a diagram inside a model and its users in time order (${segment})`, async ({
      page,
    }) => {
      await page.goto(`/${segment}/methods/squeeze-and-excitation/`);
      await expect(page.locator('.method-formula .katex-display')).toBeVisible();
      await expect(page.locator('aside.facts .notation-icon svg')).toBeVisible();
      const facts = page.locator('aside.facts');
      await expect(facts.getByText(introduced)).toBeVisible();
      await expect(facts.locator('[data-introduced-by] a')).toHaveAttribute('href', `/${segment}/models/senet/`);
      await expect(page.locator('.method-excerpt svg')).toBeVisible();
      await expect(page.getByRole('heading', { name: users })).toBeVisible();
      const rows = page.locator('.users-list li');
      const models = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-model')));
      expect(models.slice(0, 1)).toEqual(['senet']);
      expect(models).toEqual(expect.arrayContaining(['mnasnet', 'efficientnet']));
    });
  }

  test('names the paper when the atlas has no entry for the introducer', async ({ page }) => {
    await page.goto('/en/methods/batch-normalization/');
    await expect(page.locator('[data-introduced-by]')).toContainText(
      'Batch Normalization: Accelerating Deep Network Training',
    );
    await expect(page.locator('[data-introduced-by]').getByRole('link', { name: '1502.03167' })).toBeVisible();
  });

  test('is linked from the model pages of its users, and links back to them', async ({ page }) => {
    await page.goto('/en/models/mobilenet-v2/');
    await page.locator('aside.facts').getByRole('link', { name: 'Inverted residual with linear bottleneck' }).click();
    await expect(page).toHaveURL(/\/en\/methods\/inverted-residual\/$/);
    await expect(page.locator('.users-list li[data-model="mobilenet-v2"] .tag').first()).toBeVisible();
  });
});

test.describe('a benchmark page', () => {
  for (const [segment, boards] of [
    ['en', 'Leaderboards'],
    ['zh', '排行榜'],
  ] as const) {
    test(`groups results by protocol, never mixing splits or ensembles, with sources and a best-over-time chart (${segment})`, async ({
      page,
    }) => {
      await page.goto(`/${segment}/benchmarks/lfw/`);
      await expect(page.getByRole('heading', { name: boards })).toBeVisible();
      const keys = await page.locator('section.board').evaluateAll((s) => s.map((x) => x.getAttribute('data-board')));
      expect(keys).toContain('unrestricted--accuracy--test--single');
      expect(keys).toContain('unrestricted--accuracy--test--ensemble');
      expect(new Set(keys).size).toBe(keys.length);
      const board = page.locator('section.board[data-board="unrestricted--accuracy--test--single"]');
      const values = await board
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-value'))));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      await expect(board.locator('tbody tr').first().locator('td').last()).not.toBeEmpty();
      await expect(board.locator('svg[data-sota] .sota-pt--record').first()).toBeVisible();
    });
  }

  test('steps its best-over-time line only towards better results', async ({ page }) => {
    await page.goto('/en/benchmarks/300-w/');
    const board = page.locator('section.board[data-board="challenging--nme--test--single"]');
    // Records in time order: for NME (lower is better) every record is lower, so drawn lower on the chart.
    const ys = await board.locator('.sota-pt--record circle').evaluateAll((cs) =>
      cs
        .map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }))
        .sort((a, b) => a.x - b.x)
        .map((p) => p.y),
    );
    expect(ys.length).toBeGreaterThan(1);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
  });

  test("is linked from a model's results, to the right board", async ({ page }) => {
    await page.goto('/en/models/arcface/');
    await page.locator('table.metrics-table a', { hasText: 'LFW (6,000 pairs)' }).first().click();
    await expect(page).toHaveURL(/\/en\/benchmarks\/lfw\/#board-unrestricted--accuracy--test--single$/);
  });
});

test('the compare table filters by benchmark and board and shows the chosen board’s results', async ({ page }) => {
  await page.goto('/en/compare/');
  await page.locator('[data-filter-benchmark]').selectOption('megaface');
  await page.locator('[data-filter-board]').selectOption('megaface/original--rank-1-identification--test--single');
  await expect(page.locator('[data-board-column]')).toBeVisible();
  const visible = page.locator('[data-compare-table] tbody tr:not([hidden])');
  await expect(visible.first()).toBeVisible();
  const ids = await visible.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
  expect(ids).toEqual(expect.arrayContaining(['cosface', 'arcface', 'sphereface']));
  expect(ids).not.toContain('resnet');
  await expect(page.locator('[data-compare-table] tr[data-id="cosface"] [data-board-cell]')).toHaveText('82.72 %');
});
