// Issue 14, the last pieces: the read-only HTML export re-opens with its
// corrections (14.8), Escape in the correction form gives the focus back to
// the entity that opened it (14.2, keyboard only), and at phone width the
// correction controls fit the screen (14.9). Each test failed before its fix.
// Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { setArticle, screenshot, browserAndServer, openApp, settled, entityButton } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const env = browserAndServer();

// Our own text.
const ARTICLE =
  "Dock cranes inspected\n\nOlaf Scholz met Antony Blinken in Hamburg on Monday to discuss the crane contracts. " +
  "Later Scholz flew to Paris, where inspectors from Norvale Systems joined the talks.";

const open = (opts = {}) => openApp(env, { acceptDownloads: true, ...opts });

const entity = entityButton;

test("14.8: the read-only HTML export re-opens in a fresh page with its corrections applied", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  await setArticle(page, ARTICLE, "2024-04-15");
  await entity(page, "Antony Blinken").waitFor({ timeout: 20000 });
  await settled(page);

  // Rename one entity, retype another.
  await entity(page, "Antony Blinken").click();
  const form = page.locator("form.entity-correction");
  await form.getByLabel("New name").fill("Secretary Antony Blinken");
  await form.getByLabel("New name").press("Enter");
  await entity(page, "Secretary Antony Blinken").waitFor();
  // (From the text: the open form covers the list's upper rows.)
  await page.locator(`${DOC} mark`, { hasText: "Hamburg" }).first().click();
  await form.locator(".ws-what", { hasText: "Hamburg" }).waitFor();
  await form.getByLabel("Type", { exact: true }).selectOption("LOC");
  await form.getByRole("button", { name: "Change type" }).click();
  await page.locator(`${DOC} mark[data-label="LOC"]`, { hasText: "Hamburg" }).first().waitFor();

  await page.getByText("Export & share").click();
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Read-only page (.html)" }).click(),
  ]);
  const buf = await readFile(await d.path());
  await page.context().close();

  // A fresh page (its own storage): open the exported file.
  const fresh = await open({ viewport: { width: 1366, height: 768 } });
  await fresh.getByLabel("Open files", { exact: true }).setInputFiles({
    name: d.suggestedFilename(),
    mimeType: "text/html",
    buffer: buf,
  });
  await fresh.locator(".doc-tab-name", { hasText: "Dock cranes inspected" }).waitFor({ timeout: 20000 });
  await entity(fresh, "Secretary Antony Blinken").waitFor({ timeout: 20000 });
  await settled(fresh);
  assert.equal(await entity(fresh, /^Antony Blinken/).count(), 0, "the rename was not re-applied");
  await fresh.locator(`${DOC} mark[data-label="LOC"]`, { hasText: "Hamburg" }).first().waitFor();
  // They are corrections again (undoable, listed), not a frozen copy.
  assert.match(await fresh.locator(".ws-count").innerText(), /^2 /);
  await screenshot(fresh, "reopen-html-corrected.png");
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();

  // The export opened together with plain files, between them: the documents
  // come in the order chosen (it was imported first, before every plain file).
  const mixed = await open({ viewport: { width: 1366, height: 768 } });
  const plain = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  await mixed.getByLabel("Open files", { exact: true }).setInputFiles([
    plain("first-plain.txt", "Harbour fees rose\n\nThe Kestrel Port Authority raised its fees on Friday."),
    { name: d.suggestedFilename(), mimeType: "text/html", buffer: buf },
    plain("last-plain.txt", "Ferry timetable\n\nMarta Lindqvist opened the new ferry line in Tromsø."),
  ]);
  await mixed.locator(".doc-tab-name", { hasText: "last-plain.txt" }).waitFor({ timeout: 20000 });
  await mixed.locator(".doc-tab-name", { hasText: "Dock cranes inspected" }).waitFor({ timeout: 20000 });
  const tabs = await mixed.locator(".doc-tab-name").allInnerTexts();
  const at = (name) => tabs.findIndex((t) => t.includes(name));
  assert.ok(at("first-plain.txt") >= 0 && at("first-plain.txt") < at("Dock cranes inspected"), `order: ${tabs}`);
  assert.ok(at("Dock cranes inspected") < at("last-plain.txt"), `order: ${tabs}`);
  assert.deepEqual(mixed.errors, []);
  await mixed.context().close();
});

