// Usage plans and API keys (`-c apiKeys=on`): one plan per tier (infra/usagePlans.ts) bound
// to the stage, and one key per client. The repo and the template hold only names; the stack
// outputs each key's id. One region: API Gateway generates each key's value. Several regions:
// a key must open every region latency routing may pick, so its value comes from a secret made
// in the home region and replicated to the others (same name, same value).
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
import { CfnOutput, RemovalPolicy, SecretValue, Validations } from 'aws-cdk-lib';
import { ApiKey, Period, type SpecRestApi, UsagePlan } from 'aws-cdk-lib/aws-apigateway';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { apiKeySecretName, type MultiRegionOptions } from '../regions.js';
import { type ApiKeyClient, type TierName, USAGE_PLAN_OUTPUT, usagePlanTiers, VERIFY_TIER } from '../usagePlans.js';

export interface UsagePlansProps {
  readonly stageName: string;
  readonly api: SpecRestApi;
  readonly clients: readonly ApiKeyClient[];
  /** Multi-region stages, and the region this API runs in: keys take their value from a replicated secret. */
  readonly multiRegion?: { readonly options: MultiRegionOptions; readonly region: string } | undefined;
  /** prod keeps the key secrets (RETAIN), as it keeps its data. */
  readonly retainData?: boolean;
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
    // `npm run verify` finds here that the stage requires keys, and the plan its temporary key joins.
    const verifyPlan = plans.get(VERIFY_TIER);
    if (verifyPlan) {
      new CfnOutput(this, 'VerifyPlanId', {
        value: verifyPlan.usagePlanId,
        description: `Usage plan id of the ${VERIFY_TIER} tier (npm run verify attaches its temporary API key to it)`,
      }).overrideLogicalId(USAGE_PLAN_OUTPUT);
    }
    const keys = new Map<string, ApiKey>();
    for (const client of props.clients) {
      // One region: no `value`, API Gateway generates it (`aws apigateway get-api-key --include-value`).
      const value = this.sharedValue(client, props);
      const key = new ApiKey(this, `${pascal(client.name)}Key`, {
        apiKeyName: `users-api-${stageName}-${client.name}`,
        description: `${client.name} (${client.tier} tier)`,
        enabled: true,
        ...(value === undefined ? {} : { value }),
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

  /**
   * Multi-region: the key's value as a CloudFormation dynamic reference to the client's secret
   * (resolved at deploy, never in the template). The home region makes the secret with a replica
   * in every other region; the others read their replica by its name.
   */
  private sharedValue(client: ApiKeyClient, props: UsagePlansProps): string | undefined {
    const { multiRegion } = props;
    if (multiRegion === undefined) return undefined;
    const name = apiKeySecretName(props.stageName, client.name);
    if (multiRegion.region !== multiRegion.options.home) return SecretValue.secretsManager(name).unsafeUnwrap();
    const secret = new Secret(this, `${pascal(client.name)}KeyValue`, {
      secretName: name,
      description: `API key of ${client.name} for the users API (${props.stageName}), the same in every region`,
      // API Gateway takes 20 to 128 characters; letters and digits travel in a header unescaped.
      generateSecretString: { passwordLength: 40, excludePunctuation: true, includeSpace: false },
      replicaRegions: multiRegion.options.regions.slice(1).map((region) => ({ region })),
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A client API key is handed to a partner out of band; rotating it means giving them the new value first, ' +
        'then redeploying every region, so it is rotated by hand when the partner is ready, not on a schedule.',
    });
    return SecretValue.secretsManager(secret.secretArn).unsafeUnwrap();
  }
}
