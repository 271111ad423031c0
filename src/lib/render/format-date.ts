/**
 * Formats the ISO calendar dates of the dossier for display.
 */

/**
 * Formats `YYYY-MM-DD` as a long date in `language`, e.g. `12. März 2025`.
 * The date is read and formatted in UTC so the build machine's time zone
 * cannot shift it by a day.
 */
export function formatIsoDate(isoDate: string, language: string): string {
  return formatOnce(`${language}|day|${isoDate}`, () => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: "${isoDate}"`);
    return formatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  });
}

/** Formats the month of `YYYY-MM-DD` in `language`, e.g. `Juni 2022`. */
export function formatIsoMonth(isoDate: string, language: string): string {
  return formatOnce(`${language}|month|${isoDate.slice(0, 7)}`, () =>
    formatter(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`)),
  );
}

/**
 * One formatter per language and style, and each date formatted once: creating a
 * formatter costs far more than formatting, and a large dossier's ninety thousand
 * pages show the same few thousand dates (search results format dozens per keystroke).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

function formatOnce(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}
