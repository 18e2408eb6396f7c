/**
 * The one rule for "the same name". The content validator (an alias must name one model), the map (a planned
 * station is the entry of the same name) and search (the exact-name table) all compare names by `nameKey`,
 * so a name the validator lets through as distinct is distinct everywhere. Pure; runs in the browser too.
 */

/**
 * White space and the punctuation that varies between spellings of one name: hyphens and dashes of every
 * width (Unicode writes "Inception–v3" with an en dash as readily as with a hyphen), dots, commas, colons,
 * quotes, brackets, slashes and their full-width Chinese forms.
 */
const FOLDED = /[\s\-‐‒–—―−_.,:;·•'’"“”()（）[\]/\\|!?！？，。：；、]+/g;

/**
 * The key two names are compared by: width-folded (NFKC), lower case, without white space or punctuation.
 * "Inception–v3", "Inception-v3" and "inception v3" share a key; so do "Net (v2)" and "Net v2"; "v3" and "v4"
 * do not.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(FOLDED, '');
}
