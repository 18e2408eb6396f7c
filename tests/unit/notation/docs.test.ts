/**
 * The spec format's documentation stays true: every complete spec in docs/notation.md (a ```yaml block that
 * starts with `model:` and states its counts) is checked and built against the real specs (for its backbones by reference), and each
 * network gives the parameter count the block's last line states (`# parameters: two-stage 70,535,510; …`).
 * (The first example, an outline with `…`, has no such line.) The counts are derived by hand in the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { totals } from '../../../src/lib/notation/count.ts';
import { buildGraph } from '../../../src/lib/notation/graph.ts';
import { loadArchSpecs } from '../../../src/lib/notation/load.ts';
import { checkSpec } from '../../../src/lib/notation/validate.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const DOC = readFileSync(`${ROOT}docs/notation.md`, 'utf8');
const { specs } = loadArchSpecs(ROOT);
const specOf = (model: string) => specs.find((s) => s.model === model)?.spec;

const blocks = [...DOC.matchAll(/```yaml\n(model:[\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => /^# parameters:/m.test(b));

/** `# parameters: a 1,234; b 56` → { a: 1234, b: 56 }. */
function stated(block: string): Record<string, number> {
  const line = block.match(/^# parameters: (.*)$/m)?.[1] ?? '';
  return Object.fromEntries(
    line.split(';').map((part) => {
      const [id, count] = part.trim().split(/\s+/);
      return [id!, Number(count!.replace(/,/g, ''))];
    }),
  );
}

describe('docs/notation.md', () => {
  it('has a complete, stated spec for every family it walks through', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  for (const block of blocks) {
    const model = block.match(/^model: (\S+)/)![1]!;
    it(`${model}: is a valid spec whose networks give the stated parameters`, () => {
      const raw = parse(block);
      const { issues, spec } = checkSpec(raw, 'docs/notation.md', undefined, specOf);
      expect(issues).toEqual([]);
      const counts = Object.fromEntries(
        spec!.networks.map((n) => [n.id, totals(buildGraph(spec!, { network: n.id, specs: specOf })).params]),
      );
      expect(counts).toEqual(stated(block));
    });
  }
});
