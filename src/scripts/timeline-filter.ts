/**
 * The timeline's filter: shows the panel the page hides without JavaScript,
 * hides the events (and the months and years left empty) that the chosen
 * entry, outlet and year exclude, disables the choices that would leave
 * none, and keeps the choice in the address
 * (`?entity=…&outlet=…&year=…`) so a filtered timeline can be shared.
 */
import { keepsEvent, type EventKeys, type TimelineFilter } from '../lib/timeline/timeline-filter.ts';

const FIELDS = ['entity', 'outlet', 'year'] as const;

const panel = document.querySelector<HTMLElement>('[data-timeline-filter]');
if (panel) {
  const select = (name: (typeof FIELDS)[number]) => panel.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const events = [...document.querySelectorAll<HTMLElement>('.timeline-entry[data-keys]')].map((element) => ({ element, keys: JSON.parse(element.dataset.keys!) as EventKeys }));
  const status = panel.querySelector<HTMLElement>('[data-timeline-status]')!;
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const wanted = params.get(name);
    // A value this page does not offer (a stale link) is ignored rather than emptying the page.
    if (wanted && [...select(name).options].some((o) => o.value === wanted)) select(name).value = wanted;
  }

  const apply = () => {
    const filter: TimelineFilter = Object.fromEntries(FIELDS.map((name) => [name, select(name).value]));
    let shown = 0;
    for (const { element, keys } of events) {
      element.hidden = !keepsEvent(keys, filter);
      if (!element.hidden) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('.timeline-period, .timeline-year')) {
      section.hidden = !section.querySelector('.timeline-entry:not([hidden])');
    }
    // A choice the other two leave without events is disabled: no combination empties the page.
    for (const name of FIELDS) {
      for (const option of select(name).options) {
        option.disabled = option.value !== '' && !events.some(({ keys }) => keepsEvent(keys, { ...filter, [name]: option.value }));
      }
    }
    const filtered = FIELDS.some((name) => filter[name]);
    status.textContent = filtered ? status.dataset.template!.replace('{shown}', String(shown)).replace('{total}', String(events.length)) : '';
    const url = new URL(location.href);
    for (const name of FIELDS) {
      if (filter[name]) url.searchParams.set(name, filter[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };

  // Folded on a phone, where the controls pushed the timeline below the fold (as on the search page).
  panel.querySelector('details')!.open = FIELDS.some((name) => params.get(name)) || matchMedia('(min-width: 40rem)').matches;
  panel.addEventListener('change', apply);
  panel.hidden = false;
  apply();
}
