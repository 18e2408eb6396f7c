import { describe, expect, it } from 'vitest';
import { proseLength } from '../../../src/lib/content/validate.ts';
import { fieldPath, formatIssue } from '../../../src/lib/content/issues.ts';
import { splitFrontmatter } from '../../../src/lib/content/load.ts';

describe('validator helpers', () => {
  it('counts English words and Chinese characters, not formulas or tags', () => {
    expect(proseLength('One two three $a + b + c$ <Tag prop="x" /> four.', 'en')).toBe(4);
    expect(proseLength('残差网络 ResNet $x$ 很深。', 'zh-CN')).toBe(6);
  });

  it('locates issues as file › field', () => {
    expect(fieldPath(['metrics', 2, 'source', 'url'])).toBe('metrics[2].source.url');
    expect(formatIssue({ file: 'a.yaml', field: 'year', message: 'bad' })).toBe('a.yaml › year: bad');
    expect(formatIssue({ file: 'a.yaml', message: 'bad' })).toBe('a.yaml: bad');
  });

  it('splits frontmatter and reports where the body starts', () => {
    expect(splitFrontmatter('---\nsummary: x\n---\n\nBody')).toEqual({ frontmatter: 'summary: x', body: '\nBody', bodyLine: 4 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
});
