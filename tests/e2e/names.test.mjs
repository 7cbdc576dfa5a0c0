// The short import and export names of the shipped WebAssembly (binaryen's
// --minify-imports-and-exports-and-modules, applied by the site step: src/site/names.rs). Every
// other e2e test runs the renamed wasm with its renamed glue, which shows the two still fit;
// these check the names themselves and that the pass, run again, changes nothing. (That the glue
// rewrite stops rather than guess is a native test in src/site/names.rs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { DIST, asset } from './site.mjs';

const wasm = readFileSync(path.join(DIST, asset('sichuan-reform_bg.wasm')));
const glue = readFileSync(path.join(DIST, asset('sichuan-reform.js')), 'utf8');
const escape = (s) => s.replace(/[$]/g, '\\$');

test('the shipped wasm imports by short names from one short module, and the glue provides each', async () => {
  const module = await WebAssembly.compile(wasm);
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 100, `${imports.length} imports`);
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ['a']);
  assert.ok(imports.every((i) => i.name.length <= 3), imports.map((i) => i.name).join(', '));
  for (const { name } of imports) {
    assert.match(glue, new RegExp(`(?<![\\w$])${escape(name)}:`), `the glue provides ${name}`);
  }
  assert.ok(!/__wbg_\w+_[0-9a-f]{16}/.test(glue), 'a hashed wasm-bindgen name is left in the glue');
  assert.ok(!/convert__closures/.test(glue), 'a closure export keeps its long name in the glue');
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  assert.ok(exports.every((name) => name.length <= 3), exports.join(', '));
  const called = exports.filter((name) => new RegExp(`\\.${escape(name)}(?![\\w$])`).test(glue));
  assert.ok(called.length >= 10, `the glue calls ${called.length} exports: ${called.join(', ')}`);
});

test('binaryen’s pass, run again on the shipped wasm, changes nothing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'names-'));
  try {
    const copy = path.join(dir, 'again.wasm');
    const features = ['bulk-memory', 'mutable-globals', 'multivalue', 'nontrapping-float-to-int', 'reference-types', 'sign-ext'];
    const map = JSON.parse(
      execFileSync(
        path.join(REPO_ROOT, 'node_modules/.bin/wasm-opt'),
        [path.join(DIST, asset('sichuan-reform_bg.wasm')), ...features.map((f) => `--enable-${f}`), '--minify-imports-and-exports-and-modules', '-o', copy],
        { encoding: 'utf8' },
      ),
    );
    assert.ok(map.imports.every(([module, from, to]) => module === 'a' && from === to), 'every import keeps its name');
    assert.ok(map.exports.every(([from, to]) => from === to), 'every export keeps its name');
    assert.equal(Buffer.compare(readFileSync(copy), wasm), 0, 'the same bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
