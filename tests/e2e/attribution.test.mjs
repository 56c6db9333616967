// Who states an event, in headless Chromium: a claim the article reports ("X said …",
// "…, the ministry said", "according to …") is shown in the timeline's list with its
// source, and the event's mark names it; what the article states itself has no source.
// The article is our own: invented firms, people and places. Screenshots go to
// test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, setArticle, screenshot, browserAndServer } from "./lib.mjs";

const TIMELINE = '[aria-label="Timeline"]';
const DOC = '[aria-label="Document"]';
const ARTICLE = [
  "VALLETTA, 3 December 2026 - Varnholt Shipping chief executive Mats Oberg said on Monday that the company had carried no Russian oil since March.",
  "The coast guard boarded the tanker Selka Dawn on Wednesday, the ministry said.",
  "The Selka Dawn sailed from Marsaxlokk on Tuesday, according to port records.",
  "Harbour pilots in Valletta went on strike on Friday.",
].join("\n\n");

const env = browserAndServer();

test("a reported event shows who states it; a stated one shows no one", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await setArticle(page, ARTICLE);
  const row = (text) => page.locator(`${TIMELINE} .event-row`, { hasText: text }).first();
  await row("Selka Dawn sails").waitFor({ timeout: 20000 });
  // textContent: the list's rows off screen are not rendered (content-visibility: auto),
  // and innerText reads rendered text only.
  assert.equal(await row("Russian oil").locator(".event-source").textContent(), "Mats Oberg said");
  assert.equal(await row("boards").locator(".event-source").textContent(), "ministry said");
  assert.equal(await row("Selka Dawn sails").locator(".event-source").textContent(), "according to port records");
  assert.equal(await row("strike").locator(".event-source").count(), 0);
  // The chart's mark names the source too (its accessible name is the full text).
  const names = await page.locator(`${TIMELINE} svg g.event`).evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")));
  assert.ok(names.some((n) => n.includes("(Mats Oberg said)")), names.join(" | "));
  await screenshot(page, "attribution-list.png");
  assert.deepEqual(page.errors, []);
});
