import { PNG } from 'pngjs';
import { expect } from 'vitest';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Asserts the bytes are a PNG that decodes, and returns its size. */
export function expectPng(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(buffer.subarray(0, 8).equals(SIGNATURE), 'PNG signature').toBe(true);
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height };
}
