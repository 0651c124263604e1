// Usage plans and API keys (`-c apiKeys=on`): one plan per tier (infra/usagePlans.ts) bound
// to the stage, and one key per client. API Gateway generates each key's value; the repo and
// the template hold only names, and the stack outputs each key's id.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
import { CfnOutput } from 'aws-cdk-lib';
import { ApiKey, Period, type SpecRestApi, UsagePlan } from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import { type ApiKeyClient, type TierName, usagePlanTiers } from '../usagePlans.js';

export interface UsagePlansProps {
  readonly stageName: string;
  readonly api: SpecRestApi;
  readonly clients: readonly ApiKeyClient[];
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

export class UsagePlans extends Construct {
  readonly plans: ReadonlyMap<TierName, UsagePlan>;
  readonly keys: ReadonlyMap<string, ApiKey>;

  constructor(scope: Construct, id: string, props: UsagePlansProps) {
    super(scope, id);
    const { api, stageName } = props;
    const plans = new Map<TierName, UsagePlan>();
    for (const [tier, limits] of Object.entries(usagePlanTiers) as [TierName, (typeof usagePlanTiers)[TierName]][]) {
      plans.set(
        tier,
        new UsagePlan(this, pascal(tier), {
          name: `users-api-${stageName}-${tier}`,
          description: `Users API (${stageName}), ${tier} tier`,
          throttle: { rateLimit: limits.throttle.rateLimit, burstLimit: limits.throttle.burstLimit },
          quota: { limit: limits.quota.limit, period: Period[limits.quota.period] },
          apiStages: [{ api, stage: api.deploymentStage }],
        }),
      );
    }
    const keys = new Map<string, ApiKey>();
    for (const client of props.clients) {
      // No `value`: API Gateway generates it (read it with `aws apigateway get-api-key --include-value`).
      const key = new ApiKey(this, `${pascal(client.name)}Key`, {
        apiKeyName: `users-api-${stageName}-${client.name}`,
        description: `${client.name} (${client.tier} tier)`,
        enabled: true,
      });
      plans.get(client.tier)?.addApiKey(key);
      keys.set(client.name, key);
      new CfnOutput(this, `${pascal(client.name)}KeyId`, {
        value: key.keyId,
        description: `API key id of ${client.name} (${client.tier}); its value: aws apigateway get-api-key --api-key <id> --include-value`,
      });
    }
    this.plans = plans;
    this.keys = keys;
  }
}
