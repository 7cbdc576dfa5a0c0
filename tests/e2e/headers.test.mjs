// Ready for a CDN: content-hashed asset names (src/site/assets.rs) and the host configuration
// `dist/_headers` (src/site/host.rs), which the test server honours, so that every
// e2e test runs with the headers a deploy sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hostRules } from './server.mjs';
import { servedDist, DIST, ASSETS, HASHED, logicalName } from './site.mjs';
import { SINGLE } from '../../scripts/size.mjs';

const site = servedDist();
const files = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.relative(DIST, path.join(dir, e.name)).split(path.sep).join('/')]);
const served = files(DIST).filter((f) => !/\.(br|gz)$/.test(f) && f !== '_headers');
const pages = served.filter((f) => f.endsWith('.html') && f !== SINGLE);
const metaCsp = (file) => /http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]+)"|content="([^"]+)"[^>]*http-equiv=["']?Content-Security-Policy/i
  .exec(fs.readFileSync(path.join(DIST, file), 'utf8')).slice(1).find(Boolean);

test('assets/ holds each loaded file once, named by its content hash', () => {
  const assets = served.filter((f) => f.startsWith(`${ASSETS}/`));
  assert.deepEqual(assets.map(logicalName).sort(), [...HASHED].sort());
  for (const file of assets) {
    const hash = createHash('sha256').update(fs.readFileSync(path.join(DIST, file))).digest('hex').slice(0, 10);
    assert.match(file, new RegExp(`\\.${hash}\\.[a-z]+$`), `${file}: named by its content`);
  }
  for (const plain of HASHED) assert.ok(!served.includes(plain), `${plain} is only in assets/`);
});

test('_headers: one caching rule per URL; a year for assets/, revalidation for the rest; the CSP on every page', () => {
  const rules = hostRules(DIST);
  const urls = [...served.map((f) => `/${f}`), ...pages.filter((f) => f.endsWith('index.html')).map((f) => `/${f.slice(0, -'index.html'.length)}`)];
  for (const url of urls) {
    const matching = rules.filter((r) => r.pattern.test(url));
    for (const name of ['Cache-Control', 'Content-Security-Policy']) {
      assert.ok(matching.filter((r) => name in r.headers).length <= 1, `${url}: ${name} set by more than one rule (hosts join them)`);
    }
    const headers = Object.assign({}, ...matching.map((r) => r.headers));
    const file = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
    if (file.startsWith(`${ASSETS}/`)) assert.equal(headers['Cache-Control'], 'public, max-age=31536000, immutable', url);
    else assert.equal(headers['Cache-Control'], 'no-cache', url);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff', url);
    if (pages.includes(file)) {
      assert.equal(headers['Content-Security-Policy'], `${metaCsp(file)}; frame-ancestors *`, `${url}: the page's own policy, and who may frame it`);
    } else {
      // The single file allows its inline blocks by hash in its own meta: a header policy too
      // would block them.
      assert.equal(headers['Content-Security-Policy'], undefined, url);
    }
  }
});

test('the server sends what _headers says: immutable assets, a CSP header on the page, none on the single file', async () => {
  const get = async (url) => (await fetch(new URL(url, site.server.url))).headers;
  const asset = served.find((f) => f.startsWith(`${ASSETS}/`) && f.endsWith('.wasm'));
  assert.equal((await get(asset)).get('cache-control'), 'public, max-age=31536000, immutable');
  for (const url of ['', 'index.html']) {
    const headers = await get(url);
    assert.equal(headers.get('cache-control'), 'no-cache');
    assert.match(headers.get('content-security-policy'), /frame-ancestors \*$/);
  }
  assert.equal((await get('sw.js')).get('cache-control'), 'no-cache');
  assert.equal((await get(SINGLE)).get('content-security-policy'), null);
});
