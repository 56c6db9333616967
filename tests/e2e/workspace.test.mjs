// The workspace (issue 7) in headless Chromium: documents and corrections
// survive a reload, damaged stored data is recovered and reported with the
// documents kept, an older workspace file is migrated on import, a full
// storage is reported, and a watchlist CSV flags entities.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newPage, fileUrl, setArticle, screenshot, browserAndServer, selectInDocument } from "./lib.mjs";

const KEY = "annalist.workspace";
const ARTICLE =
  "Olaf Scholz met executives of Hikvision in Hangzhou on Monday. " +
  "Scholz later said Hikvision would face export checks.";

const env = browserAndServer();

const entities = (page) => page.locator('[aria-label="Entities"]');
const entityButton = (page, name) =>
  entities(page).locator("button[data-entity]", { hasText: name }).first();
const tabs = (page) => page.locator('nav[aria-label="Documents"] .doc-tab-name');
const workspace = (page) => page.locator('[aria-label="Workspace"]');

async function open(page) {
  await page.goto(env.server.url + "index.html");
  await workspace(page).waitFor({ timeout: 15000 });
}

/** Wait until the document view shows ARTICLE (the example article also names Hikvision). */
async function analysed(page) {
  await page.locator('[aria-label="Document"] mark', { hasText: "Hangzhou" }).first().waitFor({ timeout: 15000 });
  // The date is set after the text: wait for the analysis made with it.
  await page.locator('[aria-label="Document"] [role="status"]', { hasText: "dated 2024-04-15" }).waitFor({ timeout: 15000 });
}

async function waitSaved(page) {
  await workspace(page).getByText(/Saved in this browser/).waitFor({ timeout: 10000 });
}

test("documents and corrections are saved and restored after a reload", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);

  // Rename Hikvision (a correction that applies in every document).
  await entityButton(page, "Hikvision").click();
  const form = page.locator('form[aria-label="Correct entity"]');
  await form.getByLabel("New name").fill("Hikvision Digital");
  await form.getByRole("button", { name: "Rename" }).click();
  await entityButton(page, "Hikvision Digital").waitFor({ timeout: 5000 });

  // Delete a false positive: Hangzhou is "not an entity" here.
  await entityButton(page, "Hangzhou").click();
  await page.locator('form[aria-label="Correct entity"]').getByRole("button", { name: "Not an entity" }).click();
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[aria-label="Entities"] button[data-entity]')].some(
        (b) => b.textContent.includes("Hangzhou"),
      ),
  );
  // Undo and redo the deletion.
  await page.getByRole("button", { name: "Undo correction" }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[aria-label="Entities"] button[data-entity]')].some(
      (b) => b.textContent.includes("Hangzhou"),
    ),
  );
  await page.getByRole("button", { name: "Redo correction" }).click();
  await workspace(page).getByText(/^2 corrections/).waitFor();
  await waitSaved(page);
  const all = await tabs(page).allTextContents();
  // The untouched example stays beside the new tab (trial 43), and is never saved (issue 14.6).
  assert.deepEqual(all.slice(0, 1), ["Example article"], `tabs: ${all}`);
  const names = all.slice(1);
  assert.equal(names.length, 1, `tabs: ${all}`);

  await page.reload();
  await workspace(page).waitFor();
  await workspace(page).getByText(/^2 corrections/).waitFor({ timeout: 10000 });
  assert.deepEqual(await tabs(page).allTextContents(), names);
  // The selected document is restored, with its date, text and corrections.
  assert.equal(await page.getByLabel("Article text").inputValue(), ARTICLE);
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2024-04-15");
  await entityButton(page, "Hikvision Digital").waitFor({ timeout: 15000 });
  const panel = await entities(page).textContent();
  assert.ok(!panel.includes("Hangzhou"), `Hangzhou still listed: ${panel}`);
  await screenshot(page, "workspace-restored.png");
  assert.deepEqual(page.errors, []);
});

