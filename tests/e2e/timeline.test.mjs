// Issue 17.3 end to end: a timeline of thousands of events draws numbered
// cluster marks, and the marks (which since 17.3 have no listener of their own:
// the chart and the list each have one handler for all of them) still act on
// a click, Enter and Space. Nothing here is timed: speed is measured by
// `make bench`. Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setArticle, screenshot, browserAndServer, openApp, settled } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const TIMELINE = '[aria-label="Timeline"]';

const env = browserAndServer();

// Our own text: 1,500 sentences, each on its own day, five days apart over
// twenty years: far too many to draw one mark each at the fitted zoom.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
function chronicle(n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2000, 0, 3 + 5 * i));
    const d = day.getUTCDate();
    const m = MONTHS[day.getUTCMonth()];
    lines.push(`On ${d} ${m} ${day.getUTCFullYear()} the harbour board in Bergen approved crossing ${i}.`);
  }
  return lines.join(" ");
}

async function openChronicle(viewport) {
  const page = await openApp(env, viewport ? { viewport } : {});
  await setArticle(page, chronicle(1500));
  await page.locator(`${DOC} progress`).waitFor({ state: "detached", timeout: 120000 });
  await settled(page);
  await page.locator(`${TIMELINE} svg g.cluster`).first().waitFor({ timeout: 60000 });
  return page;
}

const inView = async (page) =>
  Number((await page.locator(`${TIMELINE} .event-count`).innerText()).match(/^(\d+)/)[1]);

/** The events the chart draws: each cluster's count plus the single marks on the axis. */
async function drawnEvents(page) {
  return page.locator(`${TIMELINE} .chart svg`).evaluate((svg) => {
    let n = 0;
    for (const c of svg.querySelectorAll("g.cluster")) n += Number(c.querySelector("text").textContent);
    return n + svg.querySelectorAll("g.event:not(.is-undated)").length;
  });
}

/** Waits for the sentence the timeline focused (it flashes) and returns its text. */
async function flashed(page) {
  const s = page.locator(`${DOC} .sentence.flash`).first();
  await s.waitFor({ timeout: 10000 });
  return s.innerText();
}

/** "On 7 May 2003" for an ISO date "2003-05-07". */
function said(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `On ${d} ${MONTHS[m - 1]} ${y}`;
}

test("17.3: thousands of events draw as numbered clusters; a click zooms into one, or shows an event's sentence", async () => {
  const page = await openChronicle({ width: 1366, height: 768 });
  const clusters = page.locator(`${TIMELINE} svg g.cluster`);
  const marks = await clusters.count() + (await page.locator(`${TIMELINE} svg g.event`).count());
  const all = await inView(page);
  assert.ok(all >= 1400, `events in view: ${all}`);
  assert.ok(marks < all / 10, `${marks} marks for ${all} events`);
  // Every cluster says how many events it holds, in its number and its name,
  // and together with the single marks they account for every event in view.
  for (const c of await clusters.evaluateAll((gs) =>
    gs.map((g) => [g.querySelector("text").textContent, g.getAttribute("aria-label")]),
  )) {
    assert.match(c[0], /^\d+$/);
    assert.ok(Number(c[0]) >= 2, `a cluster of ${c[0]}`);
    assert.ok(c[1].startsWith(`${c[0]} events from `) && c[1].endsWith(": zoom in"), c[1]);
  }
  assert.equal(await drawnEvents(page), all);
  // The numbered discs do not overlap: their counts stay readable.
  const boxes = await clusters.evaluateAll((gs) => gs.map((g) => g.querySelector("circle").getBoundingClientRect()))
    .then((rs) => rs.map((r) => [r.left, r.right]).sort((a, b) => a[0] - b[0]));
  for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i][0] >= boxes[i - 1][1], `discs overlap: ${boxes[i - 1]} ${boxes[i]}`);
  await screenshot(page, "timeline-1500-events-1366.png");

  // A click on a cluster zooms to its dates: fewer events in view, more marks apart.
  await clusters.first().click();
  await page.waitForFunction(
    ([sel, all]) => Number(document.querySelector(sel).innerText.match(/^(\d+)/)[1]) < all,
    [`${TIMELINE} .event-count`, all],
  );
  const zoomed = await inView(page);
  assert.equal(await drawnEvents(page), zoomed);

  // Zoomed in far enough, single events: a click shows the event's own sentence.
  for (let i = 0; i < 12 && (await page.locator(`${TIMELINE} svg g.event[data-date]`).count()) === 0; i++) {
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  }
  const ev = page.locator(`${TIMELINE} svg g.event[data-date]`).first();
  const date = await ev.getAttribute("data-date");
  await ev.click();
  assert.ok((await flashed(page)).includes(said(date)), `the sentence of ${date}`);
  // A list row does the same.
  const row = page.locator(`${TIMELINE} .event-row`).nth(1);
  const rowDate = await row.locator("time").getAttribute("datetime");
  await row.click();
  await page.waitForFunction(
    ([sel, text]) => [...document.querySelectorAll(sel)].some((s) => s.innerText.includes(text)),
    [`${DOC} .sentence.flash`, said(rowDate)],
  );
  assert.deepEqual(page.errors, []);
});

