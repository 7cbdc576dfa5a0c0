// Builds the peer page that `make bench` measures the explainer against (bench/peer/README.md):
// the explainer's own pre-rendered text with Chart.js and TimelineJS3 drawing its figures.
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/server.mjs';

const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
/** The libraries, from npm (package.json pins them): where the page has them, and from where. */
const LIBRARIES = {
  'chart.umd.js': 'chart.js/dist/chart.umd.js',
  // TimelineJS's own layout, in which its stylesheet finds its icon font (css/icons/).
  tl: '@knight-lab/timelinejs/dist',
};

/**
 * Reads the explainer at `url` with JavaScript off (in `browser`), and writes the peer page into
 * `out`. Returns the number of charts and events it carries. The folder holds more than the page
 * fetches (TimelineJS's source maps, its icon font in five formats): `fetched` says what it does.
 */
export async function buildPeer(browser, url, out) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const { html, data, stylesheets } = await page.evaluate(() => {
      const number = (text) => Number((text.replace(/,/g, '').match(/\d+(\.\d+)?/) ?? ['0'])[0]);
      const charts = [...document.querySelectorAll('figure.chart-panel')].map((panel, i) => {
        const canvas = `peer-chart-${i}`;
        const rows = [...panel.querySelectorAll('table tbody tr')]
          .map((tr) => ({ label: tr.querySelector('th')?.textContent.trim() ?? '', value: number(tr.querySelector('td.num')?.textContent ?? '') }));
        // The drawing with its hit targets and tooltip (components/mark_overlay.rs).
        const drawing = panel.querySelector('.chart-frame');
        const holder = document.createElement('div');
        holder.className = 'peer-chart';
        holder.innerHTML = `<canvas id="${canvas}" role="img" aria-label="${panel.querySelector('.chart-title').textContent}"></canvas>` +
          `<button type="button" id="${canvas}-toggle" aria-pressed="false">Logarithmic scale</button>`;
        drawing?.replaceWith(holder);
        return { canvas, title: panel.querySelector('.chart-title').textContent.trim(), rows };
      });
      const events = [...document.querySelectorAll('.tl-item')].map((li) => {
        const date = li.querySelector('.tl-item-date')?.textContent.trim() ?? '';
        const year = Number((date.match(/20\d\d/) ?? ['2015'])[0]);
        return {
          start_date: { year },
          display_date: date,
          text: { headline: li.querySelector('.tl-item-title')?.textContent.trim() ?? '', text: li.querySelector('.tl-item-summary')?.textContent.trim() ?? '' },
        };
      });
      const timeline = document.querySelector('#timeline .chart-frame');
      const holder = document.createElement('div');
      holder.id = 'peer-timeline';
      holder.className = 'peer-timeline';
      timeline?.replaceWith(holder);
      for (const el of document.querySelectorAll('script, link[rel=preload], link[rel=modulepreload], link[rel=manifest], meta[http-equiv]')) el.remove();
      const stylesheets = [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href'));
      const head = document.head;
      const add = (tag, attrs) => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        head.append(el);
      };
      add('link', { rel: 'stylesheet', href: 'tl/css/timeline.css' });
      add('style', {});
      head.lastChild.textContent = '.peer-chart{height:22rem}.peer-timeline{height:32rem}';
      for (const src of ['chart.umd.js', 'tl/js/timeline.js', 'peer-data.js', 'peer.js']) add('script', { src, defer: '' });
      return { html: '<!doctype html>\n' + document.documentElement.outerHTML, data: { charts, events }, stylesheets };
    });
    await fs.rm(out, { recursive: true, force: true });
    await fs.mkdir(out, { recursive: true });
    await fs.writeFile(path.join(out, 'index.html'), html);
    await fs.writeFile(path.join(out, 'peer-data.js'), `const PEER_DATA = ${JSON.stringify(data)};\n`);
    await fs.copyFile(path.join(REPO_ROOT, 'bench/peer/peer.js'), path.join(out, 'peer.js'));
    const dist = new URL(url);
    for (const href of stylesheets) {
      const file = href.replace(/^\.\//, '').split('?')[0];
      const res = await page.request.get(new URL(file, dist).href);
      // Under its content-hashed name in assets/, as our page names it.
      await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await fs.writeFile(path.join(out, file), await res.body());
    }
    for (const [name, from] of Object.entries(LIBRARIES)) await fs.cp(path.join(NODE_MODULES, from), path.join(out, name), { recursive: true });
    return { charts: data.charts.length, events: data.events.length };
  } finally {
    await context.close();
  }
}

/**
 * Opens the peer page served at `url` (in `browser`) and returns the paths it fetched on a first
 * visit, and any request that left its origin or failed.
 */
export async function fetchedBy(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const fetched = new Set();
    const problems = [];
    page.on('response', (res) => {
      if (!res.url().startsWith(url)) problems.push(`off origin: ${res.url()}`);
      else if (res.status() >= 400) problems.push(`${res.status()}: ${res.url()}`);
      else fetched.add(decodeURIComponent(new URL(res.url()).pathname.slice(1)) || 'index.html');
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(url, { waitUntil: 'networkidle' });
    return { fetched, problems };
  } finally {
    await context.close();
  }
}
