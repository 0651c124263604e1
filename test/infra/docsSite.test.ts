// The published docs of a stage: a private, encrypted, logged bucket served only through
// CloudFront (origin access control, HTTPS, the page's CSP as a header), and the page and
// spec built from the document the API is imported from, with the stage URL filled in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stageConfigs } from '../../infra/config.js';
import { docsCacheControl } from '../../infra/constructs/docsPublisher.js';
import { publishedDocument, stageEnvironmentFileOf, stageUrlPlaceholder } from '../../infra/constructs/docsSite.js';
import { contentSecurityPolicyOf, docsTemplatePath } from '../../infra/docs/contentSecurityPolicy.js';
import { collectionFile, postmanDir } from '../../infra/docs/postmanEnvironment.js';
import { loadSpec } from '../../infra/spec/apiGatewaySpec.js';
import { acknowledgements, type Synthesized, synthesize, validationReport } from './synthesize.js';

let dev: Synthesized;
beforeAll(() => {
  dev = synthesize('dev');
});

const templateCsp = () => contentSecurityPolicyOf(readFileSync(docsTemplatePath, 'utf8'));
const bucketId = () => dev.stack.getLogicalId(dev.stack.docsSite.bucket.node.defaultChild as CfnBucket);
const logBucketId = () => dev.stack.getLogicalId(dev.stack.docsSite.logBucket.node.defaultChild as CfnBucket);
const deployment = () => Object.values(dev.template.findResources('Custom::CDKBucketDeployment'))[0]?.Properties;
/** The staged files of the publisher's n-th source (index.html, openapi.json, openapi.yaml, the collection, its environment). */
const staged = (n: number, file: string) => {
  const key = String(deployment()?.SourceObjectKeys[n]).replace(/\.zip$/, '');
  return readFileSync(join(dev.assembly.directory, `asset.${key}`, file), 'utf8');
};
const stageUrlMarkers = (n: number) => deployment()?.SourceMarkers[n] as Record<string, unknown>;

describe('docs bucket', () => {
  it('is private, encrypted, owner-enforced and logs its access to the log bucket', () => {
    dev.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucketId() }, LogFilePrefix: 's3/' },
    });
  });

  it('lets only this distribution read, through origin access control, and refuses plain HTTP', () => {
    const [policy] = Object.values(
      dev.template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucketId() } } }),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>;
    const distributionArn = JSON.stringify(dev.logicalId('AWS::CloudFront::Distribution'));

    expect(statements).toHaveLength(2);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const allow = statements.find((s) => s.Effect === 'Allow');
    expect(allow).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } });
    expect(JSON.stringify(allow?.Condition)).toContain(distributionArn);
    dev.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
  });

  it('keeps its access logs in a private, SSL-only bucket that outlives the stack and expires them', () => {
    dev.template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: Match.objectLike({ BlockPublicPolicy: true, RestrictPublicBuckets: true }),
        OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] }, // CloudFront logs with ACLs
        LifecycleConfiguration: { Rules: [{ ExpirationInDays: stageConfigs.dev.logRetentionDays, Status: 'Enabled' }] },
      }),
    });
    dev.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logBucketId() },
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          // S3 delivers the docs bucket's logs by this policy, not by the deprecated LogDeliveryWrite ACL.
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [bucketId(), 'Arn'] } } }),
          }),
        ],
      },
    });
    expect(dev.template.findResources('AWS::S3::Bucket')[logBucketId()]?.Properties.AccessControl).toBeUndefined();
  });
});

describe('CloudFront distribution', () => {
  it('serves the page at / over HTTPS only, GET and HEAD, with its access logs', () => {
    dev.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD'],
          ResponseHeadersPolicyId: { Ref: dev.logicalId('AWS::CloudFront::ResponseHeadersPolicy') },
        }),
        Origins: [
          Match.objectLike({
            DomainName: { 'Fn::GetAtt': [bucketId(), 'RegionalDomainName'] },
            OriginAccessControlId: { 'Fn::GetAtt': [dev.logicalId('AWS::CloudFront::OriginAccessControl'), 'Id'] },
          }),
        ],
        Logging: { Bucket: { 'Fn::GetAtt': [logBucketId(), 'RegionalDomainName'] }, Prefix: 'cloudfront/' },
      }),
    });
  });

  it("sends the page's own Content-Security-Policy, from docs/template.hbs, and the security headers", () => {
    const csp = templateCsp();

    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("connect-src 'none'");
    dev.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: csp, Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true },
        },
      }),
    });
  });

  it('outputs DocsUrl, the distribution at /', () => {
    dev.template.hasOutput('DocsUrl', {
      Value: {
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [dev.logicalId('AWS::CloudFront::Distribution'), 'DomainName'] }, '/'],
        ],
      },
    });
  });
});

