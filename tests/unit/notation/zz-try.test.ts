import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkSpec } from '/work/main/src/lib/notation/validate.ts';
import { summarize } from '/work/main/src/lib/notation/count.ts';
test('try', () => {
  for (const m of (process.env.MODELS ?? 'lenet,resnet').split(',')) {
    const f = `content/models/${m}/arch.yaml`;
    const r = checkSpec(parse(readFileSync(f, 'utf8')), f, m);
    for (const i of r.issues) console.log('ISSUE', i);
    for (const g of r.graphs) {
      const s = summarize(g);
      const rep = g.reported.map((x) => `${x.metric}=${x.value} (${(((x.metric === 'params' ? s.totals.params : s.totals.mult_adds) / x.value - 1) * 100).toFixed(2)}%)`).join(' ');
      console.log(g.variant.id, s.totals.params, (s.totals.mult_adds / 1e6).toFixed(1) + 'M', 'out', s.layers[s.layers.length - 1]!.output, rep);
      if (process.env.DUMP === g.variant.id) for (const l of s.layers) console.log('  ', l.name, l.type, l.label, l.output, l.params, l.mult_adds);
    }
  }
});
