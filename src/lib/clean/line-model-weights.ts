/**
 * Weights of the line model, one per feature of line-features.ts, written by
 * `npm run train:lines -- <pages> --half A --min-recall 0.95 --write` (scripts/train-line-model.ts). Do not edit by hand.
 */
export const LINE_MODEL = {
  features: ["bias","prose","words","stopwords","sentence","insideMain","aboveTitle","betweenTitleAndText","afterMain","distance","proseNeighbour","shortRun","capitalised","digits","colonEnd","long","ruledNeighbour","afterArticleEnd","fewWords","lowercaseStart","dateLike","mainShareBefore","ellipsisEnd","separators","bulletStart","questionEnd"],
  weights: [1.567,0.365,1.204,-0.06,0.619,0.626,-0.639,0.139,0.182,-0.529,1.578,0.064,-2.292,-0.03,0.059,0.764,-1.085,-1.993,-0.424,-2.033,-0.251,-1.958,-1.231,-0.943,-0.104,-0.812],
};
