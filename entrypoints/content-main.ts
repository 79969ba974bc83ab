// First: its clock must start before any other module is evaluated.
import { evaluationStartedAt } from './content/startup-clock';
import '../utils/zod-setup';
import { MAIN_MODULE_GLOBAL, type MainModule } from './content/main-contract';
import { startMain } from './content/main';

/**
 * The content script's main module as a file of its own, imported by the content script's
 * first module (entrypoints/content/boot.ts) only where a page is lit or passes the gate:
 * most pages a reader opens in everywhere mode never evaluate it.
 */
export default defineUnlistedScript({
  main() {
    const module: MainModule = { evaluationMs: performance.now() - evaluationStartedAt, start: startMain };
    (globalThis as unknown as Record<string, MainModule>)[MAIN_MODULE_GLOBAL] = module;
  },
});
