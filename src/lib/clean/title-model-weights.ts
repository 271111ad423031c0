/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort","repeated","mostShared","leadOverlap","bestLead","companionSoon"],
  weights: [-0.78,-1.476,0.624,-1.268,0.576,-0.498,0.732,-1.289,0.371,-0.925,2.282,0.283,-0.588,0.327,-0.079,1.482,0.098,-0.902,-0.107,-1.309,-4.153,0.042,-0.523,-2.387,1.331,0.008,0.299,-0.515,1.273,0.595,2.427],
};
