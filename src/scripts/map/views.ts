/**
 * The two drawings as views. The landscape map pans and zooms (d3-zoom): the mouse drags, the wheel zooms
 * (with Ctrl or ⌘ when the map is part of a page), and on a touch screen only two fingers move it, so a
 * one-finger swipe always scrolls the page. It opens on every line's name at a readable size (or as much as
 * fits, saying so), and "show the whole map" says when the whole map is too small to read. The portrait map
 * does not zoom: it is drawn at full size and scrolls with the page.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
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

/** The landscape drawing's pan and zoom: k = 1 shows the whole map; the view box always has the frame's shape. */
class LandscapeZoom {
  readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  readonly d3view: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Screen px per map unit at k = 1, and the map's part visible then (the whole map, fitted). */
  fit = 1;
  extent: [[number, number], [number, number]];
  /** The reader moved the map (so the URL keeps the view). */
  moved = false;
  printing = false;
  private readonly note: HTMLElement | null;

  private readonly ctx: MapContext;
  private readonly frame: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  readonly m: Box;

  constructor(ctx: MapContext, frame: HTMLElement, svg: SVGSVGElement, viewport: SVGGElement, m: Box) {
    this.ctx = ctx;
    this.frame = frame;
    this.svg = svg;
    this.viewport = viewport;
    this.m = m;
    this.note = ctx.root.querySelector<HTMLElement>('[data-metro-note]');
    this.extent = [
      [m.x0, m.y0],
      [m.x1, m.y1],
    ];
    const embedded = ctx.root.dataset.variant !== 'full';
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .filter((event: ZoomEvent) => {
        if (event.type === 'wheel') return !embedded || !!(event.ctrlKey || event.metaKey);
        // One finger scrolls the page; two fingers move and zoom the map.
        if (event.type.startsWith('touch')) return (event.touches?.length ?? 0) > 1;
        return !event.ctrlKey && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        viewport.setAttribute('transform', event.transform.toString());
        if (event.sourceEvent) {
          this.moved = true;
          this.say(null);
        }
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) ctx.changed();
      });
    this.d3view = select(svg);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    this.size();
    this.d3view.call(this.behaviour);
    svg.style.touchAction = 'pan-x pan-y';
  }

  frameSize(): Size {
    return { w: Math.max(this.frame.clientWidth, 1), h: Math.max(this.frame.clientHeight, 1) };
  }

  /** Fits the map to the frame's size (after any resize). */
  size(): void {
    const { m } = this;
    const { w, h } = this.frameSize();
    const mw = m.x1 - m.x0;
    const mh = m.y1 - m.y0;
    this.fit = Math.min(w / mw, h / mh);
    const vw = w / this.fit;
    const vh = h / this.fit;
    this.extent = [
      [m.x0 + mw / 2 - vw / 2, m.y0 + mh / 2 - vh / 2],
      [m.x0 + mw / 2 + vw / 2, m.y0 + mh / 2 + vh / 2],
    ];
    this.svg.setAttribute('viewBox', `${this.extent[0][0]} ${this.extent[0][1]} ${vw} ${vh}`);
    this.behaviour
      .extent(this.extent)
      .translateExtent([
        [m.x0, m.y0],
        [m.x1, m.y1],
      ])
      .scaleExtent([1, Math.max(1, MAX_SCALE / this.fit)]);
  }

  /** Shows a view: its scale, its centre in the middle of the frame. */
  show(v: View): void {
    const k = Math.max(1, v.scale / this.fit);
    const [[x0, y0], [x1, y1]] = this.extent;
    this.behaviour.transform(
      this.d3view,
      zoomIdentity.translate((x0 + x1) / 2 - k * v.cx, (y0 + y1) / 2 - k * v.cy).scale(k),
    );
  }

  /** The view now, as the URL keeps it. */
  view(): View {
    const t = zoomTransform(this.svg);
    const [[x0, y0], [x1, y1]] = this.extent;
    return { scale: t.k * this.fit, cx: ((x0 + x1) / 2 - t.x) / t.k, cy: ((y0 + y1) / 2 - t.y) / t.k };
  }

  /** A note over the map (a view that cannot show everything readably), or none. */
  say(text: string | null): void {
    if (!this.note) return;
    this.note.hidden = text === null;
    this.note.textContent = text ?? '';
  }

  /** The first view: the one the URL keeps, or every line's name at a readable size (saying when it cannot). */
  open(initial: View | undefined): void {
    if (initial) return this.show(initial);
    const overview = (this.ctx.root.dataset.overview ?? '').split(' ').map(Number);
    const ov =
      overview.length === 4 ? { x0: overview[0]!, y0: overview[1]!, x1: overview[2]!, y1: overview[3]! } : undefined;
    const first = firstView(this.frameSize(), this.m, ov);
    this.show(first);
    this.say(first.fits ? null : (this.note?.dataset.notAll ?? null));
  }

  /** The whole map; says so when names are then too small to read. */
  whole(): void {
    const whole = wholeView(this.frameSize(), this.m);
    this.show(whole);
    const px = Math.round(whole.scale * STATION_FONT * 10) / 10;
    this.say(whole.readable ? null : (this.note?.dataset.tooSmall ?? '%s').replace('%s', String(px)));
  }

  zoomBy(by: 1 | -1 | 0): void {
    this.moved = true;
    if (by === 0) this.whole();
    else {
      this.behaviour.scaleBy(this.d3view, by > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
      this.say(null);
    }
  }

  /** Keeps the view through resizes; opens afresh when the drawing is shown for the first time. */
  watchResize(initial: View | undefined): void {
    let shownBefore = isShown(this.frame);
    new ResizeObserver(() => {
      if (this.printing) return;
      const t = zoomTransform(this.svg);
      this.size();
      // Shown for the first time (the window grew past the phone layout): open as a first view would.
      if (!shownBefore && isShown(this.frame)) this.open(initial);
      else this.behaviour.transform(this.d3view, t);
      shownBefore = isShown(this.frame);
    }).observe(this.frame);
  }

  /** On paper the whole map prints at the page's width: its own view box, no zoom, while printing. */
  watchPrint(): void {
    let screenView: string | null = null;
    addEventListener('beforeprint', () => {
      this.printing = true;
      screenView = this.svg.getAttribute('viewBox');
      const { m } = this;
      this.svg.setAttribute('viewBox', `${m.x0} ${m.y0} ${m.x1 - m.x0} ${m.y1 - m.y0}`);
      this.viewport.removeAttribute('transform');
    });
    addEventListener('afterprint', () => {
      this.printing = false;
      if (screenView) this.svg.setAttribute('viewBox', screenView);
      this.viewport.setAttribute('transform', zoomTransform(this.svg).toString());
    });
  }

  /** Pans just enough to bring an element into view. */
  reveal(el: SVGGraphicsElement): void {
    const b = el.getBBox();
    const [[x0, y0], [x1, y1]] = this.extent;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const [sx, sy] = zoomTransform(this.svg).apply([cx, cy]);
    const pad = REVEAL_PAD / this.fit;
    if (sx < x0 + pad || sx > x1 - pad || sy < y0 + pad || sy > y1 - pad)
      this.behaviour.translateTo(this.d3view, cx, cy);
  }
}

export function landscapeView(
  ctx: MapContext,
  frame: HTMLElement,
  svg: SVGSVGElement,
  initial: View | undefined,
): MapView {
  const viewport = svg.querySelector<SVGGElement>('.metro-viewport')!;
  const z = new LandscapeZoom(ctx, frame, svg, viewport, viewBoxOf(svg));
  z.open(initial);
  z.watchResize(initial);
  z.watchPrint();
  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset.zoom;
      z.zoomBy(kind === 'in' ? 1 : kind === 'out' ? -1 : 0);
      ctx.changed();
    });
  }
  return {
    orientation: 'landscape',
    frame,
    svg,
    viewport,
    box: z.m,
    stations: [...svg.querySelectorAll<SVGGraphicsElement>('.metro-station')],
    visible: () => isShown(frame),
    reveal: (el) => z.reveal(el),
    focusBox: (b) => {
      z.moved = true;
      z.show(focusView(z.frameSize(), b));
      z.say(null);
    },
    current: () => (z.moved ? z.view() : undefined),
    zoomBy: (by) => z.zoomBy(by),
  };
}
