/**
 * The language switch keeps where the reader is: the query (?q=, compare filters and picks) and the hash
 * (#cite-title, the map's station) travel to the same page in the other language. The address is read when the
 * link is about to be used, since scripts change it with history.replaceState, which fires no event.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-state]')) {
  const target = new URL(link.href);
  const keep = () => {
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  for (const event of ['pointerenter', 'focus', 'click', 'touchstart'] as const)
    link.addEventListener(event, keep, { passive: true });
}
