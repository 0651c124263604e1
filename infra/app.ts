// Assembles the CDK app for one stage: the stack, plus the cdk-nag AwsSolutions checks
// that run on every synth (bin/app.ts for the CLI, test/infra for the assertions).
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { isOriginList } from '../src/http/cors.js';
import { stageConfig, withAllowedOrigins } from './config.js';
import { loadSpec, type OpenApiDocument } from './spec/apiGatewaySpec.js';
import { UsersApiStack } from './stack.js';

export interface UsersApiAppOptions {
  /** `dev`, `prod`: see config.ts. */
  readonly stage: string;
  /** Defaults to openapi.yaml. */
  readonly spec?: OpenApiDocument;
  readonly alarmEmail?: string | undefined;
  /** Comma-separated origins replacing the stage's `allowedOrigins` (`*` for any). */
  readonly allowedOrigins?: string | undefined;
}

export const stackNameOf = (stage: string) => `UsersApi-${stage}`;

export function addUsersApi(app: App, options: UsersApiAppOptions): UsersApiStack {
  const config = withAllowedOrigins(stageConfig(options.stage), options.allowedOrigins);
  if (!isOriginList(config.allowedOrigins)) {
    throw new Error(`allowedOrigins must be origins like https://app.example.com, or *: ${options.allowedOrigins}`);
  }
  const stack = new UsersApiStack(app, stackNameOf(config.stage), {
    config,
    spec: options.spec ?? loadSpec(),
    alarmEmail: options.alarmEmail,
  });
  // Unacknowledged findings fail the synth; acknowledgements sit beside the resources they concern.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
