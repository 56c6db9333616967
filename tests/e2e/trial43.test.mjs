// Trial 43 in headless Chromium: the timeline's event list shows six rows or more at
// 1280×800 (it showed 86 px, a row and a half), the "Merge into" list in a fixed order,
// the example kept beside a new tab the user pastes into, and a watchlist made from the
// app's own Entities export holding names only, in a box of a few lines, with a way to
// clear it. The article is our own (tests/e2e/fixtures/long-article.txt: invented firms,
// people and places). Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, openApp, setArticle, screenshot, settled, entityButton, browserAndServer } from "./lib.mjs";

const TIMELINE = '[aria-label="Timeline"]';
const DOC = '[aria-label="Document"]';
const ARTICLE = await readFile(join(ROOT, "tests/e2e/fixtures/long-article.txt"), "utf8");

const env = browserAndServer();

const tabs = (page) => page.locator(".doc-tab-name").allInnerTexts();

/** The rows of a CSV file (RFC 4180: quoted fields with "" escapes), each a list of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (c !== "\r" && c !== "\ufeff") field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** The app at `viewport` with the long article pasted over the example, its events listed. */
async function withArticle(viewport, extra = {}) {
  const page = await openApp(env, { viewport, ...extra });
  await setArticle(page, ARTICLE);
  await page.locator(`${TIMELINE} .event-row`, { hasText: "Fjordlink" }).first().waitFor({ timeout: 20000 });
  await settled(page);
  return page;
}

/** The event list's box, a row's height, rows wholly inside the box, and where the text starts. */
function measureList(page) {
  return page.evaluate((sel) => {
    const scroll = document.querySelector(`${sel} .event-scroll`);
    const box = scroll.getBoundingClientRect();
    const rows = [...scroll.querySelectorAll("li")];
    const row = rows[0].getBoundingClientRect();
    const mark = document.querySelector('[aria-label="Document"] .doc-text mark').getBoundingClientRect();
    return {
      height: box.height,
      rowHeight: row.height,
      listed: rows.length,
      inside: rows.filter((li) => {
        const r = li.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }).length,
      markBottom: mark.bottom,
      chartBottom: document.querySelector(`${sel} .chart`).getBoundingClientRect().bottom,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      innerHeight,
    };
  }, TIMELINE);
}

