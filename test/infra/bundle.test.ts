// The Lambda asset as esbuild bundled it: one minified CommonJS file with the SDK and the
// precompiled validators inside, and a source map; it answers a proxy event offline.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from './synthesize.js';

let assetDir: string;
beforeAll(() => {
  const s = synthesize('dev');
  const fn = s.template.findResources('AWS::Lambda::Function')[s.apiFunctionId];
  const key = String(fn?.Properties.Code.S3Key);
  assetDir = join(s.assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
});

/** Runs the bundled handler in a fresh Node process with no network and dummy credentials. */
function invoke(
  event: object,
  extraEnv: Record<string, string> = {},
): { statusCode: number; headers: Record<string, string>; body: string } {
  const script = `require(${JSON.stringify(join(assetDir, 'index.js'))}).handler(${JSON.stringify(event)})
    .then((r) => process.stdout.write('\\n@@result ' + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`;
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

  it('answers an unknown path with a 404 problem', () => {
    const result = invoke(event('GET', '/nowhere'));

    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
