// The x-authorization parser (src/codegen/authorization.ts) refuses every policy it cannot
// compile, one sentence per problem naming the operation, and reads the good ones.
import { describe, expect, it } from 'vitest';
import { readAuthorizationPolicies } from '../../../src/codegen/authorization.js';
import type { Json, JsonObject, OpenApiDocument } from '../../../src/codegen/openapiDocument.js';

const RULES = 'any-caller, group:<name> or self:<pathParameter>';
const GET_USER = 'getUser (GET /users/{userId})';

/** A one-path spec whose GET has `authorization` (absent when undefined), secured unless `secured` is false. */
function spec(authorization: Json | undefined, options: { secured?: boolean; groups?: Json } = {}): OpenApiDocument {
  const get: JsonObject = {
    operationId: 'getUser',
    security: options.secured === false ? [] : [{ bearerAuth: [] }],
    responses: { '200': { description: 'The user.' } },
  };
  if (authorization !== undefined) get['x-authorization'] = authorization;
  return {
    openapi: '3.0.3',
    info: { title: 'Users', version: '1.0.0' },
    paths: {
      '/users/{userId}': {
        parameters: [{ name: 'userId', in: 'path', required: true, schema: { type: 'string' } }],
        get,
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', 'x-groups': options.groups ?? ['admins'] },
      },
    },
  };
}

const problemsOf = (doc: OpenApiDocument) => readAuthorizationPolicies(doc).problems;

describe('readAuthorizationPolicies', () => {
  it('compiles group and self rules into the policy and the 403 detail', () => {
    const { policies, problems } = readAuthorizationPolicies(spec({ allow: ['group:admins', 'self:userId'] }));

    expect(problems).toEqual([]);
    expect(policies).toEqual({
      getUser: {
        allow: [
          { rule: 'group', group: 'admins' },
          { rule: 'self', parameter: 'userId' },
        ],
        refusal: 'This needs the admins group, or to be the user concerned.',
      },
    });
  });

  it('refuses an unknown rule', () => {
    expect(problemsOf(spec({ allow: ['owner'] }))).toEqual([`${GET_USER}: unknown rule "owner": use ${RULES}`]);
  });

  it('refuses a rule kind without a name', () => {
    expect(problemsOf(spec({ allow: ['group:'] }))).toEqual([`${GET_USER}: unknown rule "group:": use ${RULES}`]);
  });

  it('refuses a group the security schemes do not declare in x-groups', () => {
    expect(problemsOf(spec({ allow: ['group:editors'] }))).toEqual([
      `${GET_USER}: unknown group "editors" in group:editors; the security schemes declare x-groups: admins`,
    ]);
    expect(problemsOf(spec({ allow: ['group:admins'] }, { groups: [] }))).toEqual([
      `${GET_USER}: unknown group "admins" in group:admins; the security schemes declare x-groups: none`,
    ]);
  });

  it('refuses self: naming no path parameter of the operation', () => {
    expect(problemsOf(spec({ allow: ['self:id'] }))).toEqual([
      `${GET_USER}: self:id names no path parameter of GET /users/{userId} (its path parameters: userId)`,
    ]);
  });

  it('refuses a secured operation without a policy', () => {
    expect(problemsOf(spec(undefined))).toEqual([
      `${GET_USER}: a secured operation must say who may call it in e.g. x-authorization: { allow: [any-caller] }`,
    ]);
  });

  it('refuses a policy on a public operation', () => {
    expect(problemsOf(spec({ allow: ['any-caller'] }, { secured: false }))).toEqual([
      `${GET_USER}: x-authorization on a public operation (no security requirement) lets everyone in: remove it`,
    ]);
  });

  it('refuses any-caller mixed with other rules', () => {
    expect(problemsOf(spec({ allow: ['any-caller', 'group:admins'] }))).toEqual([
      `${GET_USER}: any-caller lets every authenticated caller in, so the other rules add nothing: keep one`,
    ]);
  });

  it.each([
    ['an empty allow', { allow: [] }],
    ['a list instead of { allow }', ['any-caller']],
    ['a key besides allow', { allow: ['any-caller'], deny: ['group:admins'] }],
  ])('refuses %s', (_, value) => {
    expect(problemsOf(spec(value))).toEqual([
      `${GET_USER}: x-authorization must be { allow: [rule, ...] } with rules ${RULES}`,
    ]);
  });

  it('refuses a rule that is not a string', () => {
    expect(problemsOf(spec({ allow: [{ group: 'admins' }] }))).toEqual([
      `${GET_USER}: a rule must be a string, not {"group":"admins"}`,
    ]);
  });

  it('refuses x-groups that are not group names, naming the scheme', () => {
    expect(problemsOf(spec({ allow: ['any-caller'] }, { groups: ['a b', 'ok'] }))).toEqual([
      'securityScheme bearerAuth: x-groups: "a b" is not a group name (1-128 characters, no spaces, commas or brackets)',
    ]);
    expect(problemsOf(spec({ allow: ['any-caller'] }, { groups: 'admins' }))).toEqual([
      'securityScheme bearerAuth: x-groups must be a list of group names, e.g. [admins]',
    ]);
  });

  it('lists every problem of a policy, not just the first', () => {
    expect(problemsOf(spec({ allow: ['owner', 'group:editors', 'self:id'] }))).toEqual([
      `${GET_USER}: unknown rule "owner": use ${RULES}`,
      `${GET_USER}: unknown group "editors" in group:editors; the security schemes declare x-groups: admins`,
      `${GET_USER}: self:id names no path parameter of GET /users/{userId} (its path parameters: userId)`,
    ]);
  });
});
