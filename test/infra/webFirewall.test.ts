// AWS WAF on the API's stage, per stage and mode: the managed rule groups, the rate rule
// per client address, metrics per rule, logs with credentials redacted, and the core rule
// set's body-size rule kept from blocking valid requests.

import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import bodyValidators from '../../generated/body-validators.cjs';
import { blockingManagedRules, countedCoreRules, managedRuleGroups } from '../../infra/constructs/webFirewall.js';
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
        Block: {
          CustomResponse: {
            ResponseCode: 429,
            CustomResponseBodyKey: 'FirewallRateLimited',
            ResponseHeaders: [{ Name: 'rule', Value: 'RateLimitPerAddress' }],
          },
        },
      });
    }
  });
});

describe('what a WAF block answers', () => {
  const bodiesOf = (s: Synthesized): Record<string, { ContentType: string; Content: string }> =>
    webAclOf(s)?.Properties.CustomResponseBodies;
  /** Every Block in the web ACL, with where it is: the rules' actions and the managed groups' rule overrides. */
  const blocksOf = (s: Synthesized) =>
    rulesOf(s).flatMap((rule) => [
      ...(rule.Action && 'Block' in rule.Action ? [{ where: rule.Name, block: rule.Action.Block }] : []),
      ...((rule.Statement.ManagedRuleGroupStatement?.RuleActionOverrides as RuleOverride[] | undefined) ?? [])
        .filter((o) => 'Block' in o.ActionToUse)
        .map((o) => ({ where: `${rule.Name}/${o.Name}`, block: o.ActionToUse.Block })),
    ]) as { where: string; block: { CustomResponse: Record<string, unknown> } }[];

  it("is a problem of WAF's own type, as application/json (WAF has no application/problem+json)", () => {
    for (const s of [dev, prod]) {
      const bodies = bodiesOf(s);
      expect(Object.keys(bodies).sort()).toEqual(['FirewallBlocked', 'FirewallRateLimited']);
      for (const body of Object.values(bodies)) expect(body.ContentType).toBe('APPLICATION_JSON');
      expect(JSON.parse(bodies.FirewallBlocked?.Content as string)).toEqual({
        type: 'urn:problem:firewall:blocked',
        title: 'Forbidden',
        status: 403,
        detail: 'AWS WAF blocked this request: it matched the firewall rule named in the x-amzn-waf-rule header.',
      });
      expect(JSON.parse(bodies.FirewallRateLimited?.Content as string)).toEqual({
        type: 'urn:problem:firewall:rate-limited',
        title: 'Too Many Requests',
        status: 429,
        detail:
          'Too many requests from this address; AWS WAF lets it through again once its rate falls under the limit.',
      });
    }
  });

  it('answers 429 for the rate rule and 403 for every managed rule that blocks, naming the rule', () => {
    const blocks = blocksOf(dev);
    const managedBlocks = (group: (typeof managedRuleGroups)[number]) =>
      blockingManagedRules[group]
        .filter((rule) => !(countedCoreRules as readonly string[]).includes(rule))
        .map((rule) => ({
          where: `AWS-${group}/${rule}`,
          block: {
            CustomResponse: {
              ResponseCode: 403,
              CustomResponseBodyKey: 'FirewallBlocked',
              ResponseHeaders: [{ Name: 'rule', Value: `${group}/${rule}` }],
            },
          },
        }));
    const [ipReputation, coreRules, knownBadInputs] = managedRuleGroups;
    // In the web ACL's order: the IP reputation list, the rate rule, the core rule set, known bad inputs.
    expect(blocks).toEqual([
      ...managedBlocks(ipReputation),
      {
        where: 'RateLimitPerAddress',
        block: {
          CustomResponse: {
            ResponseCode: 429,
            CustomResponseBodyKey: 'FirewallRateLimited',
            ResponseHeaders: [{ Name: 'rule', Value: 'RateLimitPerAddress' }],
          },
        },
      },
      ...managedBlocks(coreRules),
      ...managedBlocks(knownBadInputs),
    ]);
    expect(blocks.length).toBe(1 + 2 + 21 + 11);
    // The status each body's problem states is the status the block sends.
    for (const { block } of blocks) {
      const body = bodiesOf(dev)[block.CustomResponse.CustomResponseBodyKey as string]?.Content as string;
      expect(JSON.parse(body).status).toBe(block.CustomResponse.ResponseCode);
    }
  });

  it('leaves the rules AWS ships as Count (AWSManagedIPDDoSList) and SizeRestrictions_BODY counting', () => {
    const overrides = (name: string) =>
      ruleNamed(dev, name).Statement.ManagedRuleGroupStatement?.RuleActionOverrides as RuleOverride[];
    expect(overrides('AWS-AWSManagedRulesAmazonIpReputationList').map((o) => o.Name)).not.toContain(
      'AWSManagedIPDDoSList',
    );
    expect(overrides('AWS-AWSManagedRulesCommonRuleSet').filter((o) => 'Count' in o.ActionToUse)).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('has no Block anywhere in count mode: nothing blocks, everything counts', () => {
    expect(blocksOf(counting)).toEqual([]);
    expect(JSON.stringify(webAclOf(counting))).not.toContain('"Block"');
  });
});

type RuleOverride = { Name: string; ActionToUse: Record<string, never> & { Block?: unknown; Count?: unknown } };

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
    for (const s of [dev, counting]) {
      const crs = ruleNamed(s, 'AWS-AWSManagedRulesCommonRuleSet');
      const overrides = crs.Statement.ManagedRuleGroupStatement?.RuleActionOverrides as RuleOverride[];
      expect(overrides.filter((o) => o.Name === 'SizeRestrictions_BODY')).toEqual([
        { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
      ]);
    }
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
