/** "23,72" or "23.72" → 23.72; empty → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d*\.?\d+$|^-?\d+\.$/.test(normalised) ? Number(normalised) : Number.NaN;
}
