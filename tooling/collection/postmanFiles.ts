// The Postman collection (v2.1) and its two environments, made from the bundled spec with
// Postman's own converter (openapi-to-postmanv2, offline, no telemetry). The converter gives
// every item a random id; ids here are derived from the item's place, so output is repeatable.
import { convert } from 'openapi-to-postmanv2';
import {
  collectionFile,
  environment,
  localEnvironmentFile,
  stableId,
  stageEnvironmentFile,
  stageUrlHint,
} from '../../infra/docs/postmanEnvironment.js';
import type { Json, JsonObject, OpenApiDocument } from '../../src/codegen/openapiDocument.js';

export {
  collectionFile,
  localEnvironmentFile,
  postmanDir,
  stageEnvironmentFile,
} from '../../infra/docs/postmanEnvironment.js';

const tokenHelp =
  'Requests send bearerToken as `Authorization: Bearer {{bearerToken}}`. Locally: ' +
  '`npm run -s token -- --sub alice --admin` prints one (the local issuer). On a stage: an ID token ' +
  'of a Cognito user of the stage\'s pool, as docs/deploy.md ("Tokens from a shell") shows, the way ' +
  '`npm run verify` gets its own. Pick the local or stage environment, paste the token into ' +
  'bearerToken, and send.';

/**
 * `value` with every `id` and `_postman_id` replaced by a stable id of its JSON path, and without
 * the URL variables the converter copies from the local server's `{port}` (baseUrl is whole here).
 */
function tidy(value: Json, path: string, serverVariables: ReadonlySet<string>): Json {
  if (Array.isArray(value)) {
    const kept = path.endsWith('/url/variable')
      ? value.filter(
          (entry) => !(entry && typeof entry === 'object' && serverVariables.has(String((entry as JsonObject).key))),
        )
      : value;
    return kept.map((entry, index) => tidy(entry, `${path}/${index}`, serverVariables));
  }
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, entry] of Object.entries(value)) {
    const at = `${path}/${key}`;
    out[key] = key === 'id' || key === '_postman_id' ? stableId(at) : tidy(entry, at, serverVariables);
  }
  return out;
}

/** The names of the variables of the spec's servers (`port` of `http://127.0.0.1:{port}`). */
function serverVariablesOf(spec: OpenApiDocument): Set<string> {
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  return new Set(
    servers.flatMap((server) => {
      const variables = server && typeof server === 'object' && !Array.isArray(server) ? server.variables : undefined;
      return variables && typeof variables === 'object' && !Array.isArray(variables) ? Object.keys(variables) : [];
    }),
  );
}

function convertSpec(spec: OpenApiDocument): Promise<JsonObject> {
  return new Promise((resolve, reject) => {
    convert(
      { type: 'string', data: JSON.stringify(spec) },
      {
        folderStrategy: 'Tags',
        requestParametersResolution: 'Example',
        exampleParametersResolution: 'Example',
        enableOptionalParameters: false,
      },
      (err, result) => {
        if (err || !result) return reject(err ?? new Error('openapi-to-postmanv2 returned nothing'));
        if (!result.result) return reject(new Error(`openapi-to-postmanv2: ${result.reason}`));
        const collection = result.output?.[0]?.data;
        if (!collection) return reject(new Error('openapi-to-postmanv2 returned no collection'));
        resolve(JSON.parse(JSON.stringify(collection)) as JsonObject);
      },
    );
  });
}

export interface PostmanFiles {
  readonly collection: JsonObject;
  readonly local: JsonObject;
  readonly stage: JsonObject;
}

export async function buildPostmanFiles(spec: OpenApiDocument): Promise<PostmanFiles> {
  const converted = await convertSpec(spec);
  const info = (converted.info ?? {}) as JsonObject;
  const title = typeof info.name === 'string' ? info.name : 'API';
  const description = (info.description ?? {}) as JsonObject;
  const collection = tidy(
    {
      ...converted,
      info: {
        ...info,
        description: { ...description, content: `${String(description.content ?? '')}\n\n${tokenHelp}` },
      },
      // The local gateway by default; an environment's baseUrl overrides it.
      variable: [
        { key: 'baseUrl', value: 'http://127.0.0.1:3000', type: 'string' },
        { key: 'bearerToken', value: '', type: 'string' },
      ],
    },
    'collection',
    serverVariablesOf(spec),
  ) as JsonObject;
  return {
    collection,
    local: environment(`${title} (local)`, 'http://127.0.0.1:3000'),
    stage: environment(`${title} (stage)`, stageUrlHint.replace(/\/$/, '')),
  };
}

/** The files as `npm run collection` writes them: name -> text. */
export async function postmanFileTexts(spec: OpenApiDocument): Promise<Map<string, string>> {
  const files = await buildPostmanFiles(spec);
  const text = (json: JsonObject) => `${JSON.stringify(json, null, 2)}\n`;
  return new Map([
    [collectionFile, text(files.collection)],
    [localEnvironmentFile, text(files.local)],
    [stageEnvironmentFile, text(files.stage)],
  ]);
}
