// Picks the contract suite's target from the Vitest project: `contract` runs against
// API_BASE_URL (with API_TOKEN) or else a local gateway it starts, with tokens from
// its local issuer; `contract-mock` runs against the Prism mock. Prints the
// operation × status coverage at the end.
import 'vitest';
import type { TestProject } from 'vitest/node';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { adminToken, tokenFor } from '../support/tokens.js';
import { clearHits, formatCoverage, readHits } from './support/coverage.js';
import { type RunningMock, startPrism } from './support/prism.js';
import { notExercisedReason } from './support/reasons.js';
import { type TargetInfo, toTarget } from './support/target.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let gateway: RunningGateway | undefined;
  let mock: RunningMock | undefined;
  let info: TargetInfo;
  const { API_BASE_URL: apiBaseUrl, API_TOKEN: token, API_USER_TOKEN: userToken } = process.env;
  if (project.name === 'contract-mock') {
    mock = await startPrism();
    // The mock checks only that credentials are present, as the spec's security asks.
    info = { kind: 'mock', baseUrl: mock.baseUrl, token: 'mock-token' };
  } else if (apiBaseUrl) {
    info = { kind: 'deployed', baseUrl: apiBaseUrl, ...(token ? { token } : {}), ...(userToken ? { userToken } : {}) };
  } else {
    // The suite's few hundred requests would trip the dev throttle; 429 is not what it tests.
    gateway = await startGateway({ THROTTLE_RATE: '100000', THROTTLE_BURST: '100000' });
    info = {
      kind: 'gateway',
      baseUrl: gateway.baseUrl,
      token: await adminToken(gateway.dataDir),
      userToken: await tokenFor(gateway.dataDir, { sub: 'contract-user' }),
    };
  }
  clearHits(info.kind);
  project.provide('contractTarget', info);

  return async () => {
    const target = toTarget(info);
    const title = `\nContract coverage: ${info.kind} ${info.baseUrl} (responses that conformed, by status)`;
    console.log(formatCoverage(title, readHits(info.kind), (op, status) => notExercisedReason(target, op, status)));
    await gateway?.stop();
    await mock?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: TargetInfo;
  }
}
