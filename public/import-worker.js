// The import worker's loader (see src/platform/import_worker.rs). Files sent before the worker's
// WebAssembly listens are queued, then handed to it; "ready" tells the page the worker runs. A
// worker that cannot start says "failed" and closes, and the page reads its files itself.
'use strict';
const early = [];
self.onmessage = (event) => early.push(event);
try {
  importScripts('../patika-import.js');
  wasm_bindgen({ module_or_path: '../patika-import_bg.wasm' }).then(
    () => {
      // The worker's main replaced onmessage with its own listener; "ready" goes before the
      // replies to what was queued.
      self.postMessage('ready');
      for (const event of early.splice(0)) self.onmessage(event);
    },
    failed,
  );
} catch (_) {
  failed();
}

function failed() {
  self.postMessage('failed');
  self.close();
}
