// For browsers without modules (see index.html). ES5 only.
(function () {
  var zh = '此浏览器无法运行本应用。请使用新版 Chrome、Edge、Firefox 或 Safari 浏览器；' +
    '如使用 360、QQ 等双核浏览器，请切换到“极速模式”。';
  var en = 'This browser cannot run the app. Please use a current version of Chrome, Edge, ' +
    'Firefox or Safari; in a dual-engine browser such as 360 or QQ Browser, switch to its ' +
    'speed mode (极速模式).';
  var mounts = document.querySelectorAll('[data-gba-visit], #gv-app');
  for (var i = 0; i < mounts.length; i++) {
    var host = mounts[i];
    while (host.firstChild) host.removeChild(host.firstChild);
    var panel = document.createElement('div');
    panel.className = 'gv-crash';
    panel.setAttribute('role', 'alert');
    var first = document.createElement('p');
    first.appendChild(document.createTextNode(zh));
    var second = document.createElement('p');
    second.setAttribute('lang', 'en');
    second.appendChild(document.createTextNode(en));
    panel.appendChild(first);
    panel.appendChild(second);
    host.appendChild(panel);
  }
})();
