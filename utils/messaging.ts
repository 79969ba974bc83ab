import { browser } from 'wxt/browser';
import { readReply, type MessageOf, type ReplyTo, type TypeTo } from '../lib/messages';

// The one way our contexts ask each other (lib/messages.ts holds the requests, who answers
// them and their replies' schemas). Every reply is parsed before use; a receiver that is
// not there (no content script in the tab, a background restarting) or a reply that does
// not fit reads as undefined, never as an error, so no sender needs a catch of its own.

/** Sends a request to the background; resolves to its checked reply, or undefined. */
export async function sendToBackground<K extends TypeTo<'background'>>(request: MessageOf<K> & { type: K }): Promise<ReplyTo<K> | undefined> {
  try {
    return readReply<K>(request, await browser.runtime.sendMessage(request));
  } catch {
    return undefined;
  }
}

/**
 * Sends a request to the content script of tab `tabId`: every frame's, or only `frameId`'s
 * (0 is the top frame). Resolves to the checked reply of the frame that answered, or undefined.
 */
export async function sendToTab<K extends TypeTo<'tab'>>(tabId: number, request: MessageOf<K> & { type: K }, frameId?: number): Promise<ReplyTo<K> | undefined> {
  try {
    const raw: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId }));
    return readReply<K>(request, raw);
  } catch {
    return undefined;
  }
}
