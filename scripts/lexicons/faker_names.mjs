// Prints {"given": [...], "surnames": [...]} from @faker-js/faker's locale data
// (Latin-script locales only). Usage: node faker_names.mjs DIR_HOLDING_node_modules
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const entry = join(process.argv[2], 'node_modules/@faker-js/faker/dist/index.js');
const { allLocales } = await import(pathToFileURL(entry).href);

const latin = /^[A-Za-zÀ-ɏ'’.-]+$/u;
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const given = new Set();
const surnames = new Set();
for (const [, loc] of Object.entries(allLocales)) {
  const p = loc.person || {};
  for (const n of flat(p.first_name)) if (latin.test(n) && n.length > 1) given.add(n);
  for (const n of flat(p.last_name)) if (latin.test(n) && n.length > 1) surnames.add(n);
}
console.log(JSON.stringify({ given: [...given].sort(), surnames: [...surnames].sort() }));
