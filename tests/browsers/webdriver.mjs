// A small W3C WebDriver client (fetch only): enough to drive Firefox (geckodriver) and WebKit
// (WebKitWebDriver) through the app's core flows. Playwright drives only Chromium here.
import { spawn } from 'node:child_process';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts a WebDriver server (`command` with `args`, `{port}` replaced) and waits until it answers. */
export async function startDriver(command, args) {
  const port = await freePort();
  const child = spawn(command, args.map((a) => a.replace('{port}', String(port))), { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(`${url}/status`); if (r.ok) return { url, stop: () => child.kill(), log: () => log }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${command} did not start: ${log}`);
}

// No command may wait for ever: a wedged browser fails its flow, it does not stall the suite.
const CALL_TIMEOUT = 60000;

async function call(url, method, path, body) {
  const r = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(CALL_TIMEOUT),
  });
  const json = await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${json.value?.error} ${json.value?.message}`);
  return json.value;
}

/** A browser session. */
export class Session {
  static async start(driverUrl, capabilities) {
    const value = await call(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(driverUrl, value.sessionId, value.capabilities);
    // The default page load timeout is 300 s: one stuck load would eat half the suite's budget.
    await session.cmd('POST', '/timeouts', { pageLoad: 30000, script: 30000 });
    return session;
  }
  constructor(driver, id, capabilities) { this.base = `${driver}/session/${id}`; this.driver = driver; this.capabilities = capabilities; }
  cmd(method, path, body) { return call(this.base, method, path, body); }
  /** Goes to `url`: from a page of the site, as the page's own navigation (see `load`). */
  async goto(url) {
    const here = String(await this.run('return location.href'));
    const fragmentOnly = url.includes('#') && url.split('#')[0] === here.split('#')[0];
    if (!here.startsWith('http') || fragmentOnly) return this.cmd('POST', '/url', { url });
    return this.load(`location.assign(${JSON.stringify(url)})`);
  }
  reload() { return this.load('location.reload()'); }
  /** Runs `script`, a navigation of the page's own, and waits for the new page to load. WebKit can
   * wedge a driver's reload for good when the service worker writes its cache while fetches are
   * in flight (microsoft/playwright#42273; CI lost a run to it); a page's own reload does not. */
  async load(script) {
    await this.run(`window.__patikaOldPage = true; setTimeout(() => { ${script}; }, 0); return true`);
    await this.until('return !window.__patikaOldPage && document.readyState === "complete"', 'the new page', 30000);
  }
  run(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  runAsync(script, ...args) { return this.cmd('POST', '/execute/async', { script, args }); }
  async find(css) { const v = await this.cmd('POST', '/element', { using: 'css selector', value: css }); return v[ELEMENT]; }
  async findAll(css) { return (await this.cmd('POST', '/elements', { using: 'css selector', value: css })).map((e) => e[ELEMENT]); }
  click(el) { return this.cmd('POST', `/element/${el}/click`, {}); }
  type(el, text) { return this.cmd('POST', `/element/${el}/value`, { text }); }
  clear(el) { return this.cmd('POST', `/element/${el}/clear`, {}); }
  text(el) { return this.cmd('GET', `/element/${el}/text`); }
  prop(el, name) { return this.cmd('GET', `/element/${el}/property/${name}`); }
  windows() { return this.cmd('GET', '/window/handles'); }
  async newWindow() { return (await this.cmd('POST', '/window/new', { type: 'window' })).handle; }
  switchTo(handle) { return this.cmd('POST', '/window', { handle }); }
  acceptAlert() { return this.cmd('POST', '/alert/accept', {}); }
  quit() { return call(this.driver, 'DELETE', this.base.slice(this.driver.length)).catch(() => {}); }
  /** Waits until `script` (a function body returning a value) returns something truthy. */
  async until(script, what, timeout = 20000, ...args) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try { last = await this.run(script, ...args); if (last) return last; } catch (e) { last = String(e); }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
  }
}
