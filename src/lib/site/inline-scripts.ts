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
