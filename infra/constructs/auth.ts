// Who may call the API in AWS: a Cognito user pool whose ID tokens API Gateway's
// authorizer checks, with the `admins` group openapi.yaml declares (x-groups). Accounts
// are made by admins; nobody signs themselves up.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  type UserPoolClient,
  type UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP } from '../../src/http/caller.js';
import type { StageName } from '../config.js';
import type { JsonObject } from '../spec/apiGatewaySpec.js';

/** Lifetime of ID and access tokens: what a stolen token is worth, and how often apps refresh. */
export const tokenValidity = Duration.hours(1);

export interface AuthProps {
  readonly stage: StageName;
  /** prod: deletion protection and RETAIN; otherwise DESTROY with the stack. */
  readonly retainData: boolean;
}

export class Auth extends Construct {
  readonly userPool: UserPool;
  /** For browsers and mobile apps (public clients): SRP sign-in, no secret. */
  readonly appClient: UserPoolClient;
  /**
   * For operators' shells and the contract suite: ADMIN_USER_PASSWORD_AUTH only, a flow
   * that needs AWS credentials allowed cognito-idp:AdminInitiateAuth on this pool, so the
   * client id alone lets nobody on the internet sign in with it.
   */
  readonly cliClient: UserPoolClient;
  readonly adminsGroup: UserPoolGroup;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { stage, retainData } = props;

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `users-api-${stage}`,
      // Any account may use the item operations, so self sign-up would open the API to anyone.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed email address takes effect only once verified; until then the old one signs in.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // TOTP apps only: SMS needs an SNS role and spending limits, and is open to SIM swaps.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // The plan AWS gives new pools; explicit, so a default change cannot move it.
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: retainData,
      removalPolicy: retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP apps), not required: admins create every account, and requiring a second ' +
          'factor of every caller is a product decision for the apps that sign users in; docs/deploy.md asks ' +
          'admins to enrol TOTP, and src/http/authorization.ts limits what any token may do.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Threat protection (compromised credentials, adaptive authentication) needs the Plus feature plan, ' +
          'billed per monthly active user above Essentials: a billing decision for the account owner. To ' +
          'switch, set featurePlan PLUS and standardThreatProtectionMode FULL_FUNCTION here.',
      },
    );

    const common = {
      generateSecret: false,
      // No hosted UI or OAuth redirects: apps sign in through the Cognito API (SRP).
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: tokenValidity,
      accessTokenValidity: tokenValidity,
    };
    this.appClient = this.userPool.addClient('AppClient', {
      ...common,
      userPoolClientName: `users-api-${stage}-app`,
      authFlows: { userSrp: true },
      refreshTokenValidity: Duration.days(30),
    });
    this.cliClient = this.userPool.addClient('CliClient', {
      ...common,
      userPoolClientName: `users-api-${stage}-cli`,
      authFlows: { adminUserPassword: true },
      // Shell sessions get no long-lived refresh token (one hour is the least Cognito allows).
      refreshTokenValidity: Duration.hours(1),
    });

    this.adminsGroup = this.userPool.addGroup('Admins', {
      groupName: ADMIN_GROUP,
      description: 'May manage every user of the users API (src/http/authorization.ts)',
    });
  }

  /**
   * The `x-amazon-apigateway-authorizer` of the bearer scheme: the user pool checks the
   * token's signature, issuer and expiry, and for a Cognito authorizer the identity
   * validation expression is matched against the token's `aud`, which only ID tokens
   * have: ID tokens of this pool's two clients pass, access tokens and other clients' do not.
   * https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html
   */
  get bearerAuthorizer(): JsonObject {
    return {
      type: 'cognito_user_pools',
      providerARNs: [this.userPool.userPoolArn],
      identityValidationExpression: `^(${this.appClient.userPoolClientId}|${this.cliClient.userPoolClientId})$`,
    };
  }
}
