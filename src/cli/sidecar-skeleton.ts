import { extractPublicationDate } from '../lib/dates/german-dates.ts';
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
 * A sidecar for a newly added article: what the text states is filled in,
 * the rest is a placeholder (`outlet: ""`) that `dossier check` reports until
 * the curator fills it, or a commented-out line showing the field's form.
 */
export function sidecarSkeleton({ name, from, source, encoding }: SkeletonInput): string {
  const date = extractPublicationDate(source);
  const published = date
    ? `published: ${date.iso} # from the text: ${JSON.stringify(date.evidence)}; correct it if that is not the publication date`
    : '# published: YYYY-MM-DD # the text states no full date: add it if you know it';
  return `# Metadata for ${name}, added from ${from} (${ENCODING_LABELS[encoding]}).
# Fill in the outlet; \`npx dossier check\` reports anything missing or invalid.
outlet: ""
${published}
# url: https://… # address of the original article, if known
# title: … # only to replace the title found in the text
# note: … # how outlet and date were identified
`;
}
