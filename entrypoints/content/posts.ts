import type { ScannedBlock } from './page-scan';

/**
 * What makes one post of a thread or a feed: an article (Discourse, Mastodon, most blogs'
 * comment lists), an ARIA article or feed item, and the common comment containers.
 */
const POST_SELECTOR = 'article, [role="article"], [role="feed"] > *, [data-post-id], .topic-post, .comment, [itemtype$="/Comment"]';

const cache = new WeakMap<ScannedBlock, Element | null>();

/** The post a block belongs to, or null outside any: each post is a section of its own. */
export function postOf(scanned: ScannedBlock): Element | null {
  let post = cache.get(scanned);
  if (post === undefined) {
    const owner = scanned.block.owner;
    const start = owner instanceof Element ? owner : (owner?.parentElement ?? scanned.block.nodes[0]?.parentElement ?? null);
    post = start?.closest(POST_SELECTOR) ?? null;
    cache.set(scanned, post);
  }
  return post;
}
