// Faults a new user found (session 11): "Add as mention" on the occurrence
// selected, a blank paste refused in words, "Merge into" across types,
// zoom buttons that keep events in view, cluster counts inside their discs,
// and HTML import without CSP reports from its event-handler attributes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { browserAndServer, newPage, openApp, setArticle, settled, entityButton, screenshot, selectInDocument, ARTIFACTS } from "./lib.mjs";

const env = browserAndServer();
const DOC = '[aria-label="Document"]';

test("Add as mention marks the occurrence selected, also when its words are then typed in the Words field", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, "Dock report\n\nA blue crane arrived on Monday. Workers said a blue crane was old. Later a blue crane came from Kiel.");
  await page.locator(`${DOC} .sentence`, { hasText: "came from Kiel" }).waitFor({ timeout: 20000 });
  await settled(page);
  const tools = page.locator('[aria-label="Correct selected text"]');
  await selectInDocument(page, "blue crane", 2);
  // The user types the words they selected: the focus moves to the field and
  // the page's selection is gone.
  await tools.getByLabel("Words to correct").click();
  await page.keyboard.type("blue crane");
  assert.equal(await page.evaluate(() => String(getSelection())), "");
  await tools.getByLabel("Type of the added mention").selectOption("ITEM");
  await tools.getByRole("button", { name: "Add as mention" }).click();
  const items = page.locator(`${DOC} mark[data-label="ITEM"]`);
  await items.first().waitFor({ timeout: 10000 });
  const where = await items.evaluateAll((ms) => ms.map((m) => m.closest(".sentence").textContent));
  assert.deepEqual(where, ["Later a blue crane came from Kiel."]);
  await screenshot(page, "newuser-add-mention.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a blank paste over the text makes no empty document, and says so", async () => {
  const page = await openApp(env, { permissions: ["clipboard-read", "clipboard-write"] });
  const area = page.getByLabel("Article text");
  const before = await area.inputValue();
  const tabs = await page.locator(".doc-tab-name").allTextContents();
  await page.evaluate(() => navigator.clipboard.writeText("  \n\t \n"));
  await area.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  const said = page.locator('.document-input [role="alert"]', { hasText: "Nothing was pasted" });
  await said.waitFor({ timeout: 5000 });
  assert.equal(await area.inputValue(), before, "the text was replaced");
  assert.deepEqual(await page.locator(".doc-tab-name").allTextContents(), tabs);
  await screenshot(page, "newuser-blank-paste.png");
  await said.getByRole("button", { name: "Dismiss" }).click();
  // A paste of text still goes in.
  await page.evaluate(() => navigator.clipboard.writeText("Notes\n\nIlse Brandt met Tomas Varga in Kiel."));
  await area.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await entityButton(page, "Tomas Varga").first().waitFor({ timeout: 20000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Merge into offers entities of every type, and a place merged into a firm becomes the firm", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(
    page,
    "Olaf Scholz met executives of Hikvision in Hangzhou on Monday. Scholz later said Hikvision would face export checks.",
    "2024-04-15",
  );
  await entityButton(page, "Hangzhou").first().waitFor({ timeout: 20000 });
  await settled(page);
  await entityButton(page, "Hangzhou").first().click();
  const form = page.locator('form[aria-label="Correct entity"]');
  const options = await form.getByLabel("Merge into").locator("option").allInnerTexts();
  assert.ok(options.some((o) => /Hikvision \(Organisation\)/.test(o)), options.join(" | "));
  // No name alike: nothing comes chosen, and Merge pressed at once merges nothing (trial 13).
  assert.equal(await form.getByLabel("Merge into").locator("option:checked").innerText(), "choose…");
  await form.getByRole("button", { name: "Merge" }).click();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Merge into");
  assert.equal(await form.getByLabel("Merge into").locator("option:checked").innerText(), "choose…");
  await form.getByLabel("Merge into").selectOption({ label: options.find((o) => o.includes("Hikvision")) });
  await form.getByRole("button", { name: "Merge" }).click();
  await page.waitForFunction(() => {
    const m = [...document.querySelectorAll('[aria-label="Document"] mark')].find((m) => m.textContent === "Hangzhou");
    return m?.dataset.label === "ORG";
  }, null, { timeout: 10000 });
  assert.equal(await entityButton(page, "Hangzhou").count(), 0);
  await screenshot(page, "newuser-merge.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the zoom buttons keep the clicked event, else the events in view, in the middle", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(
    page,
    "Yard history\n\nOn 3 March 2010 Brekke founded the yard. On 4 May 2024 Tarsel bought two cranes. " +
      "On 16 May 2024 Oduya sold a ship. On 29 May 2024 Moreau signed a lease.",
    "2024-06-01",
  );
  const chart = page.locator(".timeline .chart");
  await chart.locator('.event[data-date="2010-03-03"]').waitFor({ timeout: 20000 });
  await settled(page);
  const zoomIn = page.locator(".timeline-tools").getByRole("button", { name: "Zoom in", exact: true });
  const drawn = () => chart.locator(".event, .cluster").count();
  for (let i = 0; i < 3; i++) {
    await zoomIn.click();
    assert.ok((await drawn()) > 0, `nothing in view after ${i + 1} zooms`);
  }
  await screenshot(page, "newuser-zoom-events.png");
  await page.locator(".timeline-tools").getByRole("button", { name: "Fit", exact: true }).click();
  await chart.locator('.event[data-date="2010-03-03"]').click();
  for (let i = 0; i < 3; i++) await zoomIn.click();
  const dot = chart.locator('.event[data-date="2010-03-03"] circle');
  await dot.waitFor({ timeout: 2000 });
  const [cx, w] = await dot.evaluate((c) => [Number(c.getAttribute("cx")), c.ownerSVGElement.width.baseVal.value]);
  assert.ok(Math.abs(cx - w / 2) < 2, `the clicked event at ${cx} of ${w}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("cluster counts stay inside their discs, also in a larger text size", async () => {
  const page = await openApp(env);
  await page.getByRole("button", { name: "+ New" }).click();
  // Only this text's clusters (the example stays beside a new tab: trial 43).
  await page.getByRole("button", { name: "Close Example article" }).click();
  const names = ["Brekke", "Tarsel", "Oduya", "Lindqvist", "Moreau", "Haddad"];
  let text = "Port log\n\n";
  for (let i = 0; i < 137; i++) text += `On 3 May 2024 ${names[i % 6]} loaded crate ${i}. `;
  for (let i = 0; i < 42; i++) text += `On 9 June 2024 ${names[i % 6]} shipped box ${i}. `;
  for (let i = 0; i < 9; i++) text += `On 20 July 2024 ${names[i % 6]} signed form ${i}. `;
  await setArticle(page, text, "2024-08-01");
  const chart = page.locator(".timeline .chart");
  await chart.locator(".cluster").nth(2).waitFor({ timeout: 30000 });
  await settled(page);
  // What a reader's larger text setting (or a user style sheet) does to the counts.
  await page.addStyleTag({ content: ".chart .cluster text { font-size: 16px !important; }" });
  const discs = await chart.locator(".cluster").evaluateAll((gs) =>
    gs.map((g) => [g.querySelector("text").textContent, g.querySelector("text").getBBox().width, g.querySelector("circle").getBBox().width]),
  );
  assert.deepEqual(discs.map((d) => d[0]).sort(), ["137", "42", "9"]);
  for (const [count, text, disc] of discs) {
    assert.ok(text <= disc - 4, `${count}: ${text.toFixed(1)} px of text in a ${disc} px disc`);
  }
  await mkdir(ARTIFACTS, { recursive: true });
  await chart.screenshot({ path: join(ARTIFACTS, "newuser-clusters.png") });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an HTML file with event-handler attributes imports with no CSP report and no script run", async () => {
  // The app's own CSP in force (not bypassed): each parsed handler was a report.
  const page = await newPage(env.browser);
  await page.goto(env.server.url + "index.html");
  await page.getByLabel("Article text").waitFor({ timeout: 20000 });
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.sample}`));
  });
  const html =
    '<!doctype html><html><head><title>Harbour report</title></head><body onload="window.__ran=1">' +
    '<article><h1>Harbour report</h1><p>Tarsel Ltd opened a yard in Kiel.<img src="x.png" onerror="window.__ran=2"></p>' +
    '<svg onload="window.__ran=3"></svg><p onclick="window.__ran=4" ONMOUSEOVER=\'window.__ran=5\'>Ilse Brandt runs it.</p>' +
    // No white space is needed before an attribute that follows a quoted value.
    '<img src="y.png"onerror="window.__ran=6"></article></body></html>';
  await page.getByLabel("Open files", { exact: true }).setInputFiles([
    { name: "harbour.html", mimeType: "text/html", buffer: Buffer.from(html) },
  ]);
  await page.locator(".doc-tab-name", { hasText: "Harbour report" }).waitFor({ timeout: 20000 });
  await entityButton(page, "Ilse Brandt").first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.ok((await page.getByLabel("Article text").inputValue()).includes("Tarsel Ltd opened a yard in Kiel."));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
