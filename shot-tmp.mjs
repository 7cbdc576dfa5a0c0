import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn('node', ['tests/e2e/server.mjs', 'dist', '8099'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const [w, scheme] = process.argv[2].split(':');
const ctx = await browser.newContext({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:8099/' + (process.argv[3] || ''));
await page.waitForTimeout(1500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const step = +(process.argv[4] || 1800);
for (let y = 0, i = 0; y < h; y += step, i++) {
  await page.screenshot({ path: `/tmp/s-${w}-${scheme}-${i}.png`, fullPage: true, clip: { x: 0, y, width: +w, height: Math.min(step, h - y) } });
}
console.log('height', h);
await browser.close(); srv.kill();
