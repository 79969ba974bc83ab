/**
 * A public glossary's headword as the spellings it stands for: "Layer 2 (L2)" is covered by
 * an entry for "Layer 2" or for "L2"; "Proof of work / POW" by either side.
 */
export function headwordSpellings(headword: string): string[] {
  const out = new Set<string>();
  const add = (s: string): void => {
    const t = s.trim().replace(/\s+/g, ' ');
    if (t.length > 0) out.add(t);
  };
  add(headword);
  const paren = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(headword);
  if (paren) {
    add(`${paren[1]} ${paren[3]}`);
    add(paren[2]!);
  }
  for (const part of headword.split(/\s*\/\s*|\s+or\s+|,\s+/)) if (part !== headword) add(part.replace(/\([^)]*\)/g, ''));
  return [...out];
}

/** The headwords of a list file: one per line, `#` lines and blank lines skipped. */
export function readHeadwords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}
