/**
 * The licence of the atlas's text, figures and data, stated once: the footer of every page, the open data
 * files and the /data/ page all read it from here. The site's source code is not covered by it.
 */
export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'AlphaTree Atlas contributors',
} as const;
