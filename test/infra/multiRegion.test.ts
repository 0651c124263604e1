// The multi-region option (with the custom domain it needs): the home stack's global table with a
// replica per region, PITR and deletion protection on each, the cursor secret replicated, a stack
// per other region on its replica and the home user pool, writes granted on the home table only,
// latency records with health checks on each region's own endpoint; cdk-nag clean on every stack.
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { healthCheckSettings } from '../../infra/constructs/apiDomain.js';
import { homeWriteActions, localReadActions, tableActions } from '../../infra/constructs/apiFunction.js';
import { replicaOperations, tableOperations } from '../../infra/constructs/monitoring.js';
import { addUsersApi } from '../../infra/stageApp.js';
import { tableDefinition } from '../../src/store/table.js';
import { type Synthesized, synthesize, validationReport } from './synthesize.js';

const domain = { apiDomain: 'api.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

let prod: Synthesized;
let regional: Map<string, Template>;
beforeAll(() => {
  prod = synthesize('prod', undefined, { ...domain, regions: regions.join(',') });
  regional = new Map(
    regions
      .slice(1)
      .map((region) => [region, Template.fromJSON(prod.assembly.getStackByName(`UsersApi-prod-${region}`).template)]),
  );
});

const other = (region: string) => regional.get(region) as Template;
const everyStack = () => [['us-east-1', prod.template] as const, ...[...regional].map(([r, t]) => [r, t] as const)];
const only = <T>(values: T[]): T => {
  expect(values).toHaveLength(1);
  return values[0] as T;
};
const resourceOf = (template: Template, type: string) => only(Object.entries(template.findResources(type)));
const apiFunctionEnv = (template: Template) =>
  only(
    Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'users-api-prod',
    ),
  ).Properties.Environment.Variables;

describe('stacks', () => {
  it('is one stack per region, each in its region, the first listed the home stack', () => {
    const stacks = prod.assembly.stacks.map((s) => [s.stackName, s.environment.region]);

    expect(stacks.sort()).toEqual([
      ['UsersApi-prod', 'us-east-1'],
      ['UsersApi-prod-ap-southeast-2', 'ap-southeast-2'],
      ['UsersApi-prod-eu-west-1', 'eu-west-1'],
    ]);
  });

  it('passes cdk-nag with no finding left, in every stack', () => {
    // The synth itself throws on an unacknowledged finding (test/infra/nag.test.ts).
    const reports = validationReport(prod.assembly).pluginReports;
    const acknowledgedAt = prod.app.node
      .findAll()
      .filter((c) => c.node.metadata.some((e) => e.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .map((c) => c.node.path);

    expect(reports.filter((r) => r.conclusion !== 'success' || r.violations.length > 0)).toEqual([]);
    // Nothing this option adds needed an acknowledgement: every finding on it is fixed.
    expect(acknowledgedAt.filter((path) => /\/Domain\/|GlobalTable|Replica|Exports/.test(path))).toEqual([]);
  });
});

describe('global table', () => {
  it('has a fixed name and a replica in every region, each with PITR and, in prod, deletion protection', () => {
    const [, table] = resourceOf(prod.template, 'AWS::DynamoDB::GlobalTable');
    const replicas = table.Properties.Replicas as Array<Record<string, unknown>>;

    expect(table.Properties.TableName).toBe('users-api-prod');
    expect(replicas.map((r) => r.Region).sort()).toEqual([...regions].sort());
    for (const replica of replicas) {
      expect(replica).toMatchObject({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      });
    }
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: tableDefinition.timeToLiveAttribute,
      Enabled: true,
    });
    expect(table.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName)).toEqual(
      tableDefinition.globalSecondaryIndexes.map((i) => i.indexName),
    );
  });

  it('replaces the single-region table (a new resource, never a type change of the old one)', () => {
    prod.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    expect(resourceOf(prod.template, 'AWS::DynamoDB::GlobalTable')[0]).toMatch(/^UsersGlobalTable/);
    for (const [region] of regional) {
      other(region).resourceCountIs('AWS::DynamoDB::Table', 0);
      other(region).resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
    }
  });
});

