import { extractPublicationDate } from '../lib/dates/publication-date.ts';
import { outletFromText, wireInDateline } from '../lib/meta/outlet-from-text.ts';
import { ENCODING_LABELS, type TextEncoding } from '../lib/text/decode-bytes.ts';

export interface SkeletonInput {
  /** The article's file name in content/articles/. */
  name: string;
  /** The name of the file it was added from. */
  from: string;
  source: string;
  encoding: TextEncoding;
}

/** `# from the text: "…"`, the evidence shortened to what a comment line can hold. */
const fromText = (evidence: string) => `from the text: ${JSON.stringify(evidence.length > 80 ? `${evidence.slice(0, 79)}…` : evidence)}`;

/**
 * A sidecar for a newly added article, a draft until the curator has
 * reviewed it: what the text states is filled in, each such value named
 * under `origin:` with the words it was read from in a comment; the rest is
 * a placeholder (`outlet: ""`) that `dossier check` reports until the
 * curator fills it, or a commented-out line showing the field's form.
 */
export function sidecarSkeleton({ name, from, source, encoding }: SkeletonInput): string {
  const origin: string[] = [];
  const stated = outletFromText(source);
  if (stated) origin.push('outlet: text');
  const wire = wireInDateline(source);
  const outlet = [
    stated
      ? `outlet: ${JSON.stringify(stated.name)} # ${fromText(stated.evidence)}; correct it if that is not the outlet`
      : 'outlet: "" # the text does not name its outlet clearly: write it',
    ...(wire ? [`# The dateline credits ${wire.name} (${JSON.stringify(wire.evidence)}): the agency wrote the report, the outlet is who published it.`] : []),
  ].join('\n');
  const date = extractPublicationDate(source);
  if (date) origin.push('published: text');
  const published = date
    ? `published: ${date.iso} # ${fromText(date.evidence)}; correct it if that is not the publication date`
    : '# published: YYYY-MM-DD # the text states no full date: add it if you know it';
  return `# Metadata for ${name}, added from ${from} (${ENCODING_LABELS[encoding]}).
# A draft: check the values below, fill in what is missing, then write
# \`status: published\`. \`npx dossier check\` reports anything missing or invalid.
status: draft
${outlet}
${published}
${origin.length > 0 ? `# Where dossier add found these values; remove an entry when you write the value yourself.\norigin: { ${origin.join(', ')} }\n` : ''}# url: https://… # address of the original article, if known
# title: … # only to replace the title found in the text
# note: … # how outlet and date were identified
`;
}
