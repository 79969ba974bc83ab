import { sendToBackground } from './messaging';

// The background is the one writer of the history and the study list
// (entrypoints/background/history-service.ts): pages ask it rather than write themselves.
// Each resolves to whether anything was stored, undefined when the background did not answer.

export function setStarred(id: string, starred: boolean): Promise<boolean | undefined> {
  return sendToBackground({ type: 'termlight:set-starred', id, starred });
}

export function dismissSuggestion(id: string): Promise<boolean | undefined> {
  return sendToBackground({ type: 'termlight:dismiss-suggestion', id });
}

export function clearHistory(): Promise<boolean | undefined> {
  return sendToBackground({ type: 'termlight:clear-history' });
}
