// Service worker of the hosted Annalist site: after the first visit the app
// works offline. It caches only Annalist's own files (the list below and
// pkg/), never documents, never another origin, and never a non-GET request.
//
// Strategy: network first, cache as fallback. Online, every load is fresh
// and refreshes the cache (so the JS glue and the wasm never get out of step
// across a deploy); offline, the cached copy answers.
const CACHE = "annalist-v1";
const SCOPE = new URL(self.registration.scope).pathname;
const APP_FILES = [
  "",
  "index.html",
  "style.css",
  "boot.js",
  "manifest.webmanifest",
  "annalist.js",
  "pkg/annalist.js",
  "pkg/annalist_bg.wasm",
];

/** Path of `url` relative to the scope, or null when it is not an app file. */
function appPath(url) {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return null;
  const path = url.pathname.slice(SCOPE.length);
  if (APP_FILES.includes(path) || /^pkg\/[\w.-]+\.(js|wasm)$/.test(path)) return path;
  return null;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(APP_FILES.map((f) => cache.add(SCOPE + f).catch(() => undefined))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("annalist-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  const path = appPath(url);
  if (path === null) return; // not ours: the browser handles it as usual
  const key = SCOPE + path;
  event.respondWith(
    fetch(req)
      .then((resp) => {
        if (resp.ok && resp.type === "basic") {
          const copy = resp.clone();
          event.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
        }
        return resp;
      })
      .catch(async () => {
        const cache = await caches.open(CACHE);
        const hit = (await cache.match(key)) ?? (path === "" ? await cache.match(SCOPE + "index.html") : undefined);
        return hit ?? Response.error();
      }),
  );
});
