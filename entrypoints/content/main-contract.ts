import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageGate, GateVerdict } from './page-gate';

/** What the content script's first module hands the main module when it starts it. */
export interface MainStart {
  /** Main-thread ms of evaluating the first module (the main module adds its own). */
  startupMs: number;
  /** The gate of everywhere mode, with the samples it already took. */
  gate: PageGate;
  /** The gate's verdict on this page, when the first module already sampled it. */
  verdict?: GateVerdict;
}

/** The running main module, as the first module sees it. */
export interface MainHandle {
  /** Answers a runtime message as the content script; undefined leaves it unanswered. */
  onMessage(raw: unknown): Promise<unknown> | undefined;
}

/** The main module's API, left on the content script's isolated global when it is evaluated. */
export interface MainModule {
  /** Main-thread ms of evaluating the module. */
  evaluationMs: number;
  start(ctx: ContentScriptContext, options: MainStart): Promise<MainHandle>;
}

/** Where the separately built main module leaves its API (see main-loader.ts). */
export const MAIN_MODULE_GLOBAL = '__termlightMain';
