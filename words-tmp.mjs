import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn('node', ['tests/e2e/server.mjs', 'dist', '8099'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto('http://127.0.0.1:8099/');
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const n = (el) => el.innerText.split(/\s+/).filter(Boolean).length;
  const out = [['body', n(document.body)]];
  for (const el of document.querySelectorAll('header, main > section, main > nav, footer')) if (el.checkVisibility()) out.push([el.id || el.className, n(el)]);
  return out.map(x => x.join(': ')).join('\n');
}));
await browser.close(); srv.kill();
