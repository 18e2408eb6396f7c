/** The SVG renderer: standalone, deterministic, one notation, compact and expanded views, size budget. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGraph } from '../../../src/lib/notation/graph.ts';
import { archSpecSchema } from '../../../src/lib/notation/spec-schema.ts';
import { ICONS, LEGEND, renderLegendIcon, siteThemeStyleSheet, styleSheet } from '../../../src/lib/notation/icons.ts';
import { FAMILIES } from '../../../src/lib/notation/layers/index.ts';
import { STRUCTURE_IDS, structureExamples } from '../../../src/lib/notation/legend-examples.ts';
import { loadArchSpecs } from '../../../src/lib/notation/load.ts';
import { defaultIdPrefix, renderArchitectureSvg } from '../../../src/lib/notation/render-svg.ts';
import { textWidth } from '../../../src/lib/notation/render/labels.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const { specs } = loadArchSpecs(ROOT);
const specOf = (model: string) => specs.find((s) => s.model === model)?.spec;
const graphOf = (model: string, variant?: string, network?: string) =>
  buildGraph(specOf(model)!, { variant, network, specs: specOf });

/** How many icons of these families (`a|b`) a drawing shows: its `<use>`s of their definitions. */
const uses = (svg: string, families: string) =>
  svg.match(new RegExp(`<use href="#[^"]*-(${families})"`, 'g'))?.length ?? 0;

