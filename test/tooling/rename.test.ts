// `npm run rename`: the service's spellings and the name rule, then a rename of a scratch copy of
// the project (its node_modules symlinked) checked by a synth of the copy in one process: stack,
// table, tags, pool and API names, docs title and client follow, and no old spelling is left.
// Then the copy's unit tests that name the service run against the renamed code.
// Cost, measured at load ~15 on 2 cores: ~15 s for the rename (it regenerates generated/ and
// postman/), ~40 s for the synth (one process, no bundling, the docs page from its cache);
// the whole test ~25 s at load ~3, unit tests of the copy included.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectTextFiles } from '../../tooling/rename/projectFiles.js';
import { replacementsOf, serviceNameProblem, spellingsOf } from '../../tooling/rename/serviceName.js';

const root = new URL('../../', import.meta.url).pathname;
/** This process's environment without what Vitest sets for its workers, for a Vitest of the copy's own. */
const parentEnvWithoutVitest = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|FORCE_COLOR)/.test(k)));
const tsx = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
  });

describe('service names', () => {
  it('spells orders-api as the kit writes users-api', () => {
    expect(spellingsOf('orders-api')).toEqual({
      kebab: 'orders-api',
      pascal: 'OrdersApi',
      camel: 'ordersApi',
      title: 'Orders API',
      prose: 'orders API',
    });
    expect(spellingsOf('billing')).toMatchObject({ pascal: 'Billing', title: 'Billing', prose: 'billing' });
    expect(replacementsOf(spellingsOf('users-api'), spellingsOf('orders-api'))).toContainEqual([
      'UsersApi',
      'OrdersApi',
    ]);
  });

  it('accepts lowercase words joined by single hyphens, 3 to 40 characters, and refuses the rest in one sentence', () => {
    for (const good of ['orders-api', 'abc', 'web2-api', 'a'.repeat(40)])
      expect(serviceNameProblem(good)).toBeUndefined();
    for (const bad of [
      'Orders_API',
      'orders_api',
      'ab',
      '-orders',
      'orders-',
      'orders--api',
      '2orders',
      'a'.repeat(41),
    ]) {
      expect(serviceNameProblem(bad)).toBe(
        `"${bad}" is not a service name: use 3 to 40 lowercase letters, digits and single hyphens, starting with a letter (e.g. orders-api).`,
      );
    }
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'rename-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project without node_modules (symlinked), git, data or build output. */
function scratchCopy(): string {
  const dir = join(scratch, 'project');
  const skipped = new Set(['node_modules', '.git', '.data', 'test-output', 'cdk.out', 'coverage', '.stryker-tmp']);
  cpSync(root, dir, { recursive: true, filter: (source) => !skipped.has(source.split('/').pop() ?? '') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Run inside the renamed copy, so that it resolves the copy's own modules. */
const synthScript = `
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { globalTableName } from './infra/regions.ts';
import { addOrdersApi } from './infra/stageApp.ts';
const outdir = mkdtempSync(join(tmpdir(), 'rename-cdk-'));
const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
addOrdersApi(app, { stage: 'dev' });
const stacks = app.synth().stacks.map((s) => ({ name: s.stackName, template: s.template }));
console.log(JSON.stringify({ stacks, globalTable: globalTableName('dev') }));
rmSync(outdir, { recursive: true, force: true });
`;

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

describe('npm run rename', () => {
  it('refuses an invalid name, then renames a scratch copy whose synth names the new service everywhere', () => {
    // Prepare
    const project = scratchCopy();
    // Act
    const refused = tsx(project, 'tooling/rename.ts', '--service', 'Orders_API');
    const renamed = tsx(project, 'tooling/rename.ts', '--service', 'orders-api');
    const read = (file: string) => readFileSync(join(project, file), 'utf8');
    const leftovers = projectTextFiles(project).filter((file) =>
      /users-api|UsersApi|usersApi|Users API|users API/.test(readFileSync(join(project, file), 'utf8')),
    );
    writeFileSync(join(project, 'synth-check.ts'), synthScript);
    const synth = tsx(project, 'synth-check.ts');
    // The unit tests that name the service (environment, problems, events, verify...), renamed with it.
    const namingTests = projectTextFiles(project).filter(
      (file) => /^test\/unit\/.*\.test\.ts$/.test(file) && /orders-api|OrdersApi|Orders API/.test(read(file)),
    );
    const unit = spawnSync(
      process.execPath,
      [`${root}node_modules/vitest/vitest.mjs`, 'run', '--project', 'unit', ...namingTests],
      { cwd: project, encoding: 'utf8', timeout: 240_000, env: { ...parentEnvWithoutVitest(), NO_COLOR: '1' } },
    );
    // Assess
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'rename: "Orders_API" is not a service name: use 3 to 40 lowercase letters, digits and single hyphens, starting with a letter (e.g. orders-api).\n',
    );
    expect(renamed.status, renamed.stdout + renamed.stderr).toBe(0);
    expect(renamed.stdout).toContain('moved infra/constructs/usersApi.ts -> infra/constructs/ordersApi.ts');
    expect(existsSync(join(project, 'infra/constructs/usersApi.ts'))).toBe(false);

    expect(leftovers).toEqual([]);
    expect(JSON.parse(read('package.json')).name).toBe('orders-api');
    expect(JSON.parse(read('generated/openapi.json')).info.title).toBe('Orders API');
    expect(JSON.parse(read('postman/api.postman_collection.json')).info.name).toBe('Orders API');
    expect(read('src/client/index.ts')).toContain('A client for the Orders API');
    expect(read('src/local/stageConfig.ts')).toContain("env.TABLE_NAME ??= 'orders-api';");

    expect(synth.status, synth.stderr).toBe(0);
    const { stacks, globalTable } = JSON.parse(synth.stdout) as {
      stacks: { name: string; template: { Resources: Resources } }[];
      globalTable: string;
    };
    expect(stacks.map((s) => s.name)).toEqual(['OrdersApi-dev']);
    const resources = Object.values(stacks[0]?.template.Resources ?? {});
    const property = (type: string, name: string) =>
      resources.filter((r) => r.Type === type).map((r) => r.Properties?.[name]);
    expect(globalTable, 'the table name of a multi-region stage').toBe('orders-api-dev');
    expect(property('AWS::Cognito::UserPool', 'UserPoolName')).toEqual(['orders-api-dev']);
    expect(property('AWS::ApiGateway::RestApi', 'Name')).toEqual(['orders-api-dev']);
    expect(property('AWS::DynamoDB::Table', 'Tags')).toEqual([
      expect.arrayContaining([{ Key: 'project', Value: 'orders-api' }]),
    ]);
    expect(JSON.stringify(stacks)).not.toMatch(/users-api|UsersApi|Users API/);

    expect(namingTests.length, 'unit tests that name the service').toBeGreaterThanOrEqual(8);
    expect(unit.status, unit.stdout.slice(-3000) + unit.stderr.slice(-2000)).toBe(0);
    expect(unit.stdout).toMatch(new RegExp(`Test Files\\s+${namingTests.length} passed`));
  }, 300_000);
});
