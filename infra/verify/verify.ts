// `npm run verify`: checks a deployed stage (or, with `-c region=`, one region of it) end to end
// with temporary Cognito accounts (and a temporary API key on a stage with keys): smoke pass,
// contract suite, fidelity table; then removes everything it made, also when a step fails.
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { RateRule } from '../firewall.js';
import { Accounts } from './accounts.js';
import { ApiKeys, randomKeyValue } from './apiKeys.js';
import { cleanUp, type SignedIn } from './cleanup.js';
import { runContractSuite } from './contract.js';
import { replayFidelity } from './fidelity.js';
import { Ledger, type Role, RUN_EMAIL } from './ledger.js';
import { parseOptions, type StepName, UsageError, usage, type VerifyOptions } from './options.js';
import { Pacer, type Phase, pacingFor, pacingPlan } from './pacing.js';
import { messageOf, Progress, type Write } from './progress.js';
import { RunApiKey } from './runApiKey.js';
import { smoke } from './smoke.js';
import type { StageOutputs } from './stackOutputs.js';
import { httpClient } from './stageHttp.js';
import { stageUnderTest } from './stageUnderTest.js';

export interface VerifyIo {
  write: Write;
  /** The HTTP client for the stage (tests inject faults here); global fetch by default. */
  fetch?: typeof fetch;
  /** Aborted on Ctrl-C: the running step stops, cleanup still runs. */
  signal?: AbortSignal;
  /** Makes the temporary API key's value: random by default (tests give their stage the same value). */
  apiKeyValue?: () => string;
  /**
   * The rate rule to pace under instead of the stage's (tests scale it down so it binds), or
   * null for a stage without WAF (the tests' local gateway: dev's pace would make a run last 7 min).
   */
  rateRule?: RateRule | null;
}

interface Session {
  options: VerifyOptions;
  io: VerifyIo;
  progress: Progress;
  /** In the home region: the home stack, the user pool. */
  cfn: CloudFormationClient;
  /** In the region under test (the home region without `-c region=`): its stack, its API keys. */
  regionCfn: CloudFormationClient;
  cognito: CognitoIdentityProviderClient;
  apiGateway: APIGatewayClient;
}

/** Users a run made before it started cannot exist; the margin covers clocks that disagree. */
const CLOCK_MARGIN_MS = 5 * 60_000;

/** Runs verify with these arguments; resolves with the exit code (0 passed, 1 failed, 2 usage). */
export async function verify(argv: readonly string[], io: VerifyIo): Promise<number> {
  const progress = new Progress(io.write);
  let options: VerifyOptions;
  try {
    const parsed = parseOptions(argv);
    if (parsed === 'help') {
      progress.line(usage);
      return 0;
    }
    options = parsed;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    progress.line(`verify: ${err.message}\n\n${usage}`);
    return 2;
  }
  const home = options.region ? { region: options.region } : {};
  const there = options.target ? { region: options.target.region } : home;
  const session = {
    options,
    io,
    progress,
    cfn: new CloudFormationClient(home),
    regionCfn: new CloudFormationClient(there),
    cognito: new CognitoIdentityProviderClient(home),
    apiGateway: new APIGatewayClient(there),
  };
  try {
    return await (options.cleanupOnly ? cleanupOnly(session) : fullRun(session));
  } catch (err) {
    progress.fail(messageOf(err));
    progress.line('\n✗ verify failed');
    return 1;
  } finally {
    session.cfn.destroy();
    session.regionCfn.destroy();
    session.cognito.destroy();
    session.apiGateway.destroy();
  }
}

/** The stack whose API is tested: the region's with `-c region=`. */
const tested = (options: VerifyOptions) => options.target?.stackName ?? options.stackName;

const outputsOf = (session: Session): Promise<StageOutputs> =>
  stageUnderTest(session.options, { home: session.cfn, region: session.regionCfn }, session.progress);

const runApiKey = (session: Session, outputs: StageOutputs): RunApiKey | undefined =>
  outputs.usagePlanId === undefined
    ? undefined
    : new RunApiKey(new ApiKeys(session.apiGateway, session.options.stage), outputs.usagePlanId, {
        cleanupCommand: session.options.cleanupCommand,
        progress: session.progress,
        signal: session.io.signal,
        value: (session.io.apiKeyValue ?? randomKeyValue)(),
      });

