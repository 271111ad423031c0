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

// The search page's note that search needs JavaScript: it has it.
for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

if (document.querySelector('[data-search="page"]') && new URLSearchParams(location.search).size > 0) void activate();
