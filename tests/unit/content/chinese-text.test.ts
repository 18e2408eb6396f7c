import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  compileGlossary,
  findVariants,
  glossarySchema,
  glossText,
  unsafePattern,
  glossaryConflicts,
} from '../../../src/lib/content/glossary.ts';
import { checkChineseText, straightQuotes } from '../../../src/lib/content/chinese-text.ts';
import { runningText, textBlock } from '../../../src/lib/content/running-text.ts';
import { parseProse } from '../../../src/lib/content/prose-tree.ts';
import { formatIssue } from '../../../src/lib/issues.ts';

const terms = compileGlossary(
  glossarySchema.parse({
    terms: [
      { en: 'filter', zh: '卷积核', avoid: ['滤波器'], except: ['高斯滤波器'] },
      { en: 'shortcut / skip connection', zh: '跳连', avoid: ['跳连接'], gloss: true },
      { en: 'stem', zh: '起始层', avoid: ['/主干(?!网络)/'] },
      { en: 'top-k error rate', zh: 'top-k 错误率', avoid: ['/top-\\d\\s?(验证)?误差/'] },
      { en: 'intersection over union (IoU)', zh: '交并比', avoid: [], gloss: true },
      { en: 'mean intersection over union (mIoU)', zh: '平均交并比', avoid: [] },
    ],
  }),
);

function page(body: string): string[] {
  const parsed = parseProse(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return checkChineseText({ file: 'x/zh-CN.mdx', blocks: runningText(parsed.tree), lineOffset: 3, page: true }, terms).map(formatIssue);
}

describe('refused variants', () => {
  it('names the file, the line, the variant and the rendering to use', () => {
    expect(page('第一行。\n\n这里用 64 个滤波器。')).toEqual([
      'x/zh-CN.mdx:6: "滤波器" is a variant the glossary refuses: write 卷积核 (filter)',
    ]);
  });

  it('masks except phrases first, and matches regular expressions', () => {
    expect(findVariants('先做高斯滤波器平滑，再用滤波器。', terms).map((f) => [f.at, f.variant])).toEqual([[12, '滤波器']]);
    expect(findVariants('主干网络与主干；top-5 误差和 top-1 验证误差', terms).map((f) => f.variant)).toEqual(['主干', 'top-5 误差', 'top-1 验证误差']);
  });

  it('exempts code, math and link targets, but not link text', () => {
    expect(page('`滤波器` 与 $\\text{滤波器}$ 和 [卷积核](https://e.org/滤波器)。')).toEqual([]);
    expect(page('见 [滤波器](../vgg/)。')).toHaveLength(1);
  });

  it('checks data fields by field, without lines', () => {
    const issues = checkChineseText({ file: 'f.yaml', field: 'notes[0].zh-CN', blocks: [textBlock('用"滤波器"')], page: false }, terms);
    expect(issues.map(formatIssue)).toEqual([
      'f.yaml › notes[0].zh-CN: "滤波器" is a variant the glossary refuses: write 卷积核 (filter)',
      'f.yaml › notes[0].zh-CN: straight quotes "…" in Chinese text: write “…”',
    ]);
  });
});

describe('straight quotes', () => {
  it('finds "…" around Chinese, a lone one beside Chinese, and leaves quoted English alone', () => {
    expect(straightQuotes('所谓"瓶颈"结构')).toEqual([2]);
    expect(straightQuotes('论文称之为 "bottleneck"，即瓶颈')).toEqual([]);
    expect(straightQuotes('只有一个"引号')).toEqual([4]);
    expect(straightQuotes('“已经是弯引号”')).toEqual([]);
  });

  it('exempts code and math on a page', () => {
    expect(page('写作 `"瓶颈"` 与 $\\text{"a"}$。')).toEqual([]);
    expect(page('所谓"瓶颈"结构。')).toEqual(['x/zh-CN.mdx:4: straight quotes "…" in Chinese text: write “…”']);
  });
});

describe('first-use glosses', () => {
  it('wants the English in brackets after the first use outside headings, and only there', () => {
    expect(page('## 跳连\n\n残差模块加一条跳连（shortcut），之后的跳连不再注明。')).toEqual([]);
    expect(page('## 跳连\n\n残差模块加一条跳连，之后的跳连（shortcut）。')).toEqual([
      'x/zh-CN.mdx:6: first use of "跳连" on the page needs its English: 跳连（shortcut）',
    ]);
  });

  it('accepts the gloss after a closing quote or emphasis, and not a half-width bracket', () => {
    expect(page('一段“跳连”（shortcut）。')).toEqual([]);
    expect(page('一段**交并比**（IoU）。')).toEqual([]);
    expect(page('一段交并比(IoU)。')).toHaveLength(1);
  });

  it("counts a use inside another term's longer rendering as that term's (平均交并比 is mIoU)", () => {
    expect(page('平均交并比为 80%，交并比（IoU）阈值 0.5。')).toEqual([]);
    expect(page('平均交并比为 80%。')).toEqual([]);
  });

  it('suggests the abbreviation, or the first spelling without remarks', () => {
    expect(glossText('intersection over union (IoU)')).toBe('IoU');
    expect(glossText('mean average precision (mAP)')).toBe('mAP');
    expect(glossText('shortcut / skip connection')).toBe('shortcut');
    expect(glossText('stem (the first layers before the first stage)')).toBe('stem');
  });
});

describe('the glossary file', () => {
  it('refuses patterns that could backtrack: unbounded or nested repeats, back-references', () => {
    expect(unsafePattern('top-\\d\\s?(验证)?误差')).toBeUndefined();
    expect(unsafePattern('主干(?!网络)')).toBeUndefined();
    expect(unsafePattern('a\\s*b')).toMatch(/repeats without a bound/);
    expect(unsafePattern('(a{1,2}){1,3}')).toMatch(/nests one repeat inside another/);
    expect(unsafePattern('(a)\\1')).toMatch(/back-references/);
    expect(glossarySchema.safeParse({ terms: [{ en: 'x', zh: '某', avoid: ['/(a+)+$/'] }] }).success).toBe(false);
  });

  it('is valid, and refuses none of its own renderings', () => {
    const glossary = glossarySchema.parse(parse(readFileSync('content/glossary/zh-CN.yaml', 'utf8')));
    expect(glossaryConflicts(compileGlossary(glossary))).toEqual([]);
  });
});
