// Size report: every file of dist/ raw and gzip-compressed (level 9, as a static host would
// pre-compress), the totals, and what a first visit downloads. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isCrawlerOnly } from './share-files.mjs';

/** Files a first visit never fetches: the single-file build is an offline download; the share
 * step's pages, images and data files are for link previews and crawlers. */
export const NOT_FIRST_VISIT = new Set(['sichuan-reform-explainer.html']);
const firstVisit = (file) => !NOT_FIRST_VISIT.has(file) && !isCrawlerOnly(file);

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function sizes(root) {
  const rows = [...files(root)].map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (list) => list.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const visit = sum(rows.filter((r) => firstVisit(r.file)));
  return { rows, total: sum(rows), firstVisitGzip: visit.gzip };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total, firstVisitGzip } = sizes(process.argv[2] ?? 'dist');
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)}`);
  console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)}`);
  console.log(`${'first visit (all but the single file)'.padEnd(40)} ${''.padStart(8)} ${kb(firstVisitGzip)}`);
}
