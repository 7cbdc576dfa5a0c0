// The reader's journeys (journeys.mjs) in WebKit: WebKitGTK's MiniBrowser (Debian's
// libwebkit2gtk-4.1-0), driven by Debian's WebKitWebDriver (webkit2gtk-driver) through
// selenium-webdriver, under an X server: the DISPLAY given (.ci/run starts Xvfb), else an Xvfb of
// our own. One MiniBrowser for the file (each journey navigates its one window afresh).
//
// What WebDriver classic cannot do here (tests/engines/README.md): no console or page events
// (WebKitWebDriver 2.50 offers no BiDi, and MiniBrowser's option to print console messages prints
// nothing in an automation session), so errors are recorded by listeners put into the page
// once it has loaded; no offline emulation, so the offline journey stops the server; no viewport
// narrower than MiniBrowser's window allows (about 447px).
import { spawn } from 'node:child_process';
import net from 'node:net';
import { Builder, Key } from 'selenium-webdriver';
import { journeys } from './journeys.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  Home: Key.HOME,
  End: Key.END,
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const procs = []; // what this file started, stopped in reverse order
let driver;
// Should the file end without its after hook (a crash), nothing it started outlives it.
process.once('exit', () => procs.forEach((child) => child.exitCode === null && child.kill()));

/** Starts `cmd` and records it for close(); its last lines of output are kept for errors. */
function start(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.log = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => {
      child.log.push(...String(chunk).trimEnd().split('\n'));
      child.log.splice(0, Math.max(0, child.log.length - 20));
    });
  }
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  procs.push(child);
  return child;
}

/** An X display: $DISPLAY if set, else a new Xvfb's (it picks a free number: -displayfd). */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.log.join('\n')}`)));
  });
  return `:${number}`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port and waits until it answers; returns its URL. */
async function webDriver(env) {
  const port = await freePort();
  const child = start(DRIVER, [`--port=${port}`], { env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${child.log.join('\n')}`);
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) return url;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on ${url}: ${child.log.join('\n')}`);
    await sleep(100);
  }
}

/** Listeners for what WebDriver classic does not report: uncaught errors, rejections, console.error. */
const listen = () => {
  if (window.__engineErrors) return;
  const seen = (window.__engineErrors = []);
  // The stack too: a trap inside the WebAssembly names its function there (when the build keeps
  // names), which the message alone does not.
  addEventListener('error', (e) => seen.push(`page error: ${e.message} (${e.filename}:${e.lineno})${e.error?.stack ? `\n${e.error.stack}` : ''}`));
  addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${e.reason}`));
  const error = console.error;
  console.error = function (...args) {
    seen.push(`console error: ${args.map(String).join(' ')}`);
    return error.apply(this, args);
  };
};
const harvest = () => {
  const seen = window.__engineErrors ?? [];
  window.__engineErrors = [];
  return seen;
};

journeys({
  name: 'WebKit',
  // MiniBrowser's window keeps a minimum width (its toolbar): asked for 320px, it stays at 447px.
  narrowest: { ask: 320, atMost: 460 },
  async launch() {
    const env = { ...process.env, DISPLAY: await display() };
    const url = await webDriver(env);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  },
  async close() {
    await driver?.quit().catch(() => {});
    for (const child of procs.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
        await Promise.race([child.exited, sleep(5_000)]);
      }
    }
  },
  async open(url, { width = 1280, height = 900 } = {}) {
    const seen = [];
    const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
    const collect = async () => seen.push(...(await run(harvest).catch(() => [])));
    const load = async (next) => {
      await collect();
      await driver.get(next);
      await run(listen);
    };
    await driver.manage().window().setRect({ width, height });
    // From a blank page: a URL differing only in its hash would not load the page again.
    await driver.get('about:blank');
    await load(url);
    return {
      evaluate: run,
      async click(find, ...args) {
        const element = await run(find, ...args);
        if (!element) throw new Error(`click: no element from ${find}`);
        await element.click();
      },
      async press(key) {
        if (!KEYS[key]) throw new Error(`press: no key ${key}`);
        await driver.actions().sendKeys(KEYS[key]).perform();
      },
      resize: (w, h) => driver.manage().window().setRect({ width: w, height: h }),
      goto: load,
      async reload() {
        await collect();
        await driver.navigate().refresh();
        await run(listen);
      },
      async inFrame(find, fn, ...args) {
        const frame = await run(find);
        if (!frame) throw new Error(`inFrame: no frame from ${find}`);
        await driver.switchTo().frame(frame);
        try {
          return await run(fn, ...args);
        } finally {
          await driver.switchTo().defaultContent();
        }
      },
      // WebDriver classic has no network emulation: the journey's stopped server is all.
      offline: async () => false,
      async errors() {
        await collect();
        return [...seen];
      },
      async close() {
        await driver.get('about:blank').catch(() => {});
      },
    };
  },
});
