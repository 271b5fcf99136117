// Trunk post-build hook: a strict Content-Security-Policy for the built index.html. Scripts run only
// from this site, plus Trunk's inline loader by the SHA-256 of its exact text (computed from each
// build, so it never goes stale); WebAssembly may compile; no plugins, no <base>, no form posts.
// Called by scripts/post-build.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** Puts the policy into the built page `file` (throws when it cannot: never a page without it). */
export function addPolicy(file) {
  let html = fs.readFileSync(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Leptos sets style attributes (positions, sizes); no script can come in through styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // The import worker and the service worker (sw.js), from this site only.
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
  if (!html.includes(meta)) {
    // Never ship a page without its policy (a changed or minified <head> would do that silently).
    throw new Error(`csp: no <meta charset="utf-8" /> in ${file} to put the policy after`);
  }
  fs.writeFileSync(file, html);
  console.log(`csp: ${hashes.length} inline script(s) allowed by hash in ${file}`);
}
