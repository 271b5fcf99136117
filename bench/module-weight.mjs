// What a set of the app's modules weighs in its WebAssembly: the raw bytes of every function
// whose name mentions one of them (its own functions, its closures, and library code
// instantiated for its types or closures), and their brotli share, measured as the difference
// between the module compressed whole and with those functions' bodies replaced by
// `unreachable` (custom sections dropped from both). Needs a build whose names survive:
// `bash bench/module-weight.sh` makes one (v0 symbol mangling, no wasm-opt) and runs this.
//
//   node bench/module-weight.mjs <patika.wasm> components::insights analysis::plan …
import fs from 'node:fs';
import zlib from 'node:zlib';

const [file, ...modules] = process.argv.slice(2);
if (!file || modules.length === 0) {
  console.error('usage: node bench/module-weight.mjs <wasm> <layer::module> …');
  process.exit(2);
}
const buf = fs.readFileSync(file);

/** Unsigned LEB128 at `p`: [value, next position]. */
function leb(b, p) {
  let r = 0, s = 0, x;
  do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return [r, p];
}
function enc(n) {
  const out = [];
  do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
  return Buffer.from(out);
}

const sections = [];
for (let p = 8; p < buf.length;) {
  const id = buf[p];
  const [len, q] = leb(buf, p + 1);
  sections.push({ id, body: buf.subarray(q, q + len) });
  p = q + len;
}

// Function imports come first in the function index space.
let imports = 0;
const names = new Map();
for (const { id, body } of sections) {
  if (id === 2) {
    let [n, q] = leb(body, 0);
    for (let i = 0; i < n; i++) {
      let l; [l, q] = leb(body, q); q += l; [l, q] = leb(body, q); q += l;
      const kind = body[q++];
      if (kind === 0) { [, q] = leb(body, q); imports++; }
      else if (kind === 1) { q++; const f = body[q++]; [, q] = leb(body, q); if (f & 1) [, q] = leb(body, q); }
      else if (kind === 2) { const f = body[q++]; [, q] = leb(body, q); if (f & 1) [, q] = leb(body, q); }
      else if (kind === 3) q += 2;
      else if (kind === 4) { q++; [, q] = leb(body, q); }
    }
  }
  if (id === 0) {
    let [nl, q] = leb(body, 0);
    if (body.toString('utf8', q, q + nl) !== 'name') continue;
    q += nl;
    while (q < body.length) {
      const sub = body[q];
      let sl; [sl, q] = leb(body, q + 1);
      const end = q + sl;
      if (sub === 1) {
        let n; [n, q] = leb(body, q);
        for (let i = 0; i < n; i++) {
          let idx, l; [idx, q] = leb(body, q); [l, q] = leb(body, q);
          names.set(idx, body.toString('utf8', q, q + l)); q += l;
        }
      }
      q = end;
    }
  }
}
if (names.size === 0) { console.error(`${file} has no function names`); process.exit(2); }

// `layer::module` as v0 mangling spells the path: `10components8insights`.
const spelled = modules.map((m) => {
  const parts = m.split('::');
  return { m, re: new RegExp('(?<![0-9])' + parts.map((s) => `${s.length}${s}`).join('') + '(?![a-z_])') };
});
const byModule = new Map(modules.map((m) => [m, 0]));
// TOP=n lists the n largest of the functions weighed, by their (mangled) names.
const top = Number(process.env.TOP ?? 0);
const sized = [];

function rebuild(stub) {
  const out = [buf.subarray(0, 8)];
  let count = 0, raw = 0;
  for (const { id, body } of sections) {
    if (id === 0) continue;
    let b = body;
    if (id === 10 && stub) {
      let [n, q] = leb(body, 0);
      const parts = [enc(n)];
      for (let i = 0; i < n; i++) {
        let size; [size, q] = leb(body, q);
        let fn = body.subarray(q, q + size);
        q += size;
        const name = names.get(i + imports) ?? '';
        const hit = spelled.find((s) => s.re.test(name));
        if (hit) {
          byModule.set(hit.m, byModule.get(hit.m) + size);
          count++; raw += size;
          if (top) sized.push([size, name]);
          fn = Buffer.from([0x00, 0x00, 0x0b]); // no locals, unreachable, end
        }
        parts.push(enc(fn.length), fn);
      }
      b = Buffer.concat(parts);
    }
    out.push(Buffer.from([id]), enc(b.length), b);
  }
  return { bytes: Buffer.concat(out), count, raw };
}
const brotli = (b) => zlib.brotliCompressSync(b, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
}).length;
const whole = rebuild(false);
const stubbed = rebuild(true);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [m, raw] of [...byModule].sort((a, b) => b[1] - a[1])) console.log(`${kb(raw).padStart(9)}  ${m}`);
for (const [size, name] of sized.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`${String(size).padStart(7)}  ${name}`);
}
const share = brotli(whole.bytes) - brotli(stubbed.bytes);
console.log(`${stubbed.count} functions, ${kb(stubbed.raw)} raw of ${kb(whole.bytes.length)}; brotli share ${kb(share)}`);
