// Trunk post-build hook: moves Trunk's inline start-up <script> into an external file, so the
// app runs under a Content-Security-Policy without 'unsafe-inline'.
//
// Reads $TRUNK_STAGING_DIR/index.html, finds the inline module script that imports the
// wasm-bindgen glue, writes gv-boot-<hash>.js (and a stable gv-boot.js for host pages) from
// the template below, and points index.html at it.
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const htmlPath = join(stage, 'index.html');
const html = readFileSync(htmlPath, 'utf8');

const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/g;
let match;
let found = null;
while ((match = inline.exec(html)) !== null) {
  if (match[2].includes('init(')) found = match;
}
if (!found) {
  console.error('externalize-loader: no inline start-up script found in index.html');
  process.exit(1);
}
const glue = found[2].match(/from\s+'\.\/([^']+\.js)'/)?.[1];
const wasm = found[2].match(/module_or_path:\s*'\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) {
  console.error('externalize-loader: could not read the glue and wasm file names');
  process.exit(1);
}

// The stylesheets become one file: one request instead of four, and compressed together they
// are smaller (measured: 5.7 KB brotli instead of 6.5 KB). Its name goes to gv_start too, so a
// host page that only includes gv-boot.js gets it in the app's shadow root.
const cssLinks = [...html.matchAll(/<link[^>]*href="?\.\/([^" >]+\.css)"?[^>]*>/g)];
if (cssLinks.length === 0) {
  console.error('externalize-loader: no stylesheet links found in index.html');
  process.exit(1);
}
const css = cssLinks.map((m) => readFileSync(join(stage, m[1]), 'utf8')).join('\n');
const cssName = `gv-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const cssIntegrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
const styles = [cssName];
const withOneStylesheet = (page) => {
  let first = true;
  for (const m of cssLinks) {
    const tag = first ? `<link rel="stylesheet" href="./${cssName}" integrity="${cssIntegrity}">` : '';
    first = false;
    page = page.replace(m[0], tag);
  }
  return page;
};

// The start is a promise chain, not a top-level await: a browser whose modules lack it
// (Chrome 80-88) still reaches the panel when it cannot compile the wasm.
const boot = `// Starts GBA Visit Explorer. Generated at build time by tools/externalize-loader.mjs.
import init, * as bindings from './${glue}';

// After a crash the Rust side cannot run again, so the panel's reload button is handled here.
// composedPath(): the button may sit inside an app's shadow root.
document.addEventListener('click', (event) => {
  if (event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-gv-reload'))) location.reload();
});

function showStartFailure(error) {
  const mounts = [...document.querySelectorAll('[data-gba-visit], #gv-app')];
  // A panic already drew its own panel (perhaps inside a shadow root): keep it.
  if (mounts.some((m) => (m.shadowRoot || m).querySelector('.gv-crash'))) return;
  for (const host of mounts) {
    // Inside a shadow root, keep its stylesheets and replace the rest.
    const mount = host.shadowRoot || host;
    for (const child of [...mount.childNodes]) if (!(child instanceof HTMLLinkElement)) child.remove();
    const panel = document.createElement('div');
    panel.className = 'gv-crash';
    panel.setAttribute('role', 'alert');
    const zh = document.createElement('p');
    zh.textContent = '应用未能启动：浏览器可能不支持 WebAssembly，文件可能未完整下载，或网站的安全设置不允许它运行。请刷新页面重试。';
    const en = document.createElement('p');
    en.lang = 'en';
    en.textContent = "The app could not start: the browser may not support WebAssembly, a file may not have downloaded completely, or the site's security settings may not allow it to run. Please reload the page.";
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'gv-button gv-button--primary';
    button.setAttribute('data-gv-reload', '');
    button.textContent = '重新载入 / Reload';
    panel.append(zh, en, button);
    mount.append(panel);
  }
  console.error('GBA Visit Explorer failed to start:', error);
}

init({ module_or_path: new URL('./${wasm}', import.meta.url) })
  // The stylesheets are linked inside the shadow root of apps mounted in host pages.
  .then(() => bindings.gv_start(new URL('./', import.meta.url).href, ${JSON.stringify(styles)}))
  .catch(showStartFailure);
`;

// Release builds: minify the wasm-bindgen glue (Trunk's own minifier gives up on its
// `export default`) and mark it for eager compiling; `withIntegrity` then updates the
// integrity hash Trunk wrote for it.
let withIntegrity = (page) => page;
if (process.env.TRUNK_PROFILE === 'release') {
  const gluePath = join(stage, glue);
  const before = readFileSync(gluePath, 'utf8');
  const { code: minified } = await minify(before, { module: true, compress: true, mangle: true });
  // Chromium's explicit compile hint (verified here in Chromium 156; other engines read a
  // comment): compile every function of the glue while the file streams in, on a background
  // thread, instead of each on its first call on the main thread. 91 of the 191 imports run
  // before the first card; compiling the rest off the main thread costs it nothing. Measured
  // at 4x CPU throttling: 30 ms of main-thread compiling gone.
  const code = `//# allFunctionsCalledOnLoad\n${minified}`;
  writeFileSync(gluePath, code);
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  const escaped = glue.replace(/[.]/g, '\\.');
  const linkTag = new RegExp(`<link[^>]*href="?\\./${escaped}"?[^>]*>`);
  withIntegrity = (page) => {
    const link = page.match(linkTag);
    if (!link) {
      console.error(`externalize-loader: no <link> for ${glue} in index.html`);
      process.exit(1);
    }
    const updated = link[0].replace(/integrity="?sha384-[A-Za-z0-9+/=]+"?/, `integrity="${integrity}"`);
    return page.replace(link[0], updated);
  };
  console.log(`externalize-loader: minified ${glue} (${before.length} -> ${code.length} bytes)`);
}

// Trunk gives the wasm's preload (`as=fetch`) an integrity hash, which Chromium ignores for
// that kind of preload and says so in the console on every load: it goes.
const withoutPreloadIntegrity = (page) =>
  page.replace(/<link[^>]*\.wasm[^>]*>/g, (link) => link.replace(/\s+integrity="?sha384-[A-Za-z0-9+/=]+"?/, ''));

const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const hashedName = `gv-boot-${hash}.js`;
writeFileSync(join(stage, hashedName), boot);
writeFileSync(join(stage, 'gv-boot.js'), boot);
const tag = `<script type="module" src="./${hashedName}"></script>`;
const page = html.slice(0, found.index) + tag + html.slice(found.index + found[0].length);
writeFileSync(htmlPath, withoutPreloadIntegrity(withOneStylesheet(withIntegrity(page))));
writeFileSync(join(stage, cssName), css);
for (const m of cssLinks) unlinkSync(join(stage, m[1]));
console.log(`externalize-loader: index.html now loads ${hashedName}`);
