// A service's name (`orders-api`) and the spellings the kit writes it in: package, stack and
// table names (orders-api, OrdersApi), identifiers (ordersApi), titles and prose (Orders API).

/** Lowercase words joined by single hyphens: valid in every AWS name the stacks build from it. */
const pattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const maxLength = 40;

export interface ServiceName {
  readonly kebab: string;
  readonly pascal: string;
  readonly camel: string;
  /** `Orders API`: as in the spec's title. */
  readonly title: string;
  /** `orders API`: as in "the orders API". */
  readonly prose: string;
}

/** Why `name` cannot be a service name, in one sentence, or undefined when it can. */
export function serviceNameProblem(name: string): string | undefined {
  if (pattern.test(name) && name.length >= 3 && name.length <= maxLength) return undefined;
  return (
    `"${name}" is not a service name: use 3 to ${maxLength} lowercase letters, digits and single hyphens, ` +
    'starting with a letter (e.g. orders-api).'
  );
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function spellingsOf(kebab: string): ServiceName {
  const words = kebab.split('-');
  const pascal = words.map(capitalized).join('');
  const proseWord = (word: string) => (word === 'api' ? 'API' : word);
  return {
    kebab,
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    title: words.map((word) => (word === 'api' ? 'API' : capitalized(word))).join(' '),
    prose: words.map(proseWord).join(' '),
  };
}

/** Each spelling of `from` with its counterpart in `to`, longest first so none eats another. */
export function replacementsOf(from: ServiceName, to: ServiceName): [string, string][] {
  const keys = ['kebab', 'pascal', 'camel', 'title', 'prose'] as const;
  const pairs = keys.map((key): [string, string] => [from[key], to[key]]);
  return pairs
    .filter(([a, b], i) => a !== b && pairs.findIndex(([c]) => c === a) === i)
    .sort((a, b) => b[0].length - a[0].length);
}