/** The pacing under the stage's WAF rate rule (or the test's), none when WAF only counts. */
const pacingOf = (session: Session) => {
  const { rateRule } = session.io;
  const rule = rateRule === null ? undefined : session.options.rateRule && (rateRule ?? session.options.rateRule);
  return rule ? pacingFor(rule) : undefined;
};

async function fullRun(session: Session): Promise<number> {
  const { options, io, progress } = session;
  const ledger = new Ledger();
  progress.line(`verify ${tested(options)}: run ${ledger.tag}`);
  const pacing = pacingOf(session);
  const pacer = pacing ? new Pacer(pacing.intervalMs) : undefined;
  if (io.rateRule !== null) progress.line(pacingPlan(pacing, options.skip));
  const outputs = await outputsOf(session);
  const accounts = new Accounts(session.cognito, outputs, progress);
  const apiKey = runApiKey(session, outputs);
  const http = { fetch: io.fetch, apiKey: apiKey?.value, pacer };
  const send = httpClient(outputs.apiUrl, { ...http, signal: io.signal, ledger });
  const sent: Partial<Record<Phase, number>> = {};
  const signedIn: SignedIn[] = [];
  let failure: string | undefined;
  try {
    progress.step('temporary accounts (Cognito admin API, ID tokens from the shell client)');
    for (const role of ['admin', 'user'] as Role[]) {
      const email = ledger.accountEmail(role);
      await accounts.create(email, role, (made) => ledger.accounts.add(made));
      signedIn.push({ email, role, token: await accounts.idToken(email) });
      progress.pass(`${email}${role === 'admin' ? ', in the admins group' : ''}: signed in`);
    }
    const [adminToken, userToken] = signedIn.map((a) => a.token) as [string, string];
    await apiKey?.create(ledger.runId, send, adminToken);
    const common = { send, adminToken, email: (l: string) => ledger.email(l), progress, signal: io.signal };
    const steps: Record<StepName, [string, () => Promise<void>]> = {
      smoke: [
        'smoke pass',
        () => smoke({ ...common, userToken, allowedOrigins: options.allowedOrigins, apiKeyRequired: !!apiKey }),
      ],
      contract: [
        `contract suite against ${options.target ? 'StageUrl' : 'ApiUrl'} (vitest --project contract)`,
        async () => {
          pacer?.handOver();
          const { code, requests } = await runContractSuite({
            ...common,
            baseUrl: outputs.apiUrl,
            userToken,
            emailPrefix: ledger.tag,
            apiKey: apiKey?.value,
            paceIntervalMs: pacing?.intervalMs,
          });
          pacer?.handOver();
          sent.contract = requests;
          if (code !== 0) throw new Error(`the contract suite failed (exit code ${code})`);
        },
      ],
      fidelity: [
        'fidelity table: the stage against a local gateway from the same document',
        async () => {
          const r = await replayFidelity({ ...common, allowedOrigins: options.allowedOrigins, apiKey: apiKey?.value });
          progress.note(
            `${r.replayed} replayed: ${r.replayed - r.differing} the same, ${r.differing} different; ${r.notReplayed} not replayed`,
          );
          if (r.differing > 0) throw new Error(`${r.differing} of ${r.replayed} fidelity cases differ`);
        },
      ],
    };
    for (const [name, [title, run]] of Object.entries(steps)) {
      io.signal?.throwIfAborted();
      if (options.skip.has(name as StepName)) {
        progress.step(`${title}: skipped (--skip ${name})`);
        continue;
      }
      progress.step(title);
      const before = pacer?.count ?? 0;
      try {
        await run();
      } finally {
        if (name !== 'contract') sent[name as Phase] = (pacer?.count ?? 0) - before;
      }
    }
  } catch (err) {
    failure = messageOf(err);
    progress.fail(failure);
  } finally {
    progress.step('cleanup');
    const beforeCleanup = pacer?.count ?? 0;
    const cleaned = await cleanUp({
      cleanupCommand: options.cleanupCommand,
      send: httpClient(outputs.apiUrl, http),
      accounts,
      progress,
      accountEmails: [...ledger.accounts],
      // Without a key the stage took, the run reached nothing behind it: only its accounts are to remove.
      signedIn: apiKey && !apiKey.accepted ? [] : signedIn,
      users: ledger.users,
      items: ledger.items,
      owns: (email) => ledger.owns(email),
      since: new Date(ledger.startedAt.getTime() - CLOCK_MARGIN_MS),
    });
    // Last, also when the stage's data could not all be removed: --cleanup-only makes its own key.
    const keyGone = (await apiKey?.drop()) ?? true;
    if (!cleaned || !keyGone) failure ??= 'cleanup was incomplete';
    if (pacer) sent.cleanup = pacer.count - beforeCleanup;
  }
  progress.line();
  if (pacer) {
    const counted = Object.entries(sent).map(([phase, n]) => `${phase} ${n}`);
    progress.line(`requests to the stage: ${counted.join(', ')} (${pacer.count} from verify itself, paced)`);
  }
  progress.line(`function version: ${[...ledger.versions].join(', ') || 'unknown'}`);
  progress.line(failure ? `✗ verify failed: ${failure}` : `✓ verify passed: ${tested(options)} at ${outputs.apiUrl}`);
  return failure ? 1 : 0;
}

