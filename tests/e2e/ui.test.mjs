// The reading interface end to end (issue 5): paste an article, set its date,
// read the entity panel and the timeline, select an entity, jump to an event's
// sentence, import an HTML file, analyse a long text in the worker, and check
// accessibility with axe-core. Screenshots go to test-artifacts/ (look at them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { newPage, fileUrl, setArticle, screenshot, ROOT, browserAndServer, openApp } from "./lib.mjs";

// Our own text (facts only): the dated sentences sit after filler paragraphs so
// that jumping to them really has to scroll.
const LEAD =
  "President Joe Biden spoke with Xi Jinping on Tuesday about exports of machine tools to Russia. " +
  "Biden said the trade helped Moscow rebuild its arsenal.";
const FILLER = Array.from(
  { length: 14 },
  (_, i) =>
    `Paragraph ${i + 1} of background: analysts in several capitals keep lists of parts, ` +
    "shipping routes and payment channels, and they compare notes every week.",
).join("\n\n");
const TAIL =
  "Hikvision, a camera maker based in Hangzhou, was placed on an American export blacklist last year. " +
  "Antony Blinken will visit Beijing next week.";
const ARTICLE = `${LEAD}\n\n${FILLER}\n\n${TAIL}`;
const DATE = "2024-04-16";

const DOC = '[aria-label="Document"]';
const ENTITIES = '[aria-label="Entities"]';
const TIMELINE = '[aria-label="Timeline"]';

const env = browserAndServer();

/** Open the app over http and wait for the first analysis (the example article). */
const open = (opts = {}) => openApp(env, opts);

/** Paste ARTICLE with its date and wait until the panel shows Joe Biden. */
async function pasteArticle(page) {
  await setArticle(page, ARTICLE, DATE);
  await page
    .locator(`${ENTITIES} button[data-entity]`, { hasText: "Joe Biden" })
    .waitFor({ timeout: 20000 });
  // The date change re-analyses too: wait until the view is current.
  await page.waitForFunction(() => !document.querySelector(".status")?.textContent.includes("Updating"));
}

