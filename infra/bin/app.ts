// The CDK app entry (cdk.json runs it with tsx): `-c stage=dev|prod`, optional
// `-c alarmEmail=...`, `-c allowedOrigins=https://a.example,https://b.example`,
// `-c rollout=canary|all-at-once`, `-c provisionedConcurrency=N`, and
// `-c docsDomain=docs.example.com -c docsCertificateArn=arn:aws:acm:us-east-1:...`,
// `-c wafMode=count`, `-c apiKeys=on -c apiKeyClients=acme:partner,beta:free` (docs/deploy.md, "Options"),
// `-c apiDomain=api.example.com -c hostedZoneId=Z… -c hostedZoneName=example.com`, and with
// those `-c regions=us-east-1,eu-west-1` (the first is the home region; docs/multi-region.md).
// A refused option prints its one line and exits 1; any other error keeps its stack.
import { App } from 'aws-cdk-lib';
import { DeployOptionError } from '../deployOptionError.js';
import { addGitHubDeployRole, addUsersApi } from '../stageApp.js';

function main(): void {
  const app = new App();
  const context = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  // Once per account, by an administrator: `npm run cdk -- deploy UsersApi-GitHubDeploy -c githubRepo=owner/name`.
  // First, so a bad githubRepo is refused before the API's function is bundled.
  const githubRepo = context('githubRepo');
  if (githubRepo) addGitHubDeployRole(app, { repository: githubRepo, providerArn: context('githubOidcProviderArn') });
  addUsersApi(app, {
    stage: context('stage') ?? 'dev',
    alarmEmail: context('alarmEmail'),
    allowedOrigins: context('allowedOrigins'),
    rollout: context('rollout'),
    provisionedConcurrency: context('provisionedConcurrency'),
    docsDomain: context('docsDomain'),
    docsCertificateArn: context('docsCertificateArn'),
    wafMode: context('wafMode'),
    apiKeys: context('apiKeys'),
    apiKeyClients: context('apiKeyClients'),
    apiDomain: context('apiDomain'),
    hostedZoneId: context('hostedZoneId'),
    hostedZoneName: context('hostedZoneName'),
    regions: context('regions'),
  });
  app.synth();
}

try {
  main();
} catch (err) {
  if (!(err instanceof DeployOptionError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
}
