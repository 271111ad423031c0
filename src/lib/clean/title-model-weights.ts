/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort"],
  weights: [-0.69,-2.267,0.616,-0.963,0.692,-0.123,0.621,-1.226,-0.446,-1.572,2.342,-0.274,-1.051,1.076,-0.536,1.255,-0.665,-1.759,-0.284,-0.578,-4.159,-0.421,-0.901,-3.186,1.714,0.177],
};
