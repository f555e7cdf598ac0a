// What "4x CPU throttling" means on the machine the benchmark runs on. Throttling divides the
// machine's own speed, so 4x on a slow machine emulates a slower phone than 4x on a fast one.
// Chrome DevTools calibrates its throttling presets with a CPU score (Lighthouse's
// BenchmarkIndex workload, 250 ms a run) and two reference scores: 1000 for a mid-tier phone
// "like a Pixel 5" and 264 for a low-tier one "like a Moto G4 Power 2022"
// (chrome-devtools-frontend, front_end/panels/mobile_throttling/CalibrationController.ts).
// This file runs the same workload, so its scores compare with those references.

/** DevTools' reference scores. */
export const PHONES = { mid: 1000, low: 264 };

/** The workload, run in the page: half the time building strings (allocation and GC), half
 * copying arrays of 100,000 numbers; each half counts its rounds per 0.1 s, and the score is
 * their mean. */
function workload(ms) {
  const half = ms / 2;
  const strings = () => {
    const start = Date.now();
    let rounds = 0;
    while (Date.now() - start < half) {
      let s = '';
      for (let j = 0; j < 10000; j++) s += 'a';
      if (s.length === 1) throw new Error('unreachable; keeps the loop from being optimised away');
      rounds++;
    }
    return Math.round(rounds / 10 / ((Date.now() - start) / 1000));
  };
  const arrays = () => {
    const a = [];
    const b = [];
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now();
    let rounds = 0;
    // The clock is read every tenth round only (as the original does, to keep the loop's
    // timing free of the clock's cost).
    while (rounds % 10 !== 0 || Date.now() - start < half) {
      const [from, to] = rounds % 2 === 0 ? [a, b] : [b, a];
      for (let j = 0; j < from.length; j++) to[j] = from[j];
      rounds++;
    }
    return Math.round(rounds / 10 / ((Date.now() - start) / 1000));
  };
  return (strings() + arrays()) / 2;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The CPU score of a blank tab at each throttling rate in `rates` (median of `runs`, after one
 * run to warm the engine up). */
export async function cpuScores(browser, { rates = [1, 4], runs = 5 } = {}) {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await tab.evaluate(`(${workload})(250)`);
  const scores = [];
  for (const rate of rates) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const runsAt = [];
    for (let i = 0; i < runs; i++) runsAt.push(await tab.evaluate(`(${workload})(250)`));
    scores.push({ rate, score: median(runsAt) });
  }
  await tab.close();
  return scores;
}

/** The throttling rate at which this machine, as it is now, scores `target`: DevTools' method,
 * a bisection between 1 × and 1.5 times the rate the unthrottled score suggests, stopping
 * within 10 points or after 8 steps (rates to the hundredth, as the throttling backend keeps
 * them). */
export async function calibratedRate(browser, target) {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  const scoreAt = async (rate) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // The median of three runs where DevTools takes one: this shared machine's score moves by
    // a third within seconds, and single runs put the low-tier phone anywhere from 5x to 10x.
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await tab.evaluate(`(${workload})(250)`));
    return median(runs);
  };
  await scoreAt(1);
  const unthrottled = await scoreAt(1);
  let [lower, upper] = [1, Math.max(1, (unthrottled / target) * 1.5)];
  let rate = 1;
  for (let step = 0; step < 8; step++) {
    rate = Number(((lower + upper) / 2).toFixed(2));
    const score = await scoreAt(rate);
    if (Math.abs(score - target) < 10) break;
    if (score < target) upper = rate;
    else lower = rate;
  }
  await tab.close();
  return rate;
}
