/**
 * The permalink after every sentence of an article. Without JavaScript it is
 * a link to the claim's page. With it, a plain click (or Enter) copies a link
 * to the sentence in this article instead — `#<id>` for our pages, a text
 * fragment for every other reader — and says so next to the control and to
 * screen readers. Modifier and middle clicks still open the claim page.
 */
import { claimFragmentUrl } from '../lib/claims/text-fragment.ts';

/** How long the visible confirmation stays next to the control. */
const CONFIRMATION_MS = 2500;

const hideTimers = new WeakMap<HTMLElement, number>();

/** The sentence a permalink belongs to (without the control's own `#`), and the page's text before it. */
function sentenceOf(link: HTMLAnchorElement): { text: string; textBefore: string } | undefined {
  const claim = link.closest('.claim');
  if (!claim) return undefined;
  const copy = claim.cloneNode(true) as Element;
  copy.querySelectorAll('.claim-link').forEach((node) => node.remove());
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEndBefore(claim);
  return { text: (copy.textContent ?? '').trim(), textBefore: before.toString() };
}

/**
 * Shows the confirmation beside the control, towards the middle of the
 * screen so that it never sticks out of it, and hands it to the live region.
 */
function confirmCopied(link: HTMLAnchorElement, status: HTMLElement): void {
  const message = status.dataset.copied ?? '';
  const { left, right } = link.getBoundingClientRect();
  link.dataset.copiedTowards = left + right > window.innerWidth ? 'left' : 'right';
  link.dataset.copied = message;
  window.clearTimeout(hideTimers.get(link));
  hideTimers.set(link, window.setTimeout(() => delete link.dataset.copied, CONFIRMATION_MS));
  // Emptied first, so that copying twice in a row is announced twice.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

function onClick(event: MouseEvent, status: HTMLElement): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.claim-link') : null;
  const id = link?.dataset.claim;
  const sentence = link && sentenceOf(link);
  // Without the Clipboard API (an insecure origin, an old browser) the link does what it says.
  if (!link || !id || !sentence || !navigator.clipboard) return;
  event.preventDefault();
  const url = claimFragmentUrl(window.location.href, id, sentence.text, sentence.textBefore);
  navigator.clipboard.writeText(url).then(
    () => confirmCopied(link, status),
    () => window.location.assign(link.href),
  );
}

const status = document.querySelector<HTMLElement>('[data-claim-status]');
if (status) document.addEventListener('click', (event) => onClick(event, status));
