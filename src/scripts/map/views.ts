/**
 * The two drawings as views. The landscape map pans and zooms (d3-zoom): the mouse drags, the wheel zooms
 * (with Ctrl or ⌘ when the map is part of a page), and on a touch screen only two fingers move it, so a
 * one-finger swipe always scrolls the page. It opens on every line's name at a readable size (or as much as
 * fits, saying so), and "show the whole map" says when the whole map is too small to read. The portrait map
 * does not zoom: it is drawn at full size and scrolls with the page.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Box } from '../../lib/metro/geometry.ts';
import { firstView, focusView, wholeView, type Size, type View } from '../../lib/metro/view.ts';
import { STATION_FONT } from '../../lib/metro/text-shape.ts';
import type { MapContext, MapView } from './context.ts';

const ZOOM_STEP = 1.6;
/** The largest zoom, in screen px per map unit. */
const MAX_SCALE = 3;
/** A focused station this close to the frame's edge (px) is panned into view. */
const REVEAL_PAD = 40;

type ZoomEvent = Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList };

function viewBoxOf(svg: SVGSVGElement): Box {
  const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '0 0 100 100').split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { x0: x, y0: y, x1: x + w, y1: y + h };
}

const isShown = (el: HTMLElement) => el.getClientRects().length > 0;

export function portraitView(frame: HTMLElement, svg: SVGSVGElement): MapView {
  return {
    orientation: 'portrait',
    frame,
    svg,
    viewport: svg.querySelector<SVGGElement>('.metro-viewport')!,
    box: viewBoxOf(svg),
    stations: [...svg.querySelectorAll<SVGGraphicsElement>('.metro-station')],
    visible: () => isShown(frame),
    reveal: (el) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
    },
    focusBox: (b) => {
      // The box's top (where a line starts) comes into view: the page scrolls, the map does not move.
      const m = viewBoxOf(svg);
      const r = svg.getBoundingClientRect();
      const top = r.top + (b.y0 - m.y0) * (r.width / (m.x1 - m.x0));
      if (top < 0 || top > innerHeight * 0.6) scrollBy({ top: top - innerHeight * 0.25 });
    },
    current: () => undefined,
  };
}

