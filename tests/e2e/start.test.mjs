// Start-up renders each island afresh over its pre-rendered copy (src/browser/mod.rs,
// `start_islands`) rather than hydrating it. These tests hold the WebAssembly back so that the
// reader can act on the pre-rendered page first, then check that starting changes nothing they
// can see: no frame with an island emptied, no layout shift in the first screen, and what they
// did (focus, opened disclosures, a table scrolled sideways) still there.
//
// Further down, a chart drawn at the pre-render's default width is redrawn at its real width on
// start-up and may change height, shifting what is below it for a reader who has scrolled
// there in the first second. That was so with hydration too (and worse: hydration closed what
// the reader had opened); BENCHMARKS.md, "What stands in the way".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist, asset, assertClean } from './site.mjs';
import { watch } from './browser.mjs';

const site = servedDist();

/**
 * Opens the page with the WebAssembly held back; `release()` lets it through. The contexts block
 * service workers: ours claims the page once installed and serves the WebAssembly from its
 * precache, around the hold (a throttled soak run started the app before the test watched it).
 */
async function openHeld(context) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(`**/${asset('sichuan-reform_bg.wasm')}`, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  // `make soak` may slow the page's CPU as well as keep a core busy (SOAK_THROTTLE: Chromium's
  // own throttling, N times slower), the nearest thing to an old phone this machine has.
  const throttle = Number(process.env.START_CPU_THROTTLE ?? 1);
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const seen = await watch(page, site.server.url);
  await page.goto(site.server.url, { waitUntil: 'load' });
  return { page, seen, release };
}

/**
 * From now on, before every frame: each island that had content must show it exactly once (an
 * island is replaced by a new element: none would be a frame with it emptied, two a frame with
 * it doubled).
 */
function watchFrames(page) {
  return page.evaluate(() => {
    const keys = [...document.querySelectorAll('[data-island]')].filter((el) => el.childElementCount > 0).map((el) => el.dataset.island);
    window.__frames = { count: 0, wrong: [], done: false };
    const frame = () => {
      window.__frames.count += 1;
      for (const key of keys) {
        const shown = [...document.querySelectorAll(`[data-island="${key}"]`)].filter((el) => el.childElementCount > 0).length;
        if (shown !== 1) window.__frames.wrong.push(`${key} shown ${shown} times in frame ${window.__frames.count}`);
      }
      // Up to the first frame after start-up, which may be the only one: the islands may all
      // start between two frames.
      if (document.documentElement.dataset.hydrated === 'true') window.__frames.done = true;
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return keys.length;
  });
}

/**
 * From now on, at each island's swap (the moment its copy leaves the page, src/browser/carry.rs):
 * the height of its first render and of its copy. Islands start one per task, so a frame can
 * fall between two swaps; an island whose first render were taller or shorter than its copy
 * would move everything after it in that frame, the later islands' copies included (a shift
 * whose source is gone by the time it is reported). This checks for that without waiting for
 * an unlucky frame.
 */
function watchSwaps(page) {
  return page.evaluate(() => {
    // Islands and their hosts are `display: contents`: their box is their children's.
    const height = (el) => {
      const boxes = [...el.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width || r.height);
      return boxes.length ? Math.max(...boxes.map((r) => r.bottom)) - Math.min(...boxes.map((r) => r.top)) : 0;
    };
    const copies = new Map([...document.querySelectorAll('[data-island]')]
      .filter((el) => el.childElementCount > 0).map((el) => [el, height(el)]));
    window.__swaps = [];
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.removedNodes])) {
        if (!copies.has(node)) continue;
        const host = [...document.querySelectorAll(`[data-island="${node.dataset.island}"]`)].find((el) => el.isConnected);
        window.__swaps.push({ island: node.dataset.island, copy: copies.get(node), render: host ? height(host) : null, at: Math.round(performance.now()) });
      }
    }).observe(document.body, { childList: true, subtree: true });
    return copies.size;
  });
}

