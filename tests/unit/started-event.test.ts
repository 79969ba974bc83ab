import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startedEventName } from '../../entrypoints/content/started-event';

const WXT = join(import.meta.dirname, '..', '..', 'node_modules', 'wxt', 'dist', 'utils');

describe("the name of WXT's content-script-started event", () => {
  it('is built the way the pinned WXT builds it, so the start guard stops forged ones', () => {
    // WXT: getUniqueEventName(name) = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`,
    // applied to "wxt:content-script-started" for SCRIPT_STARTED_MESSAGE_TYPE.
    const events = readFileSync(join(WXT, 'internal', 'custom-events.mjs'), 'utf8');
    const context = readFileSync(join(WXT, 'content-script-context.mjs'), 'utf8');
    expect(events).toContain('return `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${eventName}`;');
    expect(context).toContain('SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started")');
    expect(startedEventName('abc', 'content')).toBe('abc:content:wxt:content-script-started');
  });
});
