// A service consuming a published site as the README's contract tells it to, with no code of the generator:
// reads versions/index.json, validates the live manifest and every archived one with ajv against the schema of
// its format's major (schema/v<major>/manifest.schema.json), checks that the index agrees with each manifest,
// that a released version's live manifest is its archived copy, and that an archived manifest's $schema and
// paths resolve inside its version's folder. Usage: node consume-site.mjs SITE. Prints one JSON summary line;
// exit 1 with one line per problem.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(process.cwd() + '/');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const site = process.argv[2];
const problems = [];
const validators = new Map();
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

function validatorOf(major) {
  if (!validators.has(major)) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validators.set(major, ajv.compile(read(join(site, `schema/v${major}/manifest.schema.json`))));
  }
  return validators.get(major);
}

function validate(path) {
  const manifest = read(path);
  const major = Number(String(manifest.schemaVersion).split('.')[0]);
  const validate = validatorOf(major);
  if (!validate(manifest)) {
    for (const e of validate.errors) problems.push(`${path}${e.instancePath || '/'}: ${e.message}`);
  }
  return manifest;
}

const live = validate(join(site, 'manifest.json'));
if (!existsSync(join(site, live.$schema))) problems.push(`manifest.json: $schema ${live.$schema} points nowhere`);
for (const [name, path] of Object.entries(live.paths)) {
  if (!existsSync(join(site, path))) problems.push(`manifest.json: paths.${name} ${path} points nowhere`);
}

const index = read(join(site, 'versions/index.json'));
let validated = 1;
let recomputable = 0;
for (const entry of index.versions) {
  const path = join(site, 'versions', entry.manifest);
  const manifest = validate(path);
  validated++;
  const where = `versions/${entry.manifest}`;
  if (manifest.policy.version !== entry.version) problems.push(`${where}: index says ${entry.version}`);
  if (manifest.policy.digest !== entry.digest) problems.push(`${where}: index digest differs`);
  if (manifest.policy.effective !== entry.effective) problems.push(`${where}: index effective date differs`);
  if (manifest.policy.bannerRevision !== entry.bannerRevision) problems.push(`${where}: banner revision differs`);
  if (manifest.change.verdict !== entry.verdict) problems.push(`${where}: verdict differs`);
  if (entry.digestRecomputable) {
    recomputable++;
    const folder = dirname(path);
    if (!existsSync(join(folder, manifest.$schema))) problems.push(`${where}: $schema points nowhere`);
    for (const [name, p] of Object.entries(manifest.paths)) {
      if (!existsSync(join(folder, p))) problems.push(`${where}: paths.${name} ${p} points nowhere`);
    }
  }
  if (entry.version === live.policy.version
      && readFileSync(path, 'utf8') !== readFileSync(join(site, 'manifest.json'), 'utf8')) {
    problems.push(`manifest.json: version ${entry.version} is released but differs from ${where}`);
  }
}
if (index.latest !== (index.versions[0] || {}).version) problems.push('versions/index.json: latest is not the newest');

if (problems.length) {
  for (const p of problems) console.log(p);
  process.exit(1);
}
console.log(JSON.stringify({ validated, versions: index.versions.length, recomputable, latest: index.latest }));
