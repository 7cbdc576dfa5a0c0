// Post-build step, run by `make build` after the pre-render (docs/hosting.md).
// Usage: node scripts/postbuild.mjs [dist]
//
// 0. dist/accessibility.txt: ACCESSIBILITY.md, which the page's footer links to.
// 1. dist/sichuan-reform.js: the wasm-bindgen glue, minified in place by terser as an ES module
//    (Trunk's own JS minifier fails on it). First, since both steps below read it. Exported names
//    stay; the wasm imports are object property names, which terser leaves alone by default.
// 1a. Within 1: short names for the wasm's imports and closure exports, in wasm and glue; then
//     early.js and loader.js minified too (sw.js is, as step 2 writes it).
// 1b. Content-hashed names for the WebAssembly, glue, scripts and stylesheets, in dist/assets/.
// 2. dist/sw.js: a service worker that precaches every file of dist/ under a cache named after
//    the hash of their contents, so each deploy with a change gets a new cache, and checks every
//    entry against its file's SHA-256, refetching what is damaged or missing.
// 3. dist/sichuan-reform-explainer.html: the whole explainer in one file that works from file://
//    with no network: CSS in <style>, the wasm-bindgen glue and the wasm (base64) in one inline
//    module script, the linked files (data downloads, accessibility report) as data: URLs, and
//    a CSP meta that allows exactly those inline blocks by their SHA-256.
// 4. Precompressed copies (scripts/precompress.mjs): `<file>.br` and `<file>.gz` next to every
//    text and wasm file, for hosts that serve them as they are (docs/hosting.md).
// 5. dist/_headers: CSP header and caching rules for hosts (docs/hosting.md).
// One dependency, terser (pinned in package.json); otherwise Node's standard library.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minified } from './minify.mjs';
import { ACCESSIBILITY, onDemand, SINGLE } from './size.mjs';
import { hashNames, located, logicalName } from './assets.mjs';
import { isCrawlerOnly, isViewPage } from './share-files.mjs';
import { hostHeaders } from './headers.mjs';
import { serviceWorker } from './sw.mjs';
import { shortenNames } from './names.mjs';
import { PRECOMPRESSED, precompress } from './precompress.mjs';

const root = process.argv[2] ?? 'dist';
const SW = 'sw.js';
const GLUE = 'sichuan-reform.js';
const WASM = 'sichuan-reform_bg.wasm';
const LOADER = 'loader.js';
const EARLY = 'early.js';

