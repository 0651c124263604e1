// Lambda's event filtering (FilterCriteria) for the local stream runner: the same patterns
// the event source mapping carries decide which records reach the consumer. The syntax of
// https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax:
// values (null, "", strings, numbers, booleans), exists, prefix, suffix, equals-ignore-case,
// anything-but, numeric, nested fields and $or. Anything else is refused, not ignored.

export type FilterPattern = { readonly [field: string]: unknown };

type Json = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numericMatches(conditions: readonly unknown[], value: Json): boolean {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (Number.isNaN(n)) return false;
  for (let i = 0; i < conditions.length; i += 2) {
    const bound = conditions[i + 1] as number;
    const ok = { '=': n === bound, '<': n < bound, '<=': n <= bound, '>': n > bound, '>=': n >= bound }[
      conditions[i] as string
    ];
    if (ok === undefined) throw new Error(`Unknown numeric operator in filter: ${String(conditions[i])}`);
    if (!ok) return false;
  }
  return true;
}

/** One matcher of a leaf's list against one present value (never an array: the caller spreads those). */
function matchesOne(matcher: unknown, value: Json): boolean {
  if (!isObject(matcher)) return matcher === value;
  const [operator, operand] = Object.entries(matcher)[0] ?? [];
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && value.startsWith(operand as string);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(operand as string);
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(operand).toLowerCase();
    case 'numeric':
      return numericMatches(operand as unknown[], value);
    case 'anything-but': {
      if (isObject(operand)) return !matchesOne(operand, value);
      const excluded = Array.isArray(operand) ? operand : [operand];
      return !excluded.includes(value);
    }
    case 'exists':
      return true; // presence is decided by the caller
    default:
      throw new Error(`Unsupported filter operator: ${String(operator)}`);
  }
}

function leafMatches(matchers: readonly unknown[], present: boolean, value: Json): boolean {
  const values = Array.isArray(value) ? value : [value];
  return matchers.some((matcher) => {
    if (isObject(matcher) && 'exists' in matcher) return matcher.exists === present;
    return present && values.some((v) => matchesOne(matcher, v));
  });
}

/** True when `event` (a record as Lambda delivers it) matches `pattern`: every field, each by one of its matchers. */
export function matchesPattern(pattern: FilterPattern, event: Json): boolean {
  const fields = isObject(event) ? event : {};
  return Object.entries(pattern).every(([field, expected]) => {
    if (field === '$or') return (expected as FilterPattern[]).some((alternative) => matchesPattern(alternative, event));
    const present = Object.hasOwn(fields, field);
    if (Array.isArray(expected)) return leafMatches(expected, present, fields[field]);
    if (isObject(expected)) return present && isObject(fields[field]) && matchesPattern(expected, fields[field]);
    throw new Error(`Filter field ${field} must be a list of matchers or an object, not ${JSON.stringify(expected)}`);
  });
}

/** Lambda's rule for several filters: a record passes when any of them matches; none means all pass. */
export function passesFilters(patterns: readonly FilterPattern[], event: Json): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesPattern(pattern, event));
}
