// The docs page says who may call each secured operation: generate appends a "Who may call"
// line, from the operation's compiled x-authorization, to its description in generated/openapi.json.
import { type AuthorizationPolicy, whoMayCall } from './authorization.js';
import { type OpenApiDocument, operationsOf } from './openapiDocument.js';

export const WHO_MAY_CALL = '**Who may call:**';

/** A copy of `doc` whose secured operations' descriptions end in their "Who may call" line. */
export function withWhoMayCall(
  doc: OpenApiDocument,
  policies: Record<string, AuthorizationPolicy | null>,
): OpenApiDocument {
  const copy = structuredClone(doc);
  for (const { operationId, operation, secured } of operationsOf(copy)) {
    if (!secured) continue;
    const line = `${WHO_MAY_CALL} ${whoMayCall(policies[operationId] ?? null)}`;
    const description = typeof operation.description === 'string' ? operation.description.trimEnd() : '';
    operation.description = description ? `${description}\n\n${line}\n` : `${line}\n`;
  }
  return copy;
}
