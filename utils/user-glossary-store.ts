import { toMatcherTerms } from '../lib/glossary/compile';
import { compileMatcher } from '../lib/match/compile';
import type { UserEntry } from '../lib/user-glossary/schema';
import { userGlossaryItem, userMatcherItem } from './user-glossary-items';

/**
 * Stores the reader's glossary and, with it, the matcher compiled from it, so content
 * scripts load a ready index instead of compiling on every page.
 */
export async function saveUserGlossary(entries: readonly UserEntry[]): Promise<void> {
  const index = entries.length > 0 ? compileMatcher(toMatcherTerms(entries.map((e) => ({ ...e })))) : null;
  await userGlossaryItem.setValue([...entries]);
  await userMatcherItem.setValue(index);
}
