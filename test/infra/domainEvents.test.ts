// The events in AWS: the bus and its archive, the consumer on the table's stream with its
// filters and retry numbers, the failure queue and its alarm, PutEvents on this bus only.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamConsumer } from '../../infra/constructs/domainEvents.js';
import { streamFilterPatterns } from '../../src/events/streamFilters.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
});

const consumerId = () => dev.stack.getLogicalId(dev.stack.domainEvents.function.node.defaultChild as never);

describe('domain events (dev)', () => {
  it('has the stage bus with an archive of every event it carries', () => {
    dev.template.hasResourceProperties('AWS::Events::EventBus', { Name: 'users-api-dev-events' });
    dev.template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [dev.logicalId('AWS::Events::EventBus'), 'Arn'] },
      EventPattern: { source: ['users-api'] },
      RetentionDays: 30,
    });
  });

  it('maps the table stream to the consumer with the pinned numbers and report of batch item failures', () => {
    dev.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: consumerId() },
      EventSourceArn: { 'Fn::GetAtt': [dev.logicalId('AWS::DynamoDB::Table'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      ParallelizationFactor: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 6 * 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [dev.logicalId('AWS::SQS::Queue'), 'Arn'] } } },
    });
    expect(streamConsumer.batchSize).toBe(100);
  });

  it('filters the stream with the patterns the local runner applies, so storage records cost nothing', () => {
    const [mapping] = Object.values(dev.template.findResources('AWS::Lambda::EventSourceMapping'));
    const filters = (mapping?.Properties.FilterCriteria.Filters ?? []) as { Pattern: string }[];

    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual(streamFilterPatterns);
  });

  it('keeps the failure queue encrypted, SSL only, and alarms when anything lands in it', () => {
    const queueId = dev.logicalId('AWS::SQS::Queue');
    dev.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    dev.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    dev.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: dev.logicalId('AWS::SNS::Topic') }],
    });
  });

  it('alarms when the events lag the writes by over 15 minutes', () => {
    dev.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: consumerId() } }],
      Statistic: 'Maximum',
      Threshold: 15 * 60_000,
      EvaluationPeriods: 3,
      AlarmActions: [{ Ref: dev.logicalId('AWS::SNS::Topic') }],
    });
  });

  it('lets the consumer put events on this bus only, and reads its bus name from the environment', () => {
    const policies = dev.template.findResources('AWS::IAM::Policy');
    const statements = Object.values(policies).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const putEvents = statements.filter((s) => [s.Action].flat().includes('events:PutEvents'));

    expect(putEvents).toEqual([
      expect.objectContaining({ Resource: { 'Fn::GetAtt': [dev.logicalId('AWS::Events::EventBus'), 'Arn'] } }),
    ]);
    dev.template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      MemorySize: 256,
      Environment: { Variables: Match.objectLike({ EVENT_BUS_NAME: { Ref: dev.logicalId('AWS::Events::EventBus') } }) },
    });
  });
});

describe('domain events in a multi-region stage', () => {
  it('run in the home region only, on the global table, whose stream there carries every write', () => {
    const domain = {
      apiDomain: 'api.example.com',
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      hostedZoneName: 'example.com',
    };
    const prod = synthesize('prod', undefined, { ...domain, regions: 'us-east-1,eu-west-1' });
    const others = prod.assembly.stacks.filter((s) => s.stackName !== prod.stack.stackName);

    prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [prod.logicalId('AWS::DynamoDB::GlobalTable'), 'StreamArn'] },
    });
    expect(others.length).toBeGreaterThan(0);
    for (const stack of others) {
      const types = Object.values(stack.template.Resources as Record<string, { Type: string }>).map((r) => r.Type);
      expect(types).not.toContain('AWS::Lambda::EventSourceMapping');
      expect(types).not.toContain('AWS::Events::EventBus');
    }
  });
});
