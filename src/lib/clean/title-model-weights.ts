/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort"],
  weights: [-0.638,-2.153,0.486,-1.047,0.574,-0.108,0.846,-1.255,-0.462,-1.51,2.374,-0.294,-1.018,1.099,-0.464,1.266,-0.445,-1.776,-0.3,-0.41,-4.094,-2.227,-0.93,-3.21,1.485,0.089],
};
