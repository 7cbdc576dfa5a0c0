// Hostile input to embedding: the custom element given javascript: and data: sources, a marked
// iframe on a data: page (origin "null") reporting heights, and a seeded postMessage fuzz into
// the host page (from itself, a foreign widget and the null-origin frame) and into the
// explainer's frames. Only the explainer's own page may size its iframe; nothing may break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { twoOrigins, hydratedFrame, frameHeights } from './hosts.mjs';
import { messages } from './fuzz.mjs';

const hosts = twoOrigins(['hostile.html', 'foreign.html']);
const COUNT = Number(process.env.FUZZ_MESSAGES ?? 200);

test('the custom element makes no frame of javascript: or data:, and null-origin heights are ignored', async () => {
  const context = await hosts.browser.newContext();
  try {
    const { page, errors } = await hosts.open(context, 'hostile.html');
    await hydratedFrame(page, '#legit');
    // The data: page posts every 50 ms: give it time to be (wrongly) believed.
    await page.waitForTimeout(1_000);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      frames: [...document.querySelectorAll('sichuan-reform-explainer iframe')].map((f) => f.src.slice(0, 40)),
      nullFrame: document.getElementById('null-frame').style.height,
    }));
    assert.equal(state.pwned, null, 'javascript: ran in the host page');
    assert.deepEqual(state.frames, [], 'frames made from javascript: or data: sources');
    assert.equal(state.nullFrame, '', 'a height from the origin "null" was applied');
    // A src changed to javascript: later removes the frame rather than loading it.
    await page.evaluate(() => {
      const el = document.createElement('sichuan-reform-explainer');
      el.id = 'later';
      el.setAttribute('src', document.getElementById('legit').src.split('?')[0]);
      document.body.prepend(el);
    });
    await page.waitForSelector('#later iframe', { state: 'attached' });
    await page.evaluate(() => document.getElementById('later').setAttribute('src', 'javascript:parent.__pwned=2//'));
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#later iframe').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(`${COUNT} seeded messages from each wrong source, and into the frames: no height taken, nothing breaks`, async () => {
  const context = await hosts.browser.newContext();
  const list = messages(COUNT);
  try {
    const { page, errors } = await hosts.open(context, 'hostile.html');
    const legit = await hydratedFrame(page, '#legit');
    const pym = await hydratedFrame(page, '#pym-child');
    const settled = async () => {
      for (let i = 0; i < 50; i++) {
        const [a, b] = [await frameHeights(legit), await frameHeights(pym)];
        if (Math.abs(a.host - a.content) <= 2 && Math.abs(b.host - b.content) <= 2) return [a.host, b.host];
        await page.waitForTimeout(200);
      }
      assert.fail('the explainer frames did not fit their content');
    };
    const before = await settled();
    // Watch every height embed.js sets from now on.
    await page.evaluate(() => {
      window.__set = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.target.tagName === 'IFRAME') window.__set.push(`${r.target.id}: ${r.target.style.height}`);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    const foreign = page.frame({ url: /foreign\.html/ });
    const nullFrame = await (await page.$('#null-frame')).contentFrame();
    const post = (msgs) => msgs.forEach((m) => parent.postMessage(m, '*'));
    await page.evaluate((msgs) => msgs.forEach((m) => window.postMessage(m, '*')), list);
    await foreign.evaluate(post, list);
    await nullFrame.evaluate(post, list);
    // Into the explainer's own pages (one a pym child, which listens to its parent's messages).
    for (const target of ['#legit', '#pym-child']) {
      await page.evaluate(([sel, msgs]) => msgs.forEach((m) => document.querySelector(sel).contentWindow.postMessage(m, '*')), [target, list]);
    }
    await page.waitForTimeout(1_000);
    const set = await page.evaluate(() => window.__set);
    const wrong = set.filter((s) => !s.startsWith('legit:') && !s.startsWith('pym-child:'));
    console.log(`# message fuzz: ${list.length} messages x 5 targets, ${wrong.length} heights wrongly applied, ${errors.length} errors`);
    assert.deepEqual(wrong, [], 'heights applied from a wrong source');
    assert.deepEqual(await settled(), before, 'the explainer frames keep their heights');
    for (const { frame } of [legit, pym]) {
      assert.equal(await frame.evaluate(() => document.documentElement.dataset.hydrated), 'true');
    }
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
