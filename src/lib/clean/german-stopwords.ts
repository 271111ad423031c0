/**
 * The most frequent German function words. Running prose is dense with them
 * (typically a third of all words); navigation, credits and tag lists have
 * almost none, which makes their share a signal that works on any outlet.
 */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(
  `aber alle allem allen aller als also am an ans auch auf aus bei beim bereits bis bisher
  da dabei damit dann darauf darin darum das dass davon dazu dem den denen denn der deren des
  deshalb dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
  einen einer eines er es etwa für gegen gegenüber hat hatte hatten hätten habe haben hier ich
  ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jedoch jetzt kann kein keine
  können könne könnte könnten man mehr mit muss nach nicht noch nun nur ob oder ohne schon sei
  seien sein seine seinem seinen seiner seit sich sie sind so sollen soll solle sollte sowie
  um und uns unter vom von vor war waren wäre was weil weiter wenn wer werde werden wie wieder
  will wir wird wo wurde wurden zu zum zur zwischen über`
    .split(/\s+/)
    .filter(Boolean),
);
