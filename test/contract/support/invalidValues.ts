// Values a JSON Schema refuses, as fast-check arbitraries, one kind per keyword the
// schema uses: wrong type, out of range, too short or long, bad format, off-pattern,
// not in the enum. Read from the schema, so a new constraint gets tried unasked.
import fc from 'fast-check';
import { validatorOf } from './conformance.js';
import type { JsonSchema } from './spec.js';

/**
 * Marks a generated candidate that turned out valid (or unsendable). The property
 * drops it with `fc.pre`, which fast-check bounds, where `.filter` could spin forever.
 */
export const UNFIT = Symbol('unfit');
export type Candidate<T> = T | typeof UNFIT;

export interface InvalidKind {
  /** What is wrong, e.g. "above maximum 150". */
  kind: string;
  values: fc.Arbitrary<Candidate<unknown>>;
}

/** Where the value travels: JSON bodies carry any JSON; parameters travel as strings. */
export type Carrier = 'json' | 'query' | 'path' | 'header';

function keepOnly<T>(arb: fc.Arbitrary<T>, keep: (value: T) => boolean): fc.Arbitrary<Candidate<T>> {
  return arb.map((value) => (keep(value) ? value : UNFIT));
}

const whitespace = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003');
const printableAscii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
// Characters that patterns and parsers tend to trip on.
const hostile = fc.constantFrom('\u0000', '\u0007', '\u001f', '\u007f', '\t', '\n', ' ', '\u00a0', '\u2028', '\ufeff');
const tricky = fc.constantFrom('"', "'", '\\', '/', '%', '<', '&', ',', '@', 'é', '😀');

function anyJsonOtherThan(type: string): fc.Arbitrary<unknown> {
  const byType: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ maxLength: 20 }),
    integer: fc.integer(),
    number: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  };
  // An integer is a number too; a non-integer number is the wrong type for "integer".
  const excluded = type === 'number' ? ['number', 'integer'] : [type];
  const others = Object.entries(byType).filter(([t]) => !excluded.includes(t));
  return fc.oneof(...others.map(([, arb]) => arb));
}

/** Strings that no JavaScript or JSON reading would take for a number. */
const notNumeric = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((s) => s.trim().length > 0 && !Number.isFinite(Number(s)));

/** A string as it may travel in `carrier`: headers take printable ASCII, paths a non-empty segment. */
function fitsCarrier(carrier: Carrier, allowEmpty: boolean): (s: string) => boolean {
  if (!allowEmpty) return (s) => s !== '' && fitsCarrier(carrier, true)(s);
  if (carrier === 'header') return (s) => /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/.test(s);
  // An empty, "." or ".." segment, or a slash, changes the route rather than the parameter.
  if (carrier === 'path') return (s) => s !== '' && s !== '.' && s !== '..' && !/[/\\%]/.test(s);
  return () => true;
}

/** Single characters for `carrier`: any grapheme, with hostile and tricky ones often. */
function unitFor(carrier: Carrier): fc.Arbitrary<string> {
  if (carrier === 'header') return fc.oneof(printableAscii, fc.constantFrom(' ', '"', ',', ';', '\\', '='));
  const any = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), hostile, tricky);
  // A slash, backslash or percent sign in a path segment changes the route, not the parameter.
  return carrier === 'path' ? any.filter((c) => !/[/\\%]/.test(c)) : any;
}

/** One-character slips of a valid value (dropped, replaced, inserted): the near misses a parser must still catch. */
function nearMisses(valid: string, unit: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const slip = fc.constantFrom('drop', 'replace', 'insert');
  return fc.tuple(fc.nat({ max: Math.max(valid.length - 1, 0) }), slip, unit).map(([at, how, char]) => {
    const tail = how === 'insert' ? valid.slice(at) : valid.slice(at + 1);
    return valid.slice(0, at) + (how === 'drop' ? '' : char) + tail;
  });
}

