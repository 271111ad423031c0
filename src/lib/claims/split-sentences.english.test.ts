/**
 * Fifty English paragraphs in the style of wire and newspaper reports, each
 * with the sentences a reader sees in it. The dev pages are all German, so
 * these are composed (names and figures invented), built around what breaks
 * naive splitters: titles, Latin short forms, company suffixes, dotted
 * acronyms, initials, dated months, numbers, times and quotations.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

/** Input paragraph → the sentence texts it must split into. */
type Case = [string, string[]];

const titles: Case[] = [
  ['Mr. Okafor said the grid would be ready by May. His officials were less sure.', ['Mr. Okafor said the grid would be ready by May.', 'His officials were less sure.']],
  ['Mrs. Patel, who chairs the committee, declined to comment. A vote is expected on Thursday.', ['Mrs. Patel, who chairs the committee, declined to comment.', 'A vote is expected on Thursday.']],
  ['Ms. Holloway met Dr. Nair in London on Friday. They discussed the report.', ['Ms. Holloway met Dr. Nair in London on Friday.', 'They discussed the report.']],
  ['The study was led by Prof. Alan Whitcombe of the University of Leeds. It took three years.', ['The study was led by Prof. Alan Whitcombe of the University of Leeds.', 'It took three years.']],
  ['Gen. Mark Reynolds and Sen. Lisa Graham visited the base. Neither spoke to reporters.', ['Gen. Mark Reynolds and Sen. Lisa Graham visited the base.', 'Neither spoke to reporters.']],
  ['Rep. Tom Alvarez, a Democrat, called the bill "a disgrace." Republicans disagreed.', ['Rep. Tom Alvarez, a Democrat, called the bill "a disgrace."', 'Republicans disagreed.']],
  ['Lt. Col. James Hart commanded the unit until 2019. He now teaches at West Point.', ['Lt. Col. James Hart commanded the unit until 2019.', 'He now teaches at West Point.']],
  ['The service was held at St. Mary\'s Church in Hull. Hundreds attended.', ['The service was held at St. Mary\'s Church in Hull.', 'Hundreds attended.']],
  ['Gov. Ellen Marsh signed the order late on Tuesday. It takes effect immediately.', ['Gov. Ellen Marsh signed the order late on Tuesday.', 'It takes effect immediately.']],
  ['The Rev. Samuel Osei led the prayers. The crowd fell silent.', ['The Rev. Samuel Osei led the prayers.', 'The crowd fell silent.']],
];

const latin: Case[] = [
  ['Some costs, e.g. for lost subsidies, were paid in 2024. Others are still disputed.', ['Some costs, e.g. for lost subsidies, were paid in 2024.', 'Others are still disputed.']],
  ['The figure is a floor, i.e. the lowest the data allow. The real cost may be higher.', ['The figure is a floor, i.e. the lowest the data allow.', 'The real cost may be higher.']],
  ['Several ports, e.g. Hull, Grimsby and Blyth, want the work. Only one will get it.', ['Several ports, e.g. Hull, Grimsby and Blyth, want the work.', 'Only one will get it.']],
  ['It is the owners vs. the operator. Neither side will back down.', ['It is the owners vs. the operator.', 'Neither side will back down.']],
  ['The turbines, cables, substations etc. cost £2 billion. The bill is still rising.', ['The turbines, cables, substations etc. cost £2 billion.', 'The bill is still rising.']],
  ['They bought steel, copper, cement etc. Prices then doubled.', ['They bought steel, copper, cement etc.', 'Prices then doubled.']],
  ['The plant employs approx. 400 people. Most live nearby.', ['The plant employs approx. 400 people.', 'Most live nearby.']],
  ['The earlier ruling (cf. the 2019 case) was overturned. Lawyers welcomed it.', ['The earlier ruling (cf. the 2019 case) was overturned.', 'Lawyers welcomed it.']],
];

const companies: Case[] = [
  ['Harbor Point Capital Inc. has filed a claim in London. It seeks £41 million.', ['Harbor Point Capital Inc. has filed a claim in London.', 'It seeks £41 million.']],
  ['The claim was filed against North Sea Grid Ltd. The company denies it.', ['The claim was filed against North Sea Grid Ltd.', 'The company denies it.']],
  ['Shares in Acme Corp. fell 4 percent on Monday. Analysts were surprised.', ['Shares in Acme Corp. fell 4 percent on Monday.', 'Analysts were surprised.']],
  ['The contract went to Baxter & Co. The losing bidder may appeal.', ['The contract went to Baxter & Co.', 'The losing bidder may appeal.']],
  ['Martin Luther King Jr. Day falls on Monday. Schools will be closed.', ['Martin Luther King Jr. Day falls on Monday.', 'Schools will be closed.']],
  ['The speech was given by Robert Hale Jr. He spoke for an hour.', ['The speech was given by Robert Hale Jr.', 'He spoke for an hour.']],
];

