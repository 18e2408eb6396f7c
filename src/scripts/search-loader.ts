/**
 * On every page: `/` and Ctrl/⌘+K focus the search box; its first focus loads the search code (not before).
 * Kept tiny: everything else lives in the chunk it imports.
 */

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type))
  );
}

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  /** The search page's own field takes the shortcut there; the header box everywhere else. */
  const focusSearch = () => {
    const field = document.querySelector<HTMLInputElement>('#search-page-q:not([hidden] *)') ?? input;
    field.focus();
    field.select();
  };
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const commandK = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target);
    if (commandK || slash) {
      event.preventDefault();
      focusSearch();
    }
  });
  const load = () => {
    import('./search-combobox.ts')
      .then((m) => m.enhance(form))
      .catch(() => {
        // The plain form still submits to the search page.
      });
  };
  if (document.activeElement === input) load();
  else input.addEventListener('focus', load, { once: true });
}
