import { browser } from 'wxt/browser';
import { createEntryLookup } from './entry-lookup';
import { parseMessage } from '../../lib/messages';

export default defineBackground(() => {
  const lookup = createEntryLookup();
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type === 'termlight:get-entry') return Promise.resolve(lookup(message.id) ?? null);
    // Not ours to answer: returning undefined lets other listeners (content scripts) reply.
    return undefined;
  });
});
