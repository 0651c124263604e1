// The REST API, imported from openapi.yaml (made API Gateway-ready at synth), with a
// throttled, traced, access-logged stage behind AWS WAF, usage plans when API keys are on,
// and the one permission the import does not grant.
import { Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  ApiDefinition,
  EndpointType,
  LogGroupLogDestination,
  MethodLoggingLevel,
  SpecRestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import type { MultiRegionOptions } from '../regions.js';
import { type JsonObject, type OpenApiDocument, toApiGatewaySpec } from '../spec/apiGatewaySpec.js';
import type { LiveAlias } from './liveAlias.js';
import { UsagePlans } from './usagePlans.js';
import { WebFirewall } from './webFirewall.js';

/** One JSON object per request; every value quoted, as API Gateway writes `-` for missing ones. */
export const accessLogFields = {
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  path: '$context.path',
  protocol: '$context.protocol',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integration.status',
  integrationLatency: '$context.integration.latency',
  errorType: '$context.error.responseType',
  errorMessage: '$context.error.message',
  xrayTraceId: '$context.xrayTraceId',
};

/** API Gateway's name for a stage's execution-log group, before `{restApiId}/{stageName}`. */
export const executionLogGroupPrefix = 'API-Gateway-Execution-Logs_';

/** The REST API's name, also the `ApiName` dimension of its metrics (constructs/monitoring.ts). */
export const restApiNameOf = (stage: string) => `users-api-${stage}`;

export interface UsersApiProps {
  readonly config: StageConfig;
  readonly spec: OpenApiDocument;
  /** The function's `live` alias: every operation invokes it, never the unqualified function. */
  readonly handler: LiveAlias;
  /** The authorizer of the spec's bearer scheme (Auth.bearerAuthorizer): every secured operation uses it. */
  readonly bearerAuthorizer: JsonObject;
  /** Multi-region stages, and the region this API runs in (API keys share their value across regions). */
  readonly multiRegion?: { readonly options: MultiRegionOptions; readonly region: string } | undefined;
}

export class UsersApi extends Construct {
  readonly api: SpecRestApi;
  readonly accessLogs: LogGroup;
  /** `API-Gateway-Execution-Logs_{restApiId}/{stageName}`, made here so it has the stage's retention. */
  readonly executionLogs: LogGroup;
  /** The body handed to API Gateway (with tokens for the function's ARN). */
  readonly body: Record<string, unknown>;
  readonly firewall: WebFirewall;
  /** Present when API keys are on (`-c apiKeys=on`). */
  readonly usagePlans?: UsagePlans;

  constructor(scope: Construct, id: string, props: UsersApiProps) {
    super(scope, id);
    const { config, spec, handler, bearerAuthorizer } = props;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy,
    });
    this.body = toApiGatewaySpec(spec, {
      integrationUri: handler.integrationUri,
      allowedOrigins: config.allowedOrigins,
      bearerAuthorizer,
      apiKeys: config.apiKeys.enabled,
    });

    this.api = new SpecRestApi(this, 'RestApi', {
      restApiName: restApiNameOf(config.stage),
      apiDefinition: ApiDefinition.fromInline(this.body),
      endpointTypes: [EndpointType.REGIONAL],
      // Execution logs (ERROR level) need the account-level CloudWatch role; it is shared by
      // every API in the account and region, so it outlives this stack.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: config.stage,
        throttlingRateLimit: config.throttle.rateLimit,
        throttlingBurstLimit: config.throttle.burstLimit,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false, // would log request and response bodies: personal data
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    // API Gateway writes the stage's execution logs to this group, by this name, and creates it
    // itself (never expiring, outside the stack, kept after a teardown) unless it exists
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html). Made
    // here, before the Stage (which depends on it), it has the stage's retention and removal
    // policy. No loop: the group needs only the RestApi's id, and nothing it needs needs the Stage.
    this.executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: Fn.join('', [executionLogGroupPrefix, this.api.restApiId, '/', config.stage]),
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy,
    });
    this.api.deploymentStage.node.addDependency(this.executionLogs);

    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          'The account-level API Gateway logging role uses the AWS policy made for it; it grants log writes ' +
          'to API Gateway only and AWS keeps it current.',
      });
    }
    // A changed spec must reach the stage: CDK hashes the RestApi's properties, body
    // included, into the Deployment's logical id, so a new body means a new Deployment
    // (test/infra asserts it, in case a CDK upgrade changes that).

    // SpecRestApi grants nothing: let this API (any stage, method and path) invoke the alias.
    handler.alias.addPermission('InvokeFromApi', {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: this.api.arnForExecuteApi(),
    });

    // cdk-nag's APIG4 and COG4 (authorization, a Cognito authorizer) read AWS::ApiGateway::Method
    // resources, which an imported API has none of: its methods, and the Cognito authorizer of
    // every secured operation, are in the body, where test/infra asserts them.
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        'By design the function is the one request validator: it checks every request against the full spec ' +
        '(formats and patterns included) and answers one problem listing every failing field, the same locally, ' +
        'in the mock and in AWS; a gateway validator would answer some invalid requests with a second, poorer ' +
        'shape. Cost: an invalid request spends one invocation (docs/architecture.md, "Request validation").',
    });

    // cdk-nag's APIG3 is fixed, not acknowledged: the stage has a web ACL.
    const { mode, ...firewall } = config.firewall;
    this.firewall = new WebFirewall(this, 'Firewall', { config, firewall, mode, stage: this.api.deploymentStage });
    if (config.apiKeys.enabled) {
      this.usagePlans = new UsagePlans(this, 'UsagePlans', {
        stageName: config.stage,
        api: this.api,
        clients: config.apiKeys.clients,
        multiRegion: props.multiRegion,
        retainData: config.retainData,
      });
    }
  }

  /** The stage URL, e.g. https://<id>.execute-api.<region>.amazonaws.com/dev/ */
  get url(): string {
    return this.api.url;
  }
}
