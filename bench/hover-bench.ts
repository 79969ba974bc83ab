import type { BrowserContext } from '@playwright/test';
import { readReply } from '../lib/messages';
import { messageTabShowing, statsAfterFirstScan } from '../scripts/tab-message';
import { median } from './browser-loads';

/**
 * Hover to card: the pointer moves onto a marked word and rests; time until the card is
 * visible (dwell included), and, from the content script's own clock, from the end of the
 * dwell to the card showing its entry: cold (first card of the page: the card's module and
 * the entry load) and warm (a second term on the same page). Medians of `runs` fresh pages.
 */
export async function measureHover(withExt: BrowserContext, url: string, runs: number): Promise<{ ms: number; coldMs: number; warmMs: number }> {
  const hoverRuns: number[] = [];
  const coldRuns: number[] = [];
  const warmRuns: number[] = [];
  const worker = withExt.serviceWorkers()[0]!;
  for (let i = 0; i < runs; i++) {
    const p = await withExt.newPage();
    await p.goto(url);
    await statsAfterFirstScan(worker, p.url(), 100);
    const points = await p.evaluate(() => {
      const h = [...CSS.highlights.values()][0];
      const ranges = h ? [...h.keys()].slice(0, 40) : [];
      const out: { x: number; y: number; text: string }[] = [];
      for (const r of ranges) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const box = live.getBoundingClientRect();
        if (box.width > 2 && box.top > 0 && box.bottom < innerHeight) out.push({ x: box.left + box.width / 2, y: box.top + box.height / 2, text: live.toString() });
      }
      return out;
    });
    const first = points[0];
    if (!first) {
      await p.close();
      continue;
    }
    const t0 = Date.now();
    await p.mouse.move(first.x, first.y);
    await p.locator('termlight-card .tl-term').waitFor({ state: 'visible' });
    hoverRuns.push(Date.now() - t0);
    // A second term on another line, not under the open card (whose place depends on the marks around it).
    const uncovered = await p.evaluate((qs) => qs.map((q) => document.elementFromPoint(q.x, q.y)?.localName !== 'termlight-card'), points);
    const second = points.find((q, i) => uncovered[i] && Math.abs(q.y - first.y) > 40 && q.text.toLowerCase() !== first.text.toLowerCase());
    if (!second) {
      await p.close();
      continue;
    }
    const shownBefore = await p.locator('termlight-card [role="dialog"]').getAttribute('data-term-id');
    await p.mouse.move(second.x, second.y);
    await p.waitForFunction(
      (before) => document.querySelector('termlight-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') !== before,
      shownBefore,
    );
    const request = { type: 'termlight:stats' } as const;
    const stats = readReply(request, await messageTabShowing(worker, p.url(), request));
    const [cold, warm] = stats?.cardMs ?? [];
    if (cold !== undefined) coldRuns.push(cold);
    if (warm !== undefined) warmRuns.push(warm);
    await p.close();
  }
  return { ms: median(hoverRuns), coldMs: median(coldRuns), warmMs: median(warmRuns) };
}
