/**
 * The only scripts the site writes inline by hand (everything else is bundled by Vite from src/scripts and
 * the components). They live here, as text, so the page templates and the dist safety scan share one copy:
 * the scan lets an inline script through only if it is one of these or one Vite emitted.
 */

/** Runs before first paint: applies a theme chosen earlier so the page never flashes the wrong one. */
export const THEME_SCRIPT = `
  try {
    const t = localStorage.getItem('atlas-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch {}
`;

/** The root page: a reader whose browser prefers Chinese is sent to the Chinese home, once per session. */
export function rootRedirectScript(zhHome: string): string {
  return `
  try {
    if (!sessionStorage.getItem('atlas-root-seen') && /^zh\\b/i.test(navigator.language)) {
      sessionStorage.setItem('atlas-root-seen', '1');
      location.replace(${JSON.stringify(zhHome)});
    }
  } catch {}
`;
}

/**
 * The 404 page, in its <head>: a path under the Chinese root marks the page Chinese before first paint, so the
 * swap below picks the Chinese copy.
 */
export function notFoundLanguageScript(zhRoot: string): string {
  return `
  if (location.pathname.startsWith(${JSON.stringify(zhRoot)})) {
    document.documentElement.lang = 'zh-CN';
    document.documentElement.dataset.notFound = 'zh-CN';
  }
`;
}

/**
 * The 404 page, after both copies: swaps in the Chinese copy (inert JSON, see InertCopy.astro) while the page is
 * still parsing, before any module script runs, so the English block's scripts bind to the Chinese one; the
 * copy's own script tags are dropped.
 */
export const NOT_FOUND_SWAP_SCRIPT = `
  if (document.documentElement.dataset.notFound === 'zh-CN') {
    const holder = document.createElement('template');
    holder.innerHTML = JSON.parse(document.getElementById('nf-zh').textContent);
    holder.content.querySelectorAll('script').forEach((s) => s.remove());
    document.getElementById('nf-en').replaceWith(holder.content);
  }
`;
