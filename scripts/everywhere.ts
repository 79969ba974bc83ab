/**
 * Everywhere mode under automation. The mode needs the host permission for all sites, which
 * a reader grants at a prompt (onboarding or options); headless Chromium shows that prompt
 * to nobody, and a permission in optional_host_permissions is not granted on load. A copy
 * of the build whose manifest asks for all sites outright is: Chromium grants an unpacked
 * extension's host_permissions when --load-extension installs it. Nothing else changes, so
 * the copy runs the same code paths a reader's grant opens (permissions.getAll reports the
 * same origins, and the background registers the content script for every site).
 */
import type { Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary copy of the built extension at `dir` with all sites granted, and its removal. */
export function allSitesCopy(dir: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'termlight-all-sites-'));
  cpSync(dir, path, { recursive: true });
  const manifestPath = join(path, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), 'https://*/*', 'http://*/*'])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Turns everywhere mode on from the service worker, with `extra` settings, and waits until
 * the background has registered the content script for every site.
 */
export async function turnOnEverywhere(worker: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  await worker.evaluate(async (more) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
    await chrome.storage.sync.set({ settings: { ...more, everywhere: true }, settings$: { v: 2 } });
  }, extra);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const matches = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
    });
    if (matches.includes('https://*/*')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('everywhere mode: the content script was not registered for all sites within 10 s');
}
