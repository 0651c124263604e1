// The custom domain and multi-region options are refused, with a message that names the fix,
// unless they are complete and well-formed; the first region listed is the home region.
import { describe, expect, it } from 'vitest';
import { apiDomainOf, multiRegionOf } from '../../infra/regions.js';

const domain = { apiDomain: 'api.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };

describe('apiDomainOf', () => {
  it('is undefined when none of the three is given', () => {
    expect(apiDomainOf({})).toBeUndefined();
  });

  it('reads all three, lower-cased and without a trailing dot', () => {
    expect(apiDomainOf({ ...domain, apiDomain: 'API.Example.com.', hostedZoneName: 'example.com.' })).toEqual({
      name: 'api.example.com',
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      hostedZoneName: 'example.com',
    });
  });

  it('accepts the zone apex itself', () => {
    expect(apiDomainOf({ ...domain, apiDomain: 'example.com' })?.name).toBe('example.com');
  });

  it.each([
    [{ apiDomain: 'api.example.com' }],
    [{ apiDomain: 'api.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ' }],
    [{ hostedZoneName: 'example.com' }],
  ])('refuses a partial set %j', (partial) => {
    expect(() => apiDomainOf(partial)).toThrow('apiDomain, hostedZoneId and hostedZoneName go together');
  });

  it('refuses a domain outside the hosted zone', () => {
    expect(() => apiDomainOf({ ...domain, apiDomain: 'api.example.org' })).toThrow(
      'apiDomain api.example.org is not in the hosted zone example.com',
    );
    expect(() => apiDomainOf({ ...domain, apiDomain: 'api.notexample.com' })).toThrow('is not in the hosted zone');
  });

  it('refuses names that are not DNS names, and zone ids Route 53 would not issue', () => {
    expect(() => apiDomainOf({ ...domain, apiDomain: 'https://api.example.com' })).toThrow('apiDomain must be');
    expect(() => apiDomainOf({ ...domain, apiDomain: 'api_1.example.com' })).toThrow('apiDomain must be');
    expect(() => apiDomainOf({ ...domain, hostedZoneName: 'localhost' })).toThrow('hostedZoneName must be');
    expect(() => apiDomainOf({ ...domain, hostedZoneId: 'z0123' })).toThrow('hostedZoneId must be');
    expect(() => apiDomainOf({ ...domain, hostedZoneId: '/hostedzone/Z0123' })).toThrow('hostedZoneId must be');
  });
});

describe('multiRegionOf', () => {
  const withDomain = apiDomainOf(domain);

  it('is undefined without the option', () => {
    expect(multiRegionOf(undefined, withDomain)).toBeUndefined();
  });

  it('makes the first region the home region and keeps the order', () => {
    expect(multiRegionOf('eu-west-1, us-east-1,ap-southeast-2', withDomain)).toEqual({
      home: 'eu-west-1',
      regions: ['eu-west-1', 'us-east-1', 'ap-southeast-2'],
    });
  });

  it('refuses names that are not AWS regions', () => {
    expect(() => multiRegionOf('us-east-1,europe', withDomain)).toThrow(
      'regions must be AWS region names like us-east-1: europe',
    );
    expect(() => multiRegionOf('us-east-1,EU-WEST-1', withDomain)).toThrow('EU-WEST-1');
  });

  it('refuses one region, and a region listed twice', () => {
    expect(() => multiRegionOf('us-east-1', withDomain)).toThrow('regions needs two or more regions');
    expect(() => multiRegionOf('us-east-1,eu-west-1,us-east-1', withDomain)).toThrow('lists a region twice');
  });

  it('refuses multi-region without the custom domain: latency routing needs one name', () => {
    expect(() => multiRegionOf('us-east-1,eu-west-1', undefined)).toThrow(/regions needs the custom domain/);
  });
});
