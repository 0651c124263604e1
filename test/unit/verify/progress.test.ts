// verify's printer: every line, a child process's included, goes out with the secrets it
// was told of replaced, even when a secret arrives split across chunks.
import { describe, expect, it } from 'vitest';
import { Progress } from '../../../infra/verify/progress.js';

function printer() {
  let out = '';
  const progress = new Progress((text) => {
    out += text;
  });
  return { progress, out: () => out };
}

describe('verify: what it prints', () => {
  it('replaces every secret it was told of, wherever it appears in a line', () => {
    // Prepare
    const { progress, out } = printer();
    progress.secret('Pa55w0rd!xyz');
    progress.secret('eyJhbGciOi.token');
    // Act
    progress.fail('sign-in failed for Pa55w0rd!xyz (Pa55w0rd!xyz)');
    progress.note('Authorization: Bearer eyJhbGciOi.token');
    // Assess
    expect(out()).toBe('  ✗ sign-in failed for [redacted] ([redacted])\n  Authorization: Bearer [redacted]\n');
  });

  it('streams a child process by whole lines, so a secret split across chunks is still replaced', () => {
    const { progress, out } = printer();
    progress.secret('Pa55w0rd!xyz');
    const stream = progress.stream();
    stream.write('first line\nAPI_TOKEN=Pa55');
    stream.write('w0rd!xyz\r\nlast');
    stream.end();
    expect(out()).toBe('  │ first line\n  │ API_TOKEN=[redacted]\n  │ last\n');
  });
});