test("a long text is stored once under its own key: a correction does not rewrite it, a reload restores both", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.getByRole("button", { name: "+ New" }).click();
  // Over 64 KB (workspace::store::OWN_KEY_BYTES).
  const long = (ARTICLE + "\n").repeat(600);
  await setArticle(page, long, "2024-04-15");
  await analysed(page);
  await waitSaved(page);
  const stored = () =>
    page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  let items = await stored();
  const textKeys = Object.keys(items).filter((k) => k.startsWith("annalist.text."));
  assert.equal(textKeys.length, 1, Object.keys(items).join(", "));
  assert.equal(items[textKeys[0]], long);
  assert.ok(items[KEY].length < 5000, `workspace value of ${items[KEY].length} chars`);

  // Record what is written from now on.
  await page.evaluate(() => {
    window.__writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      window.__writes.push(k);
      return set.call(this, k, v);
    };
  });
  await entityButton(page, "Hikvision").click();
  const form = page.locator('form[aria-label="Correct entity"]');
  await form.getByLabel("New name").fill("Hikvision Digital");
  await form.getByRole("button", { name: "Rename" }).click();
  await entityButton(page, "Hikvision Digital").waitFor({ timeout: 10000 });
  await page.waitForFunction((k) => window.__writes.includes(k), KEY, { timeout: 10000 });
  const writes = await page.evaluate(() => window.__writes);
  assert.deepEqual(writes.filter((k) => k.startsWith("annalist.text.")), [], writes.join(", "));
  items = await stored();
  assert.equal(items[textKeys[0]], long);

  await page.reload();
  await workspace(page).getByText(/^1 correction/).waitFor({ timeout: 10000 });
  assert.equal(await page.getByLabel("Article text").inputValue(), long);
  await entityButton(page, "Hikvision Digital").waitFor({ timeout: 15000 });
  assert.deepEqual(page.errors, []);
});

// Yew's scheduler may yield to the browser between the render that draws the
// correction form and the effect that puts the entity's name in its field (on a
// loaded machine, now and then: the test above lost its rename so in CI). What
// is typed in between is the user's. Here the clock the scheduler reads jumps,
// so it always yields there, and the name is typed the moment the field exists.
test("a name typed before the correction form has settled is kept, not overwritten by the entity's name", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  await page.evaluate(() => {
    const now = Date.now;
    let skew = 0;
    Date.now = () => now() + (skew += 20);
    new MutationObserver((_, observer) => {
      const input = document.querySelector('form[aria-label="Correct entity"] input[aria-label="New name"]');
      if (!input) return;
      observer.disconnect();
      Date.now = now;
      input.value = "Hikvision Digital";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }).observe(document.body, { childList: true, subtree: true });
  });
  await entityButton(page, "Hikvision").click();
  const form = page.locator('form[aria-label="Correct entity"]');
  await form.waitFor({ timeout: 10000 });
  // A moment for the effect that would have written the old name.
  await page.waitForTimeout(300);
  assert.equal(await form.getByLabel("New name").inputValue(), "Hikvision Digital");
  await form.getByRole("button", { name: "Rename" }).click();
  await entityButton(page, "Hikvision Digital").waitFor({ timeout: 10000 });
  assert.deepEqual(page.errors, []);
});

