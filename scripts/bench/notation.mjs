// Notation bench (issue 16's targets): the engine over every layer spec — load, check, expand, count — in
// under 1 s (wall time, median of runs, and CPU time, first run and median: these machines are small and
// shared); the largest diagram any page embeds or offers for download under 150 KB of SVG (the five largest
// listed, those over the target flagged); and a model page's architecture section holds no JavaScript.
// Called by scripts/bench.mjs as bench({ dist }); or alone: node scripts/bench/notation.mjs [--dist dist]
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadArchSpecs } from '../../src/lib/notation/load.ts';
import { architectureSections } from '../../src/lib/notation/page-model.ts';
import { renderArchitectureSvg, renderFigureSvg } from '../../src/lib/notation/render-svg.ts';

const ENGINE_TARGET_MS = 1000;
const SVG_TARGET_BYTES = 150 * 1024;
/** The width model pages wrap diagrams at (Architecture.astro). */
const PAGE_WIDTH = 760;
/** Pages to check for scripts: the largest diagrams' models and a plain CNN. */
const PAGES = ['mask-r-cnn', 'nasnet', 'dcgan', 'resnet'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeEngine(root, runs) {
  const wall = [];
  const cpu = [];
  let specs = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    specs = loadArchSpecs(root).specs;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { specs, wall, cpu };
}

/**
 * Every diagram the site serves: each variant in both views (the download files, 1100 wide, one for both
 * languages) and each page diagram (the English copy; the Chinese has the same layout).
 */
function everyDiagram(specs) {
  const specOf = (m) => specs.find((s) => s.model === m)?.spec;
  const out = [];
  for (const { model, spec, graphs } of specs) {
    for (const view of ['compact', 'expanded']) {
      for (const g of graphs)
        out.push({ name: `${model}/${g.variant.id} ${view}`, svg: renderArchitectureSvg(g, { view, lang: 'all' }) });
      for (const section of architectureSections(spec, graphs, specOf)) {
        if (!section.figure) continue;
        const featured = section.networks.map((n) => n.featured);
        const feeds = Object.fromEntries(section.networks.map((n) => [n.id, n.feeds]));
        const opts = { view, lang: 'en', maxWidth: PAGE_WIDTH, name: model, feeds };
        out.push({ name: `${model}/figure-${section.id} ${view} (page)`, svg: renderFigureSvg(featured, opts) });
      }
      for (const g of graphs)
        out.push({
          name: `${model}/${g.variant.id} ${view} (page)`,
          svg: renderArchitectureSvg(g, { view, lang: 'en', maxWidth: PAGE_WIDTH }),
        });
    }
  }
  return out;
}

/** Scripts and event handlers inside a model page's architecture section (its diagrams and tables): none. */
function printScripts(dist) {
  console.log('JavaScript in the architecture section of model pages (target: none):');
  for (const model of PAGES) {
    const file = `${dist}/en/models/${model}/index.html`;
    if (!existsSync(file)) {
      console.log(`  ${model}: not built in ${dist}/ (npm run build first)`);
      continue;
    }
    const page = readFileSync(file, 'utf8');
    const section = page.match(/<section class="architecture"[\s\S]*?<\/section>/)?.[0] ?? '';
    const scripts = section.match(/<script\b/g)?.length ?? 0;
    const handlers = section.match(/\son[a-z]+=/g)?.length ?? 0;
    console.log(
      `  ${model}: section ${kb(section.length)} of ${kb(page.length)} HTML; ${scripts} scripts, ${handlers} event handlers`,
    );
  }
}

export async function bench({ dist = 'dist', runs = 7 } = {}) {
  const root = process.cwd();
  const { specs, wall, cpu } = timeEngine(root, runs);
  const graphs = specs.flatMap((s) => s.graphs);
  const verdict = (ms) => (ms < ENGINE_TARGET_MS ? 'within' : 'OVER');
  console.log(
    `engine: ${specs.length} specs, ${graphs.length} networks × variants loaded, checked, expanded and counted` +
      `\n  wall: median ${median(wall).toFixed(0)} ms (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)})` +
      `\n  CPU: first run ${cpu[0].toFixed(0)} ms, median ${median(cpu).toFixed(0)} ms — ${verdict(median(cpu))} the ${ENGINE_TARGET_MS} ms target`,
  );

  const t1 = performance.now();
  const diagrams = everyDiagram(specs);
  console.log(
    `rendering ${diagrams.length} diagrams (downloads in both languages, page copies in English): ${(performance.now() - t1).toFixed(0)} ms`,
  );
  diagrams.sort((a, b) => b.svg.length - a.svg.length);
  for (const d of diagrams.slice(0, 5))
    console.log(
      `  ${d.svg.length > SVG_TARGET_BYTES ? 'OVER ' : '     '}${d.name}: ${kb(d.svg.length)} raw, ${kb(gzipSync(d.svg).length)} gzipped`,
    );
  const over = diagrams.filter((d) => d.svg.length > SVG_TARGET_BYTES);
  const largestOf = (model) => diagrams.find((d) => d.name.startsWith(`${model}/`));
  for (const model of ['mask-r-cnn', 'stylegan']) {
    const d = largestOf(model);
    console.log(`  largest ${model}: ${d ? `${d.name}, ${kb(d.svg.length)} (target < 150 KB)` : 'no spec yet'}`);
  }
  console.log(
    `  ${over.length} of ${diagrams.length} diagrams over 150 KB${over.length ? `: ${over.map((d) => d.name).join('; ')}` : ''}`,
  );
  printScripts(dist);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  await bench({ dist: values.dist });
}
