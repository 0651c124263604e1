// The local stage: the API document CDK imports, made by the same transform
// (infra/spec) from openapi.yaml, with local stand-ins for the AWS resources it
// names: the function's invoke URI and the Cognito user pool (the local issuer).
import { loadSpec, toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import type { JsonObject } from '../../infra/spec/models.js';
import { LOCAL_CLIENT_ID } from './issuer.js';

/** Stand-ins in the shape of the ARNs the stack puts there; they never leave this machine. */
export const LOCAL_USER_POOL_ARN = 'arn:aws:cognito-idp:local:000000000000:userpool/local_issuer';
export const LOCAL_FUNCTION_URI =
  'arn:aws:apigateway:local:lambda:path/2015-03-31/functions/arn:aws:lambda:local:000000000000:function:users-api/invocations';

/** The same authorizer as infra/constructs/auth.ts, with the local issuer as the pool and its one client. */
export const localAuthorizer: JsonObject = {
  type: 'cognito_user_pools',
  providerARNs: [LOCAL_USER_POOL_ARN],
  identityValidationExpression: `^(${LOCAL_CLIENT_ID})$`,
};

/** `apiKeys`: require API keys as `-c apiKeys=on` does in AWS (API_KEYS=on for `npm start`). */
export function localApiDocument(allowedOrigins: readonly string[], options: { apiKeys?: boolean } = {}): JsonObject {
  return toApiGatewaySpec(loadSpec(), {
    integrationUri: LOCAL_FUNCTION_URI,
    allowedOrigins,
    bearerAuthorizer: localAuthorizer,
    ...(options.apiKeys ? { apiKeys: true } : {}),
  });
}
