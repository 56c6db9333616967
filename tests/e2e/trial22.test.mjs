// Faults found by session 22's new-user trial, end to end. Each test failed before
// its fix. Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, screenshot, setArticle, settled } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const ENTITIES = "#annalist-entities";

const env = browserAndServer();

// Our own text: enough people, companies and places for a list longer than the form.
const ARTICLE =
  "Harbour deal signed in Valletta\n\n" +
  "VALLETTA, June 3, 2025 — Maria Camilleri, the chief executive of Grand Harbour Logistics, " +
  "signed a ten-year lease with Transport Malta on Tuesday. Joseph Vella of the Malta Chamber " +
  "of Commerce said the deal would bring work to Marsaxlokk and Birzebbuga. Anna Berg, an analyst " +
  "at Nordic Freight in Oslo, said rivals in Genoa, Piraeus and Tangier would watch closely. " +
  "Karl Huber of Danube Shipping in Vienna and Lucia Ferri of Porto Nuovo in Naples declined to " +
  "comment. Pieter de Vries, who runs Rotterdam Port Services, flew to Athens on Wednesday.";

test("trial 22: clicking an entity opens its form under its row; the list does not move under the pointer", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 768 } });
  await setArticle(page, ARTICLE, "2025-06-03");
  const rows = page.locator(`${ENTITIES} button[data-entity]`);
  await rows.nth(8).waitFor({ timeout: 20000 });
  await settled(page);
  // A row in the list's upper half: the form fits under it without scrolling.
  const row = rows.nth(3);
  // textContent: a row just drawn may not be rendered yet (content-visibility: auto).
  const name = await row.locator(".entity-name").textContent();
  const before = await row.boundingBox();
  await row.click();
  const form = page.locator(`${ENTITIES} form.entity-correction`);
  await form.waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  const after = await row.boundingBox();
  assert.ok(Math.abs(after.y - before.y) <= 1, `the clicked row moved from ${before.y} to ${after.y}`);
  // The form is in the clicked entity's row, right under its button, and in view.
  const inRow = await form.evaluate((f) => f.closest("li.entity")?.querySelector(".entity-name")?.textContent);
  assert.equal(inRow, name);
  const box = await form.boundingBox();
  assert.ok(box.y >= after.y + after.height - 1, `the form is not under the row: ${JSON.stringify([after, box])}`);
  // Its first lines (the name field) are in view.
  const field = await form.getByLabel("New name").boundingBox();
  assert.ok(field.y + field.height <= 768, `the name field is out of view: ${JSON.stringify(field)}`);
  await screenshot(page, "trial22-form-under-row.png");
  // A second click at the same spot is on the same row: it closes the form.
  await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
  await form.waitFor({ state: "detached", timeout: 10000 });

  // The last row: the list (and only the list) scrolls, just enough to show the form's
  // first lines.
  const last = rows.last();
  await last.scrollIntoViewIfNeeded();
  const pageY = await page.evaluate(() => scrollY);
  await last.click();
  await form.waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  const lastField = await form.getByLabel("New name").boundingBox();
  const panel = await page.locator(ENTITIES).boundingBox();
  assert.ok(lastField.y + lastField.height <= Math.min(768, panel.y + panel.height) + 1,
    `the last row's name field is hidden: ${JSON.stringify([lastField, panel])}`);
  assert.equal(await page.evaluate(() => scrollY), pageY, "the page scrolled");
  await screenshot(page, "trial22-form-last-row.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("trial 22: an entity whose row is not listed (its type switched off) still gets its form, above the list", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 768 } });
  await setArticle(page, ARTICLE, "2025-06-03");
  await page.locator(`${ENTITIES} button[data-entity][data-label="PERSON"]`).first().waitFor({ timeout: 20000 });
  await settled(page);
  await page.locator(`${ENTITIES} button.type-toggle.t-person`).click();
  assert.equal(await page.locator(`${ENTITIES} button[data-entity][data-label="PERSON"]`).count(), 0);
  await page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Anna Berg" }).first().click();
  const form = page.locator(`${ENTITIES} form.entity-correction`);
  await form.waitFor({ timeout: 10000 });
  assert.equal(await form.evaluate((f) => f.closest("li") === null), true, "the form is inside a list row");
  assert.match(await form.innerText(), /Anna Berg/);
  const box = await form.boundingBox();
  assert.ok(box.y >= 0 && box.y + 40 <= 768, `the form is out of view: ${JSON.stringify(box)}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("trial 23: a row clicked while its entity's first mention is off screen moves neither the page nor the row", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 768 } });
  const filler = Array.from({ length: 18 }, (_, i) => `Paragraph ${i + 1}: inspectors counted containers on the quay every morning.`).join("\n\n");
  await setArticle(page, `${ARTICLE}\n\n${filler}\n\nLate in the day Odile Varga of Kestrel Marine arrived in Valletta.`, "2025-06-03");
  const row = page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Odile Varga" });
  await row.waitFor({ timeout: 20000 });
  await settled(page);
  await row.scrollIntoViewIfNeeded();
  const mention = page.locator(`${DOC} mark`, { hasText: "Odile Varga" }).first();
  const offScreen = await mention.evaluate((m) => m.getBoundingClientRect().top > innerHeight);
  assert.ok(offScreen, "the mention is on screen: the test needs it below the fold");
  const before = [await page.evaluate(() => scrollY), (await row.boundingBox()).y];
  await row.click();
  await page.locator(`${ENTITIES} form.entity-correction`).waitFor({ timeout: 10000 });
  await page.waitForTimeout(400);
  const after = [await page.evaluate(() => scrollY), (await row.boundingBox()).y];
  assert.ok(Math.abs(after[0] - before[0]) <= 1 && Math.abs(after[1] - before[1]) <= 1,
    `page scrollY and row y moved: ${before} -> ${after}`);
  assert.equal(await row.getAttribute("aria-expanded"), "true");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
