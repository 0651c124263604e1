// Invalid requests generated from the spec: start from a valid request and break
// one thing the schemas forbid (a parameter, a body field, a required field, an
// extra property). Every one of them must get a 400 problem, never a 5xx.
import fc from 'fast-check';
import { bodyFaults, toPointer } from './bodyFaults.js';
import { type Candidate, type Carrier, invalidKinds, UNFIT } from './invalidValues.js';
import { type RequestParts, toRawRequest, validParts } from './requests.js';
import { type OperationSpec, operations } from './spec.js';
import type { RawRequest } from './target.js';

export interface NegativeCase {
  operationId: string;
  /** Where the fault is, as a field error path says it: `/body/age`, `/query/limit`, `/headers/If-Match`. */
  where: string;
  kind: string;
  /** UNFIT marks a candidate to drop (it came out valid); the property skips it with `fc.pre`. */
  requests: fc.Arbitrary<Candidate<RawRequest>>;
  /** 1 for a fixed request; more for generated ones. */
  runs: number;
}

export interface NegativeOptions {
  /** Generated requests for each generated kind of fault. */
  runs: number;
  /** False for a target that reads `?name=` as no value at all (Prism does). */
  emptyQueryValues: boolean;
}

const SLOTS = { path: 'path', query: 'query', header: 'headers' } as const;
const WHERE = { path: '/path', query: '/query', header: '/headers' } as const;

function forOperation(op: OperationSpec, { runs, emptyQueryValues }: NegativeOptions): NegativeCase[] {
  const base = validParts(op);
  const cases: NegativeCase[] = [];
  const add = (where: string, kind: string, parts: fc.Arbitrary<Candidate<RequestParts>>, n: number) => {
    const requests = parts.map((p) => (p === UNFIT ? UNFIT : toRawRequest(op, p)));
    cases.push({ operationId: op.operationId, where, kind, requests, runs: n });
  };
  for (const param of op.parameters) {
    if (param.in === 'cookie') continue;
    const carrier: Carrier = param.in;
    const slot = SLOTS[param.in];
    const where = `${WHERE[param.in]}/${param.name}`;
    const withValue = (v: unknown): Candidate<RequestParts> =>
      v === UNFIT ? UNFIT : { ...base, [slot]: { ...base[slot], [param.name]: v } };
    // An empty header or path segment is no value at all; an empty query value is one, except to Prism.
    const allowEmpty = param.in === 'query' && emptyQueryValues;
    const near = base[slot][param.name] ?? param.example;
    for (const { kind, values } of invalidKinds(param.schema, carrier, { allowEmpty, near })) {
      add(where, kind, values.map(withValue), runs);
    }
    if (param.required && param.in !== 'path') {
      const { [param.name]: _dropped, ...rest } = base[slot];
      add(where, 'missing', fc.constant({ ...base, [slot]: rest }), 1);
    }
  }
  const json = op.requestBody?.content['application/json'];
  if (json) {
    if (op.requestBody?.required) {
      const { body: _dropped, ...withoutBody } = base;
      add('/body', 'missing', fc.constant(withoutBody), 1);
    }
    for (const fault of bodyFaults(json.schema, base.body, [], runs)) {
      const parts = fault.bodies.map((body) => (body === UNFIT ? UNFIT : { ...base, body }));
      add(`/body${toPointer(fault.pointer)}`, fault.kind, parts, fault.runs);
    }
  }
  return cases;
}

/** The negative cases of every operation. */
export function negativeCases(options: NegativeOptions): NegativeCase[] {
  return operations.flatMap((op) => forOperation(op, options));
}
