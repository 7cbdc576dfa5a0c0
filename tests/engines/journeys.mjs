// A reader's journey through the explainer, written once and run in Firefox (firefox.test.mjs,
// puppeteer-core over WebDriver BiDi) and WebKit (webkit.test.mjs, selenium-webdriver driving
// WebKitGTK's MiniBrowser). The steps only use the small driver interface below, so that neither
// engine's file holds any journey logic; the selectors are the Chromium suite's (tests/e2e/).
//
// An engine is { name, narrowest, launch(), close(), open(url, { width, height }) → tab }, with
// `narrowest` the narrowest viewport its automation can give ({ ask, atMost }: the width asked
// for, and the widest innerWidth accepted as "the narrowest"), and a tab:
//   tab.evaluate(fn, ...args)   runs fn(...args) in the page (a promise is awaited); JSON result
//   tab.click(find, ...args)    a real pointer click on the element find(...args) returns in the page
//   tab.press(key)              a key press to the focused element: 'ArrowRight', 'Home', 'Escape'…
//   tab.resize(width, height)   the viewport (or the window, where the engine has no viewport)
//   tab.goto(url), tab.reload() a navigation in the same tab, waiting for its load event
//   tab.inFrame(find, fn, ...args)  fn(...args) run inside the iframe find() returns
//   tab.offline()               emulates a lost network, if the engine's automation can: returns
//                               true if it did (the journey stops the server in any case)
//   tab.errors()                console errors and uncaught page errors seen so far
//   tab.close()
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve, REPO_ROOT } from '../e2e/server.mjs';
import { DIST } from '../e2e/site.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests/engines/fixtures');
/** How long the app may take to start; a broken build shows the notice and fails sooner. */
const START = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
const startState = () => {
  const notice = document.getElementById('app-notice');
  if (notice && !notice.hidden) return 'notice';
  return document.documentElement.dataset.hydrated === 'true' ? 'live' : '';
};
const noticeShown = () => {
  const notice = document.getElementById('app-notice');
  return !!notice && !notice.hidden && notice.getClientRects().length > 0;
};
/** The bundled figures by id, read from the build's own JSON download (same origin). */
const figures = () =>
  fetch('sichuan-reform-figures.json')
    .then((r) => r.json())
    .then((rows) => Object.fromEntries(rows.filter((f) => f.kind === 'figure').map((f) => [f.id, f])));
/** A button of the group in `scope` by its text. */
const timelineButton = (text) => [...document.querySelectorAll('#timeline button')].find((b) => b.textContent.trim() === text);

// ---- Opening the page ----

