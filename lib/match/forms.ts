/**
 * Spellings a term is found under: its own forms plus the regular plurals a page uses
 * ("rollups", "L2s", "DEXes", "liquidities"). Possessives need no form of their own: the
 * apostrophe is not a word character, so "rollup's" already ends the match at "rollup".
 */

/** A form matched only in the case it is written in. */
export function isAcronymForm(form: string): boolean {
  // Two or more capitals, no lower case and no digit: "ETH", "MEV", "TVL", "IV".
  // Forms with digits ("L2", "ERC-20", "EIP-1559") are read in any case.
  if (/[\p{Ll}\p{N}]/u.test(form)) return false;
  return (form.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

export function inflections(form: string): string[] {
  const last = form.at(-1);
  if (last === undefined || !/[\p{L}\p{N}]/u.test(last)) return [];
  const lowerForm = form.toLowerCase();
  const out: string[] = [];
  const sibilant = /(?:s|x|z|ch|sh)$/.test(lowerForm);
  if (sibilant) out.push(`${form}es`);
  // Acronyms take a bare "s" even after a sibilant: "DEXs" is as common as "DEXes"; so does
  // a hard "ch" ("epochs", "monarchs"), which spelling alone cannot tell from "batches".
  if (!sibilant || isAcronymForm(form) || lowerForm.endsWith('ch')) out.push(`${form}s`);
  const beforeY = lowerForm.at(-2);
  if (lowerForm.endsWith('y') && beforeY !== undefined && !VOWELS.has(beforeY) && /\p{L}/u.test(beforeY)) {
    out.push(`${form.slice(0, -1)}ies`);
  }
  return out;
}
