/**
 * Draws a layout as an SVG string: year bands, lines (dashed where a station on the stretch is planned),
 * line names at the termini, and stations. Stations with an entry are links named like
 * "ResNet, 2015 — Object classification"; planned ones are labelled images, not links. Colours are CSS
 * custom properties, so the same markup serves both themes. Both orientations draw from the same parts; the
 * portrait map adds the bars joining an interchange's dots, leaders to the names and a touch target per
 * station. Pure: the caller supplies the hrefs.
 */
import type { Box, Pt } from './geometry.ts';
import type { MetroLayout, PlacedStation, TextLabel } from './layout.ts';
import { YEAR_FONT } from './text-shape.ts';
import { hasWide } from '../text/width.ts';
import type { NetLine, NetStation } from './network.ts';
import { mapStrings } from '../i18n/strings/map.ts';
import { escapeXml, round1 } from '../svg.ts';

export interface SvgOptions {
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  /** Page of a model. */
  href: (modelId: string) => string;
  /** Id of the element naming the map, or the name itself. */
  labelledBy?: string;
  label?: string;
  /** A station drawn as the current one (not a link). */
  current?: string;
  className?: string;
}

/** Corner radius of a line's bends and of a line name's frame. */
const BEND_RADIUS = 6;
const FRAME_RADIUS = 4;

const n = (v: number): string => String(round1(v));
const esc = escapeXml;
const rect = (cls: string, b: Box, extra = ''): string =>
  `<rect class="${cls}" x="${n(b.x0)}" y="${n(b.y0)}" width="${n(b.x1 - b.x0)}" height="${n(b.y1 - b.y0)}"${extra}/>`;

