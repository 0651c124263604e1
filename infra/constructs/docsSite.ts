// The stage's published docs: the Redoc page and the spec (openapi.json, openapi.yaml) built
// from the document the API is imported from, and the Postman collection with an environment
// for this stage, in a private bucket behind CloudFront (HTTPS only, origin access control,
// the page's CSP as a header, access logs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Source } from 'aws-cdk-lib/aws-s3-deployment';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { isObject } from '../../src/codegen/openapiDocument.js';
import { projectRoot } from '../bundling.js';
import type { StageConfig } from '../config.js';
import { docsContentSecurityPolicy } from '../docs/contentSecurityPolicy.js';
import { buildDocsPage } from '../docs/docsPage.js';
import { collectionFile, postmanDir, stageEnvironment } from '../docs/postmanEnvironment.js';
import type { OpenApiDocument } from '../spec/apiGatewaySpec.js';
import { DocsPublisher } from './docsPublisher.js';

/** Stands for the stage URL while the page is built; replaced at deploy time. */
export const stageUrlPlaceholder = 'https://stage-url.invalid/';

/** The document a stage publishes: the spec, with the stage as its one server (the local ones are no use there). */
export function publishedDocument(spec: OpenApiDocument, serverUrl: string, stage: string): OpenApiDocument {
  return { ...spec, servers: [{ url: serverUrl, description: `The ${stage} stage` }] };
}

const titleOf = (spec: OpenApiDocument): string =>
  isObject(spec.info) && typeof spec.info.title === 'string' ? spec.info.title : 'API';

/** The environment file a stage publishes beside its collection. */
export const stageEnvironmentFileOf = (stage: string) => `${stage}.postman_environment.json`;

/** A domain of your own for the docs: its certificate must be in ACM in us-east-1 (CloudFront's rule). */
export interface DocsDomain {
  readonly name: string;
  readonly certificateArn: string;
}

export interface DocsSiteProps {
  readonly config: StageConfig;
  /** Without one, the docs are at the distribution's *.cloudfront.net name. */
  readonly domain?: DocsDomain | undefined;
  readonly spec: OpenApiDocument;
  /** The stage URL (a deploy-time token), written into the published spec and page. */
  readonly apiUrl: string;
}

export class DocsSite extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeaders: ResponseHeadersPolicy;
  readonly domain: DocsDomain | undefined;

  constructor(scope: Construct, id: string, props: DocsSiteProps) {
    super(scope, id);
    // S3 server access logs are granted by a bucket policy, not the deprecated LogDeliveryWrite
    // ACL (a CDK feature flag, set here so that no cdk.json is needed for it).
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const { config, spec, apiUrl, domain } = props;
    this.domain = domain;

    // CloudFront's standard logs are delivered with ACLs, so this bucket takes object-writer ACLs
    // (none public). Logs outlive the stack and expire with the stage's log retention.
    this.logBucket = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(config.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the docs bucket and distribution; logging its own access would log ' +
        'into itself, and reads of it are in CloudTrail.',
    });

    // Rebuilt from the repository on every deploy: nothing in it needs keeping.
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.responseHeaders = new ResponseHeadersPolicy(this, 'Headers', {
      comment: `Users API docs (${config.stage}): the page's CSP and security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: docsContentSecurityPolicy(), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Users API docs (${config.stage})`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeaders,
        compress: true,
      },
      ...(domain
        ? {
            domainNames: [domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: SSLMethod.SNI,
          }
        : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The docs are public reading material for whoever calls the API, wherever they are: no country is ' +
          'refused, as the API itself refuses none.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'A read-only static site (GET and HEAD from a private bucket, no origin logic) under Shield Standard; ' +
          'a CLOUDFRONT web ACL must live in us-east-1 (the stack may not) and would guard only cacheable static ' +
          'files; the API, where requests do work, has its own regional web ACL (APIG3 fixed, infra/constructs/webFirewall.ts).',
      },
    );
    if (!domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Served on the default *.cloudfront.net certificate, whose viewer TLS policy CloudFront fixes (a minimum ' +
          'protocol applies only with an own certificate); HTTPS is enforced by redirect-to-https. With ' +
          '-c docsDomain and -c docsCertificateArn the distribution takes TLSv1.2_2021 and this goes.',
      });
    }

    // The page is built at synth from the same document; the stage URL is filled in at deploy.
    const page = readFileSync(
      join(buildDocsPage(publishedDocument(spec, stageUrlPlaceholder, config.stage)), 'index.html'),
      'utf8',
    );
    const published = publishedDocument(spec, apiUrl, config.stage);

    new DocsPublisher(this, 'Publish', {
      bucket: this.bucket,
      logRetentionDays: config.logRetentionDays,
      sources: [
        Source.data('index.html', page.replaceAll(stageUrlPlaceholder, apiUrl)),
        Source.jsonData('openapi.json', published),
        Source.yamlData('openapi.yaml', published),
        // `npm run collection`'s, fresh by its test; an environment with this stage's URL beside it.
        Source.data(collectionFile, readFileSync(join(projectRoot, postmanDir, collectionFile), 'utf8')),
        Source.jsonData(stageEnvironmentFileOf(config.stage), stageEnvironment(titleOf(spec), config.stage, apiUrl)),
      ],
    });
  }

  /** The docs page's URL. */
  get url(): string {
    return `https://${this.domain?.name ?? this.distribution.distributionDomainName}/`;
  }
}
