// How src/lambda.ts becomes the Lambda asset, in one place: the stack's NodejsFunction and
// `npm run bench` build the same artifact from these options. Plain data: no aws-cdk-lib here.
import { fileURLToPath } from 'node:url';

/** Where esbuild runs (NodejsFunction's projectRoot): alias paths below are relative to it. */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
export const lambdaEntry = 'src/lambda.ts';

/**
 * Modules swapped at bundle time. openapi-backend requires at load a definition validator,
 * a response mocker, Ajv, a $ref parser (with js-yaml), qs and the whole of lodash; with
 * `quick: true, validate: false` and a dereferenced routing document (src/api.ts) it calls
 * none of them but a few lodash functions. Leaving them out takes ~330 KB off the bundle and
 * ~15 ms off every cold start (docs/performance.md). The stand-ins throw if ever called.
 */
export const lambdaAliases: Readonly<Record<string, string>> = {
  'openapi-schema-validator': './infra/bundling/unused.cjs',
  'mock-json-schema': './infra/bundling/unused.cjs',
  ajv: './infra/bundling/unused.cjs',
  // The precompiled validators (generated/*.cjs) use this one Ajv runtime function; the
  // more specific alias wins over `ajv`.
  'ajv/dist/runtime/ucs2length': './node_modules/ajv/dist/runtime/ucs2length.js',
  qs: './infra/bundling/unused.cjs',
  '@apidevtools/json-schema-ref-parser': './infra/bundling/refParser.cjs',
  lodash: './infra/bundling/lodash.cjs',
};

/**
 * esbuild's options (JS API) for the asset: one minified CommonJS file with a source map. CJS
 * because the precompiled validators are CommonJS, and ESM bundles of the SDK need a
 * createRequire banner ("Dynamic require of ... is not supported").
 */
export const lambdaEsbuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // The SDK's ES module builds (package.json "module") first: esbuild can tree-shake those,
  // not the CommonJS ones, which takes ~200 KB and ~25 ms of cold start off the SDK alone.
  // NodejsFunction picks the same order only for ESM output; for CJS it must be told.
  mainFields: ['module', 'main'] as string[],
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  alias: lambdaAliases,
} as const;
