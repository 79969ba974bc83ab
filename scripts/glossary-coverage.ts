/**
 * npm run glossary:coverage -- <list.txt>...: what share of a plain list of terms (one
 * name per line, e.g. a public glossary's headwords in tests/fixtures/coverage/) the
 * bundled glossary covers by a term or alias, and which names it misses. A name is
 * covered when one glossary spelling (plurals included) spans the whole of it, or of one
 * of its parts ("Layer 2 (L2)": "Layer 2" or "L2").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkGlossary } from '../lib/glossary/check';
import { compileGlossary } from '../lib/glossary/compile';
import { Matcher } from '../lib/match/matcher';
import { headwordSpellings, readHeadwords } from './coverage/headwords';
import { readGlossarySources } from './glossary-source';

const lists = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (lists.length === 0) {
  console.error('usage: npm run glossary:coverage -- <list.txt>... [--quiet]');
  process.exit(2);
}
const matcher = new Matcher(compileGlossary(checkGlossary(readGlossarySources()).glossary).matcher);
/** One glossary spelling spans the whole name. */
const covers = (name: string): boolean => matcher.scan(name).some((m) => m.start === 0 && m.end === name.length);

console.log('| list | names | covered | share |');
console.log('|---|---|---|---|');
const misses: [string, string[]][] = [];
for (const list of lists) {
  const names = readHeadwords(readFileSync(list, 'utf8'));
  const missed = names.filter((n) => !headwordSpellings(n).some(covers));
  const covered = names.length - missed.length;
  console.log(`| ${basename(list)} | ${names.length} | ${covered} | ${((100 * covered) / Math.max(names.length, 1)).toFixed(1)} % |`);
  misses.push([basename(list), missed]);
}
if (!process.argv.includes('--quiet')) for (const [list, missed] of misses) if (missed.length) console.log(`\nmissed in ${list}: ${missed.join(', ')}`);
