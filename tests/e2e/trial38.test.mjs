// Session 38 in headless Chromium: an ownership's stated share reads in the Relations table
// beside its parties ("32 percent stake"), and selecting the percentage highlights the row.
// The text is our own (invented firms). Screenshot: test-artifacts/trial38-share.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { ARTIFACTS, openApp, setArticle, browserAndServer } from "./lib.mjs";

const RELATIONS = '[aria-label="Relations"]';

const env = browserAndServer();

test("an ownership shows the share it states, and the percentage's entity highlights its row", async () => {
  const page = await openApp(env, { viewport: { width: 1366, height: 900 } });
  await setArticle(
    page,
    "Tarvik Capital owns 32 percent of Morsund Logistics, the Baltic freight firm.\n\n" +
      "Kelso Shipping is 51%-owned by Tarvik Capital.\n",
    "2026-06-10",
  );
  const row = page.locator(`${RELATIONS} tbody.rel-ownership tr.relation`, { hasText: "Morsund Logistics" });
  await row.waitFor({ timeout: 20000 });
  assert.equal((await row.locator("td.rel-items").textContent()).trim(), "32 percent stake");
  const other = page.locator(`${RELATIONS} tbody.rel-ownership tr.relation`, { hasText: "Kelso Shipping" });
  assert.equal((await other.locator("td.rel-items").textContent()).trim(), "51% stake");
  // The share is the PERCENT entity: choosing it in the Entities panel marks its row only.
  await page.locator('[aria-label="Entities"] button[data-entity]', { hasText: "32 percent" }).first().click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.classList.contains("hl"),
    `${RELATIONS} tbody.rel-ownership tr.relation.hl`,
  );
  assert.ok(await row.evaluate((el) => el.classList.contains("hl")));
  assert.ok(await other.evaluate((el) => el.classList.contains("dim")));
  await mkdir(ARTIFACTS, { recursive: true });
  await page.locator(RELATIONS).screenshot({ path: join(ARTIFACTS, "trial38-share.png") });
});
