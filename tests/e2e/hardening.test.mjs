// Issue #13: what happens at load replaces the history entry, never adds one (Back leaves the
// page, one Escape closes a linked source); the event the address names wins over a filter that
// would hide it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist, assertClean } from './site.mjs';
import { watch } from './browser.mjs';

const site = servedDist();

/** Opens `address` in a fresh page; returns it with history.length at first paint and once live. */
async function load(context, address) {
  const page = await context.newPage();
  const seen = await watch(page, site.server.url);
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => { window.__historyAtLoad = history.length; });
  });
  await page.goto(site.server.url + address, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  // Every island's first URL write happens while it hydrates; give late ones a moment.
  await page.waitForTimeout(300);
  const [before, after] = await page.evaluate(() => [window.__historyAtLoad, history.length]);
  return { page, seen, before, after };
}

for (const address of [
  '?utm_source=newsletter&source=swjtu-startups',
  '?tables=money,swjtu#event-report-2018',
]) {
  test(`loading ${address} adds no history entry; Back leaves the page`, async () => {
    const context = await site.browser.newContext();
    try {
      const { page, seen, before, after } = await load(context, address);
      assert.equal(after, before, `history.length ${before} at load, ${after} once live`);
      await assertClean(page, seen);
      const url = page.url();
      await page.goBack();
      assert.notEqual(page.url(), url, 'Back returned to the same view');
    } finally {
      await context.close();
    }
  });
}

test('a source dialog opened by the address closes with one Escape', async () => {
  const context = await site.browser.newContext();
  try {
    const { page, seen } = await load(context, '?utm_source=newsletter&source=swjtu-startups');
    const dialog = page.locator('dialog.source-view');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 3_000 });
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('source'), null);
    assert.equal(url.searchParams.get('utm_source'), 'newsletter', 'foreign parameters kept');
    await assertClean(page, seen);
  } finally {
    await context.close();
  }
});

test('the event in the address wins over the area filter that would hide it', async () => {
  const context = await site.browser.newContext();
  try {
    const { page, seen, before, after } = await load(context, '?area=industry#event-mianyang-equipment-platform');
    assert.equal(after, before, 'the address without the filter replaced the entry');
    const detail = page.locator('#timeline-detail');
    await detail.waitFor({ state: 'visible' });
    assert.equal(await detail.getAttribute('data-event-id'), 'mianyang-equipment-platform');
    assert.equal(await page.locator('#timeline select').inputValue(), '', 'the filter shows every area');
    const url = new URL(page.url());
    assert.equal(url.search, '', 'the dropped filter left the address');
    assert.equal(url.hash, '#event-mianyang-equipment-platform');
    await assertClean(page, seen);
  } finally {
    await context.close();
  }
});
