/**
 * Loader for the subway map's interactive part: nothing more is fetched until a map is on screen. Without
 * JavaScript (or before it loads) the map is a scrollable picture whose stations are ordinary links.
 */
const maps = [...document.querySelectorAll<HTMLElement>('[data-metro]')];
const start = (el: HTMLElement) =>
  import('./map-interact.ts').then((m) => m.enhance(el)).catch(() => el.classList.remove('is-ready'));

if (maps.length > 0) {
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        seen.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    });
    for (const m of maps) seen.observe(m);
  } else {
    for (const m of maps) void start(m);
  }
}
