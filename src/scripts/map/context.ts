/**
 * What every part of the map's interaction shares: the map block, its drawings (a landscape and a portrait
 * view of the same stations, one of them shown by the CSS media query), the ride and search data, and a
 * way to say things to screen readers. Each part (zoom, highlight, legend, riding, finder, year slider, URL
 * state) is set up on its own from this context.
 */
import type { Findable } from '../../lib/metro/find.ts';
import type { RideData } from '../../lib/metro/ride.ts';
import type { Box } from '../../lib/metro/geometry.ts';
import type { View } from '../../lib/metro/view.ts';

/** One drawing of the map and how to move it. */
export interface MapView {
  orientation: 'landscape' | 'portrait';
  frame: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  /** The map's own box (its view box as drawn). */
  box: Box;
  stations: SVGGraphicsElement[];
  /** Shown by the media query now. */
  visible(): boolean;
  /** Brings an element into view without moving anything that need not move. */
  reveal(el: SVGGraphicsElement): void;
  /** Brings a box (map units) to the middle of the view at a readable size. */
  focusBox(box: Box): void;
  /** The view to keep in the URL (landscape, once the reader moved it). */
  current(): View | undefined;
  /** Zooms in (1), out (-1) or to the whole map (0), where the view zooms. */
  zoomBy?(by: 1 | -1 | 0): void;
}

export interface MapContext {
  root: HTMLElement;
  views: MapView[];
  ride: RideData & { stations: Findable[] };
  /** Line names as the legend shows them. */
  names: Map<string, string>;
  /** The line shown alone, the search and the station last focused, if any: what the URL keeps. */
  isolated: string | null;
  query: string;
  selected: string | null;
  say(text: string): void;
  /** Something the URL keeps changed (the isolated line, the search, the view, the focused station). */
  changed(): void;
}

export const linesOf = (el: Element): string[] => (el.getAttribute('data-lines') ?? '').split(' ').filter(Boolean);

export const stationOf = (target: EventTarget | null): SVGGraphicsElement | null =>
  target instanceof Element ? target.closest<SVGGraphicsElement>('.metro-station') : null;

/** The station with a DOM id in a view. */
export const stationIn = (view: MapView, id: string): SVGGraphicsElement | undefined =>
  view.stations.find((s) => s.dataset.station === id);

/** The view the reader sees now (the landscape one when neither is shown, e.g. while printing). */
export const shown = (ctx: MapContext): MapView | undefined => ctx.views.find((v) => v.visible()) ?? ctx.views[0];

/** The box (map units) of everything drawn for a line in a view. */
export function lineBox(view: MapView, line: string): Box | undefined {
  const els = view.svg.querySelectorAll<SVGGraphicsElement>(
    `.metro-line[data-line="${CSS.escape(line)}"], .metro-terminus[data-line="${CSS.escape(line)}"]`,
  );
  let box: Box | undefined;
  for (const el of els) {
    const b = el.getBBox();
    if (b.width === 0 && b.height === 0) continue;
    const next = { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    box = box
      ? {
          x0: Math.min(box.x0, next.x0),
          y0: Math.min(box.y0, next.y0),
          x1: Math.max(box.x1, next.x1),
          y1: Math.max(box.y1, next.y1),
        }
      : next;
  }
  return box;
}

/** An element's box in map units. */
export function boxOf(el: SVGGraphicsElement): Box {
  const b = el.getBBox();
  return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
}
