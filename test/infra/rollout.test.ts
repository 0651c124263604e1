// Safe rollouts: the API invokes the `live` alias of a published version, CodeDeploy moves
// it (canary unless told otherwise) and moves it back on the rollback alarms; provisioned
// concurrency on the alias only when asked for.
import { beforeAll, describe, expect, it } from 'vitest';
import { stageConfigs, withRollout } from '../../infra/config.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
let prod: Synthesized;
let devAllAtOnce: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
  prod = synthesize('prod');
  devAllAtOnce = synthesize('dev', undefined, { rollout: 'all-at-once', provisionedConcurrency: '3' });
});

const alarmId = (s: Synthesized, name: string) => {
  const ids = Object.keys(s.template.findResources('AWS::CloudWatch::Alarm')).filter((id) =>
    id.startsWith(`Monitoring${name}`),
  );
  expect(ids, name).toHaveLength(1);
  return ids[0] as string;
};

describe('the live alias', () => {
  it('points at the published version of the API function, named live', () => {
    const [versionId, version] = Object.entries(dev.template.findResources('AWS::Lambda::Version'))[0] ?? [];

    expect(version?.Properties.FunctionName).toEqual({ Ref: dev.apiFunctionId });
    dev.template.hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      FunctionName: { Ref: dev.apiFunctionId },
      FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
    });
  });

  it('publishes a new version when the code or configuration changes', () => {
    const versionOf = (s: Synthesized) => Object.keys(s.template.findResources('AWS::Lambda::Version'))[0];
    expect(versionOf(prod)).not.toBe(versionOf(dev)); // prod has more memory
    expect(versionOf(synthesize('dev'))).toBe(versionOf(dev));
  });

  it('has no provisioned concurrency unless asked, then exactly that many instances', () => {
    for (const s of [dev, prod]) {
      const [alias] = Object.values(s.template.findResources('AWS::Lambda::Alias'));
      expect(alias?.Properties.ProvisionedConcurrencyConfig).toBeUndefined();
    }
    devAllAtOnce.template.hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 },
    });
  });
});

describe('the CodeDeploy deployment group', () => {
  it.each(['dev', 'prod'] as const)('shifts 10%% of traffic for 5 minutes first, by default (%s)', (stage) => {
    const s = stage === 'dev' ? dev : prod;
    expect(stageConfigs[stage].rollout).toEqual({ strategy: 'canary', provisionedConcurrency: 0 });
    s.template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      DeploymentStyle: { DeploymentOption: 'WITH_TRAFFIC_CONTROL', DeploymentType: 'BLUE_GREEN' },
    });
  });

  it('switches all at once with -c rollout=all-at-once', () => {
    devAllAtOnce.template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      DeploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
    });
  });

  it('rolls back on the API 5XX rate, API p99 latency and function error alarms, and on failure', () => {
    for (const s of [dev, prod, devAllAtOnce]) {
      s.template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
        AlarmConfiguration: {
          Enabled: true,
          Alarms: [
            { Name: { Ref: alarmId(s, 'Api5xxRate') } },
            { Name: { Ref: alarmId(s, 'ApiP99Latency') } },
            { Name: { Ref: alarmId(s, 'LambdaErrors') } },
          ],
        },
        AutoRollbackConfiguration: {
          Enabled: true,
          Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST', 'DEPLOYMENT_STOP_ON_ALARM'],
        },
      });
    }
  });

  it('moves the live alias on every deployment', () => {
    const groupId = dev.logicalId('AWS::CodeDeploy::DeploymentGroup');
    dev.template.hasResource('AWS::Lambda::Alias', {
      UpdatePolicy: {
        CodeDeployLambdaAliasUpdate: {
          ApplicationName: { Ref: dev.logicalId('AWS::CodeDeploy::Application') },
          DeploymentGroupName: { Ref: groupId },
        },
      },
    });
  });

  it("runs as a role CodeDeploy assumes, with AWS's policy for Lambda deployments only", () => {
    const roleId = dev.template.findResources('AWS::CodeDeploy::DeploymentGroup')[
      dev.logicalId('AWS::CodeDeploy::DeploymentGroup')
    ]?.Properties.ServiceRoleArn['Fn::GetAtt'][0];
    const role = dev.template.findResources('AWS::IAM::Role')[roleId];

    expect(role?.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'codedeploy.amazonaws.com' } }),
    ]);
    expect(JSON.stringify(role?.Properties.ManagedPolicyArns)).toContain(
      ':iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited',
    );
    expect(role?.Properties.ManagedPolicyArns).toHaveLength(1);
  });
});

describe('rollout options', () => {
  it('take a strategy and a whole number of instances, and refuse anything else', () => {
    const dev = stageConfigs.dev;

    expect(withRollout(dev, {}).rollout).toEqual(dev.rollout);
    expect(withRollout(dev, { strategy: 'all-at-once', provisionedConcurrency: '0' }).rollout).toEqual({
      strategy: 'all-at-once',
      provisionedConcurrency: 0,
    });
    expect(() => withRollout(dev, { strategy: 'linear' })).toThrow(/rollout must be one of canary, all-at-once/);
    for (const bad of ['-1', '1.5', 'two', '', '1e3']) {
      expect(() => withRollout(dev, { provisionedConcurrency: bad }), bad).toThrow(/provisionedConcurrency/);
    }
  });
});
