/**
 * Fetches one web page for `dossier add https://…`: once, with a time
 * limit and a size limit, following redirects, and only if the server says
 * it is HTML. Every failure is a ContentError naming the address and what
 * to do, so nothing is written for a page that did not arrive whole.
 */
import { ContentError } from '../lib/content/content-error.ts';
import { formatSize } from '../lib/text/decode-bytes.ts';

/** A page as the server sent it. */
export interface FetchedPage {
  /** The address the page came from after redirects. */
  url: string;
  /** The body, byte for byte. */
  bytes: Uint8Array;
}

export interface FetchPageOptions {
  /** Give up after this long, headers and body together (default 20 s). */
  timeoutMs?: number;
  /** Refuse a body larger than this: the limit a saved page has. */
  maxBytes: number;
}

/** Whether a command-line argument is a web address rather than a file. */
export function isWebAddress(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/**
 * Fetches `address`. The body is read as a stream and abandoned as soon as
 * it passes the size limit, so a huge download costs nothing to refuse.
 *
 * @throws ContentError `fetch-failed` (no network, DNS, refused, TLS), `timeout`, `http-error`, `not-html`, `too-large`
 */
export async function fetchPage(address: string, options: FetchPageOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const { maxBytes } = options;
  const fail = (code: string, detail: string, fix: string): ContentError => new ContentError({ file: address, code, detail, fix });
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (): ContentError =>
    fail('timeout', `The server did not send the page within ${Math.round(timeoutMs / 1000)} seconds.`, 'Try again later, or open the page in the browser, save it ("Save page as…", HTML only) and add the saved file.');

  let response: Response;
  try {
    response = await fetch(address, {
      signal,
      redirect: 'follow',
      // Say who asks: some servers refuse a client that names nothing but its library.
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'accept-language': 'de,en;q=0.5', 'user-agent': 'Mozilla/5.0 (compatible; Dossier; dossier add)' },
    });
  } catch (error) {
    if (signal.aborted) throw timedOut();
    throw fail('fetch-failed', `The page could not be fetched: ${networkReason(error)}.`, 'Check the address and your network connection; or save the page in the browser and add the saved file.');
  }
  const url = response.url || address;
  if (!response.ok) {
    await response.body?.cancel();
    throw fail(
      'http-error',
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${url !== address ? ` (for ${url})` : ''}.`,
      response.status === 404 || response.status === 410
        ? 'Check the address: the page does not exist (any more). An archived copy (web.archive.org) can be added instead.'
        : 'Open the address in the browser; if it shows the article there (a login or a cookie wall may stand in the way), save the page and add the saved file.',
    );
  }
  const type = response.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== '' && mediaType !== 'text/html' && mediaType !== 'application/xhtml+xml') {
    await response.body?.cancel();
    throw fail('not-html', `The address gives ${mediaType}, not a web page.`, 'Give the address of the article’s web page; for a PDF, copy its text into a .txt file and add that.');
  }
  const tooLarge = (): ContentError =>
    fail('too-large', `The page is larger than the limit of ${formatSize(maxBytes)}.`, 'Save the page in the browser as "HTML only" and add the saved file, or raise `maxArticleBytes` in content/dossier.yaml.');
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }

  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early cancels the stream: the rest of a huge body is never downloaded.
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) break;
      chunks.push(chunk);
    }
  } catch (error) {
    if (signal.aborted) throw timedOut();
    throw fail('fetch-failed', `The connection broke off while the page was sent: ${networkReason(error)}.`, 'Try again; if it keeps failing, save the page in the browser and add the saved file.');
  }
  if (size > maxBytes) throw tooLarge();
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { url, bytes };
}

/** Node's fetch hides the system's reason in `cause`: `getaddrinfo ENOTFOUND x.example` says more than `fetch failed`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; hostname?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the name ${cause.hostname ?? ''} cannot be looked up (no network, or no such host)`.replace('  ', ' ');
    case 'ECONNREFUSED':
      return 'the server refused the connection';
    case 'ECONNRESET':
      return 'the server closed the connection';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'the network is unreachable';
    default:
      return cause?.message ?? (error as Error).message;
  }
}