/** Press Tab until the focused element passes `test` (evaluated in the page); the count. */
async function tabTo(page, test, arg, max = 120) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(test, arg)) return i;
  }
  throw new Error("not reached by Tab: " + test.toString());
}

test("14.2: Escape closes the correction form and gives the focus back to the entity (keyboard only)", async () => {
  const page = await open({ viewport: { width: 1366, height: 768 } });
  await setArticle(page, ARTICLE, "2024-04-15");
  await entity(page, "Antony Blinken").waitFor({ timeout: 20000 });
  await settled(page);

  // From the skip link to the entity, Enter opens the form, F2 goes into it.
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo(page, () => document.activeElement?.textContent === "Entities" && !!document.activeElement.closest("nav.skip-links"));
  await page.keyboard.press("Enter");
  const isBlinken = () =>
    !!document.activeElement?.matches?.('[aria-label="Entities"] button[data-entity]') &&
    document.activeElement.querySelector(".entity-name")?.textContent === "Antony Blinken";
  await tabTo(page, isBlinken);
  await page.keyboard.press("Enter");
  const form = page.locator("form.entity-correction");
  await form.waitFor();
  await page.keyboard.press("F2");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "New name");
  await page.keyboard.press("Tab");

  await page.keyboard.press("Escape");
  await form.waitFor({ state: "detached" });
  await page.waitForFunction(isBlinken, null, { timeout: 2000 }).catch(() => {});
  assert.ok(
    await page.evaluate(isBlinken),
    `focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
  );
  // And Enter from there opens the form again.
  await page.keyboard.press("Enter");
  await form.waitFor();
  assert.deepEqual(page.errors, []);
});

test("14.9: at 390 px the correction controls fit the screen; nothing scrolls sideways", async () => {
  const page = await open({ viewport: { width: 390, height: 844 } });
  await setArticle(page, ARTICLE, "2024-04-15");
  await entity(page, "Antony Blinken").waitFor({ timeout: 20000 });
  await settled(page);
  await entity(page, "Antony Blinken").click();
  const form = page.locator("form.entity-correction");
  await form.waitFor();
  await page.getByLabel("Words to correct").fill("crane contracts");
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("form.entity-correction *, form.ws-text *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > w + 1 || r.left < -1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return { page: document.documentElement.scrollWidth - w, wide };
  });
  await screenshot(page, "reopen-390-correction.png");
  assert.deepEqual(over.wide, [], "controls past the right edge");
  assert.ok(over.page <= 0, `the page scrolls sideways by ${over.page}px`);
  assert.deepEqual(page.errors, []);
});

test("trial 10: at 390×844 every toolbar button and the whole Relations table are on screen", async () => {
  const page = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await setArticle(page, ARTICLE, "2024-04-15");
  await page.locator("table.relations tr.relation").first().waitFor({ timeout: 20000 });
  await settled(page);
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const sel = ".ws-bar, .ws-bar *, table.relations, table.relations *";
    return [...document.querySelectorAll(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > w + 1 || r.left < -1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent.slice(0, 20)} ${Math.round(el.getBoundingClientRect().right)}`);
  });
  await page.locator(".ws-bar").scrollIntoViewIfNeeded();
  await screenshot(page, "trial10-390-toolbar.png");
  await page.locator("table.relations").scrollIntoViewIfNeeded();
  await screenshot(page, "trial10-390-relations.png");
  assert.deepEqual(over, [], "past the right edge at 390 px");
  // The buttons are there to press, not only inside the box.
  for (const name of ["Export workspace", "Import…", "Import folder…"]) {
    await page.getByRole("button", { name, exact: true }).click({ trial: true });
  }
  assert.deepEqual(page.errors, []);
});
