// Faults a cold trial of the app found, in headless Chromium: files that are not text
// (a PNG, a program renamed .txt) became documents of junk; "army" typed in the Words
// field was added inside the user's own "Sudanese army", shrinking it; "Merge into" came
// with another type's entity chosen; the text box's last line was cut under the legend
// with nothing saying more text followed; wire stories were all named after their
// dateline; an empty document showed no hint. Texts are our own. Screenshots go to
// test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserAndServer, openApp, setArticle, settled, entityButton, screenshot } from "./lib.mjs";

const env = browserAndServer();
const DOC = '[aria-label="Document"]';
const ENTITIES = '[aria-label="Entities"]';

// A PNG's signature and header chunk, then some image bytes.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 16, 0, 0, 0, 16, 8, 6,
  0, 0, 0, 0x1f, 0xf3, 0xff, 0x61, ...Array.from({ length: 300 }, (_, i) => (i * 53) % 256),
]);
// A program's bytes under a .txt name: control bytes throughout, and no NUL.
const NOISE = Buffer.from(Array.from({ length: 2000 }, (_, i) => ((i * 37) % 251) + 1));

const tabNames = (page) => page.locator(".doc-tab-name").allInnerTexts();

test("files whose bytes are not text are refused by name and add nothing, opened or dropped", async () => {
  const page = await openApp(env);
  const before = await tabNames(page);
  const dir = await mkdtemp(join(tmpdir(), "annalist-cold-"));
  try {
    const files = {
      "harbour.png": PNG,
      "report.txt": Buffer.concat([Buffer.from("MZ"), Buffer.alloc(64), NOISE]),
      "notes.txt": NOISE,
      // Windows-1252 text: read, with its accents.
      "legacy.txt": Buffer.from("Ren\xe9e S\xf8rlie met Tomas Varga in Troms\xf8 on Friday.", "latin1"),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
    await page.getByLabel("Open files", { exact: true }).setInputFiles(Object.keys(files).map((n) => join(dir, n)));
    for (const name of ["harbour.png", "report.txt", "notes.txt"]) {
      const notice = page.locator('.document-input [role="alert"]', { hasText: name });
      await notice.waitFor({ timeout: 20000 });
      assert.match(await notice.textContent(), /is not a text file .*nothing was opened from it/);
    }
    await entityButton(page, "Tomas Varga").waitFor({ timeout: 20000 });
    await page.locator(`${DOC} .doc-text`, { hasText: "Renée Sørlie" }).waitFor({ timeout: 5000 });
    const opened = await tabNames(page);
    assert.ok(!opened.some((n) => /harbour|report|notes/.test(n)), opened.join(" | "));
    assert.equal(opened.filter((n) => !before.includes(n)).length, 1, opened.join(" | "));
    await screenshot(page, "cold-not-text.png");

    // Dropped on the Documents panel: the same.
    const count = (await tabNames(page)).length;
    await page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], "dropped.png", { type: "image/png" }));
      const zone = document.querySelector(".document-input");
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [...PNG]);
    const dropped = page.locator('.document-input [role="alert"]', { hasText: "dropped.png" });
    await dropped.waitFor({ timeout: 20000 });
    assert.match(await dropped.textContent(), /is not a text file/);

    // Imported from the workspace bar: refused in a notice, nothing imported.
    await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles(join(dir, "notes.txt"));
    await page.locator(".ws-notice", { hasText: "notes.txt is not a text file" }).waitFor({ timeout: 20000 });
    await settled(page);
    assert.equal((await tabNames(page)).length, count);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const SUDAN =
  "Talks in Kassala\n\nThe Sudanese army shelled two villages near Kassala on Monday, residents said. " +
  "The army delegation later met Amal Idris, a Sudanese mediator, in Khartoum.";

/** Type `words` in the Words field and add them as a mention of `type` (a Label). */
async function addTyped(page, words, type) {
  const tools = page.locator('[aria-label="Correct selected text"]');
  await tools.getByLabel("Words to correct").fill(words);
  await tools.getByLabel("Type of the added mention").selectOption(type);
  await tools.getByRole("button", { name: "Add as mention" }).click();
  return tools.locator(".ws-hint");
}

