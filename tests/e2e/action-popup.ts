import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** The extension's toolbar popup, opened for a tab the way a reader's click opens it. */
export interface ActionPopup {
  /** The popup's text as the reader sees it (`innerText`). */
  text(): Promise<string>;
  /**
   * Evaluates `expression` in the popup as if during a click (a user gesture), awaiting a
   * promise it returns; the value must survive JSON.
   */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** A reply from the popup's session, as JSON through `Target.receivedMessageFromTarget`. */
interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  /** For tab targets: whether the tab is its window's active one. */
  embedderData?: { tabActive?: boolean };
}

const RETRIES = 20;
/** Longest wait for the popup to answer one evaluation: it may close meanwhile and never answer. */
const REPLY_MS = 3000;
/** The expression itself threw: no reason to press the button again. */
class EvaluationError extends Error {}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presses the extension's toolbar button for the tab showing `page`, through the DevTools
 * protocol's `Extensions.triggerAction` (sent on the browser's own session; seen working on
 * Chromium 156 headless with Playwright's default flags). Unlike opening popup.html in a tab,
 * this is the reader's path: the popup opens over that tab, which is its active tab, and the
 * press grants activeTab on it. Playwright attaches only to pages in tabs, so the popup is
 * reached over the protocol: a session on it, spoken to through the browser-level session.
 *
 * A popup closes when its tab stops being the active one, as when the welcome page opens
 * on install: the button is then pressed again (each evaluation tries up to RETRIES times).
 */
export async function openActionPopup(context: BrowserContext, extensionId: string, page: Page): Promise<ActionPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('openActionPopup needs a context with a browser (launchPersistentContext has one)');
  const cdp = await browser.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  // The default filter leaves tab targets out; the action is triggered on a tab.
  const targets = async (): Promise<TargetInfo[]> => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;

  const findPopup = async (): Promise<TargetInfo | undefined> => (await targets()).find((t) => t.type === 'page' && t.url === popupUrl);
  const press = async (): Promise<void> => {
    let tab: TargetInfo | undefined;
    for (let i = 0; i < RETRIES && tab?.embedderData?.tabActive !== true; i++) {
      await page.bringToFront();
      tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
    }
    if (tab?.embedderData?.tabActive !== true) throw new Error(`no active tab shows ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  };
  /** Attaches to the open popup, pressing the button first if none is open. */
  const open = async (): Promise<string> => {
    // Pressing while the popup shows would close it, as a second click does.
    if (!(await findPopup())) await press();
    for (let i = 0; i < RETRIES; i++) {
      const popup = await findPopup();
      if (popup) return (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })).sessionId;
      await pause(100);
    }
    throw new Error('the popup did not open');
  };

  const send = messenger(cdp);
  let sessionId: string | undefined = await open();
  const evaluate = async (expression: string): Promise<unknown> => {
    let failure: unknown;
    for (let i = 0; i < RETRIES; i++) {
      try {
        sessionId ??= await open();
        return await send(sessionId, 'Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: true });
      } catch (error) {
        if (error instanceof EvaluationError) throw error;
        // The popup closed, or is swapping documents: attach again, pressing again if need be.
        failure = error;
        sessionId = undefined;
        await pause(100);
      }
    }
    throw failure;
  };
  return {
    evaluate,
    async text() {
      // Empty while the popup's document has no body yet.
      const value = await evaluate('document.body?.innerText ?? ""');
      return typeof value === 'string' ? value : '';
    },
    async close() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Sends protocol commands to a session attached without flattening, through the browser session. */
function messenger(cdp: CDPSession): (sessionId: string, method: string, params: object) => Promise<unknown> {
  const pending = new Map<number, { sessionId: string; settle: (reply: Reply | Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.settle(reply);
  });
  // A popup that closes answers nothing more: fail its questions now rather than at REPLY_MS.
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    for (const waiting of pending.values()) if (waiting.sessionId === sessionId) waiting.settle(new Error('the popup closed'));
  });
  let nextId = 1;
  return async (sessionId, method, params) => {
    const id = nextId++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = new Promise<Reply | Error>((settle) => {
      pending.set(id, { sessionId, settle });
      timer = setTimeout(() => settle(new Error(`the popup did not answer ${method}`)), REPLY_MS);
    });
    try {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const reply = await answer;
      if (reply instanceof Error) throw reply;
      if (reply.error) throw new Error(reply.error.message);
      if (reply.result?.exceptionDetails) throw new EvaluationError(reply.result.exceptionDetails.text);
      return reply.result?.result?.value;
    } finally {
      clearTimeout(timer);
      pending.delete(id);
    }
  };
}
