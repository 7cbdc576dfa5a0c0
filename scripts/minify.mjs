// terser, run until its output no longer changes (one more round, as a rule): the result is
// then what the post-build makes of its own output, so running it again on dist/ keeps every
// byte, and the service worker's cache version with them.
import { minify } from 'terser';

// The content hashes a second post-build finds in a script's file names ("loader.10cdbc5f66.js")
// are masked while terser runs: it orders its short names by how often each character occurs, so
// the hashes' digits could rename a variable, change the script and so its own hash and the
// service worker's version (offline.test.mjs "postbuild: … its cache version follows the
// contents" failed that way for some builds).
const HASH = /\.[0-9a-f]{10}\./g;
const MASK = '.0000000000.';

/** `code` minified; `module` for ES modules. Classic scripts keep their top-level names. */
export async function minified(code, { module, fail, name }) {
  const hashes = code.match(HASH) ?? [];
  let out = code.replace(HASH, MASK);
  for (let round = 1; ; round++) {
    const next = (await minify(out, { module })).code;
    if (next === out) break;
    if (round === 5) fail(`${name}: terser's output still changes after ${round} rounds`);
    out = next;
  }
  const masked = out.split(MASK).length - 1;
  if (masked !== hashes.length) fail(`${name}: ${hashes.length} hashed names before terser, ${masked} after`);
  let i = 0;
  return out.replace(/\.0000000000\./g, () => hashes[i++]);
}
