import { browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';
import { userGlossaryItem } from '../../utils/settings-store';
import { createEntryLookup } from './entry-lookup';

export default defineBackground(() => {
  const lookup = createEntryLookup();
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type === 'termlight:get-entry') {
      return userGlossaryItem.getValue().then((user) => lookup(message.id, user) ?? null);
    }
    // Not ours to answer: returning undefined lets other listeners (content scripts) reply.
    return undefined;
  });
});
