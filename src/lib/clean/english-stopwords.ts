/**
 * The most frequent English function words, the counterpart of
 * `./german-stopwords.ts`: running prose is dense with them (a third to a
 * half of all words); navigation, credits and tag lists have almost none.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about after again against all also an and any are as at be because been before being between
  both but by can could did do does during each few for from further had has have having he her here
  hers him his how i if in into is it its itself just me more most my no nor not now of off on once
  only or other our ours out over own said same she should so some such than that the their them then
  there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your`
    .split(/\s+/)
    .filter(Boolean),
);
