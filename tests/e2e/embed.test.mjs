// Embedding: the explainer inside a hostile news page on another origin (tests/e2e/fixtures/
// news.html), sized by our static/embed.js (iframe and custom element) or by a real pym.js v1
// parent, and foreign postMessage traffic that must change nothing. The embed parameters, on the
// explainer opened directly, are in embed-params.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, screenshot } from './browser.mjs';
import { DIST } from './site.mjs';
import { SETTLE, watchOrigins, frameViolations, assertClean } from './embed-helpers.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests/e2e/fixtures');
const PYM = path.join(REPO_ROOT, 'node_modules/pym.js/dist/pym.v1.min.js');
const TYPE = 'sichuan-reform-explainer:height';
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
