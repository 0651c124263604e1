// Alarms and dashboard: each signal alarms at its stage's threshold and notifies the topic.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stageConfigs } from '../../infra/config.js';
import { type Synthesized, synthesize } from './synthesize.js';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
  prod = synthesize('prod');
});

describe.each(['dev', 'prod'] as const)('alarms (%s)', (stage) => {
  const s = () => (stage === 'dev' ? dev : prod);
  const { alarms } = stageConfigs[stage];
  const topic = () => ({ Ref: s().logicalId('AWS::SNS::Topic') });

  it('alarm on the API 5XX rate', () => {
    s().template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5XXError',
      Statistic: 'Average',
      // Literals, never the Stage's Ref: the alarm feeds the alias's UpdatePolicy (a cycle otherwise).
      Dimensions: [
        { Name: 'ApiName', Value: `users-api-${stage}` },
        { Name: 'Stage', Value: stage },
      ],
      Threshold: alarms.api5xxRate,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [topic()],
    });
  });

  it('alarm on API p99 latency', () => {
    s().template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Dimensions: [
        { Name: 'ApiName', Value: `users-api-${stage}` },
        { Name: 'Stage', Value: stage },
      ],
      Threshold: alarms.apiP99LatencyMs,
      AlarmActions: [topic()],
    });
  });

  it.each([
    ['Errors', alarms.lambdaErrors],
    ['Throttles', alarms.lambdaThrottles],
  ])('alarm on Lambda %s', (metricName, threshold) => {
    s().template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: metricName,
      Statistic: 'Sum',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: s().apiFunctionId } }],
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic()],
    });
  });

  it('alarm on DynamoDB throttled requests of every operation the code sends', () => {
    const [alarm] = Object.values(
      s().template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Threshold: alarms.dynamoDbThrottledRequests, Metrics: Match.anyValue() },
      }),
    );
    const text = JSON.stringify(alarm?.Properties.Metrics);

    for (const operation of ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'TransactWriteItems']) {
      expect(text).toContain(`"Value":"${operation}"`);
    }
    expect(text).toContain('"MetricName":"ThrottledRequests"');
    expect(alarm?.Properties.AlarmActions).toEqual([topic()]);
    // Multi-region stages split this by where requests land: test/infra/multiRegion.test.ts.
    expect(alarm?.Properties.AlarmDescription).toBe(
      `DynamoDB throttling of the table: every operation the function sends (users API, ${stage})`,
    );
  });

  it("has exactly these five alarms and the events' two (test/infra/domainEvents.test.ts), none of which fires on missing data", () => {
    const all = Object.values(s().template.findResources('AWS::CloudWatch::Alarm'));
    expect(all).toHaveLength(7);
    for (const alarm of all) expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
  });
});

describe('notifications and dashboard', () => {
  it('send alarms to a topic that refuses unencrypted publishers', () => {
    dev.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('shows every alarmed signal on one dashboard', () => {
    const [dashboard] = Object.values(dev.template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);

    expect(Object.keys(dev.template.findResources('AWS::CloudWatch::Dashboard'))).toHaveLength(1);
    for (const metric of ['5XXError', 'Latency', 'Errors', 'Throttles', 'ThrottledRequests']) {
      expect(body).toContain(metric);
    }
    expect(body).toContain('\\"type\\":\\"alarm\\"'); // the alarm status widget
  });
});
