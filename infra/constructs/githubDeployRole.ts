// The role the deploy workflow (.github/workflows/deploy.yml) assumes through GitHub's OIDC
// provider, so no AWS keys are stored anywhere: it may assume CDK's bootstrap roles, which
// do the deploying, and read and make what `npm run verify` needs (with API keys on, its
// temporary key too). docs/release.md sets it up.
import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  type IOidcProvider,
  OidcProviderNative,
  PolicyStatement,
  Role,
  WebIdentityPrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { refuseOption } from '../deployOptionError.js';

export const githubIssuer = 'token.actions.githubusercontent.com';
/** CDK's default bootstrap qualifier (`cdk bootstrap --qualifier` changes it). */
export const defaultBootstrapQualifier = 'hnb659fds';
/** The bootstrap roles `cdk deploy` and `cdk diff` assume: deploy, upload assets, read the deployed stack. */
export const bootstrapRoles = ['deploy', 'file-publishing', 'lookup'] as const;
/** What `npm run verify` calls with the workflow's credentials: stack outputs, and temporary Cognito accounts. */
export const verifyStackActions = ['cloudformation:DescribeStacks'] as const;
export const verifyUserPoolActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminInitiateAuth',
  'cognito-idp:AdminDeleteUser',
  // `npm run verify -- --cleanup-only` finds an interrupted run's accounts by listing.
  'cognito-idp:ListUsers',
] as const;

/**
 * API Gateway's control plane authorizes an HTTP verb on a resource path
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-to-api.html#api-gateway-control-access-iam-permissions-model-for-managing-api):
 * these are the calls verify makes on a stage deployed with `-c apiKeys=on`, and nothing more.
 */
export const verifyApiKeyPermissions = [
  // CreateApiKey, and GetApiKeys (--cleanup-only finds earlier runs' keys by name).
  { actions: ['apigateway:POST', 'apigateway:GET'], path: '/apikeys' },
  // DeleteApiKey.
  { actions: ['apigateway:DELETE'], path: '/apikeys/*' },
  // CreateUsagePlanKey: the key joins the stage's partner plan.
  { actions: ['apigateway:POST'], path: '/usageplans/*/keys' },
] as const;

export interface GitHubDeployRoleProps {
  /** `owner/name` of the repository whose workflows may assume the role. */
  readonly repository: string;
  /** GitHub environments whose jobs may assume it (the workflow's `environment:`). */
  readonly environments: readonly string[];
  /** An account has one provider per URL: pass its ARN when GitHub's already exists. */
  readonly providerArn?: string | undefined;
  readonly bootstrapQualifier?: string | undefined;
  /** The stack names `verify` reads the outputs of. */
  readonly stackNames: readonly string[];
}

export class GitHubDeployRole extends Construct {
  readonly provider: IOidcProvider;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: GitHubDeployRoleProps) {
    super(scope, id);
    if (!/^[\w.-]+\/[\w.-]+$/.test(props.repository)) {
      throw refuseOption(
        'githubRepo',
        props.repository,
        'githubRepo must be owner/name, e.g. -c githubRepo=octo-org/users-api',
      );
    }
    const qualifier = props.bootstrapQualifier ?? defaultBootstrapQualifier;

    this.provider = props.providerArn
      ? OidcProviderNative.fromOidcProviderArn(this, 'Provider', props.providerArn)
      : new OidcProviderNative(this, 'Provider', {
          url: `https://${githubIssuer}`,
          clientIds: ['sts.amazonaws.com'],
          removalPolicy: RemovalPolicy.RETAIN, // other roles in the account may trust it too
        });

    // Only workflow jobs of this repository running in one of these environments (whose
    // protection rules, such as required reviewers for prod, GitHub enforces first).
    this.role = new Role(this, 'Role', {
      description: `Deploys the users API from GitHub Actions (${props.repository})`,
      maxSessionDuration: Duration.hours(1),
      assumedBy: new WebIdentityPrincipal(this.provider.oidcProviderArn, {
        StringEquals: {
          [`${githubIssuer}:aud`]: 'sts.amazonaws.com',
          [`${githubIssuer}:sub`]: props.environments.map((env) => `repo:${props.repository}:environment:${env}`),
        },
      }),
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        resources: bootstrapRoles.map(
          (name) =>
            `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/cdk-${qualifier}-${name}-role-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
        ),
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...verifyStackActions],
        resources: props.stackNames.map(
          (name) => `arn:${Aws.PARTITION}:cloudformation:${Aws.REGION}:${Aws.ACCOUNT_ID}:stack/${name}/*`,
        ),
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...verifyUserPoolActions],
        resources: [`arn:${Aws.PARTITION}:cognito-idp:${Aws.REGION}:${Aws.ACCOUNT_ID}:userpool/*`],
        // The stacks tag every resource project=users-api (stack.ts).
        conditions: { StringEquals: { 'aws:ResourceTag/project': 'users-api' } },
      }),
    );
    const apiGatewayArn = (path: string) => `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::${path}`;
    for (const { actions, path } of verifyApiKeyPermissions) {
      this.role.addToPolicy(new PolicyStatement({ actions: [...actions], resources: [apiGatewayArn(path)] }));
    }
    Validations.of(this.role).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/apikeys/*]',
        reason:
          'An API key id is made by API Gateway when verify creates its temporary key; DELETE on one key is the ' +
          'narrowest grant API Gateway has for DeleteApiKey (it has no condition on the key name).',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/usageplans/*/keys]',
        reason:
          "Usage plan ids are made at deploy, in another stack; verify reads the stage's plan id from its outputs " +
          'and only attaches its own temporary key (POST, CreateUsagePlanKey); no plan can be changed or deleted.',
      },
      ...props.stackNames.map((name) => ({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudformation:<AWS::Region>:<AWS::AccountId>:stack/${name}/*]`,
        reason:
          'A stack ARN ends in an id CloudFormation makes when it creates the stack; the name before it is fixed, ' +
          'and DescribeStacks only reads the outputs verify needs.',
      })),
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:<AWS::Region>:<AWS::AccountId>:userpool/*]',
        reason:
          "User pool ids are made at creation; the statement is limited to pools tagged project=users-api (this kit's " +
          'stacks) by an aws:ResourceTag condition, for the admin calls verify makes to create and remove its accounts.',
      },
    );
  }
}
