import { extensionOf } from './file-types.ts';

const MAX_NAME_LENGTH = 180;

/**
 * The name shown to people (and offered on download): never a path. Drops folders a client sent
 * ("../../etc/passwd", "C:\\x\\y.pdf"), control and bidirectional-override characters (which can
 * disguise "fdp.exe" as "exe.pdf"), and leading dots; keeps Vietnamese letters (NFC).
 */
export function safeFileName(clientName: string): string {
  const base = clientName.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  // Keeps the extension as written ("Ảnh.PNG"); only the type check lower-cases it.
  const extension = extensionOf(cleaned) && cleaned.slice(cleaned.lastIndexOf('.') + 1);
  const stem = extension ? cleaned.slice(0, -(extension.length + 1)) : cleaned;
  const room = MAX_NAME_LENGTH - (extension ? extension.length + 1 : 0);
  const shortStem = [...stem].slice(0, room).join('').trim() || 'minh-chung';
  return extension ? `${shortStem}.${extension}` : shortStem;
}

/**
 * RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name for the rest
 * ("Quyết định 12.pdf" downloads under its own name).
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
