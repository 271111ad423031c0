/**
 * Formats the ISO calendar dates of the dossier for display.
 */

/**
 * Formats `YYYY-MM-DD` as a long date in `language`, e.g. `12. März 2025`.
 * The date is read and formatted in UTC so the build machine's time zone
 * cannot shift it by a day.
 */
export function formatIsoDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: "${isoDate}"`);
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** One formatter per language: creating one costs far more than formatting (search results format dozens per keystroke). */
const formats = new Map<string, Intl.DateTimeFormat>();
