/**
 * The subway map's interaction, loaded when a map comes into view: pan and zoom (d3-zoom; a modifier key
 * for the wheel when the map is part of a page), zoom buttons, highlighting a station's lines on hover or
 * focus, a legend entry showing its line alone, and riding the lines with the arrow keys. Each part is set
 * up on its own from one shared context; the logic of riding and of the year bands is in lib/metro/ride.ts.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import {
  changeTrack,
  parseYearBands,
  positionAt,
  step,
  trackEnd,
  veilAfter,
  type RideData,
  type RidePosition,
} from '../lib/metro/ride.ts';

const ZOOM_STEP = 1.6;
/** The largest zoom, relative to the map's drawn size. */
const MAX_NATURAL = 3;
/** Below this fraction of its drawn size the map opens zoomed in at its start instead of whole. */
const READABLE = 0.8;
/** A station this close to the frame's edge (px) is panned into view when it gets focus. */
const REVEAL_PAD = 40;

/** What every part of the map's interaction shares. */
interface MapContext {
  root: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  frame: HTMLElement;
  ride: RideData;
  embedded: boolean;
  /** The map's own box (its view box as drawn, before it is fitted to the frame). */
  box: { x: number; y: number; w: number; h: number };
  stations: SVGGraphicsElement[];
  /** Line names as the legend shows them. */
  names: Map<string, string>;
  say(text: string): void;
}

interface Zoom {
  behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  view: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Scale at which the whole map fits the frame. */
  fit(): number;
  /** Pans just enough to bring an element into view. */
  reveal(el: SVGGraphicsElement): void;
}

interface Highlight {
  /** Lights these lines (everything else steps back), or none. */
  light(lines: string[] | null): void;
  /** Back to the resting state: the isolated line, or nothing. */
  rest(): void;
  isolated: string | null;
}

export function enhance(root: HTMLElement): void {
  if (root.classList.contains('is-ready')) return;
  const ctx = mapContext(root);
  if (!ctx) return;
  root.classList.add('is-ready');
  ctx.svg.removeAttribute('width');
  ctx.svg.removeAttribute('height');
  for (const el of root.querySelectorAll<HTMLElement>('[data-metro-help], .metro-controls, .metro-year-control'))
    el.hidden = false;
  const z = setupZoom(ctx);
  const highlight = setupHighlight(ctx, z);
  setupLegend(ctx, highlight);
  setupRiding(ctx, highlight, z);
  setupYearSlider(ctx);
  showHashStation(ctx, z);
}

function mapContext(root: HTMLElement): MapContext | undefined {
  const svg = root.querySelector<SVGSVGElement>('svg.metro-svg');
  const viewport = svg?.querySelector<SVGGElement>('.metro-viewport');
  const frame = root.querySelector<HTMLElement>('.metro-frame');
  const rideEl = root.querySelector('[data-metro-ride]');
  if (!svg || !viewport || !frame || !rideEl) return undefined;
  const status = root.querySelector<HTMLElement>('[data-metro-status]');
  const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '0 0 100 100').split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const buttons = root.querySelectorAll<HTMLButtonElement>('.metro-legend button[data-line]');
  return {
    root,
    svg,
    viewport,
    frame,
    ride: JSON.parse(rideEl.textContent || '{"lines":{}}') as RideData,
    embedded: root.dataset.variant !== 'full',
    box: { x, y, w, h },
    stations: [...svg.querySelectorAll<SVGGraphicsElement>('.metro-station')],
    names: new Map([...buttons].map((b) => [b.dataset.line ?? '', (b.textContent ?? '').trim()])),
    say: (text) => {
      if (status) status.textContent = text;
    },
  };
}

