/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort"],
  weights: [-0.516,-2.3,0.612,-0.912,0.62,-0.118,0.62,-1.199,-0.432,-1.396,2.328,-0.224,-0.778,1.216,-0.499,1.324,-0.771,-1.738,-0.327,-0.544,-4.085,-0.405,-0.947,-3.348,1.725,0.175],
};