test("17.3: keyboard: Enter on a cluster zooms in, Enter or Space on an event mark shows its sentence", async () => {
  const page = await openChronicle({ width: 390, height: 844 });
  await page.locator(`${TIMELINE} .chart`).scrollIntoViewIfNeeded();
  await screenshot(page, "timeline-1500-events-390.png");
  const all = await inView(page);
  const cluster = page.locator(`${TIMELINE} svg g.cluster`).first();
  await cluster.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    ([sel, all]) => Number(document.querySelector(sel).innerText.match(/^(\d+)/)[1]) < all,
    [`${TIMELINE} .event-count`, all],
  );
  // Zoomed in until events stand apart.
  for (let i = 0; i < 12 && (await page.locator(`${TIMELINE} svg g.event[data-date]`).count()) < 5; i++) {
    await page.locator(`${TIMELINE} .chart`).focus();
    await page.keyboard.press("+");
  }
  const marks = page.locator(`${TIMELINE} svg g.event[data-date]`);
  const first = await marks.first().getAttribute("data-date");
  await marks.first().focus();
  await page.keyboard.press("Enter");
  assert.ok((await flashed(page)).includes(said(first)), `Enter: the sentence of ${first}`);
  // Arrow keys on a focused mark still pan the chart.
  const ticks = await page.locator(`${TIMELINE} .tick text`).evaluateAll((ts) => ts.map((t) => t.getAttribute("x")));
  await marks.first().focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(
    ([sel, before]) => JSON.stringify([...document.querySelectorAll(sel)].map((t) => t.getAttribute("x"))) !== before,
    [`${TIMELINE} .tick text`, JSON.stringify(ticks)],
  );
  const last = page.locator(`${TIMELINE} svg g.event[data-date]`).last();
  const lastDate = await last.getAttribute("data-date");
  await last.focus();
  await page.keyboard.press(" ");
  await page.waitForFunction(
    ([sel, text]) => [...document.querySelectorAll(sel)].some((s) => s.innerText.includes(text)),
    [`${DOC} .sentence.flash`, said(lastDate)],
  );
  assert.deepEqual(page.errors, []);
});

// Our own text: spans that overlap in time (the works on a harbour), days inside
// them, and a sentence with nobody in it, for the "Other events" lane.
const SPANS = [
  "Lyngby Harbour rebuilt its northern quays from 2018 to 2022.",
  "The harbour board dredged the inner channel between 2019 and 2021.",
  "During 2020 the ferry company Nordlys Linjen tested electric boats on the fjord.",
  "In the spring of 2020 the pilots' union struck for better pay.",
  "Throughout 2021 the fish market of Lyngby moved into temporary halls.",
  "On 4 May 2020 the harbour board opened the new ferry terminal.",
  "On 9 May 2020 Nordlys Linjen carried its first passengers there.",
  "It rained for a week in 2019.",
  "In 2020 it snowed in October.",
].join(" ");

/** Bounding boxes of the words drawn on the chart and of the numbered discs. */
const chartBoxes = (page) =>
  page.locator(`${TIMELINE} .chart svg`).evaluate((svg) => {
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return { l: r.left, r: r.right, t: r.top, b: r.bottom, what: e.textContent };
    };
    return {
      texts: [...svg.querySelectorAll("text.ev-text")].map(box),
      discs: [...svg.querySelectorAll("g.cluster circle")].map(box),
    };
  });

const meet = (a, b) => a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;

test("17: the words beside the marks never overlap each other or a numbered disc, in either lane mode", async () => {
  const page = await openApp(env, { viewport: { width: 1100, height: 900 } });
  await setArticle(page, SPANS, "2022-06-01");
  await settled(page);
  await page.locator(`${TIMELINE} svg g.event`).first().waitFor();
  for (const mode of ["Documents", "Entities"]) {
    await page.locator(`${TIMELINE} .lane-mode button`, { hasText: mode }).click();
    await page.waitForTimeout(300);
    const { texts, discs } = await chartBoxes(page);
    assert.ok(texts.length >= 2, `${mode}: words drawn: ${JSON.stringify(texts)}`);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        assert.ok(!meet(texts[i], texts[j]), `${mode}: ${JSON.stringify(texts[i])} overlaps ${JSON.stringify(texts[j])}`);
      }
      for (const d of discs) assert.ok(!meet(texts[i], d), `${mode}: ${JSON.stringify(texts[i])} under a disc`);
    }
    await screenshot(page, `timeline-labels-${mode.toLowerCase()}.png`);
  }
  assert.deepEqual(page.errors, []);
});

