// Trial 9 (a new user, cold), end to end: the share link reproduces what the
// sender sees (title and corrections); undo takes back closing tabs; F2 on a
// focused mention opens its correction; the same relation in several
// sentences is one row; Split/Remove on a defined term's typed words reach
// its highlighted uses. Each test failed before its fix. Our own texts.
// Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setArticle, screenshot, browserAndServer, openApp, settled, entityButton } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const env = browserAndServer();
const open = (opts = {}) => openApp(env, opts);

const CONTRACT =
  "PUMP SUPPLY AGREEMENT\n\nThis agreement is made on 3 March 2024 by and between Brekke Pumper AS, a company " +
  'organised under the laws of Norway ("Supplier"), and Tarsel Works Ltd, a company organised under the laws of ' +
  'Scotland ("Buyer").\n\n1. Supply. Supplier shall deliver up to 600 centrifugal pumps to Buyer each quarter.\n\n' +
  "Signed for Supplier by Ola Brekke, Managing Director.";

const DELIVERIES =
  "Pump deliveries\n\nOSLO, June 12, 2024 — Brekke Pumper AS supplied 300 pumps to Tarsel Works Ltd in May. " +
  "Analysts expect more orders. Brekke Pumper AS supplied 200 valves to Tarsel Works Ltd in June, the company said.";

async function newArticle(page, text) {
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, text);
  await settled(page);
}

test("trial 9: a share link carries the document's title and corrections", async () => {
  const page = await open();
  await newArticle(page, DELIVERIES);
  await entityButton(page, "Tarsel Works Ltd").click();
  const name = page.locator("form.entity-correction").getByLabel("New name");
  await name.fill("Tarsel Works");
  await name.press("Enter");
  await entityButton(page, "Tarsel Works").first().waitFor();
  await page.getByText("Export & share").click();
  await page.getByRole("button", { name: "Link to this text" }).click();
  const url = await page.getByLabel("Share link").inputValue();
  await page.locator(".share-status", { hasText: "your corrections" }).waitFor();
  await screenshot(page, "trial9-share-sent.png");

  // Someone else opens it (a fresh browser profile).
  const other = await env.browser.newContext({ bypassCSP: true });
  const them = await other.newPage();
  const errors = [];
  them.on("pageerror", (e) => errors.push(String(e)));
  await them.goto(url);
  await them.locator(".doc-tab-name", { hasText: "Pump deliveries" }).waitFor({ timeout: 20000 });
  assert.equal(await them.locator(".doc-tab-name", { hasText: "Shared text" }).count(), 0);
  await settled(them);
  await screenshot(them, "trial9-share-received.png");
  // textContent: a row off screen or just drawn is not rendered (content-visibility: auto),
  // and innerText reads rendered text only.
  const names = await them.locator('[aria-label="Entities"] .entity-name').allTextContents();
  assert.ok(names.includes("Tarsel Works"), names.join(" | "));
  assert.match(await them.locator(".ws-count").innerText(), /^1 correction/);
  await screenshot(them, "trial9-share-received.png");
  assert.deepEqual([...page.errors, ...errors], []);
  await other.close();
});

test("trial 9: undo takes back closing tabs, in order, with the corrections", async () => {
  const page = await open();
  await newArticle(page, "First note\n\nAntony Blinken visited Vienna.");
  await newArticle(page, "Second note\n\nXi Jinping visited Paris.");
  await newArticle(page, "Third note\n\nOlaf Scholz visited Rome.");
  await page.getByRole("button", { name: "Close First note" }).click();
  await page.getByRole("button", { name: "Close Second note" }).click();
  const undo = page.locator(".ws-bar button", { hasText: /^Undo/ });
  assert.equal(await undo.innerText(), "Undo closing the tab");
  await screenshot(page, "trial9-closed-two.png");
  // Ctrl+Z outside a text field reopens the last closed, then the one before.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press("Control+z");
  await page.getByRole("button", { name: "Close Second note" }).waitFor();
  await undo.click();
  await page.getByRole("button", { name: "Close First note" }).waitFor();
  const tabs = await page.locator(".doc-tab-name").allInnerTexts();
  // (The untouched example stays beside new tabs: trial 43.)
  assert.deepEqual(tabs, ["Example article", "First note", "Second note", "Third note"]);
  assert.equal(await undo.innerText(), "Undo correction");
  assert.ok(await undo.isDisabled());
  assert.deepEqual(page.errors, []);
});

test("trial 9: F2 on a focused mention opens its correction form", async () => {
  const page = await open();
  await newArticle(page, DELIVERIES);
  const mark = page.locator(`${DOC} mark[data-entity]`, { hasText: "Tarsel Works Ltd" }).first();
  assert.equal(await mark.getAttribute("role"), "button");
  await mark.focus();
  await page.keyboard.press("F2");
  const name = page.locator("form.entity-correction").getByLabel("New name");
  await name.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "New name");
  assert.equal(await name.inputValue(), "Tarsel Works Ltd");
  await screenshot(page, "trial9-f2-mention.png");
  assert.deepEqual(page.errors, []);
});

test("trial 9: the same relation in several sentences is one row, each sentence reachable", async () => {
  const page = await open();
  await newArticle(page, DELIVERIES);
  const rows = page.locator("table.relations tbody.rel-supply tr.relation");
  await rows.first().waitFor({ timeout: 20000 });
  assert.equal(await rows.count(), 1);
  const row = rows.first();
  // Its words, not its rendered text: off screen the Relations view is not rendered
  // (`content-visibility: auto`), and innerText reads rendered text.
  assert.match(await row.locator(".rel-count").textContent(), /×2/);
  assert.match(await row.locator(".rel-items").textContent(), /pumps.*valves/);
  await row.getByRole("button", { name: "Sentence 2 of 2" }).click();
  await page.locator(`${DOC} .flash`, { hasText: "200 valves" }).first().waitFor({ timeout: 5000 });
  await page.locator("table.relations").scrollIntoViewIfNeeded();
  await screenshot(page, "trial9-relations-grouped.png");
  assert.deepEqual(page.errors, []);
});

test("trial 9: Remove on a defined term's typed words reaches its highlighted uses", async () => {
  const page = await open();
  await newArticle(page, CONTRACT);
  const uses = page.locator(`${DOC} mark[data-entity]`, { hasText: /^Supplier/ });
  await uses.first().waitFor({ timeout: 20000 });
  const before = await uses.count();
  assert.ok(before >= 1);
  await page.getByLabel("Words to correct").fill("Supplier");
  await page.getByRole("button", { name: "Remove mention" }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[aria-label="Document"] mark[data-entity]').length >= 0 &&
    [...document.querySelectorAll('[aria-label="Document"] mark[data-entity]')].filter((m) => m.textContent.startsWith("Supplier")).length === n - 1, before);
  assert.equal(await page.locator(".ws-hint").count(), 0);
  assert.match(await page.locator(".ws-count").innerText(), /^1 correction/);
  // Words highlighted nowhere say so, and what to do instead.
  await page.getByLabel("Words to correct").fill("organised");
  await page.getByRole("button", { name: "Split mention off" }).click();
  await page.locator(".ws-hint", { hasText: "not highlighted anywhere" }).waitFor();
  await screenshot(page, "trial9-defined-term.png");
  assert.deepEqual(page.errors, []);
});
