/**
 * Keyboard use of the results: ↓ from the search box to the first result,
 * ↓/↑ through the results (↑ from the first back to the box), Enter opens
 * the focused result (it is a link), Escape is handed to the caller.
 */

/** Wires the keys on the search box and the results container. */
export function navigateResults(input: HTMLInputElement, results: HTMLElement, onEscape: () => void): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else all[next]!.focus();
  };
  input.addEventListener('keydown', onKey);
  results.addEventListener('keydown', onKey);
}
