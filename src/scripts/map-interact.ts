/**
 * The subway map's interaction, loaded when a map comes into view. The map block holds two drawings (the
 * CSS media query shows the landscape one on wide screens, the portrait one on narrow ones); every part below
 * acts on both: highlighting a station's lines, the legend showing one line alone (and bringing it to the
 * middle of the view), riding the lines with the keyboard, the station finder, the year slider, and a URL
 * that keeps the isolated line, the search, the zoom and the selected station. Pan and zoom live in
 * ./map/views.ts; the logic of riding, finding and views in lib/metro (ride.ts, find.ts, view.ts).
 */
import { findStations, type Findable } from '../lib/metro/find.ts';
import {
  acrossLines,
  changeTrack,
  positionAt,
  step,
  trackEnd,
  parseYearBands,
  veilAfter,
  type RidePosition,
} from '../lib/metro/ride.ts';
import { parseState, stateUrl } from '../lib/metro/view.ts';
import { boxOf, lineBox, linesOf, shown, stationIn, stationOf, type MapContext } from './map/context.ts';
import { landscapeView, portraitView } from './map/views.ts';

/** How long the URL and the search wait for typing or moving to pause (ms). */
const SETTLE = 300;

export function enhance(root: HTMLElement): void {
  if (root.classList.contains('is-ready')) return;
  const ctx = mapContext(root);
  if (!ctx) return;
  root.classList.add('is-ready');
  for (const el of root.querySelectorAll<HTMLElement>('.metro-controls')) el.hidden = false;
  const state = parseState(location.search, location.hash);
  setupViews(ctx, state.view);
  const light = setupHighlight(ctx);
  const isolate = setupLegend(ctx, light);
  setupRiding(ctx, light);
  const find = setupFinder(ctx);
  setupYearSlider(ctx);
  setupUrlState(ctx);
  if (state.line) isolate(state.line, !state.view && !state.station);
  if (state.q) find(state.q, !state.view && !state.station);
  if (state.station) showStation(ctx, state.station, !state.view);
}

function mapContext(root: HTMLElement): MapContext | undefined {
  const rideEl = root.querySelector('[data-metro-ride]');
  if (!rideEl) return undefined;
  const status = root.querySelector<HTMLElement>('[data-metro-status]');
  const buttons = root.querySelectorAll<HTMLButtonElement>('.metro-legend button[data-line]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ctx: MapContext = {
    root,
    views: [],
    ride: JSON.parse(rideEl.textContent || '{"lines":{},"stations":[]}') as MapContext['ride'],
    names: new Map([...buttons].map((b) => [b.dataset.line ?? '', (b.textContent ?? '').trim()])),
    isolated: null,
    query: '',
    selected: null,
    say: (text) => {
      if (status) status.textContent = text;
    },
    changed: () => {
      clearTimeout(timer);
      timer = setTimeout(() => root.dispatchEvent(new CustomEvent('metro:changed')), SETTLE);
    },
  };
  return ctx;
}

/** A view for each drawing: the landscape one pans and zooms, the portrait one scrolls with the page. */
function setupViews(ctx: MapContext, initial: Parameters<typeof landscapeView>[3]): void {
  for (const frame of ctx.root.querySelectorAll<HTMLElement>('.metro-frame')) {
    const svg = frame.querySelector<SVGSVGElement>('svg.metro-svg');
    if (!svg?.querySelector('.metro-viewport')) continue;
    // The drawing itself is no Tab stop: Tab goes straight to its one station (see setupRiding).
    svg.setAttribute('tabindex', '-1');
    ctx.views.push(
      svg.dataset.orientation === 'portrait' ? portraitView(frame, svg) : landscapeView(ctx, frame, svg, initial),
    );
  }
}

/** Highlighting: a station's lines on hover or focus; a line chosen in the legend stays lit. */
function setupHighlight(ctx: MapContext): (lines: string[] | null) => void {
  const parts = ctx.views.map((v) => ({
    svg: v.svg,
    lines: [...v.svg.querySelectorAll<SVGElement>('.metro-line, .metro-terminus')],
    stations: [...v.svg.querySelectorAll<SVGElement>('.metro-station, .metro-connector, .metro-leader')],
  }));
  const light = (lines: string[] | null) => {
    for (const p of parts) {
      p.svg.classList.toggle('is-dimmed', lines !== null);
      for (const el of p.lines) el.classList.toggle('is-lit', !!lines && lines.includes(el.dataset.line ?? ''));
      for (const s of p.stations) s.classList.toggle('is-lit', !!lines && linesOf(s).some((l) => lines.includes(l)));
    }
  };
  const rest = () => light(ctx.isolated ? [ctx.isolated] : null);
  for (const view of ctx.views) {
    const { svg } = view;
    svg.addEventListener('pointerover', (e) => {
      const s = stationOf(e.target);
      if (s) light(ctx.isolated ? [ctx.isolated] : linesOf(s));
    });
    svg.addEventListener('pointerout', (e) => {
      if (stationOf(e.target) && stationOf(e.relatedTarget) !== stationOf(e.target)) rest();
    });
    svg.addEventListener('focusin', (e) => {
      const s = stationOf(e.target);
      if (!s) return;
      light(ctx.isolated ? [ctx.isolated] : linesOf(s));
      view.reveal(s);
    });
    svg.addEventListener('focusout', (e) => {
      if (!stationOf(e.relatedTarget)) rest();
    });
  }
  return (lines) => (lines ? light(lines) : rest());
}

