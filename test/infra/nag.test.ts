// cdk-nag's AwsSolutions checks run on every synth and pass: each finding is fixed or
// acknowledged with a specific reason, and the list of acknowledgements changes only on purpose.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUsersApi } from '../../infra/stageApp.js';
import { acknowledgements, type Synthesized, synthesize, validationReport } from './synthesize.js';

const expected = [
  'AwsSolutions-APIG2', // the function is the one request validator (docs/architecture.md)
  'AwsSolutions-COG2', // MFA optional (TOTP), not required
  'AwsSolutions-CFR1', // docs: no country refused
  'AwsSolutions-CFR2', // docs: static files; a CLOUDFRONT web ACL lives in us-east-1 only
  'AwsSolutions-CFR4', // docs on the default CloudFront certificate (no domain given)
  'AwsSolutions-COG8', // threat protection needs the Plus plan
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
  'AwsSolutions-IAM5[Resource::*]', // X-Ray; dynamodb:ListStreams for the events' stream consumer
  // The docs publisher (CDK's BucketDeployment): its grants on the asset bucket and the docs bucket.
  'AwsSolutions-IAM5[Action::s3:GetObject*]',
  'AwsSolutions-IAM5[Action::s3:GetBucket*]',
  'AwsSolutions-IAM5[Action::s3:List*]',
  'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
  'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
  'AwsSolutions-IAM5[Action::s3:Abort*]',
  'AwsSolutions-IAM5[Resource::<DocsBucket8E976F9C.Arn>/*]',
  'AwsSolutions-L1', // BucketDeployment's Python runtime, fixed by aws-cdk-lib (the API function is on nodejs24.x, the latest)
  'AwsSolutions-S1', // the docs' access-log bucket does not log itself
  'AwsSolutions-SMG4', // cursor key rotated by hand
  'AwsSolutions-SQS3', // the events' failure queue is itself a failure destination (infra/constructs/domainEvents.ts)
  'AwsSolutions-SNS2', // alarm topic without a CMK
];

let stages: Synthesized[];
beforeAll(() => {
  // Every edge option on in dev (WAF counting, usage plans with keys), the defaults in prod.
  stages = [
    synthesize('dev', undefined, { wafMode: 'count', apiKeys: 'on', apiKeyClients: 'acme:partner' }),
    synthesize('prod'),
  ];
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding in any stage', () => {
    for (const s of stages) {
      const reports = validationReport(s.assembly).pluginReports;
      expect(reports.filter((r) => r.conclusion !== 'success' || r.violations.length > 0)).toEqual([]);
    }
  });

  it('fails the synth on a finding nobody acknowledged, so the passing report above means something', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'users-api-nag-')) });
    const stack = addUsersApi(app, { stage: 'dev' });
    new Queue(stack, 'UnencryptedQueueWithoutDeadLetters'); // AwsSolutions-SQS3 and SQS4

    expect(() => app.synth()).toThrow(/The SQS queue/);
  });

  it('fails the synth when an acknowledgement is taken back', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'users-api-nag-')) });
    const stack = addUsersApi(app, { stage: 'dev' });
    const api = stack.node.findAll().find((c) => c.node.id === 'RestApi');
    if (!api) throw new Error('no RestApi construct');
    // CDK has no "unacknowledge": drop the acknowledgement from the construct's metadata.
    for (const entry of api.node.metadata) {
      if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        delete (entry.data as Record<string, string>)['Annotation::AwsSolutions-APIG2'];
    }

    expect(() => app.synth()).toThrow(/request validation/);
  });

  it('fixes APIG3 with the web ACL: without its association to the stage the synth fails', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'users-api-nag-')) });
    const stack = addUsersApi(app, { stage: 'dev' });
    const firewall = stack.usersApi.firewall;
    firewall.node.tryRemoveChild('StageAssociation');

    expect(() => app.synth()).toThrow(/AWS WAFv2 web ACL/);
  });

  it('acknowledges only the expected rules, each with a specific reason', () => {
    for (const s of stages) {
      const acknowledged = acknowledgements(s.app);

      expect([...acknowledged.keys()].map((id) => id.replace(/^Annotation::/, '')).sort()).toEqual(
        [...expected].sort(),
      );
      for (const [id, reason] of acknowledged) {
        expect(reason.length, id).toBeGreaterThanOrEqual(60);
      }
    }
  });
});
