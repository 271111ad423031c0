/**
 * Weights of the line model, one per feature of line-features.ts, written by
 * `npm run train:lines -- <pages> --half A --min-recall 0.95 --write` (scripts/train-line-model.ts). Do not edit by hand.
 */
export const LINE_MODEL = {
  features: ["bias","prose","words","stopwords","sentence","insideMain","aboveTitle","betweenTitleAndText","afterMain","distance","proseNeighbour","shortRun","capitalised","digits","colonEnd","long","ruledNeighbour","afterArticleEnd","fewWords","lowercaseStart","dateLike","mainShareBefore","ellipsisEnd","separators","bulletStart","questionEnd"],
  weights: [1.652,0.222,1.235,-0.135,0.624,0.634,-0.693,0.212,0.204,-0.472,1.68,-0.089,-2.237,-0.084,0.02,0.713,-1.086,-2.125,-0.452,-2.161,-0.253,-2.017,-1.245,-0.963,-0.171,-0.75],
};