/** Legend: a line alone (brought to the middle of the view), and back. Returns the function that isolates. */
function setupLegend(ctx: MapContext, light: (lines: string[] | null) => void): (line: string, move: boolean) => void {
  const buttons = [...ctx.root.querySelectorAll<HTMLButtonElement>('.metro-legend button[data-line]')];
  const showing = ctx.root.dataset.showing ?? '';
  const isolate = (line: string | null, move: boolean) => {
    ctx.isolated = line && ctx.names.has(line) ? line : null;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.line === ctx.isolated));
    light(null);
    const one = ctx.root.dataset.showingOne ?? '%s';
    ctx.say(ctx.isolated ? one.replace('%s', ctx.names.get(ctx.isolated) ?? ctx.isolated) : showing);
    const view = shown(ctx);
    const box = ctx.isolated && view ? lineBox(view, ctx.isolated) : undefined;
    if (move && view && box) view.focusBox(box);
    ctx.changed();
  };
  for (const button of buttons)
    button.addEventListener('click', () => {
      const line = button.dataset.line ?? null;
      isolate(ctx.isolated === line ? null : line, true);
    });
  return (line, move) => isolate(line, move);
}

/**
 * Riding with the keyboard. The map is one Tab stop (the station last focused, at first the first in reading
 * order); along the line (left and right on the landscape map, up and down on the portrait one) rides to the
 * next station of the track; across changes line at an interchange, and elsewhere moves to the nearest
 * station of the neighbouring line; Home and End go to the track's ends.
 */
function setupRiding(ctx: MapContext, light: (lines: string[] | null) => void): void {
  const riding = ctx.root.dataset.riding || '%s';
  const caption = document.createElement('p');
  caption.className = 'metro-riding';
  caption.hidden = true;
  ctx.root.querySelector('.metro-main')?.append(caption);
  let current: RidePosition | null = null;
  for (const view of ctx.views) {
    const roving = (el: SVGGraphicsElement) => {
      for (const s of view.stations) s.setAttribute('tabindex', s === el ? '0' : '-1');
    };
    if (view.stations[0]) roving(view.stations[0]);
    const go = (id: string) => stationIn(view, id)?.focus();
    const timeOf = (id: string) => {
      const b = stationIn(view, id)?.querySelector<SVGGraphicsElement>('.metro-marker')?.getBBox();
      return b ? (view.orientation === 'portrait' ? b.y : b.x) : 0;
    };
    const [next, prev, across, back] =
      view.orientation === 'portrait'
        ? ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft']
        : ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];
    view.svg.addEventListener('focusin', (e) => {
      const s = stationOf(e.target);
      if (!s) return;
      roving(s);
      ctx.selected = s.dataset.station ?? null;
      ctx.changed();
    });
    view.svg.addEventListener('keydown', (e) => {
      const s = stationOf(e.target);
      const id = s?.dataset.station ?? '';
      const here = s && positionAt(ctx.ride, current, id);
      if (!here) return;
      if (e.key === next || e.key === prev) {
        const to = step(ctx.ride, here, id, e.key === next ? 1 : -1);
        current = to?.position ?? here;
        if (to) go(to.id);
      } else if (e.key === across || e.key === back) {
        const by = e.key === across ? 1 : -1;
        if (linesOf(s).length > 1 || ctx.ride.lines[here.line]!.filter((t) => t.includes(id)).length > 1) {
          current = changeTrack(ctx.ride, here, id, by);
          light([current.line]);
          const text = riding.replace('%s', ctx.names.get(current.line) ?? current.line);
          ctx.say(text);
          caption.textContent = text;
          caption.hidden = false;
        } else {
          const to = acrossLines(ctx.ride, here, id, by, timeOf);
          if (to) {
            current = to.position;
            go(to.id);
          }
        }
      } else if (e.key === 'Home' || e.key === 'End') {
        current = here;
        const target = trackEnd(ctx.ride, here, e.key === 'Home' ? 'first' : 'last');
        if (target) go(target);
      } else if ((e.key === '+' || e.key === '=') && view.zoomBy) view.zoomBy(1);
      else if (e.key === '-' && view.zoomBy) view.zoomBy(-1);
      else if (e.key === '0' && view.zoomBy) view.zoomBy(0);
      else return;
      e.preventDefault();
    });
    view.svg.addEventListener('focusout', (e) => {
      if (!stationOf(e.relatedTarget)) caption.hidden = true;
    });
  }
}

