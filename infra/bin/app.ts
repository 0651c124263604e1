// The CDK app entry (cdk.json runs it with tsx): `-c stage=dev|prod`, optional
// `-c alarmEmail=...`, `-c allowedOrigins=https://a.example,https://b.example`,
// `-c rollout=canary|all-at-once`, `-c provisionedConcurrency=N`, and
// `-c docsDomain=docs.example.com -c docsCertificateArn=arn:aws:acm:us-east-1:...`,
// `-c wafMode=count`, `-c apiKeys=on -c apiKeyClients=acme:partner,beta:free` (docs/deploy.md, "Options").
import { App } from 'aws-cdk-lib';
import { addGitHubDeployRole, addUsersApi } from '../stageApp.js';

const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
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
});
// Once per account, by an administrator: `npm run cdk -- deploy UsersApi-GitHubDeploy -c githubRepo=owner/name`.
const githubRepo = context('githubRepo');
if (githubRepo) addGitHubDeployRole(app, { repository: githubRepo, providerArn: context('githubOidcProviderArn') });
app.synth();
