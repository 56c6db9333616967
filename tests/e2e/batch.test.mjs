// Many short files opened together (issue 17.3): what does not fit in the
// first time slice is analysed in the worker, and every document ends up
// analysed with its own text and date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserAndServer, newPage, settled, screenshot } from "./lib.mjs";

const env = browserAndServer();
const DOC = '[aria-label="Document"]';
const FILES = 24;

// Our own short reports, one a file: a date line, then a few paragraphs.
// Each is about 12 KB, so that however fast the machine, the first 10 ms
// time slice on the main thread takes only a few of them and the rest go to
// the worker (with 250-byte reports a fast machine did all 24 in the slice).
const WEEK = [
  "The harbour master of Tallinn counted {n} ships at anchor and asked the pilots to work in two shifts.",
  "Corvel Shipping said its northern quay would take larger vessels once the dredging was done.",
  "A spokesman for the city council said the ferry timetable would not change before the summer.",
  "Marta Kivisild told the board that the new cranes had arrived from Rotterdam on a heavy-lift ship.",
  "The customs office reported fewer containers than in the same week of the previous year.",
];
function report(i) {
  const day = String(i + 1).padStart(2, "0");
  const body = [];
  for (let p = 0; body.join(" ").length < 12000; p++) {
    body.push(WEEK[p % WEEK.length].replace("{n}", String(i + p + 3)) + (p % 3 === 2 ? "\n\n" : ""));
  }
  return {
    name: `report-${day}.txt`,
    date: `2024-01-${day}`,
    text:
      `2024-01-${day}\n\nHarbour report ${i + 1}\n\n` +
      `The port authority of Tallinn said on Monday that Corvel Shipping had moved ${i + 3} cranes to the northern quay. ` +
      `Its director, Marta Kivisild, said the work would end in March.\n\n` +
      body.join(" "),
  };
}

function recordWorkerJobs() {
  window.__workerDocs = new Set();
  window.__workerJobs = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...rest) {
    if (m && typeof m === "object" && typeof m.doc === "string") {
      window.__workerDocs.add(m.doc);
      window.__workerJobs.push(`${m.doc}@${m.generation}`);
    }
    return post.call(this, m, ...rest);
  };
}

test("17.3: 24 files opened together are analysed, most of them in the worker, each with its own date", async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(recordWorkerJobs);
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });

  const dir = await mkdtemp(join(tmpdir(), "annalist-batch-"));
  const reports = Array.from({ length: FILES }, (_, i) => report(i));
  for (const r of reports) await writeFile(join(dir, r.name), r.text);
  await page.getByLabel("Open files", { exact: true }).setInputFiles(reports.map((r) => join(dir, r.name)));
  const tabs = page.locator('nav[aria-label="Documents"] .doc-tab-name');
  // (The untouched example article gives way to the files.)
  try {
    await page.waitForFunction((n) => document.querySelectorAll('nav[aria-label="Documents"] .doc-tab-name').length >= n, FILES, { timeout: 60000 });
  } finally {
    // Deleted once read: a file deleted before the page reads it is not readable.
    await rm(dir, { recursive: true, force: true });
  }
  // Every document analysed: the status line of none says it is waiting.
  for (const i of [0, 7, 12, 19, FILES - 1]) {
    await tabs.filter({ hasText: reports[i].name.replace(".txt", "") }).first().click();
    await settled(page);
    await page.locator(`${DOC} [role="status"]`, { hasText: `dated ${reports[i].date}` }).waitFor({ timeout: 60000 });
    await page.locator(`${DOC} mark`, { hasText: "Tallinn" }).first().waitFor({ timeout: 60000 });
  }
  const inWorker = await page.evaluate(() => window.__workerDocs.size);
  assert.ok(inWorker >= 8, `only ${inWorker} of the ${FILES} short documents went to the worker`);
  // No analysis was asked for twice (one that came back waits up to 100 ms
  // to be handed over; it must not be scheduled again meanwhile).
  const jobs = await page.evaluate(() => window.__workerJobs);
  assert.deepEqual(jobs.filter((j, i) => jobs.indexOf(j) !== i), [], "a document was sent to the worker twice");
  // Asked for, the timeline holds the events of the opened reports too (by default the open
  // one's only): a lane for the first, and at least one event a report in view (which events
  // its short list shows depends on their dates, and lanes out of view are not drawn).
  await page.locator('[aria-label="Timeline"] button.all-docs').click();
  await page.locator('[aria-label="Timeline"]', { hasText: reports[0].name }).first().waitFor({ timeout: 20000 });
  // (A switch of tab fits the window to that report's events; Fit shows every report's.)
  await page.locator('[aria-label="Timeline"] button', { hasText: "Fit" }).click();
  const inView = await page.locator('[aria-label="Timeline"]', { hasText: "events in view" }).first().textContent();
  const count = Number((inView.match(/([\d,]+) events in view/) || [])[1]?.replace(/,/g, ""));
  assert.ok(count >= FILES, `only ${count} events in view for ${FILES} reports: ${inView.slice(0, 120)}`);
  await screenshot(page, "batch-24-files.png");
  assert.deepEqual(page.errors, []);
});
