// A multi-region stage's stack in each region besides the home region: the function, its live
// alias, the API, alarms and the custom domain's latency record, on the local replica of the
// home stack's global table and the home region's user pool (docs/multi-region.md).
import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableDefinition } from '../src/store/table.js';
import type { StageConfig } from './config.js';
import { ApiDomain } from './constructs/apiDomain.js';
import { ApiFunction } from './constructs/apiFunction.js';
import { LiveAlias } from './constructs/liveAlias.js';
import { Monitoring, replicaOperations } from './constructs/monitoring.js';
import { restApiNameOf, UsersApi } from './constructs/usersApi.js';
import { type ApiDomainOptions, globalTableName, type MultiRegionOptions } from './regions.js';
import type { JsonObject, OpenApiDocument } from './spec/apiGatewaySpec.js';

export interface RegionalStackProps extends StackProps {
  readonly config: StageConfig;
  readonly spec: OpenApiDocument;
  readonly region: string;
  readonly multiRegion: MultiRegionOptions;
  readonly apiDomain: ApiDomainOptions;
  /**
   * The home stack's authorizer: one user pool for every region, so a token works wherever
   * latency routing sends it. A reference across regions (the stacks set crossRegionReferences).
   */
  readonly bearerAuthorizer: JsonObject;
  readonly alarmEmail?: string | undefined;
}

export class RegionalStack extends Stack {
  readonly apiFunction: ApiFunction;
  readonly liveAlias: LiveAlias;
  readonly usersApi: UsersApi;
  readonly monitoring: Monitoring;
  readonly apiDomain: ApiDomain;

  constructor(scope: Construct, id: string, props: RegionalStackProps) {
    const { config, region, multiRegion } = props;
    super(scope, id, {
      description: `Users API (${config.stage}, ${region}): a region of a multi-region stage homed in ${multiRegion.home}`,
      terminationProtection: config.retainData,
      ...props,
    });
    Tags.of(this).add('project', 'users-api');
    Tags.of(this).add('stage', config.stage);

    // The replica the home stack's global table keeps here, by its fixed name: no reference needed.
    const dataTable = {
      table: TableV2.fromTableName(this, 'Replica', globalTableName(config.stage)),
      definition: tableDefinition,
    };
    this.apiFunction = new ApiFunction(this, 'Api', {
      config,
      dataTable,
      multiRegion: { options: multiRegion, region },
    });
    this.liveAlias = new LiveAlias(this, 'Live', { function: this.apiFunction.function, rollout: config.rollout });
    this.usersApi = new UsersApi(this, 'Http', {
      config,
      spec: props.spec,
      handler: this.liveAlias,
      bearerAuthorizer: props.bearerAuthorizer,
      multiRegion: { options: multiRegion, region },
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      thresholds: config.alarms,
      api: { name: restApiNameOf(config.stage), stageName: config.stage },
      function: this.apiFunction.function,
      // The reads served by this region's replica; its writes land, and are alarmed, in the home region.
      dataTable: {
        table: dataTable.table,
        operations: replicaOperations,
        served: `this region's replica: its reads (its writes are alarmed in ${multiRegion.home})`,
      },
      alarmEmail: props.alarmEmail,
    });
    this.liveAlias.addRollbackAlarms(this.monitoring.rollbackAlarms);
    this.apiDomain = new ApiDomain(this, 'Domain', {
      domain: props.apiDomain,
      api: this.usersApi.api,
      stage: this.usersApi.api.deploymentStage,
      latencyRegion: region,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.apiDomain.url, description: 'Base URL of the API (every region)' });
    new CfnOutput(this, 'StageUrl', {
      value: this.usersApi.url,
      description: "This region's own execute-api URL: health checks, verify and operators reach one region by it",
    });
  }
}
