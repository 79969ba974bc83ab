/**
 * npm run glossary:check  — validates data/glossary and prints entries per area.
 * npm run glossary:export — prints the whole glossary as one JSON array.
 */
import { checkGlossary } from '../lib/glossary/check';
import { exportEntries } from '../lib/glossary/compile';
import { GLOSSARY_LIMITS } from './glossary-limits';
import { readGlossarySources } from './glossary-source';

const command = process.argv[2];
const result = checkGlossary(readGlossarySources(), command === 'check' ? GLOSSARY_LIMITS : {});

if (command === 'export') {
  if (result.problems.length > 0) {
    console.error(`glossary has ${result.problems.length} problems; run npm run glossary:check`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(exportEntries(result.glossary.entries), null, 2)}\n`);
} else if (command === 'check') {
  const { areas, entries } = result.glossary;
  const width = Math.max(...areas.map((a) => a.name.length), 4);
  console.log(`${'area'.padEnd(width)}  entries`);
  for (const area of areas) console.log(`${area.name.padEnd(width)}  ${result.perArea.get(area.id) ?? 0}`);
  console.log(`${'total'.padEnd(width)}  ${entries.length} entries in ${areas.length} areas`);
  if (result.problems.length > 0) {
    console.error(`\n${result.problems.length} problems:`);
    for (const p of result.problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log('glossary ok');
} else {
  console.error('usage: tsx scripts/glossary.ts check|export');
  process.exit(2);
}
