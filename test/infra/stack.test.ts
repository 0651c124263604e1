// The synthesized stack, per stage: table settings, the function and its least-privilege
// role, the user pool, the API imported from the spec with its authorizer and invoke
// permission, stage and outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { lambdaEsbuildOptions, lambdaRuntime } from '../../infra/bundling.js';
import { stageConfigs } from '../../infra/config.js';
import { indexActions, tableActions } from '../../infra/constructs/apiFunction.js';
import { accessLogFields, executionLogGroupPrefix } from '../../infra/constructs/usersApi.js';
import { httpMethods, type Json, type JsonObject, loadSpec } from '../../infra/spec/apiGatewaySpec.js';
import { ADMIN_GROUP } from '../../src/http/caller.js';
import { createTableInput, tableDefinition } from '../../src/store/table.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
  prod = synthesize('prod');
});

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
/** The statements of the API function's role (the docs publisher and CodeDeploy have roles of their own). */
const statementsOf = (s: Synthesized): Statement[] => {
  const fn = s.template.findResources('AWS::Lambda::Function')[s.apiFunctionId];
  const roleId = fn?.Properties.Role['Fn::GetAtt'][0];
  return Object.values(s.template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
};
const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
/** The text of a call's arguments, from just after its opening parenthesis to the matching one. */
function argumentsAt(source: string, start: number): string {
  let depth = 1;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '(') depth++;
    if (source[i] === ')' && --depth === 0) return source.slice(start, i);
  }
  return source.slice(start);
}

describe('DynamoDB table', () => {
  it('has the keys and indexes of src/store/table.ts, as the local table does', () => {
    const local = createTableInput('users');
    const table = dev.template.findResources('AWS::DynamoDB::Table')[dev.logicalId('AWS::DynamoDB::Table')];
    const attributes: Array<{ AttributeName?: string }> = table?.Properties.AttributeDefinitions ?? [];
    const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
      String(a.AttributeName).localeCompare(String(b.AttributeName));

    expect(table?.Properties.KeySchema).toEqual(local.KeySchema);
    expect([...attributes].sort(byName)).toEqual([...(local.AttributeDefinitions ?? [])].sort(byName));
    expect(table?.Properties.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
  });

  it('is on-demand, encrypted, streamed, point-in-time recoverable, with the TTL attribute', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is protected and retained in prod, and goes with the stack in dev', () => {
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    dev.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    expect(prod.stack.terminationProtection).toBe(true);
    expect(dev.stack.terminationProtection).toBe(false);
  });
});

