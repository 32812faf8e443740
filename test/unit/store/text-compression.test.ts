import { describe, expect, it } from 'vitest';
import { compressText, decompressText } from '../../../src/store/text-compression';

describe('text compression', () => {
  it('gives back the exact text, multi-byte characters included', async () => {
    const text = '{"a":"héllo 🌍","b":"\\u0000"}'.repeat(1000) + 'tail';
    const compressed = await compressText(text);
    expect(compressed.byteLength).toBeLessThan(text.length / 10);
    await expect(decompressText(compressed)).resolves.toBe(text);
    await expect(decompressText(await compressText(''))).resolves.toBe('');
  });

  it('rejects bytes that are not deflate data', async () => {
    await expect(decompressText(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).rejects.toThrow();
  });
});
