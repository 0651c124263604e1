// The passwords verify gives its temporary accounts (the pool's policy is checked in test/infra).
import { describe, expect, it } from 'vitest';
import { strongPassword } from '../../../infra/verify/password.js';

describe('verify: passwords', () => {
  it('are 32 random characters with a lower, an upper, a digit and a symbol', () => {
    const drawn = Array.from({ length: 200 }, () => strongPassword());
    for (const p of drawn) {
      expect(p).toHaveLength(32);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/\d/);
      expect(p).toMatch(/[^A-Za-z0-9]/);
      expect(p).not.toMatch(/[\s"'\\]/);
    }
    expect(new Set(drawn).size).toBe(200);
  });
});
