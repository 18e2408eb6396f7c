// Content guard bench: time to check all of content/ (median of runs), and the same on a synthetic copy ten
// times its size (every model folder written ten times under new ids), to show the guard stays linear.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { checkContentFolder } from '../../src/lib/check.ts';

const COPIES = 10;

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeGuard(root, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = checkContentFolder(root);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), models: result.content.models.length, issues: result.issues.length };
}

/** content/ with every model folder copied `copies` times: new ids and names, the same prose and specs. */
function syntheticCopy(copies) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-guard-bench-'));
  cpSync('content', join(root, 'content'), { recursive: true, filter: (src) => !src.includes('/models/') });
  for (const id of readdirSync('content/models')) {
    for (let k = 0; k < copies; k++) {
      const copy = k === 0 ? id : `${id}-x${k}`;
      const dir = join(root, 'content/models', copy);
      mkdirSync(dir, { recursive: true });
      cpSync(join('content/models', id), dir, { recursive: true });
      if (k === 0) continue;
      const facts = parse(readFileSync(join(dir, 'facts.yaml'), 'utf8'));
      Object.assign(facts, { id: copy, name: `${facts.name} x${k}`, aliases: facts.aliases?.map((a) => `${a} x${k}`) });
      writeFileSync(join(dir, 'facts.yaml'), stringify(facts));
      const arch = join(dir, 'arch.yaml');
      if (existsSync(arch)) writeFileSync(arch, readFileSync(arch, 'utf8').replace(/^model: .*$/m, `model: ${copy}`));
    }
  }
  return root;
}

export async function bench({ runs = 3 } = {}) {
  const real = timeGuard(process.cwd(), runs);
  console.log(
    `content guard on content/: ${real.models} models in median ${real.ms.toFixed(0)} ms (${real.issues} issues)`,
  );
  const root = syntheticCopy(COPIES);
  try {
    const big = timeGuard(root, runs);
    console.log(
      `content guard on ${COPIES}× content: ${big.models} models in median ${big.ms.toFixed(0)} ms (${(big.ms / real.ms).toFixed(1)}× the time; ${big.issues} issues)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
