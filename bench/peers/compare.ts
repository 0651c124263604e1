// Runs the same requests through our bundle and each peer's on DynamoDB Local (answers.ts) and
// fails the bench if a peer answers any of them unlike ours: no peer may win by doing less.
import { execFile } from 'node:child_process';
import { isDeepStrictEqual, promisify } from 'node:util';
import type { LocalStage } from '../e2e.js';
import { ANSWERS_MARKER } from '../events.js';
import type { AnswerShape } from './answers.js';

async function answersOf(node: string, probe: string, bundle: string, env: Record<string, string>, stage: LocalStage) {
  const { stdout } = await promisify(execFile)(node, [probe, bundle], {
    env: { ...env, DYNAMODB_ENDPOINT: stage.endpoint, TABLE_NAME: stage.table },
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith(ANSWERS_MARKER));
  if (!line) throw new Error(`${bundle} printed no answers:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice(ANSWERS_MARKER.length)) as AnswerShape[];
}

/** Our answers, after checking that every peer gave the same ones (all on `node`); throws on the first difference. */
export async function compareAnswers(
  node: string,
  probe: string,
  ours: string,
  peers: Record<string, string>,
  env: Record<string, string>,
  stage: LocalStage,
): Promise<AnswerShape[]> {
  const expected = await answersOf(node, probe, ours, env, stage);
  for (const [name, bundle] of Object.entries(peers)) {
    const got = await answersOf(node, probe, bundle, env, stage);
    expected.forEach((want, i) => {
      if (!isDeepStrictEqual(got[i], want)) {
        throw new Error(`peer ${name} answered "${want.step}" unlike ours:\n${JSON.stringify({ want, got: got[i] })}`);
      }
    });
    if (got.length !== expected.length) throw new Error(`peer ${name} answered ${got.length} of ${expected.length}`);
  }
  return expected;
}
