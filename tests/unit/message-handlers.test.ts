import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTypes } from '../../lib/messages';
import { backgroundHandlers, scanPortHandlers, type BackgroundServices } from '../../entrypoints/background/handlers';

// Every message in lib/messages.ts is answered by exactly one handler across the receivers.
// The background's are tables keyed by message type (`Handlers` in lib/messages.ts), so the
// compiler already holds each table to its receiver's messages; this test holds the tables
// together to the whole union. The content script still answers with switches, read here
// from its source: a type it names in a `case` label (or as a key of a table, once it has
// one) is one it answers. Its boot and its main module are one receiver: the boot answers
// alone until the main module has loaded, then hands over.

const unused = (): never => {
  throw new Error('not called: only the tables are read');
};
const services: BackgroundServices = {
  lookup: Object.assign(unused, { has: unused }),
  matcher: { scan: unused, lookup: unused, judge: unused },
  history: { handle: unused },
  userGlossary: unused,
  openGlossary: unused,
};

const CONTENT = join(import.meta.dirname, '../../entrypoints/content');

/** The message types the content script's sources handle. */
function contentHandled(): string[] {
  const handled = new Set<string>();
  for (const file of readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    const source = readFileSync(join(CONTENT, file), 'utf8');
    for (const [, type] of source.matchAll(/case\s+'(termlight:[a-z-]+)'\s*:/g)) handled.add(type!);
    for (const [, type] of source.matchAll(/^\s*'(termlight:[a-z-]+)'\s*:/gm)) handled.add(type!);
  }
  return [...handled];
}

describe('every message has exactly one handler', () => {
  const receivers = {
    background: Object.keys(backgroundHandlers(services)),
    'scan port': Object.keys(scanPortHandlers(services.matcher)),
    'content script': contentHandled(),
  };

  it('finds the messages and the handlers it checks', () => {
    expect(messageTypes().length).toBeGreaterThan(10);
    for (const handled of Object.values(receivers)) expect(handled.length).toBeGreaterThan(0);
  });

  it.each(messageTypes())('%s', (type) => {
    const handlers = Object.entries(receivers).flatMap(([receiver, handled]) => handled.filter((t) => t === type).map(() => receiver));
    expect(handlers, `${type} is answered by`).toHaveLength(1);
  });

  it('handles nothing that is not a message', () => {
    const known = new Set<string>(messageTypes());
    expect(Object.values(receivers).flat().filter((type) => !known.has(type))).toEqual([]);
  });
});