/** Opens `url` in a new tab and waits until the app is live: it fails at once on the notice. */
async function openLive(engine, url, size = { width: 1280, height: 900 }) {
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

async function waitLive(tab, what) {
  const state = await until(tab, `the app starting at ${what}`, startState, [], { timeout: START });
  assert.equal(state, 'live', `${what}: the fallback notice shows instead of the live app`);
}

/** Runs a journey in a fresh tab; the tab must end with no console or page error. */
async function journey(engine, url, size, run) {
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

/** Registers the journeys as tests of the calling file, for `engine`. */
export function journeys(engine) {
  const site = {};
  before(async () => {
    [site.server, site.host] = await Promise.all([serve(DIST), serve(FIXTURES), engine.launch()]);
  });
  after(async () => {
    await engine.close();
    await Promise.all([site.server?.close(), site.host?.close()]);
  });
  const t = (name, fn) => test(`${engine.name}: ${name}`, { timeout: 90_000 }, fn);
  // What a run measured, as TAP diagnostics (the README quotes them).
  const note = (tc, text) => tc.diagnostic(`${engine.name}: ${text}`);

  t('start-up: the app comes alive with no notice and no error', async () => {
    await journey(engine, site.server.url, undefined, async (tab) => {
      const islands = await tab.evaluate(() => document.querySelectorAll('[data-island]').length);
      assert.ok(islands >= 8, `${islands} islands`);
      // The notice may also come later, from a trap in the running app.
      await sleep(500);
      assert.equal(await tab.evaluate(noticeShown), false, 'the fallback notice is hidden');
      assert.equal(await tab.evaluate(startState), 'live');
    });
  });

  t('at the narrowest width the engine allows: no sideways scroll, charts drawn to fit, every disclosure open', async (tc) => {
    const { ask, atMost } = engine.narrowest;
    await journey(engine, site.server.url, { width: ask, height: 800 }, async (tab) => {
      const fit = () => {
        const root = document.documentElement;
        const svg = document.querySelector('#chart-mianyang-share .chart-svg svg');
        return {
          inner: innerWidth,
          client: root.clientWidth,
          scroll: root.scrollWidth,
          chart: Number(svg?.getAttribute('width')),
          wider: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest('.table-scroll, [hidden]'))
            .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`),
        };
      };
      let m = await tab.evaluate(fit);
      assert.ok(m.inner <= atMost, `the narrowest viewport is ${m.inner}px wide (at most ${atMost}px expected)`);
      // The charts are redrawn at the width they have (the pre-render draws them at 640px).
      m = await until(tab, 'the chart redrawn at the page width', fit, [], { ok: (r) => r.chart > 0 && r.chart <= r.client });
      assert.ok(m.scroll <= m.client, `no sideways scroll: ${m.scroll}px of content in ${m.client}px (${m.wider.join(', ')})`);
      // Everything a reader can unfold, unfolded: tables, sources, the timeline's list.
      const opened = await tab.evaluate(() => {
        const all = [...document.querySelectorAll('details')];
        for (const d of all) d.open = true;
        return all.length;
      });
      assert.ok(opened >= 10, `${opened} disclosures`);
      await sleep(500);
      m = await tab.evaluate(fit);
      note(tc, `viewport ${m.inner}px (${m.client}px inside any scroll bar), content ${m.scroll}px wide with ${opened} disclosures open, the Mianyang chart drawn ${m.chart}px wide`);
      assert.ok(m.scroll <= m.client, `no sideways scroll with every disclosure open: ${m.scroll}px of content in ${m.client}px (${m.wider.join(', ')})`);
    });
  });

  t('a data table and its URL: the Mianyang chart\'s table opened, kept in the address, reproduced by a link', async () => {
    await journey(engine, site.server.url, undefined, async (tab) => {
      const opened = () => ({
        open: document.querySelector('#chart-mianyang-share details.chart-table')?.open ?? null,
        tables: new URL(location.href).searchParams.get('tables'),
      });
      assert.deepEqual(await tab.evaluate(opened), { open: false, tables: null });
      await tab.evaluate(() => document.querySelector('#chart-mianyang-share details.chart-table > summary').click());
      await until(tab, 'the table open, and in the URL', () => {
        const d = document.querySelector('#chart-mianyang-share details.chart-table');
        return d.open && new URL(location.href).searchParams.get('tables') === 'mianyang-share';
      });
      await tab.evaluate(() => document.querySelector('#chart-mianyang-share details.chart-table > summary').click());
      await until(tab, 'the table closed, and the URL back to the default', () =>
        !document.querySelector('#chart-mianyang-share details.chart-table').open &&
        !new URL(location.href).searchParams.has('tables'));
      // A link reproduces the view.
      await tab.goto(`${site.server.url}?tables=mianyang-share`);
      await waitLive(tab, '?tables=mianyang-share');
      assert.deepEqual(await tab.evaluate(opened), { open: true, tables: 'mianyang-share' });
    });
  });

  t('the keyboard popups on chart marks: focus, arrows, Home, Escape', async () => {
    await journey(engine, site.server.url, undefined, async (tab) => {
      const byId = await tab.evaluate(figures);
      const charts = await tab.evaluate(() => [...document.querySelectorAll('[id^="chart-"]')]
        .filter((el) => el.querySelector('.chart-frame rect.hit')).map((el) => el.id));
      assert.ok(charts.length >= 2, `charts with marks: ${charts}`);
      const focusedMark = (chart) => {
        const el = document.activeElement;
        const tip = document.querySelector(`#${chart} .chart-frame .tooltip`);
        return {
          mark: el?.closest(`#${chart}`) ? el.getAttribute('data-mark') : null,
          figure: el?.getAttribute('data-figure-id'),
          expanded: el?.getAttribute('aria-expanded'),
          tip: tip && !tip.hidden && tip.getClientRects().length > 0 ? tip.innerText : null,
        };
      };
      for (const chart of charts) {
        const count = await tab.evaluate((c) => document.querySelectorAll(`#${c} .chart-frame rect.hit`).length, chart);
        await tab.evaluate((c) => document.querySelector(`#${c} .chart-frame rect.hit`).focus(), chart);
        for (let i = 0; i < count; i++) {
          if (i > 0) await tab.press('ArrowRight');
          const state = await until(tab, `${chart}: the popup of mark ${i}`, (c, n) => {
            const el = document.activeElement;
            const tip = document.querySelector(`#${c} .chart-frame .tooltip`);
            return el?.getAttribute('data-mark') === n && tip && !tip.hidden && tip.getClientRects().length > 0 &&
              tip.innerText.trim() ? { figure: el.getAttribute('data-figure-id'), tip: tip.innerText } : null;
          }, [chart, String(i)], { timeout: 5_000 });
          const figure = byId[state.figure];
          assert.ok(figure, `${chart} mark ${i}: figure ${state.figure}`);
          assert.ok(state.tip.includes(figure.label) && state.tip.includes(figure.value_as_stated),
            `${chart} mark ${i}: the popup names ${figure.label}, ${figure.value_as_stated}: ${state.tip}`);
        }
        await tab.press('Home');
        assert.equal((await tab.evaluate(focusedMark, chart)).mark, '0', `${chart}: Home goes back to the first mark`);
        await tab.press('Escape');
        const closed = await until(tab, `${chart}: Escape closes the popup`, focusedMark, [chart], { timeout: 5_000, ok: (s) => s.tip === null });
        assert.equal(closed.mark, '0', `${chart}: focus stays on the mark`);
        assert.equal(closed.expanded, 'false');
      }
    });
  });

  t('the timeline: Next opens the next event and writes its hash; Back returns', async () => {
    await journey(engine, site.server.url, undefined, async (tab) => {
      const events = await tab.evaluate(() => [...document.querySelectorAll('#timeline ol > li[data-event-id]')].map((li) => li.dataset.eventId));
      assert.ok(events.length >= 5, `${events.length} events`);
      const selected = (id) => {
        const detail = document.getElementById('timeline-detail');
        const live = document.querySelector('#timeline [aria-live="polite"]')?.textContent ?? '';
        const title = detail?.querySelector('h3')?.textContent.trim();
        return location.hash === `#event-${id}` && detail?.dataset.eventId === id && detail.getClientRects().length > 0 &&
          !!title && live.includes(title) ? title : null;
      };
      assert.equal(await tab.evaluate(() => location.hash), '');
      await tab.click(timelineButton, 'Next');
      await until(tab, `Next opens ${events[0]}`, selected, [events[0]]);
      await tab.click(timelineButton, 'Next');
      await until(tab, `Next again opens ${events[1]}`, selected, [events[1]]);
      await tab.click(timelineButton, 'Previous');
      await until(tab, `Previous opens ${events[0]}`, selected, [events[0]]);
      await tab.evaluate(() => history.back());
      await until(tab, `Back returns to ${events[1]}`, selected, [events[1]]);
    });
  });

  t('the source dialog: its highlight, and Escape returning focus to the button that opened it', async () => {
    await journey(engine, site.server.url, undefined, async (tab) => {
      const byId = await tab.evaluate(figures);
      // A card shown by default (those the prose tells are folded under it).
      const id = await tab.evaluate(() => document.querySelector('li.card[data-figure-id]:not(details.more-figures li)').dataset.figureId);
      const opener = (fid) => document.querySelector(`li.card[data-figure-id="${fid}"] button[data-show-source]`);
      await tab.click((fid) => document.querySelector(`li.card[data-figure-id="${fid}"] summary`), id);
      await until(tab, 'the card\'s source unfolded', (fid) => {
        const b = document.querySelector(`li.card[data-figure-id="${fid}"] button[data-show-source]`);
        return !!b && b.getClientRects().length > 0;
      }, [id]);
      await tab.click(opener, id);
      const open = await until(tab, 'the source dialog open, with its highlight in view', () => {
        const dialog = document.querySelector('dialog.source-view');
        const mark = dialog?.querySelector('mark#source-highlight');
        if (!dialog?.open || !mark) return null;
        const box = mark.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.top < innerHeight
          ? { text: mark.textContent, focus: document.activeElement?.id, source: new URL(location.href).searchParams.get('source') }
          : null;
      });
      assert.equal(open.text, byId[id].source_excerpt, 'the highlight is the exact sentence');
      assert.equal(open.source, id, 'the source is in the URL');
      assert.equal(open.focus, 'source-highlight', 'focus moves into the dialog');
      await tab.press('Escape');
      await until(tab, 'Escape closes the dialog and returns focus to "Show source"', (fid) =>
        !document.querySelector('dialog.source-view') &&
        document.activeElement === document.querySelector(`li.card[data-figure-id="${fid}"] button[data-show-source]`) &&
        !new URL(location.href).searchParams.has('source'), [id]);
    });
  });

  t('an embed in a host page on another origin keeps the height of its content, narrow and wide', async (tc) => {
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
  });

  t('offline: after one visit, a reload with no network starts from the service worker and works', async (tc) => {
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
  });
}
