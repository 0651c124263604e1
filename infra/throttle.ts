// The request throttle, in one place: the CDK stack sets it as API Gateway's
// stage throttle and the local gateway enforces it the same way (one bucket per
// method, shared by every caller: src/local/apiGateway/stageThrottle.ts).

export interface ThrottleLimits {
  /** Steady-state requests per second. */
  rateLimit: number;
  /** Requests allowed at once above the steady rate. */
  burstLimit: number;
}

export const throttleByStage = {
  dev: { rateLimit: 50, burstLimit: 100 },
  prod: { rateLimit: 500, burstLimit: 1000 },
} as const satisfies Record<string, ThrottleLimits>;
