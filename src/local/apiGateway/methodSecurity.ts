// A method's security as the REST import reads it: at most one authorizer (a scheme with
// `x-amazon-apigateway-authorizer`) and, when a requirement names a plain `apiKey` header
// scheme, `apiKeyRequired`. The key's source is the document's
// `x-amazon-apigateway-api-key-source` (HEADER when absent: `x-api-key`).
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html
import { isObject, type Json, type JsonObject } from '../../../infra/spec/models.js';

export class DocumentError extends Error {
  override name = 'DocumentError';
}

export interface Authorizer {
  /** The security scheme's name in the document. */
  name: string;
  type: string;
  /** The request header that carries the identity (the scheme's `name`). */
  identityHeader: string;
  providerARNs: string[];
  identityValidationExpression?: RegExp;
}

export interface MethodSecurity {
  authorizer?: Authorizer;
  apiKeyRequired: boolean;
}

/** The header API Gateway reads keys from when the key source is HEADER. */
export const API_KEY_HEADER = 'x-api-key';

/** Refuses a key source the emulator cannot honour (AUTHORIZER needs a Lambda authorizer). */
export function checkApiKeySource(doc: JsonObject): void {
  const source = doc['x-amazon-apigateway-api-key-source'];
  if (source !== undefined && source !== 'HEADER')
    throw new DocumentError(`API key source ${String(source)} is not emulated`);
}

function toAuthorizer(name: string, scheme: JsonObject, authorizer: JsonObject): Authorizer {
  if (scheme.type !== 'apiKey' || scheme.in !== 'header') {
    throw new DocumentError(`Security scheme ${name} is not an API Gateway authorizer`);
  }
  const expression = authorizer.identityValidationExpression;
  return {
    name,
    type: String(authorizer.type),
    identityHeader: String(scheme.name),
    providerARNs: Array.isArray(authorizer.providerARNs) ? authorizer.providerARNs.map(String) : [],
    ...(typeof expression === 'string' ? { identityValidationExpression: new RegExp(expression) } : {}),
  };
}

/** An `apiKey` scheme with no authorizer is API Gateway's API key: only the `x-api-key` header qualifies. */
function isApiKeyScheme(name: string, scheme: JsonObject): boolean {
  if (scheme.type !== 'apiKey') return false;
  if (scheme.in !== 'header' || String(scheme.name).toLowerCase() !== API_KEY_HEADER) {
    throw new DocumentError(`Security scheme ${name}: API keys come in the ${API_KEY_HEADER} header`);
  }
  return true;
}

/**
 * The schemes a method's requirement objects name, all of which apply (API Gateway reads
 * `[{ authorizer: [] }, { api_key: [] }]` as "authorizer and key", not OpenAPI's "either").
 */
export function toMethodSecurity(security: Json | undefined, schemes: JsonObject): MethodSecurity {
  const names = Array.isArray(security) ? security.filter(isObject).flatMap((r) => Object.keys(r)) : [];
  let authorizer: Authorizer | undefined;
  let apiKeyRequired = false;
  for (const name of names) {
    const scheme = schemes[name];
    if (!isObject(scheme)) throw new DocumentError(`Unknown security scheme ${name}`);
    const extension = scheme['x-amazon-apigateway-authorizer'];
    if (isObject(extension)) {
      if (authorizer) throw new DocumentError('API Gateway takes one authorizer per method');
      authorizer = toAuthorizer(name, scheme, extension);
    } else if (isApiKeyScheme(name, scheme)) apiKeyRequired = true;
  }
  return { ...(authorizer ? { authorizer } : {}), apiKeyRequired };
}
