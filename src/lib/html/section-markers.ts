/**
 * Lines that open what follows an article on German (and English) news
 * pages: lists of other articles, share and newsletter prompts, the author's
 * bio, the comment section. After such a line nothing of the article
 * follows; these are the phrases sites share, not one site's furniture.
 */

const MARKERS: readonly RegExp[] = [
  // Teaser lists: "Weitere Artikel", "Das könnte Sie auch interessieren", "Schon gelesen?". Not "Lesen Sie auch":
  // that also announces a single link inside the article (the text cleaner's read-more rule takes that line).
  /^(?:(?:Die |Unsere )?(?:neu(?:e|est)e?n?|weitere|ähnliche|verwandte|empfohlene|beliebte|meistgelesene|meist ?gelesen|aktuelle|passende|mehr|andere)\s+(?:Artikel|Beiträge?|Themen|Nachrichten|News|Meldungen|Posts?|Stories|Geschichten|Videos|Rezepte|Produkttests|Inhalte|Empfehlungen|Tests|Ratgeber|zum Thema|aus (?:der|dem|den|unserem|unserer)\b)|Top \d+\b|Das (?:könnte|dürfte) (?:Sie|dich|Dich|euch) (?:auch )?interessieren|(?:Sie|Du) (?:könnten|könntest|möchten|möchtest) (?:auch|außerdem)|Auch interessant|Ebenfalls interessant|Schon gelesen|Empfohlen(?:e Beiträge)?|Related|You (?:might|may) also like|Mehr Artikel)\b/iu,
  // Share prompts: "Artikel gefallen? Jetzt teilen", "Teilen Sie diesen Beitrag", "Share this".
  /^(?:(?:Dir|Ihnen) hat (?:der|dieser) (?:Artikel|Beitrag) gefallen|(?:Artikel|Beitrag) gefallen|Jetzt teilen|(?:Diesen |Den )?(?:Artikel|Beitrag) (?:teilen|empfehlen|mit anderen teilen)|Teile?n? (?:Sie |du )?(?:diesen|den|unseren) (?:Artikel|Beitrag)|Share this|Teilen mit|Gefällt mir|Like this)\b/iu,
  // Newsletter and subscription prompts.
  /^(?:(?:Jetzt |Unser(?:en)? )?(?:Newsletter|Abo)(?: abonnieren| bestellen| anmelden)?|(?:Jetzt )?(?:für (?:den|unseren) )?Newsletter anmelden|Sie wollen mehr|Bleiben Sie (?:auf dem Laufenden|informiert)|Nichts mehr verpassen|Verpassen Sie (?:keine|nichts))\b/iu,
  // The author's box: "Über den Autor", "Über die Autorin", "Autor:innen" (not "Zur Person": interviews have it mid-text).
  /^(?:Über (?:den|die|das|uns|unsere?) (?:Autor(?:in|en|:innen|innen)?|Redaktion)|Autor(?:in|en|:innen|innen)?\s*:?$|Über (?:\p{Lu}[\p{L}.-]+ ){0,2}\p{Lu}[\p{L}-]+$)/u,
  // Comment sections: "3 Kommentare", "Schreibe einen Kommentar", "Diskutieren Sie mit".
  /^(?:\d+ )?(?:Kommentare?|Leserkommentare|Comments?)\b(?:\s*\(\d+\))?\s*:?$|^(?:Schreibe?n? (?:Sie )?einen Kommentar|Kommentar (?:schreiben|verfassen|abgeben)|Kommentieren|Diskutieren Sie mit|Diskussion|Deine Meinung|Ihre Meinung|Leave a (?:comment|reply)|Antwort hinterlassen|Hinterlasse einen Kommentar)\b/iu,
];

/** Words a marker line has at most: a longer line is a sentence that happens to start like one. */
const MAX_WORDS = 10;

/** True when `text` (whitespace-normalised) opens the part of the page after the article. */
export function isEndOfArticleMarker(text: string): boolean {
  if (text.split(' ').length > MAX_WORDS) return false;
  return MARKERS.some((marker) => marker.test(text));
}
