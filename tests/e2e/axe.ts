/**
 * One way to run axe in the browser tests. Each rule is checked once per page: the light scheme runs every
 * WCAG 2.1 A/AA and best-practice rule; the dark scheme changes only colours (the DOM is the same), so there
 * only the colour rules run. A part of a page that has its own test elsewhere (the map embedded in the home
 * page) can be left out, so the cost of a growing map is paid once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The rules whose result depends on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export type Scheme = 'light' | 'dark';

/** Axe's violations as `rule: first targets`, so a failure says where; empty when the page passes. */
export async function axeViolations(
  page: Page,
  scheme: Scheme,
  options: { exclude?: string[]; tags?: string[] } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  axe = scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(options.tags ?? TAGS);
  for (const selector of options.exclude ?? []) axe = axe.exclude(selector);
  const results = await axe.analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
