// Trial 13 in headless Chromium: the timeline's event list gets a useful
// share of the window (it showed two rows), a month on the chart is a dot,
// not a pill that reads as "0", and every view setting the user changes
// survives a reload like documents and corrections do.
// The article is our own (tests/e2e/fixtures/long-article.txt): invented firms,
// people and places. Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, newPage, setArticle, screenshot, browserAndServer } from "./lib.mjs";

const TIMELINE = '[aria-label="Timeline"]';
const DOC = '[aria-label="Document"]';
const ARTICLE = await readFile(join(ROOT, "tests/e2e/fixtures/long-article.txt"), "utf8");

const env = browserAndServer();

async function openWithArticle(viewport) {
  const page = await newPage(env.browser, { viewport, bypassCSP: true });
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await setArticle(page, ARTICLE);
  await page.locator(`${TIMELINE} .event-row`, { hasText: "Fjordlink" }).first().waitFor({ timeout: 20000 });
  return page;
}

/** Rows of the timeline's event list wholly inside its box, and where the chart is. */
async function listAndChart(page) {
  return page.evaluate((sel) => {
    const scroll = document.querySelector(`${sel} .event-list .event-scroll`);
    const box = scroll.getBoundingClientRect();
    const rows = [...scroll.querySelectorAll("li")].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    }).length;
    const chart = document.querySelector(`${sel} .chart`).getBoundingClientRect();
    const mark = document.querySelector('[aria-label="Document"] .doc-text mark').getBoundingClientRect();
    return {
      rows,
      // Events in the list (it draws a page of rows at a time: issue 17.3, session 15).
      listed: Number(document.querySelector(`${sel} .event-count`).textContent.match(/^(\d+)/)?.[1] ?? 0) +
        document.querySelectorAll(`${sel} .chart g.event.is-undated`).length,
      chartTop: chart.top,
      chartBottom: chart.bottom,
      markBottom: mark.bottom,
      height: innerHeight,
    };
  }, TIMELINE);
}

// On a desktop the list takes the height beyond what keeps the text's first
// line in the first screen (trial 10), and never less than six rows (trial 43:
// three at 1280×800; the title and the hint moved onto lines already there). At
// 800 wide the text is below the fold anyway, and the timeline shares its row
// with the entities: its rows wrap onto two lines.
for (const [width, height, rows, textInView] of [
  [1400, 1000, 8, true],
  [1280, 800, 6, true],
  [800, 1000, 6, false],
]) {
  test(`at ${width}×${height} the event list shows ${rows} rows or more and the chart is in the first screen`, async () => {
    const page = await openWithArticle({ width, height });
    const got = await listAndChart(page);
    assert.ok(got.listed >= 20, `the article has many events: ${JSON.stringify(got)}`);
    assert.ok(got.rows >= rows, `rows in view: ${JSON.stringify(got)}`);
    assert.ok(got.chartTop >= 0 && got.chartBottom <= got.height, `chart off screen: ${JSON.stringify(got)}`);
    if (textInView) assert.ok(got.markBottom <= got.height, `text below the first screen: ${JSON.stringify(got)}`);
    // A range only a few pixels wide (a month at this zoom) is a dot: as a
    // pill it read as a "0" beside the numbered discs.
    const bars = await page.locator(`${TIMELINE} .chart rect.bar`).evaluateAll((rs) =>
      rs.map((r) => Number(r.getAttribute("width"))),
    );
    assert.ok(bars.every((w) => w > 14), `bars: ${bars}`);
    const months = page.locator(`${TIMELINE} .chart g.event[data-date="2022-05"] circle.dot`);
    assert.equal(await months.count(), 1, "May 2022 is a dot");
    await screenshot(page, `trial13-list-${width}x${height}.png`);
    await page.locator(TIMELINE).scrollIntoViewIfNeeded();
    await screenshot(page, `trial13-list-${width}x${height}-timeline.png`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("every view setting the user changes survives a reload", async () => {
  const page = await openWithArticle({ width: 1400, height: 1000 });
  const words = page.getByLabel("Show dates in words after each time expression");
  const byEntity = page.locator(`${TIMELINE} [aria-label="Lanes"] button`, { hasText: "Entities" });
  const person = page.locator('[aria-label="Entity types"] button', { hasText: "Person" });
  const filter = page.getByLabel("Filter entities");
  assert.equal(await words.isChecked(), false);
  assert.equal(await byEntity.getAttribute("aria-pressed"), "false");
  assert.equal(await person.getAttribute("aria-pressed"), "true");

  await words.check();
  await byEntity.click();
  await person.click();
  await filter.fill("harbour");
  await page.locator(`${DOC} .doc-text.show-values`).waitFor();
  assert.equal(await byEntity.getAttribute("aria-pressed"), "true");
  // Saved as the user works (the autosave runs after the last change).
  await page.waitForFunction(() => {
    const w = localStorage.getItem("annalist.workspace") ?? "";
    return w.includes('"dates_in_words":true') && w.includes('"lanes":"entity"') && w.includes('"filter":"harbour"');
  }, null, { timeout: 10000 });

  await page.reload();
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await page.locator(`${TIMELINE} .event-row`).first().waitFor({ timeout: 20000 });
  assert.equal(await words.isChecked(), true, "dates in words");
  await page.locator(`${DOC} .doc-text.show-values`).waitFor({ timeout: 5000 });
  assert.equal(await byEntity.getAttribute("aria-pressed"), "true", "timeline lanes by entity");
  assert.equal(await person.getAttribute("aria-pressed"), "false", "people hidden");
  assert.equal(await filter.inputValue(), "harbour", "entity filter");
  await screenshot(page, "trial13-view-restored.png");

  // Switched back: also kept.
  await words.uncheck();
  await page.locator(`${TIMELINE} [aria-label="Lanes"] button`, { hasText: "Documents" }).click();
  await page.waitForFunction(() => {
    const w = localStorage.getItem("annalist.workspace") ?? "";
    return !w.includes('"dates_in_words"') && w.includes('"lanes":"document"');
  }, null, { timeout: 10000 });
  await page.reload();
  await page.locator(`${TIMELINE} .event-row`).first().waitFor({ timeout: 20000 });
  assert.equal(await words.isChecked(), false);
  assert.equal(await byEntity.getAttribute("aria-pressed"), "false");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
