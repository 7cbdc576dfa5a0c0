// The short import and export names of the shipped WebAssembly (scripts/names.mjs, postbuild
// step 1a). Every other e2e test runs the renamed wasm with its renamed glue, which shows the
// two still fit; these check the names themselves and that the step stops rather than guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, asset } from './site.mjs';
import { id, shortenNames } from '../../scripts/names.mjs';

const wasm = readFileSync(path.join(DIST, asset('sichuan-reform_bg.wasm')));
const glue = readFileSync(path.join(DIST, asset('sichuan-reform.js')), 'utf8');

test('the shipped wasm imports by short names from one short module, and the glue provides each', async () => {
  const module = await WebAssembly.compile(wasm);
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 100, `${imports.length} imports`);
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ['w']);
  imports.forEach((imported, i) => assert.equal(imported.name, id(i)));
  assert.ok(!/__wbg_\w+_[0-9a-f]{16}/.test(glue), 'a hashed wasm-bindgen name is left in the glue');
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  assert.ok(exports.some((name) => /^closures_invoke_\d+$/.test(name)), exports.join(', '));
  assert.ok(exports.every((name) => name.length < 40), exports.join(', '));
  for (const name of exports.filter((n) => n.startsWith('closures_invoke_'))) {
    assert.match(glue, new RegExp(`\\.${name}\\b`), `the glue calls ${name}`);
  }
});

test('names are unique and running the step again changes nothing', () => {
  const names = Array.from({ length: 5000 }, (_, i) => id(i));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[A-Za-z][\w$]*$/.test(n)));
  const again = shortenNames(wasm, glue);
  assert.equal(again.renamed, 0);
  assert.equal(Buffer.compare(again.wasm, wasm), 0);
  assert.equal(again.glue, glue);
});

test('a glue that does not hold a name exactly once stops the step', async () => {
  // A tiny module importing two functions from wasm-bindgen's module under hashed names.
  const name = (s) => [s.length, ...Buffer.from(s)];
  const bindgen = './sichuan-reform_bg.js';
  const first = '__wbg_log_0123456789abcdef';
  const second = '__wbg_warn_fedcba9876543210';
  const types = [0x01, 4, 1, 0x60, 0, 0];
  const entries = [2, ...name(bindgen), ...name(first), 0, 0, ...name(bindgen), ...name(second), 0, 0];
  const bytes = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, 0x02, entries.length, ...entries]);
  await WebAssembly.compile(bytes);
  const good = `const i={${first}:function(){},${second}:function(){}};export default {"${bindgen}":i};`;
  const done = shortenNames(bytes, good);
  assert.equal(done.glue, 'const i={a:function(){},b:function(){}};export default {w:i};');
  assert.deepEqual(WebAssembly.Module.imports(await WebAssembly.compile(done.wasm)).map((i) => `${i.module}.${i.name}`), ['w.a', 'w.b']);
  assert.throws(() => shortenNames(bytes, good.replace(`,${second}:function(){}`, '')), /holds __wbg_warn_fedcba9876543210 0 times/);
  assert.throws(() => shortenNames(bytes, `${good} i.${first};`), /holds __wbg_log_0123456789abcdef 2 times/);
  assert.throws(() => shortenNames(bytes, good.replace(`"${bindgen}"`, 'x')), /import module/);
});
