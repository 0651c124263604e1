// Invalid requests generated from the spec: start from a valid request and break
// one thing the schemas forbid (a parameter, a body field, a required field, an
// extra property). Every one of them must get a 400 problem, never a 5xx.
import fc from 'fast-check';
import { type Carrier, invalidKinds } from './invalidValues.js';
import { type RequestParts, toRawRequest, validParts } from './requests.js';
import { type JsonSchema, type OperationSpec, operations } from './spec.js';
import type { RawRequest } from './target.js';

export interface NegativeCase {
  operationId: string;
  /** Where the fault is, as a field error path says it: `/body/age`, `/query/limit`, `/headers/If-Match`. */
  where: string;
  kind: string;
  requests: fc.Arbitrary<RawRequest>;
  /** 1 for a fixed request; more for generated ones. */
  runs: number;
}

type Pointer = readonly string[];

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

const toPath = (pointer: Pointer) => pointer.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

interface BodyFault {
  pointer: Pointer;
  kind: string;
  bodies: fc.Arbitrary<unknown>;
  runs: number;
}

function valueAt(root: unknown, pointer: Pointer): unknown {
  return pointer.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
}

/** Every way to break a JSON value of `schema` found at `pointer` inside `base`. */
function bodyFaults(schema: JsonSchema, base: unknown, pointer: Pointer, runs: number): BodyFault[] {
  const near = valueAt(base, pointer);
  const faults: BodyFault[] = invalidKinds(schema, 'json', { near }).map(({ kind, values }) => ({
    pointer,
    kind,
    bodies: values.map((v) => setAt(base, pointer, v)),
    runs,
  }));
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema.required ?? []) as string[]) {
    faults.push({
      pointer: [...pointer, name],
      kind: 'missing',
      bodies: fc.constant(deleteAt(base, [...pointer, name])),
      runs: 1,
    });
  }
  if (schema.additionalProperties === false) {
    const extra = fc.tuple(
      fc.string({ minLength: 1, maxLength: 16 }).filter((key) => !Object.hasOwn(properties, key)),
      fc.jsonValue({ maxDepth: 1 }),
    );
    faults.push({
      pointer,
      kind: 'with an extra property',
      bodies: extra.map(([k, v]) => setAt(base, [...pointer, k], v)),
      runs,
    });
  }
  for (const [name, property] of Object.entries(properties)) {
    faults.push(...bodyFaults(property, base, [...pointer, name], runs));
  }
  if (schema.type === 'array' && schema.items) {
    faults.push(...bodyFaults(schema.items as JsonSchema, base, [...pointer, '0'], runs));
  }
  return faults;
}

const CARRIER: Record<string, Carrier> = { path: 'path', query: 'query', header: 'header' };
const WHERE: Record<string, string> = { path: '/path', query: '/query', header: '/headers' };

export interface NegativeOptions {
  /** Generated requests for each generated kind of fault. */
  runs: number;
  /** False for a target that reads `?name=` as no value at all (Prism does). */
  emptyQueryValues: boolean;
}

function forOperation(op: OperationSpec, { runs, emptyQueryValues }: NegativeOptions): NegativeCase[] {
  const base = validParts(op);
  const cases: NegativeCase[] = [];
  const build = (parts: fc.Arbitrary<RequestParts>) => parts.map((p) => toRawRequest(op, p));
  for (const param of op.parameters) {
    const carrier = CARRIER[param.in];
    if (!carrier || param.in === 'cookie') continue;
    const where = `${WHERE[param.in]}/${param.name}`;
    const slot = param.in === 'header' ? 'headers' : param.in;
    const withValue = (value: unknown): RequestParts => ({ ...base, [slot]: { ...base[slot], [param.name]: value } });
    const allowEmpty = param.in !== 'query' || emptyQueryValues;
    const near = param.in === 'header' ? base.headers[param.name] : base[slot][param.name];
    for (const { kind, values } of invalidKinds(param.schema, carrier, { allowEmpty, near: near ?? param.example })) {
      cases.push({ operationId: op.operationId, where, kind, requests: build(values.map(withValue)), runs });
    }
    if (param.required && param.in !== 'path') {
      const { [param.name]: _dropped, ...rest } = base[slot];
      cases.push({
        operationId: op.operationId,
        where,
        kind: 'missing',
        requests: build(fc.constant({ ...base, [slot]: rest })),
        runs: 1,
      });
    }
  }
  const json = op.requestBody?.content['application/json'];
  if (json) {
    if (op.requestBody?.required) {
      const { body: _dropped, ...withoutBody } = base;
      cases.push({
        operationId: op.operationId,
        where: '/body',
        kind: 'missing',
        requests: build(fc.constant(withoutBody)),
        runs: 1,
      });
    }
    for (const fault of bodyFaults(json.schema, base.body, [], runs)) {
      const requests = build(fault.bodies.map((body) => ({ ...base, body })));
      cases.push({
        operationId: op.operationId,
        where: `/body${toPath(fault.pointer)}`,
        kind: fault.kind,
        requests,
        runs: fault.runs,
      });
    }
  }
  return cases;
}

/** The negative cases of every operation. */
export function negativeCases(options: NegativeOptions): NegativeCase[] {
  return operations.flatMap((op) => forOperation(op, options));
}
