// The template graph walker behind test/infra/dependencyCycles.test.ts, on small hand-made templates.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub strings, as CloudFormation writes them
import { describe, expect, it } from 'vitest';
import { dependencyGraph, describeCycle, findCycles, subVariables } from '../../../tooling/cfnLint/dependencyCycles.js';

const bucket = (extra: Record<string, unknown> = {}) => ({ Type: 'AWS::S3::Bucket', ...extra });

describe('findCycles', () => {
  it('finds the loop an UpdatePolicy closes, as CloudFormation counts it', () => {
    const template = {
      Resources: {
        Alias: bucket({ UpdatePolicy: { CodeDeployLambdaAliasUpdate: { DeploymentGroupName: { Ref: 'Group' } } } }),
        Group: bucket({ Properties: { Alarms: [{ Name: { Ref: 'Alarm' } }] } }),
        Alarm: bucket({ Properties: { Dimensions: [{ Value: { Ref: 'Stage' } }] } }),
        Stage: bucket({ Properties: { RestApiId: { Ref: 'Api' } } }),
        Api: bucket({
          Properties: { Body: { uri: { 'Fn::Sub': 'arn:${AWS::Partition}:lambda:${Alias}/invocations' } } },
        }),
      },
    };

    const cycles = findCycles(template);

    expect(cycles).toEqual([['Alarm', 'Stage', 'Api', 'Alias', 'Group', 'Alarm']]);
    expect(describeCycle(template, cycles[0] as string[])).toContain('Alias needs Group (UpdatePolicy)');
  });

  it('finds a loop through Fn::Sub variables, ${X} and ${X.Attr}', () => {
    const template = {
      Resources: {
        A: bucket({ Properties: { Name: { 'Fn::Sub': '${B.Arn}-x' } } }),
        B: bucket({ Properties: { Name: { 'Fn::Sub': ['${C}', {}] } } }),
        C: bucket({ Properties: { Name: { 'Fn::Sub': '${A}' } } }),
      },
    };

    expect(findCycles(template)).toEqual([['A', 'B', 'C', 'A']]);
  });

  it('finds loops through GetAtt in both forms, DependsOn and CreationPolicy, and a resource naming itself', () => {
    const template = {
      Resources: {
        A: bucket({ Properties: { X: { 'Fn::GetAtt': 'B.Arn' } } }),
        B: bucket({ DependsOn: 'A' }),
        C: bucket({ Properties: { X: { 'Fn::GetAtt': ['D', 'Arn'] } } }),
        D: bucket({ CreationPolicy: { ResourceSignal: { Count: { Ref: 'C' } } } }),
        E: bucket({ DependsOn: ['E'] }),
      },
    };

    expect(findCycles(template)).toEqual([
      ['E', 'E'],
      ['A', 'B', 'A'],
      ['C', 'D', 'C'],
    ]);
  });

  it('finds a loop among conditions', () => {
    const template = {
      Conditions: {
        One: { 'Fn::And': [{ Condition: 'Two' }, { 'Fn::Equals': ['a', 'a'] }] },
        Two: { 'Fn::Not': [{ Condition: 'One' }] },
      },
      Resources: { A: bucket({ Condition: 'One' }) },
    };

    expect(findCycles(template)).toEqual([['Condition:One', 'Condition:Two', 'Condition:One']]);
  });

  it('finds none in a chain, nor through Metadata, escapes, pseudo parameters or Sub’s own variables', () => {
    const template = {
      Parameters: { Env: { Type: 'String' } },
      Resources: {
        A: bucket({ Properties: { X: { Ref: 'B' }, Y: { Ref: 'Env' }, Z: { Ref: 'AWS::Region' } } }),
        B: bucket({
          Properties: { X: { 'Fn::Sub': ['${!A} ${AWS::AccountId} ${A}', { A: 'literal' }] } },
          Metadata: { Names: { Ref: 'A' } },
        }),
      },
    };

    expect(findCycles(template)).toEqual([]);
    expect(dependencyGraph(template).get('B')).toEqual([]);
    expect(dependencyGraph(template).get('A')).toEqual([{ to: 'B', section: 'Properties' }]);
  });
});

describe('subVariables', () => {
  it('names ${X} and ${X.Attr}, not ${!Literal}', () => {
    expect(subVariables('${A}/${B.Arn}/${!C}/${ D }')).toEqual(['A', 'B', 'D']);
  });
});
