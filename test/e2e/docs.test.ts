// The built API docs in a real browser with the network closed: every operation
// of the spec shows its summary, and the page asks nothing of the network, whether
// opened as a file or served by the local gateway at /docs.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf, readBundledSpec } from '../../src/codegen/openapiDocument.js';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { launchChromium, localFileOnly, loopbackOnly, openWithNetworkClosed } from './browser.js';

const root = resolve(import.meta.dirname, '../..');
const docsFile = resolve(root, 'docs/index.html');
const screenshots = resolve(root, 'test-output');

/** Each tag's operation summaries, in the spec's order: what the page must show. */
const summariesByTag = new Map<string, string[]>();
const spec = readBundledSpec();
// Redoc shows the operations in the order the document lists them, methods included.
const place = ({ path, method }: { path: string; method: string }) =>
  Object.keys(spec.paths).indexOf(path) * 100 + Object.keys(spec.paths[path] as object).indexOf(method);
const inDocumentOrder = operationsOf(spec).sort((a, b) => place(a) - place(b));
for (const { operation } of inDocumentOrder) {
  if (typeof operation.summary !== 'string') continue;
  const tag = Array.isArray(operation.tags) && typeof operation.tags[0] === 'string' ? operation.tags[0] : 'default';
  summariesByTag.set(tag, [...(summariesByTag.get(tag) ?? []), operation.summary]);
}
const allSummaries = [...summariesByTag.values()].flat();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens each tag in the sidebar, then each operation, and lists the summaries shown as headings. */
async function renderedSummaries(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const [tag, summaries] of summariesByTag) {
    await page.getByRole('link', { name: tag, exact: true }).first().click();
    for (const summary of summaries) {
      // The sidebar names an operation "<summary> <method>"; the page heads its section with the summary.
      await page
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(summary)}\\s`) })
        .first()
        .click();
      const heading = page.getByRole('heading', { level: 2, name: new RegExp(`${escapeRegExp(summary)}$`) }).first();
      const visible = await heading.waitFor({ state: 'visible', timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (visible) shown.push(summary);
    }
  }
  return shown;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the API docs page (docs/index.html)', () => {
  it('is one self-contained file built with telemetry off', () => {
    // Prepare
    const html = readFileSync(docsFile, 'utf8');
    // Act
    const externalTags = html.match(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//gi);
    // Assess
    expect(externalTags).toBeNull();
    const badgeFromCdn = html.includes('cdn.redoc.ly');
    expect(badgeFromCdn, "Redoc's badge logo, swapped for a local one (infra/docs/offlineBadge.ts)").toBe(false);
    expect(html).toContain('"disableTelemetry":true');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"\s+content="default-src 'none';/);
  });

  it('renders every operation summary from the file with the network closed', async () => {
    // Prepare
    const { page, blocked, errors } = await openWithNetworkClosed(browser, pathToFileURL(docsFile).href, localFileOnly);
    // Act
    const text = await page.locator('body').innerText(); // the overview, servers list included
    const shown = await renderedSummaries(page);
    await page.screenshot({ path: resolve(screenshots, 'docs.png') });
    // Assess
    expect(shown).toEqual(allSummaries);
    expect(text, 'a neutral local server, without markdown').toContain(
      '\nThe local gateway (npm start), local development only\nhttp://127.0.0.1:{port}\n',
    );
    expect(blocked, 'requests that would have left the machine').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows who may call a secured operation, from its x-authorization, under its description', async () => {
    // Prepare
    const { page, errors } = await openWithNetworkClosed(browser, pathToFileURL(docsFile).href, localFileOnly);
    // Act
    await page.getByRole('link', { name: 'Users', exact: true }).first().click();
    await page
      .getByRole('link', { name: /^Get a user\s/ })
      .first()
      .click();
    const line = page.getByText(/^Who may call: members of the admins group, or the user whose sub is/).first();
    await line.waitFor({ state: 'visible', timeout: 10_000 });
    // Assess
    expect(await line.textContent()).toBe(
      'Who may call: members of the admins group, or the user whose sub is the userId in the path.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the local gateway', () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('serves the spec at /openapi.json', async () => {
    // Act
    const response = await fetch(`${gateway.baseUrl}/openapi.json`);
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(spec);
  });

  it('serves the docs at /docs, which render with only the gateway reachable', async () => {
    // Prepare
    const { page, blocked, errors } = await openWithNetworkClosed(browser, `${gateway.baseUrl}/docs`, loopbackOnly);
    // Act
    const text = await page.locator('body').innerText(); // the overview, servers list included
    const shown = await renderedSummaries(page);
    await page.screenshot({ path: resolve(screenshots, 'docs-gateway.png') });
    // Assess
    expect(shown).toEqual(allSummaries);
    expect(text, 'the servers list names the running gateway').toContain(
      `\nThe local gateway (npm start), local development only\n${gateway.baseUrl}\n`,
    );
    expect(text).not.toContain('{port}');
    expect(text, 'server descriptions are plain text').not.toContain('`');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
