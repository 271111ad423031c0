/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort","repeated"],
  weights: [-0.635,-1.998,0.649,-1.011,0.816,-0.115,0.728,-1.093,-0.866,-1.382,2.356,-0.011,-0.687,1.111,-0.488,1.307,-0.314,-1.541,-0.198,-1.252,-4.074,-0.468,-1.048,-3.227,1.72,0.218,0.393],
};
