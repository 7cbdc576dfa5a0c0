// When the WebAssembly (or its JavaScript glue) cannot load, the pre-rendered page must stay
// readable and a notice must say the interactive parts are unavailable; and the page must be
// usable from the keyboard from its first Tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedDist } from './site.mjs';
import { screenshot } from './browser.mjs';

const site = servedDist();

// The glue under its content-hashed name (assets/sichuan-reform.<hash>.js).
for (const blocked of ['**/*.wasm', '**/sichuan-reform.*.js']) {
  test(`blocked ${blocked}: page stays readable and the notice shows`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      await context.route(blocked, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(site.server.url, { waitUntil: 'load' });
      const notice = page.locator('#app-notice');
      await notice.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await notice.innerText(), /interactive parts/);
      assert.ok((await page.locator('li.card[data-figure-id]').count()) >= 6, 'figure cards are still there');
      assert.ok(await page.locator('h1').isVisible());
      assert.notEqual(await page.evaluate(() => document.documentElement.dataset.hydrated), 'true');
      await screenshot(page, `fallback-${blocked.includes('wasm') ? 'wasm' : 'glue'}`);
    } finally {
      await context.close();
    }
  });
}

test('the notice is hidden when the app starts normally', async () => {
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    assert.equal(await page.locator('#app-notice').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the figures', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.equal(await focused.innerText(), 'Skip to the figures');
    assert.ok(await focused.isVisible(), 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    // The fragment navigation lands a moment after the key press.
    await page.waitForFunction(() => location.hash === '#main', null, { timeout: 5_000 });
    assert.equal(new URL(await page.evaluate(() => location.href)).hash, '#main');
    const mainTop = await page.locator('#main').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(mainTop) < 2, `main scrolled to the top (top=${mainTop})`);
  } finally {
    await context.close();
  }
});
