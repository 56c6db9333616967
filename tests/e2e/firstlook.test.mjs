// What a new user sees first (session 58, from a helper's screenshots): the text
// tools above the text wait for words (selected or typed) and say which words each
// button wants; the Entities panel says how many entities it holds and, while more
// lie below its box's view, that they do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, screenshot, selectInDocument } from "./lib.mjs";

const env = browserAndServer();
const TOOLS = '[aria-label="Correct selected text"]';
const ENTITIES = '[aria-label="Entities"]';

/** The disabled state of the tools' type list and three buttons. */
const disabled = (page) =>
  page.locator(`${TOOLS} select, ${TOOLS} button`).evaluateAll((els) => els.map((e) => e.matches(":disabled")));

test("the text tools are enabled only while words are selected or typed, and say what for", async () => {
  const page = await openApp(env, { viewport: { width: 1280, height: 800 } });
  const tools = page.locator(TOOLS);
  // Nothing selected: the bar says what it is for, and its actions wait.
  assert.match(await tools.innerText(), /Fix the highlights/);
  assert.match(await tools.innerText(), /missed words:[^]*Add as mention[^]*a wrong highlight:[^]*Split mention off[^]*Remove mention/);
  assert.equal(await tools.getByLabel("Words to correct").getAttribute("placeholder"), "select words in the text, or type them");
  assert.deepEqual(await disabled(page), [true, true, true, true]);
  await screenshot(page, "firstlook-tools-idle.png");

  // Words selected in the text: enabled, and the field says which.
  await selectInDocument(page, "machine tools");
  await page.waitForFunction((sel) => !document.querySelector(sel + " fieldset").disabled, TOOLS);
  assert.deepEqual(await disabled(page), [false, false, false, false]);
  assert.equal(await tools.getByLabel("Words to correct").getAttribute("placeholder"), "“machine tools” selected");
  await screenshot(page, "firstlook-tools-selected.png");

  // The selection gone: waiting again.
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.waitForFunction((sel) => document.querySelector(sel + " fieldset").disabled, TOOLS);

  // Typed words (the keyboard path) enable them too; cleared, they wait again.
  await tools.getByLabel("Words to correct").fill("tractor");
  assert.deepEqual(await disabled(page), [false, false, false, false]);
  await tools.getByLabel("Type of the added mention").selectOption("ITEM");
  await tools.getByRole("button", { name: "Add as mention" }).click();
  await page.locator('[aria-label="Document"] mark[data-label="ITEM"]', { hasText: "tractor" }).waitFor({ timeout: 10000 });
  assert.equal(await tools.getByLabel("Words to correct").inputValue(), "");
  await page.waitForFunction((sel) => document.querySelector(sel + " fieldset").disabled, TOOLS);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The cue at the foot of the Entities box: its opacity ("0" when hidden). */
const cue = (page) => page.locator(ENTITIES).evaluate((el) => getComputedStyle(el, "::after").opacity);

test("the Entities panel gives its count and shows that more entities lie below its view", async () => {
  const page = await openApp(env, { viewport: { width: 1280, height: 800 } });
  const panel = page.locator(ENTITIES);
  const total = await page.locator(`${ENTITIES} button[data-entity]`).count();
  assert.ok(total > 12, `the example has many entities (${total})`);
  assert.equal(await panel.locator("h2").innerText(), `Entities ${total}`);
  // The box scrolls, and its foot says more follow.
  assert.ok(await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 50), "a scroll box");
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel), "::after").opacity === "1", ENTITIES);
  await screenshot(page, "firstlook-entities-more.png");
  // At the end of the list: gone.
  await panel.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel), "::after").opacity === "0", ENTITIES);
  await screenshot(page, "firstlook-entities-end.png");
  // A list that fits (filtered to one name): no cue.
  await panel.evaluate((el) => { el.scrollTop = 0; });
  await page.getByLabel("Filter entities").fill("Scholz");
  await page.waitForFunction((sel) => document.querySelectorAll(sel + " button[data-entity]").length === 1, ENTITIES);
  assert.equal(await cue(page), "0");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("at phone width the Entities panel is no scroll box and shows no cue", async () => {
  const page = await openApp(env, { viewport: { width: 400, height: 800 } });
  const panel = page.locator(ENTITIES);
  assert.match(await panel.locator("h2").innerText(), /^Entities \d+$/);
  assert.ok(await panel.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), "the whole list in the page");
  assert.equal(await panel.evaluate((el) => getComputedStyle(el, "::after").content), "none");
  await panel.locator("h2").scrollIntoViewIfNeeded();
  await screenshot(page, "firstlook-entities-narrow.png");
  // The tools wrap and wait there too.
  await page.locator(TOOLS).scrollIntoViewIfNeeded();
  await screenshot(page, "firstlook-tools-narrow.png");
  assert.deepEqual(await disabled(page), [true, true, true, true]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
