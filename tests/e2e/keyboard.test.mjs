// Issue 14.2, keyboard only: every correction (add a missed mention, split
// one off, rename, retype, merge, "not an entity") is made with keys alone:
// the page is reached by Tab and the skip links, words are typed instead of
// dragged, F2 moves into the correction form. No click and no focus() call
// drives the page; locators only read what it shows. Failed before: the
// words of a missed mention or a split could only be selected with a mouse.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, setArticle, screenshot, browserAndServer } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const ENTITIES = '[aria-label="Entities"]';
const env = browserAndServer();

const ARTICLE =
  "Harbour checks\n\nOlaf Scholz met Antony Blinken in Hamburg on Monday to discuss export checks. " +
  "Kestrel Optics, a camera maker, was named in the talks. Later Scholz flew to Paris.";

/** Press Tab until the focused element passes `test` (evaluated in the page); the count. */
async function tabTo(page, test, arg, max = 120) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(test, arg)) return i;
  }
  throw new Error("not reached by Tab: " + test.toString());
}
const byLabel = (l) => document.activeElement?.getAttribute("aria-label") === l;
const byText = (t) => document.activeElement?.textContent === t;
const byEntity = (n) =>
  !!document.activeElement?.matches?.('[aria-label="Entities"] button[data-entity]') &&
  document.activeElement.querySelector(".entity-name")?.textContent === n;

/** From the top of the page, the skip link `name`, then Enter. */
async function skipTo(page, name) {
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo(page, (n) => document.activeElement?.textContent === n && !!document.activeElement.closest("nav.skip-links"), name);
  await page.keyboard.press("Enter");
}

/** Choose the entity `name` in the panel and move into its form with F2. */
async function chooseEntity(page, name) {
  await skipTo(page, "Entities");
  await tabTo(page, byEntity, name);
  await page.keyboard.press("Enter");
  await page.locator("form.entity-correction").waitFor();
  await page.keyboard.press("F2");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "New name");
}

// textContent: a row off screen or just drawn is not rendered (content-visibility: auto),
// and innerText reads rendered text only ("" for it).
const mentions = (page, name) =>
  page.locator(`${ENTITIES} button[data-entity]`, { hasText: name }).locator(".entity-count").allTextContents()
    .then((all) => all.map((t) => parseInt(t, 10)));

test("14.2: add, split, rename, retype, merge and delete with the keyboard only", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await setArticle(page, ARTICLE, "2024-04-15");
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Antony Blinken" }).waitFor({ timeout: 20000 });

  // Add a missed mention: skip to the text, Tab to "Words", type, pick the type, Enter.
  await skipTo(page, "Text");
  await tabTo(page, byLabel, "Words to correct", 10);
  await page.keyboard.type("export checks");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Item");
  assert.equal(await page.getByLabel("Type of the added mention").inputValue(), "ITEM");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.locator(`${DOC} mark[data-label="ITEM"]`, { hasText: "export checks" }).waitFor({ timeout: 5000 });
  await screenshot(page, "keyboard-added.png");

  // Split the second "Scholz" off "Olaf Scholz": words around it, then the Split button.
  assert.deepEqual(await mentions(page, "Olaf Scholz"), [2]);
  await skipTo(page, "Text");
  await tabTo(page, byLabel, "Words to correct", 10);
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Scholz flew");
  await tabTo(page, byText, "Split mention off", 5);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => [...document.querySelectorAll('[aria-label="Entities"] button[data-entity]')]
      .filter((b) => b.textContent.includes("Scholz")).length === 2,
  );

  // Merge it back: F2 from the list, Tab to "Merge into" (most similar first), Merge.
  await chooseEntity(page, "Scholz");
  await tabTo(page, byLabel, "Merge into", 10);
  assert.match(await page.getByLabel("Merge into").locator("option:checked").innerText(), /Olaf Scholz/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => [...document.querySelectorAll('[aria-label="Entities"] button[data-entity]')]
      .filter((b) => b.textContent.includes("Scholz")).length === 1,
  );
  assert.deepEqual(await mentions(page, "Olaf Scholz"), [2]);

  // Rename: F2 puts the caret in "New name" with the name selected; type, Enter.
  await chooseEntity(page, "Antony Blinken");
  await page.keyboard.type("Secretary Antony Blinken");
  await page.keyboard.press("Enter");
  await page.locator(`${ENTITIES} button[data-entity]`, { hasText: "Secretary Antony Blinken" }).waitFor();

  // Retype: Tab to "Type", type the type's name, Tab to "Change type", Enter.
  await chooseEntity(page, "Hamburg");
  await tabTo(page, byLabel, "Type", 5);
  await page.keyboard.type("Place");
  assert.equal(await page.getByLabel("Type", { exact: true }).inputValue(), "LOC");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.locator(`${DOC} mark[data-label="LOC"]`, { hasText: "Hamburg" }).first().waitFor();

  // Not an entity: Tab to the button, Enter.
  await chooseEntity(page, "Paris");
  await tabTo(page, byText, "Not an entity", 10);
  await page.keyboard.press("Enter");
  await page.locator(`${DOC} mark`, { hasText: "Paris" }).waitFor({ state: "detached" });
  await screenshot(page, "keyboard-corrected.png");

  // Every correction is listed, and Ctrl+Z (outside a field) takes the last back.
  assert.equal(await page.locator(".ws-count").innerText().then((t) => t.split(" ")[0]), "6");
  await page.keyboard.press("Escape");
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press("Control+z");
  await page.locator(`${DOC} mark`, { hasText: "Paris" }).first().waitFor();
  assert.deepEqual(page.errors, []);
});
