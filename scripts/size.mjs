// Size report: every file of dist/ raw, gzip-compressed (level 9) and brotli-compressed (quality
// 11), as the build precompresses them (the site step, src/site/host.rs) and a static host serves
// them; the totals; and what a first visit downloads (all but `onDemand`). The precompressed
// copies themselves are not rows: they are the same files. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { isCrawlerOnly } from './share-files.mjs';

/** The single-file build: an offline download, which nothing fetches unasked. */
export const SINGLE = 'sichuan-reform-explainer.html';

/**
 * Files a reader rarely needs: the host pages' script (the explainer itself never loads it) and
 * the accessibility report the footer links to (the site step copies it).
 */
export const ACCESSIBILITY = 'accessibility.txt'; // src/components/source_footer.rs links to it
const RARELY_NEEDED = ['embed.js', ACCESSIBILITY];

/**
 * Files a first visit does not fetch: the single-file build, the data downloads (the `download`
 * links of index.html) and the rarely needed files, which the service worker caches when first
 * asked for rather than at install; and the files for link previews and crawlers
 * (`isCrawlerOnly`), which nothing but a crawler fetches. The site step makes its own list for
 * the service worker (src/site.rs, `on_demand`); the offline test checks what the worker caches
 * against this one.
 */
export function onDemand(root) {
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  const links = [...page.matchAll(/<a\b[^>]*\sdownload\b[^>]*>/gi)]
    .map(([tag]) => /\shref\s*=\s*"([^"#]+)"/i.exec(tag)?.[1])
    .filter((href) => href && !/^(data:|https?:)/.test(href));
  const crawled = [...files(root)].map((path) => relative(root, path).split(sep).join('/')).filter(isCrawlerOnly);
  return new Set([SINGLE, ...RARELY_NEEDED, ...links.map((href) => href.replace(/^\.\//, '')), ...crawled]);
}

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!/\.(br|gz)$/.test(name) && name !== '_headers') yield path;
  }
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

export function sizes(root) {
  const rows = [...files(root)].map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
  });
  const sum = (list) =>
    list.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const later = onDemand(root);
  const firstVisit = sum(rows.filter((r) => !later.has(r.file)));
  return { rows, total: sum(rows), firstVisitGzip: firstVisit.gzip, firstVisitBrotli: firstVisit.brotli };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total, firstVisitGzip, firstVisitBrotli } = sizes(process.argv[2] ?? 'dist');
  const kb = (n) => (n / 1024).toFixed(1).padStart(9);
  console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)} ${'brotli KB'.padStart(9)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  console.log(`${'first visit (all but the on-demand files)'.padEnd(40)} ${''.padStart(9)} ${kb(firstVisitGzip)} ${kb(firstVisitBrotli)}`);
}
