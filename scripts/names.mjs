// Short names for what the WebAssembly imports from its glue and for its closure exports.
//
// wasm-bindgen names each import after the JS it calls plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), all from the module "./sichuan-reform_bg.js", and
// each closure export after its full Rust types (up to 300 characters). Every name is written
// twice, in the wasm and as a key in the glue, and the hashes do not compress: 12 KB of names,
// about 4 KB gzip (BENCHMARKS.md). Both files are rewritten together: import i becomes `id(i)`,
// the module `w`, closure export i `closures_invoke_i` (the trap test finds them by that name).
// A name the glue does not hold exactly once stops the build rather than guess.
//
// By position, so that running it again on its own output changes nothing (postbuild's rule).
// Only function imports are known here; any other kind stops the build.

const MODULE = 'w';
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NEXT = `${FIRST}0123456789_$`;

/** The i-th short name: a, b, …, Z, aa, ba, …. Some are JS keywords (`do`, `in`), which is fine:
 *  the glue uses these names only as property keys. */
export function id(i) {
  let name = FIRST[i % FIRST.length];
  for (let n = Math.floor(i / FIRST.length); n > 0; n = Math.floor((n - 1) / NEXT.length)) {
    name += NEXT[(n - 1) % NEXT.length];
  }
  return name;
}

function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeUleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const text = new TextDecoder('utf-8', { fatal: true });
const utf8 = (s) => [...new TextEncoder().encode(s)];
const named = (s) => [...encodeUleb(utf8(s).length), ...utf8(s)];

function readName(bytes, at) {
  const [len, start] = uleb(bytes, at);
  return [text.decode(bytes.subarray(start, start + len)), start + len];
}

/** Rewrites the import (id 2) and export (id 7) sections; `renames` collects old → new. */
function rewriteSection(section, body, renames, fail) {
  let [count, at] = uleb(body, 0);
  const out = encodeUleb(count);
  let closures = 0;
  for (let i = 0; i < count; i++) {
    if (section === 2) {
      const [, afterModule] = readName(body, at);
      const [field, afterField] = readName(body, afterModule);
      if (body[afterField] !== 0) fail(`import ${field} is not a function: names.mjs knows only those`);
      const [, end] = uleb(body, afterField + 1);
      renames.set(field, id(i));
      out.push(...named(MODULE), ...named(id(i)), ...body.subarray(afterField, end));
      at = end;
    } else {
      const [name, afterName] = readName(body, at);
      const [, end] = uleb(body, afterName + 1);
      const short = /closures_+invoke/.test(name) ? `closures_invoke_${closures++}` : name;
      if (short !== name) renames.set(name, short);
      out.push(...named(short), ...body.subarray(afterName, end));
      at = end;
    }
  }
  if (at !== body.length) fail(`section ${section}: ${body.length - at} bytes left after ${count} entries`);
  return out;
}

/**
 * The wasm and glue with short names: `{ wasm, glue, module, renamed }`, where `module` is the
 * old import module name (the glue's key for it) and `renamed` the number of names changed.
 */
export function shortenNames(wasm, glue, fail = (message) => { throw new Error(message); }) {
  const bytes = new Uint8Array(wasm);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) fail('not a WebAssembly module');
  const out = [bytes.subarray(0, 8)];
  const renames = new Map();
  let module = null;
  for (let at = 8; at < bytes.length; ) {
    const section = bytes[at];
    const [size, start] = uleb(bytes, at + 1);
    const body = bytes.subarray(start, start + size);
    if (section === 2 || section === 7) {
      const [count, first] = uleb(body, 0);
      if (section === 2 && count > 0) module = readName(body, first)[0];
      const rewritten = rewriteSection(section, body, renames, fail);
      out.push(Uint8Array.from([section, ...encodeUleb(rewritten.length), ...rewritten]));
    } else {
      out.push(bytes.subarray(at, start + size));
    }
    at = start + size;
  }
  let code = glue;
  let renamed = 0;
  if (module !== null && module !== MODULE) {
    const key = JSON.stringify(module);
    if (code.split(key).length !== 2) fail(`the glue names the import module ${key} ${code.split(key).length - 1} times, not once`);
    code = code.replace(key, MODULE);
  }
  for (const [from, to] of renames) {
    if (from === to) continue;
    const pattern = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = code.match(pattern)?.length ?? 0;
    if (found !== 1) fail(`the glue holds ${from} ${found} times, not once`);
    code = code.replace(pattern, to);
    renamed++;
  }
  return { wasm: Buffer.concat(out), glue: code, module, renamed };
}
