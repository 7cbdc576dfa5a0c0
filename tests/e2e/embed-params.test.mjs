// The embed parameters, on the explainer opened directly (not framed): ?embed and each view, the
// retired views' old embed codes, theme and transparency, and unknown or malformed parameters
// still giving readable content. Framed in a host page: embed.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, watch, cspViolations } from './browser.mjs';
import { DIST } from './site.mjs';
import { SETTLE, assertClean } from './embed-helpers.mjs';

const VIEWS = ['pilot', 'mianyang', 'shared-ownership', 'swjtu', 'ip', 'timeline'];
let explainer; // dist/
let browser;

before(async () => {
  [explainer, browser] = await Promise.all([serve(DIST), launch()]);
});
after(async () => {
  await browser?.close();
  await explainer?.close();
});

/** The explainer opened directly (not framed), watched. */
async function openDirect(context, query) {
  const page = await context.newPage();
  const seen = await watch(page, explainer.url);
  await page.goto(explainer.url + query, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: SETTLE });
  return { page, seen };
}

async function assertQuiet(page, seen) {
  assertClean(seen, await cspViolations(page));
}

test('embed parameters: views, chrome, theme, transparency', async () => {
  const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
  try {
    const whole = await openDirect(context, '?embed');
    const chrome = await whole.page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].some((el) =>
        el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden');
      return {
        embed: document.documentElement.dataset.embed,
        kicker: shown('.kicker'),
        skip: shown('.skip-link'),
        footer: shown('.source-footer'),
        sections: [...document.querySelectorAll('section.story')].filter((s) => s.getClientRects().length).length,
        timeline: shown('#timeline'),
      };
    });
    assert.equal(chrome.embed, 'all');
    assert.deepEqual({ kicker: chrome.kicker, skip: chrome.skip, footer: chrome.footer }, { kicker: false, skip: false, footer: false }, '?embed has no page chrome');
    assert.ok(chrome.sections >= 5 && chrome.timeline, '?embed shows the whole explainer');
    await assertQuiet(whole.page, whole.seen);

    for (const view of VIEWS) {
      const { page, seen } = await openDirect(context, `?embed=${view}`);
      const state = await page.evaluate((v) => ({
        embed: document.documentElement.dataset.embed,
        shown: !!document.getElementById(v)?.getClientRects().length,
        others: [...document.querySelectorAll('section.story, #timeline')].filter((s) => s.id !== v && s.getClientRects().length).map((s) => s.id),
      }), view);
      assert.deepEqual(state, { embed: view, shown: true, others: [] }, `?embed=${view} shows that view alone`);
      await assertQuiet(page, seen);
      await page.close();
    }

    // A retired view's old embed code still works: ?embed=military opens the part that holds it.
    {
      const { page, seen } = await openDirect(context, '?embed=military');
      const state = await page.evaluate(() => ({
        embed: document.documentElement.dataset.embed,
        shown: !!document.querySelector('#mianyang #military')?.getClientRects().length,
      }));
      assert.deepEqual(state, { embed: 'mianyang', shown: true }, '?embed=military shows the Mianyang part, its province group included');
      await assertQuiet(page, seen);
      await page.close();
    }
    // The money part's old embed code opens the part that holds most of its sums.
    {
      const { page, seen } = await openDirect(context, '?embed=money');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.embed), 'mianyang');
      await assertQuiet(page, seen);
      await page.close();
    }

    const themed = await openDirect(context, '?embed=swjtu&theme=dark&transparent');
    const look = await themed.page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
    }));
    assert.equal(look.theme, 'dark');
    assert.equal(look.html, 'rgba(0, 0, 0, 0)', 'transparent <html>');
    assert.equal(look.body, 'rgba(0, 0, 0, 0)', 'transparent <body>');
    const light = await openDirect(context, '?embed=swjtu&theme=light');
    assert.equal(await light.page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await assertQuiet(themed.page, themed.seen);
  } finally {
    await context.close();
  }
});

test('unknown and malformed embed parameters: no crash, readable content', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const unknown = await openDirect(context, '?embed=nope');
    const message = unknown.page.locator('.embed-unknown');
    await message.waitFor({ state: 'visible', timeout: SETTLE });
    const text = await message.innerText();
    for (const view of VIEWS) assert.ok(text.includes(view), `the message lists "${view}": ${text}`);
    await assertQuiet(unknown.page, unknown.seen);

    for (const query of ['?embed=%ZZ&theme=purple', '?tables=,,,&swjtu=', '?embed=swjtu&embed=nope&theme=&transparent=%', '?embed=timeline#event-nope']) {
      const { page, seen } = await openDirect(context, query);
      const state = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? null,
        content: document.querySelectorAll('li.card[data-figure-id], .embed-unknown, #timeline').length,
        h: document.documentElement.scrollHeight,
      }));
      assert.ok(state.content > 0 && state.h > 300, `${query}: content shown (${JSON.stringify(state)})`);
      assert.notEqual(state.theme, 'purple', `${query}: an invalid theme is ignored`);
      await assertQuiet(page, seen);
      await page.close();
    }
  } finally {
    await context.close();
  }
});
