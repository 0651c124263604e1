// What API Gateway invokes: the `live` alias of a published version of the function, moved to
// each new version by CodeDeploy (canary or all at once) and moved back when an alarm fires.
import { Stack, Validations } from 'aws-cdk-lib';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { LambdaDeploymentConfig, LambdaDeploymentGroup } from 'aws-cdk-lib/aws-codedeploy';
import { Alias, type Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { RolloutConfig, RolloutStrategy } from '../config.js';

export const liveAliasName = 'live';

/** CodeDeploy's predefined configurations for each strategy. */
export const deploymentConfigs: Readonly<Record<RolloutStrategy, typeof LambdaDeploymentConfig.ALL_AT_ONCE>> = {
  canary: LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
  'all-at-once': LambdaDeploymentConfig.ALL_AT_ONCE,
};

export interface LiveAliasProps {
  readonly function: LambdaFunction;
  readonly rollout: RolloutConfig;
}

export class LiveAlias extends Construct {
  readonly alias: Alias;
  readonly deploymentGroup: LambdaDeploymentGroup;

  constructor(scope: Construct, id: string, props: LiveAliasProps) {
    super(scope, id);
    const { rollout } = props;

    // currentVersion publishes a new version whenever the code or configuration changes.
    this.alias = new Alias(this, 'Alias', {
      aliasName: liveAliasName,
      version: props.function.currentVersion,
      ...(rollout.provisionedConcurrency > 0
        ? { provisionedConcurrentExecutions: rollout.provisionedConcurrency }
        : {}),
    });

    // Alarms are added by the stack once monitoring exists (addRollbackAlarms).
    this.deploymentGroup = new LambdaDeploymentGroup(this, 'Deployment', {
      alias: this.alias,
      deploymentConfig: deploymentConfigs[rollout.strategy],
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
    Validations.of(this.deploymentGroup).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
      reason:
        'CDK always attaches the AWS policy made for CodeDeploy on Lambda to the deployment group role: it may ' +
        'read alarms, get and update aliases and invoke only functions named CodeDeployHook_*; AWS keeps it current.',
    });
  }

  /** Any of these in ALARM during a deployment stops it and moves the alias back to the previous version. */
  addRollbackAlarms(alarms: readonly IAlarm[]): void {
    for (const alarm of alarms) this.deploymentGroup.addAlarm(alarm);
  }

  /** API Gateway's invoke URI for the alias (a qualified ARN: never the unpublished $LATEST). */
  get integrationUri(): string {
    const stack = Stack.of(this);
    return `arn:${stack.partition}:apigateway:${stack.region}:lambda:path/2015-03-31/functions/${this.alias.functionArn}/invocations`;
  }
}