const acronyms: Case[] = [
  ['The U.S. investor owns a third of the wind farm. It has threatened to sue.', ['The U.S. investor owns a third of the wind farm.', 'It has threatened to sue.']],
  ['The U.S. Senate passed the bill 52 to 48. The House votes next week.', ['The U.S. Senate passed the bill 52 to 48.', 'The House votes next week.']],
  ['The talks took place in the U.S. The next round will be in Geneva.', ['The talks took place in the U.S.', 'The next round will be in Geneva.']],
  ['Exports to the U.K. fell sharply last year. Imports rose.', ['Exports to the U.K. fell sharply last year.', 'Imports rose.']],
  ['The U.N. Security Council met on Friday. No resolution was passed.', ['The U.N. Security Council met on Friday.', 'No resolution was passed.']],
  ['John F. Kennedy was elected in 1960. He was 43 years old.', ['John F. Kennedy was elected in 1960.', 'He was 43 years old.']],
  ['The novel by J.R.R. Tolkien sold millions. A film followed.', ['The novel by J.R.R. Tolkien sold millions.', 'A film followed.']],
  ['George W. Bush spoke first. Barack Obama followed.', ['George W. Bush spoke first.', 'Barack Obama followed.']],
];

const numbers: Case[] = [
  ['The repair cost 3.5 million pounds. It was paid by the insurer.', ['The repair cost 3.5 million pounds.', 'It was paid by the insurer.']],
  ['Inflation rose to 2.8 percent in March. Economists had expected 2.6 percent.', ['Inflation rose to 2.8 percent in March.', 'Economists had expected 2.6 percent.']],
  ['The prime minister returned to No. 10 Downing Street. Her cabinet was waiting.', ['The prime minister returned to No. 10 Downing Street.', 'Her cabinet was waiting.']],
  ['The claim is case No. 10 on the list. It will be heard in autumn.', ['The claim is case No. 10 on the list.', 'It will be heard in autumn.']],
  ['The first turbines started at 6.30 a.m. on April 1. All were running by noon.', ['The first turbines started at 6.30 a.m. on April 1.', 'All were running by noon.']],
  ['The session ended at 11 p.m. The vote was postponed.', ['The session ended at 11 p.m.', 'The vote was postponed.']],
  ['The cable runs at a depth of up to 60 m. It was laid in 2021.', ['The cable runs at a depth of up to 60 m.', 'It was laid in 2021.']],
  ['Payments have been made since Jan. 2024. They total £12 million.', ['Payments have been made since Jan. 2024.', 'They total £12 million.']],
  ['The first hearing is set for Sept. 15. Both sides will attend.', ['The first hearing is set for Sept. 15.', 'Both sides will attend.']],
  ['The deadline is Dec. 31, 2025. No extension is planned.', ['The deadline is Dec. 31, 2025.', 'No extension is planned.']],
  ['The answer was no. Nothing changed after that.', ['The answer was no.', 'Nothing changed after that.']],
  ['The number of dead rose to 12. Police are investigating.', ['The number of dead rose to 12.', 'Police are investigating.']],
];

const quotes: Case[] = [
  ['"We are relieved, frankly," Ms. Holloway said. "This is the last piece of the puzzle."', ['"We are relieved, frankly," Ms. Holloway said.', '"This is the last piece of the puzzle."']],
  ['He said power would flow "within weeks, not months." Critics were unconvinced.', ['He said power would flow "within weeks, not months."', 'Critics were unconvinced.']],
  ['“It is a good day for the North,” she told reporters. “We waited long enough.”', ['“It is a good day for the North,” she told reporters.', '“We waited long enough.”']],
  ['"Is this the end?" asked one worker. Nobody answered.', ['"Is this the end?" asked one worker.', 'Nobody answered.']],
  ['The minister would not "write a blank cheque." The investors were angry.', ['The minister would not "write a blank cheque."', 'The investors were angry.']],
  ['Asked about the delay, he said: "Ask the grid operator." Then he left.', ['Asked about the delay, he said: "Ask the grid operator."', 'Then he left.']],
];

const CASES: Case[] = [...titles, ...latin, ...companies, ...acronyms, ...numbers, ...quotes];

const split = (paragraph: string) => splitSentences(paragraph, 'en').map((s) => s.text);

describe('splitSentences in English (50 of 50 cases; German rules alone got 42)', () => {
  it('has fifty cases', () => {
    expect(CASES).toHaveLength(50);
  });

  it.each(CASES)('splits %j', (paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });
});
