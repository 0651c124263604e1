// Picks the contract suite's target from the Vitest project: `contract` runs against
// API_BASE_URL (with API_TOKEN, and API_KEY on a stage with API keys) or else a local gateway it starts, with tokens from
// its local issuer; `contract-mock` runs against the Prism mock. Prints the
// operation × status coverage at the end.
import { randomUUID } from 'node:crypto';
import 'vitest';
import type { TestProject } from 'vitest/node';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { adminToken, tokenFor } from '../support/tokens.js';
import { clearHits, formatCoverage, readHits } from './support/coverage.js';
import { type RunningMock, startPrism } from './support/prism.js';
import { notExercisedReason } from './support/reasons.js';
import { type TargetInfo, toTarget } from './support/target.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const gateways: RunningGateway[] = [];
  let mock: RunningMock | undefined;
  let info: TargetInfo;
  const { API_BASE_URL: apiBaseUrl, API_TOKEN: token, API_USER_TOKEN: userToken, API_KEY: apiKey } = process.env;
  if (project.name === 'contract-mock') {
    mock = await startPrism();
    // The mock checks only that credentials are present, as the spec's security asks.
    info = { kind: 'mock', baseUrl: mock.baseUrl, token: 'mock-token' };
  } else if (apiBaseUrl) {
    info = {
      kind: 'deployed',
      baseUrl: apiBaseUrl,
      ...(token ? { token } : {}),
      ...(userToken ? { userToken } : {}),
      ...(apiKey ? { apiKey } : {}),
    };
  } else {
    // The suite's few hundred requests would trip the dev throttle; 429 has its own gateway.
    const gateway = await startGateway({ THROTTLE_RATE: '100000', THROTTLE_BURST: '100000' });
    gateways.push(gateway);
    const dynamodb = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1] ?? '';
    // One request per method, no refill within the run; and a DynamoDB on a port nobody listens on.
    const throttled = await startGateway({ THROTTLE_RATE: '0.001', THROTTLE_BURST: '1', DYNAMODB_ENDPOINT: dynamodb });
    const degraded = await startGateway({
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
      THROTTLE_RATE: '100000',
      THROTTLE_BURST: '100000',
    });
    gateways.push(throttled, degraded);
    info = {
      kind: 'gateway',
      baseUrl: gateway.baseUrl,
      token: await adminToken(gateway.dataDir),
      // A UUID, as Cognito's: the policy's self rule compares it with a userId.
      userToken: await tokenFor(gateway.dataDir, { sub: randomUUID() }),
      throttled: { baseUrl: throttled.baseUrl, token: await adminToken(throttled.dataDir) },
      degraded: { baseUrl: degraded.baseUrl, token: await adminToken(degraded.dataDir) },
    };
  }
  clearHits(info.kind);
  project.provide('contractTarget', info);

  return async () => {
    const target = toTarget(info);
    const title = `\nContract coverage: ${info.kind} ${info.baseUrl} (responses that conformed, by status)`;
    console.log(formatCoverage(title, readHits(info.kind), (op, status) => notExercisedReason(target, op, status)));
    await Promise.all(gateways.map((g) => g.stop()));
    await mock?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: TargetInfo;
  }
}
