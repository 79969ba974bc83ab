/**
 * Elements whose text is never ours to read: code, form fields, editors, hidden parts, our
 * own card. Checked by tag and attribute: matches() on every element of a big page is slow.
 */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'termlight-card']);

/** Whether this element (not its ancestors) is one whose text we never read. */
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

/** Nodes visited between two chances for the caller to yield to the page. */
const PAUSE_EVERY = 2000;

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
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/**
 * Text blocks under `root` in document order, then those of the open shadow roots found
 * on the way. A generator, so a caller can stop after any block and resume later: the
 * scan is cut into slices that never hold the main thread long.
 *
 * It also yields null every so often in long stretches without a block, so the caller can
 * check its time slice. The walk asks the browser for text nodes only (no JavaScript filter per node, which on
 * a 200,000-node page costs more than everything else) and decides whether a text node
 * may be read from its ancestors, each element judged once.
 */
export function* textBlocks(start: Node): Generator<TextBlock | null, void, undefined> {
  const doc = start.ownerDocument ?? (start as Document);
  const verdicts = new Map<Element, boolean>();
  // Iterative, not recursive: a hostile page may nest elements thousands deep.
  const pending: Element[] = [];
  const skipped = (start: Element | null): boolean => {
    let verdict = false;
    let el = start;
    for (; el; el = el.parentElement) {
      const known = verdicts.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      if (isSkippedElement(el)) {
        verdict = true;
        verdicts.set(el, true);
        break;
      }
      pending.push(el);
    }
    // Every element between `start` and the one that decided shares its verdict.
    for (const p of pending) verdicts.set(p, verdict);
    pending.length = 0;
    return verdict;
  };
  let seen = 0;
  // The root, then open shadow roots as they are found: a queue, not recursion, so shadow
  // trees nested hundreds deep cost no more than wide ones.
  const roots: Node[] = [start];
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let current: TextBlock | undefined;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++seen % PAUSE_EVERY === 0) yield null;
      const text = n as Text;
      if (skipped(text.parentElement)) continue;
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
    // Open shadow roots of hosts we may read; elements only, again without a filter callback.
    const elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = elements.nextNode() as Element | null; el; el = elements.nextNode() as Element | null) {
      if (++seen % PAUSE_EVERY === 0) yield null;
      if (el.shadowRoot && !skipped(el)) roots.push(el.shadowRoot);
    }
  }
}

function hasWords(block: TextBlock): boolean {
  return /[\p{L}\p{N}]/u.test(block.text);
}
