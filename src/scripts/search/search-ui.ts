/**
 * Search as the reader uses it, loaded on first use: results as they type,
 * the count announced, keyboard navigation, and on the search page the
 * query and filters kept in the address (`/search/?q=…`), so a search can
 * be shared and reloaded. In the header of other pages the results open
 * below the box; Enter there leads to the search page with all results.
 */
import { uiStrings } from '../../i18n/index.ts';
import type { SearchRequest } from '../../lib/search/search-types.ts';
import { describeCount, renderResults, type ShownLimits } from './render-results.ts';
import { navigateResults } from './results-keyboard.ts';
import { SearchClient } from './search-client.ts';

/**
 * Results shown at first. Each shown claim or article needs the chunk with
 * its text: ten claims and five articles keep a first query on a large
 * dossier to a dozen small fetches. More claims come on request.
 */
const PAGE_LIMITS: ShownLimits = { claims: 10, articles: 5, entities: 10, analyses: 5 };
const PANEL_LIMITS: ShownLimits = { claims: 6, articles: 3, entities: 3, analyses: 2 };
/** The address parameters of the search page, besides `q`. */
const FILTERS = ['outlet', 'year', 'entity', 'rating'] as const;

let client: SearchClient | undefined;

/** Makes a search form (`data-search="page"` or `"header"`) live. Idempotent. */
export function attachSearch(form: HTMLFormElement): void {
  if (form.dataset.searchReady) return;
  form.dataset.searchReady = 'true';
  const page = form.dataset.search === 'page';
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const results = document.getElementById(form.dataset.searchResults!)!;
  const status = document.getElementById(form.dataset.searchStatus!)!;
  const panel = results.closest<HTMLElement>('[data-search-panel]');
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const language = document.documentElement.lang;
  const t = uiStrings(language);
  const base = import.meta.env.BASE_URL;
  const first = page ? PAGE_LIMITS : PANEL_LIMITS;
  // The search page shows more claims on request; each new query starts again from the first ones.
  let limits = first;
  client ??= new SearchClient(new URL(base, location.href).href);

  const request = (): SearchRequest => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '') || undefined;
    return { q: input.value, outlet: value('outlet'), year: Number(value('year')) || undefined, entity: value('entity'), rating: value('rating'), limit: limits.claims, articleLimit: limits.articles };
  };
  const show = (open: boolean) => {
    if (panel) panel.hidden = !open;
  };

  const run = async () => {
    const wanted = request();
    if (page) history.replaceState(null, '', addressOf(form, wanted));
    if (more) more.href = addressOf(form, wanted);
    if (!wanted.q.trim() && !wanted.entity && !wanted.rating) {
      results.replaceChildren();
      status.textContent = '';
      show(false);
      return;
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const response = await client!.search(wanted);
      if (!response) return;
      renderResults(results, response, limits, { t, base, language }, page);
      status.textContent = describeCount(t, response, limits.claims);
    } catch {
      results.replaceChildren();
      status.textContent = t.searchFailed;
    }
    results.dataset.query = wanted.q;
    results.setAttribute('aria-busy', 'false');
    show(true);
  };

  const escape = () => {
    if (panel && !panel.hidden) show(false);
    else {
      input.value = '';
      void run();
    }
    input.focus();
  };

  form.addEventListener('input', () => {
    limits = first;
    void run();
  });
  results.addEventListener('click', async (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('[data-search-more-claims]')) return;
    const shown = limits.claims;
    limits = { ...limits, claims: shown + first.claims };
    await run();
    results.querySelectorAll<HTMLAnchorElement>('.search-claims a.search-hit')[shown]?.focus();
  });
  if (page) form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  navigateResults(input, results, escape);
  if (panel) closeWhenLeft(form, panel, () => show(false));
  if (page) fillFromAddress(form, input);
  if (input.value || (page && (request().entity || request().rating))) void run();
}

/** The search page's address for a request: only the parameters set. */
function addressOf(form: HTMLFormElement, request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  for (const name of FILTERS) {
    const value = request[name];
    if (value) params.set(name, String(value));
  }
  const query = params.toString();
  return `${form.getAttribute('action') ?? ''}${query ? `?${query}` : ''}`;
}

/** Puts the query and filters of the address into the form (a shared or reloaded search). */
function fillFromAddress(form: HTMLFormElement, input: HTMLInputElement): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? input.value;
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement && params.has(name)) select.value = params.get(name)!;
  }
}

/** Closes the header's result panel when focus or a click goes elsewhere. */
function closeWhenLeft(form: HTMLFormElement, panel: HTMLElement, close: () => void): void {
  const inside = (node: EventTarget | null) => node instanceof Node && (form.contains(node) || panel.contains(node));
  form.addEventListener('focusout', (event) => {
    if (!inside(event.relatedTarget)) close();
  });
  panel.addEventListener('focusout', (event) => {
    if (!inside(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!inside(event.target)) close();
  });
}
