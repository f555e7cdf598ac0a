// The same work done by the tools a portal team would otherwise pick, from the npm registry:
// TimelineJS and vis-timeline render the same synthetic events, List.js the same projects.
// Run alone: node bench/peers.mjs   (bench/run.mjs runs it beside our own figures)
//
// Each interaction starts 50 ms after the last one was drawn, as ours do (bench/catalog.mjs,
// bench/timeline.mjs). Timed back to back, an interaction waits for the compositor's next frame
// slot, one frame interval (16.7 ms) after the last frame began, and "to paint" reads about
// that interval whatever the work costs: a key our timeline ignores read 14.7-15.0 ms to paint
// pressed back to back, and 1.4-1.7 ms 50 ms apart (2026-12-07; docs/performance-log.md).
import { fmt, launch, page, serve, stats, synthetic } from './lib.mjs';

// How each peer's page times an interaction (the same in the three pages). "update" = its
// script, style and layout (one task turn, then a forced layout); "paint" = until the first
// frame after it has been drawn (an animation frame asked for as soon as the interaction
// returns, and the task after it). Tools that defer drawing to an animation frame of their own
// (vis-timeline) draw in that same frame.
const TIMED = `
  const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => { document.body.offsetHeight; r(); }; c.port2.postMessage(0); });
  const drawn = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  const timed = async (action) => { await new Promise((r) => setTimeout(r, 50)); const t = performance.now(); await action(); const frame = drawn(); await settle(); const u = performance.now() - t; return [u, (await frame) - t]; };`;

/** TimelineJS's and vis-timeline's event shape from our synthetic events. */
function peerEvents(dataset) {
  return dataset.events
    .map((e, i) => {
      const s = e.start;
      const when = s.at || s.date;
      if (!when) return null; // undated: neither tool can show an event without a date
      const [date, time] = when.split('T');
      const [year, month, day] = date.split('-').map(Number);
      const [hour, minute] = (time || '09:00').split(':').map(Number);
      return { id: i + 1, year, month, day, hour, minute, title: e.title.en };
    })
    .filter(Boolean);
}

const visPage = () => page('peer-vis.html', `<!doctype html><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<div id="tl"></div>
<script>
window.run = async (events, moves) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
${TIMED}
  const t0 = performance.now();
  const items = new vis.DataSet(events.map((e) => ({ id: e.id, content: e.title, start: new Date(e.year, e.month - 1, e.day, e.hour, e.minute) })));
  const tl = new vis.Timeline(document.getElementById('tl'), items, { height: '600px' });
  await frame();
  const first = performance.now() - t0;
  const times = [];
  for (let i = 0; i < moves; i++) {
    times.push(await timed(() => tl.setSelection([events[i % events.length].id], { focus: true, animation: false })));
  }
  return { first, times };
};
</script>`);

const timelineJsPage = () => page('peer-timelinejs.html', `<!doctype html><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>
<div id="tl" style="width:1200px;height:650px"></div>
<script>
window.run = async (events, moves) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
${TIMED}
  const data = { events: events.map((e) => ({ start_date: { year: e.year, month: e.month, day: e.day, hour: e.hour, minute: e.minute }, text: { headline: e.title } })) };
  const t0 = performance.now();
  const tl = await new Promise((ok) => { const t = new TL.Timeline('tl', data, { duration: 1, hash_bookmark: false }); t.on('loaded', () => ok(t)); });
  await frame();
  const first = performance.now() - t0;
  const times = [];
  for (let i = 0; i < moves; i++) {
    times.push(await timed(() => new Promise((ok) => { tl.once ? tl.once('change', ok) : tl.on('change', ok); tl.goToNext(); setTimeout(ok, 5000); })));
  }
  return { first, times };
};
</script>`);

const listJsPage = () => page('peer-listjs.html', `<!doctype html><meta charset="utf-8"><title>List.js</title>
<script src="/node_modules/list.js/dist/list.min.js"></script>
<div id="list"><input class="search"><ul class="list"></ul><ul class="pagination"></ul></div>
<script>
window.run = async (projects, query, city) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
${TIMED}
  const t0 = performance.now();
  const list = new List('list', { valueNames: ['name', 'partner', 'city', 'description'], item: '<li><h3 class="name"></h3><p class="partner"></p><p class="city"></p><p class="description"></p></li>', page: 20, pagination: true }, projects);
  await frame();
  const first = performance.now() - t0;
  const keystrokes = [];
  for (let i = 1; i <= query.length; i++) {
    keystrokes.push(await timed(() => list.search(query.slice(0, i))));
  }
  list.search();
  const facet = await timed(() => list.filter((item) => item.values().city === city));
  return { first, keystrokes, facet };
};
</script>`);

/** Runs the peers; returns rows of measurements. */
export async function runPeers({ port = 8931, events = 2000, projectSizes = [1000, 10000, 100000], moves = 30, query = 'huaxing' } = {}) {
  const server = await serve(port);
  const browser = await launch();
  const rows = [];
  try {
    const evData = peerEvents(synthetic(events, 0).data());
    for (const [name, url] of [['vis-timeline', visPage()], ['TimelineJS', timelineJsPage()]]) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`http://127.0.0.1:${port}${url}`);
      const r = await tab.evaluate(([e, m]) => window.run(e, m), [evData, moves]);
      rows.push({ tool: name, task: `timeline, ${evData.length} dated events`, first: r.first, move: stats(r.times.map((x) => x[0])), movePaint: stats(r.times.map((x) => x[1])) });
      await tab.close();
    }
    for (const n of projectSizes) {
      const projects = synthetic(200, n).data().projects.map((p) => ({ name: p.name.en, partner: p.partner, city: p.city, description: p.description.en }));
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`http://127.0.0.1:${port}${listJsPage()}`);
      const r = await tab.evaluate(([p, q, c]) => window.run(p, q, c), [projects, query, 'ganzhou']);
      rows.push({ tool: 'List.js', task: `catalog, ${n} projects`, first: r.first, keystroke: stats(r.keystrokes.map((x) => x[0])), keystrokePaint: stats(r.keystrokes.map((x) => x[1])), facet: r.facet[0], facetPaint: r.facet[1] });
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runPeers();
  for (const r of rows) {
    const parts = [`first render ${fmt(r.first)} ms`];
    if (r.move) parts.push(`move ${fmt(r.move.median)} ms update / ${fmt(r.movePaint.median)} ms to paint (median)`);
    if (r.keystroke) parts.push(`keystroke ${fmt(r.keystroke.median)} / ${fmt(r.keystrokePaint.median)} ms`, `facet ${fmt(r.facet)} / ${fmt(r.facetPaint)} ms`);
    console.log(`${r.tool.padEnd(13)} ${r.task.padEnd(32)} ${parts.join('; ')}`);
  }
}
