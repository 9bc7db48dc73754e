/**
 * The entries of an uncompressed tar archive (ustar, as PGlite's data-directory dumps are) kept or
 * dropped by name, without unpacking it: a header block of 512 bytes, then the contents padded to
 * whole blocks, until two empty blocks.
 */
const BLOCK = 512;

function entryName(header: Uint8Array): string {
  const text = (from: number, length: number) =>
    new TextDecoder().decode(header.subarray(from, from + length)).replace(/\0.*$/s, '');
  const prefix = text(345, 155);
  return prefix ? `${prefix}/${text(0, 100)}` : text(0, 100);
}

const entrySize = (header: Uint8Array): number =>
  Number.parseInt(new TextDecoder().decode(header.subarray(124, 136)).replace(/\0.*$/s, '').trim() || '0', 8);

export function filterTar(tar: Uint8Array, keep: (name: string) => boolean): Uint8Array {
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const length = BLOCK + Math.ceil(entrySize(header) / BLOCK) * BLOCK;
    if (keep(entryName(header))) kept.push(tar.subarray(offset, offset + length));
    offset += length;
  }
  kept.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
