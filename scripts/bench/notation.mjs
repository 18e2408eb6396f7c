// Notation bench: time to load, check and expand every layer spec (median of runs, target < 200 ms),
// the size of the largest expanded diagrams (target: ResNet-152 < 150 KB), and the JS diagrams add (none).
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { loadArchSpecs } from '../../src/lib/notation/load.ts';
import { renderArchitectureSvg } from '../../src/lib/notation/render-svg.ts';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function bench({ dist = 'dist', runs = 7 } = {}) {
  const root = process.cwd();
  const times = [];
  let specs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    specs = loadArchSpecs(root).specs;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const graphs = specs.flatMap((s) => s.graphs);
  console.log(
    `engine: ${specs.length} specs, ${graphs.length} variants loaded, checked and expanded in median ${times[Math.floor(runs / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}; target < 200 ms)`,
  );

  const t1 = performance.now();
  const sizes = graphs.map((g) => ({
    name: `${g.model}/${g.variant.id}`,
    bytes: renderArchitectureSvg(g, { view: 'expanded', lang: 'en' }).length,
  }));
  console.log(`rendering every expanded diagram: ${(performance.now() - t1).toFixed(0)} ms`);
  sizes.sort((a, b) => b.bytes - a.bytes);
  for (const s of sizes.slice(0, 3)) console.log(`  largest expanded: ${s.name} ${kb(s.bytes)}`);
  const r152 = sizes.find((s) => s.name === 'resnet/resnet-152');
  if (r152)
    console.log(
      `expanded ResNet-152: ${kb(r152.bytes)} raw, ${kb(
        gzipSync(
          renderArchitectureSvg(
            graphs.find((g) => g.variant.id === 'resnet-152'),
            { view: 'expanded', lang: 'en' },
          ),
        ).length,
      )} gzipped (target < 150 KB)`,
    );

  const page = readFileSync(`${dist}/en/models/resnet/index.html`, 'utf8');
  const about = readFileSync(`${dist}/en/about/index.html`, 'utf8');
  const scripts = (html) => new Set([...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]));
  const extra = [...scripts(page)].filter((s) => !scripts(about).has(s));
  console.log(
    `model page with diagrams: ${kb(page.length)} HTML; scripts beyond an ordinary page: ${extra.length ? extra.join(', ') : 'none'}`,
  );
}
