// The custom domain (`-c apiDomain=… -c hostedZoneId=… -c hostedZoneName=…`) and multi-region
// (`-c regions=home,other,…`) options, parsed and validated in one place; plain data, no aws-cdk-lib.
import { REGION_NAME } from '../src/lambda/environment.js';
import { refuseOption } from './deployOptionError.js';

/** The API's own name, in a Route 53 public hosted zone of the account. */
export interface ApiDomainOptions {
  /** e.g. api.example.com: in the zone, or the zone's apex. */
  readonly name: string;
  readonly hostedZoneId: string;
  /** e.g. example.com */
  readonly hostedZoneName: string;
}

/** Where a multi-region stage runs: the home region takes every write (docs/multi-region.md). */
export interface MultiRegionOptions {
  readonly home: string;
  /** Every region, the home region first. */
  readonly regions: readonly string[];
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// Route 53 hosted zone ids: a Z and upper-case letters and digits.
const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,31}$/;

/** The custom domain from its three context values: all three or none. */
export function apiDomainOf(values: {
  apiDomain?: string | undefined;
  hostedZoneId?: string | undefined;
  hostedZoneName?: string | undefined;
}): ApiDomainOptions | undefined {
  const { apiDomain, hostedZoneId, hostedZoneName } = values;
  const given = [apiDomain, hostedZoneId, hostedZoneName].filter((v) => v !== undefined).length;
  if (given === 0) return undefined;
  if (given !== 3 || !apiDomain || !hostedZoneId || !hostedZoneName) {
    const [option, value] = (Object.entries({ apiDomain, hostedZoneId, hostedZoneName }).find(([, v]) => v) ?? []) as [
      string,
      string,
    ];
    throw refuseOption(
      option,
      value,
      'apiDomain, hostedZoneId and hostedZoneName go together: give all three (-c apiDomain=api.example.com -c hostedZoneId=Z… -c hostedZoneName=example.com) or none',
    );
  }
  const name = apiDomain.toLowerCase().replace(/\.$/, '');
  const zone = hostedZoneName.toLowerCase().replace(/\.$/, '');
  if (!DOMAIN.test(name))
    throw refuseOption('apiDomain', apiDomain, 'apiDomain must be a DNS name like api.example.com');
  if (!DOMAIN.test(zone))
    throw refuseOption('hostedZoneName', hostedZoneName, 'hostedZoneName must be a DNS name like example.com');
  if (name !== zone && !name.endsWith(`.${zone}`)) {
    throw refuseOption(
      'apiDomain',
      apiDomain,
      `apiDomain ${name} is not in the hosted zone ${zone}; use a name under ${zone}`,
    );
  }
  if (!HOSTED_ZONE_ID.test(hostedZoneId)) {
    throw refuseOption(
      'hostedZoneId',
      hostedZoneId,
      'hostedZoneId must be a Route 53 zone id like Z0123456789ABCDEFGHIJ (the Route 53 console lists it)',
    );
  }
  return { name, hostedZoneId, hostedZoneName: zone };
}

/** The regions from `-c regions=us-east-1,eu-west-1`: two or more, distinct, the first the home region. */
export function multiRegionOf(
  list: string | undefined,
  domain: ApiDomainOptions | undefined,
): MultiRegionOptions | undefined {
  if (list === undefined) return undefined;
  const regions = list
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = regions.filter((r) => !REGION_NAME.test(r));
  if (bad.length > 0)
    throw refuseOption('regions', list, `regions must be AWS region names like us-east-1: ${bad.join(', ')}`);
  if (new Set(regions).size !== regions.length)
    throw refuseOption('regions', list, 'regions lists a region twice; give each once');
  if (regions.length < 2) {
    throw refuseOption(
      'regions',
      list,
      'regions needs two or more regions (the first is the home region), e.g. -c regions=us-east-1,eu-west-1',
    );
  }
  if (!domain) {
    throw refuseOption(
      'regions',
      list,
      'regions needs the custom domain (latency routing needs one name): add -c apiDomain=api.example.com -c hostedZoneId=Z… -c hostedZoneName=example.com (docs/multi-region.md)',
    );
  }
  return { home: regions[0] as string, regions };
}

/** The stack of one region other than the home region. */
export const regionalStackName = (homeStackName: string, region: string) => `${homeStackName}-${region}`;
/** Fixed in multi-region stages, so every region finds its replica (and the secret) by name. */
export const globalTableName = (stage: string) => `users-api-${stage}`;
export const cursorSecretName = (stage: string) => `users-api-${stage}/cursor-secret`;
/** A client's API key value in a multi-region stage (infra/constructs/usagePlans.ts). */
export const apiKeySecretName = (stage: string, client: string) => `users-api-${stage}/api-key/${client}`;
