// Address fuzz: seeded addresses (tests/e2e/fuzz.mjs: the parameters, broken escapes, repeated
// keys, script payloads in the query and the fragment) loaded one after another in one page.
// For each: the load adds no history entry; the attributes static/early.js set before the first
// paint are the app's final ones; no notice, console error, page error or CSP violation; nothing
// from the payload runs or becomes an element. FUZZ_URLS=2000 (make fuzz) for a longer run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';
import { watch, cspViolations } from './browser.mjs';
import { addresses } from './fuzz.mjs';

const COUNT = Number(process.env.FUZZ_URLS ?? 300);
// Chromium caps history.length at 50: a fresh page every few addresses keeps growth measurable.
const PER_PAGE = 15;
const site = servedDist();

/** Records, once <body> exists (so early.js, a blocking script in <head>, has run, and the
 * WebAssembly cannot have yet), the attributes on <html> and the history length. */
function recordFirstPaint() {
  if (location.protocol === 'about:') return;
  const observer = new MutationObserver(() => {
    if (!document.body || window.__early) return;
    const root = document.documentElement;
    window.__early = {
      embed: root.getAttribute('data-embed'),
      theme: root.getAttribute('data-theme'),
      transparent: root.getAttribute('data-transparent'),
      history: history.length,
    };
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** What the page shows once the app is live, with what early.js recorded. */
function finalState() {
  const root = document.documentElement;
  // Our two scripts, under their content-hashed names (src/site/assets.rs).
  const ours = /\/assets\/(early|loader)\.[0-9a-f]{10}\.js$/;
  return {
    early: window.__early,
    final: {
      embed: root.getAttribute('data-embed'),
      theme: root.getAttribute('data-theme'),
      transparent: root.getAttribute('data-transparent'),
      history: history.length,
    },
    notice: !document.getElementById('app-notice').hidden,
    pwned: window.__pwned ?? null,
    strangers: [
      // The build's JSON-LD (docs/sharing.md) is ours too: a data block in <head>, never run;
      // so is the islands' words list, the data block right after the app's root.
      ...[...document.scripts]
        .filter((s) => !ours.test(s.src) && !(s.type === 'application/ld+json' && s.parentNode === document.head))
        .filter((s) => !(s.type === 'application/json' && s.id === 'words' && s.previousElementSibling?.id === 'app'))
        .map((s) => s.outerHTML.slice(0, 80)),
      ...[...document.querySelectorAll('[onerror], [onload], [onclick], svg svg[onload], a[href^="javascript:" i]')].map((e) => e.outerHTML.slice(0, 80)),
      ...[...document.images].filter((i) => !i.src.startsWith('data:')).map((i) => i.outerHTML.slice(0, 80)),
    ],
  };
}

test(`${COUNT} seeded addresses: no history entry at load, early.js agrees with the app, nothing injected`, async () => {
  const context = await site.browser.newContext({ viewport: { width: 800, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(recordFirstPaint);
  const failures = [];
  const started = Date.now();
  let page;
  let seen;
  try {
    for (const [i, address] of addresses(COUNT).entries()) {
      if (i % PER_PAGE === 0) {
        await page?.close();
        page = await context.newPage();
        seen = await watch(page, site.server.url);
      }
      const url = site.server.url + address;
      // A change of the fragment alone would not load the page again (the app may have written
      // the last address in another form: compare with what the page shows now).
      if (url.split('#')[0] === page.url().split('#')[0]) await page.goto('about:blank');
      const problems = [];
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });
        const state = await page.evaluate(finalState);
        if (!state.early) problems.push('nothing recorded at first paint');
        else {
          const { history: before, ...early } = state.early;
          const { history: after, ...final } = state.final;
          if (after !== before) problems.push(`history.length ${before} -> ${after}`);
          if (JSON.stringify(early) !== JSON.stringify(final)) problems.push(`first paint ${JSON.stringify(early)}, app ${JSON.stringify(final)}`);
        }
        if (state.notice) problems.push('the notice shows');
        if (state.pwned !== null) problems.push('a payload ran');
        if (state.strangers.length) problems.push(`elements from the payload: ${state.strangers.join(' ')}`);
        const csp = await cspViolations(page);
        if (csp.length) problems.push(`CSP: ${csp.join('; ')}`);
      } catch (err) {
        problems.push(String(err.message).split('\n')[0]);
      }
      for (const list of [seen.pageErrors, seen.consoleErrors, seen.foreignRequests, seen.failedRequests]) {
        problems.push(...list.splice(0));
      }
      if (problems.length) failures.push(`${address}\n      ${problems.join('\n      ')}`);
    }
  } finally {
    await context.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`# address fuzz: ${COUNT} tried, ${failures.length} failed, ${seconds} s`);
  assert.equal(failures.length, 0, `${failures.length} of ${COUNT} addresses failed:\n  ${failures.slice(0, 20).join('\n  ')}`);
});
