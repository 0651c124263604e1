// The API under a name of its own (-c apiDomain=…): an ACM certificate validated by DNS in the
// hosted zone, a REGIONAL dual-stack API Gateway domain name (TLS 1.2 and up) mapped to the stage,
// and Route 53 alias A and AAAA records; multi-region: latency records per region, health-checked.
import { Aws, Duration } from 'aws-cdk-lib';
import {
  BasePathMapping,
  type CfnDomainName,
  DomainName,
  EndpointType,
  type IRestApi,
  SecurityPolicy,
  type Stage,
} from 'aws-cdk-lib/aws-apigateway';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AaaaRecord,
  ARecord,
  HealthCheck,
  HealthCheckType,
  HostedZone,
  type IHostedZone,
  RecordTarget,
} from 'aws-cdk-lib/aws-route53';
import { ApiGatewayDomain } from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import type { ApiDomainOptions } from '../regions.js';

/** Route 53 marks a region unhealthy after this many failed checks in a row, 30 s apart (~90 s). */
export const healthCheckSettings = { failureThreshold: 3, requestIntervalSeconds: 30 } as const;

export interface ApiDomainProps {
  readonly domain: ApiDomainOptions;
  readonly api: IRestApi;
  readonly stage: Stage;
  /**
   * Multi-region: this region's latency record, in rotation while `/health` of the region's own
   * endpoint answers (never the shared name, which would check whichever region answers it).
   */
  readonly latencyRegion?: string | undefined;
}

export class ApiDomain extends Construct {
  readonly zone: IHostedZone;
  readonly certificate: Certificate;
  readonly domainName: DomainName;
  readonly record: ARecord;
  readonly ipv6Record: AaaaRecord;
  readonly healthCheck: HealthCheck | undefined;
  /** https://<domain>/ */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiDomainProps) {
    super(scope, id);
    const { domain, api, stage, latencyRegion } = props;
    this.url = `https://${domain.name}/`;
    // From attributes, not a lookup: synth stays offline and needs no credentials.
    this.zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: domain.hostedZoneId,
      zoneName: domain.hostedZoneName,
    });
    // A REGIONAL domain needs its certificate in the API's own region, so each region has one;
    // CloudFormation writes the validation CNAME in the zone and waits until ACM issues it.
    this.certificate = new Certificate(this, 'Certificate', {
      domainName: domain.name,
      validation: CertificateValidation.fromDns(this.zone),
    });
    this.domainName = new DomainName(this, 'Domain', {
      domainName: domain.name,
      certificate: this.certificate,
      endpointType: EndpointType.REGIONAL,
      securityPolicy: SecurityPolicy.TLS_1_2,
    });
    // Dual-stack, so IPv6 clients connect too; a dual-stack domain may map an IPv4 API
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-custom-domain-ip-address-type.html).
    // The L2 construct has no property for it: CDK's documented escape hatch sets the L1's.
    (this.domainName.node.defaultChild as CfnDomainName).addPropertyOverride(
      'EndpointConfiguration.IpAddressType',
      'dualstack',
    );
    // No base path: https://<domain>/users is the stage's /users.
    new BasePathMapping(this, 'Mapping', { domainName: this.domainName, restApi: api, stage });

    if (latencyRegion !== undefined) {
      // https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-types.html
      this.healthCheck = new HealthCheck(this, 'Health', {
        type: HealthCheckType.HTTPS,
        fqdn: `${api.restApiId}.execute-api.${latencyRegion}.${Aws.URL_SUFFIX}`,
        port: 443,
        resourcePath: `/${stage.stageName}/health`,
        enableSNI: true,
        failureThreshold: healthCheckSettings.failureThreshold,
        requestInterval: Duration.seconds(healthCheckSettings.requestIntervalSeconds),
      });
    }
    // Latency routing: Route 53 answers with the healthy region nearest the resolver
    // (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-latency.html).
    const record = {
      zone: this.zone,
      recordName: domain.name,
      target: RecordTarget.fromAlias(new ApiGatewayDomain(this.domainName)),
      ...(latencyRegion === undefined
        ? {}
        : { region: latencyRegion, setIdentifier: latencyRegion, healthCheck: this.healthCheck }),
    };
    this.record = new ARecord(this, 'Alias', record);
    this.ipv6Record = new AaaaRecord(this, 'AliasIpv6', record);
  }
}
