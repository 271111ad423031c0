import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../claims/claim-ledger.ts';
import { parseReviews } from './read-reviews.ts';
import { resolveReviews } from './resolve-reviews.ts';

const root = new URL('../../../test-fixtures/seed-dossier/content/', import.meta.url);
const seedLedger = JSON.parse(readFileSync(new URL('claims.ledger.json', root), 'utf8')) as Ledger;
const seed = readFileSync(new URL('reviews.yaml', root), 'utf8');
const reviews = parseReviews(seed).reviews;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The seed ledger after an edit: the SVR sentence of 000 was revised (moved) and the Prigozhin sentence deleted. */
function editedLedger(): Ledger {
  const ledger = structuredClone(seedLedger);
  const old = ledger.claims.c7nktb5azrv!;
  ledger.claims.c7nktb5azrv = { ...old, status: 'moved', successor: 'cw0rdq0t3aa' };
  ledger.claims.cw0rdq0t3aa = { ...old, text: old.text.replace('sprach telefonisch', 'telefonierte am 11. März'), issued: '2026-12-03' };
  ledger.claims.csg5s00bmph = { ...ledger.claims.csg5s00bmph!, status: 'withdrawn', withdrawn: '2026-12-03' };
  return ledger;
}

describe('resolveReviews', () => {
  it('shows every seed review on its claim, its sources with their wording', () => {
    const { byClaim, problems } = resolveReviews(reviews, seedLedger);
    expect(problems).toEqual([]);
    expect([...byClaim.keys()].sort()).toEqual(['c1as0hqe6x5', 'c7nktb5azrv', 'cmttnxxbxj0', 'cpwyj23f7gg', 'csg5s00bmph']);
    expect(byClaim.get('c1as0hqe6x5')!.sources).toEqual([
      { claim: 'cf1rxmtzyff', text: seedLedger.claims.cf1rxmtzyff!.text },
      { url: 'https://www.nato.int/cps/en/natohq/115204.htm' },
    ]);
  });

  it('follows a revised claim to its new id and warns with both wordings; a withdrawn one is a warning with the last wording', () => {
    const { byClaim, problems } = resolveReviews(reviews, editedLedger());
    expect(byClaim.get('cw0rdq0t3aa')).toMatchObject({ rating: 'belegt', reviewed: 'c7nktb5azrv' });
    expect(byClaim.has('c7nktb5azrv')).toBe(false);
    expect(byClaim.has('csg5s00bmph')).toBe(false);
    const moved = problems.find((p) => p.code === 'review-moved-claim')!;
    expect(moved).toMatchObject({ severity: 'warning', file: 'content/reviews.yaml' });
    expect(moved.message).toMatch(new RegExp(`^Line ${lineOf(seed, 'c7nktb5azrv:')}: .*sprach telefonisch.*telefonierte am 11\\. März`));
    const withdrawn = problems.find((p) => p.code === 'review-withdrawn-claim')!;
    expect(withdrawn.severity).toBe('warning');
    expect(withdrawn.message).toContain('„Die beiden erörterten den Ukraine-Konflikt und die Meuterei');
    expect(withdrawn.message).toContain('withdrawn on 2026-12-03');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('names the nearest ids for a mistyped claim id and a mistyped source', () => {
    const text = seed.replace('c7nktb5azrv:', 'c7nktb5azvr:').replace('[cf1rxmtzyff,', '[cf1rxmtzyfg,');
    const { byClaim, problems } = resolveReviews(parseReviews(text).reviews, seedLedger);
    const claim = problems.find((p) => p.code === 'review-unknown-claim')!;
    expect(claim.message).toBe(`Line ${lineOf(text, 'c7nktb5azvr:')}: \`c7nktb5azvr\` is not a claim of this dossier: the claim ledger never issued it.`);
    expect(claim.fix).toMatch(/^Copy the id from the claim’s page \(\/c\/<id>\/\); the nearest ids are `c7nktb5azrv` „Der Direktor des russischen Auslandsgeheimdienstes/);
    const source = problems.find((p) => p.code === 'review-unknown-source')!;
    expect(source.message).toMatch(new RegExp(`^Line ${lineOf(text, 'cf1rxmtzyfg')}: The source \`cf1rxmtzyfg\``));
    expect(source.fix).toContain('`cf1rxmtzyff` „Die vorläufigen Dokumente');
    expect(byClaim.has('c7nktb5azrv')).toBe(false);
  });

  it('rejects two reviews of one claim: an old id and its successor', () => {
    const text = `${seed}\ncw0rdq0t3aa:\n  rating: plausibel\n  note: Doppelt.\n  date: 2026-12-03\n`;
    const errors = resolveReviews(parseReviews(text).reviews, editedLedger()).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['review-duplicate']);
    expect(errors[0]!.message).toContain('`cw0rdq0t3aa` and `c7nktb5azrv` are the same claim today');
  });

  it('rejects a review that cites its own claim, also under its former id', () => {
    const text = seed.replace('[cyj8xy0vfja, che0ge3enxy]', '[cyj8xy0vfja, c7nktb5azrv]');
    const errors = resolveReviews(parseReviews(text).reviews, editedLedger()).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['review-self-source']);
  });

  it('warns about a review without a date: its ClaimReview would lack datePublished', () => {
    const { problems } = resolveReviews(parseReviews(seed.replace(/\n {2}date: 2026-12-03(?=\n\nc1as0hqe6x5)/, '')).reviews, seedLedger);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['review-undated', 'warning']]);
    expect(problems[0]!.message).toContain('`cmttnxxbxj0`');
  });
});
