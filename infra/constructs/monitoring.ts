// Alarms on what hurts users (API 5XX rate, p99 latency, function errors and throttles,
// DynamoDB throttling), one dashboard with the same signals, and a topic to page on.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  type MetricOptions,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { AlarmThresholds, StageName } from '../config.js';
import { localReadActions } from './apiFunction.js';

const period = Duration.minutes(5);
/** The operations src/store sends (see tableActions in apiFunction.ts). */
export const tableOperations = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.QUERY,
  Operation.TRANSACT_WRITE_ITEMS,
];
/**
 * What lands on the replica of a region other than the home region: its reads only, as its
 * role allows (localReadActions). Every write goes to the home table (src/store/homeWrites.ts),
 * whose ThrottledRequests, counted where the request is served, the home stack alarms on.
 */
export const replicaOperations = tableOperations.filter((op) =>
  (localReadActions as readonly string[]).includes(`dynamodb:${op}`),
);

export interface MonitoringProps {
  readonly stage: StageName;
  readonly thresholds: AlarmThresholds;
  /**
   * The REST API's name and stage name as literals, never the Stage resource's tokens: the
   * rollback alarms feed the alias's CodeDeploy UpdatePolicy, which CloudFormation counts as a
   * dependency, and the RestApi's document names that alias, so an alarm that referenced the
   * Stage would close a loop (E3004; aws/aws-cdk#2231). test/infra/dependencyCycles.test.ts
   * walks every template for such loops.
   */
  readonly api: { readonly name: string; readonly stageName: string };
  readonly function: IFunction;
  /**
   * The table (or replica) in this stack's region, the operations whose throttling lands on it
   * and what they are, for the alarm's description. CloudWatch alarms watch metrics of their
   * own region only, so each region alarms on what is served there: the home table on every
   * operation (its reads and the writes of every region), another region's replica on its reads.
   */
  readonly dataTable: {
    readonly table: ITable;
    readonly operations: readonly Operation[];
    readonly served: string;
  };
  /** Subscribed to the alarm topic when given (`-c alarmEmail=...`). */
  readonly alarmEmail?: string | undefined;
}

export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  /**
   * What rolls a new function version back (LiveAlias): its errors (uncaught exceptions,
   * timeouts), the API 5XX rate (the function answers its own failures with a 500 problem,
   * which Lambda does not count as an error) and the API p99 latency, the function's
   * duration as callers feel it.
   */
  readonly rollbackAlarms: Alarm[];
  readonly topic: Topic;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { thresholds, dataTable } = props;
    // AWS/ApiGateway's per-stage metrics, dimensioned by literals (see MonitoringProps.api).
    const apiMetric = (metricName: string, options: MetricOptions) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiName: props.api.name, Stage: props.api.stageName },
        ...options,
      });
    const apiStage = {
      metricCount: (o: MetricOptions) => apiMetric('Count', o),
      metricClientError: (o: MetricOptions) => apiMetric('4XXError', o),
      metricServerError: (o: MetricOptions) => apiMetric('5XXError', o),
      metricLatency: (o: MetricOptions) => apiMetric('Latency', o),
      metricIntegrationLatency: (o: MetricOptions) => apiMetric('IntegrationLatency', o),
    };
    const fn = props.function;

    this.topic = new Topic(this, 'AlarmTopic', { enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry alarm names, states and metric values, no customer data. The AWS-managed ' +
        'SNS key cannot grant CloudWatch (alarms would stop publishing), and a customer-managed key is not ' +
        'worth its cost for this content.',
    });

    const metrics = {
      api5xxRate: apiStage.metricServerError({ statistic: 'Average', period }),
      apiP99Latency: apiStage.metricLatency({ statistic: 'p99', period }),
      lambdaErrors: fn.metricErrors({ statistic: 'Sum', period }),
      lambdaThrottles: fn.metricThrottles({ statistic: 'Sum', period }),
      dynamoDbThrottles: dataTable.table.metricThrottledRequestsForOperations({
        operations: [...dataTable.operations],
        period,
      }),
    };
    const alarm = (name: string, metric: IMetric, threshold: number, description: string, operator?: string) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator:
          operator === '>'
            ? ComparisonOperator.GREATER_THAN_THRESHOLD
            : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `${description} (users API, ${props.stage})`,
      });
      created.addAlarmAction(new SnsAction(this.topic));
      created.addOkAction(new SnsAction(this.topic));
      this.alarms.push(created);
      return created;
    };
    this.rollbackAlarms = [
      alarm('Api5xxRate', metrics.api5xxRate, thresholds.api5xxRate, 'API 5XX rate above threshold', '>'),
      alarm('ApiP99Latency', metrics.apiP99Latency, thresholds.apiP99LatencyMs, 'API p99 latency above threshold', '>'),
      alarm('LambdaErrors', metrics.lambdaErrors, thresholds.lambdaErrors, 'Function errors'),
    ];
    alarm('LambdaThrottles', metrics.lambdaThrottles, thresholds.lambdaThrottles, 'Function invocations throttled');
    alarm(
      'DynamoDbThrottles',
      metrics.dynamoDbThrottles,
      thresholds.dynamoDbThrottledRequests,
      `DynamoDB throttling of ${dataTable.served}`,
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `users-api-${props.stage}-${Stack.of(this).region}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 3 }),
      new GraphWidget({
        title: 'API requests and errors',
        left: [
          apiStage.metricCount({ statistic: 'Sum', period }),
          apiStage.metricClientError({ statistic: 'Sum', period }),
          apiStage.metricServerError({ statistic: 'Sum', period }),
        ],
        right: [metrics.api5xxRate],
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: [
          apiStage.metricLatency({ statistic: 'p50', period }),
          metrics.apiP99Latency,
          apiStage.metricIntegrationLatency({ statistic: 'p99', period }),
        ],
      }),
      new GraphWidget({
        title: 'Function',
        left: [fn.metricInvocations({ statistic: 'Sum', period }), metrics.lambdaErrors, metrics.lambdaThrottles],
        right: [fn.metricDuration({ statistic: 'p99', period })],
      }),
      new GraphWidget({ title: 'DynamoDB throttled requests', left: [metrics.dynamoDbThrottles] }),
    );
  }
}
