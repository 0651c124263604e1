// AWS as `npm run verify` sees it, faked at the SDK boundary (aws-sdk-client-mock): a
// CloudFormation stack whose ApiUrl is a local gateway playing the stage, and a Cognito
// user pool that keeps its accounts in memory, holds them to the stack's password policy,
// and signs them in with ID tokens from that gateway's local issuer; and, for a stage with
// API keys, API Gateway's keys and the usage plan they join (verify/fakeApiGateway.ts). Given a
// home region and another region's stack, each stack and the pool exist only in their region.
import { randomUUID } from 'node:crypto';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InvalidPasswordException,
  ListUsersCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  UserNotFoundException,
  UsernameExistsException,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import type { LocalIssuer } from '../../../src/local/issuer.js';
import { fakeApiGateway, regionOf } from './fakeApiGateway.js';

export type { FakeApiKey } from './fakeApiGateway.js';

export const POOL_ID = 'us-east-1_Fake0Pool';
export const CLI_CLIENT_ID = 'fakecliclient0000000000000';
const meta = { $metadata: {} };

export interface FakeAccount {
  email: string;
  sub: string;
  groups: Set<string>;
  password?: string;
  status: 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';
  createdAt: Date;
}

/** The user pool's policy as infra/constructs/auth.ts sets it (test/infra checks verify's passwords meet it). */
function meetsPolicy(password: string): boolean {
  return (
    password.length >= 12 &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /\d/.test(password) &&
    /[^A-Za-z0-9]/.test(password)
  );
}

/** Another region's stack (infra/regionalStack.ts): its own StageUrl and partner plan. */
export interface FakeRegionalStack {
  region: string;
  name: string;
  stageUrl: string;
  usagePlanId?: string;
}