describe('Lambda function', () => {
  it.each(['dev', 'prod'] as const)(
    'runs src/lambda/handler.ts on nodejs24.x arm64, traced, sized from config (%s)',
    (stage) => {
      const s = stage === 'dev' ? dev : prod;
      const { lambda, logRetentionDays } = stageConfigs[stage];

      s.template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: 'index.handler',
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: lambda.memoryMiB,
        Timeout: lambda.timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: Match.anyValue() } },
      });
      s.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: logRetentionDays });
    },
  );

  it('bundles for the Node the runtime runs, the one the bench measures on (infra/bundling.ts)', () => {
    expect(lambdaRuntime).toEqual({ name: 'nodejs24.x', nodeMajor: 24 });
    expect(lambdaEsbuildOptions.target).toBe(`node${lambdaRuntime.nodeMajor}`);
  });

  it('enables source maps in dev only; prod starts without (the map stays in the asset)', () => {
    const optionsOf = (s: Synthesized) =>
      s.template.findResources('AWS::Lambda::Function')[s.apiFunctionId]?.Properties.Environment.Variables.NODE_OPTIONS;

    expect(optionsOf(dev)).toBe('--enable-source-maps');
    expect(optionsOf(prod)).toBeUndefined();
  });

  it('gets the table name and a cursor secret resolved from Secrets Manager at deploy time', () => {
    const fn = dev.template.findResources('AWS::Lambda::Function')[dev.apiFunctionId];
    const env = fn?.Properties.Environment.Variables;
    const secretId = dev.logicalId('AWS::SecretsManager::Secret');

    expect(env.TABLE_NAME).toEqual({ Ref: dev.logicalId('AWS::DynamoDB::Table') });
    expect(env.ALLOWED_ORIGINS).toBe(stageConfigs.dev.allowedOrigins.join(','));
    expect(env.POWERTOOLS_SERVICE_NAME).toBe('users-api-dev');
    expect(JSON.stringify(env.CURSOR_SECRET)).toContain('{{resolve:secretsmanager:');
    expect(env.CURSOR_SECRET).toEqual({
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
    });
    dev.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
  });

  it('may do exactly the DynamoDB actions it uses, on the table and its list index only', () => {
    const tableArn = { 'Fn::GetAtt': [dev.logicalId('AWS::DynamoDB::Table'), 'Arn'] };
    const dynamo = statementsOf(dev).filter((s) => list(s.Action).some((a) => a.startsWith('dynamodb:')));

    expect(dynamo).toEqual([
      { Effect: 'Allow', Action: [...tableActions], Resource: tableArn },
      {
        Effect: 'Allow',
        Action: indexActions[0],
        Resource: { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.globalSecondaryIndexes[0]?.indexName}`]] },
      },
    ]);
  });

  it('grants the actions src/store sends, on the table or on the index: no more, no fewer', () => {
    const commandActions: Record<string, string> = {
      GetCommand: 'GetItem',
      PutCommand: 'PutItem',
      DeleteCommand: 'DeleteItem',
      UpdateCommand: 'UpdateItem',
      QueryCommand: 'Query',
      ScanCommand: 'Scan',
      BatchGetCommand: 'BatchGetItem',
      BatchWriteCommand: 'BatchWriteItem',
      TransactGetCommand: 'GetItem',
    };
    // A transaction is authorised per item: Put, Delete, Update, ConditionCheck.
    const transactItemActions: Record<string, string> = {
      Put: 'PutItem',
      Delete: 'DeleteItem',
      Update: 'UpdateItem',
      ConditionCheck: 'ConditionCheckItem',
    };
    const onTable = new Set<string>();
    const onIndex = new Set<string>();
    const storeDir = new URL('../../src/store/', import.meta.url);
    for (const file of readdirSync(storeDir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, storeDir), 'utf8');
      for (const match of source.matchAll(/new (\w+Command)\(/g)) {
        const command = match[1] as string;
        const args = argumentsAt(source, (match.index ?? 0) + match[0].length);
        const action = commandActions[command];
        if (action) (/\bIndexName\b/.test(args) ? onIndex : onTable).add(`dynamodb:${action}`);
        if (command === 'TransactWriteCommand') {
          for (const [, item] of source.matchAll(/\{\s*(Put|Delete|Update|ConditionCheck):\s*\{/g)) {
            onTable.add(`dynamodb:${transactItemActions[item as string]}`);
          }
        }
      }
    }

    expect([...onTable].sort()).toEqual([...tableActions].sort());
    expect([...onIndex].sort()).toEqual([...indexActions].sort());
  });

  it('has no wildcard permissions: only X-Ray, which has no resource-level permissions, gets Resource *', () => {
    for (const s of [dev, prod]) {
      expect(statementsOf(s).length).toBeGreaterThan(0);
      for (const statement of statementsOf(s)) {
        for (const action of list(statement.Action)) expect(action).not.toContain('*');
        if (list(statement.Resource).includes('*')) {
          expect(list(statement.Action).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
        }
      }
      const fnRole = s.template.findResources('AWS::IAM::Role', {
        Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }] } },
      });
      for (const role of Object.values(fnRole)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('Cognito user pool', () => {
  it('lets only admins make accounts, signs in by email, with strong passwords, optional TOTP, email recovery', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 3,
          PasswordHistorySize: 5,
        },
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      UserPoolTier: 'ESSENTIALS',
    });
    // No SMS: no role for Cognito to send text messages with.
    expect(JSON.stringify(dev.template.findResources('AWS::IAM::Role'))).not.toContain('cognito-idp.amazonaws.com');
  });

  it('is protected and retained in prod, and goes with the stack in dev', () => {
    prod.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
    dev.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
    });
  });

  it('has an app client (SRP) and a shell client (ADMIN_USER_PASSWORD_AUTH): no secret, no OAuth, 1 h ID tokens', () => {
    const clients = Object.values(dev.template.findResources('AWS::Cognito::UserPoolClient'));
    const flowsByName = Object.fromEntries(
      clients.map((c) => [c.Properties.ClientName, [...c.Properties.ExplicitAuthFlows].sort()]),
    );

    expect(flowsByName).toEqual({
      'users-api-dev-app': ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
      'users-api-dev-cli': ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    for (const client of clients) {
      expect(client.Properties).toMatchObject({
        UserPoolId: { Ref: dev.logicalId('AWS::Cognito::UserPool') },
        GenerateSecret: false,
        AllowedOAuthFlowsUserPoolClient: false,
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
      });
      expect(client.Properties.AllowedOAuthFlows).toBeUndefined();
    }
  });

  it('has the admins group that src/http/authorization.ts checks', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: ADMIN_GROUP,
      UserPoolId: { Ref: dev.logicalId('AWS::Cognito::UserPool') },
    });
  });

  it('outputs UserPoolId, UserPoolClientId and CliClientId', () => {
    dev.template.hasOutput('UserPoolId', { Value: { Ref: dev.logicalId('AWS::Cognito::UserPool') } });
    dev.template.hasOutput('UserPoolClientId', { Value: { Ref: Match.stringLikeRegexp('AppClient') } });
    dev.template.hasOutput('CliClientId', { Value: { Ref: Match.stringLikeRegexp('CliClient') } });
  });
});

describe('REST API', () => {
  // A Lambda alias's Ref is its ARN, qualified with `live`.
  const aliasArn = () => ({ Ref: dev.logicalId('AWS::Lambda::Alias') });
  const bodyOf = (s: Synthesized): JsonObject =>
    Object.values(s.template.findResources('AWS::ApiGateway::RestApi'))[0]?.Properties.Body;

  it("is imported from the spec with a proxy integration to the function's live alias for every operationId", () => {
    const body = bodyOf(dev);
    const ids = Object.values(loadSpec().paths).flatMap((item) =>
      httpMethods.flatMap((m) =>
        (item as JsonObject)[m] ? [((item as JsonObject)[m] as JsonObject).operationId] : [],
      ),
    );
    const integrations = Object.values(body.paths as JsonObject).flatMap((item) =>
      httpMethods.flatMap((m) => {
        const op = (item as JsonObject)[m] as JsonObject | undefined;
        return op?.operationId ? [[op.operationId, op['x-amazon-apigateway-integration']] as const] : [];
      }),
    );

    expect(integrations.map(([id]) => id).sort()).toEqual([...ids].sort());
    for (const [, integration] of integrations) {
      expect(integration).toMatchObject({ type: 'aws_proxy', httpMethod: 'POST' });
      expect(JSON.stringify(integration)).toContain(JSON.stringify(aliasArn()));
      expect(JSON.stringify(integration)).not.toContain(dev.apiFunctionId); // never the unqualified function
    }
    expect(body['x-amazon-apigateway-request-validator']).toBeUndefined(); // the function validates
  });

  it("lets API Gateway, for this API only, invoke the function's live alias", () => {
    expect(Object.keys(dev.template.findResources('AWS::Lambda::Permission'))).toHaveLength(1);
    dev.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: aliasArn(),
      SourceArn: {
        'Fn::Join': [
          '',
          Match.arrayWith([
            Match.stringLikeRegexp(':execute-api:'),
            { Ref: dev.logicalId('AWS::ApiGateway::RestApi') },
            '/*/*/*',
          ]),
        ],
      },
    });
  });

  it('makes a new deployment when the spec changes, and the same one when it does not', () => {
    const changed = loadSpec();
    (changed.info as JsonObject).description = 'A changed description';

    const again = synthesize('dev').logicalId('AWS::ApiGateway::Deployment');
    const other = synthesize('dev', changed).logicalId('AWS::ApiGateway::Deployment');

    expect(again).toBe(dev.logicalId('AWS::ApiGateway::Deployment'));
    expect(other).not.toBe(again);
  });

  it.each(['dev', 'prod'] as const)('throttles, traces, meters and access-logs the %s stage', (stage) => {
    const s = stage === 'dev' ? dev : prod;
    const { throttle } = stageConfigs[stage];

    s.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: stage,
      TracingEnabled: true,
      MethodSettings: [
        {
          HttpMethod: '*',
          ResourcePath: '/*',
          ThrottlingRateLimit: throttle.rateLimit,
          ThrottlingBurstLimit: throttle.burstLimit,
          MetricsEnabled: true,
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
        },
      ],
      AccessLogSetting: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] },
        Format: JSON.stringify(accessLogFields),
      },
    });
  });

  it.each(['dev', 'prod'] as const)(
    "makes the %s stage's execution-log group, with its retention, before the Stage",
    (stage) => {
      const s = stage === 'dev' ? dev : prod;
      const groups = Object.entries(s.template.findResources('AWS::Logs::LogGroup')).filter(([id]) =>
        id.includes('ExecutionLogs'),
      );
      const stageResource = Object.values(s.template.findResources('AWS::ApiGateway::Stage'))[0];

      expect(executionLogGroupPrefix).toBe('API-Gateway-Execution-Logs_');
      expect(groups).toHaveLength(1);
      const [groupId, group] = groups[0] as [string, { Properties: JsonObject; DeletionPolicy: string }];
      // The name API Gateway writes to: API-Gateway-Execution-Logs_{restApiId}/{stageName}.
      expect(group.Properties.LogGroupName).toEqual({
        'Fn::Join': [
          '',
          ['API-Gateway-Execution-Logs_', { Ref: s.logicalId('AWS::ApiGateway::RestApi') }, `/${stage}`],
        ],
      });
      expect(group.Properties.RetentionInDays).toBe(stageConfigs[stage].logRetentionDays);
      expect(group.DeletionPolicy).toBe(stage === 'prod' ? 'Retain' : 'Delete');
      expect(stageResource?.DependsOn).toContain(groupId);
    },
  );

  it('authorizes every operation openapi.yaml secures with the user pool, and no other', () => {
    const spec = loadSpec();
    const schemes = (spec.components as JsonObject).securitySchemes as JsonObject;
    const [bearer] = Object.entries(schemes).filter(([, s]) => (s as JsonObject).scheme === 'bearer');
    const body = bodyOf(dev);
    const clientRefs = Object.keys(dev.template.findResources('AWS::Cognito::UserPoolClient'))
      .sort()
      .map((id) => ({ Ref: id }));
    const appClient = clientRefs.find((r) => r.Ref.includes('AppClient'));
    const cliClient = clientRefs.find((r) => r.Ref.includes('CliClient'));

    expect(bearer).toBeDefined();
    const schemeName = (bearer as [string, JsonObject])[0];
    expect(((body.components as JsonObject).securitySchemes as JsonObject)[schemeName]).toEqual({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'cognito_user_pools',
      'x-amazon-apigateway-authorizer': {
        type: 'cognito_user_pools',
        providerARNs: [{ 'Fn::GetAtt': [dev.logicalId('AWS::Cognito::UserPool'), 'Arn'] }],
        identityValidationExpression: { 'Fn::Join': ['', ['^(', appClient, '|', cliClient, ')$']] },
      },
    });
    expect(body.security).toBeUndefined(); // no default: each operation says

    const entries = Object.entries(operations);
    expect(entries.filter(([, op]) => op.secured).length).toBeGreaterThan(0);
    expect(entries.filter(([, op]) => !op.secured).map(([id]) => id)).toContain('getHealth');
    for (const [id, op] of entries) {
      const specOp = (spec.paths[op.path] as JsonObject)[op.method] as JsonObject;
      const bodyOp = (body.paths as JsonObject)[op.path] as JsonObject;
      const method = bodyOp[op.method] as JsonObject;
      // generated/operations.ts is generated from openapi.yaml; check the flag against it anyway.
      expect(((specOp.security ?? spec.security ?? []) as Json[]).length > 0, id).toBe(op.secured);
      expect(method.operationId).toBe(id);
      expect(method.security, id).toEqual(op.secured ? [{ [schemeName]: [] }] : []);
    }
  });

  it('answers CORS preflights without a token', () => {
    for (const [path, item] of Object.entries(bodyOf(dev).paths as JsonObject)) {
      expect(((item as JsonObject).options as JsonObject).security, path).toEqual([]);
    }
  });

  it('answers a missing or refused token with a 401 problem and WWW-Authenticate: Bearer, a denial with 403', () => {
    const responses = bodyOf(dev)['x-amazon-apigateway-gateway-responses'] as Record<string, JsonObject>;
    const problemJson = { 'gatewayresponse.header.Content-Type': "'application/problem+json'" };

    expect(responses.UNAUTHORIZED).toMatchObject({
      statusCode: '401',
      responseParameters: { ...problemJson, 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" },
      responseTemplates: { 'application/json': expect.stringContaining('"urn:problem:unauthorized"') },
    });
    expect(responses.ACCESS_DENIED).toMatchObject({
      statusCode: '403',
      responseParameters: problemJson,
      responseTemplates: { 'application/json': expect.stringContaining('"urn:problem:forbidden"') },
    });
    // A managed rule AWS adds later blocks without our custom response: still the firewall's type.
    expect(responses.WAF_FILTERED).toMatchObject({
      statusCode: '403',
      responseParameters: problemJson,
      responseTemplates: { 'application/json': expect.stringContaining('"urn:problem:firewall:blocked"') },
    });
  });

  it('outputs ApiUrl, DocsUrl and TableName', () => {
    dev.template.hasOutput('ApiUrl', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
    dev.template.hasOutput('TableName', { Value: { Ref: dev.logicalId('AWS::DynamoDB::Table') } });
    dev.template.hasOutput('DocsUrl', {
      Value: {
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [dev.logicalId('AWS::CloudFront::Distribution'), 'DomainName'] }, '/'],
        ],
      },
    });
  });
});
