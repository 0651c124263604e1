// verify's temporary Cognito accounts: made with the admin API (no invitation email), a
// fresh random password each sign-in, ID tokens through the shell client; found again by
// their tag after an interrupted run, and deleted.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ADMIN_GROUP } from '../../src/http/caller.js';
import { type Role, RUN_ACCOUNT } from './ledger.js';
import { strongPassword } from './password.js';
import type { Progress } from './progress.js';
import type { StageOutputs } from './stackOutputs.js';

export interface Leftover {
  email: string;
  role: Role;
  createdAt: Date;
}

export class Accounts {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly stage: Pick<StageOutputs, 'userPoolId' | 'cliClientId'>,
    private readonly progress: Progress,
  ) {}

  /** Makes the account; `made` is called as soon as it exists, so cleanup knows of it whatever fails next. */
  async create(email: string, role: Role, made: (email: string) => void): Promise<void> {
    await this.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: this.stage.userPoolId,
        Username: email,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
        MessageAction: 'SUPPRESS',
      }),
    );
    made(email);
    if (role === 'admin') {
      await this.cognito.send(
        new AdminAddUserToGroupCommand({ UserPoolId: this.stage.userPoolId, Username: email, GroupName: ADMIN_GROUP }),
      );
    }
  }

  /** Sets a new random permanent password and signs in with it: the account's ID token. */
  async idToken(email: string): Promise<string> {
    const password = strongPassword();
    this.progress.secret(password);
    await this.cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: this.stage.userPoolId,
        Username: email,
        Password: password,
        Permanent: true,
      }),
    );
    const answer = await this.cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId: this.stage.userPoolId,
        ClientId: this.stage.cliClientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const token = answer.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no ID token for ${email} (Cognito asked for ${answer.ChallengeName ?? 'nothing'})`);
    this.progress.secret(token);
    return token;
  }

  /** Accounts of earlier runs still in the pool, found by their tag. */
  async leftovers(): Promise<Leftover[]> {
    const found: Leftover[] = [];
    let token: string | undefined;
    do {
      const page = await this.cognito.send(
        new ListUsersCommand({
          UserPoolId: this.stage.userPoolId,
          Filter: 'email ^= "verify-"',
          ...(token ? { PaginationToken: token } : {}),
        }),
      );
      for (const user of page.Users ?? []) {
        const email = user.Attributes?.find((a) => a.Name === 'email')?.Value ?? '';
        const match = RUN_ACCOUNT.exec(email);
        if (match) found.push({ email, role: match[2] as Role, createdAt: user.UserCreateDate ?? new Date() });
      }
      token = page.PaginationToken;
    } while (token);
    return found;
  }

  async delete(email: string): Promise<void> {
    try {
      await this.cognito.send(new AdminDeleteUserCommand({ UserPoolId: this.stage.userPoolId, Username: email }));
    } catch (err) {
      if (!(err instanceof Error && err.name === 'UserNotFoundException')) throw err;
    }
  }
}
