// Offline: the service worker written by the site step (src/site/host.rs) precaches dist/, so
// after one visit the explainer (any ?view) opens and works with no network; a new deploy gets a
// new cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, watch, cspViolations, control } from './browser.mjs';
import { onDemand } from '../../scripts/size.mjs';
import { assertClean, asset } from './site.mjs';
import { hydrated, chartTooltip, timelineKeyboard } from './interact.mjs';
import { isCrawlerOnly } from '../../scripts/share-files.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
// The site step's finishing half (src/site.rs, `site finish DIR`), as `make build` left it.
const SITE = path.join(REPO_ROOT, 'target/debug/site');
// Generated after the list, or never served (_headers is the host's configuration).
const GENERATED = ['sw.js', 'sichuan-reform-explainer.html', '_headers'];
let server;
let browser;
const temps = [];

before(async () => {
  [server, browser] = await Promise.all([serve(DIST), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all(temps.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A copy of dist/ to change and rebuild without touching the real one. */
async function distCopy() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sichuan-dist-'));
  temps.push(dir);
  await fs.cp(DIST, dir, { recursive: true });
  return dir;
}

const PATH = `${path.join(REPO_ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`;
const postbuild = (dir) => execFileSync(SITE, ['finish', dir], { encoding: 'utf8', env: { ...process.env, PATH } });

/** VERSION and FILES of a generated sw.js. */
async function swManifest(dir) {
  const sw = await fs.readFile(path.join(dir, 'sw.js'), 'utf8');
  return {
    // sw.js is minified: `const VERSION="…"`, its top-level names kept (a classic script).
    version: JSON.parse(sw.match(/const VERSION ?= ?(".*?")[;,]/)[1]),
    files: JSON.parse(sw.match(/(?:const |,)FILES ?= ?(\[.*?\])[;,]/)[1]),
  };
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out.sort();
}

/** Waits until the page is controlled by an active service worker, reloading once if needed. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const ok = await page
    .waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 })
    .then(() => true, () => false);
  if (!ok) {
    await page.reload();
    await hydrated(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 });
  }
}

test('site step: sw.js lists every file of dist/ a visit uses; its cache version follows the contents', async () => {
  const { version, files } = await swManifest(DIST);
  // The precompressed copies are the same files: a host picks one by Accept-Encoding. The view
  // pages, share images, sitemap and robots.txt are for crawlers (scripts/share-files.mjs
  // restates which, so this compares it with what the site step precaches;
  // tests/e2e/share.test.mjs checks them).
  const expected = (await listFiles(DIST)).filter((f) => !GENERATED.includes(f) && !/\.(br|gz)$/.test(f) && !isCrawlerOnly(f));
  assert.deepEqual(files, ['./', ...expected]);
  assert.match(version, /^[0-9a-f]{16}$/);

  const copy = await distCopy();
  postbuild(copy);
  assert.equal((await swManifest(copy)).version, version, 'same contents, same version');
  const css = asset('style.css', copy);
  await fs.appendFile(path.join(copy, css), '\n/* a new deploy */\n');
  postbuild(copy);
  assert.notEqual((await swManifest(copy)).version, version, 'changed contents, new version');
  // The changed stylesheet has a new name (its content hash), which the page names; the old one
  // is gone.
  const renamed = asset('style.css', copy);
  assert.notEqual(renamed, css, 'a changed file gets a new name');
  assert.ok((await fs.readFile(path.join(copy, 'index.html'), 'utf8')).includes(renamed), 'the page names the new file');
  await assert.rejects(fs.stat(path.join(copy, css)), 'the old name is gone');
});

test('offline: after one visit, a reload with no network shows, hydrates and works (any query)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const seen = await watch(page, server.url);
    await page.goto(server.url, { waitUntil: 'load' });
    await hydrated(page);
    await controlled(page);
    const { files } = await swManifest(DIST);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]);
      return { keys, urls: (await cache.keys()).map((r) => r.url) };
    });
    assert.equal(cached.keys.length, 1, `one cache: ${cached.keys}`);
    const later = [...onDemand(DIST)];
    assert.ok(later.includes('sichuan-reform-figures.csv'), `the data downloads are on demand: ${later}`);
    const precached = files.filter((f) => !later.includes(f));
    assert.deepEqual(cached.urls.sort(), precached.map((f) => new URL(f, server.url).href).sort(), 'every file precached but the downloads');

    // A data download is cached when first asked for (online), then works offline.
    const csv = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), control(page, 'Download CSV').click()]);
      return fs.readFile(await file.path(), 'utf8');
    };
    const online = await csv();

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await hydrated(page);
    assert.ok((await page.locator('li.card[data-figure-id]').count()) >= 6, 'figure cards offline');
    assert.equal(await page.locator('#app-notice').isVisible(), false, 'no fallback notice offline');
    await chartTooltip(page);
    await timelineKeyboard(page);
    assert.equal(await csv(), online, 'the CSV downloads offline, as it did online');

    // Navigations ignore the query string: every linked or embedded view opens offline.
    for (const query of ['?embed=timeline', 'index.html?tables=mianyang-share&swjtu=per-year']) {
      await page.goto(server.url + query, { waitUntil: 'load' });
      await hydrated(page);
    }
    await page.locator('#chart-mianyang-share tbody tr').first().waitFor({ state: 'visible', timeout: 5_000 });

    assert.deepEqual(seen.failedRequests, []);
    await assertClean(page, seen);
  } finally {
    await context.close();
  }
});

test('a new deploy replaces the cache: the old one is deleted when the new worker activates', async () => {
  const copy = await distCopy();
  const site = await serve(copy);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    await hydrated(page);
    await controlled(page);
    const old = await page.evaluate(() => caches.keys());
    assert.equal(old.length, 1);

    await fs.appendFile(path.join(copy, asset('style.css', copy)), '\n/* a new deploy */\n');
    postbuild(copy);
    const css = asset('style.css', copy);
    const { version } = await swManifest(copy);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    // Polled with evaluate: waitForFunction takes the promise this check returns as truthy at once.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const keys = await page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0].endsWith(':' + version)) break;
      assert.ok(Date.now() < deadline, `the old cache was not replaced: ${JSON.stringify(keys)}`);
      await page.waitForTimeout(200);
    }
    // The new cache holds the new deploy's files (read straight from it: what the renderer's own
    // memory cache kept of the old page says nothing about the worker).
    const cached = await page.evaluate(async (name) => {
      const [key] = await caches.keys();
      const hit = await (await caches.open(key)).match(name);
      return hit ? hit.text() : '';
    }, css);
    assert.match(cached, /a new deploy/);
    // And a reloaded page still starts, served by the new worker.
    await page.reload({ waitUntil: 'load' });
    await hydrated(page);
    const served = await page.evaluate((name) => fetch(name, { cache: 'no-store' }).then((r) => r.text()), css);
    assert.match(served, /a new deploy/);
  } finally {
    await context.close();
    await site.close();
  }
});
