// Browser helpers for the e2e tests: launch the system Chromium, watch a page
// for errors and foreign requests, run axe, take screenshots.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from './server.mjs';

const require = createRequire(import.meta.url);

// The machine has no internet, so Playwright's own browser download is never
// used: we drive Debian's Chromium. CHROMIUM_PATH allows overriding it locally.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags: no sandbox (we run as root in a container), no GPU, /tmp instead of a
// small /dev/shm, and nothing that phones home on its own (which would show up
// as noise, or as a foreign request, and slow startup).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * Start recording everything that should not happen on the page, and block
 * requests to any origin other than `origin` (the site must be self-contained:
 * no CDN, fonts, analytics). Call before page.goto.
 * Returns live arrays that the test inspects after the page settled.
 */
export async function watch(page, origin) {
  const own = new URL(origin).origin;
  const seen = {
    consoleErrors: [], // console errors/warnings that indicate a bug
    pageErrors: [], // uncaught exceptions
    foreignRequests: [], // requests to other origins (blocked)
    failedRequests: [], // requests that failed or got HTTP >= 400
  };

  page.on('console', (msg) => {
    const text = msg.text();
    // Errors always count; a hydration mismatch is often only a warning (or
    // even a log line) in Yew, so match on the text too, whatever the type.
    if (msg.type() === 'error' || /hydrat|mismatch/i.test(text)) {
      const loc = msg.location();
      seen.consoleErrors.push(`[${msg.type()}] ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => seen.pageErrors.push(String(err.stack ?? err)));
  page.on('requestfailed', (req) => {
    // Our own aborts of foreign requests are already reported separately.
    if (isForeign(req.url(), own)) return;
    seen.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) seen.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });

  // Abort foreign requests so a test never reaches out (there is no network
  // anyway; aborting makes it fast and deterministic) but record them.
  await page.route((url) => isForeign(url.href, own), (route) => {
    seen.foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  // CSP violations only surface as DOM events. Playwright injects init scripts
  // through CDP (Page.addScriptToEvaluateOnNewDocument), not as inline <script>
  // markup, so this listener is not itself blocked by a strict script-src.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });

  return seen;
}

/** The CSP violations recorded by the init script of watch(). */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? []);
}

function isForeign(href, own) {
  if (href.startsWith('data:') || href.startsWith('blob:') || href.startsWith('about:')) return false;
  try {
    return new URL(href).origin !== own;
  } catch {
    return true;
  }
}

let axeSource;

/**
 * Run axe-core on the page and return its violations, each summarised as
 * { id, impact, help, nodes: [{ target, html, summary }] }.
 * Injected with page.evaluate rather than page.addScriptTag: an inline
 * <script> is blocked by a strict CSP (script-src 'self'), while evaluate runs
 * through the DevTools protocol and is not subject to the page's CSP.
 */
export async function runAxe(page, options = { resultTypes: ['violations'] }) {
  axeSource ??= await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  // axe.min.js is a UMD bundle: evaluated as a script it sets window.axe.
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate((opts) => window.axe.run(document, opts).then((r) => r.violations), options);
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary })),
  }));
}

/** Human-readable text of axe violations, for assertion messages. */
export function formatAxe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`).join('\n'))
    .join('\n');
}

/** Full-page PNG to test-output/screenshots/<name>.png (gitignored). */
export async function screenshot(page, name) {
  const dir = path.join(REPO_ROOT, 'test-output', 'screenshots');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The first control named `name`: a button (chart exports, made in the browser) or a link (the
 * data downloads, files of dist/).
 */
export function control(page, name) {
  return page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
}
