/**
 * Deterministic English crypto prose for the benchmark: ordinary sentences with glossary
 * terms mixed in at roughly the density of a DeFi docs page (about one term in 20 words),
 * in the spellings pages use (plurals, capitalised, hyphenated, split by line breaks).
 */

const FILLER = `the a of and to in that it is was for on are as with they be at one have this from or
had by but some what there we can out other were all your when up use word how said an each she which do
their time if will way about many then them would write like so these her long make thing see him two has
look more day could go come did my sound no most number who over know water than call first people may down
side been now find any new work part take get place made live where after back little only round man year came
show every good me give our under name very through just form much great think say help low line before turn
cause same mean differ move right boy old too does tell sentence set three want air well also play small end put
home read hand port large spell add even land here must big high such follow act why ask men change went light
kind off need house picture try us again animal point mother world near build self earth father users price
market protocol network fee risk chain contract value funds time period days hours weeks team update version
developers research report analysis data model design release support rules system payment`.split(/\s+/);

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variant(form: string, rand: () => number): string {
  const r = rand();
  if (r < 0.15 && /[a-z]$/.test(form)) return `${form}s`;
  if (r < 0.22) return form.replace(/ /g, '-');
  if (r < 0.26) return form.replace(/ /g, '\n');
  if (r < 0.36) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

/** About `chars` UTF-16 characters of paragraphs, the same for the same seed. */
export function generateText(forms: readonly string[], chars: number, seed = 42): string {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentenceWords = 8 + Math.floor(rand() * 18);
    const words: string[] = [];
    for (let i = 0; i < sentenceWords; i++) {
      words.push(rand() < 0.05 ? variant(pick(forms), rand) : pick(FILLER));
    }
    let sentence = words.join(' ');
    sentence = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${rand() < 0.1 ? '?' : '.'}`;
    if (rand() < 0.08) sentence += ` (${Math.floor(rand() * 10_000)} ETH, ${Math.floor(rand() * 100)}%)`;
    parts.push(sentence, rand() < 0.15 ? '\n\n' : ' ');
    length += sentence.length + 1;
  }
  return parts.join('');
}
