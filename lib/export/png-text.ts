/**
 * Text in a PNG file: `withPngText` adds iTXt chunks (UTF-8, so Russian fits; tEXt is Latin-1
 * only) before the image end, and `readPngInfo` reads the size and those texts back. Image
 * viewers and `exiftool` show the keywords (Title, Description, Source…), so a saved image still
 * says which dataset version and date it shows.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 PNG chunks end with (ISO 3309, as in the PNG specification's sample code). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type));
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** An iTXt chunk: keyword (Latin-1, 1–79 bytes), no compression, no language tag, UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new RangeError(`Bad PNG keyword: ${keyword}`);
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const value = encoder.encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translation NUL.
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with `texts` added as iTXt chunks just before its IEND chunk. */
export function withPngText(png: Uint8Array, texts: Readonly<Record<string, string>>): Uint8Array {
  if (!isPng(png)) throw new Error('Not a PNG file');
  const iend = png.length - 12;
  const added = Object.entries(texts).map(([keyword, text]) => itxt(keyword, text));
  const size = added.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iend));
  let at = iend;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}

export interface PngInfo {
  width: number;
  height: number;
  /** tEXt and uncompressed iTXt texts by keyword. */
  text: Record<string, string>;
}

/** Size (from IHDR) and texts of a PNG file. */
export function readPngInfo(png: Uint8Array): PngInfo {
  if (!isPng(png)) throw new Error('Not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const info: PngInfo = { width: view.getUint32(16), height: view.getUint32(20), text: {} };
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = decoder.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === 'tEXt' && nul > 0) {
      info.text[decoder.decode(data.subarray(0, nul))] = new TextDecoder('latin1').decode(
        data.subarray(nul + 1),
      );
    } else if (type === 'iTXt' && nul > 0 && data[nul + 1] === 0) {
      // Past the flags, the language tag and the translated keyword, each ended by NUL.
      const langEnd = data.indexOf(0, nul + 3);
      const textStart = data.indexOf(0, langEnd + 1) + 1;
      info.text[decoder.decode(data.subarray(0, nul))] = decoder.decode(data.subarray(textStart));
    }
    at += 12 + length;
  }
  return info;
}
