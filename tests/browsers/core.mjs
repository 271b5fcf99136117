// The app's core flows in Firefox (geckodriver) and WebKit (WebKitWebDriver + MiniBrowser, under
// Xvfb), through W3C WebDriver: create, edit, undo, reload, the open of an editor built ahead,
// export and import, storage full, two tabs, offline with the server stopped. Storage, quota errors and `storage` events differ between engines; Chromium runs the full
// suite (tests/e2e). Usage: node tests/browsers/core.mjs firefox|webkit — prints TAP-like lines
// and "# pass N" / "# fail N".
import path from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { startDriver, Session } from './webdriver.mjs';

const BROWSERS = {
  firefox: {
    driver: ['geckodriver', ['--port={port}', '--host=127.0.0.1']],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'intl.accept_languages': 'en-US' } } },
  },
  webkit: {
    driver: ['WebKitWebDriver', ['--port={port}']],
    capabilities: { 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } },
  },
};

const which = process.argv[2];
const browser = BROWSERS[which];
if (!browser) throw new Error(`usage: core.mjs ${Object.keys(BROWSERS).join('|')}`);

const status = 'return document.querySelector(".save-status")?.textContent';
// Sorted by key: engines list localStorage keys in different, changing orders.
const storedMaps = 'return Object.entries(localStorage).filter(([k]) => k.startsWith("patika:map:")).sort().map(([, v]) => v)';
const clickButton = `const b = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === arguments[0] || b.textContent.trim().endsWith(" " + arguments[0]));
  if (!b) return false; b.click(); return true;`;

async function setTitle(s, title) {
  // Typed over the selected old title: one edit, one undo step (clearing first would be two).
  const input = await s.find('.map-title input');
  await s.click(input);
  await s.run('document.querySelector(".map-title input").select(); return true');
  await s.type(input, title + '\uE007');
  await s.until(`return document.querySelector(".save-status")?.textContent === "Saved"
    && Object.values(localStorage).some((v) => v.includes(arguments[0]))`, `"${title}" saved`, 20000, title);
}

