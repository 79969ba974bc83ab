// First: its clock must start before any other module is evaluated.
import { evaluationStartedAt } from './startup-clock';
import './highlight.css';
import { contentScriptMatches } from '../../lib/sites/domains';
import { startBoot } from './boot';
import { announceStart, claimFrame } from './instances';

announceStart();

/**
 * The content script every matching page loads: only its first module (boot.ts), which
 * loads the main module (main.ts, built apart as entrypoints/content-main.ts) where the
 * page is lit.
 */
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  // Same-origin frames get their own marks and cards; the top frame reports their terms.
  allFrames: true,
  cssInjectionMode: 'manifest',
  // WXT's "script started" postMessage would tell every page's message listeners that
  // Termlight is here (with our extension id), and cost the page a main-thread stall.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const release = claimFrame();
    if (!release) return;
    ctx.onInvalidated(release);
    startBoot(ctx, performance.now() - evaluationStartedAt);
  },
});
