/**
 * English UI strings: the same shape as `./de.ts`, for a dossier with
 * `language: en` in content/dossier.yaml.
 */
import type { UiStrings } from './de.ts';

/** English plural of a count: `1 claim`, `3 claims`. */
const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const en: UiStrings = {
  skipLink: 'Skip to content',
  homeLink: 'Home',
  articlesHeading: 'Articles',
  articleCount: (n: number) => count(n, 'article', 'articles'),
  undated: 'undated',
  quoteMarks: ['“', '”'],
  draftMarker: 'Draft',
  draftExplanation: 'Not yet reviewed: appears on the published site only once the sidecar says “status: published”.',
  dateProvenance: {
    curated: 'curated',
    page: 'date of the page',
    text: 'date from the text',
  },
  dateUncertain: 'date uncertain',
  /** The authors in a byline, `names` already joined: “by Anna Example and Max Sample”. */
  bylineAuthors: (names: string) => `by ${names}`,
  dateEvidence: (evidence: string) => `read from “${evidence}”`,
  outletLabel: 'Outlet',
  dateLabel: 'Date',
  sourceLink: (outlet: string) => `Article at ${outlet}`,
  sourcesLabel: 'More',
  originalLink: 'Original text with all removals',
  cleanedLink: 'To the cleaned text',
  backToIndex: 'All articles',
  originalTitle: (title: string) => `Original text: ${title}`,
  originalIntro:
    'The raw text as it was collected. What cleaning removed is struck through, followed by the reason.',
  originalIntroPage:
    'The visible text of the saved web page, as drawn from its HTML. What extraction or cleaning removed is struck through, followed by the reason.',
  removalCount: (n: number) => (n === 0 ? 'Nothing removed' : n === 1 ? '1 passage removed' : `${n} passages removed`),
  removalLabel: (reason: string) => `[removed: ${reason}]`,
  legendHeading: 'Legend',
  legendStrike: 'Struck through: removed text',
  legendReason: 'In square brackets: the reason',
  legendRules: 'Reasons in this text',
  legendRuleCount: (n: number) => (n === 1 ? 'once' : `${n} times`),
  encodingLabel: 'Encoding',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist in this dossier. Perhaps the article was renamed.',
  siteNavLabel: 'Main navigation',
  entitiesLink: 'Index',
  entitiesTitle: 'Index',
  entitiesIntro:
    'The people, organisations, places and events the articles name, each with the number of claims that mention them.',
  entityTypes: { person: 'Person', organisation: 'Organisation', place: 'Place', event: 'Event' },
  entityTypesPlural: { person: 'People', organisation: 'Organisations', place: 'Places', event: 'Events' },
  entityClaimCount: (n: number) => (n === 0 ? 'no claim' : count(n, 'claim', 'claims')),
  entityAliasesLabel: 'Also written',
  entityMentionsHeading: 'Claims',
  entityMentionSummary: (claims: number, articles: number) =>
    `Named in ${claims === 1 ? 'one claim' : `${claims} claims`} from ${articles === 1 ? 'one article' : `${articles} articles`}.`,
  entityNoMentions: 'No claim in the articles names this entry yet.',
  entityRelatedHeading: 'Often named in the same claims',
  entitySharedClaims: (n: number) => `in ${count(n, 'claim', 'claims')}`,
  entityBackToIndex: 'All entries in the index',
  pagerLabel: 'Pages',
  pagerPrevious: 'Previous page',
  pagerNext: 'Next page',
  pagerPage: (n: number) => `Page ${n}`,
  pageOf: (n: number, pages: number) => `Page ${n} of ${pages}`,
  networkHeading: 'Who is named with whom',
  networkTitle: 'Network of shared mentions',
  networkDescription:
    'The most-named entries of the index as dots, larger the more often named. A line joins two entries that appear in the same claim, thicker the more often. The list below the graphic holds the same connections.',
  networkListSummary: 'The connections as a list',
  networkEmpty: 'No claim names two entries together yet.',
  claimLinkLabel: 'Link to this claim',
  claimLinkCopied: 'Link copied',
  claimFrom: 'Claim from the article',
  claimInContext: 'Read in the article',
  claimEntitiesHeading: 'Named in this sentence',
  claimBefore: 'Sentence before:',
  claimAfter: 'Sentence after:',
  claimMovedTitle: 'This claim was revised',
  claimMovedText: 'The sentence has changed since this link was shared. This is how it reads today:',
  claimFormerText: 'Former wording',
  claimWithdrawnTitle: 'This claim was withdrawn',
  claimWithdrawnText: (date?: string) => `${date ? `Withdrawn on ${date}. ` : ''}The sentence is no longer in the article.`,
  claimLastText: 'Last published wording',
  claimArticleLink: (title: string) => `To the article “${title}”`,
  articleMovedTitle: 'This article has a new address',
  articleMovedText: (title: string) => `The article “${title}” is now at a new address.`,
  articleWithdrawnTitle: 'This article was withdrawn',
  articleWithdrawnText: (title: string, date?: string) =>
    `${date ? `Withdrawn on ${date}. ` : ''}The article “${title}” no longer belongs to this dossier.`,
  withdrawnClaimsHeading: 'Withdrawn claims',
  withdrawnClaimsIntro: 'These sentences used to be in this article.',
  withdrawnOn: (date: string) => `withdrawn on ${date}`,
  sourcesMark: (outlets: number, others: readonly string[]) => `reported by ${count(outlets, 'outlet', 'outlets')}, also by: ${others.join(', ')}`,
  corroborationHeading: 'Also reported elsewhere',
  corroborationIntro:
    'These claims also appear, in substance, in other articles of the dossier. When at least two independent outlets report a sentence, their number follows it in the text; two articles from the same outlet count once.',
  /** How many of an article's sentences other articles report; the others stand in this article alone. */
  corroborationSummary: (corroborated: number, claims: number) =>
    `${corroborated} of ${claims} claims of this article ${corroborated === 1 ? 'appears' : 'appear'} elsewhere too; the others only here.`,
  alsoReportedBy: 'Also reported by',
  outletCount: (n: number) => count(n, 'outlet', 'outlets'),
  backToClaim: 'To the sentence in the text',
  singleSourceNote: 'Single source: no other article of the dossier reports this claim.',
  matchSure: 'certain match',
  matchLikely: 'likely match',
  matchShared: (items: string) => `both name ${items}`,
  relatedHeading: 'Related articles',
  relatedClose: 'closely related',
  relatedLoose: 'loosely related',
  relatedFacts: (n: number) => count(n, 'fact reported by both', 'facts reported by both'),
  relatedEntities: (names: string) => `both name: ${names}`,
  relatedDates: (dates: string) => `same date: ${dates}`,
  relatedWords: (words: string) => `similar text (${words})`,
  relatedDaysApart: (n: number) =>
    n === 0 ? 'published the same day' : n === 1 ? 'published one day apart' : `published ${n} days apart`,
  timelineTitle: 'Timeline',
  timelineIntro:
    'The dated events of all articles in order of time. Each date is as precise as the text gives it: a day, a week, a month, a season or a year. A date without a year in the text was inferred from the article’s publication date.',
  timelineEmpty: 'The articles name no dates.',
  timelineSources: (n: number) => (n === 1 ? 'Source' : `${n} sources`),
  timelineInferred: 'year inferred',
  timelineFilterShown: '{shown} of {total} events shown',
  timelineFilterPageOnly: 'The choice applies to this page of the timeline.',
  seasons: { spring: 'Spring', summer: 'Summer', autumn: 'Autumn', winter: 'Winter' },
  weekOf: (monday: string) => `Week of ${monday}`,
  qualifiedDate: (date: string, qualifier: string | undefined) => {
    switch (qualifier) {
      case 'early': return `early ${date}`;
      case 'mid': return `mid-${date}`;
      case 'late': return `late ${date}`;
      case 'since': return `since ${date}`;
      case 'until': return `until ${date}`;
      case 'morning': return `${date}, morning`;
      case 'midday': return `${date}, midday`;
      case 'afternoon': return `${date}, afternoon`;
      case 'evening': return `${date}, evening`;
      case 'night': return `${date}, night`;
      default: return date;
    }
  },
  feedLink: 'Atom feed',
  dataLink: 'All data as JSON',
  searchLabel: 'Search the dossier',
  searchPlaceholder: 'Search …',
  /** The placeholder where a keyboard is likely (a fine pointer that hovers): it names the shortcut. */
  searchPlaceholderShortcut: 'Search … ( / )',
  searchSubmit: 'Search',
  searchTitle: 'Search',
  searchDescription: 'Search all claims, articles and entries of the dossier, offline too.',
  /** `examples`: spellings of one name from the dossier's registry (none when it has no name with several). */
  searchHint: (examples: readonly string[]) =>
    `Typos, singular and plural, compound words and other spellings of names are recognised${examples.length > 0 ? ` (${examples.join(', ')})` : ''}. Words in quotation marks must stand together exactly so.`,
  searchNeedsJs: 'Search runs in the browser and needs JavaScript. All articles are on the home page, all names in the index.',
  searchFilters: 'Narrow down',
  searchAllOutlets: 'All outlets',
  searchAllYears: 'All years',
  searchAllEntities: 'All entries',
  searchYearLabel: 'Year',
  searchEntityLabel: 'Entry in the index',
  searchGroups: { claims: 'Claims', articles: 'Articles', entities: 'Index', analyses: 'Analyses' },
  analysesPathSegment: 'analyses',
  analysesHeading: 'Analyses',
  analysisCount: (n: number) => (n === 1 ? '1 analysis' : `${n} analyses`),
  analysisLabel: 'Analysis',
  analysisByline: (author: string, date: string) => `by ${author}, ${date}`,
  analysisSourcesHeading: 'Sources',
  citationLabel: (n: number) => `Source ${n}`,
  citationRevised: 'revised since, shown in its current wording',
  citationWithdrawn: (date?: string) => (date ? `withdrawn on ${date}, last published wording` : 'withdrawn, last published wording'),
  citedInHeading: 'Cited in',
  searchFailed: 'Search could not load its index. Offline, it works only after one visit online.',
  searchCount: (claims: number, articles: number, entities: number, atLeast = false) =>
    claims + articles + entities === 0
      ? 'No results'
      : [
          (atLeast && claims > 0 ? 'at least ' : '') + count(claims, 'claim', 'claims'),
          (atLeast && articles > 0 ? 'at least ' : '') + count(articles, 'article', 'articles'),
          count(entities, 'entry', 'entries'),
        ].join(', '),
  searchShown: (shown: number) => `the first ${shown} shown`,
  searchMoreClaims: 'Show more claims',
  searchAllResults: 'All results on the search page',
  searchAlsoWritten: (spelling: string) => `also: ${spelling}`,
  reviewRatings: { belegt: 'supported', plausibel: 'plausible', umstritten: 'disputed', falsch: 'false', 'nicht-pruefbar': 'unverifiable' },
  reviewHeading: 'Editors’ review',
  reviewMark: (rating: string) => `Editors’ review: ${rating}`,
  reviewSources: 'Based on',
  reviewOfEarlierWording: 'The review was written for an earlier wording of this sentence.',
  reviewFilterLabel: 'Review',
  reviewFilterAll: 'All',
  searchAllRatings: 'All claims',
  starterDescription: (title: string) => `A dossier: ${title}.`,
  starterIntro: (title: string) =>
    `This dossier collects reports on “${title}”. Every article is cleaned of navigation and advertising; its original text shows what was removed.`,
  footer: (count: number) => (count === 1 ? 'A dossier of one article.' : `A dossier of ${count} articles.`),
};
