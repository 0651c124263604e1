// The docs page's Content-Security-Policy in one place: the meta tag of docs/template.hbs,
// which every built page carries; CloudFront sends the same string as a header (docsSite.ts).
import { readFileSync } from 'node:fs';

export const docsTemplatePath = new URL('../../docs/template.hbs', import.meta.url);

/** The `content` of the template's Content-Security-Policy meta tag. */
export function contentSecurityPolicyOf(template: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(template);
  if (!match?.[1]) throw new Error('docs/template.hbs has no Content-Security-Policy meta tag');
  return match[1];
}

export const docsContentSecurityPolicy = (): string => contentSecurityPolicyOf(readFileSync(docsTemplatePath, 'utf8'));
