// The CDK app entry (cdk.json runs it with tsx): `-c stage=dev|prod`, optional
// `-c alarmEmail=...` and `-c allowedOrigins=https://a.example,https://b.example`.
import { App } from 'aws-cdk-lib';
import { addUsersApi } from '../app.js';

const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
addUsersApi(app, {
  stage: context('stage') ?? 'dev',
  alarmEmail: context('alarmEmail'),
  allowedOrigins: context('allowedOrigins'),
});
app.synth();