test("16.1: two tabs saving at once never lose a long text: saving removes no text key, loading does", async () => {
  // Tab B saves a long text under its own key; tab A (opened by B, so both
  // run in one event loop and B can make A save at an exact moment) closes
  // that document. B's save then runs, and just before B writes its
  // workspace, which still refers to the text, A's save runs: before the fix
  // A removed the text key there, and B's workspace pointed to nothing.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const b = await context.newPage();
  b.errors = [];
  b.on("pageerror", (e) => b.errors.push(String(e)));
  await open(b);
  await b.getByRole("button", { name: "+ New" }).click();
  const long = (ARTICLE + "\n").repeat(600);
  await setArticle(b, long, "2024-04-15");
  await analysed(b);
  await waitSaved(b);
  const [a] = await Promise.all([
    context.waitForEvent("page"),
    b.evaluate((url) => {
      window.__tabA = window.open(url);
    }, env.server.url + "index.html"),
  ]);
  a.errors = [];
  a.on("pageerror", (e) => a.errors.push(String(e)));
  await workspace(a).waitFor({ timeout: 15000 });
  await a.locator(".doc-tab", { hasText: "Olaf Scholz met" }).locator(".doc-tab-close").waitFor({ timeout: 15000 });
  const got = await b.evaluate(async (KEY) => {
    const tabA = window.__tabA;
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    // A closes the long document (its save is now pending)...
    [...tabA.document.querySelectorAll(".doc-tab")]
      .find((t) => t.textContent.includes("Olaf Scholz met"))
      .querySelector(".doc-tab-close")
      .click();
    // ... and B adds a document (its save is pending too).
    [...document.querySelectorAll("button")].find((x) => x.textContent === "+ New").click();
    await pause(50);
    const set = Storage.prototype.setItem;
    let interleaved = false;
    Storage.prototype.setItem = function (k, v) {
      if (k === KEY && !interleaved) {
        interleaved = true;
        tabA.dispatchEvent(new tabA.Event("pagehide")); // A saves now, synchronously
      }
      return set.call(this, k, v);
    };
    dispatchEvent(new Event("pagehide")); // B saves now
    Storage.prototype.setItem = set;
    const refs = Object.values(JSON.parse(localStorage.getItem(KEY)).text_refs ?? {});
    const docs = JSON.parse(localStorage.getItem(KEY)).documents.map((d) => d.name);
    return { interleaved, refs, docs, missing: refs.filter((k) => localStorage.getItem(k) === null) };
  }, KEY);
  assert.ok(got.interleaved, JSON.stringify(got));
  assert.equal(got.refs.length, 1, JSON.stringify(got));
  assert.deepEqual(got.missing, [], "the text B's workspace refers to is in the store");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test("16.1: a correction made in one tab reaches the other, and its undo does too, for good", async () => {
  // Before: the other tab kept an undone correction (corrections were a union),
  // and its next save brought the correction back into the tab that undid it.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    p.errors = [];
    p.on("pageerror", (e) => p.errors.push(String(e)));
    await open(p);
  }
  const ferry = "Ferry news\n\nTove Skarland sailed the ferry from Bergen to Bodø on Friday, and Skarland said the sea was calm.";
  await a.getByRole("button", { name: "+ New" }).click();
  await setArticle(a, ferry, "2024-05-10");
  await entityButton(a, "Tove Skarland").waitFor({ timeout: 15000 });
  await waitSaved(a);
  // B gets A's document, and shows it.
  await b.locator(".doc-tab-name", { hasText: "Ferry news" }).click({ timeout: 15000 });
  await entityButton(b, "Tove Skarland").waitFor({ timeout: 15000 });
  // A renames the skipper: B shows the new name and says so.
  await entityButton(a, "Tove Skarland").click();
  const form = a.locator('form[aria-label="Correct entity"]');
  await form.getByLabel("New name").fill("Captain Skarland");
  await form.getByRole("button", { name: "Rename" }).click();
  await entityButton(b, "Captain Skarland").waitFor({ timeout: 15000 });
  await b.getByRole("status").filter({ hasText: "1 correction" }).first().waitFor();
  await workspace(b).getByText(/^1 correction/).waitFor();
  // A undoes it: undone in B too.
  await a.getByRole("button", { name: "Undo correction" }).click();
  await entityButton(b, "Tove Skarland").waitFor({ timeout: 15000 });
  await workspace(b).getByText(/^0 corrections/).waitFor();
  // B saves something else: the rename does not come back in A.
  await b.getByRole("button", { name: "+ New" }).click();
  await setArticle(b, "Harbour note\n\nThe quay in Bodø reopened on Monday.");
  await a.locator(".doc-tab-name", { hasText: "Harbour note" }).waitFor({ timeout: 15000 });
  await a.waitForTimeout(1000);
  await workspace(a).getByText(/^0 corrections/).waitFor();
  assert.equal(await entityButton(a, "Captain Skarland").count(), 0, "the undone rename came back");
  await screenshot(b, "workspace-two-tabs-undo.png");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test("16.1: loading removes the text keys no workspace refers to", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, (ARTICLE + "\n").repeat(600), "2024-04-15");
  await analysed(page);
  await waitSaved(page);
  const textKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("annalist.text.")));
  assert.equal((await textKeys()).length, 1);
  await page.locator(".doc-tab", { hasText: "Olaf Scholz met" }).locator(".doc-tab-close").click();
  await page.waitForFunction(() => !localStorage.getItem("annalist.workspace").includes("text_refs"), null, { timeout: 10000 });
  // Saving left the text (another tab may still refer to it) ...
  assert.equal((await textKeys()).length, 1);
  // ... the next load removes it.
  await page.reload();
  await workspace(page).waitFor({ timeout: 15000 });
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith("annalist.text.")), null, { timeout: 10000 });
  assert.deepEqual(page.errors, []);
});

