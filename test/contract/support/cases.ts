// The contract cases of a target: the successes everywhere; the client errors
// where there is a real service; the documented examples where there is the mock.
import { authCases } from './authCases.js';
import type { ContractCase } from './check.js';
import { errorCases } from './errorCases.js';
import { exampleCases } from './exampleCases.js';
import { itemSuccessCases } from './itemCases.js';
import { itemErrorCases } from './itemErrorCases.js';
import { stageFaultCases } from './stageFaultCases.js';
import { successCases } from './successCases.js';
import type { Target } from './target.js';

export function casesFor(target: Target): ContractCase[] {
  return [
    ...successCases,
    ...itemSuccessCases,
    ...(target.stateful ? [...errorCases, ...itemErrorCases(target)] : []),
    ...authCases(target),
    ...stageFaultCases(target),
    ...(target.servesExamples ? exampleCases() : []),
  ];
}
