// Walks an API Gateway body the way the assertions need: keywords, references.
import type { Json, JsonObject } from '../../infra/spec/apiGatewaySpec.js';

export const options = {
  integrationUri: 'arn:aws:apigateway:eu-west-1:lambda:path/fn/invocations',
  allowedOrigins: ['*'],
};

export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every key used as a keyword anywhere in the body (property names are names, not keywords). */
export function keywordsOf(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) keywordsOf(item, found);
  if (!isObject(node)) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      for (const sub of Object.values(value)) keywordsOf(sub, found);
      continue;
    }
    if (key.startsWith('x-amazon-apigateway')) continue; // AWS's own objects
    found.add(key);
    keywordsOf(value, found);
  }
  return found;
}

export function refsOf(node: Json, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsOf(item, found);
  if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsOf(value, found);
    }
  }
  return found;
}