/** Minimal well-formedness check: tags balance and attributes are quoted. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  const stripped = svg.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, '');
  return stack.length === 0 && !/[<>]/.test(stripped);
}

describe('a standalone SVG document', () => {
  const resnet50 = graphOf('resnet', 'resnet-50');
  for (const view of ['compact', 'expanded'] as const) {
    it(`${view}: xmlns, title, desc, viewBox, no scripts, well-formed`, () => {
      const svg = renderArchitectureSvg(resnet50, { view, lang: 'en' });
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(svg).toContain(
        `<title id="${defaultIdPrefix(resnet50, view)}title">ResNet-50: architecture diagram (${view} view)</title>`,
      );
      expect(svg).toMatch(
        /<desc [^>]*>\d+ layers, 25,557,032 parameters, 3\.86 G multiply-adds; input 3×224×224\.<\/desc>/,
      );
      expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(wellFormed(svg)).toBe(true);
    });
  }

  it('is deterministic', () => {
    const a = renderArchitectureSvg(graphOf('googlenet', 'googlenet'), { view: 'expanded', lang: 'zh-CN' });
    const b = renderArchitectureSvg(graphOf('googlenet', 'googlenet'), { view: 'expanded', lang: 'zh-CN' });
    expect(a).toBe(b);
  });

  it('speaks the page language', () => {
    const svg = renderArchitectureSvg(graphOf('resnet', 'resnet-50'), { view: 'compact', lang: 'zh-CN' });
    expect(svg).toContain('lang="zh-CN"');
    expect(svg).toContain('ResNet-50 网络结构图（紧凑视图）');
    expect(svg).toContain('个参数');
  });

  it('keeps ids unique per diagram so both views can share a page', () => {
    const g = graphOf('resnet', 'resnet-18');
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const compact = ids(renderArchitectureSvg(g, { view: 'compact', lang: 'en' }));
    const expanded = ids(renderArchitectureSvg(g, { view: 'expanded', lang: 'en' }));
    expect(new Set([...compact, ...expanded]).size).toBe(compact.length + expanded.length);
    expect(
      ids(renderArchitectureSvg(g, { view: 'compact', lang: 'en', idPrefix: 'x-' })).every((id) =>
        id!.startsWith('x-'),
      ),
    ).toBe(true);
  });
});

describe('one notation', () => {
  it('gives every family an icon of its own shape and a legend entry in both languages', () => {
    const bodies = FAMILIES.map((f) => ICONS[f].body);
    expect(new Set(bodies).size).toBe(FAMILIES.length);
    expect(LEGEND.map((e) => e.family).sort()).toEqual([...FAMILIES].sort());
    for (const e of LEGEND) {
      expect(e.name.en && e.name['zh-CN'] && e.description.en && e.description['zh-CN']).toBeTruthy();
      // Icons draw in currentColor with fills from classes: no colour attributes in the shapes.
      expect(ICONS[e.family].body).not.toMatch(/fill="#|stroke="#/);
    }
  });

  it('colours families through CSS custom properties with light and dark fallbacks', () => {
    const css = styleSheet();
    expect(css).toContain('.nt-conv{fill:var(--nt-conv,#9ecae1)}');
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain('.nt-n,.nt-m{stroke:currentColor');
  });

  it('gives the site one :root sheet with every family in light and dark, for inline diagrams to follow the theme', () => {
    const css = siteThemeStyleSheet();
    expect(css.startsWith(':root{')).toBe(true);
    expect(css.match(/\{/g)).toHaveLength(1);
    for (const f of FAMILIES) expect(css).toContain(`--nt-${f}:light-dark(${ICONS[f].light},${ICONS[f].dark})`);
    expect(css).toContain('--nt-ink:var(--fg)');
  });

  it('gives each family its class once, on its definition, and none to the many icons that use it', () => {
    const svg = renderArchitectureSvg(graphOf('resnet', 'resnet-50'), { view: 'expanded', lang: 'en' });
    const prefix = defaultIdPrefix(graphOf('resnet', 'resnet-50'), 'expanded');
    expect(svg).toContain(`<g id="${prefix}conv" class="nt-n nt-conv">`);
    expect(svg.match(/class="nt-n nt-conv"/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<use [^>]*class=/);
  });

  it('draws a legend icon as its own SVG', () => {
    const svg = renderLegendIcon('dwconv', 'zh-CN');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/);
    expect(svg).toContain('<title>深度卷积</title>');
    expect(svg).toContain('class="nt-n nt-dwconv"');
  });

  it('labels kernel, stride and channels, and shows feature-map sizes in a strip', () => {
    const svg = renderArchitectureSvg(graphOf('vgg', 'vgg-16'), { view: 'expanded', lang: 'en' });
    expect(svg).toContain('>3×3<');
    expect(svg).toContain('>max 2×2 /2<');
    expect(svg).toContain('>512<');
    expect(svg).toMatch(/class="nt-t nt-d"[^>]*>(224×224|224²)</);
    expect(svg).toMatch(/class="nt-t nt-d"[^>]*>(14×14|14²)</);
  });

  const stripLabels = (svg: string) =>
    [...svg.matchAll(/<text class="nt-t nt-d" x="[^"]*" y="[^"]*">([^<]*)</g)].map((m) =>
      m[1]!.replace(/(\d+)²/g, '$1×$1'),
    );

  it('labels each stretch of the size strip with its own size, not the size the item ends at', () => {
    // A ×2 repeat that halves the map, then a head at 4×4 that the 16×16 flow passes by.
    const spec = archSpecSchema.parse(
      parse(`model: toy
networks:
  - id: n
    name: N
    input: [3, 16, 16]
    layers:
      - seq: [{ conv: { k: 3, c: 8, p: 1 } }, { conv: { k: 3, c: 8, s: 2, p: 1, round: floor } }]
        repeat: 2
      - upsample: { scale: 4 }
      - head: [{ maxpool: { k: 4 } }, { conv: { k: 3, c: 4, p: 1 } }]
      - conv: { k: 1, c: 8 }
`),
    );
    const svg = renderArchitectureSvg(buildGraph(spec), { view: 'expanded', lang: 'en', maxWidth: 2000 });
    expect(stripLabels(svg)).toEqual(['16×16', '8×8', '4×4', '16×16', '4×4', '16×16']);
    // In the compact view the ×2 repeat is one run whose instances work at different sizes: it shows the range.
    const compact = renderArchitectureSvg(buildGraph(spec), { view: 'compact', lang: 'en', maxWidth: 2000 });
    expect(stripLabels(compact)).toContain('16×16–4×4');
  });

  it('shows the RoI’s size under a head after RoI pooling, not the image map’s (Pose2Seg’s 64×64)', () => {
    const svg = renderArchitectureSvg(graphOf('pose2seg'), { view: 'compact', lang: 'en' });
    expect(stripLabels(svg)).toContain('64×64');
    expect(stripLabels(svg).at(-1)).toBe('64×64');
  });
});

describe('links', () => {
  it('draws a tensor read through an attribute (SegNet’s pooling indices) dashed, an input read by name solid', () => {
    const svg = renderArchitectureSvg(graphOf('segnet'), { view: 'expanded', lang: 'en' });
    expect(svg).toContain('.nt-l{stroke-dasharray:');
    expect(svg).toMatch(/<path class="nt-s nt-l" d="M/);
    // U-Net's skips are concatenated inputs, not attributes: no dashed path, and no dashed style either.
    const unet = renderArchitectureSvg(graphOf('u-net'), { view: 'expanded', lang: 'en' });
    expect(unet).toMatch(/<path class="nt-s" d="M/);
    expect(unet).not.toContain('nt-l');
  });

  it('keeps the style link of an AdaIN drawn as a mark under its convolution (StyleGAN’s per-layer styles)', () => {
    const spec = archSpecSchema.parse(
      parse(`model: toy
networks:
  - id: g
    name: G
    input: { shape: [8], kind: latent, name: z }
    layers:
      - { fc: 8, name: w }
      - const: [4, 2, 2]
      - conv: { k: 3, c: 4, p: 1 }
      - adain: { style: w }
`),
    );
    const svg = renderArchitectureSvg(buildGraph(spec), { view: 'expanded', lang: 'en' });
    expect(svg).toMatch(/<path class="nt-s nt-l" d="M[^"]*[Qq]/);
  });

  it('names a tag after the item that made the tensor, not a head run that only read it (FPN’s p3, not rpn.1)', () => {
    const svg = renderArchitectureSvg(graphOf('faster-r-cnn', 'r50-fpn'), { view: 'compact', lang: 'en' });
    for (const level of ['p2', 'p3', 'p4', 'p5']) expect(svg).toContain(`>${level} →<`);
    expect(svg).not.toMatch(/>rpn\.\d →</);
  });

  it('names stacked arcs that leave one backbone box, each tag readable and none over another (Mask R-CNN’s p2–p5)', () => {
    for (const [model, variant] of [
      ['mask-r-cnn', 'mask-r-cnn'],
      ['maskx-r-cnn', 'maskx-r-cnn-r50'],
    ] as const) {
      const svg = renderArchitectureSvg(graphOf(model, variant), { view: 'compact', lang: 'en' });
      const tags = [
        ...svg.matchAll(
          /<g class="nt-tg"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*\/><text[^>]*>([^<]*)</g,
        ),
      ].map((m) => ({ x: +m[1]!, y: +m[2]!, w: +m[3]!, text: m[4]! }));
      for (const level of ['p2', 'p3', 'p4', 'p5']) expect(tags.map((t) => t.text)).toContain(level);
      for (const a of tags)
        for (const b of tags)
          if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || Math.abs(a.y - b.y) >= 9).toBe(true);
    }
  });
});

describe('the legend’s structure examples', () => {
  it('draws every structure with the real engine, in both languages, each showing what it explains', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const examples = new Map(structureExamples(lang, specOf).map((e) => [e.id, e.svg]));
      expect([...examples.keys()]).toEqual([...STRUCTURE_IDS]);
      for (const svg of examples.values()) expect(wellFormed(svg)).toBe(true);
      expect(examples.get('arc')).toMatch(/<path class="nt-s" d="M[^"]*[Qq]/);
      expect(examples.get('tags')).toContain('>enc →<');
      expect(examples.get('tags')).toContain('>→ enc<');
      expect(examples.get('attr')).toContain('class="nt-s nt-l"');
      expect(examples.get('part')).toContain('>ASPP<');
      expect(examples.get('backbone')).toContain('resnet → conv5_x');
      expect(examples.get('figure')).toContain('class="nt-h"');
    }
  });

  it('leaves out the backbone when the referred spec is not there (a fixture site)', () => {
    expect(structureExamples('en', () => undefined).map((e) => e.id)).not.toContain('backbone');
  });
});

describe('wrapping', () => {
  it('cuts a compact repeat too wide for a row between its runs, the later parts marked as continuing it', () => {
    // DenseNet-121's dense layers differ in their concatenated width, so none merge: a block of 6 is too wide
    // for a model page.
    const svg = renderArchitectureSvg(graphOf('densenet', 'densenet-121'), {
      view: 'compact',
      lang: 'en',
      maxWidth: 760,
    });
    const width = Number(svg.match(/viewBox="0 0 (\d+)/)![1]);
    expect(width).toBeLessThanOrEqual(760 + 40);
    expect(svg).toContain('>denseblock1<');
    expect(svg).toContain('>… denseblock1<');
  });
});

describe('views', () => {
  const r152 = graphOf('resnet', 'resnet-152');
  const expanded = renderArchitectureSvg(r152, { view: 'expanded', lang: 'en' });
  const compact = renderArchitectureSvg(r152, { view: 'compact', lang: 'en' });

  it('expanded ResNet-152 stays under 150 KB', () => {
    expect(Buffer.byteLength(expanded)).toBeLessThan(150 * 1024);
  });

  it('expanded view draws every block and every skip connection', () => {
    expect(uses(expanded, 'add')).toBe(50);
    expect(uses(expanded, 'conv|pwconv')).toBe(155);
    expect(expanded).toContain('class="nt-s"');
    expect(expanded).not.toContain('×36');
  });

  it('compact view merges conv and pool and collapses repeats as ×N', () => {
    // Each stage: its first (down-sampling) block, then one block standing for the identical others.
    expect(compact).toContain('>conv4_x<');
    expect(compact).toContain('>×35<');
    expect(compact).toContain('>×2<');
    expect(uses(compact, 'add')).toBe(8);
    // A repeat whose instances are all alike is one block marked ×N.
    expect(
      renderArchitectureSvg(graphOf('mobilenet-v1', 'mobilenet-v1-1.0-224'), { view: 'compact', lang: 'en' }),
    ).toMatch(/>(separable )?×5</);
    expect(compact).toContain('>max 3×3 /2<');
    expect(compact.length).toBeLessThan(expanded.length / 3);
  });

  it('draws branches, splits, shuffles, gates and several outputs', () => {
    const inception = renderArchitectureSvg(graphOf('googlenet', 'googlenet'), { view: 'compact', lang: 'en' });
    expect(uses(inception, 'concat')).toBe(9);
    const shuffle = renderArchitectureSvg(graphOf('shufflenet-v2', 'shufflenet-v2-1.0'), {
      view: 'expanded',
      lang: 'en',
    });
    expect(uses(shuffle, 'split')).toBeGreaterThan(0);
    expect(uses(shuffle, 'shuffle')).toBeGreaterThan(0);
    const se = renderArchitectureSvg(graphOf('senet', 'se-resnet-50'), { view: 'expanded', lang: 'en' });
    expect(uses(se, 'multiply')).toBe(16);
    expect(renderArchitectureSvg(graphOf('senet', 'se-resnet-50'), { view: 'compact', lang: 'en' })).toContain('>SE<');
    const pnet = renderArchitectureSvg(graphOf('mtcnn', undefined, 'p-net'), { view: 'expanded', lang: 'en' });
    expect(uses(pnet, 'pwconv')).toBe(3);
  });

  it('renders every variant of every spec in both views', () => {
    for (const s of specs) {
      for (const g of s.graphs) {
        for (const view of ['compact', 'expanded'] as const) {
          const svg = renderArchitectureSvg(g, { view, lang: 'en' });
          expect(wellFormed(svg), `${g.variant.id} ${view}`).toBe(true);
          expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        }
      }
    }
    // Every diagram of every spec: seconds of wall time on a busy machine.
  }, 60_000);
});

describe('one layout for both languages', () => {
  /** The drawing without its words: every element and attribute, no text and no `lang`. */
  const geometry = (svg: string) => svg.replace(/>[^<]+</g, '><').replace(/ lang="[^"]*"/g, '');

  it('draws English and Chinese with the same coordinates: they differ only in their words', () => {
    for (const s of specs)
      for (const g of s.graphs)
        for (const view of ['compact', 'expanded'] as const) {
          const en = renderArchitectureSvg(g, { view, lang: 'en' });
          const zh = renderArchitectureSvg(g, { view, lang: 'zh-CN' });
          expect(geometry(zh), `${g.variant.id} ${view}`).toBe(geometry(en));
        }
    // Every diagram of every spec twice: seconds of wall time on a busy machine.
  }, 60_000);

  it('makes each label as wide as its widest language: GAN’s English maxout layers have room for the Chinese', () => {
    const en = renderArchitectureSvg(graphOf('gan', undefined, 'discriminator'), { view: 'compact', lang: 'en' });
    const centres = [...en.matchAll(/x="([\d.]+)" y="[\d.]+">maxout ×5</g)].map((m) => Number(m[1]));
    expect(centres).toHaveLength(2);
    expect(centres[1]! - centres[0]!).toBeGreaterThanOrEqual(textWidth('maxout（5 片）'));
  });
});

