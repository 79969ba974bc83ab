import { HISTORY_VERSION, STUDY_VERSION } from './schema';

/** A step from the stored value of version n - 1 to version n. */
export type Migration = (old: unknown) => unknown;

/**
 * The history and the study list are stored with a version beside them (@wxt-dev/storage's
 * metadata, as for settings), and @wxt-dev/storage runs these steps in order on read, each
 * keyed by the version it produces. Version 1 is the first format, so there is no step yet;
 * a format that changes adds one here, and `migrate.test.ts` fails until every version from 2
 * up to the current one has its step.
 */
export const HISTORY_MIGRATIONS: Record<number, Migration> = {};
export const STUDY_MIGRATIONS: Record<number, Migration> = {};

/** The versions a table of steps is missing to reach `version` from 1. */
export function missingSteps(migrations: Record<number, Migration>, version: number): number[] {
  const missing: number[] = [];
  for (let v = 2; v <= version; v++) if (typeof migrations[v] !== 'function') missing.push(v);
  return missing;
}

/**
 * The version a stored value's metadata gives it. A value stored with no metadata is version 1,
 * as @wxt-dev/storage reads it.
 */
export function storedVersion(meta: unknown): number {
  const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Whether this version may write over what is stored. A value a newer version of Termlight
 * wrote (the reader went back to an older build) cannot be read here and must not be
 * replaced by what this version makes of it: recording stops instead of losing it.
 */
export function mayWrite(meta: unknown, current: number): boolean {
  return storedVersion(meta) <= current;
}

export const mayWriteHistory = (meta: unknown): boolean => mayWrite(meta, HISTORY_VERSION);
export const mayWriteStudy = (meta: unknown): boolean => mayWrite(meta, STUDY_VERSION);
