// Embedding: the explainer inside a hostile news page on another origin (tests/e2e/fixtures/
// news.html), sized by our static/embed.js (iframe and custom element) or by a real pym.js v1
// parent; the embed parameters; and foreign postMessage traffic that must change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, watch, cspViolations, screenshot } from './browser.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const FIXTURES = path.join(REPO_ROOT, 'tests/e2e/fixtures');
const PYM = path.join(REPO_ROOT, 'node_modules/pym.js/dist/pym.v1.min.js');
const TYPE = 'sichuan-reform-explainer:height';
const VIEWS = ['pilot', 'mianyang', 'shared-ownership', 'swjtu', 'ip', 'timeline'];
const SETTLE = 10_000; // ms a height may take to follow a change
let explainer; // dist/ on one port
let host; // the news page on another port: cross-origin
let hostDir;
let browser;

before(async () => {
  hostDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sichuan-embed-host-'));
  await Promise.all([
    fs.copyFile(path.join(FIXTURES, 'news.html'), path.join(hostDir, 'news.html')),
    fs.copyFile(path.join(FIXTURES, 'foreign.html'), path.join(hostDir, 'foreign.html')),
    fs.copyFile(PYM, path.join(hostDir, 'pym.v1.min.js')),
  ]);
  [explainer, host, browser] = await Promise.all([serve(DIST), serve(hostDir), launch()]);
});
after(async () => {
  await browser?.close();
  await Promise.all([explainer?.close(), host?.close()]);
  if (hostDir) await fs.rm(hostDir, { recursive: true, force: true });
});

/**
 * Records what must not happen on a page whose frames span several origins: page and console
 * errors (every frame), failed requests, and requests to any origin not in `origins` (aborted).
 * CSP violations are recorded per frame by the init script (read them with frameViolations).
 */
async function watchOrigins(page, origins) {
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  const seen = { pageErrors: [], consoleErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('pageerror', (err) => seen.pageErrors.push(String(err.stack ?? err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat|mismatch/i.test(msg.text())) seen.consoleErrors.push(`[${msg.type()}] ${msg.text()}`);
  });
  page.on('requestfailed', (req) => {
    if (allowed.has(new URL(req.url()).origin)) seen.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) seen.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  await page.route((url) => !/^(data|blob|about):/.test(url.href) && !allowed.has(url.origin), (route) => {
    seen.foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${location.href}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  // The host page keeps every message it receives, to check the three formats.
  const hostOrigin = new URL(origins[0]).origin;
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    window.__messages = [];
    addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.__messages.push({ data: e.data, origin: e.origin, slot: frame?.closest('.embed-slot')?.id ?? null });
    });
  }, hostOrigin);
  return seen;
}

async function frameViolations(page) {
  const all = [];
  for (const frame of page.frames()) {
    try {
      all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
    } catch {
      // a frame navigating away has nothing to report
    }
  }
  return all;
}

function assertClean(seen, violations) {
  const problems = [
    ['page errors', seen.pageErrors],
    ['console errors', seen.consoleErrors],
    ['requests outside the two origins', seen.foreignRequests],
    ['failed requests', seen.failedRequests],
    ['CSP violations', violations],
  ].filter(([, list]) => list.length).map(([what, list]) => `${list.length} ${what}:\n  ${list.join('\n  ')}`);
  assert.equal(problems.length, 0, problems.join('\n'));
}

async function openHost(context, mode, width) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const seen = await watchOrigins(page, [host.url, explainer.url]);
  await page.goto(`${host.url}news.html?host=${mode}&explainer=${encodeURIComponent(explainer.url)}`);
  await page.waitForFunction(() => document.documentElement.dataset.built === 'true');
  return { page, seen };
}

