/** Figures that prose can place by name (`<MarginBoundaries locale="en" />` in an entry's MDX). */
import MarginBoundaries from './MarginBoundaries.astro';

export const figures = { MarginBoundaries };
