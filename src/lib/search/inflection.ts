/**
 * Singular and plural of a German noun where the stemmer cannot make them
 * one: the plural with an umlaut (`Nachtzug`/`Nachtzüge`, `Haus`/`Häuser`,
 * `Anwalt`/`Anwälte`) and the feminine plural (`Athletin`/`Athletinnen`).
 * The stemmer has already taken the ending off; what is left differs in
 * the stem's last vowel, or in `in`/`inn`. Only forms some word of the
 * dossier has are looked up, so a wrong guess costs nothing.
 */

/** The umlauts as folding spells them out, and the vowels they come from; `au` before `a`, so `Haus` becomes `haeus`. */
const UMLAUT: readonly (readonly [plain: string, umlaut: string])[] = [
  ['au', 'aeu'],
  ['a', 'ae'],
  ['o', 'oe'],
  ['u', 'ue'],
];

/** Vowels, as folded text has them: the umlaut is on the last vowel of the stem, after which only consonants follow. */
const LAST_VOWELS = /(aeu|ae|oe|ue|au|[aeiouy]+)([^aeiouy]*)$/;

/**
 * The other number's stems of an index term (a stem, see `stem`): with
 * the last vowel umlauted or the umlaut taken off (with and without a
 * final `s`), and `in` ↔ `inn`. Terms
 * shorter than four letters or with digits have none.
 */
export function otherNumberStems(term: string): string[] {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return [];
  const out: string[] = [];
  const match = LAST_VOWELS.exec(term);
  if (match) {
    const [, vowel, tail] = match;
    const before = term.slice(0, match.index);
    for (const [plain, umlaut] of UMLAUT) {
      const other = vowel === plain ? before + umlaut + tail : vowel === umlaut ? before + plain + tail : undefined;
      // The stemmer takes a final `s` for a genitive: `Zuwachs` is `zuwach`, its plural `Zuwächse` keeps it in `zuwaechs`.
      if (other) out.push(other, other.endsWith('s') ? other.slice(0, -1) : `${other}s`);
    }
  }
  if (term.endsWith('inn')) out.push(term.slice(0, -1));
  else if (term.endsWith('in')) out.push(`${term}n`);
  return out;
}
