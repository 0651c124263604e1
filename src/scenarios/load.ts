// Finds each operation's scenarios in src/handlers/<operationId>.scenarios.ts, by the operationIds
// of generated/operations.ts: no one lists the operations. An operation without the file is called
// with the spec's examples alone. The files are never imported by the Lambda's code, so never bundled.
import { type OperationId, operations } from '../../generated/operations.js';
import type { Scenarios } from './scenario.js';

export const operationIds = Object.keys(operations) as OperationId[];

/** Where `id`'s scenarios live, from the project root. */
export const scenariosFile = (id: string) => `src/handlers/${id}.scenarios.ts`;

/** The import failed because the file itself is absent (not because something inside it failed). */
function isAbsent(error: unknown, id: string): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const names = String(message).includes(`${id}.scenarios`);
  return (
    names &&
    (code === 'ERR_MODULE_NOT_FOUND' ||
      /not found|Failed to load|Cannot find module|Unknown variable dynamic import/i.test(String(message)))
  );
}

async function scenariosOf(id: OperationId): Promise<Scenarios> {
  try {
    // A template literal esbuild bundles as a glob (the bench's warm loop), Vite and tsx resolve as is.
    const module = (await import(`../handlers/${id}.scenarios.ts`)) as { scenarios?: Scenarios };
    if (!module.scenarios) throw new Error(`${scenariosFile(id)} must export \`scenarios\``);
    return module.scenarios;
  } catch (error) {
    if (isAbsent(error, id)) return {};
    throw error;
  }
}

/** Every operation's scenarios, by operationId, in the spec's order. */
export async function loadScenarios(): Promise<Record<OperationId, Scenarios>> {
  const all = await Promise.all(operationIds.map(async (id) => [id, await scenariosOf(id)] as const));
  return Object.fromEntries(all) as Record<OperationId, Scenarios>;
}
