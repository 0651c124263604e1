// `npm run docs`: builds docs/index.html from generated/openapi.json, the same way a stage's published
// page is built (infra/docs/docsPage.ts: Redocly's build-docs, our template, a local badge).
import { resolve } from 'node:path';
import { buildDocsFile } from '../infra/docs/docsPage.js';

const output = resolve('docs/index.html');
buildDocsFile(resolve('generated/openapi.json'), output);
console.log(`docs: wrote ${output}`);
