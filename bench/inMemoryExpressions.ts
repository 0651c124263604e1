// The DynamoDB expressions the in-memory table (inMemoryTable.ts) understands: key conditions
// (=, <, <=, >, >=, BETWEEN, begins_with) and update expressions (SET a = :v | a + :v, REMOVE);
// anything else throws, so the bench never answers a command it does not model.
export type Names = Record<string, string>;
export type Values = Record<string, unknown>;
type Item = Record<string, unknown>;

const nameOf = (token: string, names: Names) => {
  const name = token.startsWith('#') ? names[token] : token;
  if (name === undefined) throw new Error(`no attribute name for ${token}`);
  return name;
};
const attributeValue = (token: string, values: Values) => {
  if (!(token in values)) throw new Error(`no attribute value for ${token}`);
  return values[token];
};

const BETWEEN = /^([#\w]+)\s+BETWEEN\s+(:\w+)\s+AND\s+(:\w+)$/i;
const BEGINS_WITH = /^begins_with\(\s*([#\w]+)\s*,\s*(:\w+)\s*\)$/i;
const COMPARISON = /^([#\w]+)\s*(=|<=|>=|<|>)\s*(:\w+)$/;

/** A predicate for a key condition expression such as `pk = :pk AND begins_with(sk, :live)`. */
export function keyConditions(expression: string, names: Names, values: Values): (item: Item) => boolean {
  // BETWEEN's own AND is not a clause separator: take those clauses out first.
  const clauses: string[] = [];
  const rest = expression.replace(/[#\w]+\s+BETWEEN\s+:\w+\s+AND\s+:\w+/gi, (clause) => {
    clauses.push(clause);
    return '';
  });
  clauses.push(...rest.split(/\s+AND\s+/i).map((c) => c.trim()));
  const tests = clauses
    .filter((clause) => clause.length > 0)
    .map((clause): ((item: Item) => boolean) => {
      let m = BETWEEN.exec(clause);
      if (m) {
        const [name, low, high] = [
          nameOf(m[1] ?? '', names),
          attributeValue(m[2] ?? '', values),
          attributeValue(m[3] ?? '', values),
        ];
        return (item) => (item[name] as string) >= (low as string) && (item[name] as string) <= (high as string);
      }
      m = BEGINS_WITH.exec(clause);
      if (m) {
        const [name, prefix] = [nameOf(m[1] ?? '', names), String(attributeValue(m[2] ?? '', values))];
        return (item) => typeof item[name] === 'string' && (item[name] as string).startsWith(prefix);
      }
      m = COMPARISON.exec(clause);
      if (!m) throw new Error(`key condition not modelled: ${clause}`);
      const [name, op, value] = [nameOf(m[1] ?? '', names), m[2], attributeValue(m[3] ?? '', values) as string];
      return (item) => {
        const v = item[name] as string;
        if (v === undefined) return false;
        if (op === '=') return v === value;
        if (op === '<') return v < value;
        if (op === '<=') return v <= value;
        if (op === '>') return v > value;
        return v >= value;
      };
    });
  return (item) => tests.every((test) => test(item));
}

const SECTION = /\b(SET|REMOVE|ADD|DELETE)\b/g;

/** `item` after an update expression (a new object; `item` is not changed). */
export function updateItem(item: Item, expression: string, names: Names, values: Values): Item {
  const next: Item = { ...item };
  const marks = [...expression.matchAll(SECTION)];
  marks.forEach((mark, i) => {
    const keyword = (mark[1] ?? '').toUpperCase();
    const body = expression.slice((mark.index ?? 0) + mark[0].length, marks[i + 1]?.index ?? expression.length);
    const parts = body
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (keyword === 'REMOVE') {
      for (const part of parts) delete next[nameOf(part, names)];
      return;
    }
    if (keyword !== 'SET') throw new Error(`update expression not modelled: ${keyword}`);
    for (const part of parts) {
      const m = /^([#\w]+)\s*=\s*([#:\w]+)(?:\s*([+-])\s*([#:\w]+))?$/.exec(part);
      if (!m) throw new Error(`update expression not modelled: SET ${part}`);
      const operand = (token: string) =>
        token.startsWith(':') ? attributeValue(token, values) : item[nameOf(token, names)];
      const left = operand(m[2] ?? '');
      const right = m[4] === undefined ? undefined : operand(m[4]);
      next[nameOf(m[1] ?? '', names)] =
        m[3] === undefined ? left : Number(left) + (m[3] === '-' ? -Number(right) : Number(right));
    }
  });
  if (marks.length === 0 && expression.trim()) throw new Error(`update expression not modelled: ${expression}`);
  return next;
}
