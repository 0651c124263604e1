// generated/handlers.ts: each operation's handler, found by its operationId in
// src/handlers/<operationId>.ts, so that no one keeps a list of operations by hand.
import { handlerFile } from './stubs.js';

/** The module's source; `banner` is generated/'s "do not edit" header. */
export function handlersModule(operationIds: readonly string[], banner: string): string {
  const ids = [...operationIds].sort();
  const importPath = (id: string) => `../${handlerFile(id).replace(/\.ts$/, '.js')}`;
  return `${banner}
// Each import below is src/handlers/<operationId>.ts: a missing file or export is a compile error.
import type { Deps, Handler } from '../src/handlers/types.js';
import type { OperationId } from './operations.js';
${ids.map((id) => `import { ${id} } from '${importPath(id)}';`).join('\n')}

/** Every operation's handler, bound to its dependencies; the type demands one per operationId. */
export function createHandlers(deps: Deps): { [K in OperationId]: Handler<K> } {
  return {
${ids.map((id) => `    ${id}: ${id}(deps),`).join('\n')}
  };
}
`;
}
