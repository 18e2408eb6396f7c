/**
 * The names of the figures prose may place (`<MarginBoundaries locale="en" />`). The registry in
 * src/components/figures/index.ts must register exactly these (its type says so); the prose policy reads this
 * list, because the content guard runs where Astro components cannot be imported.
 */
export const FIGURE_NAMES = ['MarginBoundaries'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
