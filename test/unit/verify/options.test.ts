// verify's arguments: the CDK scripts' -c flags (-c region= with -c regions=), --region, --skip and --cleanup-only.
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
      target: undefined,
      cleanupCommand: 'npm run verify -- -c stage=prod --cleanup-only',
      // prod's WAF rate rule, which verify paces itself under (infra/firewall.ts).
      rateRule: { limit: 6000, windowSeconds: 300 },
    });
    expect(parseOptions(['-c', 'stage=dev'])).toMatchObject({ rateRule: { limit: 1500, windowSeconds: 300 } });
    expect(parseOptions(['-c', 'wafMode=count'])).toMatchObject({ rateRule: undefined });
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

  it('takes -c region= with the deploy’s -c regions=: that region’s stack, the home region for the rest', () => {
    const regions = ['-c', 'regions=us-east-1,eu-west-1,ap-southeast-2'];
    expect(parseOptions(['-c', 'stage=prod', ...regions, '-c', 'region=eu-west-1'])).toMatchObject({
      stackName: 'UsersApi-prod',
      region: 'us-east-1',
      target: { region: 'eu-west-1', home: 'us-east-1', stackName: 'UsersApi-prod-eu-west-1' },
      cleanupCommand:
        'npm run verify -- -c stage=prod -c regions=us-east-1,eu-west-1,ap-southeast-2 -c region=eu-west-1 --cleanup-only',
    });
    // The home region's own StageUrl is on the home stack.
    expect(parseOptions([...regions, '-c', 'region=us-east-1', '--region', 'us-east-1'])).toMatchObject({
      target: { region: 'us-east-1', home: 'us-east-1', stackName: 'UsersApi-dev' },
    });
    // -c regions= alone concerns the deploy: nothing changes.
    expect(parseOptions([...regions])).toMatchObject({ target: undefined, region: undefined });
  });

  it('refuses -c region= outside the stage’s regions, without them, or with --region off the home region', () => {
    const cases: [string[], string][] = [
      [['-c', 'region=eu-west-1'], "-c region=eu-west-1 needs the stage's regions"],
      [['-c', 'regions=us-east-1,eu-west-1', '-c', 'region=ap-south-1'], "region ap-south-1 is not one of the stage's"],
      [['-c', 'regions=us-east-1', '-c', 'region=us-east-1'], 'regions lists two or more distinct regions'],
      [['-c', 'regions=us-east-1,mars-1', '-c', 'region=us-east-1'], 'AWS region names like us-east-1: mars-1'],
      [
        ['-c', 'regions=us-east-1,eu-west-1', '-c', 'region=eu-west-1', '--region', 'eu-west-1'],
        '--region eu-west-1 is not the home region us-east-1',
      ],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseOptions(argv), argv.join(' ')).toThrow(UsageError);
      expect(() => parseOptions(argv), argv.join(' ')).toThrow(message);
    }
  });
});
