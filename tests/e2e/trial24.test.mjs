// Faults found after session 23, end to end. Each test failed before its fix.
// Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, screenshot, setArticle, settled } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const env = browserAndServer();

// Our own text, with no dateline: the date is the one the user types.
const ARTICLE =
  "Ferry line resumes\n\n" +
  "The ferry between Gozo and Malta resumed service on Monday after a strike by crews, " +
  "the operator said. Talks with the union will continue next week.";

test("a date the user typed still reads 'you set it' after a reload, and stays with a new text", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 768 } });
  await setArticle(page, ARTICLE, "2025-03-12");
  await settled(page);
  const note = page.getByText("you set it", { exact: true });
  await note.waitFor({ timeout: 10000 });
  await page.waitForFunction(() => (localStorage.getItem("annalist.workspace") ?? "").includes('"date_by_user":true'),
    null, { timeout: 10000 });

  await page.reload();
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await settled(page);
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2025-03-12");
  await note.waitFor({ timeout: 5000 });
  assert.equal(await page.getByText("came with the document", { exact: true }).count(), 0);
  await screenshot(page, "trial24-typed-date-after-reload.png");

  // Another article pasted over it keeps the user's date (a date that came with a document would go).
  await page.getByLabel("Article text").fill("Port reopens\n\nThe port of Valletta reopened on Friday.");
  await settled(page);
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2025-03-12");
  await note.waitFor({ timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
