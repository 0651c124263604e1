// Why `npm run generate` refuses a spec: one line per problem, printed as is (never the
// document), so that generate exits 1 with a list a person can read instead of a stack.

/** Thrown by the generators with every problem found; `npm run generate` prints `lines`. */
export class SpecProblems extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'SpecProblems';
  }
}

/** Throws SpecProblems when there is any problem. */
export function refuseIfAny(lines: readonly string[]): void {
  if (lines.length > 0) throw new SpecProblems(lines);
}
