// Synthesizes the app the way the CLI does (cdk-nag included) into a temporary directory,
// once per stage and spec in a test file, and hands back the template and the assembly.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { OpenApiDocument } from '../../infra/spec/apiGatewaySpec.js';
import type { UsersApiStack } from '../../infra/stack.js';
import { addUsersApi, type UsersApiAppOptions } from '../../infra/stageApp.js';

export interface Synthesized {
  readonly app: App;
  readonly stack: UsersApiStack;
  readonly assembly: CloudAssembly;
  readonly template: Template;
  /** Logical id of the one resource of `type` (fails when there is not exactly one). */
  readonly logicalId: (type: string) => string;
  /** Logical id of the API's function (the stack has others, e.g. the docs publisher's). */
  readonly apiFunctionId: string;
}

/** Options of addUsersApi besides the stage (`rollout`, `provisionedConcurrency`, `docsDomain`, ...). */
export type SynthOptions = Omit<UsersApiAppOptions, 'stage'>;

export function synthesize(stage: string, spec?: OpenApiDocument, options: SynthOptions = {}): Synthesized {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'users-api-cdk-')) });
  const stack = addUsersApi(app, { stage, ...options, ...(spec ? { spec } : {}) });
  const assembly = app.synth(); // throws "Validation failed" on any unacknowledged cdk-nag finding
  const template = Template.fromJSON(assembly.getStackByName(stack.stackName).template);
  const logicalId = (type: string) => {
    const ids = Object.keys(template.findResources(type));
    if (ids.length !== 1) throw new Error(`Expected one ${type}, found ${ids.length}`);
    return ids[0] as string;
  };
  const apiFunctionId = stack.getLogicalId(stack.apiFunction.function.node.defaultChild as CfnFunction);
  return { app, stack, assembly, template, logicalId, apiFunctionId };
}

export interface ValidationReport {
  pluginReports: Array<{ pluginName: string; conclusion: string; violations: unknown[] }>;
}

export const validationReport = (assembly: CloudAssembly): ValidationReport =>
  JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));

/** Every `Validations.of(x).acknowledge()` in the app: rule id → reason. */
export function acknowledgements(app: App): Map<string, string> {
  const found = new Map<string, string>();
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) found.set(id, reason);
    }
  }
  return found;
}
