/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort","repeated","mostShared","leadOverlap","bestLead","companionSoon","echoedNearby","embedsNeighbour","longerNext","shorterPrevious","truncated","prevIsCompanion","headlineNeighbours","afterTrail","quoted"],
  weights: [-1.345,-0.967,0.762,-1.206,0.827,-0.616,0.895,-1.259,0.801,-0.803,2.2,0.173,-0.722,0.337,-0.525,1.542,0.014,-0.751,-0.147,-1.61,-3.982,0.052,-0.344,-1.996,1.695,0.099,-0.053,-0.613,1.265,0.788,2.195,2.336,-1.205,1.106,-0.142,-0.359,-0.028,-0.842,2.485,1.565],
};
