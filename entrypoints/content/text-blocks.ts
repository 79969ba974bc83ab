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

// Elements that flow inside a line: their text joins the surrounding block's, so
// "optimistic <b>rollup</b>" reads as one phrase.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A run of text nodes that read as one piece of text. */
export interface TextBlock {
  /** Which stretch between headings of the page the block is in (a heading opens one). */
  section: number;
  nodes: Text[];
  /** Offset in `text` at which each node's data begins. */
  starts: number[];
  text: string;
}

function blockOf(node: Node): Node | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName)) el = el.parentElement;
  return el;
}

/** Text blocks under `root`, in document order, skipping what we must not touch. */
export function collectTextBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return (node as Element).matches(SKIP_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentOwner: Node | null = null;
  let section = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const owner = blockOf(text);
    if (!current || owner !== currentOwner) {
      if (owner instanceof Element && HEADINGS.has(owner.tagName) && owner !== currentOwner) section++;
      current = { section, nodes: [], starts: [], text: '' };
      currentOwner = owner;
      blocks.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  return blocks.filter((b) => /[\p{L}\p{N}]/u.test(b.text));
}
