// npm run lint:cfn: AWS's cfn-lint on every template of the deploy-option matrix
// (tooling/cfnLint/matrix.ts), because synth and cdk-nag passing never proved a template deploys.
// 0 errors, and every warning fixed or listed with its reason (tooling/cfnLint/ignoredWarnings.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseFindings } from './cfnLint/findings.js';
import { lintUnlessUnchanged } from './cfnLint/findingsCache.js';
import { ignoredWarnings } from './cfnLint/ignoredWarnings.js';
import { installHint, locateCfnLint } from './cfnLint/locateCfnLint.js';
import { exampleAccount } from './cfnLint/matrix.js';
import { matrixTemplates } from './cfnLint/matrixCache.js';
import { reportTable, type TemplateRow, unlistedFindings } from './cfnLint/report.js';

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const ci = process.env.CI === 'true' || process.env.CI === '1';

const command = locateCfnLint(process.env);
if (!command) {
  if (ci) {
    console.error(`lint:cfn: no cfn-lint (CFN_LINT unset, none on PATH); under CI it is required: ${installHint}.`);
    process.exit(1);
  }
  console.log(`lint:cfn skipped: no cfn-lint found (CFN_LINT unset, none on PATH); ${installHint}.`);
  process.exit(0);
}

process.env.CDK_DEFAULT_ACCOUNT = exampleAccount; // the multi-region stacks' env; a placeholder
const { templates, synthesized } = matrixTemplates();
const synthTime = seconds(started);

// Identical templates (e.g. dev's stack beside the GitHub deploy role) are linted once.
const firstOf = new Map<string, string>();
const digestOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const unique = templates.filter((t) => {
  const digest = digestOf(t.file);
  if (firstOf.has(digest)) return false;
  firstOf.set(digest, t.label);
  return true;
});
const lintStarted = performance.now();
const { linesOf, linted } = await lintUnlessUnchanged(
  command,
  unique.map((t) => t.file),
);
const rows: TemplateRow[] = templates.map((t) => {
  const first = firstOf.get(digestOf(t.file)) as string;
  const source = unique.find((u) => u.label === first)?.file as string;
  return {
    label: t.label,
    findings: parseFindings((linesOf.get(source) ?? []).join('\n')),
    ...(first !== t.label ? { sameAs: first } : {}),
  };
});

console.log(reportTable(rows));
const unlisted = unlistedFindings(rows);
for (const line of unlisted) console.log(line);
const errors = rows.flatMap((r) => r.findings).filter((f) => f.rule.startsWith('E')).length;
const newWarnings = rows.flatMap((r) => r.findings).filter((f) => f.rule.startsWith('W') && !f.listed).length;
const seen = new Set(rows.flatMap((r) => r.findings.map((f) => f.listed)));
for (const entry of ignoredWarnings.filter((e) => !seen.has(e))) {
  console.log(`listed but not seen any more (remove it from ignoredWarnings.ts?): ${entry.rule} ${entry.pattern}`);
}
console.log(
  `lint:cfn: ${templates.length} templates (${unique.length} distinct) of the matrix, ${errors} errors, ${newWarnings} new warnings; ` +
    `synth ${synthesized ? synthTime : `reused (${synthTime})`}, cfn-lint ${seconds(lintStarted)} (${linted} linted, ${unique.length - linted} unchanged since their last lint), total ${seconds(started)} (${command})`,
);
if (errors > 0) process.exit(1);
if (newWarnings > 0) {
  if (ci) {
    console.error(
      'lint:cfn: new warnings fail under CI: fix each, or list it with its reason in tooling/cfnLint/ignoredWarnings.ts',
    );
    process.exit(1);
  }
  console.log(
    'lint:cfn: new warnings (they fail under CI=true): fix each, or list it with its reason in tooling/cfnLint/ignoredWarnings.ts',
  );
}
