// terser, run until its output no longer changes (one more round, as a rule): the result is
// then what the post-build makes of its own output, so running it again on dist/ keeps every
// byte, and the service worker's cache version with them.
import { minify } from 'terser';

/** `code` minified; `module` for ES modules. Classic scripts keep their top-level names. */
export async function minified(code, { module, fail, name }) {
  let out = code;
  for (let round = 1; ; round++) {
    const next = (await minify(out, { module })).code;
    if (next === out) return out;
    if (round === 5) fail(`${name}: terser's output still changes after ${round} rounds`);
    out = next;
  }
}
