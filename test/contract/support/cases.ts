// The contract cases of a target: every operation's, from the spec and its scenarios
// (successes everywhere, client errors and its policy's 403s where there is a real service),
// what the service must remember of users and items, and the documented examples on the mock.
import { authCases } from './authCases.js';
import type { ContractCase } from './check.js';
import { exampleCases } from './exampleCases.js';
import { itemSuccessCases } from './itemCases.js';
import { policyCases } from './policyCases.js';
import { scenarioCases } from './scenarioCases.js';
import { stageFaultCases } from './stageFaultCases.js';
import { successCases } from './successCases.js';
import type { Target } from './target.js';

export function casesFor(target: Target): ContractCase[] {
  return [
    ...successCases,
    ...itemSuccessCases,
    ...scenarioCases(target),
    ...authCases(target),
    ...policyCases(target),
    ...stageFaultCases(target),
    ...(target.servesExamples ? exampleCases() : []),
  ];
}
