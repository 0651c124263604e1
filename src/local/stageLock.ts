// One local stage per data dir: <DATA_DIR>/stage.lock names the stage's PID and its DynamoDB
// Local's, so a second start refuses, and a start after a SIGKILLed one stops the orphaned JVM.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './dynamodbLocal.js';

interface LockRecord {
  pid: number;
  jvmPid?: number;
}

export interface StageLock {
  /** Records the JVM this stage runs on the data dir, for the next start to stop should this one be killed. */
  recordJvm(pid: number | undefined): void;
  release(): void;
}

/** The process's command line, or undefined when no such process runs (`ps` is on Linux and macOS). */
export function commandLineOf(pid: number): string | undefined {
  const out = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.trim() !== '' ? out.stdout.trim() : undefined;
}

/** A local stage (`npm start`, `npm run dev`) still runs as that PID; a reused PID of anything else does not count. */
function stageRuns(pid: number): boolean {
  const command = commandLineOf(pid);
  return command !== undefined && /src\/local\/(main|dev)\.ts/.test(command);
}

async function stopOrphan(jvmPid: number, dbPath: string): Promise<void> {
  const command = commandLineOf(jvmPid);
  // Only that JVM: DynamoDB Local on this very data dir.
  if (!command?.includes('DynamoDBLocal.jar') || !command.includes(dbPath)) return;
  console.warn(`Stopping DynamoDB Local (PID ${jvmPid}) left running on ${dbPath} by a stage that was killed.`);
  process.kill(jvmPid, 'SIGKILL');
  for (let i = 0; i < 100 && commandLineOf(jvmPid) !== undefined; i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Takes the data dir's lock, or throws a StartupError naming the PID that holds it. `inheritFrom`:
 * the PID of `npm run dev`, which holds the lock for the stages it restarts.
 */
export async function acquireStageLock(dataDir: string, inheritFrom?: number): Promise<StageLock> {
  const file = join(dataDir, 'stage.lock');
  mkdirSync(dataDir, { recursive: true });
  const write = (record: LockRecord) => {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(record));
    renameSync(temp, file);
  };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
    }
    let held: LockRecord | undefined;
    try {
      held = JSON.parse(readFileSync(file, 'utf8')) as LockRecord;
    } catch {
      // Unreadable or half written by a start killed at that moment: stale.
    }
    if (held && held.pid === inheritFrom) return { recordJvm: () => {}, release: () => {} }; // `npm run dev` owns it and its JVM
    if (held && stageRuns(held.pid))
      throw new StartupError(
        `${dataDir} is in use by the local stage with PID ${held.pid}: stop it, or set DATA_DIR to another directory.`,
      );
    if (held?.jvmPid) await stopOrphan(held.jvmPid, join(dataDir, 'dynamodb'));
    rmSync(file, { force: true });
  }
  let record: LockRecord = { pid: process.pid };
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(file, { force: true });
  };
  process.once('exit', release);
  return {
    recordJvm(jvmPid) {
      record = { ...record, ...(jvmPid ? { jvmPid } : {}) };
      write(record);
    },
    release,
  };
}