const flows = [
  ['create a map from a sample', async (s, url) => {
    await s.goto(url);
    await s.until('return document.querySelector("#sample-choice")', 'the library');
    await s.run('localStorage.setItem("patika:ui-language", JSON.stringify("en")); return true');
    await s.reload();
    await s.until('return document.querySelector("#sample-choice")', 'the library again');
    await s.run('const c = document.querySelector("#sample-choice"); c.value = "broadband-en"; c.dispatchEvent(new Event("change", { bubbles: true })); return true');
    if (!(await s.run(clickButton, 'Create from sample'))) throw new Error('no "Create from sample" button');
    await s.until('return document.querySelectorAll(".grid-head .head-name").length > 0', 'the grid\'s touchpoints');
    await s.until(`${status} === "Saved"`, '"Saved"');
    await s.until('return document.querySelector(".grid-curve polyline") && document.querySelector(".grid-point[role=slider]")', 'the emotion curve and its points');
  }],
  ['edit the title and undo it', async (s) => {
    const before = await s.run('return document.querySelector(".map-title input").value');
    await setTitle(s, 'Edited in ' + which);
    await s.run(clickButton, 'Undo');
    await s.until('return document.querySelector(".map-title input").value === arguments[0]', 'undone', 10000, before);
    await s.run(clickButton, 'Redo');
    await s.until(`return document.querySelector(".map-title input").value === "Edited in ${which}"`, 'redone');
    await s.until(`${status} === "Saved"`, 'saved after redo');
  }],
  ['the edit survives a reload', async (s) => {
    await s.reload();
    await s.until(`return document.querySelector(".map-title input")?.value === "Edited in ${which}"`, 'title after reload');
  }],
  ['the latest map opens with the editor built ahead in idle time, and saves', async (s, url) => {
    await s.goto(url);
    await s.reload();
    await s.until('return performance.getEntriesByName("patika:editor-prepared").length > 0', 'the editor built ahead', 20000);
    await s.run('document.querySelector(".map-row h2 a").click(); return true');
    await s.until('return document.querySelector(".prebuilt-host .grid-head .head-name")', 'the editor built ahead, shown');
    await s.until('return document.querySelector(".grid-curve polyline") && document.querySelector(".grid-point[role=slider]")', 'its curve');
    await setTitle(s, `Edited in ${which} (built ahead)`);
  }],
  ['export JSON, import it back (the app offers a merge), kept as a copy', async (s) => {
    await s.run(`window.__exported = null; const made = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => { blob.text().then((t) => { window.__exported = t; }); return made(blob); }; return true`);
    await s.run('document.querySelector(".export-menu summary").click(); return true');
    if (!(await s.run(clickButton, 'Export JSON'))) throw new Error('no "Export JSON" button');
    const text = await s.until('return window.__exported', 'the exported file');
    if (!JSON.parse(text).map.title.includes('Edited in')) throw new Error('export lacks the edit');
    await s.run('location.hash = "#/"; return true');
    await s.until('return document.querySelectorAll(".map-row").length === 1', 'one map listed');
    await s.run(`const input = document.querySelector("#import-file"); const dt = new DataTransfer();
      dt.items.add(new File([arguments[0]], "exported.json", { type: "application/json" }));
      input.files = dt.files; input.dispatchEvent(new Event("change", { bubbles: true })); return true`, text);
    // A version of a map already here: the app asks; kept as a copy.
    await s.until('return document.querySelector(".merge-offer")', 'the merge offer');
    if (!(await s.run(clickButton, 'Keep as a copy'))) throw new Error('no "Keep as a copy" button');
    await s.until('return [...document.querySelectorAll(".notice")].some((n) => n.textContent.includes("exported.json"))', 'the import notice');
    // Read in the import worker, not on the page (which it falls back to when none can start).
    await s.until('return document.documentElement.dataset.importWorker === "ready"', 'the import worker running');
    await s.until(`return JSON.parse(arguments[0]).length === 2 || Object.keys(localStorage).filter((k) => k.startsWith("patika:map:")).length === 2`, 'two maps stored', 20000, '[]');
  }],
  ['storage full: banner, stored map unchanged', async (s) => {
    await s.run('location.hash = "#/"; return true');
    await s.until('return document.querySelectorAll(".map-row").length === 2', 'two maps listed');
    await s.run('document.querySelector(".map-row button").click(); return true');
    await s.until('return document.querySelector(".map-title input")', 'the editor');
    await s.until(`${status} === "Saved"`, 'the opened map saved');
    await new Promise((r) => setTimeout(r, 500));
    const before = JSON.stringify(await s.run(storedMaps));
    await s.run(`let chunk = "x".repeat(1 << 20), i = 0;
      while (chunk.length > 8) { try { localStorage.setItem("filler-" + i++, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); } }
      return true`);
    // Set in one go (clearing first would commit an empty, shorter title, which still fits).
    await s.run(`const input = document.querySelector(".map-title input");
      input.value = "Too long to store " + "y".repeat(3000); input.dispatchEvent(new Event("change", { bubbles: true })); return true`);
    await s.until('return [...document.querySelectorAll(".banner.warn")].some((b) => b.textContent.includes("Storage is full"))', 'the storage-full banner');
    const after = JSON.stringify(await s.run(storedMaps));
    if (after !== before) {
      const [a, b] = [JSON.parse(before), JSON.parse(after)].map((l) => l.map((v) => `${v.length}:${JSON.parse(v).map.title.slice(0, 30)}`));
      throw new Error(`a stored map changed while storage was full: ${a} → ${b}`);
    }
    await s.run('Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)); return true');
    await setTitle(s, 'Stored again in ' + which);
  }],
  ['two tabs: a save in one is followed in the other', async (s) => {
    const url = await s.run('return location.href');
    const first = (await s.windows())[0];
    const second = await s.newWindow();
    await s.switchTo(second);
    await s.goto(url);
    await s.until('return document.querySelector(".map-title input")', 'the map in the second tab');
    await setTitle(s, 'Saved in the second tab');
    await s.switchTo(first);
    await s.run('window.dispatchEvent(new Event("focus")); return true');
    await s.until('return document.querySelector(".map-title input")?.value === "Saved in the second tab"', 'the first tab following');
  }],
  ['offline: with the server stopped the app starts, opens the stored map and saves', async (s, url) => {
    await s.switchTo((await s.windows())[0]);
    const has = await s.run('return "serviceWorker" in navigator && isSecureContext');
    if (!has) throw new Error('this browser offers no service workers here');
    await s.until('return navigator.serviceWorker.controller != null', 'the page controlled by the service worker', 30000);
    await srv.close();
    await s.goto(url);
    await s.until('return document.querySelectorAll(".map-row").length === 2', 'the library, served offline');
    await s.until('return fetch("not-in-the-build.txt").then(() => false, () => true)', 'the server to be gone');
    await s.run('document.querySelector(".map-row a").click(); return true');
    await s.until('return document.querySelector(".grid-head .head-name")', 'a stored map, opened offline');
    await setTitle(s, 'Edited offline in ' + which);
  }],
];

const srv = await serve(path.resolve('dist'), '/patika/', 0);
let driver, session, pass = 0, fail = 0;
try {
  driver = await startDriver(...browser.driver);
  session = await Session.start(driver.url, browser.capabilities);
  for (const [i, [name, flow]] of flows.entries()) {
    try {
      await flow(session, srv.url);
      pass++;
      console.log(`ok ${i + 1} - ${which}: ${name}`);
    } catch (e) {
      fail++;
      console.log(`not ok ${i + 1} - ${which}: ${name}\n  # ${String(e.message).split('\n').join('\n  # ')}`);
    }
  }
} catch (e) {
  fail++;
  console.log(`not ok 0 - ${which}: the browser could not be driven\n  # ${e.message}`);
} finally {
  await session?.quit();
  driver?.stop();
  await srv.close();
}
console.log(`# pass ${pass}\n# fail ${fail}`);
process.exit(fail ? 1 : 0);
