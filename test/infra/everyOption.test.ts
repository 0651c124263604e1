// Every deploy option at once (WAF counting, usage plans with keys, the custom domain, three
// regions): cdk-nag clean, and each region carries the edge protection and the same API keys.
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiKeySecretName } from '../../infra/regions.js';
import { type Synthesized, synthesize, validationReport } from './synthesize.js';

const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const everyOption = {
  wafMode: 'count',
  apiKeys: 'on',
  apiKeyClients: 'acme:partner,beta:free',
  apiDomain: 'api.example.com',
  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
  hostedZoneName: 'example.com',
  regions: regions.join(','),
};

let dev: Synthesized;
let stacks: Map<string, Template>;
beforeAll(() => {
  dev = synthesize('dev', undefined, everyOption);
  stacks = new Map([
    ['us-east-1', dev.template],
    ...regions
      .slice(1)
      .map(
        (region) =>
          [region, Template.fromJSON(dev.assembly.getStackByName(`UsersApi-dev-${region}`).template)] as const,
      ),
  ]);
});

const resources = (template: Template, type: string) => Object.values(template.findResources(type));

describe('every option on', () => {
  it('synthesizes one stack per region with no cdk-nag finding left', () => {
    expect(dev.assembly.stacks.map((s) => s.stackName).sort()).toEqual([
      'UsersApi-dev',
      'UsersApi-dev-ap-southeast-2',
      'UsersApi-dev-eu-west-1',
    ]);
    expect(validationReport(dev.assembly).pluginReports).toEqual([]);
  });

  it('puts a counting web ACL on the stage in every region', () => {
    for (const [region, template] of stacks) {
      const [acl] = resources(template, 'AWS::WAFv2::WebACL');
      expect(acl?.Properties.Scope, region).toBe('REGIONAL');
      for (const rule of acl?.Properties.Rules ?? []) {
        if (rule.OverrideAction) expect(rule.OverrideAction, `${region} ${rule.Name}`).toEqual({ Count: {} });
        else expect(rule.Action, `${region} ${rule.Name}`).toEqual({ Count: {} });
      }
      template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
      template.resourceCountIs('AWS::WAFv2::LoggingConfiguration', 1);
    }
  });

  it('gives every region both usage plans and one key per client, named alike', () => {
    for (const [region, template] of stacks) {
      const plans = resources(template, 'AWS::ApiGateway::UsagePlan').map((p) => p.Properties.UsagePlanName);
      expect(plans.sort(), region).toEqual(['users-api-dev-free', 'users-api-dev-partner']);
      const keys = resources(template, 'AWS::ApiGateway::ApiKey').map((k) => k.Properties.Name);
      expect(keys.sort(), region).toEqual(['users-api-dev-acme', 'users-api-dev-beta']);
    }
  });

  it('gives a client the same key value in every region: one secret made at home, replicated to the others', () => {
    const home = stacks.get('us-east-1') as Template;
    for (const client of ['acme', 'beta']) {
      const name = apiKeySecretName('dev', client);
      const secrets = Object.entries(home.findResources('AWS::SecretsManager::Secret')).filter(
        ([, s]) => s.Properties.Name === name,
      );
      expect(secrets).toHaveLength(1);
      const [secretId, secret] = secrets[0] as [string, { Properties: Record<string, unknown> }];
      expect(secret.Properties.ReplicaRegions).toEqual([{ Region: 'eu-west-1' }, { Region: 'ap-southeast-2' }]);
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 40, ExcludePunctuation: true });

      const homeKey = resources(home, 'AWS::ApiGateway::ApiKey').find((k) => k.Properties.Name.endsWith(client));
      expect(homeKey?.Properties.Value).toEqual({
        'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
      });
      for (const region of regions.slice(1)) {
        const key = resources(stacks.get(region) as Template, 'AWS::ApiGateway::ApiKey').find((k) =>
          k.Properties.Name.endsWith(client),
        );
        expect(key?.Properties.Value, region).toBe(`{{resolve:secretsmanager:${name}:SecretString:::}}`);
      }
    }
  });

  it('answers on the custom domain in every region, through latency records with health checks', () => {
    for (const [region, template] of stacks) {
      expect(Object.values(template.toJSON().Outputs as Record<string, { Value: unknown }>)).toContainEqual(
        expect.objectContaining({ Value: 'https://api.example.com/' }),
      );
      const records = resources(template, 'AWS::Route53::RecordSet').filter((r) => r.Properties.Region === region);
      expect(records.length, region).toBeGreaterThanOrEqual(1);
      for (const record of records) expect(record.Properties.HealthCheckId, region).toBeDefined();
    }
  });
});