/** Files worth compressing: text and WebAssembly (PNG and the like are compressed already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt|xml|csv)$/;

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    // _headers is the host's configuration, which hosts do not serve (step 5).
    else if (!PRECOMPRESSED.test(name) && name !== '_headers') yield relative(root, path).split(sep).join('/');
  }
}

const fail = (message) => {
  console.error(`postbuild: ${message}`);
  process.exit(1);
};
const read = (file) => readFileSync(join(root, file));
const sha256 = (text) => createHash('sha256').update(text).digest('base64');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// The glue's one export statement, `export { initSync, __wbg_init as default };` as wasm-bindgen
// writes it or `export{S as initSync,N as default};` once minified: where it is, and a map from
// each exported name to the local name it exports.
function exportsOf(code) {
  const found = [...code.matchAll(/\bexport\s*\{([^}]*)\}\s*;?/g)];
  if (found.length !== 1) fail(`${GLUE}: expected one export statement, found ${found.length}`);
  const names = new Map();
  for (const item of found[0][1].split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(item);
    if (!m) fail(`${GLUE}: cannot read the export "${item}"`);
    names.set(m[2] ?? m[1], m[1]);
  }
  return { statement: found[0][0], names };
}

// ---------------------------------------------------------------------------------------------
// 0. The accessibility report (ACCESSIBILITY.md) beside the page, as the plain text the footer
//    links to; first, so that every later step sees it.

writeFileSync(join(root, ACCESSIBILITY), readFileSync(new URL('../ACCESSIBILITY.md', import.meta.url)));

// ---------------------------------------------------------------------------------------------
// 1. Minified glue, and (1a) short names for the wasm's imports and closure exports, in the wasm
//    and the glue together (scripts/names.mjs).

if (!readdirSync(root).includes('index.html')) fail(`${root}/index.html not found: run the build first`);
// KEEP_NAMES=1 (make build-names, for make soak-engines): the glue and the wasm's names stay as
// wasm-bindgen wrote them, so that a trap's stack can be read.
if (process.env.KEEP_NAMES === '1') console.log('postbuild: KEEP_NAMES=1: glue not minified, wasm names kept');
else {
  const source = read(located(root, GLUE)).toString('utf8');
  // Minified before and after the renaming: terser picks local names by character frequency,
  // which the renaming changes (scripts/minify.mjs).
  const minifiedGlue = (code) => minified(code, { module: true, fail, name: GLUE });
  const wasm = join(root, located(root, WASM));
  const short = shortenNames(readFileSync(wasm), await minifiedGlue(source), fail);
  writeFileSync(wasm, short.wasm);
  const code = await minifiedGlue(short.glue);
  const before = [...exportsOf(source).names.keys()].sort().join(', ');
  const after = [...exportsOf(code).names.keys()].sort().join(', ');
  if (after !== before) fail(`${GLUE}: minifying changed the exports from {${before}} to {${after}}`);
  writeFileSync(join(root, located(root, GLUE)), code);
  const gz = (text) => kb(gzipSync(text, { level: 9 }).length);
  const raw = (text) => kb(Buffer.byteLength(text));
  console.log(`postbuild: ${GLUE}: minified, ${raw(source)} -> ${raw(code)} raw, ${gz(source)} -> ${gz(code)} gzip`);
  console.log(`postbuild: ${short.renamed} wasm import and export names shortened (scripts/names.mjs)`);
}
// The start-up scripts too (their comments are for us): early.js classic, loader.js a module.
for (const [file, module] of [[EARLY, false], [LOADER, true]]) {
  const path = join(root, located(root, file));
  writeFileSync(path, await minified(readFileSync(path, 'utf8'), { module, fail, name: file }));
}

// ---------------------------------------------------------------------------------------------
// 1b. Content-hashed names (scripts/assets.mjs): the WebAssembly, glue, start-up scripts and
//     stylesheets move to assets/<name>.<hash>.<ext>, and the pages and scripts that name them
//     follow. After the glue is final, before anything lists files.

hashNames(root, new Set([SINGLE]));

// ---------------------------------------------------------------------------------------------
// 2. Service worker.

const files = [...walk(root)].filter((f) => f !== SW && f !== SINGLE && !isCrawlerOnly(f));
const viewPages = [...walk(root)].filter(isViewPage);
const hash = createHash('sha256');
for (const file of files) hash.update(`${file}\0`).update(read(file)).update('\0');
const version = hash.digest('hex').slice(0, 16);
// './' is the page as the static host serves the folder; every file by its relative URL.
const url = (f) => f.split('/').map(encodeURIComponent).join('/');
const urls = ['./', ...files.map(url)];
// The data downloads and the host pages' embed.js: cached (and checked) when first asked for,
// not at install, so a first visit does not fetch them.
const later = [...onDemand(root)].filter((f) => f !== SINGLE && !isCrawlerOnly(f)).map(url);
// Each URL's content hash (SHA-256, hex), against which the worker checks what it caches and
// serves: './' is index.html's bytes.
const hashes = ['index.html', ...files].map((f) => createHash('sha256').update(read(f)).digest('hex'));

const sw = serviceWorker({ version, urls, hashes, later, viewPages });
writeFileSync(join(root, SW), await minified(sw, { module: false, fail, name: SW }));

// ---------------------------------------------------------------------------------------------
// 3. Single-file build.

const page = read('index.html').toString('utf8');
const headEnd = page.search(/<\/head>|<body[\s>]/i);
if (headEnd < 0) fail('index.html has no </head> or <body>');
let head = page.slice(0, headEnd);
const body = page.slice(headEnd);

/** Attributes of a start tag, names lower-cased; works on minified (unquoted) markup. */
function attributes(tag) {
  const attrs = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    attrs[m[1].toLowerCase()] = (m[2] ?? '').replace(/^["']|["']$/g, '');
  }
  return attrs;
}

const styles = [];
head = head.replace(/<link\b[^>]*>/gi, (tag) => {
  const a = attributes(tag);
  if (!/\bstylesheet\b/i.test(a.rel ?? '')) return ''; // preloads, manifest, icon: nothing to fetch
  const file = a.href.replace(/^\.\//, '');
  const css = read(file).toString('utf8');
  if (/<\/style/i.test(css)) fail(`${file} contains "</style"`);
  if (/url\(\s*["']?(?!data:|#)/i.test(css)) fail(`${file} refers to another file with url(): inline it first`);
  styles.push(css);
  return `<style>${css}</style>`;
});

// The glue is an ES module (minified by step 1) with one export statement. Inline it without
// the export and start it synchronously from the embedded bytes (no fetch), calling initSync by
// its local name, which minifying shortened.
let glue = read(located(root, GLUE)).toString('utf8');
// wasm-bindgen's debug glue (make build-names) also exports its memory for debuggers.
if (process.env.KEEP_NAMES === '1') glue = glue.replace(/^export \{ wasm as __wasm \};?$/m, '');
const { statement, names } = exportsOf(glue);
const initSync = names.get('initSync');
if (!initSync) fail(`${GLUE} does not export initSync`);
glue = glue.replace(statement, '');
// Any other import or export statement, at a line start or (minified) after a ; or a brace;
// `import(` and `import.meta` are expressions and `import:` a property name, not statements.
if (/(?:^|[;{}])\s*(?:import|export)\b(?!\s*[.(:])/m.test(glue)) {
  fail(`${GLUE} has imports or exports this script does not handle`);
}
if (/<\/script/i.test(glue)) fail(`${GLUE} contains "</script"`);
const wasm = read(located(root, WASM)).toString('base64');
const app = `${glue}
// Single-file start: the WebAssembly is embedded below; on any failure the pre-rendered page
// stays readable and the notice says the interactive parts are unavailable (as loader.js does).
((initSync) => {
  // The mark loader.js sets: early.js shows the notice at load on a page without it.
  document.documentElement.setAttribute('data-app', 'loading');
  try {
    const text = atob(${JSON.stringify(wasm)});
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    initSync({ module: bytes });
  } catch (err) {
    console.warn('Interactive explainer unavailable:', err);
    const notice = document.getElementById('app-notice');
    if (notice) notice.hidden = false;
  }
})(${initSync});
`;

// early.js (embed attributes before the first paint) stays a classic script, inlined as is.
const early = read(located(root, EARLY)).toString('utf8');
if (/<\/script/i.test(early)) fail(`${EARLY} contains "</script"`);
let scripts = 0;
head = head.replace(/<script\b[^>]*>\s*<\/script>/gi, (tag) => {
  const src = (attributes(tag).src ?? '').replace(/^\.\//, '');
  if (logicalName(src) === EARLY) return `<script>${early}</script>`;
  if (logicalName(src) !== LOADER) fail(`unexpected script in index.html: ${tag}`);
  scripts++;
  return `<script type="module">${app}</script>`;
});
if (scripts !== 1) fail(`expected one <script src=${LOADER}> in index.html, found ${scripts}`);

const csp = [
  "default-src 'none'",
  `script-src 'sha256-${sha256(early)}' 'sha256-${sha256(app)}' 'wasm-unsafe-eval'`,
  `style-src ${styles.map((css) => `'sha256-${sha256(css)}'`).join(' ')}`,
  // Chart PNG exports draw the SVG through a blob: image; downloads are data: and blob: links.
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
let metas = 0;
head = head.replace(/<meta\b[^>]*>/gi, (tag) => {
  const a = attributes(tag);
  if ((a['http-equiv'] ?? '').toLowerCase() !== 'content-security-policy') return tag;
  metas++;
  return `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
});
if (metas !== 1) fail(`expected one CSP meta in index.html, found ${metas}`);

// Links to files beside the page (the data downloads the pre-render writes, the accessibility
// report) as data: URLs, so that they work from file:// with nothing beside the file. Their
// MIME type is the link's `type`. A browser will not open a data: URL as a page, so each one
// becomes a download (named as the file) if it was not one already.
const inlined = body.replace(/<a\b[^>]*\stype\s*=[^>]*>/gi, (tag) => {
  const { href, type, download } = attributes(tag);
  if (!href || /^(data:|https?:|#)/.test(href)) return tag;
  const file = href.replace(/^\.\//, '');
  const data = `data:${type};base64,${read(file).toString('base64')}`;
  const named = download === undefined ? tag.replace(/^<a\b/i, `<a download="${file}"`) : tag;
  return named.replace(/\shref\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/i, ` href="${data}"`);
});
const single = head + inlined;
// Nothing may be fetched: no src= or href= left but fragments, data: and absolute links (<a>),
// and an embed's link back to the whole page ("?#view": this file, without its query).
const markup = single.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
const refs = [...markup.matchAll(/<(\w+)\b[^>]*?\s(src|href)\s*=\s*["']?([^\s"'>]*)/gi)]
  .filter(([, tag, , url]) => !url.startsWith('#') && !url.startsWith('data:') && !(tag.toLowerCase() === 'a' && /^(https?:|\?#)/.test(url)))
  .map(([m]) => m);
if (refs.length) fail(`the single file still refers to other files:\n  ${refs.join('\n  ')}`);
writeFileSync(join(root, SINGLE), single);

console.log(`postbuild: ${SW}: ${urls.length} URLs, cache version ${version}`);
console.log(
  `postbuild: ${SINGLE}: ${kb(Buffer.byteLength(single))} raw, ${kb(gzipSync(single, { level: 9 }).length)} gzip`,
);

// ---------------------------------------------------------------------------------------------
// 4. Precompressed copies, of every file as the steps above left it.

const compressed = precompress(root, () => [...walk(root)].filter((f) => COMPRESSIBLE.test(f)));
console.log(`postbuild: ${compressed} files precompressed (.br, .gz)`);

// ---------------------------------------------------------------------------------------------
// 5. dist/_headers (scripts/headers.mjs).

{
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(read('index.html').toString('utf8'));
  const policy = meta && attributes(meta[0]).content;
  if (!policy) fail('index.html has no CSP meta to send as a header');
  const rules = hostHeaders({ files: [...walk(root)], single: SINGLE, policy });
  writeFileSync(join(root, '_headers'), rules.text);
  console.log(`postbuild: _headers: ${rules.count} rules for ${rules.prefix}`);
}
