// What a new user sees first (session 58, from a helper's screenshots): the text
// tools above the text wait for words (selected or typed) and say which words each
// button wants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, screenshot, selectInDocument } from "./lib.mjs";

const env = browserAndServer();
const TOOLS = '[aria-label="Correct selected text"]';

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
