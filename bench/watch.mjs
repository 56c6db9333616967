// Shared by the bench scripts that load a workspace (browser.mjs, cpu-timeline.mjs,
// profile.mjs).
//
// `workerMessageWatch`, given to `page.addInitScript`, notes the time (page clock) of
// every message a Web Worker of the page posts to it in `window.__workerLast`: the last
// one is the last analysis in (the app applies it in its next task). A listener of its
// own on each Worker, added before the app sets `onmessage`.
//
// A "settled" wait must count those messages as activity: the Timeline region alone can
// be quiet for seconds between two batches of analyses (the app hands them to the page
// 1, 2, 4 s apart), and a wait for 1.5 s of quiet then stopped before the last batch
// (session 15: the load figures of sessions 13 and 14 were taken that way).
export function workerMessageWatch() {
  const Native = window.Worker;
  if (!Native) return;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => (window.__workerLast = performance.now()));
    }
  };
}
