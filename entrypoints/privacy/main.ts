// The privacy policy, shown inside the extension from the repository's own PRIVACY.md, so the
// options page can link to it offline and the two never drift apart.
import policy from '../../PRIVACY.md?raw';
import { parseBlocks, type Block } from '../../lib/markdown/blocks';
// The options page's look, light and dark: this page is reached from there.
import '../options/options.css';

function render(block: Block): HTMLElement {
  if (block.kind !== 'ul') {
    const element = document.createElement(block.kind);
    element.textContent = block.text;
    return element;
  }
  const list = document.createElement('ul');
  for (const item of block.items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
  return list;
}

document.getElementById('policy')!.append(...parseBlocks(policy).map(render));
