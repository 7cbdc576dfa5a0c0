// Content-hashed names for the files the pages load, so that a host or CDN may cache them for a
// year (`_headers`: immutable) and every deploy that changes one gives it a new address. Used by
// scripts/postbuild.mjs (step 1b) and by the tests, which find a file by its plain name.
//
// `dist/assets/<stem>.<hash>.<ext>`, the hash the first 10 hex digits of the file's SHA-256, for
// the WebAssembly, its glue, the two start-up scripts and the stylesheets. Everything else keeps
// its name: the pages and sw.js (they must be revalidated), embed.js (host pages name it), the
// data downloads, the manifest and icon, the share images and the crawler files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

export const ASSETS = 'assets';
/** In the order they are hashed: each file before the files that name it. */
export const HASHED = ['sichuan-reform_bg.wasm', 'sichuan-reform.js', 'loader.js', 'early.js', 'style.css', 'charts.css', 'timeline.css'];
/** Files that name hashed files: the assets among them, and every page. */
const NAMERS = ['sichuan-reform.js', 'loader.js'];

const split = (name) => {
  const dot = name.lastIndexOf('.');
  return [name.slice(0, dot), name.slice(dot)];
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A reference to `logical` under any of its names (plain, or hashed in assets/): a string or an
 * attribute value, right after a quote or an `=`, so that a comment naming the file is left be.
 */
const reference = (logical) => {
  const [stem, ext] = split(logical);
  return new RegExp(`(?<=["'=])((?:\\.\\.?/)*)(?:${ASSETS}/)?${escape(stem)}(?:\\.[0-9a-f]{10})?${escape(ext)}(?![\\w-])`, 'g');
};

/** The path (relative to `root`, with /) where the file named `logical` is now. */
export function located(root, logical) {
  if (existsSync(join(root, logical))) return logical;
  const [stem, ext] = split(logical);
  const pattern = new RegExp(`^${escape(stem)}\\.[0-9a-f]{10}${escape(ext)}$`);
  const found = existsSync(join(root, ASSETS)) ? readdirSync(join(root, ASSETS)).filter((f) => pattern.test(f)) : [];
  if (found.length !== 1) throw new Error(`${logical}: expected one file in ${root} or ${root}/${ASSETS}, found ${found.length}`);
  return `${ASSETS}/${found[0]}`;
}

/** The plain name of a file, hashed or not: "assets/style.0123456789.css" gives "style.css". */
export function logicalName(path) {
  const base = posix.basename(path);
  return base.replace(/\.[0-9a-f]{10}(\.[^.]+)$/, '$1');
}

function* pages(root, dir = root) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== ASSETS) yield* pages(root, path);
    } else if (name.endsWith('.html')) yield relative(root, path).split(sep).join('/');
  }
}

/**
 * Gives every file of HASHED its content-hashed name in assets/ and rewrites the references to
 * it in the files that name it (`skip`: pages not to touch, like the single-file build, which
 * names no file). Idempotent: a file whose content did not change keeps its name.
 */
export function hashNames(root, skip = new Set()) {
  const namers = [...NAMERS, ...[...pages(root)].filter((p) => !skip.has(p))];
  mkdirSync(join(root, ASSETS), { recursive: true });
  for (const logical of HASHED) {
    const from = located(root, logical);
    const bytes = readFileSync(join(root, from));
    const [stem, ext] = split(logical);
    const to = `${ASSETS}/${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${ext}`;
    if (to !== from) renameSync(join(root, from), join(root, to));
    for (const namer of namers) {
      const file = HASHED.includes(namer) ? located(root, namer) : namer;
      const text = readFileSync(join(root, file), 'utf8');
      // A reference keeps its own ./ or ../ prefix; from outside assets/ it goes into it. A
      // hashed file that names others is, or is about to be, in assets/ itself.
      const inside = HASHED.includes(namer);
      const target = inside ? posix.basename(to) : to;
      const next = text.replace(reference(logical), (_, up) => `${up}${target}`);
      if (next !== text) writeFileSync(join(root, file), next);
    }
  }
}
