/**
 * Weights of the title model, one per feature of title-features.ts, written by
 * `npm run train:title -- <pages> --half A --write` (scripts/train-title-model.ts). Do not edit by hand.
 */
export const TITLE_MODEL = {
  features: ["distance","words","wordsHeadline","wordsFew","endsQuestion","endsPeriod","stopwords","dateLike","companion","listLike","bodyOverlap","allCaps","credit","nextIsCompanion","blankBefore","colon","capitalised","digits","long","firstOfMain","insideMain","proseBefore","nextIsProse","toProse","sharedWords","prevShort","repeated","mostShared","leadOverlap","bestLead","companionSoon","echoedNearby","embedsNeighbour","longerNext","shorterPrevious","truncated","prevIsCompanion","headlineNeighbours"],
  weights: [-1.232,-1.015,0.834,-1.201,0.567,-0.632,0.726,-1.062,0.626,-0.904,2.267,0.207,-0.311,0.229,-0.422,1.503,-0.338,-0.764,-0.141,-1.395,-4.042,-0.064,-0.368,-2.044,1.474,0.08,0.009,-0.585,1.267,0.747,2.252,2.317,-1.189,1.168,-0.048,-0.37,-0.109,-0.757],
};
