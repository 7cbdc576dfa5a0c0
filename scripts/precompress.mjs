// Step 4 of scripts/postbuild.mjs: `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip,
// level 9) next to every text and wasm file, for hosts that serve them as they are (nginx
// gzip_static/brotli_static, Caddy precompressed; docs/hosting.md).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** What this step writes: never an input of any step, so running postbuild again changes nothing. */
export const PRECOMPRESSED = /\.(br|gz)$/;

/** Compresses each file `list()` names (relative to `root`); returns how many. */
export function precompress(root, list) {
  // Copies of an earlier run first go: their files may have been renamed (a new hash) since.
  (function clean(dir) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) clean(path);
      else if (PRECOMPRESSED.test(name)) rmSync(path);
    }
  })(root);
  let compressed = 0;
  for (const file of list()) {
    const bytes = readFileSync(join(root, file));
    writeFileSync(join(root, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(
      join(root, `${file}.br`),
      brotliCompressSync(bytes, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
          [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [zlib.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
        },
      }),
    );
    compressed++;
  }
  return compressed;
}
