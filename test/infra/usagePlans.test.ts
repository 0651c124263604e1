// Usage plans and API keys (`-c apiKeys=on`): one plan per tier bound to the stage, one key
// per client with a value API Gateway generates, and the key required on every secured
// method of the imported document. Off (the default), the document and stack hold none of it.
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { stageConfig } from '../../infra/config.js';
import { type JsonObject, loadSpec, toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import { addUsersApi } from '../../infra/stageApp.js';
import {
  parseApiKeyClients,
  USAGE_PLAN_OUTPUT,
  usagePlanTiers,
  VERIFY_TIER,
  withApiKeys,
} from '../../infra/usagePlans.js';
import { type Synthesized, synthesize } from './synthesize.js';

let on: Synthesized;
let off: Synthesized;
beforeAll(() => {
  on = synthesize('dev', undefined, { apiKeys: 'on', apiKeyClients: 'acme:partner,beta-labs:free' });
  off = synthesize('prod');
});

const bodyOf = (s: Synthesized) =>
  Object.values(s.template.findResources('AWS::ApiGateway::RestApi'))[0]?.Properties.Body as JsonObject;
const operationOf = (body: JsonObject, path: string, method: string) =>
  ((body.paths as JsonObject)[path] as JsonObject)[method] as JsonObject;

describe('tiers', () => {
  it('pins each tier: free 5/s (burst 10), 1,000 a day; partner 100/s (burst 200), 5,000,000 a month', () => {
    expect(usagePlanTiers).toEqual({
      free: { throttle: { rateLimit: 5, burstLimit: 10 }, quota: { limit: 1000, period: 'DAY' } },
      partner: { throttle: { rateLimit: 100, burstLimit: 200 }, quota: { limit: 5_000_000, period: 'MONTH' } },
    });
  });

  it('makes one usage plan per tier with its throttle and quota, bound to the stage', () => {
    const plans = Object.values(on.template.findResources('AWS::ApiGateway::UsagePlan'));
    expect(plans.map((p) => p.Properties.UsagePlanName).sort()).toEqual([
      'users-api-dev-free',
      'users-api-dev-partner',
    ]);
    const stage = { Ref: on.logicalId('AWS::ApiGateway::Stage') };
    const api = { Ref: on.logicalId('AWS::ApiGateway::RestApi') };
    for (const [tier, limits] of Object.entries(usagePlanTiers)) {
      on.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
        UsagePlanName: `users-api-dev-${tier}`,
        Throttle: { RateLimit: limits.throttle.rateLimit, BurstLimit: limits.throttle.burstLimit },
        Quota: { Limit: limits.quota.limit, Period: limits.quota.period },
        ApiStages: [{ ApiId: api, Stage: stage }],
      });
    }
  });
});

describe('what npm run verify reads', () => {
  it('outputs the partner plan id under a fixed key with keys on, and no such output with keys off', () => {
    const partner = Object.entries(on.template.findResources('AWS::ApiGateway::UsagePlan')).find(
      ([, p]) => p.Properties.UsagePlanName === `users-api-dev-${VERIFY_TIER}`,
    )?.[0];
    expect(VERIFY_TIER).toBe('partner');
    expect(partner).toBeDefined();
    expect(on.template.toJSON().Outputs[USAGE_PLAN_OUTPUT]?.Value).toEqual({ Ref: partner });
    expect(Object.keys(off.template.toJSON().Outputs)).not.toContain(USAGE_PLAN_OUTPUT);
    expect(Object.keys(synthesize('dev').template.toJSON().Outputs)).not.toContain(USAGE_PLAN_OUTPUT);
  });
});

