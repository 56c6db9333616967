// A new user's trial (session 50) in headless Chromium: a relation's Timeline button brings
// the timeline into view and says what it is filtered to, with one Clear (mouse or keyboard);
// the timeline lists the open document's events only (every document's on request); and a
// file opened while the tab shown is an empty "+ New" one fills that tab and keeps the
// example. Our own texts. Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, browserAndServer, openApp, setArticle, settled, screenshot } from "./lib.mjs";

const env = browserAndServer();
const TIMELINE = '[aria-label="Timeline"]';
const RELATIONS = '[aria-label="Relations"]';

/** Where the timeline panel is against the window, and what has the focus. */
const where = (page) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    const f = document.activeElement;
    return { top: r.top, bottom: r.bottom, height: innerHeight, focus: `${f?.className}|${f?.textContent}` };
  }, TIMELINE);

test("a relation's Timeline button shows the timeline, says what it is filtered to, and Clear undoes it", async () => {
  const page = await openApp(env, { viewport: { width: 1280, height: 640 } });
  await settled(page);
  const button = page.locator(`${RELATIONS} .relation-timeline`).first();
  await button.waitFor({ timeout: 20000 });
  const marker = page.locator(`${TIMELINE} .timeline-filter`);
  const clear = marker.getByRole("button", { name: /Clear the filter/ });
  for (const how of ["mouse", "keyboard"]) {
    await button.scrollIntoViewIfNeeded();
    const before = await where(page);
    assert.ok(before.bottom < 0 || before.top > before.height, `the timeline was in view already: ${JSON.stringify(before)}`);
    if (how === "mouse") await button.click();
    else {
      await button.focus();
      await page.keyboard.press("Enter");
    }
    await marker.waitFor({ timeout: 5000 });
    // The relation row's names, in the marker.
    const source = await page.locator(`${RELATIONS} .relation`).first().locator(".rel-source").textContent();
    assert.match(await marker.textContent(), new RegExp(`Filtered: relation ${source} → `));
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight / 2;
    }, TIMELINE);
    const after = await where(page);
    assert.match(after.focus, /^clear-filter\|Clear$/, `the focus: ${JSON.stringify(after)}`);
    assert.ok(await page.locator(`${TIMELINE} .timeline.narrowed`).count(), "the timeline is not narrowed");
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    if (how === "mouse") {
      await screenshot(page, "scope-relation-filtered.png");
      await clear.click();
    } else {
      await page.keyboard.press("Enter");
    }
    await marker.waitFor({ state: "detached", timeout: 5000 });
    assert.equal(await page.locator(`${TIMELINE} .timeline.narrowed`).count(), 0, `still narrowed after Clear (${how})`);
    assert.equal(await button.getAttribute("aria-pressed"), "false");
  }
  // An entity selected narrows it too, and says so, without moving the page.
  await page.locator('[aria-label="Entities"] button[data-entity]').first().click();
  await marker.waitFor({ timeout: 5000 });
  assert.match(await marker.textContent(), /^Filtered: entity /);
  await clear.click();
  await marker.waitFor({ state: "detached", timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The documents (ids) whose events the timeline lists. */
const listedDocs = (page) =>
  page.evaluate(
    (sel) => [...new Set([...document.querySelectorAll(`${sel} .event-list li[data-doc]`)].map((li) => li.dataset.doc))],
    TIMELINE,
  );

test("the timeline lists the open document's events only: after a new tab, a switch of tab, a close", async () => {
  const page = await openApp(env);
  await settled(page);
  const [example] = await listedDocs(page);
  assert.ok(example, "the example lists no event");
  // A new tab: empty, so nothing of the example's is listed for it.
  await page.getByRole("button", { name: "+ New" }).click();
  await page.locator(".doc-tab.current", { hasText: "Document 2" }).waitFor();
  await page.waitForFunction((sel) => !document.querySelector(`${sel} .event-list li[data-doc]`), TIMELINE);
  await setArticle(page, "Harbour strike ends\n\nDock workers in Gdansk ended their strike on 3 May 2025. The port reopened on 5 May 2025.");
  await page.locator(`${TIMELINE} .event-row`, { hasText: /reopen/ }).waitFor({ timeout: 20000 });
  await settled(page);
  const [mine, ...others] = await listedDocs(page);
  assert.deepEqual(others, [], "another document's events listed");
  assert.notEqual(mine, example);
  assert.equal(await page.locator(`${TIMELINE} .event-doc`).count(), 0, "rows name their documents");
  // Back to the example: its events, none of the new tab's.
  await page.locator(".doc-tab-name", { hasText: "Example article" }).click();
  await page.waitForFunction(
    ([sel, ex]) => {
      const docs = new Set([...document.querySelectorAll(`${sel} .event-list li[data-doc]`)].map((li) => li.dataset.doc));
      return docs.size === 1 && docs.has(ex);
    },
    [TIMELINE, example],
  );
  // Every document's, when asked for, each row naming its document; then the open one's again.
  const all = page.locator(`${TIMELINE} button.all-docs`);
  await all.click();
  // (Fitted to the open document's events; Fit shows every document's.)
  await page.locator(`${TIMELINE} button`, { hasText: "Fit" }).click();
  await page.waitForFunction((sel) => {
    const docs = new Set([...document.querySelectorAll(`${sel} .event-list li[data-doc]`)].map((li) => li.dataset.doc));
    return docs.size === 2;
  }, TIMELINE);
  assert.equal(await all.getAttribute("aria-pressed"), "true");
  await screenshot(page, "scope-all-documents.png");
  await all.click();
  await page.waitForFunction((sel) => {
    const docs = new Set([...document.querySelectorAll(`${sel} .event-list li[data-doc]`)].map((li) => li.dataset.doc));
    return docs.size === 1;
  }, TIMELINE);
  assert.deepEqual(await listedDocs(page), [example]);
  // The example closed: the other document's events, and only those.
  await page.locator(".doc-tab.current .doc-tab-close").click();
  await page.waitForFunction(
    ([sel, m]) => {
      const docs = [...document.querySelectorAll(`${sel} .event-list li[data-doc]`)].map((li) => li.dataset.doc);
      return docs.length > 0 && docs.every((d) => d === m);
    },
    [TIMELINE, mine],
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a file opened while an empty new tab is shown fills that tab, and the example stays", async () => {
  const page = await openApp(env);
  await settled(page);
  const tabs = () => page.locator(".doc-tab-name").allInnerTexts();
  assert.deepEqual(await tabs(), ["Example article"]);
  await page.getByRole("button", { name: "+ New" }).click();
  await page.locator(".doc-tab.current", { hasText: "Document 2" }).waitFor();
  await page.getByLabel("Open files", { exact: true }).setInputFiles(join(ROOT, "tests/e2e/fixtures/second.txt"));
  await page.locator(".doc-tab.current", { hasText: "second" }).waitFor({ timeout: 20000 });
  await page.locator('[aria-label="Document"] mark', { hasText: "Blinken" }).first().waitFor({ timeout: 20000 });
  const got = await tabs();
  assert.equal(got.length, 2, `tabs: ${got}`);
  assert.equal(got[0], "Example article", `the example was closed: ${got}`);
  assert.ok(!got.some((t) => /^Document \d/.test(t)), `an empty tab was left: ${got}`);
  assert.equal(await page.locator(".reopen").count(), 0, "a document was closed");
  await screenshot(page, "scope-new-then-open.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
