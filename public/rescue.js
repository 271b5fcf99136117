// Crash escape hatch, in plain JavaScript so it works when the app does not: if the WebAssembly
// app fails to start, or stops with a crash, offer to download every Patika key as one JSON file,
// and to reload. Built with DOM calls and textContent only: stored text is never parsed as HTML.
(function () {
  'use strict';
  var shown = false;
  var lang = (function () {
    try { var l = localStorage.getItem('patika:ui-language'); if (l) return l.indexOf('"tr"') >= 0 || l === 'tr' ? 'tr' : 'en'; } catch (e) { /* storage blocked */ }
    return (navigator.language || '').toLowerCase().indexOf('tr') === 0 ? 'tr' : 'en';
  })();
  var T = {
    tr: { title: 'Patika çalışmayı durdurdu.', body: 'Haritalarınız tarayıcıda duruyor. Hepsini tek bir dosya olarak indirip sayfayı yeniden yükleyebilirsiniz.', download: 'Tüm verilerimi indir', reload: 'Yeniden yükle', none: 'Tarayıcı depolamasına erişilemiyor.' },
    en: { title: 'Patika stopped working.', body: 'Your maps are still in this browser. You can download all of them as one file, then reload the page.', download: 'Download all my data', reload: 'Reload', none: 'Browser storage cannot be read.' }
  }[lang];

  function everyKey() {
    var out = {};
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf('patika:') === 0) out[k] = localStorage.getItem(k);
      }
    } catch (e) { return null; }
    return out;
  }

  function download() {
    var data = everyKey();
    if (!data) { alertBox.textContent = T.none; return; }
    var blob = new Blob([JSON.stringify({ format: 'patika.rescue', exported: new Date().toISOString(), keys: data }, null, 2)], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'patika-rescue-' + new Date().toISOString().slice(0, 10) + '.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  var alertBox;
  function show() {
    if (shown || !document.body) return;
    shown = true;
    var panel = document.createElement('section');
    panel.id = 'rescue';
    panel.setAttribute('role', 'alertdialog');
    panel.setAttribute('aria-labelledby', 'rescue-title');
    panel.style.cssText = 'position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:1000;max-width:40rem;margin:auto;padding:1rem 1.25rem;background:#fff;border:2px solid #b91c1c;border-radius:10px;font:16px system-ui,sans-serif;box-shadow:0 10px 30px rgb(0 0 0 / .2)';
    var h = document.createElement('h2'); h.id = 'rescue-title'; h.textContent = T.title; h.style.margin = '0 0 .5rem';
    var p = document.createElement('p'); p.textContent = T.body;
    alertBox = document.createElement('p'); alertBox.setAttribute('role', 'status');
    var d = document.createElement('button'); d.type = 'button'; d.textContent = T.download; d.addEventListener('click', download);
    var r = document.createElement('button'); r.type = 'button'; r.textContent = T.reload; r.addEventListener('click', function () { location.reload(); });
    r.style.marginLeft = '.5rem';
    panel.append(h, p, d, r, alertBox);
    document.body.appendChild(panel);
    d.focus();
  }

  function started() { return !!document.querySelector('main#main'); }
  function isCrash(err, message) {
    var text = String((err && (err.name + ': ' + err.message)) || message || '');
    return (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) || /unreachable|panicked at|RuntimeError/.test(text);
  }
  // Before the app is up, an error is most likely the loader failing (network, compile,
  // instantiate): give the app two seconds to come up anyway, then offer the way out.
  function unlessStarted() { setTimeout(function () { if (!started()) show(); }, 2000); }
  window.addEventListener('error', function (ev) {
    if (isCrash(ev.error, ev.message)) show();
    else if (!started()) unlessStarted();
  });
  window.addEventListener('unhandledrejection', function (ev) {
    if (isCrash(ev.reason)) show();
    else if (!started()) unlessStarted();
  });
  // A start that never finishes (a very old browser, a blocked file) also gets the way out.
  window.addEventListener('load', function () { setTimeout(function () { if (!started()) show(); }, 15000); });
})();
