// One stack per stage: table, function and its live alias, user pool, API imported from the
// spec, monitoring, published docs.
// Account-agnostic: the account and region come from the credentials at deploy time.
import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.js';
import { ApiFunction } from './constructs/apiFunction.js';
import { Auth } from './constructs/auth.js';
import { DataTable } from './constructs/dataTable.js';
import { type DocsDomain, DocsSite } from './constructs/docsSite.js';
import { LiveAlias } from './constructs/liveAlias.js';
import { Monitoring } from './constructs/monitoring.js';
import { UsersApi } from './constructs/usersApi.js';
import type { OpenApiDocument } from './spec/apiGatewaySpec.js';

export interface UsersApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly spec: OpenApiDocument;
  readonly alarmEmail?: string | undefined;
  readonly docsDomain?: DocsDomain | undefined;
}

export class UsersApiStack extends Stack {
  readonly dataTable: DataTable;
  readonly apiFunction: ApiFunction;
  readonly liveAlias: LiveAlias;
  readonly auth: Auth;
  readonly usersApi: UsersApi;
  readonly monitoring: Monitoring;
  readonly docsSite: DocsSite;

  constructor(scope: Construct, id: string, props: UsersApiStackProps) {
    const { config } = props;
    super(scope, id, {
      description: `Users API (${config.stage}): API Gateway imported from openapi.yaml, Cognito, Lambda, DynamoDB`,
      terminationProtection: config.retainData,
      ...props,
    });
    Tags.of(this).add('project', 'users-api');
    Tags.of(this).add('stage', config.stage);

    this.dataTable = // The id stays 'Users': a new id is a new logical id, and CloudFormation would replace the table.
      this.dataTable = new DataTable(this, 'Users', { retainData: config.retainData });
    this.apiFunction = new ApiFunction(this, 'Api', { config, dataTable: this.dataTable });
    this.liveAlias = new LiveAlias(this, 'Live', { function: this.apiFunction.function, rollout: config.rollout });
    this.auth = new Auth(this, 'Auth', { stage: config.stage, retainData: config.retainData });
    this.usersApi = new UsersApi(this, 'Http', {
      config,
      spec: props.spec,
      handler: this.liveAlias,
      bearerAuthorizer: this.auth.bearerAuthorizer,
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      thresholds: config.alarms,
      apiStage: this.usersApi.api.deploymentStage,
      function: this.apiFunction.function,
      dataTable: this.dataTable,
      alarmEmail: props.alarmEmail,
    });
    this.liveAlias.addRollbackAlarms(this.monitoring.rollbackAlarms);
    this.docsSite = new DocsSite(this, 'Docs', {
      config,
      spec: props.spec,
      apiUrl: this.usersApi.url,
      domain: props.docsDomain,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.usersApi.url, description: 'Base URL of the API (the stage URL)' });
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