/** Zoom: k = 1 shows the whole map; the view box always has the frame's shape. */
function setupZoom(ctx: MapContext): Zoom {
  const { svg, frame, box: m } = ctx;
  let fit = 1;
  /** The visible part of the map at zoom 1, in map units. */
  let extent: [[number, number], [number, number]] = [
    [m.x, m.y],
    [m.x + m.w, m.y + m.h],
  ];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .filter((event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }) => {
      if (event.type === 'wheel') return !ctx.embedded || !!(event.ctrlKey || event.metaKey);
      if (event.type.startsWith('touch')) return !ctx.embedded || (event.touches?.length ?? 0) > 1;
      return !event.ctrlKey && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      ctx.viewport.setAttribute('transform', event.transform.toString()),
    );
  const view = select(svg);
  const size = () => {
    const w = Math.max(frame.clientWidth, 1);
    const h = Math.max(frame.clientHeight, 1);
    fit = Math.min(w / m.w, h / m.h);
    const vw = w / fit;
    const vh = h / fit;
    extent = [
      [m.x + m.w / 2 - vw / 2, m.y + m.h / 2 - vh / 2],
      [m.x + m.w / 2 + vw / 2, m.y + m.h / 2 + vh / 2],
    ];
    svg.setAttribute('viewBox', `${extent[0][0]} ${extent[0][1]} ${vw} ${vh}`);
    behaviour
      .extent(extent)
      .translateExtent([
        [m.x, m.y],
        [m.x + m.w, m.y + m.h],
      ])
      .scaleExtent([1, Math.max(1, MAX_NATURAL / fit)]);
  };
  size();
  view.call(behaviour);
  if (ctx.embedded) svg.style.touchAction = 'pan-x pan-y';
  if (fit >= READABLE) behaviour.transform(view, zoomIdentity);
  else {
    // Too small to read whole: open zoomed in at the map's start.
    const k = READABLE / fit;
    const [[x0, y0]] = extent;
    behaviour.transform(view, zoomIdentity.translate(x0 - k * m.x, y0 - k * m.y).scale(k));
  }
  new ResizeObserver(() => {
    const t = zoomTransform(svg);
    size();
    behaviour.transform(view, t);
  }).observe(frame);

  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset.zoom;
      if (kind === 'in') behaviour.scaleBy(view, ZOOM_STEP);
      else if (kind === 'out') behaviour.scaleBy(view, 1 / ZOOM_STEP);
      else behaviour.transform(view, zoomIdentity);
    });
  }
  const reveal = (el: SVGGraphicsElement) => {
    const b = el.getBBox();
    const t = zoomTransform(svg);
    const [[x0, y0], [x1, y1]] = extent;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const [sx, sy] = t.apply([cx, cy]);
    const pad = REVEAL_PAD;
    if (sx < x0 + pad || sx > x1 - pad || sy < y0 + pad || sy > y1 - pad) behaviour.translateTo(view, cx, cy);
  };
  return { behaviour, view, fit: () => fit, reveal };
}

const linesOf = (el: Element): string[] => (el.getAttribute('data-lines') ?? '').split(' ').filter(Boolean);
const stationOf = (target: EventTarget | null): SVGGraphicsElement | null =>
  target instanceof Element ? target.closest<SVGGraphicsElement>('.metro-station') : null;
const isLink = (el: Element): boolean => el.tagName.toLowerCase() === 'a';

/** Highlighting: a station's lines on hover or focus; a line chosen in the legend stays lit. */
function setupHighlight(ctx: MapContext, z: Zoom): Highlight {
  const { svg, stations } = ctx;
  const lit = [...svg.querySelectorAll<SVGElement>('.metro-line, .metro-terminus')];
  const h: Highlight = {
    isolated: null,
    light: (lines) => {
      svg.classList.toggle('is-dimmed', lines !== null);
      for (const el of lit) el.classList.toggle('is-lit', !!lines && lines.includes(el.dataset.line ?? ''));
      for (const s of stations) s.classList.toggle('is-lit', !!lines && linesOf(s).some((l) => lines.includes(l)));
    },
    rest: () => h.light(h.isolated ? [h.isolated] : null),
  };
  svg.addEventListener('pointerover', (e) => {
    const s = stationOf(e.target);
    if (s) h.light(h.isolated ? [h.isolated] : linesOf(s));
  });
  svg.addEventListener('pointerout', (e) => {
    if (stationOf(e.target) && stationOf(e.relatedTarget) !== stationOf(e.target)) h.rest();
  });
  svg.addEventListener('focusin', (e) => {
    const s = stationOf(e.target);
    if (!s) return;
    h.light(h.isolated ? [h.isolated] : linesOf(s));
    z.reveal(s);
  });
  svg.addEventListener('focusout', () => h.rest());
  // Planned stations can be reached by riding the line (not by Tab: they are not links).
  for (const s of stations) if (!isLink(s)) s.setAttribute('tabindex', '-1');
  return h;
}

