// A tiny static server for dist/ on loopback: used by `scripts/serve.sh`, the end-to-end tests and
// the benchmark. Serves under a prefix to prove the build works under any subpath.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };

/** Serves `dir` under `prefix` on 127.0.0.1:`port` (0 = any free port). */
/** `fallback`: answer unknown paths with index.html (a peer app with browser-history routes). */
export async function serve(dir = path.resolve('dist'), prefix = '/', port = 0, { fallback = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    let file = path.join(dir, path.normalize(rel));
    if (fallback && !fs.existsSync(file)) file = path.join(dir, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, '127.0.0.1', ok); });
  return { url: `http://127.0.0.1:${server.address().port}${prefix}`, // Stopped for real: kept-alive connections are cut too (the offline tests rely on it).
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

// Run directly: serve dist/ on $PORT (default 8080, or any free port when that is taken).
if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = Number(process.env.PORT ?? 8080);
  let srv;
  try { srv = await serve(path.resolve('dist'), '/', wanted); } catch { srv = await serve(path.resolve('dist'), '/', 0); }
  console.log(`Patika is served at ${srv.url}  (Ctrl+C stops it)`);
}
