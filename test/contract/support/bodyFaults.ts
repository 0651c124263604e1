// The ways to break a JSON body, walked from its schema: each property's value
// (see invalidValues), a missing required property, an extra property, too few or
// too many items, a repeated item. Each fault is one change to a valid body.
import fc from 'fast-check';
import { type Candidate, invalidKinds, UNFIT } from './invalidValues.js';
import type { JsonSchema } from './spec.js';

export type Pointer = readonly string[];

export interface BodyFault {
  pointer: Pointer;
  kind: string;
  bodies: fc.Arbitrary<Candidate<unknown>>;
  /** 1 for a fixed body; the caller's `runs` for generated ones. */
  runs: number;
}

/** A copy of `root` with `value` at `pointer` (missing parents become objects); own keys even for "__proto__". */
function setAt(root: unknown, pointer: Pointer, value: unknown): unknown {
  if (pointer.length === 0) return value;
  const copy = structuredClone(root ?? {}) as Record<string, unknown>;
  let parent = copy;
  for (const key of pointer.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') {
      Object.defineProperty(parent, key, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    parent = parent[key] as Record<string, unknown>;
  }
  const last = pointer[pointer.length - 1] as string;
  Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function deleteAt(root: unknown, pointer: Pointer): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let parent: Record<string, unknown> | undefined = copy;
  for (const key of pointer.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
  if (parent) delete parent[pointer[pointer.length - 1] as string];
  return copy;
}

function valueAt(root: unknown, pointer: Pointer): unknown {
  return pointer.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
}

/** A JSON Pointer, as field errors name fields. */
export const toPointer = (pointer: Pointer) =>
  pointer.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function objectFaults(schema: JsonSchema, base: unknown, pointer: Pointer, runs: number): BodyFault[] {
  const faults: BodyFault[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema.required ?? []) as string[]) {
    const body = deleteAt(base, [...pointer, name]);
    faults.push({ pointer: [...pointer, name], kind: 'missing', bodies: fc.constant(body), runs: 1 });
  }
  if (schema.additionalProperties === false) {
    const key = fc.string({ minLength: 1, maxLength: 16 }).filter((k) => !Object.hasOwn(properties, k));
    const bodies = fc.tuple(key, fc.jsonValue({ maxDepth: 1 })).map(([k, v]) => setAt(base, [...pointer, k], v));
    faults.push({ pointer, kind: 'with an extra property', bodies, runs });
  }
  for (const [name, property] of Object.entries(properties)) {
    faults.push(...bodyFaults(property, base, [...pointer, name], runs));
  }
  return faults;
}

function arrayFaults(schema: JsonSchema, base: unknown, pointer: Pointer, runs: number): BodyFault[] {
  const faults: BodyFault[] = [];
  const current = valueAt(base, pointer);
  const list = Array.isArray(current) ? current : [];
  const sample: unknown = list[0];
  const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number };
  if (minItems !== undefined && minItems > 0) {
    const body = setAt(base, pointer, list.slice(0, minItems - 1));
    faults.push({ pointer, kind: `with fewer than ${minItems} items`, bodies: fc.constant(body), runs: 1 });
  }
  if (sample === undefined) return faults; // the example has no item to vary
  // Distinct copies of a valid item, so that only the count is at fault.
  const copy = (i: number) => (typeof sample === 'string' ? `${sample}-${i}` : structuredClone(sample));
  if (maxItems !== undefined) {
    const bodies = fc.integer({ min: maxItems + 1, max: maxItems + 5 }).map((n) =>
      setAt(
        base,
        pointer,
        Array.from({ length: n }, (_, i) => copy(i)),
      ),
    );
    faults.push({ pointer, kind: `with more than ${maxItems} items`, bodies, runs });
  }
  if (schema.uniqueItems === true) {
    const body = setAt(base, pointer, [...list, structuredClone(sample)]);
    faults.push({ pointer, kind: 'with a repeated item', bodies: fc.constant(body), runs: 1 });
  }
  if (schema.items) faults.push(...bodyFaults(schema.items as JsonSchema, base, [...pointer, '0'], runs));
  return faults;
}

/** Every way to break the JSON value of `schema` found at `pointer` inside the valid body `base`. */
export function bodyFaults(schema: JsonSchema, base: unknown, pointer: Pointer, runs: number): BodyFault[] {
  const near = valueAt(base, pointer);
  const faults: BodyFault[] = invalidKinds(schema, 'json', { near }).map(({ kind, values }) => ({
    pointer,
    kind,
    bodies: values.map((v) => (v === UNFIT ? UNFIT : setAt(base, pointer, v))),
    runs,
  }));
  if (schema.type === 'object' || schema.properties) faults.push(...objectFaults(schema, base, pointer, runs));
  if (schema.type === 'array') faults.push(...arrayFaults(schema, base, pointer, runs));
  return faults;
}
