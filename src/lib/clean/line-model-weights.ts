/**
 * Weights of the line model, one per feature of line-features.ts, written by
 * `npm run train:lines -- <pages> --half A --min-recall 0.95 --write` (scripts/train-line-model.ts). Do not edit by hand.
 */
export const LINE_MODEL = {
  features: ["bias","prose","words","stopwords","sentence","insideMain","aboveTitle","betweenTitleAndText","afterMain","distance","proseNeighbour","shortRun","capitalised","digits","colonEnd","long","ruledNeighbour","afterArticleEnd","fewWords","lowercaseStart","dateLike","mainShareBefore"],
  weights: [1.419,0.341,1.064,-0.019,0.46,0.599,-0.668,0.164,0.199,-0.484,1.585,0.007,-1.987,-0.015,0.218,0.655,-0.864,-2.012,-0.468,-1.925,-0.132,-2.008],
};
