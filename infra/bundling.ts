// How src/lambda/handler.ts becomes the Lambda asset, in one place: the stack's NodejsFunction and
// `npm run bench` build the same artifact from these options. Plain data: no aws-cdk-lib here.
import { fileURLToPath } from 'node:url';

/** Where esbuild runs (NodejsFunction's projectRoot). */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
export const lambdaEntry = 'src/lambda/handler.ts';
/** The function's runtime and its Node major: the stack deploys it, the bench measures on it (bench/lambdaNode.ts). */
export const lambdaRuntime = { name: 'nodejs24.x', nodeMajor: 24 } as const;
/**
 * The asset's second file, `tracer.js` beside `index.js`: the X-Ray tracer, which
 * src/lambda/observability.ts imports (`./tracer.js`) only when tracing is on, so that with
 * tracing off its ~120 KB are neither read nor evaluated at cold start.
 */
export const tracerEntry = 'src/lambda/tracer.ts';
export const tracerFile = 'tracer.js';

/**
 * esbuild's options (JS API) for the asset: one minified CommonJS file with a source map. CJS
 * because the precompiled validators are CommonJS, and ESM bundles of the SDK need a
 * createRequire banner ("Dynamic require of ... is not supported").
 */
export const lambdaEsbuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  // The SDK's ES module builds (package.json "module") first: esbuild can tree-shake those,
  // not the CommonJS ones, which takes ~200 KB and ~25 ms of cold start off the SDK alone.
  // NodejsFunction picks the same order only for ESM output; for CJS it must be told.
  mainFields: ['module', 'main'] as string[],
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  // Left as `import('./tracer.js')`, resolved beside index.js at run time (the asset's tracer.js).
  external: [`./${tracerFile}`] as string[],
} as const;

/** esbuild's options for tracer.js: the asset's own, with nothing external. */
export const tracerEsbuildOptions = { ...lambdaEsbuildOptions, external: [] as string[] };

/**
 * The shell command that bundles tracer.js into `outputDir` (NodejsFunction's afterBundling hook,
 * run in projectRoot), from the options above, so both files of the asset are built alike.
 */
export function tracerBundleCommand(outputDir: string): string {
  const flags = Object.entries(tracerEsbuildOptions).flatMap(([key, value]) => {
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (Array.isArray(value)) return value.length > 0 ? [`${flag}=${value.join(',')}`] : [];
    return value === true ? [flag] : [`${flag}=${value}`];
  });
  return [
    'node_modules/.bin/esbuild',
    tracerEntry,
    ...flags,
    `--outfile=${outputDir}/${tracerFile}`,
    '--log-level=warning',
  ]
    .map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`)
    .join(' ');
}