describe('one secret, one user pool, writes home', () => {
  it('replicates the cursor secret, by a fixed name, to every other region', () => {
    const [, secret] = resourceOf(prod.template, 'AWS::SecretsManager::Secret');

    expect(secret.Properties.Name).toBe('users-api-prod/cursor-secret');
    expect(secret.Properties.ReplicaRegions).toEqual([{ Region: 'eu-west-1' }, { Region: 'ap-southeast-2' }]);
    for (const [region] of regional) {
      other(region).resourceCountIs('AWS::SecretsManager::Secret', 0);
      expect(apiFunctionEnv(other(region)).CURSOR_SECRET).toBe(
        '{{resolve:secretsmanager:users-api-prod/cursor-secret:SecretString:::}}',
      );
    }
  });

  it('tells every function its home region, and the others the replica by name', () => {
    expect(apiFunctionEnv(prod.template)).toMatchObject({
      HOME_REGION: 'us-east-1',
      TABLE_NAME: { Ref: resourceOf(prod.template, 'AWS::DynamoDB::GlobalTable')[0] },
    });
    for (const [region] of regional) {
      expect(apiFunctionEnv(other(region))).toMatchObject({ HOME_REGION: 'us-east-1', TABLE_NAME: 'users-api-prod' });
    }
  });

  it('lets the other regions read their replica and write only the home table', () => {
    const statements = JSON.stringify(
      Object.values(other('eu-west-1').findResources('AWS::IAM::Policy')).flatMap(
        (p) => p.Properties.PolicyDocument.Statement,
      ),
    );
    const arn = (region: string) =>
      JSON.stringify({
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            `:dynamodb:${region}:`,
            { Ref: 'AWS::AccountId' },
            ':table/users-api-prod',
          ],
        ],
      });

    expect(localReadActions).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    expect(homeWriteActions).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']);
    // Together exactly what the home region may do, which stack.test.ts checks against src/store's commands.
    expect([...localReadActions, ...homeWriteActions].sort()).toEqual([...tableActions].sort());
    expect(statements).toContain(
      `{"Action":${JSON.stringify(localReadActions)},"Effect":"Allow","Resource":${arn('eu-west-1')}}`,
    );
    expect(statements).toContain(
      `{"Action":${JSON.stringify(homeWriteActions)},"Effect":"Allow","Resource":${arn('us-east-1')}}`,
    );
    // No write on the local replica: a write there would race the home region's (last writer wins).
    expect(statements).not.toMatch(/"dynamodb:(PutItem|UpdateItem|DeleteItem)"[^}]*:dynamodb:eu-west-1:/);
  });

  it("authorizes every region's API with the home region's user pool and its two clients", () => {
    prod.template.resourceCountIs('AWS::Cognito::UserPool', 1);
    for (const [region] of regional) {
      other(region).resourceCountIs('AWS::Cognito::UserPool', 0);
      const [, api] = resourceOf(other(region), 'AWS::ApiGateway::RestApi');
      const authorizer = api.Properties.Body.components.securitySchemes.bearerAuth['x-amazon-apigateway-authorizer'];
      const text = JSON.stringify(authorizer);

      expect(authorizer.type).toBe('cognito_user_pools');
      // CDK's cross-region reference: the home stack writes the values to SSM, this stack reads them.
      expect(text).toContain('FnGetAttAuthUserPool');
      expect(text).toContain('RefAuthUserPoolAppClient');
      expect(text).toContain('RefAuthUserPoolCliClient');
    }
  });
});

/** The table and operations the DynamoDB throttle alarm of a stack counts, and the sum it alarms on. */
function dynamoDbThrottleAlarmOf(template: Template) {
  const [, alarm] = only(
    Object.entries(template.findResources('AWS::CloudWatch::Alarm')).filter(([id]) => id.includes('DynamoDbThrottles')),
  );
  type Query = {
    Id: string;
    Expression?: string;
    MetricStat?: { Metric: { MetricName: string; Dimensions: Array<{ Name: string; Value: unknown }> } };
  };
  const queries = alarm.Properties.Metrics as Query[];
  const stats = queries.filter((q) => q.MetricStat);
  const dimension = (q: Query, name: string) => q.MetricStat?.Metric.Dimensions.find((d) => d.Name === name)?.Value;
  return {
    description: alarm.Properties.AlarmDescription as string,
    metricNames: [...new Set(stats.map((q) => q.MetricStat?.Metric.MetricName))],
    tables: [...new Set(stats.map((q) => JSON.stringify(dimension(q, 'TableName'))))].map((t) => JSON.parse(t)),
    operations: stats.map((q) => dimension(q, 'Operation')),
    expression: only(queries.filter((q) => q.Expression)).Expression,
  };
}

