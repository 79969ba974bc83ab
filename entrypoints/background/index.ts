import '../../utils/zod-setup';
import { browser } from 'wxt/browser';
import { SCAN_PORT, answer, parseMessage, type RequestTo, type ScanPortAnswer } from '../../lib/messages';
import { sendToTab } from '../../utils/messaging';
import { settingsItem } from '../../utils/settings-store';
import { userGlossaryItem, userMatcherItem } from '../../utils/user-glossary-items';
import { createEntryLookup } from './entry-lookup';
import { backgroundHandlers, scanPortHandlers } from './handlers';
import { createHistoryService } from './history-service';
import { openOnboardingOnInstall } from './onboarding';
import { syncRegistration } from './registration';
import { createScanService } from './scan-service';
import { watchToolbar } from './toolbar';

const LOOKUP_MENU = 'termlight-lookup';

export default defineBackground(() => {
  const lookup = createEntryLookup();
  const matcher = createScanService(userMatcherItem);
  const history = createHistoryService(async (id) => lookup.has(id) || lookup(id, await userGlossaryItem.getValue()) !== undefined);
  // The toolbar button's badge, icon and title, per tab.
  watchToolbar();

  const handlers = backgroundHandlers({
    lookup,
    matcher,
    history,
    userGlossary: () => userGlossaryItem.getValue(),
    openGlossary: (id) => browser.tabs.create({ url: browser.runtime.getURL(`/options.html#term=${id}`) }),
  });
  // Not ours to answer (undefined) lets other listeners (content scripts) reply.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => answer(handlers, parseMessage(raw), sender));

  // Content scripts send their text over a port while they scan (entrypoints/content/scan-channel.ts).
  const portHandlers = scanPortHandlers(matcher);
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SCAN_PORT) return;
    port.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type !== SCAN_PORT) return;
      const send = (reply: ScanPortAnswer['reply']): void => {
        try {
          port.postMessage({ id: message.id, reply } satisfies ScanPortAnswer);
        } catch {
          // The tab went away meanwhile: nobody is waiting.
        }
      };
      answer(portHandlers, message, port.sender)?.then(send, () => send(null));
    });
  });

  // Sites the reader enabled, and everywhere mode, follow settings and granted permissions.
  const sync = (): void => void syncRegistration().catch((err: unknown) => console.error('Termlight: could not register the content script', err));
  settingsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);

  browser.runtime.onInstalled.addListener(() => {
    sync();
    browser.contextMenus.create({ id: LOOKUP_MENU, title: 'Look up “%s” in Termlight', contexts: ['selection'] });
  });
  browser.runtime.onInstalled.addListener(openOnboardingOnInstall);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU || tab?.id === undefined) return;
    void sendToTab(tab.id, { type: 'termlight:lookup-selection', text: info.selectionText?.slice(0, 500) });
  });
  const COMMAND_MESSAGES: Record<string, RequestTo<'tab'> | undefined> = {
    'lookup-selection': { type: 'termlight:lookup-selection' },
    'next-term': { type: 'termlight:walk', direction: 1 },
    'previous-term': { type: 'termlight:walk', direction: -1 },
  };
  browser.commands.onCommand.addListener((command) => {
    const message = COMMAND_MESSAGES[command];
    if (!message) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendToTab(tab.id, message);
    });
  });
});
