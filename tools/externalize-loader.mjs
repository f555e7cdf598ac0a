// Trunk post-build hook: moves Trunk's inline start-up <script> into an external file, so the
// app runs under a Content-Security-Policy without 'unsafe-inline'.
//
// Reads $TRUNK_STAGING_DIR/index.html, finds the inline module script that imports the
// wasm-bindgen glue, writes gv-boot-<hash>.js (and a stable gv-boot.js for host pages) from
// the template below, and points index.html at it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

// The app's stylesheets, so a host page that only includes gv-boot.js gets them too.
const styles = [...html.matchAll(/<link[^>]*href="?\.\/([^" >]+\.css)"?[^>]*>/g)].map((m) => m[1]);

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
    zh.textContent = '应用未能启动：浏览器可能不支持 WebAssembly，或文件未完整下载。请刷新页面重试。';
    const en = document.createElement('p');
    en.lang = 'en';
    en.textContent = 'The app could not start: the browser may not support WebAssembly, or a file did not download completely. Please reload the page.';
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

try {
  await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
  // The stylesheets are linked inside the shadow root of apps mounted in host pages.
  bindings.gv_start(new URL('./', import.meta.url).href, ${JSON.stringify(styles.filter((s) => !s.startsWith('page-')))});
} catch (error) {
  showStartFailure(error);
}
`;

const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const hashedName = `gv-boot-${hash}.js`;
writeFileSync(join(stage, hashedName), boot);
writeFileSync(join(stage, 'gv-boot.js'), boot);
const tag = `<script type="module" src="./${hashedName}"></script>`;
writeFileSync(htmlPath, html.slice(0, found.index) + tag + html.slice(found.index + found[0].length));
console.log(`externalize-loader: index.html now loads ${hashedName}`);
