/**
 * The part of search every page loads: tiny. `/` or Ctrl+K (⌘K) focuses the
 * search box unless the reader is typing in a field; the search itself (its
 * code, worker and index) loads only when a search box is first focused,
 * or at once on the search page when its address carries a query.
 */

const FORMS = '[data-search]';

/** Whether keys pressed on `target` are typing, which a shortcut must not steal. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

let loaded: Promise<void> | undefined;

function activate(): Promise<void> {
  loaded ??= import('./search-ui.ts').then(({ attachSearch }) => {
    for (const form of document.querySelectorAll<HTMLFormElement>(FORMS)) attachSearch(form);
  });
  return loaded;
}

for (const form of document.querySelectorAll<HTMLFormElement>(FORMS)) {
  form.addEventListener('focusin', () => void activate(), { once: true });
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  if (!(slash || commandK) || isTyping(event.target)) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// The shortcut is named only where a keyboard is likely: a touch screen has no `/` to press (issue #19).
if (matchMedia('(hover: hover) and (pointer: fine)').matches) {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-shortcut-placeholder]')) input.placeholder = input.dataset.shortcutPlaceholder!;
}

// The search page's filters are folded away on a phone, where they pushed the results below the fold; open on a wide screen or when one is set.
const filters = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
if (filters) {
  const set = ['outlet', 'year', 'entity', 'rating'].some((name) => new URLSearchParams(location.search).get(name));
  filters.open = set || matchMedia('(min-width: 40rem)').matches;
}

// The search page's note that search needs JavaScript: it has it.
for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

if (document.querySelector('[data-search="page"]') && new URLSearchParams(location.search).size > 0) void activate();
