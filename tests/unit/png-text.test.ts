import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, readPngInfo, withPngText } from '@/lib/export/png-text';

function tinyPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG texts', () => {
  it('computes the CRC-32 PNG chunks use', () => {
    // The CRC every PNG's IEND chunk ends with.
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds UTF-8 texts that read back, and the file still decodes', () => {
    const texts = { Title: 'Казахстан · Accords Atlas', Source: 'dataset 2.0.0' };
    const out = withPngText(tinyPng(7, 3), texts);
    const info = readPngInfo(out);
    expect(info).toEqual({ width: 7, height: 3, text: texts });
    // pngjs checks every chunk's CRC while decoding.
    expect(PNG.sync.read(Buffer.from(out), { checkCRC: true }).width).toBe(7);
    // The image still ends with IEND.
    expect(new TextDecoder().decode(out.subarray(-8, -4))).toBe('IEND');
  });

  it('refuses what is not a PNG and keywords PNG does not allow', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), {})).toThrow('Not a PNG');
    expect(() => readPngInfo(new Uint8Array(40))).toThrow('Not a PNG');
    expect(() => withPngText(tinyPng(1, 1), { Ключ: 'x' })).toThrow('Bad PNG keyword');
    expect(() => withPngText(tinyPng(1, 1), { '': 'x' })).toThrow('Bad PNG keyword');
  });
});
