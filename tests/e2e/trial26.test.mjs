// Timeline faults a new user found in session 25's trial, end to end. Each test failed before
// its fix. Screenshots (1366×768 and 390×844) go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { browserAndServer, newPage, openApp, screenshot, settled } from "./lib.mjs";

const TIMELINE = '[aria-label="Timeline"]';
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];
const env = browserAndServer();

// Our own texts, with no publication date: "currently" cannot be placed on the axis.
const CRANES =
  "Harbour crane lease\n\nThe port authority leased two cranes from March 2024 to June 2024 while the old " +
  "quay was rebuilt. In 2024 the city council approved a longer list of harbour works. " +
  "The dock workers currently oppose the night shifts.";
const DEPOT =
  "Rail depot opens\n\nThe rail operator opened a depot on 12 May 2023. " +
  "The drivers union currently opposes the new rota for freight services.";
// A long span with days and another span inside it, each with a long label.
const CANAL =
  "Canal works\n\nBetween January 2024 and November 2024 the canal authority dredged the entire southern " +
  "channel of the harbour basin near the old shipyard. On 4 March 2024 the harbour master closed the eastern " +
  "lock to all commercial barges for repairs. On 20 May 2024 the shipping federation protested against the " +
  "extended closure of the eastern lock. On 15 August 2024 the ministry of transport promised compensation " +
  "to the barge operators. From 1 April 2024 to 30 September 2024 the ferry company ran a reduced timetable " +
  "on the northern route. On 2 September 2024 the dock workers walked out over the night shifts.";

/** The app with `files` ([name, text]) opened in place of the example. */
async function withFiles(viewport, files) {
  const page = await openApp(env, { viewport });
  await page.getByLabel("Open files", { exact: true }).setInputFiles(
    files.map(([name, text]) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) })),
  );
  await page.locator(".doc-tab-name", { hasText: files[files.length - 1][0] }).waitFor({ timeout: 20000 });
  await settled(page);
  return page;
}

async function selectTab(page, name) {
  await page.locator(".doc-tab-name", { hasText: name }).click();
  await page.locator(".doc-tab.current", { hasText: name }).waitFor({ timeout: 10000 });
  await settled(page);
}

/** The names of the "No date" lane's chips once it shows `expected`. */
async function chips(page, expected) {
  const lane = page.locator(`${TIMELINE} .chart .lane-undated .event`);
  await page
    .locator(`${TIMELINE} .chart .lane-undated .event[aria-label*="${expected}"]`)
    .waitFor({ timeout: 10000 });
  return lane.evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")));
}

