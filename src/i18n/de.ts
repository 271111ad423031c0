/**
 * German UI strings. Every word the pages show that is not article content
 * lives here; a dossier in another language adds a sibling file with the same
 * shape and registers it in `./index.ts`.
 */
export const de = {
  skipLink: 'Zum Inhalt springen',
  homeLink: 'Zur Startseite',
  articlesHeading: 'Artikel',
  articleCount: (n: number) => (n === 1 ? '1 Artikel' : `${n} Artikel`),
  undated: 'ohne Datum',
  /** Opening and closing quotation marks around a quoted title or sentence. */
  quoteMarks: ['„', '“'] as [open: string, close: string],
  /** Marks an article not yet reviewed (`status: draft`): only the dev server shows drafts. */
  draftMarker: 'Entwurf',
  draftExplanation: 'Noch nicht geprüft: erscheint erst in der veröffentlichten Website, wenn im Sidecar „status: published“ steht.',
  /** Where a displayed date comes from, shown quietly next to it on the original page. */
  dateProvenance: {
    curated: 'kuratiert',
    page: 'Datum der Seite',
    text: 'Datum aus dem Text',
  },
  /** The reader's note after a date read from the text rather than stated by the page or the curator. */
  dateUncertain: 'Datum unsicher',
  /** The authors in a byline, `names` already joined: „von Anna Muster und Max Beispiel“. */
  bylineAuthors: (names: string) => `von ${names}`,
  /** Explains a date read from the text, e.g. `gelesen aus „am 12. März 2025“`. */
  dateEvidence: (evidence: string) => `gelesen aus „${evidence}“`,
  outletLabel: 'Medium',
  dateLabel: 'Datum',
  sourceLink: (outlet: string) => `Artikel bei ${outlet}`,
  sourcesLabel: 'Weiter',
  originalLink: 'Originaltext mit allen Entfernungen',
  cleanedLink: 'Zum bereinigten Text',
  backToIndex: 'Alle Artikel',
  originalTitle: (title: string) => `Originaltext: ${title}`,
  originalIntro:
    'Der Rohtext, wie er gesammelt wurde. Was beim Bereinigen entfernt wurde, ist durchgestrichen; dahinter steht der Grund.',
  /** The intro of a saved page's original text, which is derived from its HTML rather than collected as text. */
  originalIntroPage:
    'Der sichtbare Text der gespeicherten Webseite, wie er aus ihrem HTML gewonnen wurde. Was die Extraktion oder das Bereinigen entfernt hat, ist durchgestrichen; dahinter steht der Grund.',
  removalCount: (n: number) =>
    n === 0 ? 'Nichts entfernt' : n === 1 ? '1 Stelle entfernt' : `${n} Stellen entfernt`,
  /** The visible label after each removed span. */
  removalLabel: (reason: string) => `[entfernt: ${reason}]`,
  legendHeading: 'Legende',
  legendStrike: 'Durchgestrichen: entfernter Text',
  legendReason: 'In eckigen Klammern: der Grund',
  legendRules: 'Gründe in diesem Text',
  legendRuleCount: (n: number) => (n === 1 ? '1-mal' : `${n}-mal`),
  encodingLabel: 'Kodierung',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es in diesem Dossier nicht. Vielleicht wurde der Artikel umbenannt.',
  /** Accessible name of the site's navigation in the header. */
  siteNavLabel: 'Hauptnavigation',
  /** The entity register: its index, the entity pages and the co-mention network. */
  entitiesLink: 'Register',
  entitiesTitle: 'Register',
  entitiesIntro:
    'Die Personen, Organisationen, Orte und Ereignisse, die die Artikel nennen, jeweils mit der Zahl der Aussagen, in denen sie vorkommen.',
  entityTypes: { person: 'Person', organisation: 'Organisation', place: 'Ort', event: 'Ereignis' },
  entityTypesPlural: { person: 'Personen', organisation: 'Organisationen', place: 'Orte', event: 'Ereignisse' },
  entityClaimCount: (n: number) => (n === 0 ? 'keine Aussage' : n === 1 ? '1 Aussage' : `${n} Aussagen`),
  entityAliasesLabel: 'Auch geschrieben',
  entityMentionsHeading: 'Aussagen',
  entityMentionSummary: (claims: number, articles: number) =>
    `Genannt in ${claims === 1 ? 'einer Aussage' : `${claims} Aussagen`} aus ${articles === 1 ? 'einem Artikel' : `${articles} Artikeln`}.`,
  entityNoMentions: 'Noch nennt keine Aussage der Artikel diesen Eintrag.',
  entityRelatedHeading: 'Oft in denselben Aussagen genannt',
  entitySharedClaims: (n: number) => (n === 1 ? 'in 1 Aussage' : `in ${n} Aussagen`),
  entityBackToIndex: 'Alle Einträge im Register',
  /** A long list cut into pages (an entity named in hundreds of articles). */
  pagerLabel: 'Seiten',
  pagerPrevious: 'Vorherige Seite',
  pagerNext: 'Nächste Seite',
  pagerPage: (n: number) => `Seite ${n}`,
  pageOf: (n: number, pages: number) => `Seite ${n} von ${pages}`,
  networkHeading: 'Wer mit wem genannt wird',
  networkTitle: 'Netzwerk der gemeinsamen Nennungen',
  networkDescription:
    'Die meistgenannten Einträge des Registers als Punkte, je größer, desto öfter genannt. Eine Linie verbindet zwei Einträge, die in derselben Aussage vorkommen, je dicker, desto öfter. Dieselben Verbindungen stehen in der Liste unter der Grafik.',
  networkListSummary: 'Die Verbindungen als Liste',
  networkEmpty: 'Noch nennt keine Aussage zwei Einträge zugleich.',
  /** Accessible name of the small permalink after every sentence. */
  claimLinkLabel: 'Link zu dieser Aussage',
  /** Said next to the permalink and to screen readers once its link is on the clipboard. */
  claimLinkCopied: 'Link kopiert',
  /** A claim's own page (`/c/<id>/`); the article title follows in quotes. */
  claimFrom: 'Aussage aus dem Artikel',
  claimInContext: 'Im Artikel lesen',
  /** The registry entries a claim names, on its page. */
  claimEntitiesHeading: 'In diesem Satz genannt',
  /** Labels of the neighbouring sentences on a claim's page. */
  claimBefore: 'Satz davor:',
  claimAfter: 'Satz danach:',
  /** The page of an id whose sentence was revised since it was issued. */
  claimMovedTitle: 'Diese Aussage wurde überarbeitet',
  claimMovedText: 'Der Satz wurde geändert, seit dieser Link geteilt wurde. So lautet er heute:',
  claimFormerText: 'Früherer Wortlaut',
  /** The page of an id whose sentence was deleted (a tombstone). */
  claimWithdrawnTitle: 'Diese Aussage wurde zurückgezogen',
  claimWithdrawnText: (date?: string) =>
    `${date ? `Zurückgezogen am ${date}. ` : ''}Der Satz steht nicht mehr im Artikel.`,
  claimLastText: 'Zuletzt veröffentlichter Wortlaut',
  claimArticleLink: (title: string) => `Zum Artikel „${title}“`,
  /** The page at an article's former address: renamed (a redirect) or deleted (a tombstone). */
  articleMovedTitle: 'Dieser Artikel hat eine neue Adresse',
  articleMovedText: (title: string) => `Der Artikel „${title}“ steht jetzt unter einer neuen Adresse.`,
  articleWithdrawnTitle: 'Dieser Artikel wurde zurückgezogen',
  articleWithdrawnText: (title: string, date?: string) =>
    `${date ? `Zurückgezogen am ${date}. ` : ''}Der Artikel „${title}“ gehört nicht mehr zu diesem Dossier.`,
  /** The list of deleted sentences at the end of an article, under their old ids. */
  withdrawnClaimsHeading: 'Zurückgezogene Aussagen',
  withdrawnClaimsIntro: 'Diese Sätze standen früher in diesem Artikel.',
  withdrawnOn: (date: string) => `zurückgezogen am ${date}`,
  /** Corroboration: the mark after a sentence two or more outlets report (its accessible name), and the notes it leads to. */
  sourcesMark: (outlets: number, others: readonly string[]) => `von ${outlets} Medien berichtet, auch von: ${others.join(', ')}`,
  corroborationHeading: 'Auch anderswo berichtet',
  corroborationIntro:
    'Diese Aussagen stehen sinngemäß auch in anderen Artikeln des Dossiers. Berichten mindestens zwei unabhängige Medien einen Satz, steht ihre Zahl hinter ihm im Text; zwei Artikel desselben Mediums zählen einmal.',
  /** How many of an article's sentences other articles report; the others stand in this article alone. */
  corroborationSummary: (corroborated: number, claims: number) =>
    `${corroborated} von ${claims} Aussagen dieses Artikels ${corroborated === 1 ? 'steht' : 'stehen'} auch anderswo; die übrigen nur hier.`,
  alsoReportedBy: 'Auch berichtet von',
  outletCount: (n: number) => (n === 1 ? '1 Medium' : `${n} Medien`),
  backToClaim: 'Zum Satz im Text',
  singleSourceNote: 'Nur eine Quelle: Kein anderer Artikel des Dossiers berichtet diese Aussage.',
  /** How sure a corroborating match is, and what both sentences state. */
  matchSure: 'sichere Übereinstimmung',
  matchLikely: 'wahrscheinliche Übereinstimmung',
  matchShared: (items: string) => `beide nennen ${items}`,
  /** Related articles at the end of an article, each with its reasons. */
  relatedHeading: 'Verwandte Artikel',
  /** How close a related article is, said first (see CLOSE_RELATION in related-reasons.ts). */
  relatedClose: 'eng verwandt',
  relatedLoose: 'lose verwandt',
  relatedFacts: (n: number) => (n === 1 ? '1 gemeinsam berichtete Tatsache' : `${n} gemeinsam berichtete Tatsachen`),
  relatedEntities: (names: string) => `gemeinsam genannt: ${names}`,
  relatedDates: (dates: string) => `gleiches Datum: ${dates}`,
  relatedWords: (words: string) => `ähnlicher Text (${words})`,
  relatedDaysApart: (n: number) => (n === 0 ? 'am selben Tag erschienen' : n === 1 ? 'einen Tag auseinander erschienen' : `${n} Tage auseinander erschienen`),
  /** The timeline page. */
  timelineTitle: 'Zeitleiste',
  timelineIntro:
    'Die datierten Ereignisse aller Artikel in zeitlicher Folge. Jedes Datum ist so genau, wie der Text es angibt: ein Tag, eine Woche, ein Monat, eine Jahreszeit oder ein Jahr. Ein Datum ohne Jahr im Text wurde vom Erscheinungsdatum des Artikels aus erschlossen.',
  timelineEmpty: 'Die Artikel nennen keine Daten.',
  timelineSources: (n: number) => (n === 1 ? 'Quelle' : `${n} Quellen`),
  timelineInferred: 'Jahr erschlossen',
  /** The timeline's filter (shown by its script); `{shown}` and `{total}` are filled in the browser. */
  timelineFilterShown: '{shown} von {total} Ereignissen gezeigt',
  timelineFilterPageOnly: 'Die Auswahl gilt für diese Seite der Zeitleiste.',
  seasons: { spring: 'Frühling', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' },
  weekOf: (monday: string) => `Woche ab ${monday}`,
  /** A resolved date with what narrows it: `Juni 2022 (Mitte)`, `seit 2010`, `30. Dezember 2021, abends`. */
  qualifiedDate: (date: string, qualifier: string | undefined) => {
    switch (qualifier) {
      case 'early': return `${date} (Anfang)`;
      case 'mid': return `${date} (Mitte)`;
      case 'late': return `${date} (Ende)`;
      case 'since': return `seit ${date}`;
      case 'until': return `bis ${date}`;
      case 'morning': return `${date}, morgens`;
      case 'midday': return `${date}, mittags`;
      case 'afternoon': return `${date}, nachmittags`;
      case 'evening': return `${date}, abends`;
      case 'night': return `${date}, nachts`;
      default: return date;
    }
  },
  /** Machine-readable exports, linked in the head and the footer. */
  feedLink: 'Atom-Feed',
  dataLink: 'Alle Daten als JSON',
  /** Search: the box in the header, the search page and its results. */
  searchLabel: 'Dossier durchsuchen',
  searchPlaceholder: 'Suchen …',
  /** The placeholder where a keyboard is likely (a fine pointer that hovers): it names the shortcut. */
  searchPlaceholderShortcut: 'Suchen … ( / )',
  searchSubmit: 'Suchen',
  searchTitle: 'Suche',
  searchDescription: 'Alle Aussagen, Artikel und Einträge des Dossiers durchsuchen, auch ohne Netz.',
  /** `examples`: spellings of one name from the dossier's registry (none when it has no name with several). */
  searchHint: (examples: readonly string[]) =>
    `Tippfehler, Einzahl und Mehrzahl, zusammengesetzte Wörter und andere Schreibweisen von Namen werden erkannt${examples.length > 0 ? ` (${examples.join(', ')})` : ''}. Wörter in Anführungszeichen müssen genau so zusammenstehen.`,
  searchNeedsJs: 'Die Suche läuft im Browser und braucht JavaScript. Alle Artikel stehen auf der Startseite, alle Namen im Register.',
  searchFilters: 'Eingrenzen',
  searchAllOutlets: 'Alle Medien',
  searchAllYears: 'Alle Jahre',
  searchAllEntities: 'Alle Einträge',
  searchYearLabel: 'Jahr',
  searchEntityLabel: 'Eintrag im Register',
  searchGroups: { claims: 'Aussagen', articles: 'Artikel', entities: 'Register', analyses: 'Analysen' },
  /** Analyses: the curator's own pages that cite claims (content/analyses/*.md). The path segment of their address. */
  analysesPathSegment: 'analysen',
  analysesHeading: 'Analysen',
  analysisCount: (n: number) => (n === 1 ? '1 Analyse' : `${n} Analysen`),
  analysisLabel: 'Analyse',
  /** The byline of an analysis: author and date, already formatted. */
  analysisByline: (author: string, date: string) => `von ${author}, ${date}`,
  /** The numbered list of what an analysis cites, at its end. */
  analysisSourcesHeading: 'Belege',
  /** The accessible name of a numbered citation. */
  citationLabel: (n: number) => `Beleg ${n}`,
  /** A cited claim whose sentence was revised since the analysis cited it: today's wording is shown. */
  citationRevised: 'seither überarbeitet, hier im heutigen Wortlaut',
  /** A cited claim that is no longer in its article: its last wording is shown. */
  citationWithdrawn: (date?: string) => (date ? `zurückgezogen am ${date}, zuletzt veröffentlichter Wortlaut` : 'zurückgezogen, zuletzt veröffentlichter Wortlaut'),
  /** Backlinks on claim, article and entity pages: the analyses that cite them. */
  citedInHeading: 'Zitiert in',
  searchFailed: 'Die Suche konnte ihren Index nicht laden. Ohne Netz funktioniert sie erst nach einem Besuch mit Netz.',
  /** With `atLeast`, the claim and article counts are lower bounds (a phrase search checks only as many texts as it shows). */
  searchCount: (claims: number, articles: number, entities: number, atLeast = false) =>
    claims + articles + entities === 0
      ? 'Keine Treffer'
      : [
          (atLeast && claims > 0 ? 'mindestens ' : '') + (claims === 1 ? '1 Aussage' : `${claims} Aussagen`),
          (atLeast && articles > 0 ? 'mindestens ' : '') + (articles === 1 ? '1 Artikel' : `${articles} Artikel`),
          entities === 1 ? '1 Eintrag' : `${entities} Einträge`,
        ].join(', '),
  searchShown: (shown: number) => `die ersten ${shown} gezeigt`,
  searchMoreClaims: 'Weitere Aussagen zeigen',
  searchAllResults: 'Alle Ergebnisse auf der Suchseite',
  searchAlsoWritten: (spelling: string) => `auch: ${spelling}`,
  /** The curator's reviews (content/reviews.yaml): each rating's name by its stable key (src/lib/reviews/review-scale.ts). */
  reviewRatings: { belegt: 'belegt', plausibel: 'plausibel', umstritten: 'umstritten', falsch: 'falsch', 'nicht-pruefbar': 'nicht prüfbar' },
  reviewHeading: 'Bewertung der Redaktion',
  /** Accessible name of the mark after a reviewed sentence in the article (it contains the visible rating, WCAG 2.5.3). */
  reviewMark: (rating: string) => `Bewertung der Redaktion: ${rating}`,
  reviewSources: 'Gestützt auf',
  /** On a claim page whose review was written for an earlier wording of the sentence (the id moved). */
  reviewOfEarlierWording: 'Die Bewertung wurde für eine frühere Fassung dieses Satzes geschrieben.',
  /** The rating filter of the search page and of entity pages. */
  reviewFilterLabel: 'Bewertung',
  reviewFilterAll: 'Alle',
  searchAllRatings: 'Alle Aussagen',
  /** What `dossier init` writes into a new dossier.yaml until the curator says more. */
  starterDescription: (title: string) => `Ein Dossier: ${title}.`,
  starterIntro: (title: string) =>
    `Dieses Dossier sammelt Berichte zum Thema „${title}“. Jeder Artikel ist von Navigation und Werbung bereinigt; was entfernt wurde, zeigt sein Originaltext.`,
  footer: (count: number) => (count === 1 ? 'Ein Dossier aus einem Artikel.' : `Ein Dossier aus ${count} Artikeln.`),
};

/** The shape every UI language provides. */
export type UiStrings = typeof de;
