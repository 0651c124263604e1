// Which addresses a verify run treats as its own, and what it records: a run must never
// delete a user it did not make.
import { describe, expect, it } from 'vitest';
import { Ledger, RUN_ACCOUNT, RUN_EMAIL } from '../../../infra/verify/ledger.js';

describe('verify: what a run owns', () => {
  const ledger = new Ledger('1a2b3c4d');

  it('tags its accounts and addresses with verify-<run id> at a reserved domain', () => {
    expect(ledger.accountEmail('admin')).toBe('verify-1a2b3c4d-admin@example.invalid');
    expect(ledger.email('smoke')).toMatch(/^verify-1a2b3c4d-smoke-[0-9a-f]{8}@example\.invalid$/);
    expect(RUN_ACCOUNT.exec(ledger.accountEmail('user'))?.slice(1)).toEqual(['1a2b3c4d', 'user']);
  });

  it('owns its own addresses and the contract suite’s under its tag, in any letter case', () => {
    expect(ledger.owns(ledger.email('smoke'))).toBe(true);
    expect(ledger.owns('verify-1a2b3c4d.create.0a0b0c0d@example.com')).toBe(true);
    expect(ledger.owns('Verify-1A2B3C4D.create.0a0b0c0d@Example.com')).toBe(true);
  });

  it('owns nothing of another run, a look-alike or a real domain', () => {
    for (const email of [
      'verify-99999999-smoke-0a0b0c0d@example.invalid',
      'verify-1a2b3c4d-smoke@company.com',
      'verify-bob@example.com',
      'verify-1a2b3c4dx@example.invalid',
      'someone@example.com',
    ]) {
      expect(ledger.owns(email), email).toBe(false);
    }
    expect(RUN_EMAIL.test('verify-bob@example.com')).toBe(false);
    expect(RUN_EMAIL.test('verify-1a2b3c4d-x@example.org')).toBe(false);
  });

  it('records what a POST created: a user, an item, a batch of items, with the creator', () => {
    const l = new Ledger('0badf00d');
    l.recordCreated('Bearer a', { userId: 'u1', email: 'x' });
    l.recordCreated('Bearer a', { itemId: 'i1' });
    l.recordCreated('Bearer b', { items: [{ itemId: 'i2' }, { itemId: 'i3' }] });
    expect([...l.users]).toEqual(['u1']);
    expect([...l.items]).toEqual([
      ['i1', 'Bearer a'],
      ['i2', 'Bearer b'],
      ['i3', 'Bearer b'],
    ]);
  });
});
