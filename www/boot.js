// Boot script of the hosted app (dist/index.html). A file, not inline, so the
// Content-Security-Policy needs no 'unsafe-inline' for scripts.
import init from "./pkg/annalist.js";

init()
  .then(registerServiceWorker)
  .catch((err) => {
    const root = document.getElementById("annalist-app");
    if (root) {
      root.textContent = "Annalist could not start: " + err;
    }
    console.error(err);
  });

// Offline after the first visit (sw.js caches the app); file:// has no service workers.
// Registered once the app runs: installing it fetches every app file again, wasm
// included, which on a first visit competed with the app's own start.
function registerServiceWorker() {
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
}
