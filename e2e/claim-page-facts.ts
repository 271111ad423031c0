/**
 * What claim pages show and say about themselves, read in the browser from
 * their HTML (fetched, not navigated to: a dossier has dozens of them).
 */
import type { Page } from '@playwright/test';

/** One claim page's status, heading, text, quotation, links and machine-readable head. */
export interface ClaimPageFacts {
  status: number;
  heading: string;
  /** The text of `<main>`, whitespace collapsed. */
  text: string;
  quote: string;
  inContext: string;
  ogTitle: string;
  canonical: string;
  jsonLd: unknown[];
}

/** The facts of the claim pages at `urls`, in order. */
export function readClaimPages(page: Page, urls: string[]): Promise<ClaimPageFacts[]> {
  return page.evaluate((urls) =>
    Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        return {
          status: response.status,
          heading: doc.querySelector('main h1')?.textContent ?? '',
          text: doc.querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '',
          quote: doc.querySelector('main figure blockquote')?.textContent?.trim() ?? '',
          inContext: doc.querySelector('main a.claim-in-context')?.getAttribute('href') ?? '',
          ogTitle: doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
          jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')),
        };
      }),
    ),
  urls);
}
