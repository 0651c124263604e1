// The one Lambda function behind every operation: src/lambda/handler.ts bundled by the local
// esbuild (never Docker), with least-privilege access to exactly what the code calls.
import { Duration, RemovalPolicy, SecretValue, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { TableDefinition } from '../../src/store/table.js';
import { lambdaEntry, lambdaEsbuildOptions, projectRoot, tracerBundleCommand } from '../bundling.js';
import type { StageConfig } from '../config.js';
import { cursorSecretName, globalTableName, type MultiRegionOptions } from '../regions.js';
import { lambdaBundling } from './lambdaBundling.js';

/**
 * The DynamoDB actions src/store sends: Get, Put, Update and Delete commands, Query on the
 * table (items) and on the list index (users), and TransactWriteItems with Put and Delete
 * items (a transaction is authorised per item action; it has no IAM action of its own).
 * test/infra checks both lists against the commands in src/store.
 */
export const tableActions = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
] as const;
export const indexActions = ['dynamodb:Query'] as const;
/** Outside the home region of a multi-region stage: reads stay local, writes go home (docs/multi-region.md). */
export const localReadActions = ['dynamodb:GetItem', 'dynamodb:Query'] as const;
export const homeWriteActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

export interface ApiFunctionProps {
  readonly config: StageConfig;
  /** The table (in a multi-region stage, this region's replica) and its definition. */
  readonly dataTable: { readonly table: ITable; readonly definition: TableDefinition };
  /** Multi-region stages, and the region this function runs in. */
  readonly multiRegion?: { readonly options: MultiRegionOptions; readonly region: string } | undefined;
}

export class ApiFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly cursorSecret: ISecret;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const { config, dataTable, multiRegion } = props;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const isHome = multiRegion === undefined || multiRegion.region === multiRegion.options.home;

    // Signs list cursors; every instance needs the same value, so the stack makes it once. A
    // multi-region stage makes it in the home region with a replica (same name, same value) in
    // every other region, since a client's next page may be served by another region.
    if (isHome) {
      const secret = new Secret(this, 'CursorSecret', {
        description: `Signs list cursors of the users API (${config.stage})`,
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        removalPolicy,
        ...(multiRegion
          ? {
              secretName: cursorSecretName(config.stage),
              replicaRegions: multiRegion.options.regions.slice(1).map((region) => ({ region })),
            }
          : {}),
      });
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'The cursor-signing key is resolved into the function environment at deploy time; rotating it ' +
          'needs a redeploy and invalidates outstanding list cursors, so it is rotated by hand, not on a schedule.',
      });
      this.cursorSecret = secret;
    } else {
      this.cursorSecret = Secret.fromSecretNameV2(this, 'CursorSecret', cursorSecretName(config.stage));
    }

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy,
    });

    // An own role instead of AWSLambdaBasicExecutionRole: logs go to this one log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);

    const table = dataTable.table;
    this.function = new NodejsFunction(this, 'Handler', {
      entry: `${projectRoot}${lambdaEntry}`,
      handler: 'handler',
      projectRoot,
      depsLockFilePath: `${projectRoot}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: config.lambda.memoryMiB,
      timeout: Duration.seconds(config.lambda.timeoutSeconds),
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      role,
      environment: {
        TABLE_NAME: table.tableName,
        // A CloudFormation dynamic reference: resolved at deploy, never in the template or the repo.
        // (By name outside the home region: the replica there has the same name, not the same ARN.)
        CURSOR_SECRET: SecretValue.secretsManager(
          isHome ? this.cursorSecret.secretArn : this.cursorSecret.secretName,
        ).unsafeUnwrap(),
        ALLOWED_ORIGINS: config.allowedOrigins.join(','),
        // The `service` of logs, traces and EMF metrics: per stage, so dev and prod in one account stay apart.
        POWERTOOLS_SERVICE_NAME: `users-api-${config.stage}`,
        // Readable stack traces where they pay (dev); prod keeps the map in the asset, decoded offline.
        ...(config.lambda.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        // Multi-region: where every write goes (src/store/homeWrites.ts).
        ...(multiRegion ? { HOME_REGION: multiRegion.options.home } : {}),
      },
      bundling: {
        ...lambdaBundling,
        // The tracer stays out of index.js; a second esbuild run puts it beside it (infra/bundling.ts).
        externalModules: [...lambdaEsbuildOptions.external],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [tracerBundleCommand(outputDir)],
        },
      },
    });

    if (isHome) {
      role.addToPrincipalPolicy(new PolicyStatement({ actions: [...tableActions], resources: [table.tableArn] }));
    } else if (multiRegion) {
      const homeTableArn = Stack.of(this).formatArn({
        service: 'dynamodb',
        region: multiRegion.options.home,
        resource: 'table',
        resourceName: globalTableName(config.stage),
      });
      role.addToPrincipalPolicy(new PolicyStatement({ actions: [...localReadActions], resources: [table.tableArn] }));
      role.addToPrincipalPolicy(new PolicyStatement({ actions: [...homeWriteActions], resources: [homeTableArn] }));
    }
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...indexActions],
        resources: dataTable.definition.globalSecondaryIndexes.map(
          (index) => `${table.tableArn}/index/${index.indexName}`,
        ),
      }),
    );
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no ' +
        'resource-level permissions (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html).',
    });
  }
}
