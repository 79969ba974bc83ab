/** A machine as the browser search sees it (scripts/browsers.mjs). */
export interface Machine {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Entries of a folder, [] when it cannot be read. */
  list?: (dir: string) => string[];
  home?: string;
  platform?: NodeJS.Platform;
}

/** A browser found, and how; or the one message that says how to get one. */
export type Found = { path: string; source: 'env' | 'system' | 'playwright' } | { path: undefined; problem: string };

export declare function findChromium(machine: Machine): Found;
export declare function findStartBrowser(machine: Machine): Found;
export declare function findFirefox(machine: Machine): Found;
export declare function thisMachine(): Required<Machine>;
