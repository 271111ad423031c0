/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort","repeated","mostShared","leadOverlap","bestLead"],
  weights: [0.021,-1.595,0.559,-1.034,0.517,-0.152,1.269,-0.726,-0.673,-1.08,2.401,0.058,-0.524,1.256,-0.514,1.422,-0.115,-1.41,-0.18,-1.074,-3.48,-0.281,-0.975,-3.445,1.862,0.267,0.318,-0.452,1.213,0.364],
};
