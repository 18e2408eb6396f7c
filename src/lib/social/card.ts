/**
 * Social cards (the image a link preview shows): a model's name, year and venue over an excerpt of its line on
 * the map (the stations before and after it), or for the atlas itself its lines side by side. Pure: builds the
 * element tree satori lays out; src/data/social.ts renders it to PNG. 1200 × 630 is the size OpenGraph and
 * Twitter's large card both crop least.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Satori's element shape: a React element without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | Array<CardNode | string> };
}

export interface CardStation {
  name: string;
  year: number;
  /** The model the card is about. */
  current: boolean;
  /** A planned station (no entry yet): drawn hollow. */
  planned: boolean;
}

export interface ModelCard {
  siteName: string;
  name: string;
  /** "2015 · CVPR 2016" */
  subtitle: string;
  lines: Array<{ name: string; colour: string }>;
  /** Stations around the model on its first line, oldest first. */
  excerpt: CardStation[];
}

export interface SiteCard {
  siteName: string;
  tagline: string;
  lines: Array<{ name: string; colour: string }>;
}

const INK = '#1b1d1f';
const MUTED = '#53585e';
const PAPER = '#fbfbfa';
const FONT = 'Atlas Latin, Atlas CJK';
/** Stations shown on each side of the model in the excerpt. */
export const EXCERPT_SIDE = 2;

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
): CardNode => ({
  type,
  props: { style: { display: 'flex', ...style }, ...(children !== undefined && { children }) },
});

function frame(accent: string, children: CardNode[]): CardNode {
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, background: PAPER, color: INK, fontFamily: FONT, flexDirection: 'row' },
    [
      el('div', { width: 18, height: OG_HEIGHT, background: accent }),
      el(
        'div',
        { flexDirection: 'column', padding: '56px 64px', flexGrow: 1, justifyContent: 'space-between' },
        children,
      ),
    ],
  );
}

function chips(lines: ModelCard['lines']): CardNode {
  return el(
    'div',
    { flexDirection: 'row', flexWrap: 'wrap', gap: 28, fontSize: 30, color: MUTED },
    lines.map((l) =>
      el('div', { flexDirection: 'row', alignItems: 'center', gap: 12 }, [
        el('div', { width: 22, height: 22, borderRadius: 11, background: l.colour }),
        l.name,
      ]),
    ),
  );
}

/** The stations as a strip of the map: a thick line in the line's colour, a dot per station, names below. */
function excerpt(stations: readonly CardStation[], colour: string): CardNode {
  const slot = Math.floor((OG_WIDTH - 2 * 64 - 18) / Math.max(stations.length, 1));
  return el(
    'div',
    { flexDirection: 'row', height: 150 },
    stations.map((s) => {
      const size = s.current ? 56 : 36;
      // Positioned elements paint in order, so the dot (positioned, later) covers the line segment.
      const track = el(
        'div',
        { position: 'relative', width: slot, height: 64, alignItems: 'center', justifyContent: 'center' },
        [
          el('div', { position: 'absolute', left: 0, top: 25, width: slot, height: 14, background: colour }),
          el('div', {
            position: 'relative',
            width: size,
            height: size,
            borderRadius: '50%',
            background: s.current ? INK : PAPER,
            border: `${s.current ? 10 : 7}px ${s.planned ? 'dashed' : 'solid'} ${s.current ? colour : INK}`,
          }),
        ],
      );
      return el('div', { width: slot, flexDirection: 'column', alignItems: 'center' }, [
        track,
        el(
          'div',
          { fontSize: s.current ? 30 : 25, fontWeight: s.current ? 700 : 400, marginTop: 8, textAlign: 'center' },
          s.name,
        ),
        el('div', { fontSize: 22, color: MUTED }, String(s.year)),
      ]);
    }),
  );
}

export function modelCard(card: ModelCard): CardNode {
  const colour = card.lines[0]?.colour ?? MUTED;
  return frame(colour, [
    el('div', { flexDirection: 'column', gap: 8 }, [
      el('div', { fontSize: 30, color: MUTED }, card.siteName),
      el('div', { fontSize: card.name.length > 18 ? 76 : 104, fontWeight: 700, lineHeight: 1.05 }, card.name),
      el('div', { fontSize: 40, color: INK }, card.subtitle),
    ]),
    chips(card.lines),
    excerpt(card.excerpt, colour),
  ]);
}

/** The atlas's own card: every line as a coloured track with a few stations, under the name. */
export function siteCard(card: SiteCard): CardNode {
  const tracks = el(
    'div',
    { flexDirection: 'column', gap: 14 },
    card.lines.map((l, i) =>
      el('div', {
        height: 12,
        borderRadius: 6,
        background: l.colour,
        marginLeft: (i % 4) * 60,
        marginRight: ((i + 2) % 5) * 48,
      }),
    ),
  );
  return frame(card.lines[0]?.colour ?? MUTED, [
    el('div', { flexDirection: 'column', gap: 12 }, [
      el('div', { fontSize: 96, fontWeight: 700 }, card.siteName),
      el('div', { fontSize: 38, color: MUTED }, card.tagline),
    ]),
    tracks,
  ]);
}

/** The window of stations the excerpt shows: the model and up to EXCERPT_SIDE on each side. */
export function excerptWindow<T>(stations: readonly T[], index: number): T[] {
  const start = Math.max(0, Math.min(index - EXCERPT_SIDE, stations.length - (2 * EXCERPT_SIDE + 1)));
  return stations.slice(start, start + 2 * EXCERPT_SIDE + 1);
}
