// Domain events in AWS: the stage's EventBridge bus (with an archive for replay), and the consumer
// of the table's stream (src/events/lambda.ts) that publishes to it, with an encrypted SQS queue
// for the batches it gives up on and an alarm on that queue (docs/events.md).
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, FilterCriteria, Runtime, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../src/events/domainEvent.js';
import { streamFilterPatterns } from '../../src/events/streamFilters.js';
import { projectRoot } from '../bundling.js';
import type { StageConfig } from '../config.js';
import { lambdaBundling } from './lambdaBundling.js';

export const consumerEntry = 'src/events/lambda.ts';

/** The event source mapping's numbers (docs/scaling.md says why each). */
export const streamConsumer = {
  /** Records per invocation: Lambda's default for streams; the consumer handles them one by one, in order. */
  batchSize: 100,
  /**
   * Concurrent batches per shard. Lambda keeps the records of one partition key in order at any
   * factor, and a user's or an owner's items share one (USER#<id>, OWNER#<sub>): order per resource holds.
   */
  parallelizationFactor: 10,
  /** Retries of a failing batch (bisections do not count), then its records go to the failure queue. */
  retryAttempts: 10,
  /** Records older than this are not retried but sent to the failure queue (the stream keeps 24 h). */
  maxRecordAgeHours: 6,
  memoryMiB: 256,
  timeoutSeconds: 60,
  archiveRetentionDays: 30,
  /** The stream's iterator age (ms) that alarms, for 3 periods of 5 minutes: events lagging. */
  lagAlarmMinutes: 15,
} as const;

export interface DomainEventsProps {
  readonly config: StageConfig;
  /** The table whose stream carries every write (in a multi-region stage, the home region's). */
  readonly table: ITable;
  /** Where the failure queue's alarm notifies (the stage's alarm topic). */
  readonly alarmTopic: ITopic;
}

export class DomainEvents extends Construct {
  readonly bus: EventBus;
  readonly function: NodejsFunction;
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: DomainEventsProps) {
    super(scope, id);
    const { config, table } = props;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.bus = new EventBus(this, 'Bus', { eventBusName: `users-api-${config.stage}-events` });
    this.bus.archive('Archive', {
      description: `Every event of users-api-${config.stage}, for replay`,
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(streamConsumer.archiveRetentionDays),
    });

    // Metadata of the batches the consumer gave up on (shard, sequence numbers): re-read them from the stream.
    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the failure destination of the stream consumer; its messages are read by ' +
        'an operator after the alarm, never by a consumer that could fail, so it needs no DLQ of its own.',
    });

    const logGroup = new LogGroup(this, 'Logs', { retention: config.logRetentionDays as RetentionDays, removalPolicy });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Consumer', {
      entry: `${projectRoot}${consumerEntry}`,
      handler: 'handler',
      projectRoot,
      depsLockFilePath: `${projectRoot}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: streamConsumer.memoryMiB,
      timeout: Duration.seconds(streamConsumer.timeoutSeconds),
      logGroup,
      role,
      environment: {
        EVENT_BUS_NAME: this.bus.eventBusName,
        POWERTOOLS_SERVICE_NAME: `users-api-${config.stage}-events`,
      },
      // The API function's bundling, without its tracer file.
      bundling: lambdaBundling,
    });
    // PutEvents on this bus only.
    this.bus.grantPutEventsTo(this.function);

    this.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: streamConsumer.batchSize,
        parallelizationFactor: streamConsumer.parallelizationFactor,
        bisectBatchOnError: true,
        retryAttempts: streamConsumer.retryAttempts,
        maxRecordAge: Duration.hours(streamConsumer.maxRecordAgeHours),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failures),
        filters: streamFilterPatterns.map((pattern) => FilterCriteria.filter(pattern as Record<string, unknown>)),
      }),
    );
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, which Lambda needs to read the table stream, supports no resource-level ' +
        'permissions (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html).',
    });

    const alarm = new Alarm(this, 'FailuresAlarm', {
      alarmDescription: `users-api-${config.stage}: stream records the event consumer gave up on (events not published)`,
      metric: this.failures.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // Events lagging: the oldest record of a batch has waited this long, well before it ages out (6 h).
    const lag = new Alarm(this, 'LagAlarm', {
      alarmDescription: `users-api-${config.stage}: domain events lag the writes by over ${streamConsumer.lagAlarmMinutes} minutes`,
      metric: this.function.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: streamConsumer.lagAlarmMinutes * 60_000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const a of [alarm, lag]) {
      a.addAlarmAction(new SnsAction(props.alarmTopic));
      a.addOkAction(new SnsAction(props.alarmTopic));
    }
  }
}