test("typed words are added where no mention is, never inside the user's own; Merge into suggests only a longer name of the same type", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, SUDAN, "2025-03-04");
  await entityButton(page, "Kassala").first().waitFor({ timeout: 20000 });
  await settled(page);
  const marks = () =>
    page.locator(`${DOC} mark[data-label="ORG"]`).evaluateAll((ms) =>
      ms.map((m) => [m.textContent, m.closest(".sentence").textContent.slice(0, 16)]),
    );
  await addTyped(page, "Sudanese army", "ORG");
  await page.waitForFunction((doc) =>
    [...document.querySelectorAll(`${doc} mark[data-label="ORG"]`)].some((m) => m.textContent.startsWith("Sudanese army")), DOC);
  await settled(page);
  const hint = await addTyped(page, "army", "ORG");
  await page.waitForFunction((doc) =>
    [...document.querySelectorAll(`${doc} mark[data-label="ORG"]`)].some((m) => m.closest(".sentence").textContent.startsWith("The army delegation") && m.textContent.startsWith("army")), DOC,
    { timeout: 10000 });
  await settled(page);
  const orgs = await marks();
  assert.ok(orgs.some(([t, s]) => t.startsWith("Sudanese army") && s.startsWith("The Sudanese")), JSON.stringify(orgs));
  assert.match(await hint.textContent(), /^Added “army” as Organisation\.$/);
  // Words that would cut across the user's mention: refused in words, nothing changed.
  await addTyped(page, "army shelled", "ORG");
  assert.match(await hint.textContent(), /^“army shelled” is only found inside the mention “Sudanese army”/);
  assert.deepEqual(await marks(), orgs);
  await screenshot(page, "cold-add-typed.png");

  // "Sudanese army" (an organisation) is not merged into "Sudanese" (a nationality) at one click.
  const form = page.locator('form[aria-label="Correct entity"]');
  await entityButton(page, "Sudanese army").first().click();
  const merge = form.getByLabel("Merge into");
  assert.equal(await merge.locator("option:checked").innerText(), "choose…");
  assert.equal(await form.locator(".ec-why").count(), 0);
  // "army" is: into the organisation whose name holds it, and the form says why.
  await form.getByRole("button", { name: "Close the correction form" }).click();
  await entityButton(page, "army").filter({ hasNotText: "Sudanese" }).first().click();
  assert.equal(await merge.locator("option:checked").innerText(), "Sudanese army");
  assert.match(await form.locator(".ec-why").textContent(), /“Sudanese army” is suggested: the same type, and its name holds “army”/);
  await screenshot(page, "cold-merge-into.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an empty document says how to fill it; a wire story is named after its lead, not its dateline", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  const hint = /This document is empty\. Paste or type an article in the text box, or open files\./;
  await page.locator(`${DOC} .empty-doc`).waitFor({ timeout: 10000 });
  assert.match(await page.locator(`${DOC} .empty-doc`).textContent(), hint);
  assert.match(await page.locator(`${ENTITIES} .empty-doc`).textContent(), hint);
  await screenshot(page, "cold-empty-document.png");
  await setArticle(page, "NAIROBI, March 3 (Wire) - Grain barges resumed sailing on Lake Turkana on Monday after storms.");
  await entityButton(page, "Lake Turkana").first().waitFor({ timeout: 20000 });
  assert.equal(await page.locator(`${DOC} .empty-doc`).count(), 0);
  assert.equal(await page.locator(`${ENTITIES} .empty-doc`).count(), 0);
  const current = page.locator(".doc-tab.current .doc-tab-name");
  assert.match(await current.innerText(), /^Grain barges resumed sailing on Lake Turkana/);
  // A name the user gave is kept through edits.
  await page.getByLabel("Title").fill("Barges");
  await page.getByLabel("Title").press("Enter");
  await page.getByLabel("Title").blur();
  await setArticle(page, "NAIROBI, March 4 (Wire) - Barges stopped again on Lake Turkana.");
  await page.locator(`${DOC} .doc-text`, { hasText: "stopped again" }).waitFor({ timeout: 20000 });
  assert.equal(await current.innerText(), "Barges");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [width, height] of [
  [1366, 850],
  [390, 844],
]) {
  test(`at ${width}×${height} the text box shows that more text follows, and never runs under the legend`, async () => {
    const page = await openApp(env, { viewport: { width, height } });
    await settled(page);
    const look = () =>
      page.evaluate((doc) => {
        const text = document.querySelector(`${doc} .doc-text`);
        const cue = document.querySelector(`${doc} .more-below`);
        const legend = document.querySelector(`${doc} .legend`).getBoundingClientRect();
        const box = text.getBoundingClientRect();
        return {
          scrolls: text.scrollHeight > text.clientHeight + 4,
          cue: getComputedStyle(cue).display !== "none" && cue.getBoundingClientRect().height > 0,
          cueBottom: cue.getBoundingClientRect().bottom,
          boxBottom: box.bottom,
          overlap: box.top < legend.bottom && legend.top < box.bottom,
          scrollTop: text.scrollTop,
          wide: document.documentElement.scrollWidth > innerWidth,
        };
      }, DOC);
    // The cue is shown exactly when the box scrolls; it sits at the box's foot, scrolls it
    // when pressed, and goes at the end of the text.
    const cueWorks = async (shot) => {
      const first = await look();
      assert.equal(first.overlap, false, "text and legend overlap");
      assert.equal(first.wide, false, "the page scrolls sideways");
      assert.equal(first.scrolls, true, `the text box does not scroll: ${JSON.stringify(first)}`);
      assert.equal(first.cue, true, `no cue while text lies below: ${JSON.stringify(first)}`);
      assert.ok(Math.abs(first.cueBottom - first.boxBottom) < 2, JSON.stringify(first));
      await page.locator(`${DOC} .doc-text`).scrollIntoViewIfNeeded();
      await page.evaluate((doc) => {
        const t = document.querySelector(`${doc} .doc-text`);
        scrollBy(0, t.getBoundingClientRect().bottom - innerHeight + 80);
      }, DOC);
      await screenshot(page, shot);
      await page.locator(`${DOC} .more-below button`).click();
      const next = await look();
      assert.ok(next.scrollTop > first.scrollTop, JSON.stringify(next));
      // At the end (scrolled there again while a long text's chunks are drawn and it grows).
      await page.waitForFunction((doc) => {
        const t = document.querySelector(`${doc} .doc-text`);
        t.scrollTop = t.scrollHeight;
        const cue = document.querySelector(`${doc} .more-below`);
        return !document.querySelector(`${doc} .doc-scroll`).classList.contains("more") && getComputedStyle(cue).display === "none";
      }, DOC, { polling: 200, timeout: 10000 });
    };
    if (width > 700) {
      // The example is longer than the box at desktop width.
      await cueWorks(`cold-more-below-${width}.png`);
    } else {
      // At phone width a short text is laid out whole in the page (it scrolls, not the box):
      // no cue. A long one (over 20,000 characters) gets a box of its own, 80% of the
      // screen high, and the cue (this test passed without looking at the cue before).
      const short = await look();
      assert.equal(short.scrolls, false, JSON.stringify(short));
      assert.equal(short.cue, false, JSON.stringify(short));
      assert.equal(short.wide, false, "the page scrolls sideways");
      const para = "Mara Vell met Jonas Wirth in Port Ossen on Monday to talk about the north quay. ";
      await page.getByRole("button", { name: "+ New" }).click();
      await setArticle(page, `Quay works\n\n${Array.from({ length: 40 }, () => para.repeat(8)).join("\n\n")}`);
      await page.locator(`${DOC} .doc-text.large mark`).first().waitFor({ timeout: 30000 });
      await settled(page);
      await cueWorks(`cold-more-below-${width}.png`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
