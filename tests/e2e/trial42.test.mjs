// Faults the session-42 cold trial of the app found: after "Add as mention" the page kept a
// selection that, redrawn, covered other words, so a second press added those; nothing showed
// what was selected (now the Words field's placeholder does); and an added name reached only the occurrence
// selected, where the engine had split the others in two.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openApp, setArticle, settled, screenshot, selectInDocument } from "./lib.mjs";

const env = browserAndServer();
const DOC = '[aria-label="Document"]';

test("Add as mention shows what is selected, says what it added, clears the selection, and marks every occurrence", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(
    page,
    "Bridge contract\n\nTarvel Road and Bridge Works won the contract on Monday. Later, Tarvel Road and Bridge Works began work near the harbour.",
    "2026-03-04",
  );
  await page.locator(`${DOC} .sentence`, { hasText: "began work" }).waitFor({ timeout: 20000 });
  await settled(page);
  const tools = page.locator('[aria-label="Correct selected text"]');
  const words = tools.getByLabel("Words to correct");
  await selectInDocument(page, "Tarvel Road and Bridge Works", 0);
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Words to correct"]')?.placeholder === "“Tarvel Road and Bridge Works” selected",
    null,
    { timeout: 5000 },
  );
  await tools.getByLabel("Type of the added mention").selectOption("ORG");
  await tools.getByRole("button", { name: "Add as mention" }).click();
  // It also names the mentions it replaces, those it holds whole too (session 47).
  await tools.getByText(/^Added “Tarvel Road and Bridge Works” as Organisation(\.|; it replaces the mentions? “)/).waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate(() => String(getSelection())), "");
  assert.equal(await words.inputValue(), "");
  assert.equal(await words.getAttribute("placeholder"), "select or type them");
  const full = page.locator(`${DOC} mark[data-label="ORG"]`, { hasText: "Tarvel Road and Bridge Works" });
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].filter((m) => m.textContent.includes("Tarvel Road and Bridge Works")).length === 2,
    `${DOC} mark[data-label="ORG"]`,
    { timeout: 10000 },
  );
  assert.equal(await full.count(), 2);
  await screenshot(page, "trial42-add-mention.png");
  // A second press, with nothing selected, adds nothing and says what to do.
  const marks = await page.locator(`${DOC} mark`).count();
  await tools.getByRole("button", { name: "Add as mention" }).click();
  await tools.getByText("Select words in the document, or type them in the Words field.").waitFor({ timeout: 5000 });
  assert.equal(await page.locator(`${DOC} mark`).count(), marks);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
