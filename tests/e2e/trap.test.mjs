// A Rust panic in the shipped build is a bare WebAssembly trap (panic=immediate-abort, see the
// Makefile): no panic hook runs. These tests force real traps in the shipped WebAssembly and
// check that the notice still says the interactive parts are not working. The binary is
// rewritten on its way to the page with binaryen.js (from npm's binaryen, which also provides
// wasm-opt): a new exported global `test_trap_armed`, and an `unreachable` at the start of the
// guarded functions, taken when the global is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import binaryen from 'binaryen';
import { servedDist, DIST, asset } from './site.mjs';

const site = servedDist();

/**
 * The shipped wasm with a trap guard in every exported function; `armed` is the global's
 * starting value. (Every one: the shipped names are binaryen's short ones, src/site/names.rs,
 * which say nothing of what a function is. Armed from the start, the first call into the
 * WebAssembly traps; armed later, the next one, which the test makes a click.)
 */
function withTraps(armed) {
  // What Rust's wasm32 target and wasm-bindgen emit, and no more: with every feature binaryen
  // knows, it would write proposals Chromium does not enable (compact imports).
  const F = binaryen.Features;
  const features = F.SignExt | F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.CallIndirectOverlong | F.ReferenceTypes | F.Multivalue;
  const mod = binaryen.readBinary(fs.readFileSync(path.join(DIST, asset('sichuan-reform_bg.wasm'))), features);
  mod.setFeatures(features);
  mod.addGlobal('test_trap_armed', binaryen.i32, true, mod.i32.const(armed));
  mod.addGlobalExport('test_trap_armed', 'test_trap_armed');
  let guarded = 0;
  for (let i = 0; i < mod.getNumExports(); i++) {
    const exp = binaryen.getExportInfo(mod.getExportByIndex(i));
    if (exp.kind !== binaryen.ExternalFunction) continue;
    const fn = mod.getFunction(exp.value);
    const info = binaryen.getFunctionInfo(fn);
    const guard = mod.if(mod.global.get('test_trap_armed', binaryen.i32), mod.unreachable());
    binaryen.Function.setBody(fn, mod.block(null, [guard, info.body], info.results));
    guarded++;
  }
  assert.ok(guarded > 10, `${guarded} exported functions guarded`);
  assert.ok(mod.validate(), 'the rewritten module is valid');
  return Buffer.from(mod.emitBinary());
}

async function open(context, wasm) {
  await context.route(`**/${asset('sichuan-reform_bg.wasm')}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: wasm }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(site.server.url, { waitUntil: 'load' });
  return { page, errors };
}

test('a trap while the app starts: the notice shows and the page stays readable', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = await open(context, withTraps(1));
    const notice = page.locator('#app-notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await notice.innerText(), /interactive parts/);
    assert.ok(await page.locator('h1').isVisible());
  } finally {
    await context.close();
  }
});

test('a trap in an event handler once the app is live: the notice shows', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // Armed once the app is live: the click below is the next call into the WebAssembly, through
    // the closure the app handed the browser for that event.
    const { page, errors } = await open(context, withTraps(0));
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const notice = page.locator('#app-notice');
    assert.equal(await notice.isVisible(), false, 'no notice before the trap');
    // The glue hands back the started instance's exports once it is initialised.
    await page.evaluate(async (glueUrl) => {
      const glue = await import(glueUrl);
      (await glue.default()).test_trap_armed.value = 1;
    }, `./${asset('sichuan-reform.js')}`);
    await page.locator('#chart-mianyang-share details.chart-table > summary').click();
    await notice.waitFor({ state: 'visible', timeout: 5_000 });
    assert.ok(errors.some((m) => /unreachable/i.test(m)), `the click trapped (page errors: ${errors.join('; ')})`);
  } finally {
    await context.close();
  }
});
