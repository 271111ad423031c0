/**
 * Weights of the line model, one per feature of line-features.ts, written by
 * `npm run train:lines -- <pages> --half A --min-recall 0.965 --write` (scripts/train-line-model.ts). Do not edit by hand.
 */
export const LINE_MODEL = {
  features: ["bias","prose","words","stopwords","sentence","insideMain","aboveTitle","betweenTitleAndText","afterMain","distance","proseNeighbour","shortRun","capitalised","digits","colonEnd","long","ruledNeighbour","afterArticleEnd","fewWords","lowercaseStart","dateLike","mainShareBefore","ellipsisEnd","separators","bulletStart","questionEnd"],
  weights: [2.009,0.186,1.237,-0.026,0.605,0.66,-0.72,0.184,0.266,-0.496,1.605,-0.131,-2.282,-0.09,0.013,0.788,-1.173,-2.124,-0.431,-2.187,-0.276,-2.131,-1.278,-0.981,-0.187,-0.635],
};
