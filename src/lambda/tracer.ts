// The X-Ray part of observability, a second file of the Lambda asset (tracer.js beside index.js):
// the X-Ray SDK (~120 KB with semver and cls-hooked) is read and evaluated only when tracing is on.
export { Tracer } from '@aws-lambda-powertools/tracer';