test("damaged stored data: recovery message, readable documents kept, raw data kept aside", async () => {
  const page = await newPage(env.browser);
  await open(page);
  const saved = {
    schema_version: 2,
    documents: [
      { id: "d1", name: "Kept article", text: "Antony Blinken landed in Beijing on Wednesday.", date: "2024-04-24" },
      { id: "d2", name: "Cut article", text: "Xi Jinping received him two days later in the Great Hall." },
    ],
    history: { done: [], undone: [] },
  };
  const json = JSON.stringify(saved);
  const damaged = json.slice(0, json.indexOf("two days later"));
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, damaged]);
  await page.reload();
  const alert = workspace(page).getByRole("alert").filter({ hasText: "damaged" });
  await alert.waitFor({ timeout: 15000 });
  const message = await alert.textContent();
  assert.match(message, /Recovered 1 of 2 documents/);
  assert.match(message, /annalist\.workspace\.corrupt-1/);
  assert.deepEqual(await tabs(page).allTextContents(), ["Kept article"]);
  await entityButton(page, "Blinken").waitFor({ timeout: 15000 });
  const kept = await page.evaluate(() => localStorage.getItem("annalist.workspace.corrupt-1"));
  assert.equal(kept, damaged);
  await screenshot(page, "workspace-recovered.png");
  // The notice offers to download the damaged copy, then discard it (issue 16.2).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: "Download the damaged data" }).click(),
  ]);
  assert.equal(await readFile(await download.path(), "utf8"), damaged);
  await alert.getByRole("button", { name: "Discard it" }).click();
  await alert.waitFor({ state: "detached", timeout: 5000 });
  assert.equal(await page.evaluate(() => localStorage.getItem("annalist.workspace.corrupt-1")), null);
  assert.deepEqual(page.errors, []);
});

test("damaged data too large to copy aside: the recovered work is saved, the damaged data offered", async () => {
  const page = await newPage(env.browser);
  await open(page);
  const saved = {
    schema_version: 2,
    documents: [
      { id: "d1", name: "Kept note", text: "Ana Lima opened a bakery in Porto.", date: "2024-05-02" },
      // Long, so the damaged value is far larger than what is recovered from it.
      { id: "d2", name: "Cut note", text: "The bakery sold its first loaves. " + "Flour and salt. ".repeat(1000) + "END" },
    ],
    history: { done: [], undone: [] },
  };
  const json = JSON.stringify(saved);
  const damaged = json.slice(0, json.indexOf("END"));
  // Fill the origin's storage so that the damaged value fits once but not twice.
  await page.evaluate(([k, v]) => {
    localStorage.clear();
    localStorage.setItem(k, v);
    let filler = "x".repeat(1 << 20);
    for (let i = 0; filler.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, filler);
      } catch {
        filler = filler.slice(0, filler.length >> 1);
        i--;
      }
    }
  }, [KEY, damaged]);
  await page.reload();
  const alert = workspace(page).getByRole("alert").filter({ hasText: "damaged" });
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /could not be kept/);
  assert.deepEqual(await tabs(page).allTextContents(), ["Kept note"]);
  // The recovered workspace replaced the damaged value at once.
  const now = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.ok(now && now !== damaged && now.includes("Kept note"), now);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: "Download the damaged data" }).click(),
  ]);
  assert.equal(await readFile(await download.path(), "utf8"), damaged);
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(page.errors, []);
});

