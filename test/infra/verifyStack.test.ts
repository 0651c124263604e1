// What `npm run verify` assumes of the deployed stack, checked on the synthesized template:
// the stack's name, the outputs it reads, a shell client that allows ADMIN_USER_PASSWORD_AUTH,
// email sign-in, and a password policy its random passwords meet; with `-c region=`, each region's
// stack by its name, with its own StageUrl and (keys on) the partner plan of its own usage plans.
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackNameOf } from '../../infra/stageApp.js';
import { USAGE_PLAN_OUTPUT, VERIFY_TIER } from '../../infra/usagePlans.js';
import { parseOptions } from '../../infra/verify/options.js';
import { strongPassword } from '../../infra/verify/password.js';
import { OUTPUT_KEYS, STAGE_URL_OUTPUT } from '../../infra/verify/stackOutputs.js';
import { ADMIN_GROUP } from '../../src/http/caller.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
});

describe('what npm run verify reads from the stack', () => {
  it('looks for the stack the app names for the stage', () => {
    for (const stage of ['dev', 'prod']) {
      expect(parseOptions(['-c', `stage=${stage}`])).toMatchObject({ stackName: stackNameOf(stage) });
    }
    expect(dev.stack.stackName).toBe('UsersApi-dev');
  });

  it('finds every output it reads', () => {
    expect(Object.keys(dev.template.toJSON().Outputs)).toEqual(expect.arrayContaining(Object.values(OUTPUT_KEYS)));
  });

  it('signs in through the CliClientId client, which allows ADMIN_USER_PASSWORD_AUTH, with the email as username', () => {
    const clientId = dev.template.toJSON().Outputs[OUTPUT_KEYS.cliClientId].Value.Ref as string;
    const client = dev.template.toJSON().Resources[clientId];
    expect(client.Properties.ExplicitAuthFlows).toContain('ALLOW_ADMIN_USER_PASSWORD_AUTH');
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', { UsernameAttributes: ['email'] });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: ADMIN_GROUP });
  });

  it('makes passwords the pool’s policy accepts', () => {
    const pool = Object.values(dev.template.findResources('AWS::Cognito::UserPool'))[0];
    const policy = pool?.Properties.Policies.PasswordPolicy;
    expect(policy).toMatchObject({ MinimumLength: 12 }); // the policy is read, not assumed
    for (let i = 0; i < 100; i++) {
      const password = strongPassword();
      expect(password.length).toBeGreaterThanOrEqual(policy.MinimumLength);
      if (policy.RequireLowercase) expect(password).toMatch(/[a-z]/);
      if (policy.RequireUppercase) expect(password).toMatch(/[A-Z]/);
      if (policy.RequireNumbers) expect(password).toMatch(/\d/);
      // Cognito's symbols: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + -
      if (policy.RequireSymbols) expect(password).toMatch(/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/);
      expect(password).toMatch(/^[A-Za-z0-9^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]+$/);
    }
  });
});

describe('what npm run verify -- -c region= reads from each region of a multi-region stage', () => {
  const regions = ['us-east-1', 'eu-west-1'];
  const domain = { apiDomain: 'api.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };

  it("finds each region's stack by name, its StageUrl, and its own partner plan when keys are on", () => {
    const multi = synthesize('dev', undefined, { ...domain, regions: regions.join(','), apiKeys: 'on' });
    for (const region of regions) {
      const options = parseOptions(['-c', 'stage=dev', '-c', `regions=${regions.join(',')}`, '-c', `region=${region}`]);
      const stackName = options === 'help' ? '' : (options.target?.stackName ?? '');
      const artifact = multi.assembly.getStackByName(stackName);
      expect(artifact.environment.region).toBe(region);
      const template = Template.fromJSON(artifact.template);
      const outputs = template.toJSON().Outputs;
      expect(outputs[STAGE_URL_OUTPUT]?.Value).toBeDefined();
      // Its own plan (usage plans are regional), the one its temporary key must join.
      const partner = Object.entries(template.findResources('AWS::ApiGateway::UsagePlan')).find(
        ([, p]) => p.Properties.UsagePlanName === `users-api-dev-${VERIFY_TIER}`,
      )?.[0];
      expect(partner, region).toBeDefined();
      expect(outputs[USAGE_PLAN_OUTPUT]?.Value).toEqual({ Ref: partner });
    }
    expect(multi.stack.region).toBe(regions[0]);
  });
});
