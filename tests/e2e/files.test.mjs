// Opening files: a file that cannot be read once chosen (moved or deleted
// in between, a read error) is reported in words with its name, and the
// others chosen with it are opened; nothing is dropped silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserAndServer, openApp, entityButton, screenshot } from "./lib.mjs";

const env = browserAndServer();

test("a chosen file that cannot be read is reported by name; the others open", async () => {
  const page = await openApp(env);
  // The browser fails to read "gone.txt" (as when it was deleted after being chosen).
  // Files are read as bytes (`arrayBuffer`, so what is not text can be refused): both
  // ways of reading fail for it.
  await page.evaluate(() => {
    for (const read of ["text", "arrayBuffer"]) {
      const native = Blob.prototype[read];
      File.prototype[read] = function () {
        return this.name === "gone.txt"
          ? Promise.reject(new DOMException("A requested file or directory could not be found.", "NotFoundError"))
          : native.call(this);
      };
    }
  });
  const dir = await mkdtemp(join(tmpdir(), "annalist-files-"));
  try {
    const gone = join(dir, "gone.txt");
    const kept = join(dir, "kept.txt");
    await writeFile(gone, "Ilse Brandt met Tomas Varga in Kiel on Monday.");
    await writeFile(kept, "Marta Quiroga met Yusuf Demir in Lisbon on Tuesday.");
    await page.getByLabel("Open files", { exact: true }).setInputFiles([gone, kept]);
    const notice = page.locator('.document-input [role="alert"]', { hasText: "gone.txt" });
    await notice.waitFor({ timeout: 20000 });
    assert.match(await notice.textContent(), /could not be read/);
    await entityButton(page, "Marta Quiroga").waitFor({ timeout: 20000 });
    assert.equal(await page.locator(".doc-tab-name", { hasText: "gone" }).count(), 0);
    await screenshot(page, "files-unreadable.png");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached", timeout: 5000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an article file with no text is refused in words, not opened as an empty document", async () => {
  const page = await openApp(env);
  const tabs = await page.locator(".doc-tab-name").count();
  const dir = await mkdtemp(join(tmpdir(), "annalist-files-"));
  try {
    const empty = join(dir, "empty.txt");
    const spaces = join(dir, "spaces.md");
    const kept = join(dir, "kept.txt");
    await writeFile(empty, "");
    await writeFile(spaces, "  \n\t\n");
    await writeFile(kept, "Runa Solberg met Idris Kaya in Tromsø on Friday.");
    await page.getByLabel("Open files", { exact: true }).setInputFiles([empty, spaces, kept]);
    for (const name of ["empty.txt", "spaces.md"]) {
      const notice = page.locator('.document-input [role="alert"]', { hasText: name });
      await notice.waitFor({ timeout: 20000 });
      assert.match(await notice.textContent(), /holds no text: nothing was opened from it/);
    }
    await entityButton(page, "Runa Solberg").waitFor({ timeout: 20000 });
    assert.equal(await page.locator(".doc-tab-name", { hasText: /empty|spaces/ }).count(), 0);
    // Counts of one are said in the singular.
    assert.match(await page.locator(".status").first().textContent(), /^3 entities, 1 time expression, 1 event · /);
    // The example gives way to the one real article: one tab either way.
    assert.ok((await page.locator(".doc-tab-name").count()) <= tabs + 1);
    await screenshot(page, "files-empty.png");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
