// The local gateway's developer routes over HTTP: /docs and /openapi.json from
// files read once, a clear 404 problem when the docs are not built, and every
// other request left to the API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDevRoutes, type DevRouteFiles, docsBannerLine } from '../../src/local/devRoutes.js';

let dir: string;
let files: DevRouteFiles;
let server: Server | undefined;

/** A server with the dev routes in front of a stand-in API that answers 418. */
async function serve(): Promise<string> {
  const devRoutes = createDevRoutes(files);
  server = createServer((req, res) => {
    if (devRoutes(req, res)) return;
    res.writeHead(418).end('api');
  });
  await new Promise<void>((ok) => server?.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dev-routes-'));
  files = { docs: join(dir, 'index.html'), spec: join(dir, 'openapi.json') };
});

afterEach(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the dev routes', () => {
  it('serve the built docs page as HTML and the spec as JSON', async () => {
    // Prepare
    writeFileSync(files.docs, '<html>docs</html>');
    writeFileSync(files.spec, '{"openapi":"3.0.3"}');
    const base = await serve();
    // Act
    const [docs, spec] = await Promise.all([fetch(`${base}/docs`), fetch(`${base}/openapi.json`)]);
    // Assess
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await docs.text()).toBe('<html>docs</html>');
    expect(spec.headers.get('content-type')).toBe('application/json');
    expect(await spec.json()).toEqual({ openapi: '3.0.3' });
  });

  it('answer a 404 problem saying to run `npm run docs` when the docs are not built', async () => {
    // Prepare
    const base = await serve();
    // Act
    const response = await fetch(`${base}/docs`);
    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, detail: expect.stringContaining('npm run docs') });
  });

  it('find docs built after the first request, then keep serving what they read', async () => {
    // Prepare
    const base = await serve();
    await fetch(`${base}/docs`);
    writeFileSync(files.docs, '<html>first build</html>');
    // Act
    const built = await (await fetch(`${base}/docs`)).text();
    writeFileSync(files.docs, '<html>second build</html>');
    const again = await (await fetch(`${base}/docs`)).text();
    // Assess
    expect(built).toBe('<html>first build</html>');
    expect(again).toBe('<html>first build</html>');
  });

  it('answer HEAD with the headers only', async () => {
    // Prepare
    writeFileSync(files.docs, '<html>docs</html>');
    const base = await serve();
    // Act
    const response = await fetch(`${base}/docs`, { method: 'HEAD' });
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('17');
    expect(await response.text()).toBe('');
  });

  it('leave other methods and paths to the API', async () => {
    // Prepare
    writeFileSync(files.docs, '<html>docs</html>');
    const base = await serve();
    // Act
    const statuses = await Promise.all([
      fetch(`${base}/docs`, { method: 'POST' }).then((r) => r.status),
      fetch(`${base}/docs/other`).then((r) => r.status),
      fetch(`${base}/users`).then((r) => r.status),
    ]);
    // Assess
    expect(statuses).toEqual([418, 418, 418]);
  });

  it('name the docs page in the start-up banner, saying how to build it only when it is not built', () => {
    // Act
    const before = docsBannerLine('http://127.0.0.1:5100', files);
    writeFileSync(files.docs, '<html>docs</html>');
    const after = docsBannerLine('http://127.0.0.1:5100', files);
    // Assess
    expect(before).toBe(
      '  docs:  http://127.0.0.1:5100/docs (not built yet: npm run docs)   spec: http://127.0.0.1:5100/openapi.json',
    );
    expect(after).toBe('  docs:  http://127.0.0.1:5100/docs   spec: http://127.0.0.1:5100/openapi.json');
  });
});
