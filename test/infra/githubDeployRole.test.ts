// The deploy workflow's role: assumable only through GitHub's OIDC provider by this repository's
// dev and prod environment jobs, allowed only CDK's bootstrap roles and what verify calls.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  verifyApiKeyPermissions,
  verifyStackActions,
  verifyUserPoolActions,
} from '../../infra/constructs/githubDeployRole.js';
import { addGitHubDeployRole, addUsersApi, githubDeployStackName } from '../../infra/stageApp.js';
import { acknowledgements, validationReport } from './synthesize.js';

const repository = 'example-org/users-api';
let app: App;
let template: Template;
let report: ReturnType<typeof validationReport>;

beforeAll(() => {
  // As bin/app.ts builds it with -c githubRepo: beside the API stack, under the same cdk-nag checks.
  app = new App({ outdir: mkdtempSync(join(tmpdir(), 'users-api-gh-')) });
  addUsersApi(app, { stage: 'dev' });
  addGitHubDeployRole(app, { repository });
  const assembly = app.synth();
  template = Template.fromJSON(assembly.getStackByName(githubDeployStackName).template);
  report = validationReport(assembly);
});

type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };
const statements = (t: Template): Statement[] =>
  Object.values(t.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);

describe('GitHub deploy role', () => {
  it("trusts GitHub's OIDC provider for sts.amazonaws.com tokens", () => {
    template.hasResourceProperties('AWS::IAM::OIDCProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
    template.hasResource('AWS::IAM::OIDCProvider', { DeletionPolicy: 'Retain' });
  });

  it("may be assumed only by this repository's jobs in the dev and prod environments, for an hour", () => {
    const [role] = Object.values(template.findResources('AWS::IAM::Role'));

    expect(role?.Properties.MaxSessionDuration).toBe(3600);
    expect(role?.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: { Federated: { Ref: Object.keys(template.findResources('AWS::IAM::OIDCProvider'))[0] } },
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': [
              `repo:${repository}:environment:dev`,
              `repo:${repository}:environment:prod`,
            ],
          },
        },
      },
    ]);
    expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("may assume CDK's deploy, file-publishing and lookup roles, and no other role", () => {
    const assume = statements(template).filter((s) => [s.Action].flat().includes('sts:AssumeRole'));
    const text = JSON.stringify(assume);

    expect(assume).toHaveLength(1);
    expect(assume[0]?.Action).toEqual(['sts:AssumeRole', 'sts:TagSession']);
    expect(assume[0]?.Resource).toHaveLength(3);
    for (const name of ['deploy', 'file-publishing', 'lookup'])
      expect(text).toContain(`:role/cdk-hnb659fds-${name}-role-`);
    expect(text).not.toContain('image-publishing');
  });

  it('may read the two stage stacks and manage accounts only in user pools tagged as this project', () => {
    const rest = statements(template).filter(
      (s) => ![s.Action].flat().some((a) => a === 'sts:AssumeRole' || a.startsWith('apigateway:')),
    );

    expect(rest).toEqual([
      expect.objectContaining({ Action: verifyStackActions[0] }),
      expect.objectContaining({
        Action: [...verifyUserPoolActions],
        Condition: { StringEquals: { 'aws:ResourceTag/project': 'users-api' } },
      }),
    ]);
    expect(JSON.stringify(rest[0]?.Resource)).toContain(':stack/UsersApi-dev/*');
    expect(JSON.stringify(rest[0]?.Resource)).toContain(':stack/UsersApi-prod/*');
    for (const s of statements(template)) for (const a of [s.Action].flat()) expect(a).not.toContain('*');
  });

  it('may make, attach, list and delete API keys (verify on a stage with keys on), and nothing else of API Gateway', () => {
    const apiGateway = statements(template).filter((s) => [s.Action].flat().some((a) => a.startsWith('apigateway:')));
    const granted = apiGateway.map((s) => [[s.Action].flat().sort(), JSON.stringify(s.Resource), s.Condition]);
    const path = (p: string) =>
      JSON.stringify({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:', { Ref: 'AWS::Region' }, `::${p}`]],
      });

    expect(granted).toEqual([
      [['apigateway:GET', 'apigateway:POST'], path('/apikeys'), undefined],
      [['apigateway:DELETE'], path('/apikeys/*'), undefined],
      [['apigateway:POST'], path('/usageplans/*/keys'), undefined],
    ]);
    expect(verifyApiKeyPermissions.flatMap((p) => p.actions)).not.toContain('apigateway:PATCH');
    expect(JSON.stringify(apiGateway)).not.toMatch(/restapis|usageplans\/\*"|apikeys\/\*\/|PUT/);
  });

  it('passes cdk-nag with only the stack-id, user-pool-id, API key and usage plan wildcards acknowledged', () => {
    const ids = [...acknowledgements(app).keys()].filter(
      (id) => id.includes('cloudformation') || id.includes('cognito-idp') || id.includes('apigateway:'),
    );

    expect(report.pluginReports.filter((r) => r.violations.length > 0)).toEqual([]);
    expect(ids.map((id) => id.replace(/^Annotation::/, '')).sort()).toEqual([
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/apikeys/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/usageplans/*/keys]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudformation:<AWS::Region>:<AWS::AccountId>:stack/UsersApi-dev/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudformation:<AWS::Region>:<AWS::AccountId>:stack/UsersApi-prod/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:<AWS::Region>:<AWS::AccountId>:userpool/*]',
    ]);
  });

  it("reuses the account's GitHub provider when given its ARN, and refuses a repository that is not owner/name", () => {
    const providerArn = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
    const other = new App();
    const stack = addGitHubDeployRole(other, { repository, providerArn });
    const t = Template.fromStack(stack);

    t.resourceCountIs('AWS::IAM::OIDCProvider', 0);
    expect(JSON.stringify(t.findResources('AWS::IAM::Role'))).toContain(providerArn);
    expect(() => addGitHubDeployRole(new App(), { repository: 'not a repo' })).toThrow(/owner\/name/);
  });
});
