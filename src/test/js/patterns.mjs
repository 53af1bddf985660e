// Runs cookie patterns the way their readers do, in V8, and prints what matched and how long the slowest match took.
//
//   node patterns.mjs site SITE NAMES   every pattern of a built site against every name in the JSON array NAMES:
//     manifest.json regex and banner/categories.json pattern with new RegExp(p).test(name) (a service);
//     banner/cookieconsent.json revived with the README's reviver, then RegExp#test or === (vanilla-cookieconsent's
//     autoClear); banner/klaro.json as Klaro's consent-manager.js reads it (a string starting with ^ is compiled,
//     any other is escaped and anchored), then exec(name) !== null.
//     Prints [{file, text, matched: [true, …], maxMs}], in file order.
//   node patterns.mjs pairs CASES      CASES is [{regex, names: […]}]; prints [[true, …], …].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, first, second] = process.argv.slice(2);
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

function run(file, text, test, names) {
  let maxMs = 0;
  const matched = names.map((name) => {
    const start = performance.now();
    const result = test(name);
    maxMs = Math.max(maxMs, performance.now() - start);
    return result;
  });
  return { file, text, matched, maxMs };
}

// From klaro/src/consent-manager.js.
function klaroPattern(cookiePattern) {
  const escapeRegexStr = (str) => str.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');
  return cookiePattern.startsWith('^') ? new RegExp(cookiePattern)
    : new RegExp('^' + escapeRegexStr(cookiePattern) + '$');
}

if (mode === 'site') {
  const site = first;
  const names = json(second);
  const out = [];
  for (const c of json(join(site, 'manifest.json')).cookies) {
    if (c.regex === undefined) continue;
    const re = new RegExp(c.regex);
    out.push(run('manifest.json', c.regex, (n) => re.test(n), names));
  }
  for (const category of json(join(site, 'banner/categories.json')).categories) {
    for (const c of category.cookies) {
      if (c.pattern === undefined) continue;
      const re = new RegExp(c.pattern);
      out.push(run('banner/categories.json', c.pattern, (n) => re.test(n), names));
    }
  }
  const text = readFileSync(join(site, 'banner/cookieconsent.json'), 'utf8');
  const raw = JSON.parse(text);
  const config = JSON.parse(text, (k, v) =>
    k === 'name' && typeof v === 'string' && /^\/(.+)\/([a-z]*)$/.test(v)
      ? new RegExp(v.slice(1, v.lastIndexOf('/')), v.slice(v.lastIndexOf('/') + 1))
      : v);
  for (const [id, category] of Object.entries(config.categories)) {
    (category.autoClear?.cookies ?? []).forEach(({ name }, i) => {
      const written = raw.categories[id].autoClear.cookies[i].name;
      out.push(run('banner/cookieconsent.json', written,
        name instanceof RegExp ? (n) => name.test(n) : (n) => n === name, names));
    });
  }
  for (const service of json(join(site, 'banner/klaro.json')).services) {
    for (const p of service.cookies) {
      const re = klaroPattern(p);
      out.push(run('banner/klaro.json', p, (n) => re.exec(n) !== null, names));
    }
  }
  console.log(JSON.stringify(out));
} else if (mode === 'pairs') {
  console.log(JSON.stringify(json(first).map(({ regex, names }) => {
    const re = new RegExp(regex);
    return names.map((n) => re.test(n));
  })));
} else {
  console.error('usage: node patterns.mjs site SITE NAMES | pairs CASES');
  process.exit(2);
}
