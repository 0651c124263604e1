// Headless Debian Chromium driven by playwright-core, with every request that
// leaves the machine (or the page itself) blocked and recorded.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No first-run, sync, update or background traffic: the browser itself stays off the network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Debian's launcher exports Google API keys, and Chromium then still looks up
  // accounts.google.com and update.googleapis.com (seen with strace). Resolving no
  // name but the loopback one stops every such lookup before it leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS });
}

export interface OfflinePage {
  page: Page;
  /** Every request the page tried that was not allowed, in order. */
  blocked: string[];
  /** Uncaught errors thrown in the page, and errors it logged (a CSP violation among them). */
  errors: string[];
}

/** Opens `url` in a fresh page where only requests that `allowed` accepts get through. */
export async function openWithNetworkClosed(
  browser: Browser,
  url: string,
  allowed: (url: URL) => boolean,
): Promise<OfflinePage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.route('**/*', async (route) => {
    const target = new URL(route.request().url());
    if (allowed(target)) return route.continue();
    blocked.push(target.href);
    return route.abort('internetdisconnected');
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, blocked, errors };
}

/** Only the page's own file and what it builds in memory. */
export const localFileOnly = (url: URL) => ['file:', 'data:', 'blob:'].includes(url.protocol);

/** Only the loopback server the page came from. */
export const loopbackOnly = (url: URL) =>
  ['data:', 'blob:'].includes(url.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
