// static/early.js sets the embed attributes before the first paint; the app sets them again from
// its own parser (src/view.rs) once it starts. Both must read every address alike, or the first
// paint shows another view. The parser's own results for hand-picked and seeded addresses are in
// tests/e2e/fixtures/url-cases.json (written and checked by the native test `url_cases`);
// early.js runs here over each of them in a tiny DOM stub. No browser: this runs in milliseconds.
// (tests/e2e/fuzz.test.mjs checks the same agreement in Chromium, on real page loads.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { REPO_ROOT } from './server.mjs';
import { DIST, asset } from './site.mjs';

// The built script, whose lists of views the build wrote in from the Rust parser's own
// (src/prerender.rs, early_script); EARLY_JS: another copy (to check this test against an old one).
const EARLY = fs.readFileSync(process.env.EARLY_JS ? path.resolve(REPO_ROOT, process.env.EARLY_JS) : path.join(DIST, asset('early.js')), 'utf8');
const CASES = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/e2e/fixtures/url-cases.json'), 'utf8'));

/** The attributes early.js sets on <html> for `search` (what `location.search` holds). */
export function earlyAttributes(search, source = EARLY) {
  const attributes = new Map();
  const root = {
    setAttribute: (name, value) => attributes.set(name, String(value)),
    hasAttribute: (name) => attributes.has(name),
  };
  const context = {
    location: { search },
    document: { documentElement: root, getElementById: () => null },
    addEventListener: () => {},
    URLSearchParams,
  };
  vm.runInNewContext(source, context);
  return {
    embed: attributes.get('data-embed') ?? null,
    theme: attributes.get('data-theme') ?? null,
    transparent: attributes.get('data-transparent') === 'true',
  };
}

test('the fixture has the hand-picked cases and the seeded corpus', () => {
  assert.ok(CASES.length >= 600, `${CASES.length} cases`);
  const embeds = new Set(CASES.map((c) => c.embed));
  for (const view of ['pilot', 'mianyang', 'shared-ownership', 'swjtu', 'ip', 'timeline', 'all', 'unknown', null]) {
    assert.ok(embeds.has(view), `some case gives data-embed=${view}`);
  }
});

test('early.js sets exactly the attributes the app sets, for every address of the fixture', () => {
  const wrong = [];
  for (const { search, ...app } of CASES) {
    const early = earlyAttributes(search);
    if (JSON.stringify(early) !== JSON.stringify(app)) wrong.push(`${JSON.stringify(search)}: early.js ${JSON.stringify(early)}, app ${JSON.stringify(app)}`);
  }
  console.log(`# early.js against the parser: ${CASES.length} addresses, ${wrong.length} disagree`);
  assert.equal(wrong.length, 0, `${wrong.length} of ${CASES.length} addresses disagree:\n  ${wrong.slice(0, 15).join('\n  ')}`);
});
