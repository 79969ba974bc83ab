import type { TypeTo } from '../../lib/messages';
import { walksHere } from './frame-focus';

type TabRequest = TypeTo<'tab'>;
const TAB_REQUESTS: ReadonlySet<string> = new Set<TabRequest>(['termlight:page-terms', 'termlight:stats', 'termlight:reveal', 'termlight:walk', 'termlight:lookup-selection']);

/**
 * The type of a request to the content script, read without the message schema: the first
 * module answers some before the main module (which parses every request in full) is
 * loaded, or instead of it. Undefined for anything else.
 */
export function tabRequestType(raw: unknown): TabRequest | undefined {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return undefined;
  return isTabRequest(raw.type) ? raw.type : undefined;
}

const isTabRequest = (type: unknown): type is TabRequest => typeof type === 'string' && TAB_REQUESTS.has(type);

/**
 * Whether this frame answers a request of `type`: a tab's frames all hear it, and the first
 * answer wins. The top frame tells the page's terms and stats (it reads same-origin frames
 * itself); the frame the reader is in walks and looks up; every frame may reveal.
 */
export function answersHere(type: TabRequest): boolean {
  switch (type) {
    case 'termlight:page-terms':
    case 'termlight:stats':
      return window === window.top;
    case 'termlight:walk':
      return walksHere();
    case 'termlight:lookup-selection':
      return window === window.top || document.hasFocus();
    case 'termlight:reveal':
      return true;
  }
}
