// What verify tests, from the stack outputs: the stage's ApiUrl, or with `-c region=` that
// region's own StageUrl and partner plan (its stack, in its region), the home stack's user pool still making the accounts.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { USAGE_PLAN_OUTPUT } from '../usagePlans.js';
import type { VerifyOptions } from './options.js';
import type { Progress } from './progress.js';
import {
  OUTPUT_KEYS,
  readRegionOutputs,
  readStageOutputs,
  STAGE_URL_OUTPUT,
  type StageOutputs,
} from './stackOutputs.js';

export interface OutputClients {
  /** CloudFormation in the home region (or the SDK's region for a single-region stage). */
  home: CloudFormationClient;
  /** CloudFormation in the region under test (`-c region=`). */
  region: CloudFormationClient;
}

/** The outputs verify works from: `apiUrl` is the URL it tests, `usagePlanId` the plan its key joins. */
export async function stageUnderTest(
  options: VerifyOptions,
  clients: OutputClients,
  progress: Progress,
): Promise<StageOutputs> {
  const { target } = options;
  progress.step(`stack outputs of ${options.stackName}${target ? ` (home region ${target.home})` : ''}`);
  const home = await readStageOutputs(clients.home, options.stackName);
  for (const [name, key] of Object.entries(OUTPUT_KEYS)) {
    progress.note(`${key.padEnd(12)} ${home[name as keyof StageOutputs]}`);
  }
  if (!target) {
    noteKeys(progress, home.usagePlanId);
    return home;
  }
  progress.step(`stack outputs of ${target.stackName} (${target.region})`);
  const own = await readRegionOutputs(clients.region, target.stackName);
  progress.note(`${STAGE_URL_OUTPUT.padEnd(12)} ${own.stageUrl}: ${target.region} is tested through it, not ApiUrl`);
  noteKeys(progress, own.usagePlanId);
  return { ...home, apiUrl: own.stageUrl, usagePlanId: own.usagePlanId };
}

function noteKeys(progress: Progress, usagePlanId: string | undefined): void {
  progress.note(
    usagePlanId
      ? `${USAGE_PLAN_OUTPUT} ${usagePlanId}: the stage requires API keys`
      : `no ${USAGE_PLAN_OUTPUT}: the stage requires no API key`,
  );
}
