import type { FileKind } from './types';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** What a file is, from its first bytes, whatever its name says. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (bytes.length >= 132 && ascii(bytes, 128, 132) === 'DICM') return 'dicom';
  if (ascii(bytes, 4, 8) === 'ftyp') return /^(?:heic|heix|mif1|msf1|avif)$/.test(ascii(bytes, 8, 12)) ? 'heic' : 'video';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video';
  const head = ascii(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'svg';
  return 'unknown';
}

/** Kinds whose pixels are read for burned-in text. */
export const RASTER_KINDS: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp']);
/** Kinds that carry EXIF, XMP or IPTC metadata. */
export const METADATA_KINDS: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'tiff', 'heic']);

/** Whether a PNG or JPEG reaches its end marker: a truncated upload or a broken copy does not. */
export function looksComplete(bytes: Uint8Array, kind: FileKind): boolean {
  if (kind === 'png') return ascii(bytes, bytes.length - 8, bytes.length - 4) === 'IEND';
  if (kind === 'jpeg') {
    // Some encoders pad after the end marker: look for it near the end.
    for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
    return false;
  }
  return true;
}

/** Width and height from a PNG, GIF, BMP, WebP or JPEG header, without decoding; undefined when unknown. */
export function imageSize(bytes: Uint8Array, kind: FileKind): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (n: number) => bytes.length >= n;
  if (kind === 'png' && has(24)) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (kind === 'gif' && has(10)) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (kind === 'bmp' && has(26)) return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  if (kind === 'webp' && has(30)) {
    const chunk = ascii(bytes, 12, 16);
    const uint24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    if (chunk === 'VP8X') return { width: 1 + uint24(24), height: 1 + uint24(27) };
    if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
  }
  if (kind === 'jpeg') {
    for (let at = 2; at + 9 < bytes.length; ) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1]!;
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2;
        continue;
      }
      // Start of frame (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      at += 2 + view.getUint16(at + 2);
    }
  }
  return undefined;
}
