// The local stage's access log: one line per request, batched into one write per event-loop turn.
import { describe, expect, it } from 'vitest';
import { accessLine, correlationIdOfAnswer, createLineWriter } from '../../src/local/accessLog.js';

const nextTurn = () => new Promise((done) => setImmediate(done));

describe('createLineWriter', () => {
  it('writes the lines of one event-loop turn in one write, in order', async () => {
    const writes: string[] = [];
    const lines = createLineWriter((chunk) => writes.push(chunk));

    lines.line('a');
    lines.line('b');
    lines.line('c');
    const before = writes.length;
    await nextTurn();

    expect(before).toBe(0);
    expect(writes).toEqual(['a\nb\nc\n']);
  });

  it('writes at once when the buffer is full, and on flush', () => {
    const writes: string[] = [];
    const lines = createLineWriter((chunk) => writes.push(chunk), 4);

    lines.line('abcd');
    lines.line('e');
    lines.flush();
    lines.flush();

    expect(writes).toEqual(['abcd\n', 'e\n']);
  });
});

describe('accessLine', () => {
  it('gives method, path and query as sent, status, milliseconds and the correlation id', () => {
    expect(accessLine('GET', '/users?limit=2', 200, 1.234, 'abc')).toBe('GET /users?limit=2 200 1.2ms abc');
  });
});

describe('correlationIdOfAnswer', () => {
  it("takes the function's x-correlation-id in any case, else API Gateway's request id", () => {
    expect(correlationIdOfAnswer({ 'X-Correlation-Id': 'c1', 'x-amzn-RequestId': 'r1' })).toBe('c1');
    expect(correlationIdOfAnswer({ 'x-amzn-RequestId': 'r1', 'content-type': 'application/json' })).toBe('r1');
    expect(correlationIdOfAnswer({})).toBe('-');
  });
});
