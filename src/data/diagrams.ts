/** Names of the downloadable diagram files: `/diagrams/<model>/<variant>-<view>-<lang>.svg`. */
import { SEGMENT, type Locale } from '../lib/i18n/locales.ts';
import { withBase } from '../lib/i18n/routes.ts';

export type DiagramView = 'compact' | 'expanded';

/** A downloadable diagram's file name without `.svg`: `resnet-50-compact-en`. */
export function diagramFile(variant: string, view: DiagramView, locale: Locale): string {
  return `${variant}-${view}-${SEGMENT[locale]}`;
}

/** The URL of a downloadable diagram under the site base: `/diagrams/<model>/<variant>-<view>-<lang>.svg`. */
export function diagramHref(base: string, model: string, variant: string, view: DiagramView, locale: Locale): string {
  return withBase(base, `diagrams/${model}/${diagramFile(variant, view, locale)}.svg`);
}
