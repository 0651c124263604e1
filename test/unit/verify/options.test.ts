// verify's arguments: the CDK scripts' -c flags, --region, --skip and --cleanup-only.
import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from '../../../infra/verify/options.js';

describe('verify: arguments', () => {
  it('takes the CDK scripts’ -c stage=<name>, and the stage’s allowed origins unless -c allowedOrigins says', () => {
    expect(parseOptions(['-c', 'stage=prod', '--region', 'eu-west-1'])).toEqual({
      stage: 'prod',
      stackName: 'UsersApi-prod',
      allowedOrigins: ['*'],
      region: 'eu-west-1',
      cleanupOnly: false,
      skip: new Set(),
    });
    const options = parseOptions(['-c', 'allowedOrigins=https://a.example,https://b.example', '--skip', 'contract']);
    expect(options).toMatchObject({ stage: 'dev', allowedOrigins: ['https://a.example', 'https://b.example'] });
    expect(parseOptions(['--cleanup-only', '-c', 'alarmEmail=ops@example.com'])).toMatchObject({ cleanupOnly: true });
  });

  it('refuses an unknown stage, step, option or origin', () => {
    for (const argv of [
      ['-c', 'stage=qa'],
      ['--skip', 'lint'],
      ['--force'],
      ['-c', 'allowedOrigins=app.example'],
      ['-c', 'stage'],
    ]) {
      expect(() => parseOptions(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});
