// The project's Spectral ruleset (.spectral.yaml) as `npm run lint:spec` runs it: a 400, 422
// or 4XX is demanded of operations that take input, and of no other (an operation without
// input could not be sent bad input, and the contract suite could not provoke that status); a
// public read says why in x-public, a secured operation documents its 401, and no override is needed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const spectralCli = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')),
  'dist/index.js',
);
const fixture = resolve(import.meta.dirname, 'fixtures/spectralValidationErrors.yaml');
const publicFixture = resolve(import.meta.dirname, 'fixtures/spectralPublicOperations.yaml');

interface Diagnostic {
  code: string;
  path: string[];
  message: string;
}

/** Spectral's JSON report on `file` with the project's ruleset. */
function lint(file: string): Diagnostic[] {
  const run = spawnSync(
    process.execPath,
    [spectralCli, 'lint', file, '--ruleset', join(projectRoot, '.spectral.yaml'), '--format', 'json', '--quiet'],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.stdout.trim() === '') throw new Error(`spectral printed no report (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('the Spectral ruleset', () => {
  const diagnostics = lint(fixture);
  const validationErrors = diagnostics.filter((d) => /define-error-validation/.test(d.code));

  it('demands a 400, 422 or 4XX of each operation that takes parameters or a body, and of no other', () => {
    expect(validationErrors.map((d) => `${d.code} ${d.path.join(' ')}`)).toEqual([
      'define-error-validation-for-input paths /things get responses',
      'define-error-validation-for-input paths /things/{thingId} delete responses',
      'define-error-validation-for-input paths /uploads put responses',
    ]);
    expect(validationErrors[0]?.message).toBe(
      'Missing error response of either 400, 422 or 4XX: the operation takes input.',
    );
  });

  it('no longer applies the OWASP rule that demands it of every operation, such as one without input', () => {
    const getCaller = diagnostics.filter((d) => d.path.join('/').startsWith('paths//me/get'));

    expect(getCaller.map((d) => d.code)).not.toContain('owasp:api8:2023-define-error-validation');
    expect(getCaller.map((d) => d.code)).not.toContain('define-error-validation-for-input');
  });

  describe('who may call, said in the spec', () => {
    const gates = lint(publicFixture);
    const ours = gates.filter((d) => d.code === 'public-by-declaration');

    it('asks a public read for its reason in x-public, a secured operation for its 401, and refuses x-public on a secured one', () => {
      expect(ours.map((d) => `${d.path.join(' ')}: ${d.message}`)).toEqual([
        'paths /status get: This read operation is not protected by any security scheme: secure it, or say why it is public in x-public.',
        'paths /secret get responses: A secured operation documents its 401 response, with content.',
        'paths /odd get x-public: x-public on a secured operation: remove it, or its security.',
      ]);
    });

    it("no longer applies OWASP's read and 401 rules, which only an override per operation could waive", () => {
      const codes = gates.map((d) => d.code);

      expect(codes).not.toContain('owasp:api2:2023-read-restricted');
      expect(codes).not.toContain('owasp:api8:2023-define-error-responses-401');
    });

    it('still refuses a public write, whatever its x-public says', () => {
      const write = gates.filter((d) => d.path.join('/').startsWith('paths//guestbook/post'));

      expect(write.map((d) => d.code)).toContain('owasp:api2:2023-write-restricted');
      expect(write.map((d) => d.code)).not.toContain('public-by-declaration');
    });
  });
});
