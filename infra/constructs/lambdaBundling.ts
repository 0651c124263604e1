// NodejsFunction's bundling for every function of the stack, from infra/bundling.ts's esbuild
// options: the API function adds its tracer file; the stream consumer takes it as it is.
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { lambdaEsbuildOptions } from '../bundling.js';

export const lambdaBundling: BundlingOptions = {
  // CJS: the precompiled validators (generated/*.cjs) are CommonJS, and ESM bundles of the SDK
  // fail with "Dynamic require" without a createRequire banner.
  format: OutputFormat.CJS,
  target: lambdaEsbuildOptions.target,
  // The SDK's ES module builds first, which esbuild tree-shakes (infra/bundling.ts).
  mainFields: [...lambdaEsbuildOptions.mainFields],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  bundleAwsSDK: true,
  forceDockerBundling: false,
};
