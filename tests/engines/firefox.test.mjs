// The reader's journeys (journeys.mjs) in Firefox: Debian's firefox-esr, headless, driven over
// WebDriver BiDi by puppeteer-core (which never downloads a browser). One Firefox for the file;
// each journey gets a browser context of its own (no shared storage, cache or service worker).
import puppeteer from 'puppeteer-core';
import { journeys } from './journeys.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let browser;

/** Console errors (and anything about hydration, whatever its level, as tests/e2e does). */
function watch(page, seen) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat|mismatch/i.test(msg.text())) seen.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.push(`page error: ${err.message ?? err}`));
}

journeys({
  name: 'Firefox',
  // Firefox takes any viewport: the suite's narrowest width.
  narrowest: { ask: 320, atMost: 320 },
  async launch() {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  },
  async close() {
    await browser?.close();
  },
  async open(url, { width = 1280, height = 900 } = {}) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const seen = [];
    watch(page, seen);
    await page.setViewport({ width, height });
    await page.goto(url, { waitUntil: 'load' });
    return {
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      async click(find, ...args) {
        const handle = await page.evaluateHandle(find, ...args);
        const element = handle.asElement();
        if (!element) throw new Error(`click: no element from ${find}`);
        await element.click();
        await handle.dispose();
      },
      press: (key) => page.keyboard.press(key),
      resize: (w, h) => page.setViewport({ width: w, height: h }),
      goto: (next) => page.goto(next, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      async inFrame(find, fn, ...args) {
        const handle = await page.evaluateHandle(find);
        try {
          const frame = await handle.asElement()?.contentFrame();
          if (!frame) throw new Error(`inFrame: no frame from ${find}`);
          return await frame.evaluate(fn, ...args);
        } finally {
          await handle.dispose();
        }
      },
      // WebDriver BiDi's emulation.setNetworkConditions (offline), which Firefox implements.
      async offline() {
        await page.setOfflineMode(true);
        return true;
      },
      errors: async () => [...seen],
      close: () => context.close(),
    };
  },
});
