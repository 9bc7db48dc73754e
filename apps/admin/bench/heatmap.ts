/**
 * The heatmap bench, run by `pnpm bench` after the entry form (or alone: `pnpm bench heatmap`): signs
 * in as the demo's analyst, opens the comparison workbench on group 3 (177 communes, period 2021) and
 * switches it from categories to criteria: 177 × 78 cells, in Debian's Chromium.
 *
 * - heatmap draw: from the switch to the moment the table holds every row and column (checked each
 *   animation frame), with the page's script, style and layout time over the same span from Chromium's
 *   own counters (DevTools Protocol `Performance.getMetrics`); medians of RUNS after one warm-up. The
 *   analyst's answer comes from the API's response cache after the warm-up, so this is the console's work.
 */
import type { Browser, CDPSession } from '@playwright/test';
import { median, signedInPage } from './common.ts';

const RUNS = 7;
const ROWS = 177;

/** Chromium's cumulative script, style and layout time of the page, in milliseconds. */
async function counters(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const of = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { script: of('ScriptDuration'), style: of('RecalcStyleDuration'), layout: of('LayoutDuration') };
}

/** Every row and column in the table (a function, not a string: the console's CSP forbids eval). */
const drawn = (rows: number) => {
  const table = document.querySelector('table.heatmap');
  return (
    table !== null &&
    table.querySelectorAll('tbody tr').length === rows &&
    table.querySelectorAll('thead th').length > 70
  );
};

/** Draws the criteria heatmap; prints and answers the median draw in milliseconds. */
export async function benchHeatmap(browser: Browser, baseURL: string): Promise<number> {
  const { context, page } = await signedInPage(browser, baseURL, 'analyst@chiso.local');
  try {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'So sánh' })
      .click();
    await page.getByLabel('Nhóm đơn vị').selectOption({ label: 'Nhóm 3: UBND cấp xã' });
    const kind = page.getByLabel('So sánh theo');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const draws: number[] = [];
    const parts = { script: [] as number[], style: [] as number[], layout: [] as number[] };
    for (let run = 0; run <= RUNS; run++) {
      await kind.selectOption('CATEGORY');
      await page.locator('table.heatmap thead th').nth(2).waitFor();
      await page.waitForTimeout(300);
      const before = await counters(cdp);
      const started = performance.now();
      await kind.selectOption('CRITERION');
      await page.waitForFunction(drawn, ROWS, { polling: 'raf' });
      const took = performance.now() - started;
      // Paint and the frame's last tasks settle before the counters are read.
      await page.waitForTimeout(300);
      const after = await counters(cdp);
      const spent = (name: keyof typeof parts) => after[name] - before[name];
      console.log(
        `  ${run === 0 ? 'warm-up' : `run ${run}`}: ${took.toFixed(0)} ms (script ${spent('script').toFixed(0)} ms, ` +
          `style ${spent('style').toFixed(0)} ms, layout ${spent('layout').toFixed(0)} ms)`,
      );
      if (run === 0) continue;
      draws.push(took);
      for (const name of Object.keys(parts) as Array<keyof typeof parts>) parts[name].push(spent(name));
    }
    const result = median(draws);
    console.log(
      `admin: heatmap ${ROWS} × 78 draw ${result.toFixed(0)} ms (script ${median(parts.script).toFixed(0)} ms, ` +
        `style ${median(parts.style).toFixed(0)} ms, layout ${median(parts.layout).toFixed(0)} ms)`,
    );
    return result;
  } finally {
    await context.close();
  }
}