export function fakeAws(
  stack: {
    name: string;
    apiUrl: string;
    status?: string;
    usagePlanId?: string;
    /** A multi-region stage: the home stack and the user pool are in this region only. */
    home?: string;
    /** The home stack's own URL (a multi-region stage's home stack outputs StageUrl). */
    stageUrl?: string;
    regional?: FakeRegionalStack;
  },
  issuer: LocalIssuer,
) {
  const accounts = new Map<string, FakeAccount>();
  /** Every account ever made through AdminCreateUser. */
  const created: FakeAccount[] = [];
  /** Every password the pool was given, to prove none is printed. */
  const passwords: string[] = [];
  /** Every ID token it issued. */
  const tokens: string[] = [];
  const cfn = mockClient(CloudFormationClient);
  const cognito = mockClient(CognitoIdentityProviderClient);
  const { regional } = stack;
  const gateway = fakeApiGateway((region) => (region === regional?.region ? regional.usagePlanId : stack.usagePlanId));
  /** Every (stack, region) DescribeStacks was asked for, and every region Cognito was called in. */
  const described: string[] = [];
  const poolRegions: string[] = [];

  cfn.on(DescribeStacksCommand).callsFake(async (input: { StackName: string }, getClient) => {
    const region = await regionOf(getClient);
    described.push(`${input.StackName} ${region}`);
    const here = (name: string, at: string | undefined) => input.StackName === name && (!at || at === region);
    const plan = (id: string | undefined): Record<string, string> => (id ? { PartnerUsagePlanId: id } : {});
    let outputs: Record<string, string>;
    if (here(stack.name, stack.home)) {
      outputs = {
        ApiUrl: stack.apiUrl,
        ...(stack.stageUrl ? { StageUrl: stack.stageUrl } : {}),
        UserPoolId: POOL_ID,
        CliClientId: CLI_CLIENT_ID,
        TableName: 'users-api',
        ...plan(stack.usagePlanId),
      };
    } else if (regional && here(regional.name, regional.region)) {
      // infra/regionalStack.ts: no user pool or table of its own.
      outputs = { ApiUrl: stack.apiUrl, StageUrl: regional.stageUrl, ...plan(regional.usagePlanId) };
    } else {
      throw Object.assign(new Error(`Stack with id ${input.StackName} does not exist`), { name: 'ValidationError' });
    }
    return {
      Stacks: [
        {
          StackName: input.StackName,
          StackStatus: stack.status ?? 'UPDATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
        },
      ],
    };
  });

  // The pool lives in the home region: called from another, Cognito finds no such pool.
  const inPool = async (getClient: Parameters<typeof regionOf>[0]) => {
    const region = await regionOf(getClient);
    poolRegions.push(region);
    if (stack.home && region !== stack.home) {
      throw new ResourceNotFoundException({ message: `User pool ${POOL_ID} does not exist in ${region}`, ...meta });
    }
  };
  const account = (input: { UserPoolId: string; Username: string }): FakeAccount => {
    if (input.UserPoolId !== POOL_ID) throw new ResourceNotFoundException({ message: 'User pool not found', ...meta });
    const found = accounts.get(input.Username.toLowerCase());
    if (!found) throw new UserNotFoundException({ message: 'User does not exist.', ...meta });
    return found;
  };
  const asUser = (a: FakeAccount): UserType => ({
    Username: a.sub,
    Attributes: [
      { Name: 'sub', Value: a.sub },
      { Name: 'email', Value: a.email },
    ],
    UserCreateDate: a.createdAt,
    UserStatus: a.status,
    Enabled: true,
  });

  cognito.on(AdminCreateUserCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    const email = input.UserAttributes.find((a: { Name: string }) => a.Name === 'email')?.Value;
    if (input.UserPoolId !== POOL_ID) throw new ResourceNotFoundException({ message: 'User pool not found', ...meta });
    if (email !== input.Username) throw new Error('the fake expects the email as the username (signInAliases email)');
    if (input.MessageAction !== 'SUPPRESS') throw new Error('the fake refuses to send invitation emails');
    if (accounts.has(email.toLowerCase())) throw new UsernameExistsException({ message: 'exists', ...meta });
    const made: FakeAccount = {
      email,
      sub: randomUUID(),
      groups: new Set(),
      status: 'FORCE_CHANGE_PASSWORD',
      createdAt: new Date(),
    };
    accounts.set(email.toLowerCase(), made);
    created.push(made);
    return { User: asUser(made) };
  });
  cognito.on(AdminSetUserPasswordCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    const a = account(input);
    if (!meetsPolicy(input.Password)) throw new InvalidPasswordException({ message: 'Password policy', ...meta });
    passwords.push(input.Password);
    a.password = input.Password;
    if (input.Permanent) a.status = 'CONFIRMED';
    return {};
  });
  cognito.on(AdminAddUserToGroupCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    if (input.GroupName !== 'admins') throw new ResourceNotFoundException({ message: 'Group not found', ...meta });
    account(input).groups.add(input.GroupName);
    return {};
  });
  cognito.on(AdminInitiateAuthCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    if (input.ClientId !== CLI_CLIENT_ID || input.AuthFlow !== 'ADMIN_USER_PASSWORD_AUTH') {
      throw new NotAuthorizedException({ message: 'Auth flow not enabled for this client', ...meta });
    }
    const a = account({ UserPoolId: input.UserPoolId, Username: input.AuthParameters.USERNAME });
    if (a.password !== input.AuthParameters.PASSWORD) {
      throw new NotAuthorizedException({ message: 'Incorrect username or password.', ...meta });
    }
    if (a.status !== 'CONFIRMED') return { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'session' };
    const token = await issuer.sign({ sub: a.sub, admin: a.groups.has('admins'), email: a.email });
    tokens.push(token);
    return { AuthenticationResult: { IdToken: token, AccessToken: 'access', ExpiresIn: 3600, TokenType: 'Bearer' } };
  });
  cognito.on(AdminDeleteUserCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    accounts.delete(account(input).email.toLowerCase());
    return {};
  });
  cognito.on(ListUsersCommand).callsFake(async (input, getClient) => {
    await inPool(getClient);
    const prefix = /^email \^= "(.*)"$/.exec(input.Filter ?? '')?.[1];
    if (input.Filter && prefix === undefined) throw new Error(`the fake reads only email ^= filters: ${input.Filter}`);
    const all = [...accounts.values()].filter((a) => a.email.startsWith(prefix ?? ''));
    // Cognito pages at most 60 users; two per page here, so paging is exercised.
    const start = Number(input.PaginationToken ?? 0);
    const next = start + 2;
    return {
      Users: all.slice(start, next).map(asUser),
      ...(next < all.length ? { PaginationToken: String(next) } : {}),
    };
  });

  return {
    ...gateway,
    described,
    poolRegions,
    accounts,
    created,
    passwords,
    tokens,
    cfn,
    cognito,
    /** An account made as an earlier run would have made it (for --cleanup-only). */
    async add(email: string, admin: boolean): Promise<{ sub: string; token: string }> {
      const made: FakeAccount = {
        email,
        sub: randomUUID(),
        groups: new Set(admin ? ['admins'] : []),
        status: 'CONFIRMED',
        createdAt: new Date(),
      };
      accounts.set(email.toLowerCase(), made);
      return { sub: made.sub, token: await issuer.sign({ sub: made.sub, admin, email }) };
    },
    restore() {
      cfn.restore();
      cognito.restore();
      gateway.apiGateway.restore();
    },
  };
}

export type FakeAws = ReturnType<typeof fakeAws>;
