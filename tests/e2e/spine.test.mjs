// The spine: the built app loads over http and from file://, analyses typed text
// and shows highlighted mentions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, fileUrl, setArticle, screenshot, browserAndServer } from "./lib.mjs";

const TEXT =
  "Chancellor Olaf Scholz flew to Beijing on Tuesday. Scholz later met Xi Jinping, " +
  "and officials from Germany said the talks covered exports of machine tools.";

const env = browserAndServer();

async function typesAndHighlights(page) {
  await setArticle(page, TEXT, "2024-04-18");
  const doc = page.locator(`[aria-label="Document"]`);
  await doc.locator("mark", { hasText: "Scholz" }).first().waitFor({ timeout: 15000 });
  const marks = await doc.locator("mark").allTextContents();
  assert.ok(marks.some((m) => m.includes("Xi Jinping")), `marks: ${marks}`);
}

test("dist/index.html over http: type an article, see highlights", async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url + "index.html");
  await typesAndHighlights(page);
  await screenshot(page, "spine-http.png");
  assert.deepEqual(page.errors, []);
});

test("dist/annalist.html from file:// with no server", async () => {
  const page = await newPage(env.browser);
  // No network at all: any request other than the file itself fails the test.
  const external = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (!url.startsWith("file://") && !url.startsWith("data:") && !url.startsWith("blob:")) {
      external.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(fileUrl("annalist.html"));
  await typesAndHighlights(page);
  await screenshot(page, "spine-file.png");
  assert.deepEqual(external, []);
  assert.deepEqual(page.errors, []);
});
