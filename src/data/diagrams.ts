/**
 * Names of the downloadable diagram files: `/diagrams/<model>/<variant>-<view>.svg`, and for a figure of several
 * networks `/diagrams/<model>/figure-<id>-<view>.svg`. One file holds every language (the layout is shared);
 * a link names the language it shows by its fragment, `#en` or `#zh-CN` (render/words.ts), and without one
 * the file shows English.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import { withBase } from '../lib/i18n/routes.ts';

export type DiagramView = 'compact' | 'expanded';

/** A downloadable diagram's file name without `.svg`: `resnet-50-compact`. */
export function diagramFile(variant: string, view: DiagramView): string {
  return `${variant}-${view}`;
}

/** The file stem of a figure of several networks (figure ids and variant ids may coincide). */
export function figureFile(figure: string): string {
  return `figure-${figure}`;
}

/**
 * The URL of a downloadable diagram under the site base, showing the page's language:
 * `/diagrams/<model>/<variant>-<view>.svg#zh-CN`.
 */
export function diagramHref(base: string, model: string, variant: string, view: DiagramView, locale: Locale): string {
  return `${withBase(base, `diagrams/${model}/${diagramFile(variant, view)}.svg`)}#${locale}`;
}
