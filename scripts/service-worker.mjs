// Writes dist/sw.js: scripts/service-worker.js prefixed with this build's id and its file list,
// each file with its SHA-256 (the worker checks what it fetches against it). Runs after the
// Content-Security-Policy step, so index.html's hash is of the page as served.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('base64');

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
function filesUnder(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, p) : [p];
  }).sort();
}

export function writeServiceWorker(dir) {
  const files = filesUnder(dir).filter((p) => p !== 'sw.js')
    .map((p) => [p, sha256(fs.readFileSync(path.join(dir, p)))]);
  if (!files.some(([p]) => p === 'index.html')) throw new Error(`sw: no index.html in ${dir}`);
  const source = fs.readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
  // The worker's own code is part of the build: a changed worker never refills a cache that
  // the running one serves from.
  const build = crypto.createHash('sha256').update(JSON.stringify(files)).update(source)
    .digest('hex').slice(0, 16);
  const head = `const BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(files)};\n`;
  fs.writeFileSync(path.join(dir, 'sw.js'), head + source);
  console.log(`sw: build ${build}, ${files.length} files precached`);
  return build;
}