describe('keys per client', () => {
  it('makes one enabled key per client, with no value in the template, on its tier, and outputs its id', () => {
    const keys = on.template.findResources('AWS::ApiGateway::ApiKey');
    expect(
      Object.values(keys)
        .map((k) => k.Properties.Name)
        .sort(),
    ).toEqual(['users-api-dev-acme', 'users-api-dev-beta-labs']);
    for (const key of Object.values(keys)) {
      expect(key.Properties.Enabled).toBe(true);
      expect(key.Properties.Value).toBeUndefined(); // API Gateway generates it
    }
    const planOf = (name: string) =>
      Object.entries(on.template.findResources('AWS::ApiGateway::UsagePlan')).find(
        ([, p]) => p.Properties.UsagePlanName === name,
      )?.[0];
    const keyOf = (name: string) => Object.entries(keys).find(([, k]) => k.Properties.Name === name)?.[0];
    const links = Object.values(on.template.findResources('AWS::ApiGateway::UsagePlanKey')).map((l) => [
      l.Properties.KeyId.Ref,
      l.Properties.UsagePlanId.Ref,
    ]);
    expect(links.sort()).toEqual(
      [
        [keyOf('users-api-dev-acme'), planOf('users-api-dev-partner')],
        [keyOf('users-api-dev-beta-labs'), planOf('users-api-dev-free')],
      ].sort(),
    );
    const outputs = on.template.findOutputs('*');
    const keyIds = Object.values(outputs).filter((o) => /^API key id of/.test(o.Description));
    expect(keyIds.map((o) => o.Value.Ref).sort()).toEqual(
      [keyOf('users-api-dev-acme'), keyOf('users-api-dev-beta-labs')].sort(),
    );
  });

  it('reads clients as name:tier and refuses what it cannot use', () => {
    expect(parseApiKeyClients('acme:partner, beta:free')).toEqual([
      { name: 'acme', tier: 'partner' },
      { name: 'beta', tier: 'free' },
    ]);
    expect(() => parseApiKeyClients('acme:gold')).toThrow('tier "gold" of acme is not one of free, partner');
    expect(() => parseApiKeyClients('Acme:free')).toThrow('"Acme:free" is not name:tier');
    expect(() => parseApiKeyClients('acme')).toThrow('"acme" is not name:tier');
    expect(() => parseApiKeyClients('a:free,a:partner')).toThrow('a is listed twice');
  });

  it('takes apiKeys=on or off only, and clients only with keys on', () => {
    const dev = stageConfig('dev');
    expect(dev.apiKeys).toEqual({ enabled: false, clients: [] });
    expect(withApiKeys(dev, { apiKeys: 'on' }).apiKeys).toEqual({ enabled: true, clients: [] });
    expect(() => withApiKeys(dev, { apiKeys: 'true' })).toThrow('apiKeys must be on or off, not "true"');
    expect(() => withApiKeys(dev, { apiKeyClients: 'acme:free' })).toThrow('apiKeyClients needs apiKeys=on');
    expect(() => addUsersApi(new App(), { stage: 'dev', apiKeys: 'yes' })).toThrow(/apiKeys must be on or off/);
  });
});

describe('the imported document with keys on', () => {
  it('takes keys from the x-api-key header, with the api_key scheme', () => {
    const body = bodyOf(on);
    expect(body['x-amazon-apigateway-api-key-source']).toBe('HEADER');
    expect(((body.components as JsonObject).securitySchemes as JsonObject).api_key).toEqual({
      type: 'apiKey',
      name: 'x-api-key',
      in: 'header',
    });
  });

  it('requires the key, besides the token, on every secured operation', () => {
    const body = bodyOf(on);
    const secured = Object.values(operations).filter((op) => op.secured);
    expect(secured.length).toBeGreaterThan(5);
    for (const op of secured) {
      expect(operationOf(body, op.path, op.method).security, `${op.method} ${op.path}`).toEqual([
        { bearerAuth: [] },
        { api_key: [] },
      ]);
    }
  });

  it('leaves the health check, CORS preflights and 405 answers open, and lets browsers send the key', () => {
    const body = bodyOf(on);
    expect(operationOf(body, '/health', 'get').security).toEqual([]);
    for (const [path, item] of Object.entries(body.paths as JsonObject)) {
      const options = (item as JsonObject).options as JsonObject;
      expect(options.security, path).toEqual([]);
      expect(((item as JsonObject)['x-amazon-apigateway-any-method'] as JsonObject).security, path).toEqual([]);
      const integration = options['x-amazon-apigateway-integration'] as JsonObject;
      const parameters = ((integration.responses as JsonObject).default as JsonObject).responseParameters as JsonObject;
      expect(parameters['method.response.header.Access-Control-Allow-Headers'], path).toMatch(/, x-api-key'$/);
    }
  });
});

describe('keys off (the default)', () => {
  it('leaves the document exactly as without the option, with no trace of keys', () => {
    const options = { integrationUri: 'arn:aws:apigateway:eu-west-1:lambda:path/fn', allowedOrigins: ['*'] };
    const plain = JSON.stringify(toApiGatewaySpec(loadSpec(), options));
    expect(JSON.stringify(toApiGatewaySpec(loadSpec(), { ...options, apiKeys: false }))).toBe(plain);
    const body = JSON.stringify(bodyOf(off));
    for (const trace of ['x-amazon-apigateway-api-key-source', '"api_key"', 'x-api-key'])
      expect(body).not.toContain(trace);
  });

  it('makes no usage plan and no key', () => {
    off.template.resourceCountIs('AWS::ApiGateway::UsagePlan', 0);
    off.template.resourceCountIs('AWS::ApiGateway::ApiKey', 0);
  });
});
