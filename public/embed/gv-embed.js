/*
 * GBA Visit Explorer: iframe embedding for host pages.
 *
 *   <div data-gba-visit-frame data-app="/path/to/dist/index.html" data-lang="zh"
 *        data-title="江西对接粤港澳大湾区经贸合作活动"></div>
 *   <script src="/path/to/dist/embed/gv-embed.js" defer></script>
 *
 * Creates the iframe, sizes it to the app's content, and mirrors the app's route in one query
 * parameter of the host page (?gv=… by default, data-state-key to change it), so a shared
 * portal link reopens the same view and the host's Back/Forward step through it. The host's
 * other parameters and its fragment are never changed. Messages are accepted only from the
 * iframe's window and the app's origin.
 */
(function () {
  'use strict';

  function readParam(key) {
    var query = location.search.replace(/^\?/, '');
    if (!query) return '';
    var parts = query.split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (decodeURIComponent(kv[0]) === key) return decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
    }
    return '';
  }

  function urlWithParam(key, value) {
    var query = location.search.replace(/^\?/, '');
    var parts = query ? query.split('&') : [];
    var out = [];
    var placed = false;
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      if (decodeURIComponent(parts[i].split('=')[0]) === key) {
        if (!placed && value) out.push(encodeURIComponent(key) + '=' + encodeURIComponent(value));
        placed = true;
      } else {
        out.push(parts[i]);
      }
    }
    if (!placed && value) out.push(encodeURIComponent(key) + '=' + encodeURIComponent(value));
    return location.pathname + (out.length ? '?' + out.join('&') : '') + location.hash;
  }

  function mount(host) {
    var appUrl = new URL(host.getAttribute('data-app') || 'index.html', document.baseURI);
    var appOrigin = appUrl.origin;
    var key = host.getAttribute('data-state-key') || 'gv';
    var lang = host.getAttribute('data-lang');
    appUrl.searchParams.set('embed', 'iframe');
    appUrl.searchParams.set('host', location.origin);
    if (lang) appUrl.searchParams.set('lang', lang);
    var state = readParam(key);
    appUrl.hash = state ? '#' + state : '';

    var frame = document.createElement('iframe');
    frame.src = appUrl.href;
    frame.title = host.getAttribute('data-title') || '江西对接粤港澳大湾区经贸合作活动 / Jiangxi–Greater Bay Area mission explorer';
    frame.className = 'gv-embed-frame';
    frame.setAttribute('scrolling', 'no');
    // Styles through the CSSOM: allowed under a strict Content-Security-Policy.
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    // Host stylesheets often pad or margin every element; the frame's size must be exact.
    frame.style.margin = '0';
    frame.style.padding = '0';
    frame.style.boxSizing = 'content-box';
    frame.style.maxWidth = '100%';
    frame.style.height = (host.getAttribute('data-min-height') || '600') + 'px';
    host.appendChild(frame);

    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
      var data = event.data || {};
      if (data.type === 'gv:height' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === 'gv:route' && typeof data.route === 'string') {
        if (readParam(key) === data.route) return;
        var url = urlWithParam(key, data.route);
        if (data.push) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
    });

    window.addEventListener('popstate', function () {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'gv:navigate', route: readParam(key) }, appOrigin);
    });
  }

  function start() {
    var hosts = document.querySelectorAll('[data-gba-visit-frame]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
