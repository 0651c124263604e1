// Reads the deployed stage's stack outputs (infra/stack.ts): where the API is and which
// user pool and shell client make its tokens, and, when it requires API keys, which usage plan;
// and one region's own (infra/regionalStack.ts): its StageUrl and its usage plan.
import { type CloudFormationClient, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { USAGE_PLAN_OUTPUT } from '../usagePlans.js';

export interface StageOutputs {
  apiUrl: string;
  userPoolId: string;
  cliClientId: string;
  tableName: string;
  /** The partner tier's usage plan when the stage was deployed with `-c apiKeys=on`; else undefined. */
  usagePlanId: string | undefined;
}

/** Output keys, as infra/stack.ts declares them (test/infra checks they are in the template). */
export const OUTPUT_KEYS = {
  apiUrl: 'ApiUrl',
  userPoolId: 'UserPoolId',
  cliClientId: 'CliClientId',
  tableName: 'TableName',
} as const satisfies Record<Exclude<keyof StageOutputs, 'usagePlanId'>, string>;

/** Statuses in which the stack is not a finished deployment to check. */
const UNSETTLED = /_IN_PROGRESS$|_FAILED$|^ROLLBACK_COMPLETE$|^DELETE_COMPLETE$/;

/** A region's own outputs: the URL of its stage (not the shared name) and its partner plan, if keys are on. */
export interface RegionOutputs {
  stageUrl: string;
  usagePlanId: string | undefined;
}

export const STAGE_URL_OUTPUT = 'StageUrl';

export async function readStageOutputs(cfn: CloudFormationClient, stackName: string): Promise<StageOutputs> {
  const { read, outputs } = await outputsOf(cfn, stackName);
  return {
    apiUrl: read(OUTPUT_KEYS.apiUrl),
    userPoolId: read(OUTPUT_KEYS.userPoolId),
    cliClientId: read(OUTPUT_KEYS.cliClientId),
    tableName: read(OUTPUT_KEYS.tableName),
    // infra/constructs/usagePlans.ts outputs it only with keys on: its absence is how keys-off is told.
    usagePlanId: outputs.get(USAGE_PLAN_OUTPUT) || undefined,
  };
}

/** The outputs of one region's stack (the home stack has them too when it has a custom domain). */
export async function readRegionOutputs(cfn: CloudFormationClient, stackName: string): Promise<RegionOutputs> {
  const { read, outputs } = await outputsOf(cfn, stackName);
  return { stageUrl: read(STAGE_URL_OUTPUT), usagePlanId: outputs.get(USAGE_PLAN_OUTPUT) || undefined };
}

async function outputsOf(cfn: CloudFormationClient, stackName: string) {
  let stacks: Stack[] | undefined;
  try {
    stacks = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks;
  } catch (err) {
    // CloudFormation answers a missing stack with a ValidationError "Stack with id X does not exist".
    if (err instanceof Error && err.name === 'ValidationError' && /does not exist/.test(err.message)) {
      throw new Error(`stack ${stackName} does not exist in this account and region: deploy it first`);
    }
    throw err;
  }
  const found = stacks?.[0];
  if (!found) throw new Error(`stack ${stackName} was not found`);
  if (UNSETTLED.test(String(found.StackStatus))) {
    throw new Error(`stack ${stackName} is ${found.StackStatus}: verify a finished deployment`);
  }
  const outputs = new Map((found.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const read = (key: string) => {
    const value = outputs.get(key);
    if (!value) throw new Error(`stack ${stackName} has no ${key} output (deployed from an older version?)`);
    return value;
  };
  return { read, outputs };
}
