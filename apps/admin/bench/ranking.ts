/**
 * `pnpm bench` (root: `pnpm bench:admin`): builds the console, measures the initial JavaScript, then
 * renders the 177-commune ranking (period 2021, group 3) in Debian's Chromium against the real API
 * on a throw-away in-memory database with the demo data.
 *
 * - initial js: Σ gzip (zlib, level 9) of the `<script src>` and `<link rel="modulepreload">` files
 *   dist/index.html loads, in kB (1000 bytes).
 * - ranking render: in a full page load of `/results?period=…&group=…` (signed in, HTTP cache warm),
 *   from the moment the ranking's answer has arrived to the page's own `chiso:ranking-rendered` mark,
 *   placed by Ranking.tsx in an effect that runs once the browser has laid out and painted the 177
 *   rows: the console's own work. Each run also splits it at `chiso:ranking-committed` (a layout
 *   effect: React has put the rows in the DOM) into React's part and the browser's layout and paint.
 *   The whole page load — navigation start (performance.timeOrigin) to that mark, which adds the
 *   scripts, the session query and the server's answer — is printed on the line before.
 *   The benchmark waits for that mark with a PerformanceObserver — a Playwright locator would poll
 *   inside the page and force style and layout in the middle of the measured render — then checks
 *   the DOM holds the 177 rows. Medians of 9 runs after one warm-up.
 * - entry keystroke: typing into the district form, on the same API (bench/entry.ts); alone with
 *   `pnpm bench entry`.
 * - heatmap draw: the workbench's 177 communes × 78 criteria (bench/heatmap.ts); alone with
 *   `pnpm bench heatmap`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type ApiProcess, startApiProcess } from '@chiso/testing/process';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './chromium.ts';
import { median, signedInPage } from './common.ts';
import { benchEntry } from './entry.ts';
import { benchHeatmap } from './heatmap.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 9;
const EXPECTED_ROWS = 177;

function build() {
  const result = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
}

function initialJs(): { bytes: number; files: Array<[string, number]> } {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) if (match[1]) urls.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    if (match[1]) urls.add(match[1]);
  const files = [...urls].map((url): [string, number] => [
    url,
    gzipSync(readFileSync(join(dist, url.replace(/^\//, ''))), { level: 9 }).length,
  ]);
  return { bytes: files.reduce((sum, [, size]) => sum + size, 0), files };
}

// Strings, not functions, for page.evaluate: tsx would wrap a function's inner helpers in its `__name`.
const WAIT_FOR_RENDER = `new Promise((resolve, reject) => {
  const name = 'chiso:ranking-rendered';
  if (performance.getEntriesByName(name, 'mark').length > 0) return resolve(true);
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(name).length === 0) return;
    observer.disconnect();
    resolve(true);
  });
  observer.observe({ type: 'mark' });
  setTimeout(() => {
    observer.disconnect();
    reject(new Error('no ' + name + ' mark within 30 s; the page shows: ' + document.body.innerText.slice(0, 300)));
  }, 30000);
})`;

async function main() {
  // `pnpm bench entry` or `pnpm bench heatmap`: that one only.
  const only = process.argv[2];
  build();
  let api: ApiProcess | undefined;
  try {
    api = await startApiProcess({ timeoutMs: 200_000 });
    if (!only) await benchRanking(api.url);
    // Without the 60 Hz frame limit: the keystroke is the page's work, not the wait for vsync (entry.ts).
    const browser = await chromium.launch({
      ...CHROMIUM,
      args: [...CHROMIUM.args, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    });
    try {
      if (only !== 'heatmap') await benchEntry(browser, api.url);
      if (only !== 'entry') await benchHeatmap(browser, api.url);
    } finally {
      await browser.close();
    }
  } finally {
    api?.stop();
  }
}

async function benchRanking(baseURL: string) {
  const js = initialJs();
  for (const [url, size] of js.files) console.log(`  ${url}: ${(size / 1000).toFixed(1)} kB gzip`);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const { context, page } = await signedInPage(browser, baseURL, 'analyst@chiso.local');

    const answer = await page.request.post('/graphql', {
      data: { query: '{ periods(first: 50) { edges { node { id code } } } unitGroups { id code } }' },
    });
    const filters = (await answer.json()).data as {
      periods: { edges: Array<{ node: { id: string; code: string } }> };
      unitGroups: Array<{ id: string; code: string }>;
    };
    const period = filters.periods.edges.find(({ node }) => node.code === '2021')?.node.id;
    const group = filters.unitGroups.find((item) => item.code === 'nhom-3')?.id;
    if (!period || !group) throw new Error('period 2021 or group nhom-3 is missing from the demo data');
    const url = `/results?period=${encodeURIComponent(period)}&group=${encodeURIComponent(group)}`;

    const rendered: number[] = [];
    const loaded: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      await page.goto(url);
      await page.evaluate(WAIT_FOR_RENDER);
      const waited = performance.now() - started;
      const marks = (await page.evaluate(`(() => {
        const done = performance.getEntriesByName('chiso:ranking-rendered', 'mark')[0];
        const committed = performance.getEntriesByName('chiso:ranking-committed', 'mark')[0];
        const calls = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/graphql'));
        const data = calls.at(-1);
        const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
        return {
          data: data ? data.responseEnd : null,
          api: data ? data.responseEnd - data.requestStart : null,
          calls: calls.map((entry) => Math.round(entry.startTime) + '+' + Math.round(entry.duration)).join(' '),
          scripts: Math.round(Math.max(0, ...scripts.map((entry) => entry.responseEnd))),
          committed: committed ? committed.startTime : null,
          rendered: done ? done.startTime : null,
          rows: done && done.detail ? done.detail.rows : null,
          dom: document.querySelectorAll('table.ranking > tbody > tr:not(.group-heading)').length,
        };
      })()`)) as {
        data: number | null;
        api: number | null;
        calls: string;
        committed: number | null;
        scripts: number;
        rendered: number | null;
        rows: number | null;
        dom: number;
      };
      if (marks.rendered === null || marks.rows !== EXPECTED_ROWS || marks.dom !== EXPECTED_ROWS)
        throw new Error(`expected ${EXPECTED_ROWS} rows, got ${JSON.stringify(marks)}`);
      const label = run === 0 ? 'warm-up' : `run ${run}`;
      console.log(
        `  ${label}: rows at ${marks.rendered.toFixed(0)} ms; scripts loaded by ${marks.scripts} ms; ` +
          `/graphql calls (start+duration ms) ${marks.calls}; ranking answer at ${marks.data?.toFixed(0)} ms ` +
          `(server ${marks.api?.toFixed(0)} ms) → render ${(marks.rendered - (marks.data ?? 0)).toFixed(0)} ms ` +
          `(React ${((marks.committed ?? 0) - (marks.data ?? 0)).toFixed(0)} ms, layout and paint ` +
          `${(marks.rendered - (marks.committed ?? 0)).toFixed(0)} ms); ` +
          `playwright goto→mark ${waited.toFixed(0)} ms`,
      );
      if (run > 0) {
        rendered.push(marks.rendered - (marks.data ?? 0));
        loaded.push(marks.rendered);
      }
    }
    await context.close();
    console.log(`ranking page: navigation → ${EXPECTED_ROWS} rows, median ${median(loaded).toFixed(0)} ms`);
    console.log(
      `admin: initial js ${(js.bytes / 1000).toFixed(1)} KB gzip, ranking render ${median(rendered).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