test("the No date lane holds only the selected document's undated events; with every document's asked for, the list has them all", async () => {
  for (const viewport of VIEWPORTS) {
    const page = await withFiles(viewport, [["cranes.txt", CRANES], ["depot.txt", DEPOT]]);
    await selectTab(page, "cranes.txt");
    await page.locator(`${TIMELINE} button.all-docs`).click();
    let names = await chips(page, "Dock workers");
    assert.ok(!names.some((n) => /Drivers union/.test(n)), `another document's event in the lane: ${names}`);
    // Still listed under the chart, with its document's name.
    const row = page.locator(`${TIMELINE} .undated .event-row`, { hasText: "Drivers union" });
    await row.waitFor({ timeout: 5000 });
    assert.match(await row.textContent(), /depot\.txt/);
    await page.locator(TIMELINE).scrollIntoViewIfNeeded();
    await screenshot(page, `trial26-no-date-${viewport.width}.png`);

    await selectTab(page, "depot.txt");
    names = await chips(page, "Drivers union");
    assert.ok(!names.some((n) => /Dock workers/.test(n)), `another document's event in the lane: ${names}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

/** Boxes of the chart's words and marks. */
function chartBoxes(page) {
  return page.locator(`${TIMELINE} .chart svg`).evaluate((svg) => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, what: el.textContent || el.tagName };
    };
    return {
      words: [...svg.querySelectorAll(".ev-text, .lane-name")].map(box),
      marks: [...svg.querySelectorAll("g.event:not(.is-undated) .bar, g.event .dot, g.cluster circle")].map(box),
      labels: [...svg.querySelectorAll("g.event")].map((g) => g.getAttribute("aria-label")),
    };
  });
}

const meet = (a, b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;

test("labels on a long bar and its neighbours never run over each other or over a mark", async () => {
  for (const viewport of VIEWPORTS) {
    const page = await withFiles(viewport, [["canal.txt", CANAL]]);
    await page.locator(`${TIMELINE} .chart .ev-text`).first().waitFor({ timeout: 10000 });
    // At the fitted zoom, then zoomed in twice (more room, more words drawn).
    for (let step = 0; step < 3; step++) {
      const { words, marks, labels } = await chartBoxes(page);
      if (step === 0) assert.ok(words.length >= 4, `words drawn: ${JSON.stringify(words)}`);
      for (const [i, a] of words.entries()) {
        for (const b of words.slice(i + 1)) assert.ok(!meet(a, b), `"${a.what}" runs over "${b.what}"`);
        for (const m of marks) assert.ok(!meet(a, m), `"${a.what}" runs over a ${m.what}`);
        // A label cut to fit is the start of its event's full name (the mark's accessible name).
        const kept = a.what.replace(/…$/, "");
        if (a.what !== "canal.txt") assert.ok(labels.some((l) => l.includes(`: ${kept}`)), `${a.what} in ${labels}`);
      }
      if (step === 0) {
        await page.locator(TIMELINE).scrollIntoViewIfNeeded();
        await screenshot(page, `trial26-labels-${viewport.width}.png`);
      }
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await page.waitForTimeout(200);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("the event list's words line up whatever the length of each row's date", async () => {
  for (const viewport of VIEWPORTS) {
    const page = await withFiles(viewport, [["cranes.txt", CRANES]]);
    const rows = page.locator(`${TIMELINE} .event-row`);
    await rows.filter({ hasText: "Mar 2024 – Jun 2024" }).waitFor({ timeout: 10000 });
    const lefts = await rows.evaluateAll((bs) =>
      bs.map((b) => [b.querySelector("time").textContent, b.querySelector(".event-label").getBoundingClientRect().left]),
    );
    assert.ok(lefts.length >= 3, JSON.stringify(lefts));
    for (const [date, x] of lefts) assert.ok(Math.abs(x - lefts[0][1]) <= 1, `"${date}" row starts at ${x}, not ${lefts[0][1]}`);
    await page.locator(`${TIMELINE} .event-list`).scrollIntoViewIfNeeded();
    await screenshot(page, `trial26-list-${viewport.width}.png`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("the read-only page's timeline words stay readable at phone width", async () => {
  const page = await withFiles({ width: 1366, height: 768 }, [["canal.txt", CANAL]]);
  const ctx = page.context();
  await page.getByText("Export & share").click();
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Read-only page (.html)" }).click(),
  ]);
  const dir = await mkdtemp(join(tmpdir(), "annalist-trial26-"));
  const file = join(dir, "export.html");
  await writeFile(file, await readFile(await d.path()));
  await ctx.close();
  try {
    const phone = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
    await phone.goto(pathToFileURL(file).href);
    const svg = phone.locator("svg.annalist-timeline");
    // The font size on screen: the SVG's own, times how much the page scales the drawing.
    const px = await svg.evaluate((s) => {
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      return Math.min(...[...s.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    assert.ok(px >= 11, `timeline words ${px.toFixed(1)} px on a phone`);
    // It scrolls sideways in its own box; the page itself does not.
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1));
    await svg.scrollIntoViewIfNeeded();
    await screenshot(phone, "trial26-export-390.png");
    assert.deepEqual(phone.errors, []);
    await phone.context().close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Our own text with SUPPLY relations for the Relations panel's network drawing.
const TURBINES =
  "Turbine deliveries\n\nBrevik Components supplied turbines to Orvell Energy in March 2024. " +
  "Orvell Energy also bought cables from Kestrel Cables.";

/** The smallest font size on screen of the network's words: the SVG's own, times its scale. */
function networkWordsPx(svg) {
  return svg.evaluate((s) => {
    const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
    return Math.min(...[...s.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
}

test("the Relations network's words stay readable at phone width and on a desktop", async () => {
  const small = [];
  for (const viewport of VIEWPORTS) {
    const page = await withFiles(viewport, [["turbines.txt", TURBINES]]);
    const svg = page.locator("svg.network");
    await svg.waitFor({ timeout: 10000 });
    assert.ok((await svg.locator(".edge").count()) >= 1, "a SUPPLY edge is drawn");
    await svg.scrollIntoViewIfNeeded();
    await screenshot(page, `trial26-network-${viewport.width}.png`);
    const px = await networkWordsPx(svg);
    if (px < 11) small.push(`network words ${px.toFixed(1)} px at ${viewport.width}x${viewport.height}`);
    // The drawing scrolls sideways in its own box; the page itself does not.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), "no page scroll");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(small, []);
});
