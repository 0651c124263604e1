// The custom domain option alone: a DNS-validated certificate in the zone, a REGIONAL domain
// name with the TLS 1.2 policy mapped to the stage at its root, an alias record, ApiUrl and the
// published docs on the custom name; the execute-api endpoint stays (StageUrl); cdk-nag clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUsersApi } from '../../infra/stageApp.js';
import { type Synthesized, synthesize, validationReport } from './synthesize.js';

const domain = { apiDomain: 'api.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };

let dev: Synthesized;
beforeAll(() => {
  dev = synthesize('dev', undefined, domain);
});

const restApiId = () => dev.logicalId('AWS::ApiGateway::RestApi');
const domainId = () => dev.logicalId('AWS::ApiGateway::DomainName');

describe('custom domain', () => {
  it('has a certificate for the name, validated by DNS records CloudFormation writes in the zone', () => {
    dev.template.resourceCountIs('AWS::CertificateManager::Certificate', 1);
    dev.template.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'api.example.com',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'api.example.com', HostedZoneId: 'Z0123456789ABCDEFGHIJ' }],
    });
  });

  it('is a REGIONAL, dual-stack API Gateway domain name with the TLS 1.2 security policy and that certificate', () => {
    dev.template.hasResourceProperties('AWS::ApiGateway::DomainName', {
      DomainName: 'api.example.com',
      EndpointConfiguration: { Types: ['REGIONAL'], IpAddressType: 'dualstack' },
      SecurityPolicy: 'TLS_1_2',
      RegionalCertificateArn: { Ref: dev.logicalId('AWS::CertificateManager::Certificate') },
    });
  });

  it('maps the whole stage at the root of the domain (no base path)', () => {
    const mapping = Object.values(dev.template.findResources('AWS::ApiGateway::BasePathMapping'))[0]?.Properties;

    expect(mapping).toEqual({
      DomainName: { Ref: domainId() },
      RestApiId: { Ref: restApiId() },
      Stage: { Ref: dev.logicalId('AWS::ApiGateway::Stage') },
    });
  });

  it('points alias A and AAAA records of the zone at the domain name, without latency routing or health check', () => {
    const records = Object.values(dev.template.findResources('AWS::Route53::RecordSet')).map((r) => r.Properties);
    const alias = {
      Name: 'api.example.com.',
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      AliasTarget: {
        DNSName: { 'Fn::GetAtt': [domainId(), 'RegionalDomainName'] },
        HostedZoneId: { 'Fn::GetAtt': [domainId(), 'RegionalHostedZoneId'] },
      },
    };

    expect(records).toEqual([
      { ...alias, Type: 'A' },
      { ...alias, Type: 'AAAA' },
    ]);
    dev.template.resourceCountIs('AWS::Route53::HealthCheck', 0);
  });

  it('makes ApiUrl the custom URL and keeps the stage URL as StageUrl', () => {
    dev.template.hasOutput('ApiUrl', { Value: 'https://api.example.com/' });
    const stageUrl = JSON.stringify(dev.template.findOutputs('StageUrl').StageUrl?.Value);

    expect(stageUrl).toContain('.execute-api.');
    expect(stageUrl).toContain(restApiId());
    // The default endpoint stays on: health checks, verify and canaries reach one region by it.
    expect(dev.template.findResources('AWS::ApiGateway::RestApi')[restApiId()]?.Properties).not.toHaveProperty(
      'DisableExecuteApiEndpoint',
    );
  });

  it('publishes the docs with the custom URL as the one server', () => {
    const deployment = Object.values(dev.template.findResources('Custom::CDKBucketDeployment'))[0]?.Properties;
    const key = String(deployment?.SourceObjectKeys[1]).replace(/\.zip$/, '');
    const json = JSON.parse(readFileSync(join(dev.assembly.directory, `asset.${key}`, 'openapi.json'), 'utf8'));

    expect(json.servers).toEqual([{ url: 'https://api.example.com/', description: 'The dev stage' }]);
  });

  it('passes cdk-nag with no finding left', () => {
    // The synth itself throws on an unacknowledged finding (test/infra/nag.test.ts).
    const reports = validationReport(dev.assembly).pluginReports;
    const acknowledgedAt = dev.app.node
      .findAll()
      .filter((c) => c.node.metadata.some((e) => e.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .map((c) => c.node.path);

    expect(reports.filter((r) => r.conclusion !== 'success' || r.violations.length > 0)).toEqual([]);
    // Nothing this option adds needed an acknowledgement: every finding on it is fixed.
    expect(acknowledgedAt.filter((path) => /\/Domain\/|GlobalTable|Replica|Exports/.test(path))).toEqual([]);
  });

  it('keeps the single-region table and an environment-agnostic stack', () => {
    dev.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    dev.template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
    expect(dev.app.node.children.filter((c) => c.node.id.startsWith('UsersApi-dev-'))).toEqual([]);
  });

  it('refuses a partial set of domain options before synthesizing anything', () => {
    const app = new App();

    expect(() => addUsersApi(app, { stage: 'dev', apiDomain: 'api.example.com' })).toThrow(
      'apiDomain, hostedZoneId and hostedZoneName go together',
    );
    expect(() => addUsersApi(app, { stage: 'dev', ...domain, apiDomain: 'api.example.org' })).toThrow(
      'is not in the hosted zone example.com',
    );
  });
});
