/**
 * The notation's colours as inline custom properties that follow the site's theme (light-dark()), for
 * diagrams and icons drawn outside the architecture section — the same values Architecture.astro sets.
 */
import { ICONS } from '../../lib/notation/icons.ts';
import type { Family } from '../../lib/notation/layers/index.ts';

export function notationThemeVars(): string {
  const families = Object.keys(ICONS) as Family[];
  return [
    '--nt-ink: var(--fg)',
    '--nt-strip: var(--bg-sunken)',
    ...families.map((f) => `--nt-${f}: light-dark(${ICONS[f].light}, ${ICONS[f].dark})`),
  ].join(';');
}