describe('one file for both languages', () => {
  const resnet50 = graphOf('resnet', 'resnet-50');
  const file = renderArchitectureSvg(resnet50, { view: 'compact', lang: 'all' });
  const en = renderArchitectureSvg(resnet50, { view: 'compact', lang: 'en' });
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>[^<]*<\/text>/g)].map((m) => m[0]);

  it('writes each text the languages say differently once per language, marked, and the rest once', () => {
    expect(texts(file)).toContain('<text class="nt-t l-en" x="36.5" y="61">input</text>');
    expect(texts(file)).toContain('<text class="nt-t l-zh" x="36.5" y="61" lang="zh-CN">输入</text>');
    // Only the input label differs in ResNet-50: one text more than the English drawing.
    expect(texts(file)).toHaveLength(texts(en).length + 1);
  });

  it('is the English drawing once the Chinese text is taken out', () => {
    const withoutChinese = file
      .replace(/<text class="[^"]* l-zh"[^>]*>[^<]*<\/text>/g, '')
      .replace(/ l-en"/g, '"')
      .replace(/<g id="(en|zh-CN)"\/>/g, '')
      .replace(/\.l-zh\{.*?(?=<\/style>)/, '');
    const geometry = (svg: string) => svg.replace(/>[^<]+</g, '><');
    const english = renderArchitectureSvg(resnet50, { view: 'compact', lang: 'en', idPrefix: '' });
    expect(geometry(withoutChinese)).toBe(geometry(english));
  });

  it('has a target per language before all it switches, and shows English when none is targeted', () => {
    expect(file).toMatch(/<\/desc><g id="en"\/><g id="zh-CN"\/><style>/);
    expect(file).toContain('.l-zh{display:none}#zh-CN:target~.l-zh,#zh-CN:target~* .l-zh{display:inline}');
    expect(file).toContain('#zh-CN:target~.l-en,#zh-CN:target~* .l-en{display:none}');
    expect(file).toContain('lang="en"');
  });

  it('titles and describes itself in both languages, and gives tooltips’ counts in both, shared clauses once', () => {
    expect(file).toContain(
      '>ResNet-50: architecture diagram (compact view) · ResNet-50 网络结构图（紧凑视图）</title>',
    );
    expect(file).toMatch(/<desc [^>]*>175 layers, [^<]*; input 3×224×224\. 175 层，[^<]*。<\/desc>/);
    expect(file).toContain(
      '<title>conv1: 7×7 /2 → 64×112×112;\n9,408 params; 118.01 M mult-adds\n9,408 参数; 1.18 亿 乘加</title>',
    );
  });

  it('needs no id prefix: a file is a document of its own, and its ids are short', () => {
    expect(file).toContain('aria-labelledby="title desc"');
    expect(file).toContain('<g id="conv" class="nt-n nt-conv">');
    expect(file).toMatch(/<use href="#conv" /);
  });

  it('marks no language in a drawing for one language (a page’s copy)', () => {
    expect(en).not.toMatch(/l-en|l-zh|id="zh-CN"/);
  });
});

describe('the page-facing loader', () => {
  it('memoises the specs and finds one model', async () => {
    const { getArchSpecs, getArchSpec } = await import('../../../src/lib/notation/load.ts');
    expect(getArchSpecs(ROOT)).toBe(getArchSpecs(ROOT));
    expect(getArchSpec(ROOT, 'resnet')?.graphs.map((g) => g.variant.id)).toContain('resnet-152');
    expect(getArchSpec(ROOT, 'no-such-model')).toBeUndefined();
    // Loads every spec once: seconds of wall time on a busy machine.
  }, 60_000);
});

describe('maxout', () => {
  it('draws a maxout layer as a layer labelled with its pieces and units, not as a mark under the one before', () => {
    const en = renderArchitectureSvg(graphOf('gan', undefined, 'discriminator'), { view: 'compact', lang: 'en' });
    expect(en.match(/>maxout ×5</g)).toHaveLength(2);
    expect(en).toContain('>240<');
    const zh = renderArchitectureSvg(graphOf('gan', undefined, 'discriminator'), { view: 'compact', lang: 'zh-CN' });
    expect(zh).toContain('>maxout（5 片）<');
  });
});
