// The offline service worker (sw.js): caches every file of this build on first visit under a name
// unique to the build, serves from that cache, and waits for the person's consent before a new
// build takes over.
// BUILD (written in by scripts/post_build.mjs): { cache, files }: the cache name changes with any
// file's hash.

self.addEventListener('install', (e) => e.waitUntil(caches.open(BUILD.cache).then((c) => c.addAll(BUILD.files))));
// No skipWaiting on install: a new build takes over only when the page asks (the person agreed).
self.addEventListener('message', (e) => { if (e.data === 'skip-waiting') self.skipWaiting(); });
self.addEventListener('activate', (e) => e.waitUntil(
  caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('crampcheck-') && k !== BUILD.cache).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()),
));
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  e.respondWith(caches.open(BUILD.cache).then(async (c) => {
    if (req.mode === 'navigate') {
      const page = new URL(req.url).pathname.endsWith('/embed.html') ? './embed.html' : './index.html';
      return (await c.match(req, { ignoreSearch: true })) || (await c.match(page)) || fetch(req);
    }
    return (await c.match(req)) || fetch(req);
  }));
});
