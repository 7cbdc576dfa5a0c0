// End-to-end checks of the built static site (dist/) in headless Chromium:
// clean console, CSP, no foreign requests, accessibility (axe), no horizontal
// scroll, working no-JS fallback, and hydration that changes nothing visible.
// Run: node --test tests/e2e/   (DIST_DIR=path overrides the folder served)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, watch, cspViolations, runAxe, formatAxe, screenshot } from './browser.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const WIDTHS = [320, 768, 1280];
const SCHEMES = ['light', 'dark'];
const HEIGHT = 900;
const HYDRATION_TIMEOUT = 15_000;
const MIN_CARDS = 6; // headline figure cards the pre-rendered page must contain
// The cards shown by default: the headline figures no chart draws (the others are folded under
// their part's prose, one click away).
const CARDS = 'li.card[data-figure-id]:not(details.more-figures li)';

let server;
let browser;

before(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: build the site first (trunk build) or set DIST_DIR`);
  }
  // One server and one browser for the whole file: launching Chromium is the
  // slow part; each test gets its own fresh context instead.
  [server, browser] = await Promise.all([serve(DIST), launch()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A problem report listing every item, or null when the list is empty. */
function none(list, what) {
  return list.length ? `${list.length} ${what}:\n  ${list.join('\n  ')}` : null;
}

/** Wait for the app's hydration marker; on timeout, say why it may be missing. */
async function waitHydrated(page, seen) {
  try {
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: HYDRATION_TIMEOUT,
    });
  } catch (err) {
    const hints = [...(seen?.pageErrors ?? []), ...(seen?.consoleErrors ?? []), ...(seen?.failedRequests ?? [])];
    throw new Error(
      `Page never set <html data-hydrated="true"> within ${HYDRATION_TIMEOUT / 1000}s ` +
        `(did the wasm load and hydrate?). ${err.message.split('\n')[0]}` +
        (hints.length ? `\nErrors seen:\n  ${hints.join('\n  ')}` : ''),
    );
  }
}

/** Open the page with JS on, watched, and wait until hydrated and idle. */
async function openHydrated(context) {
  const page = await context.newPage();
  const seen = await watch(page, server.url);
  await page.goto(server.url, { waitUntil: 'load' });
  await waitHydrated(page, seen);
  // Let late requests (lazy images, fetched data) happen before judging them.
  await page.waitForLoadState('networkidle');
  return { page, seen };
}

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test(`page at ${width}px, ${colorScheme}: hydrates cleanly, accessible, no horizontal scroll`, async () => {
      const context = await browser.newContext({ viewport: { width, height: HEIGHT }, colorScheme });
      try {
        const { page, seen } = await openHydrated(context);
        // Screenshot first, so there is a picture to look at when checks fail.
        await screenshot(page, `page-${width}-${colorScheme}`);

        // Collect every problem before failing: one run then reports all of them.
        const problems = [
          none(seen.pageErrors, 'page errors'),
          none(seen.consoleErrors, 'console errors / hydration warnings'),
          none(await cspViolations(page), 'CSP violations'),
          none(seen.foreignRequests, 'requests to other origins (the site must be self-contained)'),
          none(seen.failedRequests, 'failed requests'),
        ];
        const violations = await runAxe(page);
        if (violations.length) problems.push(`${violations.length} axe violations:\n${formatAxe(violations)}`);

        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) problems.push(`horizontal scroll: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);

        const found = problems.filter(Boolean);
        assert.equal(found.length, 0, found.join('\n\n'));
      } finally {
        await context.close();
      }
    });
  }
}

test('without JavaScript: heading and at least 6 headline figure cards are visible', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: HEIGHT }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });

    const h1 = page.locator('h1').first();
    assert.ok(await h1.isVisible(), 'no visible <h1> in the pre-rendered HTML');
    assert.notEqual((await h1.innerText()).trim(), '', '<h1> is empty without JS');

    const cards = page.locator(CARDS);
    const count = await cards.count();
    assert.ok(count >= MIN_CARDS, `expected at least ${MIN_CARDS} ${CARDS} cards without JS, found ${count}`);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const id = await card.getAttribute('data-figure-id');
      assert.ok(await card.isVisible(), `card ${i} (data-figure-id="${id}") is not visible without JS`);
      assert.notEqual((await card.innerText()).trim(), '', `card ${i} (data-figure-id="${id}") has no text without JS`);
    }
    await screenshot(page, 'page-nojs-1280');
  } finally {
    await context.close();
  }
});

test('hydration changes neither the headline cards\' text nor the layout of h1 and first card', async () => {
  // Checked at the narrowest and widest layouts: a shift often shows at one only.
  for (const width of [320, 1280]) {
    const viewport = { width, height: HEIGHT };
    const staticCtx = await browser.newContext({ viewport, javaScriptEnabled: false });
    const liveCtx = await browser.newContext({ viewport });
    try {
      const staticPage = await staticCtx.newPage();
      await staticPage.goto(server.url, { waitUntil: 'load' });
      const before = await snapshot(staticPage);

      const { page: livePage } = await openHydrated(liveCtx);
      const afterHydration = await snapshot(livePage);

      assert.ok(before.texts.length >= 1, `no ${CARDS} cards in the static HTML`);
      assert.deepEqual(afterHydration.texts, before.texts, `card texts changed by hydration at ${width}px`);
      for (const key of ['h1', 'card']) {
        assertBoxClose(before[key], afterHydration[key], `${key} moved or resized by hydration at ${width}px`);
      }
    } finally {
      await Promise.all([staticCtx.close(), liveCtx.close()]);
    }
  }
});

/** Texts of all cards and the boxes of h1 and the first card. */
async function snapshot(page) {
  // Both pages are freshly loaded and unscrolled, so the viewport-relative
  // boxes from boundingBox() are comparable.
  return {
    texts: await page.locator(CARDS).allInnerTexts(),
    h1: await page.locator('h1').first().boundingBox(),
    card: await page.locator(CARDS).first().boundingBox(),
  };
}

function assertBoxClose(a, b, message) {
  assert.ok(a && b, `${message}: element missing (${JSON.stringify({ before: a, after: b })})`);
  const off = ['x', 'y', 'width', 'height'].filter((k) => Math.abs(a[k] - b[k]) > 1);
  assert.equal(off.length, 0, `${message}: ${off.map((k) => `${k} ${a[k]} -> ${b[k]}`).join(', ')}`);
}
