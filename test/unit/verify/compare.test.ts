// How verify compares the stage's answer with the local gateway's: what is normalised
// (ids, dates, emails, request ids, cursors, AWS-only headers) and how a difference is shown.
import { describe, expect, it } from 'vitest';
import { type Answer, differences, normalise, sideBySide } from '../../../infra/verify/compare.js';

const answer = (status: number, headers: Record<string, string>, body: unknown): Answer => ({
  status,
  headers: new Headers(headers),
  text: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('verify: comparing the stage with the local gateway', () => {
  it('treats answers that differ only in ids, dates, addresses, request ids and cursors as the same', () => {
    // Prepare
    const stage = answer(
      201,
      {
        'content-type': 'application/json',
        location: '/users/0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f',
        'x-amzn-requestid': 'a',
      },
      {
        userId: '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f',
        email: 'verify-1a2b3c4d-ada-00000001@example.invalid',
        createdAt: '2026-11-24T08:00:00.000Z',
        nextCursor: 'abc',
      },
    );
    const local = answer(
      201,
      { 'content-type': 'application/json', location: '/users/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', date: 'Mon' },
      {
        userId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
        email: 'verify-1a2b3c4d-ada-00000002@example.invalid',
        createdAt: '2026-11-30T12:34:56.789Z',
        nextCursor: 'xyz',
      },
    );
    // Act / Assess
    expect(differences(stage, local)).toEqual([]);
  });

  it('ignores the headers AWS adds and the local gateway does not emulate, and the function version', () => {
    const stage = answer(
      200,
      { 'x-amz-apigw-id': 'Abc=', 'x-amzn-trace-id': 'Root=1-x', 'x-function-version': '7' },
      '',
    );
    expect(differences(stage, answer(200, {}, ''))).toEqual([]);
  });

  it('names each difference in status, header and body field, side by side', () => {
    // Prepare
    const stage = answer(401, { 'www-authenticate': 'Bearer', vary: 'Origin' }, { title: 'Unauthorized', errors: [] });
    const local = answer(403, { vary: 'Origin' }, { title: 'Forbidden', detail: 'no' });
    // Act
    const diffs = differences(stage, local);
    // Assess
    expect(diffs).toEqual([
      { field: 'status', stage: '401', local: '403' },
      { field: 'header www-authenticate', stage: 'Bearer', local: '(absent)' },
      { field: 'body /detail', stage: '(absent)', local: '"no"' },
      { field: 'body /errors', stage: '[]', local: '(absent)' },
      { field: 'body /title', stage: '"Unauthorized"', local: '"Forbidden"' },
    ]);
    expect(sideBySide(diffs, 20)).toEqual([
      'field                    stage                 local',
      'status                   401                   403',
      'header www-authenticate  Bearer                (absent)',
      'body /detail             (absent)              "no"',
      'body /errors             []                    (absent)',
      'body /title              "Unauthorized"        "Forbidden"',
    ]);
  });

  it('compares bodies that are not JSON as text', () => {
    expect(differences(answer(413, {}, 'Request Too Long'), answer(413, {}, 'Too large'))).toEqual([
      { field: 'body ', stage: 'Request Too Long', local: 'Too large' },
    ]);
  });

  it('keeps what is not an id, a date or an example address', () => {
    expect(normalise('ada@company.org 2026-11-24 v1 "1"')).toBe('ada@company.org 2026-11-24 v1 "1"');
    expect(normalise('Contract.x.1a2b3c4d@Example.com at 2026-11-24T08:00:00Z')).toBe('<email> at <date>');
  });
});
