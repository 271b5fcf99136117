// The first download's progress, before the app exists: the page's bar shows how much of the
// app's code has arrived (1.6 Mbps brings it in seconds, not at once), then "starting". Plain
// JavaScript, run before the app's loader: it wraps fetch for the one request for the app's
// WebAssembly and counts the bytes of a copy of the response as they arrive. The expected size
// (`data-wasm-bytes`) is written into the page by scripts/post-build.mjs. The app removes the
// bar as it mounts.
(function () {
  'use strict';
  var boot = document.getElementById('boot');
  var total = boot && Number(boot.getAttribute('data-wasm-bytes'));
  if (!total || !window.fetch || !window.Response) return;
  var lang = (function () {
    try { var l = localStorage.getItem('patika:ui-language'); if (l) return l.indexOf('tr') >= 0 ? 'tr' : 'en'; } catch (e) { /* storage blocked */ }
    return (navigator.language || '').toLowerCase().indexOf('tr') === 0 ? 'tr' : 'en';
  })();
  var T = {
    tr: { loading: 'Patika indiriliyor', share: function (p) { return 'İndiriliyor %' + p; }, starting: 'Başlatılıyor…' },
    en: { loading: 'Downloading Patika', share: function (p) { return 'Downloading ' + p + '%'; }, starting: 'Starting…' }
  }[lang];
  var bar = document.createElement('progress');
  bar.max = total;
  bar.value = 0;
  bar.setAttribute('aria-label', T.loading);
  // What the bar shows, in words (screen readers read the bar itself, by its label).
  var said = document.createElement('span');
  said.className = 'boot-said';
  said.setAttribute('aria-hidden', 'true');
  var shown = false;
  function say() {
    said.textContent = bar.value >= total ? T.starting : T.share(Math.floor((100 * bar.value) / total));
  }
  function show() {
    if (shown || !boot.isConnected) return;
    shown = true;
    say();
    boot.appendChild(said);
    boot.appendChild(bar);
  }
  // A fast network never sees it: shown only when the download takes a moment. Until then the
  // bytes are not even counted: the compiler reads the response itself, with no script between
  // (counting every chunk in script cost the start a few milliseconds); a copy of the response is
  // kept aside, and counted from its first byte once the bar shows.
  var copy = null;
  var counting = false;
  function count() {
    if (counting || !copy) return;
    counting = true;
    var reader = copy.getReader();
    var seen = 0;
    (function next() {
      reader.read().then(function (step) {
        if (step.done || !boot.isConnected) {
          bar.value = total;
          say();
          if (!step.done) reader.cancel();
          return;
        }
        seen += step.value.byteLength;
        bar.value = Math.min(seen, total);
        say();
        next();
      }, function () { /* the app's loader reports a failed download */ });
    })();
  }
  setTimeout(function () {
    if (boot.isConnected) {
      show();
      count();
    } else if (copy) {
      copy.cancel();
    }
  }, 300);
  var original = window.fetch;
  window.fetch = function (input) {
    var url = String((input && input.url) || input).split(/[?#]/)[0];
    if (!/_bg\.wasm$/.test(url)) return original.apply(this, arguments);
    window.fetch = original;
    return original.apply(this, arguments).then(function (response) {
      if (!response.ok || !response.body) return response;
      copy = response.clone().body;
      if (shown) count();
      return response;
    });
  };
})();
