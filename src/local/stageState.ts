// <DATA_DIR>/stage.json: where the running local stage answers and which issuer key it trusts,
// written once it is ready and removed on exit, so `npm run token` and `npm run seed` find it.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StageState {
  url: string;
  port: number;
  dataDir: string;
  /** The `kid` of the local issuer's key the stage verifies tokens with. */
  kid: string;
  pid: number;
}

const fileIn = (dataDir: string) => join(dataDir, 'stage.json');

/** Writes the state file; it is removed when this process exits. */
export function writeStageState(state: StageState): void {
  const file = fileIn(state.dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
  process.once('exit', () => rmSync(file, { force: true }));
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The stage running on `dataDir`, or undefined (no state file, or one left by a stage that was killed). */
export function readStageState(dataDir: string): StageState | undefined {
  try {
    const state = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as StageState;
    return running(state.pid) ? state : undefined;
  } catch {
    return undefined;
  }
}

export interface TargetStage {
  url: string;
  /** What a tool should tell before relying on it: a key or a URL that is not the running stage's. */
  warnings: string[];
}

/**
 * The stage a tool talks to: API_URL, else PORT, else the one the state file names, else
 * 127.0.0.1:3000; with warnings when the key signed with (`kid`, from `dataDir`) is not its key.
 */
export function targetStage(env: NodeJS.ProcessEnv, dataDir: string, kid: string): TargetStage {
  const state = readStageState(dataDir);
  const url = env.API_URL ?? (env.PORT ? `http://127.0.0.1:${env.PORT}` : (state?.url ?? 'http://127.0.0.1:3000'));
  const warnings: string[] = [];
  if (!state)
    warnings.push(
      `no stage runs on DATA_DIR ${dataDir} (no stage.json there): tokens are signed with its key (kid ${kid}); ` +
        'a stage started with another DATA_DIR answers them 401. Use the DATA_DIR the stage was started with.',
    );
  else if (state.kid !== kid)
    warnings.push(
      `the key in ${dataDir} (kid ${kid}) is not the one the running stage verifies with (kid ${state.kid}): ` +
        'restart the stage, or its answer is 401.',
    );
  else if (state.url !== url)
    warnings.push(
      `the stage on DATA_DIR ${dataDir} runs at ${state.url}, not ${url}: a stage there with another DATA_DIR answers 401.`,
    );
  return { url, warnings };
}
