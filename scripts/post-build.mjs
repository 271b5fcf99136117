// Trunk's post-build hook (one hook: Trunk runs a stage's hooks in parallel, and the service
// worker must hash the page after its policy is in). Usage: node scripts/post-build.mjs [dir].
import fs from 'node:fs';
import path from 'node:path';
import { addPolicy } from './csp.mjs';
import { writeServiceWorker } from './service-worker.mjs';

/** Writes the app's WebAssembly size into the boot bar (public/boot.js shows progress of it). */
function addDownloadSize(dir) {
  const wasm = fs.readdirSync(dir).filter((f) => /^patika-[0-9a-f]+_bg\.wasm$/.test(f));
  if (wasm.length !== 1) throw new Error(`boot: expected one app wasm in ${dir}, found ${wasm}`);
  const file = path.join(dir, 'index.html');
  const bytes = fs.statSync(path.join(dir, wasm[0])).size;
  const html = fs.readFileSync(file, 'utf8').replace(/id="boot"( data-wasm-bytes="\d+")?/, `id="boot" data-wasm-bytes="${bytes}"`);
  if (!html.includes(`data-wasm-bytes="${bytes}"`)) throw new Error(`boot: no id="boot" in ${file}`);
  fs.writeFileSync(file, html);
}

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
try {
  addPolicy(path.join(dir, 'index.html'));
  addDownloadSize(dir);
  writeServiceWorker(dir);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
