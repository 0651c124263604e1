// AWS WAF in front of the API's stage: AWS managed rule groups (core rule set, known bad
// inputs, IP reputation), a rate limit per client address, CloudWatch metrics per rule
// and logs with credentials redacted. `mode: 'count'` makes every rule count, not block.
// Every block answers an RFC 9457-shaped problem of WAF's own type (infra/firewall.ts).
// https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html
import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { FIREWALL_PROBLEM_TYPE, type FirewallConfig, RATE_WINDOW_SECONDS, type WafMode } from '../firewall.js';

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

/**
 * The rules of each managed group that block by default (AWS's lists of the groups' latest
 * static versions: aws-managed-rule-groups-baseline.html, aws-managed-rule-groups-ip-rep.html).
 * A managed group's own Block is WAF's plain 403, which API Gateway turns into its WAF_FILTERED
 * gateway response (the same `forbidden` problem the function sends): only a rule action
 * override can carry a custom response ("You cannot specify custom request handling in the
 * override action for a rule group", waf-custom-request-response.html). So each rule listed
 * here is overridden to a Block with our problem body; a rule AWS adds to a group later still
 * blocks, with WAF_FILTERED's 403, until it is listed. AWSManagedIPDDoSList ships as Count and
 * stays so; the core rules in countedCoreRules only count.
 */
export const blockingManagedRules: Record<(typeof managedRuleGroups)[number], readonly string[]> = {
  AWSManagedRulesAmazonIpReputationList: ['AWSManagedIPReputationList', 'AWSManagedReconnaissanceList'],
  AWSManagedRulesCommonRuleSet: [
    'NoUserAgent_HEADER',
    'UserAgent_BadBots_HEADER',
    'SizeRestrictions_QUERYSTRING',
    'SizeRestrictions_Cookie_HEADER',
    'SizeRestrictions_BODY',
    'SizeRestrictions_URIPATH',
    'EC2MetaDataSSRF_BODY',
    'EC2MetaDataSSRF_COOKIE',
    'EC2MetaDataSSRF_URIPATH',
    'EC2MetaDataSSRF_QUERYARGUMENTS',
    'GenericLFI_QUERYARGUMENTS',
    'GenericLFI_URIPATH',
    'GenericLFI_BODY',
    'RestrictedExtensions_URIPATH',
    'RestrictedExtensions_QUERYARGUMENTS',
    'GenericRFI_QUERYARGUMENTS',
    'GenericRFI_BODY',
    'GenericRFI_URIPATH',
    'CrossSiteScripting_COOKIE',
    'CrossSiteScripting_QUERYARGUMENTS',
    'CrossSiteScripting_BODY',
    'CrossSiteScripting_URIPATH',
  ],
  AWSManagedRulesKnownBadInputsRuleSet: [
    'JavaDeserializationRCE_HEADER',
    'JavaDeserializationRCE_BODY',
    'JavaDeserializationRCE_URIPATH',
    'JavaDeserializationRCE_QUERYSTRING',
    'Host_localhost_HEADER',
    'PROPFIND_METHOD',
    'ExploitablePaths_URIPATH',
    'Log4JRCE_HEADER',
    'Log4JRCE_QUERYSTRING',
    'Log4JRCE_BODY',
    'Log4JRCE_URIPATH',
  ],
};

/**
 * WAF's answers, as RFC 9457 problems. WAF sends them as `application/json`: its body content
 * types are TEXT_PLAIN, TEXT_HTML and APPLICATION_JSON only, and a custom response may not set
 * content-type (API_CustomResponse.html), so `application/problem+json` is out of reach.
 */
export const firewallProblems = {
  FirewallBlocked: {
    type: FIREWALL_PROBLEM_TYPE.blocked,
    title: 'Forbidden',
    status: 403,
    detail: 'AWS WAF blocked this request: it matched the firewall rule named in the x-amzn-waf-rule header.',
  },
  FirewallRateLimited: {
    type: FIREWALL_PROBLEM_TYPE.rateLimited,
    title: 'Too Many Requests',
    status: 429,
    detail: 'Too many requests from this address; AWS WAF lets it through again once its rate falls under the limit.',
  },
} as const;

/** A Block answering one of firewallProblems, naming the rule in `x-amzn-waf-rule` (WAF adds the prefix). */
const blockWith = (body: keyof typeof firewallProblems, rule: string): CfnWebACL.RuleActionProperty => ({
  block: {
    customResponse: {
      responseCode: firewallProblems[body].status,
      customResponseBodyKey: body,
      responseHeaders: [{ name: 'rule', value: rule }],
    },
  },
});

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

    // In count mode the group's override counts everything and no rule carries a Block;
    // in block mode each blocking rule blocks with our problem, the counted ones count.
    const managed = (
      groupName: (typeof managedRuleGroups)[number],
      priority: number,
      counted: readonly string[] = [],
    ): CfnWebACL.RuleProperty => {
      const overrides = [
        ...(counting ? [] : blockingManagedRules[groupName].filter((rule) => !counted.includes(rule))).map((rule) => ({
          name: rule,
          actionToUse: blockWith('FirewallBlocked', `${groupName}/${rule}`),
        })),
        ...counted.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
      ];
      return {
        name: `AWS-${groupName}`,
        priority,
        overrideAction: counting ? { count: {} } : { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name: groupName,
            ...(overrides.length > 0 ? { ruleActionOverrides: overrides } : {}),
          },
        },
        visibilityConfig: visibility(`${name}-${groupName}`),
      };
    };

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name,
      // WAF's description pattern allows letters, digits, spaces and =:#@/-,. only.
      description: `Users API ${config.stage} - managed rules and a rate limit per client address, ${mode} mode`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      customResponseBodies: Object.fromEntries(
        Object.entries(firewallProblems).map(([key, problem]) => [
          key,
          { contentType: 'APPLICATION_JSON', content: JSON.stringify(problem) },
        ]),
      ),
      rules: [
        managed('AWSManagedRulesAmazonIpReputationList', 0),
        {
          name: RATE_RULE,
          priority: 1,
          action: counting ? { count: {} } : blockWith('FirewallRateLimited', RATE_RULE),
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: firewall.ratePerAddressPer5Min,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
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
