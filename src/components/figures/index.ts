/** Figures that prose can place by name (`<MarginBoundaries locale="en" />` in an entry's MDX). */
import type { FigureName } from '../../lib/content/figure-names.ts';
import MarginBoundaries from './MarginBoundaries.astro';

/** Exactly the names the prose policy lets through: adding a figure means adding its name there too. */
export const figures = { MarginBoundaries } satisfies Record<FigureName, unknown>;
