// Optic checks operations, not `x-webhooks`: the gate shows it each event as an operation that
// answers the event's payload, so what breaks a subscriber (a field removed, made optional, a type
// changed) is caught by the same response rules that protect the API's clients.
type Doc = Record<string, unknown>;

/** Where an event appears to Optic: a path no real operation can have (the spec's paths are literal-first). */
export const webhookPath = (name: string) => `/x-webhooks/${name}`;

/** The document with each `x-webhooks` entry also as `GET /x-webhooks/<name>` answering its payload. */
export function webhooksAsOperations(doc: Doc): Doc {
  const hooks = (doc['x-webhooks'] ?? {}) as Record<string, { post?: Doc }>;
  const paths: Doc = { ...((doc.paths ?? {}) as Doc) };
  for (const [name, item] of Object.entries(hooks)) {
    const post = item.post ?? {};
    const body = (post.requestBody ?? {}) as { content?: Record<string, { schema?: unknown }> };
    paths[webhookPath(name)] = {
      get: {
        operationId: post.operationId ?? `on${name}`,
        security: [],
        responses: {
          '200': {
            description: `The ${name} event a subscriber receives.`,
            content: { 'application/json': { schema: body.content?.['application/json']?.schema ?? {} } },
          },
        },
      },
    };
  }
  return { ...doc, paths };
}