test("a workspace file of schema version 1 is migrated on import", async () => {
  const page = await newPage(env.browser);
  await open(page);
  const v1 = {
    schema_version: 1,
    documents: [
      {
        id: "a1",
        title: "Camera makers",
        text: "Hikvision and iRay Technology were named in the report.",
        dct: "2024-02-01",
        corrections: [{ op: "rename", entity: { name: "Hikvision", label: "ORG" }, name: "Hikvision Group" }],
      },
      { id: "a2", title: "Sensors", text: "Wuhan Global Sensor Technology expanded its plant." },
    ],
    watchlist: ["iRay Technology"],
  };
  await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
    name: "old-workspace.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(v1)),
  });
  await workspace(page).getByText("Imported workspace old-workspace.json: 2 documents (schema version 1, migrated to version 2)").waitFor({ timeout: 10000 });
  const names = await tabs(page).allTextContents();
  assert.ok(names.includes("Camera makers") && names.includes("Sensors"), `tabs: ${names}`);
  await page.locator(".doc-tab-name", { hasText: "Camera makers" }).click();
  await entityButton(page, "Hikvision Group").waitFor({ timeout: 15000 });
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2024-02-01");
  await workspace(page).getByText(/1 correction · 1 watched name · /).waitFor();
  await screenshot(page, "workspace-imported-v1.png");
  assert.deepEqual(page.errors, []);
});

test("a watchlist CSV flags matching entities; bad rows are reported by line", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  const csv = "\ufeffname,aliases,note\r\nHIKVISIÓN,HIK,camera maker\r\n,,empty\r\n";
  await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
    name: "sanctions.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  const notice = workspace(page).getByRole("alert").filter({ hasText: "sanctions.csv" });
  await notice.waitFor({ timeout: 10000 });
  assert.match(await notice.textContent(), /line 3: no name/);
  const matches = workspace(page).getByRole("group", { name: "Watchlist matches" });
  await matches.waitFor();
  assert.match(await matches.textContent(), /Hikvision.*camera maker/);
  // The mention in the document is outlined.
  const outline = await page
    .locator('[aria-label="Document"] mark', { hasText: "Hikvision" })
    .first()
    .evaluate((m) => getComputedStyle(m).outlineStyle);
  assert.equal(outline, "dashed");
  // ... and so are the timeline's events Hikvision takes part in, and only those.
  const id = await entityButton(page, "Hikvision").getAttribute("data-entity");
  const rows = await page.locator('[aria-label="Timeline"] .event-list li[data-who]').evaluateAll((lis) =>
    lis.map((li) => ({
      who: li.dataset.who.split(" "),
      flag: getComputedStyle(li.querySelector(".event-label"), "::before").content,
    })),
  );
  assert.ok(rows.some((r) => r.who.includes(id)), `no event with ${id}: ${JSON.stringify(rows)}`);
  for (const r of rows) {
    assert.equal(r.flag.includes("⚑"), r.who.includes(id), JSON.stringify(r));
  }
  const dot = page.locator(`[aria-label="Timeline"] .event[data-who~="${id}"] :is(.dot, .bar, .vague)`).first();
  if (await dot.count()) {
    const focus = await page.evaluate(() =>
      getComputedStyle(document.querySelector(".annalist")).getPropertyValue("--focus").trim(),
    );
    assert.ok(focus.length > 0);
    assert.notEqual(await dot.evaluate((e) => getComputedStyle(e).strokeWidth), "2px");
  }
  assert.deepEqual(page.errors, []);
});

