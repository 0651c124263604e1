// `npm run collection`: writes postman/ (a Postman v2.1 collection of every operation, a local
// and a stage environment) from the bundled spec; `-- --check` fails when postman/ is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBundledSpec } from '../src/codegen/openapiDocument.js';
import { postmanDir, postmanFileTexts } from './collection/postmanFiles.js';

const check = process.argv.includes('--check');
const dir = resolve(postmanDir);
const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

const files = await postmanFileTexts(readBundledSpec());
const stale = [...files].filter(([name, text]) => readOrEmpty(join(dir, name)) !== text).map(([name]) => name);
if (check) {
  if (stale.length > 0) {
    console.error(
      `collection: ${stale.map((name) => `${postmanDir}/${name}`).join(', ')} differ from the spec: run npm run collection.`,
    );
    process.exitCode = 1;
  } else console.log(`collection: ${postmanDir}/ is up to date with the spec`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`collection: wrote ${[...files.keys()].map((name) => `${postmanDir}/${name}`).join(', ')}`);
}