for (const width of [320, 1280]) {
  test(`at ${width}px: what the reader did before start-up is kept, and no frame shows an island emptied`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    try {
      const { page, seen, release } = await openHeld(context);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined);
      const table = page.locator('[data-island="chart:mianyang-share"] details.chart-table');
      const summary = table.locator('summary');
      // By keyboard: focus the table's disclosure and open it, as a reader tabbing in would.
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await table.evaluate((el) => el.open), true, 'the table opened before start-up');
      await page.locator('details.tl-all summary').click();
      await summary.focus();
      const scroller = table.locator('.table-scroll');
      const scrolled = await scroller.evaluate((el) => {
        el.scrollLeft = 30;
        return el.scrollLeft;
      });
      if (width === 320) assert.ok(scrolled > 0, 'the table scrolls sideways at 320px');

      const islands = await watchFrames(page);
      assert.ok(islands >= 7, `${islands} islands with content`);
      release();
      await page.waitForFunction(() => window.__frames.done);

      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.count >= 1, 'frames were watched');
      assert.deepEqual(frames.wrong, []);
      // The elements are new ones, in the same state.
      assert.equal(await table.evaluate((el) => el.open), true, 'the table stays open');
      assert.equal(await page.locator('details.tl-all').evaluate((el) => el.open), true, 'the list stays open');
      assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'focus stays on the summary');
      assert.equal(await scroller.evaluate((el) => el.scrollLeft), scrolled, 'the table keeps its scroll');
      // The island took the open table into its view, as if the reader had opened it now.
      await page.waitForFunction(() => new URLSearchParams(location.search).get('tables') === 'mianyang-share');
      // And it is live: the keyboard closes the table, and the address follows.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('tables'));
      assert.equal(await table.evaluate((el) => el.open), false);
      await assertClean(page, seen);
    } finally {
      await context.close();
    }
  });
}

/**
 * The first screen's layout: the box of every element that shows in it, by its path of child
 * indices from <body> (an island's new element takes its copy's place, so paths survive the
 * swap). Compared before and after start-up it shows what moved, whichever frames were painted.
 */
const firstScreen = () => {
  const boxes = {};
  const walk = (el, path) => {
    [...el.children].forEach((child, i) => {
      const r = child.getBoundingClientRect();
      if (r.top < innerHeight && (r.width || r.height)) {
        // Where it starts, and its size if it ends within the screen too: the page's height
        // changes below it, with the charts further down redrawn at their width.
        const box = r.bottom <= innerHeight ? [r.left, r.top, r.width, r.height] : [r.left, r.top, r.width];
        boxes[`${path}/${i}`] = { tag: child.tagName.toLowerCase(), box };
      }
      walk(child, `${path}/${i}`);
    });
  };
  walk(document.body, '');
  return boxes;
};

for (const width of [320, 1280]) {
  test(`at ${width}px: start-up shifts nothing in the first screen`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    try {
      const { page, seen, release } = await openHeld(context);
      await page.evaluate(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
      });
      await watchFrames(page);
      const islands = await watchSwaps(page);
      const before = await page.evaluate(firstScreen);
      release();
      await page.waitForFunction(() => window.__frames.done);
      // Redraws at the real width come in later tasks: let them land.
      await page.waitForTimeout(500);
      const swaps = await page.evaluate(() => window.__swaps);
      const missing = await page.evaluate(() => [...document.querySelectorAll('[data-island]')].map((el) => el.dataset.island));
      assert.equal(swaps.length, islands, `every island swapped in: ${JSON.stringify(swaps.map((s) => s.island))} of ${JSON.stringify(missing)}`);
      const resized = swaps.filter((s) => s.render === null || Math.abs(s.render - s.copy) > 0.5);
      assert.deepEqual(resized, [], 'an island whose first render is not as tall as its copy');
      const after = await page.evaluate(firstScreen);
      // Within half a pixel: a redraw may move text by a tenth of one, which nobody sees.
      const same = (a, b) => a && a.tag === b.tag && a.box.length === b.box.length && a.box.every((v, i) => Math.abs(v - b.box[i]) <= 0.5);
      const moved = Object.keys(before).filter((p) => !same(after[p], before[p]))
        .map((p) => `${p}: ${before[p].tag} ${before[p].box.map(Math.round)} -> ${after[p]?.box.map(Math.round)}`);
      assert.deepEqual(moved, [], 'elements of the first screen that moved or changed size');
      const shifts = await page.evaluate(() =>
        window.__shifts.map((s) => ({
          value: s.value,
          at: Math.round(s.startTime),
          // The rects too: a source removed from the page since has no node left to name.
          what: s.sources.map((x) => `${x.node?.nodeName}.${x.node?.className} ${JSON.stringify([x.previousRect, x.currentRect].map((r) => [r.x, r.y, r.width, r.height].map(Math.round)))}`),
        })));
      if (shifts.length) console.log(`# swaps: ${JSON.stringify(swaps.map((s) => [s.island, s.at]))}`);
      assert.deepEqual(shifts, [], 'layout shifts in the first screen');
      assert.deepEqual((await page.evaluate(() => window.__frames)).wrong, []);
      await assertClean(page, seen);
    } finally {
      await context.close();
    }
  });
}
