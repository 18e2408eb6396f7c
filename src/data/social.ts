/**
 * Renders social cards (lib/social/card.ts) to PNG at build time: satori lays out the card and turns its text
 * into outlines with fonts bundled from an npm package (@fontsource/noto-sans-sc: Latin and Simplified Chinese,
 * nothing fetched from another origin), sharp rasterises the SVG. Each PNG is cached under node_modules/.cache
 * by a hash of the card and the renderer's version, so a rebuild renders only cards whose content changed.
 * ATLAS_SOCIAL_CACHE moves that cache (the atlas bench gives each build an empty one, as a fresh checkout has).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, type CardNode } from '../lib/social/card.ts';

/** Bump when the card's look changes without its content changing, to invalidate the cache. */
const RENDER_VERSION = 3;
const CACHE = process.env.ATLAS_SOCIAL_CACHE || join(process.cwd(), 'node_modules', '.cache', 'atlas-social');
const require = createRequire(join(process.cwd(), 'package.json'));

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const fonts = new Map<string, Font[]>();

/** Noto Sans SC's Latin subset always; its Simplified Chinese subset (1.5 MB a weight) only for cards that need it. */
function fontsFor(cjk: boolean): Font[] {
  const key = cjk ? 'cjk' : 'latin';
  const known = fonts.get(key);
  if (known) return known;
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${subset}-${weight}-normal.woff`));
  const list: Font[] = [];
  for (const weight of [400, 700] as const) {
    list.push({ name: 'Atlas Latin', data: file('latin', weight), weight, style: 'normal' });
    if (cjk) list.push({ name: 'Atlas CJK', data: file('chinese-simplified', weight), weight, style: 'normal' });
  }
  fonts.set(key, list);
  return list;
}

const HAS_CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** The card as PNG bytes, from the cache when this exact card was rendered before. */
export async function renderCard(card: CardNode): Promise<Buffer> {
  const json = JSON.stringify(card);
  const hash = createHash('sha256').update(`${RENDER_VERSION}\n${json}`).digest('hex').slice(0, 20);
  const cached = join(CACHE, `${hash}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(card as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fontsFor(HAS_CJK.test(json)),
  });
  // Encoding, not drawing, is a card's cost (rasterising takes ~15 ms; 4,000 cards are the largest linear cost
  // of a 2,000-model build, issue 27). effort 1 is libimagequant's fastest palette search; dither 0 skips error
  // diffusion, which flat colours and anti-aliased text do not need (and which made the files bigger); zlib level
  // 6 instead of 9. Measured on a model card: 59–108 → 31–43 ms, 23.4 → 20.0 KB, no visible difference.
  const png = await sharp(Buffer.from(svg))
    .png({ compressionLevel: 6, palette: true, effort: 1, dither: 0 })
    .toBuffer();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
