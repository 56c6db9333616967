// Per-action main-thread CPU time with a 2 MB document open: the same actions
// as `bench/browser.mjs --ui-only --long-tasks-only` (select, deselect, rename,
// new tab, switch back), but measured as the renderer main thread's *thread*
// time (`tdur` of Chromium's RunTask trace events), which other processes on a
// loaded machine inflate far less than the wall time the long-task API gives.
// Prints, per action, the longest task's CPU ms (`cpu_max`), the CPU ms of all
// its tasks within 1 s (`cpu_sum`) and the longest task's wall ms (`wall_max`).
// Figures only; nothing passes or fails.
//
// usage: node bench/cpu2mb.mjs [DIST (dist)] [CORPUS (target/bench/corpus.jsonl, from make bench)]
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { launch, serve, ROOT } from "../tests/e2e/lib.mjs";
const args = process.argv.slice(2);
const dist = resolve(args[0] ?? join(ROOT, "dist"));
const corpus = resolve(args[1] ?? join(ROOT, "target/bench/corpus.jsonl"));
const docs = (await readFile(corpus, "utf8")).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
let text = "";
for (let i = 0; text.length < 2 * 1024 * 1024; i++) text += (text ? "\n\n" : "") + docs[i % docs.length].text;
const browser = await launch();
const server = await serve(dist);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(server.url + "index.html");
await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
const dir = await mkdtemp(join(tmpdir(), "state-2mb-"));
const path = join(dir, "doc-2mb.txt");
await writeFile(path, `${docs[0].date}\n\n${text}`);
await page.locator('input[type="file"][aria-label="Open files"]').first().setInputFiles(path);
await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes("in the background")), null, { timeout: 60000 });
await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes("in the background")), null, { timeout: 300000 });
await page.waitForTimeout(3000);
await rm(dir, { recursive: true, force: true });
const cdp = await ctx.newCDPSession(page);
async function traced(act) {
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "disabled-by-default-devtools.timeline"] } });
  await act();
  await page.waitForTimeout(1000);
  await cdp.send("Tracing.end");
  await done;
  cdp.removeAllListeners("Tracing.dataCollected");
  // Renderer main thread: the thread named CrRendererMain.
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`) && e.tdur != null);
  const max = (k) => Math.round(Math.max(0, ...tasks.map((t) => t[k])) / 1000);
  const sum = Math.round(tasks.reduce((n, t) => n + t.tdur, 0) / 1000);
  return { cpu_max: max("tdur"), cpu_sum: sum, wall_max: max("dur") };
}
const entity = page.locator('[aria-label="Entities"] button[data-entity]').first();
const out = {};
out.select = await traced(() => entity.click());
out.deselect = await traced(() => entity.click());
out.correct = await traced(async () => {
  await page.locator('[aria-label="Document"] mark[data-entity]').first().click();
  const name = page.locator("form.entity-correction").getByLabel("New name");
  await name.fill("Renamed in bench");
  await name.press("Enter");
});
out.new_tab = await traced(() => page.getByRole("button", { name: "+ New" }).click());
out.switch_back = await traced(() => page.locator(".doc-tab-name").first().click());
console.log(JSON.stringify(out));
await ctx.close();
await server.close();
await browser.close();