for (const [width, height, textInView, phone] of [
  [1280, 800, true, false],
  [1920, 1080, true, false],
  [390, 844, false, true],
]) {
  test(`at ${width}×${height} the event list holds six rows or more`, async () => {
    const extra = phone ? { isMobile: true, hasTouch: true } : {};
    const page = await withArticle({ width, height }, extra);
    const got = await measureList(page);
    assert.ok(got.listed >= 8, `the article gives 8 events or more: ${JSON.stringify(got)}`);
    assert.ok(got.height / got.rowHeight >= 6, `the list's box holds fewer than six rows: ${JSON.stringify(got)}`);
    assert.ok(got.inside >= 6, `rows wholly in the box: ${JSON.stringify(got)}`);
    if (textInView) {
      // Still the chart and the text's first line in the first screen (trials 10, 13, 14).
      assert.ok(got.chartBottom <= got.innerHeight, `chart below the first screen: ${JSON.stringify(got)}`);
      assert.ok(got.markBottom <= got.innerHeight, `text below the first screen: ${JSON.stringify(got)}`);
    }
    assert.ok(got.scrollWidth <= got.innerWidth, `the page scrolls sideways: ${JSON.stringify(got)}`);
    await screenshot(page, `trial43-list-${width}x${height}.png`);
    if (phone) {
      await page.locator(TIMELINE).scrollIntoViewIfNeeded();
      // Two frames: rows scrolled into view (`content-visibility: auto`) are painted in the next.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      await screenshot(page, `trial43-list-${width}x${height}-timeline.png`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("Merge into lists names alike first, then every other name A to Z, the same each time", async () => {
  const page = await withArticle({ width: 1366, height: 900 });
  const form = page.locator('form[aria-label="Correct entity"]');
  const merge = form.getByLabel("Merge into");
  /** The names offered, without the type said after another type's names, and those alike
   *  (first, the first of them chosen: here at most that one), kept apart. */
  const azOf = async (name) => {
    await entityButton(page, name).first().click();
    await merge.waitFor();
    const options = await merge.locator("option").evaluateAll((os) =>
      os.filter((o) => o.value).map((o) => ({ name: o.text.replace(/ \([^()]*\)$/, ""), chosen: o.selected })),
    );
    const alike = options[0]?.chosen ? [options[0].name] : [];
    const az = options.slice(alike.length).map((o) => o.name);
    await form.getByRole("button", { name: "Close the correction form" }).click();
    await form.waitFor({ state: "detached" });
    return { az, alike };
  };
  const solberg = await azOf("Ingrid Solberg");
  assert.ok(solberg.az.length >= 10, solberg.az.join(" | "));
  const key = (s) => s.toLowerCase();
  for (let i = 1; i < solberg.az.length; i++) {
    assert.ok(key(solberg.az[i - 1]) <= key(solberg.az[i]), `not A to Z at ${i}: ${solberg.az.join(" | ")}`);
  }
  // Another entity, then the first again: the same order, less the entity itself and the
  // names alike.
  const kestrel = await azOf("Kestrel Logistics");
  const others = new Set(["Ingrid Solberg", ...solberg.alike, "Kestrel Logistics", ...kestrel.alike]);
  const common = (xs) => xs.filter((x) => !others.has(x));
  assert.deepEqual(common(kestrel.az), common(solberg.az));
  assert.deepEqual(await azOf("Ingrid Solberg"), solberg);
  await entityButton(page, "Ingrid Solberg").first().click();
  await merge.waitFor();
  await screenshot(page, "trial43-merge-into.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("text pasted into a new tab keeps the example open; pasted over the example, it replaces it", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 900 } });
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, "Harbour note\n\nMara Vell met Jonas Wirth in Port Ossen on Monday.");
  await entityButton(page, "Mara Vell").first().waitFor({ timeout: 20000 });
  await settled(page);
  assert.deepEqual(await tabs(page), ["Example article", "Harbour note"]);
  assert.equal(await page.locator(".reopen").count(), 0, "a tab was closed");
  await screenshot(page, "trial43-example-kept.png");
  // The example is still never saved: after a reload, the user's tab alone.
  await page.waitForFunction(() => (localStorage.getItem("annalist.workspace") ?? "").includes("Harbour note"));
  const saved = await page.evaluate(() => localStorage.getItem("annalist.workspace"));
  assert.ok(!saved.includes("Washington presses Beijing"), "the example was saved");

  // Pasted over the example (its own tab): the tab is the user's now, nothing closed.
  await page.locator(".doc-tab-name", { hasText: "Example article" }).click();
  await setArticle(page, "Quay repairs\n\nRuna Solberg met Idris Kaya in Tromsø on Friday.");
  await entityButton(page, "Runa Solberg").first().waitFor({ timeout: 20000 });
  assert.deepEqual(await tabs(page), ["Quay repairs", "Harbour note"]);
  assert.equal(await page.locator(".reopen").count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the app's own Entities export imported as a watchlist: names only, a short box, and Clear watchlist", async () => {
  const page = await withArticle({ width: 1366, height: 900 });
  const ws = page.locator('[aria-label="Workspace"]');
  // No watchlist: nothing said of one.
  assert.doesNotMatch(await ws.locator(".ws-count").innerText(), /watched/);
  assert.equal(await ws.getByRole("group", { name: "Watchlist matches" }).count(), 0);
  const top = (await page.locator(TIMELINE).boundingBox()).y;

  await page.getByText("Export & share").click();
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Entities (.csv)" }).click()]);
  const csv = await readFile(await d.path(), "utf8");
  await page.getByText("Export & share").click();
  // The export's names that are values (amounts, numbers, dates...), by its label column.
  const values = parseCsv(csv)
    .slice(1)
    .filter((c) => /^(MONEY|CARDINAL|DATE|TIME|PERCENT|QUANTITY|ORDINAL)$/.test(c[4] ?? ""))
    .map((c) => c[3]);
  assert.ok(values.length >= 3, `the article has values: ${values}`);

  await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
    name: "annalist-entities.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  const notice = page.locator(".ws-notice", { hasText: "imported from annalist-entities.csv" });
  await notice.waitFor({ timeout: 10000 });
  assert.match(await notice.innerText(), /values? left out: amounts, dates and numbers are not names to watch/);
  const group = ws.getByRole("group", { name: "Watchlist matches" });
  await group.locator("li").first().waitFor({ timeout: 10000 });
  const listed = await group.locator("li").allInnerTexts();
  assert.ok(listed.length >= 8, listed.join(" | "));
  const names = listed.map((l) => l.replace(/^⚑\s*/, "").replace(/ — .*$/s, ""));
  for (const v of values) assert.ok(!names.includes(v), `a value is watched: ${v}`);
  assert.ok(names.includes("Ingrid Solberg"), names.join(" | "));
  await screenshot(page, "trial43-watchlist.png");
  // A box of a few lines: the panels move down by that and the import's notice, not by the
  // list's length (trial 43: 2,300 px).
  const box = await group.boundingBox();
  assert.ok(box.height <= 170, `the watchlist takes ${box.height} px`);
  const moved = (await page.locator(TIMELINE).boundingBox()).y - top;
  assert.ok(moved <= 300, `the panels moved ${moved} px down`);
  assert.match(await ws.locator(".ws-count").innerText(), /\d+ watched names/);

  // Cleared (after a confirmation, as nothing undoes it).
  page.once("dialog", (dlg) => dlg.accept());
  await group.getByRole("button", { name: "Clear watchlist" }).click();
  await group.waitFor({ state: "detached" });
  assert.doesNotMatch(await ws.locator(".ws-count").innerText(), /watched/);
  assert.equal(await page.locator('[aria-label="Document"] style, .workspace-panel style').evaluateAll((s) => s.map((x) => x.textContent).join("")), "");
  await screenshot(page, "trial43-watchlist-cleared.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
