import { browser } from 'wxt/browser';
import { TITLE_MAX, URL_MAX, type Via } from '../../lib/history/schema';
import { sendToBackground } from '../../utils/messaging';
import { sentenceAround } from '../../lib/history/sentence';
import type { FoundTerm } from './page-scan';
import { blockOf } from './text-blocks';

/** The text a term was met in and where in it the term is. */
export interface TermContext {
  text: string;
  start: number;
  end: number;
}

/** Past this, a block's text is read only near the term: a sentence never needs more. */
const NEAR = 4000;

/** A scanned term's context: the text of its block, as the matcher read it. */
export function contextOfFound(found: FoundTerm): TermContext {
  return { text: found.scanned.block.text, start: found.match.start, end: found.match.end };
}

/**
 * The context of any range of text (a selection looked up from the menu or the shortcut):
 * the text of the block it starts in. Undefined for a range that is not in text, such as a
 * selection inside a form field.
 */
export function contextOfRange(range: Range): TermContext | undefined {
  if (range.startContainer.nodeType !== Node.TEXT_NODE) return undefined;
  const block = blockOf(range.startContainer);
  if (!block) return undefined;
  // Range.toString and textContent both join every text node in tree order, so the offsets agree.
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  const text = block.textContent ?? '';
  if (text.length <= 2 * NEAR) return { text, start, end };
  const from = Math.max(0, start - NEAR);
  return { text: text.slice(from, end + NEAR), start: start - from, end: end - from };
}

export type ReportLookup = (term: string, context: TermContext | undefined, via: Via) => void;

/**
 * Tells the background that a card opened, with the sentence around the term, for the
 * reader's history. Nothing is sent from a private window or when the reader turned the
 * history off; the background checks both again, as it must not trust any one tab.
 */
export function createLookupReporter(enabled: () => boolean): ReportLookup {
  // Typed as always there, but not every browser exposes `extension` to content scripts:
  // where it is missing the background's check of the sending tab still holds.
  const extension = (browser as { extension?: { inIncognitoContext?: boolean } }).extension;
  const privateWindow = extension?.inIncognitoContext === true;
  return (term, context, via) => {
    if (privateWindow || !enabled()) return;
    const sentence = context ? sentenceAround(context.text, context.start, context.end) : { text: '' };
    void sendToBackground({
      type: 'termlight:record-lookup',
      term,
      sentence: sentence.text,
      ...(sentence.span ? { span: sentence.span } : {}),
      url: location.href.slice(0, URL_MAX),
      title: document.title.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX),
      via,
    });
  };
}
