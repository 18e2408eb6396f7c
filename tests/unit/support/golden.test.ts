import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden, stableJson, svgLines } from '../../support/golden.ts';

const outputs = (svg: string, hashed = 'abc') => ({
  files: new Map([['a/map.svg', svgLines(svg)]]),
  hashed: new Map([['big.svg', hashed]]),
});

function goldenWith(svg: string, hashed?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  process.env.UPDATE_GOLDEN = '1';
  expectGolden('engine', outputs(svg, hashed), dir);
  delete process.env.UPDATE_GOLDEN;
  return dir;
}

afterEach(() => {
  delete process.env.UPDATE_GOLDEN;
});

describe('golden outputs', () => {
  it('passes when every output is as stored', () => {
    const dir = goldenWith('<svg><g/></svg>');
    expect(() => expectGolden('engine', outputs('<svg><g/></svg>'), dir)).not.toThrow();
  });

  it('names the changed file and line, and the changed hashed output', () => {
    const dir = goldenWith('<svg><g/><rect/></svg>');
    expect(() => expectGolden('engine', outputs('<svg><g/><circle/></svg>', 'abd'), dir)).toThrow(
      /changed {2}a\/map\.svg, line 3\n.*was: <rect\/>\n.*now: <circle\/>[\s\S]*changed {2}big\.svg \(hashed/,
    );
  });

  it('reports outputs that are new and files that nothing produces any more', () => {
    const dir = goldenWith('<svg/>');
    writeFileSync(join(dir, 'engine', 'old.json'), '{}\n');
    const more = outputs('<svg/>');
    more.files.set('b.json', '{}\n');
    expect(() => expectGolden('engine', more, dir)).toThrow(/new {6}b\.json[\s\S]*gone {5}old\.json/);
  });

  it('rewrites the folder when UPDATE_GOLDEN=1, dropping what is gone', () => {
    const dir = goldenWith('<svg/>');
    writeFileSync(join(dir, 'engine', 'old.json'), '{}\n');
    process.env.UPDATE_GOLDEN = '1';
    expectGolden('engine', outputs('<svg><g/></svg>'), dir);
    delete process.env.UPDATE_GOLDEN;
    expect(readFileSync(join(dir, 'engine', 'a/map.svg'), 'utf8')).toBe('<svg>\n<g/>\n</svg>\n');
    expect(() => expectGolden('engine', outputs('<svg><g/></svg>'), dir)).not.toThrow();
  });

  it('writes JSON one record per line, Maps in order, numbers to a millionth', () => {
    const json = stableJson({ m: new Map([['b', { x: 0.1 + 0.2 }]]), s: new Set([2, 1]) });
    expect(json).toBe('{\n  "m": [\n    ["b",{"x":0.3}]\n  ],\n  "s": [\n    2,\n    1\n  ]\n}\n');
  });
});
