/**
 * The German lexicon of full stops that do not end a sentence: abbreviations
 * and the words around ordinal numbers ("am 12. März"). The sentence splitter
 * consults it wherever `Intl.Segmenter` breaks after a full stop followed by a
 * capital or a digit, which in German (nouns are capitalised) is often wrong.
 *
 * Abbreviations are spelled without inner spaces: "z.B." stands for both
 * "z.B." and "z. B.". Lookups are case-sensitive, because "Art." (Artikel) and
 * "art." or "Max." (a name) and "max." (maximal) must not be confused.
 */

/** Splits a whitespace-separated word list into a set (keeps the lists readable). */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * Abbreviations that never close a sentence: a capitalised word or a number
 * after them continues the sentence ("Dr. Müller", "ca. 500", "u. a. Merkel").
 * English titles are included because German news quotes English names.
 */
export const GERMAN_ABBREVIATIONS: ReadonlySet<string> = words(`
  z.B. u.a. d.h. o.ä. u.ä. v.a. u.U. s.o. s.u. i.d.R. z.T. z.Zt. z.Hd. a.D. i.A. i.V. m.E. o.g.
  bzw. vgl. ca. evtl. ggf. inkl. exkl. zzgl. sog. bspw. insb. bzgl. ggü. gem. lt. rd. mind. max.
  geb. gest. verh. ehem. stellv. dt. engl. frz. russ. amerik. jun. sen. od. zw. zzt. urspr.
  vs. gez. zit. sinngem. betr. bes. allg. entspr. einschl.
  Dr. Prof. Dipl. Dipl.-Ing. Ing. Mag. Hrsg. Hg. Präs. Vors. Abg. Fr. Hr. Frl. Hl. Verf. Red.
  Nr. Nrn. St. Str. Bd. Bde. Jh. Jhd. Jahrh. Abs. Kap. Ziff. Abb. Tab. Anm. Aufl. Tel. Tsd.
  Mio. Mrd. Bhf. Hbf. Co. Gebr.
  Mr. Mrs. Ms. Messrs. Jr. Sr. Gen. Sen. Gov. Rep. Lt. Col. Maj. Capt. Sgt. Adm. Mt. Ft.
`);

/**
 * Abbreviations that commonly stand at the end of a sentence, where their
 * full stop doubles as the sentence's ("…, Gas usw. Danach …"). After them a
 * capitalised word starts a new sentence; lowercase continues it.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = words(`
  usw. etc. usf. u.Ä. o.Ä. u.v.m. u.a.m. v.Chr. n.Chr. Inc. Ltd. Corp.
`);

/**
 * Abbreviations that are also ordinary words or names ("Jan", "Art", "Do"),
 * so they only count as abbreviations before a number ("Jan. 2020",
 * "Art. 5 GG", "Sa. 12. März").
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = words(`
  Jan. Feb. Mär. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez. Art. Mo. Di. Mi. Do. Sa. So.
`);

/** Month names: "am 12. März" is a date, never a sentence ending in "12". */
export const GERMAN_MONTHS: ReadonlySet<string> = words(`
  Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
  Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
`);

/**
 * Nouns that follow ordinals ("im 20. Jahrhundert", "zum 1. Mal", "der 3.
 * Platz"). A sentence ending in a bare number is rarely followed by them.
 */
export const ORDINAL_NOUNS: ReadonlySet<string> = words(`
  Jahrhundert Jahrhunderts Jahrtausend Jahrtausends Jahrestag Jahrestages Geburtstag Geburtstages
  Todestag Todestages Jubiläum Mal Male Platz Platzes Rang Runde Stock Stockwerk Etage Klasse Liga
  Spieltag Spieltages Quartal Quartals Halbjahr Halbjahres Legislaturperiode Amtszeit Sitzung
  Parteitag Parteitages Kongress Gipfel Armee Division Brigade Korps Flotte Sinfonie Symphonie
  Auflage Ausgabe Band Kapitel Absatz Artikel Paragraf Paragraph Änderung Zusatzartikel
  Sanktionspaket Sanktionspakets Paket Stelle Teil Staffel Folge Etappe Versuch Welle Ebene Grad
  Grades Ordnung Generation Wahlgang Durchgang Lesung Instanz Senat Kammer Bezirk Weltkrieg
  Weltkriegs Lebensjahr Lebensjahres Mannschaft Tag Tages Woche Monat Monats Jahr Jahres
`);

/**
 * Words before an ordinal ("am 24.", "im 20.", "seinem 80."). Lowercased;
 * prepositions that also take cardinals ("bei 12.", "auf 12.") are left out.
 */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = words(`
  am im vom zum beim der die das den dem des diese dieser dieses diesem diesen jeder jede jedes
  sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem
  unseren unserer euer eure
`);
