// Stands in for @apidevtools/json-schema-ref-parser (and js-yaml beneath it): with `quick: true`
// and an object definition, openapi-backend only calls parse() and ignores the result, then
// dereferences with dereference-json-schema (src/api.ts passes a document without $refs).
const unchanged = async (document) => document;

function notBundled() {
  return Promise.reject(new Error('Not in the Lambda bundle (see infra/bundling.ts): pass a dereferenced object.'));
}

module.exports = { __esModule: true, default: { parse: unchanged, dereference: notBundled, resolve: notBundled } };
