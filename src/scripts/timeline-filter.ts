/**
 * The timeline's filter: shows the form the page hides without JavaScript,
 * hides the events (and the months and years left empty) that the chosen
 * entry, outlet and year exclude, disables the choices that would leave
 * none, and keeps the choice in the address
 * (`?entity=…&outlet=…&year=…`) so a filtered timeline can be shared.
 */
import { keepsEvent, type EventKeys, type TimelineFilter } from '../lib/timeline/timeline-filter.ts';

const FIELDS = ['entity', 'outlet', 'year'] as const;

const form = document.querySelector<HTMLFormElement>('[data-timeline-filter]');
if (form) {
  const events = [...document.querySelectorAll<HTMLElement>('.timeline-entry[data-keys]')].map((element) => ({ element, keys: JSON.parse(element.dataset.keys!) as EventKeys }));
  const status = form.querySelector<HTMLElement>('[data-timeline-status]')!;
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const wanted = params.get(name);
    // A value this page does not offer (a stale link) is ignored rather than emptying the page.
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    const data = new FormData(form);
    const filter: TimelineFilter = Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name) ?? '')]));
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
      for (const option of (form.elements.namedItem(name) as HTMLSelectElement).options) {
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
  form.querySelector('details')!.open = FIELDS.some((name) => params.get(name)) || matchMedia('(min-width: 40rem)').matches;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
