// @ts-check
/// <reference lib="webworker" />
/**
 * Dossier's service worker. After the first visit the dossier reads and
 * searches without a network: on install it stores the files of this build
 * (all of a small dossier, the frame and as much as fits of a large one),
 * and it answers every request of the site from that cache first, storing
 * what it did not have as it is fetched. A new build has a new version and
 * a new cache, which takes over once no page of the old build is open; the
 * old cache is then deleted. Requests to other origins are none of its
 * business (and the site makes none).
 *
 * Written into the built site as `sw.js` by src/integrations/service-worker.ts,
 * which fills in the two values marked below.
 */

const VERSION = /*__DOSSIER_VERSION__*/ 'development';
/** @type {string[]} */
const PRECACHE = /*__DOSSIER_PRECACHE__*/ [];
const CACHE = `dossier-${VERSION}`;
/** Files added to the cache per request batch on install. */
const BATCH = 50;

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const scope = worker.registration.scope;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (let i = 0; i < PRECACHE.length; i += BATCH) {
        await cache.addAll(PRECACHE.slice(i, i + BATCH).map((url) => new URL(url, scope).href));
      }
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('dossier-') && name !== CACHE) await caches.delete(name);
      }
      // The first installation takes over the page that installed it, so it works offline without a reload.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});

/** @param {Request} request */
async function respond(request) {
  const cache = await caches.open(CACHE);
  const navigation = request.mode === 'navigate';
  // `/search/?q=…` is the search page, whatever the query. Static files do not
  // vary by request header, whatever a server's `Vary` says (`Origin` would
  // keep module scripts, requested with one, from matching the precache).
  const cached = await cache.match(request, { ignoreSearch: navigation, ignoreVary: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const notFound = navigation && (await cache.match(new URL('404.html', scope).href));
    if (notFound) return notFound;
    throw error;
  }
}
