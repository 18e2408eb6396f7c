/**
 * The map as a poster: one standalone SVG sized for an A3 sheet (landscape; A2 prints the same at twice the
 * area), with the map's title, the legend and the date range, in light colours written into the file, so it
 * prints and opens the same anywhere. The original AlphaTree overview was a poster readers pinned up.
 */
import type { MetroLayout } from './layout.ts';
import { lineColourStyle, renderMapSvg } from './svg.ts';
import { mapStrings } from '../i18n/strings/map.ts';
import { escapeXml } from '../svg.ts';

/** A3 landscape, in mm; every A size has the same shape. */
const SHEET = { w: 420, h: 297 };
const MARGIN = 40;
const TITLE = 40;
const SUBTITLE = 18;
const LEGEND_ROW = 30;
const LEGEND_COLUMNS = 4;

/** The light theme's colours and the map's styles, as the site draws them (global.css and metro.css). */
const STYLE = `
svg{font-family:"Noto Sans","Helvetica Neue",Arial,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;--bg:#fbfbfa;--metro-bg:#fbfbfa;--fg:#1b1d1f;--fg-muted:#53585e}
.line-colour{--line:var(--line-light)}
.poster-bg{fill:#fff}
.poster-title{fill:var(--fg);font-weight:700}
.poster-sub,.poster-legend{fill:var(--fg-muted)}
.metro-year-band{fill:#f6f6f3}
.metro-year{fill:var(--fg-muted)}
.metro-track{fill:none;stroke:var(--line);stroke-width:4;stroke-linejoin:round;stroke-linecap:round}
.metro-track.is-planned{stroke-dasharray:8 5;stroke-linecap:butt}
.metro-marker{fill:var(--metro-bg);stroke:var(--line);stroke-width:2.5}
.metro-marker.is-interchange{stroke:var(--fg);stroke-width:2.25}
.is-planned .metro-marker{stroke-dasharray:2.2 1.8;stroke-width:2}
.metro-label,.metro-terminus-text{fill:var(--fg)}
.is-planned .metro-label,.is-track .metro-terminus-text{fill:var(--fg-muted)}
.metro-terminus-frame{fill:var(--metro-bg);stroke:var(--line);stroke-width:2.5}
.metro-veil{display:none}
.poster-swatch{stroke:var(--line);stroke-width:6}
`;

/**
 * The poster: the landscape map centred on the sheet under a title, with a legend of the lines below it.
 * `href` gives each station's page (absolute, so the links work wherever the file is opened).
 */
export function renderPoster(
  layout: MetroLayout,
  options: { href: (modelId: string) => string; years: string; site: string },
): string {
  const t = mapStrings(layout.locale);
  const b = layout.bounds;
  const mapW = b.x1 - b.x0;
  const mapH = b.y1 - b.y0;
  const lines = layout.network.lines;
  const legendH = Math.ceil(lines.length / LEGEND_COLUMNS) * LEGEND_ROW;
  // The sheet's shape fixes the width the map is centred in.
  const contentH = TITLE + SUBTITLE + 20 + mapH + 20 + legendH;
  const w = Math.max(mapW + 2 * MARGIN, ((contentH + 2 * MARGIN) * SHEET.w) / SHEET.h);
  const h = (w * SHEET.h) / SHEET.w;
  const top = (h - contentH) / 2;
  const map = renderMapSvg(layout, { idPrefix: 'poster', href: options.href, label: t.mapLabel })
    .replace(
      /^<svg /,
      `<svg x="${(w - mapW) / 2}" y="${top + TITLE + SUBTITLE + 20}" width="${mapW}" height="${mapH}" `,
    )
    .replace(/ role="group"/, '');
  const legendTop = top + TITLE + SUBTITLE + 40 + mapH;
  const colW = (w - 2 * MARGIN) / LEGEND_COLUMNS;
  const legend = lines
    .map((line, i) => {
      const x = MARGIN + (i % LEGEND_COLUMNS) * colW;
      const y = legendTop + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW;
      return `<g class="line-colour" style="${lineColourStyle(line.colour, line.colourDark)}"><path class="poster-swatch" d="M${x} ${y}h40"/><text class="poster-legend" x="${x + 52}" y="${y + 5}" font-size="16">${escapeXml(line.name[layout.locale])}</text></g>`;
    })
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHEET.w}mm" height="${SHEET.h}mm" viewBox="0 0 ${Math.round(w)} ${Math.round(h)}" lang="${layout.locale}">`,
    `<title>${escapeXml(t.mapPageTitle)}</title><style>${STYLE}</style>`,
    `<rect class="poster-bg" width="100%" height="100%"/>`,
    `<text class="poster-title" x="${MARGIN}" y="${top + TITLE - 8}" font-size="34">${escapeXml(t.mapPageTitle)}</text>`,
    `<text class="poster-sub" x="${MARGIN}" y="${top + TITLE + SUBTITLE}" font-size="16">${escapeXml(`${options.years} · ${options.site}`)}</text>`,
    map,
    legend,
    '</svg>\n',
  ].join('');
}
