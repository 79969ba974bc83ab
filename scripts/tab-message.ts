import type { Worker } from '@playwright/test';
import { readReply, type MessageOf, type ReplyTo, type ScanStats, type TypeTo } from '../lib/messages';

/**
 * Sends a message, from the extension's service worker, to the content script of the tab
 * showing `url`. Without the "tabs" permission tab URLs are hidden, so every tab is asked
 * which page it shows. Returns undefined when no content script answers for that URL.
 */
export async function messageTabShowing<K extends TypeTo<'tab'>>(worker: Worker, url: string, message: MessageOf<K> & { type: K }): Promise<ReplyTo<K>> {
  return checkedReply<K>(message, await rawTabMessage(worker, url, message));
}

/** A reply that does not fit its request's schema: the content script broke the contract. */
export class ReplyMisfit extends Error {}

/** The reply to `message`, read with its schema (lib/messages.ts); throws ReplyMisfit if it does not fit. */
export function checkedReply<K extends TypeTo<'tab'>>(message: MessageOf<K> & { type: K }, raw: unknown): ReplyTo<K> {
  const reply = readReply<K>(message, raw);
  if (reply === undefined) throw new ReplyMisfit(`the reply to ${JSON.stringify(message)} does not fit its schema: ${JSON.stringify(raw ?? null).slice(0, 300)}`);
  return reply;
}

/** The raw reply of the content script of the tab showing `url`; throws when none answers. */
export async function rawTabMessage(worker: Worker, url: string, message: object): Promise<unknown> {
  return worker.evaluate(
    async ([u, m]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const who = (await chrome.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => undefined)) as { url?: string } | undefined;
        if (who?.url === u) return { answered: true, reply: await chrome.tabs.sendMessage(tab.id, m) };
      }
      return { answered: false, reply: undefined };
    },
    [url, message] as const,
  ).then(({ answered, reply }) => {
    if (!answered) throw new Error(`no content script answered for ${url}`);
    return reply;
  });
}

/**
 * The content script's stats once its first scan and paint have finished on the tab showing
 * `url`, asked every `everyMs`; undefined if that has not happened after `tries` asks.
 */
export async function statsAfterFirstScan(worker: Worker, url: string, tries = 200, everyMs = 50): Promise<ScanStats | undefined> {
  for (let i = 0; i < tries; i++) {
    // Not answered yet is asked again; an answer that breaks the contract is an error at once.
    const stats = await messageTabShowing(worker, url, { type: 'termlight:stats' }).catch((error: unknown) => {
      if (error instanceof ReplyMisfit) throw error;
      return undefined;
    });
    if (stats && stats.firstScanMs > 0) return stats;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return undefined;
}
