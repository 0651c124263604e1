// API Gateway's API keys as `npm run verify` sees them, faked at the SDK boundary
// (aws-sdk-client-mock): keys and the usage plans they join, in memory and per region, as
// API keys and plans are regional; each region's plan given by `planOf`.
import { randomUUID } from 'node:crypto';
import {
  APIGatewayClient,
  BadRequestException,
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetApiKeysCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';

const meta = { $metadata: {} };

export interface FakeApiKey {
  id: string;
  name: string;
  value: string;
  createdDate: Date;
  /** The region whose API Gateway holds it (the client's region when it was made). */
  region: string;
  /** Usage plans it joined. */
  plans: Set<string>;
}

/** The region of the SDK client a command was sent with. */
export const regionOf = async (getClient: () => { config: { region: () => Promise<string> } }): Promise<string> =>
  getClient().config.region();

export function fakeApiGateway(planOf: (region: string) => string | undefined) {
  const apiGateway = mockClient(APIGatewayClient);
  /** API keys in the account, by id; and every key ever made through CreateApiKey. */
  const apiKeys = new Map<string, FakeApiKey>();
  const createdKeys: FakeApiKey[] = [];
  /** Set to make the next CreateUsagePlanKey fail as IAM refuses it (credentials without the grant). */
  const refuse = { attach: false };
  const inRegion = (region: string) => [...apiKeys.values()].filter((k) => k.region === region);

  const key = (id: string | undefined, region: string): FakeApiKey => {
    const found = apiKeys.get(id ?? '');
    if (!found || found.region !== region) {
      throw new NotFoundException({ message: 'Invalid API Key identifier specified', ...meta });
    }
    return found;
  };
  apiGateway.on(CreateApiKeyCommand).callsFake(async (input, getClient) => {
    const region = await regionOf(getClient);
    const value = String(input.value ?? '');
    if (!/^[\x21-\x7e]{20,128}$/.test(value)) throw new BadRequestException({ message: 'API Key value', ...meta });
    // API Gateway refuses a value another key of the region already has.
    if (inRegion(region).some((k) => k.value === value)) {
      throw new ConflictException({ message: 'API Key already exists', ...meta });
    }
    if (input.enabled !== true) throw new Error('the fake expects verify to make an enabled key');
    const made: FakeApiKey = {
      id: randomUUID().slice(0, 10),
      name: input.name,
      value,
      createdDate: new Date(),
      region,
      plans: new Set(),
    };
    apiKeys.set(made.id, made);
    createdKeys.push(made);
    return { id: made.id, name: made.name, value, enabled: true, createdDate: made.createdDate };
  });
  apiGateway.on(CreateUsagePlanKeyCommand).callsFake(async (input, getClient) => {
    const region = await regionOf(getClient);
    if (refuse.attach) {
      refuse.attach = false;
      throw Object.assign(new Error('User is not authorized to perform: apigateway:POST'), {
        name: 'AccessDeniedException',
      });
    }
    if (input.usagePlanId !== planOf(region)) throw new NotFoundException({ message: 'Invalid Usage Plan', ...meta });
    if (input.keyType !== 'API_KEY') throw new BadRequestException({ message: 'keyType must be API_KEY', ...meta });
    const k = key(input.keyId, region);
    k.plans.add(input.usagePlanId);
    return { id: k.id, name: k.name, type: 'API_KEY' };
  });
  apiGateway.on(GetApiKeysCommand).callsFake(async (input, getClient) => {
    const all = inRegion(await regionOf(getClient)).filter((k) => k.name.startsWith(input.nameQuery ?? ''));
    // Two per page here, so paging is exercised; values only when asked (includeValues).
    const start = Number(input.position ?? 0);
    const next = start + 2;
    return {
      items: all.slice(start, next).map((k) => ({
        id: k.id,
        name: k.name,
        enabled: true,
        createdDate: k.createdDate,
        ...(input.includeValues ? { value: k.value } : {}),
      })),
      ...(next < all.length ? { position: String(next) } : {}),
    };
  });
  apiGateway.on(DeleteApiKeyCommand).callsFake(async (input, getClient) => {
    apiKeys.delete(key(input.apiKey, await regionOf(getClient)).id);
    return {};
  });

  return {
    apiKeys,
    createdKeys,
    refuse,
    apiGateway,
    /** Whether the region's plan holds a key of the region with this value (its API Gateway lets it through). */
    admits(value: string, region = 'us-east-1'): boolean {
      const plan = planOf(region);
      return inRegion(region).some((k) => k.value === value && plan !== undefined && k.plans.has(plan));
    },
    /** A key made as an earlier run (or a client's deploy) would have made it, in this region. */
    addApiKey(name: string, region = 'us-east-1'): FakeApiKey {
      const made: FakeApiKey = {
        id: randomUUID().slice(0, 10),
        name,
        value: randomUUID(),
        createdDate: new Date(),
        region,
        plans: new Set(),
      };
      apiKeys.set(made.id, made);
      return made;
    },
  };
}
