// Trial 18 in headless Chromium at 1366×900: how a denied relation reads, the
// sticky Entities panel beside the Relations panel, and a highlighted mention
// kept on one line. The texts are our own (invented countries and firms).
// Screenshots go to test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { ARTIFACTS, newPage, setArticle, browserAndServer } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const RELATIONS = '[aria-label="Relations"]';
const VIEWPORT = { width: 1366, height: 900 };

const env = browserAndServer();

async function open() {
  const page = await newPage(env.browser, { viewport: VIEWPORT, bypassCSP: true });
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  return page;
}

async function shoot(locator, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await locator.screenshot({ path: join(ARTIFACTS, name) });
}

test("a negated relation reads as denied, not struck through; a hedged one in italics", async () => {
  const page = await open();
  await setArticle(
    page,
    'Velmora denied the report. Its foreign minister said Velmora "has not sold any drones to Karsland".\n\n' +
      "Officials said Velmora allegedly sold drones to Ostria.\n",
    "2026-06-10",
  );
  const negated = page.locator(`${RELATIONS} tr.relation.mod-negated .rel-modality`);
  await negated.waitFor({ timeout: 20000 });
  const look = (loc) =>
    loc.evaluate((td) => {
      const s = getComputedStyle(td);
      return {
        text: td.textContent,
        line: s.textDecorationLine,
        weight: Number(s.fontWeight),
        style: s.fontStyle,
        before: getComputedStyle(td, "::before").content,
      };
    });
  const neg = await look(negated);
  // Plain words in the cell; the contract's term in its tooltip (a journalist does not say "negated").
  assert.equal(neg.text, "denied");
  assert.equal(await negated.getAttribute("title"), "Modality: negated");
  assert.ok(!neg.line.includes("line-through"), `the word that says "negated" is struck through: ${JSON.stringify(neg)}`);
  assert.ok(neg.weight >= 600 && neg.before.includes("✕"), `negated looks like asserted: ${JSON.stringify(neg)}`);
  const hedgedCell = page.locator(`${RELATIONS} tr.relation.mod-hedged .rel-modality`);
  await hedgedCell.waitFor({ timeout: 20000 });
  const hedged = await look(hedgedCell);
  assert.equal(hedged.text, "hedged");
  assert.equal(await hedgedCell.getAttribute("title"), "Modality: hedged");
  // Its words, not its rendered text: off screen the Relations view is not rendered
  // (`content-visibility: auto`), and innerText reads rendered text.
  assert.equal(await page.locator(`${RELATIONS} thead th`).nth(2).textContent(), "Stated as");
  assert.ok(hedged.style === "italic" && !hedged.line.includes("line-through"), JSON.stringify(hedged));
  const asserted = page.locator(`${RELATIONS} tr.relation.mod-asserted .rel-modality`);
  if (await asserted.count()) {
    const a = await look(asserted.first());
    assert.ok(a.weight < 600 && a.style === "normal" && a.before === "none", JSON.stringify(a));
  }
  await shoot(page.locator(RELATIONS), "trial18-modality.png");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a highlighted mention is never split across lines at its hyphen; a longer one wraps inside the text", async () => {
  const page = await open();
  // The hyphenated names land at every place of a line: a short word more before them a paragraph.
  const paragraphs = Array.from(
    { length: 40 },
    (_, k) => `Officials ${"a ".repeat(k)}said Ostria supplied Velmora with XR-27 missiles and KD-415 drones in May.`,
  );
  paragraphs.push(
    "The KD-415 drones were built by the Ostrian Federal Institute for Advanced Aerospace Propulsion Research and Development.",
  );
  await setArticle(page, paragraphs.join("\n\n"), "2026-06-10");
  await page.locator(`${DOC} mark`, { hasText: "Ostrian Federal Institute" }).waitFor({ timeout: 20000 });
  const split = () =>
    page.evaluate((sel) => {
      const text = document.querySelector(`${sel} .doc-text`);
      const box = text.getBoundingClientRect();
      const marks = [...text.querySelectorAll("mark")];
      return {
        hyphenated: marks.filter((m) => m.textContent.includes("-")).length,
        split: marks
          .filter((m) => m.getClientRects().length > 1)
          .filter((m) => [...m.getClientRects()].reduce((w, r) => w + r.width, 0) < box.width / 2)
          .map((m) => m.textContent),
        // A mention longer than a line stays inside the text's box.
        outside: marks.filter((m) => m.getBoundingClientRect().right > box.right + 0.5).map((m) => m.textContent),
      };
    }, DOC);
  const wide = await split();
  assert.ok(wide.hyphenated >= 60, JSON.stringify(wide));
  assert.deepEqual(wide.split, [], "mentions split across two lines");
  assert.deepEqual(wide.outside, []);
  await shoot(page.locator(DOC), "trial18-mentions-1366.png");
  await page.setViewportSize({ width: 390, height: 800 });
  await page.waitForTimeout(300);
  const narrow = await split();
  assert.deepEqual(narrow.split, [], "mentions split across two lines at phone width");
  assert.deepEqual(narrow.outside, [], "a long mention sticks out of the text at phone width");
  await page.locator(`${DOC} mark`, { hasText: "Ostrian Federal Institute" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, "trial18-mentions-390.png") });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("scrolled to the end, the Entities panel and the Relations panel are side by side: neither covers the other", async () => {
  const page = await open();
  // A short text with many entities (the Entities panel at its full height) and relations below.
  const people = [
    "Anna Kovel", "Brano Maric", "Clara Denholm", "Davor Ilic", "Edda Sorensen", "Felix Aubry",
    "Greta Hallam", "Hugo Brandt", "Ines Vidal", "Jonas Perrin", "Katya Morrow", "Lars Quist",
  ];
  const text =
    `${people.map((p, i) => `${p} met ${people[(i + 1) % people.length]} in Estwick on Monday.`).join(" ")}\n\n` +
    "Officials said Velmora allegedly sold drones to Ostria. Ostria supplied Velmora with XR-27 missiles.\n";
  await setArticle(page, text, "2026-06-10");
  await page.locator(`${RELATIONS} tr.relation`).first().waitFor({ timeout: 20000 });
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  const got = await page.evaluate(() => {
    const r = (s) => document.querySelector(s).getBoundingClientRect();
    const ents = r("#annalist-entities");
    const rel = r("#annalist-relations");
    // What is drawn at the middle of the Entities panel's last visible line.
    const x = (ents.left + ents.right) / 2;
    const y = Math.min(ents.bottom, innerHeight) - 12;
    const hit = document.elementFromPoint(x, y);
    return {
      scrollY,
      ents: [ents.left, ents.top, ents.right, ents.bottom],
      rel: [rel.left, rel.top, rel.right, rel.bottom],
      hitInEntities: !!hit?.closest("#annalist-entities"),
      entsFull: ents.height > innerHeight * 0.6,
    };
  });
  assert.ok(got.scrollY > 100 && got.entsFull, `the page did not scroll or the panel is short: ${JSON.stringify(got)}`);
  const [el, et, er, eb] = got.ents;
  const [rl, rt, rr, rb] = got.rel;
  assert.ok(er <= rl || rr <= el || eb <= rt || rb <= et, `the panels overlap: ${JSON.stringify(got)}`);
  // Still held at the window's top, whole: its list and the form at its top in view.
  assert.ok(et >= 0 && et <= 12 && eb <= 900, `the Entities panel left the window: ${JSON.stringify(got)}`);
  assert.ok(got.hitInEntities, JSON.stringify(got));
  await page.screenshot({ path: join(ARTIFACTS, "trial18-sticky-end.png") });
  // Half way down the text the panel still stays in view (sticky), below the top.
  await page.evaluate(() => scrollTo(0, 250));
  await page.waitForTimeout(200);
  const top = await page.evaluate(() => document.querySelector("#annalist-entities").getBoundingClientRect().top);
  assert.ok(top >= 0 && top <= 12, `the Entities panel is no longer sticky: ${top}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a switch of document fits the timeline to that document's events; Fit shows every document's", async () => {
  const page = await open();
  const TIMELINE = '[aria-label="Timeline"]';
  const add = async (text, waitFor) => {
    await page.getByRole("button", { name: "+ New" }).click();
    await setArticle(page, text, "2026-04-10");
    await page.locator(`${TIMELINE} .event-row`, { hasText: waitFor }).first().waitFor({ timeout: 20000 });
  };
  // Two articles 60 years apart: at a scale that shows both, three events weeks apart are one disc.
  await add(
    "In 1962, the Velmora Institute was founded in Estwick. In 1965, Anna Kovel became its director. In 1971, the institute moved to Ostria.\n",
    "founded in Estwick",
  );
  await add(
    "On 3 March 2026, Brano Maric opened a factory in Karsland. On 17 March 2026, Clara Denholm visited the factory. On 2 April 2026, Velmora signed a contract with the firm.\n",
    "opens factory",
  );
  const OLD = ["founded in Estwick", "becomes its director", "moves to Ostria"];
  const NEW = ["opens factory", "visits factory", "signs contract"];
  // Each event drawn as a mark of its own, inside the chart.
  const drawn = (labels) =>
    page.locator(`${TIMELINE} .chart svg`).evaluate((svg, labels) => {
      const w = svg.getBoundingClientRect();
      return labels.filter((l) =>
        [...svg.querySelectorAll("g.event:not(.is-undated)")].some((g) => {
          const r = g.getBoundingClientRect();
          return g.getAttribute("aria-label").includes(l) && r.left >= w.left && r.right <= w.right;
        }),
      );
    }, labels);
  const tab = (name) => page.locator(".doc-tab-name", { hasText: name }).first();
  const inView = async () =>
    Number((await page.locator(`${TIMELINE} .event-count`).innerText()).match(/^([\d,]+)/)[1].replace(/,/g, ""));

  await tab("In 1962").click();
  await page.waitForFunction(() => document.querySelector(".doc-tab.current")?.textContent.includes("In 1962"));
  await page.waitForTimeout(300);
  assert.deepEqual(await drawn(OLD), OLD, "the 1960s article's events after switching to it");
  await tab("On 3 March 2026").click();
  await page.waitForFunction(() => document.querySelector(".doc-tab.current")?.textContent.includes("On 3 March"));
  await page.waitForTimeout(300);
  assert.deepEqual(await drawn(NEW), NEW, "the 2026 article's events after switching to it, each a mark of its own");
  await page.locator(TIMELINE).screenshot({ path: join(ARTIFACTS, "trial18-timeline-switch.png") });
  const mine = await inView();
  // With every document's events asked for, Fit shows them all.
  await page.locator(`${TIMELINE} button.all-docs`).click();
  await page.locator(`${TIMELINE} button`, { hasText: "Fit" }).click();
  await page.waitForTimeout(300);
  assert.ok((await inView()) >= mine + OLD.length, `Fit: ${await inView()} events in view, ${mine} before`);
  await page.locator(TIMELINE).screenshot({ path: join(ARTIFACTS, "trial18-timeline-fit.png") });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Trial 18: "clicking an entity, the Entities panel jumps down, leaving a gap above it".
// A click on a mention selected its entity, and the new selection centred the
// entity's first mention, scrolling the page under the pointer: the sticky panel,
// held at the window's top, moved down with the page (the trial's full-page
// screenshot also draws a sticky panel where the scrolled window holds it). A
// mention clicked in the text is in view: nothing scrolls.
test("clicking a mention opens the correction form in view and moves neither the page nor the Entities panel", async () => {
  const page = await open();
  await page.evaluate(() => scrollTo(0, 300));
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => [scrollY, document.querySelector("#annalist-entities").getBoundingClientRect().top]);
  const mark = await page.evaluate(() => {
    const m = [...document.querySelectorAll('[aria-label="Document"] mark.ent')].find((m) => {
      const r = m.getBoundingClientRect();
      return r.top > 100 && r.bottom < innerHeight - 100;
    });
    const r = m.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  });
  await page.mouse.click(...mark);
  const form = page.locator("#annalist-entities .entity-correction");
  await form.waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => [scrollY, document.querySelector("#annalist-entities").getBoundingClientRect().top]);
  assert.deepEqual(after, before, "the page or the Entities panel moved");
  assert.ok(before[1] >= 0 && before[1] <= 12, `the panel is not held at the window's top: ${before}`);
  const box = await form.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 900, `the form is out of view: ${JSON.stringify(box)}`);
  await page.screenshot({ path: join(ARTIFACTS, "trial18-entity-click.png") });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
