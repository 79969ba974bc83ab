import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScanner, scannerModuleSource } from '../../../scripts/wasm-scanner.mjs';

describe('the WebAssembly scanner', () => {
  it('ships the binary its source compiles to (run node scripts/wasm-scanner.mjs after editing scanner.as.ts)', async () => {
    const shipped = readFileSync(join(import.meta.dirname, 'scanner-binary.ts'), 'utf8');
    expect(shipped).toBe(scannerModuleSource(await compileScanner()));
  }, 30_000);
});
