/** Inline style giving an element its direction's line colour in both themes (see .line-colour in global.css). */
import type { Direction } from '../lib/content/schema.ts';

export function lineStyle(direction: Pick<Direction, 'colour' | 'colour_dark'>): string {
  return `--line-light:${direction.colour};--line-dark:${direction.colour_dark}`;
}
