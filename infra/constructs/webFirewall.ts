// AWS WAF in front of the API's stage: AWS managed rule groups (core rule set, known bad
// inputs, IP reputation), a rate limit per client address, CloudWatch metrics per rule
// and logs with credentials redacted. `mode: 'count'` makes every rule count, not block.
// https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html
import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import type { FirewallConfig, WafMode } from '../firewall.js';

/** The managed rule groups, in the order WAF evaluates them (after the IP reputation list and the rate rule). */
export const managedRuleGroups = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * Core rule set rules that would block valid requests, so they only count (and label):
 * SizeRestrictions_BODY blocks bodies over 8 KB, and a valid POST /items/batch (25 items
 * of up to 3,200 characters) or a single item in non-Latin script is larger. The function
 * refuses bodies over 100 KB itself (413 problem; src/http/request.ts).
 */
export const countedCoreRules = ['SizeRestrictions_BODY'] as const;

/** Headers WAF must not write to its logs: bearer tokens and API keys. */
export const redactedHeaders = ['authorization', 'x-api-key'] as const;

export const RATE_RULE = 'RateLimitPerAddress';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

export interface WebFirewallProps {
  readonly config: StageConfig;
  readonly firewall: FirewallConfig;
  readonly mode: WafMode;
  /** The API's stage the web ACL protects. */
  readonly stage: Stage;
}

export class WebFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logs: LogGroup;

  constructor(scope: Construct, id: string, props: WebFirewallProps) {
    super(scope, id);
    const { config, firewall, mode, stage } = props;
    const counting = mode === 'count';
    const name = `users-api-${config.stage}`;

    const managed = (groupName: string, priority: number, counted: readonly string[] = []): CfnWebACL.RuleProperty => ({
      name: `AWS-${groupName}`,
      priority,
      overrideAction: counting ? { count: {} } : { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name: groupName,
          ...(counted.length > 0
            ? { ruleActionOverrides: counted.map((rule) => ({ name: rule, actionToUse: { count: {} } })) }
            : {}),
        },
      },
      visibilityConfig: visibility(`${name}-${groupName}`),
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name,
      // WAF's description pattern allows letters, digits, spaces and =:#@/-,. only.
      description: `Users API ${config.stage} - managed rules and a rate limit per client address, ${mode} mode`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      customResponseBodies: {
        TooManyRequests: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            type: 'urn:problem:too-many-requests',
            title: 'Too Many Requests',
            status: 429,
            detail: 'Too many requests from this address; try again in a few minutes.',
          }),
        },
      },
      rules: [
        managed('AWSManagedRulesAmazonIpReputationList', 0),
        {
          name: RATE_RULE,
          priority: 1,
          action: counting
            ? { count: {} }
            : { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'TooManyRequests' } } },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: firewall.ratePerAddressPer5Min,
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: visibility(`${name}-${RATE_RULE}`),
        },
        managed('AWSManagedRulesCommonRuleSet', 2, countedCoreRules),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 3),
      ],
    });

    // The stage's Ref in the ARN orders it after the stage (a DependsOn too is redundant: cfn-lint W3005).
    new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });

    // WAF writes only to log groups whose name starts with aws-waf-logs-.
    this.logs = new LogGroup(this, 'Logs', {
      logGroupName: `aws-waf-logs-${name}`,
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // The log group's ARN without CDK's trailing `:*`, as WAF expects it.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: this.logs.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: redactedHeaders.map((header) => ({ singleHeader: { Name: header } })),
    });
  }
}
