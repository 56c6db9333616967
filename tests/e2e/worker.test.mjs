// The analysis worker's start-up (issue 14.10 follow-up): a worker that never
// says it is ready (its script never loads, a start-up message lost) is
// replaced after worker::START_MS, and the long text it held is analysed by
// the next one, instead of staying "Analysing…" for ever.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserAndServer, newPage, settled, entityButton, traceWorkers, waitForAnalysis } from "./lib.mjs";

const env = browserAndServer();

// Our own text, over the 200 KB worker threshold.
function longText() {
  const para = (i) =>
    `In another section, the ferry office of Baltrum Shipping in Kiel said that crossing ${i % 30} ` +
    `ran as planned and that the pier lights worked.`;
  const out = ["Ferry log\n"];
  for (let i = 1, size = 0; size < 260_000; i++) {
    out.push(para(i));
    size += para(i).length + 2;
  }
  out.push("At the end, the engineer Ingrid Tessendorf closed the audit in Flensburg on 2 May 2024.");
  return out.join("\n\n");
}

test("a worker that never starts is replaced, and the long text is analysed by the next one", async () => {
  const page = await newPage(env.browser, { bypassCSP: true });
  await traceWorkers(page);
  // The first worker the page starts runs an empty script: it never answers.
  await page.addInitScript(() => {
    const Real = window.Worker;
    let made = 0;
    window.Worker = function (url, opts) {
      made += 1;
      window.__workersMade = made;
      return made === 1 ? new Real(URL.createObjectURL(new Blob([""], { type: "text/javascript" }))) : new Real(url, opts);
    };
    window.Worker.prototype = Real.prototype;
  });
  await page.goto(env.server.url + "index.html");
  await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 20000 });
  const dir = await mkdtemp(join(tmpdir(), "annalist-worker-"));
  const path = join(dir, "ferry-log.txt");
  await writeFile(path, longText());
  await page.getByLabel("Open files", { exact: true }).setInputFiles(path);
  await rm(dir, { recursive: true, force: true });
  await waitForAnalysis(page, entityButton(page, "Ingrid Tessendorf"), 120000);
  await settled(page);
  assert.equal(await page.evaluate(() => window.__workersMade), 2, "the silent worker was not replaced by one other");
  const log = await page.evaluate(() => window.__workerLog);
  assert.ok(log.some((l) => l.includes("worker ready: true")), `no worker said it was ready:\n${log.join("\n")}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
