// How lint:cfn reads cfn-lint's parseable lines: errors, listed warnings and new warnings.
import { describe, expect, it } from 'vitest';
import { parseFindings } from '../../../tooling/cfnLint/findings.js';
import { ignoredWarnings } from '../../../tooling/cfnLint/ignoredWarnings.js';
import { reportTable, unlistedFindings } from '../../../tooling/cfnLint/report.js';

const roleWarning =
  "/t/a.template.json:285:5:285:22:W3005:'ApiRoleDE7A08EC' dependency already enforced by a 'GetAtt' at 'Resources/ApiHandler8AD6A8DF/Properties/Role'";
const stageWarning =
  "/t/a.template.json:6517:5:6517:44:W3005:'StageX' dependency already enforced by a 'Ref' at 'Resources/Assoc/Properties/ResourceArn/Fn::Join/1/7'";
const cycle =
  '/t/a.template.json:299:5:299:22:E3004:Circular Dependencies for resource LiveAlias. Circular dependency with [G]';

describe('parseFindings', () => {
  it('lists a function’s DependsOn on its own role, and nothing else', () => {
    const [role, stage, error] = parseFindings([roleWarning, stageWarning, cycle].join('\n'));

    expect(role).toMatchObject({ file: '/t/a.template.json', line: 285, rule: 'W3005', listed: ignoredWarnings[0] });
    expect(stage?.listed).toBeUndefined();
    expect(error).toMatchObject({ rule: 'E3004', line: 299 });
    expect(error?.listed).toBeUndefined();
  });

  it('refuses a line that is not a finding, so a cfn-lint failure is never read as clean', () => {
    expect(() => parseFindings('Traceback (most recent call last):')).toThrow(/not a finding/);
  });

  it('counts errors and listed/new warnings per template, and prints the unlisted ones', () => {
    const rows = [
      { label: 'dev/UsersApi-dev', findings: parseFindings([roleWarning, stageWarning, cycle].join('\n')) },
    ];

    expect(reportTable(rows).split('\n')[1]).toMatch(/^dev\/UsersApi-dev\s+1\s+2 \(1\/1\)$/);
    expect(unlistedFindings(rows)).toEqual([
      'dev/UsersApi-dev:299 E3004 Circular Dependencies for resource LiveAlias. Circular dependency with [G]',
      "dev/UsersApi-dev:6517 W3005 'StageX' dependency already enforced by a 'Ref' at 'Resources/Assoc/Properties/ResourceArn/Fn::Join/1/7'",
    ]);
  });
});
