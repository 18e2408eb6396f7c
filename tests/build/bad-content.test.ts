// Bad content stops the real build with a message naming the file and field, and the previous site stays.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, cleanup, materialise } from '../support/fixtures.ts';
import { runBuild } from '../support/run-build.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

describe('a build with bad content', () => {
  for (const testCase of brokenCases()) {
    it(`fails on ${testCase.name} and leaves the previous site intact`, () => {
      const root = materialise(testCase);
      roots.push(root);
      const out = join(root, 'site');
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), 'previous good site');
      const { status, output } = runBuild({ content: join(root, 'content'), out });
      expect(status).toBe(1);
      for (const expected of testCase.expect) expect(output).toContain(expected);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous good site');
      expect(readdirSync(dirname(out)).filter((f) => f.includes('.staging-'))).toEqual([]);
    });
  }
});

describe('a build with good content', () => {
  it('replaces the previous site', () => {
    const root = materialise();
    roots.push(root);
    const out = join(root, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.html'), 'old');
    const { status, output } = runBuild({ content: join(root, 'content'), out });
    expect(status, output).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(readFileSync(join(out, 'en/models/alpha/index.html'), 'utf8')).toContain('<html lang="en"');
    expect(readFileSync(join(out, 'zh/models/alpha/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
  });
});