/** A station's id in the DOM: the model id, or `p-` and the planned name with other characters hex-coded. */
export function domId(stationId: string): string {
  if (!stationId.startsWith('~')) return stationId;
  return `p-${[...stationId.slice(1)].map((c) => (/[a-z0-9]/.test(c) ? c : `-${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** Line colours as the custom properties `.line-colour` turns into `--line` (see global.css). */
export const lineColourStyle = (colour: string, colourDark: string): string =>
  `--line-light:${colour};--line-dark:${colourDark}`;

/**
 * Stations in the order keyboard users meet them, which is reading order: on the landscape map line by line,
 * track by track, each station once; on the portrait map top to bottom.
 */
export function stationOrder(layout: MetroLayout): string[] {
  if (layout.orientation === 'portrait') return layout.stations.map((s) => s.id);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of layout.network.lines) {
    for (const t of line.tracks) {
      for (const id of t.stations) {
        if (!seen.has(id)) {
          seen.add(id);
          out.push(id);
        }
      }
    }
  }
  return out;
}

/** The octilinear polyline as a path with slightly rounded corners. */
export function pathData(points: Pt[], radius = BEND_RADIUS): string {
  if (points.length === 0) return '';
  let d = `M${n(points[0]!.x)} ${n(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += `L${n(p.x)} ${n(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const l1 = Math.hypot(p.x - prev.x, p.y - prev.y);
    const l2 = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, l1 / 2, l2 / 2);
    const a = { x: p.x - ((p.x - prev.x) / l1) * r, y: p.y - ((p.y - prev.y) / l1) * r };
    const b = { x: p.x + ((next.x - p.x) / l2) * r, y: p.y + ((next.y - p.y) / l2) * r };
    d += `L${n(a.x)} ${n(a.y)}Q${n(p.x)} ${n(p.y)} ${n(b.x)} ${n(b.y)}`;
  }
  return d;
}

function text(l: TextLabel, cls: string): string {
  const anchor = `${l.anchor === 'middle' ? '' : ` text-anchor="${l.anchor}"`} font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''}${l.italic ? ' font-style="italic"' : ''}`;
  if (l.lines.length === 1)
    return `<text class="${cls}" x="${n(l.x)}" y="${n(l.y)}"${anchor}>${esc(l.lines[0]!)}</text>`;
  // A line broken at a space keeps it (at the end of the first part), so the text still reads as the name.
  const spans = l.lines
    .map((line, i) => {
      const after = l.lines[i + 1];
      const space = after !== undefined && !/[-‐–—]$/.test(line) && !hasWide(line.at(-1)!) && !hasWide(after[0]!);
      return `<tspan x="${n(l.x)}"${i ? ` dy="${n(l.leading)}"` : ''}>${esc(line)}${space ? ' ' : ''}</tspan>`;
    })
    .join('');
  return `<text class="${cls}" x="${n(l.x)}" y="${n(l.y)}"${anchor}>${spans}</text>`;
}

/** What drawing one layout needs at hand. */
interface Drawing {
  layout: MetroLayout;
  options: SvgOptions;
  lineById: Map<string, NetLine>;
  portrait: boolean;
}

export function renderMapSvg(layout: MetroLayout, options: SvgOptions): string {
  const d: Drawing = {
    layout,
    options,
    lineById: new Map(layout.network.lines.map((l) => [l.id, l])),
    portrait: layout.orientation === 'portrait',
  };
  return [
    svgOpen(d),
    '<g class="metro-viewport">',
    drawYears(d),
    d.portrait ? drawUnderlay(d) : '',
    drawLines(d),
    drawTermini(d),
    drawStations(d),
    drawVeil(d),
    '</g></svg>',
  ].join('');
}

function svgOpen({ layout, options, portrait }: Drawing): string {
  const b = layout.bounds;
  const cls = `${options.className ?? 'metro-svg'}${portrait ? ' metro-svg--portrait' : ''}`;
  const years =
    layout.years.length > 0 ? ` data-years="${layout.years.map((y) => `${y.year}:${n(y.end)}`).join(' ')}"` : '';
  const orientation = portrait ? ' data-orientation="portrait"' : '';
  const name = `${options.labelledBy ? ` aria-labelledby="${esc(options.labelledBy)}"` : ''}${options.label ? ` aria-label="${esc(options.label)}"` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="${n(b.x0)} ${n(b.y0)} ${n(b.x1 - b.x0)} ${n(b.y1 - b.y0)}" width="${Math.ceil(b.x1 - b.x0)}" height="${Math.ceil(b.y1 - b.y0)}" text-anchor="middle" role="group"${years}${orientation}${name}>`;
}

/** Every other year as a stripe across the map, and each year's label. */
function drawYears({ layout, portrait }: Drawing): string {
  if (layout.years.length === 0) return '';
  const b = layout.bounds;
  const out = ['<g class="metro-years" aria-hidden="true">'];
  layout.years.forEach((y, i) => {
    if (i % 2 === 0) {
      const band = portrait
        ? { x0: b.x0, y0: y.start, x1: b.x1, y1: y.end }
        : { x0: y.start, y0: b.y0, x1: y.end, y1: b.y1 };
      out.push(rect('metro-year-band', band));
    }
    const anchor = y.label.anchor === 'middle' ? '' : ` text-anchor="${y.label.anchor}"`;
    out.push(
      `<text class="metro-year" x="${n(y.label.x)}" y="${n(y.label.y)}"${anchor} font-size="${YEAR_FONT}">${y.year}</text>`,
    );
  });
  out.push('</g>');
  return out.join('');
}

/** Portrait: the bars joining an interchange's dots and the leaders to the names, drawn under the lines. */
function drawUnderlay({ layout }: Drawing): string {
  const out = ['<g class="metro-underlay" aria-hidden="true">'];
  for (const s of layout.stations) {
    const lines = layout.network.stations.get(s.id)!.lines.join(' ');
    const data = `data-station="${domId(s.id)}" data-lines="${lines}"`;
    if (s.dots && s.dots.length > 1) {
      const h = s.marker.y1 - s.marker.y0;
      out.push(rect('metro-connector', s.marker, ` rx="${n(h / 2)}" ${data}`));
    }
    if (s.leader) {
      const [p, q] = s.leader;
      out.push(`<path class="metro-leader" d="M${n(p.x)} ${n(p.y)}H${n(q.x)}" ${data}/>`);
    }
  }
  out.push('</g>');
  return out.join('');
}

/** Lines: one group per line; a stretch touching a planned station is dashed ("under construction"). */
function drawLines({ layout }: Drawing): string {
  const net = layout.network;
  const out = ['<g class="metro-lines" aria-hidden="true">'];
  for (const line of net.lines) {
    const edges = layout.edges.filter((e) => e.line === line.id);
    if (edges.length === 0) continue;
    const planned = (e: (typeof edges)[number]) =>
      net.stations.get(e.from)!.kind === 'planned' || net.stations.get(e.to)!.kind === 'planned';
    const built = edges
      .filter((e) => !planned(e))
      .map((e) => pathData(e.points))
      .join('');
    const dashed = edges
      .filter(planned)
      .map((e) => pathData(e.points))
      .join('');
    out.push(
      `<g class="metro-line line-colour" data-line="${line.id}" style="${lineColourStyle(line.colour, line.colourDark)}">`,
    );
    if (built) out.push(`<path class="metro-track" d="${built}"/>`);
    if (dashed) out.push(`<path class="metro-track is-planned" d="${dashed}"/>`);
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('');
}

function drawTermini({ layout, lineById }: Drawing): string {
  if (layout.termini.length === 0) return '';
  const out = ['<g class="metro-termini" aria-hidden="true">'];
  for (const term of layout.termini) {
    const line = lineById.get(term.line)!;
    out.push(
      `<g class="metro-terminus${term.framed ? '' : ' is-track'} line-colour" data-line="${line.id}" style="${lineColourStyle(line.colour, line.colourDark)}">`,
    );
    if (term.framed) out.push(rect('metro-terminus-frame', term.label.box, ` rx="${FRAME_RADIUS}"`));
    out.push(text(term.label, 'metro-terminus-text'));
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('');
}

/** Stations in keyboard order. */
function drawStations(d: Drawing): string {
  const placed = new Map(d.layout.stations.map((s) => [s.id, s]));
  const out = ['<g class="metro-stations">'];
  for (const id of stationOrder(d.layout)) {
    const s = placed.get(id);
    if (s) out.push(drawStation(d, s, d.layout.network.stations.get(id)!));
  }
  out.push('</g>');
  return out.join('');
}

/** A dot, or a pill across the parallel lines of an interchange; on the portrait map a dot on each line. */
function marker({ lineById }: Drawing, s: PlacedStation, single: NetLine | undefined): string {
  const m = s.marker;
  if (s.dots) {
    return s.dots
      .map((dot, i) => {
        const line = single ? undefined : lineById.get(s.lines[i]!.line)!;
        const style = line ? ` line-colour" style="${lineColourStyle(line.colour, line.colourDark)}` : '';
        return `<circle class="metro-marker${style}" cx="${n((dot.x0 + dot.x1) / 2)}" cy="${n((dot.y0 + dot.y1) / 2)}" r="${n((dot.x1 - dot.x0) / 2)}"/>`;
      })
      .join('');
  }
  if (single) return `<circle class="metro-marker" cx="${n(s.x)}" cy="${n(s.y)}" r="${n((m.x1 - m.x0) / 2 - 1)}"/>`;
  return `<rect class="metro-marker is-interchange" x="${n(m.x0 + 0.5)}" y="${n(m.y0 + 0.5)}" width="${n(m.x1 - m.x0 - 1)}" height="${n(m.y1 - m.y0 - 1)}" rx="${n((m.x1 - m.x0 - 1) / 2)}"/>`;
}

function drawStation(d: Drawing, s: PlacedStation, st: NetStation): string {
  const { layout, options, lineById } = d;
  const t = mapStrings(layout.locale);
  const names = st.lines.map((id) => lineById.get(id)!.name[layout.locale]);
  const single = s.lines.length === 1 ? lineById.get(s.lines[0]!.line)! : undefined;
  const body = `${s.hit ? rect('metro-hit', s.hit) : ''}${marker(d, s, single)}${s.label ? text(s.label, 'metro-label') : ''}`;
  const dom = domId(s.id);
  const common = `id="${options.idPrefix}-${dom}" data-station="${dom}" data-lines="${st.lines.join(' ')}"${single ? ` style="${lineColourStyle(single.colour, single.colourDark)}"` : ''}`;
  const cls = `metro-station${single ? ' line-colour' : ''}`;
  if (s.id === options.current)
    return `<g class="${cls} is-current" ${common} role="img" aria-label="${esc(t.stationName(st.name, st.year, names))}">${body}</g>`;
  if (st.kind === 'model')
    return `<a class="${cls}" href="${esc(options.href(s.id))}" ${common} aria-label="${esc(t.stationName(st.name, st.year, names))}">${body}</a>`;
  return `<g class="${cls} is-planned" ${common} role="img" aria-label="${esc(t.plannedName(st.name, st.year, names))}">${body}</g>`;
}

/** A veil over the years after the one chosen on the year slider (empty until then). */
function drawVeil({ layout, portrait }: Drawing): string {
  if (layout.years.length === 0) return '';
  const b = layout.bounds;
  return portrait
    ? `<rect class="metro-veil" x="${n(b.x0)}" y="${n(b.y1)}" width="${n(b.x1 - b.x0)}" height="0"/>`
    : `<rect class="metro-veil" x="${n(b.x1)}" y="${n(b.y0)}" width="0" height="${n(b.y1 - b.y0)}"/>`;
}

/** What the client script needs to ride the lines: each track's stations (with its junctions) by DOM id. */
export function rideData(layout: MetroLayout): { lines: Record<string, string[][]> } {
  const lines: Record<string, string[][]> = {};
  for (const line of layout.network.lines) {
    lines[line.id] = line.tracks.map((t) =>
      [...(t.from ? [t.from] : []), ...t.stations, ...(t.to ? [t.to] : [])].map(domId),
    );
  }
  return { lines };
}
