import { compileMatcher, type MatcherIndex, type MatcherTerm } from '../match/compile';
import type { Glossary } from './check';
import type { GlossaryArea, GlossaryEntry } from './schema';
import { weakSpellings } from './spellings';

/** What the popup searches and lists; the body is fetched when an entry is opened. */
export interface SearchRecord {
  id: string;
  term: string;
  aliases: string[];
  areas: string[];
  short: string;
  /** How many other entries list this one as related: a measure of how central it is. */
  refs: number;
}

/** The shape `glossary:export` prints and the options page imports. */
export interface ExportedEntry {
  id: string;
  term: string;
  aliases: string[];
  areas: string[];
  short: string;
  body: string;
  related: string[];
}

export interface CompiledGlossary {
  areas: GlossaryArea[];
  entries: GlossaryEntry[];
  matcher: MatcherIndex;
  search: SearchRecord[];
}

/** The fields the matcher needs, from bundled or user entries alike. */
type MatchableEntry = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'areas'> & Partial<Pick<GlossaryEntry, 'case' | 'weak' | 'context' | 'general'>>;

/** What the matcher needs to know of the areas. */
export interface AreaTraits {
  general: ReadonlySet<string>;
  markets: ReadonlySet<string>;
}

const NO_TRAITS: AreaTraits = { general: new Set(), markets: new Set() };

export function areaTraits(areas: readonly GlossaryArea[]): AreaTraits {
  return {
    general: new Set(areas.filter((a) => a.general).map((a) => a.id)),
    markets: new Set(areas.filter((a) => a.family === 'markets').map((a) => a.id)),
  };
}

/**
 * Up to two matcher terms per entry, with the same id: its strong spellings, lit anywhere,
 * and its weak ones, which need their sense confirmed. Ambiguity is per spelling ("gas"
 * weak, "gas fee" strong); the matcher's is per term, hence the split. Where the entry's
 * own name is strong and only some aliases are weak ("proposer" for Block proposer, "hash"
 * for Hash function), those aliases are judged like any weak spelling, with the entry's
 * families: on a labelled set, keeping them to their own context words alone left a tenth
 * of the terms experts expected dark ("invoice" on a Lightning page, "rewards" on a staking
 * one), for one wrong mark that a grammar cue now catches.
 */
export function toMatcherTerms(entries: readonly MatchableEntry[], traits: AreaTraits = NO_TRAITS): MatcherTerm[] {
  return entries.flatMap((e) => {
    const weak = new Set(weakSpellings(e));
    const forms = [e.term, ...e.aliases];
    const families = [...new Set(e.areas.map((a) => (traits.markets.has(a) ? 'markets' : 'chain')))];
    const base: Omit<MatcherTerm, 'forms' | 'families'> = {
      id: e.id,
      term: e.term,
      caseExact: e.case === 'exact',
      context: e.context,
      areas: e.areas,
      general: e.general === true || (e.areas.length > 0 && e.areas.every((a) => traits.general.has(a))),
    };
    const strongForms = forms.filter((f) => !weak.has(f));
    const weakForms = forms.filter((f) => weak.has(f));
    return [
      ...(strongForms.length > 0 ? [{ ...base, forms: strongForms, families, ambiguous: false }] : []),
      ...(weakForms.length > 0 ? [{ ...base, forms: weakForms, families, ambiguous: true }] : []),
    ];
  });
}

/**
 * Paragraphs joined by one blank line. YAML folded blocks turn one blank line into a single
 * line break and two into two, so any run of line breaks counts as a paragraph break.
 */
export function normaliseBody(body: string): string {
  return body
    .trim()
    .split(/\s*\n\s*/)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export function compileGlossary(source: Glossary): CompiledGlossary {
  const glossary = { ...source, entries: source.entries.map((e) => ({ ...e, body: normaliseBody(e.body) })) };
  // Cards and search list every spelling; only the matcher tells ambiguous ones apart.
  const refs = new Map<string, number>();
  for (const e of glossary.entries) for (const r of e.related) refs.set(r, (refs.get(r) ?? 0) + 1);
  return {
    areas: glossary.areas,
    entries: glossary.entries,
    matcher: compileMatcher(toMatcherTerms(glossary.entries, areaTraits(glossary.areas))),
    search: glossary.entries.map((e) => ({
      id: e.id,
      term: e.term,
      aliases: e.aliases,
      areas: e.areas,
      short: e.short,
      refs: refs.get(e.id) ?? 0,
    })),
  };
}

export function exportEntries(entries: readonly GlossaryEntry[]): ExportedEntry[] {
  return entries.map(({ id, term, aliases, areas, short, body, related }) => ({
    id,
    term,
    aliases,
    areas,
    short,
    body,
    related,
  }));
}
