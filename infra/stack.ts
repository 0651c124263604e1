// One stack per stage: table, function, API imported from the spec, monitoring.
// Account-agnostic: the account and region come from the credentials at deploy time.
import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.js';
import { ApiFunction } from './constructs/apiFunction.js';
import { Monitoring } from './constructs/monitoring.js';
import { UsersApi } from './constructs/usersApi.js';
import { UsersTable } from './constructs/usersTable.js';
import type { OpenApiDocument } from './spec/apiGatewaySpec.js';

export interface UsersApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly spec: OpenApiDocument;
  readonly alarmEmail?: string | undefined;
}

export class UsersApiStack extends Stack {
  readonly usersTable: UsersTable;
  readonly apiFunction: ApiFunction;
  readonly usersApi: UsersApi;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: UsersApiStackProps) {
    const { config } = props;
    super(scope, id, {
      description: `Users API (${config.stage}): API Gateway imported from openapi.yaml, Lambda, DynamoDB`,
      terminationProtection: config.retainData,
      ...props,
    });
    Tags.of(this).add('project', 'users-api');
    Tags.of(this).add('stage', config.stage);

    this.usersTable = new UsersTable(this, 'Users', { retainData: config.retainData });
    this.apiFunction = new ApiFunction(this, 'Api', { config, usersTable: this.usersTable });
    this.usersApi = new UsersApi(this, 'Http', { config, spec: props.spec, handler: this.apiFunction });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      thresholds: config.alarms,
      apiStage: this.usersApi.api.deploymentStage,
      function: this.apiFunction.function,
      usersTable: this.usersTable,
      alarmEmail: props.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.usersApi.url, description: 'Base URL of the API (the stage URL)' });
    new CfnOutput(this, 'TableName', { value: this.usersTable.table.tableName, description: 'The DynamoDB table' });
  }
}
