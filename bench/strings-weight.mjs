// What a set of interface strings weighs in a build's WebAssembly, in context: every string of
// the keys listed (both languages, from src/i18n/texts.rs) is zeroed in the module's bytes, longest
// first (a short string may sit inside a longer one; under 8 bytes only its first hit), and the
// module is compressed before and after. Custom sections are dropped from both.
//   node bench/strings-weight.mjs <module.wasm> <keys.txt>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [file, keysFile] = process.argv.slice(2);
if (!file || !keysFile) {
  console.error('usage: node bench/strings-weight.mjs <module.wasm> <keys.txt>');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const texts = fs.readFileSync(path.join(root, 'src/i18n/texts.rs'), 'utf8');
const keys = fs.readFileSync(keysFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .flatMap((l) => l.split(/\s+/)).filter(Boolean);

/** A Rust string literal's text (line continuations, `\n`, `\"`, `\\`, `\u{…}`). */
const unescape = (lit) => lit.slice(1, -1).replace(/\\\n\s*/g, '')
  .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
const strings = [];
for (const key of keys) {
  const entry = new RegExp(`^ {4}${key} =>([\\s\\S]*?);\\n`, 'm').exec(texts);
  if (!entry) { console.error(`no key ${key} in src/i18n/texts.rs`); process.exit(2); }
  strings.push(...entry[1].match(/"(?:[^"\\]|\\[\s\S])*"/g).map(unescape).filter(Boolean));
}
strings.sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a));

function leb(b, p) {
  let r = 0, s = 0, x;
  do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return [r, p];
}
/** The module without its custom sections (names, producers). */
function stripped(buf) {
  const out = [buf.subarray(0, 8)];
  for (let p = 8; p < buf.length;) {
    const [len, q] = leb(buf, p + 1);
    if (buf[p] !== 0) out.push(buf.subarray(p, q + len));
    p = q + len;
  }
  return Buffer.concat(out);
}
const brotli = (b) => zlib.brotliCompressSync(b, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
}).length;

const before = stripped(fs.readFileSync(file));
const after = Buffer.from(before);
let zeroed = 0, missing = 0;
for (const s of strings) {
  const b = Buffer.from(s, 'utf8');
  let i = after.indexOf(b);
  if (i < 0) { missing++; continue; }
  do {
    after.fill(0, i, i + b.length);
    zeroed += b.length;
    i = b.length >= 8 ? after.indexOf(b, i + b.length) : -1;
  } while (i >= 0);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${keys.length} keys, ${strings.length} strings (${missing} not found), ` +
  `${kb(zeroed)} raw; brotli share ${kb(brotli(before) - brotli(after))}`);