export function landscapeView(
  ctx: MapContext,
  frame: HTMLElement,
  svg: SVGSVGElement,
  initial: View | undefined,
): MapView {
  const viewport = svg.querySelector<SVGGElement>('.metro-viewport')!;
  const m = viewBoxOf(svg);
  const mw = m.x1 - m.x0;
  const mh = m.y1 - m.y0;
  const embedded = ctx.root.dataset.variant !== 'full';
  const note = ctx.root.querySelector<HTMLElement>('[data-metro-note]');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  let fit = 1;
  let moved = false;
  /** The visible part of the map at zoom 1 (the whole map, fitted), in map units. */
  let extent: [[number, number], [number, number]] = [
    [m.x0, m.y0],
    [m.x1, m.y1],
  ];
  const frameSize = (): Size => ({ w: Math.max(frame.clientWidth, 1), h: Math.max(frame.clientHeight, 1) });
  const behaviour = zoom<SVGSVGElement, unknown>()
    .filter((event: ZoomEvent) => {
      if (event.type === 'wheel') return !embedded || !!(event.ctrlKey || event.metaKey);
      // One finger scrolls the page; two fingers move and zoom the map.
      if (event.type.startsWith('touch')) return (event.touches?.length ?? 0) > 1;
      return !event.ctrlKey && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      if (event.sourceEvent) {
        moved = true;
        if (note) note.hidden = true;
      }
    })
    .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) ctx.changed();
    });
  const d3view = select(svg);
  const size = () => {
    const { w, h } = frameSize();
    fit = Math.min(w / mw, h / mh);
    const vw = w / fit;
    const vh = h / fit;
    extent = [
      [m.x0 + mw / 2 - vw / 2, m.y0 + mh / 2 - vh / 2],
      [m.x0 + mw / 2 + vw / 2, m.y0 + mh / 2 + vh / 2],
    ];
    svg.setAttribute('viewBox', `${extent[0][0]} ${extent[0][1]} ${vw} ${vh}`);
    behaviour
      .extent(extent)
      .translateExtent([
        [m.x0, m.y0],
        [m.x1, m.y1],
      ])
      .scaleExtent([1, Math.max(1, MAX_SCALE / fit)]);
  };
  /** The transform that shows a view: its scale, its centre in the middle of the frame. */
  const transformOf = (v: View): ZoomTransform => {
    const k = Math.max(1, v.scale / fit);
    const [[x0, y0], [x1, y1]] = extent;
    return zoomIdentity.translate((x0 + x1) / 2 - k * v.cx, (y0 + y1) / 2 - k * v.cy).scale(k);
  };
  const show = (v: View) => behaviour.transform(d3view, transformOf(v));
  const say = (text: string | null) => {
    if (!note) return;
    note.hidden = text === null;
    note.textContent = text ?? '';
  };
  size();
  d3view.call(behaviour);
  svg.style.touchAction = 'pan-x pan-y';
  const overview = (ctx.root.dataset.overview ?? '').split(' ').map(Number);
  const ov =
    overview.length === 4 ? { x0: overview[0]!, y0: overview[1]!, x1: overview[2]!, y1: overview[3]! } : undefined;
  const start = () => {
    if (initial) return show(initial);
    const first = firstView(frameSize(), m, ov);
    show(first);
    say(first.fits ? null : (note?.dataset.notAll ?? null));
  };
  start();
  let shownBefore = isShown(frame);
  new ResizeObserver(() => {
    const t = zoomTransform(svg);
    size();
    // Shown for the first time (the window grew past the phone layout): open as a first view would.
    if (!shownBefore && isShown(frame)) start();
    else behaviour.transform(d3view, t);
    shownBefore = isShown(frame);
  }).observe(frame);

  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset.zoom;
      moved = true;
      if (kind === 'in') behaviour.scaleBy(d3view, ZOOM_STEP);
      else if (kind === 'out') behaviour.scaleBy(d3view, 1 / ZOOM_STEP);
      else {
        const whole = wholeView(frameSize(), m);
        show(whole);
        const px = Math.round(whole.scale * STATION_FONT * 10) / 10;
        say(whole.readable ? null : (note?.dataset.tooSmall ?? '%s').replace('%s', String(px)));
      }
      if (kind !== 'reset') say(null);
      ctx.changed();
    });
  }
  return {
    orientation: 'landscape',
    frame,
    svg,
    viewport,
    box: m,
    stations: [...svg.querySelectorAll<SVGGraphicsElement>('.metro-station')],
    visible: () => isShown(frame),
    reveal: (el) => {
      const b = el.getBBox();
      const t = zoomTransform(svg);
      const [[x0, y0], [x1, y1]] = extent;
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      const [sx, sy] = t.apply([cx, cy]);
      const pad = REVEAL_PAD / fit;
      if (sx < x0 + pad || sx > x1 - pad || sy < y0 + pad || sy > y1 - pad) behaviour.translateTo(d3view, cx, cy);
    },
    focusBox: (b) => {
      moved = true;
      show(focusView(frameSize(), b));
      say(null);
    },
    current: () => {
      if (!moved) return undefined;
      const t = zoomTransform(svg);
      const [[x0, y0], [x1, y1]] = extent;
      return { scale: t.k * fit, cx: ((x0 + x1) / 2 - t.x) / t.k, cy: ((y0 + y1) / 2 - t.y) / t.k };
    },
    zoomBy: (by: 1 | -1 | 0) => {
      moved = true;
      if (by === 0) show(wholeView(frameSize(), m));
      else behaviour.scaleBy(d3view, by > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
    },
  };
}
