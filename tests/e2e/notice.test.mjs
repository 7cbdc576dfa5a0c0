// When the WebAssembly cannot start, or loader.js never runs at all (missing, blocked), the
// notice shows (early.js arms it for the second case) as a toast over the page: no layout shift,
// announced (role=status), and dismissible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';

const site = servedDist();

/** Cumulative layout shift of the page so far (layout-shift entries, as CLS counts them). */
const layoutShift = (page) =>
  page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().filter((e) => !e.hadRecentInput)
      .reduce((sum, e) => sum + e.value, 0))).observe({ type: 'layout-shift', buffered: true });
    // No entry at all: no shift; the observer would never call back.
    setTimeout(() => resolve(0), 500);
  }));

for (const [what, blocked] of [['the WebAssembly', '**/*.wasm'], ['loader.js', '**/loader.*.js']]) {
  test(`${what} blocked: the notice shows, moves nothing, and can be dismissed`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      await context.route(blocked, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(site.server.url, { waitUntil: 'load' });
      const notice = page.locator('#app-notice');
      await notice.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await notice.getAttribute('role'), 'status');
      await page.waitForTimeout(300);
      const cls = await layoutShift(page);
      assert.ok(cls < 0.001, `layout shift ${cls.toFixed(4)} when the notice shows`);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }
  });
}
