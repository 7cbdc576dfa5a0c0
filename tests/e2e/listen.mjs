// A virtual screen reader in the page, for tests only: npm @guidepup/virtual-screen-reader's
// browser build, bundled by esbuild in memory (nothing is written to disk, nothing reaches dist/)
// into one classic script that sets `window.__vsr`. It is evaluated over the DevTools protocol
// once the page is live, as axe-core is in browser.mjs: that is not subject to the page's CSP
// (an inline <script> would be), so the page keeps its policy exactly as served and no
// `bypassCSP` is needed.
//
// What it is: a model of a screen reader's reading cursor over the accessibility tree as the
// library computes it (dom-accessibility-api for names and descriptions, html-aria for roles),
// which follows focus and logs live-region changes ("polite: …"). It is not NVDA, JAWS,
// VoiceOver, TalkBack or Orca, and it reads what Chromium would hide in a closed <details>.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
let bundled;

/** The reader as one classic script that sets `window.__vsr` (built once per process). */
export function readerSource() {
  bundled ??= build({
    entryPoints: [require.resolve('@guidepup/virtual-screen-reader/browser.js')],
    bundle: true,
    format: 'iife',
    globalName: '__vsrModule',
    footer: { js: 'window.__vsr = __vsrModule.virtual;' },
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** Puts the reader into `page` (once) and starts it on the body: its cursor on the document. */
export async function startReader(page) {
  if (!(await page.evaluate(() => typeof window.__vsr !== 'undefined'))) {
    await page.evaluate(await readerSource());
  }
  await page.evaluate(() => window.__vsr.start({ container: document.body }));
}

/**
 * Reads the page from the cursor on with "next item", up to `max` steps or the end of the
 * document. Returns one entry a step: the phrases that step added to the log and where the
 * cursor was (which headline, standfirst, chart, mark or card, and which part of the card).
 */
export function walk(page, max) {
  return page.evaluate(async (max) => {
    const v = window.__vsr;
    const where = (node) => {
      const el = node?.nodeType === 1 ? node : node?.parentElement;
      if (!el) return {};
      return {
        text: node.nodeType === 3,
        main: !!el.closest('main'),
        headline: !!el.closest('h1'),
        standfirst: !!el.closest('.lead'),
        chart: el.closest('figure.chart-panel')?.id ?? null,
        mark: el.closest('figure.chart-panel .chart-hits [role="button"]')?.dataset.figureId ?? null,
        card: el.closest('li.card')?.id ?? null,
        cardPart: el.closest('li.card :is(h2, h3, h4, h5, h6)') ? 'heading' : el.closest('li.card .card-value') ? 'value' : null,
      };
    };
    const log = await v.spokenPhraseLog();
    let said = log.length;
    const steps = [{ phrases: log.slice(0, said), ...where(v.activeNode) }];
    for (let i = 0; i < max && log.at(-1) !== 'end of document'; i++) {
      await v.next();
      steps.push({ phrases: log.slice(said), ...where(v.activeNode) });
      said = log.length;
    }
    return steps;
  }, max);
}

/**
 * Moves on with "next item" until the cursor is on an element matching `selector` (and its
 * phrase matches `phrase`, if given). Returns the phrase, or null after `max` steps.
 */
export function readTo(page, selector, { phrase = /(?:)/, max = 4000 } = {}) {
  return page.evaluate(async ({ selector, source, flags, max }) => {
    const v = window.__vsr;
    const re = new RegExp(source, flags);
    for (let i = 0; i < max; i++) {
      await v.next();
      const node = v.activeNode;
      const el = node?.nodeType === 1 ? node : node?.parentElement;
      const last = await v.lastSpokenPhrase();
      if (el?.matches(selector) && re.test(last)) return last;
    }
    return null;
  }, { selector, source: phrase.source, flags: phrase.flags, max });
}

/** Everything spoken since the reader started, in order. */
export const heard = (page) => page.evaluate(() => window.__vsr.spokenPhraseLog().then((log) => [...log]));

/** Presses `key` as the library does: it focuses the item under the cursor, sends the key, and
 *  the cursor follows focus. */
export const press = (page, key) => page.evaluate((key) => window.__vsr.press(key), key);

/** The reader's default action (a click) on the item under the cursor. */
export const act = (page) => page.evaluate(() => window.__vsr.act());

/** Waits (up to `timeout` ms) until a phrase after the first `from` matches `pattern`; returns
 *  the phrases from `from` on. */
export async function hearAfter(page, from, pattern, timeout = 3000) {
  await page.waitForFunction(async ({ from, source, flags }) => {
    const log = await window.__vsr.spokenPhraseLog();
    return log.slice(from).some((p) => new RegExp(source, flags).test(p));
  }, { from, source: pattern.source, flags: pattern.flags }, { timeout, polling: 50 }).catch(() => {});
  return (await heard(page)).slice(from);
}

/** Phrases said twice in a row in `log`, with their position. */
export function repeats(log) {
  return log.flatMap((p, i) => (i > 0 && p === log[i - 1] ? [`${i}: ${p}`] : []));
}

/** `text` as a regular expression matching itself. */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text as an accessible name computes it: runs of white space as one space, trimmed. */
export const flat = (text) => text.replace(/\s+/g, ' ').trim();