describe('DynamoDB throttle alarms, where the requests land', () => {
  it("alarms in the home region on every operation: its reads and every region's writes", () => {
    const home = dynamoDbThrottleAlarmOf(prod.template);

    expect(home.metricNames).toEqual(['ThrottledRequests']);
    expect(home.tables).toEqual([{ Ref: resourceOf(prod.template, 'AWS::DynamoDB::GlobalTable')[0] }]);
    expect(home.operations).toEqual(['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'TransactWriteItems']);
    expect(home.expression).toBe('getitem + putitem + updateitem + deleteitem + query + transactwriteitems');
    expect(home.description).toBe(
      "DynamoDB throttling of the home table: this region's reads and every region's writes (users API, prod)",
    );
  });

  it('alarms in every other region on the reads its replica serves, and on no write', () => {
    for (const [region] of regional) {
      const replica = dynamoDbThrottleAlarmOf(other(region));

      expect(replica.metricNames).toEqual(['ThrottledRequests']);
      expect(replica.tables).toEqual(['users-api-prod']); // the replica, by its name, in this region
      expect(replica.operations).toEqual(['GetItem', 'Query']);
      expect(replica.expression).toBe('getitem + query');
      expect(replica.description).toBe(
        "DynamoDB throttling of this region's replica: its reads (its writes are alarmed in us-east-1) (users API, prod)",
      );
    }
  });

  it("counts at home every write another region's function may send, and there only", () => {
    const home = dynamoDbThrottleAlarmOf(prod.template).operations;
    const replica = dynamoDbThrottleAlarmOf(other('eu-west-1')).operations;
    // Everything the store sends that is not a replica read goes home (src/store/homeWrites.ts);
    // TransactWriteItems needs no action of its own (IAM checks each of its puts, updates, deletes).
    const writes = tableOperations.filter((op) => !replica.includes(op));

    expect(writes).toEqual(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems']);
    expect(homeWriteActions.map((a) => a.replace('dynamodb:', ''))).toEqual(writes.slice(0, 3));
    expect(home).toEqual(expect.arrayContaining(writes));
    expect(replicaOperations).toEqual(replica);
  });
});

describe('execution logs', () => {
  it("makes every region's execution-log group in its stack, with the stage's retention, before its Stage", () => {
    for (const [, template] of everyStack()) {
      const [restApiId] = resourceOf(template, 'AWS::ApiGateway::RestApi');
      const [, stage] = resourceOf(template, 'AWS::ApiGateway::Stage');
      const [groupId, group] = only(
        Object.entries(template.findResources('AWS::Logs::LogGroup')).filter(([id]) => id.includes('ExecutionLogs')),
      );

      expect(group.Properties).toMatchObject({
        LogGroupName: { 'Fn::Join': ['', ['API-Gateway-Execution-Logs_', { Ref: restApiId }, '/prod']] },
        RetentionInDays: 90,
      });
      expect(group.DeletionPolicy).toBe('Retain');
      expect(stage.DependsOn).toContain(groupId);
    }
  });
});

describe('one name, latency-routed, health-checked per region', () => {
  it('gives every region a certificate, a TLS 1.2 REGIONAL domain name and the custom URL as ApiUrl', () => {
    for (const [, template] of everyStack()) {
      template.hasResourceProperties('AWS::CertificateManager::Certificate', {
        DomainName: 'api.example.com',
        ValidationMethod: 'DNS',
      });
      template.hasResourceProperties('AWS::ApiGateway::DomainName', {
        DomainName: 'api.example.com',
        EndpointConfiguration: { Types: ['REGIONAL'], IpAddressType: 'dualstack' },
        SecurityPolicy: 'TLS_1_2',
      });
      template.resourceCountIs('AWS::ApiGateway::BasePathMapping', 1);
      template.hasOutput('ApiUrl', { Value: 'https://api.example.com/' });
    }
  });

  it("has latency records (A, AAAA) per region, each with a health check of that region's own /health", () => {
    for (const [region, template] of everyStack()) {
      const [healthId, health] = resourceOf(template, 'AWS::Route53::HealthCheck');
      const records = Object.values(template.findResources('AWS::Route53::RecordSet'));
      const restApiId = resourceOf(template, 'AWS::ApiGateway::RestApi')[0];
      const stageId = resourceOf(template, 'AWS::ApiGateway::Stage')[0];

      expect(records.map((r) => r.Properties.Type)).toEqual(['A', 'AAAA']);
      for (const record of records) {
        expect(record.Properties).toMatchObject({
          Name: 'api.example.com.',
          Region: region,
          SetIdentifier: region,
          HealthCheckId: { Ref: healthId },
        });
      }
      expect(health.Properties.HealthCheckConfig).toEqual({
        Type: 'HTTPS',
        FullyQualifiedDomainName: {
          'Fn::Join': ['', [{ Ref: restApiId }, `.execute-api.${region}.`, { Ref: 'AWS::URLSuffix' }]],
        },
        Port: 443,
        ResourcePath: { 'Fn::Join': ['', ['/', { Ref: stageId }, '/health']] },
        EnableSNI: true,
        FailureThreshold: 3,
        RequestInterval: 30,
        Inverted: false,
        MeasureLatency: false,
      });
    }
    expect(healthCheckSettings).toEqual({ failureThreshold: 3, requestIntervalSeconds: 30 });
  });
});

describe('options', () => {
  it('refuses regions without the custom domain, and names that are not regions', () => {
    expect(() => addUsersApi(new App(), { stage: 'dev', regions: 'us-east-1,eu-west-1' })).toThrow(
      /regions needs the custom domain/,
    );
    expect(() => addUsersApi(new App(), { stage: 'dev', ...domain, regions: 'us-east-1,mars-1' })).toThrow(
      'regions must be AWS region names like us-east-1: mars-1',
    );
  });
});
