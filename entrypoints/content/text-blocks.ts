/** Elements whose text is never ours to read: code, form fields, editors, hidden parts. */
export const SKIP_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[aria-hidden="true"]',
  '[hidden]',
  'termlight-card',
].join(',');

/** The tags of SKIP_SELECTOR, checked by name: matches() on every element of a big page is slow. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'termlight-card']);

/** The same test as `el.matches(SKIP_SELECTOR)`, without parsing a selector per element. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

// Elements that flow inside a line: their text joins the surrounding block's, so
// "optimistic <b>rollup</b>" reads as one phrase.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A run of text nodes that read as one piece of text. */
export interface TextBlock {
  /** The element the text flows in (nearest non-inline ancestor), or the root. */
  owner: Node | null;
  /** Whether the owner is a heading, which opens a new section of the page. */
  heading: boolean;
  nodes: Text[];
  /** Offset in `text` at which each node's data begins. */
  starts: number[];
  text: string;
}

/** The element whose text a node's text flows with. */
export function blockOf(node: Node): Node | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? node.getRootNode();
}

/** Whether a node sits inside something we must not read. */
export function isSkipped(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(SKIP_SELECTOR) != null;
}

/**
 * Text blocks under `root` in document order, then those of the open shadow roots found
 * on the way. A generator, so a caller can stop after any block and resume later: the
 * scan is cut into slices that never hold the main thread long.
 */
export function* textBlocks(root: Node): Generator<TextBlock, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot) shadows.push(el.shadowRoot);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextBlock | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const owner = blockOf(text);
    if (!current || owner !== current.owner) {
      if (current && hasWords(current)) yield current;
      current = { owner, heading: owner instanceof Element && HEADINGS.has(owner.tagName), nodes: [], starts: [], text: '' };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current && hasWords(current)) yield current;
  for (const shadow of shadows) yield* textBlocks(shadow);
}

function hasWords(block: TextBlock): boolean {
  return /[\p{L}\p{N}]/u.test(block.text);
}
