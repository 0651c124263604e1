// AWS WAF on the API's stage, per stage and mode: the managed rule groups, the rate rule
// per client address, metrics per rule, logs with credentials redacted, and the core rule
// set's body-size rule kept from blocking valid requests.

import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import bodyValidators from '../../generated/body-validators.cjs';
import { parseWafMode } from '../../infra/firewall.js';
import { addUsersApi } from '../../infra/stageApp.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
let prod: Synthesized;
let counting: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
  prod = synthesize('prod');
  counting = synthesize('dev', undefined, { wafMode: 'count' });
});

type Rule = {
  Name: string;
  Priority: number;
  Action?: Record<string, unknown>;
  OverrideAction?: Record<string, unknown>;
  Statement: Record<string, Record<string, unknown>>;
  VisibilityConfig: { CloudWatchMetricsEnabled: boolean; SampledRequestsEnabled: boolean; MetricName: string };
};
const webAclOf = (s: Synthesized) => s.template.findResources('AWS::WAFv2::WebACL')[s.logicalId('AWS::WAFv2::WebACL')];
const rulesOf = (s: Synthesized): Rule[] => webAclOf(s)?.Properties.Rules;
const ruleNamed = (s: Synthesized, name: string) => rulesOf(s).find((r) => r.Name === name) as Rule;

describe('the web ACL', () => {
  it('is regional, allows by default and protects the stage', () => {
    dev.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: 'users-api-dev' },
    });
    const stageId = dev.logicalId('AWS::ApiGateway::Stage');
    const association = Object.values(dev.template.findResources('AWS::WAFv2::WebACLAssociation'));
    expect(association).toHaveLength(1);
    // The stage's Ref in its ARN is what orders the association after the stage (no DependsOn: cfn-lint W3005).
    const arn = JSON.stringify(association[0]?.Properties.ResourceArn);
    expect(arn).toContain(
      `"::/restapis/",{"Ref":"${dev.logicalId('AWS::ApiGateway::RestApi')}"},"/stages/",{"Ref":"${stageId}"}`,
    );
    expect(association[0]?.Properties.WebACLArn).toEqual({
      'Fn::GetAtt': [dev.logicalId('AWS::WAFv2::WebACL'), 'Arn'],
    });
  });

  it('runs the IP reputation list, the rate rule, the core rule set and known bad inputs, in that order', () => {
    expect(rulesOf(dev).map((r) => [r.Priority, r.Name])).toEqual([
      [0, 'AWS-AWSManagedRulesAmazonIpReputationList'],
      [1, 'RateLimitPerAddress'],
      [2, 'AWS-AWSManagedRulesCommonRuleSet'],
      [3, 'AWS-AWSManagedRulesKnownBadInputsRuleSet'],
    ]);
    for (const rule of rulesOf(dev).filter((r) => r.Name.startsWith('AWS-'))) {
      expect(rule.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: rule.Name.slice(4) });
      expect(rule.OverrideAction).toEqual({ None: {} }); // the groups' own actions: block
    }
  });

  it('gives every rule its own CloudWatch metric and sampled requests', () => {
    const metrics = rulesOf(dev).map((r) => r.VisibilityConfig);
    for (const m of metrics) expect(m).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    expect(new Set(metrics.map((m) => m.MetricName)).size).toBe(4);
  });

  it('limits each client address to 1,500 requests per 5 minutes in dev and 6,000 in prod, answering 429', () => {
    for (const [s, limit] of [
      [dev, 1500],
      [prod, 6000],
    ] as const) {
      const rule = ruleNamed(s, 'RateLimitPerAddress');
      expect(rule.Statement.RateBasedStatement).toEqual({
        AggregateKeyType: 'IP',
        Limit: limit,
        EvaluationWindowSec: 300,
      });
      expect(rule.Action).toEqual({
        Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'TooManyRequests' } },
      });
    }
    const body = webAclOf(dev)?.Properties.CustomResponseBodies.TooManyRequests;
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toMatchObject({ type: 'urn:problem:too-many-requests', status: 429 });
  });
});

describe('the core rule set and our largest valid request', () => {
  // 25 items at their longest (name 200, description 2000, 20 tags of 50 characters).
  const largestBatch = {
    items: Array.from({ length: 25 }, (_, i) => ({
      name: 'n'.repeat(200),
      description: 'd'.repeat(2000),
      tags: Array.from({ length: 20 }, (_, t) => `${i}-${t}-`.padEnd(50, 't')),
    })),
  };

  it('would block a valid POST /items/batch: its body is over the 8 KB of SizeRestrictions_BODY', () => {
    expect(bodyValidators.createItems(largestBatch)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(largestBatch))).toBeGreaterThan(8 * 1024);
  });

  it('would block even one valid item written in a non-Latin script (3 bytes a character in UTF-8)', () => {
    const item = {
      name: '名'.repeat(200),
      description: '説'.repeat(2000),
      tags: Array.from({ length: 20 }, (_, t) => String(t).padEnd(50, '語')),
    };

    expect(bodyValidators.createItem(item)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(item))).toBeGreaterThan(8 * 1024);
  });

  it('so SizeRestrictions_BODY only counts; the function refuses bodies over 100 KB itself', () => {
    const crs = ruleNamed(dev, 'AWS-AWSManagedRulesCommonRuleSet');
    expect(crs.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });
});

describe('count mode (-c wafMode=count)', () => {
  it('makes every managed group and the rate rule count instead of block', () => {
    for (const rule of rulesOf(counting)) {
      if (rule.Name === 'RateLimitPerAddress') expect(rule.Action).toEqual({ Count: {} });
      else expect(rule.OverrideAction).toEqual({ Count: {} });
    }
  });

  it('refuses any mode but block and count', () => {
    expect(parseWafMode(undefined)).toBe('block');
    expect(parseWafMode('count')).toBe('count');
    expect(() => parseWafMode('monitor')).toThrow('wafMode must be one of block, count, not "monitor"');
    expect(() => addUsersApi(new App(), { stage: 'dev', wafMode: 'off' })).toThrow(/wafMode/);
  });
});

describe('logging', () => {
  it('writes to a log group named aws-waf-logs-..., kept as long as the stage keeps its logs', () => {
    dev.template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: 'aws-waf-logs-users-api-dev',
      RetentionInDays: 14,
    });
    prod.template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: 'aws-waf-logs-users-api-prod',
      RetentionInDays: 90,
    });
  });

  it('redacts the authorization and x-api-key headers', () => {
    dev.template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      ResourceArn: { 'Fn::GetAtt': [dev.logicalId('AWS::WAFv2::WebACL'), 'Arn'] },
      LogDestinationConfigs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'x-api-key' } }],
    });
    const destination = JSON.stringify(
      Object.values(dev.template.findResources('AWS::WAFv2::LoggingConfiguration'))[0]?.Properties
        .LogDestinationConfigs,
    );
    const logGroupId = Object.entries(dev.template.findResources('AWS::Logs::LogGroup')).find(
      ([, r]) => r.Properties.LogGroupName === 'aws-waf-logs-users-api-dev',
    )?.[0];
    expect(destination).toContain(`":log-group:",{"Ref":"${logGroupId}"}`);
    expect(destination).not.toContain(':*');
  });
});
