// Who may call an operation, as the spec says it: each secured operation's `x-authorization`
// and the Cognito groups the security schemes declare (`x-groups`). One parser, read by
// `npm run generate` (its checks, generated/operations.ts, the docs line) and by the tests.
import { isObject, type Json, type JsonObject, type OpenApiDocument, operationsOf } from './openapiDocument.js';

/** One way to be let in; any one rule of an operation suffices. */
export type AuthorizationRule =
  | { rule: 'any-caller' }
  | { rule: 'group'; group: string }
  | { rule: 'self'; parameter: string };

export interface AuthorizationPolicy {
  allow: AuthorizationRule[];
  /** The 403 problem's detail when no rule lets the caller in; null when every caller is let in. */
  refusal: string | null;
}

/** What a policy is checked against: the operation it belongs to. */
export interface PolicyContext {
  operationId: string;
  method: string;
  path: string;
  secured: boolean;
  /** Names of the operation's path parameters (the path item's and its own). */
  pathParameters: readonly string[];
  /** Every group the security schemes declare in `x-groups`. */
  groups: readonly string[];
}

export const AUTHORIZATION = 'x-authorization';
export const GROUPS = 'x-groups';
const RULE_FORMS = 'any-caller, group:<name> or self:<pathParameter>';
// Groups reach the function comma- or space-separated (src/http/caller.ts): names have neither.
const GROUP_NAME = /^[^\s,[\]]{1,128}$/;

const operationName = (ctx: PolicyContext) => `${ctx.operationId} (${ctx.method.toUpperCase()} ${ctx.path})`;
const listed = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join(', '));

/** The problems of one security scheme's `x-groups` (absent is fine: no groups). */
export function groupsProblems(value: Json | undefined): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [`${GROUPS} must be a list of group names, e.g. [admins]`];
  return value.flatMap((name) =>
    typeof name === 'string' && GROUP_NAME.test(name)
      ? []
      : [`${GROUPS}: ${JSON.stringify(name)} is not a group name (1-128 characters, no spaces, commas or brackets)`],
  );
}

/** Every group the document's security schemes declare, in their order. */
export function securityGroupsOf(doc: JsonObject): string[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const groups = Object.values(schemes).flatMap((scheme) =>
    isObject(scheme) && Array.isArray(scheme[GROUPS]) ? scheme[GROUPS].filter((g) => typeof g === 'string') : [],
  );
  return [...new Set(groups)];
}

function parseRule(text: string, ctx: PolicyContext): AuthorizationRule | string {
  if (text === 'any-caller') return { rule: 'any-caller' };
  const [kind, name] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'group' && name) {
    if (ctx.groups.includes(name)) return { rule: 'group', group: name };
    return `unknown group "${name}" in ${text}; the security schemes declare ${GROUPS}: ${listed(ctx.groups)}`;
  }
  if (kind === 'self' && name) {
    if (ctx.pathParameters.includes(name)) return { rule: 'self', parameter: name };
    return `${text} names no path parameter of ${ctx.method.toUpperCase()} ${ctx.path} (its path parameters: ${listed(ctx.pathParameters)})`;
  }
  return `unknown rule ${JSON.stringify(text)}: use ${RULE_FORMS}`;
}

/** The 403 detail: "This needs the admins group, or to be the user concerned." */
function refusalOf(allow: readonly AuthorizationRule[]): string | null {
  if (allow.some((r) => r.rule === 'any-caller')) return null;
  const needs = allow.map((r) => (r.rule === 'group' ? `the ${r.group} group` : 'to be the user concerned'));
  return `This needs ${[...new Set(needs)].join(', or ')}.`;
}

/**
 * `value` (an operation's x-authorization) read against its operation: the policy, or one
 * sentence per problem, each naming the operation. A public operation has no policy.
 */
export function readAuthorization(
  value: Json | undefined,
  ctx: PolicyContext,
): { policy: AuthorizationPolicy | null; problems: string[] } {
  const where = operationName(ctx);
  if (!ctx.secured) {
    const problems =
      value === undefined
        ? []
        : [`${where}: ${AUTHORIZATION} on a public operation (no security requirement) lets everyone in: remove it`];
    return { policy: null, problems };
  }
  if (value === undefined) {
    const hint = `e.g. ${AUTHORIZATION}: { allow: [any-caller] }`;
    return { policy: null, problems: [`${where}: a secured operation must say who may call it in ${hint}`] };
  }
  const allow = isObject(value) ? value.allow : undefined;
  const extra = isObject(value) ? Object.keys(value).filter((key) => key !== 'allow') : [];
  if (!Array.isArray(allow) || allow.length === 0 || extra.length > 0) {
    return {
      policy: null,
      problems: [`${where}: ${AUTHORIZATION} must be { allow: [rule, ...] } with rules ${RULE_FORMS}`],
    };
  }
  const rules: AuthorizationRule[] = [];
  const problems: string[] = [];
  for (const item of allow) {
    const parsed =
      typeof item === 'string' ? parseRule(item, ctx) : `a rule must be a string, not ${JSON.stringify(item)}`;
    if (typeof parsed === 'string') problems.push(`${where}: ${parsed}`);
    else rules.push(parsed);
  }
  if (rules.length > 1 && rules.some((r) => r.rule === 'any-caller')) {
    problems.push(`${where}: any-caller lets every authenticated caller in, so the other rules add nothing: keep one`);
  }
  return problems.length > 0
    ? { policy: null, problems }
    : { policy: { allow: rules, refusal: refusalOf(rules) }, problems };
}

/** "Who may call" for the docs page, in words. */
export function whoMayCall(policy: AuthorizationPolicy | null): string {
  if (policy === null) return 'anyone, without a token.';
  if (policy.refusal === null) return 'any authenticated caller.';
  const who = policy.allow.map((r) =>
    r.rule === 'group'
      ? `members of the \`${r.group}\` group`
      : r.rule === 'self'
        ? `the user whose \`sub\` is the \`${r.parameter}\` in the path`
        : 'any authenticated caller',
  );
  return `${who.join(', or ')}.`;
}

/**
 * The policy of every operation of a bundled document, by operationId (null when public), and
 * one line per problem of every operation's policy and of the schemes' x-groups.
 */
export function readAuthorizationPolicies(doc: OpenApiDocument): {
  policies: Record<string, AuthorizationPolicy | null>;
  problems: string[];
} {
  const groups = securityGroupsOf(doc);
  const problems = groupsProblemsOf(doc);
  const policies: Record<string, AuthorizationPolicy | null> = {};
  for (const { operationId, method, path, operation, parameters, secured } of operationsOf(doc)) {
    const pathParameters = parameters.filter((p) => p.in === 'path').map((p) => String(p.name));
    const ctx = { operationId, method, path, secured, pathParameters, groups };
    const read = readAuthorization(operation[AUTHORIZATION], ctx);
    policies[operationId] = read.policy;
    problems.push(...read.problems);
  }
  return { policies, problems };
}

/** The problems of every security scheme's x-groups, each naming its scheme. */
function groupsProblemsOf(doc: JsonObject): string[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, scheme]) =>
    isObject(scheme) ? groupsProblems(scheme[GROUPS]).map((problem) => `securityScheme ${name}: ${problem}`) : [],
  );
}
