import { blockOf, isSkippedElement } from './text-blocks';

/**
 * The most text a sample holds. About 600 words: enough for a crypto page's title, headings
 * and opening paragraphs to show several glossary terms, little enough that reading it and
 * sending it costs the page well under a millisecond.
 */
export const SAMPLE_MAX_CHARS = 4000;
/** Of that, what the title, description and headings may take before body text is read. */
const HEADINGS_MAX_CHARS = 1200;
/**
 * Nodes the walk visits at most, text or not: a page of markup with little text (a table of
 * 200,000 empty cells) ends the sample early rather than walking the whole document.
 */
const MAX_NODES = 20_000;

/**
 * Elements a sample never reads beyond those the scan skips (code, form fields, editors,
 * hidden parts): navigation, page furniture and menus repeat from page to page and say
 * little about what this one is about.
 */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'button', 'select', 'dialog']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'toolbar', 'search', 'complementary']);

/** Read before the body text; the walk then leaves them out. */
const HEADINGS = new Set(['h1', 'h2', 'h3']);

function isFurniture(el: Element): boolean {
  if (FURNITURE.has(el.localName)) return true;
  const role = el.getAttribute('role');
  return role !== null && FURNITURE_ROLES.has(role);
}

/** The part of the page most likely to hold what it is about: its main or article element, else the body. */
function contentRoot(doc: Document): Element | null {
  return doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('article') ?? doc.body;
}

/** A bounded sample of a page's text, and what reading it took. */
export interface PageSample {
  text: string;
  /** Nodes the walk visited to read it. */
  nodes: number;
}

/**
 * Reads a bounded sample of the page's text, in the order a reader meets what it is about:
 * the title, the meta description, the headings, then the main content's text in document
 * order. A TreeWalker that rejects skipped subtrees whole and stops at the budget, so the
 * cost does not grow with the page.
 */
export function samplePage(doc: Document, maxChars = SAMPLE_MAX_CHARS): PageSample {
  const parts: string[] = [];
  let size = 0;
  const take = (raw: string | null | undefined, limit: number): void => {
    const text = raw?.replace(/\s+/g, ' ').trim();
    if (!text || size >= limit) return;
    const piece = text.slice(0, limit - size);
    parts.push(piece);
    size += piece.length + 1;
  };
  take(doc.title, HEADINGS_MAX_CHARS);
  take(doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content'), HEADINGS_MAX_CHARS);
  const root = contentRoot(doc);
  if (!root) return { text: parts.join('\n'), nodes: 0 };
  // Headings first, each once: at most a few dozen, found by the engine's selector matching.
  const headings = root.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < headings.length && size < HEADINGS_MAX_CHARS; i++) take(headings[i]!.textContent, HEADINGS_MAX_CHARS);
  let nodes = 0;
  /** Open shadow roots met on the way (web components): read after the light DOM, budget permitting. */
  const shadows: ShadowRoot[] = [];
  const filter = (node: Node): number => {
    // Past the cap everything is rejected, so the walk climbs out without entering more.
    if (++nodes > MAX_NODES) return NodeFilter.FILTER_REJECT;
    if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
    const el = node as Element;
    // Headings were read above; skipped and furniture subtrees are never entered.
    if (isSkippedElement(el) || isFurniture(el) || HEADINGS.has(el.localName)) return NodeFilter.FILTER_REJECT;
    if (el.shadowRoot) shadows.push(el.shadowRoot);
    return NodeFilter.FILTER_SKIP;
  };
  const roots: Node[] = [root];
  for (let r = 0; r < roots.length && size < maxChars && nodes < MAX_NODES; r++) {
    const walker = doc.createTreeWalker(roots[r]!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
    // Text nodes that flow in one block ("optimistic <b>rollup</b>") are joined into one
    // piece, so a phrase split by inline markup stays whole; blocks are kept apart.
    let owner: Node | null = null;
    let block = '';
    for (let node = walker.nextNode(); node && size + block.length < maxChars; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (data.trim() === '') continue;
      const own = blockOf(node);
      if (own !== owner) {
        take(block, maxChars);
        block = '';
        owner = own;
      }
      block += data;
    }
    take(block, maxChars);
    roots.push(...shadows.splice(0));
  }
  return { text: parts.join('\n'), nodes };
}
