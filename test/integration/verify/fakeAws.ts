// AWS as `npm run verify` sees it, faked at the SDK boundary (aws-sdk-client-mock): a
// CloudFormation stack whose ApiUrl is a local gateway playing the stage, and a Cognito
// user pool that keeps its accounts in memory, holds them to the stack's password policy,
// and signs them in with ID tokens from that gateway's local issuer; and, for a stage with
// API keys, API Gateway's keys and the usage plan they join, in memory too.
import { randomUUID } from 'node:crypto';
import {
  APIGatewayClient,
  BadRequestException,
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetApiKeysCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
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

export const POOL_ID = 'us-east-1_Fake0Pool';
export const CLI_CLIENT_ID = 'fakecliclient0000000000000';
const meta = { $metadata: {} };

export interface FakeApiKey {
  id: string;
  name: string;
  value: string;
  createdDate: Date;
  /** Usage plans it joined. */
  plans: Set<string>;
}

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

export function fakeAws(
  stack: { name: string; apiUrl: string; status?: string; usagePlanId?: string },
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
  const apiGateway = mockClient(APIGatewayClient);
  /** API keys in the account and region, by id; and every key ever made through CreateApiKey. */
  const apiKeys = new Map<string, FakeApiKey>();
  const createdKeys: FakeApiKey[] = [];
  /** Set to make the next CreateUsagePlanKey fail as IAM refuses it (credentials without the grant). */
  const refuse = { attach: false };

  cfn.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => {
    if (input.StackName !== stack.name) {
      throw Object.assign(new Error(`Stack with id ${input.StackName} does not exist`), { name: 'ValidationError' });
    }
    const outputs = {
      ApiUrl: stack.apiUrl,
      UserPoolId: POOL_ID,
      CliClientId: CLI_CLIENT_ID,
      TableName: 'users-api',
      ...(stack.usagePlanId ? { PartnerUsagePlanId: stack.usagePlanId } : {}),
    };
    return {
      Stacks: [
        {
          StackName: stack.name,
          StackStatus: stack.status ?? 'UPDATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
        },
      ],
    };
  });

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

  cognito.on(AdminCreateUserCommand).callsFake((input) => {
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
  cognito.on(AdminSetUserPasswordCommand).callsFake((input) => {
    const a = account(input);
    if (!meetsPolicy(input.Password)) throw new InvalidPasswordException({ message: 'Password policy', ...meta });
    passwords.push(input.Password);
    a.password = input.Password;
    if (input.Permanent) a.status = 'CONFIRMED';
    return {};
  });
  cognito.on(AdminAddUserToGroupCommand).callsFake((input) => {
    if (input.GroupName !== 'admins') throw new ResourceNotFoundException({ message: 'Group not found', ...meta });
    account(input).groups.add(input.GroupName);
    return {};
  });
  cognito.on(AdminInitiateAuthCommand).callsFake(async (input) => {
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
  cognito.on(AdminDeleteUserCommand).callsFake((input) => {
    accounts.delete(account(input).email.toLowerCase());
    return {};
  });
  cognito.on(ListUsersCommand).callsFake((input) => {
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

  const key = (id: string | undefined): FakeApiKey => {
    const found = apiKeys.get(id ?? '');
    if (!found) throw new NotFoundException({ message: 'Invalid API Key identifier specified', ...meta });
    return found;
  };
  apiGateway.on(CreateApiKeyCommand).callsFake((input) => {
    const value = String(input.value ?? '');
    if (!/^[\x21-\x7e]{20,128}$/.test(value)) throw new BadRequestException({ message: 'API Key value', ...meta });
    // API Gateway refuses a value another key already has.
    if ([...apiKeys.values()].some((k) => k.value === value)) {
      throw new ConflictException({ message: 'API Key already exists', ...meta });
    }
    if (input.enabled !== true) throw new Error('the fake expects verify to make an enabled key');
    const made: FakeApiKey = {
      id: randomUUID().slice(0, 10),
      name: input.name,
      value,
      createdDate: new Date(),
      plans: new Set(),
    };
    apiKeys.set(made.id, made);
    createdKeys.push(made);
    return { id: made.id, name: made.name, value, enabled: true, createdDate: made.createdDate };
  });
  apiGateway.on(CreateUsagePlanKeyCommand).callsFake((input) => {
    if (refuse.attach) {
      refuse.attach = false;
      throw Object.assign(new Error('User is not authorized to perform: apigateway:POST'), {
        name: 'AccessDeniedException',
      });
    }
    if (input.usagePlanId !== stack.usagePlanId)
      throw new NotFoundException({ message: 'Invalid Usage Plan', ...meta });
    if (input.keyType !== 'API_KEY') throw new BadRequestException({ message: 'keyType must be API_KEY', ...meta });
    const k = key(input.keyId);
    k.plans.add(input.usagePlanId);
    return { id: k.id, name: k.name, type: 'API_KEY' };
  });
  apiGateway.on(GetApiKeysCommand).callsFake((input) => {
    const all = [...apiKeys.values()].filter((k) => k.name.startsWith(input.nameQuery ?? ''));
    // Two per page here, so paging is exercised; values only when asked (includeValues).
    const start = Number(input.position ?? 0);
    const next = start + 2;
    return {
      items: all.slice(start, next).map((k) => ({
        id: k.id,
        name: k.name,
        enabled: true,
        createdDate: k.createdDate,
        ...(input.includeValues ? { value: k.value } : {}),
      })),
      ...(next < all.length ? { position: String(next) } : {}),
    };
  });
  apiGateway.on(DeleteApiKeyCommand).callsFake((input) => {
    apiKeys.delete(key(input.apiKey).id);
    return {};
  });

  return {
    apiKeys,
    createdKeys,
    refuse,
    apiGateway,
    /** Whether the stage's plan holds a key with this value (API Gateway lets it through). */
    admits(value: string): boolean {
      return [...apiKeys.values()].some(
        (k) => k.value === value && stack.usagePlanId && k.plans.has(stack.usagePlanId),
      );
    },
    /** A key made as an earlier run (or a client's deploy) would have made it. */
    addApiKey(name: string): FakeApiKey {
      const made: FakeApiKey = {
        id: randomUUID().slice(0, 10),
        name,
        value: randomUUID(),
        createdDate: new Date(),
        plans: new Set(),
      };
      apiKeys.set(made.id, made);
      return made;
    },
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
      apiGateway.restore();
    },
  };
}

export type FakeAws = ReturnType<typeof fakeAws>;