async function cleanupOnly(session: Session): Promise<number> {
  const { options, io, progress } = session;
  progress.line(`verify --cleanup-only ${tested(options)}`);
  const outputs = await outputsOf(session);
  const accounts = new Accounts(session.cognito, outputs, progress);
  progress.step('temporary accounts left by earlier runs');
  const leftovers = await accounts.leftovers();
  if (leftovers.length === 0) progress.note('none');
  const signedIn: SignedIn[] = [];
  let unreachable = 0;
  for (const { email, role, createdAt } of leftovers) {
    try {
      signedIn.push({ email, role, token: await accounts.idToken(email) });
      progress.pass(`${email} (made ${createdAt.toISOString()}): signed in`);
    } catch (err) {
      unreachable++;
      progress.fail(`${email}: cannot sign in, so its items cannot be listed; kept (${messageOf(err)})`);
    }
  }
  const keys = outputs.usagePlanId === undefined ? undefined : new ApiKeys(session.apiGateway, options.stage);
  const leftoverKeys = keys ? await keys.leftovers() : [];
  if (keys) {
    progress.step('temporary API keys left by earlier runs');
    if (leftoverKeys.length === 0) progress.note('none');
    for (const key of leftoverKeys) progress.note(`${key.name} (${key.id}, made ${key.createdAt.toISOString()})`);
  }
  // Removing their data takes requests to the stage: with keys, under a key of this cleanup's own.
  const apiKey = signedIn.length > 0 ? runApiKey(session, outputs) : undefined;
  const pacing = pacingOf(session);
  const pacer = pacing ? new Pacer(pacing.intervalMs) : undefined;
  const send = httpClient(outputs.apiUrl, { fetch: io.fetch, apiKey: apiKey?.value, pacer });
  let cleaned = false;
  try {
    const [first] = signedIn;
    if (first) await apiKey?.create(new Ledger().runId, send, first.token);
    progress.step('cleanup');
    const oldest = Math.min(...leftovers.map((l) => l.createdAt.getTime()), Date.now());
    cleaned = await cleanUp({
      cleanupCommand: options.cleanupCommand,
      send,
      accounts,
      progress,
      accountEmails: signedIn.map((a) => a.email),
      signedIn,
      users: [],
      items: new Map(),
      owns: (email) => RUN_EMAIL.test(email),
      since: new Date(oldest - CLOCK_MARGIN_MS),
    });
  } catch (err) {
    progress.fail(messageOf(err));
  } finally {
    if (keys) {
      for (const key of leftoverKeys) {
        try {
          await keys.delete(key.id);
          progress.pass(`API key ${key.name} deleted`);
        } catch (err) {
          cleaned = false;
          progress.fail(`API key ${key.name} (${key.id}): ${messageOf(err)}`);
        }
      }
    }
    if (!((await apiKey?.drop()) ?? true)) cleaned = false;
  }
  const ok = cleaned && unreachable === 0;
  progress.line(ok ? '\n✓ cleanup done' : '\n✗ cleanup incomplete');
  return ok ? 0 : 1;
}