test("planned events and events ordered against a date say so in the list and the chart", async () => {
  const page = await openApp(env);
  await setArticle(
    page,
    "Harbour talks in Tromsø ended on 2 March 2026. The fisheries minister will visit Vardø on " +
      "Friday. The Lysefjord board sold the ferry before Easter 2026.",
    "2026-03-04",
  );
  await settled(page);
  const rows = page.locator(`${TIMELINE} .event-row`);
  const planned = rows.filter({ hasText: "Vardø" });
  await planned.first().waitFor({ timeout: 20000 });
  // textContent: the list's rows off screen are not rendered (content-visibility: auto),
  // and innerText reads rendered text only.
  assert.match(await planned.first().textContent(), /planned/);
  const before = rows.filter({ hasText: "ferry" });
  assert.match(await before.first().textContent(), /before 5 Apr 2026/);
  const talks = rows.filter({ hasText: "talks" });
  assert.doesNotMatch(await talks.first().textContent(), /planned/);
  // The chart draws the planned event hollow, and says so to a screen reader.
  const mark = page.locator(`${TIMELINE} svg g.event.planned`);
  assert.equal(await mark.count(), 1);
  assert.match(await mark.getAttribute("aria-label"), /\(planned\)$/);
  await screenshot(page, "timeline-planned.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("17.3: selecting an entity leaves the Documents panel alone; one tooltip shows a mark's full label", async () => {
  const page = await openApp(env);
  await settled(page);
  const entity = '[aria-label="Entities"] button[data-entity]';
  await page.locator(`${TIMELINE} svg g.event`).first().waitFor({ timeout: 20000 });
  // Count the DOM changes in each panel while an entity is selected and deselected: the
  // Documents panel (tabs, text box) shows nothing of the selection and is not touched; the
  // chart's marks carry no `<title>` of their own (a count, never a time).
  await page.evaluate(() => {
    window.__changes = {};
    for (const p of ["Input", "Timeline"]) {
      window.__changes[p] = 0;
      new MutationObserver((ms) => (window.__changes[p] += ms.length)).observe(
        document.querySelector(`[aria-label="${p}"]`),
        { childList: true, subtree: true, attributes: true, characterData: true },
      );
    }
  });
  await page.locator(entity).first().click();
  await page.locator(`${entity}[aria-pressed="true"]`).waitFor();
  await page.locator(`${entity}[aria-pressed="true"]`).click();
  await page.locator(`${entity}[aria-pressed="true"]`).waitFor({ state: "detached" });
  await page.waitForTimeout(300);
  const changes = await page.evaluate(() => window.__changes);
  assert.equal(changes.Input, 0, "the Documents panel was redrawn");
  assert.ok(changes.Timeline > 0, "the timeline did not follow the selection");
  assert.equal(await page.locator(`${TIMELINE} svg title`).count(), 0);
  // Hovering a mark puts its full label in the chart's one tooltip, and the empty axis none.
  const mark = page.locator(`${TIMELINE} svg g.event`).first();
  await mark.hover();
  const chart = page.locator(`${TIMELINE} .chart`);
  assert.equal(await chart.getAttribute("title"), await mark.getAttribute("aria-label"));
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + 2, box.y + 2);
  assert.equal(await chart.getAttribute("title"), "");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("17.3: a document tab is clipped only when its name may not fit; a long name still ends in an ellipsis", async () => {
  const page = await openApp(env);
  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "annalist-tabs-"));
  const files = [];
  for (const name of ["gen-1.txt", "WWWWWWWW.txt", "An extremely long file name that cannot fit in one tab.txt"]) {
    files.push(join(dir, name));
    await writeFile(files.at(-1), "Angela Merkel met Emmanuel Macron in Paris on 3 May 2021.");
  }
  await page.locator('input[type="file"][aria-label="Open files"]').first().setInputFiles(files);
  await page.waitForFunction(() => document.querySelectorAll(".doc-tab-name").length >= 3);
  // Each overflow clip is a paint chunk the compositor sorts on every frame that changes
  // the page (349 tabs: most of a deselect's layerization): tabs have none, names only
  // when long, and those are cut as before.
  const tabs = await page.evaluate(() =>
    [...document.querySelectorAll(".doc-tab")].map((li) => {
      const b = li.querySelector(".doc-tab-name");
      return {
        name: b.textContent,
        tab: getComputedStyle(li).overflow,
        clip: getComputedStyle(b).overflow,
        ellipsis: getComputedStyle(b).textOverflow,
        fits: b.scrollWidth <= b.clientWidth,
      };
    }),
  );
  for (const t of tabs) {
    assert.equal(t.tab, "visible", `${t.name}: the tab clips`);
    assert.ok(t.fits || (t.clip === "hidden" && t.ellipsis === "ellipsis"), `${t.name}: overflows without an ellipsis`);
  }
  const by = (n) => tabs.find((t) => t.name === n);
  assert.equal(by("gen-1.txt").clip, "visible");
  assert.equal(by("WWWWWWWW.txt").clip, "visible");
  const long = by("An extremely long file name that cannot fit in one tab.txt");
  assert.equal(long.clip, "hidden");
  assert.ok(!long.fits, "the long name was expected not to fit");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
