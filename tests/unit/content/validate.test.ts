import { describe, expect, it } from 'vitest';
import { proseLength, validateContent } from '../../../src/lib/content/validate.ts';
import type { LoadedContent } from '../../../src/lib/content/load.ts';
import { model } from '../charts/fixtures.ts';
import { formatPath, formatIssue } from '../../../src/lib/issues.ts';
import { splitFrontmatter } from '../../../src/lib/content/load.ts';

describe('validator helpers', () => {
  it('counts English words and Chinese characters, not formulas or tags', () => {
    expect(proseLength('One two three $a + b + c$ <Tag prop="x" /> four.', 'en')).toBe(4);
    expect(proseLength('残差网络 ResNet $x$ 很深。', 'zh-CN')).toBe(6);
  });

  it('locates issues as file:line › field', () => {
    expect(formatPath(['metrics', 2, 'source', 'url'])).toBe('metrics[2].source.url');
    expect(formatIssue({ file: 'a.yaml', field: 'year', message: 'bad' })).toBe('a.yaml › year: bad');
    expect(formatIssue({ file: 'a.yaml', message: 'bad' })).toBe('a.yaml: bad');
    expect(formatIssue({ file: 'a.mdx', line: 7, message: 'bad' })).toBe('a.mdx:7: bad');
    expect(formatIssue({ file: 'a.yaml', line: 9, field: 'x[1]', message: 'bad' })).toBe('a.yaml:9 › x[1]: bad');
  });

  it('splits frontmatter and reports where the body starts', () => {
    expect(splitFrontmatter('---\nsummary: x\n---\n\nBody')).toEqual({ frontmatter: 'summary: x', body: '\nBody', bodyLine: 4 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
});

describe('names', () => {
  const content = (...names: Array<{ id: string; name: string; aliases?: string[] }>): LoadedContent => ({
    directions: [],
    models: names.map((n) => ({ file: `content/models/${n.id}/facts.yaml`, data: model({ directions: [], ...n }) })),
    prose: [],
    orphanFolders: [],
    issues: [],
  });
  const nameIssues = (c: LoadedContent) =>
    validateContent(c).filter((i) => i.field === 'name' || i.field?.startsWith('aliases'));

  it('refuses an alias that names another model under the shared name key (an en dash is a hyphen)', () => {
    const issues = nameIssues(
      content({ id: 'inception-v3', name: 'Inception-v3' }, { id: 'other', name: 'Other', aliases: ['Inception–v3'] }),
    );
    expect(issues).toEqual([
      {
        file: 'content/models/other/facts.yaml',
        field: 'aliases[0]',
        message: '"Inception–v3" also names model "inception-v3" ("Inception-v3"): an alias must name one model',
      },
    ]);
  });

  it("refuses an alias that only repeats the model's own name", () => {
    const issues = nameIssues(content({ id: 'net', name: 'Net v2', aliases: ['Net (v2)'] }));
    expect(issues.map((i) => i.message)).toEqual(['"Net (v2)" repeats this model\'s name or another alias']);
  });

  it('lets names through that differ in more than spelling', () => {
    expect(nameIssues(content({ id: 'a', name: 'Inception v3' }, { id: 'b', name: 'Inception v4' }))).toEqual([]);
  });
});
