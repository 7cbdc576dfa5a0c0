// The fixture most e2e files share: dist/ served on 127.0.0.1 and one Chromium for the whole
// file (launching it is the slow part; each test opens its own context), plus a page runner that
// fails the test on any page error, console error, foreign request or CSP violation.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, watch, cspViolations } from './browser.mjs';
import fs from 'node:fs';

export const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');

// The site step's hashed assets (src/site/assets.rs), as the tests expect them: the files a
// page loads, each at assets/<stem>.<10 hex digits of its SHA-256>.<ext>; the stylesheets are one
// file (src/site/assets.rs, merge_stylesheets).
export const ASSETS = 'assets';
export const HASHED = ['sichuan-reform_bg.wasm', 'sichuan-reform.js', 'loader.js', 'early.js', 'style.css'];

/** The plain name of a file, hashed or not: "assets/style.0123456789.css" gives "style.css". */
export const logicalName = (file) => path.posix.basename(file).replace(/\.[0-9a-f]{10}(\.[^.]+)$/, '$1');

/** Where the file of that plain name is in dist/ now: assets/ holds it under a content hash. */
export function asset(logical, root = DIST) {
  if (fs.existsSync(path.join(root, logical))) return logical;
  const dir = path.join(root, ASSETS);
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f !== logical && logicalName(f) === logical) : [];
  if (found.length !== 1) throw new Error(`${logical}: expected one file in ${root} or ${root}/${ASSETS}, found ${found.length}`);
  return `${ASSETS}/${found[0]}`;
}

/** Registers the file's before/after hooks; `site.server` and `site.browser` exist once they ran. */
export function servedDist() {
  const site = {};
  before(async () => {
    [site.server, site.browser] = await Promise.all([serve(DIST), launch()]);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  /** Opens `query` hydrated in a fresh context, runs `run(page)`, then checks the page stayed clean. */
  site.withPage = async (options, run, query = '') => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
    try {
      const page = await context.newPage();
      const seen = await watch(page, site.server.url);
      await page.goto(site.server.url + query, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await run(page);
      await assertClean(page, seen);
    } finally {
      await context.close();
    }
  };
  return site;
}

/** No page error, console error, foreign request or CSP violation was seen. */
export async function assertClean(page, seen) {
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreignRequests, []);
  assert.deepEqual(await cspViolations(page), []);
}
