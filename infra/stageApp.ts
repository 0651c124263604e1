// Assembles the CDK app for one stage: the stack, plus the cdk-nag AwsSolutions checks
// that run on every synth (bin/app.ts for the CLI, test/infra for the assertions).
import { type App, CfnOutput, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { isOriginList } from '../src/http/cors.js';
import { stageConfig, stageNames, withAllowedOrigins, withRollout } from './config.js';
import { GitHubDeployRole } from './constructs/githubDeployRole.js';
import { refuseOption } from './deployOptionError.js';
import { withWafMode } from './firewall.js';
import { RegionalStack } from './regionalStack.js';
import { apiDomainOf, multiRegionOf, regionalStackName } from './regions.js';
import { loadSpec, type OpenApiDocument } from './spec/apiGatewaySpec.js';
import { UsersApiStack } from './stack.js';
import { withApiKeys } from './usagePlans.js';

export interface UsersApiAppOptions {
  /** `dev`, `prod`: see config.ts. */
  readonly stage: string;
  /** Defaults to openapi.yaml. */
  readonly spec?: OpenApiDocument;
  readonly alarmEmail?: string | undefined;
  /** Comma-separated origins replacing the stage's `allowedOrigins` (`*` for any). */
  readonly allowedOrigins?: string | undefined;
  /** `canary` or `all-at-once`, replacing the stage's rollout strategy. */
  readonly rollout?: string | undefined;
  /** Instances kept initialised on the `live` alias, replacing the stage's (0: none). */
  readonly provisionedConcurrency?: string | undefined;
  /** The docs' own domain and its ACM certificate (us-east-1); both or neither. */
  readonly docsDomain?: string | undefined;
  readonly docsCertificateArn?: string | undefined;
  /** `block` (default) or `count`: AWS WAF's rules only count, for a first rollout. */
  readonly wafMode?: string | undefined;
  /** `on` or `off` (default): usage plans, and an API key on every secured method. */
  readonly apiKeys?: string | undefined;
  /** `name:tier,...`: one API key per client (needs apiKeys=on). */
  readonly apiKeyClients?: string | undefined;
  /** The API's own name and its Route 53 hosted zone: all three or none (infra/regions.ts). */
  readonly apiDomain?: string | undefined;
  readonly hostedZoneId?: string | undefined;
  readonly hostedZoneName?: string | undefined;
  /** Comma-separated regions, the home region first; needs the custom domain (docs/multi-region.md). */
  readonly regions?: string | undefined;
}

export const stackNameOf = (stage: string) => `UsersApi-${stage}`;

export function addUsersApi(app: App, options: UsersApiAppOptions): UsersApiStack {
  const config = withApiKeys(
    withWafMode(
      withRollout(withAllowedOrigins(stageConfig(options.stage), options.allowedOrigins), {
        strategy: options.rollout,
        provisionedConcurrency: options.provisionedConcurrency,
      }),
      options.wafMode,
    ),
    options,
  );
  if (!isOriginList(config.allowedOrigins)) {
    throw refuseOption(
      'allowedOrigins',
      options.allowedOrigins,
      'allowedOrigins must be origins like https://app.example.com, comma-separated, or *',
    );
  }
  if ((options.docsDomain === undefined) !== (options.docsCertificateArn === undefined)) {
    throw refuseOption(
      options.docsDomain === undefined ? 'docsCertificateArn' : 'docsDomain',
      options.docsDomain ?? options.docsCertificateArn,
      'docsDomain and docsCertificateArn go together: give both or neither (an ACM certificate from us-east-1)',
    );
  }
  const apiDomain = apiDomainOf(options);
  const multiRegion = multiRegionOf(options.regions, apiDomain);
  const spec = options.spec ?? loadSpec();
  // Multi-region stacks name their region (a global table needs it at synth); the account still
  // comes from the credentials. Single-region stacks stay environment-agnostic, as before.
  const envOf = (region: string) => ({ env: { account: process.env.CDK_DEFAULT_ACCOUNT, region } });
  const stack = new UsersApiStack(app, stackNameOf(config.stage), {
    config,
    spec,
    apiDomain,
    multiRegion,
    ...(multiRegion ? { ...envOf(multiRegion.home), crossRegionReferences: true } : {}),
    alarmEmail: options.alarmEmail,
    docsDomain:
      options.docsDomain && options.docsCertificateArn
        ? { name: options.docsDomain, certificateArn: options.docsCertificateArn }
        : undefined,
  });
  for (const region of multiRegion?.regions.slice(1) ?? []) {
    new RegionalStack(app, regionalStackName(stack.stackName, region), {
      ...envOf(region),
      crossRegionReferences: true,
      config,
      spec,
      region,
      multiRegion: multiRegion as NonNullable<typeof multiRegion>,
      apiDomain: apiDomain as NonNullable<typeof apiDomain>,
      bearerAuthorizer: stack.auth.bearerAuthorizer,
      alarmEmail: options.alarmEmail,
    });
  }
  // Unacknowledged findings fail the synth; acknowledgements sit beside the resources they concern.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}

export const githubDeployStackName = 'UsersApi-GitHubDeploy';

export interface GitHubDeployOptions {
  /** `owner/name` of the repository (`-c githubRepo=...`). */
  readonly repository: string;
  /** GitHub's OIDC provider, when the account has it already (`-c githubOidcProviderArn=...`). */
  readonly providerArn?: string | undefined;
}

/** The stack with GitHub's OIDC provider and the deploy role (docs/release.md); cdk-nag checks it with the rest. */
export function addGitHubDeployRole(app: App, options: GitHubDeployOptions): Stack {
  const stack = new Stack(app, githubDeployStackName, {
    description: 'GitHub OIDC provider and the role the users API deploy workflow assumes',
  });
  const deployRole = new GitHubDeployRole(stack, 'GitHub', {
    repository: options.repository,
    providerArn: options.providerArn,
    environments: stageNames,
    stackNames: stageNames.map(stackNameOf),
  });
  new CfnOutput(stack, 'DeployRoleArn', {
    value: deployRole.role.roleArn,
    description: 'Set it as the repository variable AWS_DEPLOY_ROLE_ARN',
  });
  return stack;
}
