import type { Handlers } from '../../lib/messages';
import type { UserEntry } from '../../lib/user-glossary/schema';
import type { EntryLookup } from './entry-lookup';
import type { HistoryService, Sender } from './history-service';
import type { ScanService } from './scan-service';

/** What the background's handlers answer with. */
export interface BackgroundServices {
  lookup: EntryLookup;
  matcher: ScanService;
  history: HistoryService;
  /** The reader's own glossary, read afresh for each request: it wins over the bundled one. */
  userGlossary: () => Promise<readonly UserEntry[]>;
  /** Opens the glossary page at an entry. */
  openGlossary: (id: string) => Promise<unknown>;
}

/** The background's answers to runtime messages: one handler per message routed to it (lib/messages.ts). */
export function backgroundHandlers({ lookup, matcher, history, userGlossary, openGlossary }: BackgroundServices): Handlers<'background', Sender> {
  return {
    'termlight:lookup-text': (message) => matcher.lookup(message.text),
    'termlight:judge-text': (message) => matcher.judge(message.text),
    'termlight:get-entry': async (message) => lookup(message.id, await userGlossary()) ?? null,
    'termlight:get-entries': async (message) => {
      const user = await userGlossary();
      return message.ids.map((id) => lookup(id, user) ?? null);
    },
    'termlight:open-glossary': (message) => openGlossary(message.id).then(() => undefined),
    'termlight:record-lookup': (message, sender) => history.handle(message, sender),
    'termlight:set-starred': (message, sender) => history.handle(message, sender),
    'termlight:dismiss-suggestion': (message, sender) => history.handle(message, sender),
    'termlight:clear-history': (message, sender) => history.handle(message, sender),
  };
}

/** The background's answers on the scan port (entrypoints/content/scan-channel.ts is the other end). */
export function scanPortHandlers(matcher: Pick<ScanService, 'scan'>): Handlers<'scan-port'> {
  return { 'termlight:scan': (message) => matcher.scan(message.texts) };
}
