// Issue 14.5, 14.8 and 14.10 end to end: undated and relative events in lanes
// of their own, exports named by title that round-trip, and long texts drawn
// only where the reader is. Each test failed before its fix. Screenshots go to
// test-artifacts/ (1366×768 and 390×844). Nothing here is timed: speed is
// measured by `make bench`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setArticle, screenshot, browserAndServer, openApp, settled } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const ENTITIES = '[aria-label="Entities"]';
const TIMELINE = '[aria-label="Timeline"]';

const env = browserAndServer();

const open = (opts = {}) => openApp(env, { acceptDownloads: true, ...opts });

// Our own texts. One dated by its dateline, with events said to be "now" and
// "in the past"; one with no date at all, so its relative events have no place.
const DATED =
  "Ferry link restored\n\nOSLO, March 3, 2021 — The ferry company resumed crossings on Monday. " +
  "Ministers currently review the harbour fees. The company had earlier cut two routes.";
const UNDATED =
  "Harbour talks\n\nNegotiators met in the harbour office last Tuesday. " +
  "The unions currently oppose the plan, and they will meet again next week.";

test("14.5: undated and relative events get lanes of their own, named in words", async () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    const page = await open({ viewport });
    await setArticle(page, DATED);
    await settled(page);
    // Relative to the article's date ("currently", "earlier"): its own lane, not the document's.
    const relative = page.locator(`${TIMELINE} .chart .lane-relative`);
    await relative.locator(".event").first().waitFor({ timeout: 10000 });
    const names = await page.locator(`${TIMELINE} .chart .lane-name`).allTextContents();
    assert.ok(names.some((n) => /^Relative: before, at or after the article's date$/.test(n)), `${names}`);
    assert.equal(
      await page.locator(`${TIMELINE} .chart .lane:not(.lane-relative) .event.is-vague`).count(),
      0,
      "a relative event drawn in a document's lane",
    );

    // No date anywhere: the relative events cannot be placed, and are drawn in the "No date" lane.
    await setArticle(page, UNDATED);
    await settled(page);
    const undated = page.locator(`${TIMELINE} .chart .lane-undated`);
    await undated.locator(".event.is-undated").first().waitFor({ timeout: 10000 });
    assert.equal(await undated.locator(".lane-name").textContent(), "No date: not on the time axis");
    // Each chip says its date in words (never a TimeML code) and opens its sentence.
    const label = await undated.locator(".event.is-undated").first().getAttribute("aria-label");
    assert.ok(!/PAST_REF|FUTURE_REF|PRESENT_REF|XXXX/.test(label), label);
    await undated.locator(".event.is-undated").first().click();
    await page.locator(`${DOC} .sentence.flash`).waitFor({ timeout: 5000 });
    // The chips stay inside the chart.
    const chart = await page.locator(`${TIMELINE} .chart`).boundingBox();
    for (const box of await undated.locator(".event.is-undated").evaluateAll((gs) =>
      gs.map((g) => g.getBoundingClientRect().toJSON()),
    )) {
      assert.ok(box.right <= chart.x + chart.width + 1, `chip ends at ${box.right}, chart at ${chart.x + chart.width}`);
    }
    await page.locator(TIMELINE).scrollIntoViewIfNeeded();
    await screenshot(page, `views-undated-${viewport.width}.png`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

/** Click an export button; the downloaded file's name and text. */
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  const buf = await readFile(await d.path());
  return { file: d.suggestedFilename(), buf, text: buf.toString("utf8") };
}

test("14.8: every export names documents by title; CSV carries a BOM; SVG labels fit; JSONL and HTML open again", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  const long =
    "Freight fund set up\n\nBRUSSELS, May 6, 2024 — The European Commission set up a fund of €40 million on Monday " +
    "for rail freight operators that lost contracts after the border closures and the new customs rules.";
  await setArticle(page, long);
  await settled(page);
  const tab = (await page.locator(".doc-tab-name").allInnerTexts()).find((t) => /Freight fund/.test(t));
  assert.ok(tab, "the document is not named after its headline");
  await page.getByText("Export & share").click();

  const csv = await download(page, "Entities (.csv)");
  assert.deepEqual([...csv.buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], "no UTF-8 byte-order mark");
  const rows = csv.text.slice(1).split("\r\n").filter(Boolean);
  assert.match(rows[0], /^document,document_id,/);
  assert.ok(rows.slice(1).every((r) => r.startsWith("Freight fund set up,")), rows.join("\n"));
  assert.ok(csv.text.includes("€40 million"), "the euro sign did not survive");

  const svg = await download(page, "Timeline (.svg)");
  // Dates in words, the full label in a <title>, the drawn one cut to fit.
  assert.ok(/<tspan font-weight="bold">6 May 2024<\/tspan>/.test(svg.text), svg.text);
  assert.ok(!/<tspan font-weight="bold">\d{4}-\d\d/.test(svg.text), "an ISO date drawn");
  const shown = await page.evaluate((text) => {
    const host = document.createElement("div");
    host.innerHTML = text;
    document.body.append(host);
    const el = host.querySelector("svg");
    const right = el.getBoundingClientRect().right;
    const over = [...el.querySelectorAll("text")].filter((t) => t.getBoundingClientRect().right > right + 1);
    const out = { over: over.map((t) => t.textContent), titles: el.querySelectorAll("g > title").length };
    host.remove();
    return out;
  }, svg.text);
  assert.deepEqual(shown.over, [], "labels run past the drawing");
  assert.ok(shown.titles > 0, "no full-text titles");

  const tl = JSON.parse((await download(page, "TimelineJS (.json)")).text);
  assert.ok(tl.events.length > 0);

  // The app's JSONL imports back: same texts, named by title.
  const jsonl = await download(page, /JSON lines/);
  const lines = jsonl.text.trim().split("\n").map((l) => JSON.parse(l));
  assert.ok(lines.every((l) => l.name && l.text && Array.isArray(l.entities)), "lines lack name/text");
  assert.ok(lines.some((l) => l.name === "Freight fund set up"));
  const before = await page.locator(".doc-tab-name").allInnerTexts();
  const importJsonl = () =>
    page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
      name: jsonl.file,
      mimeType: "application/x-ndjson",
      buffer: jsonl.buf,
    });
  // Imported while its documents are open: not added twice (trial 21), said so.
  await importJsonl();
  await page.locator(".ws-notice", { hasText: "already open: not added again" }).first().waitFor({ timeout: 20000 });
  assert.deepEqual(await page.locator(".doc-tab-name").allInnerTexts(), before);
  const close = () => page.getByRole("button", { name: "Close Freight fund set up" }).click();
  const back = () => page.locator(".doc-tab-name", { hasText: "Freight fund set up" }).waitFor({ timeout: 20000 });
  // Closed, then imported: back under its title.
  await close();
  await importJsonl();
  await back();

  // The read-only page names the document by title, and opens again as a document.
  const html = await download(page, "Read-only page (.html)");
  assert.ok(html.text.includes("<h2>Freight fund set up</h2>"), "the page names the document by id");
  await close();
  await page.getByLabel("Open files", { exact: true }).setInputFiles({
    name: html.file,
    mimeType: "text/html",
    buffer: html.buf,
  });
  await back();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// A long text of our own: numbered paragraphs, one rare name near the end.
function longText(bytes) {
  const para = (i) =>
    `In review ${i}, port officials in Rotterdam said on Monday that the crane contract with Norvale ` +
    `Systems was reviewed again, and that the inspection of berth ${i % 40} ended on time.`;
  const out = ["Port review\n"];
  let n = 0;
  let size = 0;
  while (size < bytes) {
    const p = para(++n);
    out.push(p);
    size += p.length + 2;
  }
  out.push("In the last paragraph, the auditor Ingrid Falkenrath signed the report in Delft.");
  return out.join("\n\n");
}

test("14.10: a long text draws only the paragraphs near the view, and brings in the rest on demand", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  const text = longText(320_000);
  // Opened as a file: filling the edit box with 320 KB lays out the textarea,
  // which took over 90 s on a loaded machine (a failed CI run); the paste path
  // is the next test's, at 150 KB.
  const dir = await mkdtemp(join(tmpdir(), "annalist-views-"));
  await writeFile(join(dir, "port-review.txt"), text);
  await page.getByLabel("Open files", { exact: true }).setInputFiles(join(dir, "port-review.txt"));
  const falk = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Ingrid Falkenrath" });
  await falk.waitFor({ timeout: 180000 });
  await rm(dir, { recursive: true, force: true });
  await settled(page);
  const box = page.locator(`${DOC} .doc-text`);
  // Only a few chunks are drawn; the rest are empty boxes holding their place.
  const drawn = await box.locator(".chunk:not(.ph)").count();
  const boxes = await box.locator(".chunk.ph").count();
  assert.ok(drawn >= 1 && drawn <= 8, `${drawn} chunks drawn`);
  assert.ok(boxes > 50, `${boxes} placeholder boxes`);
  // Drawn (laid out, with highlights): a small part. The boxes hold the rest
  // as plain text, hidden until the browser's find in page finds it.
  const inPage = await box.evaluate((el) =>
    [...el.querySelectorAll(".chunk:not(.ph)")].reduce((n, c) => n + c.textContent.length, 0),
  );
  assert.ok(inPage < text.length / 10, `${inPage} of ${text.length} characters drawn`);
  assert.equal(await box.locator('.chunk.ph:not([hidden="until-found"])').count(), 0);

  // Selecting a name found only at the end draws its paragraph and scrolls to it.
  await falk.click();
  const mark = box.locator("mark.sel", { hasText: "Ingrid Falkenrath" });
  await mark.waitFor({ timeout: 5000 });
  await page.waitForFunction(() => {
    const m = document.querySelector(".doc-text mark.sel");
    const b = document.querySelector(".doc-text").getBoundingClientRect();
    const r = m?.getBoundingClientRect();
    return r && r.top >= b.top && r.top < b.bottom - 10;
  }, null, { timeout: 5000 }).catch(async (e) => {
    console.log(await page.evaluate(() => {
      const d = document.querySelector(".doc-text");
      const m = d.querySelector("mark.sel");
      return JSON.stringify({ drawn: [...d.querySelectorAll(".chunk:not(.ph)")].map((c) => c.dataset.c), n: d.children.length,
        st: d.scrollTop, sh: d.scrollHeight, m: m?.getBoundingClientRect(), b: d.getBoundingClientRect(), sels: d.querySelectorAll("mark.sel").length });
    }));
    throw e;
  });
  assert.ok((await box.locator(".chunk:not(.ph)").count()) <= 8);

  // Scrolling back to the top draws the first paragraphs again.
  await box.evaluate((el) => (el.scrollTop = 0));
  await box.locator('.chunk[data-c="0"]:not(.ph)').waitFor({ timeout: 5000 });
  assert.ok((await box.innerText()).startsWith("Port review"));

  // Words selected in a chunk far from the start are found at their own place
  // (the same words stand in every paragraph): the added mention appears there.
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await page.waitForFunction(() => !document.querySelector('.doc-text .chunk[data-c="0"]:not(.ph)'));
  const para = await page.evaluate(() => {
    const chunk = [...document.querySelectorAll(".doc-text .chunk:not(.ph)")].at(-1);
    const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf("crane contract");
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + "crane contract".length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return n.parentElement.closest(".sentence").textContent.match(/In review (\d+),/)?.[1];
    }
  });
  assert.ok(Number(para) > 100, `selected in review ${para}`);
  const tools = page.locator('[aria-label="Correct selected text"]');
  await tools.getByLabel("Type of the added mention").selectOption("ITEM");
  await tools.getByRole("button", { name: "Add as mention" }).click();
  await page.waitForFunction(
    (para) =>
      [...document.querySelectorAll('.doc-text mark[data-label="ITEM"]')].some(
        (m) => m.textContent === "crane contract" && m.closest(".sentence").textContent.includes(`In review ${para},`),
      ),
    para,
    { timeout: 30000 },
  ).catch(async (e) => {
    console.log(para, await page.evaluate(() => JSON.stringify({
      items: [...document.querySelectorAll('.doc-text mark[data-label="ITEM"]')].map((m) => m.closest(".sentence")?.textContent.slice(0, 20)),
      drawn: [...document.querySelectorAll(".doc-text .chunk:not(.ph)")].map((c) => c.dataset.c),
      hint: document.querySelector(".ws-hint")?.textContent, status: document.querySelector(".status")?.textContent,
      ents: [...document.querySelectorAll('[aria-label="Entities"] button[data-entity]')].map((b) => b.textContent).filter((t) => /crane/.test(t)),
    })));
    throw e;
  });
  await screenshot(page, "views-long-1366.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("14.10: a long text stays out of the edit box until asked; the box still edits short texts", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  const area = page.getByLabel("Article text");
  // Typing in the box of a short document updates it.
  await area.fill(DATED);
  await page.locator(DOC, { hasText: "The ferry company resumed crossings" }).waitFor({ timeout: 10000 });

  // Pasted into a new document, a long text stays in the box it was pasted in.
  await page.getByRole("button", { name: "+ New" }).click();
  const text = longText(150_000);
  await page.getByLabel("Article text").fill(text, { timeout: 90000 });
  const falk = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Ingrid Falkenrath" });
  await falk.waitFor({ timeout: 120000 });
  assert.equal((await area.inputValue()).length, text.length);

  // Back from another tab, the long text is in no text box: the document view shows it.
  const tabs = page.locator(".doc-tab-name");
  await tabs.first().click();
  await page.locator(DOC, { hasText: "The ferry company resumed crossings" }).waitFor({ timeout: 10000 });
  await tabs.last().click();
  const edit = page.getByRole("button", { name: "Edit text" });
  await edit.waitFor({ timeout: 10000 });
  assert.equal(await page.locator("#annalist-text").count(), 0);
  const held = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll("textarea")].map((t) => t.value.length)));
  assert.ok(held < 1000, `a text box holds ${held} characters`);
  assert.ok((await page.locator(`${DOC} .doc-text`).innerText()).startsWith("Port review"));

  // Input events from whatever boxes the page has never replace the long document.
  await page.evaluate(() =>
    document.querySelectorAll("textarea, input").forEach((t) => t.dispatchEvent(new Event("input", { bubbles: true }))),
  );
  await settled(page);
  await falk.waitFor({ timeout: 5000 });

  // Asked for, the box holds the whole text, and edits to it still apply.
  await edit.click();
  assert.equal(await area.inputValue(), text);
  await area.fill(DATED);
  await page.locator(DOC, { hasText: "The ferry company resumed crossings" }).waitFor({ timeout: 20000 });
  await falk.waitFor({ state: "detached", timeout: 20000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("14.10: a long relations table lists its first rows per type, with 'Show all'", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  // Our own text: 70 meetings of distinct pairs of people (66 found as relations).
  const first = ["Anna", "Tomas", "Greta", "Olav", "Ingrid", "Henrik", "Sofia", "Lars", "Maja", "Erik"];
  const last = ["Berglund", "Lindqvist", "Sandberg", "Holmgren", "Ekstrom", "Nyberg", "Dahlgren"];
  const said = [];
  for (let a = 0; a < first.length; a++) {
    for (let b = 0; b < last.length; b++) {
      said.push(`${first[a]} ${last[b]} met ${first[(a + 3) % 10]} ${last[(b + 2) % 7]} in Uppsala on Monday.`);
    }
  }
  await setArticle(page, "Harbour diary\n\n" + said.join(" "), "2024-03-04");
  await settled(page);
  const table = page.locator('[aria-label="Relations"] tbody.rel-meeting');
  await table.waitFor({ timeout: 20000 });
  // Its words, not its rendered text: off screen (below the first screen here) the Relations
  // view is not rendered (`content-visibility: auto`), and innerText reads rendered text.
  const total = Number((await table.locator("th .n").textContent()).trim());
  assert.ok(total > 50, `${total} meetings found`);
  // The first 50 rows, and a button for the others.
  assert.equal(await table.locator("tr.relation").count(), 50);
  const more = table.getByRole("button", { name: `Show all ${total}` });
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('[aria-label="Relations"] tbody.rel-meeting tr.relation').length === n, total);
  await table.getByRole("button", { name: "Show the first 50 only" }).click();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Relations"] tbody.rel-meeting tr.relation').length === 50);
  assert.deepEqual(page.errors, []);
});
