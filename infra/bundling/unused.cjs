// Stands in for a module openapi-backend requires at load but never calls when it runs with
// `quick: true, validate: false` (src/api.ts): its definition validator, response mocker,
// request validator (Ajv) and query-string parser. Calling it is a bundling mistake.
function notBundled() {
  throw new Error('Not in the Lambda bundle (see infra/bundling.ts): openapi-backend must run with quick: true.');
}

module.exports = { __esModule: true, default: notBundled, mock: notBundled, parse: notBundled, stringify: notBundled };
