// The build's precompressed copies (src/site/host.rs, `precompress`): a `.br` and a `.gz` next to
// every text and wasm file of dist/, each decoding to exactly that file; and the server serves
// them as nginx's brotli_static/gzip_static would, by the request's Accept-Encoding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './server.mjs';
import { DIST, asset } from './site.mjs';

const COMPRESSIBLE = /\.(html|js|css|wasm|svg|json|webmanifest|txt|xml|csv)$/;
const files = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.relative(DIST, path.join(dir, e.name))]);

test('every text and wasm file has a .br and a .gz copy that decodes to it', () => {
  const all = new Set(files(DIST));
  const originals = [...all].filter((f) => COMPRESSIBLE.test(f));
  assert.ok(originals.includes(asset('sichuan-reform_bg.wasm')) && originals.includes('index.html'));
  for (const file of originals) {
    const bytes = fs.readFileSync(path.join(DIST, file));
    for (const [ext, decode] of [['.br', zlib.brotliDecompressSync], ['.gz', zlib.gunzipSync]]) {
      assert.ok(all.has(file + ext), `${file}${ext} is missing`);
      assert.ok(decode(fs.readFileSync(path.join(DIST, file + ext))).equals(bytes), `${file}${ext} does not decode to ${file}`);
    }
  }
  // No copy of a copy, and no copy without its file.
  for (const file of all) if (/\.(br|gz)$/.test(file)) assert.ok(all.has(file.replace(/\.(br|gz)$/, '')), `${file} has no original`);
});

let server;
before(async () => {
  server = await serve(DIST);
});
after(() => server.close());

const get = (file, acceptEncoding) =>
  new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http.get(new URL(file, server.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

for (const [accept, encoding, ext] of [
  ['gzip, deflate, br, zstd', 'br', '.br'],
  ['gzip', 'gzip', '.gz'],
  ['br;q=0, gzip', 'gzip', '.gz'],
  ['identity', undefined, ''],
  [undefined, undefined, ''],
]) {
  test(`Accept-Encoding ${accept ?? '(none)'}: served ${encoding ?? 'as is'}`, async () => {
    for (const file of [asset('sichuan-reform_bg.wasm'), 'index.html']) {
      const res = await get(file, accept);
      assert.equal(res.headers['content-encoding'], encoding, file);
      assert.equal(res.headers.vary, 'Accept-Encoding', file);
      assert.ok(res.body.equals(fs.readFileSync(path.join(DIST, file + ext))), `${file}: the bytes of ${file}${ext}`);
    }
  });
}