/** The station finder: highlights every match (planned stations too), centres the best and offers its entry. */
function setupFinder(ctx: MapContext): (q: string, move: boolean) => void {
  const form = ctx.root.querySelector<HTMLFormElement>('[data-metro-find]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const result = form?.querySelector<HTMLElement>('[data-metro-find-result]');
  if (!form || !input || !result) return () => undefined;
  const words = JSON.parse(form.dataset.words ?? '{}') as Record<
    'none' | 'best' | 'open' | 'planned' | 'one' | 'many',
    string
  >;
  const mark = (found: Findable[]) => {
    const ids = new Set(found.map((f) => f.id));
    for (const view of ctx.views) {
      view.svg.classList.toggle('is-finding', found.length > 0);
      for (const s of view.stations) {
        s.classList.toggle('is-found', ids.has(s.dataset.station ?? ''));
        s.classList.toggle('is-best', s.dataset.station === found[0]?.id);
      }
    }
  };
  const describe = (q: string, found: Findable[]) => {
    result.replaceChildren();
    if (!q.trim()) return;
    const best = found[0];
    if (!best) {
      result.textContent = words.none.replace('%s', q.trim());
      return;
    }
    const link = shown(ctx) && stationIn(shown(ctx)!, best.id);
    result.append(`${words.best} `);
    if (link instanceof SVGAElement) {
      const a = document.createElement('a');
      a.href = link.href.baseVal;
      a.textContent = words.open.replace('%s', best.names[0]!);
      result.append(a);
    } else result.append(`${best.names[0]} (${words.planned})`);
    const more = found.length - 1;
    if (more > 0) result.append(` ${more === 1 ? words.one : words.many.replace('%n', String(more))}`);
  };
  const find = (q: string, move: boolean) => {
    ctx.query = q.trim();
    const found = findStations(ctx.ride.stations, q);
    mark(found);
    describe(q, found);
    const view = shown(ctx);
    const best = found[0] && view ? stationIn(view, found[0].id) : undefined;
    if (move && view && best) {
      if (view.orientation === 'landscape') view.focusBox(boxOf(best));
      else view.reveal(best);
    }
    ctx.changed();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // While typing, the landscape map follows the best match; the portrait one waits for Enter (the page
    // would scroll the box away from under the reader's fingers).
    timer = setTimeout(() => find(input.value, shown(ctx)?.orientation === 'landscape'), SETTLE);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    find(input.value, true);
  });
  return (q, move) => {
    input.value = q;
    find(q, move);
  };
}

/** Year slider: the years after the chosen one step back behind a veil (bands run along the time axis). */
function setupYearSlider(ctx: MapContext): void {
  const slider = ctx.root.querySelector<HTMLInputElement>('[data-metro-year]');
  if (!slider) return;
  const shownYear = ctx.root.querySelector<HTMLOutputElement>('[data-metro-year-value]');
  const veils = ctx.views.flatMap((view) => {
    const veil = view.svg.querySelector<SVGRectElement>('.metro-veil');
    return veil ? [{ view, veil, bands: parseYearBands(view.svg.dataset.years ?? '') }] : [];
  });
  slider.addEventListener('input', () => {
    const year = Number(slider.value);
    for (const { view, veil, bands } of veils) {
      const portrait = view.orientation === 'portrait';
      const [start, end] = portrait ? [view.box.y0, view.box.y1] : [view.box.x0, view.box.x1];
      const { at, size } = veilAfter(bands, year, Number(slider.max), start, end);
      veil.setAttribute(portrait ? 'y' : 'x', String(at));
      veil.setAttribute(portrait ? 'height' : 'width', String(size));
    }
    if (shownYear) shownYear.value = String(year);
  });
}

/**
 * Arriving with #map-<station> (from a model page or a shared link): that station focused and in view — at
 * the middle of the view, unless the URL also gave a view to keep.
 */
function showStation(ctx: MapContext, id: string, move: boolean): void {
  const view = shown(ctx);
  const target = view && stationIn(view, id);
  if (!view || !target) return;
  if (view.orientation === 'landscape' && move) view.focusBox(boxOf(target));
  target.focus({ preventScroll: view.orientation === 'landscape' });
  if (view.orientation === 'portrait') view.reveal(target);
}

/** The map page's URL keeps what a reader would share: the isolated line, the search, the zoom, the station. */
function setupUrlState(ctx: MapContext): void {
  if (ctx.root.dataset.variant !== 'full') return;
  ctx.root.addEventListener('metro:changed', () => {
    const view = shown(ctx)?.current();
    const { search, hash } = stateUrl(
      {
        ...(ctx.isolated ? { line: ctx.isolated } : {}),
        ...(ctx.query ? { q: ctx.query } : {}),
        ...(view ? { view } : {}),
        ...(ctx.selected ? { station: ctx.selected } : {}),
      },
      location.search,
    );
    history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);
  });
}
