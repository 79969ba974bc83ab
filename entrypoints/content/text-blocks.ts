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
  /** The open shadow root the text lives in, if any: hit testing must be told about it. */
  shadowRoot: ShadowRoot | null;
  /** The document the text belongs to: a same-origin frame's blocks are not ours to paint. */
  document: Document | null;
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
 * Text blocks under `start` in document order, then those of the open shadow roots found
 * on the way. A generator, so a caller can stop after any block and resume later: the
 * scan is cut into slices that never hold the main thread long.
 *
 * It also yields null every so often in long stretches without a block, so the caller can
 * check its time slice. The walk is one pass of firstChild / nextSibling that carries, for
 * the elements it is inside, the block their text flows in: no per-node filter callback,
 * no climb to the ancestors of every text node, no second pass to find shadow hosts, and a
 * skipped element's subtree (code, a form field, a hidden part) is never entered at all.
 */
export function* textBlocks(start: Node): Generator<TextBlock | null, void, undefined> {
  let seen = 0;
  // The root, then open shadow roots as they are found: a queue, not recursion, so shadow
  // trees nested hundreds deep cost no more than wide ones.
  const roots: Node[] = [start];
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    if (isSkipped(root)) continue;
    // Once per root, not per block: every block under it shares its tree.
    const tree = root.getRootNode();
    const shadowRoot = tree instanceof ShadowRoot ? tree : null;
    const document = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    let owner = blockOf(root);
    /** Owners to return to when the walk climbs out of the elements it entered. */
    const owners: (Node | null)[] = [];
    let current: TextBlock | undefined;
    let node: Node | null = root.firstChild;
    while (node) {
      if (++seen % PAUSE_EVERY === 0) yield null;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        if (!current || current.owner !== owner) {
          if (current && hasWords(current)) yield current;
          current = { owner, heading: owner instanceof Element && HEADINGS.has(owner.tagName), shadowRoot, document, nodes: [], starts: [], text: '' };
        }
        const text = node as Text;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (type === ELEMENT_NODE && !isSkippedElement(node as Element)) {
        const el = node as Element;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const child = el.firstChild;
        if (child) {
          owners.push(owner);
          if (!INLINE_TAGS.has(el.tagName)) owner = el;
          node = child;
          continue;
        }
      }
      // On to the next sibling, climbing out of finished elements.
      for (;;) {
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node.parentNode;
        if (!node || node === root) {
          node = null;
          break;
        }
        owner = owners.pop() ?? null;
      }
    }
    if (current && hasWords(current)) yield current;
  }
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasWords(block: TextBlock): boolean {
  // Nearly every block shows an ASCII letter or digit within a few characters: the
  // Unicode-aware test is for the rest.
  const text = block.text;
  for (let i = 0, n = Math.min(text.length, 16); i < n; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && lower >= 0x61 && lower <= 0x7a)) return true;
  }
  return LETTER_OR_DIGIT.test(text);
}
