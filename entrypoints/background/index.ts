import '../../utils/zod-setup';
import { browser } from 'wxt/browser';
import { SCAN_PORT, parseMessage } from '../../lib/messages';
import { settingsItem, userGlossaryItem, userMatcherItem } from '../../utils/settings-store';
import { createEntryLookup } from './entry-lookup';
import { createHistoryService, isHistoryMessage } from './history-service';
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

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (isHistoryMessage(message)) return history.handle(message, sender);
    if (message?.type === 'termlight:lookup-text') return matcher.lookup(message.text);
    if (message?.type === 'termlight:judge-text') return matcher.judge(message.text);
    if (message?.type === 'termlight:get-entry') {
      return userGlossaryItem.getValue().then((user) => lookup(message.id, user) ?? null);
    }
    if (message?.type === 'termlight:get-entries') {
      return userGlossaryItem.getValue().then((user) => message.ids.map((id) => lookup(id, user) ?? null));
    }
    if (message?.type === 'termlight:open-glossary') {
      return browser.tabs.create({ url: browser.runtime.getURL(`/options.html#term=${message.id}`) }).then(() => true);
    }
    // Not ours to answer: returning undefined lets other listeners (content scripts) reply.
    return undefined;
  });

  // Content scripts send their text over a port while they scan (entrypoints/content/scan-channel.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SCAN_PORT) return;
    port.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type !== 'termlight:scan') return;
      const answer = (reply: unknown): void => {
        try {
          port.postMessage({ id: message.id, reply });
        } catch {
          // The tab went away meanwhile: nobody is waiting.
        }
      };
      matcher.scan(message.texts).then(answer, () => answer(null));
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
    void browser.tabs.sendMessage(tab.id, { type: 'termlight:lookup-selection', text: info.selectionText?.slice(0, 500) }).catch(() => undefined);
  });
  const COMMAND_MESSAGES: Record<string, object> = {
    'lookup-selection': { type: 'termlight:lookup-selection' },
    'next-term': { type: 'termlight:walk', direction: 1 },
    'previous-term': { type: 'termlight:walk', direction: -1 },
  };
  browser.commands.onCommand.addListener((command) => {
    const message = COMMAND_MESSAGES[command];
    if (!message) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    });
  });
});
