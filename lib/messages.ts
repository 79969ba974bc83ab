import * as z from 'zod/mini';
import { termIdSchema } from './glossary/ids';
import { HISTORY_MAX, reportedFields } from './history/schema';
import { readScanReply, type ScanAnswer, type ScanReply } from './match/remote';
import {
  readBoolean,
  readEntries,
  readEntryOrNull,
  readIdOrNull,
  readPageTerms,
  readStats,
  type EntryResponse,
  type PageTermsResponse,
  type ScanStats,
} from './message-replies';
import { readJudgement, type TextJudgement } from './sites/judge-text';

export type { EntryResponse, PageTermsResponse, ScanStats };

/**
 * Every message that crosses a context boundary. Receivers parse with `parseMessage` and
 * ignore anything that does not fit: a page can never forge its way into our handlers, and
 * a stale tab from an older version gets no answer instead of a wrong one. Built on the
 * first message, not when the content script loads: most pages never receive one.
 */
/** The port content scripts send their text to the background's matcher on; its messages share the name. */
export const SCAN_PORT = 'termlight:scan';

/**
 * The most text of a page the popup sends to be judged (`termlight:judge-text`): a page's
 * opening is enough to tell whether it reads as crypto, and the cost stays bounded.
 */
export const JUDGE_TEXT_MAX = 20_000;

const buildMessageSchema = () =>
  z.discriminatedUnion('type', [
    /** Popup/tests -> content script: which glossary terms this page contains. */
    z.strictObject({ type: z.literal('termlight:page-terms') }),
    /** Content script/popup -> background: the full entry for a card. */
    z.strictObject({ type: z.literal('termlight:get-entry'), id: termIdSchema }),
    /** Popup -> content script: scroll to and flash the first occurrence of a term. */
    z.strictObject({ type: z.literal('termlight:reveal'), id: termIdSchema }),
    /**
     * Background -> content script (keyboard shortcut or context menu): open the card for the
     * selection, or for the term at the caret when nothing is selected.
     */
    z.strictObject({ type: z.literal('termlight:lookup-selection'), text: z.optional(z.string().check(z.maxLength(500))) }),
    /**
     * Background -> content script (keyboard shortcut): open the card of the next (1) or
     * previous (-1) marked term, scrolled into view, with focus in the card.
     */
    z.strictObject({ type: z.literal('termlight:walk'), direction: z.union([z.literal(1), z.literal(-1)]) }),
    /** Tests and bench -> content script: what the scan cost. */
    z.strictObject({ type: z.literal('termlight:stats') }),
    /**
     * Content script -> background, over the port of that name: the glossary terms in each
     * of these texts. Answered on the port with `{ id, reply }`, the reply a ScanReply.
     */
    z.strictObject({ type: z.literal(SCAN_PORT), id: z.int().check(z.minimum(0)), texts: z.array(z.string()) }),
    /** Content script -> background: the id of the first term in a selection, or null. */
    z.strictObject({ type: z.literal('termlight:lookup-text'), text: z.string().check(z.maxLength(500)) }),
    /** Content script -> background: open the glossary page at an entry. */
    z.strictObject({ type: z.literal('termlight:open-glossary'), id: termIdSchema }),
    /**
     * Popup -> background: whether the opening of a page Termlight is not on reads as crypto;
     * content script -> background, in everywhere mode: what a bounded sample of the page
     * holds, for the gate (lib/sites/gate.ts). Answered with a TextJudgement (lib/sites/judge-text.ts).
     */
    z.strictObject({ type: z.literal('termlight:judge-text'), text: z.string().check(z.maxLength(JUDGE_TEXT_MAX)) }),
    /**
     * Content script -> background: a card opened on this page (lib/history). The background
     * records it unless the tab is private or the reader turned the history off.
     */
    z.strictObject({ type: z.literal('termlight:record-lookup'), ...reportedFields() }),
    /** Card, popup or options -> background: add a term to the study list or take it off. */
    z.strictObject({ type: z.literal('termlight:set-starred'), id: termIdSchema, starred: z.boolean() }),
    /** Popup or options -> background: the reader does not want "I know this" offered for a term. */
    z.strictObject({ type: z.literal('termlight:dismiss-suggestion'), id: termIdSchema }),
    /** Options -> background: forget every look-up (the study list stays). */
    z.strictObject({ type: z.literal('termlight:clear-history') }),
    /** Popup or options -> background: full entries for an export, in order, null for an unknown id. */
    z.strictObject({ type: z.literal('termlight:get-entries'), ids: z.array(termIdSchema).check(z.maxLength(HISTORY_MAX)) }),
  ]);

let messageSchema: ReturnType<typeof buildMessageSchema> | undefined;

export type Message = z.infer<ReturnType<typeof buildMessageSchema>>;

export function parseMessage(raw: unknown): Message | undefined {
  messageSchema ??= buildMessageSchema();
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}


export type MessageType = Message['type'];

/** The type of every message in the union, in its order (the convention test checks each has one handler). */
export function messageTypes(): MessageType[] {
  messageSchema ??= buildMessageSchema();
  return messageSchema._zod.def.options.flatMap((option) => option._zod.def.shape.type._zod.def.values);
}

/** The message of one type. */
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

/**
 * Who answers each message: the background's runtime listener, its scan port, or the
 * content script of a tab. The senders are typed by it (utils/messaging.ts), and each
 * receiver's handlers are a table of exactly its messages (`Handlers`).
 */