/** Legend: a line alone, and back. */
function setupLegend(ctx: MapContext, h: Highlight): void {
  const buttons = [...ctx.root.querySelectorAll<HTMLButtonElement>('.metro-legend button[data-line]')];
  const showing = ctx.root.dataset.showing ?? '';
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const line = button.dataset.line ?? null;
      h.isolated = h.isolated === line ? null : line;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.line === h.isolated));
      for (const s of ctx.stations) {
        if (!isLink(s)) continue;
        if (h.isolated && !linesOf(s).includes(h.isolated)) s.setAttribute('tabindex', '-1');
        else s.removeAttribute('tabindex');
      }
      h.rest();
      const one = ctx.root.dataset.showingOne ?? '%s';
      ctx.say(h.isolated ? one.replace('%s', ctx.names.get(h.isolated) ?? h.isolated) : showing);
    });
  }
}

/** Riding: left and right along the current line, up and down to change line at a station. */
function setupRiding(ctx: MapContext, h: Highlight, z: Zoom): void {
  const riding = ctx.root.dataset.riding || '%s';
  let current: RidePosition | null = null;
  const go = (id: string) =>
    ctx.svg.querySelector<SVGGraphicsElement>(`.metro-station[data-station="${CSS.escape(id)}"]`)?.focus();
  ctx.svg.addEventListener('keydown', (e) => {
    const s = stationOf(e.target);
    if (!s) return;
    const id = s.dataset.station ?? '';
    const here = positionAt(ctx.ride, current, id);
    if (!here) return;
    const { behaviour, view } = z;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = step(ctx.ride, here, id, e.key === 'ArrowRight' ? 1 : -1);
      current = next?.position ?? here;
      if (next) go(next.id);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      current = changeTrack(ctx.ride, here, id, e.key === 'ArrowDown' ? 1 : -1);
      h.light([current.line]);
      ctx.say(riding.replace('%s', ctx.names.get(current.line) ?? current.line));
    } else if (e.key === 'Home' || e.key === 'End') {
      current = here;
      const target = trackEnd(ctx.ride, here, e.key === 'Home' ? 'first' : 'last');
      if (target) go(target);
    } else if (e.key === '+' || e.key === '=') behaviour.scaleBy(view, ZOOM_STEP);
    else if (e.key === '-') behaviour.scaleBy(view, 1 / ZOOM_STEP);
    else if (e.key === '0') behaviour.transform(view, zoomIdentity);
    else return;
    e.preventDefault();
  });
}

/** Year slider: the years after the chosen one step back behind a veil (bands run left to right). */
function setupYearSlider(ctx: MapContext): void {
  const slider = ctx.root.querySelector<HTMLInputElement>('[data-metro-year]');
  const veil = ctx.svg.querySelector<SVGRectElement>('.metro-veil');
  if (!slider || !veil) return;
  const bands = parseYearBands(ctx.svg.dataset.years ?? '');
  const shown = ctx.root.querySelector<HTMLOutputElement>('[data-metro-year-value]');
  slider.addEventListener('input', () => {
    const year = Number(slider.value);
    const { at, size } = veilAfter(bands, year, Number(slider.max), ctx.box.x, ctx.box.x + ctx.box.w);
    veil.setAttribute('x', String(at));
    veil.setAttribute('width', String(size));
    if (shown) shown.value = String(year);
  });
}

/** Arriving with #map-<station> (from a model page): show that station. */
function showHashStation(ctx: MapContext, z: Zoom): void {
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? ctx.svg.querySelector<SVGGraphicsElement>(`[id="${CSS.escape(hash)}"]`) : null;
  if (!target) return;
  const b = target.getBBox();
  z.behaviour.scaleTo(z.view, Math.max(1, 1 / z.fit()));
  z.behaviour.translateTo(z.view, b.x + b.width / 2, b.y + b.height / 2);
  target.focus({ preventScroll: true });
}
