// Trunk's post-build hook (one hook: Trunk runs a stage's hooks in parallel, and the service
// worker must hash the page after its policy is in). Usage: node scripts/post-build.mjs [dir].
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { splitApp } from './build-wasm.mjs';
import { addPolicy } from './csp.mjs';
import { writeServiceWorker } from './service-worker.mjs';

/** Trunk's loader for the unsplit binary, replaced by one for the split build (main module
 * preloaded as Trunk did; the chunks are fetched by the app itself). */
function replaceLoader(dir, app) {
  const file = path.join(dir, 'index.html');
  const sri = (f) => `sha384-${crypto.createHash('sha384')
    .update(fs.readFileSync(path.join(dir, app, f))).digest('base64')}`;
  const loader = [
    `<link rel="modulepreload" href="./${app}/patika.js" crossorigin="anonymous" `
      + `integrity="${sri('patika.js')}">`,
    `<link rel="modulepreload" href="./${app}/__wasm_split.js" crossorigin="anonymous" `
      + `integrity="${sri('__wasm_split.js')}">`,
    `<link rel="preload" href="./${app}/patika_bg.wasm" crossorigin="anonymous" `
      + `integrity="${sri('patika_bg.wasm')}" as="fetch" type="application/wasm">`,
    `<script type="module">import init from './${app}/patika.js';`
      + `await init({ module_or_path: './${app}/patika_bg.wasm' });</script>`,
  ].join('\n    ');
  let html = fs.readFileSync(file, 'utf8');
  const script = /<script type="module">\s*import init, \* as bindings from '\.\/patika-[0-9a-f]+\.js';[\s\S]*?<\/script>/;
  const preloads = /<link rel="(modulepreload|preload)" href="\.\/patika-[0-9a-f]+(_bg\.wasm|\.js)"[^>]*>/g;
  if (!script.test(html)) throw new Error(`loader: Trunk's loader for patika not found in ${file}`);
  html = html.replace(script, loader).replace(preloads, '');
  if (/patika-[0-9a-f]+(_bg\.wasm|\.js)/.test(html)) throw new Error(`loader: ${file} still names Trunk's files`);
  fs.writeFileSync(file, html);
}

/** Writes the app's WebAssembly size into the boot bar (public/boot.js shows progress of it). */
function addDownloadSize(dir, app) {
  const file = path.join(dir, 'index.html');
  const bytes = fs.statSync(path.join(dir, app, 'patika_bg.wasm')).size;
  const html = fs.readFileSync(file, 'utf8').replace(/id="boot"( data-wasm-bytes="\d+")?/, `id="boot" data-wasm-bytes="${bytes}"`);
  if (!html.includes(`data-wasm-bytes="${bytes}"`)) throw new Error(`boot: no id="boot" in ${file}`);
  fs.writeFileSync(file, html);
}

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
try {
  const app = splitApp(dir, process.env.TRUNK_PROFILE !== 'debug');
  replaceLoader(dir, app);
  addPolicy(path.join(dir, 'index.html'));
  addDownloadSize(dir, app);
  writeServiceWorker(dir);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
