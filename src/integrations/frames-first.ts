/**
 * Astro's prerenderer, with the frames of written pages (claim, article and
 * original pages; see src/build/handover.ts) rendered before every other page, and
 * each frame's HTML handed over as soon as it is rendered. The page writer
 * can then fill and write a large dossier's ninety thousand pages on the
 * file-system thread while Astro renders the rest of the site, not after it
 * (measured at 5,000 articles: the writer's step after Astro's was 17 s).
 */
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { FRAME_PARAM } from '../build/handover.ts';

/** Whether a page's path (`/c/_frame/`, `/dossier/articles/_frame/original/`) is a frame's. */
function isFramePath(pathname: string): boolean {
  return pathname.split('/').includes(FRAME_PARAM);
}

/** The paths in Astro's order, frames first. */
function framesFirst(paths: readonly PathWithRoute[]): PathWithRoute[] {
  return [...paths.filter((p) => isFramePath(p.pathname)), ...paths.filter((p) => !isFramePath(p.pathname))];
}

/**
 * Wraps `base` (Astro's own prerenderer, as `setPrerenderer` hands it over):
 * frames are rendered first, and `onFrame` is told the URL path (base
 * included) and HTML of each. What Astro writes is unchanged.
 */
export function frameReportingPrerenderer(base: AstroPrerenderer, onFrame: (pathname: string, html: string) => void): AstroPrerenderer {
  // Astro's prerenderer keeps its state on itself: its methods are called on it, not on the wrapper.
  const delegated = Object.fromEntries(Object.entries(base).map(([key, value]) => [key, typeof value === 'function' ? value.bind(base) : value]));
  return {
    ...(delegated as AstroPrerenderer),
    getStaticPaths: async () => framesFirst(await base.getStaticPaths()),
    render: async (request, options) => {
      const rendered = await base.render(request, options);
      const { pathname } = new URL(request.url);
      if (isFramePath(pathname)) {
        const response = rendered instanceof Response ? rendered : rendered.response;
        onFrame(decodeURI(pathname), await response.clone().text());
      }
      return rendered;
    },
  };
}
