import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';

/** A minimal valid PNG header: signature and IHDR for the given size. */
function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, deflateSync(Buffer.alloc(0))]));
}

describe('pngSize', () => {
  it('reads the width and height from the header', () => {
    expect(pngSize(png(16, 16))).toEqual({ width: 16, height: 16 });
    expect(pngSize(png(440, 280))).toEqual({ width: 440, height: 280 });
  });

  it('is undefined for anything that is not a PNG', () => {
    expect(pngSize(new Uint8Array())).toBeUndefined();
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    const broken = png(16, 16);
    broken[12] = 0x58; // "XHDR"
    expect(pngSize(broken)).toBeUndefined();
  });
});
