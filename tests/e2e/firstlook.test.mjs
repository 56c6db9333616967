// What a new user sees first (session 58, from a helper's screenshots): the Entities
// panel says how many entities it holds and, while more lie below its box's view,
// that they do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, screenshot } from "./lib.mjs";

const env = browserAndServer();
const ENTITIES = '[aria-label="Entities"]';

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
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
