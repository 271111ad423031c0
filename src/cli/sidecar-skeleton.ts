import { extractPublicationDate } from '../lib/dates/publication-date.ts';
import { ENCODING_LABELS, type TextEncoding } from '../lib/text/decode-bytes.ts';

export interface SkeletonInput {
  /** The article's file name in content/articles/. */
  name: string;
  /** The name of the file it was added from. */
  from: string;
  source: string;
  encoding: TextEncoding;
}

/**
 * A sidecar for a newly added article, a draft until the curator has
 * reviewed it: what the text states is filled in, each such value named
 * under `origin:` with the words it was read from in a comment; the rest is
 * a placeholder (`outlet: ""`) that `dossier check` reports until the
 * curator fills it, or a commented-out line showing the field's form.
 */
export function sidecarSkeleton({ name, from, source, encoding }: SkeletonInput): string {
  const origin: string[] = [];
  const date = extractPublicationDate(source);
  if (date) origin.push('published: text');
  const published = date
    ? `published: ${date.iso} # from the text: ${JSON.stringify(date.evidence)}; correct it if that is not the publication date`
    : '# published: YYYY-MM-DD # the text states no full date: add it if you know it';
  return `# Metadata for ${name}, added from ${from} (${ENCODING_LABELS[encoding]}).
# A draft: check the values below, fill in what is missing, then write
# \`status: published\`. \`npx dossier check\` reports anything missing or invalid.
status: draft
outlet: ""
${published}
${origin.length > 0 ? `# Where dossier add found these values; remove an entry when you write the value yourself.\norigin: { ${origin.join(', ')} }\n` : ''}# url: https://… # address of the original article, if known
# title: … # only to replace the title found in the text
# note: … # how outlet and date were identified
`;
}
