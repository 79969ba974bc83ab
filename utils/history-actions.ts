import { browser } from 'wxt/browser';

// The background is the one writer of the history and the study list
// (entrypoints/background/history-service.ts): pages ask it rather than write themselves.

export function setStarred(id: string, starred: boolean): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'termlight:set-starred', id, starred });
}

export function dismissSuggestion(id: string): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'termlight:dismiss-suggestion', id });
}

export function clearHistory(): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'termlight:clear-history' });
}