test("a returning user's workspace is shown at once: the example article never appears", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  // The untouched example stays beside the new tab (trial 43), and is never saved (issue 14.6).
  await page.waitForFunction(() => document.querySelectorAll('nav[aria-label="Documents"] .doc-tab-name').length === 2);
  await waitSaved(page);
  // Every node ever added to the page is checked, even one removed in the same task.
  await page.addInitScript(() => {
    window.sawExample = false;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if ((n.textContent ?? "").includes("Example article")) window.sawExample = true;
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await analysed(page);
  assert.equal(await page.evaluate(() => window.sawExample), false);
  assert.equal(await tabs(page).count(), 1);
  assert.deepEqual(page.errors, []);
});

test("a full storage is reported to the user, not swallowed", async () => {
  const page = await newPage(env.browser);
  await open(page);
  // Fill localStorage to the brim.
  await page.evaluate(() => {
    let i = 0;
    for (const size of [1e6, 1e5, 1e4, 1e3, 100, 10, 1]) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem("filler-" + i++, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await setArticle(page, ARTICLE + " A longer text now needs more room than is left.");
  const alert = workspace(page).getByRole("alert").filter({ hasText: "Not saved" });
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.textContent(), /storage is full/);
  // The size in words, never a raw byte count, and what to do.
  assert.match(await alert.textContent(), /the workspace \((\d+(\.\d)? (KB|MB)|\d{1,4} bytes)\) was not saved\. Keep it with Export workspace/);
  assert.doesNotMatch(await alert.textContent(), /\d{5,} bytes/);
  await alert.scrollIntoViewIfNeeded();
  await screenshot(page, "workspace-quota.png");
});

test("a missed mention is added by selecting it, and a wrong one removed", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  const tools = page.locator('[aria-label="Correct selected text"]');
  await selectInDocument(page, "export checks");
  await tools.getByLabel("Type of the added mention").selectOption("ITEM");
  await tools.getByRole("button", { name: "Add as mention" }).click();
  const added = page.locator('[aria-label="Document"] mark[data-label="ITEM"]', { hasText: "export checks" });
  await added.waitFor({ timeout: 5000 });
  await entityButton(page, "export checks").waitFor();

  // Remove one of the two Hikvision mentions: the other stays.
  const hik = page.locator('[aria-label="Document"] mark', { hasText: "Hikvision" });
  assert.equal(await hik.count(), 2);
  await selectInDocument(page, "Hikvision would");
  await tools.getByRole("button", { name: "Remove mention" }).click();
  await page.waitForFunction(
    () => [...document.querySelectorAll('[aria-label="Document"] mark')].filter((m) => m.textContent.includes("Hikvision")).length === 1,
  );
  await screenshot(page, "workspace-selection.png");
  assert.deepEqual(page.errors, []);
});

test("entities shared by documents are listed once with their documents; a folder imports as documents", async () => {
  const page = await newPage(env.browser);
  await open(page);
  // The example article also names Hikvision and Olaf Scholz; a date set on
  // it means the user works with it, so it is kept beside a new article.
  await page.getByLabel("Publication date").fill("2024-04-17");
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  const shared = workspace(page).locator('details[aria-label="Entities in several documents"]');
  await shared.locator("summary").click();
  const hik = shared.locator("li", { hasText: "Hikvision (organisation)" });
  await hik.waitFor({ timeout: 10000 });
  // The new document is named after its first line (the text names it, not "Document 2").
  const second = (await tabs(page).allTextContents())[1];
  assert.ok(ARTICLE.startsWith(second.replace(/…$/, "")), `second tab: ${second}`);
  assert.deepEqual(await hik.locator("button").allTextContents(), ["Example article", second]);
  // Jump to Hikvision in the other document: its mentions are highlighted there.
  await hik.getByRole("button", { name: "Example article" }).click();
  await page.locator('[aria-label="Document"] mark.sel', { hasText: "Hikvision" }).first().waitFor({ timeout: 10000 });
  assert.equal(await page.locator(".doc-tab.current .doc-tab-name").textContent(), "Example article");

  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "annalist-folder-"));
  await writeFile(join(dir, "first.txt"), "Wang Yi flew to Brussels on Friday.");
  await writeFile(join(dir, "second.md"), "# Sensors\n\nWuhan Global Sensor Technology opened a plant in Tianjin.");
  await writeFile(join(dir, "scan.pdf"), "%PDF-1.4");
  await page.getByLabel("Import a folder of articles").setInputFiles(dir);
  await workspace(page).getByText("1 file skipped").waitFor({ timeout: 10000 });
  await page.waitForFunction(() => document.querySelectorAll('nav[aria-label="Documents"] .doc-tab-name').length === 4);
  const names = await tabs(page).allTextContents();
  assert.ok(names.includes("first.txt") && names.includes("second.md"), `tabs: ${names}`);
  await screenshot(page, "workspace-corpus.png");
  assert.deepEqual(page.errors, []);
});

test("the single-file build (file://) saves and restores the workspace too", async () => {
  const page = await newPage(env.browser);
  await page.goto(fileUrl("annalist.html"));
  await workspace(page).waitFor({ timeout: 15000 });
  await page.getByRole("button", { name: "+ New" }).click();
  await setArticle(page, ARTICLE, "2024-04-15");
  await analysed(page);
  await waitSaved(page);
  await page.reload();
  await workspace(page).waitFor({ timeout: 15000 });
  await page.waitForFunction(() => document.querySelectorAll('nav[aria-label="Documents"] .doc-tab-name').length === 1);
  assert.equal(await page.getByLabel("Article text").inputValue(), ARTICLE);
  assert.deepEqual(page.errors, []);
});
