/**
 * Re-anchoring on edits a curator really makes, on sentences of the seeds:
 * a typo fix, a reworded sentence, a deleted sentence, a split and a merge.
 */
import { describe, expect, it } from 'vitest';
import { assignClaimIds } from './claim-ids.ts';
import { emptyLedger, ledgerSchema, resolveClaimId, serializeLedger, type Ledger } from './claim-ledger.ts';
import { reconcileLedger, type CurrentClaim } from './reconcile-ledger.ts';

const A = '000_9b40cf4b3cb6ef87';
const ORIGINAL = [
  'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergey Naryshkin, sprach telefonisch mit seinem CIA-Amtskollegen John Ratcliffe, und sie haben vereinbart, regelmäßigen Kontakt zu pflegen.',
  'Im Jahr 2023 sprach der Chef des SVR mit dem damaligen CIA-Direktor William Burns.',
  'Die beiden erörterten den Ukraine-Konflikt und die Meuterei des verstorbenen Gründers der privaten Militärfirma Wagner, Evgeny Prigozhin, die in diesem Sommer stattfand.',
  'Im Mai 2024 sagte Naryshkin, weitere Kontakte zu Burns “könnten nicht ausgeschlossen werden.”',
  'Das Telefongespräch der Präsidenten wäre ihr zweites innerhalb eines Monats.',
];

/** Claims of one article as a build would publish them, with neighbour ids. */
function publish(sentences: string[], article = A): CurrentClaim[] {
  const ids = assignClaimIds(sentences.map((text) => ({ article, text })));
  return sentences.map((text, i) => ({ id: ids[i]!, article, text, ...(i > 0 && { before: ids[i - 1] }), ...(i < ids.length - 1 && { after: ids[i + 1] }) }));
}

function build(ledger: Ledger, sentences: string[], today = '2026-11-22') {
  return reconcileLedger(ledger, publish(sentences), today);
}

const first = build(emptyLedger(), ORIGINAL);
const idsBefore = publish(ORIGINAL).map((c) => c.id);
const liveTextOf = (ledger: Ledger, id: string) => {
  const r = resolveClaimId(ledger, id);
  return r?.entry.status === 'live' ? r.entry.text : `(${r?.entry.status})`;
};

describe('reconcileLedger', () => {
  it('issues every id once and changes nothing on an identical rebuild', () => {
    expect(first.changes.map((c) => c.kind)).toEqual(Array(5).fill('issued'));
    const again = build(first.ledger, ORIGINAL, '2026-12-01');
    expect(again.changes).toEqual([]);
    expect(serializeLedger(again.ledger)).toBe(serializeLedger(first.ledger));
  });

  it('moves an id to the corrected sentence after a typo fix', () => {
    const edited = ORIGINAL.map((s) => s.replace('Militärfirma', 'Militär-Firma').replace('Prigozhin', 'Prigoschin'));
    const next = build(first.ledger, edited);
    expect(next.changes.map((c) => [c.kind, c.id])).toContainEqual(['moved', idsBefore[2]]);
    expect(liveTextOf(next.ledger, idsBefore[2]!)).toBe(edited[2]);
  });

  it('moves an id to a reworded sentence with the same neighbours', () => {
    const edited = [...ORIGINAL];
    edited[1] = 'Bereits 2023 hatte der SVR-Chef mit William Burns gesprochen, dem damaligen Direktor der CIA.';
    const next = build(first.ledger, edited);
    expect(liveTextOf(next.ledger, idsBefore[1]!)).toBe(edited[1]);
  });

  it('withdraws a deleted sentence and keeps its last text and the date', () => {
    const edited = ORIGINAL.filter((_, i) => i !== 4);
    const next = build(first.ledger, edited, '2027-01-05');
    const entry = next.ledger.claims[idsBefore[4]!]!;
    expect(entry).toMatchObject({ status: 'withdrawn', withdrawn: '2027-01-05', text: ORIGINAL[4], issued: '2026-11-22' });
  });

  it('points a split sentence at its larger part', () => {
    const edited = [...ORIGINAL];
    edited.splice(2, 1,
      'Die beiden erörterten den Ukraine-Konflikt.',
      'Sie sprachen auch über die Meuterei des verstorbenen Gründers der privaten Militärfirma Wagner, Evgeny Prigozhin, die in diesem Sommer stattfand.');
    const next = build(first.ledger, edited);
    expect(liveTextOf(next.ledger, idsBefore[2]!)).toBe(edited[3]);
  });

  it('points both merged sentences at the merged one', () => {
    const merged = 'Im Jahr 2023 sprach der Chef des SVR mit dem damaligen CIA-Direktor William Burns, und die beiden erörterten den Ukraine-Konflikt und die Meuterei des verstorbenen Gründers der privaten Militärfirma Wagner, Evgeny Prigozhin, die in diesem Sommer stattfand.';
    const edited = [ORIGINAL[0]!, merged, ORIGINAL[3]!, ORIGINAL[4]!];
    const next = build(first.ledger, edited);
    expect(liveTextOf(next.ledger, idsBefore[1]!)).toBe(merged);
    expect(liveTextOf(next.ledger, idsBefore[2]!)).toBe(merged);
  });

  it('follows a trail of moves, and re-anchors when the trail goes cold', () => {
    const v2 = ORIGINAL.map((s) => s.replace('William Burns', 'Bill Burns'));
    const second = build(first.ledger, v2);
    const v3 = v2.map((s) => s.replace('Chef des SVR', 'Leiter des SVR'));
    const third = build(second.ledger, v3);
    expect(liveTextOf(third.ledger, idsBefore[1]!)).toBe(v3[1]);
    const gone = build(third.ledger, v3.filter((_, i) => i !== 1));
    expect(resolveClaimId(gone.ledger, idsBefore[1]!)?.entry.status).toBe('withdrawn');
  });

  it('revives an id whose exact sentence comes back', () => {
    const without = build(first.ledger, ORIGINAL.slice(0, 4));
    const back = build(without.ledger, ORIGINAL);
    expect(back.changes).toContainEqual(expect.objectContaining({ kind: 'revived', id: idsBefore[4] }));
    expect(back.ledger.claims[idsBefore[4]!]!.status).toBe('live');
  });

  it('withdraws every claim of a removed article', () => {
    const next = reconcileLedger(first.ledger, publish(['Ein anderer Artikel, ein anderer Satz.'], 'other'), '2027-02-01');
    expect(idsBefore.map((id) => next.ledger.claims[id]!.status)).toEqual(Array(5).fill('withdrawn'));
  });

  it('serialises to JSON the schema accepts, ids sorted', () => {
    const text = serializeLedger(first.ledger);
    const parsed = ledgerSchema.parse(JSON.parse(text));
    expect(Object.keys(parsed.claims)).toEqual([...idsBefore].sort());
  });
});
