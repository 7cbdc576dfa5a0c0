// The one JavaScript step of the build (ARCHITECTURE.md): terser, which no Rust crate matches on
// this glue, run by the site step (src/site/minify.rs) until its output no longer changes (one
// more round, as a rule): the result is then what the site step makes of its own output, so
// running it again on dist/ keeps every byte, and the service worker's cache version with them.
//
// Usage: node scripts/minify.mjs (--module | --classic) FILE...   (each minified in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

// The content hashes a second run of the site step finds in a script's file names
// ("loader.10cdbc5f66.js") are masked while terser runs: it orders its short names by how often
// each character occurs, so the hashes' digits could rename a variable, change the script and so
// its own hash and the service worker's version (offline.test.mjs "postbuild: … its cache
// version follows the contents", as that test was then named, failed that way for some builds).
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, ...files] = process.argv.slice(2);
  if (!['--module', '--classic'].includes(kind) || files.length === 0) {
    console.error('usage: node scripts/minify.mjs (--module | --classic) FILE...');
    process.exit(2);
  }
  const fail = (message) => {
    console.error(`minify: ${message}`);
    process.exit(1);
  };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    writeFileSync(file, await minified(code, { module: kind === '--module', fail, name: file }));
  }
}
