// The bodies of the journey's last two steps, the two that take the explainer out of a plain tab:
// framed by a host page on another origin (step 7), and reloaded offline from its service worker
// (step 8). journeys.mjs registers them, so that every step's title and order stay in one place;
// `engine` is its driver interface, and `note(tc, text)` its TAP diagnostic.
import assert from 'node:assert/strict';
import { serve } from '../e2e/server.mjs';
import { DIST } from '../e2e/site.mjs';
import { sleep, until, noticeShown, timelineButton, openLive, waitLive } from './tabs.mjs';

/** Step 7: an embed in a host page on another origin keeps the height of its content. */
export async function embedKeepsHeight(engine, site, tc, note) {
  const { ask } = engine.narrowest;
  const hostUrl = `${site.host.url}host.html?view=mianyang&explainer=${encodeURIComponent(site.server.url)}`;
  const tab = await engine.open(hostUrl, { width: ask, height: 800 });
  try {
    await until(tab, 'the host page built', () => document.documentElement.dataset.built === 'true');
    const iframe = () => document.querySelector('iframe[data-sichuan-reform]');
    const inside = () => ({
      live: document.documentElement.dataset.hydrated === 'true',
      embed: document.documentElement.dataset.embed ?? null,
      notice: document.getElementById('app-notice')?.hidden === false,
      viewport: innerHeight,
      scroll: document.documentElement.scrollHeight,
      box: Math.ceil(document.documentElement.getBoundingClientRect().height),
      // The chart redrawn at the width it has (the pre-render draws it 640 px wide): until
      // then the frame may fit a page that is about to change height.
      drawn: (() => {
        const svg = document.querySelector('#chart-mianyang-share .chart-svg svg');
        return !!svg && Math.abs(Number(svg.getAttribute('width')) - svg.parentElement.clientWidth) <= 1;
      })(),
      // What a failure needs to say: the drawing's width and the room it has.
      widths: (() => {
        const svg = document.querySelector('#chart-mianyang-share .chart-svg svg');
        return svg ? [Number(svg.getAttribute('width')), svg.parentElement.clientWidth, innerWidth] : null;
      })(),
    });
    const fitted = async (what) => {
      // The reader scrolls to the embed's chart: charts are redrawn at their width only on or
      // near the screen (src/browser/layout.rs), and "near" is "on" across origins. (The
      // Mianyang part's chart comes after two paragraphs: on a narrow screen it sits below the
      // frame's first screenful, where it waits, undrawn, until a reader gets there.)
      const deadline = Date.now() + 10_000;
      let scrolledAt = -1;
      for (;;) {
        // The chart's place in the frame moves as the frame's height settles: follow it.
        const at = await tab.inFrame(iframe, () => Math.round(document.querySelector('#chart-mianyang-share').getBoundingClientRect().top + scrollY));
        if (at !== scrolledAt) {
          await tab.evaluate((y) => {
            const frame = document.querySelector('iframe[data-sichuan-reform]');
            scrollTo(0, frame.getBoundingClientRect().top + scrollY + y - 40);
          }, at);
          scrolledAt = at;
        }
        const h = await tab.inFrame(iframe, inside);
        assert.equal(h.notice, false, `${what}: the embedded explainer shows the fallback notice`);
        const host = await tab.evaluate(() => {
          const el = document.querySelector('iframe[data-sichuan-reform]');
          return { height: el.style.getPropertyValue('height'), important: el.style.getPropertyPriority('height') };
        });
        if (h.live && h.embed === 'mianyang' && h.drawn && host.important === 'important' &&
          Math.abs(h.viewport - h.scroll) <= 2 && Math.abs(h.viewport - h.box) <= 2) return { ...h, host: host.height };
        if (Date.now() > deadline) {
          assert.fail(`${what}: the iframe does not fit its content within 10 s: ${JSON.stringify({ ...h, host })}`);
        }
        await sleep(150);
      }
    };
    const narrow = await fitted(`at ${ask}px`);
    await tab.resize(1000, 800);
    const wide = await fitted('at 1000px');
    assert.ok(narrow.viewport > wide.viewport, `taller when narrow (${narrow.viewport}px) than wide (${wide.viewport}px)`);
    await tab.resize(ask, 800);
    const again = await fitted(`back at ${ask}px`);
    note(tc, `the embed's iframe ${narrow.host} tall at ${ask}px asked, ${wide.host} at 1000px, ${again.host} back at ${ask}px`);
    assert.ok(Math.abs(again.viewport - narrow.viewport) <= 2, `the same height at ${ask}px again (${again.viewport}px, ${narrow.viewport}px)`);
    assert.deepEqual(await tab.errors(), [], 'console and page errors');
  } finally {
    await tab.close();
  }
}

/** Step 8: after one visit, a reload with no network starts from the service worker. */
export async function offlineReload(engine, tc, note) {
  // An origin of its own: the worker and cache of this test are no other test's.
  const own = await serve(DIST);
  let stopped = false;
  const stop = () => (stopped ? undefined : ((stopped = true), own.close()));
  let tab;
  try {
    tab = await openLive(engine, own.url);
    const ready = await tab.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]));
    assert.ok(ready, 'a service worker is active within 10 s');
    const controlled = () => !!navigator.serviceWorker.controller;
    if (!(await tab.evaluate(controlled))) {
      await sleep(1000);
      if (!(await tab.evaluate(controlled))) {
        await tab.reload();
        await waitLive(tab, 'a reload to be controlled');
      }
    }
    await until(tab, 'the page controlled by the service worker', controlled);
    const keys = await until(tab, 'the precache written', () => caches.keys().then((k) => (k.length ? k : null)));
    assert.equal(keys.length, 1, `one cache: ${keys}`);

    const emulated = await tab.offline();
    note(tc, emulated ? 'offline emulated by the automation, and the server stopped' : 'no offline emulation in this automation: the server stopped');
    // Stopped, whatever the emulation: nothing can answer but the worker.
    await stop();
    await tab.reload();
    await waitLive(tab, 'the offline reload');
    const state = await tab.evaluate(() => ({
      controlled: !!navigator.serviceWorker.controller,
      online: navigator.onLine,
      cards: document.querySelectorAll('li.card[data-figure-id]').length,
    }));
    assert.ok(state.controlled, 'served by the worker');
    if (emulated) assert.equal(state.online, false, 'navigator.onLine is false under the emulation');
    assert.ok(state.cards >= 6, `${state.cards} figure cards`);
    await sleep(300);
    assert.equal(await tab.evaluate(noticeShown), false, 'no fallback notice offline');
    // Live offline: a mark's popup, and the timeline's Next.
    await tab.evaluate(() => document.querySelector('#chart-mianyang-share .chart-frame rect.hit').focus());
    await until(tab, 'a popup offline', () => {
      const tip = document.querySelector('#chart-mianyang-share .chart-frame .tooltip');
      return !!tip && !tip.hidden && tip.getClientRects().length > 0;
    });
    const first = await tab.evaluate(() => document.querySelector('#timeline ol > li[data-event-id]').dataset.eventId);
    await tab.click(timelineButton, 'Next');
    await until(tab, 'Next offline', (id) => location.hash === `#event-${id}` &&
      document.getElementById('timeline-detail')?.dataset.eventId === id, [first]);
    assert.deepEqual(await tab.errors(), [], 'console and page errors');
  } finally {
    await tab?.close();
    await stop();
  }
}
