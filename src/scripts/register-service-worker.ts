/**
 * Registers the service worker that keeps the dossier and its search
 * available offline after the first visit (see src/integrations/service-worker.ts).
 * Only in built sites: `astro dev` has no /sw.js.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
}