/** One embed slot's iframe: loaded (scrolled to, for lazy ones) and hydrated. */
async function loadedFrame(page, slot) {
  const handle = await page.waitForSelector(`#${slot} iframe`, { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const deadline = Date.now() + SETTLE;
  for (;;) {
    const frame = await handle.contentFrame();
    const state = frame && (await frame.evaluate(() => ({
      hydrated: document.documentElement.dataset.hydrated === 'true',
      embed: document.documentElement.dataset.embed ?? null,
    })).catch(() => null));
    if (state?.hydrated && state.embed) return { handle, frame };
    if (Date.now() > deadline) {
      throw new Error(`#${slot}: the embedded explainer did not hydrate with <html data-embed> within ${SETTLE / 1000}s ` +
        `(state: ${JSON.stringify(state)}; src ${await handle.getAttribute('src')})`);
    }
    await page.waitForTimeout(100);
  }
}

/** The frame's own viewport height against its content: scrollHeight and the <html> box. */
async function heights(handle, frame) {
  const inside = await frame.evaluate(() => ({
    viewport: window.innerHeight,
    scroll: document.documentElement.scrollHeight,
    box: Math.ceil(document.documentElement.getBoundingClientRect().height),
  }));
  return { ...inside, hostHeight: await handle.evaluate((f) => getComputedStyle(f).height) };
}

const fits = (h) => Math.abs(h.viewport - h.scroll) <= 2 && Math.abs(h.viewport - h.box) <= 2;

/** Waits until every slot's iframe is exactly as tall as its content. */
async function assertFitted(page, slots, what) {
  const frames = [];
  for (const slot of slots) frames.push([slot, await loadedFrame(page, slot)]);
  const deadline = Date.now() + SETTLE;
  for (;;) {
    const all = [];
    for (const [slot, { handle, frame }] of frames) all.push([slot, await heights(handle, frame)]);
    const bad = all.filter(([, h]) => !fits(h));
    if (!bad.length) return Object.fromEntries(all);
    if (Date.now() > deadline) {
      assert.fail(`${what}: iframe height (the frame's innerHeight) does not match its content within 2 px:\n  ` +
        bad.map(([slot, h]) => `#${slot}: ${JSON.stringify(h)}`).join('\n  '));
    }
    await page.waitForTimeout(150);
  }
}

const SHOWN = ['slot-whole', 'slot-swjtu', 'slot-timeline'];

for (const mode of ['embedjs', 'pym']) {
  const by = mode === 'pym' ? 'a pym.js v1 parent' : 'embed.js (iframe and custom element)';
  test(`${by}: heights follow the content at 320, 600 and 1000 px, resized both ways, and a frame shown late`, async () => {
    const context = await browser.newContext();
    try {
      const { page, seen } = await openHost(context, mode, 320);
      await assertFitted(page, SHOWN, `${mode} at 320px`);
      for (const width of [600, 1000, 600, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await assertFitted(page, SHOWN, `${mode} resized to ${width}px`);
      }
      await page.evaluate(() => { document.getElementById('hidden-wrap').style.display = 'block'; });
      await assertFitted(page, [...SHOWN, 'slot-hidden'], `${mode}: a frame that started display:none, shown`);
      await screenshot(page, `embed-${mode}-320`);

      // A fresh load at the widest width, then narrowed.
      const wide = await openHost(context, mode, 1000);
      await assertFitted(wide.page, SHOWN, `${mode} at 1000px`);
      await wide.page.setViewportSize({ width: 320, height: 800 });
      await assertFitted(wide.page, SHOWN, `${mode} at 1000px narrowed to 320px`);
      await screenshot(wide.page, `embed-${mode}-1000-narrowed`);

      // The three message formats, as the host received them.
      const messages = await page.evaluate(() => window.__messages);
      const origin = new URL(explainer.url).origin;
      for (const slot of SHOWN) {
        const got = messages.filter((m) => m.slot === slot && m.origin === origin);
        const own = got.filter((m) => m.data?.type === TYPE);
        const amp = got.filter((m) => m.data?.sentinel === 'amp' && m.data.type === 'embed-size');
        const pym = got.filter((m) => typeof m.data === 'string' && m.data.startsWith(`pymxPYMx${slot}xPYMxheightxPYMx`));
        assert.ok(own.length && own.every((m) => Number.isInteger(m.data.height) && m.data.height > 0), `${slot}: own JSON messages`);
        assert.equal(own.at(-1).data.view, slot === 'slot-whole' ? 'all' : slot.slice(5), `${slot}: view of the JSON message`);
        assert.ok(amp.length && amp.every((m) => Number.isInteger(m.data.height)), `${slot}: AMP embed-size messages`);
        if (mode === 'pym') assert.ok(pym.length, `${slot}: pym height messages`);
        else assert.equal(pym.length, 0, `${slot}: no pym messages without a childId`);
      }

      if (mode === 'pym') {
        // A pym parent's width message is answered with the height.
        const before = await page.evaluate(() => window.__messages.length);
        await page.evaluate(() => {
          document.querySelector('#slot-swjtu iframe').contentWindow.postMessage('pymxPYMxslot-swjtuxPYMxwidthxPYMx300', '*');
        });
        await page.waitForFunction((n) => window.__messages.slice(n).some((m) =>
          m.slot === 'slot-swjtu' && typeof m.data === 'string' && m.data.startsWith('pymxPYMxslot-swjtuxPYMxheightxPYMx')), before);
      }
      assertClean(seen, await frameViolations(page));
      assertClean(wide.seen, await frameViolations(wide.page));
    } finally {
      await context.close();
    }
  });
}

test('embed.js ignores foreign and malformed messages, and a tracked frame that navigated away', async () => {
  const context = await browser.newContext();
  try {
    const { page, seen } = await openHost(context, 'embedjs', 600);
    await assertFitted(page, SHOWN, 'before the chatter');
    const heightsNow = () => page.evaluate(() =>
      [...document.querySelectorAll('.embed-slot iframe')].map((f) => f.style.height));
    // Let late layout (charts measuring their width) finish before taking the reference.
    let before = await heightsNow();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(300);
      const now = await heightsNow();
      if (JSON.stringify(now) === JSON.stringify(before)) break;
      before = now;
    }

    // Garbage to the host window from the host itself, and from the foreign widget (which also
    // sends look-alikes of our message).
    await page.evaluate((type) => {
      for (const m of [{ type, height: 21 }, { type, height: '21' }, null, undefined, 'x', 7, { type }, [type, 21],
        { type, height: Infinity }, { type, height: NaN }, { type, height: 0 }, Object.create(null)]) {
        window.postMessage(m, '*');
      }
      document.getElementById('foreign-host').contentWindow.chatter();
    }, TYPE);
    // A tracked iframe whose document navigated to another origin: its messages no longer count.
    await page.evaluate((base) => {
      const f = document.createElement('iframe');
      f.setAttribute('data-sichuan-reform', '');
      f.id = 'hijacked';
      f.title = 'hijacked';
      f.src = base + '?embed=pilot';
      document.querySelector('article').append(f);
    }, explainer.url);
    const hijacked = await page.waitForSelector('#hijacked');
    const frame = await hijacked.contentFrame();
    // Polled by timer: Playwright's default polls on animation frames, which an off-screen
    // cross-origin frame does not get.
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { polling: 100 });
    const legit = await hijacked.evaluate((f) => f.style.height);
    await frame.evaluate((url) => { location.href = url; }, `${host.url}foreign.html`);
    await page.waitForFunction(() => document.getElementById('hijacked').contentDocument?.title === 'A foreign widget');
    await page.evaluate(() => document.getElementById('hijacked').contentWindow.chatter());
    await page.waitForTimeout(500);

    assert.deepEqual(await heightsNow(), before, 'embed heights unchanged by foreign messages');
    assert.equal(await hijacked.evaluate((f) => f.style.height), legit, 'a navigated-away frame is not resized');
    assert.notEqual(legit, '33px');
    await assertFitted(page, SHOWN, 'after the chatter');
    assertClean(seen, await frameViolations(page));
  } finally {
    await context.close();
  }
});

test('the custom element builds a titled, lazy, borderless iframe and follows its attributes', async () => {
  const context = await browser.newContext();
  try {
    const { page, seen } = await openHost(context, 'embedjs', 1000);
    const { handle } = await loadedFrame(page, 'slot-timeline');
    const attrs = await handle.evaluate((f) => ({
      title: f.title,
      loading: f.loading,
      src: f.src,
      border: getComputedStyle(f).borderTopWidth,
      width: f.getBoundingClientRect().width,
      parent: f.parentElement.getBoundingClientRect().width,
    }));
    assert.ok(attrs.title.length > 0, 'title');
    assert.equal(attrs.loading, 'lazy');
    assert.equal(attrs.border, '0px', 'no border despite the host stylesheet');
    assert.ok(Math.abs(attrs.width - attrs.parent) < 1, `full width (${attrs.width} of ${attrs.parent})`);
    const src = new URL(attrs.src);
    assert.equal(src.origin, new URL(explainer.url).origin);
    assert.equal(src.searchParams.get('embed'), 'timeline');
    assert.equal(src.searchParams.get('theme'), 'auto');
    // Changing the view attribute reloads the frame with the new view.
    await page.evaluate(() => document.querySelector('sichuan-reform-explainer').setAttribute('view', 'ip'));
    await page.waitForFunction(() => new URL(document.querySelector('sichuan-reform-explainer iframe').src).searchParams.get('embed') === 'ip');
    await assertFitted(page, ['slot-timeline'], 'custom element after view=ip');
    assertClean(seen, await frameViolations(page));
  } finally {
    await context.close();
  }
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
