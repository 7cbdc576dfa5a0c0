// Two origins for the hardening tests of embedding (messages.test.mjs, frames.test.mjs): dist/
// on one port, the host-page fixtures on another, one Chromium for the file.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch } from './browser.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const FIXTURES = path.join(REPO_ROOT, 'tests/e2e/fixtures');

/** Registers the hooks; `hosts.explainer`, `hosts.host` and `hosts.browser` exist once they ran. */
export function twoOrigins(fixtures) {
  const hosts = {};
  let dir;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sichuan-hosts-'));
    await Promise.all(fixtures.map((f) => fs.copyFile(path.join(FIXTURES, f), path.join(dir, f))));
    [hosts.explainer, hosts.host, hosts.browser] = await Promise.all([serve(DIST), serve(dir), launch()]);
  });
  after(async () => {
    await hosts.browser?.close();
    await Promise.all([hosts.explainer?.close(), hosts.host?.close()]);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
  /** Opens fixture `file` with the explainer's base URL; collects errors of every frame. */
  hosts.open = async (context, file, width = 1000) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const errors = [];
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`console: ${msg.text()}`));
    await page.goto(`${hosts.host.url}${file}?explainer=${encodeURIComponent(hosts.explainer.url)}`);
    await page.waitForFunction(() => document.documentElement.dataset.built === 'true');
    return { page, errors };
  };
  return hosts;
}

/** The frame of iframe `selector`, once its explainer has hydrated (polled by timer: an
 * off-screen cross-origin frame gets no animation frames). */
export async function hydratedFrame(page, selector) {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = await handle.contentFrame();
    const live = frame && (await frame.evaluate(() => document.documentElement.dataset.hydrated === 'true').catch(() => false));
    if (live) return { handle, frame };
    assert.ok(Date.now() < deadline, `${selector}: the explainer did not hydrate`);
    await page.waitForTimeout(100);
  }
}

/** The iframe's height on the host page and the height of its content. */
export async function frameHeights({ handle, frame }) {
  return {
    host: await handle.evaluate((f) => parseFloat(getComputedStyle(f).height)),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  };
}
