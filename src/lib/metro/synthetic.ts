/**
 * A synthetic atlas for tests and the bench: many lines, hundreds of stations (entries and planned ones),
 * interchanges mostly between neighbouring lines, and branches. Seeded, so every run builds the same map.
 */
import type { Direction, ModelFacts } from '../content/schema.ts';
import type { MapHints, TrackHint } from './map-schema.ts';

/** mulberry32: a small, fast, seedable generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'net',
  'res',
  'mo',
  'va',
  'gan',
  'lo',
  'dex',
  'pi',
  'ra',
  'seg',
  'flow',
  'ka',
  'tor',
  'ne',
  'zu',
  'vi',
  'sta',
  'con',
];
const WORDS = ['Deep', 'Fast', 'Dense', 'Mobile', 'Light', 'Style', 'Pose', 'Text', 'Face', 'Graph', 'Point', 'Wide'];

export interface SyntheticOptions {
  lines: number;
  stations: number;
  seed?: number;
}

interface Item {
  id: string;
  name: string;
  year: number;
  month: number;
  planned: boolean;
  lines: string[];
}

/**
 * A seeded synthetic atlas: `stations` stations spread over `lines` lines (about 45 % planned, about 10 %
 * interchanges, mostly with the next line), and up to two branches per line. The same options always give the
 * same atlas.
 */
export function syntheticAtlas(options: SyntheticOptions): {
  directions: Direction[];
  models: ModelFacts[];
  hints: MapHints;
} {
  const rnd = random(options.seed ?? 7);
  const lineIds = Array.from({ length: options.lines }, (_, i) => `line-${i + 1}`);
  const items = syntheticItems(options.stations, lineIds, rnd);
  const directions: Direction[] = lineIds.map((id, i) => ({
    id,
    order: i + 1,
    colour: '#2563eb',
    colour_dark: '#60a5fa',
    name: { en: `Synthetic line ${i + 1}`, 'zh-CN': `合成线路 ${i + 1}` },
    description: { en: 'A synthetic line.', 'zh-CN': '合成线路。' },
    planned: items.filter((s) => s.planned && s.lines.includes(id)).map((s) => ({ name: s.name, year: s.year })),
  }));
  const models = items
    .filter((s) => !s.planned)
    .map(
      (s) =>
        ({
          id: s.id,
          name: s.name,
          aliases: [],
          year: s.year,
          month: s.month,
          directions: s.lines,
        }) as unknown as ModelFacts,
    );
  const lines: MapHints['lines'] = {};
  for (const id of lineIds) lines[id] = { trunk: [], tracks: branches(items, id, rnd) };
  return { directions, models, hints: { order: [], lines } };
}

function syntheticItems(count: number, lineIds: readonly string[], rnd: () => number): Item[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const name = (i: number): string => {
    const core = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
    const base = core.charAt(0).toUpperCase() + core.slice(1);
    const r = rnd();
    if (r < 0.15) return `${pick(WORDS)} ${base} ${pick(WORDS)} ${i}`;
    if (r < 0.45) return `${pick(WORDS)} ${base}-${i}`;
    return `${base}${i}`;
  };
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const home = i % lineIds.length;
    const lines = [lineIds[home]!];
    const r = rnd();
    // Interchanges: mostly with a neighbouring line, now and then with one further away.
    if (r < 0.08 && home + 1 < lineIds.length) lines.push(lineIds[home + 1]!);
    else if (r < 0.1) lines.push(lineIds[Math.floor(rnd() * lineIds.length)]!);
    if (r < 0.015 && home + 2 < lineIds.length) lines.push(lineIds[home + 2]!);
    items.push({
      id: `s${i + 1}`,
      name: name(i + 1),
      year: 1995 + Math.floor(rnd() * 25),
      month: 1 + Math.floor(rnd() * 12),
      planned: rnd() < 0.45,
      lines: [...new Set(lines)],
    });
  }
  return items;
}

/** Branches of one line: a run of its stations in time order, off the trunk and sometimes rejoining it. */
function branches(items: readonly Item[], line: string, rnd: () => number): TrackHint[] {
  const members = items.filter((s) => s.lines.includes(line)).sort((a, b) => a.year - b.year || a.month - b.month);
  const tracks: TrackHint[] = [];
  const used = new Set<string>();
  const count = Math.floor(rnd() * 3);
  for (let b = 0; b < count; b++) {
    const free = members.filter((s) => !used.has(s.id) && s.lines.length === 1);
    if (free.length < 8) break;
    const start = Math.floor(rnd() * (free.length - 4));
    const run = free.slice(start, start + 3 + Math.floor(rnd() * 4));
    run.forEach((s) => used.add(s.id));
    const trunk = members.filter((s) => !used.has(s.id));
    const first = run[0]!;
    const last = run.at(-1)!;
    const from = trunk.filter((s) => s.year < first.year).at(-1);
    const to = trunk.find((s) => s.year > last.year);
    tracks.push({
      id: `branch-${b + 1}`,
      name: { en: `Branch ${b + 1}`, 'zh-CN': `支线 ${b + 1}` },
      side: rnd() < 0.5 ? 'above' : 'below',
      ...(from && rnd() < 0.6 ? { from: from.planned ? from.name : from.id } : {}),
      ...(to && rnd() < 0.3 ? { to: to.planned ? to.name : to.id } : {}),
      stations: run.map((s) => (s.planned ? s.name : s.id)),
    });
  }
  return tracks;
}
