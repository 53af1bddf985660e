// Validates a JSON document against a JSON Schema (2020-12) with ajv, an implementation independent of the
// Java validator. Usage: node validate.mjs SCHEMA DOCUMENT. Prints "valid" or the errors; exit 0 / 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [schemaPath, documentPath] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
if (validate(JSON.parse(readFileSync(documentPath, 'utf8')))) {
  console.log('valid');
} else {
  for (const e of validate.errors) console.log(`${e.instancePath || '/'}: ${e.message}`);
  process.exit(1);
}
