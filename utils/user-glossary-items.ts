import { storage } from '@wxt-dev/storage';
import type { MatcherIndex } from '../lib/match/compile';
import type { UserEntry } from '../lib/user-glossary/schema';

// The reader's own glossary in storage: its entries and the matcher compiled from them.
// Apart from the settings (settings-store.ts) and from saving (user-glossary-store.ts, which
// compiles): the content script reads these items and must not bundle the compiler.

/** Terms the reader imported; local storage, as sync storage is too small for a glossary. */
export const userGlossaryItem = storage.defineItem<UserEntry[]>('local:userGlossary', { fallback: [] });

/** The user glossary compiled for the matcher when it is saved, not on every page. */
export const userMatcherItem = storage.defineItem<MatcherIndex | null>('local:userMatcher', { fallback: null });
