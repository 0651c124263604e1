// One real local gateway (and DynamoDB Local) for the integration tests; each
// test makes its own data, so files run in any order against it.
import 'vitest';
import type { TestProject } from 'vitest/node';
import { type RunningGateway, startGateway } from '../support/gateway.js';

let gateway: RunningGateway | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The suite sends far more than the dev throttle allows; throttling has its own test.
  gateway = await startGateway({ THROTTLE_RATE: '100000', THROTTLE_BURST: '100000' });
  project.provide('dataDir', gateway.dataDir);
  project.provide('baseUrl', gateway.baseUrl);
  const endpoint = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1];
  if (!endpoint) throw new Error(`no DynamoDB Local endpoint in:\n${gateway.output()}`);
  project.provide('dynamodbEndpoint', endpoint);
}

export async function teardown(): Promise<void> {
  await gateway?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dynamodbEndpoint: string;
    dataDir: string;
  }
}
