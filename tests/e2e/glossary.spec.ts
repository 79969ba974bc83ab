import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { readGlossarySources } from '../../scripts/glossary-source';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './support';

const { entries } = compileGlossary(checkGlossary(readGlossarySources()).glossary);

/** Three entries drawn at random each run; TERMLIGHT_SEED replays a run. */
function pickEntries(seed: number, count: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(next() * entries.length));
  return [...chosen].map((i) => entries[i]!);
}

const seed = Number(process.env.TERMLIGHT_SEED ?? 1);
const picked = pickEntries(seed, 3);

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

test.describe(`three random entries (TERMLIGHT_SEED=${seed}: ${picked.map((e) => e.id).join(', ')})`, () => {
  for (const entry of picked) {
    test(`hover card and popup show ${entry.id}`, async ({ context, page, fixtureUrl, extensionId }) => {
      // Ambiguous words are only marked next to one of their context words, as on a real page.
      const context_ = entry.context?.length ? ` — ${entry.context.join(', ')}` : '';
      const url = `${fixtureUrl}/generated-${entry.id}.html`;
      await context.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><meta charset="utf-8"><title>${escape(entry.id)}</title>
            <p id="term" style="font-size:22px">${escape(entry.term)}${escape(context_)}</p>
            <p>Local pages are lit when they read as crypto, as here: an optimistic rollup posts its state root to
            layer 1, a fraud proof can undo it during the challenge period, and data availability keeps it checkable.</p>`,
        }),
      );
      await page.goto(url);
      const { x, y } = await pointOf(page, '#term', entry.term);
      // Marks first: a hover before the scan has answered would find nothing to open.
      await expect.poll(() => highlightedTexts(page, '#term')).not.toEqual([]);
      await page.mouse.move(x, y);
      await expect(page.locator('termlight-card .tl-term')).toHaveText(entry.term, { timeout: 3000 });
      await expect(page.locator('termlight-card .tl-short')).toHaveText(entry.short);

      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.getByRole('combobox', { name: 'Search the glossary' }).fill(entry.term);
      const hit = popup.locator(`.result[data-term-id="${entry.id}"]`);
      await hit.click();
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText(entry.term);
      await expect(popup.locator('.detail')).toContainText(entry.body.split('\n\n')[0]!);
    });
  }
});
