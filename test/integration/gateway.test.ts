// What the gateway and dispatcher do for every operation: health, routing
// errors, body handling (413/415/malformed JSON) and correlation ids.
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const call = withToken(await adminToken(inject('dataDir')));

describe('getHealth', () => {
  it('answers 200 with status and version', async () => {
    const res = await call(baseUrl, 'GET', '/health');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: '1.0.0' });
  });
});

describe('routing', () => {
  it('answers 404 problem for an unknown path', async () => {
    const res = await call(baseUrl, 'GET', '/nothing-here');

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    // API Gateway's MISSING_AUTHENTICATION_TOKEN, rendered from the document's template.
    expect(res.body).toEqual({
      type: 'urn:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No resource matches the path.',
      correlationId: res.headers.get('x-amzn-requestid'),
    });
  });

  it('answers 405 problem with Allow for a method the path lacks', async () => {
    const res = await call(baseUrl, 'PATCH', '/users');

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.body).toMatchObject({ status: 405, type: 'urn:problem:method-not-allowed' });
  });

  it('answers 400 to a path that is not percent-encoded UTF-8, instead of failing', async () => {
    const res = await call(baseUrl, 'GET', '/users/abc%FF');

    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('The path is not valid percent-encoded UTF-8.');
  });

  it('matches paths strictly: a trailing slash is another path', async () => {
    const res = await call(baseUrl, 'GET', '/users/');
    expect(res.status).toBe(404);
  });

  it('answers 405 on a templated path', async () => {
    const res = await call(baseUrl, 'POST', '/users/0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f');

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PUT, DELETE');
  });
});

describe('request bodies', () => {
  it('rejects malformed JSON with a 400 problem', async () => {
    const res = await call(baseUrl, 'POST', '/users', {
      body: '{"name": "Ada", "email": ',
      headers: { 'content-type': 'application/json' },
    });

    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.detail).toMatch(/^The body is not valid JSON/);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['a non-UTF-8 charset', 'application/json; charset=latin1'],
  ])('rejects a body sent as %s with a 415 problem', async (_, type) => {
    const res = await call(baseUrl, 'POST', '/users', {
      body: JSON.stringify({ name: 'Ada', email: uniqueEmail() }),
      headers: { 'content-type': type },
    });
    expect(res.status).toBe(415);
    expect(res.body.type).toBe('urn:problem:unsupported-media-type');
  });

  it('rejects a body without a content type with a 415 problem', async () => {
    const res = await fetch(`${baseUrl}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await adminToken(inject('dataDir'))}` },
      body: new Blob([JSON.stringify({ name: 'Ada', email: uniqueEmail() })]),
    });

    expect(res.status).toBe(415);
  });

  it('accepts application/json with charset=utf-8', async () => {
    const res = await call(baseUrl, 'POST', '/users', {
      body: JSON.stringify({ name: 'Ada', email: uniqueEmail() }),
      headers: { 'content-type': 'application/json; charset=UTF-8' },
    });
    expect(res.status).toBe(201);
  });

  it('requires a body on create', async () => {
    const res = await call(baseUrl, 'POST', '/users', { headers: { 'content-type': 'application/json' } });

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/body', message: 'is required' }]);
  });

  it('rejects a body over 100 KB with a 413 problem', async () => {
    const res = await call(baseUrl, 'POST', '/users', {
      json: { name: 'Big', email: uniqueEmail(), padding: 'x'.repeat(110 * 1024) },
    });

    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.type).toBe('urn:problem:payload-too-large');
  });

  it('treats a body of exactly 100 KB as within the limit', async () => {
    const base = JSON.stringify({ name: 'Edge', email: uniqueEmail(), pad: '' });
    const body = base.replace('"pad":""', `"pad":"${'x'.repeat(100 * 1024 - base.length)}"`);

    const res = await call(baseUrl, 'POST', '/users', { body, headers: { 'content-type': 'application/json' } });

    expect(Buffer.byteLength(body)).toBe(100 * 1024);
    expect(res.status).toBe(400); // read and validated (pad is not allowed), not refused as too large
    expect(res.body.errors).toEqual([{ path: '/body/pad', message: 'is not allowed' }]);
  });
});

/** API Gateway's payload limit for REST APIs: 10 MB. */
const TEN_MB = 10_485_760;

/** Streams a chunked body without ever ending it; resolves with the answer and the bytes sent by then. */
function streamUntilAnswered(path: string, token: string) {
  return new Promise<{ status: number; type: string; body: string; sent: number }>((ok, fail) => {
    const req = request(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(256 * 1024, 'x');
    const pump = () => {
      while (!answered && sent < 4 * TEN_MB) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
    };
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d: Buffer) => {
        body += d.toString();
      });
      res.on('end', () => {
        ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, sent });
        req.destroy();
      });
    });
    req.on('error', (err) => (answered ? undefined : fail(err)));
    pump();
  });
}

describe('the gateway’s own payload limit', () => {
  it('answers 413 in plain text past 10 MB, as API Gateway does, without reading the rest', async () => {
    const token = await adminToken(inject('dataDir'));

    const res = await streamUntilAnswered('/users', token);

    expect(res.status).toBe(413);
    expect(res.type).toBe('text/plain');
    expect(res.body).toBe('HTTP content length exceeded 10485760 bytes.');
    expect(res.sent).toBeGreaterThan(TEN_MB);
    expect(res.sent).toBeLessThan(4 * TEN_MB); // answered mid-stream: the request never ended
  }, 20_000);

  it('refuses a declared Content-Length past 10 MB before any body arrives', async () => {
    const token = await adminToken(inject('dataDir'));
    const res = await new Promise<number>((ok, fail) => {
      const req = request(`${baseUrl}/users`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(TEN_MB + 1),
          authorization: `Bearer ${token}`,
        },
      });
      req.on('response', (r) => {
        ok(r.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', fail);
      req.flushHeaders();
    });

    expect(res).toBe(413);
  }, 20_000);
});

describe('correlation ids', () => {
  it("echoes the caller's X-Correlation-Id on success and on problems", async () => {
    const ok = await call(baseUrl, 'GET', '/health', { headers: { 'x-correlation-id': 'trace-123' } });
    const problem = await call(baseUrl, 'GET', '/users/nope', { headers: { 'x-correlation-id': 'trace-456' } });

    expect(ok.headers.get('x-correlation-id')).toBe('trace-123');
    expect(problem.headers.get('x-correlation-id')).toBe('trace-456');
    expect(problem.body.correlationId).toBe('trace-456');
  });

  it('makes a new one when the caller sends none, or one unsafe to echo', async () => {
    const none = await call(baseUrl, 'GET', '/health');
    const unsafe = await call(baseUrl, 'GET', '/health', { headers: { 'x-correlation-id': 'x'.repeat(200) } });

    expect(none.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unsafe.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends X-Content-Type-Options: nosniff', async () => {
    const res = await call(baseUrl, 'GET', '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