function stringKinds(schema: JsonSchema, carrier: Carrier, allowEmpty: boolean, near?: string): InvalidKind[] {
  const kinds: InvalidKind[] = [];
  const min = schema.minLength as number | undefined;
  const max = schema.maxLength as number | undefined;
  const fits = fitsCarrier(carrier, allowEmpty);
  const unit = unitFor(carrier);
  const shortest = allowEmpty ? 0 : 1;
  if (min !== undefined && min > shortest) {
    const short = fc.string({
      unit: carrier === 'header' ? printableAscii : 'grapheme-ascii',
      minLength: shortest,
      maxLength: min - 1,
    });
    kinds.push({ kind: `shorter than ${min}`, values: keepOnly(short, fits) });
  }
  if (max !== undefined) {
    const long = fc.string({ unit, minLength: max + 1, maxLength: max + 40 });
    kinds.push({ kind: `longer than ${max}`, values: keepOnly(long, fits) });
  }
  const longest = Math.min(max ?? 120, 120);
  // Random strings, and near misses of a valid value when there is one.
  const random = fc.string({ unit, minLength: shortest, maxLength: longest });
  const candidates = near === undefined ? random : fc.oneof(random, nearMisses(near, unit));
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const breakers = fc.oneof(candidates, fc.string({ unit: whitespace, minLength: shortest, maxLength: 4 }));
    kinds.push({ kind: 'off the pattern', values: keepOnly(breakers, (s) => fits(s) && !pattern.test(s)) });
  }
  if (typeof schema.format === 'string') {
    const conforms = validatorOf({ type: 'string', format: schema.format });
    kinds.push({ kind: `not a valid ${schema.format}`, values: keepOnly(candidates, (s) => fits(s) && !conforms(s)) });
  }
  return kinds;
}

/** A bound from `minimum`/`maximum`, exclusive as OpenAPI 3.0 (boolean) or JSON Schema (number) says. */
function bound(schema: JsonSchema, side: 'minimum' | 'maximum'): { at: number; exclusive: boolean } | undefined {
  const exclusive = schema[side === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
  if (typeof exclusive === 'number') return { at: exclusive, exclusive: true };
  const at = schema[side];
  return typeof at === 'number' ? { at, exclusive: exclusive === true } : undefined;
}

function numberKinds(schema: JsonSchema, integer: boolean): InvalidKind[] {
  const kinds: InvalidKind[] = [];
  const min = bound(schema, 'minimum');
  const max = bound(schema, 'maximum');
  if (min) {
    const values = integer
      ? fc.integer({ min: min.at - 1_000_000, max: min.exclusive ? min.at : min.at - 1 })
      : fc.double({ min: min.at - 1e6, max: min.at, maxExcluded: !min.exclusive, noNaN: true });
    kinds.push({ kind: `below minimum ${min.at}`, values });
  }
  if (max) {
    const values = integer
      ? fc.integer({ min: max.exclusive ? max.at : max.at + 1, max: max.at + 1_000_000 })
      : fc.double({ min: max.at, max: max.at + 1e6, minExcluded: !max.exclusive, noNaN: true });
    kinds.push({ kind: `above maximum ${max.at}`, values });
  }
  return kinds;
}

export interface KindOptions {
  /** False where an empty value reads as no value (headers, path segments, Prism's query). */
  allowEmpty?: boolean;
  /** A valid value to make near misses of (the spec's example). */
  near?: unknown;
}

const serialize = (kind: InvalidKind): InvalidKind => ({
  kind: kind.kind,
  values: kind.values.map((v) => (v === UNFIT ? v : String(v))),
});

/** The ways a single value can break `schema` (objects and arrays: see negativeCases). */
export function invalidKinds(schema: JsonSchema, carrier: Carrier, options: KindOptions = {}): InvalidKind[] {
  const allowEmpty = options.allowEmpty ?? true;
  const type = schema.type as string | undefined;
  const serialized = carrier !== 'json';
  const kinds: InvalidKind[] = [];
  if (type === 'integer' || type === 'number') {
    const fraction = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n));
    if (serialized) kinds.push({ kind: 'not a number', values: notNumeric });
    else kinds.push({ kind: `not ${type === 'integer' ? 'an integer' : 'a number'}`, values: anyJsonOtherThan(type) });
    if (type === 'integer') kinds.push({ kind: 'a fraction', values: fraction });
    kinds.push(...numberKinds(schema, type === 'integer'));
  } else if (type === 'string') {
    if (!serialized) kinds.push({ kind: 'not a string', values: anyJsonOtherThan('string') });
    const near = typeof options.near === 'string' ? options.near : undefined;
    kinds.push(...stringKinds(schema, carrier, allowEmpty, near));
  } else if (type === 'boolean' && serialized) {
    // Only "true" and "false" read as booleans; an empty value is too ambiguous to try.
    const notBoolean = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s !== 'true' && s !== 'false');
    kinds.push({ kind: 'not a boolean', values: keepOnly(notBoolean, fitsCarrier(carrier, allowEmpty)) });
  } else if (type !== undefined && !serialized) {
    kinds.push({ kind: `not ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`, values: anyJsonOtherThan(type) });
  }
  if (Array.isArray(schema.enum)) {
    const allowed = new Set(schema.enum.map((v) => JSON.stringify(v)));
    const values = serialized ? fc.string({ minLength: 1, maxLength: 12 }) : fc.jsonValue({ maxDepth: 1 });
    kinds.push({ kind: 'not in the enum', values: values.filter((v) => !allowed.has(JSON.stringify(v))) });
  }
  return serialized ? kinds.map(serialize) : kinds;
}
