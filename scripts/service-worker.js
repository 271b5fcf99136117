// Patika's service worker: offline start, one build at a time. scripts/service-worker.mjs writes
// it to dist/sw.js after each build, prefixed with `BUILD` (this build's id) and `FILES` (every
// file of the build with its SHA-256), so a new build is a new worker.
//
// - Install: fetches every file of this build, checked against its hash (fetch's `integrity`),
//   into this build's own cache; any miss or mismatch (a deploy half done) fails the install and
//   the old build stays. A new build waits until a page asks for it ("skip-waiting").
// - Pages: a page is served this build's index.html, and every request a page (or its import
//   worker) makes is answered from the cache of the build that page started with, so its files
//   never mix with a newer build's (only its own code chunks fit it).
// - Old builds' caches are dropped once no open page or worker uses them.
/* global BUILD, FILES */
const PREFIX = 'patika-build-';
const CLIENTS = 'patika-clients';
const CLIENTS_URL = 'clients.json';
const scope = self.registration.scope;
const url = (path) => new URL(path, scope).href;
const INDEX = url('index.html');

/** Which build each open page or worker started with: client id → [build id, when recorded, seen open]
 * (kept in a cache: the worker may be stopped and started while pages stay open). */
let builds = null;
async function clientBuilds() {
  if (builds) return builds;
  const stored = await (await caches.open(CLIENTS)).match(CLIENTS_URL);
  builds = new Map(stored ? Object.entries(await stored.json()) : []);
  return builds;
}
async function remember(clientId, build) {
  const map = await clientBuilds();
  if (!clientId || map.get(clientId)?.[0] === build) return;
  map.set(clientId, [build, Date.now()]);
  await storeBuilds(map);
}
const buildOf = (map, clientId) => map.get(clientId)?.[0];
async function storeBuilds(map) {
  const body = JSON.stringify(Object.fromEntries(map));
  await (await caches.open(CLIENTS)).put(CLIENTS_URL, new Response(body));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const name = PREFIX + BUILD;
    // Everything is fetched and checked before anything is stored.
    const responses = await Promise.all(FILES.map(async ([path, hash]) => {
      const response = await fetch(url(path), { cache: 'reload', integrity: `sha256-${hash}` });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return [url(path), response];
    }));
    await caches.delete(name);
    const cache = await caches.open(name);
    await Promise.all(responses.map(([key, response]) => cache.put(key, response)));
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'started') event.waitUntil(dropUnusedBuilds());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const first = !names.some((n) => n.startsWith(PREFIX) && n !== PREFIX + BUILD);
    if (first) {
      // The first visit's pages came from the network, from this very build (it was just
      // installed from the same site): they start using the cache now.
      const open = await self.clients.matchAll({ includeUncontrolled: true, type: 'all' });
      for (const c of open) await remember(c.id, BUILD);
      await self.clients.claim();
    }
    await dropUnusedBuilds();
  })());
});

/** Deletes the caches of builds no open client uses, and forgets closed clients. */
async function dropUnusedBuilds() {
  const map = await clientBuilds();
  const open = new Set((await self.clients.matchAll({ includeUncontrolled: true, type: 'all' }))
    .map((c) => c.id));
  // A page being loaded is not a client yet: its record stays until it has been seen open
  // and closed, or for a minute.
  const settled = Date.now() - 60_000;
  for (const [id, record] of [...map]) {
    if (open.has(id)) record[2] = true;
    else if (record[2] || record[1] < settled) map.delete(id);
  }
  await storeBuilds(map);
  const keep = new Set([BUILD, ...[...map.values()].map(([b]) => b)].map((b) => PREFIX + b));
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && !keep.has(name)) await caches.delete(name);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const path = request.url.split(/[?#]/)[0];
  if (request.mode === 'navigate') {
    if (path !== scope && path !== INDEX) return;
    event.respondWith((async () => {
      const page = await (await caches.open(PREFIX + BUILD)).match(INDEX);
      if (!page) return fetch(request);
      event.waitUntil(remember(event.resultingClientId, BUILD));
      return page;
    })());
    return;
  }
  event.respondWith((async () => {
    const map = await clientBuilds();
    const build = buildOf(map, event.clientId) ?? BUILD;
    // A worker (the import worker) belongs to the build of the page that started it.
    if (event.resultingClientId) event.waitUntil(remember(event.resultingClientId, build));
    const cached = await (await caches.open(PREFIX + build)).match(path)
      ?? await (await caches.open(PREFIX + BUILD)).match(path);
    return cached ?? fetch(request);
  })());
});
