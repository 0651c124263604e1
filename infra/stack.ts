// One stack per stage: table, function and its live alias, user pool, API imported from the
// spec, monitoring, published docs.
// Account-agnostic: the account and region come from the credentials at deploy time.
import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.js';
import { ApiDomain } from './constructs/apiDomain.js';
import { ApiFunction } from './constructs/apiFunction.js';
import { Auth } from './constructs/auth.js';
import { DataTable } from './constructs/dataTable.js';
import { type DocsDomain, DocsSite } from './constructs/docsSite.js';
import { DomainEvents } from './constructs/domainEvents.js';
import { LiveAlias } from './constructs/liveAlias.js';
import { Monitoring, tableOperations } from './constructs/monitoring.js';
import { restApiNameOf, UsersApi } from './constructs/usersApi.js';
import { type ApiDomainOptions, globalTableName, type MultiRegionOptions } from './regions.js';
import type { OpenApiDocument } from './spec/apiGatewaySpec.js';

export interface UsersApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly spec: OpenApiDocument;
  readonly alarmEmail?: string | undefined;
  readonly docsDomain?: DocsDomain | undefined;
  /** `-c apiDomain=…`: the API's own name (infra/constructs/apiDomain.ts). */
  readonly apiDomain?: ApiDomainOptions | undefined;
  /** `-c regions=…`: this stack is the home region's (infra/regionalStack.ts makes the others). */
  readonly multiRegion?: MultiRegionOptions | undefined;
}

export class UsersApiStack extends Stack {
  readonly dataTable: DataTable;
  readonly apiFunction: ApiFunction;
  readonly liveAlias: LiveAlias;
  readonly auth: Auth;
  readonly usersApi: UsersApi;
  readonly monitoring: Monitoring;
  readonly domainEvents: DomainEvents;
  readonly docsSite: DocsSite;
  readonly apiDomain: ApiDomain | undefined;
  /** The custom domain's URL when there is one, else the stage URL. */
  readonly apiUrl: string;

  constructor(scope: Construct, id: string, props: UsersApiStackProps) {
    const { config } = props;
    super(scope, id, {
      description: `Users API (${config.stage}): API Gateway imported from openapi.yaml, Cognito, Lambda, DynamoDB`,
      terminationProtection: config.retainData,
      ...props,
    });
    Tags.of(this).add('project', 'users-api');
    Tags.of(this).add('stage', config.stage);

    const { multiRegion } = props;
    // The id stays 'Users': a new id is a new logical id, and CloudFormation would replace the table.
    this.dataTable = new DataTable(this, 'Users', {
      retainData: config.retainData,
      global: multiRegion && {
        tableName: globalTableName(config.stage),
        replicaRegions: multiRegion.regions.slice(1),
      },
    });
    this.apiFunction = new ApiFunction(this, 'Api', {
      config,
      dataTable: this.dataTable,
      multiRegion: multiRegion && { options: multiRegion, region: multiRegion.home },
    });
    this.liveAlias = new LiveAlias(this, 'Live', { function: this.apiFunction.function, rollout: config.rollout });
    this.auth = new Auth(this, 'Auth', { stage: config.stage, retainData: config.retainData });
    this.usersApi = new UsersApi(this, 'Http', {
      config,
      spec: props.spec,
      handler: this.liveAlias,
      bearerAuthorizer: this.auth.bearerAuthorizer,
      multiRegion: multiRegion && { options: multiRegion, region: multiRegion.home },
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      thresholds: config.alarms,
      api: { name: restApiNameOf(config.stage), stageName: config.stage },
      function: this.apiFunction.function,
      dataTable: {
        table: this.dataTable.table,
        operations: tableOperations,
        served: multiRegion
          ? "the home table: this region's reads and every region's writes"
          : 'the table: every operation the function sends',
      },
      alarmEmail: props.alarmEmail,
    });
    this.liveAlias.addRollbackAlarms(this.monitoring.rollbackAlarms);
    // Every write lands in this (the home) region's table, so its stream alone carries every change:
    // the consumer runs here only (a replica's stream would repeat the replicated writes).
    this.domainEvents = new DomainEvents(this, 'Events', {
      config,
      table: this.dataTable.table,
      alarmTopic: this.monitoring.topic,
    });
    this.apiDomain =
      props.apiDomain &&
      new ApiDomain(this, 'Domain', {
        domain: props.apiDomain,
        api: this.usersApi.api,
        stage: this.usersApi.api.deploymentStage,
        latencyRegion: multiRegion?.home,
      });
    this.apiUrl = this.apiDomain?.url ?? this.usersApi.url;
    this.docsSite = new DocsSite(this, 'Docs', {
      config,
      spec: props.spec,
      apiUrl: this.apiUrl,
      domain: props.docsDomain,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.apiUrl,
      description: 'Base URL of the API (the custom domain if there is one, else the stage URL)',
    });
    if (this.apiDomain) {
      new CfnOutput(this, 'StageUrl', {
        value: this.usersApi.url,
        description: "This region's own execute-api URL: health checks, verify and operators reach one region by it",
      });
    }
    new CfnOutput(this, 'DocsUrl', {
      value: this.docsSite.url,
      description: 'The Redoc page of this stage, with openapi.json and openapi.yaml beside it',
    });
    new CfnOutput(this, 'TableName', { value: this.dataTable.table.tableName, description: 'The DynamoDB table' });
    new CfnOutput(this, 'UserPoolId', {
      value: this.auth.userPool.userPoolId,
      description: 'The Cognito user pool whose ID tokens the API accepts',
    });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.auth.appClient.userPoolClientId,
      description: 'App client for browsers and mobile apps (SRP sign-in, no secret)',
    });
    new CfnOutput(this, 'CliClientId', {
      value: this.auth.cliClient.userPoolClientId,
      description: 'App client for shells with AWS credentials (ADMIN_USER_PASSWORD_AUTH), e.g. contract-test tokens',
    });
  }
}
