// No template of the deploy-option matrix (tooling/cfnLint/matrix.ts) has a dependency loop as
// CloudFormation counts them (UpdatePolicy included): it would refuse the stack before creating
// anything, while synth and cdk-nag pass. Reuses the matrix lint:cfn just synthesized, if fresh.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCycle, findCycles } from '../../tooling/cfnLint/dependencyCycles.js';
import { combinations, exampleAccount } from '../../tooling/cfnLint/matrix.js';
import { matrixTemplates } from '../../tooling/cfnLint/matrixCache.js';
import type { SynthesizedTemplate } from '../../tooling/cfnLint/synthesizeMatrix.js';

let templates: SynthesizedTemplate[];
beforeAll(() => {
  process.env.CDK_DEFAULT_ACCOUNT = exampleAccount; // as lint:cfn sets it: the same cache key
  templates = matrixTemplates().templates;
});

describe('dependency cycles', () => {
  it('synthesizes every combination of the matrix', () => {
    const synthesized = new Set(templates.map((t) => t.label.split('/')[0]));
    expect([...synthesized]).toEqual(combinations.map((c) => c.name));
  });

  it('finds no loop in any template of the matrix', () => {
    const loops = templates.flatMap((t) =>
      findCycles(t.template).map((cycle) => `${t.label}: ${describeCycle(t.template, cycle)}`),
    );
    expect(loops.join('\n'), loops.join('\n')).toBe('');
  });
});
