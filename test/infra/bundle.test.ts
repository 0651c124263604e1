// The Lambda asset as esbuild bundled it: one minified CommonJS file with the SDK and the
// precompiled validators inside, and a source map; it answers a proxy event offline.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { xraySink } from '../../bench/xraySink.js';
import {
  lambdaEntry,
  lambdaEsbuildOptions,
  projectRoot,
  tracerEntry,
  tracerEsbuildOptions,
} from '../../infra/bundling.js';
import { synthesize } from './synthesize.js';

let assetDir: string;
beforeAll(() => {
  const s = synthesize('dev');
  const fn = s.template.findResources('AWS::Lambda::Function')[s.apiFunctionId];
  const key = String(fn?.Properties.Code.S3Key);
  assetDir = join(s.assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
});

interface Invocation {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** The asset's files Node loaded (require.cache), after the answer. */
  loaded: string[];
}

/** Runs the bundled handler in a fresh Node process with no network and dummy credentials. */
function invoke(event: object, extraEnv: Record<string, string> = {}): Invocation {
  const script = `require(${JSON.stringify(join(assetDir, 'index.js'))}).handler(${JSON.stringify(event)})
    .then((r) => {
      const loaded = Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(`${assetDir}/`)}));
      process.stdout.write('\\n@@result ' + JSON.stringify({ ...r, loaded: loaded.map((f) => f.slice(${assetDir.length + 1})) }));
    }, (e) => { console.error(e); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['--enable-source-maps', '-e', script], {
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: 'users-test',
      CURSOR_SECRET: 'x'.repeat(64),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_EC2_METADATA_DISABLED: 'true',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9', // never reached by these requests; nothing leaves the machine
      ...extraEnv,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The function logs to stdout too; the result is the marked last line.
  const result = out.split('\n').findLast((line) => line.startsWith('@@result '));
  return JSON.parse(result?.slice('@@result '.length) ?? 'null');
}

/** What Lambda sets and the function reads to know it runs there (tracing is on there by default). */
const inLambda = () => ({
  AWS_LAMBDA_FUNCTION_NAME: 'users-api-test',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  LAMBDA_TASK_ROOT: assetDir,
});

const event = (method: string, path: string) => ({
  httpMethod: method,
  path,
  headers: { 'X-Correlation-Id': 'bundle-test-1' },
  multiValueHeaders: {},
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  pathParameters: null,
  stageVariables: null,
  body: null,
  isBase64Encoded: false,
  resource: path,
  requestContext: { requestId: 'req-1', path: `/dev${path}`, stage: 'dev' },
});

describe('Lambda bundle', () => {
  it('is one minified CommonJS file with a source map, the SDK and the generated validators inside', () => {
    const code = readFileSync(join(assetDir, 'index.js'), 'utf8');

    expect(existsSync(join(assetDir, 'index.js.map'))).toBe(true);
    expect(code).toMatch(/module\.exports|exports\./);
    // The SDK is bundled, not left to the runtime's copy.
    expect(code).not.toMatch(/require\(["']@aws-sdk\/(client-dynamodb|lib-dynamodb)["']\)/);
    expect(code).toContain('TransactWriteItems');
    expect(code).not.toMatch(/require\(["'][^"']*generated\/[^"']*\.cjs["']\)/);
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000); // minified: long lines
    expect(statSync(join(assetDir, 'index.js')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('answers an unlisted method with 405 and the methods openapi-backend routes for the path', () => {
    const result = invoke(event('PATCH', '/users'));

    expect(result.statusCode).toBe(405);
    expect(result.headers.allow).toBe('GET, POST');
    expect(result.headers['content-type']).toBe('application/problem+json');
  });

  it('answers GET /health from the bundle alone', () => {
    const result = invoke(event('GET', '/health'));

    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ status: 'ok' });
    expect(result.headers['x-correlation-id']).toBe('bundle-test-1');
    expect(result.headers['x-function-version']).toBeUndefined(); // not in Lambda: no version
  });

  it('says which published version answered, as Lambda sets it through the live alias', () => {
    const result = invoke(event('GET', '/health'), { AWS_LAMBDA_FUNCTION_VERSION: '7' });

    expect(result.statusCode).toBe(200);
    expect(result.headers['x-function-version']).toBe('7');
  });

  it('keeps the X-Ray SDK out of index.js, in tracer.js beside it', () => {
    const code = readFileSync(join(assetDir, 'index.js'), 'utf8');
    const tracer = readFileSync(join(assetDir, 'tracer.js'), 'utf8');

    for (const mark of ['X-Ray for Node.js', 'cls-hooked']) {
      expect(code).not.toContain(mark);
      expect(tracer).toContain(mark);
    }
    expect(code).toContain('require("./tracer.js")');
  });

  it('never loads tracer.js in Lambda with tracing off (POWERTOOLS_TRACE_ENABLED=false)', () => {
    const result = invoke(event('GET', '/health'), { ...inLambda(), POWERTOOLS_TRACE_ENABLED: 'false' });

    expect(result.statusCode).toBe(200);
    expect(result.loaded).toEqual(['index.js']);
  });

  it('loads tracer.js in Lambda with tracing on, and sends the handler subsegment with its annotations', async () => {
    const sink = await xraySink();
    try {
      const result = invoke(event('GET', '/health'), {
        ...inLambda(),
        // Sampled, so the SDK sends the subsegment to the daemon address: the sink, on 127.0.0.1.
        _X_AMZN_TRACE_ID: 'Root=1-67890abc-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1',
        AWS_XRAY_DAEMON_ADDRESS: sink.address,
      });
      // The datagrams wait in the socket's buffer while the child ran; let them be read.
      await new Promise((ok) => setTimeout(ok, 200));

      expect(result.statusCode).toBe(200);
      expect(result.loaded).toEqual(['index.js', 'tracer.js']);
      expect(sink.documents()).toContainEqual(
        expect.objectContaining({
          name: '## handler',
          type: 'subsegment',
          annotations: expect.objectContaining({ Service: 'users-api', operation: 'getHealth' }),
        }),
      );
    } finally {
      sink.close();
    }
  });

  it('answers an unknown path with a 404 problem', () => {
    const result = invoke(event('GET', '/nowhere'));

    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

/**
 * Packages the asset must not hold: openapi-backend's backend.js requires them at load whatever
 * its options (Ajv the compiler, openapi-schema-validator, the $ref parser with js-yaml, the
 * mocker), its router does not, and nothing else of ours needs them at run time. An upgrade that
 * makes the router (or anything) require one of them again fails here, naming the module.
 */
const FORBIDDEN = [
  /^ajv$/,
  /^ajv-formats$/,
  /^@apidevtools\//,
  /^openapi-schema-validator$/,
  /^js-yaml$/,
  /^mock-json-schema$/,
];
const packageOf = (input: string) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];

/**
 * The only files of those packages allowed in: what the precompiled validators (Ajv standalone
 * code, generated/*.cjs) require at run time. Ajv's standalone output requires helpers from
 * `ajv/dist/runtime/` (here ucs2length, for maxLength/minLength) and, with ajv-formats, that
 * package's format functions (`ajv-formats/dist/formats`); neither loads Ajv's compiler.
 */
function validatorRuntimeRequires(): string[] {
  const generated = join(projectRoot, 'generated');
  const requires = readdirSync(generated)
    .filter((file) => file.endsWith('.cjs'))
    .flatMap((file) => [...readFileSync(join(generated, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)])
    .map((m) => m[1] as string);
  return [...new Set(requires)].sort();
}

/** The asset's inputs (index.js and tracer.js), as esbuild bundles them with the stack's options (infra/bundling.ts). */
async function bundleInputs(): Promise<Metafile> {
  const inputs: Metafile['inputs'] = {};
  for (const [entry, options] of [
    [lambdaEntry, lambdaEsbuildOptions],
    [tracerEntry, tracerEsbuildOptions],
  ] as const) {
    const result = await build({
      ...options,
      absWorkingDir: projectRoot,
      entryPoints: [entry],
      outdir: join(tmpdir(), 'users-api-bundle-guard'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    Object.assign(inputs, result.metafile.inputs);
  }
  return { inputs, outputs: {} };
}

/** How `files` got in: the import chain from the entry to the first of them, as esbuild recorded it. */
function importChain(metafile: Metafile, files: readonly string[]): string {
  const from = new Map<string, string>([
    [lambdaEntry, ''],
    [tracerEntry, ''],
  ]);
  const queue = [lambdaEntry, tracerEntry];
  let found: string | undefined;
  for (let file = queue.shift(); file !== undefined && !found; file = queue.shift()) {
    for (const { path } of metafile.inputs[file]?.imports ?? []) {
      if (from.has(path) || !metafile.inputs[path]) continue;
      from.set(path, file);
      queue.push(path);
      if (files.includes(path)) found = path;
    }
  }
  const chain = found ? [found] : [];
  for (let at = from.get(chain[0] ?? ''); at; at = from.get(at)) chain.unshift(at);
  return chain.map((input) => input.replace(/^.*(node_modules\/)/, '$1')).join(' -> ');
}

describe('Lambda bundle inputs', () => {
  it('need of Ajv and ajv-formats only the runtime helpers the precompiled validators require', () => {
    for (const request of validatorRuntimeRequires())
      expect(request).toMatch(/^ajv\/dist\/runtime\/[a-z0-9_]+$|^ajv-formats\/dist\/formats$/i);
  });

  it('hold no Ajv compiler, $ref parser, openapi-schema-validator, js-yaml or mocker (esbuild metafile)', async () => {
    const metafile = await bundleInputs();
    const allowed = new Set(validatorRuntimeRequires().map((request) => `node_modules/${request}.js`));

    const offending = Object.keys(metafile.inputs).filter((input) => {
      const name = packageOf(input);
      return (
        name && FORBIDDEN.some((rule) => rule.test(name)) && !allowed.has(input.replace(/^.*(node_modules\/)/, '$1'))
      );
    });

    const report = [...new Set(offending.map(packageOf))].map((name) => {
      const files = offending.filter((input) => packageOf(input) === name);
      return `${name} (${files.length} files), in through ${importChain(metafile, files)}`;
    });
    expect(report, 'modules the Lambda bundle must not contain').toEqual([]);
  });

  it("hold every handler but none of the operations' scenarios, which only the suites and the bench read", async () => {
    const inputs = Object.keys((await bundleInputs()).inputs);

    expect(inputs).toContain('src/handlers/createUser.ts');
    expect(inputs.filter((input) => /\.scenarios\.ts$|^src\/scenarios\//.test(input))).toEqual([]);
  });
});
