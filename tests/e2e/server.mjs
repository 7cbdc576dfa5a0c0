// Tiny dependency-free static file server for the built site (dist/).
// Used by the browser tests and by hand: `node tests/e2e/server.mjs dist 8080`.
// It binds to 127.0.0.1 only: tests must never expose or reach anything else.
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Browsers need the right MIME type: WebAssembly.instantiateStreaming rejects
// anything but application/wasm, and module scripts reject non-JS types.
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

// Types worth compressing (binary images are already compressed).
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg)/;

/**
 * Serve `root` as a static site.
 * @param {string} root folder to serve
 * @param {{port?: number, gzip?: boolean, headers?: Record<string,string>}} opts
 *   port 0 picks a free port; a file's precompressed copy (.br, .gz) is served when the client
 *   accepts it; gzip compresses on the fly the files that have none;
 *   headers are added to every response (e.g. a CSP to mimic production).
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve(root, { port = 0, gzip = false, headers = {} } = {}) {
  const rootAbs = await fsp.realpath(path.resolve(root));
  const rules = hostRules(rootAbs);

  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, HEAD' });
      }
      const file = await resolveFile(rootAbs, req.url);
      if (file?.redirect) {
        // /guide -> /guide/ so that relative URLs in its index.html resolve as in production.
        return send(res, 301, 'text/plain; charset=utf-8', 'Moved Permanently', { Location: file.redirect });
      }
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not Found');

      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      // The build's _headers (src/site/host.rs, `headers`), as Netlify or Cloudflare Pages
      // apply it: every rule whose path matches the URL; without one, revalidate everything.
      const pathname = new URL(req.url, 'http://x').pathname;
      const configured = rules ? Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers)) : { 'Cache-Control': 'no-cache' };
      const head = { 'Content-Type': type, ...configured, ...headers };
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      // The build's precompressed copy (src/site/host.rs, `precompress`), as nginx's
      // brotli_static/gzip_static and Caddy's precompressed serve it: brotli first.
      const copies = [['br', '.br'], ['gzip', '.gz']].filter(([, ext]) => fs.existsSync(file + ext));
      if (copies.length) head.Vary = 'Accept-Encoding';
      const copy = copies.find(([name]) => accepted.has(name));
      if (copy) {
        head['Content-Encoding'] = copy[0];
        return send(res, 200, type, await fsp.readFile(file + copy[1]), head, req.method === 'HEAD');
      }
      const body = await fsp.readFile(file);
      if (gzip && !copies.length && COMPRESSIBLE.test(type)) {
        head.Vary = 'Accept-Encoding';
        if (accepted.has('gzip')) {
          head['Content-Encoding'] = 'gzip';
          // Level 9, as the build precompresses.
          return send(res, 200, type, zlib.gzipSync(body, { level: 9 }), head, req.method === 'HEAD');
        }
      }
      return send(res, 200, type, body, head, req.method === 'HEAD');
    } catch (err) {
      return send(res, 500, 'text/plain; charset=utf-8', `Internal Server Error: ${err.message}`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    // closeAllConnections: keep-alive sockets from the browser would otherwise
    // keep close() pending and the test process alive.
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

/**
 * The rules of `root/_headers` (Netlify's format: a path, `*` matching anything, then indented
 * `Name: value` lines; `#` comments), or null if there is none.
 */
export function hostRules(root) {
  let text;
  try {
    text = fs.readFileSync(path.join(root, '_headers'), 'utf8');
  } catch {
    return null;
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: {} });
    } else {
      const colon = line.indexOf(':');
      if (!rules.length || colon < 0) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The codings an Accept-Encoding header allows (those not given q=0). */
function acceptedEncodings(header = '') {
  const names = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

function send(res, status, type, body, extra = {}, headOnly = false) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  res.writeHead(status, { 'Content-Type': type, ...extra, 'Content-Length': buf.length });
  res.end(headOnly ? undefined : buf);
}

// Map a request URL to a file inside root, or null. Decodes %-escapes, then
// checks the real path (symlinks resolved) still lies inside root, so neither
// `..`, `%2e%2e`, encoded slashes nor a symlink can escape it.
async function resolveFile(rootAbs, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return null; // malformed escape
  }
  if (pathname.includes('\0')) return null;
  let candidate = path.resolve(rootAbs, '.' + path.posix.normalize('/' + pathname));
  if (!inside(rootAbs, candidate)) return null;
  try {
    let stat = await fsp.stat(candidate);
    if (stat.isDirectory()) {
      const url = new URL(rawUrl, 'http://x');
      if (!url.pathname.endsWith('/')) return { redirect: url.pathname + '/' + url.search };
      candidate = path.join(candidate, 'index.html');
      stat = await fsp.stat(candidate);
    }
    if (!stat.isFile()) return null;
    const real = await fsp.realpath(candidate);
    return inside(rootAbs, real) ? real : null;
  } catch {
    return null;
  }
}

function inside(root, p) {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

// CLI: node tests/e2e/server.mjs [root=dist] [port=8080] [--gzip]
if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const root = args[0] ?? 'dist';
  const port = Number(args[1] ?? 8080);
  if (!fs.existsSync(root)) {
    console.error(`No such folder: ${root}`);
    process.exit(1);
  }
  const { url } = await serve(root, { port, gzip: process.argv.includes('--gzip') });
  console.log(`Serving ${root} at ${url}`);
}

// Exported for the tests that want the repo root regardless of cwd.
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