describe('what is published', () => {
  it('is the page, openapi.json, openapi.yaml and the Postman files, replacing the bucket contents, cached five minutes', () => {
    expect(deployment()).toMatchObject({
      DestinationBucketName: { Ref: bucketId() },
      Prune: true,
      RetainOnDelete: false,
      SystemMetadata: { 'cache-control': docsCacheControl },
    });
    expect(docsCacheControl).toBe('public, max-age=300');
    expect(deployment()?.SourceObjectKeys).toHaveLength(5);
  });

  it("publishes npm run collection's Postman collection and an environment whose baseUrl is the stage URL", () => {
    const collection = staged(3, collectionFile);
    const environment = JSON.parse(staged(4, stageEnvironmentFileOf('dev')));
    const baseUrl = environment.values.find((v: { key: string }) => v.key === 'baseUrl').value as string;

    expect(collection).toBe(readFileSync(new URL(`../../${postmanDir}/${collectionFile}`, import.meta.url), 'utf8'));
    expect(environment.name).toBe('Users API (dev)');
    expect(baseUrl).toMatch(
      /^https:\/\/<<marker:0xbaba:0>>\.execute-api\.<<marker:0xbaba:1>>\.<<marker:0xbaba:2>>\/<<marker:0xbaba:3>>$/,
    );
    expect(stageUrlMarkers(4)['<<marker:0xbaba:0>>']).toEqual({ Ref: dev.logicalId('AWS::ApiGateway::RestApi') });
    expect(baseUrl.endsWith('/'), 'requests are {{baseUrl}}/<path>').toBe(false);
  });

  it('publishes the spec the API is imported from, with the stage URL as its one server', () => {
    const json = JSON.parse(staged(1, 'openapi.json'));
    const yaml = parse(staged(2, 'openapi.yaml'));
    const marker = Object.keys(stageUrlMarkers(2))[0] as string;

    expect(yaml).toEqual(publishedDocument(loadSpec(), marker, 'dev'));
    expect({ ...json, servers: undefined }).toEqual({ ...loadSpec(), servers: undefined });
    expect(json.servers).toHaveLength(1);
    expect(json.servers[0].url).toMatch(/^https:\/\/<<marker:0xbaba:0>>\.execute-api\./);
    expect(stageUrlMarkers(1)['<<marker:0xbaba:0>>']).toEqual({ Ref: dev.logicalId('AWS::ApiGateway::RestApi') });
  });

  it('publishes a self-contained Redoc page of that spec, with the stage URL and the CSP meta tag', () => {
    const page = staged(0, 'index.html');
    const externalTags = page.match(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//gi);

    expect(page).toContain('<title>Users API</title>');
    expect(contentSecurityPolicyOf(page)).toBe(templateCsp());
    expect(externalTags).toBeNull();
    expect(page).toContain('"disableTelemetry":true');
    expect(page).not.toContain(stageUrlPlaceholder);
    expect(page).toContain('https://<<marker:0xbaba:0>>.execute-api.');
    expect(stageUrlMarkers(0)['<<marker:0xbaba:0>>']).toEqual({ Ref: dev.logicalId('AWS::ApiGateway::RestApi') });
  });

  it('publishes through a role of its own that writes only its log group and the docs bucket', () => {
    const fn = Object.entries(dev.template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('CustomCDKBucketDeployment'),
    );
    const roleId = fn?.[1].Properties.Role['Fn::GetAtt'][0];
    const role = dev.template.findResources('AWS::IAM::Role')[roleId];
    const [policy] = Object.values(
      dev.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as Array<{ Action: string[]; Resource: unknown }>;
    const writes = statements.filter((s) => [s.Action].flat().some((a) => /^s3:(Put|Delete)/.test(a)));

    expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
    expect(statements[0]).toMatchObject({
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^DocsPublishLogs/), 'Arn'] },
    });
    expect(writes).toHaveLength(1);
    expect(JSON.stringify(writes[0]?.Resource)).toContain(bucketId());
    expect(JSON.stringify(statements)).not.toContain('cloudfront:');
  });
});

describe('with a domain of its own', () => {
  const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

  it('serves the docs there with TLSv1.2_2021 at least, and needs no CFR4 acknowledgement', () => {
    const s = synthesize('dev', undefined, { docsDomain: 'docs.example.com', docsCertificateArn: certificateArn });

    s.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['docs.example.com'],
        ViewerCertificate: {
          AcmCertificateArn: certificateArn,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
    s.template.hasOutput('DocsUrl', { Value: 'https://docs.example.com/' });
    expect(validationReport(s.assembly).pluginReports.filter((r) => r.violations.length > 0)).toEqual([]);
    expect([...acknowledgements(s.app).keys()].some((id) => id.includes('CFR4'))).toBe(false);
  });

  it('refuses a domain without its certificate', () => {
    expect(() => synthesize('dev', undefined, { docsDomain: 'docs.example.com' })).toThrow(/both or neither/);
  });
});
