// cdk-nag's AwsSolutions checks run on every synth and pass: each finding is fixed or
// acknowledged with a specific reason, and the list of acknowledgements changes only on purpose.
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, type Synthesized, synthesize, validationReport } from './synthesize.js';

const expected = [
  'AwsSolutions-APIG2', // validators live in the imported body
  'AwsSolutions-APIG3', // no WAF web ACL yet
  'AwsSolutions-COG2', // MFA optional (TOTP), not required
  'AwsSolutions-COG8', // threat protection needs the Plus plan
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
  'AwsSolutions-IAM5[Resource::*]', // X-Ray
  'AwsSolutions-L1', // nodejs22.x pinned
  'AwsSolutions-SMG4', // cursor key rotated by hand
  'AwsSolutions-SNS2', // alarm topic without a CMK
];

let stages: Synthesized[];
beforeAll(() => {
  stages = [synthesize('dev'), synthesize('prod')];
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding in any stage', () => {
    for (const s of stages) {
      const reports = validationReport(s.assembly).pluginReports;
      expect(reports.filter((r) => r.conclusion !== 'success' || r.violations.length > 0)).toEqual([]);
    }
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
