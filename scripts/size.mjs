// Size report: every file of dist/ raw, gzip-compressed (level 9) and brotli-compressed (quality
// 11), as the build precompresses them (scripts/postbuild.mjs, step 4) and a static host serves
// them; the totals; and what a first visit downloads. The precompressed copies themselves are not
// rows: they are the same files. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** Files a first visit never fetches: the single-file build is an offline download. */
export const NOT_FIRST_VISIT = new Set(['sichuan-reform-explainer.html']);

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!/\.(br|gz)$/.test(name)) yield path;
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
  const firstVisit = sum(rows.filter((r) => !NOT_FIRST_VISIT.has(r.file)));
  return { rows, total: sum(rows), firstVisitGzip: firstVisit.gzip, firstVisitBrotli: firstVisit.brotli };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total, firstVisitGzip, firstVisitBrotli } = sizes(process.argv[2] ?? 'dist');
  const kb = (n) => (n / 1024).toFixed(1).padStart(9);
  console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)} ${'brotli KB'.padStart(9)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  console.log(`${'first visit (all but the single file)'.padEnd(40)} ${''.padStart(9)} ${kb(firstVisitGzip)} ${kb(firstVisitBrotli)}`);
}
