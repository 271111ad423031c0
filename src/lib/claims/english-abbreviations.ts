/**
 * The English lexicon of full stops that do not end a sentence. English
 * capitalises far fewer words than German, so `Intl.Segmenter` is right more
 * often; it still breaks after titles ("Mr. Okafor"), Latin short forms
 * ("e.g. Leeds") and dated months ("Jan. 2024"), which this list prevents.
 *
 * Spelled without inner spaces and looked up case-sensitively, as in
 * `./german-abbreviations.ts`.
 */

/** Splits a whitespace-separated word list into a set (keeps the lists readable). */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Titles and short forms that never close a sentence: a capital or a number after them continues it ("Dr. Nair", "approx. 500"). */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = words(`
  Mr. Mrs. Ms. Messrs. Mmes. Dr. Prof. Rev. Hon. Pres. Gov. Sen. Rep. Amb. Supt. Det. Insp.
  Gen. Lt. Col. Maj. Capt. Cmdr. Sgt. Cpl. Pvt. Adm. Brig. St. Mt. Ft.
  e.g. i.e. cf. vs. viz. approx. ca. esp. incl. excl. resp.
`);

/**
 * Short forms that often end a sentence, their full stop doubling as its
 * ("…, wind and solar etc. Prices …"): a capital after them starts a new one.
 */
export const ENGLISH_SENTENCE_FINAL: ReadonlySet<string> = words(`
  etc. Inc. Ltd. Corp. Co. Bros. plc. a.m. p.m. A.M. P.M.
`);

/**
 * Name suffixes: they end a sentence only before a word that opens one
 * ("… by Robert Hale Jr. He spoke …"); before any other capital they are
 * part of a name ("Martin Luther King Jr. Day").
 */
export const ENGLISH_NAME_SUFFIXES: ReadonlySet<string> = words(`Jr. Sr.`);

/** Short forms that are also words or names ("No", "Jan", "Sun"): abbreviations only before a number ("No. 10", "Jan. 2024"). */
export const ENGLISH_NUMBER_ABBREVIATIONS: ReadonlySet<string> = words(`
  No. Nos. Nr. Vol. Fig. Art. p. pp. ch. Ch. Sec. Para.
  Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
`);

/**
 * Words that open English sentences and seldom follow a dotted acronym
 * inside one: after "U.S." or "U.K." they start a new sentence ("… in the
 * U.S. The talks …"), while "the U.S. Senate" stays whole.
 */
export const ENGLISH_SENTENCE_OPENERS: ReadonlySet<string> = words(`
  The A An This That These Those It Its He She They We I You There Here But And Or So Yet
  However Meanwhile Still Then In On At For After Before When While If As Some Many Most
`);
