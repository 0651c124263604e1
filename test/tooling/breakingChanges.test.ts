// Optic's breaking-changes ruleset and our request-narrowing rules as the gate runs them, on
// fixtures with one operation per kind of break: each is caught by its rule, additions and
// loosened constraints pass, a major version raise passes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffSpecs, failedChecks, opticEnv } from '../../tooling/breaking/opticDiff.js';
import { webhookPath, webhooksAsOperations } from '../../tooling/breaking/webhooks.js';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const base = fixture('base.yaml');
const head = fixture('head.yaml');

/** head.yaml with another info.version, in a temporary file. */
function headWithVersion(version: string): string {
  const doc = parse(readFileSync(head, 'utf8'));
  doc.info.version = version;
  const file = join(mkdtempSync(join(tmpdir(), 'breaking-')), 'head.yaml');
  writeFileSync(file, stringify(doc));
  return file;
}

describe('the breaking-change check', () => {
  it('catches every kind of break, each by its rule, and lets additions through', () => {
    // Act
    const { status, report } = diffSpecs(base, head);
    // Assess
    expect(status, report).toBe(1);
    expect(Object.fromEntries(failedChecks(report))).toEqual({
      // removed operation (its status codes go with it)
      'GET /removed': ['prevent operation removal', 'prevent response status code removal'],
      // removed field
      'GET /response-field': ['prevent removing response property'],
      'GET /response-optional': ['prevent making response property optional'],
      // narrowed type: number to integer in a request body, an enum value dropped from a parameter
      'POST /request-type': ['prevent request property type changes'],
      'GET /request-enum': ['prevent query parameters enum breaking changes'],
      // tighter constraints and a removed field the schema no longer allows (tooling/breaking/rules/)
      'POST /request-constraints': ['prevent tighter request property constraints'],
      'GET /parameter-constraints': ['prevent tighter parameter constraints'],
      'POST /closed-body': ['prevent removing request property that clients may still send'],
      // new required parameter or field
      'GET /new-parameter': ['prevent new required query parameters'],
      'POST /new-field': ['prevent changing request property to required'],
      // removed or changed status
      'GET /status-removed': ['prevent response status code removal'],
      'POST /status-changed': ['prevent response status code removal'],
      // an optional parameter, request and response fields, a status and an operation added;
      // a pattern dropped, a maxLength and a maximum raised
      'POST /additions': [],
      'GET /added': [],
    });
    expect(report).toMatch(/Checks: \d+\/\d+ passed/);
    expect(report).toContain(
      `request body property 'name' accepts less: maxLength 100 -> 50, pattern "(none)" -> "^[a-z]+$"`,
    );
    expect(report).toContain(`parameter 'limit' accepts less: maximum 100 -> 10`);
  });

  it('lets the same changes through when info.version raises its major version (1.4.0 to 2.0.0)', () => {
    // Act
    const { status, report } = diffSpecs(base, headWithVersion('2.0.0'));
    // Assess
    expect(status, report).toBe(0);
    expect(report).toContain('GET /removed');
  });

  it('runs with telemetry and the update check off', () => {
    expect(opticEnv).toMatchObject({ OPTIC_TELEMETRY_LEVEL: 'off', NO_UPDATE_NOTIFIER: '1' });
  });
});

describe('the breaking-change check on events (x-webhooks)', () => {
  /** A one-event spec whose payload has the given properties (all required). */
  const eventSpec = (properties: Record<string, unknown>) =>
    webhooksAsOperations({
      openapi: '3.0.3',
      info: { title: 'events', version: '1.0.0' },
      paths: {},
      'x-webhooks': {
        ThingCreated: {
          post: {
            operationId: 'onThingCreated',
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingCreatedEvent' } } },
            },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
      components: {
        schemas: {
          ThingCreatedEvent: { type: 'object', required: Object.keys(properties), properties },
        },
      },
    });
  const write = (doc: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'breaking-events-')), 'spec.json');
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };

  it("catches a field removed from an event's payload, which breaks its subscribers", () => {
    const before = write(eventSpec({ id: { type: 'string' }, owner: { type: 'string' } }));
    const after = write(eventSpec({ id: { type: 'string' } }));

    const { status, report } = diffSpecs(before, after);

    expect(status, report).toBe(1);
    expect(failedChecks(report).get(`GET ${webhookPath('ThingCreated')}`)).toEqual([
      'prevent removing response property',
    ]);
  });

  it('lets a field added to a payload through', () => {
    const before = write(eventSpec({ id: { type: 'string' } }));
    const after = write(eventSpec({ id: { type: 'string' }, owner: { type: 'string' } }));

    expect(diffSpecs(before, after).status).toBe(0);
  });
});
