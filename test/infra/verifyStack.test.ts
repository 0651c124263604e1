// What `npm run verify` assumes of the deployed stack, checked on the synthesized template:
// the stack's name, the outputs it reads, a shell client that allows ADMIN_USER_PASSWORD_AUTH,
// email sign-in, and a password policy its random passwords meet.
import { beforeAll, describe, expect, it } from 'vitest';
import { stackNameOf } from '../../infra/stageApp.js';
import { parseOptions } from '../../infra/verify/options.js';
import { strongPassword } from '../../infra/verify/password.js';
import { OUTPUT_KEYS } from '../../infra/verify/stackOutputs.js';
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
