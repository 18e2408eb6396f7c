/**
 * The subway map's interaction, loaded when a map comes into view: pan and zoom (d3-zoom; a modifier key
 * for the wheel when the map is part of a page), zoom buttons, highlighting a station's lines on hover or
 * focus, a legend entry showing its line alone, and riding the lines with the arrow keys.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';

interface Route {
  line: string;
  track: number;
}

const ZOOM_STEP = 1.6;
/** The largest zoom, relative to the map's drawn size. */
const MAX_NATURAL = 3;
/** Below this fraction of its drawn size the map opens zoomed in at its start instead of whole. */
const READABLE = 0.8;

export function enhance(root: HTMLElement): void {
  if (root.classList.contains('is-ready')) return;
  const svg = root.querySelector<SVGSVGElement>('svg.metro-svg');
  const viewport = svg?.querySelector<SVGGElement>('.metro-viewport');
  const frame = root.querySelector<HTMLElement>('.metro-frame');
  const rideEl = root.querySelector('[data-metro-ride]');
  if (!svg || !viewport || !frame || !rideEl) return;
  const ride = JSON.parse(rideEl.textContent || '{"lines":{}}') as { lines: Record<string, string[][]> };
  const status = root.querySelector<HTMLElement>('[data-metro-status]');
  const embedded = root.dataset.variant !== 'full';
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const words = {
    riding: root.dataset.riding ?? '',
  };

  // The map's own box, before the view box is fitted to the frame.
  const [mx, my, mw, mh] = (svg.getAttribute('viewBox') ?? '0 0 100 100').split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  root.classList.add('is-ready');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  for (const el of root.querySelectorAll<HTMLElement>('[data-metro-help], .metro-controls, .metro-year-control'))
    el.hidden = false;

  // Zoom: k = 1 shows the whole map; the view box always has the frame's shape.
  let fit = 1;
  /** The visible part of the map at zoom 1, in map units. */
  let extent: [[number, number], [number, number]] = [
    [mx, my],
    [mx + mw, my + mh],
  ];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .filter((event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }) => {
      if (event.type === 'wheel') return !embedded || !!(event.ctrlKey || event.metaKey);
      if (event.type.startsWith('touch')) return !embedded || (event.touches?.length ?? 0) > 1;
      return !event.ctrlKey && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      viewport.setAttribute('transform', event.transform.toString()),
    );
  const view = select(svg);
  const size = () => {
    const w = Math.max(frame.clientWidth, 1);
    const h = Math.max(frame.clientHeight, 1);
    fit = Math.min(w / mw, h / mh);
    const vw = w / fit;
    const vh = h / fit;
    extent = [
      [mx + mw / 2 - vw / 2, my + mh / 2 - vh / 2],
      [mx + mw / 2 + vw / 2, my + mh / 2 + vh / 2],
    ];
    svg.setAttribute('viewBox', `${extent[0][0]} ${extent[0][1]} ${vw} ${vh}`);
    behaviour
      .extent(extent)
      .translateExtent([
        [mx, my],
        [mx + mw, my + mh],
      ])
      .scaleExtent([1, Math.max(1, MAX_NATURAL / fit)]);
  };
  size();
  view.call(behaviour);
  if (embedded) svg.style.touchAction = 'pan-x pan-y';
  const start = () => {
    if (fit >= READABLE) return behaviour.transform(view, zoomIdentity);
    const k = READABLE / fit;
    const [[x0, y0]] = extent;
    behaviour.transform(view, zoomIdentity.translate(x0 - k * mx, y0 - k * my).scale(k));
  };
  start();
  new ResizeObserver(() => {
    const t = zoomTransform(svg);
    size();
    behaviour.transform(view, t);
  }).observe(frame);

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset.zoom;
      if (kind === 'in') behaviour.scaleBy(view, ZOOM_STEP);
      else if (kind === 'out') behaviour.scaleBy(view, 1 / ZOOM_STEP);
      else behaviour.transform(view, zoomIdentity);
    });
  }

  /** Pans just enough to bring a station into view. */
  const reveal = (el: SVGGraphicsElement) => {
    const b = el.getBBox();
    const t = zoomTransform(svg);
    const [[x0, y0], [x1, y1]] = extent;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const [sx, sy] = t.apply([cx, cy]);
    const pad = 40;
    if (sx < x0 + pad || sx > x1 - pad || sy < y0 + pad || sy > y1 - pad) behaviour.translateTo(view, cx, cy);
  };

  // Highlighting: a station's lines on hover or focus; a line chosen in the legend stays lit.
  const stations = [...svg.querySelectorAll<SVGGraphicsElement>('.metro-station')];
  const lit = [...svg.querySelectorAll<SVGElement>('.metro-line, .metro-terminus')];
  const linesOf = (el: Element) => (el.getAttribute('data-lines') ?? '').split(' ').filter(Boolean);
  let isolated: string | null = null;
  const light = (lines: string[] | null) => {
    svg.classList.toggle('is-dimmed', lines !== null);
    for (const el of lit) el.classList.toggle('is-lit', !!lines && lines.includes(el.dataset.line ?? ''));
    for (const s of stations) s.classList.toggle('is-lit', !!lines && linesOf(s).some((l) => lines.includes(l)));
  };
  const rest = () => light(isolated ? [isolated] : null);
  const stationOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGGraphicsElement>('.metro-station') : null;
  svg.addEventListener('pointerover', (e) => {
    const s = stationOf(e.target);
    if (s) light(isolated ? [isolated] : linesOf(s));
  });
  svg.addEventListener('pointerout', (e) => {
    if (stationOf(e.target) && stationOf(e.relatedTarget) !== stationOf(e.target)) rest();
  });
  svg.addEventListener('focusin', (e) => {
    const s = stationOf(e.target);
    if (!s) return;
    light(isolated ? [isolated] : linesOf(s));
    reveal(s);
  });
  svg.addEventListener('focusout', () => rest());

  // Planned stations can be reached by riding the line (not by Tab: they are not links).
  for (const s of stations) if (s.tagName.toLowerCase() !== 'a') s.setAttribute('tabindex', '-1');

  // Legend: a line alone, and back.
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.metro-legend button[data-line]')];
  const names = new Map(buttons.map((b) => [b.dataset.line ?? '', (b.textContent ?? '').trim()]));
  const showing = root.dataset.showing ?? '';
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const line = button.dataset.line ?? null;
      isolated = isolated === line ? null : line;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.line === isolated));
      for (const s of stations) {
        if (s.tagName.toLowerCase() !== 'a') continue;
        if (isolated && !linesOf(s).includes(isolated)) s.setAttribute('tabindex', '-1');
        else s.removeAttribute('tabindex');
      }
      rest();
      say(isolated ? (root.dataset.showingOne ?? '%s').replace('%s', names.get(isolated) ?? isolated) : showing);
    });
  }

  // Riding: left and right along the current line, up and down to change line at a station.
  let current: Route | null = null;
  const routesAt = (id: string): Route[] =>
    Object.entries(ride.lines).flatMap(([line, tracks]) =>
      tracks.flatMap((path, track) => (path.includes(id) ? [{ line, track }] : [])),
    );
  const step = (route: Route, id: string, by: 1 | -1): { id: string; route: Route } | null => {
    const tracks = ride.lines[route.line] ?? [];
    const order = [route.track, ...tracks.map((_, i) => i).filter((i) => i !== route.track)];
    for (const t of order) {
      const path = tracks[t]!;
      const i = path.indexOf(id);
      const next = path[i + by];
      if (i >= 0 && next) return { id: next, route: { line: route.line, track: t } };
    }
    return null;
  };
  const go = (id: string) => {
    const el = svg.querySelector<SVGGraphicsElement>(`.metro-station[data-station="${CSS.escape(id)}"]`);
    el?.focus();
  };
  svg.addEventListener('keydown', (e) => {
    const s = stationOf(e.target);
    if (!s) return;
    const id = s.dataset.station ?? '';
    const routes = routesAt(id);
    if (routes.length === 0) return;
    const here =
      current && routes.some((r) => r.line === current!.line && r.track === current!.track) ? current : routes[0]!;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = step(here, id, e.key === 'ArrowRight' ? 1 : -1);
      current = next?.route ?? here;
      if (next) go(next.id);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const i = routes.findIndex((r) => r.line === here.line && r.track === here.track);
      current = routes[(i + (e.key === 'ArrowDown' ? 1 : routes.length - 1)) % routes.length]!;
      light([current.line]);
      say((words.riding || '%s').replace('%s', names.get(current.line) ?? current.line));
    } else if (e.key === 'Home' || e.key === 'End') {
      const path = ride.lines[here.line]?.[here.track] ?? [];
      current = here;
      const target = e.key === 'Home' ? path[0] : path.at(-1);
      if (target) go(target);
    } else if (e.key === '+' || e.key === '=') behaviour.scaleBy(view, ZOOM_STEP);
    else if (e.key === '-') behaviour.scaleBy(view, 1 / ZOOM_STEP);
    else if (e.key === '0') behaviour.transform(view, zoomIdentity);
    else return;
    e.preventDefault();
  });

  // Year slider: the years after the chosen one step back behind a veil (bands run left to right).
  const slider = root.querySelector<HTMLInputElement>('[data-metro-year]');
  const veil = svg.querySelector<SVGRectElement>('.metro-veil');
  const bands = (svg.dataset.years ?? '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split(':').map(Number) as [number, number]);
  if (slider && veil) {
    const shown = root.querySelector<HTMLOutputElement>('[data-metro-year-value]');
    slider.addEventListener('input', () => {
      const year = Number(slider.value);
      const edge = bands.filter(([y]) => y <= year).at(-1)?.[1] ?? mx;
      const last = year >= Number(slider.max);
      veil.setAttribute('x', String(edge));
      veil.setAttribute('width', String(last ? 0 : Math.max(0, mx + mw - edge)));
      if (shown) shown.value = String(year);
    });
  }

  // Arriving with #map-<station> (from a model page): show that station.
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? svg.querySelector<SVGGraphicsElement>(`[id="${CSS.escape(hash)}"]`) : null;
  if (target) {
    const b = target.getBBox();
    behaviour.scaleTo(view, Math.max(1, 1 / fit));
    behaviour.translateTo(view, b.x + b.width / 2, b.y + b.height / 2);
    target.focus({ preventScroll: true });
  }
}
