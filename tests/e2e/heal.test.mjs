// The offline copy heals: each kind of damage to the service worker's cache, done by hand, is
// repaired by one online visit, after which the explainer works offline again; and a damaged
// cache never serves a broken file while the network can give the right one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servedDist, DIST, asset } from './site.mjs';
import { hydrated } from './interact.mjs';

const site = servedDist();

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (let i = 0; i < 2; i++) {
    const ok = await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 }).then(() => true, () => false);
    if (ok) return;
    await page.reload();
    await hydrated(page);
  }
  assert.fail('the service worker never controlled the page');
}

/** Damage, by hand, to the one cache of the worker: run in the page. */
const DAMAGE = {
  'entries deleted': () => [asset('style.css'), asset('early.js'), 'icon.svg'],
  'a truncated wasm': () => [],
  'loader.js missing': () => [asset('loader.js')],
  'the ./ entry deleted': () => ['./'],
};

async function damage(page, kind) {
  await page.evaluate(async ({ kind, remove, wasm }) => {
    const [key] = await caches.keys();
    const cache = await caches.open(key);
    for (const url of remove) if (!(await cache.delete(url))) throw new Error(`no cache entry ${url}`);
    if (kind === 'a truncated wasm') {
      const res = await cache.match(wasm);
      const bytes = await res.arrayBuffer();
      await cache.put(wasm, new Response(bytes.slice(0, bytes.byteLength >> 1), { headers: res.headers }));
    }
  }, { kind, remove: DAMAGE[kind](), wasm: asset('sichuan-reform_bg.wasm') });
}

/** Every file of dist/ is in the cache with its full size (polled: repairs finish after load). */
async function whole(page) {
  const expected = {};
  for (const f of ['index.html', asset('style.css'), asset('early.js'), 'icon.svg', asset('loader.js'), asset('sichuan-reform_bg.wasm')]) {
    expected[f] = (await fs.stat(path.join(DIST, f))).size;
  }
  expected['./'] = expected['index.html'];
  const deadline = Date.now() + 10_000;
  for (;;) {
    const sizes = await page.evaluate(async (names) => {
      const [key] = await caches.keys();
      const cache = await caches.open(key);
      const out = {};
      for (const n of names) out[n] = (await (await cache.match(n))?.arrayBuffer())?.byteLength ?? null;
      return out;
    }, Object.keys(expected));
    if (JSON.stringify(sizes) === JSON.stringify(expected)) return;
    assert.ok(Date.now() < deadline, `the cache was not repaired: ${JSON.stringify(sizes)}, expected ${JSON.stringify(expected)}`);
    await page.waitForTimeout(200);
  }
}

for (const kind of Object.keys(DAMAGE)) {
  test(`${kind}: one online visit repairs the cache, then the explainer works offline`, async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(site.server.url, { waitUntil: 'load' });
      await hydrated(page);
      await controlled(page);
      await damage(page, kind);
      // One online visit: it must start normally (never a damaged file) and repair the cache.
      await page.reload({ waitUntil: 'load' });
      await hydrated(page);
      await whole(page);
      await context.setOffline(true);
      for (const query of ['', '?embed=timeline']) {
        await page.goto(site.server.url + query, { waitUntil: 'load' });
        await hydrated(page);
        assert.equal(await page.locator('#app-notice').isVisible(), false, `${query}: no notice offline`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('offline, with the ./ entry gone: the cached index.html answers the navigation', async () => {
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    await hydrated(page);
    await controlled(page);
    await damage(page, 'the ./ entry deleted');
    await context.setOffline(true);
    await page.goto(site.server.url + '?tables=mianyang-share', { waitUntil: 'load' });
    await hydrated(page);
    assert.ok((await page.locator('li.card[data-figure-id]').count()) >= 6);
  } finally {
    await context.close();
  }
});
