// `make bench`: Lighthouse (mobile preset, simulated throttling, median of three runs), an
// interaction benchmark (main-thread time per interaction, 200 runs each, p50/p95) and the size
// report, against dist/ served with its precompressed files on 127.0.0.1; in the same run, the
// peer page (bench/peer/README.md: Chart.js + TimelineJS3) for the size ratio, and the resize on
// our page with JavaScript off for the resize ratio. Writes bench/results.json and the generated
// section of BENCHMARKS.md (scripts/bench-report.mjs). Numbers, not tests: machines are noisy.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve, REPO_ROOT } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { sizes } from './size.mjs';
import { buildPeer, fetchedBy } from './peer.mjs';
import { markdown, updateBenchmarksMd } from './bench-report.mjs';

const run = promisify(execFile);
const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const PEER = path.join(REPO_ROOT, 'test-output/peer');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPEAT = Number(process.env.INTERACTION_RUNS ?? 200);
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function lighthouse(url) {
  const reports = [];
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(os.tmpdir(), `lh-${process.pid}-${i}.json`);
    await run(path.join(REPO_ROOT, 'node_modules/.bin/lighthouse'), [
      url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
    reports.push(JSON.parse(await fs.readFile(out, 'utf8')));
    await fs.rm(out);
  }
  const score = (r, c) => Math.round(r.categories[c].score * 100);
  const audit = (r, a) => r.audits[a].numericValue;
  const pick = (f) => median(reports.map(f));
  const failing = new Set();
  for (const r of reports) {
    for (const [id, a] of Object.entries(r.audits)) {
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') failing.add(id);
    }
  }
  return {
    runs: RUNS,
    performance: pick((r) => score(r, 'performance')),
    accessibility: pick((r) => score(r, 'accessibility')),
    bestPractices: pick((r) => score(r, 'best-practices')),
    seo: pick((r) => score(r, 'seo')),
    lcpMs: Math.round(pick((r) => audit(r, 'largest-contentful-paint'))),
    tbtMs: Math.round(pick((r) => audit(r, 'total-blocking-time'))),
    cls: pick((r) => audit(r, 'cumulative-layout-shift')),
    fcpMs: Math.round(pick((r) => audit(r, 'first-contentful-paint'))),
    failingAudits: [...failing].sort(),
    // Every run, in order: the simulation is noisy, and the spread is part of the result.
    all: {
      performance: reports.map((r) => score(r, 'performance')),
      lcpMs: reports.map((r) => Math.round(audit(r, 'largest-contentful-paint'))),
      tbtMs: reports.map((r) => Math.round(audit(r, 'total-blocking-time'))),
    },
  };
}

/** Main-thread busy time (CDP TaskDuration) of one interaction, through the next two frames. */
async function timeInteraction(page, cdp, act) {
  const metric = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await metric();
  await act();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await metric() - before) * 1000;
}

const RESIZE = 'resize (1000 ↔ 960 px)';
const resize = (page) => async (i) => page.setViewportSize({ width: i % 2 ? 960 : 1000, height: 900 });

/**
 * The same resize on the page without its JavaScript: what the browser's own layout costs. Its
 * scripts are blocked rather than JavaScript turned off, since the measurement itself waits for
 * two frames from a script (with JavaScript off, requestAnimationFrame never calls back).
 */
async function staticResize(url) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers: 'block' });
    await context.route('**/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => document.querySelector('#chart-mianyang-share').scrollIntoView({ block: 'center' }));
    const times = [];
    for (let i = 0; i < REPEAT; i++) times.push(await timeInteraction(page, cdp, () => resize(page)(i)));
    return { runs: REPEAT, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2) };
  } finally {
    await browser.close();
  }
}

