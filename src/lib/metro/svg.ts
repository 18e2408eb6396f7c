/**
 * Draws a layout as an SVG string: year bands, lines (dashed where a station on the stretch is planned),
 * line names at the termini, and stations. Stations with an entry are links named like
 * "ResNet, 2015 — Object classification"; planned ones are labelled images, not links. Colours are CSS
 * custom properties, so the same markup serves both themes. Pure: the caller supplies the hrefs.
 */
import type { Pt } from './geometry.ts';
import { YEAR_FONT, type MetroLayout, type TextLabel } from './layout.ts';
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

/** A station's id in the DOM: the model id, or `p-` and the planned name with other characters hex-coded. */
export function domId(stationId: string): string {
  if (!stationId.startsWith('~')) return stationId;
  return `p-${[...stationId.slice(1)].map((c) => (/[a-z0-9]/.test(c) ? c : `-${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** Line colours as the custom properties `.line-colour` turns into `--line` (see global.css). */
export const lineColourStyle = (colour: string, colourDark: string): string =>
  `--line-light:${colour};--line-dark:${colourDark}`;

/** Stations in the order keyboard users meet them: line by line, track by track, each station once. */
export function stationOrder(layout: MetroLayout): string[] {
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
export function pathData(points: Pt[], radius = 6): string {
  if (points.length === 0) return '';
  let d = `M${round1(points[0]!.x)} ${round1(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += `L${round1(p.x)} ${round1(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const l1 = Math.hypot(p.x - prev.x, p.y - prev.y);
    const l2 = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, l1 / 2, l2 / 2);
    const a = { x: p.x - ((p.x - prev.x) / l1) * r, y: p.y - ((p.y - prev.y) / l1) * r };
    const b = { x: p.x + ((next.x - p.x) / l2) * r, y: p.y + ((next.y - p.y) / l2) * r };
    d += `L${round1(a.x)} ${round1(a.y)}Q${round1(p.x)} ${round1(p.y)} ${round1(b.x)} ${round1(b.y)}`;
  }
  return d;
}

function text(l: TextLabel, cls: string): string {
  const anchor = `${l.anchor === 'middle' ? '' : ` text-anchor="${l.anchor}"`} font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''}${l.italic ? ' font-style="italic"' : ''}`;
  if (l.lines.length === 1)
    return `<text class="${cls}" x="${round1(l.x)}" y="${round1(l.y)}"${anchor}>${escapeXml(l.lines[0]!)}</text>`;
  const spans = l.lines
    .map((line, i) => `<tspan x="${round1(l.x)}"${i ? ` dy="${round1(l.leading)}"` : ''}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text class="${cls}" x="${round1(l.x)}" y="${round1(l.y)}"${anchor}>${spans}</text>`;
}

/**
 * The map as one SVG string, drawn bottom to top: year bands, lines, line names at the termini, stations (in
 * keyboard order) and the year slider's veil. Stations with an entry are links; the current one and planned
 * ones are labelled images.
 */
export function renderMapSvg(layout: MetroLayout, options: SvgOptions): string {
  const lineById = new Map(layout.network.lines.map((l) => [l.id, l]));
  return [
    svgOpen(layout, options),
    '<g class="metro-viewport">',
    ...yearBands(layout),
    ...lines(layout),
    ...termini(layout, lineById),
    ...stations(layout, options, lineById),
    ...veil(layout),
    '</g></svg>',
  ].join('');
}

function svgOpen(layout: MetroLayout, options: SvgOptions): string {
  const b = layout.bounds;
  const years =
    layout.years.length > 0 ? ` data-years="${layout.years.map((y) => `${y.year}:${round1(y.x1)}`).join(' ')}"` : '';
  const labelledBy = options.labelledBy ? ` aria-labelledby="${escapeXml(options.labelledBy)}"` : '';
  const label = options.label ? ` aria-label="${escapeXml(options.label)}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${options.className ?? 'metro-svg'}" viewBox="${round1(b.x0)} ${round1(b.y0)} ${round1(b.x1 - b.x0)} ${round1(b.y1 - b.y0)}" width="${Math.ceil(b.x1 - b.x0)}" height="${Math.ceil(b.y1 - b.y0)}" text-anchor="middle" role="group"${years}${labelledBy}${label}>`;
}

/** Every other year as a band, and each year's number above the map. */
function yearBands(layout: MetroLayout): string[] {
  if (layout.years.length === 0) return [];
  const b = layout.bounds;
  const out = [`<g class="metro-years" aria-hidden="true">`];
  layout.years.forEach((y, i) => {
    if (i % 2 === 0)
      out.push(
        `<rect class="metro-year-band" x="${round1(y.x0)}" y="${round1(b.y0)}" width="${round1(y.x1 - y.x0)}" height="${round1(b.y1 - b.y0)}"/>`,
      );
    out.push(
      `<text class="metro-year" x="${round1((y.x0 + y.x1) / 2)}" y="${round1(layout.yearAxisY)}" font-size="${YEAR_FONT}">${y.year}</text>`,
    );
  });
  out.push('</g>');
  return out;
}

/** One group per line; a stretch touching a planned station is dashed ("under construction"). */
function lines(layout: MetroLayout): string[] {
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
  return out;
}

/** Line names at the ends of lines (framed in the line's colour) and track names at branch starts. */
function termini(layout: MetroLayout, lineById: ReadonlyMap<string, NetLine>): string[] {
  if (layout.termini.length === 0) return [];
  const out = ['<g class="metro-termini" aria-hidden="true">'];
  for (const term of layout.termini) {
    const line = lineById.get(term.line)!;
    const bx = term.label.box;
    out.push(
      `<g class="metro-terminus${term.framed ? '' : ' is-track'} line-colour" data-line="${line.id}" style="${lineColourStyle(line.colour, line.colourDark)}">`,
    );
    if (term.framed)
      out.push(
        `<rect class="metro-terminus-frame" x="${round1(bx.x0)}" y="${round1(bx.y0)}" width="${round1(bx.x1 - bx.x0)}" height="${round1(bx.y1 - bx.y0)}" rx="4"/>`,
      );
    out.push(text(term.label, 'metro-terminus-text'));
    out.push('</g>');
  }
  out.push('</g>');
  return out;
}

/** Stations in keyboard order: a round marker on one line, a capsule at an interchange, and the name. */
function stations(layout: MetroLayout, options: SvgOptions, lineById: ReadonlyMap<string, NetLine>): string[] {
  const t = mapStrings(layout.locale);
  const net = layout.network;
  const lineName = (id: string) => lineById.get(id)!.name[layout.locale];
  const placed = new Map(layout.stations.map((s) => [s.id, s]));
  const out = ['<g class="metro-stations">'];
  for (const id of stationOrder(layout)) {
    const s = placed.get(id);
    if (!s) continue;
    const st: NetStation = net.stations.get(id)!;
    const names = st.lines.map(lineName);
    const single = s.lines.length === 1 ? lineById.get(s.lines[0]!.line)! : undefined;
    const m = s.marker;
    const marker = single
      ? `<circle class="metro-marker" cx="${round1(s.x)}" cy="${round1(s.y)}" r="${round1((m.x1 - m.x0) / 2 - 1)}"/>`
      : `<rect class="metro-marker is-interchange" x="${round1(m.x0 + 0.5)}" y="${round1(m.y0 + 0.5)}" width="${round1(m.x1 - m.x0 - 1)}" height="${round1(m.y1 - m.y0 - 1)}" rx="${round1((m.x1 - m.x0 - 1) / 2)}"/>`;
    const label = s.label ? text(s.label, 'metro-label') : '';
    const dom = domId(id);
    const common = `id="${options.idPrefix}-${dom}" data-station="${dom}" data-lines="${st.lines.join(' ')}"${single ? ` style="${lineColourStyle(single.colour, single.colourDark)}"` : ''}`;
    const cls = `metro-station${single ? ' line-colour' : ''}`;
    if (id === options.current) {
      out.push(
        `<g class="${cls} is-current" ${common} role="img" aria-label="${escapeXml(t.stationName(st.name, st.year, names))}">${marker}${label}</g>`,
      );
    } else if (st.kind === 'model') {
      out.push(
        `<a class="${cls}" href="${escapeXml(options.href(id))}" ${common} aria-label="${escapeXml(t.stationName(st.name, st.year, names))}">${marker}${label}</a>`,
      );
    } else {
      out.push(
        `<g class="${cls} is-planned" ${common} role="img" aria-label="${escapeXml(t.plannedName(st.name, st.year, names))}">${marker}${label}</g>`,
      );
    }
  }
  out.push('</g>');
  return out;
}

/** A veil over the years after the one chosen on the year slider (zero width until then). */
function veil(layout: MetroLayout): string[] {
  if (layout.years.length === 0) return [];
  const b = layout.bounds;
  return [
    `<rect class="metro-veil" x="${round1(b.x1)}" y="${round1(b.y0)}" width="0" height="${round1(b.y1 - b.y0)}"/>`,
  ];
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
