/**
 * Prints how cross-linking scores on the hand-labelled mixed test dossier
 * (test-fixtures/mixed-dossier): corroboration precision and recall, related
 * articles' precision and recall, links across topics, with every false or
 * missed pair. `npm run eval:cross-links`.
 */
import { linkDossier } from '../src/test-support/link-dossier.ts';
import { MIXED_ROOT, readMixedLabels, scoreLinks } from '../src/test-support/mixed-labels.ts';

const scores = scoreLinks(await linkDossier(MIXED_ROOT), await readMixedLabels());
const { corroboration: c, related: r } = scores;
console.log(`corroboration  precision ${c.precision}  recall ${c.recall}  (${c.found} of ${c.labelled} labelled pairs found, ${c.predicted} predicted)`);
for (const p of c.falsePairs) console.log(`  false   ${p}`);
for (const p of c.missed) console.log(`  missed  ${p}`);
console.log(`related        precision ${r.precision}  recall ${r.recall}  (${r.shown} labelled pairs shown)`);
for (const p of r.falsePairs) console.log(`  false   ${p}`);
console.log(`links across topics: ${scores.crossTopic.length}${scores.crossTopic.length ? `  (${scores.crossTopic.join(', ')})` : ''}`);
