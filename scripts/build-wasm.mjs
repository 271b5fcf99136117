// The app's WebAssembly, split into chunks (called by scripts/post-build.mjs). Trunk 0.21 has no
// split step, so Trunk builds the `patika` binary with the split points on (the `split` feature;
// relocations kept by build.rs) and stops short of optimising; this then does
//   wasm-split-cli (main module + one chunk per split point, src/components/chunks.rs)
//   → wasm-bindgen (main module) → wasm-opt (each module, release builds)
// and puts everything in `app-<hash>/`: the chunks find each other and the main module by
// relative URLs, so one folder named by its content keeps caches honest and works under any
// subpath. Trunk's own output for the binary is removed and its loader replaced.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tool = (name) => {
  const local = path.join(process.env.HOME ?? '', '.cargo', 'bin', name);
  return fs.existsSync(local) ? local : name;
};
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** Splits the linked app into `dir/app-<hash>/`; returns that folder's name. */
export function splitApp(dir, release) {
  const target = path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'),
    'wasm32-unknown-unknown', release ? 'release' : 'debug');
  const work = fs.mkdtempSync(path.join(target, 'split-'));
  try {
    run(tool('wasm-split-cli'), [path.join(target, 'patika.wasm'), work, '--out-name', 'patika']);
    const out = path.join(work, 'out');
    run(tool('wasm-bindgen'), ['--target', 'web', '--keep-lld-exports', '--no-demangle',
      '--out-dir', out, '--out-name', 'patika', path.join(work, 'patika.wasm')]);
    fs.renameSync(path.join(out, 'patika_bg.wasm'), path.join(work, 'patika_bg.wasm'));
    fs.renameSync(path.join(out, 'patika.js'), path.join(work, 'patika.js'));
    const modules = fs.readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== 'patika.wasm');
    for (const m of modules) {
      const file = path.join(work, m);
      // -Oz as before; big one-caller functions are not inlined (see bench/RESULTS.md).
      const level = release ? ['-Oz', '--one-caller-inline-max-function-size=200'] : ['-O0'];
      run('wasm-opt', [...level, '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
        '--enable-sign-ext', '--enable-mutable-globals', '--strip-debug', '--strip-producers',
        file, '-o', file]);
    }
    const files = ['patika.js', '__wasm_split.js', ...modules].sort();
    const hash = crypto.createHash('sha256');
    for (const f of files) hash.update(f).update(fs.readFileSync(path.join(work, f)));
    const app = `app-${hash.digest('hex').slice(0, 16)}`;
    fs.mkdirSync(path.join(dir, app), { recursive: true });
    for (const f of files) fs.copyFileSync(path.join(work, f), path.join(dir, app, f));
    for (const f of fs.readdirSync(dir)) {
      if (/^patika-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)) fs.rmSync(path.join(dir, f));
    }
    const sizes = files.map((f) => `${f} ${fs.statSync(path.join(dir, app, f)).size}`);
    console.log(`wasm: ${app}: ${sizes.join(', ')}`);
    return app;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
