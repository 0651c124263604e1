// The Postman files' names and environments (baseUrl, bearerToken), shared by `npm run collection`
// (tooling/collection/) and the docs site, which publishes an environment with its stage's URL.
import { createHash } from 'node:crypto';
import type { JsonObject } from '../../src/codegen/openapiDocument.js';

/** Where `npm run collection` writes, relative to the project root. */
export const postmanDir = 'postman';
export const collectionFile = 'api.postman_collection.json';
export const localEnvironmentFile = 'local.postman_environment.json';
export const stageEnvironmentFile = 'stage.postman_environment.json';

/** Stands for a stage's URL in the committed stage environment; the published one has the real URL. */
export const stageUrlHint = 'https://<ApiUrl output of npm run deploy>/';

/** A UUID-shaped id that depends only on `seed`. */
export function stableId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function environment(name: string, baseUrl: string): JsonObject {
  return {
    id: stableId(`environment/${name}`),
    name,
    values: [
      { key: 'baseUrl', value: baseUrl, type: 'default', enabled: true },
      { key: 'bearerToken', value: '', type: 'secret', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  };
}

/** A deployed stage's environment, its URL filled in (a deploy-time token, its trailing `/` dropped). */
export const stageEnvironment = (title: string, stage: string, apiUrl: string): JsonObject =>
  environment(`${title} (${stage})`, apiUrl.replace(/\/$/, ''));
