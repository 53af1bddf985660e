// Parses a vanilla-cookieconsent config with the README's reviver and prints, as JSON, the path of every value
// that became a RegExp. Usage: node revive.mjs CONFIG
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
const config = JSON.parse(text, (k, v) =>
  k === 'name' && typeof v === 'string' && /^\/(.+)\/([a-z]*)$/.test(v)
    ? new RegExp(v.slice(1, v.lastIndexOf('/')), v.slice(v.lastIndexOf('/') + 1))
    : v);
const revived = [];
(function walk(node, path) {
  if (node instanceof RegExp) revived.push(path + ' = ' + node.source);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path + '/' + k);
})(config, '');
console.log(JSON.stringify(revived));
