// Boot script of the hosted app (dist/index.html). A file, not inline, so the
// Content-Security-Policy needs no 'unsafe-inline' for scripts.
import init from "./pkg/annalist.js";

init().catch((err) => {
  const root = document.getElementById("annalist-app");
  if (root) {
    root.textContent = "Annalist could not start: " + err;
  }
  console.error(err);
});
