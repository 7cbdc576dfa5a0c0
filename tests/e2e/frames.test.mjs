// Embeds the reader has not scrolled to: Chromium stops rendering cross-origin frames off screen
// (and in a visibility: hidden box), and with it their ResizeObserver, so a height report that
// relied on it went stale after the host changed width. Each frame must reach its content's
// height within 2 s of a width change, never scrolled to (fixtures/offscreen.html); once
// settled, they post nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { twoOrigins, hydratedFrame, frameHeights } from './hosts.mjs';

const hosts = twoOrigins(['offscreen.html']);
const FRAMES = ['#below', '#invisible'];
const WITHIN = 2_000;

/** Waits up to `ms` for every frame to be as tall as its content (2 px); returns what it saw. */
async function fitted(page, frames, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const all = [];
    for (const [name, f] of frames) all.push([name, await frameHeights(f)]);
    const bad = all.filter(([, h]) => !(Math.abs(h.host - h.content) <= 2));
    if (!bad.length || Date.now() > deadline) return bad;
    await page.waitForTimeout(100);
  }
}

test('off-screen and hidden embeds follow width changes within 2 s without being scrolled to', async () => {
  const context = await hosts.browser.newContext();
  try {
    const { page, errors } = await hosts.open(context, 'offscreen.html', 1000);
    const frames = [];
    for (const selector of FRAMES) frames.push([selector, await hydratedFrame(page, selector)]);
    assert.deepEqual(await fitted(page, frames, 10_000), [], 'fitted at first');
    const stale = [];
    for (const width of [320, 700, 1000, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const bad = await fitted(page, frames, WITHIN);
      stale.push(...bad.map(([name, h]) => `${width}px ${name}: iframe ${h.host}px, content ${h.content}px`));
    }
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'never scrolled');
    assert.deepEqual(stale, [], `stale ${WITHIN / 1000} s after a width change`);
    // The polling costs nothing when nothing changes: a settled page posts no message at all.
    await page.evaluate(() => {
      window.__heights = 0;
      addEventListener('message', (e) => e.data?.type === 'sichuan-reform-explainer:height' && window.__heights++);
    });
    await page.waitForTimeout(1_500);
    await page.evaluate(() => { window.__heights = 0; });
    await page.waitForTimeout(3_000);
    assert.equal(await page.evaluate(() => window.__heights), 0, 'height messages from settled frames');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
