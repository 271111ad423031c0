/**
 * An article's original address as a reader sees it in the byline: host
 * and path without `https://www.`, a long path cut at its end so the host,
 * which says most, always stays. The link keeps the whole address.
 */

/** Longer addresses are cut: about one line of the byline's smaller type on a 360 px phone. */
const MAX_LENGTH = 48;

/** `https://www.90min.de/posts/bundesliga-tabelle-…` → `90min.de/posts/bundesliga-tabelle-2023-24-ohne-f…`. */
export function displayAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const path = decodeURIComponentSafe(parsed.pathname + parsed.search).replace(/\/$/, '');
  const whole = host + path;
  return whole.length <= MAX_LENGTH ? whole : `${whole.slice(0, MAX_LENGTH - 1)}…`;
}

/** A path with a stray `%` stays as it is rather than failing the page. */
function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
