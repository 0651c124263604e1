// The subset of Lambda's filter syntax the local stream runner applies, against records as Lambda delivers them.
import { describe, expect, it } from 'vitest';
import { matchesPattern, passesFilters } from '../../../src/local/events/filterPattern.js';

const insert = {
  eventName: 'INSERT',
  dynamodb: {
    Keys: { pk: { S: 'OWNER#a' }, sk: { S: 'ITEM#1' } },
    NewImage: { type: { S: 'item' }, tags: ['x', 'y'] },
  },
};
const ttlRemove = {
  eventName: 'REMOVE',
  userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
  dynamodb: { Keys: { pk: { S: 'OWNER#a' }, sk: { S: 'TRASH#1' } }, OldImage: { type: { S: 'trashedItem' } } },
};

describe('matchesPattern', () => {
  it.each([
    ['a value among several (or)', { eventName: ['MODIFY', 'INSERT'] }, true],
    ['a value not listed', { eventName: ['MODIFY'] }, false],
    [
      'nested fields, all of them (and)',
      { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['item'] } } } },
      true,
    ],
    ['nested fields, one wrong', { eventName: ['REMOVE'], dynamodb: { NewImage: { type: { S: ['item'] } } } }, false],
    ['prefix', { dynamodb: { Keys: { sk: { S: [{ prefix: 'ITEM#' }] } } } }, true],
    ['prefix not met', { dynamodb: { Keys: { sk: { S: [{ prefix: 'TRASH#' }] } } } }, false],
    ['suffix', { dynamodb: { Keys: { pk: { S: [{ suffix: '#a' }] } } } }, true],
    ['equals-ignore-case', { eventName: [{ 'equals-ignore-case': 'insert' }] }, true],
    ['anything-but a list', { eventName: [{ 'anything-but': ['REMOVE', 'MODIFY'] }] }, true],
    ['anything-but the value', { eventName: [{ 'anything-but': 'INSERT' }] }, false],
    ['anything-but a prefix', { dynamodb: { Keys: { sk: { S: [{ 'anything-but': { prefix: 'ITEM#' } }] } } } }, false],
    ['exists true on a present field', { dynamodb: { NewImage: [{ exists: true }] } }, true],
    ['exists true on a missing field', { dynamodb: { OldImage: [{ exists: true }] } }, false],
    ['exists false on a missing field', { userIdentity: [{ exists: false }] }, true],
    ['exists false on a present field', { eventName: [{ exists: false }] }, false],
    ['a value of an array field', { dynamodb: { NewImage: { tags: ['y'] } } }, true],
    ['a field missing from the record', { eventSourceARN: ['arn'] }, false],
    ['an object pattern against a missing object', { userIdentity: { type: ['Service'] } }, false],
    [
      '$or with one alternative matching',
      { $or: [{ eventName: ['REMOVE'] }, { dynamodb: { NewImage: { type: { S: ['item'] } } } }] },
      true,
    ],
    ['$or with none matching', { $or: [{ eventName: ['REMOVE'] }, { eventName: ['MODIFY'] }] }, false],
  ])('%s', (_name, pattern, expected) => {
    expect(matchesPattern(pattern, insert)).toBe(expected);
  });

  it('tells a TTL deletion apart by its user identity', () => {
    const pattern = { userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] } };

    expect(matchesPattern(pattern, ttlRemove)).toBe(true);
    expect(matchesPattern(pattern, { ...ttlRemove, userIdentity: undefined })).toBe(false);
  });

  it('compares numbers with numeric ranges', () => {
    const pattern = { size: [{ numeric: ['>', 0, '<=', 5] }] };

    expect([0, 1, 5, 6, '3'].map((size) => matchesPattern(pattern, { size }))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('matches null and the empty string as values', () => {
    expect(matchesPattern({ a: [null] }, { a: null })).toBe(true);
    expect(matchesPattern({ a: [null] }, {})).toBe(false);
    expect(matchesPattern({ a: [''] }, { a: '' })).toBe(true);
  });

  it('refuses an operator it does not know instead of letting everything through', () => {
    expect(() => matchesPattern({ eventName: [{ wildcard: '*' }] }, insert)).toThrow(/Unsupported filter operator/);
    expect(() => matchesPattern({ eventName: 'INSERT' }, insert)).toThrow(/list of matchers/);
  });
});

describe('passesFilters', () => {
  it('lets a record through when any filter matches, and all records when there is none', () => {
    const filters = [{ eventName: ['MODIFY'] }, { eventName: ['INSERT'] }];

    expect(passesFilters(filters, insert)).toBe(true);
    expect(passesFilters(filters, ttlRemove)).toBe(false);
    expect(passesFilters([], ttlRemove)).toBe(true);
  });
});
