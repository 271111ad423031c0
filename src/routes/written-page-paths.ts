/**
 * `getStaticPaths` of a route whose pages the page writer writes: in `astro
 * dev` every page, rendered on request; in a build only the frame, with the
 * pages queued for the writer (see src/integrations/page-writer.ts).
 */
import { FRAME_PARAM, queuePages, type PageJob, type PageSource } from '../build/handover.ts';
import type { PageDocument } from '../lib/render/page-document.ts';

/** A route of written pages: its kind and frame (as the writer takes them), its parameter and each source's value of it. */
export interface WrittenRoute<S extends PageSource> extends Omit<PageJob, 'pages'> {
  param: string;
  sources: readonly S[];
  paramOf: (source: S) => string;
}

/** The route's static paths; in a build the frame's, whose parameter is `FRAME_PARAM`. */
export function writtenPagePaths<S extends PageSource>({ kind, frame, param, sources, paramOf }: WrittenRoute<S>): { params: Record<string, string>; props: { page: PageDocument | undefined } }[] {
  if (import.meta.env.DEV) return sources.map((source) => ({ params: { [param]: paramOf(source) }, props: { page: source.document() } }));
  queuePages({ kind, frame, pages: () => sources });
  return [{ params: { [param]: FRAME_PARAM }, props: { page: undefined } }];
}