/** The peer page, built from our page and served: its size, and what it requests. */
async function peer(url) {
  const browser = await launch();
  let built;
  try {
    built = await buildPeer(browser, url, PEER);
  } finally {
    await browser.close();
  }
  // What its first visit fetches, from the files written (as our own sizes are).
  const server = await serve(PEER);
  const probe = await launch();
  let seen;
  try {
    seen = await fetchedBy(probe, server.url);
  } finally {
    await probe.close();
    await server.close();
  }
  if (seen.problems.length) throw new Error(`the peer page is broken:\n  ${seen.problems.join('\n  ')}`);
  const rows = sizes(PEER).rows.filter((r) => seen.fetched.has(r.file));
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  return { ...built, firstVisitGzip: sum('gzip'), firstVisitBrotli: sum('brotli'), rows };
}

async function interactions(url) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Baseline: the measuring round trip itself (an evaluate and two frames, no interaction).
    // Each case first brings its target on screen, untimed, as a reader would see it: content
    // off screen is neither laid out nor painted (content-visibility), which would flatter it.
    const onScreen = (selector) => page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'center' }), selector);
    const cases = {
      'baseline (no interaction)': [null, async () => {}],
      // The Mianyang chart (the university's, measured here until 2026-12-06, gave way to two
      // cards: its counts are not the same measure).
      'open a tooltip (focus a chart mark)': ['#chart-mianyang-share', async (i) => page.evaluate((n) => {
        const hits = document.querySelectorAll('#chart-mianyang-share rect.hit, #chart-experiences rect.hit');
        hits[n % hits.length].focus();
      }, i)],
      // A view change through the URL, as the university chart's switch was until 2026-12-06.
      'open and close a data table': ['#chart-mianyang-share', async () => page.evaluate(() => {
        document.querySelector('#chart-mianyang-share details.chart-table > summary').click();
      })],
      'step the timeline (ArrowRight/ArrowLeft)': ['#timeline .tl-chart', async (i) => page.evaluate((n) => {
        const target = document.querySelector('#timeline [tabindex="0"]') ?? document.activeElement;
        target.focus();
        target.dispatchEvent(new KeyboardEvent('keydown', { key: n % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
      }, i)],
      // With a chart on screen, which is redrawn at the new width.
      [RESIZE]: ['#chart-mianyang-share', resize(page)],
    };
    const results = {};
    for (const [name, [target, act]] of Object.entries(cases)) {
      if (target) await onScreen(target);
      const times = [];
      for (let i = 0; i < REPEAT; i++) times.push(await timeInteraction(page, cdp, () => act(i)));
      results[name] = { runs: REPEAT, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2) };
    }
    return results;
  } finally {
    await browser.close();
  }
}

const server = await serve(DIST);
// `BENCH_ONLY=interactions` (or `lighthouse`): those figures alone, printed and written nowhere,
// for paired comparisons of two builds in one sitting (`DIST_DIR` names the other; BENCHMARKS.md).
if (process.env.BENCH_ONLY) {
  try {
    const only = process.env.BENCH_ONLY === 'lighthouse'
      ? { lighthouse: await lighthouse(server.url) }
      : { interactions: await interactions(server.url), resizeJsOff: await staticResize(server.url) };
    console.log(JSON.stringify(only, null, 1));
  } finally {
    await server.close();
  }
  process.exit(0);
}
try {
  const size = sizes(DIST);
  const peerPage = await peer(server.url);
  const lh = await lighthouse(server.url);
  const ix = await interactions(server.url);
  const resizeJsOff = await staticResize(server.url);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    chromium: (await run(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'])).stdout.trim(),
    size,
    peer: peerPage,
    lighthouse: lh,
    interactions: ix,
    resizeJsOff,
  };
  await fs.mkdir(path.join(REPO_ROOT, 'bench'), { recursive: true });
  await fs.writeFile(path.join(REPO_ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  await updateBenchmarksMd(results);
  console.log(markdown(results));
  console.log('\nWritten: bench/results.json and the generated section of BENCHMARKS.md.');
} finally {
  await server.close();
}
