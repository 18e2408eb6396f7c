// Bad content stops the real build with a message naming the file and the field or line, and the previous site
// stays byte-identical. One good build is the shared baseline: it is every case's previous site, and it shows that
// what robust reading accepts (a BOM, CRLF line endings) and an image from the model's folder build for real.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCases, cleanup, materialise } from '../support/fixtures.ts';
import { runBuildAsync } from '../support/run-build.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

/** One hash over every file's path and bytes: equal hashes, byte-identical folders. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        hash
          .update(`${relative(dir, path)}\0`)
          .update(readFileSync(path))
          .update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Rewrites a fixture file as a Windows editor might save it: a byte-order mark and CRLF line endings. */
function asWindowsFile(path: string): void {
  writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
}

const baseline = { out: '', digest: '' };

beforeAll(async () => {
  const root = materialise();
  roots.push(root);
  for (const file of [
    'models/beta/facts.yaml',
    'models/beta/en.mdx',
    'models/beta/zh-CN.mdx',
    'directions/second-line.yaml',
  ]) {
    asWindowsFile(join(root, 'content', file));
  }
  baseline.out = join(root, 'site');
  mkdirSync(baseline.out);
  writeFileSync(join(baseline.out, 'stale.html'), 'old');
  const { status, output } = await runBuildAsync({ content: join(root, 'content'), out: baseline.out });
  if (status !== 0) throw new Error(`the baseline fixture does not build:\n${output}`);
  baseline.digest = digest(baseline.out);
});

describe('a build with good content', () => {
  it('replaces the previous site', () => {
    expect(existsSync(join(baseline.out, 'stale.html'))).toBe(false);
    expect(readFileSync(join(baseline.out, 'en/models/alpha/index.html'), 'utf8')).toContain('<html lang="en"');
    expect(readFileSync(join(baseline.out, 'zh/models/alpha/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
  });

  it('reads files with a byte-order mark and CRLF line endings as if they had neither', () => {
    const en = readFileSync(join(baseline.out, 'en/models/beta/index.html'), 'utf8');
    expect(en).toContain('A short test entry about the beta network, used by the build tests.');
    expect(en).not.toContain('\uFEFF');
    expect(readFileSync(join(baseline.out, 'zh/models/beta/index.html'), 'utf8')).toContain(
      '关于 beta 网络的简短测试条目',
    );
  });

  it("shows an image from the model's own folder, served from the site itself", () => {
    const html = readFileSync(join(baseline.out, 'en/models/alpha/index.html'), 'utf8');
    const src = /<img[^>]*alt="A two-pixel plot"[^>]*>/.exec(html)?.[0].match(/src="([^"]+)"/)?.[1];
    expect(src).toMatch(/^\/_astro\/plot\.[\w-]+\.(png|webp)$/);
    expect(existsSync(join(baseline.out, src!))).toBe(true);
  });
});

describe.concurrent('a build with bad content', () => {
  for (const testCase of brokenCases()) {
    it(`fails on ${testCase.name} and leaves the previous site byte-identical`, async () => {
      const root = materialise(testCase);
      roots.push(root);
      const out = join(root, 'site');
      cpSync(baseline.out, out, { recursive: true });
      const { status, output } = await runBuildAsync({ content: join(root, 'content'), out });
      expect(status, output).toBe(1);
      for (const expected of testCase.expect) expect(output).toContain(expected);
      expect(digest(out)).toBe(baseline.digest);
      expect(readdirSync(dirname(out)).filter((f) => f.includes('.staging-'))).toEqual([]);
    });
  }
});