export type Receiver = 'background' | 'scan-port' | 'tab';
type Routes = CoversEveryMessage<{
  'termlight:page-terms': 'tab';
  'termlight:get-entry': 'background';
  'termlight:reveal': 'tab';
  'termlight:lookup-selection': 'tab';
  'termlight:walk': 'tab';
  'termlight:stats': 'tab';
  'termlight:scan': 'scan-port';
  'termlight:lookup-text': 'background';
  'termlight:open-glossary': 'background';
  'termlight:judge-text': 'background';
  'termlight:record-lookup': 'background';
  'termlight:set-starred': 'background';
  'termlight:dismiss-suggestion': 'background';
  'termlight:clear-history': 'background';
  'termlight:get-entries': 'background';
}>;
/** Fails to compile when a message has no route, or a route no message. */
type CoversEveryMessage<T extends Record<MessageType, Receiver> & Record<Exclude<keyof T, MessageType>, never>> = T;

/** The types of the messages `receiver` answers. */
export type TypeTo<R extends Receiver> = { [K in MessageType]: Routes[K] extends R ? K : never }[MessageType];
/** A message `receiver` answers. */
export type RequestTo<R extends Receiver> = MessageOf<TypeTo<R>>;

/** A reply with no payload: the sender learns only that the message was handled (fire and forget). */
type NoPayload = undefined;

/** What each receiver sends back, on the wire. */
export interface Replies {
  'termlight:page-terms': PageTermsResponse;
  'termlight:get-entry': EntryResponse | null;
  /** Whether the term was on the page to scroll to. */
  'termlight:reveal': boolean;
  /** The term whose card opened, or null when the selection held none. */
  'termlight:lookup-selection': string | null;
  /** Whether a card opened. */
  'termlight:walk': boolean;
  'termlight:stats': ScanStats;
  'termlight:scan': ScanReply;
  'termlight:lookup-text': string | null;
  'termlight:open-glossary': NoPayload;
  'termlight:judge-text': TextJudgement;
  /** Whether anything was stored (the history and study-list messages). */
  'termlight:record-lookup': boolean;
  'termlight:set-starred': boolean;
  'termlight:dismiss-suggestion': boolean;
  'termlight:clear-history': boolean;
  'termlight:get-entries': (EntryResponse | null)[];
}

/** A reply as the sender reads it: the scan port's wire format is decoded into matches. */
export type ReplyTo<K extends MessageType> = K extends typeof SCAN_PORT ? ScanAnswer : Replies[K];

type ReplyReaders = { [K in MessageType]: (raw: unknown, request: MessageOf<K>) => ReplyTo<K> | undefined };

/** Each message's reply schema: undefined for a reply that does not fit (or no reply at all). */
const readers: ReplyReaders = {
  'termlight:page-terms': readPageTerms,
  'termlight:get-entry': readEntryOrNull,
  'termlight:reveal': readBoolean,
  'termlight:lookup-selection': readIdOrNull,
  'termlight:walk': readBoolean,
  'termlight:stats': readStats,
  // Checked against the texts sent: every match must lie inside its text (lib/match/remote.ts).
  'termlight:scan': (raw, request) => readScanReply(raw, request.texts.map((text) => text.length)),
  'termlight:lookup-text': readIdOrNull,
  'termlight:open-glossary': () => undefined,
  'termlight:judge-text': readJudgement,
  'termlight:record-lookup': readBoolean,
  'termlight:set-starred': readBoolean,
  'termlight:dismiss-suggestion': readBoolean,
  'termlight:clear-history': readBoolean,
  'termlight:get-entries': readEntries,
};

/** The reply to `request`, checked with its schema; undefined for no reply or one that does not fit. */
export function readReply<K extends MessageType>(request: MessageOf<K> & { type: K }, raw: unknown): ReplyTo<K> | undefined {
  const read: ReplyReaders[K] = readers[request.type];
  return read(raw, request);
}

/** The entry a card shows, from a `termlight:get-entry` reply; undefined for an unknown id. */
export { readPageTerms };

/** Answers one message: resolves to the reply, or undefined to let another listener answer. */
export type Handler<K extends MessageType, S> = (message: MessageOf<K>, sender: S) => Promise<Replies[K]> | undefined;
/** A receiver's handlers: one for each of its messages, none for any other. */
export type Handlers<R extends Receiver, S = unknown> = { [K in TypeTo<R>]: Handler<K, S> };

/**
 * Hands a parsed message to its handler; undefined when it is not this receiver's (or did
 * not parse), which leaves it to other listeners.
 */
export function answer<K extends MessageType, S>(handlers: { [P in K]: Handler<P, S> }, message: Message | undefined, sender: S): Promise<Replies[K]> | undefined {
  if (message === undefined || !Object.hasOwn(handlers, message.type)) return undefined;
  // TypeScript cannot tie a union's variant to the table entry its type selects
  // (microsoft/TypeScript#30581): the check above found this message's own handler.
  const handle = handlers[message.type as K] as unknown as (message: Message, sender: S) => Promise<Replies[K]> | undefined;
  return handle(message, sender);
}

/** What the background posts on the scan port for request `id`: the reply, or null when matching failed. */
export interface ScanPortAnswer {
  id: number;
  reply: Replies[typeof SCAN_PORT] | null;
}

/**
 * A message on the scan port, as the content script reads it: the id of the request it
 * answers and the reply, still to be read with `readReply` against that request's texts.
 */
export function readScanPortAnswer(raw: unknown): { id: number; reply: unknown } | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw) || typeof raw.id !== 'number') return undefined;
  return { id: raw.id, reply: 'reply' in raw ? raw.reply : undefined };
}
