// Measures how well a given name's ending tells its gender on @faker-js/faker's first-name lists
// by gender (all Latin-script locales but Esperanto), for the FEMALE_END / MALE_END rows of
// data/lexicons/coref_nouns.tsv. Usage: node name_endings.mjs DIR_HOLDING_node_modules [ending ...]
// (install with `npm install --prefix DIR @faker-js/faker@10.6.0`).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const entry = join(process.argv[2], 'node_modules/@faker-js/faker/dist/index.js');
const { allLocales } = await import(pathToFileURL(entry).href);
const latin = /^[A-Za-zÀ-ɏ'’.-]+$/u;
const seen = new Map();
for (const [code, loc] of Object.entries(allLocales)) {
  const f = loc.person?.first_name;
  if (!f || Array.isArray(f) || code === 'eo') continue;
  for (const [g, list] of [['F', f.female || []], ['M', f.male || []]]) {
    for (const n of list) if (latin.test(n)) {
      const k = n.toLowerCase();
      seen.set(k, (seen.get(k) || '') + g);
    }
  }
}
for (const end of process.argv.slice(3).length ? process.argv.slice(3) : ['a', 'o', 'us']) {
  const count = { F: 0, M: 0, both: 0 };
  for (const [n, g] of seen) {
    if (!n.endsWith(end)) continue;
    const one = new Set(g);
    count[one.size > 1 ? 'both' : [...one][0]] += 1;
  }
  const total = count.F + count.M + count.both;
  console.log(`-${end}\tfemale ${count.F}\tmale ${count.M}\tboth ${count.both}\t(of ${total})`);
}
