/**
 * The entry bench, run by `pnpm bench` after the ranking (or alone: `pnpm bench entry`): signs in as the
 * demo's district officer, opens the 150-criterion district form of 2022 and types one digit into each
 * of the first KEYS number boxes, in Debian's Chromium.
 *
 * - entry keystroke: per key, from the keydown event's timestamp to the first task after the next
 *   frame has been painted (a user-blocking `scheduler.postTask` from that frame's
 *   requestAnimationFrame: it runs ahead of ordinary tasks, such as React's deferred re-scoring, which
 *   a MessageChannel message would queue behind although the frame is already on its way to the
 *   screen); the median over the keys. The browser runs without its 60 Hz frame limit, so the figure is the
 *   page's own work (the key's handlers, React's render and commit, style, layout, paint) rather than
 *   the wait for the next vsync, which adds up to 16,7 ms on a real screen.
 * Each box is focused and given two frames to settle before its key, so a key never waits for the
 * previous one's deferred work — what a clerk sees typing one figure after another.
 */
import type { Browser } from '@playwright/test';
import { median, signedInPage } from './common.ts';

const KEYS = 60;

// Strings, not functions, for page.evaluate: tsx would wrap a function's inner helpers in its `__name`.
const INSTALL = `(() => {
  window.__keystrokes = [];
  window.__frames = [];
  document.addEventListener('keydown', (event) => {
    const started = event.timeStamp;
    requestAnimationFrame(() => {
      window.__frames.push(performance.now() - started);
      const painted = () => window.__keystrokes.push(performance.now() - started);
      scheduler.postTask(painted, { priority: 'user-blocking' });
    });
  }, true);
})()`;
const SETTLE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))))`;

/** Types into the district form; prints and answers the median keystroke in milliseconds. */
export async function benchEntry(browser: Browser, baseURL: string): Promise<number> {
  const { context, page } = await signedInPage(browser, baseURL, 'vandon@chiso.local');
  try {
    const row = page.getByRole('row').filter({ hasText: '2022' }).filter({ hasText: 'Bản nháp' });
    await row.getByRole('link', { name: 'Nhập số liệu' }).click();
    await page.getByRole('heading', { name: /Huyện Vân Đồn — 2022/ }).waitFor();

    const boxes = page.locator('.criteria-tree input[inputmode="decimal"]:not([disabled])');
    const count = await boxes.count();
    if (count < KEYS)
      throw new Error(`expected at least ${KEYS} number boxes on the district form, found ${count}`);
    const inputs = await page
      .locator('.criteria-tree input, .criteria-tree select, .criteria-tree textarea')
      .count();
    const height = await page.evaluate('document.documentElement.scrollHeight');
    console.log(`  district form: ${inputs} inputs, ${count} number boxes, page ${height} px tall`);

    await page.evaluate(INSTALL);
    for (let index = 0; index < KEYS; index++) {
      const box = boxes.nth(index);
      await box.focus();
      await box.evaluate((element) => (element as HTMLInputElement).select());
      await page.evaluate(SETTLE);
      await page.keyboard.press(String((index % 9) + 1));
      await page.evaluate(SETTLE);
    }
    const times = (await page.evaluate('window.__keystrokes')) as number[];
    if (times.length !== KEYS) throw new Error(`measured ${times.length} keys of ${KEYS}`);
    const frames = (await page.evaluate('window.__frames')) as number[];
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `  keys (ms): min ${sorted[0]?.toFixed(1)}, p90 ${sorted[Math.floor(KEYS * 0.9)]?.toFixed(1)}, ` +
        `max ${sorted.at(-1)?.toFixed(1)}; key → frame start (handlers, React, other tasks) median ` +
        `${median(frames).toFixed(1)}, frame (style, layout, paint) median ${median(times.map((time, index) => time - (frames[index] ?? 0))).toFixed(1)}`,
    );
    const result = median(times);
    console.log(`entry: keystroke ${result.toFixed(1)} ms median over ${KEYS} keys`);
    return result;
  } finally {
    await context.close();
  }
}
