// The deploy-option combinations every template check runs on (npm run lint:cfn and the
// dependency-cycle test), in one place; example values only, never a real account or zone.
import type { UsersApiAppOptions } from '../../infra/stageApp.js';

/** One `npm run synth -- -c …` invocation: the options bin/app.ts would read from the context. */
export interface Combination {
  readonly name: string;
  readonly options: UsersApiAppOptions;
  /** `-c githubRepo=…`: the GitHub deploy role stack as well. */
  readonly githubRepo?: string;
}

/**
 * The account multi-region stacks name in their env (the CLI takes it from the credentials): a
 * placeholder, set only in the process env of lint:cfn and the cycle test, never a real account.
 */
export const exampleAccount = '111111111111';

const domain = { apiDomain: 'api.example.com', hostedZoneId: 'Z0000000000EXAMPLE', hostedZoneName: 'example.com' };
const apiKeys = { apiKeys: 'on', apiKeyClients: 'acme:partner,beta:free' };

export const combinations: readonly Combination[] = [
  { name: 'dev', options: { stage: 'dev' } },
  { name: 'prod', options: { stage: 'prod' } },
  { name: 'waf-count', options: { stage: 'dev', wafMode: 'count' } },
  { name: 'api-keys', options: { stage: 'dev', ...apiKeys } },
  { name: 'domain', options: { stage: 'dev', ...domain } },
  { name: 'regions-2', options: { stage: 'dev', ...domain, regions: 'us-east-1,eu-west-1' } },
  { name: 'regions-3', options: { stage: 'dev', ...domain, regions: 'us-east-1,eu-west-1,ap-southeast-2' } },
  { name: 'github-deploy', options: { stage: 'dev' }, githubRepo: 'owner/name' },
  {
    name: 'everything-prod',
    options: { stage: 'prod', wafMode: 'count', ...apiKeys, ...domain, regions: 'us-east-1,eu-west-1,ap-southeast-2' },
    githubRepo: 'owner/name',
  },
];

/** The same combination as CDK context (`-c key=value` pairs), for the CLI or CDK_CONTEXT_JSON. */
export const contextOf = (combination: Combination): Record<string, string> => {
  const entries = Object.entries(combination.options).filter(([, v]) => typeof v === 'string') as [string, string][];
  return Object.fromEntries([...entries, ...(combination.githubRepo ? [['githubRepo', combination.githubRepo]] : [])]);
};
