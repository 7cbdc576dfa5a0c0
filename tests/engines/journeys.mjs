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
//
// The tools the steps share (polling, in-page functions, opening the page live) are in tabs.mjs,
// and the bodies of steps 7 and 8 in steps-embed-offline.mjs; every step is registered here, in
// the README's order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, REPO_ROOT } from '../e2e/server.mjs';
import { DIST } from '../e2e/site.mjs';
import { sleep, until, startState, noticeShown, figures, timelineButton, journey, waitLive } from './tabs.mjs';
import { embedKeepsHeight, offlineReload } from './steps-embed-offline.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests/engines/fixtures');
// A driver file may poll its tab as the steps do, from the one module it imports.
export { until };

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

  t('an embed in a host page on another origin keeps the height of its content, narrow and wide', (tc) =>
    embedKeepsHeight(engine, site, tc, note));

  t('offline: after one visit, a reload with no network starts from the service worker and works', (tc) =>
    offlineReload(engine, tc, note));
}
