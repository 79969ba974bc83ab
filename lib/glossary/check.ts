import { formKey } from '../match/fold';
import { inflections, isAcronymForm } from '../match/forms';
import { areaFileSchema, type GlossaryArea, type GlossaryEntry } from './schema';

export interface SourceFile {
  /** Shown in problem messages. */
  path: string;
  /** The parsed YAML/JSON content, not yet trusted. */
  data: unknown;
}

export interface Glossary {
  areas: GlossaryArea[];
  entries: GlossaryEntry[];
}

export interface CheckLimits {
  minEntries?: number;
  minAreas?: number;
  minPerArea?: number;
}

export interface CheckResult {
  glossary: Glossary;
  problems: string[];
  /** Entries per area id, counted by each entry's first (owning) area. */
  perArea: Map<string, number>;
}

/**
 * What two spellings must not share. Exact-case forms are told apart by case in the
 * matcher ("DAs" is not "DAS"), so their key keeps it.
 */
function clashKey(form: string, exact: boolean): string {
  const key = formKey(form);
  return exact ? `${key}\u0000${form.replace(/[\s\-\u2010-\u2013]+/g, ' ')}` : key;
}

/** Validates every source file and the rules that span files (ids, aliases, related). */
export function checkGlossary(files: readonly SourceFile[], limits: CheckLimits = {}): CheckResult {
  const problems: string[] = [];
  const areas: GlossaryArea[] = [];
  const entries: GlossaryEntry[] = [];
  const where = new Map<string, string>();

  for (const file of files) {
    const parsed = areaFileSchema.safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file.path}: ${describePath(file.data, issue.path)}: ${issue.message}`);
      }
      continue;
    }
    const { area, entries: own } = parsed.data;
    if (areas.some((a) => a.id === area.id)) problems.push(`${file.path}: area '${area.id}' is defined twice`);
    areas.push(area);
    for (const entry of own) {
      if (entry.areas[0] !== area.id) {
        problems.push(`${file.path}: ${entry.id}: its first area must be the file's area '${area.id}'`);
      }
      where.set(entry.id, file.path);
      entries.push(entry);
    }
  }

  const areaIds = new Set(areas.map((a) => a.id));
  const ids = new Map<string, GlossaryEntry>();
  const forms = new Map<string, string>();
  const perArea = new Map<string, number>(areas.map((a) => [a.id, 0]));

  for (const entry of entries) {
    const at = `${where.get(entry.id)}: ${entry.id}`;
    if (ids.has(entry.id)) problems.push(`${at}: id is used twice`);
    ids.set(entry.id, entry);
    const owner = entry.areas[0]!;
    perArea.set(owner, (perArea.get(owner) ?? 0) + 1);
    for (const a of entry.areas) if (!areaIds.has(a)) problems.push(`${at}: unknown area '${a}'`);
    const own = [entry.term, ...entry.aliases];
    const inflected = new Set(own.flatMap((f) => inflections(f).map(formKey)));
    for (const alias of entry.aliases) {
      if (inflected.has(formKey(alias))) problems.push(`${at}: alias '${alias}' is a plural the matcher already finds; drop it`);
    }
    for (const form of own) {
      const key = clashKey(form, entry.case === 'exact' || isAcronymForm(form));
      const other = forms.get(key);
      if (other !== undefined && other !== entry.id) problems.push(`${at}: '${form}' is also a form of '${other}'`);
      forms.set(key, entry.id);
    }
    const spellings = new Set(own);
    for (const form of entry.weak ?? []) {
      if (!spellings.has(form)) problems.push(`${at}: weak spelling '${form}' is neither the term nor an alias`);
    }
    if ((entry.weak?.length ?? 0) > 0 && (entry.context?.length ?? 0) === 0) {
      problems.push(`${at}: weak spellings need context words`);
    }
  }
  // A plural the matcher derives must not be another entry's own spelling ("option" ->
  // "options" vs an entry named "Options"): the page would get whichever compiled first.
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.aliases]) {
      const exact = entry.case === 'exact' || isAcronymForm(form);
      for (const plural of inflections(form)) {
        const other = forms.get(clashKey(plural, exact));
        if (other !== undefined && other !== entry.id) {
          problems.push(`${where.get(entry.id)}: ${entry.id}: its plural '${plural}' is a form of '${other}'`);
        }
      }
    }
  }
  for (const entry of entries) {
    for (const r of entry.related) {
      if (r === entry.id) problems.push(`${where.get(entry.id)}: ${entry.id}: relates to itself`);
      else if (!ids.has(r)) problems.push(`${where.get(entry.id)}: ${entry.id}: related id '${r}' does not exist`);
    }
  }

  if (limits.minEntries !== undefined && entries.length < limits.minEntries) {
    problems.push(`the glossary has ${entries.length} entries; at least ${limits.minEntries} are required`);
  }
  if (limits.minAreas !== undefined && areas.length < limits.minAreas) {
    problems.push(`the glossary has ${areas.length} areas; at least ${limits.minAreas} are required`);
  }
  if (limits.minPerArea !== undefined) {
    for (const [area, count] of perArea) {
      if (count < limits.minPerArea) problems.push(`area '${area}' has ${count} entries; at least ${limits.minPerArea} are required`);
    }
  }
  return { glossary: { areas, entries }, problems, perArea };
}

/** "entries[3] (gamma).short" rather than a bare index path. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const list = (data as { entries?: unknown[] } | null)?.entries;
    const item = Array.isArray(list) ? list[path[1]] : undefined;
    const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : '?';
    return [`entries[${path[1]}] (${id})`, ...path.slice(2).map(String)].join('.');
  }
  return path.map(String).join('.') || '(file)';
}