/** True when `locator`'s box lies inside the window and inside its scroll container. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = el.closest(".doc-text").getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    return r.bottom > top && r.top < bottom;
  });
}

async function axe(page) {
  const src = await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: src });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

test("first visit shows the example article analysed, with landmarks and labels", async () => {
  const page = await open();
  for (const name of ["Document", "Entities", "Timeline"]) {
    assert.equal(await page.locator(`[aria-label="${name}"]`).count(), 1, name);
  }
  assert.ok((await page.getByLabel("Article text").inputValue()).length > 500);
  assert.match(await page.getByLabel("Publication date").inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok((await page.locator(`${ENTITIES} button[data-entity]`).count()) > 5);
  assert.ok((await page.locator(`${TIMELINE} time[datetime]`).count()) > 0);
  await screenshot(page, "ui-example.png");
  assert.deepEqual(page.errors, []);
});

test("paste an article: entities in the panel, dates on the timeline", async () => {
  const page = await open();
  await pasteArticle(page);

  const biden = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Joe Biden" });
  assert.equal(await biden.getAttribute("data-label"), "PERSON");
  // textContent: a row just drawn may not be rendered yet (content-visibility: auto),
  // and innerText reads rendered text only.
  const bidenText = await biden.textContent();
  assert.match(bidenText, /Person/);
  // Two mentions: "Joe Biden" and "Biden"; the panel shows the count.
  const mentions = Number(await biden.locator(".entity-count").evaluate((e) => e.firstChild.textContent));
  assert.ok(mentions >= 1, bidenText);
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Hikvision" }).waitFor();

  const values = await page.locator(`${TIMELINE} time[datetime]`).evaluateAll((ts) =>
    ts.map((t) => t.getAttribute("datetime")),
  );
  assert.ok(values.includes(DATE), `"on Tuesday" should be ${DATE}; got ${values}`);
  assert.ok(values.some((v) => v.startsWith("2023")), `"last year" should be 2023; got ${values}`);

  // The document view shows the text as text: every character is there.
  const shown = await page.locator(`${DOC} .doc-text`).innerText();
  assert.ok(shown.includes("Hikvision, a camera maker based in Hangzhou"), shown.slice(0, 200));
  await screenshot(page, "ui-pasted.png");
  assert.deepEqual(page.errors, []);
});

test("click an entity: its mentions are highlighted and the first is in view", async () => {
  const page = await open();
  await pasteArticle(page);
  const hik = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Hikvision" });
  const id = await hik.getAttribute("data-entity");
  const mark = page.locator(`${DOC} mark[data-entity="${id}"]`).first();
  assert.equal(await inView(mark), false, "Hikvision sits below the fold before the click");

  await hik.click();
  assert.equal(await hik.getAttribute("aria-pressed"), "true");
  // Highlighted = outlined, and only this entity's marks.
  await page.waitForFunction(
    (id) => document.querySelector(".doc-text")?.dataset.selected === id,
    id,
  );
  const outlined = await page.locator(`${DOC} mark`).evaluateAll((ms) =>
    ms.filter((m) => getComputedStyle(m).outlineStyle === "solid").map((m) => m.dataset.entity),
  );
  const total = await page.locator(`${DOC} mark[data-entity="${id}"]`).count();
  assert.ok(outlined.length === total && outlined.every((x) => x === id), `outlined: ${outlined}`);
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const r = el.getBoundingClientRect();
    const box = el.closest(".doc-text").getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  }, `${DOC} mark[data-entity="${id}"]`);
  // The timeline now lists only events with Hikvision taking part.
  // textContent: the list's rows off screen are not rendered (content-visibility: auto).
  const labels = await page.locator(`${TIMELINE} .event-row`).allTextContents();
  assert.ok(labels.every((l) => l.includes("Hikvision")), `events: ${labels}`);
  await screenshot(page, "ui-entity-selected.png");

  // Clicking a highlighted mention in the text selects its entity too.
  await hik.click(); // clear
  const bidenMark = page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Joe Biden" }).first();
  await bidenMark.click();
  const bidenId = await bidenMark.getAttribute("data-entity");
  await page.locator(`${ENTITIES} button[data-entity="${bidenId}"][aria-pressed="true"]`).waitFor();
  assert.deepEqual(page.errors, []);
});

test("click a timeline event: its sentence scrolls into view and flashes", async () => {
  const page = await open();
  await pasteArticle(page);
  const row = page.locator(`${TIMELINE} .event-row`, {
    has: page.locator('time[datetime^="2023"]'),
  });
  await row.first().click();
  const flashed = page.locator(`${DOC} .sentence.flash`);
  await flashed.waitFor({ timeout: 5000 });
  assert.match(await flashed.innerText(), /last year/);
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const r = el.getBoundingClientRect();
    const box = el.closest(".doc-text").getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= window.innerHeight;
  }, `${DOC} .sentence.flash`);
  await screenshot(page, "ui-event-focused.png");

  // The SVG marks are keyboard-usable too: focus one and press Enter.
  const svgEvent = page.locator(`${TIMELINE} svg g.event`).first();
  if ((await svgEvent.count()) > 0) {
    await svgEvent.focus();
    await page.keyboard.press("Enter");
    await flashed.first().waitFor();
  }
  assert.deepEqual(page.errors, []);
});

test("timeline zooms with buttons and keys, and Fit restores everything", async () => {
  const page = await open();
  await pasteArticle(page);
  const count = async () =>
    Number((await page.locator(`${TIMELINE} .event-count`).innerText()).match(/^(\d+)/)[1]);
  const ticks = async () => page.locator(`${TIMELINE} .tick text`).allInnerTexts();
  const all = await count();
  const before = await ticks();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  assert.notDeepEqual(await ticks(), before, "zooming in changes the axis");
  assert.ok((await count()) <= all);
  await page.locator(`${TIMELINE} .chart`).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("-");
  await page.getByRole("button", { name: "Fit" }).click();
  assert.equal(await count(), all);
  assert.deepEqual(await ticks(), before);
  // Two fingers moving apart zoom in (pointer events, as a touch screen sends them).
  await page.locator(`${TIMELINE} .chart`).evaluate((chart) => {
    const r = chart.getBoundingClientRect();
    const y = r.top + 40;
    const fire = (type, pointerId, x) =>
      chart.dispatchEvent(new PointerEvent(type, { pointerId, clientX: r.left + x, clientY: y, bubbles: true, pointerType: "touch" }));
    fire("pointerdown", 1, 400);
    fire("pointerdown", 2, 500);
    fire("pointermove", 2, 800);
    fire("pointerup", 2, 800);
    fire("pointerup", 1, 400);
  });
  assert.notDeepEqual(await ticks(), before, "a pinch zooms");
  await page.getByRole("button", { name: "Fit" }).click();
  // Lanes per entity: one lane named after each busiest participant.
  await page.getByRole("button", { name: "Entities", exact: true }).click();
  const lanes = await page.locator(`${TIMELINE} .lane-name`).allTextContents();
  assert.ok(lanes.includes("Joe Biden"), `lanes: ${lanes}`);
  await screenshot(page, "ui-entity-lanes.png");
  await page.getByRole("button", { name: "Documents", exact: true }).click();
  // One document lane (relative and undated events have lanes of their own).
  assert.equal(await page.locator(`${TIMELINE} .lane-bg:not(.lane-bg-relative):not(.lane-bg-undated) .lane-name`).count(), 1);
  assert.deepEqual(page.errors, []);
});

test("keyboard only: select from the panel and the text, tooltips on focus", async () => {
  const page = await open();
  await pasteArticle(page);
  const biden = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Joe Biden" });
  // The app redraws after a key is handled: wait for the state rather than read it at once.
  const pressed = (want) =>
    page.waitForFunction(
      ([sel, want]) =>
        [...document.querySelectorAll(sel)].find((b) => b.textContent.includes("Joe Biden"))?.getAttribute("aria-pressed") === want,
      [`${ENTITIES} button[data-entity]`, want],
      { timeout: 5000 },
    );
  await biden.focus();
  await page.keyboard.press("Enter");
  await pressed("true");
  await page.keyboard.press("Space");
  await pressed("false");
  // A mention is focusable; focus shows its type, entity and (for dates) value.
  const mark = page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Joe Biden" }).first();
  await mark.focus();
  const tip = await mark.evaluate((m) => getComputedStyle(m, "::before").content);
  assert.match(tip, /Person · Joe Biden/);
  await page.keyboard.press("Enter");
  await pressed("true");
  const date = page.locator(`${DOC} mark[data-value="${DATE}"]`).first();
  // Dates are said in words, not as TimeML values (issue 14.4).
  assert.match(await date.getAttribute("data-tip"), /16 Apr 2024/);
  // Values can also be written into the text.
  await page.getByLabel("Show dates in words after each time expression").check();
  const after = await date.evaluate((m) => getComputedStyle(m, "::after").content);
  assert.match(after, /16 Apr 2024/);
  // Tab reaches the timeline and its events; Enter on an event row shows the sentence.
  const row = page.locator(`${TIMELINE} .event-row`).first();
  await row.focus();
  await page.keyboard.press("Enter");
  await page.locator(`${DOC} .sentence.flash`).waitFor();
  assert.deepEqual(page.errors, []);
});

test("filter box and type toggles narrow the entity panel", async () => {
  const page = await open();
  await pasteArticle(page);
  // textContent, not innerText: rows off screen are not rendered (content-visibility: auto),
  // and innerText reads rendered text only.
  const names = () => page.locator(`${ENTITIES} .entity-name`).allTextContents();
  await page.getByLabel("Filter entities").fill("hikv");
  assert.deepEqual(await names(), ["Hikvision"]);
  await page.getByLabel("Filter entities").fill("");
  const person = page.locator(`${ENTITIES} .type-toggle`, { hasText: "Person" });
  await person.click();
  assert.equal(await person.getAttribute("aria-pressed"), "false");
  assert.ok(!(await names()).includes("Joe Biden"));
  // Hidden types lose their highlight in the text as well.
  const personBg = await page
    .locator(`${DOC} mark[data-label="PERSON"]`)
    .first()
    .evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.equal(personBg, "rgba(0, 0, 0, 0)");
  assert.ok((await page.locator(`${DOC} mark.off[data-label="PERSON"]`).count()) > 0);
  await person.click();
  assert.ok((await names()).includes("Joe Biden"));
  // Toggling a type re-renders the marks; a selection survives it.
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Joe Biden" }).click();
  await page.locator(`${ENTITIES} .type-toggle`, { hasText: "Country / city" }).click();
  await page.locator(`${DOC} mark.sel`, { hasText: "Joe Biden" }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("import an HTML file: article text only, a new document tab", async () => {
  const page = await open();
  const html = `<!doctype html><html><head><title>Site</title>
    <meta property="article:published_time" content="2024-03-05T08:00:00Z">
    <script>window.hacked = true</script><style>p{color:red}</style></head>
    <body><nav>Home | World | Sport</nav><header>Daily Paper</header>
    <article><h1>Scholz visits Beijing</h1><p>Olaf Scholz met Xi Jinping in Beijing on Tuesday.</p>
    <aside>Read more: unrelated story</aside><p>They discussed trade.</p></article>
    <footer>Copyright</footer></body></html>`;
  await page.getByLabel("Open files", { exact: true }).setInputFiles({
    name: "scholz.html",
    mimeType: "text/html",
    buffer: Buffer.from(html),
  });
  await page.locator(".doc-tab.current", { hasText: "Scholz visits Beijing" }).waitFor();
  const text = await page.getByLabel("Article text").inputValue();
  assert.match(text, /Olaf Scholz met Xi Jinping/);
  for (const junk of ["Home | World", "Daily Paper", "Read more", "Copyright", "hacked", "color:red"]) {
    assert.ok(!text.includes(junk), `"${junk}" should be dropped: ${text}`);
  }
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2024-03-05");
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  // The file replaced the untouched example (issue 14.6): one document, one lane.
  await page.locator(`${ENTITIES} .entity-name`, { hasText: "Olaf Scholz" }).first().waitFor();
  assert.equal(await page.locator(`${TIMELINE} .lane:not(.lane-relative):not(.lane-undated)`).count(), 1);
  assert.deepEqual(await page.locator(".doc-tab-name").allInnerTexts(), ["Scholz visits Beijing"]);
  await screenshot(page, "ui-two-documents.png");
  assert.deepEqual(page.errors, []);
});

test("opening 50 files analyses all 50, and the page answers a click meanwhile", async () => {
  const page = await open();
  // Our own texts, ~30 KB each (1.5 MB in all): analysing them takes a while,
  // and each one dates one meeting, so it draws its own timeline lane.
  const filler = Array.from(
    { length: 320 },
    (_, i) => `Note ${i + 1}: engineers compared sensor parts, shipping papers and payment records again.`,
  ).join(" ");
  const files = Array.from({ length: 50 }, (_, i) => ({
    name: `meeting-${i + 1}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(
      `Olaf Scholz met Xi Jinping in Beijing on ${i % 2 ? "Monday" : "Tuesday"}, meeting ${i + 1}.\n\n${filler}`,
    ),
  }));
  const lanes = page.locator(`${TIMELINE} .lane:not(.lane-relative):not(.lane-undated)`);
  assert.equal(await lanes.count(), 1, "the example article alone");
  await page.getByLabel("Open files", { exact: true }).setInputFiles(files);
  // While they are analysed, a click on the first document's tab is handled:
  // clicked in the page as soon as the 50 tabs are there, and the number of
  // analysed documents (lanes) noted when the tab shows as current.
  const lanesAtClick = await page.evaluate(
    () =>
      new Promise((ok) => {
        // Document lanes: counted by the lane pager once there are more than it draws.
        const lanes = () => {
          const of = document.querySelector('[aria-label="Timeline"] .lane-range')?.textContent.match(/of (\d+)/);
          return of ? Number(of[1]) : document.querySelectorAll('[aria-label="Timeline"] .lane:not(.lane-relative)').length;
        };
        const waitTabs = () => {
          const tabs = [...document.querySelectorAll(".doc-tab-name")];
          if (tabs.length < 50) return setTimeout(waitTabs, 0);
          // Every document's events on the timeline (by default the open one's only).
          document.querySelector('[aria-label="Timeline"] button.all-docs').click();
          tabs.find((t) => t.textContent === "meeting-1.txt").click();
          const waitCurrent = () => {
            const cur = document.querySelector(".doc-tab.current .doc-tab-name");
            if (cur?.textContent === "meeting-1.txt") ok(lanes());
            else requestAnimationFrame(waitCurrent);
          };
          waitCurrent();
        };
        waitTabs();
      }),
  );
  // Every document ends up analysed: 50 lanes (the files replaced the example),
  // of which the chart draws ten at a time and says so.
  await page.waitForFunction(
    (sel) => /^Lanes 1–10 of 50$/.test(document.querySelector(sel)?.textContent ?? ""),
    `${TIMELINE} .lane-range`,
    { timeout: 120000 },
  );
  assert.ok((await page.locator(`${TIMELINE} .lane:not(.lane-undated)`).count()) <= 10, "more lanes drawn than shown");
  assert.ok(lanesAtClick < 50, `the click was only answered after every analysis (${lanesAtClick} lanes)`);
  assert.equal(await page.locator(".doc-tab-name").count(), 50);
  assert.equal(await page.locator(".doc-tab.current .doc-tab-name").textContent(), "meeting-1.txt");
  assert.deepEqual(page.errors, []);
});

test("a replaced text names its document; a country named only through its capital reads 'via'", async () => {
  const page = await open();
  assert.equal(await page.locator(".doc-tab.current .doc-tab-name").textContent(), "Example article");
  await setArticle(
    page,
    "Berlin says no to the plan\n\nBerlin rejected the plan on Monday. The German government said it would not pay.",
    DATE,
  );
  await page.locator(".doc-tab.current", { hasText: "Berlin says no to the plan" }).waitFor({ timeout: 10000 });
  // The panel shows the new text's analysis (the example also has a Germany).
  await page.locator(`${DOC} .doc-text`, { hasText: "Berlin rejected the plan" }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator(`${DOC} .panel-title`).textContent(), "Berlin says no to the plan");
  // Germany stands behind "Berlin": no "0" count, but where it is named.
  const germany = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Germany" });
  await germany.waitFor({ timeout: 20000 });
  if ((await germany.locator(".entity-count").count()) === 0) {
    assert.match(await germany.locator(".entity-via").textContent(), /^via Berlin/);
    await germany.click();
    await page.locator(`${DOC} mark.sel`, { hasText: "Berlin" }).first().waitFor({ timeout: 5000 });
    // The timeline, filtered to Germany, says what it shows: never "0 events in view" over an empty axis.
    const count = await page.locator(`${TIMELINE} .event-count`).textContent();
    assert.ok(!/^0 events/.test(count), count);
    if (/^No event/.test(count)) {
      assert.equal(await page.locator(`${TIMELINE} .chart`).isVisible(), false, "no empty axis");
    }
    // Selecting it again shows every event on the axis again.
    await germany.click();
    await page.locator(`${TIMELINE} .chart`).waitFor({ state: "visible", timeout: 5000 });
  } else {
    // The engine found Germany named in the text itself: a real count, never 0.
    assert.notEqual(await germany.locator(".entity-count").evaluate((e) => e.firstChild.textContent), "0");
  }
  assert.equal(await page.locator(`${ENTITIES} .entity-count`, { hasText: /^0\b/ }).count(), 0);
  assert.deepEqual(page.errors, []);
});

test("an entity whose events have no date says so over no axis, never '0 events in view'", async () => {
  const page = await open();
  await page.getByRole("button", { name: "+ New" }).click();
  // No publication date: "on Monday" stays relative, so the event cannot be placed.
  await setArticle(page, "Corran Marine said on Monday that it would build two ferries for Tallinn.");
  await page.locator(`${DOC} [role="status"]`, { hasText: "no date" }).waitFor({ timeout: 15000 });
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Corran Marine" }).click();
  const count = page.locator(`${TIMELINE} .event-count`);
  await count.filter({ hasText: /^No event/ }).waitFor({ timeout: 5000 });
  assert.match(await count.textContent(), /^No event here can be placed on the axis: 1 is listed under “Not on the axis”\. Select the entity again/);
  assert.equal(await page.locator(`${TIMELINE} .chart`).isVisible(), false, "no empty axis");
  // The undated row is there, under its heading.
  assert.equal(await page.locator(`${TIMELINE} .undated li`).count(), 1);
  await screenshot(page, "timeline-undated-entity.png");
  assert.deepEqual(page.errors, []);
});

test("the 'Selected text' type picker starts at its first type", async () => {
  const page = await open();
  const picker = page.getByLabel("Type of the added mention");
  assert.equal(await picker.inputValue(), await picker.locator("option").first().getAttribute("value"));
  assert.deepEqual(page.errors, []);
});

test("a long text is analysed in the worker with a progress indicator", async () => {
  for (const where of ["http", "file"]) {
    const page = await newPage(env.browser);
    await page.goto(where === "http" ? env.server.url + "index.html" : fileUrl("annalist.html"));
    await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
    const para =
      "Officials in Berlin said on Monday that Hikvision cameras were removed from ministries. ";
    const big = `${LEAD}\n\n` + para.repeat(Math.ceil(300_000 / para.length));
    await page.getByLabel("Article text").fill(big);
    await page.locator(`${DOC} progress`).waitFor({ timeout: 5000 });
    // The page stays responsive while the worker runs.
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    assert.ok(Date.now() - t0 < 1000, "main thread blocked");
    await page.locator(`${DOC} progress`).waitFor({ state: "detached", timeout: 60000 });
    await page
      .locator(`${ENTITIES} button[data-entity]`, { hasText: "Hikvision" })
      .waitFor({ timeout: 5000 });
    const count = await page
      .locator(`${ENTITIES} button[data-entity]`, { hasText: "Hikvision" })
      .locator(".entity-count")
      .evaluate((e) => Number(e.firstChild.textContent));
    assert.ok(count > 1000, `${where}: Hikvision mentions ${count}`);
    assert.deepEqual(page.errors, [], where);
    await page.close();
  }
});

test("accessibility: no serious or critical axe violations, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const page = await open({ colorScheme });
    await pasteArticle(page);
    await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Joe Biden" }).click();
    const violations = await axe(page);
    await screenshot(page, `ui-${colorScheme}.png`);
    assert.deepEqual(violations, [], `${colorScheme}: ${JSON.stringify(violations, null, 1)}`);
  }
});

test("phone width and print layouts", async () => {
  const page = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // The example article: an entity selected (its correction form lists long
  // names such as the North China Research Institute of Electro-Optics under
  // "Merge into") and the share menu open with a link still fit the width.
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Hikvision" }).click();
  await page.locator('form[aria-label="Correct entity"]').waitFor();
  await page.locator("details.share-menu summary").click();
  await page.getByRole("button", { name: "Link to this text" }).click();
  await page.locator(".share-link").waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 392, `no horizontal scrolling with the forms open (scrollWidth ${wide})`);
  await pasteArticle(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 392, `no horizontal scrolling at phone width (scrollWidth ${width})`);
  await screenshot(page, "ui-phone.png");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".input-panel").isVisible(), false);
  await screenshot(page, "ui-print.png");
  assert.deepEqual(page.errors, []);
});

// A benchmark, not a timed test: prints figures, asserts only correctness.
test("benchmark: 5,000 dated sentences, timeline zoom and entity selection", async (t) => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  const months = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  const lines = [];
  for (let i = 0; i < 5000; i++) {
    const y = 1990 + (i % 34);
    const m = months[(i * 7) % 12];
    const d = 1 + ((i * 13) % 28);
    lines.push(`On ${d} ${m} ${y} officials in Berlin reported shipment ${i}.`);
  }
  const text = lines.join(" ");
  const t0 = Date.now();
  await page.getByLabel("Article text").fill(text);
  await page.locator(`${DOC} progress`).waitFor({ state: "detached", timeout: 120000 });
  await page.waitForFunction(() => !/Analysing|Updating/.test(document.querySelector(".status").textContent));
  const analysed = Date.now() - t0;
  const events = Number((await page.locator(".status").innerText()).match(/(\d+) events/)?.[1]);
  const drawn = await page.locator(`${TIMELINE} svg g.event, ${TIMELINE} svg g.cluster`).count();
  // Time from a zoom click to the next painted frame, in the page.
  const frame = (sel) =>
    page.evaluate(async (sel) => {
      const t = performance.now();
      document.querySelector(sel).click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t;
    }, sel);
  const zoomIn = [];
  for (let i = 0; i < 5; i++) zoomIn.push(await frame(`${TIMELINE} button[aria-label="Zoom in"]`));
  const zoomOut = [];
  for (let i = 0; i < 5; i++) zoomOut.push(await frame(`${TIMELINE} button[aria-label="Zoom out"]`));
  const entities = Number((await page.locator(".status").innerText()).match(/(\d+) entities/)?.[1]);
  const select = await frame(`${ENTITIES} button[data-entity]`);
  const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
  const report =
    `${text.length} chars, ${entities} entities, ${events} events (${drawn} marks drawn after clustering): ` +
    `analysed+rendered ${analysed} ms; zoom in median ${med(zoomIn)} ms, zoom out median ${med(zoomOut)} ms ` +
    `(click to second frame); select an entity ${select.toFixed(1)} ms`;
  t.diagnostic(report);
  console.log("# ui bench: " + report);
  assert.ok(events >= 4000, `events: ${events}`);
  assert.ok(drawn < events / 10, `clustering bounds the SVG: ${drawn} marks`);
  await screenshot(page, "ui-5000-events.png");
  assert.deepEqual(page.errors, []);
});
