// The tools every step of the reader's journey (journeys.mjs) shares, against the driver interface
// described at the top of journeys.mjs: polling a tab, the in-page functions several steps send,
// and opening the page live in a fresh tab, with what a failed step leaves behind for the soak.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How long the app may take to start; a broken build shows the notice and fails sooner. */
const START = 20_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `fn(...args)` in the page until `ok` holds for its result (by default: until it is
 * truthy); returns that result.
 */
export async function until(tab, what, fn, args = [], { timeout = 10_000, ok = Boolean } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await tab.evaluate(fn, ...args);
    if (ok(last)) return last;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeout / 1000} s (last: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

// ---- In-page functions (self-contained: they are sent to the page as source text) ----

/** The start-up's outcome: 'live', 'notice' (the fallback notice shows) or '' (still starting). */
export const startState = () => {
  const notice = document.getElementById('app-notice');
  if (notice && !notice.hidden) return 'notice';
  return document.documentElement.dataset.hydrated === 'true' ? 'live' : '';
};
export const noticeShown = () => {
  const notice = document.getElementById('app-notice');
  return !!notice && !notice.hidden && notice.getClientRects().length > 0;
};
/** The bundled figures by id, read from the build's own JSON download (same origin). */
export const figures = () =>
  fetch('sichuan-reform-figures.json')
    .then((r) => r.json())
    .then((rows) => Object.fromEntries(rows.filter((f) => f.kind === 'figure').map((f) => [f.id, f])));
/** A button of the group in `scope` by its text. */
export const timelineButton = (text) => [...document.querySelectorAll('#timeline button')].find((b) => b.textContent.trim() === text);

// ---- Opening the page ----

/** Opens `url` in a new tab and waits until the app is live: it fails at once on the notice. */
export async function openLive(engine, url, size = { width: 1280, height: 900 }) {
  const tab = await engine.open(url, size);
  try {
    await waitLive(tab, url);
  } catch (err) {
    await keepState(engine, tab, err);
    await tab.close();
    throw err;
  }
  return tab;
}

export async function waitLive(tab, what) {
  const state = await until(tab, `the app starting at ${what}`, startState, [], { timeout: START });
  assert.equal(state, 'live', `${what}: the fallback notice shows instead of the live app`);
}

/** Runs a journey in a fresh tab; the tab must end with no console or page error. */
export async function journey(engine, url, size, run) {
  const tab = await openLive(engine, url, size);
  try {
    await run(tab);
    assert.deepEqual(await tab.errors(), [], 'console and page errors');
  } catch (err) {
    await keepState(engine, tab, err);
    throw err;
  } finally {
    await tab.close();
  }
}

/**
 * Where ENGINE_STATE_DIR is set (make soak-engines), a failed journey leaves the page as it was:
 * its address, the notice, the errors the page saw (with their stacks) and its whole markup, in
 * `<engine>-<time>.json` there, beside the failure's own stack.
 */
async function keepState(engine, tab, err) {
  const dir = process.env.ENGINE_STATE_DIR;
  if (!dir) return;
  const page = await tab
    .evaluate(() => ({
      url: location.href,
      hydrated: document.documentElement.dataset.hydrated ?? null,
      notice: document.getElementById('app-notice')?.hidden === false,
      active: document.activeElement?.outerHTML.slice(0, 300) ?? null,
      html: document.documentElement.outerHTML,
    }))
    .catch((e) => ({ unreadable: String(e) }));
  const errors = await tab.errors().catch((e) => [`errors unreadable: ${e}`]);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${engine.name}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ failure: String(err?.stack ?? err), errors, page }, null, 1));
}
